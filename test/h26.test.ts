import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h26: a header field that tells the year the lead leaves out', () => {
  it('should take the year from a 时间: line whose month and day agree with the lead', () => {
    const text =
      '关于推进城西片区改造的专题会议纪要\n' +
      '时间:2022年6月9日上午\n' +
      '地点:区政府三楼会议室\n' +
      '6月9日上午,副区长林海主持召开专题会议,研究城西片区改造有关问题。现纪要如下:\n' +
      '一、关于拆迁安置\n' +
      '会议要求区住建局于7月底前完成安置房选址。\n'
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2022-06-09')
    expect(record.meeting.chair?.name).toBe('林海')
  })

  it('should not take the year from a 时间: line of another day', () => {
    // The field names a different day: it does not tell the lead's year.
    const text =
      '关于推进城西片区改造的专题会议纪要\n' +
      '时间:2022年6月8日\n' +
      '6月9日上午,副区长林海主持召开专题会议,研究城西片区改造有关问题。现纪要如下:\n' +
      '一、关于拆迁安置\n' +
      '会议要求区住建局于7月底前完成安置房选址。\n'
    expect(parseMinutes(text).meeting.date).toBeNull()
  })
})
