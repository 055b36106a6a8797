import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due, dueDate and kind. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

// A Tuesday: 2026-03-10.
const lead = '2026年3月10日上午，副区长沈望舒主持召开片区建设调度会。纪要如下：\n'

describe('至迟 bounds a date as 最迟 does (blind20-h52 r1)', () => {
  it('should keep 至迟于 with its date', () => {
    const [task] = tasks(`${lead}一、关于回迁房\n区房管局至迟于4月15日前完成不动产登记资料移交。\n`)
    expect(task).toMatchObject({owner: '区房管局', due: '至迟于4月15日前', dueDate: '2026-04-15', dueKind: 'absolute'})
  })

  it('should keep 至迟在 with its date', () => {
    const [task] = tasks(`${lead}一、关于回迁房\n区房管局要至迟在4月底前完成资料移交。\n`)
    expect(task).toMatchObject({owner: '区房管局', due: '至迟在4月底前', dueDate: '2026-04-30'})
  })
})

describe('homes handed over bound a resettlement task (blind20-h52 r1)', () => {
  it('should read 交房前一周 as an event with no date', () => {
    const [task] = tasks(`${lead}一、关于回迁房\n区征收办负责在交房前一周张贴交房公告。\n`)
    expect(task).toMatchObject({owner: '区征收办', due: '在交房前一周', dueDate: null})
  })
})

describe('a daily deadline at a time of day (blind20-h52 r1)', () => {
  it('should read 每日下午5点前 as recurring', () => {
    const [task] = tasks(`${lead}一、关于施工进度\n区城建公司每日下午5点前将巡查记录报调度组。\n`)
    expect(task).toMatchObject({owner: '区城建公司', due: '每日下午5点前', dueDate: null, dueKind: 'recurring'})
  })

  it('should read 每天下班前 as recurring', () => {
    const [task] = tasks(`${lead}一、关于施工进度\n区城建公司每天下班前报送当日完成量。\n`)
    expect(task).toMatchObject({owner: '区城建公司', due: '每天下班前', dueKind: 'recurring'})
  })

  it('should not read a daily time without an ending', () => {
    const [task] = tasks(`${lead}一、关于施工进度\n区城建公司每日下午组织一次安全巡查。\n`)
    expect(task).toMatchObject({owner: '区城建公司', due: null})
  })
})

describe('a weekday of gathering before the report (blind20-h52 r1)', () => {
  it('should read 每周一汇总通报 as recurring', () => {
    const [task] = tasks(`${lead}一、关于督办\n区督查室要建立问题清单，每周三汇总通报销号情况。\n`)
    expect(task).toMatchObject({owner: '区督查室', due: '每周三', dueKind: 'recurring'})
  })

  it('should not read a bare period before 通报 as a deadline', () => {
    const [task] = tasks(`${lead}一、关于督办\n区督查室要建立问题清单，每半月通报一次销号情况。\n`)
    expect(task).toMatchObject({owner: '区督查室', due: null})
  })
})

describe('a table copied one cell a line (blind20-h52 r1)', () => {
  it('should read each row of lines as a task', () => {
    const text = `${lead}一、交办事项\n序号\n交办事项\n责任单位\n完成时限\n1\n东门菜场雨棚改造\n区商务局\n3月31日前\n2\n滨江步道照明修复\n区城管局\n4月15日前\n\n二、工作要求\n区督查室负责跟踪督办。\n`
    expect(tasks(text).slice(0, 2)).toMatchObject([
      {owner: '区商务局', task: '东门菜场雨棚改造', due: '3月31日前', dueDate: '2026-03-31'},
      {owner: '区城管局', task: '滨江步道照明修复', due: '4月15日前', dueDate: '2026-04-15'}
    ])
  })

  it('should stop where a line no longer numbers the next row', () => {
    const text = `${lead}一、交办事项\n序号\n交办事项\n责任单位\n1\n东门菜场雨棚改造\n区商务局\n3\n滨江步道照明修复\n区城管局\n`
    expect(tasks(text)).toMatchObject([{owner: '区商务局', task: '东门菜场雨棚改造'}])
  })
})

describe('owner and deadline labels in lenticular brackets, one a line (blind20-h52 r2)', () => {
  it('should give each owner the task above and the deadline line', () => {
    const text = `${lead}一、关于客运保障\n区交通局要编制节日客运加班计划。\n【牵头单位】区交通局\n【配合单位】区客运站、区公交公司\n【完成时限】3月20日前\n\n二、关于督办\n区督查室负责跟踪督办。\n`
    expect(tasks(text).slice(0, 3)).toMatchObject([
      {owner: '区交通局', task: '要编制节日客运加班计划', due: '3月20日前', dueDate: '2026-03-20'},
      {owner: '区客运站', due: '3月20日前', dueDate: '2026-03-20'},
      {owner: '区公交公司', due: '3月20日前', dueDate: '2026-03-20'}
    ])
  })

  it('should not take a bracketed label line ending in a company for a sign-off', () => {
    const text = `${lead}一、关于客运保障\n区交通局要编制节日客运加班计划。\n【配合单位】区客运站、区公交公司\n`
    expect(tasks(text).map((each) => each.owner)).toEqual(['区交通局', '区客运站', '区公交公司'])
  })

  it('should let the label date win over a report that comes back', () => {
    const text = `${lead}一、关于天气预警\n区气象站要每日16时前报送次日预报。\n【责任单位】区气象站\n【完成时限】3月13日前\n`
    expect(tasks(text)).toMatchObject([{owner: '区气象站', due: '3月13日前', dueDate: '2026-03-13'}])
  })
})

describe('a date with the week it falls in (blind20-h52 r2)', () => {
  it('should keep (下周二) inside a label line value', () => {
    const text = `${lead}一、关于物资储备\n区应急局负责储备融雪物资。\n责任单位：区应急局\n完成时限：3月17日（下周二）前\n`
    expect(tasks(text)).toMatchObject([{owner: '区应急局', due: '3月17日（下周二）前', dueDate: '2026-03-17'}])
  })

  it('should keep (本周五) after a date in running text', () => {
    const [task] = tasks(`${lead}一、关于物资储备\n区应急局要于3月13日（本周五）前完成盘点。\n`)
    expect(task).toMatchObject({owner: '区应急局', due: '于3月13日（本周五）前', dueDate: '2026-03-13'})
  })
})

describe('a stretch that names a rate (blind20-h52 r2)', () => {
  it('should not read 三日内办结率 as the deadline', () => {
    const [task] = tasks(`${lead}一、关于投诉处理\n区城管局负责对噪声投诉跟踪回访，三日内办结率达到95%。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: null})
  })

  it('should still read 三日内办结 as one', () => {
    const [task] = tasks(`${lead}一、关于投诉处理\n区城管局负责对噪声投诉跟踪回访，三日内办结。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: '三日内', dueDate: '2026-03-13'})
  })
})

describe('an owner in lenticular brackets opening a point (blind20-h52 r3)', () => {
  it('should give the unit in brackets the rest of the point', () => {
    const text = `${lead}一、本周交办事项\n1.【区水务局】完成东渠两处闸门检修，下周三前试运行。\n2.【区林业站、桥头镇】清理河道两侧枯枝，本周内完成。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '区水务局', task: '完成东渠两处闸门检修，下周三前试运行', due: '下周三前', dueDate: '2026-03-18'},
      {owner: '区林业站、桥头镇', task: '清理河道两侧枯枝，本周内完成', due: '本周内', dueDate: '2026-03-15'}
    ])
  })

  it('should not take a tag before a unit report for an owner', () => {
    const text = `${lead}一、上周工作\n【区水务局】上周完成了东渠闸门检修;本周做好汛前检查。\n`
    expect(tasks(text)).toEqual([])
  })

  it('should not take a label in brackets for the owner', () => {
    const text = `${lead}一、关于闸门检修\n区水务局要完成东渠两处闸门检修。\n【责任单位】区水务局\n【完成时限】3月31日前\n\n二、其他\n区督查室负责督办。\n`
    expect(tasks(text).filter((each) => each.owner === '区水务局')).toMatchObject([{task: '要完成东渠两处闸门检修', due: '3月31日前'}])
  })
})

describe('a verb that 到位 or 完毕 finishes delivers (blind20-h52 r3)', () => {
  it('should read 4月上旬全部拆除到位', () => {
    const [task] = tasks(`${lead}一、关于违建\n区城管局负责沿河违建拆除，4月上旬全部拆除到位。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: '4月上旬', dueDate: '2026-04-10'})
  })

  it('should read 4月底清理完毕', () => {
    const [task] = tasks(`${lead}一、关于违建\n区城管局负责清运建筑垃圾，4月底清理完毕。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: '4月底', dueDate: '2026-04-30'})
  })

  it('should not read a month before a noun of 到位', () => {
    const [task] = tasks(`${lead}一、关于违建\n区城管局负责4月份人员到位情况统计。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: null})
  })
})

describe('a coordination table and its lead and support columns, one cell a line (blind20-h52 r4)', () => {
  it('should read 协调事项 as the task column', () => {
    const text = `${lead}一、协调事项\n序号\n协调事项\n牵头单位\n配合单位\n完成时限\n1\n恒达机械厂房消防验收\n区住建局\n区消防大队\n3月25日前\n\n二、其他\n区督查室负责督办。\n`
    expect(analyze(text).record.items[0].assignments.map(({owner, role, task, dueDate}) => ({owner, role, task, dueDate}))).toEqual([
      {owner: '区住建局', role: 'lead', task: '恒达机械厂房消防验收', dueDate: '2026-03-25'},
      {owner: '区消防大队', role: 'support', task: '恒达机械厂房消防验收', dueDate: '2026-03-25'}
    ])
  })
})

describe('a supervising office checking on matters (blind20-h52 r4)', () => {
  it('should give X对Y每月督查一次 to X', () => {
    const [task] = tasks(`${lead}一、督办要求\n区督查室对上述事项每月督查一次。\n`)
    expect(task).toMatchObject({owner: '区督查室', task: '对上述事项每月督查一次', due: null})
  })

  it('should not take a result made known at a standing meeting to come for a report', () => {
    const item = analyze(`${lead}一、督办要求\n区督查室对上述事项每月抽查一次，抽查结果在区政府常务会议上通报。\n`).record.items[0]
    expect(item.reporters).toEqual([])
    expect(item.assignments.map((each) => each.owner)).toEqual(['区督查室'])
  })
})

describe('a unit and a stretch from what it receives (blind20-h52 r5)', () => {
  it('should give X收到方案后48小时内完成审查 to X, no date', () => {
    const [task] = tasks(`${lead}一、关于桩基方案\n总监办收到方案后48小时内完成审查。\n`)
    expect(task).toMatchObject({owner: '总监办', due: '48小时内', dueDate: null, dueKind: 'relative'})
  })

  it('should give X接到通知后3日内上报 to X', () => {
    const [task] = tasks(`${lead}一、关于桩基方案\n区住建局接到通知后3日内上报。\n`)
    expect(task).toMatchObject({owner: '区住建局', due: '3日内', dueDate: null})
  })
})

describe('an owner and the event of a thing its work is due by (blind20-h52 r5)', () => {
  it('should give X在新弃土场启用前做好… to X', () => {
    const [task] = tasks(`${lead}一、关于弃土场\n二标段项目部在新弃土场启用前做好排水沟施工。\n`)
    expect(task).toMatchObject({owner: '二标段项目部', due: '启用前', dueDate: null})
  })

  it('should not give X在会上… a task', () => {
    expect(tasks(`${lead}一、关于弃土场\n区教育局在会上作了表态发言。\n`)).toEqual([])
  })
})

describe('funds paid out in a part of a month (blind20-h52 r5)', () => {
  it('should read 确保11月上旬拨付 as the deadline', () => {
    const [task] = tasks(`${lead}一、关于资金\n区财政局要统筹资金，确保4月上旬拨付补助资金。\n`)
    expect(task).toMatchObject({owner: '区财政局', due: '4月上旬', dueDate: '2026-04-10'})
  })
})

describe('a leader column among a table copied one cell a line (blind20-h52 r6)', () => {
  it('should read past 责任领导 to the owner and deadline columns', () => {
    const text = `${lead}一、整改分工\n序号\n整改任务\n责任领导\n责任单位\n完成时限\n1\n北渠黑臭水体整治\n沈望舒\n区水务局（牵头）、北渠街道\n6月30日前\n\n二、其他\n区督查室负责督办。\n`
    expect(analyze(text).record.items[0].assignments.map(({owner, role, dueDate}) => ({owner, role, dueDate}))).toEqual([
      {owner: '区水务局', role: 'lead', dueDate: '2026-06-30'},
      {owner: '北渠街道', role: 'responsible', dueDate: '2026-06-30'}
    ])
  })
})

describe('a weekday of gathering with what is gathered before the report (blind20-h52 r6)', () => {
  it('should read 每周五汇总各单位进展报X as recurring', () => {
    const [task] = tasks(`${lead}一、督导\n区环保分局要加强跟踪督导，每周五汇总各单位整改进展报区整改办。\n`)
    expect(task).toMatchObject({owner: '区环保分局', due: '每周五', dueKind: 'recurring'})
  })
})

describe('an officer of a named village own organ owns in person (blind20-h52 r6)', () => {
  it('should give 上坝村党支部书记X the task as X', () => {
    const [task] = tasks(`${lead}一、整改\n上坝村党支部书记颜德明负责牵头整改本村问题，4月5日前全部整改到位。\n`)
    expect(task).toMatchObject({owner: '颜德明', due: '4月5日前', dueDate: '2026-04-05'})
  })
})

describe('a period of each year is no one deadline (blind20-h52 r6)', () => {
  it('should not read 每年一季度拨付 as a deadline', () => {
    const [task] = tasks(`${lead}一、经费\n区财政局负责落实平台运维经费，每年一季度拨付。\n`)
    expect(task).toMatchObject({owner: '区财政局', due: null})
  })
})

describe('of two recurring deadlines the one anchored in its period (blind20-h52 r7)', () => {
  it('should read 每月25日前 over 按月', () => {
    const [task] = tasks(`${lead}一、资金\n区教育局要按月报送资金使用情况，每月25日前报区财政局。\n`)
    expect(task).toMatchObject({owner: '区教育局', due: '每月25日前', dueKind: 'recurring'})
  })
})

describe('a topic and its body parted by a space in a copy run on in one line (blind20-h52 r7)', () => {
  it('should end the heading at the space', () => {
    const text = '临川区民生项目调度会议纪要 2026年3月10日上午，副区长沈望舒主持召开民生项目调度会议。现将会议议定事项纪要如下： 一、关于区图书馆改造项目 项目已完成主体施工。区文旅局要加快设备采购，4月20日前完成招标。 二、关于下步工作 区发改局每月10日前汇总各项目进展报区政府。 临川区人民政府办公室 2026年3月11日'
    const {items} = analyze(text).record
    expect(items.map((item) => item.heading)).toEqual(['关于区图书馆改造项目', '关于下步工作'])
    expect(items[1].assignments.map(({owner, due}) => ({owner, due}))).toEqual([{owner: '区发改局', due: '每月10日前'}])
  })
})

describe('a date with a note before its ending (blind20-h52 r8)', () => {
  it('should read 本月25日（星期六）前', () => {
    const [task] = tasks(`${lead}一、食品安全\n区教育局要对学校食堂开展检查，本月25日（星期六）前完成首轮检查。\n`)
    expect(task).toMatchObject({owner: '区教育局', due: '本月25日（星期六）前', dueDate: '2026-03-25'})
  })

  it('should read the holiday a date is, 5月1日（劳动节）前', () => {
    const [task] = tasks(`${lead}一、交通\n区交通运输局务必在5月1日（劳动节）前完成标线补划。\n`)
    expect(task).toMatchObject({owner: '区交通运输局', due: '在5月1日（劳动节）前', dueDate: '2026-05-01'})
  })

  it('should read 五一劳动节前 whole', () => {
    const [task] = tasks(`${lead}一、交通\n区城管局负责清理占道经营，五一劳动节前完成集中整治。\n`)
    expect(task).toMatchObject({owner: '区城管局', due: '五一劳动节前', dueDate: '2026-04-30'})
  })
})

describe('a news lead that ends in its lead-in over bullets (blind20-h52 r8)', () => {
  const text = '临江区召开项目协调会\n\n3月10日下午，副区长沈望舒主持召开项目协调会，听取了区投促局关于签约项目要素需求的汇报。会议明确：\n\n◆ 区规划局：负责项目规划方案审查，3月20日前出具规划条件。\n\n◆ 区财政局：统筹安排配套资金，4月底前拨付。\n\n沈望舒要求，各部门要主动靠前服务。\n'
  it('should make the lead the matter and the bullets its decisions and tasks', () => {
    const [item] = analyze(text).record.items
    expect(item.reporters).toEqual(['区投促局'])
    expect(item.assignments.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '区规划局', due: '3月20日前'},
      {owner: '区财政局', due: '4月底前'}
    ])
  })

  it('should end the decisions where the leader speaks', () => {
    const [item] = analyze(text).record.items
    expect(item.decisions.map((each) => each.text)).toEqual([
      '区规划局：负责项目规划方案审查，3月20日前出具规划条件。',
      '区财政局：统筹安排配套资金，4月底前拨付。'
    ])
  })
})

describe('a project headquarters and its working groups (blind20-h52 r10)', () => {
  it('should read a headquarters working group as an owner', () => {
    const found = tasks(`${lead}一、征迁扫尾\n征迁组要集中力量攻坚剩余3户征收。要素保障组要会同区规划局加快控规调整报批，3月底前报区政府。\n`)
    expect(found.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '征迁组', due: null},
      {owner: '要素保障组', due: '3月底前'}
    ])
  })

  it('should read a headquarters commander by title', () => {
    const [task] = tasks(`${lead}一、征迁扫尾\n常务副总指挥孔令仪负责包案推进，3月底前全部签约。\n`)
    expect(task).toMatchObject({owner: '孔令仪', due: '3月底前'})
  })

  it('should pass over a post held besides the owning one', () => {
    const [task] = tasks(`${lead}一、资金\n副总指挥兼区财政局局长鄢思远负责统筹建设资金，本周五前报送拨付计划。\n`)
    expect(task).toMatchObject({owner: '区财政局', due: '本周五前', dueDate: '2026-03-13'})
  })
})

describe('最迟不晚于 bounds a date whole (blind20-h52 r11)', () => {
  it('should keep 最迟不晚于 with its date', () => {
    const [task] = tasks(`${lead}一、价格监管\n区发改局要督促经营户明码标价，最迟不晚于3月20日完成公示牌更换。\n`)
    expect(task).toMatchObject({owner: '区发改局', due: '最迟不晚于3月20日', dueDate: '2026-03-20'})
  })
})

describe('a chain of labels written with 为 (blind20-h52 r11)', () => {
  it('should read 责任单位为X,完成时限为Y as labels of the clause before', () => {
    const found = tasks(`${lead}一、改造施工\n会议要求加快剩余改造户施工进度，责任单位为区住建局，配合单位为各街道，完成时限为3月31日前。\n`)
    expect(found).toMatchObject([{owner: '区住建局', task: '加快剩余改造户施工进度', due: '3月31日前', dueDate: '2026-03-31'}])
  })

  it('should still read one label with 为 as the owner of the task after it', () => {
    const [task] = tasks(`${lead}一、安置房\n安置房建设资金牵头单位为区财政局，要在3月底前拨付到位。\n`)
    expect(task).toMatchObject({owner: '区财政局', due: '在3月底前', dueDate: '2026-03-31'})
  })
})

describe('an owner, the cases it takes up with 的, and its verb in the next clause (blind20-h52 r10)', () => {
  it('should give X对…的，依规依纪严肃问责 to X', () => {
    const [task] = tasks(`${lead}一、责任落实\n区纪委监委对化解工作中推诿扯皮的，依规依纪严肃问责。\n`)
    expect(task).toMatchObject({owner: '区纪委监委', task: '对化解工作中推诿扯皮的，依规依纪严肃问责', due: null})
  })

  it('should not give X对…的 a task without a verb of work after it', () => {
    expect(tasks(`${lead}一、责任落实\n区纪委监委对此表示支持的，会上作了说明。\n`)).toEqual([])
  })
})
