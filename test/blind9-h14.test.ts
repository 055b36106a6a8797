import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Position} from '../src/record.js'

/** A lead long enough that a text of one paragraph is read as one that lost its line breaks. */
const lead =
  '2025年3月5日上午，县长方立主持召开县政府第十二次常务会议，副县长李明、张华、赵刚，县政府办公室主任钱进出席会议，县直有关部门主要负责同志列席会议。现将会议议定事项纪要如下：'

/** The record and source of minutes in one paragraph: the lead, then `body`. */
function flat(body: string) {
  const text = lead + body
  return {text, record: analyze(text).record}
}

/** What a position covers in the source. */
function slice(text: string, position: Position | null | undefined): string | null {
  return position ? text.slice(position.start.offset, position.end.offset) : null
}

describe('flattened minutes: an item’s heading run on into a body that opens with who presents', () => {
  it('should end the heading before a unit that 作了起草说明 (a kind of account between 作了 and its noun)', () => {
    const {text, record} = flat('一、关于学校扩建项目县教育局作了起草说明。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于学校扩建项目', ['县教育局']],
      ['关于春季造林工作', ['县林业局']]
    ])
    expect(slice(text, record.items[0].positions.heading)).toBe('关于学校扩建项目')
  })

  it('should end the heading before an official who 作了报告', () => {
    const {record} = flat('一、关于学校扩建项目县发改局局长唐明作了报告。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('关于学校扩建项目')
  })

  it('should end the heading before units that 分别汇报了, each named before a 、', () => {
    const {record} = flat('一、关于春季造林工作县林业局、县财政局分别汇报了造林计划和资金安排。会议同意该计划。二、关于学校扩建项目县教育局汇报了扩建方案。会议原则同意。')
    expect(record.items[0].heading).toBe('关于春季造林工作')
    expect(record.items[0].reporters).toEqual(['县林业局', '县财政局'])
  })

  it('should end the heading before 经X介绍, that opens the body', () => {
    const {text, record} = flat('一、关于体育馆开馆筹备经县文旅局介绍，会议研究了开馆筹备事项。会议同意体育馆于9月28日试开馆。二、关于学校扩建项目经研究，会议原则同意扩建方案。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于体育馆开馆筹备', '关于学校扩建项目'])
    expect(record.items[0].reporters).toEqual(['县文旅局'])
    expect(slice(text, record.items[0].positions.reporters[0])).toBe('县文旅局')
    expect(slice(text, record.items[0].positions.heading)).toBe('关于体育馆开馆筹备')
  })

  it('should not take the 作 of 工作报告 in a heading for a presenting verb', () => {
    const {record} = flat('一、听取《县审计局2024年度工作报告》县审计局作了汇报。会议同意该报告。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('听取《县审计局2024年度工作报告》')
  })

  it('should not take 经济 in a heading for 经X介绍', () => {
    const {record} = flat('一、关于一季度经济运行情况县统计局汇报了一季度经济运行情况。会议要求各部门抓好落实。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于一季度经济运行情况', '关于春季造林工作'])
  })
})
