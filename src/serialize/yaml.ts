/**
 * A YAML emitter for records: plain JSON values (objects, arrays, strings,
 * numbers, booleans, null) to block-style YAML, without the `yaml` package
 * (which cost ~25 ms per sample-size record, and a module to load).
 *
 * The layout is the one `yaml`'s `Document` gave with `{version: '1.1'}`,
 * `lineWidth: 0` and positions in flow style, with these changes:
 * - an object the record holds twice (a shared position) is written out each
 *   time, as in JSON, not as an anchor and aliases (`&a1`, `*a1`);
 * - a string is plain only when YAML 1.1 and 1.2 readers both read it back
 *   as that string: `yaml` wrote `0o17` plain, which a 1.2 reader takes for
 *   15, and U+2028 plain, a line break to PyYAML; `-x`, `yEs` or
 *   `2021-11-01 10:00` are now quoted too, for caution;
 * - a string that needs quotes is always double-quoted, on one line, with
 *   escapes both versions know (`\n`, `\xXX`, `\N`, `\L`, `\P`, `\uXXXX`,
 *   lone surrogates as `\uDXXX`), never a block scalar (`|-`) or folded.
 * `test/serialize.test.ts` pins the layout against the old emitter; the
 * output was also read back by PyYAML 6 (a YAML 1.1 reader) for the corpus
 * and random data.
 */

import type {MinutesRecord} from '../record.js'

/** A JSON value as found in a record. */
type Value = null | boolean | number | string | undefined | readonly Value[] | Fields

/** A JSON object. */
interface Fields {
  readonly [key: string]: Value
}

/** Keys whose values are positions: written on one line each. */
const positionKeys = new Set(['position', 'cuePosition', 'place'])

/** Indentation of one level. */
const step = '  '

/**
 * Serialize a record as YAML: block style, keys in the record's order,
 * positions in flow style on one line, no line folding, strings quoted
 * wherever a YAML 1.1 or 1.2 reader could take them for something else.
 *
 * @param record
 *   The record.
 * @returns
 *   YAML text.
 */
export function toYaml(record: MinutesRecord): string {
  const value = record as unknown as Value
  const out: string[] = []
  if (isFields(value)) {
    if (!hasFields(value)) return '{}\n'
    blockMap(out, value, '', '', false)
  } else if (Array.isArray(value)) {
    if (value.length === 0) return '[]\n'
    blockSeq(out, value, '', '', false)
  } else {
    return scalar((value ?? null) as null | boolean | number | string, false) + '\n'
  }
  // Lines gathered in an array and joined once: a string grown by `+=` over
  // a whole record is a deep rope that encoding (or any read) must first
  // flatten, which cost half as much again as making it.
  return out.join('')
}

/**
 * A block mapping, one `key: value` per line.
 *
 * @param out
 *   Where the text goes.
 * @param fields
 *   The object, with at least one defined field.
 * @param indent
 *   The indentation of its keys.
 * @param lead
 *   What stands before the first key instead of `indent` (`- ` in a list).
 * @param positions
 *   Whether this is a `positions` map (every map in it goes on one line).
 */
function blockMap(out: string[], fields: Fields, indent: string, lead: string, positions: boolean): void {
  let first = true
  for (const key of Object.keys(fields)) {
    const value = fields[key]
    if (value === undefined) continue
    const head = (first ? lead : indent) + writeKey(key, false) + ':'
    first = false
    if (value === null || typeof value !== 'object') {
      out.push(head + ' ' + scalar(value, false) + '\n')
    } else if (Array.isArray(value)) {
      if (value.length === 0) out.push(head + ' []\n')
      else {
        out.push(head + '\n')
        blockSeq(out, value, indent + step, indent + step, positions)
      }
    } else if (!hasFields(value as Fields)) {
      out.push(head + ' {}\n')
    } else if (positions || positionKeys.has(key)) {
      out.push(head + ' ' + flow(value) + '\n')
    } else {
      out.push(head + '\n')
      blockMap(out, value as Fields, indent + step, indent + step, key === 'positions')
    }
  }
}

/**
 * A block sequence, one `- item` per entry.
 *
 * @param out
 *   Where the text goes.
 * @param values
 *   The array, not empty.
 * @param indent
 *   The indentation of its dashes.
 * @param lead
 *   What stands before the first dash instead of `indent`.
 * @param positions
 *   Whether the entries are positions (maps go on one line).
 */
function blockSeq(out: string[], values: readonly Value[], indent: string, lead: string, positions: boolean): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index]
    const dash = (index === 0 ? lead : indent) + '- '
    if (value === null || value === undefined || typeof value !== 'object') {
      out.push(dash + scalar(value ?? null, false) + '\n')
    } else if (Array.isArray(value)) {
      if (value.length === 0) out.push(dash + '[]\n')
      else blockSeq(out, value, indent + step, dash, false)
    } else if (!hasFields(value as Fields)) {
      out.push(dash + '{}\n')
    } else if (positions) {
      out.push(dash + flow(value) + '\n')
    } else {
      blockMap(out, value as Fields, indent + step, dash, false)
    }
  }
}

/**
 * A value in flow style, on one line: `{ a: 1, b: [ 2, 3 ] }`.
 *
 * @param value
 *   The value.
 * @returns
 *   YAML text.
 */
function flow(value: Value): string {
  if (value === null || value === undefined || typeof value !== 'object') return scalar(value ?? null, true)
  let text = ''
  if (Array.isArray(value)) {
    for (const entry of value) text += (text === '' ? '[ ' : ', ') + flow(entry ?? null)
    return text === '' ? '[]' : text + ' ]'
  }
  const fields = value as Fields
  // A record holds hundreds of positions: written at once when it is one.
  const start = fields.start
  const end = fields.end
  if (isPoint(start) && isPoint(end) && hasKeys(fields, 'start', 'end')) {
    return '{ start: ' + flowPoint(start) + ', end: ' + flowPoint(end) + ' }'
  }
  for (const key of Object.keys(fields)) {
    const entry = fields[key]
    if (entry !== undefined) text += (text === '' ? '{ ' : ', ') + writeKey(key, true) + ': ' + flow(entry)
  }
  return text === '' ? '{}' : text + ' }'
}

/** A point of a position: `{line, column, offset}`, numbers, in that order. */
interface Point {
  line: number
  column: number
  offset: number
}

/**
 * Whether a value is a point, with exactly its three keys in their order, so
 * that `flowPoint` writes what `flow` would.
 *
 * @param value
 *   The value.
 */
function isPoint(value: Value): value is Fields & Point {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Fields).line === 'number' &&
    typeof (value as Fields).column === 'number' &&
    typeof (value as Fields).offset === 'number' &&
    hasKeys(value as Fields, 'line', 'column', 'offset')
  )
}

/**
 * Whether an object's enumerable keys (own and inherited) are exactly these,
 * in this order: then they are also its own keys, in `Object.keys` order.
 *
 * @param fields
 *   The object.
 * @param keys
 *   The keys.
 */
function hasKeys(fields: Fields, ...keys: string[]): boolean {
  let index = 0
  for (const key in fields) if (key !== keys[index++]) return false
  return index === keys.length
}

/**
 * A point in flow style.
 *
 * @param point
 *   The point.
 * @returns
 *   `{ line: 1, column: 2, offset: 1 }`.
 */
function flowPoint(point: Point): string {
  return '{ line: ' + number(point.line) + ', column: ' + number(point.column) + ', offset: ' + number(point.offset) + ' }'
}

/** Keys as written, in block and in flow style: records repeat a few keys many times. */
const keys = {block: new Map<string, string>(), flow: new Map<string, string>()}

/**
 * A key as written.
 *
 * @param key
 *   The key.
 * @param inFlow
 *   Whether it stands inside a flow collection.
 * @returns
 *   YAML text.
 */
function writeKey(key: string, inFlow: boolean): string {
  const cache = inFlow ? keys.flow : keys.block
  let written = cache.get(key)
  if (written === undefined) {
    written = scalar(key, inFlow)
    // Bounded, for callers that pass data with ever new keys.
    if (cache.size < 4096) cache.set(key, written)
  }
  return written
}

/**
 * A scalar.
 *
 * @param value
 *   null, a boolean, a number or a string.
 * @param inFlow
 *   Whether it stands inside a flow collection.
 * @returns
 *   YAML text.
 */
function scalar(value: null | boolean | number | string, inFlow: boolean): string {
  if (typeof value === 'string') return isPlain(value, inFlow) ? value : doubleQuoted(value)
  if (typeof value === 'number') return number(value)
  return String(value)
}

/**
 * A number.
 *
 * @param value
 *   The number.
 * @returns
 *   YAML text: `12`, `-0`, `.nan`, `-.inf` …
 */
function number(value: number): string {
  // Positions are whole numbers: written at once.
  if ((value | 0) === value && (value !== 0 || 1 / value > 0)) return String(value)
  if (Number.isNaN(value)) return '.nan'
  if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf'
  return Object.is(value, -0) ? '-0' : String(value)
}

/**
 * A quick look for what a plain scalar cannot hold (see `plainInside`),
 * matching any surrogate, paired ones too: most strings have none of these,
 * and the regular expression engine reads the parser's strings (slices of
 * the source) faster than a `charCodeAt` loop does.
 */
const maybeUnsafeInside = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]|: | #/

/**
 * Whether a string holds nothing a plain scalar cannot: C0 and C1 controls
 * (tab and line breaks among them), DEL, U+2028/U+2029, the byte order
 * mark, the non-characters U+FFFE/U+FFFF, lone surrogates, `: ` (which
 * starts a value) and ` #` (a comment).
 *
 * @param value
 *   The string.
 */
function plainInside(value: string): boolean {
  if (!maybeUnsafeInside.test(value)) return true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x7f) {
      if (code < 0x20) return false
      if (code === 0x3a /* : */ && value.charCodeAt(index + 1) === 0x20) return false
      if (code === 0x20 && value.charCodeAt(index + 1) === 0x23 /* # */) return false
    } else if (code < 0x2028) {
      if (code <= 0x9f) return false
    } else if (code >= 0xd800) {
      if (code <= 0xdbff) {
        const next = value.charCodeAt(index + 1)
        // A pair is one character; a lone half is not printable.
        if (!(next >= 0xdc00 && next <= 0xdfff)) return false
        index++
      } else if (code <= 0xdfff || code === 0xfeff || code >= 0xfffe) {
        return false
      }
    } else if (code <= 0x2029) {
      return false
    }
  }
  return true
}

/**
 * Characters a plain scalar cannot start with (indicators and a space), by
 * code: a one-character string of Chinese text would be a new string each time.
 */
const unsafeFirst = new Set([...'-?:,[]{}#&*!|>\'"%@` '].map((character) => character.charCodeAt(0)))

/** What else cannot be plain inside a flow collection. */
const unsafeInFlow = /[,[\]{}:]/

/**
 * Words and numbers a YAML 1.1 or 1.2 reader resolves to something other
 * than a string: null, booleans (any case, 1.1's y/n/yes/no/on/off
 * included), `<<` and `=` (1.1's merge and value keys), integers and floats
 * in every 1.1 and 1.2 notation (`0x1F`, `0o17`, `017`, `0b1`, `1_000`,
 * `.5`, `1e3`, `e1`, `1.2.3`, `.inf`, `.nan`), sexagesimals (`1:20`, `1:20.5`) and
 * timestamps (`2021-11-01`, `2021-11-01 10:00`, `2021-11-01T10:00:00Z`).
 */
const specials = [
  /^(?:~|null|y|yes|n|no|true|false|on|off|<<|=)$/i,
  /^[-+]?(?:0b[0-1_]+|0o[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*)$/i,
  // Every part optional, as in the `yaml` package's 1.1 float (it reads `e1`, `._` as floats).
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9._]*)?(?:e[-+]?[0-9]+)?$/i,
  /^[-+]?\.(?:inf|nan)$/i,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}(?::[0-9]{1,2}(?:\.[0-9]*)?)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/
]

/** Strings that may be special: those starting with a digit, sign, dot, `e`, or one of the words. */
const maybeSpecial = /^[-+.0-9~<=yYnNtTfFoOeE]/

/**
 * Whether a string can be written plain, read back as the same string by
 * YAML 1.1 and 1.2 readers.
 *
 * @param value
 *   The string.
 * @param inFlow
 *   Whether it stands inside a flow collection.
 */
function isPlain(value: string, inFlow: boolean): boolean {
  if (value === '' || unsafeFirst.has(value.charCodeAt(0)) || value.startsWith('...')) return false
  // `:` or a space cannot end it.
  const last = value.charCodeAt(value.length - 1)
  if (last === 0x3a || last === 0x20 || !plainInside(value)) return false
  if (inFlow && unsafeInFlow.test(value)) return false
  if (maybeSpecial.test(value)) for (const special of specials) if (special.test(value)) return false
  return true
}

/** Escapes that JSON leaves out but YAML wants, or writes differently. */
const jsonToYaml = /\\(?:u00([0-9a-f]{2})|.)|[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g

/** YAML's short escapes for the characters JSON writes as `\u00XX`. */
const shortEscapes: Record<string, string> = {'00': '\\0', '07': '\\a', '0b': '\\v', '1b': '\\e'}

/**
 * A double-quoted scalar on one line. Starts from JSON (which escapes `"`,
 * `\`, C0 controls and lone surrogates as `\uDXXX`) and escapes what YAML
 * 1.1 requires beyond that: DEL and C1 controls as `\xXX` (`\N` for U+0085),
 * `\L`, `\P`, and `\uFEFF`, `\uFFFE`, `\uFFFF`.
 *
 * @param value
 *   The string.
 * @returns
 *   The quoted scalar.
 */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(jsonToYaml, (match: string, code: string | undefined) => {
    if (code !== undefined) return shortEscapes[code] ?? '\\x' + code
    if (match.length === 2) return match
    const point = match.charCodeAt(0)
    if (point === 0x85) return '\\N'
    if (point === 0x2028) return '\\L'
    if (point === 0x2029) return '\\P'
    return point < 0x100 ? '\\x' + point.toString(16) : '\\u' + point.toString(16).toUpperCase()
  })
}

/**
 * Whether a value is an object (not an array, not null).
 *
 * @param value
 *   The value.
 */
function isFields(value: Value): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Whether an object has a field with a defined value.
 *
 * @param fields
 *   The object.
 */
function hasFields(fields: Fields): boolean {
  for (const key in fields) if (Object.hasOwn(fields, key) && fields[key] !== undefined) return true
  return false
}
