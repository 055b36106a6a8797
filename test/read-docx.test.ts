import {AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
import {crc32} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {ReadError, readInput} from '../src/read/index.js'
import {formatOrdinal} from '../src/read/ordinal.js'

const levels = [
  {level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT},
  {level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT},
  {level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT},
  {level: 3, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE_CHINESE, text: '%4', alignment: AlignmentType.LEFT}
]

async function build(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const document = new Document({numbering: {config: [{reference: 'minutes', levels}]}, sections: [{children}]})
  return new Uint8Array(await Packer.toBuffer(document))
}

const typed = (text: string): Paragraph => new Paragraph({children: [new TextRun(text)]})
const listed = (text: string, level: number): Paragraph =>
  new Paragraph({children: [new TextRun(text)], numbering: {reference: 'minutes', level}})

describe('readInput: Word', () => {
  it('should read paragraphs in order with the list numbers Word shows', async () => {
    const bytes = await build([
      typed('区政府常务会议纪要'),
      listed('审议《社区养老服务方案》', 0),
      typed('会议强调：'),
      listed('要加强统筹。', 1),
      listed('要抓好落实。', 1),
      listed('细化分工。', 2),
      listed('按月调度。', 3),
      listed('听取区教育局工作汇报', 0),
      listed('要保障安全。', 1)
    ])
    const input = await readInput(bytes, {path: 'minutes.docx'})
    expect(input).toEqual({
      text: [
        '区政府常务会议纪要',
        '一、审议《社区养老服务方案》',
        '会议强调：',
        '（一）要加强统筹。',
        '（二）要抓好落实。',
        '1.细化分工。',
        '①按月调度。',
        '二、听取区教育局工作汇报',
        '（一）要保障安全。'
      ].join('\n'),
      format: 'docx',
      encoding: 'utf-8',
      positionsRefer: 'extracted-text',
      origin: null
    })
  })

  it('should keep typed numbering as typed beside list numbering', async () => {
    const bytes = await build([listed('甲', 0), listed('乙', 0), typed('三、丙'), typed('（一）丁')])
    expect((await readInput(bytes, {path: 'a.docx'})).text).toBe('一、甲\n二、乙\n三、丙\n（一）丁')
  })

  it('should count past ten as Word does', async () => {
    const bytes = await build(Array.from({length: 12}, (_, index) => listed(`第${index + 1}项`, 0)))
    const lines = (await readInput(bytes, {path: 'a.docx'})).text.split('\n')
    expect(lines.slice(9)).toEqual(['十、第10项', '十一、第11项', '十二、第12项'])
  })

  it('should join the runs of a paragraph, and the cells of a table row with tabs', async () => {
    const cell = (...paragraphs: string[]): TableCell => new TableCell({children: paragraphs.map(typed)})
    const bytes = await build([
      new Paragraph({children: [new TextRun('会议'), new TextRun({text: '原则同意', bold: true}), new TextRun('该方案。')]}),
      new Table({
        rows: [
          new TableRow({children: [cell('出席：'), cell('张明、李华')]}),
          new TableRow({children: [cell('列席：'), cell('王强', '赵敏')]})
        ]
      })
    ])
    expect((await readInput(bytes, {path: 'a.docx'})).text).toBe('会议原则同意该方案。\n出席：\t张明、李华\n列席：\n王强\n赵敏')
  })

  it('should sniff a Word document on stdin', async () => {
    const input = await readInput(await build([typed('甲')]))
    expect([input.format, input.text]).toEqual(['docx', '甲'])
  })

  it('should refuse a ZIP that is not a Word document, naming the file', async () => {
    // An empty ZIP: only the end-of-central-directory record.
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)])
    const error = await readInput(empty, {path: 'a.docx'}).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(ReadError)
    expect((error as ReadError).message).toBe('a.docx: not a Word document (no word/document.xml)')
  })

  it('should refuse bytes that are not a ZIP when told they are Word', async () => {
    const error = await readInput(new TextEncoder().encode('一、甲'), {path: 'a.docx'}).catch((error: unknown) => error)
    expect((error as ReadError).message).toBe('a.docx: not a Word document (not a ZIP archive (no central directory))')
  })
})

describe('formatOrdinal', () => {
  it('should write Chinese counting as Word displays it', () => {
    expect([1, 10, 11, 20, 21, 100, 101].map((number) => formatOrdinal(number, 'chineseCounting'))).toEqual([
      '一', '十', '十一', '二十', '二十一', '一百', '一百零一'
    ])
  })

  it('should write the other formats minutes use', () => {
    expect(formatOrdinal(12, 'chineseLegalSimplified')).toBe('壹拾贰')
    expect(formatOrdinal(3, 'decimalEnclosedCircleChinese')).toBe('③')
    expect(formatOrdinal(3, 'ideographTraditional')).toBe('丙')
    expect(formatOrdinal(4, 'upperRoman')).toBe('IV')
    expect(formatOrdinal(28, 'lowerLetter')).toBe('bb')
    expect(formatOrdinal(7, 'decimalZero')).toBe('07')
    expect(formatOrdinal(5, 'ordinalText')).toBe('5')
  })
})

/** A stored (uncompressed) ZIP of the given parts, to write WordprocessingML by hand. */
function zip(parts: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder()
  const locals: number[] = []
  const central: number[] = []
  const u16 = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff]
  const u32 = (value: number): number[] => [...u16(value & 0xffff), ...u16(value >>> 16)]
  for (const [name, content] of Object.entries(parts)) {
    const nameBytes = [...encoder.encode(name)]
    const data = encoder.encode(content)
    const crc = crc32(data)
    const offset = locals.length
    const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)]
    locals.push(...u32(0x04034b50), ...common, ...nameBytes, ...data)
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes)
  }
  const count = Object.keys(parts).length
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(locals.length), ...u16(0)]
  return new Uint8Array([...locals, ...central, ...end])
}

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

function word(body: string, numbering: string, styles = ''): Uint8Array {
  return zip({
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${w}><w:body>${body}</w:body></w:document>`,
    'word/numbering.xml': `<w:numbering ${w}>${numbering}</w:numbering>`,
    'word/styles.xml': `<w:styles ${w}>${styles}</w:styles>`
  })
}

const level = (index: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${index}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`

const paragraph = (text: string, properties = ''): string => `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const numbered = (text: string, numId: number, ilvl = 0): string =>
  paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`)

describe('readInput: Word numbering by hand', () => {
  const chinese = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%1.%3', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

  it('should number paragraphs whose style carries the list, as heading styles do', async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`
    const body = [
      paragraph('审议甲', '<w:pStyle w:val="Heading1"/>'),
      paragraph('要做好', '<w:pStyle w:val="Heading2"/>'),
      paragraph('正文'),
      paragraph('审议乙', '<w:pStyle w:val="Heading1"/>'),
      paragraph('要做实', '<w:pStyle w:val="Heading2"/>')
    ].join('')
    expect((await readInput(word(body, chinese, styles), {path: 'a.docx'})).text).toBe('一、审议甲\n（一）要做好\n正文\n二、审议乙\n（一）要做实')
  })

  it('should write legal numbering in decimal and restart a list instance with a start override', async () => {
    const numbering = chinese.replace('</w:num>', '</w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    const body = [numbered('甲', 1), numbered('甲甲', 1, 2), numbered('乙', 1), numbered('戊', 2), numbered('己', 2)].join('')
    expect((await readInput(word(body, numbering), {path: 'a.docx'})).text).toBe('一、甲\n1.1 甲甲\n二、乙\n五、戊\n六、己')
  })

  it('should leave out deleted, hidden and field-code text, and keep inserted, linked and tabbed text', async () => {
    const body =
      '<w:p><w:r><w:t>会议</w:t></w:r><w:del><w:r><w:delText>不</w:delText></w:r></w:del><w:ins><w:r><w:t>原则</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:hyperlink><w:r><w:t>同意</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>该方案&amp;附件</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    expect((await readInput(word(body, ''), {path: 'a.docx'})).text).toBe('会议原则同意\t该方案&附件\n第二行\n控件中的段落')
  })

  it('should read a text box once, before the paragraph it is anchored in', async () => {
    const box = (text: string): string => `<w:txbxContent>${paragraph(text)}</w:txbxContent>`
    const body =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('区政府常务会议纪要')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox>${box('区政府常务会议纪要')}</v:textbox></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>第3期</w:t></w:r></w:p>' +
      paragraph('一、甲')
    expect((await readInput(word(body, ''), {path: 'a.docx'})).text).toBe('区政府常务会议纪要\n第3期\n一、甲')
  })

  it('should show nothing for bullets and numbers with their suffix', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '•')}${level(1, 'decimal', '%2')}</w:abstractNum>` + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    const body = [numbered('要点', 1), numbered('数字后跟制表符', 1, 1)].join('')
    expect((await readInput(word(body, numbering), {path: 'a.docx'})).text).toBe('要点\n1 数字后跟制表符')
  })

  it('should refuse a damaged document part, naming the file', async () => {
    const error = await readInput(zip({'word/document.xml': `<w:document ${w}><w:body><w:p></w:body>`}), {path: 'bad.docx'}).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(ReadError)
    expect((error as ReadError).message).toMatch(/^bad\.docx: damaged Word document \(word\/document\.xml: /)
  })
})
