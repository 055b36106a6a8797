import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes written for these tests in the genre's forms (no corpus text). */
const text = readFileSync(new URL('../fixtures/genre/county-paren-items.txt', import.meta.url), 'utf8')

describe('minutes whose matters are numbered （一） （二）, each heading over paragraphs', () => {
  const {record} = analyze(text)

  it('should make an item of each （一） line, and the paragraphs under it its body', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于城区停车管理工作'],
      ['二', '关于农村供水保障工作']
    ])
    // `会议听取了…` opens no matter of its own here: the numbering says where matters start.
    expect(record.items.map((item) => item.reporters)).toEqual([['县公安局'], ['县水利局']])
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意县水利局提出的农村供水工程维修养护方案'])
  })

  it('should read the owners of the points under 会议明确：', () => {
    const assignments = record.items[0].assignments
    expect(assignments.map((assignment) => [assignment.owner, assignment.role, assignment.dueDate])).toEqual([
      ['县住建局', 'lead', '2024-08-31'],
      ['县自然资源局、县公安局', 'support', '2024-08-31'],
      ['县城管局', 'responsible', '2024-07-31'],
      ['县财政局', 'responsible', null]
    ])
    for (const assignment of assignments) {
      const {start, end} = assignment.positions.task
      expect(text.slice(start.offset, end.offset)).toBe(assignment.task)
    }
    expect(assignments[0].positions.owner.start.line).toBe(8)
  })
})
