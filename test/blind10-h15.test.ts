import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'

/** Minutes of a dated meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月6日上午，县长周明主持召开县政府第8次常务会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's reporters. */
function reporters(body: string) {
  return minutes(body).record.items.map((item) => item.reporters)
}

/** Each item's assignments as owner, deadline. */
function owners(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 1: deadlines and reporters of fresh minutes', () => {
  it('should read no deadline inside a quoted name of a mechanism, and the recurring report after it', () => {
    expect(findDue('要建立"汛前清淤、汛中巡查、汛后评估"工作机制,每季度向县政府报告一次管护情况', '2026-05-06')?.kind).toBe('recurring')
    expect(findDue('要建立“汛前清淤、汛后评估”长效机制', '2026-05-06')).toBeNull()
    expect(owners('一、城区排水管护\n会议明确，县城管局要建立“汛前清淤、汛中巡查”工作机制。')).toEqual([[['县城管局', null]]])
  })

  it('should still read a quoted festival bounded by 前 after the mark', () => {
    expect(findDue('确保“五一”前全部完工', '2026-04-06')?.kind).toBe('absolute')
  })

  it('should take no year’s cohort of students for a reporting unit (`2024届本科毕业生`)', () => {
    expect(reporters('一、听取2025届本科毕业生就业工作情况汇报\n会议强调，各学院要压实责任。\n二、听取2026级新生入学准备情况汇报\n学生处汇报了准备情况。')).toEqual([[], ['学生处']])
  })
})
