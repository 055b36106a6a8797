import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import YAML, {Document, isMap, isPair, isScalar, isSeq, visit} from 'yaml'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'
import {serialize, toJson, toYaml} from '../src/serialize/index.js'

/**
 * The emitter `toYaml` replaced (built on the `yaml` package), kept as the
 * reference for the layout, with the options for what `toYaml` now does on
 * purpose differently:
 * - an object the record holds twice (a shared position) was written once
 *   with an anchor and then as an alias (`&a1 {…}`, `*a1`); now every value
 *   is written out, as in JSON (`aliasDuplicateObjects: false`);
 * - a string with line breaks was a block scalar (`|-`), or a double-quoted
 *   scalar folded over lines; now it is double-quoted on one line with `\n`
 *   (`blockQuote: false`, `doubleQuotedMinMultiLineLength: Infinity`);
 * - a string with `"` and no `'` that needs quotes was single-quoted; now
 *   it is double-quoted like every other (`singleQuote: false`).
 * (The rules for which strings need quotes are stricter now, see the table
 * below; no record of the sample or the corpus has such a string.)
 */
function referenceYaml(record: MinutesRecord): string {
  const positionKeys = new Set(['position', 'cuePosition', 'place'])
  const doc = new Document(record, {version: '1.1', aliasDuplicateObjects: false})
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return
      const key = String(pair.key.value)
      if (positionKeys.has(key) && isMap(pair.value)) pair.value.flow = true
      if (key === 'positions' && isMap(pair.value)) {
        for (const entry of pair.value.items) {
          const value = entry.value
          if (isMap(value)) value.flow = true
          else if (isSeq(value)) for (const position of value.items) if (isMap(position)) position.flow = true
        }
      }
    }
  })
  return doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: false,
    doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
    singleQuote: false
  })
}

/** Parse YAML text as YAML 1.1 and as 1.2 (the default). */
function readBoth(text: string): [unknown, unknown] {
  return [YAML.parse(text, {version: '1.1'}), YAML.parse(text)]
}

/** Serialize any JSON-like value (the emitter takes records; it handles all JSON). */
function emit(value: unknown): string {
  return toYaml(value as MinutesRecord)
}

const sampleText = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
const corpus = new URL('../../shared/corpus/', import.meta.url)
const inputs: Array<[string, string]> = [['fixtures/sample.txt', sampleText]]
for (const folder of ['seed', 'dev']) {
  let names: string[] = []
  try {
    names = readdirSync(new URL(`${folder}/`, corpus)).filter((name) => name.endsWith('.txt'))
  } catch {}
  for (const name of names.sort()) {
    inputs.push([`${folder}/${name}`, readFileSync(new URL(`${folder}/${name}`, corpus), 'utf8')])
  }
}

describe('toYaml on records', () => {
  it('should have the sample and the corpus to check', () => {
    expect(inputs.length).toBeGreaterThan(1)
  })

  for (const [path, text] of inputs) {
    const record = parseMinutes(text, {path})

    it(`should read back as the record under YAML 1.1 and 1.2 (${path})`, () => {
      const [v11, v12] = readBoth(toYaml(record))
      expect(v11).toEqual(record)
      expect(v12).toEqual(record)
    })

    it(`should write what the yaml-package emitter wrote (${path})`, () => {
      expect(toYaml(record)).toBe(referenceYaml(record))
    })
  }

  it('should write positions on one line and the rest in block style', () => {
    const position = {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 5, offset: 4}}
    const record = {
      name: '市政府常务会议',
      session: 12,
      draft: false,
      title: null,
      attendees: [],
      meta: {},
      position,
      chair: {name: '王某', title: '副市长', position},
      items: [{ordinal: '一', points: [{text: '会议要求', cuePosition: position}], place: position}],
      positions: {name: position, attendees: [position, position], due: null},
      grid: [[1, 2], [], [{}]]
    }
    const expected = [
      'name: 市政府常务会议',
      'session: 12',
      'draft: false',
      'title: null',
      'attendees: []',
      'meta: {}',
      'position: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      'chair:',
      '  name: 王某',
      '  title: 副市长',
      '  position: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      'items:',
      '  - ordinal: 一',
      '    points:',
      '      - text: 会议要求',
      '        cuePosition: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      '    place: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      'positions:',
      '  name: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      '  attendees:',
      '    - { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      '    - { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }',
      '  due: null',
      'grid:',
      '  - - 1',
      '    - 2',
      '  - []',
      '  - - {}',
      ''
    ].join('\n')
    expect(emit(record)).toBe(expected)
    expect(referenceYaml(record as unknown as MinutesRecord)).toBe(expected)
  })

  it('should write an object the record holds twice in full each time, without anchors or aliases', () => {
    const shared = {start: {line: 2, column: 1, offset: 9}, end: {line: 2, column: 3, offset: 11}}
    const flowText = '{ start: { line: 2, column: 1, offset: 9 }, end: { line: 2, column: 3, offset: 11 } }'
    const tags = {label: 'x', count: 1}
    expect(emit({a: {position: shared, tags}, b: {position: shared, tags}})).toBe(
      `a:\n  position: ${flowText}\n  tags:\n    label: x\n    count: 1\nb:\n  position: ${flowText}\n  tags:\n    label: x\n    count: 1\n`
    )
  })

  it('should not load the yaml package (the CLI imports the emitter lazily, and the bundle should not need yaml for it)', () => {
    const source = readFileSync(new URL('../src/serialize/yaml.ts', import.meta.url), 'utf8')
    const imports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1])
    expect(imports).toEqual([])
    expect(source).not.toMatch(/import\(/)
  })

  it('should write a string with line breaks double-quoted on one line', () => {
    expect(emit({text: '第一行\n第二行\n'})).toBe('text: "第一行\\n第二行\\n"\n')
  })
})

describe('toYaml on tricky strings', () => {
  /** Strings and how they must be written as a value (`key: …`). */
  const table: Array<[string, string]> = [
    ['会议纪要', '会议纪要'],
    ['😀 表情', '😀 表情'],
    ['a: b', '"a: b"'],
    ['a:b', 'a:b'],
    ['ends:', '"ends:"'],
    ['#x', '"#x"'],
    ['x #y', '"x #y"'],
    ['x#y', 'x#y'],
    [' x', '" x"'],
    ['x ', '"x "'],
    ['-', '"-"'],
    ['- x', '"- x"'],
    ['-x', '"-x"'],
    ['?x', '"?x"'],
    [':x', '":x"'],
    ['`x', '"`x"'],
    ['%x', '"%x"'],
    ['@x', '"@x"'],
    ['[x]', '"[x]"'],
    ['{x}', '"{x}"'],
    ['!x', '"!x"'],
    ['&x', '"&x"'],
    ['*x', '"*x"'],
    ['|', '"|"'],
    ['>', '">"'],
    ["'x'", `"'x'"`],
    ['"x"', '"\\"x\\""'],
    ['a\\b', 'a\\b'],
    ['"a\\b"', '"\\"a\\\\b\\""'],
    ['', '""'],
    ['null', '"null"'],
    ['Null', '"Null"'],
    ['NULL', '"NULL"'],
    ['nULL', '"nULL"'],
    ['~', '"~"'],
    ['true', '"true"'],
    ['False', '"False"'],
    ['yes', '"yes"'],
    ['No', '"No"'],
    ['ON', '"ON"'],
    ['off', '"off"'],
    ['y', '"y"'],
    ['N', '"N"'],
    ['yEs', '"yEs"'],
    ['<<', '"<<"'],
    ['=', '"="'],
    ['0', '"0"'],
    ['42', '"42"'],
    ['-7', '"-7"'],
    ['+7', '"+7"'],
    ['0123', '"0123"'],
    ['012', '"012"'],
    ['0x1F', '"0x1F"'],
    ['0o17', '"0o17"'],
    ['0b101', '"0b101"'],
    ['1_000', '"1_000"'],
    ['1.5', '"1.5"'],
    ['.5', '".5"'],
    ['1.', '"1."'],
    ['.', '"."'],
    ['1.2.3', '"1.2.3"'],
    ['1e3', '"1e3"'],
    ['1E+3', '"1E+3"'],
    ['e1', '"e1"'],
    ['._', '"._"'],
    ['+', '"+"'],
    ['e', 'e'],
    ['.inf', '".inf"'],
    ['-.Inf', '"-.Inf"'],
    ['.nan', '".nan"'],
    ['.NaN', '".NaN"'],
    ['1:20', '"1:20"'],
    ['10:00', '"10:00"'],
    ['-1:20:30.5', '"-1:20:30.5"'],
    ['14:30-16:00', '14:30-16:00'],
    ['2021-11-01', '"2021-11-01"'],
    ['2021-1-1', '"2021-1-1"'],
    ['2021-11-01 10:00', '"2021-11-01 10:00"'],
    ['2021-11-01T10:00:00Z', '"2021-11-01T10:00:00Z"'],
    ['2021-11-01 10:00:00 +08:00', '"2021-11-01 10:00:00 +08:00"'],
    ['2021年11月1日', '2021年11月1日'],
    ['11月底前', '11月底前'],
    ['3d', '3d'],
    ['x\ny', '"x\\ny"'],
    ['x\r\ny', '"x\\r\\ny"'],
    ['\tx', '"\\tx"'],
    ['a\u0000b', '"a\\0b"'],
    ['a\u0007b', '"a\\ab"'],
    ['a\u000Bb', '"a\\vb"'],
    ['a\u001Bb', '"a\\eb"'],
    ['a\u0001b', '"a\\x01b"'],
    ['a\u007Fb', '"a\\x7fb"'],
    ['a\u0085b', '"a\\Nb"'],
    ['a\u009Fb', '"a\\x9fb"'],
    ['a\u2028b', '"a\\Lb"'],
    ['a\u2029b', '"a\\Pb"'],
    ['\uFEFFx', '"\\uFEFFx"'],
    ['a\uFFFEb', '"a\\uFFFEb"'],
    ['a\u00A0b', 'a\u00A0b'],
    ['a\uD800b', '"a\\ud800b"'],
    ['a\uDC00', '"a\\udc00"'],
    ['\uDBFF', '"\\udbff"'],
    ['𠮷野家', '𠮷野家'],
    ['（一）会议强调：', '（一）会议强调：'],
    ['---', '"---"'],
    ['...', '"..."'],
    ['... x', '"... x"'],
    ['……', '……'],
    ['\\u0041', '\\u0041'],
    ['"\\u0041"', '"\\"\\\\u0041\\""']
  ]

  for (const [value, written] of table) {
    it(`should write ${JSON.stringify(value)} as ${written} and read it back`, () => {
      const text = emit({value, list: [value]})
      expect(text).toBe(`value: ${written}\nlist:\n  - ${written}\n`)
      for (const parsed of readBoth(text)) expect(parsed).toEqual({value, list: [value]})
    })

    it(`should write ${JSON.stringify(value)} as a key and read it back`, () => {
      const fields = {[value]: 1}
      const text = emit(fields)
      expect(text).toBe(`${written}: 1\n`)
      for (const parsed of readBoth(text)) expect(parsed).toEqual(fields)
    })
  }

  it('should quote flow indicators and colons inside a position', () => {
    const text = emit({position: {a: 'x,y', b: '[z]', c: 'k:v', d: '会议'}})
    expect(text).toBe('position: { a: "x,y", b: "[z]", c: "k:v", d: 会议 }\n')
    for (const parsed of readBoth(text)) expect(parsed).toEqual({position: {a: 'x,y', b: '[z]', c: 'k:v', d: '会议'}})
  })

  it('should write a position in its own key order, with odd numbers and extra keys, as any other map', () => {
    const point = (line: number, column: number, offset: number) => ({line, column, offset})
    expect(emit({position: {start: point(1, 2, 1), end: point(1, 5, 4)}})).toBe(
      'position: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } }\n'
    )
    expect(emit({position: {end: point(1, 5, 4), start: {offset: 1, line: 1, column: 2}}})).toBe(
      'position: { end: { line: 1, column: 5, offset: 4 }, start: { offset: 1, line: 1, column: 2 } }\n'
    )
    expect(emit({place: {start: point(-0, 1.5, Number.NaN), end: {...point(2, 1, 9), note: 'x'}}})).toBe(
      'place: { start: { line: -0, column: 1.5, offset: .nan }, end: { line: 2, column: 1, offset: 9, note: x } }\n'
    )
    expect(emit({position: {start: point(1, 1, 0), end: point(1, 2, 1), source: 'a.txt'}})).toBe(
      'position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, source: a.txt }\n'
    )
  })

  it('should write numbers as JSON does, and -0 as -0', () => {
    expect(emit({a: 1.5, b: -3, c: 1e21, d: -0, e: 0})).toBe('a: 1.5\nb: -3\nc: 1e+21\nd: -0\ne: 0\n')
  })
})

/** Strings from a CJK and punctuation alphabet, with YAML's indicators and specials as words. */
const cjkString = fc.string({
  unit: fc.constantFrom(
    ...'会议纪要市长同意：，。、；（）《》“”「」—…',
    ...' -?:,[]{}#&*!|>\'"%@`~\\',
    '\n',
    '\t',
    'yes',
    'No',
    'null',
    '0',
    '1',
    '.',
    'e',
    'x',
    '2021-11-01',
    '\u2028',
    '\uFEFF',
    '😀'
  )
})

/** JSON-like values with the given strings. */
function jsonValue(strings: fc.Arbitrary<string>) {
  const scalars = fc.oneof(strings, fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true}), fc.boolean(), fc.constant(null))
  const {value} = fc.letrec<{value: unknown}>((tie) => ({
    value: fc.oneof(
      {depthSize: 'small'},
      scalars,
      fc.array(tie('value'), {maxLength: 4}),
      fc.dictionary(strings, tie('value'), {maxKeys: 4}),
      // Maps under the keys that are written in flow style.
      fc.dictionary(fc.constantFrom('position', 'positions', 'place', 'cuePosition'), tie('value'), {maxKeys: 3})
    )
  }))
  return fc.dictionary(strings, value, {maxKeys: 5})
}

describe('toYaml on arbitrary JSON', () => {
  for (const [name, strings] of [
    ['binary strings', fc.string({unit: 'binary'})],
    ['CJK and punctuation strings', cjkString]
  ] as const) {
    it(`should read back as the value under YAML 1.1 and 1.2 (${name})`, () => {
      fc.assert(
        fc.property(jsonValue(strings), (value) => {
          const text = emit(value)
          const [v11, v12] = readBoth(text)
          expect(v11).toEqual(value)
          expect(v12).toEqual(value)
        }),
        {numRuns: Number(process.env.RUNS ?? 500)}
      )
    }, 60_000)
  }
})

describe('serialize', () => {
  const record = parseMinutes(sampleText, {path: 'fixtures/sample.txt'})

  it('should write YAML by default and JSON with a two-space indent on request', () => {
    expect(serialize(record)).toBe(toYaml(record))
    expect(serialize(record, 'json')).toBe(toJson(record))
    expect(toJson(record)).toBe(JSON.stringify(record, null, 2) + '\n')
  })
})
