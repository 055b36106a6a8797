/**
 * Hard-wrapped text (minutes taken out of a PDF): lines that end at one
 * width in mid-sentence are read joined, and every value still slices back
 * from the source, line end included.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import stringWidth from 'string-width'
import {readCorpus} from '../bench/corpus.mjs'
import {ledgerRows} from '../src/cli/ledger.js'
import {renderOutline, type Styles} from '../src/cli/outline.js'
import {createDoc} from '../src/doc.js'
import {analyze, parseMinutes} from '../src/index.js'
import {wrapJoins} from '../src/parse/wrap.js'
import {hardWrap} from './hard-wrap.js'
import type {MinutesRecord} from '../src/record.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')

const flat = (value: string | null): string | null => value && value.replace(/\s*\n\s*/g, '')

/** What should not change when a text is wrapped: values with line ends taken out. */
function reading(record: MinutesRecord) {
  return {
    meeting: [record.meeting.name, record.meeting.date, record.meeting.chair?.name ?? null].map(flat),
    items: record.items.map((item) => ({
      heading: flat(item.heading),
      reporters: item.reporters.map(flat),
      decisions: item.decisions.map((decision) => flat(decision.text)),
      assignments: item.assignments.map((assignment) => [flat(assignment.owner), flat(assignment.task), assignment.dueDate])
    }))
  }
}

describe('hard-wrapped minutes', () => {
  const text = fixture('county-hard-wrapped.txt')
  const {record} = analyze(text)

  it('should read a PDF’s wrapped lines as the sentences they break', () => {
    // The lead runs over three lines: date, chair and place are still found.
    expect([record.meeting.name, record.meeting.date, record.meeting.chair?.name, record.meeting.location]).toEqual([
      '县长办公会议',
      '2024-07-10',
      '李国华',
      '县政府三楼会议室'
    ])
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '关于城区停车管理工作', ['县公安局']],
      // `县\n水利局` reports once, beside `县水利局`.
      ['二', '关于农村供水保障工作', ['县水利局']]
    ])
  })

  it('should give tasks that run over a line end, the line end kept in the value', () => {
    const [, , city] = record.items[0].assignments
    expect([city.owner, city.task, city.due, city.dueDate]).toEqual(['县城管局', '要于7月31日前完成主次干道违停整治方案，报县政\n府审定后实施', '于7月31日前', '2024-07-31'])
    const {start, end} = city.positions.task
    expect([start.line, end.line]).toEqual([14, 15])
    expect(text.slice(start.offset, end.offset)).toBe(city.task)
    expect(record.items[1].assignments.map((assignment) => assignment.task)).toEqual(['要加强技术指导，确保汛期供水安\n全'])
  })

  it('should read the same text unwrapped and wrapped alike', () => {
    expect(reading(record)).toEqual(reading(parseMinutes(fixture('county-paren-items.txt'))))
  })

  it('should read the sample, the genre fixtures and the dev corpus wrapped at 56 columns, or 60 with indents, as unwrapped', () => {
    const genre = readdirSync(new URL('../fixtures/genre/', import.meta.url)).filter((name) => name.endsWith('.txt') && !name.includes('wrapped'))
    const texts = [
      fixture('../sample.txt'),
      ...genre.map((name) => fixture(name)),
      ...readCorpus().filter((document) => document.set === 'dev').map((document) => document.text)
    ]
    for (const original of texts) {
      const expected = reading(parseMinutes(original))
      for (const [width, indent] of [[56, false], [60, true]] as const) {
        const wrapped = hardWrap(original, {width, indent})
        const result = analyze(wrapped)
        expect(reading(result.record), `${original.slice(0, 30)} at ${width}`).toEqual(expected)
        for (const assignment of result.record.items.flatMap((item) => item.assignments)) {
          const {start, end} = assignment.positions.task
          expect(wrapped.slice(start.offset, end.offset)).toBe(assignment.task)
        }
      }
    }
    // (A corpus read twice over: seconds on a quiet machine, more where other work shares its cores.)
  }, 30_000)

  it('should join nothing in text that is not wrapped, even with headings of one width', () => {
    const paragraph = '各部门要按照职责分工，细化工作措施，明确时间节点，确保各项任务按期完成，并及时报告工作进展情况。'
    // Headings of 25 ideographs (50 columns) each, ending open, as a wrapped line would.
    const heading = (topic: string) => `关于进一步做好全县${topic}工作的有关问题和意见研究`
    const text = [
      '2024年3月5日，县长王明主持召开县长办公会议。',
      heading('春季农业生产'),
      paragraph,
      heading('城乡环境整治'),
      paragraph,
      heading('安全生产监管'),
      paragraph
    ].join('\n')
    expect(wrapJoins(createDoc(text))).toEqual([])
    expect(parseMinutes(text).items.map((item) => item.heading)).toEqual([heading('春季农业生产'), heading('城乡环境整治'), heading('安全生产监管')])
  })

  it('should print values that run over a line end on one line in the ledger and the outline', () => {
    const rows = ledgerRows(record)
    expect(rows.find((row) => row.owner === '县城管局')?.task).toBe('要于7月31日前完成主次干道违停整治方案，报县政府审定后实施')
    expect(rows.every((row) => !/[\r\n]/.test(row.task))).toBe(true)
    const same = (text: string) => text
    const plain: Styles = {bold: same, dim: same, green: same, yellow: same, cyan: same, magenta: same}
    const outline = renderOutline(record, {styles: plain, widthOf: stringWidth, columns: 200})
    expect(outline).toContain('决定  县城管局要于7月31日前完成主次干道违停整治方案，报县政府审定后实施。\n')
  })

  it('should join a sentence over a page break, and leave the page number out of what it prints', () => {
    // A page ends after `报县政`; the page number stands between blank lines.
    const paged = text.replace('报县政\n', '报县政\n\n— 2 —\n\n')
    const city = parseMinutes(paged).items[0].assignments[2]
    expect(city.task).toBe('要于7月31日前完成主次干道违停整治方案，报县政\n\n— 2 —\n\n府审定后实施')
    expect(paged.slice(city.positions.task.start.offset, city.positions.task.end.offset)).toBe(city.task)
    expect(ledgerRows(parseMinutes(paged))[2].task).toBe('要于7月31日前完成主次干道违停整治方案，报县政府审定后实施')
  })
})

describe('text wrapped narrower than a PDF page (a narrow column, a copy made on a phone)', () => {
  it('should read minutes wrapped at 14–16 ideographs as unwrapped', () => {
    const original = fixture('county-paren-items.txt')
    const expected = reading(parseMinutes(original))
    for (const [width, indent] of [[28, false], [32, true]] as const) {
      expect(reading(parseMinutes(hardWrap(original, {width, indent}))), `at ${width}`).toEqual(expected)
    }
  })

  it('should read a lead, a decision and two owners whose words run over line ends', () => {
    const text = [
      '    3月30日，县长贺文斌主持召开县',
      '政府第9次常务会议。',
      '    一、研究县域医共体建设有关问',
      '题',
      '    会议听取了县卫健局关于县域医',
      '共体建设推进情况的汇报。会议原则',
      '同意《县域医共体医保基金打包支付',
      '实施方案》。会议要求，县卫健局要',
      '牵头建立医共体运行监测指标体系，',
      '每季度通报一次；县医保局要加强基',
      '金使用监管，严防欺诈骗保行为。'
    ].join('\n')
    const record = parseMinutes(text)
    expect([record.meeting.name, record.meeting.chair?.name]).toEqual(['县\n政府第9次常务会议', '贺文斌'])
    const [item] = record.items
    expect(item.heading).toBe('研究县域医共体建设有关问\n题')
    expect(item.decisions.map((decision) => decision.text)).toEqual(['会议原则\n同意《县域医共体医保基金打包支付\n实施方案》'])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['县卫健局', '要\n牵头建立医共体运行监测指标体系，\n每季度通报一次'],
      ['县医保局', '要加强基\n金使用监管，严防欺诈骗保行为']
    ])
  })

  it('should not join a table copied one cell a line, whose cells fall at one narrow width', () => {
    const text = fixture('blind9-h13/r4/d01-county-agenda-cells-per-line.txt')
    expect(wrapJoins(createDoc(text))).toEqual([])
  })
})

// Each paragraph starts indented; a line of running text breaks where the copy broke it.
const whole = [
  '县政府第15次常务会议纪要',
  '　　2024年7月8日，县长石立主持召开县政府第15次常务会议。',
  '　　会议听取了县水利局关于防汛工作的汇报。会议要求，县水利局要加强巡查，9月底前完成隐患排查。',
  '　　会议审议了《县河长制工作考核办法》。会议原则同意该办法，由县河长办修改完善后印发实施。',
  '　　会议还研究了其他事项。'
].join('\n')
const broken = whole.replace('县水利局要', '县水利局要\n').replace('由县河长办', '由县河长\n办').replace('原则同意', '原则\n同意')

describe('paragraphs broken at no one width', () => {
  it('should join a line with no indent to the open line of running text before it', () => {
    const joins = wrapJoins(createDoc(broken))
    expect(joins.length).toBe(6)
    expect(reading(parseMinutes(broken))).toEqual(reading(parseMinutes(whole)))
    const [first, second] = parseMinutes(broken).items
    expect([first.assignments[0].owner, flat(first.assignments[0].task), first.assignments[0].dueDate]).toEqual(['县水利局', '要加强巡查，9月底前完成隐患排查', '2024-09-30'])
    // A value over a join keeps its line end, as hard-wrapped ones do.
    expect([second.assignments[0].owner, flat(second.assignments[0].task)]).toEqual(['县河长\n办', '修改完善后印发实施'])
    // The same with Windows line ends.
    expect(wrapJoins(createDoc(broken.replace(/\n/g, '\r\n'))).length).toBe(6)
  })

  it('should leave a heading and the line under it apart, and a text without indented paragraphs alone', () => {
    const headed = '纪要\n　　一、关于防汛工作\n县水利局汇报了防汛准备情况，会议要求，县水利局要\n加强巡查。\n　　二、关于其他事项，会议要求，\n县应急局要\n做好值守。'
    // Only the line of running text before `加强巡查` may join, not the heading before it: one break is too few.
    expect(wrapJoins(createDoc(headed))).toEqual([])
    expect(wrapJoins(createDoc(broken.replace(/　　/g, '')))).toEqual([])
  })
})

describe('double-spaced text (a page that set every line in a paragraph of its own)', () => {
  /** A blank line after every line. */
  const doubleSpaced = (text: string) => text.replace(/\n/g, '\n\n')

  it('should read hard-wrapped minutes double-spaced as they read single-spaced', () => {
    const text = fixture('county-hard-wrapped.txt')
    const spaced = doubleSpaced(text)
    expect(reading(parseMinutes(spaced))).toEqual(reading(parseMinutes(text)))
    const city = parseMinutes(spaced).items[0].assignments[2]
    // The task runs over the line end and the blank line after it, both kept in the value.
    expect([city.owner, city.task, city.dueDate]).toEqual(['县城管局', '要于7月31日前完成主次干道违停整治方案，报县政\n\n府审定后实施', '2024-07-31'])
    expect(spaced.slice(city.positions.task.start.offset, city.positions.task.end.offset)).toBe(city.task)
  })

  it('should read paragraphs broken at no one width double-spaced as single-spaced', () => {
    expect(wrapJoins(createDoc(doubleSpaced(broken))).length).toBe(6)
    expect(reading(parseMinutes(doubleSpaced(broken)))).toEqual(reading(parseMinutes(whole)))
  })

  it('should join nothing in a text of one paragraph a line with blank lines between', () => {
    expect(wrapJoins(createDoc(doubleSpaced(whole)))).toEqual([])
    expect(wrapJoins(createDoc(doubleSpaced(fixture('county-paren-items.txt'))))).toEqual([])
  })
})
