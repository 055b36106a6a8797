/**
 * Deadline forms of the genre, each in an assignment of a minutes text and
 * read by `parseMinutes`: the deadline as written, its date worked out by
 * hand from the meeting date of the lead paragraph, its kind, and its
 * position in the source.
 */

import {describe, expect, it} from 'vitest'
import {findDue} from '../src/extract/due.js'
import {parseMinutes} from '../src/index.js'

/** The meeting is on Wednesday 2024-05-08. */
const lead = '2024年5月8日上午，王明市长主持召开市政府第12次常务会议。现纪要如下：\n一、研究城市交通有关事项\n'
/** A meeting on Monday 2024-05-20, after the middle of its month. */
const lateLead = '2024年5月20日下午，王明市长主持召开市政府第13次常务会议。现纪要如下：\n一、研究城市交通有关事项\n'

/**
 * The deadline of the one assignment of `body`: as written, its date, its
 * kind; and the source sliced at its position, which must be the same text.
 */
function dueOf(body: string, opening = lead) {
  const text = opening + body
  const assignments = parseMinutes(text).items.flatMap((item) => item.assignments)
  expect(assignments).toHaveLength(1)
  const [assignment] = assignments
  const position = assignment.positions.due
  const sliced = position ? text.slice(position.start.offset, position.end.offset) : null
  expect(sliced).toBe(assignment.due)
  return [assignment.due, assignment.dueDate, assignment.dueKind]
}

describe('an owner followed at once by a deadline', () => {
  it('should give the task to a named owner whose clause goes on with a deadline, as 要 would', () => {
    expect(dueOf('会议要求，市交通局于6月30日前完成方案编制。\n')).toEqual(['于6月30日前', '2024-06-30', 'absolute'])
    expect(dueOf('区财政局6月底前拨付到位。\n')).toEqual(['6月底前', '2024-06-30', 'absolute'])
    expect(dueOf('市统计局每月10日前报送上月数据。\n')).toEqual(['每月10日前', null, 'recurring'])
    const text = lead + '市住建局、市水务局于7月底前完成排查。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owners, each.task])).toEqual([[['市住建局', '市水务局'], '于7月底前完成排查']])
  })

  it('should not take a name and a date inside a title, or a generic addressee, for an owner and a deadline', () => {
    const owners = (body: string) => parseMinutes(lead + body).items.flatMap((item) => item.assignments.map((each) => each.owner))
    expect(owners('会议审议通过《市交通局2025年第三季度工作报告》。\n')).toEqual([])
    expect(owners('各部门于6月底前报送材料。\n')).toEqual([])
  })
})

describe('deadline labels beside owner labels', () => {
  it('should read 截止时间, 办理时限, 时间节点 and 报送时间 as deadline labels', () => {
    expect(dueOf('加快推进道路改造工程。（牵头单位：市交通局；截止时间：6月30日）\n')).toEqual(['6月30日', '2024-06-30', 'absolute'])
    expect(dueOf('做好养护经费保障。（责任单位：市财政局；办理时限：7月底）\n')).toEqual(['7月底', '2024-07-31', 'absolute'])
    expect(dueOf('完成站点选址。（责任单位：市规划局；时间节点：9月底前）\n')).toEqual(['9月底前', '2024-09-30', 'absolute'])
    expect(dueOf('报送整改情况。（责任单位：市交通局；报送时间：每月10日前）\n')).toEqual(['每月10日前', null, 'recurring'])
  })
})

describe('recurring deadlines', () => {
  it('should read a day of every month as recurring, with no date, and not as the day of the meeting month', () => {
    expect(dueOf('会议要求，市交通局要每月10日前报送进展情况。')).toEqual(['每月10日前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每月5号前报送台账。')).toEqual(['每月5号前', null, 'recurring'])
  })

  it('should read the end of every month, quarter and year as recurring, not as this month or year', () => {
    expect(dueOf('会议要求，市交通局要每月底前报送进展情况。')).toEqual(['每月底前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每季度末前报送进展情况。')).toEqual(['每季度末前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每年12月底前报送进展情况。')).toEqual(['每年12月底前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每年年底前报送工作总结。')).toEqual(['每年年底前', null, 'recurring'])
  })

  it('should read a weekday of every week as recurring, not as this Friday', () => {
    expect(dueOf('会议要求，市交通局要每周五前报送进展情况。')).toEqual(['每周五前', null, 'recurring'])
  })

  it('should read a bare period before a verb of reporting as recurring', () => {
    expect(dueOf('会议要求，市交通局要每半年报送进展情况。')).toEqual(['每半年', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要按月上报工作进展。')).toEqual(['按月', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每季度向市政府报告一次推进情况。')).toEqual(['每季度', null, 'recurring'])
  })

  it('should read a stretch after every period ends, every other week and an hour of every day as recurring', () => {
    expect(dueOf('会议要求，市交通局要每季度结束后10日内报送统计数据。')).toEqual(['每季度结束后10日内', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每两周报送一次进展。')).toEqual(['每两周', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每日17时前报送客流数据。')).toEqual(['每日17时前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每月上旬报送上月工作进展。')).toEqual(['每月上旬', null, 'recurring'])
  })

  it('should read an anchored period before a verb of delivery as recurring', () => {
    expect(dueOf('会议要求，市交通局要每月20日报送资金使用情况。')).toEqual(['每月20日', null, 'recurring'])
  })

  it('should not read 每月 in a frequency or an amount as a deadline', () => {
    expect(dueOf('会议要求，市交通局要每月召开一次调度会。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要每月通报一次工作进展。')).toEqual([null, null, null])
    expect(dueOf('会议同意，由市交通局每月补助公交企业50万元。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要按月拨付补助资金。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要每周一次开展安全巡查。')).toEqual([null, null, null])
  })

  it('should give a one-off deadline in the same task before a recurring one', () => {
    expect(dueOf('会议要求，市交通局要每月10日前报送进展，确保年底前全面完成。')).toEqual(['年底前', '2024-12-31', 'absolute'])
  })
})

describe('dates and months with the words that bound them', () => {
  it('should read 于…前, …之前 and …以前 with the date', () => {
    expect(dueOf('会议要求，市交通局要于6月30日前完成方案编制。')).toEqual(['于6月30日前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月30日之前完成方案编制。')).toEqual(['6月30日之前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月底以前完成方案编制。')).toEqual(['6月底以前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要10月中旬前完成方案编制。')).toEqual(['10月中旬前', '2024-10-20', 'absolute'])
  })

  it('should read a bound before a date as part of the deadline: 截至, 不晚于, 至', () => {
    expect(dueOf('会议要求，市交通局要截至6月底完成方案编制。')).toEqual(['截至6月底', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要截至6月30日完成方案编制。')).toEqual(['截至6月30日', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要不晚于6月30日完成方案编制。')).toEqual(['不晚于6月30日', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要最迟于6月底前完成方案编制。')).toEqual(['最迟于6月底前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要即日起至6月30日开展专项整治。')).toEqual(['至6月30日', '2024-06-30', 'absolute'])
  })

  it('should read a date or a month right before a verb of delivery as a deadline without 前', () => {
    expect(dueOf('会议要求，市交通局要6月30日完成方案编制。')).toEqual(['6月30日', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月底全面建成通车。')).toEqual(['6月底', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月份完成方案编制。')).toEqual(['6月份', '2024-06-30', 'absolute'])
    // `初` ends on the 10th, as in `6月初前`; `中`, the middle of the month, on the 15th.
    expect(dueOf('会议要求，市交通局要6月初完成方案编制。')).toEqual(['6月初', '2024-06-10', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月中完成方案编制。')).toEqual(['6月中', '2024-06-15', 'absolute'])
  })

  it('should read the weekday written after a date', () => {
    // 2024-06-28 is a Friday.
    expect(dueOf('会议要求，市交通局要在６月２８日（星期五）前报送方案。')).toEqual(['在６月２８日（星期五）前', '2024-06-28', 'absolute'])
  })

  it('should read full-width digits, keeping them as written', () => {
    expect(dueOf('会议要求，市交通局要于６月３０日前完成方案编制。')).toEqual(['于６月３０日前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要２０２４年底前完成方案编制。')).toEqual(['２０２４年底前', '2024-12-31', 'absolute'])
  })

  it('should not read a date before 的, or around a time (前后), or a start (起), as a deadline', () => {
    expect(dueOf('会议要求，市交通局要汇总截至6月底的客流数据。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要6月底前后召开座谈会。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要7月1日起实施新标准。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要巩固3月完成的整治成果。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要在6月召开推进会。')).toEqual([null, null, null])
  })

  it('should not read a time that starts a noun, a span or an approximation as a deadline', () => {
    expect(dueOf('会议要求，市交通局要总结上半年完成情况。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要对2023年1月1日至12月31日期间的项目进行审计。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要6月底左右召开座谈会。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要上半年完成方案编制。')).toEqual(['上半年', '2024-06-30', 'absolute'])
  })
})

describe('weeks of a school’s term', () => {
  it('should read `第3周前` and `第十教学周前` as deadlines with no date, owned by the unit before them', () => {
    expect(dueOf('会议要求，教务处要在第3周前完成教案检查。')).toEqual(['在第3周前', null, 'absolute'])
    expect(dueOf('会议要求，教务处第十教学周前完成期中检查。')).toEqual(['第十教学周前', null, 'absolute'])
  })

  it('should read the month written before 开学 with it (`9月开学前`), with no date', () => {
    expect(dueOf('会议要求，后勤处要确保9月开学前安装完毕。')).toEqual(['9月开学前', null, 'absolute'])
  })
})

describe('times of day, quarters and more holidays', () => {
  it('should keep a time of day written between a date and 前', () => {
    expect(dueOf('会议要求，市交通局要于6月30日17时前报送方案。')).toEqual(['于6月30日17时前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月30日下午5点前报送方案。')).toEqual(['6月30日下午5点前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月30日17:00前报送方案。')).toEqual(['6月30日17:00前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月30日下班前报送方案。')).toEqual(['6月30日下班前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月30日下午召开座谈会。')).toEqual([null, null, null])
  })

  it('should read the meeting’s quarter or the next, and 本年度内', () => {
    expect(dueOf('会议要求，市交通局要本季度末前完成方案编制。')).toEqual(['本季度末前', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要下季度内完成方案编制。')).toEqual(['下季度内', '2024-09-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要本年度内完成方案编制。')).toEqual(['本年度内', '2024-12-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要做好本季度工作。')).toEqual([null, null, null])
  })

  it('should read more holidays: 五一节 in the year it next comes, lunar ones from their table, 两节 with no date', () => {
    expect(dueOf('会议要求，市交通局要五一节前完成方案编制。')).toEqual(['五一节前', '2025-04-30', 'absolute'])
    // 端午 2024 fell on 10 June.
    expect(dueOf('会议要求，市交通局要端午节前发放到位。')).toEqual(['端午节前', '2024-06-09', 'absolute'])
    expect(dueOf('会议要求，市交通局要两节前发放到位。')).toEqual(['两节前', null, 'absolute'])
  })

  it('should read a season each place sets (汛期, 开学) as a bound with no date, but not 前期', () => {
    expect(dueOf('会议要求，市交通局要主汛期前完成隐患排查。')).toEqual(['主汛期前', null, 'absolute'])
    expect(dueOf('会议要求，市交通局要在汛期来临前完成隐患排查。')).toEqual(['在汛期来临前', null, 'absolute'])
    expect(dueOf('会议要求，市民政局要在国庆节到来前发放到位。')).toEqual(['在国庆节到来前', '2024-09-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要开学前完成校车安全检查。')).toEqual(['开学前', null, 'absolute'])
    expect(dueOf('会议要求，市交通局要做好汛期前期准备。')).toEqual([null, null, null])
  })
})

describe('the meeting’s month and year', () => {
  it('should read 月底, 当月底 and a part of this month or the next', () => {
    expect(dueOf('会议要求，市交通局要在月底前完成方案编制。')).toEqual(['在月底前', '2024-05-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要当月底前完成方案编制。')).toEqual(['当月底前', '2024-05-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要本月中旬前完成方案编制。')).toEqual(['本月中旬前', '2024-05-20', 'absolute'])
    expect(dueOf('会议要求，市交通局要下月中旬前完成方案编制。')).toEqual(['下月中旬前', '2024-06-20', 'absolute'])
  })

  it('should read 月内 as the meeting’s month, 6月内 as June, and 三月内 as three months', () => {
    expect(dueOf('会议要求，市交通局要力争月内完成方案编制。')).toEqual(['月内', '2024-05-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要6月内完成方案编制。')).toEqual(['6月内', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局要三月内完成方案编制。')).toEqual(['三月内', '2024-08-08', 'relative'])
    expect(dueOf('会议要求，市交通局要半月内完成方案编制。')).toEqual(['半月内', '2024-05-23', 'relative'])
  })

  it('should read 下月初 as the 10th of the next month', () => {
    expect(dueOf('会议要求，市交通局要下月初完成方案编制。')).toEqual(['下月初', '2024-06-10', 'absolute'])
  })

  it('should read 月中 as the 15th of the meeting’s month, or of the next once it has passed', () => {
    expect(dueOf('会议要求，市交通局要月中完成方案编制。')).toEqual(['月中', '2024-05-15', 'absolute'])
    expect(dueOf('会议要求，市交通局要月中完成方案编制。', lateLead)).toEqual(['月中', '2024-06-15', 'absolute'])
  })

  it('should read the year: 年内, 今年内, 明年内, 2025年内, 2024年底前', () => {
    expect(dueOf('会议要求，市交通局要年内完成方案编制。')).toEqual(['年内', '2024-12-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要今年内完成方案编制。')).toEqual(['今年内', '2024-12-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要明年内完成方案编制。')).toEqual(['明年内', '2025-12-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要2025年内完成方案编制。')).toEqual(['2025年内', '2025-12-31', 'absolute'])
    expect(dueOf('会议要求，市交通局要2024年底前完成方案编制。')).toEqual(['2024年底前', '2024-12-31', 'absolute'])
  })
})

describe('stretches of time', () => {
  it('should count days, working days, weeks and months from the meeting', () => {
    expect(dueOf('会议要求，市交通局要3个月内完成方案编制。')).toEqual(['3个月内', '2024-08-08', 'relative'])
    expect(dueOf('会议要求，市交通局要两周内完成方案编制。')).toEqual(['两周内', '2024-05-22', 'relative'])
    expect(dueOf('会议要求，市交通局要30日内完成方案编制。')).toEqual(['30日内', '2024-06-07', 'relative'])
    // Thursday 9, Friday 10, Monday 13.
    expect(dueOf('会议要求，市交通局要三个工作日内完成方案编制。')).toEqual(['三个工作日内', '2024-05-13', 'relative'])
    expect(dueOf('会议要求，市交通局要本周内完成方案编制。')).toEqual(['本周内', '2024-05-12', 'relative'])
  })

  it('should count hours as whole days from the meeting', () => {
    expect(dueOf('会议要求，市交通局要24小时内处置到位。')).toEqual(['24小时内', '2024-05-09', 'relative'])
    expect(dueOf('会议要求，市交通局要2小时内赶赴现场。')).toEqual(['2小时内', '2024-05-08', 'relative'])
    expect(dueOf('会议要求，市交通局要半小时内报告。')).toEqual(['半小时内', '2024-05-08', 'relative'])
  })

  it('should count half a year and years of delivery, but not the length of a ban', () => {
    expect(dueOf('会议要求，市交通局要半年内完成方案编制。')).toEqual(['半年内', '2024-11-08', 'relative'])
    expect(dueOf('会议要求，市交通局要一年内完成方案编制。')).toEqual(['一年内', '2025-05-08', 'relative'])
    expect(dueOf('会议要求，市交通局要三个月内不得再次申报。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要对近3个月内的投诉进行复核。')).toEqual([null, null, null])
  })

  it('should keep the meeting written before a stretch (会后, 会议结束后, 即日起)', () => {
    expect(dueOf('会议要求，市交通局要会后一周内完成方案编制。')).toEqual(['会后一周内', '2024-05-15', 'relative'])
    expect(dueOf('会议要求，市交通局要会议结束后3个工作日内报送方案。')).toEqual(['会议结束后3个工作日内', '2024-05-13', 'relative'])
    expect(dueOf('会议要求，市交通局要自即日起30日内完成整改。')).toEqual(['即日起30日内', '2024-06-07', 'relative'])
  })

  it('should read 限期 with its stretch, with or without 内', () => {
    expect(dueOf('会议要求，市交通局要限期一个月完成方案编制。')).toEqual(['限期一个月', '2024-06-08', 'relative'])
    // Thursday 9 … Wednesday 22: ten working days.
    expect(dueOf('会议要求，市交通局要限期10个工作日完成整改。')).toEqual(['限期10个工作日', '2024-05-22', 'relative'])
    expect(dueOf('会议要求，市交通局要限期30日内完成整改。')).toEqual(['限期30日内', '2024-06-07', 'relative'])
  })

  it('should count a stretch after a holiday from the holiday, as an absolute date', () => {
    expect(dueOf('会议要求，市交通局要国庆节后一周内报送总结。')).toEqual(['国庆节后一周内', '2024-10-08', 'absolute'])
    // 春节 2025 fell on 29 January.
    expect(dueOf('会议要求，市交通局要春节后一周内完成方案编制。')).toEqual(['春节后一周内', '2025-02-05', 'absolute'])
  })

  it('should give no date to a stretch after another event, which the meeting date does not start', () => {
    expect(dueOf('会议要求，市交通局要方案批复后30日内完成招标。')).toEqual(['30日内', null, 'relative'])
    expect(dueOf('会议要求，市交通局要收到批复之日起15个工作日内完成招标。')).toEqual(['15个工作日内', null, 'relative'])
  })
})

describe('weekdays and vague deadlines', () => {
  it('should read a weekday with neither 本 nor 下 as the next such day after the meeting', () => {
    expect(dueOf('会议要求，市交通局要周五前报送方案。')).toEqual(['周五前', '2024-05-10', 'relative'])
    expect(dueOf('会议要求，市交通局要周三前报送方案。')).toEqual(['周三前', '2024-05-15', 'relative'])
    expect(dueOf('会议要求，市交通局要本周三前报送方案。')).toEqual(['本周三前', '2024-05-08', 'relative'])
  })

  it('should keep a time of day between a weekday and 前', () => {
    expect(dueOf('会议要求，市交通局要本周五17时前报送方案。')).toEqual(['本周五17时前', '2024-05-10', 'relative'])
    expect(dueOf('会议要求，市交通局要下周一下班前报送方案。')).toEqual(['下周一下班前', '2024-05-13', 'relative'])
    expect(dueOf('会议要求，市交通局要每周五下班前报送进展。')).toEqual(['每周五下班前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要每月10日17时前报送进展。')).toEqual(['每月10日17时前', null, 'recurring'])
    expect(dueOf('会议要求，市交通局要周五下午召开会议。')).toEqual([null, null, null])
  })

  it('should read 立即 and 立行立改 leading the task as vague, but not 及时, which says how, not by when', () => {
    expect(dueOf('会议要求，市交通局要立行立改。')).toEqual(['立行立改', null, 'vague'])
    expect(dueOf('会议要求，市交通局要立即组织排查。')).toEqual(['立即', null, 'vague'])
    expect(dueOf('会议要求，市交通局要及时报送有关情况。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要加强统筹调度，及时发布预警信息。')).toEqual([null, null, null])
  })
})

describe('deadlines in a clause before the owner', () => {
  it('should give a recurring or a new form of deadline in its own clause to the task after it', () => {
    expect(dueOf('会议要求，每月10日前，市交通局要报送进展情况。')).toEqual(['每月10日前', null, 'recurring'])
    expect(dueOf('会议要求，会后一周内，市交通局要报送整改方案。')).toEqual(['会后一周内', '2024-05-15', 'relative'])
  })
})

describe('deadlines in a table of tasks (督办表)', () => {
  it('should read the deadline column: recurring, a month, a part of the next month, a stretch without 内', () => {
    const text =
      lead.replace(/一、.*\n$/, '') +
      '一、审议有关方案\n' +
      '会议议定事项如下：\n' +
      '| 序号 | 议定事项 | 责任单位 | 完成时限 |\n' +
      '| --- | --- | --- | --- |\n' +
      '| 1 | 报送线网优化进展 | 市交通局 | 每月10日前 |\n' +
      '| 2 | 修改完善方案 | 市交通局 | 6月 |\n' +
      '| 3 | 印发实施细则 | 市交通局 | 下月初 |\n' +
      '| 4 | 反馈意见 | 市交通局 | 3个工作日 |\n' +
      '| 5 | 巩固整治成果 | 市交通局 | 长期坚持 |\n'
    const assignments = parseMinutes(text).items.flatMap((item) => item.assignments)
    for (const assignment of assignments) {
      const position = assignment.positions.due
      if (position) expect(text.slice(position.start.offset, position.end.offset)).toBe(assignment.due)
    }
    expect(assignments.map((assignment) => [assignment.due, assignment.dueDate, assignment.dueKind])).toEqual([
      ['每月10日前', null, 'recurring'],
      ['6月', '2024-06-30', 'absolute'],
      ['下月初', '2024-06-10', 'absolute'],
      // Thursday 9, Friday 10, Monday 13.
      ['3个工作日', '2024-05-13', 'relative'],
      // An ongoing task has no date, but its term is marked.
      ['长期坚持', null, 'ongoing']
    ])
  })
})

describe('labelled deadlines', () => {
  it('should read a recurring or a month value of a deadline label', () => {
    expect(dueOf('会议要求，加快推进公交线网优化。（责任单位：市交通局；完成时限：每月10日）')).toEqual(['每月10日', null, 'recurring'])
    expect(dueOf('会议要求，加快推进公交线网优化。（责任单位：市交通局；完成时限：每季度）')).toEqual(['每季度', null, 'recurring'])
    expect(dueOf('会议要求，加快推进公交线网优化。（责任单位：市交通局；完成时限：6月）')).toEqual(['6月', '2024-06-30', 'absolute'])
  })
})

/**
 * The new forms stay linear on tasks nobody wrote by hand. No timing is
 * asserted; the timeouts only catch a return of quadratic work.
 */
describe('deadline forms in linear time', () => {
  const timeout = 60_000
  const long = 200_000

  it(
    'should find no recurring deadline in 每月 before a long run of digits, or in many 每月',
    () => {
      expect(findDue('每月' + '1'.repeat(long), '2024-05-08')).toBe(null)
      expect(findDue('每月'.repeat(long / 2), '2024-05-08')).toBe(null)
      expect(findDue('每月向'.repeat(long / 3), '2024-05-08')).toBe(null)
    },
    timeout
  )

  it(
    'should read the first of many recurring deadlines and blank them all out',
    () => {
      expect(findDue('每月报送'.repeat(long / 4), '2024-05-08')).toEqual({start: 0, end: 2, date: null, kind: 'recurring'})
    },
    timeout
  )

  it(
    'should find no stretch in 限期 before a long run of numerals, in many 会后, or in many dates before 后',
    () => {
      expect(findDue('限期' + '三'.repeat(long), '2024-05-08')).toEqual({start: 0, end: 2, date: null, kind: 'vague'})
      expect(findDue('会后'.repeat(long / 2), '2024-05-08')).toBe(null)
      expect(findDue('1月1日后3日'.repeat(long / 7), '2024-05-08')).toBe(null)
    },
    timeout
  )

  it(
    'should read the first of many dates bounded by 内 and many months without a verb',
    () => {
      expect(findDue('6月'.repeat(long / 2), '2024-05-08')).toBe(null)
      expect(findDue('6月1日('.repeat(long / 6), '2024-05-08')).toBe(null)
      expect(findDue('本周五下午'.repeat(long / 5), '2024-05-08')).toBe(null)
      expect(findDue('每周五下午'.repeat(long / 5), '2024-05-08')).toBe(null)
      expect(findDue('截至'.repeat(long / 2) + '6月底', '2024-05-08')).toEqual({start: long - 2, end: long + 3, date: '2024-06-30', kind: 'absolute'})
    },
    timeout
  )
})

describe('ongoing tasks', () => {
  it('should mark a task with no term, as the value of a deadline label', () => {
    expect(dueOf('会议要求，加强危化品监管。（责任单位：市应急管理局；完成时限：长期坚持）')).toEqual(['长期坚持', null, 'ongoing'])
    expect(dueOf('会议要求，开展燃气安全排查。（责任单位：市城管局；完成时限：常态化）')).toEqual(['常态化', null, 'ongoing'])
    expect(dueOf('2.开展燃气安全排查。\n责任单位：市城管局\n完成时限：持续推进\n')).toEqual(['持续推进', null, 'ongoing'])
  })

  it('should mark 长期坚持 standing as a clause of running text', () => {
    expect(dueOf('会议要求，市应急管理局要加强安全生产检查，长期坚持。')).toEqual(['长期坚持', null, 'ongoing'])
  })

  it('should not take a verb of the task for its term', () => {
    // `持续推进` and `常态化开展` describe how the task is done, in running text.
    expect(dueOf('会议强调，市公安局要持续推进道路交通安全整治。')).toEqual([null, null, null])
    expect(dueOf('会议强调，市公安局要常态化开展夜查行动。')).toEqual([null, null, null])
    // A term in a label is read before the word: `长期` is no term of `长期以来…`.
    expect(dueOf('会议要求，加强监管。（责任单位：市应急管理局；完成时限：长期以来的问题年底前解决）')).toEqual(['年底前', '2024-12-31', 'absolute'])
    // A dated deadline is the task's, before the words of an ongoing one.
    expect(dueOf('会议要求，市应急管理局要于6月底前完成排查，长期坚持。')).toEqual(['于6月底前', '2024-06-30', 'absolute'])
  })
})

describe('more verbs of delivery', () => {
  it('should take a date right before 形成, 制定, 编制, 启动 or 上线 as a deadline', () => {
    expect(dueOf('会议要求，市国资委要加快存量资产盘活，二季度形成盘活方案。')).toEqual(['二季度', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市交通局6月底制定工作方案。')).toEqual(['6月底', '2024-06-30', 'absolute'])
    expect(dueOf('会议要求，市数据局要推进平台建设，年底上线运行。')).toEqual(['年底', '2024-12-31', 'absolute'])
    // Not before a noun: `形成长效机制` has no date.
    expect(dueOf('会议要求，市交通局要加强路面管控，形成长效机制。')).toEqual([null, null, null])
  })
})
