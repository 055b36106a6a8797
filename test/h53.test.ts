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

describe('a deadline label before the owner labels on their line (blind20-h53 r2)', () => {
  it('should give the line\'s owners the task above and the deadline before them', () => {
    const text = '议题一：研究门诊楼电梯更换\n会议原则同意更换门诊楼电梯4部。\n完成时间：11月30日前　　责任部门：总务科　　配合部门：设备科\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '总务科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'},
      {owner: '设备科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'}
    ])
  })

  it('should still read the deadline label after the owner label', () => {
    const text = '议题一：研究门诊楼电梯更换\n会议原则同意更换门诊楼电梯4部。\n责任部门：总务科　　完成时间：11月30日前\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '总务科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'}])
  })
})

describe('the meeting declining to decide this time (blind20-h53 r3)', () => {
  it('should read 本次会议不予决策 as a decision', () => {
    const text = '（一）仓库扩建\n仓储部汇报了扩建方案。会议决议：该项目选址论证不足，本次会议不予决策，由仓储部补充论证后重新上会。\n'
    expect(items(text)[0]?.decisions).toEqual(['本次会议不予决策'])
  })
})

describe('a motion\'s outcome told of the motion (blind20-h53 r3)', () => {
  it('should read 本议案以N票同意…获得通过 as a decision', () => {
    const text = '一、审议《关于租赁厂房的议案》\n关联董事杭远回避表决。本议案以6票同意、0票反对、0票弃权获得通过。\n'
    expect(items(text)[0]?.decisions).toEqual(['本议案以6票同意、0票反对、0票弃权获得通过'])
  })

  it('should read 本议案未获通过 as one too', () => {
    const text = '一、审议《关于对外担保的议案》\n本议案未获通过。\n'
    expect(items(text)[0]?.decisions).toEqual(['本议案未获通过'])
  })
})

describe('a unit going house by house after the lead (blind20-h53 r3)', () => {
  it('should give 营销部逐户落实… to the unit, apart from the lead', () => {
    const text = '一、应收账款清收\n会议要求，由财务部牵头，营销部逐户落实清收责任，9月底前完成。\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '财务部', task: '牵头', due: '9月底前'},
      {owner: '营销部', task: '逐户落实清收责任，9月底前完成', due: '9月底前'}
    ])
  })
})
