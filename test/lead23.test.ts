import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('lead23: a news page’s closing line of who attended', () => {
  it('should give no one work in `X委员会委员参加会议，Y负责同志列席会议。`, and keep the tasks before it', () => {
    const text =
      '县委全面深化改革委员会召开第四次会议\n\n2026年5月6日上午，县委书记、县委全面深化改革委员会主任乔远帆主持召开县委全面深化改革委员会第四次会议。\n\n' +
      '会议听取了县委改革办关于一季度改革任务推进情况的汇报。会议强调，县委改革办要加强督促检查，6月底前完成中期评估。\n\n' +
      '县委全面深化改革委员会委员参加会议，县直有关单位主要负责同志列席会议。\n'
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('乔远帆')
    expect(record.items.flatMap((item) => item.assignments.map((each) => each.owner + '|' + each.task + '|' + (each.due ?? '')))).toEqual([
      '县委改革办|要加强督促检查，6月底前完成中期评估|6月底前'
    ])
  })

  it('should read who attended where the sentence names `主要负责同志` (its `要` asks no one)', () => {
    const text =
      '市政府召开常务会议\n\n2026年5月8日，市长祁望舒主持召开市政府常务会议。\n\n会议听取了市水利局关于防汛准备工作的汇报。会议要求，市水利局要在5月20日前完成水库安全检查。\n\n' +
      '市政府副市长，市直有关部门主要负责同志参加会议。\n'
    const record = parseMinutes(text)
    expect(record.meeting.attendees.map((each) => [each.title, each.unit])).toEqual([
      ['副市长', '市政府'],
      [null, '市直有关部门主要负责同志']
    ])
    expect(record.items.flatMap((item) => item.assignments.map((each) => each.owner))).toEqual(['市水利局'])
  })

  it('should still read a unit that is asked to take part in another meeting', () => {
    const text =
      '2026年5月6日，局长韦知秋主持召开局务会议。\n\n一、关于全省安全生产会议\n会议要求，安监科要在5月10日前派员参加全省安全生产工作会议。\n'
    const record = parseMinutes(text)
    expect(record.items[0]?.assignments.map((each) => each.owner + '|' + (each.due ?? ''))).toEqual(['安监科|在5月10日前'])
  })
})
