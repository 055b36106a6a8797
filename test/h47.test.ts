import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, decisions and assignments (owner, task, deadline). */
function items(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    assignments: item.assignments.map(({owner, task, due}) => ({owner, task, due}))
  }))
}

describe('an agenda table whose opinion column says what the meeting found (blind19-h47 r2)', () => {
  it('should read a 会议研究结果 column as the meeting speaking', () => {
    const text = '中共北岭学院委员会常委会会议纪要\n2026年3月4日，党委书记闻一舟主持召开党委常委会会议。会议研究了以下议题：\n| 序号 | 议题 | 汇报人 | 会议研究结果 |\n| --- | --- | --- | --- |\n| 1 | 关于教职工疗休养安排 | 校工会 叶知秋 | 同意疗休养安排，由校工会5月底前组织实施。 |\n| 2 | 关于图书馆改造 | 后勤处 庞　辉 | 暂缓研究。 |\n'
    expect(items(text)).toEqual([
      {heading: '关于教职工疗休养安排', reporters: ['校工会'], decisions: ['同意疗休养安排'], assignments: [{owner: '校工会', task: '5月底前组织实施', due: '5月底前'}]},
      {heading: '关于图书馆改造', reporters: ['后勤处'], decisions: ['暂缓研究'], assignments: []}
    ])
  })
})
