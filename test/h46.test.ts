import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions (text) and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const news = '县政府召开第6次常务会议\n5月8日，县长柏青原主持召开县政府第6次常务会议。\n'

describe('a bracketed topic in 事项 heads its matter (blind19-h46 r2)', () => {
  it('should head a matter by a topic such as 【人事事项】', () => {
    const text = `${news}【乡村道路】\n会议听取了县交通局关于乡村道路养护的汇报。\n【人事事项】\n会议研究了干部任免事项。\n`
    expect(read(text).map((item) => item.heading)).toEqual(['乡村道路', '人事事项'])
  })

  it('should still pass over a label of a kind of matters such as 【审议事项】', () => {
    const text = `${news}【审议事项】\n会议审议了《县河道采砂管理办法》。\n会议审议了《县公共资源交易目录》。\n【其他事项】\n会议还研究了其他事项。\n`
    expect(read(text).map((item) => item.heading)).toEqual(['会议审议了《县河道采砂管理办法》', '会议审议了《县公共资源交易目录》', '会议还研究了其他事项'])
  })
})
