import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due, dueDate and kind. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

// A Tuesday: 2026-02-10.
const lead = '2026年2月10日下午，代理县长祝远帆主持召开县政府第8次常务会议。现纪要如下：\n'

describe('a lunar day with its calendar named (blind22-h61 r1)', () => {
  it('should keep 农历 in the deadline as written', () => {
    const text = `${lead}一、关于集镇改造\n会议要求，县自然资源局要在农历正月初十前完成征地报批。\n`
    expect(tasks(text)).toMatchObject([{owner: '县自然资源局', due: '农历正月初十前', dueDate: null}])
  })

  it('should read a lunar month by its number after 农历', () => {
    const text = `${lead}一、关于集镇改造\n会议要求，县文旅局要在农历八月十五前办好灯会。\n`
    expect(tasks(text)).toMatchObject([{owner: '县文旅局', due: '农历八月十五前', dueDate: null}])
  })
})

/** The reporters of each item. */
function reporters(text: string) {
  return analyze(text).record.items.map((item) => item.reporters)
}

describe('a unit heard with its officer named beside it (blind22-h61 r2)', () => {
  it('should read the unit before its officer in brackets', () => {
    const text = `${lead}一、关于春耕\n会议听取了县农业局（局长骆晨阳）关于春耕备耕的汇报。\n二、关于防汛\n会议听取了县水利局(副局长 蔡一鸣)关于防汛的汇报。\n`
    expect(reporters(text)).toEqual([['县农业局'], ['县水利局']])
  })

  it('should not add the head a trailer names after the unit heard', () => {
    const text = `${lead}会议听取了县商务局关于城区夜市经营的汇报（汇报人：局长　冯思远）。会议同意。\n`
    expect(reporters(text)).toEqual([['县商务局']])
  })

  it('should still read the trailer where the report names no maker', () => {
    const text = `${lead}会议听取了关于城区夜市经营的汇报（汇报人：局长　冯思远）。会议同意。\n`
    expect(reporters(text)).toEqual([['冯思远']])
  })
})

describe('a session in brackets after the name (blind22-h61 r2)', () => {
  it('should keep the bracket in the name', () => {
    const text = '　　县长办公会议（2026年第6次）于7月14日上午在县政府二楼会议室召开，代县长阮清泉主持会议。现纪要如下：\n一、关于防汛\n会议同意。\n'
    const {name, date, session} = analyze(text).record.meeting
    expect({name, date, session}).toEqual({name: '县长办公会议（2026年第6次）', date: '2026-07-14', session: 6})
  })
})
