import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due, dueDate and kind. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

/** The decisions of each item, as text. */
function decisions(text: string) {
  return analyze(text).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

// A Wednesday: 2026-05-13.
const lead = '2026年5月13日上午，副县长祁望川主持召开专题会议。现纪要如下：\n'

describe('a table copied with bars but none opening its rows (blind21-h57 r1)', () => {
  const text =
    `${lead}一、关于集镇提升\n会议议定事项及分工如下：\n` +
    '序号｜议定事项｜牵头单位｜完成时限\n1｜完成集镇雨污分流设计｜县住建局｜6月20日前\n2｜拆除临街违建｜东坝镇｜5月31日前\n'

  it('should make no decision of its header or its rows', () => {
    expect(decisions(text)).toEqual([[]])
  })

  it('should still give each row its owner, task and deadline', () => {
    expect(tasks(text)).toMatchObject([
      {owner: '县住建局', due: '6月20日前', dueDate: '2026-06-20'},
      {owner: '东坝镇', due: '5月31日前', dueDate: '2026-05-31'}
    ])
  })
})

/** The meeting's name and date. */
function meeting(text: string) {
  const {name, date} = analyze(text).record.meeting
  return {name, date}
}

describe('a header line of two offices that issue together dates a lead without its year (blind21-h57 r2)', () => {
  it('should take the year from the bracketed line of issue', () => {
    const text = '北塘区项目督查推进会议纪要\n（区委督查室　区政府督查室　2026年5月8日）\n5月6日上午，副区长陶一鸣主持召开项目督查推进会。纪要如下：\n一、关于征迁\n区征收办要在5月20日前完成签约。\n'
    expect(meeting(text).date).toBe('2026-05-06')
    expect(tasks(text)).toMatchObject([{owner: '区征收办', dueDate: '2026-05-20'}])
  })
})

describe('the eve of the Spring Festival bounds a task (blind21-h57 r2)', () => {
  it('should read 除夕前 as the day before its eve', () => {
    // 2027: the Spring Festival falls on 6 February, its eve on the 5th.
    const text = '2027年1月12日，镇长钟山主持召开民生工作会议。纪要如下：\n一、关于慰问\n镇民政办要在除夕前将慰问金发放到户。\n'
    expect(tasks(text)).toMatchObject([{owner: '镇民政办', due: '在除夕前', dueDate: '2027-02-04', dueKind: 'absolute'}])
  })
})

describe('a time that opens a span with 至…期间 is no deadline (blind21-h57 r2)', () => {
  it('should give 节前至元宵节期间每日巡查 no deadline', () => {
    const text = `${lead}一、关于烟花爆竹\n县公安局负责节前至元宵节期间每日巡查一次。\n`
    expect(tasks(text)).toMatchObject([{owner: '县公安局', due: null}])
  })
})

describe('a week of a month and the seasons of a winter in a deadline column (blind21-h57 r2)', () => {
  const text =
    `${lead}一、交办任务\n任务事项\t牵头单位\t配合单位\t时间节点\n` +
    '农村道路冬季养护\t县交通运输局\t各乡镇\t今冬明春\n返乡人员就业对接\t县人社局\t县工信局\t12月第二周前\n'

  it('should read 任务事项 as the task column', () => {
    expect(tasks(text).map((each) => each.owner)).toEqual(['县交通运输局', '县人社局', '县工信局'])
  })

  it('should keep the month before 第N周前, with no date', () => {
    expect(tasks(text)[1]).toMatchObject({due: '12月第二周前', dueDate: null})
  })

  it('should read 今冬明春 as a term the work runs through', () => {
    expect(tasks(text)[0]).toMatchObject({due: '今冬明春', dueDate: null, dueKind: 'ongoing'})
  })
})

describe('recurring reports of an office that tracks tasks (blind21-h57 r2)', () => {
  it('should read 每双周周五前 as recurring', () => {
    const [task] = tasks(`${lead}一、关于督办\n县政府督查室于每双周周五前汇总任务进度。\n`)
    expect(task).toMatchObject({due: '每双周周五前', dueDate: null, dueKind: 'recurring'})
  })

  it('should read 每月末 before a report at a meeting as recurring, not this month', () => {
    const [task] = tasks(`${lead}一、关于督办\n县政府督查室每月末在县政府常务会议上通报办理情况。\n`)
    expect(task).toMatchObject({due: '每月末', dueDate: null, dueKind: 'recurring'})
  })

  it('should read a weekday and its time of day before a gathered report', () => {
    const [task] = tasks(`${lead}一、关于督办\n县政府办负责跟踪落实，每周四下午汇总报县长。\n`)
    expect(task).toMatchObject({owner: '县政府办', due: '每周四下午', dueKind: 'recurring'})
  })
})

describe('label lines under a line of the task handed out (blind21-h57 r2)', () => {
  const text =
    `${lead}一、关于学位扩容\n会议要求：\n交办事项：城东小学新增学位600个，秋季开学前投入使用。\n` +
    '责任单位：县教育局（牵头），县住建局、县财政局（配合）\n完成时限：8月20日前\n' +
    '二、关于政务服务\n交办事项：梳理高频事项，年底前实现全程网办。\n责任单位：县政务服务中心\n完成时限：每月5日前报送进展\n'

  it('should read the task from the line above, not the owners with their roles', () => {
    const all = tasks(text)
    expect(all.slice(0, 3).map((each) => each.owner)).toEqual(['县教育局', '县住建局', '县财政局'])
    for (const each of all.slice(0, 3)) expect(each).toMatchObject({task: '城东小学新增学位600个，秋季开学前投入使用', due: '8月20日前'})
  })

  it('should keep the task own one-off deadline over a label of a report that comes back', () => {
    expect(tasks(text)[3]).toMatchObject({owner: '县政务服务中心', due: '年底前', dueDate: '2026-12-31'})
  })
})

describe('a subject line that names another meeting whose matters are followed up (blind21-h57 r2)', () => {
  it('should keep the lead name, not the session of the meeting followed up', () => {
    const text = '关于县政府第十二次常务会议议定事项督办会的纪要\n2026年5月13日，县政府办主任梅远主持召开督办会。纪要如下：\n一、关于供水\n县水务局要在6月底前完成管网改造。\n'
    expect(meeting(text).name).toBe('督办会')
  })
})

describe('the power grid peak seasons bound a task (blind21-h57 r3)', () => {
  it('should read 迎峰度夏前 as an event with no date', () => {
    const [task] = tasks(`${lead}一、关于电力保障\n县应急局要在迎峰度夏前组织一次停电应急演练。\n`)
    expect(task).toMatchObject({owner: '县应急局', due: '在迎峰度夏前', dueDate: null})
  })
})

describe('a stretch of whole units and a half (blind21-h57 r4)', () => {
  it('should read 一个半月内 as a month and fifteen days', () => {
    const [task] = tasks(`${lead}一、关于采购\n县卫健局一个半月内完成设备采购招标。\n`)
    expect(task).toMatchObject({owner: '县卫健局', due: '一个半月内', dueDate: '2026-06-28', dueKind: 'relative'})
  })

  it('should still read 半个月内 as fifteen days', () => {
    const [task] = tasks(`${lead}一、关于采购\n县卫健局半个月内完成设备采购招标。\n`)
    expect(task).toMatchObject({due: '半个月内', dueDate: '2026-05-28'})
  })
})

describe('a recurring sitting bounds a report (blind21-h57 r4)', () => {
  it('should read 每周一例会前 as recurring', () => {
    const [task] = tasks(`${lead}一、关于督办\n党政办负责将议定事项分解到人，每周一例会前反馈落实情况。\n`)
    expect(task).toMatchObject({owner: '党政办', due: '每周一例会前', dueDate: null, dueKind: 'recurring'})
  })
})

describe('a table copied one cell a line with an empty cell (blind21-h57 r5)', () => {
  const text =
    `${lead}一、再交办任务\n序号\n再交办任务\n牵头单位\n配合单位\n完成时限\n` +
    '1\n充电桩建设300个\n县发改委\n\n9月30日前\n2\n托位新增200个\n县卫健委\n县教育局\n11月底前\n'

  it('should read 再交办任务 as the task column and a blank line as an empty cell', () => {
    expect(tasks(text)).toMatchObject([
      {owner: '县发改委', task: '充电桩建设300个', due: '9月30日前', dueDate: '2026-09-30'},
      {owner: '县卫健委', task: '托位新增200个', due: '11月底前'},
      {owner: '县教育局', task: '托位新增200个', due: '11月底前'}
    ])
  })
})

describe('an overseeing body and those the cases are of (blind21-h57 r5)', () => {
  it('should give 县纪委监委 the task after the holders named with 的', () => {
    const [task] = tasks(`${lead}一、关于信访\n县纪委监委对化解不力、敷衍塞责的责任单位及责任人，依规依纪严肃追责。\n`)
    expect(task).toMatchObject({owner: '县纪委监委', task: '对化解不力、敷衍塞责的责任单位及责任人，依规依纪严肃追责'})
  })
})

describe('a cell of owners with their role verbs (blind21-h57 r6)', () => {
  const text =
    `${lead}一、关于片区改造\n具体分工如下：\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n` +
    '| 1 | 完成征收补偿方案公示 | 县住建局牵头，县财政局、城关镇配合 | 6月中旬 |\n'

  it('should give the lead and each support their role, once each', () => {
    expect(analyze(text).record.items[0]?.assignments.map(({owner, role, due}) => ({owner, role, due}))).toEqual([
      {owner: '县住建局', role: 'lead', due: '6月中旬'},
      {owner: '县财政局', role: 'support', due: '6月中旬'},
      {owner: '城关镇', role: 'support', due: '6月中旬'}
    ])
  })

  it('should give a bracketed role to each owner listed before it', () => {
    const labelled = `${lead}一、关于积水点\n交办事项：完成积水点改造。\n责任单位：县住建局（牵头），县水务局、县城管局（配合）\n完成时限：7月15日前\n`
    expect(analyze(labelled).record.items[0]?.assignments.map(({owner, role}) => [owner, role])).toEqual([
      ['县住建局', 'lead'],
      ['县水务局', 'support'],
      ['县城管局', 'support']
    ])
  })
})

describe('a hedge between an owner and its deadline (blind21-h57 r6)', () => {
  it('should give the owner the task after 原则上', () => {
    const [task] = tasks(`${lead}一、关于防汛\n会议要求，县水务局原则上5月底前完成排涝泵站检修。\n`)
    expect(task).toMatchObject({owner: '县水务局', due: '5月底前', dueDate: '2026-05-31'})
  })

  it('should give the owner the task after 力争', () => {
    const [task] = tasks(`${lead}一、关于建设\n县城投公司力争9月底前完成主体封顶。\n`)
    expect(task).toMatchObject({owner: '县城投公司', due: '9月底前'})
  })
})

describe('Women Day bounds a task (blind21-h57 r6)', () => {
  it('should read 三八节前 as 7 March', () => {
    const [task] = tasks('2026年3月3日，主任柳如眉主持召开推进会。纪要如下：\n一、关于社区食堂\n街道民政办要在三八节前完成选址。\n')
    expect(task).toMatchObject({owner: '街道民政办', due: '在三八节前', dueDate: '2026-03-07'})
  })
})

describe('tasks a news page lists after triangles (blind21-h57 r7)', () => {
  it('should read each ▲ line as its owner task', () => {
    const text = `${lead}一、交办\n会议交办了以下任务：\n▲县交通运输局负责征迁扫尾，本月底前交付施工单位；\n▲县财政局负责资金统筹，每月20日前通报资金拨付情况。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '县交通运输局', due: '本月底前', dueDate: '2026-05-31'},
      {owner: '县财政局', due: '每月20日前', dueKind: 'recurring'}
    ])
  })
})

describe('bare names of leaders joined before their verb (blind21-h57 r7)', () => {
  it('should give both leaders the task they lead together', () => {
    const text = '2026年7月14日，常务副县长阎东篱和副县长柯望舒共同主持召开专题会议。会议纪要如下：\n一、水源\n会议决定，工程由阎东篱、柯望舒共同牵头，县水务局具体负责，8月底前完成可研批复。\n'
    const [first] = tasks(text)
    expect(first).toMatchObject({owner: '阎东篱、柯望舒', due: '8月底前'})
    expect(analyze(text).record.items[0]?.assignments[0]?.owners).toEqual(['阎东篱', '柯望舒'])
  })

  it('should not take names the minutes do not introduce', () => {
    const text = `${lead}一、水源\n由单位、部门共同牵头，8月底前完成可研批复。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('a campaign task column beside a column of how it is tracked (blind21-h57 r8)', () => {
  it('should read 攻坚任务 as the task, not 督办要求, and keep 含当日 with its date', () => {
    const text =
      `${lead}一、攻坚任务分工\n序号\t攻坚任务\t牵头县领导\t责任单位\t督办要求\t完成时限\n` +
      '1\t散煤清零“回头看”\t祁望川\t县发改局\t专项督查\t5月30日（含当日）前\n'
    expect(tasks(text)).toMatchObject([{owner: '县发改局', task: '散煤清零“回头看”', due: '5月30日（含当日）前', dueDate: '2026-05-30'}])
  })
})

describe('a week of the next month (blind21-h57 r8)', () => {
  it('should keep 下月 before 第一周前, with no date', () => {
    const [task] = tasks(`${lead}一、督办\n集团办公室负责督办，下月第一周前形成督办报告。\n`)
    expect(task).toMatchObject({owner: '集团办公室', due: '下月第一周前', dueDate: null})
  })
})

describe('the end of the year as accounts say it, and a crime struck at by law (blind21-h57 r9)', () => {
  it('should read 本年度末完成 as 31 December', () => {
    const [task] = tasks(`${lead}一、整治\n城关街道办事处负责楼道堆物清理，本年度末完成。\n`)
    expect(task).toMatchObject({owner: '城关街道办事处', due: '本年度末', dueDate: '2026-12-31'})
  })

  it('should give 县公安局 its task after the cases it strikes at', () => {
    const all = tasks(`${lead}一、清欠\n县人社局12月31日前完成欠薪清零；县公安局对恶意欠薪的依法打击。\n`)
    expect(all.map((each) => each.owner)).toEqual(['县人社局', '县公安局'])
  })
})

describe('a stretch each case found is answered in (blind21-h57 r9)', () => {
  it('should give 发现问题24小时内通知 no deadline', () => {
    const [task] = tasks(`${lead}一、监理\n县监理公司负责旁站监理，发现问题24小时内书面通知施工单位整改。\n`)
    expect(task).toMatchObject({owner: '县监理公司', due: null})
  })

  it('should still read a stretch of the task itself', () => {
    const [task] = tasks(`${lead}一、监理\n县监理公司24小时内书面通知施工单位整改。\n`)
    expect(task).toMatchObject({due: '24小时内'})
  })
})

describe('an owner in brackets after a matter heading takes the body deadline (blind21-h57 r10)', () => {
  const text =
    `${lead}一、城区停车治理（牵头：县公安局）\n新增泊位已完成1200个。会议要求，11月底前完成剩余泊位施划。\n` +
    '二、养老中心建设（牵头：县民政局）\n会议要求，剩余3个中心要在12月20日前建成投用，县财政局在11月15日前拨付运营补贴。\n'

  it('should give the matter its first deadline of a clause with no owner', () => {
    expect(tasks(text)).toMatchObject([
      {owner: '县公安局', task: '城区停车治理', due: '11月底前', dueDate: '2026-11-30'},
      {owner: '县民政局', task: '养老中心建设', due: '在12月20日前', dueDate: '2026-12-20'},
      {owner: '县财政局', due: '在11月15日前'}
    ])
  })
})

describe('a table copied one cell a line with no number column (blind21-h57 r12)', () => {
  const text =
    `${lead}一、交办\n交办事项\n责任单位\n完成时限\n完成旧厂房拆除\n县城更中心\n8月31日前\n启动滨江片区规划编制\n县自然资源局\n9月15日前\n`

  it('should read each row of three lines, and nothing else from them', () => {
    expect(tasks(text)).toMatchObject([
      {owner: '县城更中心', task: '完成旧厂房拆除', due: '8月31日前'},
      {owner: '县自然资源局', task: '启动滨江片区规划编制', due: '9月15日前'}
    ])
    expect(tasks(text)).toHaveLength(2)
  })
})

describe('a day counted from the meeting, and days off not named (blind21-h57 r12)', () => {
  it('should read 会后第二天 as the day after the meeting', () => {
    const [task] = tasks(`${lead}一、检查\n县文旅局要在会后第二天对景区开展一次安全检查。\n`)
    expect(task).toMatchObject({owner: '县文旅局', due: '在会后第二天', dueDate: '2026-05-14'})
  })

  it('should read 假期前 as a bound with no day', () => {
    const [task] = tasks(`${lead}一、检查\n县市场监管局负责节日市场秩序，假期前完成价格检查。\n`)
    expect(task).toMatchObject({owner: '县市场监管局', due: '假期前', dueDate: null})
  })
})

describe('the end of a stage of a campaign bounds a task (blind21-h57 r13)', () => {
  it('should read 集中整治阶段结束前 with no day', () => {
    const [task] = tasks(`${lead}一、分工\n镇村建办负责危旧房拆除，集中整治阶段结束前完成全部拆除任务。\n`)
    expect(task).toMatchObject({owner: '镇村建办', due: '集中整治阶段结束前', dueDate: null})
  })

  it('should keep 在 with the stage', () => {
    const [task] = tasks(`${lead}一、分工\n镇村建办要在集中整治阶段结束前完成拆除。\n`)
    expect(task).toMatchObject({due: '在集中整治阶段结束前'})
  })
})

describe('a long table copied one cell a line (blind21-h57 r12)', () => {
  it('should read every row, past two hundred', () => {
    const rows = Array.from({length: 260}, (_, index) => `${index + 1}\n整治点位${index + 1}\n县城管局\n6月30日前\n`).join('')
    expect(tasks(`${lead}一、交办\n序号\n交办事项\n责任单位\n完成时限\n${rows}`)).toHaveLength(260)
  })
})
