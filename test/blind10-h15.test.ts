import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'

/** Minutes of a dated meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月6日上午，县长周明主持召开县政府第8次常务会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's reporters. */
function reporters(body: string) {
  return minutes(body).record.items.map((item) => item.reporters)
}

/** Each item's assignments as owner, deadline. */
function owners(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 1: deadlines and reporters of fresh minutes', () => {
  it('should read no deadline inside a quoted name of a mechanism, and the recurring report after it', () => {
    expect(findDue('要建立"汛前清淤、汛中巡查、汛后评估"工作机制,每季度向县政府报告一次管护情况', '2026-05-06')?.kind).toBe('recurring')
    expect(findDue('要建立“汛前清淤、汛后评估”长效机制', '2026-05-06')).toBeNull()
    expect(owners('一、城区排水管护\n会议明确，县城管局要建立“汛前清淤、汛中巡查”工作机制。')).toEqual([[['县城管局', null]]])
  })

  it('should still read a quoted festival bounded by 前 after the mark', () => {
    expect(findDue('确保“五一”前全部完工', '2026-04-06')?.kind).toBe('absolute')
  })

  it('should take no year’s cohort of students for a reporting unit (`2024届本科毕业生`)', () => {
    expect(reporters('一、听取2025届本科毕业生就业工作情况汇报\n会议强调，各学院要压实责任。\n二、听取2026级新生入学准备情况汇报\n学生处汇报了准备情况。')).toEqual([[], ['学生处']])
  })
})

/** Each item's decisions as written. */
function decisions(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('round 2: a matter as subject, a post as owner, 另行', () => {
  it('should read the matter’s own outcome as a decision (`本议案暂缓表决`, `该事项暂缓研究`)', () => {
    expect(decisions('一、审议《关于设立分公司的议案》\n因材料不全，本议案暂缓表决。\n二、研究食堂外包事项\n该事项暂缓研究，待调研后再议。')).toEqual([
      ['本议案暂缓表决'],
      // (The decision runs to the sentence's end, as every decision clause does.)
      ['该事项暂缓研究，待调研后再议']
    ])
  })

  it('should not take a matter that was passed elsewhere for a decision of this meeting (`本议案已经…审议通过`)', () => {
    expect(decisions('一、审议《年度预算的议案》\n本议案已经审计委员会审议通过。')).toEqual([[]])
  })

  it('should take a post named by its title alone for the owner after 由', () => {
    expect(owners('一、审议《关于聘任副总经理的议案》\n本议案暂缓表决，由董事会秘书补充材料后提交下次会议审议。\n二、研究仓储扩建项目\n会议决定，由总经理牵头组织论证。')).toEqual([
      [['董事会秘书', null]],
      [['总经理', null]]
    ])
  })

  it('should take no deputy’s title alone for an owner (a body has several: `由副总经理牵头`)', () => {
    expect(owners('一、研究仓储扩建项目\n会议决定，由副总经理牵头组织论证。')).toEqual([[]])
  })

  it('should end the owner asked with 请 before 另行 (`请市发改委另行研究后报市政府`)', () => {
    const {record} = minutes('一、研究停车收费事项\n请县发改局另行研究后报县政府。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['县发改局', '另行研究后报县政府']])
  })
})

describe('round 3: conditions, bracketed labels', () => {
  it('should read no deadline in a time that picks out what is late (`对3月底前仍未开工的项目…`)', () => {
    expect(findDue('对3月底前仍未开工的项目实行红黄牌督办', '2026-02-20')).toBeNull()
    expect(findDue('对6月底前尚未完成整改的单位予以通报', '2026-02-20')).toBeNull()
    expect(findDue('6月底前完成整改', '2026-02-20')?.date).toBe('2026-06-30')
    expect(owners('一、重点项目推进\n会议决定：对4月底前仍未开工的项目实行挂牌督办，由县政府督查室负责。')).toEqual([[['县政府督查室', null]]])
  })

  it('should read the reporter after a label in brackets (`【汇报情况】信息科汇报了…`)', () => {
    expect(reporters('议题一：关于网络安全整改\n【汇报情况】信息科汇报了测评发现的问题。\n【会议决定】原则同意整改方案。\n议题二：关于专科建设\n【汇报情况】医务部主任章立介绍了建设方案。')).toEqual([['信息科'], ['医务部']])
  })
})

describe('round 4: farm seasons, an owner by the progress it pays by', () => {
  it('should read a farm season bounded by 前 as a deadline with no day (`春灌前`, `麦收前`)', () => {
    expect(findDue('县水利局要在春灌前完成工程招标', '2026-01-08')).toMatchObject({start: 5, end: 9, date: null, kind: 'absolute'}) // `在春灌前`, with its 在
    expect(findDue('麦收前完成机械检修', '2026-04-08')?.end).toBe(3)
  })

  it('should take a unit before 按工程进度 for an owner of its own clause', () => {
    expect(owners('一、污水管网\n会议明确，管网工程由县住建局负责实施，县财政局按工程进度拨付资金。')).toEqual([
      [
        ['县住建局', null],
        ['县财政局', null]
      ]
    ])
  })
})

describe('round 7: the order of a news report, 再次', () => {
  it('should open a matter at `会议接着审议了…` and `会议随后听取了…`, as at `会议最后研究了…`', () => {
    const {record} = analyze(
      '区政府召开第5次常务会议\n5月6日，区长周明主持召开区政府第5次常务会议。\n会议首先听取了区商务局关于外贸形势的汇报。\n会议接着审议了《区级储备粮管理办法》，原则通过该办法。\n会议随后听取了区水利局关于防汛准备的汇报。\n'
    )
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['会议首先听取了区商务局关于外贸形势的汇报', ['区商务局']],
      ['会议接着审议了《区级储备粮管理办法》，原则通过该办法', []],
      ['会议随后听取了区水利局关于防汛准备的汇报', ['区水利局']]
    ])
  })

  it('should end the owner before 再次 (`由X再次征求意见后提交…`)', () => {
    expect(owners('一、物业信用评价\n会议决定，由物业管理科再次征求企业意见后提交局长办公会审议。')).toEqual([[['物业管理科', null]]])
  })
})

describe('round 8: a visit before the meeting', () => {
  const lead = (first: string) =>
    analyze(`某市人民政府专题会议纪要\n〔2026〕第3号\n${first}现纪要如下：\n一、关于园区用电\n会议同意。\n`).record.meeting

  it('should take the date of the clause that holds the meeting (`并于3月6日下午…主持召开`), not the visit’s before it', () => {
    const meeting = lead('3月5日至6日，副市长包明带队赴临港园区调研，并于3月6日下午在园区管委会会议室主持召开专题会议，研究有关问题。')
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-03-06', '包明'])
  })

  it('should read the leader of a visit over a stay of days (`3月5日至6日，副市长X带队…`) as the chair', () => {
    expect(lead('3月5日至6日，副市长包明带队赴临港园区调研，并在园区管委会会议室主持召开专题会议。').chair?.name).toBe('包明')
  })

  it('should keep the first date where the meeting’s clause gives none', () => {
    expect(lead('3月6日下午，副市长包明在园区管委会会议室主持召开专题会议，要求于3月20日前完成。').date).toBe('2026-03-06')
  })
})

describe('round 9: a board’s list of motions under a heading, how a vote was taken, stationed teams', () => {
  it('should read each motion listed under a heading `一、会议审议通过了以下议案:` as a decision, on lines and inline', () => {
    expect(decisions('一、会议以记名投票方式审议通过了以下议案：\n1.《关于年度预算的议案》；\n2.《关于发行票据的议案》。\n二、会议审议通过了以下议案：1.《关于聘任审计机构的议案》；2.《关于修订章程的议案》。')).toEqual([
      ['《关于年度预算的议案》；', '《关于发行票据的议案》。'],
      ['《关于聘任审计机构的议案》；', '《关于修订章程的议案》。']
    ])
  })

  it('should not take a heading that names a part for a lead-in to decisions (`一、工作要求:`)', () => {
    expect(decisions('一、工作要求：\n1.各单位要压实责任；\n2.县应急管理局要加强督查。')).toEqual([[]])
  })

  it('should read an outcome after how the vote was taken (`会议以举手表决方式审议通过了《…》`)', () => {
    expect(decisions('一、研究章程修订\n会议以举手表决方式审议通过了《章程修正案》。')).toEqual([['会议以举手表决方式审议通过了《章程修正案》']])
  })

  it('should take a stationed discipline team for an owner (`驻校纪检监察组要…`)', () => {
    expect(owners('一、研究纪检工作\n会议强调，驻校纪检监察组要聚焦基建工程开展专项监督。')).toEqual([[['驻校纪检监察组', null]]])
  })
})

describe('round 10: a topic label over the one who presents it, refusals', () => {
  it('should open a matter at `关于X。` when the next sentence opens with the one who presents it', () => {
    const {record} = analyze(
      '某县农业农村局局务会议纪要\n2026年2月26日，局长尤斌主持召开局务会议。现纪要如下：\n关于春耕备耕工作。种植业股汇报了物资储备情况。会议要求种植业股3月15日前完成育秧培训。\n关于农田项目验收。农田建设股汇报了完工情况。会议同意组织初验。\n'
    )
    expect(record.items.map((item) => [item.heading?.slice(0, 8), item.reporters])).toEqual([
      ['关于春耕备耕工作', ['种植业股']],
      ['关于农田项目验收', ['农田建设股']]
    ])
  })

  it('should still not open a matter at `关于X,` that the meeting does not speak in', () => {
    const {record} = analyze('某局局务会议纪要\n6月3日,局长王强主持召开局务会议。\n会议听取了办公室关于上半年工作的汇报。\n关于这项工作存在的问题。办公室已列出清单。\n')
    expect(record.items).toHaveLength(1)
  })

  it('should read a refusal with 予 as a decision (`…,不予同意,请X重新修改`)', () => {
    expect(decisions('一、研究绩效工资分配办法\n会议认为修订稿对一线教师倾斜不够，不予同意，请人事处重新修改。')).toEqual([['不予同意']])
  })
})

describe('round 11: 负责人员', () => {
  it('should read `由X负责人员转岗安置` as X taking charge of the staff, not X’s head', () => {
    const {record} = minutes('一、研究部门职能优化\n会议同意撤销企业管理部，由人力资源部负责人员转岗安置。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['人力资源部', '负责人员转岗安置']])
  })

  it('should still drop the head after a unit (`由X负责人牵头`)', () => {
    const {record} = minutes('一、研究仓储项目\n会议决定，由县发改局负责人牵头组织论证。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['县发改局', '牵头组织论证']])
  })
})

describe('round 12: 商定, 委托, 承办, 代拟的', () => {
  it('should read `会议商定,由X牵头…` and `会议议决,同意…` as decisions', () => {
    expect(decisions('一、管网改造\n会议商定，由县水务局牵头实施老旧管网改造。\n二、储备肉轮换\n会议议决，同意县商务局提出的轮换方案。')).toEqual([
      ['会议商定，由县水务局牵头实施老旧管网改造'],
      ['会议议决，同意县商务局提出的轮换方案']
    ])
  })

  it('should take the one entrusted (`委托X负责…`) and the one that undertakes (`X承办…`) for owners, and no unit across 签署', () => {
    expect(owners('一、合作办学\n会议同意合作办学，授权校长签署合作办学协议。委托基础教育集团办公室负责筹建工作。\n二、安保采购\n采购与招标管理中心承办采购工作。')).toEqual([
      [['基础教育集团办公室', null]],
      [['采购与招标管理中心', null]]
    ])
  })

  it('should take the unit that drafted what the meeting reviewed for its reporter (`审议了X代拟的《…》`)', () => {
    expect(reporters('一、资金管理办法\n会议审议了县财政局代拟的《县级政府投资项目资金管理办法》。')).toEqual([['县财政局']])
  })
})

describe('round 15: a news lead’s own matter, 次年', () => {
  const news = (body: string) =>
    analyze(`市政府党组召开（扩大）会议\n3月13日上午，市政府党组召开（扩大）会议，传达学习全国两会精神，研究贯彻落实措施。市长尚文博主持会议。\n${body}\n`).record

  it('should open the one matter at the lead’s clause of what the meeting took up, when the paragraphs after only speak of it', () => {
    const record = news('会议指出，全国两会是一次十分重要的会议。\n会议要求，市发改委要在3月底前制定贯彻落实工作清单。')
    expect([record.meeting.chair?.name, record.items.map((item) => item.heading)]).toEqual(['尚文博', ['传达学习全国两会精神，研究贯彻落实措施']])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['市发改委', '在3月底前']])
  })

  it('should leave a lead alone when a paragraph after it is not the meeting speaking', () => {
    expect(news('全市政府系统干部收看了会议直播。').items).toHaveLength(0)
  })

  it('should read 次年 and 来年 before a month as the year after the meeting’s', () => {
    expect(findDue('由县委组织部牵头，次年3月底前完成首批入住', '2025-12-03')).toMatchObject({date: '2026-03-31', kind: 'absolute'})
    expect(findDue('来年第一季度完成签约', '2025-12-03')?.date).toBe('2026-03-31')
  })
})

describe('round 17: a chair before a dated, timed clause; a numbered matter that names its work first', () => {
  it('should read the chair before `于2025年6月18日(星期三)下午3时30分在…主持召开`', () => {
    const {record} = analyze('某县人民政府专题会议纪要\n受县长委托，常务副县长乔文斌于2025年6月18日（星期三）下午3时30分在县政府三楼会议室主持召开专题会议。现纪要如下：\n一、关于市场搬迁\n会议同意。\n')
    expect([record.meeting.chair?.name, record.meeting.date]).toEqual(['乔文斌', '2025-06-18'])
  })

  it('should read the owner of a numbered matter that names the work before 由X负责 (`一、新市场由县城投公司负责建设,…`)', () => {
    expect(owners('一、新农贸市场由县城投公司负责建设，8月底前完成主体工程。\n二、关于搬迁的有关问题')).toEqual([[['县城投公司', '8月底前']], []])
  })
})

describe('round 18: 会议由X就…作了说明, 一是…;二是… on one line', () => {
  it('should read the unit after 会议由 before 就 as the one who presents (`会议由市司法局就《…》作了起草说明`)', () => {
    expect(reporters('一、审议《养犬管理规定(草案)》\n会议由县司法局就《养犬管理规定(草案)》作了起草说明。会议原则通过该草案。')).toEqual([['县司法局']])
  })

  it('should count each of `一是…;二是…` written on one line as a point, as after 会议指出', () => {
    const {record} = minutes('一、存在问题\n一是部分街道发现不及时；二是部门之间信息共享不畅；三是宣传不够。\n二、工作措施\n一是加强巡查。\n二是加强宣传。')
    expect(record.items.map((item) => item.points.map((point) => point.ordinal))).toEqual([
      ['一', '二', '三'],
      ['一', '二']
    ])
  })
})

describe('round 19: the kind of units after 等', () => {
  it('should read `X、Y等管线单位要…` as X and Y, the task after the kind', () => {
    const {record} = minutes('一、综合管廊入廊\n会议要求，县供电公司、县燃气公司等管线单位要做好入廊工作。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.owners, assignment.task])).toEqual([
      ['县供电公司、县燃气公司', ['县供电公司', '县燃气公司'], '要做好入廊工作']
    ])
  })
})

describe('a clock time after the lead’s date (a probe of round 17’s form)', () => {
  it('should read the chair before `于2025年6月18日15:30在…主持召开`, the clock’s colon ending no clause', () => {
    const {record} = analyze('某县人民政府专题会议纪要\n副县长乔文斌于2025年6月18日15:30在县政府三楼会议室主持召开专题会议。现纪要如下：\n一、关于市场搬迁\n会议同意。\n')
    expect([record.meeting.chair?.name, record.meeting.date]).toEqual(['乔文斌', '2025-06-18'])
  })
})

describe('round 25: the unit before a heading’s colon', () => {
  it('should take the unit a heading names before `:关于…` or `:《…》` for the reporter', () => {
    expect(reporters('一、县财政局：关于2025年县级预算调整方案\n会议原则同意该方案。\n二、县住建局：《城区管网改造实施方案》\n会议同意该方案。\n三、议题：关于机关作风建设\n会议强调，要严守纪律。')).toEqual([
      ['县财政局'],
      ['县住建局'],
      []
    ])
  })
})

describe('round 26: passed after a check', () => {
  it('should read `会议审核通过了…` and `会议审查通过了…` as decisions', () => {
    expect(decisions('一、竣工决算\n会议审核通过了城南道路工程等6个项目竣工决算。\n二、用地方案\n会议审查通过了两宗建设用地入市方案。')).toEqual([
      ['会议审核通过了城南道路工程等6个项目竣工决算'],
      ['会议审查通过了两宗建设用地入市方案']
    ])
  })
})

describe('round 27: a submission’s title in 《》 after its maker', () => {
  it('should take the maker of `研究X《关于…的请示》` for the reporter, and no maker of a title alone', () => {
    expect(reporters('一、研究儿科《关于增设哮喘专病门诊的请示》\n会议同意增设。\n二、研究《关于院区绿化的方案》\n会议同意该方案。')).toEqual([['儿科'], []])
  })
})

describe('round 30: outcomes after hearing, 核准, 协调解决, 着手', () => {
  it('should read `会议听取并审定了X关于…的汇报` and `会议听取并原则同意了…` as X reporting and the meeting deciding', () => {
    const {record} = minutes('一、园区用电\n会议听取并审定了县工信局关于园区用电保障方案的汇报。\n二、自行车系统\n会议核准了公共自行车运营服务采购结果。')
    expect(record.items.map((item) => [item.reporters, item.decisions.map((decision) => decision.text)])).toEqual([
      [['县工信局'], ['会议听取并审定了县工信局关于园区用电保障方案的汇报']],
      [[], ['会议核准了公共自行车运营服务采购结果']]
    ])
  })

  it('should still read `会议听取了X的汇报` as a report and no decision', () => {
    expect(decisions('一、园区用电\n会议听取了县工信局关于园区用电的汇报。')).toEqual([[]])
  })

  it('should take units before 协调解决 and 着手 for owners of their clauses', () => {
    expect(owners('一、园区用电\n县发改局协调解决专线建设资金问题，县供电公司着手开展线路勘测设计，最迟于11月15日前完成。')).toEqual([
      [
        ['县发改局', '最迟于11月15日前'],
        ['县供电公司', '最迟于11月15日前']
      ]
    ])
  })
})

describe('round 31: 表示同意, 原则认可', () => {
  it('should read `会议表示同意` and `会议原则认可…` as decisions, and not praise (`会议充分认可了…`)', () => {
    expect(decisions('一、资产处置\n会议表示同意，要求区国资办具体落实。\n二、卫生服务中心\n会议原则认可布局方案。\n三、上半年工作\n会议充分认可了区卫健局的工作。')).toEqual([
      ['会议表示同意'],
      ['会议原则认可布局方案'],
      []
    ])
  })
})

describe('round 32: 准予, 审议并批准, 认定, X报告了…, X跟踪…', () => {
  it('should read 准予, 审议并批准 and 认定 after the meeting as decisions', () => {
    expect(decisions('一、水价\n会议准予居民用水价格调整为每吨2.4元。\n二、卫生院\n会议审议并批准了5所卫生院改扩建计划。\n三、工伤\n会议认定职工受伤情形属实。')).toEqual([
      ['会议准予居民用水价格调整为每吨2.4元'],
      ['会议审议并批准了5所卫生院改扩建计划'],
      ['会议认定职工受伤情形属实']
    ])
  })

  it('should take `X报告了…情况` for X reporting, and not `X每月向县政府报告`', () => {
    expect(reporters('一、水价\n县发改局报告了成本监审情况。会议同意调整。\n二、水质\n会议要求，县水务公司每月向县政府报告水质情况。')).toEqual([['县发改局'], []])
  })

  it('should take a unit before 跟踪 for an owner', () => {
    expect(owners('一、水价\n县水务公司跟踪做好价格调整的宣传解释工作。')).toEqual([[['县水务公司', null]]])
  })
})

describe('round 33: 经表决通过, owners before 持续/继续/及时/主动', () => {
  it('should read `会议经表决通过了《…》` as a decision', () => {
    expect(decisions('一、外贸\n会议经表决通过了《促进外贸稳增长若干措施》。')).toEqual([['会议经表决通过了《促进外贸稳增长若干措施》']])
  })

  it('should take units before 持续, 继续 and 主动 in later clauses for owners of their own', () => {
    expect(owners('一、垃圾分类\n会议要求，县城管局继续做好示范小区创建，县商务局持续推进回收网点建设。县供销社主动对接回收企业。')).toEqual([
      [
        ['县城管局', null],
        ['县商务局', null],
        ['县供销社', null]
      ]
    ])
  })
})

describe('round 34: owners before 加大/强化/全面', () => {
  it('should take units before 加大, 强化 and 全面 in a run of clauses for owners of their own', () => {
    expect(owners('一、食品安全\n会议要求，县市场监管局加大食品抽检力度，县教育局强化学校食堂管理，县公安局全面排查违法线索。')).toEqual([
      [
        ['县市场监管局', null],
        ['县教育局', null],
        ['县公安局', null]
      ]
    ])
  })
})

describe('round 35: a unit whose name goes on after a verb', () => {
  it('should read a unit whose name goes on after a verb of doing whole (`市委编制委员会办公室要…`)', () => {
    expect(owners('一、机构编制\n市委编制委员会办公室要在6月底前完成核编。')).toEqual([[['市委编制委员会办公室', '在6月底前']]])
  })
})

describe('what a task works on is no owner', () => {
  it('should take no owner for `对X小区…` or `立即对…` before a word that may follow an owner', () => {
    expect(owners('一、排查\n会议要求，立即对低洼小区全面排查。\n二、维修\n会议要求，对老旧小区及时维修，对安置小区加大巡查力度。')).toEqual([[], []])
  })

  it('should still read names that open with 对外 and 对口', () => {
    expect(owners('一、接待\n会议要求，市对外友好协会要做好接待，区对口支援办公室负责协调。')).toEqual([
      [
        ['市对外友好协会', null],
        ['区对口支援办公室', null]
      ]
    ])
  })
})
