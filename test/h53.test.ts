import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions and assignments (owner, task, deadline). */
function items(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    assignments: item.assignments.map(({owner, task, due}) => ({owner, task, due}))
  }))
}

describe('a heading whose only 汇报 is its presenter\'s label (blind20-h53 r1)', () => {
  it('should not read an owner label line under it as a report', () => {
    const text = '会议议定事项如下：\n一、关于实验楼改造方案（汇报人：基建处 柳成荫）\n会议同意改造方案。\n责任部门：基建处　　完成时间：7月15日前\n'
    expect(items(text)[0]?.reporters).toEqual(['基建处'])
  })

  it('should still read offices before colons under a heading of reports', () => {
    const text = '会议纪要如下：\n一、各部门工作汇报\n办公室：汇报了档案整理进度。\n'
    expect(items(text)[0]?.reporters).toEqual(['办公室'])
  })
})

describe('a matter put off to a later sitting (blind20-h53 r1)', () => {
  it('should read 此事修改后再议 as a decision', () => {
    const text = '一、研究食堂承包合同续签\n会议认为，承包费标准偏低，此事修改后再议。由后勤处牵头，10月底前拿出新方案。\n'
    expect(items(text)[0]?.decisions).toEqual(['此事修改后再议'])
  })

  it('should read 待…后再行研究 after the meeting as one', () => {
    const text = '一、研究车库改建\n会议决定，待产权核实后再行研究。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议决定，待产权核实后再行研究'])
  })

  it('should join it to a decision before it in its sentence', () => {
    const text = '一、研究车库改建\n会议决定暂缓招标，待产权核实后再议。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议决定暂缓招标，待产权核实后再议'])
  })

  it('should not read a request to revise first as a decision', () => {
    const text = '一、研究车库改建\n请后勤处修改后再议。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})
