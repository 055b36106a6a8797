/**
 * Line classes that carry no item content: page noise, the title, attendance
 * blocks. The parser asks `classifyLine` about every line before it looks for
 * numbering.
 */

import {createDoc, type Doc} from '../doc.js'
import {findDates, type FoundDate} from '../extract/date.js'
import {
  actionVerbs,
  attendanceLabels,
  breadcrumbOpeners,
  bylineLabels,
  conveneVerbs,
  distributionLabels,
  documentNumberLabels,
  issuerSuffixes,
  labelBullets,
  metadataLabels,
  meetingNameEndings,
  pageChromeOpeners,
  pageChromeWords,
  publicationDateLabels,
  timeOfDayWords,
  titleEndings
} from '../lexicon.js'
import type {AttendanceRole, NoiseKind} from '../tree.js'
import {words} from '../words.js'

/** What a line is, when it is not ordinary content. */
export type LineClass =
  | {kind: 'noise'; noise: NoiseKind}
  | {kind: 'title'}
  | {
      kind: 'attendance'
      role: AttendanceRole
      /** The label as written (`参 会`), relative to the line start. */
      labelStart: number
      labelEnd: number
      /** Where the names start, after the colon, relative to the line start. */
      contentStart: number
    }

/** A label, any spaces between its characters, and a colon: `参 会:`. */
function labelPattern(labels: readonly string[], colon: 'required' | 'optional'): RegExp {
  const alternatives = [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join('\\s*'))
    .join('|')
  return new RegExp(`^(${alternatives})\\s*${colon === 'required' ? ':' : ':?'}`)
}

const metadataLabel = new RegExp(`^\\|?\\s*(${metadataLabels.map((label) => [...label].join('\\s*')).join('|')})\\s*[:|]`)
const publicationLabel = new RegExp(`(${publicationDateLabels.join('|')})\\s*[:|]?`)
const bylineLabel = labelPattern(bylineLabels, 'required')
/** A byline label anywhere on the line, after a date: `2024-04-09 08:30 来源:…`. */
const bylineAnywhere = new RegExp(`(${bylineLabels.join('|')})\\s*:`)
const documentNumberLabel = labelPattern(documentNumberLabels, 'required')
const distributionLabel = labelPattern(distributionLabels, 'required')
const attendanceLabel = labelPattern(
  attendanceLabels.map(([label]) => label),
  'required'
)
/**
 * A label set off by white space instead of a colon (`出席　王明远　李建国`):
 * only before a short list with no sentence punctuation.
 */
const spacedAttendanceLabel = new RegExp(
  `^(${attendanceLabels
    .map(([label]) => label)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(?=[^,。;:!?]{1,60}$)`
)
const roleOfLabel = new Map(attendanceLabels.map(([label, role]) => [label, role]))
/** `〔2024〕9号`, `[2024]7号`, `(2024)12号`, with an optional issuer abbreviation before. */
const documentNumber = /^[^\s,。:]{0,12}[〔[(【]\s*\d{4}\s*[〕\])】]\s*第?\d+\s*号/
/** `第3期`, `第21次`, `〔2025〕第14期`, `(2025年第9期)` standing alone. */
const issueNumber = /^\(?([〔[【]\s*\d{4}\s*[〕\]】]|\d{4}年)?\s*第?[\d一二三四五六七八九十百]+[期次]\)?$/
const sentencePunctuation = /[,。;:!?]/
const pageChrome = words(pageChromeOpeners)

/**
 * The label of the agenda among header lines, spaced to align or not:
 * `会议议题`, `主要议程`, `议 题` (a pattern's source, for the parser and
 * the meeting's header lines).
 */
export const agendaLabelSource = '(?:会\\s*议\\s*|主\\s*要\\s*)?(?:议\\s*题|议\\s*程)'
/** `附件:`, `附 件:`, `附件1:` opening the list of attachments. */
const attachmentLabel = /^附\s*件\s*\d*\s*:/
/**
 * `(此件公开发布)`, `(此件主动公开)`, `(此件不予公开)`: how the minutes are published;
 * `(共印30份)`: how many copies were printed.
 */
const publicationNote = /^\(\s*(?:此件[^()]{1,12}|共印\s*\d+\s*份)\s*\)$/
/** `• 会议议题 •`: a short label between bullets. */
const bulletLabel = new RegExp(`^[${labelBullets}]\\s*[^${labelBullets}]{1,16}\\s*[${labelBullets}]?$`)

/** The normalized view of one line, with its map back to the line. */
export type LineView = Pick<Doc, 'norm' | 'toSource'>

/**
 * Classify one line of the source (without its line ending).
 *
 * @param line
 *   The line, as written (may have leading white space).
 * @param context
 *   `inPreamble`: whether no item has started yet.
 * @param view
 *   The line's normalized view, when the caller has it (the parser cuts it
 *   from the document's view rather than normalize every line again); by
 *   default made from `line`.
 * @returns
 *   The class, or null for ordinary content.
 */
export function classifyLine(line: string, context: {inPreamble: boolean}, view?: LineView): LineClass | null {
  return classifyView(line, context, view ?? createDoc(line))
}

/**
 * Classify the line of a document at a normalized span (trimmed), cutting
 * its view from the document's: normalization is per character, and
 * converter residue neither opens a line (no ideograph before it) nor
 * crosses its end.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start of the line.
 * @param end
 *   Normalized end of the line.
 * @param context
 *   `inPreamble`: whether no item has started yet.
 * @returns
 *   The class, or null for ordinary content.
 */
export function classifyDocLine(doc: Doc, start: number, end: number, context: {inPreamble: boolean}): LineClass | null {
  const sourceStart = doc.toSource(start)
  const view = {norm: doc.norm.slice(start, end), toSource: (offset: number) => doc.toSource(start + offset) - sourceStart}
  return classifyView(doc.source.slice(sourceStart, doc.toSource(end - 1) + 1), context, view)
}

function classifyView(line: string, context: {inPreamble: boolean}, doc: LineView): LineClass | null {
  let lead = 0
  while (lead < doc.norm.length && isSpace(doc.norm.charCodeAt(lead))) lead++
  const text = doc.norm.slice(lead).trimEnd()
  if (text === '') return null

  const noise = noiseOf(text, context)
  if (noise) return {kind: 'noise', noise}

  const attendance = attendanceOpeners.has(text.charCodeAt(0)) ? (attendanceLabel.exec(text) ?? spacedAttendanceLabel.exec(text)) : null
  if (attendance) {
    const label = attendance[1]
    const role = roleOfLabel.get(label.replace(/\s+/g, '')) ?? 'attendees'
    let content = attendance[0].length
    while (content < text.length && /\s/.test(text.charAt(content))) content++
    return {
      kind: 'attendance',
      role,
      labelStart: doc.toSource(lead),
      labelEnd: doc.toSource(lead + label.length - 1) + 1,
      contentStart: content < text.length ? doc.toSource(lead + content) : line.trimEnd().length
    }
  }

  if (isTitle(text, context)) return {kind: 'title'}
  return null
}

/**
 * Whether a code unit is white space to `\s` and `trim`: counted in a loop
 * rather than matched with a pattern, which allocated a match for every line.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is white space.
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether a line is a page number: `— 2 —` (GB/T 9704-2012 §7.5),
 * `第3页 共5页`, `3/5`.
 *
 * @param line
 *   A line, as written.
 * @returns
 *   Whether it is one.
 */
export function isPageNumber(line: string): boolean {
  if (line.length > 40) return false
  return isPageText(createDoc(line).norm.trim())
}

/** A page number on its own (normalized, trimmed): dashes around it, `第N页` (with `共M页`). */
const pageNumber = /^(?:[-—–―]+ *\d{1,4} *[-—–―]+|第 *\d{1,4} *页(?: *,? *共 *\d{1,4} *页)?|共 *\d{1,4} *页 *,? *第 *\d{1,4} *页)$/
/** `3/5`: a page of pages, the first no more than the second (`2024/5` is not). */
const pageOfPages = /^(\d{1,3}) *\/ *(\d{1,3})$/

/**
 * Whether normalized, trimmed text is a page number (see `isPageNumber`).
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it is one.
 */
export function isPageText(text: string): boolean {
  if (text.length > 16) return false
  if (pageNumber.test(text)) return true
  const match = pageOfPages.exec(text)
  return match !== null && Number(match[1]) <= Number(match[2])
}

/** The first code units of a list of labels: a line opens with one of them or cannot be that label. */
function firstCodes(labels: readonly string[]): Set<number> {
  return new Set(labels.map((label) => label.charCodeAt(0)))
}

// Every label pattern above is anchored at the line start, so a set lookup of
// the line's first code unit turns away most lines before a pattern runs.
const metadataOpeners = firstCodes([...metadataLabels, '|'])
const bylineOpeners = firstCodes(bylineLabels)
const documentNumberOpeners = firstCodes(documentNumberLabels)
const distributionOpeners = firstCodes(distributionLabels)
const breadcrumbOpenerCodes = firstCodes(breadcrumbOpeners)
const attendanceOpeners = firstCodes(attendanceLabels.map(([label]) => label))
const bulletCodes = firstCodes([...labelBullets])

/**
 * The kind of page noise a (normalized, trimmed) line is, or null.
 *
 * Each test is guarded by what its pattern cannot match without (a first
 * character, a colon, a label word): most lines are content and fail every
 * guard, so no pattern runs on them.
 */
function noiseOf(text: string, context: {inPreamble: boolean}): NoiseKind | null {
  const first = text.charCodeAt(0)
  const colon = text.includes(':')
  // Several tests below ask for the line's dates or its publication label: found once.
  let dates: FoundDate[] | undefined
  const datesOf = (): FoundDate[] => (dates ??= findDates(text))
  let published: boolean | undefined
  const hasPublicationLabel = (): boolean => (published ??= publicationLabel.test(text))

  // `---|---|` rows and `索引号 | … |` cells.
  if (text.includes('---') && /^[|\s:-]+$/.test(text)) return 'metadata'
  if (metadataOpeners.has(first) && (colon || text.includes('|')) && metadataLabel.test(text)) return 'metadata'
  let pipes = 0
  for (let index = text.indexOf('|'); index !== -1; index = text.indexOf('|', index + 1)) pipes++
  if (pipes >= 2 && (context.inPreamble || hasPublicationLabel())) return hasPublicationLabel() && pipes < 3 ? 'publication-date' : 'metadata'

  // `作者:X 发布日期:2024-05-08`, `来源: 发布时间:…`, `发布日期:2024-05-08`, `时间:2024-05-08 09:30来源:…`.
  if (text.length <= 80) {
    if (colon && bylineOpeners.has(first) && bylineLabel.test(text)) return 'byline'
    if (hasPublicationLabel() && (datesOf().length > 0 || /^\S{0,8}[:|]\s*$/.test(text))) return 'publication-date'
    if (text.startsWith('时间') && /^时间\s*:/.test(text) && /来源\s*:/.test(text)) return 'publication-date'
    // `2024-04-09 08:30 来源:区委办公室`, `2024-09-06 17:42 县人民政府办公室`: a dated byline without a date label.
    if (colon && first >= 0x30 && first <= 0x39 && datesOf()[0]?.start === 0 && datesOf()[0].year !== null) {
      const rest = text.slice(datesOf()[0].end).replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?\s*/, '')
      if (rest === '' || bylineAnywhere.test(rest) || (rest.length <= 24 && !sentencePunctuation.test(rest) && issuerSuffixes.some((suffix) => rest.endsWith(suffix)))) return 'publication-date'
    }
  }
  if (text.includes('号') && documentNumber.test(text)) return 'document-number'
  if (colon && documentNumberOpeners.has(first) && documentNumberLabel.test(text)) return 'document-number'
  if (colon && text.includes('编号') && /编号\s*:/.test(text) && text.length <= 40 && !/[。,;]/.test(text)) return 'document-number'
  if (endsIssue(text) && issueNumber.test(text)) return 'document-number'

  // Breadcrumbs: `首页 > 政务公开 > …`, `XX网 >> 村务公开 >> …`.
  const arrow = text.includes('>') || text.includes('»') || text.includes('›')
  if (breadcrumbOpenerCodes.has(first) && breadcrumbOpeners.some((opener) => text.startsWith(opener)) && (arrow || colon)) return 'breadcrumb'
  if (arrow && (text.match(/\s(?:>>?|»|›)\s/g) ?? []).length >= 2) return 'breadcrumb'

  // Label lines: `• 会议议题 •`.
  if (bulletCodes.has(first) && bulletLabel.test(text) && !sentencePunctuation.test(text)) return 'label'

  // Page numbers of a printed document (`— 2 —`, GB/T 9704-2012 §7.5), `第3页 共5页`, `3/5`.
  if (isPageText(text)) return 'page'

  // Page chrome on its own: `扫一扫在手机打开当前页`, `打印本页 关闭窗口`.
  if (text.length <= 24 && pageChrome.at(text, 0) !== undefined && !sentencePunctuation.test(text)) return 'label'

  // A byline in brackets: `【来源:区政府办】【时间:2024-06-21】【字号:大 中 小】`.
  if (first === 0x3010 /* 【 */ && colon && /^(【[^【】]{1,40}】\s*)+$/.test(text) && (hasPublicationLabel() || bylineAnywhere.test(text))) {
    return datesOf().some((date) => date.year !== null) ? 'publication-date' : 'byline'
  }

  // Page chrome in brackets: `【打印本页】【关闭窗口】`.
  if (first === 0x3010 /* 【 */ && /^(【[^【】]{1,12}】\s*)+$/.test(text) && !isBracketHeading(text)) return 'label'

  if (colon && distributionOpeners.has(first) && distributionLabel.test(text)) return 'distribution'

  // The list of attachments (`附件:1.…`) and the note on publication (`(此件公开发布)`).
  if (first === 0x9644 /* 附 */ && attachmentLabel.test(text)) return 'attachment'
  if (first === 0x28 /* ( */ && publicationNote.test(text)) return 'note'

  // The issuing office and the date it signed: `XX办公室 2024-5-10`. A date holds no sentence
  // punctuation, so a line with some cannot be one: its dates need not be found.
  const found = sentencePunctuation.test(text) ? [] : datesOf()
  const date = found.length === 1 && found[0].year !== null ? found[0] : null
  if (date) {
    const rest = (text.slice(0, date.start) + text.slice(date.end))
      .replace(/^\s*\(\s*\)\s*$/, '')
      .replace(/\s*(印发|发布|制发)$/, '')
      .trim()
    if (rest === '' || (!sentencePunctuation.test(rest) && rest.length <= 24 && issuerSuffixes.some((suffix) => rest.endsWith(suffix)))) {
      return rest === '' && context.inPreamble ? 'publication-date' : 'signature'
    }
  }
  // An office alone on a line after the items, the date on the next: `学院办公室`.
  if (!context.inPreamble && isIssuerLine(text)) return 'signature'
  return null
}

/**
 * Whether a (normalized, trimmed) line is a heading in brackets standing
 * alone: `【本周工作安排】`, `【领导讲话】`; not a page control (`【打印本页】`).
 *
 * @param text
 *   The line.
 * @returns
 *   Whether it is.
 */
export function isBracketHeading(text: string): boolean {
  const match = /^【([^【】,。;:!?]{2,16})】$/.exec(text)
  if (match === null) return false
  const inner = match[1].replace(/\s+/g, '')
  return !pageChromeWords.includes(inner) && pageChrome.at(inner, 0) === undefined
}

/**
 * Whether a (normalized, trimmed) line may be an issuing office standing
 * alone: short, no punctuation or space, ending like an office
 * (`学院办公室`, `XX县人民政府`).
 *
 * @param text
 *   The line.
 * @returns
 *   Whether it may.
 */
export function isIssuerLine(text: string): boolean {
  return text.length <= 24 && !/[,。;:\s]/.test(text) && issuerSuffixes.some((suffix) => suffix.length > 1 && text.endsWith(suffix))
}

/** Whether a line ends as an issue number can (`第3期`, `(第21次)`): `期`, `次` or `)`. */
function endsIssue(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x671f /* 期 */ || last === 0x6b21 /* 次 */ || last === 0x29 /* ) */
}

/**
 * Whether a (normalized, trimmed) line is the title: `…会议纪要`, or in the
 * preamble a news-style headline `…召开…会议` / `…会议召开`.
 */
function isTitle(text: string, context: {inPreamble: boolean}): boolean {
  if (text.length > 48 || /[,。;!?]/.test(text)) return false
  // A numbered line is a heading, whatever it ends with.
  if (/^([一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|议[题案][一二三四五六七八九十\d]+)/.test(text)) return false
  // A title may carry a bracketed date or number after it: `…纪要(6月16日)`.
  const bare = text.replace(/\s*\([^()]*\)$/, '').replace(/\s+$/, '')
  if (titleEndings.some((ending) => bare.endsWith(ending))) return true
  if (!context.inPreamble) return false
  // A headline opens with the meeting or its convener, never with a date.
  if (/^\d|^[一二三四五六七八九十]+月/.test(text) || findDates(text).some((date) => date.start === 0)) return false
  const convened = conveneVerbs.some((verb) => text.includes(verb))
  const meeting = meetingNameEndings.some((ending) => text.includes(ending))
  return convened && meeting && !text.includes(':')
}

/** Lines shorter than this never run a whole copy on (a lead paragraph of its own is often 150 characters). */
const runOnLength = 120
const matterVerbs = words(actionVerbs)
/** Chrome glued at a line's end: `【打印本页】【关闭窗口】`, `打印本页 关闭窗口`. */
const trailingChrome = new RegExp(`(?:\\s*【[^【】]{1,12}】)+\\s*$|(?:\\s*(?:${pageChromeOpeners.join('|')}))+\\s*$`)

/**
 * Whether the meeting takes up a matter at `start`: `会议听取`, `会议还研究`,
 * `会议学习了`, `会上`.
 *
 * @param norm
 *   Normalized text.
 * @param start
 *   Where the sentence starts.
 * @returns
 *   Whether it opens a matter.
 */
export function speaksOfMatter(norm: string, start: number): boolean {
  if (norm.startsWith('会上', start)) return true
  if (!norm.startsWith('会议', start)) return false
  return matterVerbs.at(norm, norm.startsWith('还', start + 2) ? start + 3 : start + 2) !== undefined
}

/**
 * Where a line that runs a web copy on (a page that lost its line breaks:
 * breadcrumbs, headline, byline, the lead and every matter on one line)
 * is broken into the lines it had: before the lead's date, when page
 * chrome stands before it (`…浏览次数:88 【字体:大 中 小】 4月1日下午,…`);
 * before the chrome glued after the text (`…大扫除。【打印本页】`); and,
 * in a line that holds the lead, before each sentence that takes up a
 * matter (`…工作。会议研究了…`).
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start of the line (trimmed).
 * @param end
 *   Normalized end of the line (trimmed).
 * @returns
 *   Normalized offsets inside the line, in order; empty for most lines.
 */
export function runOnBreaks(doc: Doc, start: number, end: number): number[] {
  if (end - start < runOnLength) return []
  const text = doc.norm.slice(start, end)
  const chairs = text.indexOf('主持')
  const convenes = conveneVerbs.map((verb) => text.indexOf(verb)).filter((at) => at >= 0)
  if ((chairs < 0 && convenes.length === 0) || speaksOfMatter(text, 0)) return []
  const leadAt = Math.min(...convenes, chairs < 0 ? Infinity : chairs)
  const breaks: number[] = []
  // The lead's date after chrome: a date followed (past a time of day) by a comma, with a
  // byline label, a breadcrumb or a bracketed page control before it.
  let body = 0
  for (const date of findDates(text)) {
    if (date.start === 0) break
    let after = date.end
    const time = timeOfDayWords.find((word) => text.startsWith(word, after))
    if (time) after += time.length
    if (text.charAt(after) !== ',') continue
    const before = text.slice(0, date.start)
    const chrome = publicationLabel.test(before) || /】\s*$/.test(before) || breadcrumbOpeners.some((opener) => before.startsWith(opener))
    if (!chrome || /:\s*$/.test(before)) continue
    body = date.start
    breaks.push(start + body)
    break
  }
  const trailing = trailingChrome.exec(text)
  const bodyEnd = trailing && trailing.index > body ? trailing.index : text.length
  // Matters after the lead, in a line that holds the lead: where chrome shows the copy ran on,
  // or two matters or more follow and no lead-in (`现将…纪要如下:`) ends the line. A lead of
  // its own often ends by what the meeting took up (`…出席。会议听取了X的汇报。`).
  const matters: number[] = []
  for (let at = text.indexOf('。', Math.max(body, leadAt)); at >= 0 && at + 1 < bodyEnd; at = text.indexOf('。', at + 1)) {
    if (speaksOfMatter(text, at + 1)) matters.push(start + at + 1)
  }
  const chrome = body > 0 || bodyEnd < text.length
  if (chrome || (matters.length > 1 && !/:\s*$/.test(text))) breaks.push(...matters)
  if (bodyEnd < text.length) breaks.push(start + bodyEnd)
  return breaks
}
