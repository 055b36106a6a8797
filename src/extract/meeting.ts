/**
 * The meeting: title, name, session, date, time of day, chair, location,
 * agenda and attendance.
 *
 * The lead paragraph (`2024年3月5日上午，X县长主持召开县政府第12次常务会议，
 * 审议…，现纪要如下：`) gives most of it; the title, date lines of the page
 * and the meeting's name give the year when the lead has only month and day;
 * attendance comes from labelled blocks anywhere in the tree and from running
 * text in the preamble (`X、Y出席会议`).
 */

import type {Doc} from '../doc.js'
import {appendAll, createDoc, isIdeograph, unbroken} from '../doc.js'
import {
  absenceReasons,
  agendaColumnLabels,
  attendanceManners,
  actionVerbs,
  attendanceLabels,
  attendanceVerbs,
  chairLabels,
  chairVerbs,
  conveneVerbs,
  conveningBodies,
  convenerFollowers,
  leadInOpeners,
  leadingVerbs,
  meetingNameEndings,
  placePrefixes,
  termedBodies,
  termedBodyHolders,
  timeOfDayWords,
  titleEndings,
  minutedMeetingKinds,
  calendarIcons,
  onSiteOffice,
  onSiteTakingUp
} from '../lexicon.js'
import type {MessageSink} from '../message.js'
import {warn} from '../message.js'
import {agendaLabelSource, isAttendanceSentence, isIssuerLine, isSpace} from '../parse/line.js'
import {matchMarker} from '../parse/numbering.js'
import type {Meeting, Person, Position} from '../record.js'
import type {Attendance, Node, Root} from '../tree.js'
import {words} from '../words.js'
import {indexWithin} from './clauses.js'
import {chineseNumber, daysInMonth, findDates, isoDate, yearBefore, type FoundDate} from './date.js'
import {isUnit} from './actor.js'
import {isName, readPeople, readPerson, readTitledPerson, sliceSource} from './person.js'

/** A span of the normalized text. */
interface Span {
  start: number
  end: number
}

/** A value read from the text, as written, with its normalized span. */
interface Found extends Span {
  value: string
}

/** What the lead paragraph tells. */
export interface Lead {
  /** The meeting's name as written: `市政府第12次常务会议`. */
  name: Found | null
  /** The meeting's date as written (`6月17日`), with its parts. */
  date: (Found & {year: number | null; month: number; day: number}) | null
  timeOfDay: Found | null
  chair: Person | null
  /** Who chair with the chair: `X、Y共同主持` → Y. */
  coChairs: Person[]
  location: Found | null
  agenda: Found[]
  attendees: Person[]
  observers: Person[]
  absentees: Person[]
}

/** Whether a code unit ends a clause (`,` `。` `;` `!` `?`): tested per character in loops, so without a pattern. */
function isBreak(code: number): boolean {
  return code === 0x2c /* , */ || code === 0x3002 /* 。 */ || code === 0x3b /* ; */ || code === 0x21 /* ! */ || code === 0x3f /* ? */
}
const actionsLongestFirst = [...actionVerbs, '听取'].sort((a, b) => b.length - a.length)
/** Lookup of the action verbs by first character, for clauses that open with one. */
const actionOpeners = words(actionsLongestFirst)
/** Adverbs that may stand before an agenda verb: `主要传达学习…`, `并听取…`. */
const agendaAdverbs = /^(主要|专题|集中|深入|认真|重点|并|还|又|会议|会上|同时)+/
/**
 * The labels of a header field, any spaces between their characters: `会议时间`, `日 期`,
 * `地点`, `主持人`, `召集人`, `会议名称` (a source for patterns).
 */
const headerFieldSource = '(?:会\\s*议\\s*|议\\s*事\\s*)?(?:召\\s*开\\s*)?(?:时\\s*间|日\\s*期|地\\s*点|主\\s*持\\s*人|主\\s*持|召\\s*集\\s*人)|会\\s*议\\s*名\\s*称'
/** A header line's label: `时间:`, `会议地点:`, `主 持 人:` (spaced to align), `会议议题:`. */
const headerLabel = new RegExp(`^\\s*(${headerFieldSource}|${agendaLabelSource})\\s*:\\s*`)
/** A header line that names the chair: `主持人:`, `会议主持:`, `主 持:`. */
const chairLabelLine = /^\s*(?:会\s*议\s*)?主\s*持\s*人?\s*:/
/** A header field's label alone on its line, as a form's cell (`会议时间`, `主 持 人`). */
const bareHeaderLabel = new RegExp(`^\\s*(${headerFieldSource})\\s*$`)
/** What parts a line from the next: one line end, perhaps with blanks about it. */
const nextLine = /^[^\S\n]*\r?\n[^\S\n]*$/
/** Words in a clause that tell a date is not the meeting's: `通知于4月1日发出`. */
const notMeetingDate = /通知|发出|印发|发布|公布|送达/

/**
 * Extract the meeting: title, name, session, date, chair, location, agenda and
 * attendance, from the preamble (and attendance blocks anywhere).
 *
 * @param tree
 *   The minutes tree.
 * @param text
 *   The text it was parsed from, or its doc (see `createDoc`) to reuse.
 * @param sink
 *   Where problems are collected (`no-date`).
 * @returns
 *   The meeting.
 */
export function extractMeeting(tree: Root, text: string | Doc, sink?: MessageSink): Meeting {
  const doc = typeof text === 'string' ? createDoc(text) : text
  const preamble = tree.children.find((child) => child.type === 'preamble')
  const spanOf = (node: Node): Span => ({start: doc.toNorm(node.position.start.offset), end: doc.toNorm(node.position.end.offset)})
  const blocks = preamble ? preamble.children : []
  const titleNodes = blocks.filter((child) => child.type === 'title')
  const paragraphs = withWorkMeetingName(doc, tree, blocks.filter((child) => child.type === 'paragraph').map(spanOf), spanOf)
  const title = readTitle(doc, titleNodes.map(spanOf), paragraphs)

  // The first three paragraphs of the body, all that is asked of it below (not one per paragraph
  // of the document).
  const bodyParagraphs: Span[] = []
  for (const child of tree.children) {
    if (bodyParagraphs.length >= 3) break
    if (child.type !== 'item') continue
    // A heading that runs on into its body (`一、会议由X主持，…`) counts as a paragraph here.
    if (child.heading) bodyParagraphs.push(spanOf(child.heading))
    for (const node of child.children) {
      if (bodyParagraphs.length >= 3) break
      if (node.type === 'paragraph') bodyParagraphs.push(spanOf(node))
    }
  }
  const held = heldLines(doc, tree, spanOf)

  const leadSpan = findLead(doc, paragraphs, [...bodyParagraphs, ...held])
  const lead = leadSpan ? readLead(doc, leadSpan.start, leadSpan.end) : emptyLead()
  // Rows of a header table (`| 会议时间 | … | 主持人 | … |`) the parser set aside as page noise.
  const noise = blocks.filter((child) => child.type === 'noise').map(spanOf)
  const headerRows = noise.filter((span) => isHeaderRow(doc, span))
  // Fields of one line parted by bars, as an online document's header sets them (`📅 X ｜ 👤 主持：Y`): each alone.
  const fieldRows = noise.flatMap((span) => (isHeaderRow(doc, span) ? [] : barredFields(doc, span, lead)))
  readOtherParagraphs(doc, [...paragraphs.filter((span) => span !== leadSpan), ...headerRows, ...fieldRows].sort((a, b) => a.start - b.start), lead)
  // Header fields set after the items (`会议时间:`, `主持人:` closing the document), where the lead leaves them open.
  if (!lead.date || !lead.chair) readOtherParagraphs(doc, trailingFields(doc, tree, spanOf), lead)
  // The lines of a notice's section on how the meeting was held (`会议时间:…`, `5．会议主持人:董事长X`)
  // are read as header lines are; in them `由X主持` names the chair after any clause
  // (`本次会议由董事长X召集,因…,由副董事长Y主持`).
  for (const span of held) {
    if (lead.chair) break
    const by = doc.norm.slice(span.start, span.end).search(/由[^,。;]{1,30}主持/)
    if (by >= 0) setChairs(lead, leadChairs(doc, span.start + by, span.end))
  }
  if (held.length > 0 && (!lead.date || !lead.chair)) readOtherParagraphs(doc, held.filter((span) => span !== leadSpan), lead)
  // `会议由X主持` opening the first item when the preamble names no chair.
  for (const span of bodyParagraphs.slice(0, 2)) {
    if (lead.chair) break
    // (Not `会议要求,由X主持召开专题会议…`: a task to chair another meeting.)
    const by = doc.norm.slice(span.start, span.end).search(/(?:^|会议)由[^,。;]{1,30}主持/)
    if (by >= 0) setChairs(lead, leadChairs(doc, span.start + by, span.end))
  }

  // `市长X主持会议。` closing a news release: the chair named after the matters.
  if (!lead.chair) {
    for (const span of closingSentences(doc, tree, spanOf)) {
      // (`市长X在主持会议时强调,…`: the chair named as the one who speaks while chairing, up to `主持会议`.)
      const speaking = chairSpeaking.exec(doc.norm.slice(span.start, span.end))
      if (!speaking && !chairClosing.test(doc.norm.slice(span.start, span.end))) continue
      setChairs(lead, leadChairs(doc, span.start, speaking ? span.start + speaking[1].length : span.end))
      if (lead.chair) break
    }
  }
  // `副县长X、Y出席会议。` after the matters of a news release, where the preamble names no one.
  if (lead.attendees.length === 0 && lead.observers.length === 0) {
    for (const span of closingSentences(doc, tree, spanOf)) {
      if (!isAttendanceSentence(doc.norm.slice(span.start, span.end))) continue
      const people = runningAttendance(doc, span.start, span.end)
      appendAll(lead.attendees, people.attendees)
      appendAll(lead.observers, people.observers)
    }
  }
  // `X主持召开区政府第33次常务会议`: a news release's title names the chair its lead leaves out.
  for (const node of titleNodes) {
    if (lead.chair) break
    const span = spanOf(node)
    if (indexWithin(doc.norm, '主持', span.start, span.end) !== -1) setChairs(lead, leadChairs(doc, span.start, span.end))
  }

  // `区政府第14次常务会议审议了…`: a lead with no verb of convening names its meeting as who took the matters up.
  lead.name ??= subjectName(doc, paragraphs)
  // The name is read from the title's own line, not a line joined before it.
  const titleName = titleNodes[0] ? nameInTitle(doc, spanOf(titleNodes[0])) : null
  const name = meetingName(doc, lead.name, titleName)
  const normName = name ? doc.norm.slice(name.start, name.end) : ''

  lead.date ??= dateLine(doc, blocks, spanOf)
  // `昨天(5日)下午,区长X主持召开…`: a newspaper's day, its month and year those of the page's date.
  if (!lead.date && leadSpan) {
    lead.date = newsDay(doc, leadSpan)
    if (lead.date) lead.timeOfDay = timeOfDayAt(doc, lead.date.end)
  }
  let date: string | null = null
  if (lead.date) {
    const year =
      lead.date.year ??
      yearOfName(normName, lead.date.month) ??
      (name ? yearOfName(bracketAfter(doc.norm, name.end), lead.date.month) : null) ??
      (title ? yearOfName(doc.norm.slice(title.start, title.end), lead.date.month) : null) ??
      yearOfDateLines(doc, tree, lead.date)
    if (year !== null) date = isoDate(year, lead.date.month, lead.date.day)
    else warn(sink, 'no-date', 'The meeting date has no year, and no date line tells it', doc.normPosition(lead.date.start, lead.date.end))
  } else {
    warn(sink, 'no-date', 'No meeting date found', leadSpan ? doc.normPosition(leadSpan.start, leadSpan.end) : tree.position)
  }

  const attendance = readAttendanceBlocks(doc, tree)
  return {
    title: title ? title.value : null,
    name: name ? name.value : null,
    session: name ? (sessionOf(normName) ?? (title ? bracketSession(doc.norm.slice(title.start, title.end)) : null)) : null,
    date,
    timeOfDay: lead.timeOfDay ? lead.timeOfDay.value : null,
    chair: lead.chair,
    coChairs: lead.coChairs,
    location: lead.location ? lead.location.value : null,
    agenda: lead.agenda.map((entry) => entry.value),
    attendees: mergeAttendance(lead.attendees, attendance.attendees),
    observers: mergeAttendance(lead.observers, attendance.observers),
    absentees: mergeAttendance(lead.absentees, attendance.absentees),
    recorder: attendance.recorder,
    positions: {
      title: title ? positionOf(doc, title) : null,
      name: name ? positionOf(doc, name) : null,
      date: date && lead.date ? positionOf(doc, lead.date) : null,
      timeOfDay: lead.timeOfDay ? positionOf(doc, lead.timeOfDay) : null,
      location: lead.location ? positionOf(doc, lead.location) : null,
      agenda: lead.agenda.map((entry) => positionOf(doc, entry))
    }
  }
}

/** A notice's section that tells how the meeting was held: `董事会会议召开情况`, `会议基本情况`. */
const heldSection = /^[^,。:]{0,12}(?:召开(?:的基本|和出席|及出席)?情况|会议基本情况)[。:]?$/

/**
 * The lines of the first item when it is a notice's section on how the meeting was held
 * (a `…会议召开情况` section over `1、…通知于…送达`, `2、本次会议于…召开`, `会议时间:…`,
 * `本次会议由X主持`): its paragraphs and the points of its lists (without their markers), up to
 * eight; else none.
 */
function heldLines(doc: Doc, tree: Root, spanOf: (node: Node) => Span): Span[] {
  const first = tree.children.find((child) => child.type === 'item')
  if (!first || first.type !== 'item' || !first.heading) return []
  const heading = spanOf(first.heading)
  if (!heldSection.test(doc.norm.slice(heading.start, heading.end))) return []
  const lines: Span[] = []
  for (const node of first.children) {
    if (node.type === 'paragraph') lines.push(spanOf(node))
    else if (node.type === 'list') {
      for (const point of node.children) {
        // `（一）会议召开情况` over `1．会议召开时间:…` lines: the lines below it, one level down.
        const below = point.children.find((child) => child.type === 'list')
        const points = below && below.type === 'list' ? below.children : [point]
        for (const line of points) {
          let start = spanOf(line.marker).end
          while ('、.,: '.includes(doc.norm.charAt(start))) start++
          lines.push({start, end: spanOf(line).end})
        }
      }
    }
  }
  return lines.slice(0, 8)
}

/**
 * The preamble's paragraphs, the last one read on into the first item where the parser opened the
 * item at a work meeting's name, its matter (`…县政府召开` | `全县防汛工作会议。…`, `5月15日,` |
 * `全市防汛工作会议在X召开。…`), or at a leader's on-site office (`…到高新区` | `现场办公,…`): the lead, whole.
 */
function withWorkMeetingName(doc: Doc, tree: Root, paragraphs: Span[], spanOf: (node: Node) => Span): Span[] {
  const last = paragraphs[paragraphs.length - 1]
  if (!last) return paragraphs
  const item = tree.children.find((child) => child.type === 'item')
  const first = item && item.heading === null ? item.children[0] : undefined
  if (!first || first.type !== 'paragraph') return paragraphs
  const next = spanOf(first)
  // (Split before the name, its verb with it, or before the name and its verb: `5月15日,` | `全市…会议在X召开。`;
  // or at a leader's on-site office, `6月18日,市长X到高新区` | `现场办公,…`.)
  const onSite = doc.norm.startsWith(onSiteOffice, next.start) || onSiteTakingUp.some((verb) => doc.norm.startsWith(verb, next.start))
  if (!onSite && !(doc.norm.endsWith('召开', last.end) || (doc.norm.charAt(last.end - 1) === ',' && !/召开|举行|主持/.test(doc.norm.slice(last.start, last.end))))) return paragraphs
  return next.start === last.end ? [...paragraphs.slice(0, -1), {start: last.start, end: next.end}] : paragraphs
}

/**
 * The lead: the first preamble paragraph that convenes or chairs a meeting
 * and has a date, else the first that convenes or chairs; failing those, a
 * dated one among the first body paragraphs (a notice that opens with
 * `一、会议召开的基本情况`).
 */
function findLead(doc: Doc, paragraphs: Span[], bodyParagraphs: Span[]): Span | undefined {
  // A header line (`会议主持:X`) is read with the others, not as the lead.
  const convenes = (span: Span) => {
    const text = doc.norm.slice(span.start, span.end)
    return isLead(text) && !headerLabel.test(text)
  }
  const dated = (span: Span) => convenes(span) && findDates(doc.norm.slice(span.start, span.end)).length > 0
  // A leader who leads others to the place, the meeting held there (`县长X带领…深入Y现场办公`).
  const leads = (span: Span) => convenerChair(doc, span.start, span.end).length > 0 && findDates(doc.norm.slice(span.start, span.end)).length > 0
  // (Such a leader's on-site office, before a forum the body names later: `县委书记X到Y镇开展现场办公,…`.)
  const onSite = (span: Span) => indexWithin(doc.norm, onSiteOffice, span.start, span.end) !== -1 && leads(span)
  // (Not a body paragraph under header lines that date and chair the meeting (`时间:2026年9月22日`,
  // `主持人:校长 X`): one that convenes there is a task, `…召开安全教育主题班会`, and its date no
  // meeting's. A page's dated line alone, `时间:2026年03月31日 20:15 来源`, leaves a notice's body its lead.)
  const datedHeader = (span: Span) => headerLabel.test(doc.norm.slice(span.start, span.end)) && findDates(doc.norm.slice(span.start, span.end)).length > 0
  const chairHeader = (span: Span) => chairLabelLine.test(doc.norm.slice(span.start, span.end))
  const fromBody = () => (paragraphs.some(chairHeader) && paragraphs.some(datedHeader) ? undefined : bodyParagraphs.find(dated))
  return paragraphs.find(dated) ?? paragraphs.find(convenes) ?? paragraphs.find(onSite) ?? fromBody() ?? paragraphs.find(leads) ?? (bodyParagraphs.length === 0 ? cutLead(doc, paragraphs) : undefined)
}

/**
 * A lead the text stops in before its verb, as a page cut by a byte cap
 * may (`2024年8月16日上午,市委副书记、市长X在市政府第三会议`): the last
 * paragraph of a text without items, ending the text open, that opens with
 * its date (after a news dateline at most: `本报讯(通讯员 X)`), then a time
 * of day, `,`, `在` or nothing more.
 */
function cutLead(doc: Doc, paragraphs: Span[]): Span | undefined {
  const last = paragraphs[paragraphs.length - 1]
  if (!last || doc.norm.slice(last.end).trim() !== '') return undefined
  const text = doc.norm.slice(last.start, last.end).trimEnd()
  if (/[。;!?]$/.test(text)) return undefined
  const [date] = findDates(text)
  if (!date || /[,。;:]/.test(text.slice(0, date.start))) return undefined
  let after = date.end
  const time = timeOfDayWords.find((word) => text.startsWith(word, after))
  if (time) after += time.length
  return after === text.length || text.charAt(after) === ',' || text.charAt(after) === '在' ? last : undefined
}

/**
 * Read the preamble paragraphs besides the lead: a chair named on its own
 * line (`会议由X主持。`), attendance sentences, and labelled header lines
 * (`时间:`, `地点:`, `主 持 人:`), into what the lead left open.
 */
function readOtherParagraphs(doc: Doc, paragraphs: Span[], lead: Lead): void {
  // Whether the lines read last are the agenda under a `会议议题:` label, one matter a line.
  let agendaLines = false
  const agenda: Found[] = []
  const queue = [...paragraphs]
  for (let index = 0; index < queue.length; index++) {
    let span = queue[index]
    let line = doc.norm.slice(span.start, span.end)
    // Fields run together on one line (`时间:… 地点:… 主持人:X 参会人员:…`, a table flattened): each read alone.
    const head = headerLabel.exec(line)
    const later = head ? laterField.exec(line.slice(head[0].length)) : null
    if (head && later) {
      const cut = span.start + head[0].length + later.index
      queue.splice(index + 1, 0, {start: cut + later[0].length, end: span.end})
      span = {start: span.start, end: cut}
      line = doc.norm.slice(span.start, span.end)
    }
    const marker = agendaLines ? matchMarker(doc.norm, span.start, true) : null
    if (marker) {
      agenda.push(found(doc, marker.end, trimEnd(doc.norm, marker.end, span.end)))
      continue
    }
    agendaLines = false
    // A Word form copied out one cell a line: the label alone (`会议时间`, no colon), its value the line under it.
    // (Only over the next line: a value the page took for noise, `2026年8月3日 9:00`, leaves the label alone.)
    const bare = index + 1 < queue.length && line.length <= 8 ? bareHeaderLabel.exec(line) : null
    if (bare && nextLine.test(doc.norm.slice(span.end, queue[index + 1].start)) && !headerLabel.test(doc.norm.slice(queue[index + 1].start, queue[index + 1].end))) {
      headerField(doc, bare[1].replace(/\s+/g, ''), queue[++index], lead, agenda)
      continue
    }
    // Labels may be spaced to align: `主 持 人:`.
    const label = headerLabel.exec(line)
    if (label) {
      agendaLines = headerField(doc, label[1].replace(/\s+/g, ''), {start: span.start + label[0].length, end: span.end}, lead, agenda)
      continue
    }
    // A table's row, its cells set off by tabs (an HTML table as the reader gives it):
    // `会议时间	2024年5月8日	会议地点	乡政府会议室`.
    const cells = tableCells(doc, span)
    if (cells.some((cell, index) => index + 1 < cells.length && headerCell.test(doc.norm.slice(cell.start, cell.end)))) {
      for (let index = 0; index + 1 < cells.length; index++) {
        const cell = headerCell.exec(doc.norm.slice(cells[index].start, cells[index].end))
        if (!cell || isColumnLabel(doc, cells[index + 1])) continue
        headerField(doc, cell[1].replace(/\s+/g, ''), cells[index + 1], lead, agenda)
        index++
      }
      continue
    }
    // A line of the session, the date and the room parted by dots or bars (`2026年第7次 · 2026年7月15日 · X会议室`).
    const dated = lead.date ? null : sessionDate(doc, span)
    if (dated) {
      headerField(doc, '时间', dated, lead, agenda)
      continue
    }
    if (!lead.chair) setChairs(lead, leadChairs(doc, span.start, span.end))
    const people = runningAttendance(doc, span.start, span.end)
    appendAll(lead.attendees, people.attendees)
    appendAll(lead.observers, people.observers)
    appendAll(lead.absentees, people.absentees)
  }
  if (lead.agenda.length === 0) lead.agenda = agenda.filter((entry) => entry.end > entry.start)
}

/**
 * A sentence that names the chair after the matters: `市长X主持会议`, `X主持会议并讲话`, `会议由县长X主持`,
 * perhaps with those who attend after it (`校长X主持会议,副校长Y、Z出席会议`).
 */
const chairClosing = /^(?:[^,;:。]{2,30}主持(?:了)?(?:本次)?会议(?:并(?:作总结)?讲话)?|会议由[^,;:。]{2,30}主持)(?:,[^。]*(?:出席|列席|参加)[^。]*)?。?$/

/** The chair who speaks while chairing, after the matters: `市长X在主持会议时强调,…` (group 1 up to `主持会议`). */
const chairSpeaking = /^([^,;:。]{2,30}?在主持会议)时(?:强调|指出|要求|表示|说)/

/**
 * The sentences of the last paragraphs of the document (the last item's
 * last two and the closing's), where a news release names its chair after
 * the matters.
 */
function closingSentences(doc: Doc, tree: Root, spanOf: (node: Node) => Span): Span[] {
  const spans: Span[] = []
  for (const child of tree.children.slice(-2)) {
    if (child.type !== 'item' && child.type !== 'closing') continue
    // The last two paragraphs, and the first: a news lead's own matter opens its item before the chair is named
    // (`…召开会议,传达学习X。市长Y主持会议。`).
    const paragraphs = child.children.filter((each) => each.type === 'paragraph')
    for (const node of new Set([...paragraphs.slice(0, 1), ...paragraphs.slice(-2)])) {
      const {start, end} = spanOf(node)
      let from = start
      for (let index = start; index < end; index++) {
        if (doc.norm.charAt(index) !== '。' && index + 1 < end) continue
        const to = index + 1
        while (from < to && isSpace(doc.norm.charCodeAt(from))) from++
        if (to > from) spans.push({start: from, end: to})
        from = to
      }
    }
  }
  return spans
}

/** The inside of a line wholly in brackets (`(主持人:X 记录人:Y)`), or null. */
function bracketedLine(norm: string, span: Span): Span | null {
  let start = span.start
  let end = span.end
  while (start < end && (norm.charAt(start) === ' ' || norm.charAt(start) === '\u3000')) start++
  while (end > start && (norm.charAt(end - 1) === ' ' || norm.charAt(end - 1) === '\u3000')) end--
  if (norm.charAt(start) !== '(' || norm.charAt(end - 1) !== ')' || norm.indexOf(')', start) !== end - 1) return null
  return {start: start + 1, end: end - 1}
}

/**
 * The header lines that end the document (`会议时间:…`, `主持人:…` after the
 * last item, perhaps with attendance blocks among them): the run of
 * labelled lines back from the end of the last item and of the closing.
 */
function trailingFields(doc: Doc, tree: Root, spanOf: (node: Node) => Span): Span[] {
  const fields: Span[] = []
  for (const child of tree.children.slice(-2)) {
    if (child.type !== 'item' && child.type !== 'closing') continue
    const run: Span[] = []
    for (const node of child.children) {
      if (node.type === 'attendance') continue
      const whole = spanOf(node)
      // (A line of fields in brackets that names the minutes' recorder, `(主持人:X 记录人:Y)`, is read
      // inside them: the document's sign-off; not an item's `(主持:X 汇报:Y)`.)
      const inner = bracketedLine(doc.norm, whole)
      const span = inner && indexWithin(doc.norm, '记录', inner.start, inner.end) !== -1 ? inner : whole
      // A labelled line that is no agenda label: an item's `议题一:` is no header field.
      const label = node.type === 'paragraph' ? headerLabel.exec(doc.norm.slice(span.start, span.end)) : null
      if (label && !/议题|议程/.test(label[1])) run.push(span)
      else run.length = 0
    }
    appendAll(fields, run)
  }
  return fields
}

/**
 * Read one labelled header field (`时间`, `地点`, `主持人`, `会议议题`) into
 * what the lead left open.
 *
 * @returns
 *   Whether an agenda label stands alone: the lines below are its matters.
 */
function headerField(doc: Doc, word: string, value: Span, lead: Lead, agenda: Found[]): boolean {
  if (/议题|议程/.test(word)) {
    // `会议议题:` alone heads the lines below; else the matters follow it, split at `;`.
    if (value.start >= value.end) return true
    for (const part of clauses(doc.norm, value.start, value.end)) {
      const from = afterAgendaNumber(doc.norm, part.start, part.end)
      agenda.push(found(doc, from, trimEnd(doc.norm, from, part.end)))
    }
  } else if (/时间|日期/.test(word)) {
    const date = findDates(doc.norm.slice(value.start, value.end))[0]
    if (date && !lead.date) {
      lead.date = leadDateAt(doc, date, value.start)
      lead.timeOfDay ??= timeOfDayAt(doc, lead.date.end)
    } else if (date && lead.date && lead.date.year === null && date.year !== null && date.month === lead.date.month && date.day === lead.date.day) {
      // `时间:2023年3月14日` above a lead that writes `3月14日` alone: the field tells the year.
      lead.date = {...lead.date, year: date.year}
    }
  } else if (/名\s*称/.test(word)) {
    // `会议名称:X公司2025年第四次总裁办公会`: the name, where it names a meeting (its session in
    // brackets after it too: `管委会主任办公会议(2025年第9次)`).
    const end = trimEnd(doc.norm, value.start, value.end)
    if (!lead.name && /会议?(?:\([^()]{1,12}\))?$/.test(doc.norm.slice(value.start, end))) lead.name = found(doc, value.start, end)
  } else if (/地点/.test(word)) {
    lead.location ??= found(doc, value.start, trimEnd(doc.norm, value.start, value.end))
  } else if (chairLabels.some((chair) => word.endsWith(chair)) && (!lead.chair || (lead.chair.name === null && !word.endsWith('召集人')))) {
    // (A convener that is a body, `召集人:公司董事会`, gives way to the person a later `主持人:` names.)
    // `主持人:A、B`: two chairs; `主持人:县委常委、副县长X`: one.
    const joint = jointChairs(doc, value.start, value.end, false)
    const one = readPerson(doc, value.start, value.end)
    // `主持人:村党支部书记 X`, X's surname not in the list: the name after the title.
    const titled = one && one.name === null ? readTitledPerson(doc, value.start, trimEnd(doc.norm, value.start, value.end)) ?? nameBeforeOffices(doc, value.start, trimEnd(doc.norm, value.start, value.end)) : null
    const chairs = joint.length > 0 ? joint : titled ? [titled] : one ? [one] : []
    if (!lead.chair || chairs[0]?.name) setChairs(lead, chairs)
  }
  return false
}

/**
 * Where a further field of a header line starts, set off by white space (` 地点:`, ` 主持人:`,
 * ` 参会人员:`) or run on in a copy that lost its line breaks (`…晚7时地点:…`).
 */
const laterField = new RegExp(
  `\\s*(?=(?:${headerFieldSource}|${attendanceLabels.map(([label]) => label).join('|')})\\s*:)`
)

/**
 * The fields of a line parted by bars where one of them is labelled (`📅 2026年5月27日 15:00 ｜ 📍 X会议室 ｜
 * 👤 主持：总经理 Y`), each without the pictograph before it; one that a calendar's pictograph opens
 * (lexicon `calendarIcons`) is read as the time field, where the lead gave no date. Empty for any other line.
 */
function barredFields(doc: Doc, span: Span, lead: Lead): Span[] {
  const cells = tableCells(doc, span)
  if (cells.length < 2) return []
  const fields = cells.map((cell) => {
    let start = cell.start
    // (A pictograph opening the line is `◆` in the view; inside it, its surrogate pair as written.)
    while (start < cell.end && (iconUnit(doc.norm.charCodeAt(start)) || isSpace(doc.norm.charCodeAt(start)))) start++
    return {start, end: cell.end, icon: doc.source.codePointAt(doc.toSource(cell.start)) ?? 0}
  })
  if (!fields.some((field) => headerLabel.test(doc.norm.slice(field.start, field.end)))) return []
  for (const field of fields) if (calendarIcons.includes(String.fromCodePoint(field.icon))) headerField(doc, '时间', field, lead, [])
  return fields.map(({start, end}) => ({start, end}))
}

/**
 * The date part of a line of header parts parted by `·` or bars, one of them the session alone
 * (`2026年第7次 · 2026年7月15日 · 局三楼会议室`, as an online document's subtitle sets them), or null.
 */
function sessionDate(doc: Doc, span: Span): Span | null {
  const line = doc.norm.slice(span.start, span.end)
  if (!line.includes('次') || !/[·|]/.test(line)) return null
  let session = false
  let date: Span | null = null
  let from = span.start
  for (let index = span.start; index <= span.end; index++) {
    const code = doc.norm.charCodeAt(index)
    if (index < span.end && code !== 0xb7 && code !== 0x7c) continue
    const part = doc.norm.slice(from, index).replace(/^[\s>]+|\s+$/g, '')
    if (sessionPart.test(part)) session = true
    else if (datePart.test(part)) date = {start: from, end: index}
    from = index + 1
  }
  return session ? date : null
}

/** A session alone (`2026年第7次`, `第十二次`) and a date with perhaps its time (`2026年7月15日 9:30`). */
const sessionPart = /^(?:\d{4}年)?第[\d一二三四五六七八九十]{1,4}次$/
const datePart = /^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:上午|下午)?\s*\d{1,2}[:时]\d{0,2}分?)?$/

/** Whether a code unit is part of a pictograph: half of a surrogate pair, a variation selector, or the view's `◆` for one. */
function iconUnit(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || code === 0x25c6
}

/** A table cell that is a header label alone: `会议时间`, `主持人`, `地 点:`. */
const headerCell = new RegExp(`^\\s*(${headerFieldSource}|${agendaLabelSource})\\s*:?\\s*$`)

/** Whether a line is a table's row with a header label and its value in cells (`| 主持人 | X |`). */
function isHeaderRow(doc: Doc, span: Span): boolean {
  const cells = tableCells(doc, span)
  return cells.some((cell, index) => index + 1 < cells.length && cells[index + 1].end > cells[index + 1].start && headerCell.test(doc.norm.slice(cell.start, cell.end)) && !isColumnLabel(doc, cells[index + 1]))
}

/** The labels of an agenda table's columns, white space taken out. */
const columnLabels = new Set([...agendaColumnLabels.topic, ...agendaColumnLabels.reporter, ...agendaColumnLabels.opinion])

/**
 * Whether a cell after a label is another column's label: the row is an agenda
 * table's head (`| 序号 | 议题 | 汇报单位 | 会议意见 |`), not a field and its value.
 */
function isColumnLabel(doc: Doc, cell: Span): boolean {
  return columnLabels.has(doc.norm.slice(cell.start, cell.end).replace(/\s+/g, ''))
}

/** The cells of a line set off by tabs or bars, trimmed; one cell for a line without either. */
function tableCells(doc: Doc, span: Span): Span[] {
  const cells: Span[] = []
  let start = span.start
  for (let index = span.start; index <= span.end; index++) {
    // A tab, or a bar of a table's row as a web copy writes it (`| 会议时间 | 2024年… |`).
    if (index < span.end && doc.norm.charCodeAt(index) !== 0x09 && doc.norm.charCodeAt(index) !== 0x7c) continue
    let from = start
    let to = index
    while (from < to && isSpace(doc.norm.charCodeAt(from))) from++
    while (to > from && isSpace(doc.norm.charCodeAt(to - 1))) to--
    cells.push({start: from, end: to})
    start = index + 1
  }
  return cells.length === 1 && spacedHeader.test(doc.norm.slice(span.start, span.end)) ? spacedCells(doc, cells[0]) : cells
}

/** A row of a table laid out with spaces (a PDF's text): a header label, then two spaces or more. */
const spacedHeader = new RegExp(`^\\s*(?:${headerFieldSource})\\s{2,}\\S`)

/** The cells of a row laid out with spaces (`会议时间   6月5日上午      会议地点   三楼会议室`): parted by runs of two spaces or more. */
function spacedCells(doc: Doc, span: Span): Span[] {
  const cells: Span[] = []
  let start = span.start
  for (let index = span.start; index <= span.end; index++) {
    if (index < span.end && !(isSpace(doc.norm.charCodeAt(index)) && isSpace(doc.norm.charCodeAt(index + 1)))) continue
    if (index > start) cells.push({start, end: index})
    while (index < span.end && isSpace(doc.norm.charCodeAt(index))) index++
    start = index
    index--
    if (start >= span.end) break
  }
  return cells
}

/**
 * The meeting's name: the lead's (a numbered one as the lead writes it,
 * `第26次主任会议`), or the title's; a title that writes an unnumbered name
 * of the lead in full wins: with the session
 * (`2024年第3次校长办公会议` over `校长办公会议`), with whom it is held by
 * (`区长现场办公会议` over `现场办公会`), or its ending in full
 * (`城市更新工作调度会议` over `城市更新工作调度会`).
 */
function meetingName(doc: Doc, fromLead: Found | null, fromTitle: Found | null): Found | null {
  const name = chosenName(doc, fromLead, fromTitle)
  return name ? withoutCompany(doc, name) : null
}

/** A year and session inside a name: `第38次`, `2024年第3次`, `十届第18次`. */
const sessionInside = /(?:\d{4}\s*年度?)?(?:[\d一二两三四五六七八九十百零〇]+\s*届)?第?\s?[\d一二两三四五六七八九十百零〇]+\s?次/

function chosenName(doc: Doc, fromLead: Found | null, fromTitle: Found | null): Found | null {
  if (!fromLead) return fromTitle
  if (!fromTitle) return fromLead
  const lead = doc.norm.slice(fromLead.start, fromLead.end)
  const title = doc.norm.slice(fromTitle.start, fromTitle.end)
  // (A letter-spaced title, `专 题 会 议 纪 要`, reads as the lead's name: the lead's, as written.)
  if (lead.includes('次') || fromTitle.value === fromLead.value || (title === lead && /\s/.test(fromTitle.value))) return fromLead
  // A headline of two meetings on one page (`X镇召开镇政府常务会议和党委会议`, also with `暨` where the lead
  // names only the first, `区委常委会召开会议暨X委员会会议`): the lead's is the first.
  // (A headline's name spans its verb: `区委常委会召开会议暨…` is compared without it.)
  const headline = title.replace(/召开|举行/, '')
  const among = headline.indexOf(lead)
  if (among !== -1 && '和及与暨'.includes(headline.charAt(among + lead.length)) && among + lead.length < headline.length) return fromLead
  const stem = lead.replace(/会议?$/, '')
  // The title adds the session inside the lead's name (`县政府第38次常务会议` over `县政府常务会议`;
  // a headline's name spans its verb, `县政府召开第38次常务会议`).
  // (A subject line's `关于` stays out of the name: `关于县政府第12次常务会议的纪要`.)
  if (title.replace(/召开|举行/, '').replace(sessionInside, '') === lead) return fromTitle
  if (title.startsWith('关于') && sessionInside.test(title) && title.slice(2).replace(sessionInside, '') === lead) return {...fromTitle, start: fromTitle.start + 2, value: fromTitle.value.slice(2)}
  // So it does where the title writes the government in full (`X区人民政府第十九次常务会议` over `区政府常务会议`).
  if (title.includes('人民政府') && !title.startsWith('关于') && sessionInside.test(title) && title.replace(sessionInside, '').replace('人民政府', '政府').endsWith(lead)) return fromTitle
  // And where it writes the place's name before the lead's level and numbers the body's
  // meetings after the body (`栖霞县人大常委会第五十二次主任会议` over `县人大常委会主任会议`;
  // not `桃源镇2026年第3次党委会议`, the place's organisation's, over `镇党委会议`).
  if (placeLevels.has(lead.charAt(0)) && !title.startsWith('关于') && bodySession(title) && placeBefore(title.replace(sessionInside, ''), lead)) return fromTitle
  // (Compared in the normalized view, where a wrapped line's end is gone: the title, on one line, then wins.)
  const at = title.endsWith(lead) ? title.length - lead.length : stem.length >= 2 && title.length > lead.length ? title.indexOf(stem) : -1
  if (at === -1) return fromLead
  // What the title adds is only the organisation that holds the meeting
  // (`市人民医院` + `党委会议`; `县自然资源局` + `局党组会议`, whose `局` is the
  // organisation's): the lead's name, as the text calls the meeting. A
  // convening body is part of the name, as in the lead (`市政府专题会议`,
  // see `withBody`).
  // Nor is the matter it is about a name (`关于加装电梯工作的专题会议`: the lead's `专题会议`).
  // An organisation may be named by its kind alone (`街道党工委会议纪要` + `召开党工委会议`).
  const organisation = (end: number): boolean =>
    (isUnit(doc.norm, fromTitle.start, fromTitle.start + end) || placePrefixes.includes(title.slice(0, end))) &&
    !conveningBodies.some((body) => title.slice(0, end).endsWith(body))
  if (at > 0 && title.startsWith('关于') && title.charAt(at - 1) === '的') return fromLead
  // Nor is the title's `关于` (`关于全市创建工作推进会议的纪要`): the lead's name, as it is; nor
  // the matter a subject line names after it (`关于新城建设现场办公会议的纪要`), where it adds no session.
  if (title.startsWith('关于') && !/[年届次期]/.test(title.slice(0, at))) return fromLead
  // (Nor a session of another meeting whose matters this one follows up: `关于市政府第27次常务会议议定事项
  // 督办推进会的纪要` with `召开督办推进会`.)
  const session = title.startsWith('关于') ? sessionInside.exec(title.slice(0, at)) : null
  if (session && title.slice(session.index + session[0].length, at).includes('会')) return fromLead
  // Nor a headline's work before a 专题会议 (`县政府召开城区供水保障工作专题会议` over `召开专题会议`): the
  // topic, as `关于…的` names it. (A joint conference is named by its work: `X工作联席会议` wins.)
  if (at > 0 && lead.endsWith('专题会议') && /工作$/.test(title.slice(0, at)) && !/[年届次期]/.test(title.slice(0, at)) && !isUnit(doc.norm, fromTitle.start, fromTitle.start + at)) return fromLead
  // The lead may call the organisation by its kind (`召开街道党政联席会议` under `新华街道…`): its last one or two characters.
  if (at > 0 && !/[年届次期]/.test(title.slice(0, at)) && (organisation(at) || organisation(at + 1) || organisation(at + 2))) return fromLead
  // (A subject line's `关于` stays out of the name here too: `关于市政府2027年第1次专题会议议定事项的纪要`.)
  return title.startsWith('关于') ? {...fromTitle, start: fromTitle.start + 2, value: fromTitle.value.slice(2)} : fromTitle
}

/** The levels of a place that open a lead's name (`县人大常委会主任会议`), its own name left out. */
const placeLevels = new Set(['省', '市', '区', '县', '镇', '乡'])

/** Whether a title's session follows a convening body: `县人大常委会第五十二次…`. */
function bodySession(title: string): boolean {
  const session = sessionInside.exec(title)
  const before = session ? title.slice(0, session.index) : ''
  return conveningBodies.some((body) => before.endsWith(body))
}

/** Whether a name is the lead's after a place's own name of two to four ideographs (`栖霞` + `县人大常委会主任会议`). */
function placeBefore(name: string, lead: string): boolean {
  const extra = name.length - lead.length
  return extra >= 2 && extra <= 4 && name.endsWith(lead) && allIdeographs(name, 0, extra) && !/[年届次期]/.test(name.slice(0, extra))
}

function allIdeographs(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isIdeograph(value.charCodeAt(index))) return false
  return true
}

/** A company (`…有限公司`, `…集团`) and, after it, the meeting of one of its organs (not its term's board). */
const companyOrganMeeting = new RegExp(`^[^\\s,。;:]{2,30}?(?:有限公司|有限责任公司|集团)(?:\\([^()]*\\))?((?:\\d{4}\\s*年)?(?:第[一二三四五六七八九十百\\d]+次)?(?:总经理|总裁|经理|党委|董事长|行政|班子)[^\\s,。;:]{0,8}?会(?:议)?)$`)
/** A body elected for a term: `第三届董事会`, `第二届理事会`. */
const termedBody = new RegExp(`第[一二三四五六七八九十百\\d]+届(?:${termedBodies.join('|')})`)
/** A company's body's meeting by year and session: `2024年第二次临时股东大会`, `2023年年度股东大会`. */
const sessionOfBody = new RegExp(`\\d{4}\\s*年(?:度|年度)?(?:第[一二三四五六七八九十百\\d]+次)?(?:临时)?(?:${termedBodies.join('|')})`)
/** A listed company's short name and a headline's colon before the term: `栖云农科:`, also with its stock code (`栖云农科(874215):`). */
const shortNameHeadline = /^[^\s,。;:()]{2,8}(?:\(\d{6}\))?:\s*$/
/** A company's body at the end of a name, with neither term nor session: `股东会`, `董事会会议`. */
const bareBodyEnd = new RegExp(`(?:${termedBodies.join('|')})(?:大会|会)?(?:会议)?$`)
/** A company's body before its year's session: `董事会2026年第四次会议`, `监事会2026年第一次临时会议`. */
const bodyThenSession = new RegExp(`(?:${termedBodies.join('|')})(?:大会|会)?\\d{4}\\s*年度?第[一二三四五六七八九十百\\d]+次(?:临时)?会议$`)
/** What holds such a body, at the end of the name before its term (perhaps with its short name in brackets). */
const termedHolder = new RegExp(`(?:${termedBodyHolders.join('|')})(?:\\([^()]*\\))?$`)

/**
 * A company's board or shareholders' meeting named after the company
 * (`XX股份有限公司第三届董事会第五次会议`, `XX股份有限公司(以下简称“公司”)第三届…`):
 * the meeting, from its term on
 * (`第三届董事会第五次会议`), as a board's own papers call it.
 */
function withoutCompany(doc: Doc, name: Found): Found {
  const value = doc.norm.slice(name.start, name.end)
  // Any meeting of a company's own organs, as a title on one line names it with the company
  // (`XX集团有限公司总经理办公会议`, `XX有限公司党委会议`): the meeting, as its own papers call it.
  const organ = companyOrganMeeting.exec(value)
  if (organ && organ[1].length >= 4) return found(doc, name.end - organ[1].length, name.end)
  // (A company's body meeting with neither term nor session, `XX有限公司(以下简称“公司”)股东会`: the body alone;
  // so is one whose body comes before its year's session, `XX有限公司董事会2026年第四次会议`.)
  const body = bareBodyEnd.exec(value) ?? bodyThenSession.exec(value)
  if (body && body.index >= 2 && termedHolder.test(value.slice(0, body.index))) return found(doc, name.start + body.index, name.end)
  const term = termedBody.exec(value) ?? sessionOfBody.exec(value)
  // The company may be followed by its short name: `XX股份有限公司(以下简称“公司”)`.
  // (Or by the short name a listing gives it, and the colon of a news page's headline: `XX科技:第二届董事会…`.)
  if (!term || term.index < 2 || !(termedHolder.test(value.slice(0, term.index)) || shortNameHeadline.test(value.slice(0, term.index)))) return name
  return found(doc, name.start + term.index, name.end)
}

/**
 * Without a date in the lead, a line that is only a date under the title
 * (`（2024年3月5日）`), or a date in brackets after the title, is the
 * meeting's.
 */
function dateLine(doc: Doc, blocks: Node[], spanOf: (node: Node) => Span): Lead['date'] {
  for (const node of blocks) {
    if (!((node.type === 'noise' && node.kind === 'publication-date') || node.type === 'title')) continue
    const span = spanOf(node)
    const line = doc.norm.slice(span.start, span.end)
    const only = findDates(line).find((candidate) => {
      const rest = (line.slice(0, candidate.start) + line.slice(candidate.end)).replace(/[\s()]/g, '')
      return node.type === 'title' ? rest.endsWith('纪要') && line.slice(candidate.end).trim() === ')' : rest === ''
    })
    if (only) return leadDateAt(doc, only, span.start)
  }
  return null
}

/** A lead with nothing found. */
function emptyLead(): Lead {
  return {name: null, date: null, timeOfDay: null, chair: null, coChairs: [], location: null, agenda: [], attendees: [], observers: [], absentees: []}
}

/** Set the chair and those who chair with it. */
function setChairs(lead: Lead, chairs: Person[]): void {
  lead.chair = chairs[0] ?? null
  lead.coChairs = chairs.slice(1)
}

/** Whether a (normalized) paragraph convenes or chairs a meeting (`召开`, `主持`, `X召集…单位专题研究…`). */
function isLead(paragraph: string): boolean {
  return (conveneVerbs.some((verb) => paragraph.includes(verb)) || chairingVerbs.some((verb) => paragraph.includes(verb))) && /会/.test(paragraph)
}

/**
 * Read the lead paragraph: name, date, time of day, chair, location, agenda
 * and attendance in running text.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start of the paragraph.
 * @param end
 *   Normalized end of the paragraph.
 * @returns
 *   What it tells.
 */
export function readLead(doc: Doc, start: number, end: number): Lead {
  const lead = emptyLead()
  lead.name = leadName(doc, start, end) ?? attendedName(doc, start, end)
  lead.date = leadDate(doc, start, end)
  lead.timeOfDay = lead.date ? timeOfDayAt(doc, lead.date.end) : null
  const chairs = leadChairs(doc, start, end)
  setChairs(lead, chairs.length > 0 ? chairs : convenerChair(doc, start, end))
  lead.location = leadLocation(doc, start, end)
  lead.agenda = leadAgenda(doc, start, end)
  const people = runningAttendance(doc, start, end)
  lead.attendees = people.attendees
  lead.observers = people.observers
  lead.absentees = people.absentees
  return lead
}

/**
 * The meeting's name after `召开` (`主持召开市政府第12次常务会议`), or before
 * `于`/`在` … `召开` (`市政府第5次常务会议于…在…召开`).
 */
function leadName(doc: Doc, start: number, end: number): Found | null {
  const norm = doc.norm
  for (const verb of conveneVerbs) {
    // Searches stay within the paragraph: `indexOf` alone would run on to the end of the document.
    let index = indexWithin(norm, verb, start, end)
    while (index >= 0) {
      let from = index + verb.length
      if (norm.charAt(from) === '了') from++
      // (A PDF's space before a number: `主持召开 2024 年第 14 次校长办公会议`.)
      while (from < end && norm.charCodeAt(from) === 0x20 && digitSpace(norm, from)) from++
      let to = from
      while (to < end && !isBreak(norm.charCodeAt(to)) && (!isSpace(norm.charCodeAt(to)) || digitSpace(norm, to)) && norm.charCodeAt(to) !== 0x3a /* : */) to++
      const name = nameEnding(doc, from, to)
      // `X第22次会议在…举行第二次全体会议`: a sitting of the session the clause names before `在`.
      const session = name && sittingName.test(norm.slice(name.start, name.end)) ? sessionBefore(doc, start, index) : null
      if (session) return session
      // (Not a name that runs on over when it was held, `…第九次会议于2024年8月26日在公司会议`: a
      // heading glued before the lead, `召开情况…`, in a copy that lost its line breaks.)
      if (name && !heldIn(norm, name.start, name.end)) return withBody(doc, start, index, verb, name)
      // `市委常委会召开会议,…`: a bare `会议` is the body's meeting (`市委常委会会议`).
      const bare = /^(?:\(扩大\))?会议$/.exec(norm.slice(from, to))
      if (bare) {
        const joined = withBody(doc, start, index, verb, found(doc, from, to))
        if (joined.start < from) return joined
        // `学院教授委员会在学院会议室召开会议`: the body before where it met.
        const placed = placedBody(doc, start, index, found(doc, from, to))
        if (placed) return placed
      }
      // `X会议于…召开`, `X会议由Y主持召开`: the clause before `于`/`在`/`由`.
      let clause = index
      while (clause > start && !isBreak(norm.charCodeAt(clause - 1))) clause--
      // `由县长X主持的Y会议于…召开`: the name after who chairs it.
      const chaired = /^由[^,;:。]{2,30}?主持的/.exec(norm.slice(clause, index))
      if (chaired) clause += chaired[0].length
      const at = norm.slice(clause, index).search(/[于在由]/)
      if (at > 0) {
        const before = nameEnding(doc, clause, clause + at)
        if (before) return before
      }
      // `研究…工作的X第45次常务会议,3月18日在州府召开`, `X第18次常务会议由Y主持,于…召开`: the name
      // ends the clause before the one of when and where.
      if (at >= 0 && clause > start && norm.charAt(clause - 1) === ',') {
        const named = nameBeforeHeld(doc, start, clause - 1)
        if (named) return named
      }
      // `X全体会议召开。`, `X会议隆重召开`: the name ends the clause at the verb.
      const adverb = /(?:隆重|胜利|顺利)$/.exec(norm.slice(clause, index))
      const nameEnd = index - (adverb ? adverb[0].length : 0)
      if (at < 0 && (from >= end || isBreak(norm.charCodeAt(from)))) {
        const before = nameEnding(doc, clause, nameEnd)
        if (before && before.end === nameEnd) return before
      }
      index = indexWithin(norm, verb, index + verb.length, end)
    }
  }
  return null
}

/**
 * A numbered meeting that ends the clause before `end`, after the `的` of the work it took up
 * (`研究部署…工作的十四届州人民政府第45次常务会议`) or before who chairs it
 * (`县人民政府第18次常务会议由…X主持`), or null.
 */
function nameBeforeHeld(doc: Doc, start: number, end: number): Found | null {
  const norm = doc.norm
  let from = end
  while (from > start && !isBreak(norm.charCodeAt(from - 1))) from--
  // `X第18次常务会议由Y主持,于…召开`: the name before who chairs it.
  const chaired = /由[^,。;]{2,30}主持$/.exec(norm.slice(from, end))
  if (chaired) end = from + chaired.index
  const of = norm.lastIndexOf('的', end - 1)
  const name = nameEnding(doc, of >= from ? of + 1 : from, end)
  return name && name.end === end && norm.slice(name.start, name.end).includes('次') ? name : null
}

/** A sitting of a session (`第二次全体会议`), which a congress's session holds several of. */
const sittingName = /^第[\d一二两三四五六七八九十]+次全体会议$/

/**
 * The session named before `在` or `于` (or the verb) in the clause that ends at `verbAt`
 * (`市人大常委会第22次会议在X举行第二次全体会议`), or null: a name numbered by its session.
 */
function sessionBefore(doc: Doc, start: number, verbAt: number): Found | null {
  const norm = doc.norm
  let clause = verbAt
  while (clause > start && !isBreak(norm.charCodeAt(clause - 1))) clause--
  // (`X第22次会议举行第一次全体会议`: the clause up to the verb, where no place or time comes between.)
  const at = norm.slice(clause, verbAt).search(/[于在]/)
  if (at === 0) return null
  const before = nameEnding(doc, clause, at < 0 ? verbAt : clause + at)
  return before && /次会议$/.test(norm.slice(before.start, before.end)) ? before : null
}

/**
 * The meeting a leader attends, where no verb convenes it (`区委书记X出席区政府第12次常务会议并讲话,
 * 区长Y主持会议`, `县长X出席并主持…`): the name after `出席`, not a bare `会议` (`副县长X出席会议`).
 */
function attendedName(doc: Doc, start: number, end: number): Found | null {
  const norm = doc.norm
  for (let index = indexWithin(norm, '出席', start, end); index !== -1; index = indexWithin(norm, '出席', index + 2, end)) {
    // `县长X出席并主持县政府第12次常务会议`: the meeting after what the leader does there.
    const from = index + 2 + (norm.startsWith('并主持', index + 2) ? 3 : 0)
    let to = from
    while (to < end && !isBreak(norm.charCodeAt(to)) && !isSpace(norm.charCodeAt(to)) && norm.charCodeAt(to) !== 0x3a /* : */) to++
    const name = nameEnding(doc, from, to)
    if (name && name.start === from && !/^(?:\(扩大\))?会议?$/.test(norm.slice(name.start, name.end))) return name
  }
  return null
}

/** Whether a span holds `于` and a date after it: when a meeting was held, which no name holds. */
function heldIn(norm: string, start: number, end: number): boolean {
  for (let at = indexWithin(norm, '于', start, end); at !== -1; at = indexWithin(norm, '于', at + 1, end)) {
    if (findDates(norm.slice(at + 1, Math.min(end, at + 16)))[0]?.start === 0) return true
  }
  return false
}

/**
 * Whether the space at `at` sets off a number inside a name, as a PDF's text
 * layer does (`第 9 次会议`): one space, an ASCII digit on one side.
 */
function digitSpace(norm: string, at: number): boolean {
  if (norm.charCodeAt(at) !== 0x20) return false
  const isDigit = (code: number) => code >= 0x30 && code <= 0x39
  return isDigit(norm.charCodeAt(at - 1)) !== isDigit(norm.charCodeAt(at + 1)) && !isSpace(norm.charCodeAt(at - 1)) && !isSpace(norm.charCodeAt(at + 1))
}

/**
 * A name that may lack its body: one that opens with its number or year
 * (`第8次常务会议`, `2024年第3次常务会议`), or a kind of meeting a body holds
 * (`常务会议`, `主席会议`, `主任会议`, `党组(扩大)会议`, or a bare `会议`: `市委常委会召开会议`), not a
 * conference of its own (`全市安全生产工作会议`).
 */
const bodilessName = /^(?:\d{4}\s*年度?)?(?:第|[\d一二两三四五六七八九十百零〇]+\s*[届次])|^(?:常务|专题|主席|主任|办公|全体|党组)?(?:\(?扩大\)?)?会议$/

/**
 * A name that names no body (`第8次常务会议`) after the body that convenes it
 * (`县政府召开第8次常务会议`): the body and the name, without the verb
 * between them (`县政府第8次常务会议`), placed on the whole phrase. The body
 * runs back from the verb to the clause's start, past a date and time of
 * day, and ends in a body's word (`人民政府`, `常委会`, `政协` …).
 */
function withBody(doc: Doc, start: number, verbAt: number, verb: string, name: Found): Found {
  const norm = doc.norm
  const value = norm.slice(name.start, name.end)
  // Matched in the normalized view: `２０２４年第３次` as `2024年第3次`.
  // (Of a joint name, the first meeting's: `第三次全体会议暨X联席会议` names no body, nor does
  // `党组(扩大)会议暨第31次常务会议`.)
  const own = value.includes('暨') ? value.slice(0, value.indexOf('暨')) : value
  if (name.start !== verbAt + verb.length || !bodilessName.test(own)) return name
  // (A party group's meeting is its body's: `区政府召开党组会议` → `区政府党组会议`.)
  if (!own.startsWith('党组') && conveningBodies.some((body) => own.includes(body))) return name
  let from = verbAt
  while (from > start && !isBreak(norm.charCodeAt(from - 1)) && !isSpace(norm.charCodeAt(from - 1)) && norm.charCodeAt(from - 1) !== 0x3a /* : */) from--
  // A date and time of day before the body: `3月29日下午县政府召开…`.
  const date = findDates(norm.slice(from, verbAt)).find((found) => found.start === 0)
  if (date) {
    from += date.end
    const time = timeOfDayWords.find((word) => norm.startsWith(word, from))
    if (time) from += time.length
  }
  // The date after the body, before the verb: `县政府于6月3日召开第47次常务会议`.
  const bodyEnd = verbAt - datedVerbLength(norm, from, verbAt)
  const body = norm.slice(from, bodyEnd)
  // (Not a place where it was held: `并在工程指挥部召开专题会议`.)
  if (body.length < 2 || body.length > 20 || !conveningBodies.some((word) => body.endsWith(word)) || /主持|召集|在/.test(body)) return name
  return {start: from, end: name.end, value: sliceSource(doc, from, bodyEnd) + name.value}
}

/**
 * A bare `会议` joined to the body that opens its clause before `在` and where it met
 * (`学院教授委员会在学院会议室召开会议` → `学院教授委员会会议`), or null.
 */
function placedBody(doc: Doc, start: number, verbAt: number, name: Found): Found | null {
  const norm = doc.norm
  let from = verbAt
  while (from > start && !isBreak(norm.charCodeAt(from - 1)) && !isSpace(norm.charCodeAt(from - 1)) && norm.charCodeAt(from - 1) !== 0x3a /* : */) from--
  const at = indexWithin(norm, '在', from, verbAt)
  if (at <= from || at >= verbAt - 2) return null
  const body = norm.slice(from, at)
  if (body.length < 2 || body.length > 20 || !conveningBodies.some((word) => body.endsWith(word)) || /主持|召集/.test(body)) return null
  return {start: from, end: name.end, value: sliceSource(doc, from, at) + name.value}
}

/**
 * How far a date (and a time of day) with no `于` runs back from the verb at `verbAt`, after a body
 * (`省委常委会7月28日|召开`): its length, or 0.
 */
function undatedVerbLength(norm: string, from: number, verbAt: number): number {
  const dates = findDates(norm.slice(from, verbAt))
  const date = dates[dates.length - 1]
  if (!date || date.start === 0) return 0
  const time = timeOfDayWords.find((word) => norm.startsWith(word, from + date.end))
  return from + date.end + (time ? time.length : 0) === verbAt ? verbAt - from - date.start : 0
}

/**
 * How far `于` and a date (and a time of day) run back from the convening
 * verb at `verbAt` (`县政府于2024年6月3日上午|召开`): their length, or 0.
 */
function datedVerbLength(norm: string, from: number, verbAt: number): number {
  const at = norm.lastIndexOf('于', verbAt - 1)
  // Or the date alone, as news of a standing committee writes it: `省委常委会7月28日召开会议`.
  if (at <= from) return undatedVerbLength(norm, from, verbAt)
  const date = findDates(norm.slice(at + 1, verbAt)).find((found) => found.start === 0)
  if (!date) return 0
  const time = timeOfDayWords.find((word) => norm.startsWith(word, at + 1 + date.end))
  return at + 1 + date.end + (time ? time.length : 0) === verbAt ? verbAt - at : 0
}

/**
 * Cut a span after its last `会议`/`会` (`常务会议研究了…` → `常务会议`); null
 * when nothing is left but the ending (`会议`).
 */
function nameEnding(doc: Doc, start: number, end: number): Found | null {
  const value = doc.norm.slice(start, end)
  let cut = -1
  for (const ending of meetingNameEndings) {
    const at = value.lastIndexOf(ending)
    if (at >= 0) cut = Math.max(cut, at + ending.length)
  }
  if (cut <= 0) return null
  const name = value.slice(0, cut)
  // A name never ends inside brackets: the `会议` there is a short form's
  // (`第二届董事会第九次会议(以下简称“本次会议”)于…召开`), and the name ends before them.
  const open = name.lastIndexOf('(')
  if (open >= 0 && !name.includes(')', open)) return nameEnding(doc, start, start + open)
  if (meetingNameEndings.includes(name) || name.length < 3 || /^(本次|此次|这次|该次)/.test(name)) return null
  // `县长办公会议(2026年第6次)于…召开`: the session in brackets right after is the name's.
  const session = cut < value.length ? bracketAfter(doc.norm, start + cut).length : 0
  return found(doc, start, start + cut + (cut + session <= value.length ? session : 0))
}

/** What a meeting does to its matters right after its name: `…常务会议审议了…`. */
const takingUpAfterName = /^(?:还|先后|集中|专题)?(?:审议|研究|听取|传达|讨论|学习)/

/**
 * The numbered meeting that opens a preamble paragraph as the subject of what it took up
 * (`区政府第14次常务会议审议了…`), or null; only a name with its session (`次`), up to 30
 * characters, so that a bare `会议研究了…` names nothing (and `局长办公会议研究了…` does not
 * stand against a title that adds its bureau).
 */
function subjectName(doc: Doc, paragraphs: Span[]): Found | null {
  for (const span of paragraphs) {
    let start = span.start
    while (start < span.end && isSpace(doc.norm.charCodeAt(start))) start++
    const limit = Math.min(span.end, start + 30)
    for (let at = indexWithin(doc.norm, '会议', start, limit); at !== -1; at = indexWithin(doc.norm, '会议', at + 2, limit)) {
      if (!takingUpAfterName.test(doc.norm.slice(at + 2, at + 6))) continue
      const name = nameEnding(doc, start, at + 2)
      // (A name of words only: not a sentence before it, `会议由X主持。…会议`.)
      if (name && name.end === at + 2 && doc.norm.slice(start, at).includes('次') && !/[,。;:()]/.test(doc.norm.slice(start, at))) return name
    }
  }
  return null
}

/** The first date of the lead that is not a notice or publication date. */
function leadDate(doc: Doc, start: number, end: number): Lead['date'] {
  const norm = doc.norm.slice(start, end)
  const dates = findDates(norm)
  for (const [index, date] of dates.entries()) {
    // Two dates back to back (`2024年4月8日2024年4月3日，县长X主持…`, a copy that ran the issue
    // date into the lead): the second is the one the lead's clause tells.
    const next = dates[index + 1]
    if (next && norm.slice(date.end, next.start).trim() === '') continue
    let clauseStart = date.start
    while (clauseStart > 0 && !isBreak(norm.charCodeAt(clauseStart - 1))) clauseStart--
    let clauseEnd = date.end
    while (clauseEnd < norm.length && !isBreak(norm.charCodeAt(clauseEnd))) clauseEnd++
    if (notMeetingDate.test(norm.slice(clauseStart, clauseEnd))) continue
    // `3月5日至6日,X带队赴…调研,并于3月6日下午…主持召开专题会议`: a later date that the clause
    // of the meeting's own verb gives (`于…召开`) is the meeting's, not the visit's.
    const own = dates.slice(index + 1).find((later) => heldOn(norm, later))
    return leadDateAt(doc, own ?? date, start)
  }
  return null
}

/**
 * A day a newspaper tells from the day it is printed, with the date in brackets (`昨天(5日)`, `今日(12日)`),
 * or the day alone right after its dateline (`本报讯(记者X)9日下午,…`) or opening the lead.
 */
const newsDayPattern = /(?:昨天|昨日|今天|今日|前天|前日)\((\d{1,2})日\)|(?:^|讯\s*(?:\([^()]{1,30}\))?\s*)(\d{1,2})日(?=上午|下午|晚|,)/

/**
 * The lead's date where it tells only a newspaper's day (`本报讯(记者X)昨天(5日)下午,…`): that day of
 * the month of the last full date before the lead (the page's `2026-05-06 08:15`), or of the month before
 * where the day is later than the page's. Null without either.
 */
function newsDay(doc: Doc, lead: Span): Lead['date'] {
  const head = doc.norm.slice(lead.start, Math.min(lead.end, lead.start + 40))
  const match = newsDayPattern.exec(head)
  if (!match) return null
  const page = findDates(doc.norm.slice(0, lead.start)).filter((found) => found.year !== null).pop()
  if (!page || page.year === null) return null
  const day = Number(match[1] ?? match[2])
  const earlier = day > page.day
  const month = earlier ? (page.month === 1 ? 12 : page.month - 1) : page.month
  const year = earlier && page.month === 1 ? page.year - 1 : page.year
  if (day > daysInMonth(year, month)) return null
  // (The dateline before a bare day is not its text: the day and its `日`.)
  const end = lead.start + match.index + match[0].length
  const start = match[2] === undefined ? lead.start + match.index : end - match[2].length - 1
  return {start, end, year, month, day, value: sliceSource(doc, start, end)}
}

/** Whether a date is the one of a verb of chairing or convening after it in its clause: `于3月6日下午在…主持召开`. */
function heldOn(norm: string, date: FoundDate): boolean {
  if (norm.charAt(date.start - 1) !== '于') return false
  let end = date.end
  while (end < norm.length && !isBreak(norm.charCodeAt(end))) end++
  const clause = norm.slice(date.end, end)
  return [...chairingVerbs, ...conveneVerbs].some((verb) => clause.includes(verb))
}

/**
 * The lead's date from a date found in a span that starts at `offset`: its
 * parts, its span in the document, and its source text. (Written out rather
 * than spread, which V8 makes slowly.)
 */
function leadDateAt(doc: Doc, date: FoundDate, offset: number): NonNullable<Lead['date']> {
  const start = offset + date.start
  const end = offset + date.end
  return {start, end, year: date.year, month: date.month, day: date.day, value: sliceSource(doc, start, end)}
}

/** `上午` / `下午` right after a date. */
function timeOfDayAt(doc: Doc, at: number): Found | null {
  // Skip white space and a weekday: `3月5日（星期二）上午`.
  const weekday = /^\s*(\((星期|周)[一二三四五六日天]\)|(星期|周)[一二三四五六日天])?\s*/.exec(doc.norm.slice(at, at + 12))
  const from = at + (weekday ? weekday[0].length : 0)
  const word = timeOfDayWords.find((candidate) => doc.norm.startsWith(candidate, from))
  return word ? found(doc, from, from + word.length) : null
}

/** The verbs of chairing that do not begin with another (`主持`, `召集`, not `主持召开`). */
const chairingVerbs = chairVerbs.filter((verb) => !chairVerbs.some((other) => other !== verb && verb.startsWith(other)))

/**
 * The chairs: the person before `主持` (`X代市长主持召开`, `会议由X主持`,
 * `代市长X主持会议`), without a date before or a place after
 * (`县长X在…会议室主持召开`); or the persons who chair jointly
 * (`X、Y共同主持`), the first first.
 */
function leadChairs(doc: Doc, start: number, end: number): Person[] {
  const norm = doc.norm
  // Where a verb of chairing stands: `主持`, or `召集` (`X召集…单位召开专题会议`).
  // (`会议由乡长X召集,副乡长Y主持`: the one who chairs, before the one who convenes.)
  const places: number[] = []
  for (const verb of chairingVerbs) {
    const found: number[] = []
    for (let index = indexWithin(norm, verb, start, end); index >= 0; index = indexWithin(norm, verb, index + 2, end)) found.push(index)
    places.push(...found.sort((a, b) => a - b))
  }
  for (const index of places) {
    // (Not a note of duties in brackets after a title: `常务副市长(主持市政府全面工作)X`.)
    if (norm.charAt(index - 1) === '(') continue
    if (norm.charAt(index + 2) === '人' || norm.charAt(index + 2) === ':') {
      // `…召开。会议主持人:区人大常委会主任X。`: a label inside the lead, the chair after its colon.
      const labelled = labelledChair(doc, index, end)
      if (labelled) return [labelled]
      continue
    }
    let from = index
    // (Not the colon of a clock time: `于2025年6月18日15:30在…主持`.)
    while (from > start && !isBreak(norm.charCodeAt(from - 1)) && (norm.charCodeAt(from - 1) !== 0x3a /* : */ || clockColon(norm, from - 1))) from--
    let to = index
    // `X受区长委托,在…主持召开`: the one entrusted chairs, in the clause before the place (or before
    // the verb alone: `X受主任Y委托,主持召开…`).
    if ((norm.charAt(from) === '在' || from === index) && from - 3 > start && norm.charAt(from - 1) === ',' && norm.startsWith('委托', from - 3)) {
      to = from - 1
      from = to
      while (from > start && !isBreak(norm.charCodeAt(from - 1))) from--
    }
    const phrase = norm.slice(from, to)
    // `会议由X主持`.
    const by = phrase.lastIndexOf('由')
    if (by >= 0) from += by + 1
    // A news release's dateline before the chair: `新华社北京6月7日电 `, `本报讯(记者 X)`.
    const dateline = newsDateline.exec(norm.slice(from, to))
    if (dateline) from += dateline[0].length
    // A date and time of day before the chair: `2024年3月5日上午X…`.
    const date = findDates(norm.slice(from, to)).find((found) => found.start === 0)
    if (date) {
      from += date.end
      const time = timeOfDayWords.find((word) => norm.startsWith(word, from))
      if (time) from += time.length
    }
    // `在X的主持下,…召开`: X.
    if (norm.startsWith('在', from) && norm.charAt(to - 1) === '的' && norm.charAt(index + 2) === '下') {
      from++
      to--
    }
    // A place after the chair: `X在…会议室主持`.
    const at = norm.slice(from, to).indexOf('在')
    // (Not a given name with 在 in it, one character left before `主持`: `县长龙在田主持`.)
    const inName = to - (from + at + 1) === 1 && isIdeograph(norm.charCodeAt(to - 1)) && norm.charAt(to - 1) !== '此'
    if (at > 0 && !inName) to = from + at
    // A date after the chair: `国务院总理X11月21日主持`, `副区长X于11月20日下午主持`.
    to = withoutDateAfter(norm, from, to)
    // `X受市长委托主持`: the one entrusted chairs.
    const entrusted = /受[^受,。;]{1,20}委托$/.exec(norm.slice(from, to))
    if (entrusted && entrusted.index > 0) to -= entrusted[0].length
    // `X出席会议并主持`, `X出席并主持会议`.
    const attends = /出席(?:了)?(?:会议)?并$/.exec(norm.slice(from, to))
    if (attends && attends.index > 0) to -= attends[0].length
    // `X亲自主持`; `X、Y共同主持`, `X和Y主持`: the first named is the chair.
    if (norm.slice(from, to).endsWith('亲自')) to -= 2
    // `董事长X未能出席,委托副董事长Y代为主持`: the one entrusted chairs in the absent chair's stead.
    if (norm.slice(from, to).endsWith('代为')) {
      to -= 2
      if (norm.startsWith('委托', from)) from += 2
    }
    // `县长X委托常务副县长Y在…主持`: the one entrusted chairs, named after `委托` (not a note in
    // brackets after the chair's name, `副县长X(受县长委托)`).
    const entrusting = norm.slice(from, to).lastIndexOf('委托')
    if (entrusting > 0 && isIdeograph(norm.charCodeAt(from + entrusting + 2)) && !/[(（]/.test(norm.slice(from, from + entrusting))) from += entrusting + 2
    const jointly = norm.slice(from, to).endsWith('共同')
    if (jointly) {
      to -= 2
      // `区委书记X,区长Y共同主持`: the chairs run back over commas within the sentence.
      from = jointStart(doc, start, from)
    }
    const joint = jointChairs(doc, from, to, jointly)
    if (joint.length > 0) return joint
    const person = readPerson(doc, from, to)
    if (person && person.name !== null) return [person]
    // `县人大常委会主任X主持`: a name after a title, whatever its surname.
    const titled = readTitledPerson(doc, from, to)
    if (titled) return [titled]
    if (person && person.title !== null) return [person]
  }
  return []
}

/**
 * The chair named after a label inside a sentence (`会议主持人:区人大常委会主任X。`, `主持:X`):
 * the person from the colon to the clause's end; or null.
 */
function labelledChair(doc: Doc, label: number, end: number): Person | null {
  const norm = doc.norm
  const colon = norm.charAt(label + 2) === ':' ? label + 2 : norm.charAt(label + 3) === ':' ? label + 3 : -1
  if (colon === -1) return null
  let from = colon + 1
  while (from < end && norm.charAt(from) === ' ') from++
  let to = from
  while (to < end && !isBreak(norm.charCodeAt(to))) to++
  const person = readPerson(doc, from, to)
  if (person && person.name !== null) return person
  return readTitledPerson(doc, from, to) ?? nameBeforeOffices(doc, from, to)
}

/**
 * The chair a label names before the offices held, set off by white space
 * (`主　持：X　区委常委、区纪委书记`): the name, with those offices; else null.
 */
function nameBeforeOffices(doc: Doc, from: number, to: number): Person | null {
  while (from < to && isSpace(doc.norm.charCodeAt(from))) from++
  const ahead = /^(\S{2,3})\s+\S/.exec(doc.norm.slice(from, to))
  if (!ahead || !isName(ahead[1])) return null
  const offices = readPerson(doc, from + ahead[0].length - 1, to)
  if (!offices || offices.name !== null || offices.title === null) return null
  return {...offices, name: sliceSource(doc, from, from + ahead[1].length), position: positionOf(doc, {start: from, end: from + ahead[1].length})}
}

/** The end of a stretch of days after its first: `至6日`, `—7日`, `-8日`. */
const dayRangeEnd = /^(?:至|到|-|—|～|~)\d{1,2}日/

/**
 * The leader who convenes a meeting no one is said to chair: the person who
 * opens the sentence of `召开`, after its date (`8月21日,县长X率…部门负责人,
 * 到Y镇召开现场办公会`), or of `带领`, `率领` where the meeting is held on the
 * spot (`县长X带领…深入Y现场办公`), up to the word that leads or takes them
 * there (`率`, `到`, `在`). A body that convenes (`县政府召开…`) names no one.
 */
function convenerChair(doc: Doc, start: number, end: number): Person[] {
  const norm = doc.norm
  // (Last, a leader's on-site office, which convenes nothing by name: `县委书记X到Y镇开展现场办公`.)
  for (const verb of [...conveneVerbs, ...leadingVerbs, onSiteOffice]) {
    const index = indexWithin(norm, verb, start, end)
    if (index < 0) continue
    let from = index
    while (from > start && norm.charCodeAt(from - 1) !== 0x3002 /* 。 */) from--
    // Past a date and time of day, and the comma after them.
    const date = findDates(norm.slice(from, index)).find((each) => each.start === 0)
    if (date) {
      from += date.end
      // The last day of a stay: `3月5日至6日`.
      from += dayRangeEnd.exec(norm.slice(from, from + 6))?.[0].length ?? 0
      const time = timeOfDayWords.find((word) => norm.startsWith(word, from))
      if (time) from += time.length
      if (norm.charAt(from) === ',') from++
    }
    let to = from
    while (to < index && !isBreak(norm.charCodeAt(to))) to++
    // `受市长委托,常务副市长X在…召开`: the one entrusted convenes, in the clause after the entrusting one.
    if (norm.charAt(from) === '受' && norm.startsWith('委托', to - 2) && norm.charAt(to) === ',') {
      from = to + 1
      to = from
      while (to < index && !isBreak(norm.charCodeAt(to))) to++
    }
    const follower = Math.min(...convenerFollowers.map((word) => norm.slice(from, to).indexOf(word)).filter((at) => at > 0))
    if (Number.isFinite(follower)) to = from + follower
    // `副旗长X组织召开…专题会议`: the leader who organises the meeting, right before its verb.
    else if (to === index && norm.startsWith('组织', index - 2)) to = index - 2
    const person = readPerson(doc, from, to)
    if (person && person.name !== null && person.title !== null) {
      // `镇党委书记X、镇长Y带领…`: two leaders, each with a title, lead together; the first chairs.
      const joint = indexWithin(norm, '、', from, to)
      const first = joint === -1 ? null : readPerson(doc, from, joint)
      if (first && first.name !== null && first.title !== null && joint < to - 2) return [first, person]
      return [person]
    }
  }
  return []
}

/**
 * Where a list of joint chairs starts that runs back over commas from the
 * clause at `from`: past each clause before it that is one named person.
 */
function jointStart(doc: Doc, start: number, from: number): number {
  let head = from
  while (head > start && doc.norm.charAt(head - 1) === ',') {
    let clause = head - 1
    while (clause > start && !isBreak(doc.norm.charCodeAt(clause - 1)) && doc.norm.charCodeAt(clause - 1) !== 0x3a /* : */) clause--
    const person = readPerson(doc, clause, head - 1)
    if (!person || person.name === null || person.title === null) break
    head = clause
  }
  return head
}

/**
 * Two or more chairs (`县委书记X、县长Y共同主持`, `镇党委书记X和镇长Y主持`), or
 * none for one chair. Without `共同`, a list by `、` is joint only when its
 * first entry is a title and a name (`县委书记X、县长Y`) or a name alone, not titles of one person
 * (`区委常委、副区长X`) nor a place read as a name (`XX区委副书记、区长Y`); `和`,
 * `与`, `及` join two persons who both have a name.
 */
function jointChairs(doc: Doc, from: number, to: number, jointly: boolean): Person[] {
  const named = readPeople(doc, from, to).filter((each) => each.name !== null)
  if (named.length > 1) {
    const first = named[0]
    const before = doc.norm.slice(from, doc.toNorm(first.position.start.offset))
    const bare = first.title === null && first.unit === null && before.trim() === ''
    // (The title as written, `黨委書記` in a traditional copy, against the view's `党委书记`.)
    if (jointly || bare || (first.title !== null && unbroken(before).endsWith(unbroken(first.title)))) return named
  }
  const phrase = doc.norm.slice(from, to)
  // Chairs with titles joined by `、` on either side of the joiner
  // (`召集人、副市长X和副召集人、市公安局局长Y`): the named on each side.
  for (const joiner of ['和', '与', '及']) {
    for (let at = phrase.indexOf(joiner, 2); at > 0; at = phrase.indexOf(joiner, at + 1)) {
      const left = readPeople(doc, from, from + at).filter((each) => each.name !== null)
      const right = readPeople(doc, from + at + 1, to).filter((each) => each.name !== null)
      const last = left.at(-1)
      if (last && right.length > 0 && right[0].title !== null && doc.toNorm(last.position.end.offset) === from + at) return [...left.slice(-1), ...right]
    }
  }
  for (const joiner of ['和', '与', '及']) {
    for (let at = phrase.indexOf(joiner, 2); at > 0; at = phrase.indexOf(joiner, at + 1)) {
      const left = readPerson(doc, from, from + at)
      const right = readPerson(doc, from + at + 1, to)
      if (left && right && left.name !== null && right.name !== null && left.title !== null && right.title !== null) return [left, right]
    }
  }
  return []
}

/** The dateline of a news release: `新华社北京6月7日电 `, `本报讯(记者 李明 通讯员 王芳)`. */
const newsDateline = /^(?:[^\s,。]{1,24}电\s+|[^\s,。()]{0,12}讯\s*(?:\([^()]{0,40}\))?\s*)/

/**
 * The end of a chair's phrase without a date (and time of day) written
 * between the chair and the verb: `总理X11月21日` → `总理X`, `副区长X于11月20日下午`
 * → `副区长X`.
 */
/** Whether the colon at `at` is a clock time's, between digits: `15:30`. */
function clockColon(norm: string, at: number): boolean {
  return /\d/.test(norm.charAt(at - 1)) && /\d/.test(norm.charAt(at + 1))
}

/** A weekday and a time after a date: `(星期三)下午3时30分`, `周五上午`, `下午15:30`. */
const weekdayAndTime = new RegExp(
  `^(?:\\((?:星期|周)[一二三四五六日天]\\)|(?:星期|周)[一二三四五六日天])?\\s*(?:${timeOfDayWords.join('|')})?\\s*(?:\\d{1,2}(?:[时点](?:\\d{1,2}分|半)?|:\\d{2}))?$`
)

function withoutDateAfter(norm: string, from: number, to: number): number {
  const phrase = norm.slice(from, to)
  // A day alone, in the month of the dateline: `总理X14日主持`.
  const day = /于?(?<![\d月])\d{1,2}日(?:上午|下午|晚上)?$/.exec(phrase)
  if (day && day.index > 0) return from + day.index
  const date = findDates(phrase).at(-1)
  if (!date || date.start === 0) return to
  const rest = phrase.slice(date.end).trim()
  if (rest !== '' && !timeOfDayWords.includes(rest) && !weekdayAndTime.test(rest)) return to
  let end = from + date.start
  if (norm.charAt(end - 1) === '于') end--
  return end
}

/** `在…会议室召开` / `在…主持召开`: the place. */
function leadLocation(doc: Doc, start: number, end: number): Found | null {
  const norm = doc.norm.slice(start, end)
  // (Never over `主持` or another 在: the 在 of a name, `县长龙在田主持召开…`, opens no place, and the place
  // follows the last 在, `县长龙在田在县政府三楼会议室主持召开…`; `共同主持`: two chairs in one place.)
  const match = /在((?:(?!主持)[^,。;:在]){2,40}?)(?:共同|一起|联合)?(?:主持)?(?:召开|举行)/.exec(norm)
  // The place first, set off by a comma: `在县行政中心五楼会议室,县长X…主持召开…`, perhaps after the day
  // (`4月16日下午,在县行政中心三楼会议室,县长X主持召开…`).
  const first = match ? null : /(?:^|[日午上晚],?)在([^,。;:在]{2,30}(?:室|厅|中心|大楼|楼|会场)),/.exec(norm)
  if (first) {
    const from = start + first.index + first[0].length - 1 - first[1].length
    return found(doc, from, from + first[1].length)
  }
  if (!match) return null
  const from = start + match.index + 1
  // `在总部会议室以视频方式召开`: the manner is not the place.
  const manner = match[1].search(/以[^以]*(方式|形式)$|通过[^通]*(方式|形式)$/)
  return found(doc, from, from + (manner > 0 ? manner : match[1].length))
}

/**
 * Where a matter of an agenda's list starts after its number (`1.听取…;2.审议…`, `一是听取…,二是研究…`):
 * the number is the list's, not the matter's.
 */
function afterAgendaNumber(text: string, start: number, end: number): number {
  const marker = matchMarker(text, start, false)
  if (marker && marker.end < end) return marker.end
  return /^[一二三四五六七八九十]是/.test(text.slice(start, start + 2)) && start + 2 < end ? start + 2 : start
}

/**
 * The matters the lead lists, one per clause that opens with an action verb
 * (`审议《…》《…》`, `听取关于…的汇报`, `研究…`), up to the lead-in
 * (`现纪要如下`).
 */
function leadAgenda(doc: Doc, start: number, end: number): Found[] {
  const agenda: Found[] = []
  for (const clause of clauses(doc.norm, start, end)) {
    let text = doc.norm.slice(clause.start, clause.end)
    if (leadInOpeners.some((opener) => text.startsWith(opener))) break
    if (/召开|主持|出席|列席|参加|缺席|请假/.test(text)) continue
    const adverbs = agendaAdverbs.exec(text)
    const from = afterAgendaNumber(doc.norm, clause.start + (adverbs ? adverbs[0].length : 0), clause.end)
    text = doc.norm.slice(from, clause.end)
    const verb = actionOpeners.at(text, 0)
    if (verb === undefined) continue
    // `研究了以下事项:`, `研究议定了以下事项:` lead in to the matters rather than naming one.
    if (/^(议定|确定|决定)?了?(以下|如下)(几个|几项)?(事项|议题|问题|工作)?$/.test(text.slice(verb.length).trim())) continue
    agenda.push(found(doc, from, trimEnd(doc.norm, from, clause.end)))
  }
  return agenda
}

/**
 * Attendance in running text: `X、Y出席会议`, `X列席有关议题`,
 * `X因公缺席会议`, and `参加会议的有X、Y`.
 */
function runningAttendance(doc: Doc, start: number, end: number): Pick<Lead, 'attendees' | 'observers' | 'absentees'> {
  const result: Pick<Lead, 'attendees' | 'observers' | 'absentees'> = {attendees: [], observers: [], absentees: []}
  // Most paragraphs name no attendance verb at all: then no clause of theirs does.
  if (!attendanceVerbs.some(([verb]) => indexWithin(doc.norm, verb, start, end) >= 0)) return result
  let consumed = start
  const all = clauses(doc.norm, start, end)
  for (const [index, clause] of all.entries()) {
    if (clause.start < consumed) continue
    const text = doc.norm.slice(clause.start, clause.end)
    if (/召开|主持/.test(text)) continue
    for (const [verb, role] of attendanceVerbs) {
      const at = text.indexOf(verb)
      if (at < 0) continue
      const after = text.slice(at + verb.length)
      // `参加会议的有X、Y`: the names follow.
      const heads = /^(了)?(此次|本次)?会议(的)?(人员)?(有|是)/.exec(after)
      if (heads && after.length > heads[0].length) {
        // The list runs to the end of the sentence, across its commas.
        const from = clause.start + at + verb.length + heads[0].length
        let to = from
        while (to < end && !/[。;]/.test(doc.norm.charAt(to))) to++
        appendAll(result[role], readPeople(doc, from, to))
        consumed = to
        break
      }
      // A label in running text (`实到6人(缺席:X,请假)`, `…,请假:X、Y。`): the names follow it, to the
      // bracket's or the sentence's end; what they say of themselves after a comma is their note.
      if (after === '' && doc.norm.charCodeAt(clause.end) === 0x3a /* : */) {
        // (A list with no end of its own, in a copy that lost its breaks, ends where the next label opens.)
        let to = clause.end + 1
        for (let depth = 0; to < end && !/[。;:\n]/.test(doc.norm.charAt(to)); to++) {
          if (doc.norm.charAt(to) === '(') depth++
          else if (doc.norm.charAt(to) === ')' && --depth < 0) break
        }
        const closed = to < end && doc.norm.charAt(to) !== ':'
        if (!closed) {
          const label = nextAttendanceLabel.exec(doc.norm.slice(clause.end + 1, to + 1))
          if (label) to = clause.end + 1 + label.index
        }
        const people = readPeople(doc, clause.end + 1, to)
        const last = people[people.length - 1]
        const reason = last && last.name === null && last.title === null && last.unit !== null && absenceNotes.test(doc.norm.slice(doc.toNorm(last.position.start.offset), to).trim()) ? last.unit : null
        // Units and groups too where the list ends as a sentence or a bracket does; names only where it runs on.
        const named = people.filter((person) => person.name !== null || (closed && person !== last) || (closed && reason === null))
        if (reason !== null) for (const person of named) person.note ??= reason
        appendAll(result[role], named)
        // (A list that ran into the next label leaves that label's clause to be read.)
        consumed = closed ? to : clause.end
        break
      }
      if (at === 0 || !/^(了)?(会议|本次会议|此次会议|有关议题|会|$)/.test(after)) continue
      let listEnd = clause.start + at
      // `X在审议相关事项时列席会议`: the names end before the circumstance.
      const circumstance = text.slice(0, at).indexOf('在')
      if (circumstance > 0) listEnd = clause.start + circumstance
      let note: string | null = null
      const before = doc.norm.slice(clause.start, listEnd)
      let reason = absenceReasons.find((word) => before.endsWith(word)) ?? attendanceManners.find((word) => before.endsWith(word))
      // A reason of its own after a name: `武装部长X因参加区培训请假`.
      const because = reason === undefined && role === 'absentees' ? before.lastIndexOf('因') : -1
      if (because > 1 && before.length - because <= 10 && [2, 3].some((size) => isName(before.slice(because - size, because)))) reason = before.slice(because)
      // `X因出差请假`: the reason with its `因`.
      else if (reason !== undefined && before.charAt(before.length - reason.length - 1) === '因') reason = '因' + reason
      if (reason) {
        listEnd -= reason.length
        note = sliceSource(doc, listEnd, listEnd + reason.length)
      }
      // The list may run back over commas within its sentence: `副市长X、Y，秘书长Z出席会议`.
      let listStart = clause.start
      for (let back = index - 1; back >= 0 && all[back].start >= consumed; back--) {
        const previous = all[back]
        if (/[。;!?]/.test(doc.norm.charAt(previous.end)) || !isListClause(doc.norm.slice(previous.start, previous.end))) break
        listStart = previous.start
      }
      // `其中独立董事X、Y以通讯方式出席`: `其中` singles the names out of those counted before.
      if (doc.norm.startsWith('其中', listStart)) listStart += 2
      const people = readPeople(doc, listStart, listEnd)
      if (note) for (const person of people) person.note ??= note
      appendAll(result[role], people)
      break
    }
  }
  return result
}

/** An attendance label, with its colon, where a list of names runs on into it: `…牛建军列席:`. */
const nextAttendanceLabel = new RegExp(`(?:${attendanceLabels.map(([label]) => label).join('|')})\\s*:`)

/** What a list of absentees says of them after its names: `请假`, `因病请假`, `出差`. */
const absenceNotes = new RegExp(`^(?:(?:${absenceReasons.join('|')})(?:请假)?|请假|病假|事假|休假)$`)

/**
 * Whether a clause may be the head of a list of attendees that runs over a
 * comma: it convenes nothing, dates nothing, takes up no matter, and names
 * no role of its own.
 */
function isListClause(clause: string): boolean {
  if (/召开|举行|主持|会议/.test(clause) || findDates(clause).length > 0) return false
  if (attendanceVerbs.some(([verb]) => clause.includes(verb))) return false
  return !actionsLongestFirst.some((verb) => clause.includes(verb))
}

/**
 * Clauses of a span, split on `,` `;` `。` outside 《》 and quotes.
 */
function clauses(norm: string, start: number, end: number): Span[] {
  const result: Span[] = []
  let depth = 0
  let from = start
  // A clause starts after its leading white space; one that is all white space is left out.
  const push = (clauseStart: number, clauseEnd: number) => {
    while (clauseStart < clauseEnd && isSpace(norm.charCodeAt(clauseStart))) clauseStart++
    if (clauseStart < clauseEnd) result.push({start: clauseStart, end: clauseEnd})
  }
  for (let index = start; index < end; index++) {
    const code = norm.charCodeAt(index)
    if (code === 0x300a /* 《 */ || code === 0x201c /* “ */) depth++
    else if ((code === 0x300b /* 》 */ || code === 0x201d /* ” */) && depth > 0) depth--
    else if (depth === 0 && (isBreak(code) || code === 0x3a /* : */)) {
      push(from, index)
      from = index + 1
    }
  }
  push(from, end)
  return result
}

/**
 * The title: a title line, joined with the short line before it when the
 * title is split over two lines (`XX市人民政府` / `第N次常务会议纪要`,
 * `XX集团有限公司` / `总经理办公会议纪要`).
 */
function readTitle(doc: Doc, titles: Span[], paragraphs: Span[]): Found | null {
  const first = titles[0]
  if (!first) return null
  let start = first.start
  const text = doc.norm.slice(first.start, first.end).trim()
  // A second line that starts a title (`第N次常务会议纪要`) joins the line before it; so does
  // any title line under the body that holds the meeting (`XX集团有限公司` / `总经理办公会议纪要`).
  const before = paragraphs.find((span) => span.end <= first.start && /^\s*$/.test(doc.norm.slice(span.end, first.start)))
  const beforeText = before ? doc.norm.slice(before.start, before.end).trim() : ''
  const starts = /^(第|关于)|^[\d一二三四五六七八九十]+[届次]/.test(text) || text === '纪要' || text === '会议纪要'
  if (before && ((starts && before.end - before.start <= 30 && !/[,。;:]/.test(beforeText)) || isIssuerLine(beforeText))) start = before.start
  while (/\s/.test(doc.norm.charAt(start))) start++
  return found(doc, start, trimEnd(doc.norm, start, first.end))
}

/**
 * The meeting's name in a title: without `纪要`, a bracketed date or number,
 * a column's tag (`【常务会议】`), and the headline's `…召开` / `召开…`.
 */
function nameInTitle(doc: Doc, title: Span): Found | null {
  let start = title.start
  let end = title.end
  const bracket = /\s*\([^()]*\)$/.exec(doc.norm.slice(start, end))
  if (bracket) end -= bracket[0].length
  // A column's tag before a headline: `【常务会议】区政府召开…`.
  const tag = /^\s*[【[][^【】[\]]{1,12}[】\]]\s*/.exec(doc.norm.slice(start, end))
  if (tag) start += tag[0].length
  // A template site's label of one of its samples: `篇1:关于…的专题会议纪要`, `第二篇 …`.
  const sample = templateSample.exec(doc.norm.slice(start, end))
  if (sample) start += sample[0].length
  const headline = start
  const ending = [...titleEndings].sort((a, b) => b.length - a.length).find((word) => doc.norm.slice(start, end).endsWith(word) && !['会议纪要', '会议决议'].includes(word))
  // `…会议记录` keeps its `会议`, as `…会议纪要` does, and `…例会记录` its `例会`; `…议事会议事记录`
  // its council, the 议事记录 the record's kind.
  // (`…村民代表会议决议记录`: the 决议记录 the record's kind, as 议事记录.)
  if (ending) end -= ending === '会议记录' || ending === '会记录' ? 2 : ending === '会议事记录' || ending === '会议决议记录' ? 4 : ending.length
  // `X推进会会议纪要`: the minutes' `会议` after a working meeting named in `会`.
  if (doc.norm.endsWith('会议', end) && minutedMeetingKinds.some((kind) => doc.norm.endsWith(kind, end - 2))) end -= 2
  // `关于召开全县X推进会的会议纪要`: the minutes of the meeting named before `的会议`.
  if (/[会议]的会议$/.test(doc.norm.slice(start, end))) end -= 3
  const text = doc.norm.slice(start, end)
  const verb = conveneVerbs.find((candidate) => text.includes(candidate))
  // Where the name follows the verb (`县政府召开第8次常务会议`): the verb's offset.
  let after = -1
  if (verb) {
    const at = text.indexOf(verb)
    if (at + verb.length === text.length) end = start + at
    else {
      after = start + at
      start += at + verb.length
      const space = doc.norm.slice(start, end).search(/\s/)
      if (space > 0) end = start + space
      // A subject line of the meeting held about convening another (`关于召开镇人代会的主席团会议纪要`):
      // the meeting after the last `的`, not the one to be convened.
      const of = at === 2 && text.startsWith('关于') ? doc.norm.lastIndexOf('的', end - 1) : -1
      if (of > start && doc.norm.endsWith('会议', end)) start = of + 1
      // A headline's meeting, then what it took up (`X召开党组会议传达学习全省Y会议精神`): the name
      // ends at the first `会议` a verb of taking up follows, not at the matter's.
      for (let at = indexWithin(doc.norm, '会议', start, end); at !== -1; at = indexWithin(doc.norm, '会议', at + 2, end)) {
        if (takingUpAfterName.test(doc.norm.slice(at + 2, at + 6))) { end = at + 2; break }
      }
    }
  }
  while (start < end && /\s/.test(doc.norm.charAt(start))) start++
  const name = nameEnding(doc, start, end)
  return name && verb && after >= 0 ? withBody(doc, headline, after, verb, name) : name
}

/** A template site's label before one of its samples' titles: `篇1:`, `篇一、`, `第2篇:`. */
const templateSample = /^\s*(?:篇[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}篇)\s*[:、.]?\s*/

/**
 * The session a title gives in brackets after the name
 * (`主任会议纪要(第四十一次)`, `党委会议纪要(2023年第17次)`), or null.
 */
function bracketSession(title: string): number | null {
  const bracket = /\(([^()]*次)\)\s*$/.exec(title)
  return bracket ? sessionOf(bracket[1]) : null
}

/** A session number: `第12次`, `三十一次`, `第 9 次` (a PDF's text layer sets digits off). */
const sessionPattern = /第?\s?([\d一二两三四五六七八九十百零〇]+)\s?次/g

/** The session: the number before the last `次` (`第12次` → 12, `三十一次` → 31). */
function sessionOf(name: string): number | null {
  // `exec` on one pattern rather than `matchAll`, which copies the pattern on every call.
  sessionPattern.lastIndex = 0
  let last: string | null = null
  for (let match = sessionPattern.exec(name); match; match = sessionPattern.exec(name)) last = match[1]
  return last === null ? null : chineseNumber(last)
}

/**
 * The bracket right after a name that gives its session (`校长办公会(2024年第5次)`),
 * or the empty string.
 */
function bracketAfter(norm: string, end: number): string {
  const bracket = /^\([^()]{1,16}次\)/.exec(norm.slice(end, end + 18))
  return bracket ? bracket[0] : ''
}

/**
 * The year in a name or title: `2024年第6次` → 2024; an academic year
 * `2024-2025学年度` gives its first year from August on, else its second.
 */
function yearOfName(name: string, month: number): number | null {
  const academic = /(\d{4})\s*[-—至~]\s*(\d{4})\s*学年/.exec(name)
  if (academic) return month >= 8 ? Number(academic[1]) : Number(academic[2])
  const year = /(\d{4})\s*年/.exec(name)
  return year ? Number(year[1]) : null
}

/**
 * The year from a full date elsewhere in the page (publication date,
 * signature, metadata): the last year that puts the meeting on or before it.
 * Failing that, the year of the minutes' document or issue number
 * (`〔2024〕5号`, `〔2024〕第15期`): minutes are issued in the year of their meeting.
 */
function yearOfDateLines(doc: Doc, tree: Root, date: {month: number; day: number; start: number}): number | null {
  let issued: number | null = null
  // The tree's types keep titles and noise among the children of the preamble,
  // the items and the closing: nothing inside a paragraph need be visited.
  for (const section of tree.children) {
    for (const node of section.children) {
      const line = {start: doc.toNorm(node.position.start.offset), end: doc.toNorm(node.position.end.offset)}
      // An issue run into the lead of a copy that lost its line breaks (`…纪要 2026年第26期 12月15日,…`).
      if (issued === null && section.type === 'preamble' && node.type === 'paragraph') {
        const year = numberedIssue.exec(doc.norm.slice(line.start, line.end))
        if (year) issued = Number(year[1])
        // So is the header's date of issue (`…纪要 第17期 区政府办公室 2023年8月11日 8月9日下午,…`).
        if (line.start <= date.start && date.start < line.end) {
          const header = findDates(doc.norm.slice(line.start, date.start)).find((found) => found.year !== null)
          if (header && header.year !== null) return yearBefore(date.month, date.day, {year: header.year, month: header.month, day: header.day})
        }
      }
      // The imprint's line of issue (`(市审计局办公室 2024年3月14日印发)`), read as a paragraph.
      // So is a header's line of the issuing office and date (`X区人民政府办公室编 2025年3月4日`).
      if (node.type === 'paragraph' && !issueLine.test(doc.norm.slice(line.start, line.end)) && !(section.type === 'preamble' && line.end <= date.start && officeLine.test(doc.norm.slice(line.start, line.end)))) continue
      if (node.type !== 'noise' && node.type !== 'title' && node.type !== 'paragraph') continue
      // Page chrome (a sidebar's links to other pages, `· … 2025-03-12`) dates no part of these minutes.
      if (node.type === 'noise' && node.kind === 'label') continue
      const text = doc.norm.slice(line.start, line.end)
      const reference = findDates(text).find((found) => found.year !== null)
      if (reference && reference.year !== null) return yearBefore(date.month, date.day, {year: reference.year, month: reference.month, day: reference.day})
      // A document number, on its own line or as the value of a disclosure table's `文号:` row.
      if (issued === null && node.type === 'noise' && (node.kind === 'document-number' || (node.kind === 'metadata' && /号\s*$/.test(text)))) {
        const year = issueYear.exec(text) ?? numberedIssue.exec(text)
        if (year) issued = Number(year[1])
      }

    }
  }
  return issued
}

/** A line that tells when the minutes were issued: `(市审计局办公室 2024年3月14日印发)`. */
const issueLine = /^\s*\(?[^,。;:()]{0,30}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|制发|发布)\)?\s*$/

/**
 * A header's line of the issuing office (perhaps as editor, `编`) and a full date, nothing else;
 * perhaps in brackets, perhaps two offices that issue together (`(区委督查室 区政府督查室 2026年5月6日)`).
 */
const officeLine = /^\s*\(?\s*[^,。;:()\s](?:[^,。;:()]{0,28}[^,。;:()\s])?(?:办公室|办|政府|督查室)编?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\)?\s*$/

/** The year in brackets of a document or issue number: `〔2024〕`, `[2024]`, `【2024】`, `(2024年第9期)`. */
const issueYear = /[〔[(【]\s*((?:19|20)\d\d)\s*[〕\])】年]/
/** The year of an issue written without brackets: `2026年第26期`. */
const numberedIssue = /((?:19|20)\d\d)\s*年\s*第\s*[\d一二三四五六七八九十]{1,4}\s*期/

/**
 * The people of one role named in the lead and in a labelled block. A block
 * that names people is the list: the lead's entries without a name
 * (`党委常委出席会议`, `纪委副书记…列席会议`) only describe them, and a name
 * in both is one person (the lead's entry, with its title, is kept).
 */
function mergeAttendance(lead: Person[], block: Person[]): Person[] {
  if (!block.some((person) => person.name !== null)) return [...lead, ...block]
  const inLead = new Set(lead.flatMap((person) => (person.name === null ? [] : [unbroken(person.name)])))
  return [
    ...lead.filter((person) => person.name !== null),
    ...block.filter((person) => person.name === null || !inLead.has(unbroken(person.name)))
  ]
}

/** Attendance blocks anywhere in the tree. */
function readAttendanceBlocks(doc: Doc, tree: Root): Pick<Meeting, 'attendees' | 'observers' | 'absentees' | 'recorder'> {
  const text = doc.source
  const result: Pick<Meeting, 'attendees' | 'observers' | 'absentees' | 'recorder'> = {attendees: [], observers: [], absentees: [], recorder: null}
  // The tree's types keep attendance blocks among the children of the preamble,
  // the items and the closing: nothing inside a paragraph need be visited.
  for (const section of tree.children) {
    const siblings: Node[] = section.children
    for (let index = 0; index < siblings.length; index++) {
      const child = siblings[index]
      if (child.type !== 'attendance') continue
      const segments = blockSegments(doc, child)
      const people = segments[segments.length - 1].people
      // A label alone on its line (`列席会议人员:`) heads the short lines
      // after it; a list wraps onto lines indented under it, or onto lines
      // of names only.
      for (let after = index + 1; after < siblings.length; after++) {
        const next = siblings[after]
        if (next.type !== 'paragraph') break
        const span = {start: doc.toNorm(next.position.start.offset), end: doc.toNorm(next.position.end.offset)}
        const line = doc.norm.slice(span.start, span.end)
        // Under a label alone, a line may name the unit before a colon: `县住建局:钟华(局长)`.
        const unitLine = child.children.length === 0 && /^[^。:,;]{2,20}:[^。:]+$/.test(line)
        if (line.length > 60 || (/[。:]/.test(line) && !unitLine) || /^会议/.test(line)) break
        const more = readPeople(doc, span.start, span.end)
        const indented = indentedLine(text, next.position.start.offset)
        if (child.children.length > 0 && !indented && !more.every((person) => person.name !== null)) break
        appendAll(people, more)
      }
      for (const segment of segments) {
        if (segment.role === 'recorder') result.recorder ??= segment.people[0] ?? null
        else appendAll(result[segment.role], segment.people)
      }
    }
  }
  return result
}

/**
 * Whether only white space (` `, tab, `　`) stands between the start of a
 * line and `offset`, and some does. Walked back from `offset` over the
 * indent only: a search for the line's start would cross a whole long line
 * from each node of it.
 */
function indentedLine(text: string, offset: number): boolean {
  let index = offset
  while (index > 0 && ' \t\u3000'.includes(text.charAt(index - 1))) index--
  return index < offset && (index === 0 || text.charAt(index - 1) === '\n')
}

/** A clause of names with its own attendance verb at the end: `镇包村干部X列席会议`. */
const attendanceClause = new RegExp(`^(.*?)(${attendanceVerbs.map(([verb]) => verb).join('|')})(?:了)?(?:本次会议|会议|会)?$`)

/** A part of an attendance block with one role. */
interface Segment {
  role: Attendance['role']
  people: Person[]
}

/**
 * The persons of one attendance block, line by line, by role: a line may
 * go on with other labels after a `;` (`出席:A、B;列席:C;请假:D`).
 */
function blockSegments(doc: Doc, block: Attendance): Segment[] {
  const segments: Segment[] = [{role: block.role, people: []}]
  for (const text of block.children) {
    let from = doc.toNorm(text.position.start.offset)
    const end = doc.toNorm(text.position.end.offset)
    for (let index = indexWithin(doc.norm, ';', from, end); index !== -1; index = indexWithin(doc.norm, ';', index + 1, end)) {
      const label = inlineAttendanceLabel.exec(doc.norm.slice(index + 1, Math.min(end, index + 20)))
      if (!label) continue
      appendAll(segments[segments.length - 1].people, readPeople(doc, from, index))
      segments.push({role: roleOfLabel.get(label[1]) ?? 'attendees', people: []})
      from = index + 1 + label[0].length
    }
    readSegment(doc, segments, from, end)
  }
  return segments
}

/**
 * Read the people of the rest of a block into the last segment; a clause
 * with its own attendance verb (`…,镇包村干部X列席会议。`) names people of
 * that verb's role instead.
 */
function readSegment(doc: Doc, segments: Segment[], from: number, end: number): void {
  const segment = segments[segments.length - 1]
  let listEnd = end
  while (listEnd > from && '。 '.includes(doc.norm.charAt(listEnd - 1))) listEnd--
  const comma = doc.norm.lastIndexOf(',', listEnd - 1)
  if (comma >= from) {
    const verbed = attendanceClause.exec(doc.norm.slice(comma + 1, listEnd))
    const role = verbed ? attendanceVerbs.find(([verb]) => verb === verbed[2])?.[1] : undefined
    if (verbed && role && verbed[1] !== '') {
      appendAll(segment.people, readPeople(doc, from, comma))
      const people = readPeople(doc, comma + 1, comma + 1 + verbed[1].length)
      if (role === segment.role) appendAll(segment.people, people)
      else segments.push({role, people})
      return
    }
  }
  appendAll(segment.people, readPeople(doc, from, end))
}

/** An attendance label after a `;` in a block's line: `列席:`, `请假:`. */
const inlineAttendanceLabel = new RegExp(`^\\s*(${attendanceLabels.map(([label]) => label).join('|')})\\s*:`)
const roleOfLabel = new Map<string, Attendance['role']>(attendanceLabels.map(([label, role]) => [label, role]))

/** A found value: the source text of a normalized span. */
function found(doc: Doc, start: number, end: number): Found {
  return {start, end, value: sliceSource(doc, start, end)}
}

/** The unist position of a found value. */
function positionOf(doc: Doc, span: Span): Position {
  return doc.normPosition(span.start, span.end)
}

/** The end of a span without trailing white space and `。` / `:`. */
function trimEnd(norm: string, start: number, end: number): number {
  while (end > start && /[\s。:,;]/.test(norm.charAt(end - 1))) end--
  return end
}
