import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a county mayor's office meeting, and `body`. */
function county(body: string) {
  const text = `县长办公会议纪要\n2023年10月12日上午,县长江怀远主持召开县长办公会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

/** Each item's decisions as text. */
function decided(record: ReturnType<typeof county>) {
  return record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('round 1: a district executive meeting, a mayor’s office news release, a template site’s sample', () => {
  it('should keep the owner in a decision that names its scope first (`会议明确,对X,由Y…`)', () => {
    const record = county('一、关于农房改造\n会议明确,对列入今年计划的危房,由县住建局组织鉴定。')
    expect(decided(record)).toEqual([['会议明确,对列入今年计划的危房,由县住建局组织鉴定']])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['县住建局'])
  })

  it('should still end a decision at an assignment after a clause that names no scope', () => {
    const record = county('一、关于农房改造\n会议同意改造方案,县住建局要组织鉴定。')
    expect(decided(record)).toEqual([['会议同意改造方案']])
  })

  it('should read the meeting’s name past a template site’s label (`篇1:关于…的专题会议纪要`)', () => {
    const text = '篇2:关于城西污水厂扩建的专题会议纪要\n5月9日,副县长杜明轩主持召开专题会议,研究城西污水厂扩建问题。纪要如下:\n一、关于扩建用地\n会议同意扩建用地方案。\n'
    expect(analyze(text).record.meeting.name).toBe('专题会议')
  })
})
