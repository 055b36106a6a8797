import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owners, tasks and deadlines of the first item of minutes made of one body paragraph. */
function assignmentsOf(body: string) {
  const record = parseMinutes(`2026年1月8日,市政府召开第5次常务会议。\n一、关于有关工作\n${body}\n`)
  return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
}

describe('a year that opens a clause (lead, ninth session)', () => {
  it('should read the owner after a year that says when, not the year as part of its name', () => {
    expect(assignmentsOf('会议要求,2026年省运会筹委会要于5月底前完成场馆验收。')).toEqual([
      ['省运会筹委会', '要于5月底前完成场馆验收', '于5月底前']
    ])
    expect(assignmentsOf('会议要求,2027年市建筑业协会要围绕服务会员这一主线,重点抓好行业培训。')).toEqual([
      ['市建筑业协会', '要围绕服务会员这一主线,重点抓好行业培训', null]
    ])
  })

  it('should leave a year that goes on as a time (年底, 年度) to the deadline', () => {
    expect(assignmentsOf('会议要求,2026年底前市住建局要完成改造。')).toEqual([['市住建局', '要完成改造', '2026年底前']])
  })
})

describe('a title before a verb of speech (lead, ninth session)', () => {
  it('should not read the verb after a bare title as a name (院长强调…)', () => {
    const record = parseMinutes('2026年1月8日,医院召开院长办公会议。\n一、关于有关工作\n会上,院长强调要抓好落实。\n')
    expect(record.items[0].assignments).toEqual([])
  })

  it('should still read a name that opens with the same surname', () => {
    const record = parseMinutes('2026年1月8日,医院召开院长办公会议。参加:强伟。\n一、关于有关工作\n强伟同志要做好督办。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['强伟', '要做好督办']])
  })
})
