import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions (text) and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const minutes = '县人民政府常务会议纪要\n　　3月2日上午，县长柯望舒主持召开县政府第9次常务会议。现纪要如下：\n'

describe('限 before a placed unit sets it a term (blind20-h51 r2)', () => {
  it('should give the task to the unit after 限, not to 限县X', () => {
    const text = `${minutes}　　一、关于防溺水工作\n　　会议要求，限县文旅局于4月底前完成全部景区水域警示牌设置。\n`
    expect(read(text)[0].tasks).toEqual([['县文旅局', '于4月底前完成全部景区水域警示牌设置', '于4月底前']])
  })

  it('should leave 限期 and 限时 as terms, not owners', () => {
    const text = `${minutes}　　一、关于防溺水工作\n　　会议要求，县水利局要对山塘逐一排查，限期10日内整改到位。\n`
    expect(read(text)[0].tasks.map(([owner]) => owner)).toEqual(['县水利局'])
  })
})
