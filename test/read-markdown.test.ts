import {describe, expect, it} from 'vitest'
import type {Input} from '../src/read/index.js'
import {analyzeInput, readInput} from '../src/read/index.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Every CJK character of the extracted text comes from the same character in the file. */
function expectCharactersFromSource(input: Input): void {
  const origin = input.origin
  expect(origin).not.toBeNull()
  if (!origin) return
  expect(origin.starts.length).toBe(input.text.length)
  for (let index = 0; index < input.text.length; index++) {
    if (/[\u4e00-\u9fff]/.test(input.text[index])) {
      expect(origin.source.slice(origin.starts[index], origin.ends[index])).toBe(input.text[index])
    }
  }
}

describe('readInput: Markdown', () => {
  it('should make headings, paragraphs and list items lines, by extension', async () => {
    const markdown = '# 区政府常务会议纪要\n\n## 一、审议《社区养老服务方案》\n\n会议**原则同意**该《方案》。\n\n1. 要加强统筹。\n2. 要抓好落实。\n'
    const input = await readInput(encode(markdown), {path: 'minutes.md'})
    expect(input.format).toBe('markdown')
    expect(input.positionsRefer).toBe('source')
    expect(input.encoding).toBe('utf-8')
    expect(input.text).toBe('区政府常务会议纪要\n一、审议《社区养老服务方案》\n会议原则同意该《方案》。\n1.要加强统筹。\n2.要抓好落实。\n')
    expectCharactersFromSource(input)
  })

  it('should keep the text of emphasis, links and inline code', async () => {
    const input = await readInput(encode('会议*强调*，由[市民政局](https://example.org)牵头落实`养老`工作。\n'), {from: 'markdown'})
    expect(input.text).toBe('会议强调，由市民政局牵头落实养老工作。\n')
    expectCharactersFromSource(input)
  })

  it('should write the numbers an ordered list shows, not the digits typed', async () => {
    const input = await readInput(encode('3. 甲\n1. 乙\n1. 丙\n'), {from: 'markdown'})
    expect(input.text).toBe('3.甲\n4.乙\n5.丙\n')
    // The shown `4.` is tied to the typed marker `1.` on line 2.
    const {starts, ends, source} = input.origin ?? {starts: [], ends: [], source: ''}
    const four = input.text.indexOf('4')
    expect(source.slice(starts[four], ends[four])).toBe('1.')
  })

  it('should keep soft line breaks as line ends, as the text reader does', async () => {
    const input = await readInput(encode('会议强调：\n（一）要加强统筹。\n（二）要抓好落实。\n'), {from: 'markdown'})
    expect(input.text).toBe('会议强调：\n（一）要加强统筹。\n（二）要抓好落实。\n')
  })

  it('should decode entities and escapes, and read block quotes and nested lists', async () => {
    const input = await readInput(encode('> 甲&amp;乙\\*\n\n- 丙\n  - 丁\n'), {from: 'markdown'})
    expect(input.text).toBe('甲&乙*\n丙\n丁\n')
    expectCharactersFromSource(input)
  })

  it('should read Markdown in GB18030 and say so', async () => {
    // `## 一、甲` in GB18030: 一 D2BB, 、 A1A2, 甲 BCD7.
    const bytes = new Uint8Array([0x23, 0x23, 0x20, 0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd7, 0x0a])
    const input = await readInput(bytes, {path: 'a.md'})
    expect([input.text, input.encoding]).toEqual(['一、甲\n', 'gb18030'])
  })

  it('should sniff Markdown on stdin from a heading', async () => {
    const input = await readInput(encode('前言\n\n## 一、甲\n'))
    expect(input.format).toBe('markdown')
  })

  it('should sniff plain text on stdin when there is no heading or tag', async () => {
    const input = await readInput(encode('一、甲\n会议强调，乙。\n'))
    expect(input.format).toBe('text')
    expect(input.origin).toBeNull()
  })
})

describe('readInput: Markdown headings numbered as lists are', () => {
  const markdown =
    '# 技术部周会纪要\n\n- 日期：2024年4月8日\n\n## 1. 上周进展\n\n- 支付模块重构完成。\n\n## 2. 问题与决定\n\n1. 日志量过大。会议决定日志保留期调整为30天，由运维部负责配置调整，本周三前完成。\n2. 审核被驳回。由产品部牵头整改，4月12日前重新提交。\n\n## 3. 待办事项\n\n会议同意下周上线。\n'

  it('should keep where each heading starts in the text', async () => {
    const input = await readInput(encode(markdown), {path: 'weekly.md'})
    expect(input.headings?.map((start) => input.text.slice(start, input.text.indexOf('\n', start)))).toEqual([
      '技术部周会纪要',
      '1. 上周进展',
      '2. 问题与决定',
      '3. 待办事项'
    ])
  })

  it('should make the numbered headings the items and the numbered list under one its points', async () => {
    const {record} = analyzeInput(await readInput(encode(markdown), {path: 'weekly.md'}), {path: 'weekly.md'})
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['1', '上周进展', 0],
      ['2', '问题与决定', 2],
      ['3', '待办事项', 0]
    ])
    expect(record.items[1].assignments.map((made) => [made.owner, made.due])).toEqual([
      ['运维部', '本周三前'],
      ['产品部', '4月12日前']
    ])
  })

  it('should read the same text, without the headings, as numbered lines all of one list, as before', async () => {
    const input = await readInput(encode(markdown), {path: 'weekly.md'})
    const {record} = analyzeInput({...input, headings: []}, {path: 'weekly.md'})
    expect(record.items.map((item) => item.heading)).toEqual(['上周进展', '问题与决定', '日志量过大', '审核被驳回', '待办事项'])
  })
})

