import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

const lead = '6月3日,县长李明主持召开县政府第9次常务会议。现纪要如下:\n'

/** The first item of minutes made of `lead` and one numbered item with `body`. */
function first(body: string) {
  const {record} = analyze(lead + '一、研究有关事项\n' + body + '\n')
  return record.items[0]
}

describe('blind6-h6: tasks set before their owner', () => {
  it('should keep the task written before `由X负责` in the task', () => {
    const [made] = first('会议明确,全县应急物资调配由县商务局负责,确保6月底前到位。').assignments
    expect(made.owner).toBe('县商务局')
    expect(made.task).toBe('全县应急物资调配由县商务局负责,确保6月底前到位')
    expect(made.due).toBe('6月底前')
  })

  it('should not take an adverb before `由X负责` for a task', () => {
    const [made] = first('会议同意该方案,并由县财政局负责资金保障。').assignments
    expect(made.owner).toBe('县财政局')
    expect(made.task).toBe('负责资金保障')
  })
})

describe('blind6-h6: officers of the own body present in person', () => {
  it('should give the person, not `党委`, for `党委副书记X介绍了…`', () => {
    const text = '5月8日,学院召开2025年第4次党政联席会议。现纪要如下:\n一、审议年度考核方案\n会上,党委副书记周敏介绍了年度考核方案。会议审议通过该方案。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['周敏'])
  })

  it('should keep a unit with a place for a unit officer who presents', () => {
    const text = lead + '一、研究城区供水工作\n会上,县水利局局长王强汇报了城区供水工作。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['县水利局'])
  })
})

describe('blind6-h6: deadlines of a school calendar', () => {
  it('should read a holiday the task is done in (`寒假期间`) as its deadline', () => {
    const [made] = first('会议要求县教育局于寒假期间完成校舍维修。').assignments
    expect(made.owner).toBe('县教育局')
    expect(made.due).toBe('于寒假期间')
  })

  it('should read a term with its year (`2026年秋季学期前`) as a deadline', () => {
    const [made] = first('会议明确,城西中学扩建由县城投公司代建,2026年秋季学期前投入使用。').assignments
    expect(made.owner).toBe('县城投公司')
    expect(made.due).toBe('2026年秋季学期前')
  })

  it('should not read a span that is no deadline (`寒假期间的值班安排`) for a task without one', () => {
    const [made] = first('会议要求县教育局做好寒假期间的值班安排。').assignments
    expect(made.due).toBeNull()
  })

  it('should leave a point marker out of a task set before its owner', () => {
    const assignments = first('会议要求:(一)教师招聘由县人社局牵头,5月底前完成;(二)校车更新由县交通局负责。').assignments
    expect(assignments.map((made) => [made.owner, made.task])).toEqual([
      ['县人社局', '教师招聘由县人社局牵头,5月底前完成'],
      ['县交通局', '校车更新由县交通局负责']
    ])
  })
})
