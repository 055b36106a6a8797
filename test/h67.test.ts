import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's reporters. */
function reporters(text: string) {
  return analyze(text).record.items.map((item) => item.reporters)
}

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

const lead = '2026年10月12日，校长邵启帆主持召开第7次校务会议。纪要如下：\n'

describe('a school names who presents under 报告人 (blind23-h67 r1)', () => {
  it('should read the unit of an officer set off from the name', () => {
    const text = `${lead}一、关于秋季运动会筹备\n报告人：体卫处主任 符德安\n会议同意运动会方案。\n`
    expect(reporters(text)).toMatchObject([['体卫处']])
  })

  it('should read a person after a title alone, and a unit under 报告单位', () => {
    const text = `${lead}一、关于食堂招标\n报告人：副校长 季红梅\n会议同意招标方案。\n二、关于校服征订\n报告单位：总务处\n会议同意征订方案。\n`
    expect(reporters(text)).toMatchObject([['季红梅'], ['总务处']])
  })

  it('should not take a report the task ends in for a label', () => {
    const text = `${lead}一、关于实验室检查\n会议要求教务处完成检查并形成报告（报告人：略）。\n`
    expect(tasks(text)).toMatchObject([{owner: '教务处'}])
  })
})
