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

describe('a council\'s resolutions numbered 第一项决议 (blind19-h47 r3)', () => {
  it('should make each 第N项决议： an item, its tally no decision', () => {
    const text = '青溪湿地保护基金会第一届理事会第三次会议决议\n会议于2026年5月8日召开，由理事长柏舟主持，形成决议如下：\n第一项决议：审议通过《2025年度工作报告》。\n表决结果：9票赞成，0票反对，0票弃权。\n第二项议案：同意增设宣传部，由秘书处负责筹建。\n表决结果：9票赞成，0票反对，0票弃权。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一', '二'])
    expect(items(text)).toEqual([
      {heading: '审议通过《2025年度工作报告》', reporters: [], decisions: ['审议通过《2025年度工作报告》'], assignments: []},
      {heading: '同意增设宣传部，由秘书处负责筹建', reporters: [], decisions: ['同意增设宣传部'], assignments: [{owner: '秘书处', task: '负责筹建', due: null}]}
    ])
  })
})
