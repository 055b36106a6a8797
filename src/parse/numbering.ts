/**
 * The numbering grammar of GB/T 9704-2012 §7.3.3 and common practice:
 * `一、` → `（一）` → `1.` → `（1）` → `①`, plus enumerations `一是…`, `一要…`,
 * `第一，…`, `首先…其次…`.
 *
 * Markers are matched on the normalized view (half-width punctuation), one
 * character at a time: no regular expressions, so no backtracking.
 */

import {actionVerbs, chineseDigits, countMeasures, enumerationWords, numberedMatterWords, numberedTaskWords, sequenceWords} from '../lexicon.js'
import {words} from '../words.js'
import type {Level} from '../tree.js'
import {chineseNumber} from '../extract/date.js'

/** A marker found at some offset of the normalized text. */
export interface MarkerMatch {
  level: Level
  /** The ordinal as written in the normalized view: `二`, `3`, `①`, `首先`. */
  ordinal: string
  number: number
  /** Offset of the marker. */
  start: number
  /** Offset after the marker and its punctuation: where the content starts. */
  end: number
  /** Offset after the ordinal and any closing bracket, before trailing punctuation. */
  markerEnd: number
}

/** Depth of each level: a deeper level nests in a shallower one. */
export const levelDepth: Readonly<Record<Level, number>> = {
  section: 0,
  subsection: 1,
  arabic: 2,
  'paren-arabic': 3,
  circled: 4,
  enumeration: 5
}

const circledFirst = 0x2460 // ①
const circledLast = 0x2473 // ⑳
const parenthesizedFirst = 0x2474 // ⑴
const parenthesizedLast = 0x2487 // ⒇
const fullStopFirst = 0x2488 // ⒈
const fullStopLast = 0x249b // ⒛
const enclosedIdeographFirst = 0x3220 // ㈠
const enclosedIdeographLast = 0x3229 // ㈩

/** Code units the grammar tests, named by their character. */
const ten = code('十')
const two = code('两')
const comma = code(',')
const colon = code(':')
const dot = code('.')
const space = code(' ')
const lineFeed = 0x0a
const carriageReturn = 0x0d
const pause = code('、')
const tab = code('\t')
const open = code('(')
const close = code(')')
const zero = code('0')
/** Bars after a post's two-digit block number: `01丨`, `01|` (`｜` as the view reads it). */
const blockBars = '丨|'
/** `NO.1 `, `No. 2 `, before an ideograph: a post's block number in Latin (group: the number). */
const latinNumber = /[Nn][Oo]\. ?([1-9]\d?) +(?=[\u3400-\u9fff])/y
/** The financial numerals, one to ten, a post may number its blocks with (`壹丨`). */
const financialNumerals = '壹贰叁肆伍陆柒捌玖拾'
const yi = code('议')
const ti = code('题')
const an = code('案')
const cheng = code('程')
const shi = code('事')
const xiang = code('项')
const jue = code('决')
/** `督办事项`, `议定事项` … before a number (see `numberedMatterWords`). */
const numberedMatters = words(numberedMatterWords)
/** `任务`, `工作任务` before a number and a colon (see `numberedTaskWords`). */
const numberedTasks = words(numberedTaskWords)
const di = code('第')
const lenticularOpen = code('【')
const lenticularClose = code('】')

function code(char: string): number {
  return char.charCodeAt(0)
}

/**
 * The value of each Chinese digit by code unit, -1 for other characters: the
 * grammar tests the character at every clause start, so a typed-array read
 * beats a property lookup on a one-character string (which `charAt` would
 * allocate for every ideograph).
 */
const digitValues = new Int8Array(0x10000).fill(-1)
for (const [digit, value] of Object.entries(chineseDigits)) digitValues[code(digit)] = value

/** The value of the Chinese digit at `index`, or -1 (also past the end). */
function digitAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  // NaN past the end fails the test.
  return unit < 0x10000 ? digitValues[unit] : -1
}

/** First code units of the sequence words that open an enumeration (`首先`, `其次`, `再次`). */
const sequenceFirsts = new Set(sequenceWords.slice(0, 3).map(code))

/**
 * Read a Chinese numeral of 1 to 99 at `start`: `三`, `十一`, `二十三`, `二十`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the numeral may start.
 * @returns
 *   The value and the offset after it, or null.
 */
export function readChineseNumeral(text: string, start: number): {value: number; end: number} | null {
  let index = start
  let value = 0
  const head = text.charCodeAt(index)
  if (head === ten) {
    value = 10
    index++
    const unit = digitAt(text, index)
    if (unit > 0) {
      value += unit
      index++
    }
    return {value, end: index}
  }
  const first = digitAt(text, index)
  if (first <= 0 || head === two) return null
  index++
  if (text.charCodeAt(index) === ten) {
    index++
    value = first * 10
    const unit = digitAt(text, index)
    if (unit > 0 && text.charCodeAt(index) !== two) {
      value += unit
      index++
    }
    return {value, end: index}
  }
  return {value: first, end: index}
}

/**
 * Parse a Chinese numeral string of 1 to 99 (`二十三` → 23), or an Arabic one.
 *
 * @param value
 *   The ordinal.
 * @returns
 *   Its number, or NaN.
 */
export function ordinalNumber(value: string): number {
  if (value.includes('两')) return Number.NaN
  return chineseNumber(value) ?? Number.NaN
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function readDigits(text: string, start: number): number {
  let index = start
  while (index < text.length && index - start < 3 && isDigit(text.charCodeAt(index))) index++
  return index
}

/**
 * Whether empty brackets at a line start (`()`, `( )`) stand for `(一)`: text follows them, and
 * the next line opens with `(二)`.
 */
function lostFirstStroke(text: string, start: number): boolean {
  let end = start + 1
  if (text.charCodeAt(end) === 0x20) end++
  if (text.charCodeAt(end) !== close) return false
  end++
  const next = text.charCodeAt(end)
  if (Number.isNaN(next) || next <= 0x7f || next === 0x3002) return false
  return nextLineOpens(text, end, '(二)')
}

/** Dashes an OCR reads the one stroke of `一` as: em dash, horizontal bar, box-drawing line, hyphen. */
const dashes = '—―─-'

/**
 * Whether `(—)` before `at` stands for `(一)`: an ideograph follows it, and `(二)` follows in the same
 * line (an inline list) or opens the next one.
 */
function dashedFirstStroke(text: string, at: number): boolean {
  if (text.charCodeAt(at) < 0x3400) return false
  const lineEnd = lineEndAfter(text, at)
  return text.slice(at, lineEnd === -1 ? text.length : lineEnd).includes('(二)') || nextLineOpens(text, at, '(二)')
}

/** Whether the line before the one holding `at` opens with `prefix` (after its indent). */
function previousLineOpens(text: string, at: number, prefix: string): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1)
  if (lineStart <= 0) return false
  let from = text.lastIndexOf('\n', lineStart - 1) + 1
  for (let code = text.charCodeAt(from); code === 0x20 || code === 0x09; code = text.charCodeAt(++from));
  return text.startsWith(prefix, from)
}

/** Whether the line after the one holding `at` opens with `prefix` (over blank lines and an indent). */
function nextLineOpens(text: string, at: number, prefix: string): boolean {
  const lineEnd = lineEndAfter(text, at)
  if (lineEnd === -1) return false
  let from = lineEnd + 1
  // (Over blank lines; the view writes every space as ` `.)
  for (let code = text.charCodeAt(from); code === 0x20 || (code >= 0x09 && code <= 0x0d); code = text.charCodeAt(++from));
  return text.startsWith(prefix, from)
}

/** The last line end found (`lineEndAfter`): none between `from` and `end`. */
let lineEnds: {text: string; from: number; end: number} | null = null

/**
 * The first line break at or after `at`, or -1. Markers ask in the order they
 * stand, so the last answer serves until `at` passes it: in a text run into
 * one line, a search to its end at every marker was quadratic.
 */
function lineEndAfter(text: string, at: number): number {
  const cached = lineEnds
  if (cached !== null && cached.text === text && at >= cached.from && (cached.end === -1 || at <= cached.end)) return cached.end
  const end = text.indexOf('\n', at)
  lineEnds = {text, from: at, end}
  return end
}

/**
 * Whether `、` at a line start stands for `一、`: an ideograph follows it, a later line opens with
 * `二、`, and no line with `一、` (a wrapped line may open with the `、` of a list).
 */
function lostFirstSection(text: string, start: number): boolean {
  if (text.charCodeAt(start + 1) < 0x3400) return false
  const lines = lineOpenings(text)
  return !lines.firstSection && lines.secondSection >= start
}

/**
 * Match a marker at `start` of the normalized text.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Offset to look at.
 * @param lineStart
 *   Whether `start` begins a line (section markers and `议题一：` only match there
 *   or after a sentence end; inline enumerations match anywhere the caller allows).
 * @returns
 *   The marker, or null.
 */
export function matchMarker(text: string, start: number, lineStart: boolean): MarkerMatch | null {
  const head = text.charCodeAt(start)

  // `、关于X` over a line `二、…`: a scan's OCR lost the one stroke of `一、`.
  if (head === pause && lineStart && lostFirstSection(text, start)) {
    return {level: 'section', ordinal: '', number: 1, start, end: start + 1, markerEnd: start}
  }

  // `—、关于X` over a line `二、…`: a scan's OCR read the stroke of `一、` as a dash.
  if (lineStart && dashes.includes(text.charAt(start)) && text.charCodeAt(start + 1) === pause && lostFirstSection(text, start + 1)) {
    return {level: 'section', ordinal: text.charAt(start), number: 1, start, end: start + 2, markerEnd: start + 1}
  }

  // `①`
  if (head >= circledFirst && head <= circledLast) {
    let end = start + 1
    const after = text.charCodeAt(end)
    if (after === pause || after === dot) end++
    return {level: 'circled', ordinal: text.charAt(start), number: head - circledFirst + 1, start, end, markerEnd: start + 1}
  }

  // Word's enclosed forms, at the level of what they enclose: `㈠` as `(一)`, `⑴` as `(1)`, `⒈` as `1.`.
  if (head >= enclosedIdeographFirst && head <= enclosedIdeographLast) {
    return withPunctuation(text, {level: 'subsection', ordinal: text.charAt(start), number: head - enclosedIdeographFirst + 1, start, end: start + 1, markerEnd: start + 1})
  }
  if (head >= parenthesizedFirst && head <= fullStopLast) {
    const parenthesized = head <= parenthesizedLast
    const number = head - (parenthesized ? parenthesizedFirst : fullStopFirst) + 1
    return withPunctuation(text, {level: parenthesized ? 'paren-arabic' : 'arabic', ordinal: text.charAt(start), number, start, end: start + 1, markerEnd: start + 1})
  }

  // `(一)`, `(1)`; at a line start `(议题一)`
  if (head === open) {
    if (lineStart && isTopicWord(text, start + 1)) return bracketedTopic(text, start, 3, close, false)
    const numeral = readChineseNumeral(text, start + 1)
    if (numeral && text.charCodeAt(numeral.end) === close) {
      return withPunctuation(text, {
        level: 'subsection',
        ordinal: text.slice(start + 1, numeral.end),
        // `(二)` over another `(二)` line: a scan's OCR read the `(一)` of the list as `(二)`.
        number: numeral.value === 2 && lineStart && nextLineOpens(text, numeral.end, '(二)') && !previousLineOpens(text, start, '(') ? 1 : numeral.value,
        start,
        end: numeral.end + 1,
        markerEnd: numeral.end + 1
      })
    }
    const digitsEnd = readDigits(text, start + 1)
    if (digitsEnd > start + 1 && text.charCodeAt(digitsEnd) === close) {
      return withPunctuation(text, {
        level: 'paren-arabic',
        ordinal: text.slice(start + 1, digitsEnd),
        number: Number(text.slice(start + 1, digitsEnd)),
        start,
        end: digitsEnd + 1,
        markerEnd: digitsEnd + 1
      })
    }
    // `(—)X…;(二)…`: a scan's OCR read the stroke of `(一)` as a dash, its `(二)` after it.
    if (dashes.includes(text.charAt(start + 1)) && text.charCodeAt(start + 2) === close && dashedFirstStroke(text, start + 3)) {
      return withPunctuation(text, {level: 'subsection', ordinal: text.charAt(start + 1), number: 1, start, end: start + 3, markerEnd: start + 3})
    }
    // `()X…` over a line `(二)…`: a scan's OCR lost the one stroke of `(一)`.
    if (lineStart && lostFirstStroke(text, start)) {
      const end = text.indexOf(')', start) + 1
      return {level: 'subsection', ordinal: '', number: 1, start, end, markerEnd: end}
    }
    return null
  }

  // `1.`, `1、` — not `1.5`, not `2021.`; at a line start also `1)`, a `(1)` without its opening bracket
  if (isDigit(head)) {
    const digitsEnd = readDigits(text, start)
    if (digitsEnd - start > 2 || isDigit(text.charCodeAt(digitsEnd))) return null
    const punctuation = text.charCodeAt(digitsEnd)
    const number = Number(text.slice(start, digitsEnd))
    if (number === 0) return null
    // `1.2 会议要求…`: a point of a Word outline's numbering (`1 X` over `1.1`, `1.2`), where a
    // point next to it is numbered so too; not a decimal (`1.5 亿元`, the unit after the space).
    if (punctuation === dot && lineStart) {
      const point = outlinePoint(text, start, digitsEnd)
      if (point) return point
    }
    if ((punctuation === dot || punctuation === pause) && (!isDigit(text.charCodeAt(digitsEnd + 1)) || datedAfterDot.test(text.slice(digitsEnd + 1, digitsEnd + 9)) || (lineStart && numberedAfterDot.test(text.slice(digitsEnd + 1, digitsEnd + 6))))) {
      return {level: 'arabic', ordinal: text.slice(start, digitsEnd), number, start, end: digitsEnd + 1, markerEnd: digitsEnd}
    }
    if (punctuation === close && lineStart) {
      return withPunctuation(text, {level: 'paren-arabic', ordinal: text.slice(start, digitsEnd), number, start, end: digitsEnd + 1, markerEnd: digitsEnd + 1})
    }
    // `01丨研究X工作`, `02|审议Y`: an account's post numbers its blocks with two digits and a bar
    // before the heading (a leading zero, the heading right after the bar, or a space each side: `01 | 研究X`).
    if (lineStart && head === zero && digitsEnd - start === 2) {
      const bar = digitsEnd + (text.charAt(digitsEnd) === ' ' ? 1 : 0)
      const heading = bar + 1 + (bar > digitsEnd && text.charAt(bar + 1) === ' ' ? 1 : 0)
      if (blockBars.includes(text.charAt(bar)) && text.charCodeAt(heading) >= 0x3400) {
        return {level: 'arabic', ordinal: text.slice(start, digitsEnd), number, start, end: heading, markerEnd: digitsEnd}
      }
    }
    // `1 防火办要…` over `2 各站要…`: a copy that lost the dot, where a neighbour is numbered the same
    // way; one space, and no other in the line (a table's row sets its cells apart with spaces).
    if (punctuation === space && lineStart) {
      const content = digitsEnd + 1
      if (text.charCodeAt(content) >= 0x3400 && !measureWords.includes(text.charAt(content)) && !columnGap(text, content) && (digitNeighbour(text, start, number) || isOutlineHead(text, start, number))) {
        return {level: 'arabic', ordinal: text.slice(start, digitsEnd), number, start, end: content, markerEnd: digitsEnd}
      }
    }
    return null
  }

  // `a. 原则同意…`, `b) …`: Word's lower-letter list style, points under a matter, where the line
  // before or after opens with the letter before or after it.
  if (lineStart && head >= 0x61 && head <= 0x6a) {
    const point = letterPoint(text, start)
    if (point) return point
  }

  // `壹丨研究X工作`, `贰 | 审议Y`: a post's blocks numbered with the financial numerals and a bar, as `01丨` does.
  const financial = lineStart ? financialNumerals.indexOf(text.charAt(start)) : -1
  if (financial !== -1) {
    const bar = start + 1 + (text.charAt(start + 1) === ' ' ? 1 : 0)
    const heading = bar + 1 + (bar > start + 1 && text.charAt(bar + 1) === ' ' ? 1 : 0)
    if (blockBars.includes(text.charAt(bar)) && text.charCodeAt(heading) >= 0x3400) {
      return {level: 'arabic', ordinal: text.charAt(start), number: financial + 1, start, end: heading, markerEnd: start + 1}
    }
  }

  // `NO.1 研究X工作`, `No.2 审议Y`: a post's blocks numbered in Latin, a space before the heading.
  if (lineStart && (head === 0x4e || head === 0x6e)) {
    latinNumber.lastIndex = start
    const latin = latinNumber.exec(text)
    if (latin) {
      const end = start + latin[0].length
      return {level: 'arabic', ordinal: latin[1], number: Number(latin[1]), start, end, markerEnd: end - latin[0].length + latin[0].trimEnd().length}
    }
  }

  // `议题一:`, `议题1:`, `议题(一)`; a board's `议案一:`; a council's `议程一:`; `事项一:`; a board's `决议一:`
  if (lineStart && isTopicWord(text, start)) {
    return prefixedNumeral(text, start, 2, 'section', sectionEnds, Number.POSITIVE_INFINITY) ?? prefixedDigits(text, start, 2) ?? bracketedTopic(text, start, 2, close)
  }
  // A supervision office's `督办事项1:`, `交办事项一:`: a list, as `(一)` is, that makes the items
  // right after the preamble and gives points under an item (`会议确定以下督办事项:`).
  // So do a joint meeting's `议定事项一:`, `决定事项一:`.
  if (lineStart && numberedMatters.at(text, start) !== undefined) {
    const found = prefixedNumeral(text, start, 4, 'section', sectionEnds, Number.POSITIVE_INFINITY) ?? prefixedDigits(text, start, 4)
    return found && {...found, level: 'subsection'}
  }
  // `任务一:`, `工作任务二:` over the tasks a meeting set (`会议确定以下工作任务:`): a list as `(一)` is,
  // only with the colon (`任务一` alone names a task in running text).
  const task = lineStart ? numberedTasks.at(text, start) : undefined
  if (task !== undefined) {
    const found = prefixedNumeral(text, start, task.length, 'subsection', [colon], 99)
    if (found) return found
  }

  // `【议题一】`
  if (head === lenticularOpen && text.charCodeAt(start + 1) === yi && text.charCodeAt(start + 2) === ti && lineStart) {
    return bracketedTopic(text, start, 3, lenticularClose)
  }
  // `【一】研究X`: a post's matter numbered by the numeral alone in lenticular brackets, the heading after it.
  if (head === lenticularOpen && lineStart && readChineseNumeral(text, start + 1) !== null) {
    const found = bracketedTopic(text, start, 1, lenticularClose, false)
    if (found && text.charCodeAt(found.end) >= 0x3400) return found
  }

  // `第一项:`, `第二个议题:` at a line start; `第一,`
  if (head === di) {
    return (lineStart ? matterNumeral(text, start) : null) ?? prefixedNumeral(text, start, 1, 'enumeration', enumerationEnds, 20)
  }

  // `首先`, `其次`, `再次`
  if (sequenceFirsts.has(head)) {
    for (let index = 0; index < 3; index++) {
      const word = sequenceWords[index]
      if (text.startsWith(word, start)) {
        let end = start + word.length
        if (text.charCodeAt(end) === comma) end++
        return {level: 'enumeration', ordinal: word, number: index + 1, start, end, markerEnd: start + word.length}
      }
    }
  }

  // `一、` (a section) or `一是`, `一要` (an enumeration)
  const numeral = readChineseNumeral(text, start)
  if (!numeral) return null
  const after = text.charCodeAt(numeral.end)
  // `一、`; at a line start also `一.`, `一,` and `一:`
  if (after === pause || ((after === dot || after === comma || after === colon) && lineStart)) {
    // `一、二季度`, `三、四月份`: a run of numbers, not a marker. At a line start only a number
    // that follows on makes a run: `一、一季度经营情况`, `一、2025年预算` are headings.
    if (lineStart) {
      const following = readChineseNumeral(text, numeral.end + 1)
      if (following && following.value === numeral.value + 1) return null
    } else {
      const next = text.charCodeAt(numeral.end + 1)
      if (digitAt(text, numeral.end + 1) >= 0 || next === ten || isDigit(next)) return null
    }
    return {
      level: 'section',
      ordinal: text.slice(start, numeral.end),
      number: numeral.value,
      start,
      end: numeral.end + 1,
      markerEnd: numeral.end
    }
  }
  // `一 关于…`: a web copy that lost the `、`, at a line start, before what a heading opens with;
  // also a tab for it (`一\t关于…`, a word processor's list).
  if ((after === space || after === tab) && lineStart) {
    let content = numeral.end
    while (text.charCodeAt(content) === space || text.charCodeAt(content) === tab) content++
    // `一 、关于…`: a space slipped in before the `、` (a PDF's text layer, a web editor).
    if (text.charCodeAt(content) === pause) {
      content++
      while (text.charCodeAt(content) === space) content++
      return {level: 'section', ordinal: text.slice(start, numeral.end), number: numeral.value, start, end: content, markerEnd: numeral.end}
    }
    if (headingFirsts.at(text, content) !== undefined || (isHeadingLine(text, content) && spacedNeighbour(text, start, numeral.value))) {
      return {level: 'section', ordinal: text.slice(start, numeral.end), number: numeral.value, start, end: content, markerEnd: numeral.end}
    }
  }
  if (numeral.value <= 20) {
    for (const word of enumerationWords) {
      if (text.startsWith(word, numeral.end)) {
        let end = numeral.end + word.length
        const punctuation = text.charCodeAt(end)
        if (punctuation === comma || punctuation === colon) end++
        return {
          level: 'enumeration',
          ordinal: text.slice(start, numeral.end),
          number: numeral.value,
          start,
          end,
          markerEnd: numeral.end + word.length
        }
      }
    }
  }
  return null
}

/** Whether the rest of a line from `at` reads as a heading: no more than 40 characters, no sentence punctuation. */
function isHeadingLine(text: string, at: number): boolean {
  for (let index = at; index < text.length && index < at + 41; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || code === 0x0d) return index > at
    if (code === comma || code === colon || code === 0x3002 || code === 0x3b) return false
  }
  return text.length - at <= 40 && text.length > at
}

const smallNumerals = '一二三四五六七八九十'

/**
 * Whether the section before or after the one at `start` opens a line the same way (`二 X` below
 * `一 X`): a heading of a noun phrase after an ordinal and a space (`一　新学期教学运行`), where
 * the list tells it.
 */
function spacedNeighbour(text: string, start: number, value: number): boolean {
  const {spaced} = lineOpenings(text)
  const previous = value >= 2 ? spaced.get(value - 1) : undefined
  const next = value < smallNumerals.length ? spaced.get(value + 1) : undefined
  return (previous !== undefined && previous.first < start) || (next !== undefined && next.last >= start)
}

/** What a number before a space may count (`5 月`, `3 个`, `5 %`): then it is no marker. */
const measureWords = countMeasures + '%'

/**
 * Whether the line from `at` holds a space or a tab: a gap between a table's columns (a table
 * copied with one space between its cells too, `1　教师周转房改造　区教育局　8月底前`).
 */
function columnGap(text: string, at: number): boolean {
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || code === 0x0d) return false
    // (Not the spaces a copy sets around a date's digits, `于 10 月 15 日前`: a number and its unit between them.)
    if (code === space) {
      const spaced = spacedNumber.exec(text.slice(index, index + 8))
      if (spaced) {
        index += spaced[0].length - 2
        continue
      }
    }
    if (code === tab || code === space) {
      // (Not the spaces a web copy leaves at a line's end: no column after them.)
      let after = index + 1
      while (text.charCodeAt(after) === space || text.charCodeAt(after) === tab) after++
      const next = text.charCodeAt(after)
      return !(Number.isNaN(next) || next === 0x0a || next === 0x0d)
    }
  }
  return false
}

/** A number set apart by single spaces before its unit of a date: ` 10 月`, ` 15 日`, ` 2025 年`. */
const spacedNumber = /^ \d{1,4} [年月日号]/

/** Whether the line before or after the one at `start` opens with the number before or after `value` and one space. */
function digitNeighbour(text: string, start: number, value: number): boolean {
  const {digits} = lineOpenings(text)
  const previous = digits.get(value - 1)
  const next = digits.get(value + 1)
  return (previous !== undefined && previous.first < start) || (next !== undefined && next.last >= start)
}

/**
 * `1.2 X` at a line start: a point of a Word outline's numbering, where the line before or after
 * opens with the point before or after it (`1.1 `, `1.3 `) and one space, or a first point where
 * the matter before or after has one; level `(1)`, below `1 X`.
 */
function outlinePoint(text: string, start: number, dotAt: number): MarkerMatch | null {
  const minorEnd = readDigits(text, dotAt + 1)
  if (minorEnd === dotAt + 1 || minorEnd - dotAt > 3 || text.charCodeAt(minorEnd) !== space) return null
  const content = minorEnd + 1
  if (text.charCodeAt(content) < 0x3400 || measureWords.includes(text.charAt(content))) return null
  const major = Number(text.slice(start, dotAt))
  const minor = Number(text.slice(dotAt + 1, minorEnd))
  if (minor === 0) return null
  const {outline} = lineOpenings(text)
  const previous = outline.get(`${major}.${minor - 1}`)
  const next = outline.get(`${major}.${minor + 1}`)
  // (Or the first point alone, where the matter before or after has points numbered so: `2.1` under `2 X`.)
  const outlined = minor === 1 && (outline.has(`${major - 1}.1`) || outline.has(`${major + 1}.1`))
  if (!outlined && !((previous !== undefined && previous.first < start) || (next !== undefined && next.last >= start))) return null
  return {level: 'paren-arabic', ordinal: text.slice(start, minorEnd), number: minor, start, end: content, markerEnd: minorEnd}
}

/** `a. X`, `b) X`, `c、X` at a line start (see `matchMarker`): level `(1)`, where a neighbour is lettered so. */
function letterPoint(text: string, start: number): MarkerMatch | null {
  const punctuation = text.charCodeAt(start + 1)
  if (punctuation !== dot && punctuation !== close && punctuation !== pause) return null
  let content = start + 2
  while (text.charCodeAt(content) === space) content++
  if (text.charCodeAt(content) < 0x3400) return null
  const number = text.charCodeAt(start) - 0x60
  const {letters} = lineOpenings(text)
  const previous = number > 1 ? letters.get(number - 1) : undefined
  const next = letters.get(number + 1)
  if (!((previous !== undefined && previous.first < start) || (next !== undefined && next.last >= start))) return null
  return {level: 'paren-arabic', ordinal: text.charAt(start), number, start, end: content, markerEnd: start + 1}
}

/**
 * Whether the line `N X` at `start` heads a Word outline's points: a line after it opens `N.1 `
 * (the number alone, then its points numbered under it), or one before it opens `N-1.1 ` (the
 * outline goes on with a matter of no points, `3 其他事项`).
 */
export function isOutlineHead(text: string, start: number, number: number): boolean {
  const {outline} = lineOpenings(text)
  const first = outline.get(`${number}.1`)
  const before = outline.get(`${number - 1}.1`)
  return (first !== undefined && first.last >= start) || (before !== undefined && before.first < start)
}

/** Where lines open with a number, as `spacedNeighbour`, `digitNeighbour` and `lostFirstSection` ask. */
interface LineOpenings {
  text: string
  /** Lines opening `一 X` (a numeral, spaces or tabs): the first and last line break before one, by value. */
  spaced: Map<number, {first: number; last: number}>
  /** Lines opening `1 X` (one space): the same, by number. */
  digits: Map<number, {first: number; last: number}>
  /** Lines opening `1.2 X` (a Word outline's point, one space): the same, by `1.2`. */
  outline: Map<string, {first: number; last: number}>
  /** Lines opening `a. X` (a Word list's letter before an ideograph): the same, by the letter's place (`a` 1). */
  letters: Map<number, {first: number; last: number}>
  /** Whether some line opens with `一、`. */
  firstSection: boolean
  /** The line break before the last line opening with `二、`, or -1. */
  secondSection: number
}

let openings: LineOpenings | null = null

/**
 * The lines of a text that open with a number, found in one pass and kept
 * for the text being read: each marker asks about its neighbours, and a
 * pass per marker made a text of many such lines quadratic.
 */
function lineOpenings(text: string): LineOpenings {
  if (openings !== null && openings.text === text) return openings
  const spaced = new Map<number, {first: number; last: number}>()
  const digits = new Map<number, {first: number; last: number}>()
  const outline = new Map<string, {first: number; last: number}>()
  const letters = new Map<number, {first: number; last: number}>()
  const note = <K>(map: Map<K, {first: number; last: number}>, key: K, at: number) => {
    const seen = map.get(key)
    if (seen) seen.last = at
    else map.set(key, {first: at, last: at})
  }
  for (const match of text.matchAll(/\n[ \t]*([一二三四五六七八九十])[ \t]+\S/g)) note(spaced, smallNumerals.indexOf(match[1] as string) + 1, match.index)
  for (const match of text.matchAll(/\n[ \t]*(\d{1,2}) (?! )\S/g)) note(digits, Number(match[1]), match.index)
  for (const match of text.matchAll(/\n[ \t]*(\d{1,2}\.\d{1,2}) (?! )\S/g)) note(outline, match[1] as string, match.index)
  for (const match of text.matchAll(/\n[ \t]*([a-j])[.)、] *[\u3400-\u9fff]/g)) note(letters, (match[1] as string).charCodeAt(0) - 0x60, match.index)
  let secondSection = -1
  for (const match of text.matchAll(/\n[ \t]*二、/g)) secondSection = match.index
  openings = {text, spaced, digits, outline, letters, firstSection: /(?:^|\n)[ \t]*一、/.test(text), secondSection}
  return openings
}

/** What a heading opens with after an ordinal and a space (`一 关于…`, `二 研究…`): `关于`, or what the meeting does. */
const headingFirsts = words(['关于', ...actionVerbs])

/** Whether a word that numbers the matters stands at `at`: `议题`, `议案`, `议程`, `事项`. */
function isTopicWord(text: string, at: number): boolean {
  const head = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  // (`决议一:`: a board's resolutions, numbered as its motions are.)
  return (head === yi && (next === ti || next === an || next === cheng)) || (head === shi && next === xiang) || (head === jue && next === yi)
}

/** What may follow `议题一` and `第一`. */
/**
 * A date right after `1.` (`1.6月28日前完成…`, `2.10月底前…`, `3.2027年起…`): the dot ends a
 * marker, as no decimal number stands before `月` or a year's `年`.
 */
const datedAfterDot = /^(?:(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01]|[底初中上下])|\d{4}年)/

/**
 * A building, plot or document's number right after a line's `1.` (`1.3号楼加装电梯…`, `2.12栋外墙…`):
 * the dot ends a marker, as no decimal number counts off buildings or plots.
 */
const numberedAfterDot = /^\d{1,3}(?:号(?!召)|栋|幢|#)/

const sectionEnds = [colon, pause, dot, space]
const enumerationEnds = [comma, pause, colon]

/**
 * A Chinese numeral after a prefix and before one of `ends`: `议题三:`, `第二,`.
 */
function prefixedNumeral(text: string, start: number, prefix: number, level: Level, ends: number[], max: number): MarkerMatch | null {
  const numeral = readChineseNumeral(text, start + prefix)
  if (!numeral || numeral.value > max) return null
  // A section's number may also end its line (`议题一` alone, the heading on the next).
  const after = level === 'section' ? sectionEnd(text, numeral.end) : ends.includes(text.charCodeAt(numeral.end)) ? 1 : -1
  if (after === -1) return null
  return {
    level,
    ordinal: text.slice(start + prefix, numeral.end),
    number: numeral.value,
    start,
    end: numeral.end + after,
    markerEnd: numeral.end
  }
}

/**
 * `议题(一)`, `【议题二】`: a topic's number in brackets; `prefix` is where the
 * number starts (after `(` for the first), `closing` the bracket after it.
 */
function bracketedTopic(text: string, start: number, prefix: number, closing: number, innerOpen = closing === close): MarkerMatch | null {
  let from = start + prefix
  if (innerOpen) {
    if (text.charCodeAt(from) !== open) return null
    from++
  }
  const numeral = readChineseNumeral(text, from)
  const digitsEnd = numeral ? numeral.end : readDigits(text, from)
  if (digitsEnd === from || text.charCodeAt(digitsEnd) !== closing) return null
  const number = numeral ? numeral.value : Number(text.slice(from, digitsEnd))
  if (number === 0) return null
  let end = digitsEnd + 1
  if (text.charCodeAt(end) === colon) end++
  return {level: 'section', ordinal: text.slice(from, digitsEnd), number, start, end, markerEnd: digitsEnd + 1}
}

/** `议题1:`: Arabic digits after a prefix and before one of `sectionEnds`. */
function prefixedDigits(text: string, start: number, prefix: number): MarkerMatch | null {
  const digitsEnd = readDigits(text, start + prefix)
  const after = sectionEnd(text, digitsEnd)
  if (digitsEnd === start + prefix || after === -1) return null
  const number = Number(text.slice(start + prefix, digitsEnd))
  if (number === 0) return null
  return {level: 'section', ordinal: text.slice(start + prefix, digitsEnd), number, start, end: digitsEnd + after, markerEnd: digitsEnd}
}

/**
 * What may follow `第一` to name a matter: `第一项`, `第一个议题`, `第一议题`, `第一项议题`, `第一项议程`;
 * a board's or a council's resolutions and motions, `第一项决议:`, `第二项议案:`.
 */
const matterWords = ['项议题', '个议题', '项议程', '个议程', '项决议', '项议案', '议题', '项']

/** `第一项:`, `第二个议题:`: a numbered matter, as `议题一:` is. */
function matterNumeral(text: string, start: number): MarkerMatch | null {
  // (Or in digits, as a company's minutes write it: `第1项:`.)
  const digitsEnd = readDigits(text, start + 1)
  const numeral = readChineseNumeral(text, start + 1) ?? (digitsEnd > start + 1 ? {value: Number(text.slice(start + 1, digitsEnd)), end: digitsEnd} : null)
  if (!numeral) return null
  const word = matterWords.find((candidate) => text.startsWith(candidate, numeral.end))
  if (!word) return null
  const markerEnd = numeral.end + word.length
  // `第一项,研究…`: after a matter word a comma ends the number too, as news releases write it.
  const after = text.charCodeAt(markerEnd) === comma ? 1 : sectionEnd(text, markerEnd)
  if (after === -1) return null
  return {level: 'section', ordinal: text.slice(start + 1, numeral.end), number: numeral.value, start, end: markerEnd + after, markerEnd}
}

/**
 * What ends the number of a matter at `at` (`议题一:`, `第一项议题`): the length of the
 * punctuation after it (one of `sectionEnds`), 0 at the end of its line (`第二项议题` alone
 * on a line, the heading on the next, or a bracket of the heading after it: `议题一【…】`), or -1 for anything else.
 */
function sectionEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  // Spaces a web copy leaves at the end of the line (`议题一  `) end it as the line end does.
  if (code === space && blankToLineEnd(text, at)) return 0
  if (sectionEnds.includes(code)) return 1
  // A heading in brackets or a title's marks right after the number (`议题一【…】`, `议题二《…》`): kept in the heading.
  if (code === lenticularOpen || code === titleOpen) return 0
  return Number.isNaN(code) || code === lineFeed || code === carriageReturn ? 0 : -1
}

const titleOpen = 0x300a /* 《 */

/** Whether only spaces and tabs stand from `at` to the end of the line. */
function blankToLineEnd(text: string, at: number): boolean {
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === lineFeed || code === carriageReturn) return true
    if (code !== space && code !== 0x09) return false
  }
  return true
}

/** Skip punctuation that may follow a bracketed ordinal: `(一)、`, `(1).` */
function withPunctuation(text: string, match: MarkerMatch): MarkerMatch {
  const after = text.charCodeAt(match.end)
  if (after === pause || after === dot || after === comma || after === colon) match.end++
  return match
}

/**
 * Whether a marker of this level may open an inline list after the given
 * character: enumerations and bracketed ordinals after clause punctuation,
 * bare digits only after a sentence end.
 *
 * @param level
 *   The marker's level.
 * @param before
 *   The character before the marker (empty at the start of a span).
 * @returns
 *   Whether it may.
 */
export function mayStandAfter(level: Level, before: string): boolean {
  if (before === '' || before === '。' || before === ';' || before === ':' || before === '!' || before === '?' || before === ' ') {
    return true
  }
  if (before === ',') return level !== 'arabic' && level !== 'section'
  return false
}
