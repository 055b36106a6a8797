/**
 * Hard-wrapped text: minutes taken out of a PDF (or a fixed-width page) end
 * every line at the same width, in the middle of a sentence, a name or a
 * date (`…主持召开市政府第8次` / `常务会议，…`). Read line by line, each
 * sentence would break at every line end.
 *
 * A text is taken for hard-wrapped when lines that end open (without `。`
 * `;` `!` `?` `:`) and go on at the next line pile up at one width, and
 * hardly any line is wider. Then each full line (open or not: a `。` may
 * fall at the width in mid-paragraph) is joined to the next one, also over
 * a page number (`— 2 —`), unless the next one opens something of its own:
 * a numbering marker, a label (`列席:`), an indented paragraph, a title, a
 * table row, or, after a heading or a sentence end, the meeting speaking
 * (`会议听取了…`). The joins are dropped from the normalized view (see
 * `createDoc`), so the parser and the extractors see one line and
 * positions still point into the source (a value that runs over a join
 * holds its line end).
 */

import type {Doc} from '../doc.js'
import type {NoiseKind} from '../tree.js'
import {agendaColumnLabels, continuationFirsts, deadlineLabels, headingEndings, issuerSuffixes, labelBullets, reportingColumnLabels, taskColumnLabels} from '../lexicon.js'
import {words} from '../words.js'
import {matchCue} from './inline.js'
import {classifyDocLine, isPageText, isSpace, ownerColumnRole, speaksOfMatter} from './line.js'
import {matchMarker} from './numbering.js'

/** One physical line. */
interface Physical {
  /** Normalized offsets of its content, trimmed. */
  start: number
  end: number
  /** Source offsets of its content, trimmed. */
  sourceStart: number
  sourceEnd: number
  /** Display width, indent included: ideographs and full-width forms count two columns. */
  width: number
  /** Characters, indent included: every character one (a PDF's text may wrap at a count of characters). */
  chars: number
  /** Display width without the spaces a PDF's extraction sets around Latin digits and letters (`在 5 月 15 日前`). */
  unspaced: number
  /** Leading white space, in display columns. */
  indent: number
  /** Whether it ends without a sentence end, so the text may go on. */
  open: boolean
}

/** Lines narrower than this are never taken for full lines (16 ideographs: a narrow column of a PDF page). */
const minimumWidth = 40
/**
 * Narrower lines than `minimumWidth`, down to 12 ideographs (a narrow
 * column, a copy made on a phone), are taken for full lines only where the
 * text is found wrapped at no wider width, and most of its lines fill the
 * width (see `measuredJoins`): at such widths fall a table's cells one a
 * line, labels, short headings.
 */
const narrowMinimumWidth = 24
/** How far short of the width a full line may end: a wide character that did not fit, a space. */
const slack = 4

/**
 * Find where a hard-wrapped text should be joined.
 *
 * @param doc
 *   The doc of the text (see `createDoc`).
 * @returns
 *   Source spans `[from, to)` to drop, in order, each a line end with the
 *   white space around it; empty when the text is not hard-wrapped.
 */
export function wrapJoins(doc: Doc): number[] {
  return mergeJoins(textJoins(doc), tableJoins(doc))
}

/** The joins of running text (see `wrapJoins`). */
function textJoins(doc: Doc): number[] {
  const wide = manyLongLines(doc.source)
  // Paragraphs broken under an indent need lines that start indented and two open line ends
  // before a line with none (most texts have neither).
  const indented = /\n[ \t\u3000\u00a0]/.test(doc.source) && openBreaks(doc.norm) >= 2
  if (wide && !indented) return []
  const lines = singleSpaced(physicalLines(doc))
  const joins = wide ? [] : widthJoins(doc, lines)
  return joins.length > 0 || !indented ? joins : brokenParagraphJoins(doc, lines)
}

/**
 * The joins of a text wrapped at one width (see `wrapJoins`), measured in
 * display columns or in characters: a PDF's text wraps at a width, where an
 * ASCII digit is half an ideograph, or at a count of characters, where it is
 * one. Each line measured the way the text was wrapped falls at the one
 * width; the measure that finds more lines at it wins (display columns where
 * both find as many).
 */
function widthJoins(doc: Doc, lines: Array<Physical | null>): number[] {
  const columns = measuredJoins(doc, lines, displayMeasure)
  // Only a text with digits or Latin letters in its lines reads differently by characters.
  const characters = /[\x21-\x7e]/.test(doc.norm) ? measuredJoins(doc, lines, characterMeasure) : []
  let best = characters.length > columns.length ? characters : columns
  if (columns.length === 0) {
    // No wider width found: a narrow one, or a count of characters, whichever finds more.
    const narrow = measuredJoins(doc, lines, narrowMeasure)
    best = characters.length > narrow.length ? characters : narrow
  }
  // (Only where a line has a space by a Latin digit or letter: most texts' digits stand next to their words.)
  if (!/[\dA-Za-z] [^ ]|[^ ] [\dA-Za-z]/.test(doc.source)) return best
  const unspaced = measuredJoins(doc, lines, unspacedMeasure)
  return unspaced.length > best.length ? unspaced : best
}

/**
 * Two lists of joins as one, in order (a span in both is kept once).
 *
 * @param first
 *   Source spans `[from, to)`, in order.
 * @param second
 *   More of them, in order.
 * @returns
 *   All of them, in order.
 */
export function mergeJoins(first: number[], second: number[]): number[] {
  if (second.length === 0) return first
  if (first.length === 0) return second
  const pairs: Array<[number, number]> = []
  for (const list of [first, second]) for (let index = 0; index < list.length; index += 2) pairs.push([list[index] as number, list[index + 1] as number])
  pairs.sort((a, b) => a[0] - b[0])
  const joins: number[] = []
  for (const [from, to] of pairs) {
    if (joins.length > 0 && from < (joins[joins.length - 1] as number)) continue
    joins.push(from, to)
  }
  return joins
}

/** One line of the normalized view, trimmed, with the cells it is parted into. */
interface TableLine {
  start: number
  end: number
  /** The cells (two or more for a row), or one for a line without a separator. */
  cells: number
}

/**
 * The joins of a table's rows whose cell wrapped onto the next line, as a
 * Word or web table is copied into text (cells parted by tabs, or by runs
 * of spaces): `1  关于…  县农业农村局  同意…,由县财政` / `局于3月10日前拨付到位`,
 * `1\t开展…,各街` / `道配合落实\t区城管局\t6月30日前`. Under a header
 * that names the table's columns (`序号  议题  汇报单位  会议意见`,
 * `议定事项\t责任单位\t完成时限`), a row short of cells goes on at the next
 * line where that line holds the cells it lacks; a line without cells goes on
 * the row above when more rows follow it, or when the row ends open (no
 * sentence end) and the line opens nothing of its own (a label, a marker, the
 * meeting speaking). A line set under a middle column of a table parted by
 * spaces goes on that cell, not the last: it is left as it is. Read line by
 * line, the wrapped cell would end its clause at the line end
 * (`由县财政` / `局`: the owner cut short).
 */
function tableJoins(doc: Doc): number[] {
  const {norm} = doc
  if (!norm.includes('\t') && !norm.includes('  ') && !norm.includes('|')) return []
  if (!hasHeader(norm)) return []
  const lines: TableLine[] = []
  for (let start = 0; start <= norm.length; ) {
    let end = norm.indexOf('\n', start)
    if (end === -1) end = norm.length
    let from = start
    let to = end
    while (from < to && isSpace(norm.charCodeAt(from))) from++
    while (to > from && isSpace(norm.charCodeAt(to - 1))) to--
    lines.push({start: from, end: to, cells: from < to ? 1 : 0})
    start = end + 1
  }
  const joins: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index] as TableLine
    if (norm.charCodeAt(header.start) === bar) {
      index = barredRows(doc, lines, index, joins) - 1
      continue
    }
    const separator = cellSeparator(norm, header)
    if (separator === null) continue
    const width = headerWidth(norm, header, separator)
    if (width === 0) continue
    // (A header whose last column is the deadline: a row whose every cell is there and whose deadline
    // is closed, `…\t资产管理部\t下一次董事会前`, goes on at no line, `X负责对上述事项跟踪督办…`.)
    const dueLast = deadlineLabels.includes(cellTexts(norm, header, separator).at(-1)?.replace(/\s+/g, '') ?? '')
    // A table copied with a blank line after every line (rows, and the lines a cell wrapped onto).
    const spaced = (lines[index + 1] as TableLine | undefined)?.cells === 0 && isRow(norm, lines[index + 2], separator)
    // The line after `from` (over one blank line in a spaced table).
    const following = (from: number): number => (spaced && lines[from + 1]?.cells === 0 ? from + 2 : from + 1)
    let at = spaced ? index + 2 : index + 1
    while (at < lines.length) {
      const row = lines[at] as TableLine
      const cells = cellCount(norm, row, separator)
      if (cells < 2) break
      let last = at
      let count = cells
      // The lines the row goes on at.
      for (let next = following(at); next < lines.length; next = following(next)) {
        const line = lines[next] as TableLine
        const before = lines[last] as TableLine
        if (line.cells === 0) break
        const more = cellCount(norm, line, separator)
        if (more >= 2) {
          // The cells the row lacks (its last one goes on at the line's first); a line that opens
          // with a number is the next row, short of a merged cell.
          if (count + more - 1 > width || count >= width || /^\d+\s/.test(norm.slice(line.start, line.end))) break
        } else {
          if (dueLast && count >= width && closedDeadline.test(norm.slice(before.start, before.end))) break
          if (opensOwn(doc, line) || underMiddleCell(doc, before, line, separator)) break
          if (!isRow(norm, lines[following(next)], separator) && (!isOpenEnd(norm, before.start, before.end) || speaksOfMatter(norm, line.start) || matchCue(norm, line.start))) break
        }
        joins.push(doc.toSourceEnd(before.end), doc.toSource(line.start))
        count += more - 1
        last = next
      }
      at = following(last)
      // Blank lines between rows (an HTML table copied row by row).
      while (at < lines.length && (lines[at] as TableLine).cells === 0 && isRow(norm, lines[at + 1], separator)) at++
    }
    index = at - 1
  }
  return joins
}

const bar = 0x7c // |

/** The end of a deadline written whole, closing a row's last cell: `6月30日前`, `会后10日内`. */
const closedDeadline = /(?:之?前|[之以]?内)$/

/**
 * Whether a line of the text may be a table's header (see `headerWidth`,
 * `barredRows`): a quick pass over the lines with a separator in them, so
 * that texts without a table (most) build no table of lines.
 */
function hasHeader(norm: string): boolean {
  for (let start = 0; start < norm.length; ) {
    let end = norm.indexOf('\n', start)
    if (end === -1) end = norm.length
    const line: TableLine = {start, end, cells: 1}
    const separator = norm.charCodeAt(start) === bar ? null : cellSeparator(norm, line)
    if (norm.charCodeAt(start) === bar || separator !== null) {
      while (line.start < line.end && isSpace(norm.charCodeAt(line.start))) line.start++
      while (line.end > line.start && isSpace(norm.charCodeAt(line.end - 1))) line.end--
      const labels = separator === null ? norm.slice(line.start, line.end).split('|') : cellTexts(norm, line, separator)
      let known = 0
      for (const label of labels) if (isColumnLabel(label.replace(/\s+/g, ''))) known++
      // (A header spaced out to align, `议  题`, is joined again by `headerWidth`: let it decide.)
      if (known >= 2 || (separator === '  ' && known >= 1)) return true
    }
    start = end + 1
  }
  return false
}

/** Whether a label names a column of a table of minutes. */
function isColumnLabel(label: string): boolean {
  return columnLabels.has(label) || ownerColumnRole(label) !== undefined
}

/**
 * The rows of a table written with bars (`| 序号 | 议题 | 汇报单位 | 会议意见 |`)
 * under the header at `index`, where a row that does not close with its bar,
 * as the header does, goes on at the lines after it up to the one that does
 * (`| 2 | … | 同意…,由区财政局` / `于8月31日前落实经费 |`: a web table's cell
 * broken by a line break): those line ends are joined (into `joins`).
 * Returns the index after the table.
 */
function barredRows(doc: Doc, lines: TableLine[], index: number, joins: number[]): number {
  const {norm} = doc
  const header = lines[index] as TableLine
  const labels = norm.slice(header.start, header.end).split('|').map((label) => label.replace(/\s+/g, ''))
  let known = 0
  for (const label of labels) if (columnLabels.has(label) || ownerColumnRole(label) !== undefined) known++
  if (known < 2 || norm.charCodeAt(header.end - 1) !== bar) return index + 1
  let at = index + 1
  while (at < lines.length && norm.charCodeAt((lines[at] as TableLine).start) === bar) {
    const row = lines[at] as TableLine
    let last = at
    if (norm.charCodeAt(row.end - 1) !== bar) {
      // The lines up to the one that closes the row (a few at most), none opening a row of its own.
      let close = at + 1
      while (close < lines.length && close - at <= 3 && (lines[close] as TableLine).cells > 0 && norm.charCodeAt((lines[close] as TableLine).start) !== bar && norm.charCodeAt((lines[close] as TableLine).end - 1) !== bar) close++
      const closing = lines[close]
      if (closing !== undefined && close - at <= 3 && closing.cells > 0 && norm.charCodeAt(closing.start) !== bar && norm.charCodeAt(closing.end - 1) === bar) {
        for (let next = at + 1; next <= close; next++) joins.push(doc.toSource((lines[next - 1] as TableLine).end - 1) + 1, doc.toSource((lines[next] as TableLine).start))
        last = close
      }
    }
    at = last + 1
  }
  return at
}

const columnLabels = new Set([
  ...agendaColumnLabels.topic,
  ...agendaColumnLabels.reporter,
  ...agendaColumnLabels.opinion,
  ...taskColumnLabels,
  ...deadlineLabels,
  ...reportingColumnLabels
])

/**
 * How many cells a table's header has, or 0 for a line that is no header:
 * two of its labels (spaces taken out; in a row parted by spaces, a label
 * spaced out to align, `议　　题`, joined again) name columns a table of
 * minutes has (`议题`, `汇报单位`, `议定事项`, `责任单位`, `完成时限`).
 */
function headerWidth(norm: string, line: TableLine, separator: '\t' | '  '): number {
  const labels: string[] = []
  let single = ''
  for (const cell of cellTexts(norm, line, separator)) {
    const label = cell.replace(/\s+/g, '')
    if (separator === '  ' && label.length === 1) {
      single += label
      continue
    }
    if (single) labels.push(single)
    single = ''
    labels.push(label)
  }
  if (single) labels.push(single)
  let known = 0
  for (const label of labels) if (columnLabels.has(label) || ownerColumnRole(label) !== undefined) known++
  return known >= 2 ? labels.length : 0
}

/** What parts a line's cells: a tab, or runs of two spaces or more; null for a line of one cell. */
function cellSeparator(norm: string, line: TableLine): '\t' | '  ' | null {
  if (line.cells === 0) return null
  const value = norm.slice(line.start, line.end)
  if (value.includes('\t')) return '\t'
  return /\S {2,}\S/.test(value) ? '  ' : null
}

/** The texts of a line's cells. */
function cellTexts(norm: string, line: TableLine, separator: '\t' | '  '): string[] {
  return norm.slice(line.start, line.end).split(separator === '\t' ? /\t/ : / {2,}/)
}

/** Whether a line is a row of a table: two cells or more. */
function isRow(norm: string, line: TableLine | undefined, separator: '\t' | '  '): boolean {
  return line !== undefined && cellCount(norm, line, separator) >= 2
}

/** How many cells a line has (one for a line without the separator). */
function cellCount(norm: string, line: TableLine, separator: '\t' | '  '): number {
  return cellSeparator(norm, line) === separator ? cellTexts(norm, line, separator).length : 1
}

/** Whether a line opens something of its own (a marker, a label such as `出席:`, a title). */
function opensOwn(doc: Doc, line: TableLine): boolean {
  if (matchMarker(doc.norm, line.start, true) || labelBullets.includes(doc.norm.charAt(line.start))) return true
  return classifyDocLine(doc, line.start, line.end, {inPreamble: false}) !== null
}

/**
 * Whether a line without cells stands indented under a middle cell of the
 * row above, in a table parted by spaces (the line goes on that cell).
 */
function underMiddleCell(doc: Doc, row: TableLine, line: TableLine, separator: '\t' | '  '): boolean {
  if (separator !== '  ') return false
  const indent = sourceColumns(doc, doc.toSource(line.start))
  // (No further in than the row: the line goes on from the left margin.)
  if (indent <= sourceColumns(doc, doc.toSource(row.start))) return false
  // Where the row's last cell starts, in display columns.
  const value = doc.norm.slice(row.start, row.end)
  const lastGap = value.search(/ {2,}\S+$/) === -1 ? -1 : value.lastIndexOf('  ')
  if (lastGap === -1) return false
  let lastStart = lastGap
  while (value.charCodeAt(lastStart) === 0x20) lastStart++
  return indent + slack < sourceColumns(doc, doc.toSource(row.start + lastStart))
}

/** The display column of a source offset in its line (ideographs and full-width forms two). */
function sourceColumns(doc: Doc, offset: number): number {
  let start = offset
  while (start > 0 && doc.source.charCodeAt(start - 1) !== 10 && doc.source.charCodeAt(start - 1) !== 13) start--
  let width = 0
  for (let index = start; index < offset; index++) width += columns(doc.source.charCodeAt(index))
  return width
}

/** How lines are measured: their length, and the widths that scale with it. */
interface Measure {
  of: (line: Physical) => number
  /** Lines narrower than this are never taken for full lines. */
  minimum: number
  /** How far short of the width a full line may end. */
  slack: number
  /** Whether most lines must fill the width (see `narrowMinimumWidth`). */
  narrow?: boolean
}

const displayMeasure: Measure = {of: (line) => line.width, minimum: minimumWidth, slack}
const narrowMeasure: Measure = {of: (line) => line.width, minimum: narrowMinimumWidth, slack, narrow: true}
// A text cut at a count of characters cuts every full line at that count, or one on where a
// closing mark may not open a line (`，` kept at the end of the line before).
const characterMeasure: Measure = {of: (line) => line.chars, minimum: minimumWidth / 2, slack: 1}
// A PDF's page wraps at a width its extraction widens by the spaces it sets around Latin digits.
const unspacedMeasure: Measure = {of: (line) => line.unspaced, minimum: minimumWidth, slack}

/** The joins of a text wrapped at one width, lines measured by `measure` (see `widthJoins`). */
function measuredJoins(doc: Doc, lines: Array<Physical | null>, measure: Measure): number[] {
  const {of, minimum, slack, narrow = false} = measure
  // Open lines followed at once by another line: the wrapped ones, if any.
  const candidates: number[] = []
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]
    if (line && line.open && of(line) >= minimum && lines[index + 1]) candidates.push(index)
  }
  if (candidates.length < 2) return []

  // The width most open lines end at (within the slack): counts by width, summed over a window.
  const counts = new Map<number, number>()
  for (const index of candidates) {
    const each = of(lines[index] as Physical)
    counts.set(each, (counts.get(each) ?? 0) + 1)
  }
  let width = 0
  let best = 0
  for (const top of counts.keys()) {
    let count = 0
    for (let each = top - slack; each <= top; each++) count += counts.get(each) ?? 0
    if (count > best || (count === best && top > width)) {
      best = count
      width = top
    }
  }
  if (best < 2) return []

  // Nothing runs past the width: headings of one length, in a text of long paragraphs, are not
  // wrapping (the test that turns most texts away, so it comes first).
  let wider = 0
  let content = 0
  for (const line of lines) {
    if (!line) continue
    content++
    if (of(line) > width + slack) wider++
  }
  if (wider * 10 > content) return []
  // Running text wraps mostly mid-sentence.
  let inBand = 0
  let openInBand = 0
  let paragraphs = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line || of(line) < width - slack || of(line) > width) continue
    inBand++
    if (line.open && lines[index + 1]) {
      openInBand++
      if (!matchMarker(doc.norm, line.start, true)) paragraphs++
    }
  }
  if (paragraphs < 2 || openInBand * 5 < inBand * 3) return []
  // A narrow width is also where a table's cells fall, one a line (`关于…的请示` / `县教育局`):
  // text wrapped that narrow fills most of its lines to the width.
  if (narrow && inBand * 2 < content) return []

  const joins: number[] = []
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]
    // A full line is joined whatever it ends with: a `。` or `:` that falls at the width ends a
    // sentence, not the paragraph.
    if (!line || of(line) < width - slack || of(line) > width) continue
    // The next line, over a page break (`— 2 —`, blank lines around it): the sentence goes on
    // on the next page, and the page number is left out with the line end, as is the running
    // header a PDF's later pages repeat the title in (`第 1 页 共 2 页` / `X县人民政府专题会议纪要`).
    let after = index + 1
    let page = false
    while (after < lines.length) {
      const each = lines[after]
      if (each && isPageText(doc.norm.slice(each.start, each.end))) page = true
      else if (each && !isTitleLine(doc, each) && !(page && issuerHeader(doc, each))) break
      after++
    }
    const next = page ? lines[after] : lines[index + 1]
    if (!next) continue
    if (next.indent > line.indent || (opensLine(doc, next) && !continuesInlineList(doc, lines[index - 1], line, next)) || standsAlone(doc, line) || standsAlone(doc, next)) continue
    // The meeting speaking (`会议听取了…`) opens a paragraph after a sentence end, or after a
    // heading that fills its line; after an open line it goes on (`市政府常务` / `会议审议`).
    if ((!line.open || isHeading(doc, line) || isBareMarker(doc, lines[index - 1])) && (matchCue(doc.norm, next.start) || speaksOfMatter(doc.norm, next.start))) continue
    // A heading that fills the width by chance ends with a heading's last word, and the next line
    // opens a sentence (`二、研究《…》修改情况` / `县人大常委会…作了说明。`).
    // (Not one whose title is still open: `三、审议《X方案` / `（2026—2028年）》`.)
    if (matchMarker(doc.norm, line.start, true) && !hasPunctuation(doc, line) && endings.before(doc.norm, line.end) !== undefined && !continuations.has(doc.norm.charAt(next.start)) && !titleOpen(doc, line)) continue
    // After a sentence end, a short line without punctuation is a heading of its own (`其他事项`).
    if (!line.open && of(next) * 2 < width && !hasPunctuation(doc, next)) continue
    joins.push(line.sourceEnd, next.sourceStart)
  }
  return joins
}

/**
 * The joins of paragraphs broken at no one width: a text whose paragraphs
 * start indented (`　　会议听取了…`), where a line of running text that ends
 * open is followed by a line with no indent that opens nothing of its own
 * (`…会议要求，县农业农村局要` / `严把工程质量关，…`). The line before holds
 * sentence punctuation (a heading, `一、关于…`, does not); at least two
 * such breaks (or one after a comma), and more indented lines than breaks,
 * tell the layout.
 */
function brokenParagraphJoins(doc: Doc, lines: Array<Physical | null>): number[] {
  let indented = 0
  let commas = 0
  const joins: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    if (line.indent >= 2) indented++
    const next = lines[index + 1]
    if (!next || next.indent > 0 || !line.open || !hasPunctuation(doc, line) || isHeading(doc, line)) continue
    // The line opens a paragraph (indented) or goes on one already joined.
    if (line.indent < 2 && joins[joins.length - 1] !== line.sourceStart) continue
    if (opensLine(doc, next) || standsAlone(doc, line) || standsAlone(doc, next)) continue
    joins.push(line.sourceEnd, next.sourceStart)
    if (doc.norm.charCodeAt(line.end - 1) === 0x2c /* , */) commas++
  }
  // One break is enough where it falls after a comma: the sentence cannot end there.
  const breaks = joins.length / 2
  return (breaks >= 2 || commas === breaks) && indented > breaks ? joins : []
}

/**
 * How many line ends (of the normalized view) follow a character that ends
 * no sentence and precede one that is no space: where a paragraph may
 * have been broken (one after a comma counts two).
 */
function openBreaks(norm: string): number {
  let count = 0
  for (let at = norm.indexOf('\n'); at > 0 && at + 1 < norm.length; at = norm.indexOf('\n', at + 1)) {
    // (Before the `\r` of a `\r\n`, and before the spaces a web copy leaves at a line's end.)
    let last = at - 1
    if (norm.charCodeAt(last) === 0x0d) last--
    while (last > 0 && (norm.charCodeAt(last) === 0x20 || norm.charCodeAt(last) === 0x09)) last--
    const before = norm.charCodeAt(last)
    // (Over one blank line, as a double-spaced text has it: see `singleSpaced`.)
    let next = at + 1
    if (norm.charCodeAt(next) === 0x0d) next++
    if (norm.charCodeAt(next) === 0x0a) next++
    const after = norm.charCodeAt(next)
    // (A break after a comma counts twice: a sentence cannot end there.)
    if (!ends.has(before) && !closers.has(before) && !isSpace(before) && !isSpace(after)) count += before === 0x2c ? 2 : 1
  }
  return count
}

/** The widest text taken for hard-wrapped: 120 columns (PDF pages give 56-80, fixed-width text 80). */
const widestWrap = 120

/**
 * Whether more than a tenth of the lines are longer than any wrapped line
 * can be: then the text is not hard-wrapped (most texts: paragraphs on one
 * line), as the full test would find (those lines are wider than the width
 * plus slack). Found with native line searches, before the pass that measures
 * widths, which every text would otherwise pay for.
 */
function manyLongLines(source: string): boolean {
  // Lines ended by a lone `\r` (old Mac files) are left to the full test.
  if (source.includes('\r') && !source.includes('\n')) return false
  let lines = 0
  let long = 0
  for (let start = 0; start < source.length; ) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    if (end > start + 1) lines++
    // Longer in code units than the widest wrap is in columns: wider than it, whatever the characters.
    if (end - start > widestWrap + slack) long++
    start = end + 1
  }
  return long * 10 > lines
}

/**
 * The lines of a double-spaced text without the blank line after each
 * (a page that set every line of a PDF in a paragraph of its own: `…主持召开市政府第8次`,
 * ``, `常务会议，…`): there a blank line parts no paragraphs, and the wrapped lines
 * follow one another as in a text without them. A run of more blank lines keeps the rest.
 * Other texts are left as they are.
 */
function singleSpaced(lines: Array<Physical | null>): Array<Physical | null> {
  let content = 0
  let spaced = 0
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]) continue
    content++
    if (lines[index + 1] === null) spaced++
  }
  if (content < 6 || spaced * 10 < (content - 1) * 9) return lines
  return lines.filter((line, index) => line !== null || lines[index - 1] === null)
}

/** The physical lines of a doc; null for a blank one. */
function physicalLines(doc: Doc): Array<Physical | null> {
  const {source, norm} = doc
  const lines: Array<Physical | null> = []
  let lineStart = 0
  while (lineStart <= source.length) {
    // One pass for the line end and the width (the indent counts: a paragraph's first line is
    // indented and as full as the others); trailing white space is taken off after.
    let lineEnd = lineStart
    let wide = 0
    // Invisible characters (zero-width spaces, a byte order mark) take no room in either measure.
    let hidden = 0
    while (lineEnd < source.length) {
      const code = source.charCodeAt(lineEnd)
      if (code === 10 || code === 13) break
      if (code >= 0x1100) {
        wide++
        if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) hidden++
      }
      lineEnd++
    }
    let width = lineEnd - lineStart + wide - 2 * hidden
    let chars = lineEnd - lineStart - hidden
    let sourceStart = lineStart
    let indent = 0
    while (sourceStart < lineEnd && isSpace(source.charCodeAt(sourceStart))) indent += columns(source.charCodeAt(sourceStart++))
    let sourceEnd = lineEnd
    while (sourceEnd > sourceStart && isSpace(source.charCodeAt(sourceEnd - 1))) {
      width -= columns(source.charCodeAt(--sourceEnd))
      chars--
    }
    if (sourceStart < sourceEnd) {
      let start = doc.toNorm(sourceStart)
      const end = doc.toNorm(sourceEnd)
      // An indent after a tag the view leaves out (`<p>　　会议…`, a page's line a paragraph): the
      // line's text starts after it, and it indents the line.
      if (start < end && isSpace(norm.charCodeAt(start))) {
        while (start < end && isSpace(norm.charCodeAt(start))) indent += columns(source.charCodeAt(doc.toSource(start++)))
        sourceStart = doc.toSource(start)
      }
      const unspaced = width - latinSpaces(source, sourceStart, sourceEnd)
      lines.push({start, end, sourceStart, sourceEnd, width, chars, unspaced, indent, open: end > start && isOpenEnd(norm, start, end)})
    } else {
      lines.push(null)
    }
    if (lineEnd >= source.length) break
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  return lines
}

/** Single spaces inside a line with a Latin digit or letter on one side (`2023 年`, `至 120`). */
function latinSpaces(source: string, start: number, end: number): number {
  let count = 0
  for (let index = start + 1; index < end - 1; index++) {
    if (source.charCodeAt(index) !== 0x20 || source.charCodeAt(index - 1) === 0x20 || source.charCodeAt(index + 1) === 0x20) continue
    if (/[\dA-Za-z]/.test(source.charAt(index - 1)) || /[\dA-Za-z]/.test(source.charAt(index + 1))) count++
  }
  return count
}

/**
 * Whether a line opens something of its own: a numbering marker, a bullet, or a line
 * the parser sets apart by its label or form (attendance `列席:…`, `抄送:`,
 * `附件:`, a title). Not by a document number or a date at its start: a
 * line that goes on a sentence may open with the rest of one
 * (`…通知》(校` / `资产〔2021〕20号)文件…`).
 */
function opensLine(doc: Doc, line: Physical): boolean {
  if (matchMarker(doc.norm, line.start, true)) return true
  // A web page's bullet before a paragraph: `◆ 会议还研究了…`.
  if (labelBullets.includes(doc.norm.charAt(line.start))) return true
  // A Markdown list's bullet, which the view leaves out (`- **体卫艺科**：…`): an entry of its own.
  if (markdownBullet.test(doc.source.slice(line.sourceStart, line.sourceStart + 3))) return true
  const found = classifyDocLine(doc, line.start, line.end, {inPreamble: false})
  return found !== null && !(found.kind === 'noise' && fragmentLike.has(found.noise))
}

/** A Markdown list's bullet and its space at a line start: `- `, `* `, `+ `. */
const markdownBullet = /^[-*+] \S/

/**
 * Whether a line's marker goes on a list that runs inline in the full line
 * before it (or the line before that): the width fell just before the next
 * point (`…；（二）县住建局要…；` / `（三）县财政局要…`), so the line goes on the
 * paragraph, not a list of its own. Asked only where the next line opens
 * with a marker.
 */
function continuesInlineList(doc: Doc, before: Physical | null | undefined, line: Physical, next: Physical): boolean {
  const marker = matchMarker(doc.norm, next.start, true)
  if (!marker || marker.number < 2) return false
  const first = doc.norm.charAt(marker.start)
  const from = before && before.end <= line.start ? before.start : line.start
  for (let at = doc.norm.indexOf(first, from + 1); at !== -1 && at < line.end; at = doc.norm.indexOf(first, at + 1)) {
    if (at === line.start) continue
    const inline = matchMarker(doc.norm, at, false)
    if (inline && inline.level === marker.level && inline.number === marker.number - 1) return true
  }
  return false
}

/** Kinds of page noise that the rest of a wrapped sentence can look like. */
const fragmentLike = new Set<NoiseKind>(['document-number', 'publication-date', 'signature'])

/**
 * Whether a line is never part of running text: a title (`…会议纪要` without
 * sentence punctuation, also in brackets after a document number), a table row (`| 文号: | … |`, or cells parted by tabs), or a
 * line laid out with runs of spaces (`市政府办公室　　　　2024年8月2日`).
 */
function standsAlone(doc: Doc, line: Physical): boolean {
  let end = line.end
  while (end > line.start && closers.has(doc.norm.charCodeAt(end - 1))) end--
  let sentence = false
  for (let index = line.start; index < line.end; index++) {
    const code = doc.norm.charCodeAt(index)
    // (A tab parts the cells of a row of an HTML or Word table: `1\t落实资金\t区财政局`.)
    if (code === 0x7c || code === 0x09 || (isSpace(code) && isSpace(doc.norm.charCodeAt(index + 1)))) return true
    if (code === 0x3002 || code === 0x2c || code === 0x3b) sentence = true
  }
  return !sentence && doc.norm.startsWith('纪要', end - 2)
}

/**
 * Whether a line is a title: `…纪要` without sentence punctuation, perhaps with its number after it
 * (`…纪要〔2024〕6号`, `…纪要(第5期)`): a running header, over a page break.
 */
function isTitleLine(doc: Doc, line: Physical): boolean {
  if (line.end - line.start > 48 || hasPunctuation(doc, line)) return false
  return titleEnd.test(doc.norm.slice(line.start, line.end))
}

/**
 * Whether a line after a page number is a running header of the issuing office's name alone
 * (`X县人民政府办公室`): no punctuation, an issuer's ending, and the same name met earlier in
 * the text (the header block above the lead, where the office stands with its date).
 */
function issuerHeader(doc: Doc, line: Physical): boolean {
  let end = line.end
  while (end > line.start && isSpace(doc.norm.charCodeAt(end - 1))) end--
  let start = line.start
  while (start < end && isSpace(doc.norm.charCodeAt(start))) start++
  if (end - start < 4 || end - start > 24 || hasPunctuation(doc, line)) return false
  const name = doc.norm.slice(start, end)
  if (!issuerSuffixes.some((suffix) => name.endsWith(suffix))) return false
  const first = doc.norm.indexOf(name)
  return first !== -1 && first < start
}

/** The end of a title line: `纪要`, then perhaps its document or issue number. */
const titleEnd = /纪要\s*(?:[〔\[(]\s*\d{4}\s*[〕\])]\s*(?:第\s*)?\d{1,4}\s*[号期]|\(?第?\s*\d{1,4}\s*期\)?)?$/

/** Whether a line holds sentence punctuation (`,` `。` `;` `:` `!` `?`). */
function hasPunctuation(doc: Doc, line: Physical): boolean {
  for (let index = line.start; index < line.end; index++) {
    const code = doc.norm.charCodeAt(index)
    if (code === 0x2c || code === 0x3002 || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f) return true
  }
  return false
}

/** Whether a line may be a heading: it opens with a marker, or with `关于` and has no `,` or `。`. */
function isHeading(doc: Doc, line: Physical): boolean {
  if (matchMarker(doc.norm, line.start, true)) return true
  if (!doc.norm.startsWith('关于', line.start)) return false
  for (let index = line.start; index < line.end; index++) {
    const code = doc.norm.charCodeAt(index)
    if (code === 0x3002 || code === 0x2c) return false
  }
  return true
}

/** Whether a line opens a title in `《` that it does not close (`三、审议《X三年行动方案`). */
function titleOpen(doc: Doc, line: Physical): boolean {
  const open = doc.norm.lastIndexOf('《', line.end - 1)
  if (open < line.start) return false
  const close = doc.norm.indexOf('》', open)
  return close === -1 || close >= line.end
}

/** Whether a line is a marker alone (`议题一:`): the line under it is its heading. */
function isBareMarker(doc: Doc, line: Physical | null | undefined): boolean {
  if (!line) return false
  const marker = matchMarker(doc.norm, line.start, true)
  return marker !== null && marker.end >= line.end
}

const endings = words(headingEndings)
const continuations = new Set(continuationFirsts)


/** Sentence ends (normalized), and what may close after one: `。”`, `。)`. */
const ends = new Set([0x3002, 0x3b, 0x21, 0x3f, 0x3a])
const closers = new Set([0x201d, 0x2019, 0x29, 0x300b, 0x300d])

function isOpenEnd(norm: string, start: number, end: number): boolean {
  let last = end - 1
  if (closers.has(norm.charCodeAt(last)) && last > start) last--
  return !ends.has(norm.charCodeAt(last))
}

/**
 * Display columns of a code unit: two from U+1100 on, where East Asian wide
 * and full-width forms are (each half of a surrogate pair counts too, a
 * slip that lines of minutes do not feel).
 */
function columns(code: number): number {
  return code >= 0x1100 ? 2 : 1
}
