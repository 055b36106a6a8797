import {readFileSync} from 'node:fs'
import {committedFixtures} from './fixture-files.js'
import {describe, expect, it} from 'vitest'
import type {Input} from '../src/read/index.js'
import {ReadError, analyzeInput, chineseShare, readInput} from '../src/read/index.js'
import type {MinutesRecord, Point} from '../src/record.js'

const sample = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')

/**
 * An encoder for a two-byte legacy encoding, built by running Node's decoder
 * over the two-byte range (Node's `TextEncoder` only writes UTF-8).
 */
function encoderFor(encoding: 'gb18030' | 'big5'): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, [number, number]>()
  // Standard Big5 leads (A1–F9) first, so HKSCS duplicates below A1 are not used.
  const leads = [...range(0xa1, 0xfe), ...range(0x81, 0xa0)]
  for (const lead of leads) {
    for (const trail of range(0x40, 0xfe)) {
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail])
    }
  }
  return (text) => {
    const bytes: number[] = []
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0
      if (code < 0x80) bytes.push(code)
      else {
        const pair = table.get(char)
        if (!pair) throw new Error(`cannot encode ${char} in ${encoding}`)
        bytes.push(...pair)
      }
    }
    return new Uint8Array(bytes)
  }
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, index) => from + index)
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, endian === 'le')
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), endian === 'le')
  return bytes
}

function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text)
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

const gb18030 = encoderFor('gb18030')
const big5 = encoderFor('big5')

/** A sentence of simplified minutes, and one of traditional minutes (our own). */
const simplified = '二、审议《城区道路养护工作方案》\n会议听取了市交通局关于道路养护工作的汇报。会议原则同意该《方案》。\n'
const traditional = '二、審議《城區道路養護工作方案》\n會議聽取了市交通局關於道路養護工作的匯報。會議原則同意該《方案》。\n'

async function rejection(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error
  )
  expect(error).toBeInstanceOf(ReadError)
  return error as ReadError
}

describe('readInput: encodings', () => {
  it('should read UTF-8 without a byte order mark as utf-8', async () => {
    const input = await readInput(utf8(sample), {path: 'a.txt'})
    expect(input).toEqual({text: sample, format: 'text', encoding: 'utf-8', positionsRefer: 'source', origin: null})
  })

  it('should drop a UTF-8 byte order mark and say utf-8', async () => {
    const input = await readInput(utf8(sample, true), {path: 'a.txt'})
    expect(input.text).toBe(sample)
    expect(input.encoding).toBe('utf-8')
  })

  it('should read UTF-16 LE and BE with a byte order mark', async () => {
    const le = await readInput(utf16(sample, 'le'), {path: 'a.txt'})
    const be = await readInput(utf16(simplified, 'be'), {path: 'b.txt'})
    expect([le.text === sample, le.encoding]).toEqual([true, 'utf-16le'])
    expect([be.text, be.encoding]).toEqual([simplified, 'utf-16be'])
  })

  it('should detect GB18030 when the bytes are not UTF-8', async () => {
    const bytes = gb18030(sample)
    // The encoder really wrote two-byte GB codes: 会 is BB E1 in GB2312.
    expect([...gb18030('会')]).toEqual([0xbb, 0xe1])
    const input = await readInput(bytes, {path: 'a.txt'})
    expect(input.text).toBe(sample)
    expect(input.encoding).toBe('gb18030')
  })

  it('should detect Big5 for traditional characters', async () => {
    const bytes = big5(traditional)
    // 會 is B7 7C in Big5: a trail byte below A1 that GB2312 never has.
    expect([...big5('會')]).toEqual([0xb7, 0x7c])
    const input = await readInput(bytes, {path: 'a.txt'})
    expect(input.text).toBe(traditional)
    expect(input.encoding).toBe('big5')
  })

  it('should prefer GB18030 for simplified text even though it also decodes as Big5', async () => {
    const bytes = gb18030(simplified)
    expect(() => new TextDecoder('big5', {fatal: true}).decode(bytes)).not.toThrow()
    expect((await readInput(bytes)).encoding).toBe('gb18030')
  })

  it('should use a forced encoding and report its name', async () => {
    const input = await readInput(gb18030(simplified), {path: 'a.txt', encoding: 'GB2312'})
    // GB2312 is a label of the WHATWG gbk decoder.
    expect([input.text, input.encoding]).toEqual([simplified, 'gbk'])
    const forced = await readInput(big5(traditional), {encoding: 'big5'})
    expect(forced.encoding).toBe('big5')
  })

  it('should refuse a forced encoding the bytes are not valid in, naming the file', async () => {
    const error = await rejection(readInput(gb18030(simplified), {path: 'old.txt', encoding: 'utf-8'}))
    expect(error.message).toBe('old.txt: not valid utf-8 text')
  })

  it('should refuse an unknown encoding name', async () => {
    const error = await rejection(readInput(utf8(simplified), {path: 'a.txt', encoding: 'klingon'}))
    expect(error.message).toBe('a.txt: unknown encoding `klingon`')
  })

  it('should refuse a forced encoding that contradicts the byte order mark', async () => {
    const error = await rejection(readInput(utf8(simplified, true), {path: 'a.txt', encoding: 'gb18030'}))
    expect(error.message).toBe('a.txt: starts with a utf-8 byte order mark, but the encoding given is gb18030')
  })

  it('should keep CRLF, CR and mixed line ends as they are', async () => {
    const text = '一、甲\r\n会议强调，乙。\r（一）丙。\n'
    expect((await readInput(utf8(text))).text).toBe(text)
  })
})

describe('fixtures/formats', () => {
  // The sample in legacy encodings, for trying the CLI; `UPDATE=1` rewrites them.
  const folder = new URL('../fixtures/formats/', import.meta.url)

  it('should hold the sample in GB18030 with CRLF and in UTF-16 LE, byte for byte', () => {
    const built: Array<[string, Uint8Array]> = [
      ['sample-gb18030-crlf.txt', gb18030(sample.replace(/\n/g, '\r\n'))],
      ['sample-utf16le.txt', utf16(sample, 'le')]
    ]
    const committed = committedFixtures(folder, built)
    for (const [index, [name, bytes]] of committed.entries()) expect(bytes, name).toEqual(built[index][1])
  })
})

describe('readInput: refusals', () => {
  it('should refuse random bytes, naming the file', async () => {
    const error = await rejection(readInput(randomBytes(4096, 7), {path: 'noise.bin'}))
    expect(error.message).toMatch(/^noise\.bin: not a text file/)
  })

  it('should refuse random bytes without NUL bytes, naming the file', async () => {
    const bytes = randomBytes(4096, 11).filter((byte) => byte !== 0)
    const error = await rejection(readInput(bytes, {path: 'noise.dat'}))
    expect(error.message).toBe('noise.dat: not text in UTF-8, GB18030 or Big5; name the encoding with --encoding')
  })

  it('should refuse a PNG image, naming the file and the kind', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
    const error = await rejection(readInput(png, {path: 'scan.png'}))
    expect(error.message).toBe('scan.png: not a text file (looks like a PNG image)')
  })

  it('should refuse a PNG even when told it is text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const error = await rejection(readInput(png, {path: 'scan.txt', from: 'text'}))
    expect(error.message).toBe('scan.txt: not a text file (looks like a PNG image)')
  })

  it('should refuse text with NUL bytes and hint at UTF-16 without a mark', async () => {
    const bytes = utf16('Minutes of the meeting', 'le').subarray(2)
    const error = await rejection(readInput(bytes, {path: 'wide.txt'}))
    expect(error.message).toBe(
      'wide.txt: not a text file (contains NUL bytes); it looks like UTF-16 without a byte order mark: try --encoding utf-16le'
    )
  })

  it('should tolerate a stray control character in text', async () => {
    const input = await readInput(utf8('会议强调\u0007，要抓好落实。'), {path: 'a.txt'})
    expect(input.text).toBe('会议强调\u0007，要抓好落实。')
  })

  it('should refuse text full of control characters', async () => {
    const bytes = new Uint8Array([0x61, 0x01, 0x62, 0x02, 0x63, 0x03])
    const error = await rejection(readInput(bytes, {path: 'ctl.txt'}))
    expect(error.message).toBe('ctl.txt: not a text file (contains control characters)')
  })

  it('should refuse bytes that decode as GB18030 into rare characters rather than give mojibake', async () => {
    // 81 40 … 81 4F are valid GBK codes for rare characters (丂 …), not Chinese prose.
    const bytes = new Uint8Array(range(0x40, 0x4f).flatMap((trail) => [0x81, trail]))
    const error = await rejection(readInput(bytes, {path: 'odd.txt'}))
    expect(error.message).toBe('odd.txt: decodes as gb18030 but does not read as Chinese text; name the encoding with --encoding')
  })

  it('should say when UTF-8 stops in the middle of a character', async () => {
    const bytes = utf8(sample).subarray(0, utf8(sample).length - 6)
    // The sample ends `…项目。\n `: cutting 6 bytes leaves two of the three bytes of 目 (E7 9B AE).
    expect([...bytes.subarray(-2)]).toEqual([0xe7, 0x9b])
    const error = await rejection(readInput(bytes, {path: 'cut.txt'}))
    expect(error.message).toBe('cut.txt: ends in the middle of a UTF-8 character (is the file cut short?)')
  })

  it('should say where UTF-8 has a bad byte', async () => {
    const good = utf8(simplified)
    const bytes = new Uint8Array([...good.subarray(0, 6), 0xff, ...good.subarray(6)])
    const error = await rejection(readInput(bytes, {path: 'flaw.txt'}))
    expect(error.message).toBe('flaw.txt: not valid UTF-8 (a bad byte, the first at byte 6)')
  })

  it('should name stdin when there is no path', async () => {
    const error = await rejection(readInput(new Uint8Array([0x41, 0, 0x42])))
    expect(error.message).toMatch(/^<stdin>: /)
  })
})

describe('chineseShare', () => {
  it('should be 1 for Chinese text and low for mojibake', () => {
    expect(chineseShare(simplified)).toBe(1)
    expect(chineseShare(traditional)).toBe(1)
    expect(chineseShare(new TextDecoder('big5').decode(gb18030(sample)))).toBeLessThan(0.6)
    expect(chineseShare(new TextDecoder('gb18030').decode(big5(traditional)))).toBeLessThan(0.6)
  })

  it('should be 1 for ASCII-only text', () => {
    expect(chineseShare('Minutes')).toBe(1)
  })
})

describe('analyzeInput: the sample in every encoding', () => {
  const reference = analyzeInput(inputOf(sample), {path: 'sample.txt'})

  function inputOf(text: string): Input {
    return {text, format: 'text', encoding: 'utf-8', positionsRefer: 'source', origin: null}
  }

  async function recordOf(bytes: Uint8Array, path: string): Promise<MinutesRecord> {
    return analyzeInput(await readInput(bytes, {path}), {path}).record
  }

  it('should read nine items from the UTF-8 sample', () => {
    expect(reference.record.items.map((item) => item.ordinal)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九'])
  })

  it('should give the same record from GB18030, UTF-16 LE, UTF-16 BE and UTF-8 with BOM, apart from the source', async () => {
    const cases: Array<[Uint8Array, string]> = [
      [gb18030(sample), 'gb18030'],
      [utf16(sample, 'le'), 'utf-16le'],
      [utf16(sample, 'be'), 'utf-16be'],
      [utf8(sample, true), 'utf-8']
    ]
    for (const [bytes, encoding] of cases) {
      const record = await recordOf(bytes, 'sample.txt')
      expect(record.source).toEqual({path: 'sample.txt', format: 'text', encoding, positionsRefer: 'source'})
      expect({...record, source: null}).toEqual({...reference.record, source: null})
    }
  })

  it('should give traditional minutes in Big5 the record of the same text in UTF-8', async () => {
    const minutes = `區政府常務會議紀要\n${traditional.replace('二、', '一、')}會議強調：\n（一）要加強統籌。\n（二）要抓好落實。\n`
    const fromBig5 = await recordOf(big5(minutes), 'big5.txt')
    const fromUtf8 = await recordOf(utf8(minutes), 'big5.txt')
    expect(fromBig5.source.encoding).toBe('big5')
    expect(fromBig5.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([['一', '審議《城區道路養護工作方案》', ['市交通局']]])
    expect({...fromBig5, source: null}).toEqual({...fromUtf8, source: null})
  })

  it('should give the same record from CR line ends, offsets and all', async () => {
    const record = await recordOf(utf8(sample.replace(/\n/g, '\r')), 'sample.txt')
    expect({...record, source: null}).toEqual({...reference.record, source: null})
  })

  it('should give the same record from CRLF line ends, each offset moved by the line ends before it', async () => {
    const record = await recordOf(gb18030(sample.replace(/\n/g, '\r\n')), 'sample.txt')
    // With CRLF every line before a point adds one unit to its offset; lines and columns stay.
    const shifted = mapPoints(reference.record, (point) => ({...point, offset: point.offset + point.line - 1}))
    expect({...record, source: null}).toEqual({...shifted, source: null})
  })

  it('should give the same lines and columns from mixed line ends', async () => {
    let index = 0
    const mixed = sample.replace(/\n/g, () => ['\n', '\r\n', '\r'][index++ % 3])
    const record = await recordOf(utf8(mixed), 'sample.txt')
    const withoutOffsets = (value: MinutesRecord): unknown => ({...mapPoints(value, (point) => ({...point, offset: 0})), source: null})
    expect(withoutOffsets(record)).toEqual(withoutOffsets(reference.record))
  })
})

/** A copy of a value with every unist point replaced. */
function mapPoints<T>(value: T, replace: (point: Point) => Point): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (node === null || typeof node !== 'object') return node
    if ('line' in node && 'column' in node && 'offset' in node) return replace(node as Point)
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]))
  }
  return visit(value) as T
}
