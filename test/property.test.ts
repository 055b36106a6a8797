import fs from 'node:fs'
import {Ajv} from 'ajv'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readCorpus} from '../bench/corpus.mjs'
import {hardWrap} from './hard-wrap.js'
import {analyze, parseMinutes} from '../src/index.js'
import type {MinutesRecord, Point, Position} from '../src/index.js'

/*
 * Properties that hold for any input (issue 6 §3): jiyao never throws, the
 * record fits the schema, every value read from the text slices back to
 * itself, the output is deterministic, and the tree's positions nest.
 *
 * Runs: `JIYAO_FC_RUNS` scales the number of runs (default 1), `JIYAO_FC_SEED`
 * sets the seed: a fixed one by default, so that `npm test` (and CI) checks
 * the same cases every time; `random` for new ones each run (to look for
 * bugs), a number to replay a failure fast-check reported.
 */

const scale = Number(process.env.JIYAO_FC_RUNS ?? '1')
const seedSetting = process.env.JIYAO_FC_SEED ?? '424242'
const seed = seedSetting === 'random' ? undefined : Number(seedSetting)
const runs = (n: number) => ({numRuns: Math.max(1, Math.round(n * scale)), seed})

const schema: unknown = JSON.parse(fs.readFileSync(new URL('../schema/record.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({allErrors: true}).compile(schema as object)

// ---------------------------------------------------------------------------
// Position checks

/**
 * Offsets at which each line starts: after `\n`, `\r\n` or a lone `\r`, the
 * line endings vfile-location (and so unist) knows.
 */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }

  return starts
}

/** The unist point of an offset. */
function pointAt(starts: number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }

  return {line: low + 1, column: offset - starts[low] + 1, offset}
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false
  const {start, end} = value as Partial<Position>
  return typeof start?.offset === 'number' && typeof end?.offset === 'number'
}

/** Problems of one position: out of the text, reversed, or line/column not matching the offset. */
function positionProblems(text: string, starts: number[], position: Position, where: string): string[] {
  const problems: string[] = []
  const {start, end} = position
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
    problems.push(`${where}: span ${start.offset}-${end.offset} not inside 0-${text.length}`)
    return problems
  }

  for (const point of [start, end]) {
    const expected = pointAt(starts, point.offset)
    if (point.line !== expected.line || point.column !== expected.column) {
      problems.push(`${where}: offset ${point.offset} is ${expected.line}:${expected.column}, not ${point.line}:${point.column}`)
    }
  }

  return problems
}

/** Every position anywhere inside a value (record or tree), with its path. */
function allPositions(value: unknown, path = ''): Array<[string, Position]> {
  if (typeof value !== 'object' || value === null) return []
  if (isPosition(value)) return [[path, value]]
  const found: Array<[string, Position]> = []
  for (const [key, child] of Object.entries(value)) found.push(...allPositions(child, `${path}/${key}`))
  return found
}

const slice = (text: string, position: Position) => text.slice(position.start.offset, position.end.offset)
const inside = (outer: Position, inner: Position) =>
  outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset

/** What a name joined to its body may be, given its place: the place without the verb, or without `于…` and the verb. */
function joinedPlaces(place: string): string[] {
  const verb = /召开|举行/.exec(place)
  if (!verb) return []
  const after = place.slice(verb.index + verb[0].length)
  const before = place.slice(0, verb.index)
  const by = before.lastIndexOf('于')
  return [before + after, ...(by > 0 ? [before.slice(0, by) + after] : [])]
}

/**
 * Problems with the places of a record's values.
 *
 * Values copied from the text as written must slice back exactly: meeting
 * title, name, time of day, location and agenda; item headings, documents and
 * reporters; the texts of decisions, statements, instructions and points (a
 * point's position is its text, after the marker); assignment owner, task and
 * due. Values that are normalised or only part of a span must be contained in
 * it: a person's name at the person's place (a title or unit may be shared
 * with neighbours, `副区长吴敏、郑凯`, so it need not lie there), an item's ordinal
 * in its marker, a split owner in the owner as written. `meeting.date` is
 * ISO, so its place holds the date as written and only has to exist when the
 * date does. A meeting name joined to its body over the convening verb
 * (`县政府召开第8次常务会议`) is its place without the verb. Everything an item holds lies inside the item.
 */
function recordProblems(text: string, record: MinutesRecord): string[] {
  const starts = lineStarts(text)
  const problems: string[] = []
  for (const [where, position] of allPositions(record)) problems.push(...positionProblems(text, starts, position, where))
  if (problems.length > 0) return problems

  const equal = (where: string, value: string | null, position: Position | null) => {
    if ((value === null) !== (position === null)) problems.push(`${where}: value ${JSON.stringify(value)} but position ${JSON.stringify(position)}`)
    else if (value !== null && position !== null && slice(text, position) !== value) {
      problems.push(`${where}: ${JSON.stringify(value)} but the text there is ${JSON.stringify(slice(text, position))}`)
    }
  }

  const contains = (where: string, value: string | null, position: Position) => {
    if (value !== null && !slice(text, position).includes(value)) {
      problems.push(`${where}: ${JSON.stringify(value)} not in ${JSON.stringify(slice(text, position))}`)
    }
  }

  const within = (where: string, outer: Position, inner: Position | null) => {
    if (inner && !inside(outer, inner)) problems.push(`${where}: ${inner.start.offset}-${inner.end.offset} outside ${outer.start.offset}-${outer.end.offset}`)
  }

  const {meeting} = record
  equal('meeting.title', meeting.title, meeting.positions.title)
  // A name joined to its body over the convening verb (`县政府召开第8次常务会议` → `县政府第8次常务会议`, also over
  // `于` and a date, `县政府于6月3日上午召开…`) is its place without the verb (and what stands before it).
  const namePlace = meeting.positions.name ? slice(text, meeting.positions.name) : null
  const joinedName = namePlace !== null && namePlace !== meeting.name && joinedPlaces(namePlace).includes(meeting.name ?? '')
  if (!joinedName) equal('meeting.name', meeting.name, meeting.positions.name)
  equal('meeting.timeOfDay', meeting.timeOfDay, meeting.positions.timeOfDay)
  equal('meeting.location', meeting.location, meeting.positions.location)
  if ((meeting.date === null) !== (meeting.positions.date === null)) problems.push('meeting.date: value and position disagree on null')
  if (meeting.agenda.length !== meeting.positions.agenda.length) problems.push('meeting.agenda: not one position per entry')
  for (const [index, entry] of meeting.agenda.entries()) equal(`meeting.agenda[${index}]`, entry, meeting.positions.agenda[index] ?? null)
  const people = [
    ['chair', meeting.chair ? [meeting.chair] : []],
    ['coChairs', meeting.coChairs],
    ['recorder', meeting.recorder ? [meeting.recorder] : []],
    ['attendees', meeting.attendees],
    ['observers', meeting.observers],
    ['absentees', meeting.absentees]
  ] as const
  for (const [role, persons] of people) {
    for (const [index, person] of persons.entries()) {
      contains(`meeting.${role}[${index}].name`, person.name, person.position)
    }
  }

  const points = (list: MinutesRecord['items'][number]['points'], where: string) => {
    for (const [entry, point] of list.entries()) {
      equal(`${where}[${entry}].text`, point.text, point.position)
      points(point.points, `${where}[${entry}].points`)
    }
  }

  for (const [index, item] of record.items.entries()) {
    const at = `items[${index}]`
    equal(`${at}.heading`, item.heading, item.positions.heading)
    if ((item.ordinal === null) !== (item.positions.ordinal === null)) problems.push(`${at}.ordinal: value and position disagree on null`)
    if (item.ordinal !== null && item.positions.ordinal) contains(`${at}.ordinal`, item.ordinal, item.positions.ordinal)
    for (const field of ['documents', 'reporters'] as const) {
      if (item[field].length !== item.positions[field].length) problems.push(`${at}.${field}: not one position per entry`)
      for (const [entry, value] of item[field].entries()) equal(`${at}.${field}[${entry}]`, value, item.positions[field][entry] ?? null)
    }

    for (const [entry, decision] of item.decisions.entries()) equal(`${at}.decisions[${entry}].text`, decision.text, decision.position)
    for (const [entry, statement] of item.statements.entries()) equal(`${at}.statements[${entry}].text`, statement.text, statement.position)
    for (const [entry, instruction] of item.instructions.entries()) {
      equal(`${at}.instructions[${entry}].text`, instruction.text, instruction.position)
      points(instruction.points, `${at}.instructions[${entry}].points`)
    }

    for (const [entry, assignment] of item.assignments.entries()) {
      const where = `${at}.assignments[${entry}]`
      equal(`${where}.owner`, assignment.owner, assignment.positions.owner)
      equal(`${where}.task`, assignment.task, assignment.positions.task)
      equal(`${where}.due`, assignment.due, assignment.positions.due)
      for (const owner of assignment.owners) contains(`${where}.owners`, owner, assignment.positions.owner)
    }

    points(item.points, `${at}.points`)
    for (const [path, position] of allPositions(item)) within(`${at}${path}`, item.position, position)
  }

  return problems
}

/** A node of the minutes tree, as the walk sees it. */
interface TreeNode {
  type: string
  position: Position
  value?: string
  children?: TreeNode[]
  [key: string]: unknown
}

/**
 * Problems with the tree's positions: every point matches its offset;
 * children lie inside their parent, in order, without overlap; markers,
 * headings and cues lie inside their node; a leaf's `value` is its source
 * (text, marker, heading, title, noise), and so is a statement's cue.
 */
function treeProblems(text: string, tree: TreeNode): string[] {
  const starts = lineStarts(text)
  const problems: string[] = []
  for (const [where, position] of allPositions(tree)) problems.push(...positionProblems(text, starts, position, where))
  if (problems.length > 0) return problems

  const visit = (node: TreeNode, where: string) => {
    if (typeof node.value === 'string' && slice(text, node.position) !== node.value) {
      problems.push(`${where} (${node.type}): value ${JSON.stringify(node.value)} but source ${JSON.stringify(slice(text, node.position))}`)
    }

    if (node.type === 'statement' && typeof node.cue === 'string' && node.cuePosition) {
      const cue = slice(text, node.cuePosition as Position)
      if (cue !== node.cue) problems.push(`${where} (statement): cue ${JSON.stringify(node.cue)} but source ${JSON.stringify(cue)}`)
    }

    for (const key of ['marker', 'heading', 'cuePosition']) {
      const part = node[key] as TreeNode | Position | null | undefined
      const position = part && 'type' in part ? part.position : (part as Position | null | undefined)
      if (position && !inside(node.position, position)) problems.push(`${where}.${key} outside its ${node.type}`)
      if (part && 'type' in part) visit(part, `${where}.${key}`)
    }

    let previous: TreeNode | undefined
    for (const [index, child] of (node.children ?? []).entries()) {
      const at = `${where}/${index}`
      if (!inside(node.position, child.position)) problems.push(`${at} (${child.type}) outside its ${node.type}`)
      if (previous && previous.position.end.offset > child.position.start.offset) {
        problems.push(`${at} (${child.type}) starts at ${child.position.start.offset}, before ${previous.type} ends at ${previous.position.end.offset}`)
      }

      previous = child
      visit(child, at)
    }
  }

  visit(tree, 'root')
  return problems
}

/** Every property at once, for one text. */
function checkText(text: string): void {
  const first = analyze(text)
  const record = JSON.parse(JSON.stringify(first.record)) as MinutesRecord
  expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
  expect(recordProblems(text, record)).toEqual([])
  expect(treeProblems(text, first.tree as unknown as TreeNode)).toEqual([])
  expect(JSON.stringify(parseMinutes(text))).toBe(JSON.stringify(first.record))
}

// ---------------------------------------------------------------------------
// Inputs

/** Pieces of the genre, and of what breaks parsers, to build strings from. */
const pieces = [
  // Ordinals of every level, full-width and ASCII.
  '一、', '十一、', '二、', '（一）', '(二)', '（十）', '1.', '2、', '3．', '（1）', '(2)', '①', '②', '一是', '二是', '第一，', '议题一：', '三、略',
  // Cue words.
  '会议指出', '会议强调', '会议要求', '会议认为', '会议明确', '会议决定', '会议确定：', '议定如下:', '原则同意', '审议通过', '会议听取了', '会议审议了',
  '会议研究了', '会议还', '会上', '会后由', '责成', '负责', '牵头', '配合', '协助', '落实', '修改完善', '抓紧', '汇报', '提出的',
  // Meeting and preamble vocabulary.
  '主持召开', '主持', '主持人：', '出席：', '参 会:', '列席：', '请假：', '缺席：', '记录：', '会议纪要', '纪要', '常务会议', '第9次', '区政府', '区长',
  '副市长', '市发改委', '区财政局', '和', '、', '2024年5月6日', '二○二四年五月六日', '5月6日', '6月底前', '年底前', '尽快', '上午', '下午', '在区政府会议室',
  '索引号 |', '| 发布日期:', '发布日期：', '〔2024〕9号', '作者：', '来源：', '• 会议题目 •', '《', '》', '《道路养护办法》', '“', '”',
  // Punctuation, space and line ends.
  '。', '，', ',', '：', ':', '；', ';', '（', '）', '(', ')', ' ', '  ', '\t', '\u3000', '\n', '\n', '\r\n', '\r', '\n\n',
  // Hostile code units: NUL, lone surrogates, a pair, BOM, controls, wide and combining characters.
  '\u0000', '\uD800', '\uDFFF', '\uD83D\uDE00', '\uFEFF', '\u0007', '\u200B', '\u2028', 'e\u0301', '區(qū)'
]

const piece = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...pieces)},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 4})},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))},
  {weight: 1, arbitrary: fc.integer({min: 0x4e00, max: 0x9fff}).map((code) => String.fromCharCode(code))}
)

/** Strings made of genre pieces and arbitrary code units. */
const genreString = fc.array(piece, {maxLength: 120}).map((parts) => parts.join(''))

const corpus = readCorpus()
const corpusTexts = [fs.readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8'), ...corpus.map((document) => document.text)]

/** One edit of a text, at a place given as a fraction of its length. */
type Mutation =
  | {kind: 'insert'; at: number; piece: string}
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'repeat'; at: number; length: number; times: number}
  | {kind: 'line-ends'; ending: string}

const at = fc.double({min: 0, max: 1, noNaN: true})
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('insert' as const), at, piece}),
  fc.record({kind: fc.constant('delete' as const), at, length: fc.integer({min: 1, max: 400})}),
  fc.record({kind: fc.constant('repeat' as const), at, length: fc.integer({min: 1, max: 8}), times: fc.integer({min: 2, max: 30})}),
  fc.record({kind: fc.constant('line-ends' as const), ending: fc.constantFrom('\r\n', '\r', '\n\n', '\u2028')})
)

/** Apply edits to a text, in order. */
function mutate(text: string, mutations: Mutation[]): string {
  let result = text
  for (const edit of mutations) {
    if (edit.kind === 'line-ends') {
      result = result.replace(/\n/g, edit.ending)
      continue
    }

    const offset = Math.floor(edit.at * result.length)
    if (edit.kind === 'insert') result = result.slice(0, offset) + edit.piece + result.slice(offset)
    else if (edit.kind === 'delete') result = result.slice(0, offset) + result.slice(offset + edit.length)
    else result = result.slice(0, offset) + result.slice(offset, offset + edit.length).repeat(edit.times) + result.slice(offset + edit.length)
  }

  return result
}

// ---------------------------------------------------------------------------
// Tests

describe('position checks used by the properties', () => {
  // Line 1 `一、审议《办法》`, line 2 after CRLF `会议同意。`, line 3 after a lone CR.
  const text = '一、审议《办法》\r\n会议同意。\r三'

  it('should count lines after LF, CRLF and a lone CR, columns in UTF-16 units', () => {
    const starts = lineStarts(text)
    expect(starts).toEqual([0, 10, 16])
    expect(pointAt(starts, 12)).toEqual({line: 2, column: 3, offset: 12})
    expect(pointAt(starts, 16)).toEqual({line: 3, column: 1, offset: 16})
    expect(positionProblems('a\uD83D\uDE00b', [0], {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}}, 'x')).toEqual([])
  })

  it('should report a point whose line or column does not match its offset', () => {
    const position = {start: {line: 1, column: 13, offset: 12}, end: {line: 2, column: 4, offset: 13}}
    expect(positionProblems(text, lineStarts(text), position, 'p')).toEqual(['p: offset 12 is 2:3, not 1:13'])
  })

  it('should report children that overlap or leave their parent, and a value that is not its source', () => {
    const point = (offset: number) => pointAt(lineStarts(text), offset)
    const node = (type: string, start: number, end: number, extra: Record<string, unknown> = {}): TreeNode => ({
      type,
      position: {start: point(start), end: point(end)},
      ...extra
    })
    const tree = node('root', 0, 10, {
      children: [node('text', 0, 5, {value: '一、审议《'}), node('text', 4, 9, {value: '《办法》'}), node('text', 9, 12, {value: '\n会议'})]
    })
    expect(treeProblems(text, tree)).toEqual([
      'root/1 (text) starts at 4, before text ends at 5',
      'root/1 (text): value "《办法》" but source "《办法》\\r"',
      'root/2 (text) outside its root'
    ])
  })

  it('should take a name joined to its body over the verb, or over 于, a date and the verb, as its place', () => {
    expect(joinedPlaces('县政府召开第8次常务会议')).toEqual(['县政府第8次常务会议'])
    expect(joinedPlaces('县人民政府于2024年6月3日上午召开第47次常务会议')).toEqual([
      '县人民政府于2024年6月3日上午第47次常务会议',
      '县人民政府第47次常务会议'
    ])
    const text = '县人民政府于2024年6月3日上午召开第47次常务会议，县长王明主持。\n一、研究防汛工作\n'
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('县人民政府第47次常务会议')
    expect(recordProblems(text, record)).toEqual([])
  })
})

describe('cases the property runs found', () => {
  it('should keep lines between a marker alone on its line and its heading inside the item, out of the closing', () => {
    // Found at 25× the runs (seed 20261127): the attendance line went to the closing, and the
    // heading below it left the item reaching past the closing's start.
    for (const text of ['一、\n请假：\r\n!', '一、\n— 2 —\n关于供水\n']) {
      const {tree} = analyze(text)
      expect(tree.children.map((child) => child.type)).toEqual(['item'])
      expect(treeProblems(text, tree as unknown as TreeNode)).toEqual([])
    }
    // With no heading below, the attendance still closes the minutes.
    expect(analyze('一、\n请假：王明\n').tree.children.map((child) => child.type)).toEqual(['item', 'closing'])
  })

  it('should keep a leader\'s cue inside its paragraph where a break the reader made cuts the line', () => {
    // Found by a random seed in a full run (-34540515): a long line that reads as flattened is
    // broken before `来源:` (a page's byline), and the cue `区长来源` (a title and a name, as read)
    // ran on past the paragraph `区长` before it.
    const points = [
      '一要加强经济运行调度,各级各部门要开展走访企业活动,解决企业实际问题,确保年度任务目标时间过半、任务过半。',
      '二要全力加快项目建设,各级各部门要谋划项目储备,积极争取上级支持重大项目建设。',
      '三要全面盘点半年工作,各级各部门要对照年初工作计划全面盘点工作开展情况,牵头单位要加强调度。'
    ]
    const text = '区长来源:会议研究部署节前有关工作,强调,' + points.join('') + '\n会议还研究了其他事项。\n'
    const {tree} = analyze(text)
    expect(treeProblems(text, tree as unknown as TreeNode)).toEqual([])
    const [first] = tree.children[0].type === 'preamble' ? tree.children[0].children : []
    expect(first.type === 'paragraph' ? [first.position.end.offset, first.children.map((node) => node.type)] : null).toEqual([2, ['text']])
  })
})

/** Generous: the runs take seconds here, the timeout only stops a hang. */
const timeout = 300_000

describe('properties of parseMinutes', {timeout}, () => {
  it('should hold for the sample and every corpus text as they are', () => {
    for (const text of corpusTexts) checkText(text)
  })

  it('should hold for arbitrary strings of genre pieces, lone surrogates, NUL and mixed line ends', () => {
    fc.assert(fc.property(genreString, (text) => checkText(text)), runs(5000))
  })

  it('should hold for arbitrary full-range strings', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => checkText(text)), runs(1000))
  })

  it('should hold for corpus texts hard-wrapped at any width, with indents, CRLF and page numbers', () => {
    const wrapping = fc.record({
      width: fc.integer({min: 30, max: 100}),
      indent: fc.boolean(),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      pageLines: fc.constantFrom(0, 0, 7, 23)
    })
    fc.assert(
      fc.property(fc.constantFrom(...corpusTexts), fc.array(mutation, {maxLength: 3}), wrapping, (text, edits, options) =>
        checkText(hardWrap(mutate(text, edits), options))
      ),
      runs(300)
    )
  })

  it('should hold for corpus texts with inserted ordinals and cues, deleted spans, repeated markers and changed line ends', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpusTexts), fc.array(mutation, {minLength: 1, maxLength: 8}), (text, edits) => checkText(mutate(text, edits))),
      runs(5000)
    )
  })
})
