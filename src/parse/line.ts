/**
 * Line classes that carry no item content: page noise, the title, attendance
 * blocks. The parser asks `classifyLine` about every line before it looks for
 * numbering.
 */

import {appendAll, createDoc, type Doc} from '../doc.js'
import {indexWithin} from '../extract/clauses.js'
import {findDates, type FoundDate} from '../extract/date.js'
import {readActor} from '../extract/actor.js'
import {
  actionVerbs,
  attendanceCountOpeners,
  attendanceLabels,
  attendanceVerbs,
  breadcrumbOpeners,
  bylineLabels,
  conveneVerbs,
  deadlineLabels,
  distributionLabels,
  headingEndings,
  itemLabels,
  ownerLabels,
  shortOwnerLabels,
  taskColumnLabels,
  titles,
  unitSuffixes,
  documentNumberLabels,
  issuerSuffixes,
  postingSites,
  labelBullets,
  photoCaptionMarks,
  topicOpeners,
  matterAdverbs,
  matterTransitions,
  metadataLabels,
  meetingNameEndings,
  numberedMatterWords,
  meetingSubjectsByKind,
  noticeSectionHeadings,
  pageChromeOpeners,
  pageChromeWords,
  gamblingSpamWords,
  relatedLinkHeadings,
  publicationDateLabels,
  timeOfDayWords,
  titleEndings
} from '../lexicon.js'
import type {AttendanceRole, NoiseKind, OwnerRole} from '../tree.js'
import {levelDepth, matchMarker, readChineseNumeral, type MarkerMatch} from './numbering.js'
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
/** Labels only a website's footer has, anywhere on a line: `备案号:`, `网站标识码:`, `版权所有`, `ICP备…`. */
const siteFooter = /(?:备案号|网站标识码)\s*:|版权所有|ICP备/

/** A byline label anywhere on the line, after a date: `2024-04-09 08:30 来源:…`. */
const bylineAnywhere = new RegExp(`(${bylineLabels.join('|')})\\s*:`)
const documentNumberLabel = labelPattern(documentNumberLabels, 'required')
/** A byline's label, a bar, and a short value: `编辑 | 葛苗苗`. */
const barredByline = new RegExp(`^(?:${bylineLabels.join('|')})\\s*\\|\\s*[^|,。;:]{1,20}$`)
/** A date with the minute it was posted, no label and no `时间` / `日期` before it: `… 2024-05-07 18:30 …`. */
const postedStamp = /^(?:(?!时间|日期)[^:])*?(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/
/**
 * Who attended, as a sentence of its own: `副县长X、Y出席会议。`, `X出席会议并讲话。`, `…负责同志参加现场办公。`, `…参加活动。`
 * (no `要`, which asks someone to attend, but `主要负责同志`).
 */
const attendanceSentence = new RegExp(`^(?:[^;:。要]|主要){2,60}(?:${attendanceVerbs.map(([verb]) => verb).join('|')})了?(?:本次)?(?:会议|现场办公(?:会议?)?|活动)(?:并讲话)?[。.]?$`)

/**
 * Whether a sentence only says who attended the meeting (`副县长X、Y出席会议。`,
 * `X出席会议并讲话。`), as a news release closes.
 */
export function isAttendanceSentence(text: string): boolean {
  return text.length <= 80 && (attendanceSentence.test(text) || attendingOfficers.test(text))
}
/** Officers who took part, the meeting or visit left unsaid: `县政府办、县发改局负责同志参加。`. */
const attendingOfficers = /^(?:[^;:。要]|主要){2,60}(?:负责同志|负责人)(?:参加|陪同)[。.]?$/
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
/** `第3期`, `第21次`, `〔2025〕第14期`, `(2025年第9期)` standing alone, also spaced as a PDF's text has it (`〔2024〕第 31 期`). */
const issueNumber = /^\(?([〔[【]\s*\d{4}\s*[〕\]】]|\d{4}\s*年)?\s*第?\s*[\d一二三四五六七八九十百]+\s*[期次]\)?$/
const sentencePunctuation = /[,。;:!?]/
const pageChrome = words(pageChromeOpeners)
const gamblingSpam = words(gamblingSpamWords)

/** Whether a short line without a sentence holds two of a hijacked mirror's gambling words. */
function isGamblingSpam(text: string): boolean {
  if (text.length > 60 || sentencePunctuation.test(text)) return false
  let first: string | undefined
  for (let index = 0; index < text.length; index++) {
    const word = gamblingSpam.at(text, index)
    if (word === undefined) continue
    if (first !== undefined && word !== first) return true
    first = word
    index += word.length - 1
  }
  return false
}
const relatedLinks = new Set(relatedLinkHeadings)

/**
 * The label of the agenda among header lines, spaced to align or not:
 * `会议议题`, `主要议程`, `议 题` (a pattern's source, for the parser and
 * the meeting's header lines).
 */
export const agendaLabelSource = '(?:会\\s*议\\s*|主\\s*要\\s*)?(?:议\\s*题|议\\s*程)'
/** `附件:`, `附 件:`, `附件1:` opening the list of attachments. */
const attachmentLabel = /^附\s*件\s*\d*\s*:/
/** Where a list of attachments runs on after a full stop in a line (`…到位。附件:1.…`), or -1. */
function attachmentRunOn(text: string, start: number, end: number): number {
  // (Looked for in the line only: a search to the text's end at every line was quadratic.)
  const line = text.slice(start, end)
  for (let found = line.indexOf('附', 1); found !== -1; found = line.indexOf('附', found + 1)) {
    const at = start + found
    let before = at
    while (before > start && isSpace(text.charCodeAt(before - 1))) before--
    if (text.charCodeAt(before - 1) !== 0x3002 /* 。 */) continue
    attachmentLabelAt.lastIndex = at
    if (attachmentLabelAt.test(text) && attachmentLabelAt.lastIndex < end) return at
  }
  return -1
}
const attachmentLabelAt = /附\s*件\s*\d*\s*:/y

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

/** After a date, the weekday and page of a newspaper's digital edition: `星期三 第01版:要闻`, `第A03版`. */
const newspaperPage = /^(?:(?:星期|周)[一二三四五六日天]\s*)?第\s*[A-Z]?\d{1,3}\s*版/

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
  return classifyView(doc.source.slice(sourceStart, doc.toSourceEnd(end)), context, view)
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

/** A page number on its own (normalized, trimmed): dashes around it (or a journal's dots, `·3·`), `第N页` (with `共M页`). */
const pageNumber = /^(?:[-—–―]+ *\d{1,4} *[-—–―]+|· *\d{1,4} *·|第 *\d{1,4} *页(?: *,? *共 *\d{1,4} *页)?|共 *\d{1,4} *页 *,? *第 *\d{1,4} *页)$/
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

/** Four or more short words set off by spaces and nothing else: a menu bar. */
const menuBar = /^[^\s,。;:]{2,8}(?:\s+[^\s,。;:]{2,8}){3,}$/
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
  if (text.includes('---') && isSeparatorRow(text)) return 'metadata'
  if (metadataOpeners.has(first) && (colon || text.includes('|')) && metadataLabel.test(text)) return 'metadata'
  let pipes = 0
  for (let index = text.indexOf('|'); index !== -1; index = text.indexOf('|', index + 1)) pipes++
  if (pipes >= 2 && (context.inPreamble || hasPublicationLabel())) return hasPublicationLabel() && pipes < 3 ? 'publication-date' : 'metadata'

  // `作者:X 发布日期:2024-05-08`, `来源: 发布时间:…`, `发布日期:2024-05-08`, `时间:2024-05-08 09:30来源:…`.
  if (text.length <= 80) {
    if (colon && bylineOpeners.has(first) && bylineLabel.test(text)) return 'byline'
    // A label parted from its value by a bar, as an account's post signs off: `编辑 | X`, `审核 | Y`.
    if (bylineOpeners.has(first) && barredByline.test(text)) return 'byline'
    // An account's post, dated to the minute with no label before the date: `原创 X发布 X发布
    // 2024-05-07 18:30 发表于河北`, `2024-08-22 20:15X融媒体中心官方账号`.
    if (colon && postedStamp.test(text) && !sentencePunctuation.test(text.replace(/\d{1,2}:\d{2}/g, ''))) return 'publication-date'
    // `(责任编辑:X)`, `【编辑:X】`: a news page's byline in brackets, closing it.
    if (colon && (first === 0x28 /* ( */ || first === 0x3010 /* 【 */) && /[)】]$/.test(text) && bylineLabel.test(text.slice(1).trimStart())) return 'byline'
    // (Or with no closing bracket, as a copy cut at a byte count leaves the page's last line: `(编辑:X`.)
    if (colon && (first === 0x28 /* ( */ || first === 0x3010 /* 【 */) && !/[)】。]/.test(text) && bylineLabel.test(text.slice(1).trimStart())) return 'byline'
    // `主办单位:X  备案号:Y`: a site's footer, whose first label may be an owner's (`主办单位`).
    if (colon && siteFooter.test(text)) return 'byline'
    if (hasPublicationLabel() && (datesOf().length > 0 || /^\S{0,8}[:|]\s*$/.test(text))) return 'publication-date'
    // `日期:2024-10-29 来源:… 点击数:`, `时间:2027-02-26 作者:…`: a bare `时间:` or `日期:` is a form's
    // meeting date, unless a byline's label goes with it (`时间:` with `来源:` even without a date).
    if (/^(?:时间|日期)\s*:/.test(text) && (text.startsWith('时间') && /来源\s*:/.test(text) || ((bylineAnywhere.test(text) || /点击|浏览|阅读/.test(text)) && datesOf().length > 0))) return 'publication-date'
    // `2024-04-09 08:30 来源:区委办公室`, `2024-09-06 17:42 县人民政府办公室`: a dated byline without a date label.
    if (colon && first >= 0x30 && first <= 0x39 && datesOf()[0]?.start === 0 && datesOf()[0].year !== null) {
      const rest = text.slice(datesOf()[0].end).replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?\s*/, '')
      if (rest === '' || bylineAnywhere.test(rest) || (rest.length <= 24 && !sentencePunctuation.test(rest) && issuerSuffixes.some((suffix) => rest.endsWith(suffix)))) return 'publication-date'
    }
    // `2026-05-19  临川市政府门户网站`: a date and the site or paper that posted it, no label, no time.
    if (first >= 0x30 && first <= 0x39 && datesOf()[0]?.start === 0 && datesOf()[0].year !== null) {
      const rest = text.slice(datesOf()[0].end).trim()
      if (rest.length <= 24 && !sentencePunctuation.test(rest) && postingSites.some((suffix) => rest.endsWith(suffix))) return 'publication-date'
      // A newspaper's page of its digital edition: `2026年06月10日 星期三 第01版:要闻`.
      if (newspaperPage.test(rest)) return 'publication-date'
    }
  }
  if (text.includes('号') && documentNumber.test(text)) return 'document-number'
  if (colon && documentNumberOpeners.has(first) && documentNumberLabel.test(text)) return 'document-number'
  if (colon && text.includes('编号') && /编号\s*:/.test(text) && text.length <= 40 && !/[。,;]/.test(text)) return 'document-number'
  if (endsIssue(text) && issueNumber.test(text)) return 'document-number'
  // `第11期        2024.06.14`: the issue number and, set off by spaces, the day it was issued.
  if (context.inPreamble && issueThenDate(text, datesOf)) return 'document-number'

  // Breadcrumbs: `首页 > 政务公开 > …`, `XX网 >> 村务公开 >> …`.
  // (Also parted by spaced slashes or arrows: `首页 / 政务公开 / 会议纪要`, `首页 → 政务公开`.)
  const arrow = text.includes('>') || text.includes('»') || text.includes('›') || text.includes(' / ') || text.includes('→')
  if (breadcrumbOpenerCodes.has(first) && breadcrumbOpeners.some((opener) => text.startsWith(opener)) && (arrow || colon)) return 'breadcrumb'
  if (arrow && (text.match(/\s(?:>>?|»|›)\s/g) ?? []).length >= 2) return 'breadcrumb'
  if (arrow && (text.match(/\s[/→]\s/g) ?? []).length >= 2 && !sentencePunctuation.test(text)) return 'breadcrumb'
  // Two short words about one spaced arrow: `会议纪要范文 > 专题会议纪要`.
  if (arrow && /^[^\s>»›]{2,12}\s+(?:>>?|»|›)\s+[^\s>»›,。;:]{2,20}$/.test(text)) return 'breadcrumb'
  // A site's menu bar under the same opener: `首页 机构概况 政务公开 政务服务 互动交流`.
  if (breadcrumbOpenerCodes.has(first) && menuBar.test(text) && breadcrumbOpeners.some((opener) => text.startsWith(opener + ' '))) return 'breadcrumb'

  // Page numbers of a printed document (`— 2 —`, GB/T 9704-2012 §7.5), `第3页 共5页`, `3/5`, `·3·`
  // (before the labels set between bullets, which a journal's dots would read as).
  if (isPageText(text)) return 'page'

  // Label lines: `• 会议议题 •`.
  if (bulletCodes.has(first) && bulletLabel.test(text) && !sentencePunctuation.test(text)) return 'label'

  // Page chrome on its own: `扫一扫在手机打开当前页`, `打印本页 关闭窗口`.
  if (text.length <= 24 && pageChrome.at(text, 0) !== undefined && !sentencePunctuation.test(text)) return 'label'
  // A hijacked mirror's advert between paragraphs: `真人视讯 百家乐 注册即送彩金`.
  if (isGamblingSpam(text)) return 'advert'

  // A byline in brackets: `【来源:区政府办】【时间:2024-06-21】【字号:大 中 小】`.
  if (first === 0x3010 /* 【 */ && colon && /^(【[^【】]{1,40}】\s*)+$/.test(text) && (hasPublicationLabel() || bylineAnywhere.test(text))) {
    return datesOf().some((date) => date.year !== null) ? 'publication-date' : 'byline'
  }

  // The heading of the links below the article: `相关信息`, `【相关链接】`, `推荐阅读:`.
  if (isRelatedLinksHeading(text)) return 'label'

  // Page chrome in brackets: `【打印本页】【关闭窗口】`.
  if (first === 0x3010 /* 【 */ && /^(【[^【】]{1,12}】\s*)+$/.test(text) && !isBracketHeading(text)) return 'label'

  if (colon && distributionOpeners.has(first) && distributionLabel.test(text)) return 'distribution'

  // The list of attachments (`附件:1.…`) and the note on publication (`(此件公开发布)`).
  if (first === 0x9644 /* 附 */ && attachmentLabel.test(text)) return 'attachment'
  // (After a pictograph, `◆` in the view, as an online document sets a paper clip before it: `📎 附件:…`.)
  if (first === 0x25c6 /* ◆ */ && attachmentLabel.test(text.slice(1).trimStart())) return 'attachment'
  if (first === 0x28 /* ( */ && publicationNote.test(text)) return 'note'

  // The issuing office and the date it signed: `XX办公室 2024-5-10`. A date holds no sentence
  // punctuation, so a line with some cannot be one: its dates need not be found.
  const found = sentencePunctuation.test(text) ? [] : datesOf()
  const date = found.length === 1 && found[0].year !== null ? found[0] : null
  if (date) {
    // (A PDF's letter-spaced issuer, `临 溪 县 人 民 政 府 办 公 室`, read without its spaces.)
    const rest = (text.slice(0, date.start) + text.slice(date.end))
      .replace(/^\s*\(\s*\)\s*$/, '')
      .replace(/\s*(印发|发布|制发)$/, '')
      .replace(/\s+/g, '')
    if (rest === '' || (!sentencePunctuation.test(rest) && rest.length <= 24 && issuerSuffixes.some((suffix) => rest.endsWith(suffix)))) {
      return rest === '' && context.inPreamble ? 'publication-date' : 'signature'
    }
  }
  // An office alone on a line after the items, the date on the next: `学院办公室`.
  if (!context.inPreamble && isIssuerLine(text)) return 'signature'
  return null
}

/**
 * The part an owner column's label gives its owners (`责任单位` responsible,
 * `牵头单位` lead, `配合单位` support), for tables of tasks and agenda tables.
 *
 * @param label
 *   A header cell's text.
 * @returns
 *   The role, or undefined for another label.
 */
export function ownerColumnRole(label: string): OwnerRole | undefined {
  // (With who answers for it in brackets after it: `牵头单位(责任人)`.)
  return ownerColumnRoles.get(label) ?? (label.endsWith(')') ? ownerColumnRoles.get(label.replace(answeringNote, '')) : undefined)
}

/** A note in brackets after an owner column's label, of who answers for the unit: `(责任人)`, `(负责人)`. */
const answeringNote = /\((?:责任人|负责人|责任领导|联系人)\)$/

const ownerColumnRoles = new Map<string, OwnerRole>([...ownerLabels, ...shortOwnerLabels])

/**
 * Whether a line is the row under a table's header, only bars, dashes and
 * colons (`| --- | :-: |`, `---|---`), the dashes of any width (`｜——｜——｜`).
 *
 * @param text
 *   The line.
 * @returns
 *   Whether it is.
 */
export function isSeparatorRow(text: string): boolean {
  // (Dashes of every width a web page draws the rule with: `｜——｜——｜`, `|───|───|`.)
  return /^[|\s:\-\u2013\u2014\u2015\u2500\u2501]+$/.test(text)
}

/**
 * Whether a (normalized, trimmed) line heads a web page's links to other
 * pages: `相关信息`, `【相关链接】`, `推荐阅读:`.
 *
 * @param text
 *   The line.
 * @returns
 *   Whether it does.
 */
export function isRelatedLinksHeading(text: string): boolean {
  return text.length <= 13 && relatedLinks.has(text.replace(/^【|[】:]$/g, ''))
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
  // (Not a label in brackets before its value: `【配合单位】X公司`.)
  return text.length <= 24 && !/[,。;:\s】]/.test(text) && issuerSuffixes.some((suffix) => suffix.length > 1 && text.endsWith(suffix))
}

/** Whether a line ends as an issue number can (`第3期`, `(第21次)`): `期`, `次` or `)`. */
/** An issue number set off from what follows it by white space: `第11期  `, `(2024年第3期) `. */
const issuePrefix = /^\(?(?:[〔[【]\s*\d{4}\s*[〕\]】]|\d{4}年)?\s*第?[\d一二三四五六七八九十百]+期\)?\s+/

/** Whether a line is an issue number, then a full date and nothing more (`第11期   2024年6月14日`). */
function issueThenDate(text: string, datesOf: () => FoundDate[]): boolean {
  const prefix = issuePrefix.exec(text)
  if (!prefix) return false
  const [date] = datesOf()
  return date !== undefined && date.year !== null && date.start === prefix[0].length && date.end === text.length
}

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
  // A numbered line is a heading, whatever it ends with (`一、`, and `一.` as ASCII copies write it).
  if (/^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|议[题案][一二三四五六七八九十\d]+)/.test(text)) return false
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
 * matter (`…工作。会议研究了…`). A line that is the whole text run on (a
 * database field, a CSV cell: long, and nearly all of the document, see
 * `isFlattened`) is broken by the genre's forms as well (see `flatBreaks`):
 * title, number, byline and header labels, the lead, items and their
 * headings' bodies, points, attendance labels, sign-off. Lines of a text
 * that kept its line breaks are never broken by those.
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
  // A copy that kept its page's tags in one line ends its paragraphs there (`…工作</p><p>会议听取了…`);
  // a whole text run on is read by its own breaks (see `flatBreaks`).
  const tagged = tagBreaks(doc, start, end)
  if (tagged.length > 0 && !isFlattened(doc, start, end)) return tagged
  // A photo's caption glued before the matter on its line: `▲区长X讲话‖会议听取了…`.
  const caption = captionEnd(doc.norm, start)
  if (caption !== -1) return [caption, ...runOnBreaks(doc, caption, end)]
  // The list of attachments run on after the last sentence (`…拨付到位。附件:1.…`): its own line.
  const attached = attachmentRunOn(doc.norm, start, end)
  if (attached !== -1) {
    const rest = runOnBreaks(doc, attached, end)
    // (The rest of a whole text run on, after its attachments, gets that text's breaks too: the
    // indents kept before the next matter or the attendance, `…附件:1.X  3、关于…  出席:…`.)
    // (So does the part before them, which may fall short of the text's share: `X > 会议纪要  …  附件:…清单 <table>`.)
    // The breaks are the whole line's, so that items numbered across the attachments keep their sequence
    // (`…附件:X方案二、关于…`).
    const flat = isFlattened(doc, start, end) ? flatBreaks(doc.norm.slice(start, end)).map((at) => start + at) : []
    return [...withFlatBreaks(doc, start, attached, runOnBreaks(doc, start, attached), flat), attached, ...withFlatBreaks(doc, attached, end, rest, flat)]
  }
  const heading = headingRunOn(doc.norm, start, end)
  if (heading !== -1) return [heading, ...pointsRunOn(doc.norm, heading, end)]
  const byline = bylineAfterHeadline(doc.norm, start, end)
  if (byline !== -1) return [byline]
  const fields = fieldsAfterByline(doc.norm, start, end)
  if (fields !== -1) return [fields]
  // A paragraph that takes up a matter, then another after `会议还` (`…4月底前完成育秧。会议还听取了…`);
  // not the body under a heading line (`研究X事项` / `会议听取了…。会议还研究了…`), which keeps its matters.
  if (speaksOfMatter(doc.norm, start) && afterSentence(doc.norm, start)) {
    const more = moreMatters(doc.norm, start, end)
    if (more.length > 0) return more
  }
  // `会议指出,X是"一把手"工程。会议听取了…`: a paragraph that gives the meeting's view in one sentence,
  // then takes a matter up in the next: the matter opens there.
  if (afterSentence(doc.norm, start)) {
    const matter = matterAfterView(doc.norm, start, end)
    if (matter !== -1) return [matter]
  }
  if (!isFlattened(doc, start, end)) return webCopyBreaks(doc, start, end)
  // A whole text run on: its own breaks give the lines it had. Where the meeting takes a matter up
  // is asked of each of those lines, as of a web copy's line (a lead that says what the meeting
  // heard before its lead-in, `…会议听取了有关汇报。会议议定事项如下:`, stays the lead's, as it does on a
  // line of its own); the chrome around the lead, of the whole.
  const flat = flatBreaks(doc.norm.slice(start, end))
    .filter((at) => at > 0 && at < end - start)
    .map((at) => start + at)
    .sort((a, b) => a - b)
  const all = new Set(flat)
  for (const at of webCopyBreaks(doc, start, end)) if (!speaksOfMatter(doc.norm, at)) all.add(at)
  let from = start
  for (const to of [...flat, end]) {
    if (to > from) for (const at of webCopyBreaks(doc, from, to)) all.add(at)
    from = to
  }
  return [...all].sort((a, b) => a - b)
}

/**
 * A paragraph's closing tag: `</p>` (not `<br>`, which copies of a wrapped page set
 * inside a sentence as often as between paragraphs: `医<BR>保办`).
 */
const breakTag = /<\/p>/iy

/**
 * Where a line that kept its page's tags (left out of the view) ends a paragraph
 * of the page: after each `</p>` inside it; empty for a line without them.
 */
function tagBreaks(doc: Doc, start: number, end: number): number[] {
  const {source} = doc
  const from = doc.toSource(start)
  const to = doc.toSourceEnd(end)
  // (Only a line the view left something out of, as it leaves tags out, can hold them.)
  if (to - from === end - start) return []
  const breaks: number[] = []
  // (A loop within the line: `indexOf` would search on to the document's end from every line.)
  for (let at = from; at < to; at++) {
    if (source.charCodeAt(at) !== 0x3c /* < */) continue
    breakTag.lastIndex = at
    const tag = breakTag.exec(source)
    if (!tag) continue
    // (Not one that ends its source line: a page that set each wrapped line in its own `<p>`, joined again.)
    let after = at + tag[0].length
    while (after < to && (source.charCodeAt(after) === 0x20 || source.charCodeAt(after) === 0x3c)) {
      const close = source.charCodeAt(after) === 0x3c ? source.slice(after, Math.min(to, after + 121)).indexOf('>') + after : after
      if (close < after) break
      after = close + 1
    }
    if (after >= to || source.charCodeAt(after) === 10 || source.charCodeAt(after) === 13) continue
    const next = doc.toNorm(at + tag[0].length)
    if (next <= start || next >= end || next <= (breaks[breaks.length - 1] ?? start)) continue
    // (Only before what opens a paragraph of its own: a number, or the meeting speaking after a
    // sentence's end or a numbered heading; a page whose wrapped lines each stood in a `<p>` ends
    // them anywhere, `…主持召</p><p>开专题会议…`.)
    let content = next
    while (content < end && isSpace(doc.norm.charCodeAt(content))) content++
    let before = next - 1
    while (before > start && isSpace(doc.norm.charCodeAt(before))) before--
    const segment = breaks[breaks.length - 1] ?? start
    const speaks = doc.norm.startsWith('会议', content) && ('。:;'.includes(doc.norm.charAt(before)) || matchMarker(doc.norm, segment, true) !== null)
    if (matchMarker(doc.norm, content, true) !== null || speaks) breaks.push(next)
  }
  return breaks
}

/** The meeting's view opening a paragraph: `会议指出`, `会议认为`. */
const viewCues = ['会议指出', '会议认为']

/**
 * Whether a text run on kept the indent of each paragraph: most sentence ends that a matter's
 * words follow (`。会议…`) have the indent between them (`。  会议…`), so the indents part its
 * paragraphs.
 */
function paragraphsIndented(text: string): boolean {
  let glued = 0
  let spaced = 0
  for (let at = text.indexOf('。'); at >= 0 && at + 1 < text.length; at = text.indexOf('。', at + 1)) {
    let next = at + 1
    while (text.charCodeAt(next) === 0x20) next++
    if (!text.startsWith('会议', next)) continue
    if (next > at + 2) spaced++
    else glued++
  }
  return spaced >= 2 && spaced >= glued
}

/** Whether the paragraph from `paragraph` opens with the meeting's view in a sentence that ends at `stop` (its `。`). */
function viewThenMatter(text: string, paragraph: number, stop: number): boolean {
  let start = paragraph
  while (text.charCodeAt(start) === 0x20) start++
  return viewCues.some((cue) => text.startsWith(cue, start)) && text.indexOf('。', start) === stop
}

/**
 * Where a paragraph that opens with the meeting's view (`会议指出,…。`) takes a matter up in
 * its second sentence (`会议听取了…`); or -1.
 */
function matterAfterView(norm: string, start: number, end: number): number {
  if (!viewCues.some((cue) => norm.startsWith(cue, start))) return -1
  const stop = indexWithin(norm, '。', start, end - 1)
  return stop !== -1 && speaksOfMatter(norm, stop + 1) ? stop + 1 : -1
}

/** Whether the last character before `at`, past white space, ends a sentence (`。`), as a paragraph's does, not a heading's. */
function afterSentence(norm: string, at: number): boolean {
  let before = at - 1
  while (before >= 0 && /\s/.test(norm.charAt(before))) before--
  return before >= 0 && norm.charCodeAt(before) === 0x3002 /* 。 */
}

/**
 * Where a paragraph that opens a matter goes on with another the meeting
 * `also` took up: each sentence after a `。` that opens with `会议还` and a
 * verb of taking a matter up (`会议还听取了…`, `会议还研究了…`).
 */
function moreMatters(norm: string, start: number, end: number): number[] {
  const breaks: number[] = []
  // (Searched within the line: to the text's end from every line that opens a matter would be quadratic.)
  for (let at = indexWithin(norm, '。会议还', start, end - 1); at !== -1; at = indexWithin(norm, '。会议还', at + 1, end - 1)) {
    if (speaksOfMatter(norm, at + 1)) breaks.push(at + 1)
  }
  return breaks
}

/** Breaks of a part of a line, with the breaks of the whole line run on (`flat`, normalized offsets) that fall inside it. */
function withFlatBreaks(doc: Doc, start: number, end: number, breaks: number[], flat: number[]): number[] {
  if (flat.length === 0 || isFlattened(doc, start, end)) return breaks
  const all = new Set(breaks)
  for (const at of flat) if (at > start && at < end) all.add(at)
  return [...all].sort((a, b) => a - b)
}

/**
 * Where an item's short heading runs on into its body after a space, as
 * web copies that lost a line break have it (`一、关于禁烧巡查 1.各乡镇要…`,
 * `三、关于信息报送 会议要求,…`): at the first point's marker or the meeting
 * speaking, within the heading's first 30 characters; or -1.
 */
function headingRunOn(norm: string, start: number, end: number): number {
  const marker = matchMarker(norm, start, true)
  if (!marker || marker.level !== 'section') return -1
  const limit = Math.min(end - 1, marker.end + 30)
  for (let at = marker.end + 2; at < limit; at++) {
    if (norm.charCodeAt(at) !== 0x20) continue
    // The heading before the space is a phrase, not a sentence.
    if (/[,。;:]/.test(norm.slice(marker.end, at))) return -1
    const next = matchMarker(norm, at + 1, true)
    if ((next && next.number === 1 && next.level !== 'section') || norm.startsWith('会议', at + 1)) return at + 1
  }
  return -1
}

/**
 * Where the points after a run-on heading go on in the same line: before
 * each next number of the first point's level after a `。` or `;`
 * (`1.…。2.…。3.…`).
 */
function pointsRunOn(norm: string, start: number, end: number): number[] {
  const first = matchMarker(norm, start, true)
  if (!first || first.level === 'section') return []
  const breaks: number[] = []
  let number = first.number
  for (let at = start; at < end - 1; at++) {
    const code = norm.charCodeAt(at)
    if (code !== 0x3002 /* 。 */ && code !== 0x3b /* ; */) continue
    const next = matchMarker(norm, at + 1, true)
    if (next && next.level === first.level && next.number === number + 1) {
      breaks.push(at + 1)
      number++
    }
  }
  return breaks
}

/**
 * Where a dated byline glued to the headline starts, or -1: a headline that
 * names the meeting or its minutes, then at once a date and the byline's
 * labels (`…推进专题会议‖2024-07-09 09:12:33 来源:区住建局 作者:…`). Read as
 * one line, the headline is no title and its date the meeting's.
 */
function bylineAfterHeadline(norm: string, start: number, end: number): number {
  if (end - start > 160) return -1
  const glued = gluedHeadline.exec(norm.slice(start, end))
  if (!glued) return -1
  const rest = norm.slice(start + glued[0].length, end)
  if (!bylineAnywhere.test(rest) && !stampOnly.test(rest)) return -1
  return start + glued[0].length
}

/**
 * Where the meeting's header fields start after the page's byline on one line, or -1: a line that
 * opens with a publication label, and after a run of spaces a field of the meeting
 * (`发布日期:X  浏览量:Y  字体:【大 中 小】  会议时间:…  主持人:…`). Read as one line, it is all the page's.
 */
function fieldsAfterByline(norm: string, start: number, end: number): number {
  if (!publicationOpening.test(norm.slice(start, start + 8))) return -1
  const found = laterMeetingField.exec(norm.slice(start, end))
  return found ? start + found.index + found[0].length : -1
}

/** A line's opening publication label: `发布日期:`, `发布时间:`. */
const publicationOpening = new RegExp(`^(?:${publicationDateLabels.join('|')})\\s*:`)
/** A field of the meeting after a run of spaces: `  会议时间:`, `  时间:`, `  主持人:`. */
const laterMeetingField = /\s{2,}(?=(?:会议)?(?:时间|地点|名称)\s*:|主持人?\s*:)/

/**
 * A headline ending in `会议`, `会` or `纪要`, a date glued after it or set
 * off by spaces (`2024-07-09`, `2024年7月9日`).
 */
const gluedHeadline = /^[^,。;:]{4,60}?(?:会议|纪要|会) *(?=\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))/

/**
 * Only the date and time a page was posted: `2024-07-09 09:12:33` (a date
 * alone after a headline is a list of links: `· 区政府召开第27次常务会议 2025-03-12`).
 */
const stampOnly = /^\d{4}-\d{1,2}-\d{1,2} +\d{1,2}:\d{2}(?::\d{2})? *$/

/** The breaks of a web copy run on in one line (see `runOnBreaks`). */
function webCopyBreaks(doc: Doc, start: number, end: number): number[] {
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
  for (let at = text.indexOf('。', Math.max(body, leadAt)), sentence = 0; at >= 0 && at + 1 < bodyEnd; sentence = at + 1, at = text.indexOf('。', at + 1)) {
    if (speaksOfMatter(text, at + 1) && !leadsInAt(text, at + 1) && !decidesOnHeard(text, sentence, at + 1)) matters.push(start + at + 1)
  }
  const chrome = body > 0 || bodyEnd < text.length
  if (chrome || (matters.length > 1 && !/:\s*$/.test(text))) appendAll(breaks, matters)
  if (bodyEnd < text.length) breaks.push(start + bodyEnd)
  return breaks
}

/** How far into a run-on text its header (title, number, byline, header labels) may reach. */
const headerLength = 600
/** Lines at least this long may be a whole text that lost its line breaks. */
const flatLength = 150
/** The share of a text's characters (outside white space) one line must hold to be the whole text run on. */
const flatShare = 0.75
/** A shorter line is the whole text run on only if it is this long, and holds this share of it. */
const shortFlatLength = 60
const shortFlatShare = 0.95
const nonBlankLengths = new WeakMap<Doc, number>()

/** Characters of a document's view outside white space (counted once per document). */
function nonBlankLength(doc: Doc): number {
  let length = nonBlankLengths.get(doc)
  if (length === undefined) {
    // `\s` is the white space of `isSpace`; a native pass, where a loop over the code units ran
    // interpreted on the first document of a start (1 ms of a plain conversion).
    length = doc.norm.replace(/\s+/g, '').length
    nonBlankLengths.set(doc, length)
  }
  return length
}

/**
 * Whether a line is a whole text that lost its line breaks (a database field,
 * a CSV cell, a scraped page): long, and nearly all of the document.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start of the line (trimmed).
 * @param end
 *   Normalized end of the line (trimmed).
 * @returns
 *   Whether it is.
 */
export function isFlattened(doc: Doc, start: number, end: number): boolean {
  // (A short page run on is the whole text: `X村会议纪要 时间:… 主持:… 一、…`.)
  if (end - start < flatLength) return end - start >= shortFlatLength && end - start >= shortFlatShare * nonBlankLength(doc)
  return end - start >= flatShare * nonBlankLength(doc)
}

const numeralCodes = new Set([...'〇○零一二两三四五六七八九十百千0123456789'].map((character) => character.charCodeAt(0)))
/** A label that opens an attendance line, anywhere: `出席:`, `记 录:`. */
const attendanceLabelAnywhere = new RegExp(
  `(${attendanceLabels
    .map(([label]) => label)
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join(' *'))
    .join('|')}) *:`,
  'g'
)
/** A header line's label: `会议时间:`, `地 点:`, `主持人:`, `会议议题:` (anywhere). */
const headerLabelAnywhere = new RegExp(`(?:会 *议 *)?(?:时 *间|日 *期|地 *点|主 *持 *人|主 *持)(?= *:)|${agendaLabelSource}(?= *:)`, 'g')
/** A page counter's label whose number was lost (filled in by a script), at the end: `点击:`, `浏览次数:`. */
const emptyCounter = /(?:点击|浏览|阅读|访问)[^:,。]{0,3} *: *$/
/** A matter's number before its agenda label: `第一项‖议题:`, `第2个‖议题:` (one label, `第一项议题:`). */
const matterOrdinalBefore = /第[一二三四五六七八九十\d]{1,3}[项个]$/
/** The agenda's label, anywhere: `议题:`, `会议议题:`. */
const agendaLabelAnywhere = new RegExp(`${agendaLabelSource} *:`, 'g')
/**
 * A byline's label, anywhere: `来源:`, `发布时间:`, `浏览次数:`; and `时间:` or
 * `日期:` before a stamp `2024-10-29` (after `会议` only where a byline's
 * label follows: `…主任会议‖日期:2024-10-29 来源:…`, not `会议日期:2024-10-28`).
 */
const bylineLabelAnywhere = new RegExp(`(?:${['信息来源', ...bylineLabels, ...publicationDateLabels].sort((a, b) => b.length - a.length).join('|')}) *:|(?:时 *间|(?<!会 *议 *)日 *期) *: *(?=\\d{4}-)|日 *期 *: *(?=\\d{4}-\\d{1,2}-\\d{1,2}[\\d:\\s]{0,12}(?:${bylineLabels.join('|')}) *:)`, 'g')
/** Labels of distribution lines at the end: `抄送:`, `分送:`, `送:`. */
const distributionAnywhere = new RegExp(`(?:${[...distributionLabels.filter((label) => label.length > 1)].join('|')}) *:`, 'g')
/**
 * Words by which the meeting speaks right after a heading that ran on into its body; `对` and `就`
 * before the matter it takes up (`…办法(修订)‖会议对修订稿进行了讨论`, `会议就…进行了研究`).
 */
const bodyVerbs = words(['经研究', '经讨论', '经表决', '经审议', '经集体研究', '听取', '审议', '审定', '研究', '讨论', '同意', '原则同意', '原则通过', '通过', '认为', '强调', '要求', '指出', '明确', '决定', '议定', '议决', '确定', '认定', '审核', '核准', '前置', '准予', '否决', '认同', '形成', '商定', '全票', '投票', '指定', '责成', '传达', '学习', '通报', '由', '还', '认真', '首先', '集体', '一致', '对', '就', '不同意', '暂缓', '选举', '集中学习'])
/** Last characters of a meeting's name: `常务会议`, `专题会议`, `办公会议`, `第3次会议` (there `会议` is no subject). */
const meetingNameLasts = '务公席体委组次届长大班会'
/** First characters of a head's title before `长` that names a meeting: `院长会议`, `校长会议`, `董事长会议`. */
const headTitleFirsts = '院校局县市区镇乡所社行厂事部处科站村州省队'
/** A heading that sets up a group or a task force: `关于成立X领导小组`, `成立X工作专班`. */
const setsUp = /成立[^,。;:、]{1,24}$/
/** Words ending in `务` that end a heading, never a meeting's name: `…环卫服务‖会议确定…`, `…重点任务‖会议要求…`. */
const dutyWordFirsts = '服任债义'

/** Whether the `会议` at `at` ends a meeting's name (`常务会议`, `第3次会议`), not the meeting speaking. */
function endsMeetingName(text: string, at: number): boolean {
  const last = text.charAt(at - 1)
  if (last === '务' && dutyWordFirsts.includes(text.charAt(at - 2))) return false
  // `长` of a head's title only (`院长会议`, `县长会议`), not of a heading's word (`…外贸稳增长‖会议…`);
  // a group or a task force a heading sets up is no meeting's name (`关于成立X工作专班‖会议决定…`).
  if (last === '长' && !headTitleFirsts.includes(text.charAt(at - 2))) return false
  if ((last === '组' || last === '班') && setsUp.test(text.slice(Math.max(0, at - 26), at))) return false
  return meetingNameLasts.includes(last) || numeralCodes.has(text.charCodeAt(at - 1))
}

/**
 * The verb by which the meeting speaks after `会议` at `at` (`会议确定,…`, `会议经表决通过…`), or
 * undefined; not a verb the meeting's name qualifies a noun by (`会议确定的事项`, `会议研究的方案`).
 */
function bodyVerbAt(text: string, at: number, subject = 2): string | undefined {
  const verb = bodyVerbs.at(text, at + subject)
  return verb !== undefined && text.charCodeAt(at + subject + verb.length) !== 0x7684 /* 的 */ ? verb : undefined
}

/** The meeting named by its kind as it speaks (lexicon `meetingSubjectsByKind`), not the bodies a matter is sent to. */
const speakingKindWords = words(meetingSubjectsByKind.filter((kind) => kind !== '常委会'))
/** Characters before a body that is sent the matter, not speaking (`提请董事会审议`, `报党委会研究`). */
const sendingVerbs = '请向由报交提经将对把'
/** A body that opens with what it rests on: `根据药剂科的提议,会议…`. */
const restsOn = /^根据[^,。;:]{2,20}的(?:提议|汇报|建议|意见|介绍),/
/** Openers of a body other than `会议…`: `会上,`, `经研究,`, `与会人员…`. */
// (And how it deliberated first: `经充分讨论,`, `经认真研究,`, `经集体审议,`.)
const bodyOpeners = words(['会上', '会后', '经研究', '经会议研究', '经讨论', '经会议讨论', '经无记名', '与会', '经充分讨论', '经认真讨论', '经充分研究', '经认真研究', '经集体研究', '经审议', '经认真审议', '经充分酝酿', '经表决', '经投票表决', '经举手表决'])
/** Levels of points under a statement: `(一)`, `1.`, `(1)`, `①`. */
const pointLevels = new Set(['subsection', 'arabic', 'paren-arabic', 'circled'])

/**
 * Where a whole text that lost its line breaks (see `isFlattened`) is broken
 * into the lines it had, by the genre's forms: after a title ending in
 * `纪要` (and its bracketed date or issue), after a document number, before
 * byline and header labels (`来源:`, `会议时间:`, `主持人:`), before the
 * lead's date in the header, around attendance labels (`出席:` … `记录:`),
 * after the lead-in (`…纪要如下:`), before each item (`一、` … continuing the
 * sequence after `。`, `:` or a closing bracket), between an item's heading
 * and its body (`…工作会议听取了…`), before points (`(一)`, `1.`) after a
 * colon or a full stop, and before the sign-off, distribution and page chrome
 * at the end.
 *
 * @param text
 *   The line (normalized, trimmed).
 * @returns
 *   Offsets into `text`, unordered, possibly repeated.
 */
function flatBreaks(text: string): number[] {
  const breaks: number[] = []
  const firstStop = text.indexOf('。') === -1 ? text.length : text.indexOf('。')
  const parens = parenDepths(text)

  // A marking of the copy above the title: `内部资料 注意保存`.
  const marking = /^(?:内部资料|内部文件|内部刊物)? *(?:注意保存|妥善保存)?/.exec(text)
  if (marking && marking[0].trim().length >= 4 && marking[0].length < text.length) breaks.push(marking[0].length)
  // The title and what follows it on its own line: `…纪要(2024年4月12日)`, `…纪要第3期`.
  // Its letters may be spaced, as printed titles are: `专 题 会 议 纪 要`.
  // It opens the text, or follows page controls (`【打印】【关闭】‖…纪要`) or a notice's codes
  // (`证券代码:…公告编号:2024-041‖XX股份有限公司…决议公告`).
  let coded = leadingControls(text)
  if (coded > 0 && coded < text.length) breaks.push(coded)
  for (const match of text.slice(0, headerLength).matchAll(codedLabelValue)) {
    coded = match.index + match[0].length
    breaks.push(coded)
  }
  // (After a breadcrumb glued before it, `首页 > 信息公开 > 会议纪要 X市人民政府专题会议纪要…`: see below.)
  const crumbed = /^(?:[^。,;>»›]{1,20}(?:>>?|»|›) *){2,}[^\s>»›。,;]{0,12} +(?=[^\s>»›])/.exec(text.slice(coded, coded + 120))
  if (crumbed) coded += crumbed[0].length
  const title = titleAhead.exec(text.slice(coded))
  const titleEnd = title ? coded + title[0].length : 0
  // Not the title of a notice that sends the minutes: `关于印发…纪要的通知`.
  if (title && titleEnd < text.length && text.charAt(titleEnd) !== '的') {
    breaks.push(titleEnd)
    // (Its number by year too, `2024年第6期`; not `2024年第6次…`, which may open the lead.)
    const issue = /^ *(?:(?:[〔[【(] *\d{4} *[〕\]】)] *)?第? *[\d一二三四五六七八九十百]+ *[期号次]\)?|\d{4} *年 *第? *[\d一二三四五六七八九十百]+ *[期号])/.exec(text.slice(titleEnd))
    if (issue) breaks.push(titleEnd + issue[0].length)
  }
  // A breadcrumb glued to the headline: `首页 > 政务公开 > 会议纪要‖城南区政府召开…`, ending with its
  // last crumb, a column's name.
  const crumbs = /^(?:[^。,;>»›]{1,20}(?:>>?|»|›) *){2,}(?=[^>»›]*$)/.exec(text.slice(0, Math.min(firstStop, 120)))
  if (crumbs) {
    const column = /^[^\s>»›]{0,8}?(?:纪要|公告|公开|动态|新闻|要闻|信息|会议|通知)(?:纪要|公告|通知)?/.exec(text.slice(crumbs[0].length))
    if (column) breaks.push(crumbs[0].length + column[0].length)
  }
  // The header zone: before the lead's first sentence ends (bounded: a header is short).
  const head = text.slice(0, Math.min(firstStop, headerLength))
  // A document number: `〔2024〕5号`.
  for (const match of head.matchAll(/[〔[【(] *\d{4} *[〕\]】)] *第? *\d+ *号/g)) breaks.push(match.index + match[0].length)
  // A byline, before the lead's first sentence ends: before its first label (a byline holds
  // several: `发布时间:… 来源:… 浏览次数:…`), and after its date or count where the lead's date
  // is glued on (`…2024-07-19‖7月18日`, `浏览次数:325‖5月15日`).
  // A dated byline without a label after the headline: `…常务会议‖2024-04-09 08:30 来源:…`.
  const dated = /[^\d:\s-] *(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日(?= *\d{1,2}:\d{2}))/.exec(head)
  const datedAt = dated && parens[dated.index] === 0 ? dated.index + dated[0].length - dated[1].length : -1
  if (dated && datedAt > 0) {
    breaks.push(datedAt)
    // An account's post stamped to the minute, then the place it was posted from and the headline:
    // `…2025年03月04日 19:30‖江西X区召开…` (as `发表于江西`, a place, not the meeting's).
    const time = / *\d{1,2}:\d{2}(?::\d{2})? +(?=[^\s\d])/y
    time.lastIndex = dated.index + dated[0].length
    if (time.test(head)) {
      bylineLabelAt.lastIndex = time.lastIndex
      if (!bylineLabelAt.test(head)) breaks.push(time.lastIndex)
    }
  }
  bylineLabelAnywhere.lastIndex = 0
  const byline = bylineLabelAnywhere.exec(head)
  bylineLabelAnywhere.lastIndex = 0
  if (byline && byline.index > 0 && parens[byline.index] === 0 && !/[:(|]\s*$/.test(head.slice(0, byline.index)) && !(datedAt > 0 && datedAt < byline.index)) {
    // `…常务会议时间:2024-05-11 来源:…`: the headline's meeting, then a byline's `时间:`; `…【来源:…】`: the bracket.
    const timed = byline[0].startsWith('时间') && head.startsWith('会议', byline.index - 2) ? -2 : head.charAt(byline.index - 1) === '【' ? -1 : 0
    breaks.push(byline.index + timed)
  }
  // A page's stamp, then the title or the lead: `…生成日期:2024-09-03‖区长办公会议纪要`, `…2024-07-19‖7月18日`.
  for (const match of head.matchAll(/\d{4}-\d{1,2}-\d{1,2}(?: \d{2}:\d{2}(?::\d{2})?)?(?=\d{1,2}月\d{1,2}日|[\u4e00-\u9fff])|(?:浏览|点击|阅读|访问)[^:]{0,2} *: *\d*?(?=(?:1[0-2]|[1-9])月\d{1,2}日)/g)) {
    breaks.push(match.index + match[0].length)
  }
  // A publication label's stamp, then past spaces the title: `生成日期:2025-09-02 ‖XX市人民政府专题会议纪要`
  // (not a byline's next label, nor a time of day).
  for (const match of head.matchAll(stampThenText)) {
    const at = match.index + match[0].length
    bylineLabelAt.lastIndex = at
    if (!bylineLabelAt.test(head) && !timeOfDayWords.some((word) => head.startsWith(word, at))) breaks.push(at)
  }
  // Header labels: `会议时间:`, `地点:`, `主持人:`; not the `时间` of a byline's `发布时间`.
  const headerBreaks: number[] = []
  for (const match of head.matchAll(headerLabelAnywhere)) {
    const at = match.index
    // Not a label in brackets (`【时间:…】`), nor a byline's `时间:2024-07-19`.
    // A page counter scraped without its number stands before the label: `点击:‖时间:…`.
    const before = head.slice(0, at)
    if (at === 0 || parens[at] > 0 || (/[:(|【]\s*$/.test(before) && !emptyCounter.test(before)) || /^(?:时 *间|日 *期) *: *\d{4}-/.test(head.slice(at))) continue
    // Nor the `议题` of a matter's number: `第一项议题:关于…`.
    if (matterOrdinalBefore.test(before)) continue
    if (publicationDateLabels.some((label) => label.endsWith(match[0]) && head.startsWith(label, at + match[0].length - label.length))) continue
    // `…召开第3次党委会议时间:…`: a headline's meeting, then the header's `时间:`.
    const headline = match[0].startsWith('会议') && conveneVerbs.some((verb) => head.slice(0, at).includes(verb))
    headerBreaks.push(headline ? at + 2 : at)
    // The last label's value, then the body: `主持人:X‖会议听取了…` (as after attendance, see `attendanceEnd`).
    const valueEnd = attendanceEnd(text, text.indexOf(':', at + match[0].length) + 1)
    if (valueEnd !== null) breaks.push(valueEnd)
  }
  appendAll(breaks, headerBreaks)
  // The lead's date in the header: `…〔2024〕5号‖2024年4月12日下午,`, `…浏览:96次‖4月12日,`.
  for (const date of findDates(head)) {
    if (date.start === 0 || parens[date.start] > 0) continue
    let after = date.end
    const time = timeOfDayWords.find((word) => text.startsWith(word, after))
    if (time) after += time.length
    if (!/^(?:,|在|于|召开|\((?:星期|周[一二三四五六日天]\)))/.test(text.slice(after))) continue
    // Not a date the sentence goes on from (`…会议于2024年…`), nor a date label's value.
    const before = text.slice(0, date.start)
    if (/[(于在自至从由到]\s*$|(?:时间|日期) *: *$/.test(before)) continue
    // Nor a date inside the lead, after its verb: the text since the last header label convenes nothing.
    const since = Math.max(0, ...headerBreaks.filter((at) => at < date.start))
    // But a headline that convenes the meeting may end right at it: `…区召开城市更新专题会议‖3月3日下午,…`.
    if (conveneVerbs.some((verb) => before.slice(since).includes(verb)) && !publicationLabel.test(before) && !bylineAnywhere.test(before) && !headlineConvenes.test(before.slice(since))) continue
    breaks.push(date.start)
  }
  // Attendance labels, and where the names after one end.
  const namesEnds = new Set<number>()
  for (const match of text.matchAll(attendanceLabelAnywhere)) {
    const at = match.index
    if (parens[at] > 0 || !attendanceLineAt(text, at)) continue
    if (at > 0 && !/[:(]\s*$/.test(text.slice(Math.max(0, at - 2), at))) breaks.push(at)
    const namesEnd = attendanceEnd(text, at + match[0].length)
    if (namesEnd !== null) namesEnds.add(namesEnd)
  }
  appendAll(breaks, namesEnds)
  const afterStop: number[] = []
  // Labels inside an item: `汇报单位:`, `表决结果:`, `会议意见:`; owners and deadlines after a full stop,
  // or glued to the value of the label before (`责任科室:X‖完成时限:…`: labels that share a line stand
  // apart by spaces).
  for (const match of text.matchAll(itemLabelAnywhere)) {
    const at = match.index
    const previous = text.charAt(at - 1)
    if (at === 0 || parens[at] > 0 || previous === ':' || previous === '(') continue
    const glued = !/[\s,;、]/.test(previous) && /:[^。;:]{1,30}$/.test(text.slice(Math.max(0, at - 31), at))
    if (itemLabelWords.at(text, at) !== undefined || glued) breaks.push(at)
    else if (previous === '。') afterStop.push(at)
  }
  // An agenda label in the body: `…。议题:关于…`.
  for (const match of text.matchAll(agendaLabelAnywhere)) {
    if (matterOrdinalBefore.test(text.slice(Math.max(0, match.index - 6), match.index))) continue
    if (match.index > firstStop && parens[match.index] === 0 && '。)】'.includes(text.charAt(match.index - 1))) breaks.push(match.index)
  }
  // Headings in brackets standing alone: `…。【本周工作安排】(一)…`.
  for (const match of text.matchAll(/【[^【】,。;:!?]{2,16}】/g)) {
    if (!isBracketHeading(match[0])) continue
    if (match.index === 0 || !'。)】'.includes(text.charAt(match.index - 1))) continue
    breaks.push(match.index)
    if (match.index + match[0].length < text.length) breaks.push(match.index + match[0].length)
  }
  // The lead-in to the items: `…纪要如下:`.
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (itemLeadInWords.before(text, at) !== undefined && at + 1 < text.length) breaks.push(at + 1)
  }
  // Items in sequence, their headings' ends, and the points under them.
  // The items are numbered `一、`, or else `(一)`, or else `1.`.
  // (A table laid out with spaces ends where its last row's cells do: `…9月30日前‖二、…`.)
  const tableBreaks = spacedTableBreaks(text)
  const lineStarts = tableBreaks.length > 0 ? new Set([...namesEnds, ...tableBreaks]) : namesEnds
  let sections: MarkerMatch[] = []
  for (const level of ['section', 'subsection', 'arabic', 'paren-arabic'] as const) {
    if (sections.length === 0) sections = sectionStarts(text, parens, lineStarts, level)
  }
  // Or `第一,关于…。第二,关于…` right after the lead-in (as a line of its own, `第一,` opens an item).
  const ordinals = sections.length === 0 ? ordinalItemStarts(text) : []
  appendAll(breaks, ordinals)
  // Whether the items are numbered `一、`: else matters may be paragraphs, and a list of `(一)` or `1.`
  // the points of one.
  const numbered = ordinals.length > 0 || (sections.length > 0 && (sections[0].level === 'section' || !statementColon(text, sections[0].start)))
  const bodies = new Set<number>()
  // Where every item's number stands after a paragraph's indent, the lines the text had are known:
  // a heading glued to its body was glued in the original too, and is read as its line is.
  const indentedItems = sections.length >= 2 && sections.every((marker) => marker.start >= 2 && text.charCodeAt(marker.start - 1) === 0x20 && text.charCodeAt(marker.start - 2) === 0x20)
  for (const marker of sections) {
    breaks.push(marker.start)
    // A label glued to its heading stands alone on its line, as `交办事项二` over the heading (see `bareMatterLabel`).
    if (marker.end === marker.markerEnd && marker.level !== 'arabic' && bareMatterMarker(text, marker.start) !== null && matchMarker(text, marker.start, true) === null) breaks.push(marker.end)
    const body = indentedItems ? null : headingBody(text, marker.end)
    if (body !== null) bodies.add(body)
  }
  // A label's value, then the body: `汇报单位:市商务局‖会议原则同意…`.
  for (const match of text.matchAll(itemLabelAnywhere)) {
    if (itemLabelWords.at(text, match.index) === undefined) continue
    const body = headingBody(text, match.index + match[0].length - 2)
    if (body !== null && text.charCodeAt(body) === 0x4f1a /* 会 */) bodies.add(body)
  }
  appendAll(breaks, bodies)
  // Points only under items (minutes without them make their items of a list), below the items' level.
  const points = sections.length > 0 ? pointStarts(text, parens, sections, bodies) : []
  appendAll(breaks, points)
  // A motion's heading, then what was said of it (`(一)审议通过《关于…的议案》‖表决结果:…`).
  for (const at of [...points, ...sections.map((marker) => marker.start)]) {
    const motion = motionHeading.exec(text.slice(at, at + 120))
    if (motion && /[\u4e00-\u9fff]/.test(text.charAt(at + motion[0].length)) && !motionGoesOn.includes(text.charAt(at + motion[0].length))) breaks.push(at + motion[0].length)
  }
  // Owners and deadlines after a point's sentence go on its line (`1.…。牵头单位:X 完成时限:…`);
  // after an item's paragraph they stand on their own.
  // Each label against the last line start before it, both in order.
  const pointSet = new Set(points)
  const lowerItems = new Set(sections.filter((marker) => marker.level !== 'section').map((marker) => marker.start))
  const opens = [...sections.map((marker) => marker.start), ...bodies, ...points].sort((a, b) => a - b)
  let next = 0
  for (const at of afterStop) {
    while (next < opens.length && opens[next] < at) next++
    const open = next > 0 ? opens[next - 1] : -1
    if (numbered && !pointSet.has(open) && !lowerItems.has(open)) breaks.push(at)
  }
  // Points numbered `一、` under a statement, clauses of one sentence (`会议强调:一、…;二、…;三、…`),
  // in minutes whose matters are paragraphs.
  if (!numbered) appendAll(breaks, statementPoints(text, parens))
  // Minutes whose matters are paragraphs (`会议听取了…。会议还研究了…`): each matter after the lead, and a
  // topic heading glued to its body (`关于X问题‖会议听取了…`).
  if (!numbered) {
    // (A matter may open with who presents it, `…主持。区财政局汇报了…`; not right after the sentence
    // that took a matter up, whose account it gives: `…会议研究了X。总务科就X作了说明。`.)
    // (Nor after a topic named in a sentence of its own, `关于春耕工作。种植业股汇报了…`.)
    // (Only where the paragraphs' indents were lost too: kept, they part the matters, `…主持。  区财政局汇报了…`.)
    const indented = /[。:] {2,}\S/.test(text)
    // Where every paragraph kept its indent, they part the matters: inside one, a sentence opens
    // another only as on a line of its own (`…。会议还听取了…`, or after the meeting's view).
    const paragraphs = indented && paragraphsIndented(text)
    let opened = false
    let sentence = 0
    let paragraph = 0
    for (let at = text.indexOf('。'); at >= 0 && at + 1 < text.length; at = text.indexOf('。', at + 1)) {
      if (paragraphs && text.charCodeAt(at + 1) === 0x20) paragraph = at + 1
      // Not the lead's last sentence, that takes up the matters to lead in to them (`会议研究了…,现纪要如下:`).
      // Nor the meeting deciding on the report it heard in the sentence before, that sentence no more
      // than the hearing (`会议听取了X关于Y的汇报。‖会议审议通过了Y。`).
      const inside = paragraphs && text.charCodeAt(at + 1) !== 0x20 && !text.startsWith('会议还', at + 1) && !viewThenMatter(text, paragraph, at)
      const opens = (!inside && opensMatterAt(text, at + 1) && !leadsInAt(text, at + 1) && !decidesOnHeard(text, sentence, at + 1)) || paragraphBullets.includes(text.charAt(at + 1)) || topicFirstAt(text, at + 1)
      if (opens || (!opened && !indented && !namedTopic.test(text.slice(sentence, at)) && presentedBy(text, at + 1))) breaks.push(at + 1)
      opened = opens
      sentence = at + 1
      // A photo's caption glued before the next matter: `…。▲区长X讲话‖会议听取了…`.
      const matter = captionEnd(text, at + 1)
      if (matter !== -1) breaks.push(at + 1, matter)
      const topic = /^关于[^,。;:!?]{2,30}?(?=会议)/.exec(text.slice(at + 1, at + 40))
      if (topic && bodyVerbAt(text, at + 1 + topic[0].length) !== undefined && !endsMeetingName(text, at + 1 + topic[0].length)) {
        breaks.push(at + 1, at + 1 + topic[0].length)
      }
    }
  }
  // The end: distribution, page chrome and the sign-off.
  for (const match of text.matchAll(distributionAnywhere)) if (match.index > 0 && parens[match.index] === 0 && /[。)\s]/.test(text.charAt(match.index - 1))) breaks.push(match.index)
  // A byline after the last sentence: `…。发布日期:2024年11月22日`.
  const tail = text.lastIndexOf('。') + 1
  if (tail > 0 && tail < text.length) {
    bylineLabelAnywhere.lastIndex = 0
    const label = bylineLabelAnywhere.exec(text.slice(tail))
    bylineLabelAnywhere.lastIndex = 0
    if (label) breaks.push(tail + label.index)
  }
  // The chair's label after the last sentence, before the attendance at the end: `…。主持:院长 X 出席:…`
  // (after a table's last row, `…12月31日前 主持人:校长 X`, the row's end starts it: see `lastRowEnds`).
  if (tail > 0 && chairLabelAtEnd.test(text.slice(tail, tail + 8))) breaks.push(tail + (text.slice(tail).length - text.slice(tail).trimStart().length))
  const signOff = signOffStart(text)
  if (signOff !== null) breaks.push(signOff)
  // A paragraph's indent kept where its line break was lost (`…如下:  一、关于X  会议听取了…`, two
  // ideographic spaces, or a run of spaces): a paragraph starts after it. (Not one space: the
  // padding of a name, `王 强`, or of a spaced title. Nor the gap between a byline's fields,
  // `日期:2025-04-10  来源:…  点击数:`, which the byline's own rules place.)
  for (const match of text.matchAll(indentRun)) {
    const at = match.index + match[0].length
    bylineLabelAt.lastIndex = at
    if (match.index > 0 && parens[match.index] === 0 && !bylineLabelAt.test(text)) breaks.push(at)
  }
  appendAll(breaks, tableBreaks)
  appendAll(breaks, labelledMatterBreaks(text))
  return breaks
}

/**
 * A matter's label without its colon, its heading and its body parted by
 * spaces (`…如下:交办事项一 农村户厕整改 会议要求,…`): the label with its heading
 * starts a line, the body another. The heading is a phrase (no punctuation,
 * 30 characters at most).
 */
const labelledMatterAnywhere = new RegExp(`(?<=^|[:。\\s])(?:${numberedMatterWords.join('|')})(?:[一二三四五六七八九十]+|\\d{1,2}) +[^\\s,。;:!?]{2,30} +(?=\\S)`, 'g')

function labelledMatterBreaks(text: string): number[] {
  const breaks: number[] = []
  for (const match of text.matchAll(labelledMatterAnywhere)) {
    if (match.index > 0) breaks.push(match.index)
    breaks.push(match.index + match[0].length)
  }
  return breaks
}

const taskColumnSet = new Set(taskColumnLabels)
const dueColumnSet = new Set(deadlineLabels)
/** A cell of a table laid out with single spaces: no space, no full stop. */
const spacedCell = / ([^\s。]+)/y

/**
 * Where the rows of a table of tasks laid out with single spaces start, and
 * where its last row ends, once the table ran on into one line (`序号 工作任务
 * 责任科室 完成时限 1 制定X 医务科 8月20日前 2 …`): a header of the genre's
 * column labels (`序号`, a task column, an owner column) gives the count of
 * cells; each row opens with the next number and holds that count. A row
 * with a space inside a cell cannot be told apart: the table ends before it.
 */
function spacedTableBreaks(text: string): number[] {
  const breaks: number[] = []
  for (let at = text.indexOf('序号 '); at !== -1; at = text.indexOf('序号 ', at + 1)) {
    let width = 1
    let task = false
    let owner = false
    let end = at + 2
    spacedCell.lastIndex = end
    for (let cell = spacedCell.exec(text); cell; cell = spacedCell.exec(text)) {
      const label = cell[1]
      if (taskColumnSet.has(label)) task = true
      else if (ownerColumnRoles.has(label)) owner = true
      else if (!dueColumnSet.has(label) && label !== '备注') break
      width++
      end = spacedCell.lastIndex
    }
    if (!task || !owner) continue
    const rows = [at]
    for (let number = 1; ; number++) {
      const row = end
      if (!text.startsWith(` ${number} `, row)) break
      spacedCell.lastIndex = row + 1 + String(number).length
      let cells = 0
      while (cells < width - 1 && spacedCell.exec(text)) cells++
      if (cells < width - 1) break
      let rowEnd = spacedCell.lastIndex
      // (A row with one cell more, an owner cell that holds a space, `镇综合执法队 镇派出所`: where the next
      // row or the table's end follows that cell, it ends the row; the reader of the rows joins the two.)
      if (!text.startsWith(` ${number + 1} `, rowEnd) && !lastRowEnds(text, rowEnd)) {
        spacedCell.lastIndex = rowEnd
        if (spacedCell.exec(text) && (text.startsWith(` ${number + 1} `, spacedCell.lastIndex) || lastRowEnds(text, spacedCell.lastIndex))) rowEnd = spacedCell.lastIndex
      }
      // (Not the last row: the next one must follow at once.)
      if (!text.startsWith(` ${number + 1} `, rowEnd) && rows.length > 1 && !lastRowEnds(text, rowEnd)) break
      rows.push(row + 1)
      end = rowEnd
      if (!text.startsWith(` ${number + 1} `, rowEnd)) {
        if (rowEnd < text.length) rows.push(rowEnd + 1)
        break
      }
    }
    if (rows.length > 1) appendAll(breaks, rows)
  }
  return breaks
}

/**
 * Whether a table's last row may end at `at`: the text ends, or a new line's
 * number (`二、`, `(二)`, `3.`), the chair's or an attendance label follows.
 */
function lastRowEnds(text: string, at: number): boolean {
  if (at >= text.length) return true
  if (chairLabelAtEnd.test(text.slice(at, at + 8))) return true
  attendanceLabelAt.lastIndex = at + 1
  return matchMarker(text, at + 1, true) !== null || attendanceLabelAt.test(text)
}

/** An attendance label right at an offset (see `attendanceLabelAnywhere`). */
const attendanceLabelAt = new RegExp(attendanceLabelAnywhere.source, 'y')

/** A place's name that opens an issuing office: `松陵县`, `临川市` (two to four characters and its level). */
const issuerPlace = /^[\u4e00-\u9fff]{2,4}?[省市县区旗州盟镇乡]/

/**
 * Where the issuing office of a sign-off glued to the names of the last
 * attendance label starts (`…请假:卜一凡‖松陵县人民政府办公室2025年9月11日印发`),
 * or null: the office opens with a place the text named before (its title,
 * its lead) and ends as an issuer does; a name of two characters at least
 * stands before it.
 */
function issuerAfterNames(text: string, from: number, dateAt: number): number | null {
  const colon = text.lastIndexOf(':', dateAt)
  if (colon < from) return null
  const value = text.slice(colon + 1, dateAt).trimEnd()
  if (value.length > 40 || sentencePunctuation.test(value)) return null
  const named = text.slice(0, Math.min(from, headerLength))
  for (let at = 2; at < value.length - 4; at++) {
    const place = issuerPlace.exec(value.slice(at))
    if (!place || !named.includes(place[0])) continue
    const issuer = value.slice(at)
    return issuerSuffixes.some((suffix) => suffix.length > 1 && issuer.endsWith(suffix)) ? colon + 1 + at : null
  }
  return null
}

/** The chair's label: `主持:`, `主持人:`, `会议主持:` (see `flatBreaks`). */
const chairLabelAtEnd = /^\s*(?:会议)?主持人? *:/

/** A photo's caption: its mark, then a few words with no punctuation (`▲区长X讲话`, `▲会议现场`). */
const photoCaption = new RegExp(`^[${photoCaptionMarks}] *[^,。;:!?\\s]{2,24}?(?=会议|会上)`)

/**
 * Where the matter after a photo's caption at `at` starts, the caption glued
 * to it as a page that lost its line breaks has it (`▲区长X讲话‖会议听取了…`),
 * or -1.
 */
export function captionEnd(text: string, at: number): number {
  if (!photoCaptionMarks.includes(text.charAt(at))) return -1
  const caption = photoCaption.exec(text.slice(at, at + 30))
  return caption && opensMatterAt(text, at + caption[0].length) ? at + caption[0].length : -1
}

/** A headline that convenes a meeting and ends at its name, no sentence (`…区召开城市更新专题会议`). */
const headlineConvenes = new RegExp(`(?:${conveneVerbs.join('|')})[^,。;:!?]{2,40}会议?$`)
/** A publication label's date (and time), then spaces before words: `生成日期:2025-09-02 X…` (see `flatBreaks`). */
const stampThenText = new RegExp(`(?:${publicationDateLabels.join('|')}) *: *\\d{4}-\\d{1,2}-\\d{1,2}(?: \\d{1,2}:\\d{2}(?::\\d{2})?)? +(?=[\\u4e00-\\u9fff])`, 'g')
/** A run of two spaces or more inside a line, before more text (see `flatBreaks`). */
const indentRun = / {2,}(?=\S)/g
/** A byline's label right at an offset (see `bylineLabelAnywhere`). */
const bylineLabelAt = new RegExp(bylineLabelAnywhere.source, 'y')

/** Where page controls in brackets at the start of a text end (`【打印】【关闭】`), or 0. */
function leadingControls(text: string): number {
  let at = 0
  for (let match = /^\s*【([^【】]{1,8})】/.exec(text); match; match = /^\s*【([^【】]{1,8})】/.exec(text.slice(at))) {
    const inner = match[1].replace(/\s+/g, '')
    if (!pageChromeWords.includes(inner) && pageChrome.at(inner, 0) === undefined) break
    at += match[0].length
  }
  return at
}

/** A title: up to `纪要`, `决议公告`, and its bracketed date or number. */
const titleAhead = /^[^,。;!?>]{2,60}?(?:会议纪要|纪 *要|决议公告|会议决议(?:公告)?)(?: *\([^(),。;:]{1,20}\))?/
/** A metadata or number label's value of digits (`公告编号:2024-041`, `证券代码:600123`) with words after it, glued on or past a space. */
const codedLabelValue = new RegExp(`(?:${[...metadataLabels, ...documentNumberLabels].sort((a, b) => b.length - a.length).join('|')}) *: *[\\dA-Za-z][\\dA-Za-z/-]*(?= *[\\u4e00-\\u9fff])`, 'g')
/** Sections of a listed company's notice, of fixed wording (lexicon `noticeSectionHeadings`). */
const noticeSectionWords = words(noticeSectionHeadings)
/** A numbered motion's heading: `(一)审议通过《关于…的议案》`, `2、审议《…》`. */
const motionHeading = /^(?:\(?[\d一二三四五六七八九十]+[)、.]?)\s*(?:审议并?通过了?|审议了?|通过了?)《[^《》]{2,80}》/
/** Characters by which a sentence goes on after a title in 《》: `《…》的`, `《…》等`, `《…》和《…》`. */
const motionGoesOn = '的等和及与并或、'

/** Labels inside an item that open a line of their own: `汇报单位:`, `表决结果:`, `会议意见:`. */
const itemLabelWords = words(itemLabels)
/** Those labels, and the owners' and deadlines' (`责任单位:`, `完成时限:`), anywhere. */
const itemLabelAnywhere = new RegExp(`(?:${[...itemLabels, ...ownerLabels.map(([label]) => label), ...deadlineLabels].sort((a, b) => b.length - a.length).join('|')}) *:`, 'g')

const matterAdverbWords = words(matterAdverbs)
const matterTransitionWords = words(matterTransitions)

/** Bullets that open a matter's paragraph (`◆ 会议听取了…`); not `·` of names, nor `○` of years (`二○二四`). */
const paragraphBullets = labelBullets.replace(/[·○]/g, '')

/**
 * Whether the sentence at `at` ends by leading in to the minutes' matters:
 * `会议研究了近期工作,现纪要如下:` (not a matter's own `…汇报,议定如下:`).
 */
function leadsInAt(text: string, at: number): boolean {
  const lead = /^[^。:]{0,80}纪要如下:/.exec(text.slice(at, at + 86))
  return lead !== null
}

/** A topic named first (lexicon `topicOpeners`), up to the comma or full stop after it. */
const topicClause = new RegExp(`^(?:${topicOpeners.join('|')})[^,。;:!?、()《》]{2,30}?[,。]`)

/**
 * Whether a paragraph that names its topic first opens at `at`: `关于X,会议…`,
 * `针对X问题,会议明确…`, `就X问题,经研究…`, `关于X。会议同意…` (the topic,
 * then the meeting speaking).
 */
function topicFirstAt(text: string, at: number): boolean {
  const topic = topicClause.exec(text.slice(at, at + 40))
  if (!topic) return false
  const body = at + topic[0].length
  // Or who presents it: `关于X。Y股汇报了…`.
  return (opensBody(text, body) || presenterAhead(text, body)) && !text.startsWith('会后', body)
}

/**
 * Whether a sentence at `at` opens a matter: `会议听取了…`, `会议还研究了…`,
 * `会议专题研究了…`, `会上,…`.
 */
function opensMatterAt(text: string, at: number): boolean {
  // A news report's order before the meeting: `…。随后,会议审议了…`, `…。最后,会议研究了…`.
  const transition = matterTransitionWords.at(text, at)
  if (transition !== undefined) at += transition.length + (text.charCodeAt(at + transition.length) === 0x2c /* , */ ? 1 : 0)
  if (speaksOfMatter(text, at)) return true
  if (!text.startsWith('会议', at)) return false
  let verb = at + (text.startsWith('还', at + 2) ? 3 : 2)
  verb += matterAdverbWords.at(text, verb)?.length ?? 0
  return verb > at + 3 && matterVerbs.at(text, verb) !== undefined
}

/**
 * Whether the words at `start` (up to `end`) open with a body or an official that presents a
 * matter, as news of a government's meeting starts a matter's paragraph (`区财政局局长X汇报了…`,
 * `…主持。区财政局、区审计局分别汇报了…`): the whole first words before the verb (or before
 * `就`/`对`/`关于` its topic) are one actor, a unit or a titled official. (Not an official who lays
 * out the work, `副县长X就…作了部署`: that goes on with the matter before.)
 */
export function presentedBy(text: string, start: number, end = text.length): boolean {
  const verb = presenterAt(text, start, end)
  if (verb === -1) return false
  const topic = /就|对|关于/.exec(text.slice(start, verb))
  const subjectEnd = topic ? start + topic.index : verb
  const actor = subjectEnd - start >= 3 ? readActor(text, start, subjectEnd) : null
  if (!actor || actor.whole.start !== start || actor.whole.end !== subjectEnd) return false
  return actor.kind !== 'person' || actor.title !== null
}

/** A topic named as a sentence of its own, after a colon or a full stop: `…如下:关于X工作`. */
const namedTopic = /(?:^|:)关于[^,。;:]{2,40}$/

/**
 * Whether the sentence at `at` is the meeting deciding on the report it heard in the sentence
 * before (from `sentence`), that sentence no more than the hearing: `会议听取了X关于Y的汇报。‖会议审议通过了Y。`
 * (one matter's paragraph, not the next matter).
 */
function decidesOnHeard(text: string, sentence: number, at: number): boolean {
  return decidingOnHeard.test(text.slice(at, at + 9)) && bareHearing.test(text.slice(sentence, at - 1).trimStart())
}

/** A sentence that only hears a report: `会议听取了X关于Y的汇报`, `…的说明和Z的审查意见`. */
const bareHearing = /^会议(?:首先)?听取了?[^,;:。]*(?:汇报|说明|介绍|报告|意见)$/
/** The meeting deciding on what it heard: `会议审议通过了…`, `会议审定了…`, `会议研究认为,…`. */
const decidingOnHeard = /^会议(?:审议通过|审议并通过|审定|研究认为|讨论并原则通过|讨论通过|原则通过)/

/** Lead-ins that end with the colon before the items: `纪要如下:`, `议定以下事项:`. */
const itemLeadInWords = words(['纪要如下', '现纪要如下', '如下', '以下事项', '如下事项', '下列事项', '议定事项', '议定如下'])

/** The depth of `(`…`)` at every offset of a text. */
function parenDepths(text: string): Uint8Array {
  const depths = new Uint8Array(text.length + 1)
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x28 /* ( */) depth = Math.min(255, depth + 1)
    depths[index] = depth
    if (code === 0x29 /* ) */) depth = Math.max(0, depth - 1)
  }
  depths[text.length] = depth
  return depths
}

/**
 * Whether an attendance label at `at` opens a line that the text lost: after
 * a full stop, or after another label's value in the same run (`…记录:X` …
 * `出席:…列席:…`), and not inside the lead (no convening verb follows
 * before the sentence ends).
 */
function attendanceLineAt(text: string, at: number): boolean {
  // Bounded scans: a text without full stops would make each a scan of the whole text.
  let stop = at - 1
  while (stop >= 0 && stop > at - 300 && text.charCodeAt(stop) !== 0x3002) stop--
  if (at > 0 && stop !== at - 1 && !text.slice(stop + 1, at).includes(':')) return false
  let end = at
  while (end < text.length && end < at + 300 && text.charCodeAt(end) !== 0x3002) end++
  const sentence = text.slice(at, end)
  return !sentence.includes('主持') && !conveneVerbs.some((verb) => sentence.includes(verb))
}

/**
 * Where the names after an attendance label end, when something else runs on
 * after them: an item (`…钱悦一、关于…`), the meeting speaking (`…会议听取…`),
 * the lead-in; null when the names run to the next label or the end.
 */
function attendanceEnd(text: string, from: number): number | null {
  for (let at = from; at < text.length && at < from + 200; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x3002 /* 。 */) return at + 1 < text.length ? at + 1 : null
    if (code === 0x3a /* : */) {
      // The label of what follows: `…驻村工作队队员‖会议主要内容:`.
      const label = /(?:会议)?(?:主要)?(?:内容|议题|议程)$/.exec(text.slice(from, at))
      return label && label.index > 0 ? from + label.index : null
    }
    const marker = at > from ? matchMarker(text, at, true) : null
    // (Or `1、` glued to the last name, `…郝强‖1、关于…`: a name holds no digit; not `1.`, a number's point.)
    const first = marker !== null && marker.number === 1 && (marker.level === 'section' || marker.level === 'subsection' || (marker.level === 'arabic' && text.charCodeAt(marker.markerEnd) === 0x3001 /* 、 */))
    if (first && !numeralCodes.has(text.charCodeAt(at - 1))) return at
    if ((text.startsWith('会议', at) || text.startsWith('会上', at)) && (speaksOfMatter(text, at) || bodyVerbs.at(text, at + 2) !== undefined)) return at
    if (text.startsWith('【', at) || text.startsWith('现将', at) || (at > from && /[\u4e00-\u9fff]/.test(text.charAt(at - 1)) && countOpenerWords.at(text, at) !== undefined)) return at
  }
  return null
}

/** Openers of the count of who attended, glued to a name: `…X‖应到代表45人` (lexicon `attendanceCountOpeners`). */
const countOpenerWords = words(attendanceCountOpeners)

/**
 * The items' markers in sequence (`一、`, `议题二:`, `第三项:`): the first after
 * a full stop or the lead-in's colon, each next one (continuing the sequence)
 * after a full stop, a closing bracket, or where a heading or a deadline
 * ended without punctuation; never after `;` or `,` (points of one sentence).
 */
function sectionStarts(text: string, parens: Uint8Array, lineStarts: ReadonlySet<number>, level: 'section' | 'subsection' | 'arabic' | 'paren-arabic'): MarkerMatch[] {
  const found: MarkerMatch[] = []
  let expected = 1
  for (let at = 1; at < text.length - 2; at++) {
    const code = text.charCodeAt(at)
    // Markers open with a numeral, `议`, `第`, `【` or `(`.
    const enclosed = (code >= 0x2460 && code <= 0x249b) || (code >= 0x3220 && code <= 0x3229) // ①…⒛, ㈠…㈩
    if (!numeralCodes.has(code) && !enclosed && code !== 0x8bae /* 议 */ && code !== 0x7b2c /* 第 */ && code !== 0x3010 /* 【 */ && code !== 0x28 /* ( */ && !matterLabelFirsts.has(code)) continue
    const previous = text.charCodeAt(at - 1)
    // Not inside brackets; right after one that closes, outside (`…请假:周平(外出学习)‖一、…`).
    const inside = previous === 0x29 /* ) */ ? parens[at - 1] > 1 : parens[at - 1] > 0
    // (An Arabic digit before a Chinese numeral ends a value, `地点:生科楼A201‖一、…`: no number of both.)
    const digitBefore = previous >= 0x30 && previous <= 0x39 && code > 0x7f
    if ((numeralCodes.has(previous) && !digitBefore) || previous === 0x3001 /* 、 */ || previous === 0x7b2c /* 第 */ || previous === 0x2e /* . */ || inside) continue
    const marker = matchMarker(text, at, true) ?? bareMatterMarker(text, at)
    if (!marker || marker.level !== level) continue
    // A number skipped or said twice (`一、…二、…四、`, a scan's `三、…三、`) where a sentence ends and a
    // heading opens `关于`, as items do: the sequence goes on from it.
    const offByOne = level === 'section' && expected > 1 && Math.abs(marker.number - expected) === 1 && previous === 0x3002 && text.startsWith('关于', marker.end)
    if (marker.number !== expected && !offByOne) continue
    // (A table's row that closed with its pipe ends a line too: `…| 记录 | X |‖一、…`.)
    // (And a Markdown heading's marks that opened its line: `…排查。### 二、…`.)
    const stop = previous === 0x3002 || previous === 0x29 || previous === 0x3011 || previous === 0x21 || previous === 0x3f || (previous === 0x7c && text.charCodeAt(at - 2) !== 0x7c) || /[。)】]\s+$/.test(text.slice(Math.max(0, at - 3), at)) || (previous === 0x23 /* # */ || previous === 0x20) && /[。)】:]\s*#{1,6}\s*$/.test(text.slice(Math.max(0, at - 10), at))
    // Below `一、` only full stops and the lead-in tell an item from a point of a sentence.
    // `一、` glued after anything but clause punctuation; `(二)` after a label's value that ended the
    // item before (`…完成时限:9月30日前‖(二)…`).
    const clause = previous === 0x3b || previous === 0x2c || previous === 0x3a || isSpace(previous)
    // (Or past the space that parts it from the next label on a page: `…完成时限:12月15日前 议题二:…`.)
    const labelled = (!clause || (level === 'section' && previous === 0x20)) && /:[^。:;,]{1,30}$/.test(text.slice(Math.max(0, at - 31), at).trimEnd())
    const glued = (level === 'section' && !clause) || labelled
    // The first one also glued to a header's last value or issue (`…地点:X会议室‖一、`, `…2025年第11次‖一、`).
    // (`1、关于…` too: `…主持人:院长 X‖1、关于…`.)
    const afterHeader = (level === 'section' || (level === 'arabic' && text.startsWith('关于', marker.end))) && (labelled || issueEnd.test(text.slice(Math.max(0, at - 14), at)))
    const ok = expected === 1 ? stop || lineStarts.has(at) || previous === 0x3a || /:\s+$/.test(text.slice(Math.max(0, at - 3), at)) || afterHeader : stop || glued || lineStarts.has(at)
    if (!ok) continue
    found.push(marker)
    expected = marker.number + 1
    at = marker.end - 1
  }
  // A single `一、` is an item (minutes of one matter); a single `(一)` or `1.` is not.
  const lone = found.length === 1 && level === 'section' && (text.charCodeAt(found[0].start - 1) !== 0x3a || itemLeadInWords.before(text, found[0].start - 1) !== undefined)
  return found.length > 1 || lone ? found : []
}

/**
 * Items counted `第一,` `第二,` … in sequence, the first right after the
 * lead-in's colon (`研究了以下事项:第一,关于…`), each next one after a full
 * stop; at least two. (After a statement's colon or a comma they are the
 * clauses of one sentence: `会议要求,第一,…;第二,…`.)
 */
function ordinalItemStarts(text: string): number[] {
  const starts: number[] = []
  for (let colon = text.indexOf(':'); colon !== -1 && starts.length === 0; colon = text.indexOf(':', colon + 1)) {
    const first = matchMarker(text, colon + 1, true)
    if (!first || first.level !== 'enumeration' || first.number !== 1 || !text.startsWith('第', colon + 1) || itemLeadInWords.before(text, colon) === undefined) continue
    starts.push(colon + 1)
    let expected = 2
    for (let at = text.indexOf('。', first.end); at !== -1 && at + 1 < text.length; at = text.indexOf('。', at + 1)) {
      const next = text.startsWith('第', at + 1) ? matchMarker(text, at + 1, true) : null
      if (next && next.level === 'enumeration' && next.number === expected) {
        starts.push(at + 1)
        expected++
      }
    }
  }
  return starts.length > 1 ? starts : []
}

/** First characters of the labels that number a matter (`交办事项一:`, `督办事项1:`: lexicon `numberedMatterWords`). */
const matterLabelFirsts = new Set(numberedMatterWords.map((word) => word.charCodeAt(0)))
/**
 * A matter's label and number glued to its heading, the line end between them
 * lost (`…。交办事项二‖城区学校扩容`, `…。第二项议题‖研究…`): as a label alone on its line.
 */
const bareMatterLabel = new RegExp(`^(?:(?:${numberedMatterWords.join('|')})([一二三四五六七八九十]{1,3}|\\d{1,2})|第([一二三四五六七八九十]{1,3})(?:项议题|个议题|议题))(?=[\\u4e00-\\u9fff《“"])`)

/**
 * The marker of a matter's label glued to its heading (see `bareMatterLabel`),
 * or null; with `end`, only a label that ends there (a segment of a run-on line).
 */
export function bareMatterMarker(text: string, at: number, end?: number): MarkerMatch | null {
  const code = text.charCodeAt(at)
  if (code !== 0x7b2c /* 第 */ && !matterLabelFirsts.has(code)) return null
  const label = bareMatterLabel.exec(text.slice(at, at + 12))
  if (!label) return null
  const ordinal = label[1] ?? label[2]
  const number = /\d/.test(ordinal) ? Number(ordinal) : readChineseNumeral(ordinal, 0)?.value
  if (!number) return null
  const labelEnd = at + label[0].length
  if (end !== undefined && labelEnd !== end) return null
  return {level: label[1] === undefined ? 'section' : 'subsection', ordinal, number, start: at, end: labelEnd, markerEnd: labelEnd}
}

/** An issue's number, the last of a header: `2025年第11次`, `(第5期)`; not the meeting convened (`召开第3次`). */
const issueEnd = /(?<!召开|举行)(?:\d{4}年)?第\d{1,3}[次期]\)?$/

/** Whether a statement's colon, not the lead-in's, stands right before `at` (`会议要求:‖1.…`). */
function statementColon(text: string, at: number): boolean {
  let colon = at - 1
  while (colon > 0 && isSpace(text.charCodeAt(colon))) colon--
  return text.charCodeAt(colon) === 0x3a && itemLeadInWords.before(text, colon) === undefined
}

/**
 * `一、`, `二、` … after a statement's colon (not the lead-in's), or `1.`,
 * `(一)`, `(1)`, `①` … after any colon (`会议明确如下:1.…;2.…`), the next ones
 * of that level after `;` or a full stop: the points of a statement, each
 * on a line (asked of minutes whose matters are paragraphs).
 */
function statementPoints(text: string, parens: Uint8Array): number[] {
  const starts: number[] = []
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // Not the groups of an attendance list: `参加会议的有:(1)县领导:…`.
    if (parens[colon] > 0 || attendanceBefore(text, colon)) continue
    const first = matchMarker(text, colon + 1, true)
    if (!first || first.number !== 1) continue
    if (first.level === 'section' ? itemLeadInWords.before(text, colon) !== undefined : !pointLevels.has(first.level)) continue
    const run = [first.start]
    let expected = 2
    for (let at = first.end; at < text.length - 2 && at < first.end + 400; at++) {
      const code = text.charCodeAt(at - 1)
      if (code !== 0x3b && code !== 0x3002) continue
      const marker = matchMarker(text, at, true)
      if (marker && marker.level === first.level && marker.number === expected) {
        run.push(at)
        expected++
      } else if (code === 0x3002) break
    }
    if (run.length > 1) appendAll(starts, run)
  }
  return starts
}

/**
 * Where an item's body starts when its heading ran on into it with nothing
 * between: `一、关于春耕工作会议听取了…`, `…事宜会上,…`. Null when the
 * heading ends with punctuation or no body opener follows it.
 */
function headingBody(text: string, from: number): number | null {
  // A heading of fixed wording (`二、监事会会议审议情况`), then its body.
  const fixed = noticeSectionWords.at(text, from)
  if (fixed !== undefined && from + fixed.length < text.length && !/[\s,。;:!?(]/.test(text.charAt(from + fixed.length))) return from + fixed.length
  let depth = 0
  let comma = false
  let noteAt = -1
  for (let at = from + 2; at < text.length && at < from + 80; at++) {
    const code = text.charCodeAt(at)
    // The first point under a heading: `一、隐患排查整治1.全面开展…`, `…问题(一)准确把握…`.
    const marker = depth === 0 ? matchMarker(text, at, true) : null
    if (marker && marker.number === 1 && pointLevels.has(marker.level) && !numeralCodes.has(text.charCodeAt(at - 1))) return at
    // A note in brackets after the heading (`(主持:X 汇报:Y)`, `(汇报单位:X)`) belongs to it; one
    // that names who presents ends it, before the body glued on (`…事项(汇报人:X)‖会议同意…`).
    // A label in brackets that opens the body: `…主题活动‖【汇报情况】医务部…`.
    if (code === 0x3010 /* 【 */ && depth === 0 && bracketLabelOpens.test(text.slice(at, at + 10))) return at
    if (code === 0x28 /* ( */ && depth++ === 0) noteAt = at
    else if (code === 0x29 /* ) */ && depth > 0 && --depth === 0 && presenterNote.test(text.slice(noteAt + 1, at)) && at + 1 < text.length && !/[。,;:!?)]/.test(text.charAt(at + 1))) return at + 1
    if (depth > 0) continue
    // `关于…工作:‖招生就业处汇报了…`: a heading that ends with a colon, before its body; not the
    // colon of a label that opens the heading (`一、议题:关于…`).
    if (code === 0x3a && at - from <= 4) continue
    if (code === 0x3a && (opensBody(text, at + 1) || presenterAhead(text, at + 1))) return at + 1
    if (code === 0x3002 || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f) return null
    // Past a comma the heading may be a sentence of the body already: only the meeting speaking ends it.
    if (code === 0x2c) comma = true
    if (comma && !text.startsWith('会议', at)) continue
    if (opensBody(text, at) && !/[,、]/.test(text.charAt(at - 1))) return namedMatterEnds(text, at) ? null : at
    // A unit or an official that presents the matter (`…工作‖后勤保障处汇报了…`, `…情况‖医务部就…作了汇报`),
    // or a unit given a task (`…考核‖区重大项目办要…`).
    // `…筹备‖经区文旅局介绍,会议研究了…`: the body opens with who introduced the matter.
    if (code === 0x7ecf /* 经 */ && introducedBy(text, at)) return at
    const verb = (presentingAt(text, at) ? '汇报' : undefined) ?? ((code === 0x5c31 /* 就 */ || (code === 0x5bf9 /* 对 */ && text.charCodeAt(at + 1) !== 0x5916 /* 外 */)) && presenterAhead(text, at) ? '就' : undefined) ?? (taskWords.at(text, at) !== undefined && unitSuffixWords.before(text, at) !== undefined ? '要' : undefined)
    if (verb !== undefined) {
      const start = presenterStart(text, from, at, verb !== '要')
      // `…提速‖由区行政审批服务局负责…`: the body opens with `由`.
      if (start !== null && text.charCodeAt(start - 1) === 0x7531 /* 由 */ && start - 1 > from + 1) return start - 1
      // A `就` inside a word (`…方案‖招生就业处汇报了…`) is no presenter's: scan on to the verb.
      if (start !== null || verb === '汇报') return start
    }
  }
  return null
}

/**
 * Whether the `工作会议` at `at` is a meeting's name inside a heading, the sentence ending by naming
 * a matter (`关于筹备全县经济工作会议要求…的事项。`), not the heading's end and the meeting speaking.
 */
function namedMatterEnds(text: string, at: number): boolean {
  if (!text.startsWith('工作', at - 2)) return false
  let stop = at
  while (stop < text.length && stop < at + 60 && text.charCodeAt(stop) !== 0x3002 /* 。 */) stop++
  const ending = matterNounWords.before(text, stop)
  return ending !== undefined && text.charCodeAt(stop - ending.length - 1) === 0x7684 /* 的 */
}

/** Nouns a heading names its matter by after `的`: `…的事项`, `…的问题`. */
const matterNounWords = words(['事项', '问题', '事宜', '通知', '意见'])

/** A short label in brackets, then the text it labels: `【汇报情况】医务部…`, `【会议决定】同意…`. */
const bracketLabelOpens = /^【[\u4e00-\u9fff]{2,6}】[^\s,。;:!?]/

/** A note after a heading that names who presents it: `汇报人:X`, `主持:X 汇报:Y`, `由X作说明`. */
const presenterNote = /^(?:由|汇报|主持|说明|介绍|报告)|[汇报告明绍]人? *:/

/** Whether the meeting starts speaking at `at`: `会议听取…` (not `常务会议`), `会上,`, `经研究,`, `会后由…`. */
function opensBody(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 0x4f1a /* 会 */ && text.charCodeAt(at + 1) === 0x8bae /* 议 */) {
    // (A work meeting whose demands a heading names, `…落实全县经济工作会议要求的事项`, see `namedMatterEnds`.)
    return !endsMeetingName(text, at) && bodyVerbAt(text, at) !== undefined
  }
  // `…工作‖院务会同意…`, `…整治‖党工委责成…`.
  const kind = speakingKindWords.at(text, at)
  if (kind !== undefined && !sendingVerbs.includes(text.charAt(at - 1)) && bodyVerbAt(text, at, kind.length) !== undefined) return true
  if (text.charCodeAt(at) === 0x6839 /* 根 */ && restsOn.test(text.slice(at, at + 30))) return true
  return bodyOpeners.at(text, at) !== undefined
}

/**
 * Whether a presenting verb follows in the clause from `at` (`医务部就…作了汇报`, `招生就业处汇报了…`).
 *
 * @param text
 *   Normalized text.
 * @param at
 *   Where the clause starts.
 * @param end
 *   Where the search stops at the latest (the end of the line or heading).
 * @returns
 *   Whether one of the presenting verbs stands within 40 characters, before the clause ends.
 */
export function presenterAhead(text: string, at: number, end = text.length): boolean {
  return presenterAt(text, at, end) !== -1
}

/**
 * Where a presenting verb stands in the clause from `at`, within 40 characters (see
 * `presenterAhead`), or -1.
 *
 * @param text
 *   Normalized text.
 * @param at
 *   Where the clause starts.
 * @param end
 *   Where the search stops at the latest.
 * @returns
 *   The verb's offset, or -1.
 */
export function presenterAt(text: string, at: number, end = text.length): number {
  for (let index = at; index < end && index < at + 40; index++) {
    if (/[,。;:]/.test(text.charAt(index))) return -1
    if (presentingAt(text, index)) return index
  }
  return -1
}

/**
 * Whether a presenting verb stands at `at`: `汇报了`, `作了汇报`, a kind of
 * account between `作了` and its noun (`作了起草说明`, `作了专题汇报`,
 * `作了报告`; not the `作` of `工作`), each also after `分别` where several
 * present (`…分别汇报了`).
 */
function presentingAt(text: string, at: number): boolean {
  const from = text.startsWith('分别', at) ? at + 2 : at
  const made = text.charCodeAt(from) === 0x4f5c /* 作 */
  if (made && text.charCodeAt(from - 1) === 0x5de5 /* 工 */) return false
  return presentingWords.at(text, from) !== undefined || (made && accountAfter.test(text.slice(from, from + 10)))
}

/** `作了起草说明`, `作了报告`: `作了`, up to four characters, then the account's noun. */
const accountAfter = /^作了[^\s,。;:、()《》]{0,4}?(?:说明|汇报|报告|通报|介绍)/

/**
 * Whether a body opens at `at` with the one who introduced the matter:
 * `经区文旅局介绍,`, `经分管副院长说明后,` (a unit's name or an official's
 * title before the verb, then a comma).
 */
function introducedBy(text: string, at: number): boolean {
  const match = /^经([^\s,。;:、()《》]{2,24}?)(?:介绍|汇报|说明|提议)后?,/.exec(text.slice(at, at + 34))
  if (!match) return false
  const whoEnd = at + 1 + match[1].length
  if (unitSuffixWords.before(text, whoEnd) !== undefined) return true
  for (let index = at + 1; index < whoEnd; index++) if (titleWords.at(text, index) !== undefined) return true
  return false
}

const presentingWords = words(['汇报了', '作了汇报', '作汇报', '作了说明', '作说明', '介绍了', '通报了', '作工作报告', '作报告', '作起草说明', '报告了', '领学了', '传达了', '说明了', '进行了说明', '进行了汇报', '向会议报告了', '向会议汇报了'])
/** What a unit given a task does right after its name: `区财政局要…`, `人力资源部负责…`. */
const taskWords = words(['要', '负责', '牵头', '会同', '按职责'])
const headingEndingWords = words([...headingEndings, '计划', '事宜', '精神', '办法', '活动', '安排', '要点', '议案', '规定', '建设', '项目', '管理', '调整', '编排', '改造', '整治', '考核', '保障', '筹备', '修订', '整改', '采购', '收购', '扩容', '换届', '结果', '申报', '工程', '治理', '进度', '进展', '融资', '资金', '经费', '细则', '销号', '履约', '推荐', '选址', '用地', '安置', '提速'])
/** Heading ends after which a unit's whole name may follow, though it is itself a suffix (`…的事项‖财务部汇报了`, `…的议题‖办公室`). */
const closedHeadingEndingWords = words(['事项', '议题', '事宜', '问题', '》', ')'])
const unitSuffixWords = words(unitSuffixes)
const titleWords = words(titles)

/**
 * Where the one who presents a matter starts, between a heading that ran on
 * and the verb at `verb` (`研究2025年招生计划‖研究生院汇报了…`,
 * `审议《…办法》‖科研处副处长钱进作了说明`): after the last word a heading
 * ends with, where what follows is a unit (ends like one) or holds an
 * official's title, up to `关于`, `就` or `对` if one comes first, and does not
 * open with the end of a unit's name (`…工作‖委员会` is no split). Null when
 * there is none.
 */
export function presenterStartAt(text: string, from: number, verb: number): number | null {
  return presenterStart(text, from, verb, true)
}

/** (See `presenterStartAt`; `presents` is false before a word that charges a unit: `…考核‖区重大项目办要…`.) */
function presenterStart(text: string, from: number, verb: number, presents: boolean): number | null {
  // `…招生计划 招生就业处汇报了…`: a space a one-line copy kept where the heading's line ended bounds
  // the one who presents, a unit ending at the verb or a title before a name.
  let spaced = verb
  while (spaced > from + 2 && verb - spaced <= 24 && !/\s/.test(text.charAt(spaced - 1))) spaced--
  if (spaced > from + 2 && spaced < verb - 1 && /\s/.test(text.charAt(spaced - 1)) && !/[,。;:、《》()]/.test(text.slice(spaced, verb))) {
    const title = titleWords.at(text, spaced)
    const named = title !== undefined && verb - spaced - title.length >= 2 && verb - spaced - title.length <= 3
    if (named || (unitSuffixWords.before(text, verb) !== undefined && (presents || verb - spaced > 2))) return spaced
  }
  for (let at = verb - 2; at > from + 1; at--) {
    if (headingEndingWords.before(text, at) === undefined) continue
    // (Not the `就` of a unit's `就业`, `招生就业处`, nor the `对` of `对外`.)
    const about = text.slice(at, verb).search(/关于|就(?!业)|对(?!外)/)
    const subjectEnd = about > 0 ? at + about : verb
    const subject = text.slice(at, subjectEnd)
    if (subject.length < 2 || subject.length > 24 || /[,。;:《》()\s]/.test(subject)) continue
    // (A unit's name goes on past a heading's word into `管理`: `…项目‖工程管理部`, not `…项目工程‖管理部`;
    // and it never says a word twice running, the heading's last word and its own: `…工程结算审计‖审计部`.)
    // (Nor into `小组`, a group's suffix after its name: `…宣传工作‖招生工作小组组长X`, not `…招生工作‖小组组长X`.)
    if (subject.startsWith('管理') || subject.startsWith('小组') || /([\u4e00-\u9fff]{2})\1/.test(subject)) continue
    const suffixAt = unitSuffixWords.at(text, at)?.length ?? 0
    if (suffixAt > 2 && !(suffixAt === subject.length && closedHeadingEndingWords.before(text, at) !== undefined)) continue
    // Nor between a unit and the title of its head, which repeats the unit's last character:
    // `…项目‖后勤管理处处长X`, not `…项目后勤管理‖处处长X`.
    if (text.charCodeAt(at) === text.charCodeAt(at + 1) && text.charCodeAt(at + 2) === 0x957f /* 长 */) continue
    // Several who present (`县林业局、县财政局分别汇报了…`): each before a `、` ends like a unit.
    if (!presents && subject.includes('、')) continue
    let listed = true
    for (let index = subject.indexOf('、'); index >= 0 && listed; index = subject.indexOf('、', index + 1)) listed = index >= 2 && unitSuffixWords.before(text, at + index) !== undefined
    if (!listed) continue
    let titled = false
    for (let index = at; index < subjectEnd && !titled; index++) titled = titleWords.at(text, index) !== undefined
    if (titled || unitSuffixWords.before(text, subjectEnd) !== undefined) return at
  }
  // No heading word before it: a unit named from its place, of up to eight characters
  // (`…扩网工程‖县住建局汇报了…`), or else, before a presenting verb, a unit of two characters and a
  // one-character suffix (`…改扩建‖总务科汇报了…`).
  const head = text.slice(from, verb)
  // An official by title and name before a presenting verb (`…备课制度‖副院长庄颖汇报了…`): the
  // leftmost title whose name of two or three characters ends at the verb.
  if (presents && !/[,。;:、《》()\s]/.test(head.slice(-8))) {
    for (let at = Math.max(from + 2, verb - 8); at <= verb - 3; at++) {
      const title = titleWords.at(text, at)
      const name = title === undefined ? 0 : verb - at - title.length
      if (name < 2 || name > 3) continue
      // Not the title of a unit's official (`县审计局局长X`, `县委常委、副县长X`): the item is a sentence.
      const unit = unitSuffixWords.before(text, at)
      if (unit === undefined && !/[、,]/.test(text.charAt(at - 1))) return at
      // Unless a heading stands before the unit (`…处理‖护理部主任X汇报了`, `…问题‖县人民检察院检察长X作了…`):
      // the unit named from its place, or one of a two-character name and its suffix, or a suffix that is a
      // whole name (`办公室`, `村委会`).
      if (unit !== undefined) {
        for (let start = at - unit.length - 1; start >= from + 2 && start >= at - 10; start--) {
          if (placeStarts.has(text.charCodeAt(start)) && !placeStarts.has(text.charCodeAt(start - 1))) return start
        }
        const start = unit.length >= 3 ? at - unit.length : at - unit.length - 2
        if (start >= from + 4 && headingEndingWords.before(text, start) !== undefined) return start
      }
      break
    }
  }
  if (/[,。;:、《》()\s]/.test(head.slice(-12)) || unitSuffixWords.before(text, verb) === undefined) return null
  for (let at = verb - 3; at > from + 3 && at >= verb - 8; at--) {
    if (placeStarts.has(text.charCodeAt(at)) && !placeStarts.has(text.charCodeAt(at - 1))) return at
  }
  // The short unit only before a presenting verb: a task's subject is as often longer (`人力资源部要…`).
  const suffix = unitSuffixWords.before(text, verb) ?? ''
  return presents && suffix.length === 1 && verb - 3 > from + 3 ? verb - 3 : null
}

/** First characters of a unit named from its place: `县住建局`, `市城管局`, `区财政局`. */
const placeStarts = new Set([...'省市区县镇乡'].map((character) => character.charCodeAt(0)))

/**
 * Points at the starts of lines: a first one (`(一)`, `1.`, `(1)`, `①`) after
 * a colon or a full stop, and each next one of its level (continuing its
 * sequence) after a full stop or `;`.
 */
function pointStarts(text: string, parens: Uint8Array, sections: readonly MarkerMatch[], lineStarts: ReadonlySet<number>): number[] {
  const starts: number[] = []
  const sectionAt = new Set(sections.map((marker) => marker.start))
  const depth = levelDepth[sections[0].level]
  // The last number of each level's open list; a list continuing closes the deeper ones.
  const last = new Map<string, number>()
  for (let at = 1; at < text.length - 2; at++) {
    if (sectionAt.has(at)) {
      last.clear()
      continue
    }
    const previous = text.charCodeAt(at - 1)
    const start = lineStarts.has(at)
    // The next of a list of `1.` after a deadline that ended its point without a full stop: `…汛期前‖2.开展…`.
    const glued = last.has('arabic') && !numeralCodes.has(previous) && previous !== 0x2e && previous !== 0x2c && previous !== 0x3001
    // `…。(责任单位:X)‖(二)…`: a note in brackets after a point's sentence.
    const noted = previous === 0x29 && parens[at - 1] === 1 && /。\([^()]*\)$/.test(text.slice(Math.max(0, at - 60), at))
    if (!start && !glued && !noted && previous !== 0x3002 && previous !== 0x3a && previous !== 0x3b) continue
    const marker = matchMarker(text, at, true)
    if (!marker || !pointLevels.has(marker.level) || levelDepth[marker.level] <= depth || (parens[at - 1] > 0 && !noted)) continue
    const first = marker.number === 1 && (start || previous === 0x3002 || previous === 0x3a) && !(previous === 0x3a && attendanceBefore(text, at - 1))
    const next = last.get(marker.level) === marker.number - 1 && previous !== 0x3a
    if (!first && !next) continue
    if (!first && glued && marker.level !== 'arabic') continue
    starts.push(at)
    last.set(marker.level, marker.number)
    for (const level of [...last.keys()]) if (levelDepth[level as keyof typeof levelDepth] > levelDepth[marker.level]) last.delete(level)
  }
  return starts
}

/** Whether an attendance label ends at `colon` (`参加会议的有:`). */
function attendanceBefore(text: string, colon: number): boolean {
  const head = text.slice(Math.max(0, colon - 12), colon + 1)
  return attendanceLabels.some(([label]) => head.endsWith(label + ':'))
}

/**
 * Where the sign-off starts at the end of the text: after the last full stop,
 * an issuing office and a date (`…。XX县人民政府办公室2024年3月12日`), or a
 * date alone, either perhaps in brackets (`…。(XX办公室 2024年3月14日印发)`).
 */
function signOffStart(text: string): number | null {
  const stop = text.lastIndexOf('。')
  if (stop < 0 || stop + 1 >= text.length) return null
  let rest = text.slice(stop + 1)
  const distribution = rest.search(distributionAnywhere)
  if (distribution > 0) rest = rest.slice(0, distribution)
  // A sign-off in brackets: `(XX办公室 2024年3月14日印发)`.
  const bracketed = /^\s*\((.*)\)\s*$/.exec(rest)
  if (bracketed) rest = bracketed[1]
  const dates = findDates(rest)
  const date = dates.at(-1)
  if (!date || date.year === null || dates.length > 2) return null
  const issuer = rest.slice(0, date.start).trim()
  const after = rest.slice(date.end).replace(/^\s*(印发|发布|制发)?\s*$/, '')
  if (after !== '') return null
  if (!bracketed && (sentencePunctuation.test(issuer) || issuer.length > 40)) return issuerAfterNames(text, stop + 1, stop + 1 + date.start)
  if (sentencePunctuation.test(issuer) || issuer.length > 40) return null
  if (issuer !== '' && !issuerSuffixes.some((suffix) => issuer.endsWith(suffix)) && findDates(issuer).length === 0) return null
  return stop + 1
}
