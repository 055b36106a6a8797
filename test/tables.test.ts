/**
 * Tables of tasks (督办表): a header row naming a task column and an owner
 * column, then a row per task, as text with `|`, as Markdown, and as an HTML
 * table (whose rows the reader gives as tab-separated cells).
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import {analyzeInput, readInput} from '../src/read/index.js'
import type {Assignment} from '../src/record.js'

const lead = '2024年6月3日上午，区长王建国主持召开区政府第12次常务会议。\n\n'

/** Owner, role, task, due and ISO date of each assignment, and that each slices back. */
function rows(assignments: Assignment[], source: string): string[][] {
  return assignments.map((assignment) => {
    const {owner, task, due} = assignment.positions
    expect(source.slice(owner.start.offset, owner.end.offset)).toBe(assignment.owner)
    expect(source.slice(task.start.offset, task.end.offset)).toBe(assignment.task)
    if (due) expect(source.slice(due.start.offset, due.end.offset)).toBe(assignment.due)
    return [assignment.owner, assignment.role, assignment.task, assignment.due ?? '-', assignment.dueDate ?? '-']
  })
}

describe('tables of tasks', () => {
  it('should give each row’s owners its task and deadline, in a `|` table', () => {
    const text =
      lead +
      '一、审议《区老旧小区改造三年行动方案》\n' +
      '会议原则同意该方案。会议议定事项如下：\n' +
      '| 序号 | 议定事项 | 责任单位 | 完成时限 |\n' +
      '| --- | --- | --- | --- |\n' +
      '| 1 | 修改完善方案后印发实施 | 区住建局 | 2024年6月30日前 |\n' +
      '| 2 | 落实改造资金 | 区财政局、区住建局 | 7月底前 |\n' +
      '二、听取区应急管理局关于汛期安全工作的汇报\n' +
      '会议强调，各街道要压实防汛责任。\n'
    const record = parseMinutes(text)
    expect(rows(record.items[0].assignments, text)).toEqual([
      ['区住建局', 'responsible', '修改完善方案后印发实施', '2024年6月30日前', '2024-06-30'],
      ['区财政局', 'responsible', '落实改造资金', '7月底前', '2024-07-31'],
      ['区住建局', 'responsible', '落实改造资金', '7月底前', '2024-07-31']
    ])
    expect(record.items[0].assignments[1].positions.task.start.line).toBe(8)
    // `议定事项如下` announces the table; only the approval is a decision.
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该方案'])
    expect(record.items[1].assignments).toEqual([])
  })

  it('should read lead and supporting owner columns, and a deadline without 前 in its column', async () => {
    const page =
      '<html><body><h1>区政府第12次常务会议纪要</h1>' +
      '<p>2024年6月3日上午，区长王建国主持召开区政府第12次常务会议。</p>' +
      '<p>一、审议《区老旧小区改造三年行动方案》</p>' +
      '<table>' +
      '<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时间</td></tr>' +
      '<tr><td>1</td><td>编制改造计划</td><td>区住建局</td><td>区发改局、区财政局</td><td>6月底</td></tr>' +
      '<tr><td>2</td><td>做好居民意见征集</td><td>各街道</td><td></td><td>长期坚持</td></tr>' +
      '</table></body></html>'
    const input = await readInput(new TextEncoder().encode(page), {path: 'page.html'})
    const {record} = analyzeInput(input, {path: 'page.html'})
    // Positions refer to the HTML; `各街道` is an audience, not an owner.
    expect(rows(record.items[0].assignments, page)).toEqual([
      ['区住建局', 'lead', '编制改造计划', '6月底', '2024-06-30'],
      ['区发改局', 'support', '编制改造计划', '6月底', '2024-06-30'],
      ['区财政局', 'support', '编制改造计划', '6月底', '2024-06-30']
    ])
  })

  it('should read the same table written in Markdown', async () => {
    const markdown =
      '# 区政府第12次常务会议纪要\n\n' +
      lead +
      '## 一、审议《区老旧小区改造三年行动方案》\n\n' +
      '| 议定事项 | 责任单位 |\n' +
      '| --- | --- |\n' +
      '| 修改完善方案后印发实施 | 区住建局 |\n'
    const input = await readInput(new TextEncoder().encode(markdown), {path: 'x.md'})
    const {record} = analyzeInput(input, {path: 'x.md'})
    expect(rows(record.items[0].assignments, markdown)).toEqual([['区住建局', 'responsible', '修改完善方案后印发实施', '-', '-']])
  })

  it('should read a project table, and leave out the column of the overseeing leader', () => {
    const text =
      lead +
      '一、研究重点项目推进工作\n' +
      '| 序号 | 项目名称 | 牵头领导 | 责任单位 | 时限 |\n' +
      '| 1 | 城东污水处理厂扩建 | 李副区长 | 区水务局 | 9月底前 |\n'
    expect(rows(parseMinutes(text).items[0].assignments, text)).toEqual([['区水务局', 'responsible', '城东污水处理厂扩建', '9月底前', '2024-09-30']])
  })

  it('should read no tasks from rows without a header naming a task and an owner column', () => {
    const text =
      lead +
      '一、听取区统计局关于一季度经济运行情况的汇报\n' +
      '| 指标 | 数值 | 责任单位 |\n' +
      '| 地区生产总值 | 增长5.2% | 区统计局 |\n' +
      '| 议定事项 | 完成时限 |\n' +
      '| 做好二季度监测 | 6月底 |\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })

  it('should end a table at the first line that is not a row', () => {
    const text =
      lead +
      '一、审议《区老旧小区改造三年行动方案》\n' +
      '| 议定事项 | 责任单位 |\n' +
      '| 修改完善方案 | 区住建局 |\n' +
      '会议强调，要统筹推进。\n' +
      '| 区财政局 | 区发改局 |\n'
    expect(parseMinutes(text).items[0].assignments.map((assignment) => assignment.owner)).toEqual(['区住建局'])
  })
})
