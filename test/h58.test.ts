import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's assignments as [owner, task, due]. */
function tasks(text: string) {
  return analyze(text).record.items.map((item) => item.assignments.map((each) => [each.owner, each.task, each.due]))
}

describe('Word bullets a copy saved as text keeps as private-use characters (blind21-h58 r1)', () => {
  const saved = (bullet: string) =>
    [
      '2026年6月3日上午，副县长韦长林主持召开专题会议，研究防汛准备工作。现纪要如下：',
      '一、\t关于汛前检查',
      '会议强调：',
      `${bullet}\t县水利局牵头组织水库安全检查，6月10日前完成；`,
      `${bullet}\t县应急局要备足抢险物资。`
    ].join('\n') + '\n'

  it('should give each unit after a Wingdings dot and a tab its task', () => {
    expect(tasks(saved('\uf06c'))).toEqual([
      [
        ['县水利局', '牵头组织水库安全检查，6月10日前完成', '6月10日前'],
        ['县应急局', '要备足抢险物资', null]
      ]
    ])
  })

  it('should read a Symbol dot and a Wingdings arrowhead so', () => {
    expect(tasks(saved('\uf0b7'))).toEqual(tasks(saved('\uf06c')))
    expect(tasks(saved('\uf0d8'))).toEqual(tasks(saved('\uf06c')))
  })
})

describe('a Markdown task list under a label of the work to follow up (blind21-h58 r1)', () => {
  const exported = (box: string, label: string) =>
    [
      '# 桐溪县文旅局局务会议纪要',
      '',
      '**会议时间**：2026年7月2日上午',
      '',
      '## 一、研究暑期景区安全工作',
      '',
      '会议同意暑期景区安全检查方案。',
      '',
      label,
      '',
      `- ${box} 市场管理股：收集景区游乐设施检验报告`,
      `- ${box} 办公室：汇总各景区应急预案，7月10日前报局长`
    ].join('\n') + '\n'

  it('should give each unit before its colon the rest of the line', () => {
    expect(tasks(exported('[ ]', '待办：'))).toEqual([
      [
        ['市场管理股', '收集景区游乐设施检验报告', null],
        ['办公室', '汇总各景区应急预案，7月10日前报局长', '7月10日前']
      ]
    ])
  })

  it('should read a ticked box as an open one', () => {
    expect(tasks(exported('[x]', '待办事项：'))).toEqual(tasks(exported('[ ]', '待办：')))
  })

  it('should give a bare unit line no task without such a label', () => {
    expect(tasks(exported('[ ]', '其他：'))[0]?.map((each) => each[0])).toEqual(['办公室'])
  })
})
