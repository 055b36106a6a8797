/**
 * Minutes written blind by helper h5 (fixtures/genre/blind6-h5) in the kinds
 * of the dev corpus: executive meetings, college meetings, congress councils,
 * board notices. Inputs here are short sentences of the genre's forms; the
 * fixtures are scored by `JIYAO_CORPUS=fixtures/genre/blind6-h5 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('a meeting named before a short form in brackets', () => {
  it('should end a board meeting’s name before `(以下简称“本次会议”)`', () => {
    const text = [
      '青禾农业股份有限公司第三届董事会第七次会议决议公告',
      '一、董事会会议召开情况',
      '青禾农业股份有限公司(以下简称“公司”)第三届董事会第七次会议(以下简称“本次会议”)于2023年6月9日以通讯方式召开。本次会议由董事长许文杰先生主持。',
      '二、董事会会议审议情况',
      '(一)审议通过《关于续聘会计师事务所的议案》'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('第三届董事会第七次会议')
    expect(meeting.date).toBe('2023-06-09')
    expect(meeting.chair?.name).toBe('许文杰')
  })

  it('should end a name in the lead before full-width brackets too', () => {
    const text = '县政府第十二次常务会议（以下简称“会议”）于2022年8月3日在县政府二楼会议室召开，县长钟明主持会议。\n一、研究防汛工作\n会议同意县水利局提出的防汛预案。'
    expect(parseMinutes(text).meeting.name).toBe('县政府第十二次常务会议')
  })
})

describe('a lead that dates the meeting between its body and the verb', () => {
  it('should join the body to a bodiless name over `于` and the date', () => {
    const text = '区人民政府于2023年9月12日下午召开第21次常务会议，区长钱峰主持会议。\n一、研究秋季开学工作\n会议同意区教育局提出的工作方案。'
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('区人民政府第21次常务会议')
    expect(meeting.date).toBe('2023-09-12')
  })
})

describe('publication lines', () => {
  it('should take the year of a `日期:` line with a byline’s labels for a lead without one', () => {
    const text = [
      '县人大常委会召开第九次主任会议',
      '日期:2022-05-19  来源:县人大办  点击数:',
      '5月17日上午，县人大常委会主任丁伟主持召开县人大常委会第九次主任会议。',
      '会议听取了县人民政府关于全县食品安全工作情况的汇报。'
    ].join('\n')
    expect(parseMinutes(text).meeting.date).toBe('2022-05-17')
  })
})

describe('chairs', () => {
  it('should read a chair whose surname is 赖, also in traditional characters', () => {
    const text = '6月2日上午，區委副書記、區長賴志遠主持召開區政府第9次常務會議。\n一、研究防汛工作\n會議同意區水務局提出的方案。'
    expect(parseMinutes(text).meeting.chair?.name).toBe('賴志遠')
  })

  it('should read chairs surnamed 傅, 萧 and 贲', () => {
    const chair = (name: string) => parseMinutes(`3月2日，市长${name}主持召开市政府第5次常务会议。\n一、研究春耕工作\n会议同意该方案。`).meeting.chair?.name
    expect([chair('傅志刚'), chair('萧红英'), chair('贲永年')]).toEqual(['傅志刚', '萧红英', '贲永年'])
  })

  it('should read a board meeting chaired by a director the board chose', () => {
    const text = [
      '第二届董事会第四次会议于2024年3月8日以通讯方式召开。因董事长出差，经半数以上董事共同推举，本次会议由董事欧阳晴女士主持。',
      '一、审议通过《关于变更会计师事务所的议案》'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect(meeting.chair?.name).toBe('欧阳晴')
    expect(meeting.chair?.title).toBe('董事')
  })
})

describe('dates', () => {
  it('should read 元月 as January', () => {
    const date = (lead: string) => parseMinutes(`${lead}，县长钟明主持召开县政府第3次常务会议。\n一、研究春运工作\n会议同意该方案。`).meeting.date
    expect([date('2025年元月6日上午'), date('二〇二五年元月十二日')]).toEqual(['2025-01-06', '2025-01-12'])
  })
})
