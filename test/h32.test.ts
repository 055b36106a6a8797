import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h32: adverbs before a task are no owner (逐村, 抓紧与…)', () => {
  const lead = '2025年2月11日上午，镇长贺明远主持召开镇政府常务会议。现纪要如下：\n'

  it('should keep 逐村 (village by village) in the task of the office before it', () => {
    const text = lead + '一、关于秸秆禁烧工作\n会议要求，农业服务中心要对照考核办法，逐村排查焚烧隐患，月底前形成台账。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['农业服务中心', '月底前']])
    expect(assignments[0].task).toContain('形成台账')
  })

  it('should read no owner in 抓紧与X对接 after a company that is responsible', () => {
    const text = lead + '一、关于冷链仓储项目\n会议明确，镇投资公司负责项目融资，抓紧与农商银行对接，力争年内放款。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['镇投资公司'])
    expect(assignments[0].task).toContain('农商银行对接')
  })
})

describe('h32: a deadline label dates a stretch the task gives (10个工作日内…（完成时限：…）)', () => {
  it('should take the label’s date over a stretch of working days, for the lead and its partner', () => {
    const text =
      '2025年3月10日，副市长祝海峰主持召开专题会议。纪要如下：\n一、关于水厂扩建资金\n' +
      '市财政局要会同高新区管委会，10个工作日内提出资金方案（责任单位：市财政局、高新区管委会；完成时限：3月24日前）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([
      ['市财政局', '3月24日前', '2025-03-24'],
      ['高新区管委会', '3月24日前', '2025-03-24']
    ])
  })

  it('should keep a task’s own date where the label gives only a stretch', () => {
    const text =
      '2025年3月10日，副市长祝海峰主持召开专题会议。纪要如下：\n一、关于水厂扩建资金\n' +
      '市水务局于4月30日前完成扩建设计（责任单位：市水务局；完成时限：30个工作日）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['市水务局', '于4月30日前']])
  })
})

describe('h32: a task table copied with one space between cells', () => {
  const lead = '2025年7月2日，副区长蔡文俊主持召开协调会议。议定如下：\n'

  it('should read each row under a header of the genre’s labels parted by ideographic spaces', () => {
    const text =
      lead + '一、任务分解\n序号　工作任务　责任单位　完成时限\n1　体育馆屋面防水维修　区文体旅局　7月底前\n2　周边停车位施划　区城管局、区交警大队　8月10日前\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['区文体旅局', '体育馆屋面防水维修', '7月底前'],
      ['区城管局', '周边停车位施划', '8月10日前'],
      ['区交警大队', '周边停车位施划', '8月10日前']
    ])
  })

  it('should end the table at a line with another count of cells', () => {
    const text =
      lead + '一、任务分解\n序号 工作任务 责任单位 完成时限\n1 场馆消防检测 区应急管理局 7月20日前\n会议要求各单位按时 完成。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['区应急管理局'])
  })
})

describe('h32: the matters before an asking word (以上事项请X…)', () => {
  it('should give X the task, not a unit read back over 以上事项', () => {
    const text =
      '2025年3月14日，副区长冯立军主持召开专题会议。纪要如下：\n一、关于停车场建设\n会议要求，区城管局要加快施工进度。\n' +
      '以上事项请区政府督查室跟踪督办，每月底前将办理情况报区政府。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['区城管局', null],
      ['区政府督查室', '每月底前']
    ])
  })
})

describe('h32: a matter the meeting took up, handed in the next clause (会议研究了A，交由X办理)', () => {
  it('should start the handed task at the matter', () => {
    const text = '2025年7月7日，乡长覃志远主持召开乡政府常务会议。纪要如下：\n一、其他事项\n会议研究了村级公益性岗位补贴发放事宜，交由社会事务办按规定办理。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task])).toEqual([['社会事务办', '村级公益性岗位补贴发放事宜，交由社会事务办按规定办理']])
  })

  it('should keep a task handed after a clause that is no matter taken up', () => {
    const text = '2025年7月7日，乡长覃志远主持召开乡政府常务会议。纪要如下：\n一、其他事项\n会议同意该方案，交由社会事务办组织实施。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.task)).toEqual(['组织实施'])
  })
})

describe('h32: a season bounds a task (今年秋季前)', () => {
  it('should read 秋季前 as a deadline with no day', () => {
    const text = '2025年7月7日，乡长覃志远主持召开乡政府常务会议。纪要如下：\n一、林业工作\n林业站要严格按照技术规程，在今年秋季前完成枯死木清理。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueDate]).toEqual(['林业站', '在今年秋季前', null])
  })
})

describe('h32: supervision entries numbered through the document (督办事项2 under the second matter)', () => {
  it('should count 督办事项2 and 督办事项3 as the points of the second matter', () => {
    const text =
      '2025年3月14日，副区长冯立军主持召开专题会议。经研究，明确如下事项：\n' +
      '一、关于概算调整\n会议原则同意调整概算。\n督办事项1：办理概算调整报批手续。\n责任单位：区发改局\n完成时限：4月15日前\n' +
      '二、关于设备采购\n会议同意分两批采购。\n督办事项2：制定采购方案。\n责任单位：区人民医院\n完成时限：10个工作日内\n' +
      '督办事项3：做好资金保障。\n责任单位：区财政局\n'
    const items = parseMinutes(text).items
    expect(items.map((item) => item.points.length)).toEqual([1, 2])
    expect(items[1].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['区人民医院', '10个工作日内'],
      ['区财政局', null]
    ])
  })
})

describe('h32: a deputy by the post alone, before the subject’s 要 (分管副县长要…)', () => {
  const lead = '2025年4月3日，副县长谭明远主持召开协调会。纪要如下：\n一、关于供地\n'

  it('should give 分管副县长 the task after 要', () => {
    const text = lead + '分管副县长要每半月召开一次调度会，协调解决供地中的问题。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['分管副县长', null]])
  })

  it('should give no task where the post asks others (要求), nor to a bare 副县长', () => {
    const text = lead + '分管副县长要求各单位加强协作。副县长要协调解决供地中的问题。\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('h32: a time word and a bare 乡镇 are no owner (近期我县…, 乡镇主要负责同志…)', () => {
  const lead = '2025年6月5日，县长殷志华主持召开县政府常务会议。纪要如下：\n一、高温防暑\n'

  it('should read no owner in 近期我县持续高温', () => {
    const text = lead + '会议强调，近期我县持续高温，各部门要高度重视。县人社局负责督促用工单位落实高温津贴。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => each.owner)).toEqual(['县人社局'])
  })

  it('should read no owner in 乡镇主要负责同志必须在岗', () => {
    const text = lead + '（一）各乡镇要立即进入临战状态，乡镇主要负责同志必须在岗在位。\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('h32: a count of bodies points back to the units the sentence opens with (两乡镇要…)', () => {
  const lead = '2025年7月2日，县长简国华主持召开防汛调度会议。纪要如下：\n一、会议要求\n'

  it('should give the task to the units named first', () => {
    const text = lead + '（一）石门镇、柳河乡地处下游低洼地带，两乡镇要在7月3日12时前完成群众转移准备。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect([assignment.owner, assignment.owners, assignment.task, assignment.due]).toEqual([
      '石门镇、柳河乡',
      ['石门镇', '柳河乡'],
      '要在7月3日12时前完成群众转移准备',
      '在7月3日12时前'
    ])
  })

  it('should read a unit whole, not its abbreviation (县财政局, not 县财政)', () => {
    const text = lead + '（一）县住建局、县财政局对接后，两部门要在月底前拿出方案。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => each.owner)).toEqual(['县住建局、县财政局'])
  })

  it('should read no owner where the count points back to nothing', () => {
    expect(parseMinutes(lead + '（一）两乡镇要做好转移准备。\n').items[0].assignments).toEqual([])
  })
})

describe('h32: an owner of only its verb after the task (A年底前完成，X负责，Y配合)', () => {
  it('should give the lead and its support the task set out before them', () => {
    const text =
      '2025年8月14日，副区长计文博主持召开专题会议。纪要如下：\n一、关于企业整合\n' +
      '会议原则同意整合方案。整合工作年底前全面完成，区国资中心负责，区财政局配合。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.role, each.due])).toEqual([
      ['区国资中心', 'responsible', '年底前'],
      ['区财政局', 'support', '年底前']
    ])
    expect(assignments.every((each) => each.task.startsWith('整合工作年底前全面完成'))).toBe(true)
  })
})

describe('h32: a list of tasks the minutes attach (附件：…督办清单 over its table)', () => {
  it('should read the attached table as the matter when the lead only refers to it', () => {
    const text =
      '水城市市长办公会议纪要\n\n10月28日，市长梅立群主持召开市长办公会议，专题研究冬季保供工作。会议议定的具体事项见附件。\n\n' +
      '附件：市长办公会议议定事项督办清单\n序号\t议定事项\t牵头单位\t配合单位\t完成时限\n' +
      '1\t制定蔬菜保供预案\t市发改委\t市商务局\t11月15日前\n2\t完成应急储气设施建设\t市燃气集团\t市住建局\t供暖季前\n'
    const items = parseMinutes(text).items
    expect(items.length).toBe(1)
    expect(items[0].assignments.map((each) => [each.owner, each.role, each.due])).toEqual([
      ['市发改委', 'lead', '11月15日前'],
      ['市商务局', 'support', '11月15日前'],
      ['市燃气集团', 'lead', '供暖季前'],
      ['市住建局', 'support', '供暖季前']
    ])
  })

  it('should keep a list of attachment titles as the closing', () => {
    const text =
      '2025年10月28日，市长梅立群主持召开市长办公会议。纪要如下：\n一、关于冬季保供\n会议同意保供预案。\n' +
      '附件：冬季保供工作任务清单\n'
    const items = parseMinutes(text).items
    expect(items.length).toBe(1)
    expect(items[0].assignments).toEqual([])
  })
})

describe('h32: a lead that only coordinates shares the outcome after its partner (由X牵头协调，Y具体负责，…前完成)', () => {
  it('should give the lead the deadline of the outcome', () => {
    const text =
      '2025年9月15日，区长钱卫东主持召开区长办公会议。纪要如下：\n一、关于政务中心搬迁\n' +
      '会议同意搬迁方案。搬迁工作由区政府办牵头协调，区行政审批局具体负责，国庆节前完成搬迁并对外运行。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['区政府办', '国庆节前'],
      ['区行政审批局', '国庆节前']
    ])
  })
})

describe('h32: a bracket of owners that ends with their deadline (（X牵头，Y配合，10月底前完成）)', () => {
  const lead = '2025年9月24日，副县长柯志平主持召开专题会议。纪要如下：\n'

  it('should give each owner in the bracket the task before it and the bracket’s deadline', () => {
    const text = lead + '一、优化交通组织。对人民路实施单向交通组织，完善交通标志标线（县公安局牵头，县交通运输局、县城管局配合，10月底前完成）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.role, each.task, each.due])).toEqual([
      ['县公安局', 'lead', '对人民路实施单向交通组织，完善交通标志标线', '10月底前'],
      ['县交通运输局、县城管局', 'support', '对人民路实施单向交通组织，完善交通标志标线', '10月底前']
    ])
  })

  it('should give an owner read before the bracket the bracket’s deadline', () => {
    const text = lead + '一、会议原则同意实施方案，由县发改局按程序报县委审定（县发改局负责，3月10日前完成）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['县发改局', '3月10日前']])
  })
})


describe('h32: a date inside a would-be unit, and 与 before one (明年3月底前与厂区同步完工)', () => {
  it('should read no owner in 与厂区, and give the deadline to the owner before', () => {
    const text =
      '2025年12月9日，副秘书长项东主持召开专题会议。纪要如下：\n' +
      '一、关于配套管网建设。高新区管委会负责区内截污管网建设，明年3月底前与厂区同步完工。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['高新区管委会', '明年3月底前']])
  })
})

describe('h32: a lead over several owners shares the outcome that ends the sentence (由X牵头负责，Y具体实施，Z…，年底前完成…)', () => {
  it('should give the lead the closing deadline', () => {
    const text =
      '2025年8月18日，镇长庄立群主持召开镇政府常务会议。纪要如下：\n一、示范带建设\n' +
      '会议原则同意建设方案。由副镇长阎国强牵头负责，农业办具体实施，财政所做好资金保障，年底前完成示范带主体建设。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['阎国强', '年底前'],
      ['农业办', '年底前'],
      ['财政所', '年底前']
    ])
  })
})

describe('h32: a bracket of labels after a later sentence of a paragraph restates that sentence’s owner', () => {
  it('should not read the owner twice when the first bracket labels an audience', () => {
    const text =
      '2025年6月26日，副区长汤文斌主持召开专题会议。纪要如下：\n' +
      '一、加强水域管控。各街道要对辖区水域开展排查（责任单位：各街道；完成时限：7月5日前）。区水利局负责督促水库管理单位落实巡查制度（责任单位：区水利局；完成时限：7月15日前）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['区水利局', '7月15日前']])
  })
})
