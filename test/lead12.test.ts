import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owners, tasks and deadlines of the first item of minutes made of one body paragraph. */
function assignmentsOf(body: string) {
  const record = parseMinutes(`2026年6月10日,学院召开党政联席会议。\n一、关于有关工作\n${body}\n`)
  return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
}

describe('a work named before its owner and two verbs of responsibility (lead, tenth session)', () => {
  it('should give `A由X牵头负责` the work A, as `A由X负责` has it', () => {
    expect(assignmentsOf('人才引进工作由院长邵永刚牵头负责,学院办公室做好服务保障。')).toEqual([
      ['邵永刚', '人才引进工作由院长邵永刚牵头负责', null],
      ['学院办公室', '做好服务保障', null]
    ])
    expect(assignmentsOf('校友联络工作由学院办公室负责牵头。')).toEqual([['学院办公室', '校友联络工作由学院办公室负责牵头', null]])
  })

  it('should keep a task after the verbs where one is written (`由X牵头负责A`)', () => {
    expect(assignmentsOf('会议决定,由学院办公室牵头负责校庆筹备。')).toEqual([['学院办公室', '牵头负责校庆筹备', null]])
  })
})
