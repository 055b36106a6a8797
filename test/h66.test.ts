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

describe('a date glossed with the event that falls on it, before 前 (blind23-h66 r3)', () => {
  it('should read the date and the event whole, due on the date', () => {
    const text = `${lead}一、关于供热\n县热力公司要在10月20日供暖季开始前完成二级管网检修。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '在10月20日供暖季开始前', dueDate: '2026-10-20'}])
  })

  it('should read the event in brackets the same way', () => {
    const text = `${lead}一、关于校舍\n县教育局要于8月31日（开学）前完成校舍维修。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县教育局', due: '于8月31日（开学）前', dueDate: '2026-08-31'}])
  })

  it('should not join an event that is another clause’s', () => {
    const text = `${lead}一、关于供热\n县热力公司要在10月20日完成检修，供暖季开始前通水试压。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '在10月20日', dueDate: '2026-10-20'}])
  })
})

describe('a finance body that gives a subsidy at a rate it names (blind23-h66 r5)', () => {
  it('should read 市财政按…给予补助 as the body’s task', () => {
    const text = `${lead}一、关于农贸市场改造\n会议同意将该市场改造列入补助范围，县财政按改造总投资的20%给予补助。\n`
    expect(tasks(text)).toEqual([{owner: '县财政', task: '按改造总投资的20%给予补助', due: null}])
  })
})

describe('a day promised right after 确保 or 力争 (blind23-h66 r5)', () => {
  it('should read the day as the deadline whatever the verb after it', () => {
    const text = `${lead}一、关于供热\n县热力公司要抓紧检修换热站，确保11月1日按时供热。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '11月1日', dueDate: '2026-11-01'}])
  })

  it('should leave a span that starts on the day promised without a deadline', () => {
    const text = `${lead}一、关于供热\n县热力公司要确保11月1日至明年3月31日期间室温达标。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: null}])
  })
})
