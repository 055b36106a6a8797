/**
 * Bytes → text: byte order marks, strict UTF-8, then GB18030 or Big5 when the
 * result reads as Chinese; anything else is refused rather than decoded into
 * mojibake.
 */

import {ReadError} from './error.js'

/** Text decoded from bytes, with the encoding used (WHATWG name). */
export interface Decoded {
  text: string
  /** `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or the name of a forced encoding. */
  encoding: string
}

/** Options of `decodeText`. */
export interface DecodeOptions {
  /** The file's name, for messages. */
  name: string
  /** A WHATWG encoding label (`gbk`, `big5`, `utf-16le` …) to use instead of detecting one. */
  encoding?: string | null
  /** An encoding the file declares (an HTML `<meta charset>`), tried when the bytes are not UTF-8. */
  declared?: string | null
}

/** Byte order marks and the encodings they announce. */
const byteOrderMarks: ReadonlyArray<{encoding: string; bytes: readonly number[]}> = [
  {encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf]},
  {encoding: 'utf-16le', bytes: [0xff, 0xfe]},
  {encoding: 'utf-16be', bytes: [0xfe, 0xff]}
]

/** Signatures of common files that are not text, to say what a refused file looks like. */
const signatures: ReadonlyArray<{kind: string; bytes: readonly number[]}> = [
  {kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38]},
  {kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {kind: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {kind: 'a Word 97-2003 document (save it as .docx)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]},
  {kind: 'a gzip archive', bytes: [0x1f, 0x8b]},
  {kind: 'a program', bytes: [0x7f, 0x45, 0x4c, 0x46]}
]

/** Legacy Chinese encodings tried, in order of preference on a tie, after UTF-8. */
const legacyEncodings = ['gb18030', 'big5'] as const

/**
 * Share of a decoding's non-ASCII characters that must be common Chinese
 * characters or punctuation for it to be taken without `--encoding`.
 */
const minimumShare = 0.9

/**
 * Decode a file's bytes.
 *
 * @param bytes
 *   The bytes.
 * @param options
 *   The name for messages, and an encoding to force.
 * @returns
 *   The text and the encoding used; throws `ReadError` when no encoding fits.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const {name} = options
  const mark = byteOrderMarks.find((candidate) => startsWith(bytes, candidate.bytes))

  if (options.encoding) return checked(decodeForced(bytes, options.encoding, mark?.encoding, name), name)

  if (mark) {
    const text = decodeStrict(bytes, mark.encoding)
    if (text === undefined) throw new ReadError(`${name}: starts with a ${mark.encoding} byte order mark but is not valid ${mark.encoding}`)
    return checked({text, encoding: mark.encoding}, name)
  }

  const signature = signatures.find((candidate) => startsWith(bytes, candidate.bytes))
  if (signature) throw new ReadError(`${name}: not a text file (looks like ${signature.kind})`)

  if (bytes.includes(0)) {
    const hint = looksLikeUtf16(bytes) ? '; it looks like UTF-16 without a byte order mark: try --encoding utf-16le' : ''
    throw new ReadError(`${name}: not a text file (contains NUL bytes)${hint}`)
  }

  const utf8 = decodeStrict(bytes, 'utf-8')
  if (utf8 !== undefined) return checked({text: utf8, encoding: 'utf-8'}, name)

  if (options.declared) {
    const encoding = encodingName(options.declared)
    const text = encoding ? decodeStrict(bytes, encoding) : undefined
    if (encoding && text !== undefined) return checked({text, encoding}, name)
  }

  let best: {text: string; encoding: string; share: number} | undefined
  for (const encoding of legacyEncodings) {
    const text = decodeStrict(bytes, encoding)
    if (text === undefined) continue
    const share = chineseShare(text)
    if (!best || share > best.share) best = {text, encoding, share}
  }

  // Nearly valid UTF-8 is UTF-8 with a flaw: say where, rather than blame the encoding.
  const flaw = best && best.share >= minimumShare ? undefined : utf8Flaw(bytes)
  if (flaw) throw new ReadError(`${name}: ${flaw}`)
  if (!best) throw new ReadError(`${name}: not text in UTF-8, GB18030 or Big5; name the encoding with --encoding`)
  if (best.share < minimumShare) {
    throw new ReadError(`${name}: decodes as ${best.encoding} but does not read as Chinese text; name the encoding with --encoding`)
  }
  return checked({text: best.text, encoding: best.encoding}, name)
}

function decodeForced(bytes: Uint8Array, label: string, marked: string | undefined, name: string): Decoded {
  const encoding = encodingName(label)
  if (!encoding) throw new ReadError(`${name}: unknown encoding \`${label}\``)
  // A byte order mark is proof; decoding against it would be mojibake.
  if (marked && marked !== encoding) {
    throw new ReadError(`${name}: starts with a ${marked} byte order mark, but the encoding given is ${encoding}`)
  }
  const text = decodeStrict(bytes, encoding)
  if (text === undefined) throw new ReadError(`${name}: not valid ${encoding} text`)
  return {text, encoding}
}

/** The WHATWG name of an encoding label (`GB2312` → `gbk`), or undefined for an unknown label. */
function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/**
 * The encoding an HTML page declares in its first kilobytes
 * (`<meta charset="gb2312">` or `content="text/html; charset=gbk"`).
 *
 * @param bytes
 *   The page's bytes.
 * @returns
 *   The label as written, or undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return /<meta\b[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
}

/** Decode, or `undefined` when the bytes are not valid in the encoding. A leading BOM is dropped. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/** Refuse decoded text that holds NUL or other control characters: binary data, not minutes. */
function checked(decoded: Decoded, name: string): Decoded {
  const {text} = decoded
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) throw new ReadError(`${name}: not a text file (contains NUL characters)`)
    // Tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark occur in real text.
    if ((code < 0x20 && !(code >= 9 && code <= 13) && code !== 0x1a) || code === 0x7f) controls++
  }
  // A stray control character is tolerated; binary data has many.
  if (controls > Math.max(2, text.length / 100)) throw new ReadError(`${name}: not a text file (contains control characters)`)
  return decoded
}

/**
 * What is wrong with bytes that are UTF-8 but for a few bad sequences, or
 * undefined when they are not UTF-8 at all.
 */
function utf8Flaw(bytes: Uint8Array): string | undefined {
  const bad: number[] = []
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length) index += length
    else if (isCutSequence(bytes, index)) {
      bad.push(index)
      break
    } else {
      bad.push(index)
      index++
    }
  }
  if (bad.length === 0 || bad.length > Math.max(1, bytes.length / 1000)) return undefined
  if (bad.length === 1 && isCutSequence(bytes, bad[0])) {
    return 'ends in the middle of a UTF-8 character (is the file cut short?)'
  }
  return `not valid UTF-8 (${bad.length === 1 ? 'a bad byte' : `${bad.length} bad bytes`}, the first at byte ${bad[0]})`
}

/** How long the UTF-8 sequence a byte leads is: 1 for ASCII, 0 when it leads none. */
function leadLength(lead: number): number {
  if (lead < 0x80) return 1
  return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
}

/** Whether the bytes from `index` are the start of a UTF-8 sequence cut off by the end. */
function isCutSequence(bytes: Uint8Array, index: number): boolean {
  const length = leadLength(bytes[index])
  if (!length || index + length <= bytes.length) return false
  for (let at = index + 1; at < bytes.length; at++) if ((bytes[at] & 0xc0) !== 0x80) return false
  return true
}

/** The length of the valid UTF-8 sequence at `index`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]
  const length = leadLength(lead)
  if (length < 2) return length
  if (index + length > bytes.length) return 0
  for (let offset = 1; offset < length; offset++) if ((bytes[index + offset] & 0xc0) !== 0x80) return 0
  // Overlong forms, surrogates and code points past U+10FFFF.
  const second = bytes[index + 1]
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0
  return length
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** UTF-16 without a byte order mark: ASCII characters put a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  let even = 0
  let odd = 0
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2) odd++
      else even++
    }
  }
  return Math.max(even, odd) > bytes.length / 4 && Math.min(even, odd) < Math.max(even, odd) / 10
}

let commonCharacters: Set<string> | undefined

/**
 * The common Chinese characters: GB2312's level-1 characters (the 3,755 most
 * used simplified ones) and Big5's frequently used characters (5,401
 * traditional ones), read out of the decoders themselves.
 */
function common(): Set<string> {
  if (commonCharacters) return commonCharacters
  const set = new Set<string>()
  const collect = (encoding: string, leads: [number, number], trails: Array<[number, number]>): void => {
    const decoder = new TextDecoder(encoding)
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [low, high] of trails) {
        for (let trail = low; trail <= high; trail++) {
          const char = decoder.decode(new Uint8Array([lead, trail]))
          if (char.length === 1 && char !== '\ufffd') set.add(char)
        }
      }
    }
  }
  collect('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]])
  collect('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]])
  commonCharacters = set
  return set
}

/** Punctuation and symbols that Chinese text uses, by code point range. */
const punctuation: ReadonlyArray<[number, number]> = [
  [0x00a0, 0x00a0], // no-break space
  [0x00b7, 0x00b7], // middle dot
  [0x00d7, 0x00d7], // multiplication sign
  [0x2010, 0x2027], // dashes, quotes, ellipsis
  [0x2030, 0x203b], // per mille, primes, reference mark
  [0x2160, 0x216b], // Roman numerals
  [0x2460, 0x249b], // circled and parenthesised numbers
  [0x25a0, 0x25cf], // squares, triangles, circles used as bullets
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3220, 0x3243], // parenthesised ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xff5e] // full-width forms
]

/**
 * The share of a text's non-ASCII characters that are common Chinese
 * characters or Chinese punctuation: near 1 for text decoded right, low for
 * mojibake (kana, box drawing, private use, rare characters).
 *
 * @param text
 *   The decoded text.
 * @returns
 *   A share from 0 to 1 (1 for ASCII-only text).
 */
export function chineseShare(text: string): number {
  const set = common()
  let good = 0
  let all = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) continue
    all++
    if (set.has(char) || punctuation.some(([low, high]) => code >= low && code <= high)) good++
  }
  return all ? good / all : 1
}
