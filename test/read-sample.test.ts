import {readFileSync} from 'node:fs'
import {AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun} from 'docx'
import {committedFixtures} from './fixture-files.js'
import {describe, expect, it} from 'vitest'
import type {Input} from '../src/read/index.js'
import {analyzeInput, readInput} from '../src/read/index.js'
import type {MinutesRecord, Position} from '../src/record.js'

const sample = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
const lines = sample.split('\n').filter((line) => line.trim() !== '')
const itemLine = /^[一二三四五六七八九十]+、/

const reference = analyzeInput({text: sample, format: 'text', encoding: 'utf-8', positionsRefer: 'source', origin: null}).record

/** The sample as Markdown: `## 一、…` headings and paragraphs. */
const markdown = ['# 市政府常务会议纪要', ...lines.map((line) => (itemLine.test(line) ? `## ${line}` : line.trim()))].join('\n\n') + '\n'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The sample as a saved government page: `<h2>`/`<p>`, with head, scripts and navigation around it. */
const html = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN"><head><meta charset="utf-8"><title>常务会议纪要</title>',
  '<style>h2 { font-size: 16px }</style><script>window.stat = "一、不是正文"</script></head>',
  '<body><nav><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></nav>',
  '<div class="article">',
  '<h1>市政府常务会议纪要</h1>',
  ...lines.map((line) => (itemLine.test(line) ? `<h2>${escape(line)}</h2>` : `<p>\n  ${escape(line.trim())}\n</p>`)),
  '</div></body></html>'
].join('\n')

/** The sample as Word: items one to five numbered by a chineseCounting list, six to nine typed. */
async function docx(): Promise<Uint8Array> {
  let items = 0
  const paragraphs = [new Paragraph({children: [new TextRun('市政府常务会议纪要')]})]
  for (const line of lines) {
    const listed = itemLine.test(line) && ++items <= 5
    paragraphs.push(
      new Paragraph({
        children: [new TextRun(listed ? line.replace(itemLine, '') : line.trim())],
        numbering: listed ? {reference: 'items', level: 0} : undefined
      })
    )
  }
  const document = new Document({
    numbering: {
      config: [{reference: 'items', levels: [{level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT}]}]
    },
    sections: [{children: paragraphs}]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** What must match the text reading: each item's ordinal, heading, reporters, documents and points. */
function summary(record: MinutesRecord): unknown {
  return record.items.map((item) => ({
    ordinal: item.ordinal,
    heading: item.heading,
    reporters: item.reporters,
    documents: item.documents,
    points: withoutPositions(item.points),
    decisions: item.decisions.map((decision) => decision.text),
    instructions: withoutPositions(item.instructions)
  }))
}

function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'position' && key !== 'positions' && key !== 'cuePosition')
      .map(([key, child]) => [key, withoutPositions(child)])
  )
}

/** Each heading, reporter and document of the record read back from the text its positions point into. */
function expectValuesAt(record: MinutesRecord, text: string): void {
  const at = (position: Position): string => text.slice(position.start.offset, position.end.offset)
  for (const item of record.items) {
    expect(at(item.positions.heading)).toBe(item.heading)
    item.reporters.forEach((reporter, index) => expect(at(item.positions.reporters[index])).toBe(reporter))
    item.documents.forEach((document, index) => expect(at(item.positions.documents[index])).toContain(document))
    if (item.ordinal && item.positions.ordinal) expect(at(item.positions.ordinal)).toContain(item.ordinal)
  }
}

/** Every point's line and column (in a record, tree or messages) agree with its offset in the text. */
function expectLinesAgree(value: unknown, text: string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') {
      if ('line' in node && 'column' in node && 'offset' in node) {
        const {line, column, offset} = node as {line: number; column: number; offset: number}
        const before = text.slice(0, offset).split(/\r\n|\r|\n/)
        expect([before.length, before.at(-1)?.length]).toEqual([line, column - 1])
      } else Object.values(node).forEach(visit)
    }
  }
  visit(value)
}

async function read(bytes: Uint8Array, path: string): Promise<{input: Input; record: MinutesRecord}> {
  const input = await readInput(bytes, {path})
  return {input, record: analyzeInput(input, {path}).record}
}

describe('the sample in every format', () => {
  it('should read nine items from the text', () => {
    expect(reference.items).toHaveLength(9)
  })

  it('should read the same items from Markdown, with positions into the Markdown', async () => {
    const {input, record} = await read(new TextEncoder().encode(markdown), 'sample.md')
    expect(record.source).toEqual({path: 'sample.md', format: 'markdown', encoding: 'utf-8', positionsRefer: 'source'})
    expect(summary(record)).toEqual(summary(reference))
    expectValuesAt(record, markdown)
    expectLinesAgree(record, markdown)
    expect(input.origin?.source).toBe(markdown)
  })

  it('should move the tree and messages onto the Markdown too: every text node reads back from the file', async () => {
    const input = await readInput(new TextEncoder().encode(markdown), {path: 'sample.md'})
    const {tree, messages} = analyzeInput(input)
    let count = 0
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const {type, value, position, children} = node as {type?: string; value?: unknown; position?: Position; children?: unknown[]}
      if ((type === 'text' || type === 'heading') && typeof value === 'string' && position) {
        count++
        expect(markdown.slice(position.start.offset, position.end.offset)).toBe(value)
      }
      children?.forEach(visit)
    }
    visit(tree)
    expect(count).toBeGreaterThan(30)
    expectLinesAgree(messages, markdown)
  })

  it('should read the same items from an HTML page, with positions into the HTML', async () => {
    const {record} = await read(new TextEncoder().encode(html), 'sample.html')
    expect(record.source).toEqual({path: 'sample.html', format: 'html', encoding: 'utf-8', positionsRefer: 'source'})
    expect(summary(record)).toEqual(summary(reference))
    expectValuesAt(record, html)
    expectLinesAgree(record, html)
  })

  it('should read the same items from Word, list-numbered and typed, with positions into the extracted text', async () => {
    const {input, record} = await read(await docx(), 'sample.docx')
    expect(record.source).toEqual({path: 'sample.docx', format: 'docx', encoding: 'utf-8', positionsRefer: 'extracted-text'})
    expect(input.text.split('\n').filter((line) => itemLine.test(line)).map((line) => line.slice(0, 2))).toEqual([
      '一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、'
    ])
    expect(summary(record)).toEqual(summary(reference))
    expectValuesAt(record, input.text)
  })

  it('should give the messages positions in the file too', async () => {
    const skipped = '## 一、甲\n\n会议原则同意。\n\n## 三、乙\n\n会议原则同意。\n'
    const input = await readInput(new TextEncoder().encode(skipped), {path: 'a.md'})
    const {messages} = analyzeInput(input)
    const skip = messages.find((message) => message.ruleId === 'skipped-ordinal')
    expect(skip).toBeDefined()
    if (skip) expect(skip.place.start.line).toBe(5)
  })
})

describe('fixtures/formats', () => {
  // The sample in each format, for trying the CLI (`jiyao fixtures/formats/sample.docx`);
  // `UPDATE=1 npx vitest run test/read-sample.test.ts` rewrites them.
  const folder = new URL('../fixtures/formats/', import.meta.url)

  it('should hold the sample as Markdown, HTML and Word, as built here', async () => {
    const built: Array<[string, Uint8Array]> = [
      ['sample.md', new TextEncoder().encode(markdown)],
      ['sample.html', new TextEncoder().encode(html)],
      ['sample.docx', await docx()]
    ]
    const committed = committedFixtures(folder, built)
    for (const [index, [name, bytes]] of committed.entries()) {
      // A .docx holds its creation time, so Word files are compared by the text they give.
      const text = (await readInput(bytes, {path: name})).text
      expect(text, name).toBe((await readInput(built[index][1], {path: name})).text)
    }
  })
})

describe('own minutes in every format', () => {
  const title = '区政府第十二次常务会议纪要'
  const lead = '2024年3月5日上午，王明区长主持召开区政府第十二次常务会议。现纪要如下：'
  const items = [
    {
      heading: '审议《社区养老服务设施建设方案》',
      body: ['会议听取了区民政局关于《社区养老服务设施建设方案》的汇报。会议原则同意该《方案》。', '会议强调：'],
      points: ['要加强统筹，明确分工。', '要抓好落实，按月调度。']
    },
    {
      heading: '听取区教育局关于校园安全工作的汇报',
      body: ['会议听取了区教育局关于校园安全工作的汇报。', '会议要求：'],
      points: ['要排查隐患。', '要完善预案。']
    }
  ]
  const ordinals = ['一', '二']
  const text = [
    title,
    lead,
    ...items.flatMap((item, index) => [`${ordinals[index]}、${item.heading}`, ...item.body, ...item.points.map((point, at) => `（${ordinals[at]}）${point}`)])
  ].join('\n')
  const expected = withoutPositions({...analyzeInput({text, format: 'text', encoding: null, positionsRefer: 'source', origin: null}).record, source: null})

  it('should read two items with two points each from the text', () => {
    const record = analyzeInput({text, format: 'text', encoding: null, positionsRefer: 'source', origin: null}).record
    expect(record.items.map((item) => item.heading)).toEqual(items.map((item) => item.heading))
    // The points under `会议强调：` are the item's and the instruction's.
    expect(record.items.map((item) => item.points.length)).toEqual([2, 2])
    expect(record.items.map((item) => item.instructions.flatMap((instruction) => instruction.points).length)).toEqual([2, 2])
  })

  it('should read the same record from Word with items and points numbered by lists', async () => {
    const listed = (content: string, level: number): Paragraph =>
      new Paragraph({children: [new TextRun(content)], numbering: {reference: 'minutes', level}})
    const document = new Document({
      numbering: {
        config: [
          {
            reference: 'minutes',
            levels: [
              {level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT},
              {level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT}
            ]
          }
        ]
      },
      sections: [
        {
          children: [
            new Paragraph({children: [new TextRun(title)]}),
            new Paragraph({children: [new TextRun(lead)]}),
            ...items.flatMap((item) => [
              listed(item.heading, 0),
              ...item.body.map((line) => new Paragraph({children: [new TextRun(line)]})),
              ...item.points.map((point) => listed(point, 1))
            ])
          ]
        }
      ]
    })
    const {input, record} = await read(new Uint8Array(await Packer.toBuffer(document)), 'minutes.docx')
    expect(input.text).toBe(text)
    expect(withoutPositions({...record, source: null})).toEqual(expected)
  })

  it('should read the same record from a page indented with no-break and ideographic spaces, with CRLF', async () => {
    const page = [
      '<html><head><meta charset="utf-8"></head><body>',
      `<div class="content"><p align="center"><b>${title}</b></p>`,
      `<p style="text-indent: 2em">&nbsp;&nbsp;&nbsp;&nbsp;${lead}</p>`,
      ...items.flatMap((item, index) => [
        `<p><strong>${ordinals[index]}、${item.heading}</strong></p>`,
        ...item.body.map((line) => `<p>\u3000\u3000${line}</p>`),
        ...item.points.map((point, at) => `<p>\u3000\u3000（${ordinals[at]}）${point}</p>`)
      ]),
      '</div></body></html>'
    ].join('\r\n')
    const {record} = await read(new TextEncoder().encode(page), 'minutes.html')
    expect(withoutPositions({...record, source: null})).toEqual(expected)
    expectValuesAt(record, page)
    expectLinesAgree(record, page)
  })

  it('should read the same record from Markdown with CRLF, positions and lines in the file', async () => {
    const markdown = [
      `# ${title}`,
      lead,
      ...items.flatMap((item, index) => [`## ${ordinals[index]}、${item.heading}`, ...item.body, ...item.points.map((point, at) => `**（${ordinals[at]}）** ${point}`)])
    ].join('\r\n\r\n')
    const {record} = await read(new TextEncoder().encode(markdown), 'minutes.md')
    expect(withoutPositions({...record, source: null})).toEqual(expected)
    expectValuesAt(record, markdown)
    expectLinesAgree(record, markdown)
  })
})
