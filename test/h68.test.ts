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

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

describe('a company body meeting with neither term nor session (blind23-h68 r4)', () => {
  it('should name the shareholders’ meeting without the company and its short name', () => {
    const text =
      '蓝汀物流有限公司\n股东会决议\n' +
      '蓝汀物流有限公司（以下简称“公司”）股东会于2027年4月9日在公司会议室召开，会议由执行董事庞思远主持。形成决议如下：\n' +
      '一、同意公司增加经营范围。\n'
    expect(meeting(text)).toEqual({name: '股东会', date: '2027-04-09', chair: '庞思远'})
  })

  it('should name a board meeting the same way', () => {
    const text = '蓝汀物流有限公司董事会会议于2027年4月9日召开，会议由董事长庞思远主持。\n一、同意公司增加经营范围。\n'
    expect(meeting(text).name).toBe('董事会会议')
  })
})

describe('a company’s financial officer before the name (blind23-h68 r4)', () => {
  it('should give the task to the person titled 财务负责人', () => {
    const text =
      '2027年4月9日，公司召开股东会，会议由执行董事庞思远主持。形成决议如下：\n' +
      '一、同意向股东分配利润300万元，由财务负责人裘一苇负责具体办理。\n'
    expect(tasks(text)).toEqual([{owner: '裘一苇', task: '负责具体办理', due: null}])
  })
})
