import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'

// Minutes of my own in the genre's forms (blind14-h33), each read as written and as a copy that
// lost every line break: a portal's field, a PDF copied without breaks, an account's post pasted
// into one line (`flatten`).

const flatten = (text: string): string => text.replace(/\s*\n\s*/g, '')

/** What a reader checks: the meeting, then per item its heading, reporters, decisions and owners. */
function reading(record: MinutesRecord) {
  return {
    meeting: [record.meeting.name, record.meeting.date, record.meeting.chair?.name ?? null],
    items: record.items.map((item) => ({
      ordinal: item.ordinal,
      heading: item.heading,
      reporters: item.reporters,
      decisions: item.decisions.map((decision) => decision.text),
      points: item.points.length,
      owners: item.assignments.map((assignment) => [assignment.owner, assignment.due])
    }))
  }
}

const countyMinutes = `桐川县人民政府常务会议纪要
2025年7月8日上午，县长韦明山主持召开县政府第31次常务会议。现纪要如下：
一、关于城区环卫作业市场化服务
会议确定，城区环卫作业自9月1日起委托第三方实施，由县城管局牵头组织招标。
二、关于全县重点任务
会议经表决通过了《桐川县2025年下半年重点任务清单》，由县发改委于7月20日前分解下达。
三、关于县级储备粮轮换
会议议决，同意县粮食和物资储备局提出的储备粮轮换计划，由县粮食和物资储备局组织实施。
四、关于落实上次会议确定的事项
会议要求县政府督查室对照清单逐项督办。
`

describe('a heading run on into its body in a copy without line breaks', () => {
  const flat = parseMinutes(flatten(countyMinutes))

  it('should read the flattened copy as the one with its line breaks', () => {
    expect(reading(flat)).toEqual(reading(parseMinutes(countyMinutes)))
  })

  it('should end a heading in `服务` or `任务` before the meeting speaks (no meeting named `…服务会议`)', () => {
    expect(flat.items.map((item) => item.heading)).toEqual(['关于城区环卫作业市场化服务', '关于全县重点任务', '关于县级储备粮轮换', '关于落实上次会议确定的事项'])
  })

  it('should open the body at `会议确定`, `会议经表决`, `会议议决`', () => {
    expect(flat.items[0].decisions.map((decision) => decision.text)).toEqual(['会议确定，城区环卫作业自9月1日起委托第三方实施'])
    expect(flat.items[1].decisions.map((decision) => decision.text)).toEqual(['会议经表决通过了《桐川县2025年下半年重点任务清单》'])
    expect(flat.items[2].assignments.map((assignment) => assignment.owner)).toEqual(['县粮食和物资储备局'])
  })

  it('should not open a body at `会议确定的` (the meeting qualifies a noun)', () => {
    expect(flat.items[3].assignments.map((assignment) => assignment.owner)).toEqual(['县政府督查室'])
  })
})

const districtNews = `区政府召开防汛工作专题会议
6月12日下午，副区长梁文彬主持召开防汛工作专题会议，区水利局、区应急管理局负责同志参加会议。
会议首先听取了区水利局关于汛前检查情况的汇报。会议要求，区水利局要在6月20日前完成全部病险水闸除险。
随后，会议审议了《区防汛抗旱应急预案（修订稿）》。会议原则同意该预案，由区应急管理局按程序印发。
最后，会议研究了城区易涝点整治工作。会议强调，区住建局要在汛期前完成12处易涝点改造。
`

describe('matters a news report orders with `随后,` and `最后,` in a copy without line breaks', () => {
  it('should open an item at each matter after a transition word', () => {
    const flat = parseMinutes(flatten(districtNews))
    expect(flat.items.map((item) => item.heading)).toEqual([
      '会议首先听取了区水利局关于汛前检查情况的汇报',
      '随后，会议审议了《区防汛抗旱应急预案（修订稿）》',
      '最后，会议研究了城区易涝点整治工作'
    ])
    expect(reading(flat)).toEqual(reading(parseMinutes(districtNews)))
  })
})

const accountPost = `原创 南浦发布 南浦发布 2025年04月09日 20:15 浙江
南浦区召开营商环境专题会议
4月8日下午，区长庞立新主持召开营商环境专题会议，区发改局、区市场监管局负责同志参加会议。
会议听取了区发改局关于一季度营商环境评价情况的汇报。会议要求，区发改局要在4月底前完成问题清单整改。
会议还研究了个体工商户帮扶工作。会议强调，区市场监管局要开展一次政策宣讲。
`

describe('an account post pasted into one line', () => {
  it('should read the post stamp `2025年04月09日 20:15` as the page’s, and the lead’s date after the headline', () => {
    const flat = parseMinutes(flatten(accountPost))
    expect(flat.meeting.name).toBe('营商环境专题会议')
    expect(flat.meeting.date).toBe('2025-04-08')
    expect(flat.meeting.chair?.name).toBe('庞立新')
    expect(reading(flat)).toEqual(reading(parseMinutes(accountPost)))
  })
})

const collegeMinutes = `青岚职业学院校务会议纪要
2025年4月15日下午，院长柏文清主持召开2025年第6次校务会议，副院长冯晓、窦立明出席，各部门负责人列席。现纪要如下：
一、研究2025年单独招生考试方案
招生就业处汇报了单独招生考试组织方案。会议同意该方案，由招生就业处于4月30日前报省教育考试院备案。
二、研究实训中心设备更新项目
后勤管理处处长蓝海涛汇报了设备更新项目安排。会议同意更新数控实训设备20台，由后勤管理处组织采购。
三、研究教职工考勤管理办法修订
人事处汇报了考勤管理办法修订情况。会议原则同意修订稿，请人事处修改完善后印发。
`

describe('who presents a matter, after a heading run on into the body', () => {
  const flat = parseMinutes(flatten(collegeMinutes))

  it('should read the flattened copy as the one with its line breaks', () => {
    expect(reading(flat)).toEqual(reading(parseMinutes(collegeMinutes)))
  })

  it('should not take the `就` of `招生就业处` for a presenter’s, nor split `处处长`, and end a heading at `修订`', () => {
    expect(flat.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['研究2025年单独招生考试方案', ['招生就业处']],
      ['研究实训中心设备更新项目', ['后勤管理处']],
      ['研究教职工考勤管理办法修订', ['人事处']]
    ])
  })
})

const shortMinutes = `石桥镇党政联席会议纪要
2025年5月6日上午，镇长郝立军主持召开党政联席会议。现纪要如下：
一、关于夏粮收购工作
会议要求镇农业服务中心做好收购点设置。
二、关于防溺水工作
会议要求镇中心学校开展一次安全教育。
`

describe('a short text that lost its line breaks', () => {
  it('should be split like a long one when its one line is the whole text', () => {
    const flat = parseMinutes(flatten(shortMinutes))
    expect(flatten(shortMinutes).length).toBeLessThan(150)
    expect(flat.items.map((item) => item.heading)).toEqual(['关于夏粮收购工作', '关于防溺水工作'])
    expect(reading(flat)).toEqual(reading(parseMinutes(shortMinutes)))
  })

  it('should leave a lone paragraph of the same length as it is', () => {
    const paragraph = '会议听取了镇农业服务中心关于夏粮收购工作的汇报，会议要求镇农业服务中心做好收购点设置，并于6月10日前完成全部收购点的检查验收，确保收购工作有序开展，同时做好防汛物资储备。'
    expect(parseMinutes(paragraph).items.map((item) => item.heading)).toEqual([
      '会议听取了镇农业服务中心关于夏粮收购工作的汇报，会议要求镇农业服务中心做好收购点设置，并于6月10日前完成全部收购点的检查验收，确保收购工作有序开展，同时做好防汛物资储备'
    ])
  })
})

describe('labels and stamps parted by a space on a page that lost its line breaks', () => {
  it('should start the next item after a label’s value and a space (`…完成时限:12月15日前 议题二:…`)', () => {
    const page = '鸿远物流公司2025年第9次总经理办公会议纪要 9月16日下午,总经理施云鹏主持召开2025年第9次总经理办公会议。会议纪要如下:议题一:关于车辆安全检查工作运营部汇报了车辆安全检查方案。会议同意该方案。责任部门:运营部 完成时限:9月30日前 议题二:关于仓储租金调整财务部汇报了仓储租金测算情况。会议同意租金上调5%。'
    const record = parseMinutes(page)
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '关于车辆安全检查工作', ['运营部']],
      ['二', '关于仓储租金调整', ['财务部']]
    ])
  })

  it('should read the title after a publication stamp and a space (`生成日期:2025-09-02 X市人民政府专题会议纪要`)', () => {
    const page = '索引号:113309-2025-00112 发布机构:柳林市人民政府办公室 生成日期:2025-10-09 柳林市人民政府专题会议纪要〔2025〕52号10月7日上午,副市长甘卫国主持召开专题会议,研究城区停车设施建设。现将会议议定事项纪要如下:一、关于公共停车场建设会议同意新建公共停车场3处,由市住建局牵头实施。'
    const record = parseMinutes(page)
    expect(record.meeting.name).toBe('柳林市人民政府专题会议')
    expect(record.meeting.date).toBe('2025-10-07')
    expect(record.items.map((item) => item.heading)).toEqual(['关于公共停车场建设'])
  })
})

describe('the first item glued to the header’s last value', () => {
  it('should open the first item after a label’s value ending in a digit (`地点:实验楼B305一、…`)', () => {
    const lined = `化学化工学院党政联席会议纪要
时间:2025年4月9日下午
地点:实验楼B305
一、审议学院2025年实验室安全检查方案
实验中心汇报了安全检查方案。会议同意该方案，由实验中心于4月20日前完成首轮检查。
二、研究学院青年教师培训
会议同意选派6名青年教师参加暑期教学能力培训。
`
    const flat = parseMinutes(flatten(lined))
    expect(flat.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '审议学院2025年实验室安全检查方案'],
      ['二', '研究学院青年教师培训']
    ])
    expect(reading(flat)).toEqual(reading(parseMinutes(lined)))
  })

  it('should open the first item after an issue number (`2025年第7次一、…`), not after the meeting convened (`召开第7次`)', () => {
    const lined = `土木工程学院党政联席会议纪要
2025年第7次
一、关于本科教学评估准备
教学办汇报了评估准备情况。会议要求教学办于5月底前完成自评报告。
二、关于研究生招生宣传
会议同意组织研究生招生宣讲团赴5所高校宣讲。
`
    const flat = parseMinutes(flatten(lined))
    expect(flat.items.map((item) => item.heading)).toEqual(['关于本科教学评估准备', '关于研究生招生宣传'])
    expect(reading(flat)).toEqual(reading(parseMinutes(lined)))
  })
})

describe('a unit’s whole name after a heading that ran on', () => {
  it('should take a unit that is one suffix word (`财务部`, `办公室`) after a heading that closes (`…的事项`, `…的议题`)', () => {
    const page = '明川建设集团2025年第12次总经理办公会议纪要 6月10日上午,总经理伍国华主持召开2025年第12次总经理办公会议。现纪要如下:一、关于所属项目公司申请融资的事项财务部汇报了项目公司融资申请。会议同意该融资申请。二、关于集团本部办公楼维修的议题办公室汇报了维修方案。会议同意维修方案,由办公室组织实施。'
    expect(parseMinutes(page).items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于所属项目公司申请融资的事项', ['财务部']],
      ['关于集团本部办公楼维修的议题', ['办公室']]
    ])
  })

  it('should end a heading at `整改`, `扩容`, `采购` and `结果`, the rightmost first', () => {
    const page = '一、关于实验室安全隐患整改实验中心汇报了隐患排查情况。会议要求实验中心于7月底前完成整改。二、关于校园网带宽扩容网络中心汇报了扩容方案。会议同意该方案。三、关于办公家具采购遴选结果资产处汇报了遴选情况。会议同意遴选结果。'
    const record = parseMinutes(`青山学院院长办公会议纪要 7月3日下午,院长林涛主持召开院长办公会议。现纪要如下:${page}`)
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于实验室安全隐患整改', ['实验中心']],
      ['关于校园网带宽扩容', ['网络中心']],
      ['关于办公家具采购遴选结果', ['资产处']]
    ])
  })
})

describe('more ways a body opens after a heading that ran on', () => {
  const page = '云台县人民政府常务会议纪要 8月5日上午,县长孔德明主持召开县政府第40次常务会议。现纪要如下:一、关于城区停车收费会议否决了县城管局提出的停车收费上调方案,请县城管局重新测算。二、关于乡镇卫生院改造会议商定,由县卫健局牵头,9月底前完成3所卫生院改造。三、关于开发区标准厂房建设管委会同意引进专业机构运营标准厂房。四、关于县医院药品采购根据药剂科的提议,会议同意调整3种药品的采购渠道。五、关于县政府组成人员述职经无记名投票,会议通过述职评议结果。六、关于提请董事会审议的国企改革方案会议要求县国资办完善方案。'
  const record = parseMinutes(page)

  it('should end each heading where the meeting, or the body named by its kind, speaks', () => {
    expect(record.items.map((item) => item.heading)).toEqual([
      '关于城区停车收费',
      '关于乡镇卫生院改造',
      '关于开发区标准厂房建设',
      '关于县医院药品采购',
      '关于县政府组成人员述职',
      '关于提请董事会审议的国企改革方案'
    ])
  })
})

describe('who presents with 报告了, 领学了, or 对…作了说明, after a heading that ran on', () => {
  it('should end the heading before the unit or official who presents', () => {
    const page = '丰乐县人民政府常务会议纪要 3月11日上午,县长邹立平主持召开县政府第22次常务会议。现纪要如下:一、关于县城供暖价格调整县发改局报告了供暖价格成本监审情况。会议同意调整方案。二、关于学习《优化营商环境条例》县司法局局长潘红领学了条例修订要点。会议要求各部门抓好贯彻落实。三、关于县属国有资产处置县国资办对闲置资产处置方案作了说明。会议原则同意该方案。'
    expect(parseMinutes(page).items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于县城供暖价格调整', ['县发改局']],
      ['关于学习《优化营商环境条例》', ['县司法局']],
      ['关于县属国有资产处置', ['县国资办']]
    ])
  })
})

describe('paragraphs that name their topic first, then who presents, in one line', () => {
  it('should open a matter at `关于X。Y汇报了…` as at `关于X。会议…`', () => {
    const lined = `柏树县林业局局务会议纪要
2025年3月3日,局长晏德海主持召开局务会议。现将会议议定事项纪要如下:
关于春季造林工作。造林股汇报了春季造林任务分解情况。会议要求造林股于3月20日前完成苗木调运。
关于森林防火工作。防火办汇报了春季森林防火部署情况。会议同意增设2个临时检查站。
`
    const flat = parseMinutes(flatten(lined))
    expect(flat.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于春季造林工作', ['造林股']],
      ['关于森林防火工作', ['防火办']]
    ])
    expect(reading(flat)).toEqual(reading(parseMinutes(lined)))
  })
})
