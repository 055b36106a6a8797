import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owner, task and deadline of each assignment of the first item. */
function tasks(text: string): Array<[string, string, string | null]> {
  return parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])
}

describe('lead14: a body’s officers for safety, information and publicity own their task', () => {
  const lead = '2025年4月8日,学院召开党政联席会议,院长邵启明主持。\n一、研究实验室安全\n'

  it('should give a numbered point to 学院安全员 as written', () => {
    const text = lead + '会议要求:1.实验中心4月底前完成库房改造;2.学院安全员建立隐患整改台账。\n'
    expect(tasks(text)).toEqual([
      ['实验中心', '4月底前完成库房改造', '4月底前'],
      ['学院安全员', '建立隐患整改台账', null]
    ])
  })

  it('should give 学院信息员 the clause after 要', () => {
    expect(tasks(lead + '会议要求,学院信息员要及时更新网站。\n')).toEqual([['学院信息员', '要及时更新网站', null]])
  })

  it('should read 社区安全员 as the post, not a person named 安全员', () => {
    expect(tasks(lead + '会议要求,社区安全员每周开展巡查。\n')).toEqual([['社区安全员', '每周开展巡查', null]])
  })

  it('should still give nothing to every village’s officer (各村信息员)', () => {
    expect(tasks(lead + '会议要求,各村信息员要及时上报。\n')).toEqual([])
  })
})
