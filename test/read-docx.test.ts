import {AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
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

  it('should join the runs of a paragraph and read table cells', async () => {
    const bytes = await build([
      new Paragraph({children: [new TextRun('会议'), new TextRun({text: '原则同意', bold: true}), new TextRun('该方案。')]}),
      new Table({rows: [new TableRow({children: [new TableCell({children: [typed('出席：')]}), new TableCell({children: [typed('张明、李华')]})]})]})
    ])
    expect((await readInput(bytes, {path: 'a.docx'})).text).toBe('会议原则同意该方案。\n出席：\n张明、李华')
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
