/**
 * Minutes written blind by helper h9 (fixtures/genre/blind7-h9): the
 * structure of minutes (items, headings, points) and what they decide, in
 * the layouts offices publish them in. Inputs here are short sentences of
 * the genre's forms; the fixtures are scored by
 * `JIYAO_CORPUS=fixtures/genre/blind7-h9 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import {matchMarker} from '../src/parse/numbering.js'

const headings = (text: string) => parseMinutes(text).items.map((item) => [item.ordinal, item.heading])

describe('section markers before a number', () => {
  it('should open an item with a heading that starts with a year (一、2025年…)', () => {
    const text = [
      '时间：2025年5月8日',
      '主持：总经理 王强',
      '一、2025年一季度经营情况',
      '财务部通报了一季度经营情况。',
      '二、码头扩建项目',
      '会议同意项目可行性研究报告。'
    ].join('\n')
    expect(headings(text)).toEqual([
      ['一', '2025年一季度经营情况'],
      ['二', '码头扩建项目']
    ])
  })

  it('should open an item with a heading that starts with a quarter of its own number (一、一季度…)', () => {
    const marker = matchMarker('一、一季度工作回顾', 0, true)
    expect([marker?.level, marker?.number, marker?.end]).toEqual(['section', 1, 2])
  })

  it('should still read a run of numbers (一、二季度) as no marker', () => {
    expect(matchMarker('一、二季度工作安排', 0, true)).toBe(null)
    expect(matchMarker('三、四月份降雨偏多', 0, true)).toBe(null)
  })

  it('should not take a number after 、 inside a sentence for a marker (完成一、2号楼…)', () => {
    expect(matchMarker('一、2号楼', 0, false)).toBe(null)
  })
})

describe('a numbered matter alone on its line', () => {
  it('should take the line under 第一项议题 for its heading', () => {
    const text = [
      '2025年4月15日，镇党委书记杨强主持召开镇党委会议。会议纪要如下：',
      '第一项议题',
      '研究村级集体经济发展项目',
      '会议同意将6个项目列入扶持计划。',
      '第二项议题',
      '人事事项',
      '会议同意推荐李明同志为优秀党务工作者人选。'
    ].join('\n')
    const {items} = parseMinutes(text)
    expect(headings(text)).toEqual([
      ['一', '研究村级集体经济发展项目'],
      ['二', '人事事项']
    ])
    expect(items.map((item) => item.decisions.length)).toEqual([1, 1])
  })

  it('should take the line under 议题二 for its heading', () => {
    const text = ['现将会议议定事项纪要如下：', '议题一', '研究招聘工作', '会议同意招聘社区工作者10名。', '议题二', '其他事项', '会议同意调整值班安排。'].join('\n')
    expect(headings(text)).toEqual([
      ['一', '研究招聘工作'],
      ['二', '其他事项']
    ])
  })

  it('should read 第一项议题 with the end of the text right after it as a marker', () => {
    const marker = matchMarker('第一项议题', 0, true)
    expect([marker?.level, marker?.ordinal, marker?.end]).toEqual(['section', '一', 5])
  })
})

describe('a decision verb that begins the name of a document', () => {
  it('should not read 决定草案 after an opinion as a decision', () => {
    const text = [
      '2025年10月9日，县人大常委会主任王强主持召开主任会议。会议纪要如下：',
      '一、审议《关于加强预算审查监督的决定（草案）》',
      '会议认为，决定草案结构合理，内容可行。会议决定，将该决定草案提请常委会会议审议。'
    ].join('\n')
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['会议决定，将该决定草案提请常委会会议审议'])
  })
})

describe('a heading of one clause that gives a task', () => {
  it('should give the owner of 县财政局要在…前拨付… its task, the heading a list item after the lead-in', () => {
    const text = [
      '2025年5月19日，副县长王强主持召开专题会议。会议议定如下：',
      '一、县财政局要在6月10日前拨付首期补偿资金。',
      '二、关于安置房建设',
      '会议同意安置房建设方案。'
    ].join('\n')
    const [first, second] = parseMinutes(text).items
    expect(first.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['县财政局', '要在6月10日前拨付首期补偿资金', '在6月10日前']
    ])
    expect(second.assignments).toEqual([])
  })

  it('should not read a heading that names a unit and its report as a task', () => {
    const text = ['2025年5月19日，县长王强主持召开县长办公会议。现纪要如下：', '一、县财政局关于预算调整的汇报', '会议同意预算调整方案。'].join('\n')
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('who presents the matter of a point', () => {
  it('should read the unit the meeting heard in a point of 其他事项', () => {
    const text = [
      '2024年11月4日，区长王强主持召开区政府常务会议。会议纪要如下：',
      '一、其他事项',
      '(一)会议同意区教育局提出的幼儿园学位扩充计划。',
      '(二)会议听取了区民政局关于冬季救助工作的汇报，要求做好救助资金发放工作。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['区教育局', '区民政局'])
  })

  it('should read who presents under a point whose heading stands on its own line', () => {
    const text = [
      '2025年10月28日，校长王强主持召开校长办公会议。现纪要如下：',
      '一、关于规章制度修订',
      '（一）审议《学生宿舍管理规定（修订）》',
      '学生工作处汇报了修订情况。会议同意该规定。',
      '（二）审议《公务接待管理办法》',
      '会议原则同意该办法。'
    ].join('\n')
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['学生工作处'])
    expect(item.points.length).toBe(2)
  })

  it('should not take the report an agenda entry names (一是听取和审议X关于…) for a reporter', () => {
    const text = [
      '2025年10月9日，县人大常委会主任王强主持召开主任会议。会议纪要如下：',
      '一、研究常委会会议有关事项',
      '会议决定常委会会议于10月下旬召开。',
      '一是听取和审议县人民政府关于审计整改情况的报告；',
      '二是审议人事任免事项。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })
})

describe('a heading whose body is withheld', () => {
  it('should end the heading at the colon before 略', () => {
    const text = ['2025年3月6日，县长王强主持召开县政府常务会议。会议纪要如下：', '一、关于项目建设：会议同意实施道路改造项目。', '二、关于人事事项：略。', '三、关于其他事项：略'].join('\n')
    expect(headings(text)).toEqual([
      ['一', '关于项目建设'],
      ['二', '关于人事事项'],
      ['三', '关于其他事项']
    ])
  })

  it('should keep a colon inside a heading whose body is more than 略 (关于X:略述…)', () => {
    const text = ['2025年3月6日，县长王强主持召开县政府常务会议。会议纪要如下：', '一、关于项目建设：略述进展情况', '会议同意实施道路改造项目。'].join('\n')
    expect(headings(text)).toEqual([['一', '关于项目建设：略述进展情况']])
  })
})

describe('a title that names the lead meeting after 关于', () => {
  it('should take the lead name, not the title with 关于 (关于X会议的纪要)', () => {
    const text = [
      '关于全市创建工作推进会议的纪要',
      '2025年9月2日，副市长王强主持召开全市创建工作推进会议。会议纪要如下：',
      '一、关于背街小巷整治',
      '会议同意整治方案。'
    ].join('\n')
    expect(parseMinutes(text).meeting.name).toBe('全市创建工作推进会议')
  })
})

describe('lines under a decision lead-in that ends its paragraph', () => {
  it('should read each line without a number under 会议决定: as a decision', () => {
    const text = [
      '2025年8月5日，镇长王强主持召开镇长办公会议。会议纪要如下：',
      '一、关于森林防火工作',
      '会议听取了镇应急办关于森林防火工作的汇报。会议决定：',
      '成立森林防火工作领导小组，由镇长任组长。',
      '镇应急办负责组建扑火队，8月底前完成集训。',
      '会议强调，各村要落实防火责任。',
      '二、关于路灯维修',
      '会议同意维修镇区路灯。'
    ].join('\n')
    const [first, second] = parseMinutes(text).items
    expect(first.decisions.map((decision) => decision.text)).toEqual(['成立森林防火工作领导小组，由镇长任组长。', '镇应急办负责组建扑火队，8月底前完成集训。'])
    expect(first.points).toEqual([])
    expect(second.decisions.map((decision) => decision.text)).toEqual(['会议同意维修镇区路灯'])
  })

  it('should not read the lines under 会议要求: as decisions', () => {
    const text = ['2025年8月5日，镇长王强主持召开镇长办公会议。会议纪要如下：', '一、关于森林防火工作', '会议要求：', '镇应急办负责组建扑火队。', '各村要设立防火检查站。'].join('\n')
    expect(parseMinutes(text).items[0].decisions).toEqual([])
  })
})

describe('a heading that names a part of the minutes after 会议', () => {
  it('should not read 会议议定的事项 as a decision, only the points under it', () => {
    const text = [
      '2025年12月3日，市长王强主持召开市政府常务会议。现将会议主要内容纪要如下：',
      '一、会议听取的汇报',
      '（一）会议听取了市统计局关于经济运行情况的汇报。',
      '二、会议议定的事项',
      '（一）原则同意《储备粮轮换管理办法》。',
      '（二）暂缓审议《停车收费管理办法》。'
    ].join('\n')
    const [first, second] = parseMinutes(text).items
    expect(first.decisions).toEqual([])
    expect(first.reporters).toEqual(['市统计局'])
    // (Each point under the section is one decision, as under `二、议定事项`: the point as written, its full stop kept.)
    expect(second.decisions.map((decision) => decision.text.replace(/。$/, ''))).toEqual(['原则同意《储备粮轮换管理办法》', '暂缓审议《停车收费管理办法》'])
  })

  it('should still read a heading in which the meeting decides (一、会议同意…) as content', () => {
    const text = ['2025年12月3日，市长王强主持召开市政府常务会议。现纪要如下：', '一、会议同意实施老旧小区改造项目。', '二、会议原则通过《停车收费管理办法》。'].join('\n')
    expect(parseMinutes(text).items.map((item) => item.decisions.length)).toEqual([1, 1])
  })
})

describe('counts after 同意', () => {
  it('should read 同意2名同志参加… as a decision, not a tally of votes', () => {
    const text = ['2025年3月3日，局长王强主持召开局长办公会议。会议议定事项如下：', '一、关于干部培训', '会议同意2名同志参加省局举办的业务培训。'].join('\n')
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意2名同志参加省局举办的业务培训'])
  })

  it('should still read a tally of votes (同意9票，反对0票) as no decision', () => {
    const text = ['2025年3月3日，董事长王强主持召开董事会会议。会议纪要如下：', '一、审议《关于年度预算的议案》', '表决结果：同意9票，反对0票，弃权0票。'].join('\n')
    expect(parseMinutes(text).items[0].decisions).toEqual([])
  })

  it('should read the verb after how the vote went (会议以7票同意、0票反对、0票弃权审议通过…)', () => {
    const text = [
      '2025年8月28日，董事长王强主持召开董事会会议。会议纪要如下：',
      '一、审议《关于半年度经营情况的报告》',
      '会议以7票同意、0票反对、0票弃权审议通过该报告。',
      '二、审议《关于聘任副总经理的议案》',
      '会议以全票通过该议案。'
    ].join('\n')
    expect(parseMinutes(text).items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['会议以7票同意、0票反对、0票弃权审议通过该报告'],
      ['会议以全票通过该议案']
    ])
  })
})

describe('a list taken up again after the meeting speaks', () => {
  it('should count (二) after a paragraph under (一) as the second point of the item', () => {
    const text = [
      '2025年4月16日，市长王强主持召开市政府常务会议。现将会议议定事项纪要如下：',
      '一、关于审议有关政策文件',
      '（一）《科技型企业发展若干措施》',
      '会议原则同意《若干措施》。',
      '（二）《公共资源交易管理办法》',
      '会议同意该办法。',
      '二、关于重大项目推进工作',
      '会议要求各单位倒排工期。'
    ].join('\n')
    const [first, second] = parseMinutes(text).items
    expect(first.points.map((point) => point.ordinal)).toEqual(['一', '二'])
    expect(first.decisions.length).toBe(2)
    expect(second.points).toEqual([])
  })

  it('should not take up a list whose last number is not the one before', () => {
    const text = ['2025年4月16日，市长王强主持召开市政府常务会议。现纪要如下：', '一、关于文件审议', '（一）《若干措施》', '会议原则同意《若干措施》。', '（三）《管理办法》'].join('\n')
    expect(parseMinutes(text).items[0].points.map((point) => point.ordinal)).toEqual(['一'])
  })
})

describe('an owner before 全程', () => {
  it('should give 由X全程监督… to X', () => {
    const text = ['2025年3月18日，村委会主任王强主持召开村民代表会议。', '议题一：审议村道硬化工程实施方案', '会议决定由村监委会全程监督工程质量。'].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['村监委会', '全程监督工程质量']])
  })
})

describe('decisions phrased with adverbs', () => {
  it('should read 会议同时明确，… as a decision', () => {
    const text = [
      '2025年9月23日，县长王强主持召开县政府常务会议。现将会议议定事项纪要如下：',
      '一、研究老旧管网改造项目',
      '会议原则同意项目实施方案。会议同时明确，项目资金由县城投公司通过申请专项债券解决。'
    ].join('\n')
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual([
      '会议原则同意项目实施方案',
      '会议同时明确，项目资金由县城投公司通过申请专项债券解决'
    ])
  })

  it('should read 会议审议并一致通过了… as a decision', () => {
    const text = ['2025年7月3日，校长王强主持召开校长办公会议。现纪要如下：', '一、关于规划编制工作方案', '会议审议并一致通过了该工作方案。'].join('\n')
    expect(parseMinutes(text).items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([['会议审议并一致通过了该工作方案', '审议并一致通过']])
  })
})

describe('其他事项 alone on its line after numbered matters', () => {
  it('should open a matter of its own whose decisions are the lines below', () => {
    const text = [
      '2025年12月2日，镇长王强主持召开镇长办公会议。会议纪要如下：',
      '一、关于环境卫生整治',
      '会议同意环境卫生整治方案。',
      '其他事项',
      '会议同意中心小学申请的校舍维修经费。',
      '会议同意为敬老院添置取暖设备。'
    ].join('\n')
    const items = parseMinutes(text).items
    expect(items.map((item) => [item.ordinal, item.heading, item.decisions.length])).toEqual([
      ['一', '关于环境卫生整治', 1],
      [null, '其他事项', 2]
    ])
  })

  it('should not open a matter at 其他事项 inside a sentence', () => {
    const text = ['2025年12月2日，镇长王强主持召开镇长办公会议。会议纪要如下：', '一、关于环境卫生整治', '会议同意环境卫生整治方案。', '其他事项由镇党政办另行研究。'].join('\n')
    expect(parseMinutes(text).items.length).toBe(1)
  })
})

describe('a label of the kind of matter glued before it', () => {
  it('should open a matter at 【研究事项】会议研究了…', () => {
    const text = [
      '5月15日，学院党委书记王强主持召开党政联席会议。',
      '【学习传达】会议传达学习了学校党代会精神。',
      '【研究事项】会议研究了研究生导师遴选工作，同意增列6名教师为硕士研究生导师。'
    ].join('\n')
    const items = parseMinutes(text).items
    expect(items.map((item) => item.heading)).toEqual(['【学习传达】会议传达学习了学校党代会精神', '【研究事项】会议研究了研究生导师遴选工作，同意增列6名教师为硕士研究生导师'])
    expect(items[1].decisions.map((decision) => decision.text)).toEqual(['同意增列6名教师为硕士研究生导师'])
  })
})

describe('a point that names a report', () => {
  it('should read the maker of the report a point names (（一）X关于…的汇报) as a reporter', () => {
    const text = [
      '2025年9月5日，院长王强主持召开院长办公会议。纪要如下：',
      '一、听取有关工作汇报',
      '（一）医务科关于医疗质量控制情况的汇报。会议要求医务科每月开展一次病历检查。',
      '（二）护理部关于优质护理服务情况的汇报。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['医务科', '护理部'])
  })

  it('should not read the maker of a report an agenda entry names (二是听取和审议X关于…的报告)', () => {
    const text = [
      '2025年10月9日，主任王强主持召开主任会议。会议纪要如下：',
      '一、研究常委会会议议程',
      '会议决定常委会会议于10月下旬召开，建议议程为：',
      '（一）听取和审议市人民政府关于审计整改情况的报告；',
      '（二）审议人事任免事项。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })
})

describe('surnames', () => {
  it('should read a chair whose surname is 贝', () => {
    const text = ['2025年6月12日，院长贝志远主持召开院长办公会议。', '一、关于专业设置调整', '会议同意新增2个本科专业。'].join('\n')
    expect(parseMinutes(text).meeting.chair?.name).toBe('贝志远')
  })
})

describe('an owner named by its part in a project', () => {
  it('should give X作为实施主体，负责… to X', () => {
    const text = [
      '2025年9月16日，市长王强主持召开市长办公会议。纪要如下：',
      '一、关于城市更新项目资金问题',
      '会议议定：（1）同意安排4.5亿元用于片区更新项目；（2）市城投集团作为实施主体，负责项目融资和建设管理。'
    ].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['市城投集团', '作为实施主体，负责项目融资和建设管理']])
  })
})

describe('what a page converted to text keeps', () => {
  it('should leave &nbsp; entities out, as an indent', () => {
    const text = [
      '区政府常务会议纪要',
      '&nbsp;&nbsp;2025年5月6日，区长王强主持召开区政府常务会议。现纪要如下：',
      '&nbsp;&nbsp;一、关于污水处理厂提标改造',
      '&nbsp;&nbsp;会议同意提标改造方案。',
      '&nbsp;&nbsp;二、关于公园免费开放',
      '&nbsp;&nbsp;会议原则同意公园免费开放管理办法。'
    ].join('\n')
    const record = parseMinutes(text)
    expect(headings(text)).toEqual([
      ['一', '关于污水处理厂提标改造'],
      ['二', '关于公园免费开放']
    ])
    expect(record.meeting.chair?.name).toBe('王强')
    expect(record.items[0].positions.heading.start.column).toBe(15)
  })

  it('should leave Markdown bold marks and a heading # out', () => {
    const text = ['# 市政府常务会议纪要', '2025年7月1日，市长王强主持召开市政府常务会议。现纪要如下：', '**一、关于夏季用电保障工作**', '会议听取了市发改委关于电力保障工作的汇报。'].join('\n')
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('市政府常务会议纪要')
    expect(headings(text)).toEqual([['一', '关于夏季用电保障工作']])
    expect(record.items[0].reporters).toEqual(['市发改委'])
  })

  it('should keep # inside a name (1#楼) and a single *', () => {
    const text = ['2025年7月1日，市长王强主持召开市政府常务会议。现纪要如下：', '一、关于1#楼改造*', '会议同意1#楼改造方案。'].join('\n')
    expect(headings(text)).toEqual([['一', '关于1#楼改造*']])
  })
})

describe('a PDF page break inside a list', () => {
  it('should go on with the list over a page number and the running header under it', () => {
    const text = [
      '县人民政府常务会议纪要',
      '2025年3月14日，县长王强主持召开县人民政府常务会议。现将会议议定事项纪要如下：',
      '一、研究供水管网改造工作',
      '会议议定：',
      '（一）原则同意供水管网改造实施方案；',
      '（二）县财政局要在4月底前安排首批改造资金；',
      '第 1 页 共 2 页',
      '县人民政府常务会议纪要',
      '（三）县自来水公司要提前3天发布停水公告。',
      '二、研究体育中心运营管理',
      '会议同意体育中心委托第三方运营。'
    ].join('\n')
    const [first, second] = parseMinutes(text).items
    expect(first.points.map((point) => point.ordinal)).toEqual(['一', '二', '三'])
    expect(first.decisions.length).toBe(3)
    expect(second.heading).toBe('研究体育中心运营管理')
  })
})

describe('layout tags a copy kept', () => {
  it('should leave <p> and <br> out, so that 一、 starts its line', () => {
    const text = [
      '区政府召开第四十四次常务会议<br>',
      '<p>9月29日，区长王强主持召开区政府第四十四次常务会议。现将会议议定事项纪要如下：</p>',
      '<p>一、关于国庆期间安全稳定工作</p>',
      '<p>会议要求，区应急局要加强节日期间值班值守。</p>',
      '<p style="text-indent:2em">二、关于文化馆改造提升</p>',
      '<p>会议同意文化馆改造提升方案。</p>'
    ].join('\n')
    const record = parseMinutes(text)
    expect(headings(text)).toEqual([
      ['一', '关于国庆期间安全稳定工作'],
      ['二', '关于文化馆改造提升']
    ])
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意文化馆改造提升方案'])
  })

  it('should keep a < that opens no layout tag (<5万元)', () => {
    const text = ['2025年9月29日，区长王强主持召开区政府常务会议。现纪要如下：', '一、关于小额采购', '会议同意单笔<5万元的采购由各单位自行组织。'].join('\n')
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意单笔<5万元的采购由各单位自行组织'])
  })
})

describe('white space after a marker', () => {
  it('should leave a tab after 一、 out of the heading', () => {
    const text = ['2025年6月3日，县长王强主持召开县政府常务会议。现纪要如下：', '一、\t关于汛期地质灾害防治', '会议要求加强隐患点监测。'].join('\r\n')
    expect(headings(text)).toEqual([['一', '关于汛期地质灾害防治']])
  })
})
