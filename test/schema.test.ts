import fs from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {readCorpus} from '../bench/corpus.mjs'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord, Position} from '../src/index.js'

const schema: unknown = JSON.parse(fs.readFileSync(new URL('../schema/record.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({allErrors: true}).compile(schema as object)

/** Validate, and say why not in the assertion message. */
function expectValid(record: unknown, name: string): void {
  const valid = validate(record)
  expect(valid, `${name}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true)
}

/** A position on line 1 from `start` to `end` (offsets, no line breaks before). */
function span(start: number, end: number): Position {
  return {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
}

/**
 * A record with every field filled, written by hand against `src/record.ts`
 * (the type checker holds it to the type, the schema test to the schema).
 * Text: `区政府第9次常务会议纪要` … positions are plausible, not checked here.
 */
function fullRecord(): MinutesRecord {
  const person = {name: '王明', title: '区长', unit: null, note: null, position: span(0, 4)}
  return {
    schemaVersion: 1,
    source: {path: 'a.txt', format: 'text', encoding: 'utf-8', positionsRefer: 'source'},
    meeting: {
      title: '区政府第9次常务会议纪要',
      name: '区政府第9次常务会议',
      session: 9,
      date: '2024-05-06',
      timeOfDay: '上午',
      chair: person,
      coChairs: [],
      location: '区政府三楼会议室',
      agenda: ['审议《道路养护办法》'],
      attendees: [person, {name: '李华', title: '副区长', unit: null, note: null, position: span(5, 10)}],
      observers: [{name: null, title: null, unit: '区财政局', note: null, position: span(11, 15)}],
      absentees: [{name: '赵强', title: null, unit: null, note: '出差', position: span(16, 22)}],
      recorder: {name: '钱芳', title: null, unit: null, note: null, position: span(23, 25)},
      positions: {title: span(0, 12), name: span(0, 10), date: span(13, 22), timeOfDay: span(22, 24), location: span(30, 38), agenda: [span(40, 50)]}
    },
    items: [
      {
        number: 1,
        ordinal: '一',
        heading: '审议《道路养护办法》',
        actions: ['审议'],
        documents: ['道路养护办法'],
        reporters: ['区交通局'],
        statements: [{kind: 'decision', cue: '原则同意', text: '原则同意该《办法》', position: span(60, 69)}],
        decisions: [{text: '原则同意该《办法》', verb: '原则同意', position: span(60, 69)}],
        instructions: [
          {
            text: '会议强调，一是抓紧；二是抓实。',
            cue: '会议强调',
            points: [{ordinal: '一', level: 'enumeration', text: '一是抓紧', points: [], position: span(75, 79)}],
            position: span(70, 85)
          }
        ],
        assignments: [
          {
            owner: '区交通局和区财政局',
            owners: ['区交通局', '区财政局'],
            role: 'lead',
            task: '修改完善后印发实施',
            due: '6月底前',
            dueDate: '2024-06-30',
            dueKind: 'absolute',
            position: span(90, 115),
            positions: {owner: span(91, 100), task: span(105, 114), due: span(100, 104)}
          }
        ],
        points: [
          {
            ordinal: '1',
            level: 'arabic',
            text: '明确养护责任',
            points: [{ordinal: '1', level: 'paren-arabic', text: '落实到人', points: [], position: span(130, 136)}],
            position: span(120, 136)
          }
        ],
        position: span(52, 136),
        positions: {ordinal: span(52, 53), heading: span(54, 64), documents: [span(57, 63)], reporters: [span(65, 69)]}
      }
    ]
  }
}

describe('record schema', () => {
  it('should accept a record with every field filled, as typed in src/record.ts', () => {
    expectValid(fullRecord(), 'full record')
  })

  it('should accept the record of fixtures/sample.txt', () => {
    const text = fs.readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
    expectValid(parseMinutes(text, {path: 'fixtures/sample.txt'}), 'sample')
  })

  it('should accept the record of every corpus text (dev and seed)', () => {
    const documents = readCorpus()
    expect(documents.filter((document) => document.set === 'dev').length).toBeGreaterThanOrEqual(17)
    expect(documents.filter((document) => document.set === 'seed').length).toBeGreaterThanOrEqual(1)
    for (const document of documents) {
      expectValid(JSON.parse(JSON.stringify(parseMinutes(document.text, {path: document.textPath}))), document.id)
    }
  })

  it('should reject a property the type does not have, on a nested object', () => {
    const record = fullRecord() as unknown as {items: Array<{assignments: Array<Record<string, unknown>>}>}
    record.items[0].assignments[0].deadline = '6月底前'
    expect(validate(record)).toBe(false)
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([
      '/items/0/assignments/0',
      'additionalProperties'
    ])
  })

  it('should reject a missing field, a wrong enum value and a point with column 0', () => {
    const record = fullRecord() as unknown as {
      meeting: Record<string, unknown>
      items: Array<{assignments: Array<{role: string}>; position: Position}>
    }
    delete record.meeting.recorder
    record.items[0].assignments[0].role = 'owner'
    record.items[0].position.start.column = 0
    expect(validate(record)).toBe(false)
    const errors = validate.errors?.map((error) => [error.instancePath, error.keyword]) ?? []
    expect(errors).toContainEqual(['/meeting', 'required'])
    expect(errors).toContainEqual(['/items/0/assignments/0/role', 'enum'])
    expect(errors).toContainEqual(['/items/0/position/start/column', 'minimum'])
  })

  it('should reject a meeting date that is not ISO and a schemaVersion other than 1', () => {
    const record = fullRecord() as unknown as {schemaVersion: number; meeting: {date: string}}
    record.schemaVersion = 2
    record.meeting.date = '2024年5月6日'
    expect(validate(record)).toBe(false)
    const errors = validate.errors?.map((error) => [error.instancePath, error.keyword]) ?? []
    expect(errors).toContainEqual(['/schemaVersion', 'const'])
    expect(errors).toContainEqual(['/meeting/date', 'pattern'])
  })
})
