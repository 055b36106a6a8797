import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a college's president's office meeting, and `body`. */
function college(body: string) {
  const text = `某职业技术学院院长办公会议纪要\n2026年3月9日,院长钟明远主持召开第5次院长办公会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

describe('round 2: points that open with a date (`1.6月28日前…`)', () => {
  it('should read `1.` before a month and day as a marker, not a decimal', () => {
    const record = college(
      '一、关于新生报到\n会议议定:\n1.8月30日前完成宿舍分配,由后勤处负责;\n2.10月底前完成新生体检;\n3.2027年起实行网上报到。'
    )
    expect(record.items.map((item) => item.points.length)).toEqual([3])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['后勤处', '8月30日前']])
  })

  it('should still read `1.5` as a number, not a marker', () => {
    const record = college('一、关于实验室建设\n会议同意追加经费\n1.5万元用于设备维修。')
    expect(record.items.map((item) => item.points.length)).toEqual([0])
  })
})
