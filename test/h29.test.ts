import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h29: an index table line that repeats the page title', () => {
  const lead =
    '6月3日上午,市长韩立主持召开市长办公会议,研究城区停车场建设等事项。现将会议议定事项纪要如下:\n' +
    '一、关于城区停车场建设\n' +
    '会议要求市城管局于7月底前完成选址。\n'

  it('should not take a spaced 标　　题: line for the title, and keep the lead name', () => {
    const text =
      '索 引 号:113300/2025-00012\n' +
      '标　　题:临川市人民政府市长办公会议纪要\n' +
      '发布日期:2025年06月05日\n' +
      '临川市人民政府市长办公会议纪要\n' +
      lead
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('临川市人民政府市长办公会议纪要')
    expect(record.meeting.name).toBe('市长办公会议')
  })

  it('should not take a 名称: line for the title either', () => {
    const text = '名称:临川市人民政府市长办公会议纪要\n文号:临政阅〔2025〕9号\n' + lead
    const record = parseMinutes(text)
    expect(record.meeting.title).toBeNull()
    expect(record.meeting.name).toBe('市长办公会议')
    expect(record.items[0].assignments[0].owner).toBe('市城管局')
  })
})

describe('h29: a PDF header whose letters and digits are spaced out', () => {
  const body =
    '3 月 12 日上午，副区长林涛主持召开专题会议，研究城北学校建设有关问题。现纪要如下：\n' +
    '一、关于用地保障\n' +
    '区自然资源局要于 4 月底前完成用地报批。\n'

  it('should take the year from a letter-spaced issuing line (办 公 室 and a date)', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n桐 山 区 人 民 政 府 办 公 室        2025 年 3 月 14 日\n' + body
    expect(parseMinutes(text).meeting.date).toBe('2025-03-12')
  })

  it('should take the year from an issue number spaced as 〔2025〕第 7 期', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n〔2025〕第 7 期\n' + body
    expect(parseMinutes(text).meeting.date).toBe('2025-03-12')
  })

  it('should not read a spaced issue number as an item or a point', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n〔2025〕第 7 期\n' + body
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].heading).toBe('关于用地保障')
  })
})
