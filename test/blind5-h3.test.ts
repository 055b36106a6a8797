import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('blind minutes, round 5 (structure)', () => {
  it('should read who presents a matter written 经X介绍, without 经', () => {
    const text =
      '2024年9月2日，局长许达主持召开局务会议。纪要如下：\n' +
      '一、经计财科介绍，会议研究了办公楼维修经费事宜。\n' +
      '会议同意维修方案。\n'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['计财科'])
  })

  it('should not read 经 before a verb of the meeting for a presenter', () => {
    const text = '2024年9月2日，局长许达主持召开局务会议。纪要如下：\n一、关于办公楼维修\n经会议研究，同意维修方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })

  it('should read the person who reports on behalf of a body: X代表Y作了报告', () => {
    const text =
      '2025年3月8日，协会第三届理事会第二次会议召开，会议由会长冯岩主持。会议审议通过了以下事项：\n' +
      '1.审议通过《协会2024年度工作报告》。副秘书长孟凡代表秘书处作了报告。\n' +
      '2.同意增补两名理事。\n'
    const record = parseMinutes(text)
    expect(record.items[0].reporters).toEqual(['孟凡'])
  })

  it('should read the chair of a society council with the title 理事长', () => {
    const text =
      '2025年1月11日，省园艺学会第五届理事会第二次会议召开。会议由理事长邱建明主持。会议审议通过了以下事项：\n' +
      '1.审议通过《学会2024年度工作报告》。\n' +
      '2.同意增补两名理事。\n'
    expect(parseMinutes(text).meeting.chair?.name).toBe('邱建明')
  })
})
