import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'

// Minutes of my own (blind15-h35) holding the gaps earlier sessions left open: copies that lost
// their line breaks (photo captions, tables laid out with spaces, the chair's label at the end,
// `第一,` items, `交办事项一` without a colon, a sign-off glued to the last names), and owners in
// ordinary minutes (a lead that hands its matters to an attached list, generic supports, a
// group's head, a task force that is no owner).

/** Per item: heading, reporters, decisions, and each assignment's owner, task and deadline. */
function reading(record: MinutesRecord) {
  return record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    assignments: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const owners = (record: MinutesRecord): string[][] => record.items.map((item) => item.assignments.map((assignment) => assignment.owner))

describe('a news page run on into one line with photo captions', () => {
  const text =
    '首页>新闻>本地要闻 桃溪区召开区政府第5次常务会议 发布时间:2025-03-12 10:05 来源:区政府办 ▲会议现场 3月11日上午,区长严书文主持召开区政府第5次常务会议,研究春耕备耕和校园安全工作。会议听取了区农业农村局关于春耕备耕情况的汇报。会议要求,区农业农村局要在3月底前完成良种调运。▲区长严书文讲话会议听取了区教育局关于校园安全排查情况的汇报。会议要求,区教育局要于4月10日前完成校舍隐患整改。▲副区长葛青发言会议研究了其他事项。【打印本页】'
  const record = parseMinutes(text)

  it('should open a matter after a caption glued to it (`▲区长X讲话‖会议听取了…`)', () => {
    expect(record.items).toHaveLength(3)
    expect(record.items[1].reporters).toEqual(['区教育局'])
    expect(owners(record)).toEqual([['区农业农村局'], ['区教育局'], []])
  })

  it('should keep the caption out of the matter that follows it', () => {
    expect(record.items[1].heading).toBe('会议听取了区教育局关于校园安全排查情况的汇报')
  })

  it('should split a caption glued to a matter on a line of its own too', () => {
    const lined = parseMinutes('3月11日上午,区长严书文主持召开区政府第5次常务会议。\n会议听取了区农业农村局关于春耕备耕情况的汇报。\n▲区长严书文讲话会议听取了区教育局关于校园安全排查情况的汇报。会议要求,区教育局要于4月10日前完成校舍隐患整改。\n')
    expect(lined.items.map((item) => item.reporters)).toEqual([['区农业农村局'], ['区教育局']])
  })
})

describe('a PDF copy run on into one line: a table laid out with spaces, the chair at the end', () => {
  const text =
    '石桥县中医院院长办公会议纪要 2025年6月3日上午,医院召开院长办公会议。现将议定事项纪要如下:一、关于治未病中心建设会议听取了医务部关于治未病中心建设的汇报。会议同意在门诊二楼设置治未病中心。会议议定事项及责任分工如下:序号 工作任务 责任部门 完成时限 1 拟定中心管理制度 医务部 6月20日前 2 完成诊室改造 后勤保障部 7月15日前 二、关于院内感染防控会议要求,感控办要于6月底前完成全院手卫生督查。主持:院长 方启明 出席:方启明、韩露、柯平 记录:严宁'
  const record = parseMinutes(text)

  it('should read each row of the table as its owner’s task and deadline', () => {
    expect(reading(record)[0].assignments).toEqual([
      ['医务部', '拟定中心管理制度', '6月20日前'],
      ['后勤保障部', '完成诊室改造', '7月15日前']
    ])
  })

  it('should open the next item right after the last row', () => {
    expect(record.items.map((item) => item.heading)).toEqual(['关于治未病中心建设', '关于院内感染防控'])
  })

  it('should read no decision in the table’s lead-in or its rows', () => {
    expect(reading(record)[0].decisions).toEqual(['会议同意在门诊二楼设置治未病中心'])
  })

  it('should read the chair from the label after the last sentence', () => {
    expect(record.meeting.chair?.name).toBe('方启明')
  })

  it('should end the table at the chair’s label after its last row, and read the chair', () => {
    const last = parseMinutes(
      '石桥县中医院院长办公会议纪要 2025年6月3日上午,医院召开院长办公会议。现将议定事项纪要如下:一、关于治未病中心建设会议同意在门诊二楼设置治未病中心。二、任务分解 序号 工作任务 责任部门 完成时限 1 拟定中心管理制度 医务部 6月20日前 2 完成诊室改造 后勤保障部 7月15日前 主持人:院长 方启明 出席:方启明、韩露、柯平 记录:严宁'
    )
    expect(last.meeting.chair?.name).toBe('方启明')
    expect(reading(last)[1].assignments).toEqual([
      ['医务部', '拟定中心管理制度', '6月20日前'],
      ['后勤保障部', '完成诊室改造', '7月15日前']
    ])
  })

  it('should read no decision in a table laid out with single spaces under a lead-in, on lines', () => {
    const lined = parseMinutes('一、关于治未病中心建设\n会议同意在门诊二楼设置治未病中心。会议议定事项及责任分工如下：\n序号 工作任务 责任部门 完成时限\n1 拟定中心管理制度 医务部 6月20日前\n2 完成诊室改造 后勤保障部 7月15日前\n二、关于院内感染防控\n会议要求,感控办要于6月底前完成全院手卫生督查。\n')
    expect(reading(lined)[0].decisions).toEqual(['会议同意在门诊二楼设置治未病中心'])
    expect(owners(lined)).toEqual([['医务部', '后勤保障部'], ['感控办']])
  })
})

describe('a county’s minutes run on into one line: `第一,` items, names glued to the sign-off', () => {
  const text =
    '云岭县人民政府常务会议纪要 第8期 4月2日上午,县长卓远航主持召开县政府第8次常务会议,研究了以下事项:第一,关于春季植树造林工作。会议要求,县林业局要于4月20日前完成造林任务分解。第二,关于县城停车场建设。会议同意新建公共停车场3处,由县城投公司负责建设。出席:卓远航、柴文、雷一鸣 请假:邵青云岭县人民政府办公室2025年4月3日印发'
  const record = parseMinutes(text)

  it('should read `第一,关于…` after the lead-in and `第二,…` after a full stop as the items', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于春季植树造林工作'],
      ['二', '关于县城停车场建设']
    ])
    expect(owners(record)).toEqual([['县林业局'], ['县城投公司']])
  })

  it('should read `第一,` items after `研究了如下事项:`, headings that are sentences', () => {
    const items = parseMinutes(
      '云岭县人民政府常务会议纪要 第10期 5月6日上午,县长卓远航主持召开县政府第10次常务会议,研究了如下事项:第一,听取县水利局关于汛前准备情况的汇报。会议要求,县水利局要于5月20日前完成病险水库除险。第二,研究县城污水管网改造事宜。会议同意改造方案,由县住建局负责实施。云岭县人民政府办公室2025年5月7日印发'
    )
    expect(items.items.map((item) => item.heading)).toEqual(['听取县水利局关于汛前准备情况的汇报', '研究县城污水管网改造事宜'])
  })

  it('should take the sign-off glued to the last name apart, and the year from it', () => {
    expect(record.meeting.date).toBe('2025-04-02')
  })

  it('should not read `第一,…;第二,…` clauses after a statement’s colon as items', () => {
    const clauses = parseMinutes(
      '云岭县人民政府常务会议纪要 第9期 4月9日上午,县长卓远航主持召开县政府第9次常务会议。会议听取了县应急管理局关于一季度安全生产形势的汇报。会议要求:第一,各乡镇要开展一次隐患排查。第二,县应急管理局要于4月底前完成重点企业督查。会议还研究了其他事项。云岭县人民政府办公室2025年4月10日印发'
    )
    expect(clauses.items.map((item) => item.ordinal)).toEqual([null, null])
  })
})

describe('matters labelled `交办事项一` without a colon, run on into one line', () => {
  const text =
    '关于全市城乡供水保障工作推进会议的纪要 5月6日下午,副市长万方主持召开全市城乡供水保障工作推进会议。现将会议交办事项纪要如下:交办事项一 水源地保护 会议要求,市生态环境局要于6月底前完成水源地标志设置。交办事项二 管网改造 市水务集团牵头,市住建局配合,10月底前完成老旧管网改造。参加会议人员:万方、钟林 临川市人民政府办公室 2025年5月8日印发'
  const record = parseMinutes(text)

  it('should part each label’s heading from its body at the space', () => {
    expect(record.items.map((item) => item.heading)).toEqual(['水源地保护', '管网改造'])
  })

  it('should read the owners of each body', () => {
    expect(owners(record)).toEqual([['市生态环境局'], ['市水务集团', '市住建局']])
  })
})

describe('a lead that refers the matters to an attached list', () => {
  const text = `西河区区长办公会议纪要
　　3月4日上午，区长骆平主持召开区长办公会议，研究春季重点工作。会议议定的事项详见附件《区长办公会议督办清单》。会议要求，区政府督查室负责跟踪督办，每月5日前通报进度。

　　附件：区长办公会议督办清单
　　序号	议定事项	牵头单位	完成时限
　　1	完成河道清淤	区水利局	4月底前
　　2	开展春季植树	区林业局	3月20日前
`
  const record = parseMinutes(text)

  it('should give the list’s item what the lead asks after the reference, before the rows', () => {
    expect(reading(record)[0].assignments).toEqual([
      ['区政府督查室', '负责跟踪督办，每月5日前通报进度', '每月5日前'],
      ['区水利局', '完成河道清淤', '4月底前'],
      ['区林业局', '开展春季植树', '3月20日前']
    ])
  })

  it('should give it what the lead asks in the sentence that refers to the list (`…(附后),由X跟踪督办`)', () => {
    const appended = parseMinutes(text.replace('会议议定的事项详见附件《区长办公会议督办清单》。会议要求，区政府督查室负责跟踪督办，每月5日前通报进度。', '会议议定的事项列入《区长办公会议督办清单》（附后），由区政府督查室跟踪督办。'))
    expect(owners(appended)).toEqual([['区政府督查室', '区水利局', '区林业局']])
  })

  it('should give it nothing where the lead refers to no attachment', () => {
    const plain = parseMinutes(text.replace('会议议定的事项详见附件《区长办公会议督办清单》。', '会议议定了春季重点工作。'))
    expect(owners(plain)).toEqual([['区水利局', '区林业局']])
  })
})

describe('owners around a group or a station the minutes set up', () => {
  it('should give the work after `由X任组长,` to the group’s head', () => {
    const record = parseMinutes('一、关于职称评审\n会议决定成立职称评审工作小组，由副校长蓝天任组长，11月底前完成评审。\n二、关于校园绿化\n会议要求，成立校园绿化专班，由总务处处长卢林同志担任专班负责人，副处长魏冬任副组长，12月前完成补植。\n')
    expect(reading(record).map((item) => item.assignments)).toEqual([
      [['蓝天', '11月底前完成评审', '11月底前']],
      // (A unit's head by post and name reads as the unit, as settled: blind7-h7 r3.)
      [['总务处', '12月前完成补植', '12月前']]
    ])
  })

  it('should give no owner to an appointment with no work after it', () => {
    const record = parseMinutes('一、关于工作保障\n会议要求，成立春耕生产工作专班，由副县长黎明任组长，专班办公室设在县农业农村局。\n')
    expect(owners(record)).toEqual([[]])
  })

  it('should read no owner in `成立X…专班` (a verb, not a unit ending in 中心)', () => {
    const record = parseMinutes('一、关于交通整治\n会议要求，成立中心城区停车秩序整治专班，由县公安局牵头，12月底前完成整治。\n')
    expect(owners(record)).toEqual([['县公安局']])
  })

  it('should leave a generic `各社区` out of the owners a joint owner splits into, and keep it as written', () => {
    const record = parseMinutes('一、关于垃圾分类\n会议要求，由城管办牵头，社会事务办、各社区配合，5月底前完成分类亭建设。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.owners])).toEqual([
      ['城管办', ['城管办']],
      ['社会事务办、各社区', ['社会事务办']]
    ])
  })

  it('should read no owner in the stations an audience was told to set up', () => {
    const record = parseMinutes('一、关于防溺水\n会议强调，各村要落实巡河制度，在重点水域设置巡查点，巡查点每日记录巡查情况。应急办要于6月10日前完成警示牌安装。\n')
    expect(owners(record)).toEqual([['应急办']])
  })
})

describe('a heading glued to who presents it, on a line of its own', () => {
  const record = parseMinutes('一、关于2026年度科研平台申报科研处、财务处分别汇报了申报和配套资金情况。会议同意申报省级重点实验室。\n二、关于新生入学教育学工办汇报了工作方案。会议原则同意该方案。\n三、关于专业评估准备工作会议决定成立评估工作组，由副院长乔木任组长，11月20日前完成自评报告。\n')

  it('should end the heading before the units that present it', () => {
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于2026年度科研平台申报', ['科研处', '财务处']],
      ['关于新生入学教育', ['学工办']],
      ['关于专业评估准备工作', []]
    ])
  })

  it('should end a topic on a work before the meeting decides (no meeting is held in it)', () => {
    expect(record.items[2].decisions.map((decision) => decision.text.slice(0, 11))).toEqual(['会议决定成立评估工作组'])
    expect(owners(record)[2]).toEqual(['乔木'])
  })

  it('should end a heading at `工程` before the unit that presents it', () => {
    const works = parseMinutes('一、关于图书馆维修工程基建处汇报了维修方案。会议原则同意维修方案。\n')
    expect(works.items.map((item) => [item.heading, item.reporters])).toEqual([['关于图书馆维修工程', ['基建处']]])
  })

  it('should not part a unit named from `工程` or one that repeats the heading’s last word', () => {
    const units = parseMinutes('一、关于仓储中心扩建项目工程管理部汇报了招标方案。会议同意招标方案。\n二、关于码头二期工程结算审计审计部汇报了审计意见。会议同意审计意见。\n')
    expect(units.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于仓储中心扩建项目', ['工程管理部']],
      ['关于码头二期工程结算审计', ['审计部']]
    ])
  })

  it('should end a heading at `治理` before the unit that presents it', () => {
    const governed = parseMinutes('一、关于背街小巷环境治理区城管局汇报了整治方案。会议同意整治方案。\n')
    expect(governed.items.map((item) => [item.heading, item.reporters])).toEqual([['关于背街小巷环境治理', ['区城管局']]])
  })

  it('should keep a heading whole where the meeting’s word is a noun it names', () => {
    const named = parseMinutes('一、关于落实全市经济工作会议要求的工作安排。会议同意工作安排。\n二、关于贯彻省委农村工作会议确定事项的落实。会议要求县农业农村局抓好落实。\n')
    expect(named.items.map((item) => item.heading)).toEqual(['关于落实全市经济工作会议要求的工作安排', '关于贯彻省委农村工作会议确定事项的落实'])
  })

  it('should keep a heading that names a meeting held on a work whole', () => {
    const held = parseMinutes('一、关于筹备全县经济工作会议决定的事项。会议同意会期安排。\n')
    expect(held.items[0].heading).toBe('关于筹备全县经济工作会议决定的事项')
  })
})

describe('a list appended after the last item under a `交办任务` column', () => {
  it('should read its rows as the last item’s tasks', () => {
    const record = parseMinutes('一、关于春季防火\n会议要求，区林业局要加强巡山。\n附件：交办任务清单\n序号\t交办任务\t责任单位\t完成时限\n1\t补充扑火物资\t区应急管理局\t3月31日前\n')
    expect(reading(record)[0].assignments).toEqual([
      ['区林业局', '要加强巡山', null],
      ['区应急管理局', '补充扑火物资', '3月31日前']
    ])
  })
})

describe('an attached list laid out with ideographic spaces before any matter', () => {
  const text = `临港新区管委会主任办公会议纪要
　　4月2日上午，管委会主任程亮主持召开主任办公会议。会议议定的事项详见附件。会议要求，各责任部门要抓好落实。
　　附件：主任办公会议议定事项清单
　　序号　议定事项　责任部门　完成时限
　　1　完成园区道路绿化　规划建设局　4月30日前
`
  const record = parseMinutes(text)

  it('should read the list as the minutes’ matter, its rows as tasks', () => {
    expect(reading(record)).toEqual([
      {heading: '附件：主任办公会议议定事项清单', reporters: [], decisions: [], assignments: [['规划建设局', '完成园区道路绿化', '4月30日前']]}
    ])
  })
})
