/**
 * The text as jiyao reads it: the source, a normalized view for matching, and
 * the maps between them.
 *
 * Matching runs on the normalized view, where full-width forms are half-width
 * (`（一）` → `(一)`, `：` → `:`, `，` → `,`), spaces of every width are a
 * space (`&nbsp;`), traditional characters are simplified (`會議` → `会议`),
 * and converter residue such as the pinyin in `區(qū)` and invisible
 * characters (zero-width spaces) are dropped. Values and positions always come from the source, so
 * they stay as written.
 */

import {countMeasures} from './lexicon.js'
import {simplifiedCharacters, traditionalCharacters} from './traditional.js'
import type {Point, Position} from './tree.js'

/**
 * Traditional characters OpenCC leaves as they are, since simplified text
 * writes them too, but that minutes in traditional characters write for
 * `着` and `了` (`著力`, `瞭解`).
 */
const moreTraditional = '著瞭'
const moreSimplified = '着了'

/**
 * The normal form of every code unit, as the difference to add (mod 2^16):
 * one typed-array read per character. Traditional characters (from U+3400)
 * become simplified, full-width forms half-width, the ideographic and
 * no-break spaces a space; zero-width ones `dropMark`.
 *
 * Differences rather than normal forms because a new typed array is already
 * all zeros, the difference of every unchanged code: only the ~3,100 codes
 * that change are written. Filling a table of normal forms walked all
 * 65,536 codes, which in a cold process runs unoptimized and cost ~9 ms of a
 * ~60 ms CLI start. Later writes win where rules overlap.
 */
let deltaTable: Uint16Array | null = null

/**
 * The normal form of code units left out of the view: zero-width spaces
 * and joiners, and the byte order mark inside a text (U+FFFF, a
 * noncharacter, is left out too).
 */
const dropMark = 0xffff

/** Simplified radicals (CJK Radicals Supplement) a PDF's font may draw ideographs with, and those ideographs. */
const radicalForms = '⻓⻔⻛⻜⻢⻅⻋⻩⻬⻉⻚⻘⻝⻣⻥⻦⻨⻰⻆⻈'
const radicalIdeographs = '长门风飞马见车黄齐贝页青食骨鱼鸟麦龙角讠'

function getDeltaTable(): Uint16Array {
  if (!deltaTable) {
    const table = new Uint16Array(0x10000)
    // Straight from the strings, with no map between them for every start to build.
    for (const [from, to] of [
      [traditionalCharacters, simplifiedCharacters],
      [moreTraditional, moreSimplified]
    ]) {
      for (let index = 0; index < from.length; index++) {
        const code = from.charCodeAt(index)
        table[code] = (to.charCodeAt(index) - code) & 0xffff
      }
    }
    for (let code = 0xff01; code <= 0xff5e; code++) table[code] = -0xfee0 & 0xffff
    // Spaces of every width a web page or a word processor writes (the ideographic one, the
    // no-break one of `&nbsp;` indents …) are a space; invisible ones are left out of the view.
    for (const code of [0x3000, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f]) {
      table[code] = (0x20 - code) & 0xffff
    }
    // (And the variation selector that asks for a symbol's emoji form, `▪️`: the symbol is read alone.)
    for (const code of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xfe0f]) table[code] = (dropMark - code) & 0xffff
    // Word's upper Roman list style (`Ⅰ．关于…`, `Ⅱ、…`): the Chinese numerals of the genre's sections,
    // one to ten (`Ⅲ级响应` reads `三级响应`, as it means).
    for (let code = 0x2160; code <= 0x2169; code++) table[code] = ('一二三四五六七八九十'.charCodeAt(code - 0x2160) - code) & 0xffff
    // A table a text browser draws with box characters (`│1 │X│`, `├──┼──┤`): a table of bars, its
    // rules of dashes, as a web copy writes one.
    for (const code of [0x2502, 0x2503, 0x250c, 0x2510, 0x2514, 0x2518, 0x251c, 0x2524, 0x252c, 0x2534, 0x253c]) table[code] = (0x7c - code) & 0xffff
    table[0x2500] = (0x2d - 0x2500) & 0xffff
    table[0x2501] = (0x2d - 0x2501) & 0xffff
    // The circled digits a post editor numbers with, negative (`❶`, `➊`), sans-serif (`➀`) or
    // double (`⓵`): the circled digits `①` to `⑩` of the genre.
    for (const first of [0x2776, 0x2780, 0x278a, 0x24f5]) {
      for (let code = first; code < first + 10; code++) table[code] = (0x2460 + code - first - code) & 0xffff
    }
    // A PDF's text layer may give an ideograph as the Kangxi radical its font drew it with
    // (`⼀、关于…`, `9⽉18⽇`, `⼈民政府`): the ideograph (Unicode's compatibility mapping), simplified.
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const ideograph = String.fromCharCode(code).normalize('NFKC').charCodeAt(0)
      table[code] = (ideograph + table[ideograph] - code) & 0xffff
    }
    for (let index = 0; index < radicalForms.length; index++) {
      const code = radicalForms.charCodeAt(index)
      table[code] = (radicalIdeographs.charCodeAt(index) - code) & 0xffff
    }
    deltaTable = table
  }
  return deltaTable
}

/**
 * A value as sliced from the source without its line breaks, spaces and
 * invisible characters (`县住建\n局`, `县住\u200b建局` → `县住建局`), its
 * characters as the view reads them (`縣人大常委會` → `县人大常委会`,
 * full-width forms half-width): what compares two values read from
 * different places of the text, or a value with a word of the lexicon.
 *
 * @param value
 *   A value from the source.
 * @returns
 *   The value unbroken.
 */
export function unbroken(value: string): string {
  const plain = value.replace(/[\s\u200b-\u200d\u2060]+/g, '')
  const delta = getDeltaTable()
  let index = 0
  while (index < plain.length && delta[plain.charCodeAt(index)] === 0) index++
  if (index === plain.length) return plain
  let normal = plain.slice(0, index)
  for (; index < plain.length; index++) {
    const code = (plain.charCodeAt(index) + delta[plain.charCodeAt(index)]) & 0xffff
    if (code !== dropMark) normal += String.fromCharCode(code)
  }
  return normal
}

/** Tone-marked vowels, which tell converter pinyin from ordinary bracketed Latin. */
const toneVowels = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'
const residueMaxLength = 8

/** A text with its normalized view. */
export interface Doc {
  /** The source, as given. */
  source: string
  /** The normalized view. */
  norm: string
  /** Source offset of a normalized offset (`norm.length` maps to the end). */
  toSource(normOffset: number): number
  /** Normalized offset of a source offset (inside dropped residue: the next kept character). */
  toNorm(sourceOffset: number): number
  /**
   * Source offset where a normalized span ending at `normEnd` (exclusive) ends: after the
   * last kept character, all of an entity that stands for it (`&rdquo;`).
   */
  toSourceEnd(normEnd: number): number
  /** The unist point of a source offset. */
  point(sourceOffset: number): Point
  /** The unist position of a source span. */
  position(sourceStart: number, sourceEnd: number): Position
  /** The unist position of a normalized span. */
  normPosition(normStart: number, normEnd: number): Position
}

/**
 * Map one character code to its normalized form.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   The normalized code unit; U+FFFF for one left out of the view (a
 *   zero-width space, a byte order mark).
 */
export function normalizeCode(code: number): number {
  return (code + getDeltaTable()[code]) & 0xffff
}

/**
 * Whether a code unit is a CJK ideograph (basic block and extension A).
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is one.
 */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/**
 * HTML entities of white space that web copies keep in their text
 * (`&nbsp;&nbsp;一、关于…`): left out of the view, as an indent is.
 */
const spaceEntities = ['&nbsp;', '&ensp;', '&emsp;', '&#160;', '&#xa0;', '&#12288;', '&#x3000;']

/**
 * Tags of layout a copy kept in its text (`<p>…</p>`, `<br>`, `<strong>`, a heading's `<h2>`, a
 * link's `<a href=…>`, Word's `<o:p></o:p>` after each paragraph, a table's rows and the ends of
 * its cells), with their attributes.
 */
const layoutTag = /<(?:\/?(?:p|br|div|span|strong|b|i|u|em|font|a|h[1-6]|o:p|table|tbody|thead|tr)|\/t[dh])(?:\s[^<>]{0,120})?\s*\/?>/iy

/** A table cell's opening tag (`<td>`, `<th class="x">`). */
const cellTag = /<t[dh](?:\s[^<>]{0,120})?\s*>/iy

/**
 * A table cell's opening tag at `index`, as a tab in the view (cells parted by tabs, as the HTML
 * reader gives them), or null.
 */
function cellTagAt(source: string, index: number): {code: number; length: number} | null {
  cellTag.lastIndex = index
  const match = cellTag.exec(source)
  return match ? {code: 0x09, length: match[0].length} : null
}

/** Length of a tag of layout at `index` (see `layoutTag`), or 0: left out of the view. */
function tagAt(source: string, index: number): number {
  layoutTag.lastIndex = index
  const match = layoutTag.exec(source)
  return match ? match[0].length : 0
}

/**
 * HTML entities of characters that web copies keep in their text (`&ldquo;一企一策&rdquo;`):
 * in the view, the character each stands for, so that the `;` ending one ends no clause.
 */
const characterEntities = new Map([
  ['&ldquo;', '“'], ['&rdquo;', '”'], ['&lsquo;', '‘'], ['&rsquo;', '’'], ['&quot;', '"'], ['&amp;', '&'],
  ['&lt;', '<'], ['&gt;', '>'], ['&mdash;', '—'], ['&ndash;', '–'], ['&hellip;', '…'], ['&middot;', '·'], ['&times;', '×']
])
/** A numeric entity: `&#8220;`, `&#x201c;`. */
const numericEntity = /&#(?:(\d{2,6})|x([\da-f]{2,5}));/iy

/** The code and length of an entity of a character at `index` (see `characterEntities`), or null. */
function characterEntityAt(source: string, index: number): {code: number; length: number} | null {
  // (`&amp;ldquo;`: escaped twice, see `spaceEntityAt`.)
  if (source.startsWith('&amp;', index)) {
    const end = source.indexOf(';', index + 5)
    const named = end !== -1 && end - index <= 13 ? characterEntities.get('&' + source.slice(index + 5, end + 1)) : undefined
    if (named && named !== '&') return {code: named.charCodeAt(0), length: end + 1 - index}
  }
  const semicolon = source.indexOf(';', index)
  if (semicolon === -1 || semicolon - index > 9) return null
  const named = characterEntities.get(source.slice(index, semicolon + 1))
  if (named) return {code: named.charCodeAt(0), length: semicolon + 1 - index}
  numericEntity.lastIndex = index
  const match = numericEntity.exec(source)
  const code = match ? (match[1] ? Number(match[1]) : Number.parseInt(match[2], 16)) : 0
  return code > 0x20 && code < 0xd800 ? {code, length: match ? match[0].length : 0} : null
}

/**
 * A pictograph that opens a line (`📌 会议听取了…`, `🔹会议审议了…`, perhaps with its variation
 * selector), as a post on a phone sets one before each matter: in the view, the bullet `◆` a web
 * page writes there, kept as one code unit at its start; or null. Not one inside a line (but see
 * `pointingColonAt`).
 */
function pictographBulletAt(source: string, index: number): {code: number; length: number} | null {
  const low = source.charCodeAt(index + 1)
  if (low < 0xdc00 || low > 0xdfff) return null
  let start = index
  // (Its indent may be of no-break spaces or a tab, as a page's paragraphs are: `\u00a0\u00a0📌 …`.)
  while (start > 0 && ' \t\u00a0\u3000'.includes(source.charAt(start - 1))) start--
  // (Or after a sentence's end, where a copy that lost its line breaks ran the matter on: `…。🔹会议听取了…`.)
  if (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13 && source.charCodeAt(start - 1) !== 0x3002) return pointingColonAt(source, index)
  return {code: 0x25c6, length: source.charCodeAt(index + 2) === 0xfe0f ? 3 : 2}
}

/**
 * A task table pasted as a spreadsheet's CSV export (`序号,议定事项,责任单位,完成时限` over
 * `1,"完成A,同步B",县住建局,10月31日前`): the source offsets of the commas between its cells and of
 * the quotes around a cell, or null. Its header opens with the number column and parts at least three
 * cells with ASCII commas; each row after it parts as many, commas inside quotes kept. Asked only
 * where the text holds `序号,` or `编号,`.
 */
function csvTable(source: string): {commas: Set<number>; quotes: Set<number>} | null {
  if (!/(?:序号|编号|序號|編號),/.test(source)) return null
  const commas = new Set<number>()
  const quotes = new Set<number>()
  // (In traditional characters too, `序號,`; rows may end in CRLF, or stand a blank line apart.)
  for (const header of source.matchAll(/(?:^|\n)[ \t]*(?:序号|编号|序號|編號),[^\n，。]*/g)) {
    const start = header.index + (source.charCodeAt(header.index) === 10 ? 1 : 0)
    const cells = csvRow(source, start)
    if (cells === null || cells.commas.length < 3) continue
    for (const at of cells.commas) commas.add(at)
    for (let line = nextCsvLine(source, cells.end); line < source.length; ) {
      const row = csvRow(source, line)
      // (Each row opens with its number, as the header's first column says: a paragraph after the
      // table, its punctuation ASCII, parts no cells however many commas it holds.)
      if (row === null || row.commas.length !== cells.commas.length || !/^[ \t"]*\d+"?$/.test(source.slice(line, row.commas[0]))) break
      for (const at of row.commas) commas.add(at)
      for (const at of row.quotes) quotes.add(at)
      line = nextCsvLine(source, row.end)
    }
  }
  return commas.size > 0 ? {commas, quotes} : null
}

/** Where the line after a CSV row ending at `end` starts: past its CR LF and any blank lines. */
function nextCsvLine(source: string, end: number): number {
  let at = end
  while (at < source.length && ' \t\r\n'.includes(source.charAt(at))) at++
  return at
}

/** The commas outside quotes and the quotes around cells of the line at `start`, and its end; null where a quote is left open. */
function csvRow(source: string, start: number): {commas: number[]; quotes: number[]; end: number} | null {
  const commas: number[] = []
  const quotes: number[] = []
  let quoted = false
  let index = start
  for (; index < source.length && source.charCodeAt(index) !== 10 && source.charCodeAt(index) !== 13; index++) {
    const code = source.charCodeAt(index)
    if (code === 0x22 && (quoted || index === start || source.charCodeAt(index - 1) === 0x2c)) {
      quoted = !quoted
      quotes.push(index)
    } else if (code === 0x2c && !quoted) commas.push(index)
  }
  return quoted ? null : {commas, quotes, end: index}
}

/**
 * Whether the letter O at `index` is a zero an OCR misread: a digit (full- or half-width) before it,
 * and a digit or a unit of a date or a count after it (`2O日`, `2O26年`, `1O个`); not in a word
 * (`2O2O` reads `2020`, but `5OK` is left alone).
 */
function ocrZeroAt(source: string, index: number): boolean {
  const before = source.charCodeAt(index - 1)
  if (!((before >= 0x30 && before <= 0x39) || (before >= 0xff10 && before <= 0xff19))) return false
  const after = source.charCodeAt(index + 1)
  return (after >= 0x30 && after <= 0x39) || (after >= 0xff10 && after <= 0xff19) || after === 0x4f || after === 0x6f || '年月日号时个万元'.includes(source.charAt(index + 1))
}

/**
 * Letters a Word bullet shows once its Wingdings or Symbol font is lost in a web copy: `l` (a dot),
 * `n` (a square), `u` (a lozenge), `v`, `q`, `Ø` (an arrowhead), `ü` (a tick), `Ÿ`, `§`.
 */
const lostFontBullets = 'lnuvqØüŸ§'

/**
 * Such a letter opening a line (after its indent), then white space and an ideograph
 * (`l  县教育局要…`, `Ø 县发改局要…`): in the view, the bullet `•` it stood for; or null.
 */
function lostFontBulletAt(source: string, index: number): {code: number; length: number} | null {
  if (!lostFontBullets.includes(source.charAt(index))) return null
  let start = index
  while (start > 0 && ' \t\u00a0\u3000'.includes(source.charAt(start - 1))) start--
  if (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) return null
  let after = index + 1
  while (after < index + 5 && ' \t\u00a0\u3000'.includes(source.charAt(after))) after++
  return after > index + 1 && isIdeograph(source.charCodeAt(after)) ? {code: 0x2022, length: 1} : null
}

/**
 * A hand pointing right inside a line, after an ideograph (`会议要求👉X要…`), as a post sets it
 * for the colon that leads in to what follows: in the view, that colon; or null.
 */
function pointingColonAt(source: string, index: number): {code: number; length: number} | null {
  if (source.charCodeAt(index) !== 0xd83d || source.charCodeAt(index + 1) !== 0xdc49) return null
  const before = source.charCodeAt(index - 1)
  if (before < 0x4e00 || before > 0x9fff) return null
  return {code: 0xff1a, length: source.charCodeAt(index + 2) === 0xfe0f ? 3 : 2}
}

/**
 * The keycap of a digit that opens a line (`1️⃣ 研究X工作`: the digit, perhaps a variation
 * selector, U+20E3), as a post on a phone numbers its blocks: in the view, the `、` of
 * `1、`, kept as one code unit after the digit; or null. Not one inside a line.
 */
function keycapAt(source: string, index: number): {code: number; length: number} | null {
  const length = source.charCodeAt(index) === 0xfe0f ? (source.charCodeAt(index + 1) === 0x20e3 ? 2 : 0) : 1
  const digit = source.charCodeAt(index - 1)
  if (length === 0 || digit < 0x30 || digit > 0x39) return null
  let start = index - 1
  while (start > 0 && (source.charCodeAt(start - 1) === 0x20 || source.charCodeAt(start - 1) === 0x3000)) start--
  if (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) return null
  return {code: 0x3001, length}
}

/**
 * Length of an entity of white space at `index` (see `spaceEntities`), or 0; also escaped twice,
 * as an editor that escaped the page's text again leaves it (`&amp;nbsp;`).
 */
function spaceEntityAt(source: string, index: number): number {
  const twice = source.startsWith('&amp;', index) ? 4 : 0
  for (const entity of spaceEntities) if (source.startsWith(entity.slice(1), index + twice + 1)) return entity.length + twice
  return 0
}

/** The box of a Markdown task list's item after its `-`: ` [ ] `, ` [x] `. */
const taskBox = /^ \[[ xX]\] $/

/**
 * Length of Markdown a page converted to text keeps at `index`, or 0: bold
 * marks (`**一、关于…**`), an italic line's marks (`*（来源：…）*`), and at a
 * line start a heading's `#` (`# 关于…纪要`), a quote's `> ` and a list's
 * `- ` before a word (`- 县住建局要…`; not a page number, `- 2 -`), with a task list's box
 * (`- [ ] 财务科：…`).
 * Never text of minutes (`1#楼` has no space after its `#`).
 */
function markupAt(source: string, index: number): number {
  const code = source.charCodeAt(index)
  // (A bullet a converter escaped, `\\- 出席：…`, opens its line as one not escaped does: see `escapeAt`.)
  const before = index > 0 && source.charCodeAt(index - 1) === 0x5c ? index - 1 : index
  const lineStart = before === 0 || source.charCodeAt(before - 1) === 10 || source.charCodeAt(before - 1) === 13
  if (code === 0x2a) {
    if (source.charCodeAt(index + 1) === 0x2a) return 2
    // One `*` opening a line that another closes, or closing one that another opens (`*（来源：…）*`);
    // not a mark at the end of a heading (`关于1#楼改造*`).
    let start = index
    while (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) start--
    let end = index + 1
    while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++
    // (Not the spaces a copy leaves at the line's end: `*（来源：…）*  `, Markdown's own break.)
    while (end > index + 1 && (source.charCodeAt(end - 1) === 0x20 || source.charCodeAt(end - 1) === 0x09)) end--
    const italic = end - start >= 3 && source.charCodeAt(start) === 0x2a && source.charCodeAt(start + 1) !== 0x2a && source.charCodeAt(end - 1) === 0x2a && source.charCodeAt(end - 2) !== 0x2a
    return italic && (index === start || index === end - 1) ? 1 : 0
  }
  if (!lineStart) return code === 0x23 ? closingHashes(source, index) : 0
  if (code === 0x3e /* > */ || code === 0x2d /* - */) {
    // A task list's box after the bullet (`- [ ] 财务科：…`, `- [x] …`) is the bullet's too.
    if (code === 0x2d && taskBox.test(source.slice(index + 1, index + 6)) && source.charCodeAt(index + 6) > 0x20) return 6
    const next = source.charCodeAt(index + 2)
    return source.charCodeAt(index + 1) === 0x20 && next > 0x20 && !(next >= 0x30 && next <= 0x39) ? 2 : 0
  }
  let end = index
  while (source.charCodeAt(end) === 0x23 && end - index < 6) end++
  return source.charCodeAt(end) === 0x20 ? end + 1 - index : 0
}

/**
 * Whether the `?` at `index` is one of an indent lost in an encoding: one to four `?` alone at a
 * line's start, before an ideograph, a digit or an opening mark (`??一、会议听取了…`, `??**一、关于X**`: the em spaces of a post's
 * indent, `&emsp;`, are not in GB2312, and a copy through GBK writes them as `?`). No sentence of
 * minutes opens with a question mark.
 */
function lostIndentAt(source: string, index: number): boolean {
  let start = index
  while (start > 0 && source.charCodeAt(start - 1) === 0x3f) start--
  if (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) return false
  let end = index + 1
  while (end < source.length && source.charCodeAt(end) === 0x3f) end++
  const next = source.charCodeAt(end)
  return end - start <= 4 && (isIdeograph(next) || (next >= 0x30 && next <= 0x39) || next === 0x2a /* a bold heading's ** */ || next === 0x3010 /* 【 */ || next === 0xff08 /* （ */)
}

/**
 * Length of a Markdown escape's backslash at `index`, or 0: a converter that turned a page into
 * Markdown escapes what would read as markup (`1\\. 教务处要…`, `\\- 出席：`, `\\[ 打印 \\]`), and a
 * Markdown reader shows the character after it. Only before ASCII punctuation, as CommonMark has it
 * (a path's `D:\\文件` keeps its backslash).
 */
function escapeAt(source: string, index: number): number {
  const next = source.charCodeAt(index + 1)
  return (next >= 0x21 && next <= 0x2f) || (next >= 0x3a && next <= 0x40) || (next >= 0x5b && next <= 0x60) || (next >= 0x7b && next <= 0x7e) ? 1 : 0
}

/**
 * Length of the hashes that close a Markdown heading at `index` (`## 一、关于X ##`), or 0: after a
 * space, up to the line's end, on a line a heading's `#` opens.
 */
function closingHashes(source: string, index: number): number {
  if (source.charCodeAt(index - 1) !== 0x20 || source.charCodeAt(index - 2) === 0x23) return 0
  let end = index
  while (source.charCodeAt(end) === 0x23) end++
  let after = end
  while (source.charCodeAt(after) === 0x20 || source.charCodeAt(after) === 0x09) after++
  if (after < source.length && source.charCodeAt(after) !== 10 && source.charCodeAt(after) !== 13) return 0
  let start = index
  while (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) start--
  return source.charCodeAt(start) === 0x23 ? end - index : 0
}

/**
 * Length of an online document's mark of a mention at `index` (`@人力资源部 6月10日前…`, `：@韦思彤`),
 * or 0: `@` before an ideograph, after white space, a line start or a colon. Never an address's
 * (`x@y.cn`: a letter before it).
 */
function mentionAt(source: string, index: number): number {
  if (!isIdeograph(source.charCodeAt(index + 1))) return 0
  const before = index === 0 ? 10 : source.charCodeAt(index - 1)
  return before === 10 || before === 13 || before === 0x20 || before === 0x09 || before === 0x3000 || before === 0xff1a || before === 0x3a ? 1 : 0
}

/**
 * Length of a text browser's number of a link at `index` (`[5]首页`, `[8]【打印本页】`), or 0: one to
 * three digits in square brackets right before an ideograph or a bracket of page chrome, at a line
 * start or after white space or `>`. (Not a note's mark after a word, `方案[1]`, nor a year, `[2026]`.)
 */
function linkReferenceAt(source: string, index: number): number {
  const before = index === 0 ? 10 : source.charCodeAt(index - 1)
  if (!(before === 10 || before === 13 || before === 0x20 || before === 0x3e || before === 0x3000)) return 0
  let end = index + 1
  while (end < index + 4 && source.charCodeAt(end) >= 0x30 && source.charCodeAt(end) <= 0x39) end++
  if (end === index + 1 || source.charCodeAt(end) !== 0x5d) return 0
  const after = source.charCodeAt(end + 1)
  return isIdeograph(after) || after === 0x3010 ? end + 1 - index : 0
}

/**
 * Length of a bar a scan's left edge left at a line start (`| 　　一、关于…`, `丨 〔2026〕16号`), or 0:
 * a bar, then white space, and no other bar in the line (a table's row has more).
 */
function edgeBarAt(source: string, index: number): number {
  let start = index
  while (start > 0 && (source.charCodeAt(start - 1) === 0x20 || source.charCodeAt(start - 1) === 0x3000)) start--
  if (start > 0 && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) return 0
  const next = source.charCodeAt(index + 1)
  if (next !== 0x20 && next !== 0x3000 && next !== 0x09) return 0
  for (let at = index + 1; at < source.length; at++) {
    const code = source.charCodeAt(at)
    if (code === 10 || code === 13) break
    if (code === 0x7c || code === 0x4e28 || code === 0xff5c) return 0
  }
  return 1
}

/**
 * Length of converter residue (`(qū)`) at `index`, or 0.
 */
function residueAt(source: string, index: number): number {
  const open = source.charCodeAt(index)
  if ((open !== 0x28 && open !== 0xff08) || index === 0 || !isIdeograph(source.charCodeAt(index - 1))) return 0
  let tone = false
  let cursor = index + 1
  for (; cursor < source.length && cursor - index <= residueMaxLength; cursor++) {
    const code = source.charCodeAt(cursor)
    if (code === 0x29 || code === 0xff09) break
    if (toneVowels.includes(source.charAt(cursor))) tone = true
    else if (!(code >= 0x61 && code <= 0x7a) && code !== 0xfc) return 0
  }
  const close = source.charCodeAt(cursor)
  if (!tone || cursor === index + 1 || (close !== 0x29 && close !== 0xff09)) return 0
  return cursor + 1 - index
}

/** Whether typed arrays are little-endian here, as Node's `utf16le` decoding reads them. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * Decode UTF-16 code units to a string, lone surrogates kept. Under Node,
 * `Buffer` does it 5–7× faster than `String.fromCharCode` (in chunks, to stay
 * under the argument limit), which is the way elsewhere and for short runs.
 */
function decodeUnits(codes: Uint16Array, length: number): string {
  if (length > 64 && littleEndian && typeof Buffer === 'function') {
    return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le')
  }
  let text = ''
  const chunk = 8192
  for (let index = 0; index < length; index += chunk) {
    text += String.fromCharCode.apply(null, codes.subarray(index, Math.min(length, index + chunk)) as unknown as number[])
  }
  return text
}

/**
 * Room for the code units of a view, reused from doc to doc: a typed array
 * per doc is memory outside the heap, and allocating one per line or task
 * made the collector run a third of the time. Decoding copies out of it.
 */
let scratch = new Uint16Array(1024)

function scratchFor(length: number): Uint16Array {
  // A big text gets its own array, so that a 100 MB file leaves no 200 MB buffer behind.
  if (length > 0x10000) return new Uint16Array(length)
  if (scratch.length < length) scratch = new Uint16Array(0x10000)
  return scratch
}

/** Offsets where lines start: after `\n`, `\r\n` and a lone `\r`. */
function findLineStarts(source: string): number[] {
  const lineStarts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10) lineStarts.push(index + 1)
    else if (code === 13 && source.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1)
  }
  return lineStarts
}

/** Three ideographs (or full-width forms) each set off by one space: a line may be letter-spaced. */
const spacedRun = /[\u3000-\u9fff\uff00-\uffef] [\u3000-\u9fff\uff00-\uffef] [\u3000-\u9fff\uff00-\uffef]/

/** Punctuation of a sentence or a number, or the title's `纪 要`, in a short letter-spaced line. */
const spacedSentence = /[，。；：、,;:（）()〔〕]|纪 要\s*$|紀 要\s*$/

/** Whether a code unit is an ideograph or a full-width form (what a letter-spaced line spaces out). */
function isWide(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)
}

/**
 * The spaces of letter-spaced lines, as a PDF's text or a spaced-out heading
 * has them (`会 议 听 取 了 县 教 育 局 …`, `〔 2024 〕 第 12 期`): source
 * offsets, in order, of each single space between two characters of a line
 * whose ideographs nearly all stand apart (at least four of them, hardly two
 * side by side; a line of fewer than ten holds punctuation or is a title). They
 * are left out of the view, so that words read whole; a space between two
 * Latin letters or digits (`09:12 30`) is kept.
 */
function letterSpacing(source: string): number[] {
  if (!spacedRun.test(source)) return []
  const drops: number[] = []
  for (let start = 0; start < source.length; ) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let wide = 0
    let together = 0
    const gaps: number[] = []
    for (let index = start; index < end; index++) {
      const code = source.charCodeAt(index)
      if (isWide(code)) wide++
      const next = source.charCodeAt(index + 1)
      if (index + 1 < end && code > 0x20 && next > 0x20 && (isWide(code) || isWide(next))) together++
      if (code === 0x20 && index > start && index + 1 < end) {
        const before = source.charCodeAt(index - 1)
        if (before > 0x20 && next > 0x20 && (isWide(before) || isWide(next))) gaps.push(index)
      }
    }
    // (Not a row of names padded to align, `张 伟 刘 洋`: a short line needs punctuation, or to be a title.)
    if (wide >= 4 && gaps.length >= 3 && together * 5 <= gaps.length && (wide >= 10 || spacedSentence.test(source.slice(start, end)))) appendAll(drops, gaps)
    start = end + 1
  }
  return drops
}

/** A space between a digit (ASCII or full-width) and an ideograph, either way round. */
const spacedDigit = /[\d\uff10-\uff19] [\u4e00-\u9fff]|[\u4e00-\u9fff] [\d\uff10-\uff19]/

/** Whether a code unit is a digit, ASCII or full-width (`１０ 月`). */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/**
 * The spaces a portal, a repost or a PDF sets between ideographs and digits
 * (`2024 年 5 月 6 日`, `第 35 次`, `议题 1:`): source offsets, in order, of
 * each single space between an ASCII digit and an ideograph, in a text that
 * sets such boundaries apart more often than not (three at least). They are
 * left out of the view, so that dates, counts and ordinals read whole. A
 * text that writes them together keeps its few spaces (a table's cells laid
 * out with one, `县财政局 3月10日前`).
 */
function digitSpacing(source: string): number[] {
  if (!spacedDigit.test(source)) return []
  const gaps: number[] = []
  let together = 0
  for (let index = 1; index + 1 < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 0x20) {
      const before = source.charCodeAt(index - 1)
      const after = source.charCodeAt(index + 1)
      if ((isDigit(before) && isIdeograph(after) && !lineNumberBefore(source, index)) || (isIdeograph(before) && isDigit(after) && !numberingAt(source, index + 1))) gaps.push(index)
    } else if (isDigit(code)) {
      if (isIdeograph(source.charCodeAt(index - 1))) together++
      if (isIdeograph(source.charCodeAt(index + 1))) together++
    }
  }
  return gaps.length >= 3 && gaps.length > together ? gaps : []
}

/**
 * Whether the space at `at` follows a number of one or two digits that opens its line, before a
 * word that counts nothing (`1 县水利局要在 5 月 20 日前…`): a point's number that lost its dot,
 * which the space marks (not `5 月…`, a date opening a line).
 */
function lineNumberBefore(source: string, at: number): boolean {
  let start = at
  while (start > 0 && isDigit(source.charCodeAt(start - 1)) && at - start < 3) start--
  if (at - start > 2) return false
  let line = start
  while (line > 0 && (source.charCodeAt(line - 1) === 0x20 || source.charCodeAt(line - 1) === 0x09 || source.charCodeAt(line - 1) === 0x3000)) line--
  return (line === 0 || source.charCodeAt(line - 1) === 0x0a) && !countMeasures.includes(source.charAt(at + 1))
}

/**
 * Whether digits at `at` open a list's number (`1.`, `2、`, `3)`) or a
 * stamp (`2024-05-27`, `10:35`), which a space sets apart from the text
 * before it as a field of its own (`…工作 1.县林业局要…`, `…常务会议 2024-05-27`).
 */
function numberingAt(source: string, at: number): boolean {
  let end = at
  while (isDigit(source.charCodeAt(end))) end++
  const mark = source.charCodeAt(end)
  if (mark === 0x29 /* ) */ || mark === 0xff09 /* ） */) return true
  const digitAfter = isDigit(source.charCodeAt(end + 1))
  // A date stamp (`2024-05-27`, `2024/5/27`, `2024.05.27`) or a time (`10:35`).
  if (digitAfter) return (end - at === 4 && (mark === 0x2d /* - */ || mark === 0x2f /* / */ || mark === 0x2e /* . */)) || (end - at <= 2 && mark === 0x3a /* : */)
  return mark === 0x2e /* . */ || mark === 0x3001 /* 、 */ || mark === 0xff0e /* ． */
}

/**
 * The single spaces left out of the view: those of letter-spaced lines and
 * those set around digits, in order.
 */
function droppedSpaces(source: string): number[] {
  const letters = letterSpacing(source)
  const digits = digitSpacing(source)
  if (digits.length === 0) return letters
  if (letters.length === 0) return digits
  return [...new Set([...letters, ...digits])].sort((a, b) => a - b)
}

/**
 * A `.` after an ideograph, a closing bracket or quote (`"种粮卖得出".`) or a percent sign (`落实率为71.3%.`),
 * not before a digit, a letter or another dot: a full stop. Before the number of the next item it is one
 * too, where a copy lost its line breaks (`…跟踪审计.2.关于…`, `…完工.3、关于…`).
 */
const stopDot = /[\u4e00-\u9fff)）”"》%]\.(?:(?![\dA-Za-z.])|(?=\d{1,2}[.、][\u4e00-\u9fff]))/g

/** Whether the `.` at `index` ends a sentence (see `stopDot`), not a section's number (`一.关于…` opening a line). */
function stopDotAt(source: string, index: number): boolean {
  if (sectionDotAt(source, index)) return false
  stopDot.lastIndex = index - 1
  const match = stopDot.exec(source)
  return match !== null && match.index === index - 1
}

/** Chinese numerals that number sections: `一` … `十`, `百`. */
const sectionNumerals = '一二三四五六七八九十百'

/** Whether the `.` at `index` follows a Chinese numeral that opens its line (after an indent): `一.关于…`. */
function sectionDotAt(source: string, index: number): boolean {
  let start = index
  while (start > 0 && sectionNumerals.includes(source.charAt(start - 1))) start--
  if (start === index || index - start > 3) return false
  while (start > 0 && ' \t\u00a0\u3000'.includes(source.charAt(start - 1))) start--
  return start === 0 || source.charCodeAt(start - 1) === 10 || source.charCodeAt(start - 1) === 13
}

/**
 * Whether a text ends its sentences in an ASCII `.` where `。` belongs (a
 * copy out of a PDF or an OCR pass: `会议原则同意该方案.县水利局要…`): more
 * such stops than `。`, and at least two.
 *
 * @param source
 *   The text.
 * @returns
 *   Whether it does.
 */
export function asciiStopped(source: string): boolean {
  if (!source.includes('.')) return false
  let dots = 0
  // (From the start: `matchAll` goes on from the pattern's `lastIndex`, which `stopDotAt` moves.)
  stopDot.lastIndex = 0
  for (const match of source.matchAll(stopDot)) if (!sectionDotAt(source, match.index + 1)) dots++
  if (dots < 2) return false
  let fullStops = 0
  for (let at = source.indexOf('。'); at !== -1 && fullStops < dots; at = source.indexOf('。', at + 1)) fullStops++
  return dots > fullStops
}

/**
 * Make the normalized view of a text, with the maps between the two.
 *
 * @param source
 *   The text.
 * @param joins
 *   Source spans to leave out of the view, `[from, to)` pairs in order: the
 *   line ends of a hard-wrapped text (see `wrapJoins`).
 * @param stops
 *   Whether the text ends its sentences in an ASCII `.` (see `asciiStopped`):
 *   such a `.` is a `。` in the view.
 * @returns
 *   The doc.
 */
export function createDoc(source: string, joins: readonly number[] = [], stops = false): Doc {
  const delta = getDeltaTable()
  const codes = scratchFor(source.length)
  let sourceOf: Uint32Array | null = null
  let length = 0
  // Whether the view differs from the source: when not, the source is the view, with no copy.
  let changed = false
  let join = 0
  const spaced = droppedSpaces(source)
  const csv = csvTable(source)
  let gap = 0
  /** Source lengths of the entities kept as one code unit, by their normalized offset. */
  const entityLengths = new Map<number, number>()
  for (let index = 0; index < source.length; index++) {
    let code = source.charCodeAt(index)
    // An entity of a character stands for it: the view keeps one code unit, at the entity's start.
    const entity =
      code === 0x26 /* & */ && spaceEntityAt(source, index) === 0
        ? characterEntityAt(source, index)
        : code === 0x3c /* < */
          ? cellTagAt(source, index)
          : code >= 0xd83c && code <= 0xd83e
            ? pictographBulletAt(source, index)
            : code === 0xfe0f || code === 0x20e3
              ? keycapAt(source, index)
              : code === 0x6c || code === 0x6e || code === 0x71 || code === 0x75 || code === 0x76 || code === 0xd8 || code === 0xfc || code === 0x178 || code === 0xa7
                ? lostFontBulletAt(source, index)
                : null
    if (entity) code = entity.code
    let normal = (code + delta[code]) & 0xffff
    // A copy that ends its sentences in `.`: a full stop in the view (see `asciiStopped`).
    if (stops && code === 0x2e && stopDotAt(source, index)) normal = 0x3002
    // A zero a scan's OCR read as the letter O, after a digit (`4月2O日前`, `2O26年`): a zero.
    if ((code === 0x4f || code === 0x6f) && ocrZeroAt(source, index)) normal = 0x30
    // An indent a copy through GBK lost to `?` (`??会议听取了…`: em spaces, no-break spaces): spaces.
    if (code === 0x3f && lostIndentAt(source, index)) normal = 0x20
    // The commas that part a spreadsheet's cells (see `csvTable`): tabs, as a Word table's.
    if (code === 0x2c && csv !== null && csv.commas.has(index)) normal = 0x09
    let dropped = 0
    while (gap < spaced.length && spaced[gap] < index) gap++
    if (join < joins.length && index === joins[join]) {
      dropped = joins[join + 1] - index
      join += 2
    } else if (gap < spaced.length && spaced[gap] === index) {
      dropped = 1
    } else if (normal === dropMark || (code === 0x22 && csv !== null && csv.quotes.has(index))) {
      dropped = 1
    } else if ((code === 0x28 || code === 0xff08) && index > 0) {
      dropped = residueAt(source, index)
    } else if (code === 0x26 /* & */) {
      dropped = spaceEntityAt(source, index)
    } else if (code === 0x3c /* < */) {
      dropped = tagAt(source, index)
    } else if (code === 0x2a /* * */ || code === 0x23 /* # */ || code === 0x3e /* > */ || code === 0x2d /* - */) {
      dropped = markupAt(source, index)
    } else if (code === 0x5c /* \\ */) {
      dropped = escapeAt(source, index)
    } else if (code === 0x40 /* @ */) {
      dropped = mentionAt(source, index)
    } else if (code === 0x5b /* [ */) {
      dropped = linkReferenceAt(source, index)
    } else if (code === 0x7c /* | */ || code === 0x4e28 /* 丨 */) {
      dropped = edgeBarAt(source, index)
    }
    if (dropped > 0) {
      if (!sourceOf) {
        sourceOf = new Uint32Array(source.length + 1)
        for (let kept = 0; kept < length; kept++) sourceOf[kept] = kept
      }
      index += dropped - 1
      changed = true
      continue
    }
    if (entity && !sourceOf) {
      sourceOf = new Uint32Array(source.length + 1)
      for (let kept = 0; kept < length; kept++) sourceOf[kept] = kept
    }
    if (entity) entityLengths.set(length, entity.length)
    if (sourceOf) sourceOf[length] = index
    if (normal !== code || entity) changed = true
    codes[length++] = normal
    if (entity) index += entity.length - 1
  }
  const norm = changed ? decodeUnits(codes, length) : source
  if (sourceOf) sourceOf[length] = source.length

  let normOf: Uint32Array | null = null
  if (sourceOf) {
    normOf = new Uint32Array(source.length + 1)
    let kept = 0
    for (let index = 0; index <= source.length; index++) {
      while (kept < length && sourceOf[kept] < index) kept++
      normOf[index] = kept
    }
  }

  // Line starts, found on the first point asked for: docs made for a line or a task never need them.
  let lineStarts: number[] = []
  let lineCount = 0

  const toSource = sourceOf ? (offset: number) => sourceOf[offset] : (offset: number) => offset
  const toNorm = normOf ? (offset: number) => normOf[offset] : (offset: number) => offset
  const toSourceEnd = (end: number) => (end === 0 ? toSource(0) : toSource(end - 1) + (entityLengths.get(end - 1) ?? 1))

  // Points are mostly asked for in order, near the last one: try its line and the next before searching.
  let lastLine = 0

  function lineOf(offset: number): number {
    if (lineCount === 0) {
      lineStarts = findLineStarts(source)
      lineCount = lineStarts.length
    }
    if (offset >= lineStarts[lastLine]) {
      if (lastLine + 1 === lineCount || offset < lineStarts[lastLine + 1]) return lastLine
      if (lastLine + 2 === lineCount || offset < lineStarts[lastLine + 2]) return ++lastLine
    }
    let low = 0
    let high = lineCount - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    lastLine = low
    return low
  }

  function point(offset: number): Point {
    const line = lineOf(offset)
    return {line: line + 1, column: offset - lineStarts[line] + 1, offset}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }

  const doc: Doc = {
    source,
    norm,
    toSource,
    toNorm,
    toSourceEnd,
    point,
    position,
    normPosition(start, end) {
      if (end !== start) return position(toSource(start), toSourceEnd(end))
      // An empty span stands right after the character before it, not past what the view left
      // out after that (a zero-width space after `一、` at a line end): inside the span it ends.
      const at = start > 0 ? toSource(start - 1) + 1 : toSource(0)
      return position(at, at)
    }
  }
  return doc
}

/**
 * Append every item of `items` to `list`: not `list.push(...items)`, whose
 * arguments overflow the stack past some 100,000 items (a line of that many
 * sentences or names).
 *
 * @param list
 *   The list to append to.
 * @param items
 *   What to append, in order.
 */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item)
}

/**
 * How many spaces and tabs stand before `start` on its line (its indent, where `start` is where the
 * line's text begins).
 *
 * @param text
 *   The text (a normalized view).
 * @param start
 *   An offset in it.
 * @returns
 *   The count of spaces and tabs right before it.
 */
export function indentOf(text: string, start: number): number {
  let at = start
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at--
  return start - at
}
