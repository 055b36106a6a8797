import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's ordinal and heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => [item.ordinal, item.heading])
}

describe('an item glued after a hijacked mirror\'s bracket between sentences (blind19-h50 r4)', () => {
  const lead = '2025年3月2日,院长柯远主持召开院长办公会。会议研究了以下事项:'

  it('should open the next item after 。【…】', () => {
    const text = `${lead}一、研究教材选用工作。会议同意该方案。二、审议学院差旅费管理细则。会议原则通过该细则。【葡京娱乐 注册送彩金】三、研究校友返校日安排。会议同意于5月举办。\n`
    expect(headings(text)).toEqual([
      ['一', '研究教材选用工作'],
      ['二', '审议学院差旅费管理细则'],
      ['三', '研究校友返校日安排']
    ])
  })

  it('should not open one after a bracket inside a sentence', () => {
    const inside = `${lead}一、研究教材选用工作。会议同意该方案,由教务办【负责】二、三年级教材征订。\n`
    expect(headings(inside)).toEqual([['一', '研究教材选用工作']])
  })
})

/** Each item's assignments as [owner, task]. */
function owners(text: string) {
  return analyze(text).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
}

describe('a named officer empowered to sign (blind19-h50 r6)', () => {
  const lead = '2025年6月3日,董事长祝远航主持召开第三届董事会第四次会议。\n议案一:《关于申请项目贷款的议案》\n'

  it('should give the signing to 董事长X after 授权 or 由', () => {
    expect(owners(`${lead}同意公司申请项目贷款2亿元,授权董事长祝远航签署借款合同及相关文件。\n`)).toEqual([[['祝远航', '签署借款合同及相关文件']]])
    expect(owners(`${lead}同意申请贷款,由总经理葛清签署相关协议。\n`)).toEqual([[['葛清', '签署相关协议']]])
  })

  it('should give it to no one where only the office is named', () => {
    expect(owners(`${lead}同意申请贷款,授权法定代表人签署相关协议。\n`)).toEqual([[]])
  })
})
