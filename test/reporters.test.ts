import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

const lead = '2024年4月3日，县长周志强主持召开县政府第5次常务会议。现纪要如下：\n一、研究资金筹措事宜\n'

function reportersOf(body: string): string[] {
  return parseMinutes(lead + body).items[0].reporters
}

describe('reporters', () => {
  it('should read the maker of a report named without 关于: 听取了X的汇报', () => {
    expect(reportersOf('会议听取了县卫健局的汇报，原则同意。')).toEqual(['县卫健局'])
    expect(reportersOf('会议听取了县卫健局、县财政局的情况汇报。会议同意。')).toEqual(['县卫健局', '县财政局'])
    expect(reportersOf('会议听取并审议了县审计局的工作报告。')).toEqual(['县审计局'])
  })

  it('should not take what the report is about for its maker', () => {
    // 的 after a matter, not a body: `听取了资金筹措的情况汇报`.
    expect(reportersOf('会议听取了资金筹措的情况汇报。')).toEqual([])
    expect(reportersOf('会议听取了县卫健局关于资金筹措的汇报。')).toEqual(['县卫健局'])
  })
})
