import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

// A Wednesday: 2026-05-06.
const lead = '2026年5月6日上午，副县长柯明远主持召开专题会议。现纪要如下：\n'

describe('a task written before 由X and a verb that directs other units (blind23-h66 r1)', () => {
  it('should keep the work named before 由 when the owner has others carry it out', () => {
    const text = `${lead}一、关于学校周边改造\n校门口的雨污管线迁改由白沙街道协调各产权单位落实。\n`
    expect(tasks(text)).toEqual([{owner: '白沙街道', task: '校门口的雨污管线迁改由白沙街道协调各产权单位落实', due: null}])
  })

  it('should leave an adverb before 由 out of the task', () => {
    const text = `${lead}一、关于学校周边改造\n会议同意改造方案，并由白沙街道组织各社区实施。\n`
    expect(tasks(text)).toEqual([{owner: '白沙街道', task: '组织各社区实施', due: null}])
  })
})
