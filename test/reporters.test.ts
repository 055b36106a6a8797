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

  it('should read who presents a point that is a matter of its own: (一)X汇报了…', () => {
    const text =
      '2024年10月29日，院长唐明主持召开院长办公会议。纪要如下：\n' +
      '一、关于近期医疗业务工作\n' +
      '（一）医务科汇报了三季度医疗质量控制情况。会议要求医务科加强督导检查。\n' +
      '（二）门诊部、护理部分别汇报了预约诊疗和护理人力配置情况。\n' +
      '（三）医务科要加强病历质控。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['医务科', '门诊部', '护理部'])
  })

  it('should not read the owner of a point for a reporter', () => {
    // `（一）X要…` gives X a task; nothing is presented.
    const text = '2024年10月29日，院长唐明主持召开院长办公会议。纪要如下：\n一、关于医疗质量\n会议要求：\n（一）医务科要加强病历质控；\n（二）护理部负责汇报护理质量月度数据。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })
})

describe('reporters named bare', () => {
  const community = '某社区居委会会议记录\n会议时间：2024年7月2日\n主持人：黄丽萍\n参会人员：黄丽萍、周建国、吴秀英\n会议内容：\n一、研究夏季防汛工作\n'

  it('should take a bare name the minutes list elsewhere that reports at a clause start', () => {
    expect(parseMinutes(community + '周建国通报了辖区低洼地段排查情况。会议决定成立防汛小分队。\n').items[0].reporters).toEqual(['周建国'])
    expect(parseMinutes(community + '吴秀英就物资储备作了说明。\n').items[0].reporters).toEqual(['吴秀英'])
  })

  it('should find the name listed elsewhere whatever the line ends (CRLF) or a tab around it', () => {
    const crlf = (community + '周建国通报了辖区低洼地段排查情况。\n').replace(/\n/g, '\r\n')
    expect(parseMinutes(crlf).items[0].reporters).toEqual(['周建国'])
    const tabbed = community.replace('黄丽萍、周建国、吴秀英', '黄丽萍\t周建国\t吴秀英') + '周建国通报了辖区低洼地段排查情况。\n'
    expect(parseMinutes(tabbed).items[0].reporters).toEqual(['周建国'])
  })

  it('should take no reporter for a bare name the minutes introduce nowhere', () => {
    expect(parseMinutes(community + '郑海通报了辖区低洼地段排查情况。\n').items[0].reporters).toEqual([])
  })
})
