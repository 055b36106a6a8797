import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's decisions (text) and assignments as owner, task, due, dueDate. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due, assignment.dueDate])
  }))
}

const school = '青梧中学行政会议纪要\n2026年9月14日，校长鲁定安主持召开行政会议。\n一、关于校园活动\n'

describe('a share of the votes after a member company votes by its stake', () => {
  const head = '临江物流有限公司股东会会议纪要\n2026年4月8日，临江物流有限公司2026年第一次股东会在公司会议室召开，会议由董事长严北辰主持。\n'

  it('should not read a tally in percent as a decision', () => {
    const text = `${head}一、审议通过《2025年度监事会工作报告》\n表决结果：同意100%，反对0%，弃权0%。\n`
    expect(read(text)[0].decisions).toEqual(['审议通过《2025年度监事会工作报告》'])
  })

  it('should not read the share of the votes for as a decision', () => {
    const text = `${head}一、审议通过《关于调整经营范围的议案》\n会议同意增加仓储服务。表决结果：同意票占出席会议股东所持表决权的70%，反对票占30%。\n`
    expect(read(text)[0].decisions).toEqual(['审议通过《关于调整经营范围的议案》', '会议同意增加仓储服务'])
  })

  it('should still read what is agreed to with a share in it', () => {
    const text = `${head}一、关于利润分配\n会议同意按可分配利润的30%向股东分红。\n`
    expect(read(text)[0].decisions).toEqual(['会议同意按可分配利润的30%向股东分红'])
  })
})

describe('a lead time before an event or a holiday', () => {
  it('should read a week before a school event as the deadline', () => {
    const text = `${school}会议要求，总务处负责跑道画线和器材检修，运动会前一周完成。\n`
    expect(read(text)[0].tasks).toEqual([['总务处', '负责跑道画线和器材检修，运动会前一周完成', '运动会前一周', null]])
  })

  it('should count days back from a holiday with a fixed day', () => {
    const text = `${school}会议要求，政教处于国庆节前3天完成假期安全告知书的发放。\n`
    expect(read(text)[0].tasks).toEqual([['政教处', '于国庆节前3天完成假期安全告知书的发放', '于国庆节前3天', '2026-09-28']])
  })

  it('should still read a holiday alone as the day before it', () => {
    const text = `${school}会议要求，团委在国庆节前组织一次升旗仪式。\n`
    expect(read(text)[0].tasks).toEqual([['团委', '在国庆节前组织一次升旗仪式', '在国庆节前', '2026-09-30']])
  })
})

describe('an owner before a lead time', () => {
  it('should give the unit the task it does a stretch ahead of an event', () => {
    const text = '医院药事管理委员会会议纪要\n2026年3月5日，副院长白承宇主持召开药事管理委员会会议。\n一、其他事项\n会议明确，下次会议定于6月中旬召开。药学部提前10个工作日向各临床科室征集议题。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[1]])).toEqual([['药学部', '提前10个工作日向各临床科室征集议题']])
  })

  it('should not read a lead time in the middle of a clause as an owner', () => {
    const text = '医院药事管理委员会会议纪要\n2026年3月5日，副院长白承宇主持召开药事管理委员会会议。\n一、其他事项\n会议认为，各科室申报新药时提前3天提交材料的做法效果较好。\n'
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a table of tasks laid out with spaces', () => {
  const head = '青岚县河长制工作会议纪要\n2026年4月2日，县河长办主任卓远山主持召开全县河长制工作推进会。\n一、交办事项\n'

  it('should part a header whose first labels one space parts, and a row whose full cell keeps one space', () => {
    const table = [
      '序号　交办事项　　　　　　　　责任单位　　　　　配合单位　　　完成时限',
      '1　　 完成入河排污口排查　　　县生态环境局　　　县水利局　　　5月底前',
      '2　　 开展非法采砂专项整治　　县公安局治安大队　县水利局　　　三季度末'
    ].join('\n')
    expect(read(`${head}${table}\n`)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([
      ['县生态环境局', '完成入河排污口排查', '5月底前'],
      ['县水利局', '完成入河排污口排查', '5月底前'],
      ['县公安局治安大队', '开展非法采砂专项整治', '三季度末'],
      ['县水利局', '开展非法采砂专项整治', '三季度末']
    ])
  })
})

describe('a village officer by charge and name before a verb of the work', () => {
  const head = '柳岸村村“两委”会议纪要\n2026年3月2日，村党支部书记宁致远主持召开村“两委”会议。\n一、关于春季工作\n'

  it('should read the officer in person in a later clause of what the meeting asks', () => {
    const text = `${head}会议要求，各村民小组长要落实联防责任；村妇联主席苗青组织开展庭院评比，4月底前完成初评。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([['苗青', '组织开展庭院评比，4月底前完成初评', '4月底前']])
  })

  it('should read the militia head leading his men as the owner', () => {
    const text = `${head}村民兵营长戴刚带领应急分队，于汛期前完成堤坝巡查。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['戴刚', '于汛期前']])
  })

  it('should not read an officer who reports what was done', () => {
    const text = `${head}村妇联主席苗青介绍了去年庭院评比情况。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('sub-matters numbered under a section, with a deeper list under one of them', () => {
  const text = [
    '青屿集团有限公司监事会会议纪要',
    '2026年4月20日，监事会主席欧鸿主持召开第三届监事会第二次会议。',
    '一、会议议题及议定事项',
    '（一）审议《2025年度监事会工作报告》',
    '会议审议通过了该报告。',
    '（二）听取审计部关于内部审计整改情况的汇报',
    '会议指出，仍有5个问题未整改到位。会议要求：',
    '1．审计部要建立整改清单，实行销号管理；',
    '2．财务部于6月30日前完成应收账款清收。',
    '（三）审议《关于出具财务报告监事会意见的议案》',
    '会议同意出具无保留意见。',
    '二、其他事项',
    '会议决定，下半年开展一次专项检查。',
    ''
  ].join('\n')

  it('should keep the deeper list under the sub-matter it follows, so that the next sub-matter goes on', () => {
    const item = analyze(text).record.items[0]
    expect(item.points.map((point) => point.text.split('\n')[0])).toEqual([
      '审议《2025年度监事会工作报告》',
      '听取审计部关于内部审计整改情况的汇报',
      '审议《关于出具财务报告监事会意见的议案》'
    ])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['审计部', null], ['财务部', '于6月30日前']])
  })

  it('should read who reports a sub-matter that heads its line with 听取', () => {
    expect(analyze(text).record.items[0].reporters).toEqual(['审计部'])
  })

  it('should still count a list after a decided point as the item\'s own', () => {
    const flat = '区政府常务会议纪要\n2026年3月2日，区长任远主持召开区政府常务会议。\n一、关于重大项目\n会议议定：\n（一）原则同意《重大项目计划》。\n（二）由区发改局牵头建立调度机制。\n会议要求：\n1．区财政局做好资金保障；\n2．区住建局加快审批。\n'
    expect(analyze(flat).record.items[0].points).toHaveLength(4)
  })
})

describe('where a result is made known', () => {
  it('should not read a result made known across the county as who reports', () => {
    const text = '县安委会会议纪要\n2026年3月6日，县长吕航主持召开县安委会全体会议。\n一、关于督导检查\n由县安委办牵头，组成督导组开展明察暗访，督查结果在全县通报。\n'
    expect(analyze(text).record.items[0].reporters).toEqual([])
  })
})

describe('a lead whose clause is only its verb, before supports by their duties', () => {
  it('should give the lead the work after the supports', () => {
    const text = '县安委会会议纪要\n2026年3月6日，县长吕航主持召开县安委会全体会议。\n一、关于燃气安全\n县住建局负责，县市场监管局、县消防救援大队按职责配合，对餐饮场所开展燃气安全检查，5月底前整改到位。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([
      ['县住建局', '负责，县市场监管局、县消防救援大队按职责配合，对餐饮场所开展燃气安全检查，5月底前整改到位', '5月底前'],
      ['县市场监管局、县消防救援大队', '按职责配合，对餐饮场所开展燃气安全检查，5月底前整改到位', '5月底前']
    ])
  })
})

describe('a hospital president\'s office meeting under topic labels', () => {
  const head = '青峦县中医院院长办公会议纪要\n\n时间：2026年5月11日上午\n主持：院长　尉迟明\n\n'

  it('should not read the label 汇报科室 under a heading ending in 情况 as who reports', () => {
    const text = `${head}【议题一】关于等级评审推进情况\n汇报科室：质控科\n会议意见：由质控科牵头，5月30日前完成模拟评审。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['质控科'])
  })

  it('should read the accreditation visit as a deadline', () => {
    const text = `${head}【议题一】关于等级评审\n汇报科室：质控科\n会议意见：信息科要在迎评前完成电子病历功能完善。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['信息科', '在迎评前']])
  })

  it('should read a unit before the procedure it follows as owner', () => {
    const text = `${head}【议题一】关于设备采购\n汇报科室：设备科\n会议意见：同意采购彩超1台。设备科按政府采购程序组织实施，财务科做好资金保障。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[1]])).toEqual([['设备科', '按政府采购程序组织实施'], ['财务科', '做好资金保障']])
  })
})

describe('a kindergarten\'s affairs meeting', () => {
  const head = '青禾幼儿园园务会议纪要\n2026年5月11日，园长柴晓芸主持召开本学期第4次园务会议，副园长秦雯参加会议。\n一、关于夏季保健\n'

  it('should read the head of a kindergarten as the chair', () => {
    expect(analyze(`${head}会议强调，要落实晨检制度。\n`).record.meeting.chair?.name).toBe('柴晓芸')
  })

  it('should read its working groups, its canteen and its doctor as owners', () => {
    const text = `${head}会议强调，一是保健医生每日对各班消毒记录进行检查，每周五前汇总报园长；二是后勤组在5月20日前完成纱窗检修；三是食堂要调整夏季食谱。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['保健医生', '每周五前'], ['后勤组', '在5月20日前'], ['食堂', null]])
  })

  it('should keep a deadline after 并 with the owner whose work it joins', () => {
    const text = `${head}会议要求，大班年级组要组织一次参观小学活动，副园长秦雯负责与中心小学对接，并于毕业典礼前召开一次家长会。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['大班年级组', null], ['秦雯', '于毕业典礼前']])
  })
})

describe('a governing verb before bodies named as a kind', () => {
  it('should not read the bodies a verb works with as an owner before a deadline', () => {
    const text = '大学学术委员会会议纪要\n2026年6月4日，主任委员钟离越主持召开学术委员会全体会议。\n一、审议申报材料\n会议要求研究生院根据委员意见，组织相关学院于6月20日前完成申报材料修改。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['研究生院', '于6月20日前']])
  })
})

describe('a village officer by charge and name before the deadline of the work', () => {
  it('should read the officer in person in a later clause', () => {
    const text = '柳岸村村“两委”会议纪要\n2026年12月2日，村党支部书记宁致远主持召开村“两委”会议。\n一、关于森林防火\n村委会副主任庞杰负责组织护林员每日巡山；村民兵连长骆山于12月15日前组建扑火应急队。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['庞杰', null], ['骆山', '于12月15日前']])
  })
})

describe('news of a commission\'s plenary and a flattened company meeting', () => {
  it('should open the one matter at the sentence after the lead that reviews the year\'s work', () => {
    const text = '我县召开食品安全委员会全体会议\n　　本网讯 4月2日，临河县食品安全委员会2026年全体会议召开。会议总结了2025年全县食品安全工作，部署2026年重点任务。\n　　会议强调，一要压实责任。县市场监管局要在5月底前完成包保清单更新。二要守牢底线。县教育局要开展校园食堂联合检查。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['会议总结了2025年全县食品安全工作，部署2026年重点任务'])
    expect(items[0].assignments.map((assignment) => assignment.owner)).toEqual(['县市场监管局', '县教育局'])
  })

  it('should end a glued heading where the body opens with how the meeting deliberated', () => {
    const text = '滨河能源有限公司2026年第一次股东会会议纪要 2026年3月6日,滨河能源有限公司2026年第一次股东会在公司会议室召开.会议由董事长祁远主持.现纪要如下: 一、审议通过《关于增资的议案》 会议同意增资5000万元. 二、审议《关于对外担保的议案》 经充分讨论,会议决定暂缓审议该议案.'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['审议通过《关于增资的议案》', '审议《关于对外担保的议案》'])
  })
})

describe('a leading group\'s decisions enumerated on lines of their own after the lead', () => {
  it('should read the lines after 会议议定以下事项 as the points and decisions of the lead\'s matter', () => {
    const text = '青川县征兵工作领导小组会议纪要\n　　2月20日，县人武部部长耿立主持召开全县2026年征兵工作领导小组会议，部署上半年征兵工作。会议议定以下事项：\n　　一是县委宣传部负责征兵宣传，2月底前开设征兵专栏。\n　　二是县教育局要做好大学生征集工作，3月15日前完成兵役登记动员。\n　　三是县人社局要落实优待金政策，确保新兵入伍前兑现到位。\n'
    const [item] = analyze(text).record.items
    expect(item.points).toHaveLength(3)
    expect(item.decisions).toHaveLength(3)
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['县委宣传部', '2月底前'], ['县教育局', '3月15日前'], ['县人社局', '新兵入伍前']])
  })
})

describe('a community\'s officers', () => {
  const head = '金桂社区“两委”联席会议纪要\n2026年11月6日，社区党委书记房丽君主持召开社区“两委”联席会议。\n一、关于冬季安全\n'

  it('should read the police officer stationed in the community and the officer for civil affairs', () => {
    const text = `${head}会议要求，社区副主任雷敏牵头开展入户排查；驻社区民警负责对出租屋开展一次清查。会议同意申请临时救助，由社区民政专干于11月15日前将申请材料报街道。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['雷敏', '驻社区民警', '社区民政专干'])
  })

  it('should read an officer of the community\'s youth league branch in person', () => {
    const text = `${head}由社区团支部书记邱思雨组织开展志愿服务活动。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['邱思雨'])
  })
})

describe('a department before a verb of its work and the deadline of the next step', () => {
  const head = '滨城水务集团总经理办公会议纪要\n2026年10月27日，总经理芮少华主持召开总经理办公会议。\n一、关于预算编制\n'

  it('should read the department as owner of the step it takes after its work', () => {
    const text = `${head}会议同意预算编制安排。各部门于11月20日前报送预算建议，财务部汇总平衡后于12月10日前提交总经理办公会审议。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['财务部', '于12月10日前']])
  })

  it('should not read a department that reports what it did', () => {
    const text = `${head}财务部汇总了各部门预算建议，总体平衡。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('chiefs of the river system, an ethics committee\'s outcomes, and a lead over an audience of its role', () => {
  it('should read a deputy chief river chief as the chair', () => {
    const text = '赤水市总河长办公室督办通知\n　　2026年6月10日，市委副书记、市级副总河长龙泽宇主持召开市级总河长第2次会议。现将会议议定事项通知如下：\n一、汛期河道清障\n市水务局牵头开展清障。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('龙泽宇')
  })

  it('should give the lead the work after an audience of only its role', () => {
    const text = '市总河长会议纪要\n2026年6月10日，市长吕航主持召开市级总河长会议。\n一、汛期河道清障\n市水务局牵头，各县（区）政府负责，对主要行洪河道阻水障碍物开展集中清理，6月30日前全部清除到位。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([['市水务局', '牵头，各县（区）政府负责，对主要行洪河道阻水障碍物开展集中清理，6月30日前全部清除到位', '6月30日前']])
  })

  it('should read an approval once amended as a decision, and the principal investigator as owner', () => {
    const text = '医院医学伦理委员会审查会议纪要\n2026年9月17日，主任委员仲秋实主持召开医学伦理委员会审查会议。\n一、初始审查项目\n经投票表决，同意甲研究开展；乙研究因风险告知不充分，作必要的修改后同意。会议要求主要研究者于10月10日前提交分析报告。\n'
    const [item] = read(text)
    expect(item.decisions).toEqual(['同意甲研究开展', '作必要的修改后同意'])
    expect(item.tasks.map((task) => [task[0], task[2]])).toEqual([['主要研究者', '于10月10日前']])
  })
})
