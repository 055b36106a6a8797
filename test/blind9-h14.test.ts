import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Position} from '../src/record.js'

/** A lead long enough that a text of one paragraph is read as one that lost its line breaks. */
const lead =
  '2025年3月5日上午，县长方立主持召开县政府第十二次常务会议，副县长李明、张华、赵刚，县政府办公室主任钱进出席会议，县直有关部门主要负责同志列席会议。现将会议议定事项纪要如下：'

/** The record and source of minutes in one paragraph: the lead, then `body`. */
function flat(body: string) {
  const text = lead + body
  return {text, record: analyze(text).record}
}

/** What a position covers in the source. */
function slice(text: string, position: Position | null | undefined): string | null {
  return position ? text.slice(position.start.offset, position.end.offset) : null
}

describe('flattened minutes: an item’s heading run on into a body that opens with who presents', () => {
  it('should end the heading before a unit that 作了起草说明 (a kind of account between 作了 and its noun)', () => {
    const {text, record} = flat('一、关于学校扩建项目县教育局作了起草说明。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于学校扩建项目', ['县教育局']],
      ['关于春季造林工作', ['县林业局']]
    ])
    expect(slice(text, record.items[0].positions.heading)).toBe('关于学校扩建项目')
  })

  it('should end the heading before an official who 作了报告', () => {
    const {record} = flat('一、关于学校扩建项目县发改局局长唐明作了报告。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('关于学校扩建项目')
  })

  it('should end the heading before units that 分别汇报了, each named before a 、', () => {
    const {record} = flat('一、关于春季造林工作县林业局、县财政局分别汇报了造林计划和资金安排。会议同意该计划。二、关于学校扩建项目县教育局汇报了扩建方案。会议原则同意。')
    expect(record.items[0].heading).toBe('关于春季造林工作')
    expect(record.items[0].reporters).toEqual(['县林业局', '县财政局'])
  })

  it('should end the heading before 经X介绍, that opens the body', () => {
    const {text, record} = flat('一、关于体育馆开馆筹备经县文旅局介绍，会议研究了开馆筹备事项。会议同意体育馆于9月28日试开馆。二、关于学校扩建项目经研究，会议原则同意扩建方案。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于体育馆开馆筹备', '关于学校扩建项目'])
    expect(record.items[0].reporters).toEqual(['县文旅局'])
    expect(slice(text, record.items[0].positions.reporters[0])).toBe('县文旅局')
    expect(slice(text, record.items[0].positions.heading)).toBe('关于体育馆开馆筹备')
  })

  it('should not take the 作 of 工作报告 in a heading for a presenting verb', () => {
    const {record} = flat('一、听取《县审计局2024年度工作报告》县审计局作了汇报。会议同意该报告。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('听取《县审计局2024年度工作报告》')
  })

  it('should not take 经济 in a heading for 经X介绍', () => {
    const {record} = flat('一、关于一季度经济运行情况县统计局汇报了一季度经济运行情况。会议要求各部门抓好落实。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于一季度经济运行情况', '关于春季造林工作'])
  })
})

describe('flattened minutes: the header and the sign-off of a page run on in one line', () => {
  const body =
    '会议听取了县林业局关于春季造林工作的汇报。会议同意县林业局提出的造林计划，由县林业局负责组织实施，4月底前完成全部苗木栽植。会议还研究了学校扩建项目。会议原则同意扩建方案，由县教育局会同县财政局抓紧落实建设资金。'

  it('should keep a byline’s 日期 with its stamp after a headline that ends in 会议, and date the lead by it', () => {
    const text = `县人大常委会召开第十二次主任会议日期:2025-04-10  来源:县人大常委会办公室  点击数:4月9日上午，县人大常委会主任吕正华主持召开第十二次主任会议。${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.chair?.name).toBe('吕正华')
  })

  it('should not take a header’s 会议日期 for a byline', () => {
    const text = `县林业局局务会议纪要会议日期:2025-04-09会议地点:局三楼会议室主持人:局长吕正华参加人员:局班子成员${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.location).toBe('局三楼会议室')
  })

  it('should break a spaced title (专 题 会 议 纪 要) from its issue number and the signature under it', () => {
    const text = `临江县人民政府专 题 会 议 纪 要第9期县政府办公室          2025年4月11日4月9日上午，副县长吕正华主持召开专题会议，研究春季造林工作。${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.name).toBe('专题会议')
  })

  it('should read a header’s 时间 label after a page counter scraped without its number (点击:)', () => {
    const text = `林学院党政联席会议纪要(第五期)作者:院办  发布日期:2025-04-12  点击:时间:2025年4月9日下午地点:学院楼305会议室主持:吕正华${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.chair?.name).toBe('吕正华')
  })

  it('should date minutes by a sign-off in brackets after the last sentence', () => {
    const text = `县林业局局务会议纪要4月9日上午，局长吕正华主持召开局务会议，局班子成员参加会议，各股室负责人列席会议。${body}（县林业局办公室　2025年4月10日印发）`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.items.at(-1)?.decisions.map((each) => each.text)).toEqual(['会议原则同意扩建方案'])
  })
})

describe('a short copy run on in one line: a heading glued to the meeting’s outcome', () => {
  it('should end the heading where the meeting concludes or asks, whatever word the heading ends with', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、关于县城停车场建设会议同意县城停车场建设方案，由县城投公司负责实施。二、关于节后复工复产会议要求，县工信局要帮助企业解决用工问题。'
    const record = analyze(text).record
    expect(record.items.map((item) => [item.heading, item.decisions.map((each) => each.text)])).toEqual([
      ['关于县城停车场建设', ['会议同意县城停车场建设方案']],
      ['关于节后复工复产', []]
    ])
    expect(record.items[1].assignments.map((each) => each.owner)).toEqual(['县工信局'])
    expect(slice(text, record.items[0].positions.heading)).toBe('关于县城停车场建设')
  })

  it('should not end a heading at the 会议 of a meeting’s name (工作会议, 常务会议)', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、关于筹备全县经济工作会议要求各部门报送材料的事项。二、关于县城停车场建设会议同意建设方案。'
    const record = analyze(text).record
    expect(record.items[0].heading).toBe('关于筹备全县经济工作会议要求各部门报送材料的事项')
  })

  it('should not split one sentence at a comma before 会议同意', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、会议听取了县教育局关于学校建设的汇报，会议同意下阶段工作安排。二、关于县城停车场建设会议同意建设方案。'
    const record = analyze(text).record
    expect(record.items[0].heading).toBe('会议听取了县教育局关于学校建设的汇报，会议同意下阶段工作安排')
  })
})

describe('flattened minutes whose matters are paragraphs', () => {
  const head =
    '县水利局局务会议纪要6月3日上午，局长石振华主持召开局务会议，局班子成员和各股室负责人参加会议。会议研究了近期重点工作，现纪要如下：'

  it('should open a matter at each paragraph that names its topic first (关于X，会议…), not at the lead’s last sentence', () => {
    const text = `${head}关于防汛备汛工作，会议听取了防汛办关于汛前准备情况的汇报。会议要求，防汛办要于6月10日前完成防汛物资补充。关于农村供水工程建设，会议同意实施城乡供水二期工程，由农水股负责组织实施。关于机关作风建设，会议强调，全局干部职工要严守工作纪律。`
    const record = analyze(text).record
    expect(record.items.map((item) => item.heading)).toEqual([
      '关于防汛备汛工作，会议听取了防汛办关于汛前准备情况的汇报',
      '关于农村供水工程建设，会议同意实施城乡供水二期工程，由农水股负责组织实施',
      '关于机关作风建设，会议强调，全局干部职工要严守工作纪律'
    ])
    expect(slice(text, record.items[1].positions.heading)).toBe(record.items[1].heading)
  })

  it('should keep 针对X问题，会议明确 with the matter the meeting heard, whose problem it settles', () => {
    const text = `${head}会议听取了防汛办关于汛前准备情况的汇报。会议认为，今年汛前准备总体有序。针对部分水库监测设备老化问题，会议明确，由工程股负责在6月底前完成更换。会议还研究了农村供水工程建设。会议同意实施城乡供水二期工程。`
    const record = analyze(text).record
    expect(record.items.map((item) => item.decisions.map((each) => each.text))).toEqual([
      ['会议明确，由工程股负责在6月底前完成更换'],
      ['会议同意实施城乡供水二期工程']
    ])
  })

  it('should keep 针对X问题，会议明确 with the heard matter in a text that kept its line breaks', () => {
    const text = '县水利局局务会议纪要\n6月3日上午，局长石振华主持召开局务会议。\n会议听取了防汛办关于汛前准备情况的汇报。\n针对部分水库监测设备老化问题，会议明确，由工程股负责在6月底前完成更换。\n会议还研究了农村供水工程建设。会议同意实施城乡供水二期工程。\n'
    const record = analyze(text).record
    expect(record.items.length).toBe(2)
    expect(record.items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['工程股', '在6月底前']])
  })

  it('should still open a matter at 针对X问题 where no heard matter is open (the first paragraph)', () => {
    const text = '区人民政府专题会议纪要\n8月6日下午，副区长戚文华主持召开专题会议，研究城中村改造有关问题。纪要如下：\n针对改造项目资金缺口问题，会议研究决定，由区财政局牵头制定专项债券申报方案。\n就历史遗留用地问题，会议明确，区自然资源分局负责逐宗核查用地手续。\n'
    expect(analyze(text).record.items.length).toBe(2)
  })

  it('should open a matter at a bullet glued after a sentence end (◆ 会议…)', () => {
    const text = `${head}◆ 会议传达学习了全省安全生产电视电话会议精神。会议强调，要全面排查整治风险隐患。◆ 会议听取了防汛办关于汛前准备情况的汇报。会议要求，防汛办要于6月10日前完成防汛物资补充。`
    const record = analyze(text).record
    expect(record.items.length).toBe(2)
    expect(record.items[1].assignments.map((each) => [each.owner, each.due])).toEqual([['防汛办', '于6月10日前']])
  })

  it('should read the points of a statement after 如下: (1.…；2.…) in minutes whose matters are paragraphs', () => {
    const text = `${head}关于防汛备汛工作，会议明确如下：1.工程股负责逐座检查全局所辖水库闸门；2.防汛办负责补充防汛物资。关于农村供水工程建设，会议同意实施城乡供水二期工程，由农水股负责组织实施。`
    const record = analyze(text).record
    expect(record.items.map((item) => item.points.length)).toEqual([2, 0])
  })
})

describe('flattened minutes: an item glued after a bracket that closes', () => {
  it('should open the first item right after a header value that ends in brackets (请假:X(外出学习)一、…)', () => {
    const text =
      '金桥街道党工委会议纪要会议时间:2025年9月8日会议地点:街道办事处四楼会议室主持人:街道党工委书记黄立军出席人员:党工委班子成员记录:何晓请假:周平(外出学习)一、研究国庆期间安全稳定工作会议听取了综治办关于节日安全稳定工作的汇报。会议决定:1.城管科负责节日期间市容环境保障;2.财政所要保障节日值守经费。二、研究老旧小区改造工作会议原则同意社区事务办提出的改造方案。'
    const record = analyze(text).record
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '研究国庆期间安全稳定工作', 2],
      ['二', '研究老旧小区改造工作', 0]
    ])
  })
})

describe('flattened minutes: more ends of a heading run on into its body', () => {
  it('should end the heading after a bracketed note that names who presents, the body glued after it', () => {
    const {text, record} = flat('一、研究春季造林计划(汇报人:林业股股长马骏)会议原则同意春季造林计划。二、研究学校扩建项目(由县教育局作说明)会议同意扩建方案。')
    expect(record.items.map((item) => [item.heading, item.decisions.map((each) => each.text)])).toEqual([
      ['研究春季造林计划(汇报人:林业股股长马骏)', ['会议原则同意春季造林计划']],
      ['研究学校扩建项目(由县教育局作说明)', ['会议同意扩建方案']]
    ])
    expect(slice(text, record.items[0].positions.heading)).toBe('研究春季造林计划(汇报人:林业股股长马骏)')
  })

  it('should not end a heading at a bracket that names no one who presents ((试行), (草案))', () => {
    const {record} = flat('一、审议《县林地保护办法(试行)》县林业局作了起草说明。会议原则同意该办法。二、研究学校扩建项目县教育局汇报了扩建方案。会议同意扩建方案。')
    expect(record.items[0].heading).toBe('审议《县林地保护办法(试行)》')
  })

  it('should end the heading before an official by title and name who presents (副院长X汇报了)', () => {
    const {record} = flat('一、研究学院集体备课制度副院长庄颖汇报了制度修订情况。会议原则同意修订稿。二、研究学院年度预算编制院长方明通报了预算编制要求。会议同意成立预算编制小组。')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['研究学院集体备课制度', ['庄颖']],
      ['研究学院年度预算编制', ['方明']]
    ])
  })

  it('should not cut an item that is a sentence by a unit’s official (县审计局局长X汇报了…)', () => {
    const {record} = flat('一、县审计局局长苍立新汇报了预算执行审计整改情况。会议要求县审计局11月底前完成整改销号。二、村委会副主任蓝海军介绍了闲置厂房出租方案。会议通过该方案。')
    expect(record.items.map((item) => item.heading)).toEqual(['县审计局局长苍立新汇报了预算执行审计整改情况', '村委会副主任蓝海军介绍了闲置厂房出租方案'])
  })
})

describe('flattened minutes: a page’s stamp and an issue by year before the lead', () => {
  const body =
    '会议听取了区教育局关于学校周边交通治理的汇报。会议要求区公安分局交警大队在9月10日前完成学校周边交通组织方案。会议还研究了老旧电梯更新工作。会议同意申报第一批更新电梯28台，由区市场监管局负责组织实施。'

  it('should break a metadata table’s 生成日期 stamp from the title glued after it', () => {
    const text = `索引号:000014349/2024-07715 发布机构:区政府办公室 生成日期:2024-09-03区长办公会议纪要(第12期)8月29日，区长晏思远主持召开区长办公会议，研究有关事项。${body}`
    const record = analyze(text).record
    expect(record.meeting.title).toBe('区长办公会议纪要(第12期)')
    expect(record.meeting.name).toBe('区长办公会议')
    expect(record.meeting.date).toBe('2024-08-29')
  })

  it('should break an issue numbered by year (2024年第6期) from the lead glued after it', () => {
    const text = `城投公司总经理办公会会议纪要2024年第6期公司2024年第6次总经理办公会于2024年3月5日召开，会议由总经理祁振华主持，公司领导班子成员参加会议。${body}`
    const record = analyze(text).record
    expect(record.meeting.name).toBe('公司2024年第6次总经理办公会')
    expect(record.meeting.chair?.name).toBe('祁振华')
  })
})

describe('flattened minutes: a header value glued to the count of who attended, an agenda label in a heading', () => {
  it('should end the chair’s value where the count of who attended is glued on (X应到代表45人)', () => {
    const text =
      '柳溪村村民代表会议记录时间:2025年3月18日上午9时地点:村委会二楼会议室主持人:村党支部书记、村委会主任 程东海应到代表45人，实到43人。记录人:村文书 黄小燕议题一:审议村集体土地发包方案村委会汇报了发包方案。经代表举手表决，43人同意，通过村集体土地发包方案。议题二:审议村道硬化工程实施方案村委会汇报了工程实施方案。经代表举手表决，通过该实施方案。'
    expect(analyze(text).record.meeting.chair?.name).toBe('程东海')
  })

  it('should not end a heading at the colon of its agenda label (一、议题:关于X药剂科汇报了…)', () => {
    const {record} = flat('一、议题:关于中药饮片采购遴选结果药剂科汇报了供应商遴选情况。会议同意遴选结果。二、议题:关于开设治未病中心医务科汇报了筹建方案。会议同意成立筹建小组。')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['议题:关于中药饮片采购遴选结果', ['药剂科']],
      ['议题:关于开设治未病中心', ['医务科']]
    ])
  })
})

describe('a listed company’s resolution notice run on in one line', () => {
  const notice =
    '证券代码:300123 证券简称:恒川科技 公告编号:2025-018恒川科技股份有限公司第二届董事会第七次会议决议公告本公司及董事会全体成员保证信息披露的内容真实、准确、完整。一、董事会会议召开情况恒川科技股份有限公司(以下简称“公司”)第二届董事会第七次会议于2025年4月18日在公司会议室以现场方式召开。会议由董事长许文渊主持。二、董事会会议审议情况(一)审议通过《关于2024年年度报告的议案》表决结果:7票同意,0票反对,0票弃权。(二)审议通过《关于续聘会计师事务所的议案》表决结果:7票同意,0票反对,0票弃权。'

  it('should break the notice’s codes from the company and its title, and read the board’s meeting', () => {
    const record = analyze(notice).record
    expect(record.meeting.title).toBe('恒川科技股份有限公司第二届董事会第七次会议决议公告')
    expect(record.meeting.name).toBe('第二届董事会第七次会议')
    expect(record.meeting.chair?.name).toBe('许文渊')
  })

  it('should end a section of fixed wording (董事会会议召开情况) before its body', () => {
    const record = analyze(notice).record
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '董事会会议召开情况', 0],
      ['二', '董事会会议审议情况', 2]
    ])
  })

  it('should read each motion approved as its title in 《》, not the vote glued after it', () => {
    const record = analyze(notice).record
    expect(record.items[1].decisions.map((each) => each.text)).toEqual(['审议通过《关于2024年年度报告的议案》', '审议通过《关于续聘会计师事务所的议案》'])
    const position = record.items[1].decisions[0].position
    expect(notice.slice(position.start.offset, position.end.offset)).toBe('审议通过《关于2024年年度报告的议案》')
  })
})

describe('a company’s title over two lines, run on in one', () => {
  it('should name the meeting of a company’s organ without the company, as the title’s second line does', () => {
    const body = '\n会议时间：2025年3月27日上午\n主持人：总经理 黄灿\n会议听取了工程管理部关于沿江公路项目进度的汇报。\n'
    const twoLines = analyze('江川交通投资集团有限公司\n总经理办公会议纪要' + body).record
    const oneLine = analyze('江川交通投资集团有限公司总经理办公会议纪要' + body).record
    expect(twoLines.meeting.name).toBe('总经理办公会议')
    expect(oneLine.meeting.name).toBe('总经理办公会议')
    const position = oneLine.meeting.positions.name
    expect(position && '江川交通投资集团有限公司总经理办公会议纪要'.slice(position.start.offset, position.end.offset)).toBe('总经理办公会议')
  })

  it('should keep a session before the organ’s meeting', () => {
    expect(analyze('华远水务有限公司2024年第11次总经理办公会纪要\n会议听取了工程部的汇报。\n').record.meeting.name).toBe('2024年第11次总经理办公会')
  })
})

describe('page controls glued before the title', () => {
  it('should break 【打印】【关闭】 at the start of a flattened page from the title after them', () => {
    const text = `【打印】【关闭】区长办公会议纪要第12期区人民政府办公室 2022年7月4日6月29日下午，区长梁俊峰主持召开区长办公会议，专题研究老旧小区改造和防汛工作。一、关于老旧小区改造工作会议听取了区住建局关于改造项目推进情况的汇报。二、关于防汛工作会议要求各街道落实防汛值班制度，区水务局要在7月10日前完成易涝点排查。`
    const meeting = analyze(text).record.meeting
    expect(meeting.title).toBe('区长办公会议纪要')
    expect(meeting.name).toBe('区长办公会议')
    expect(meeting.date).toBe('2022-06-29')
  })
})
