/**
 * Deadline forms of the genre, each in an assignment of a minutes text and
 * read by `parseMinutes`: the deadline as written, its date worked out by
 * hand from the meeting date of the lead paragraph, its kind, and its
 * position in the source.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** The meeting is on Wednesday 2024-05-08. */
const lead = '2024年5月8日上午，王明市长主持召开市政府第12次常务会议。现纪要如下：\n一、研究城市交通有关事项\n'

/**
 * The deadline of the one assignment of `body`: as written, its date, its
 * kind; and the source sliced at its position, which must be the same text.
 */
function dueOf(body: string) {
  const text = lead + body
  const assignments = parseMinutes(text).items.flatMap((item) => item.assignments)
  expect(assignments).toHaveLength(1)
  const [assignment] = assignments
  const position = assignment.positions.due
  const sliced = position ? text.slice(position.start.offset, position.end.offset) : null
  expect(sliced).toBe(assignment.due)
  return [assignment.due, assignment.dueDate, assignment.dueKind]
}

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

  it('should read a stretch after every period ends as recurring', () => {
    expect(dueOf('会议要求，市交通局要每季度结束后10日内报送统计数据。')).toEqual(['每季度结束后10日内', null, 'recurring'])
  })

  it('should read an anchored period before a verb of delivery as recurring', () => {
    expect(dueOf('会议要求，市交通局要每月20日报送资金使用情况。')).toEqual(['每月20日', null, 'recurring'])
  })

  it('should not read 每月 in a frequency or an amount as a deadline', () => {
    expect(dueOf('会议要求，市交通局要每月召开一次调度会。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要每月通报一次工作进展。')).toEqual([null, null, null])
    expect(dueOf('会议同意，由市交通局每月补助公交企业50万元。')).toEqual([null, null, null])
    expect(dueOf('会议要求，市交通局要每周一次开展安全巡查。')).toEqual([null, null, null])
  })

  it('should give a one-off deadline in the same task before a recurring one', () => {
    expect(dueOf('会议要求，市交通局要每月10日前报送进展，确保年底前全面完成。')).toEqual(['年底前', '2024-12-31', 'absolute'])
  })
})
