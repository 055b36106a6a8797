import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The meeting's name, date and chair as written. */
function meeting(text: string) {
  const {name, date, chair} = analyze(text).record.meeting
  return {name, date, chair: chair?.name ?? null}
}

describe('a news page headline with the stock code after the short name (blind23-h68 r2)', () => {
  it('should drop the short name, the code and the colon before the term', () => {
    const text =
      '苇原科技(300918):第二届监事会第八次会议决议公告\n' +
      '证券代码:300918 证券简称:苇原科技 公告编号:2027-009\n' +
      '一、监事会会议召开情况\n' +
      '苇原科技股份有限公司第二届监事会第八次会议于2027年3月18日在公司会议室召开。会议由监事会主席龙沁女士主持。\n'
    expect(meeting(text)).toEqual({name: '第二届监事会第八次会议', date: '2027-03-18', chair: '龙沁'})
  })

  it('should keep a bracket that is no stock code', () => {
    const text = '苇原科技(草案):第二届监事会第八次会议决议公告\n会议于2027年3月18日召开。\n'
    expect(meeting(text).name).not.toBe('第二届监事会第八次会议')
  })
})
