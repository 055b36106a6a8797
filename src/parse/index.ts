/**
 * Parse: minutes text → minutes syntax tree.
 *
 * Lines are read one by one: page noise, titles and attendance blocks are
 * set aside (`classifyLine`), level-1 markers that continue their sequence
 * open items, lower-level markers at a line start make points, and every
 * other line is a paragraph with its inline lists and statements. Without
 * level-1 numbering, a paragraph that opens a matter opens an item.
 */

import {appendAll, createDoc, indentOf, isIdeograph, type Doc} from '../doc.js'
import {actionVerbs, agendaColumnLabels, bylineLabels, chairLabels, closingChrome, closingChromeTokens, closingLabels, distributionLabels, unitSuffixes, bodyMeetingWords, workMeetingEndings, headingEndings, reportingColumnLabels, backReferences, clauseCues, concludingVerbs, deadlineLabels, itemLeadInEndings, labelBullets, followUpOpeners, leadInOpeners, matterAdverbs, matterKindWords, decisionLeadInWords, matterTransitions, sameDayOpeners, topicOpeners, matterExchanges, matterVotes, meetingSubjectsByKind, numberedMatterWords, openingDecisionVerbs, ownerLabels, partHeadingEndings, presentingVerbs, shortOwnerLabels, speechSettings, speechVerbs, subtitleEndings, taskColumnLabels, taskListTitles, onSiteOffice, onSiteVerbs, siteVisitSequence, convenerFollowers, onSiteTakingUp, siteParty, sitePlaceOpeners, resolutionLeadIns} from '../lexicon.js'
import {warn, type MessageSink} from '../message.js'
import type {
  Attendance,
  Closing,
  Heading,
  Item,
  List,
  Marker,
  ListItem,
  Noise,
  NoiseKind,
  OwnerRole,
  Paragraph,
  Position,
  Preamble,
  Root,
  Text,
  Title
} from '../tree.js'
import {indexWithin} from '../extract/clauses.js'
import {markerNode, matchCue, paragraphNode} from './inline.js'
import {agendaLabelSource, bareMatterMarker, classifyDocLine, isAttendanceSentence, ownerColumnRole, isBracketHeading, isIssuerLine, isRelatedLinksHeading, isSeparatorRow, presentedBy, presenterAhead, presenterAt, presenterStartAt, runOnBreaks, type LineClass} from './line.js'
import {isOutlineHead, levelDepth, matchMarker, readChineseNumeral, type MarkerMatch} from './numbering.js'
import {words} from '../words.js'

/** Options of `parse`. */
export interface ParseOptions {
  /** Where content problems are collected. */
  sink?: MessageSink
  /**
   * Offsets in the text where headings of the file's own structure start
   * (a Markdown file's `## 1. 上周进展`): numbered headings there make the
   * items, and numbered lines that are no heading are points.
   */
  headings?: readonly number[]
}

/** One non-blank line, trimmed, in normalized offsets. */
interface Line {
  start: number
  end: number
  kind: 'paragraph' | 'section' | 'point' | 'other' | 'row'
  class: LineClass | null
  marker: MarkerMatch | null
  /** A row of an agenda table (kind `row`): its cells by role. */
  row?: AgendaRow
  /** Whether the line is the header of an agenda table. */
  agendaHeader?: boolean
  /** Whether the line is a heading of the file's own structure (a Markdown heading). */
  heading?: boolean
  /** Whether the line is the rest of a paragraph split before a further matter (see `splitAtFurtherMatters`). */
  further?: boolean
}

type Block = Paragraph | Attendance | Noise | Title

/** A span of the normalized view. */
interface Cell {
  start: number
  end: number
}

/** The cells of a row of an agenda table that the item is read from. */
interface AgendaRow {
  topic: Cell
  reporter: Cell | null
  opinion: Cell | null
  /** A second opinion column's cell after the first (`| 表决情况 | 表决结果 |`): the outcome the tally gave. */
  outcome?: Cell | null
  /** Owner cells with their column's role, and the deadline cell, where the table has task columns. */
  owners: Array<{role: OwnerRole; cell: Cell}>
  due: Cell | null
}



/** An open line-start list, innermost last. */
interface Frame {
  list: List
  last: ListItem
  /** Lists and points to stretch when a continuation line is added. */
}

/**
 * Parse minutes text into a minutes tree.
 *
 * @param text
 *   The minutes.
 * @param options
 *   Options.
 * @returns
 *   The tree.
 */
export function parse(text: string, options: ParseOptions = {}): Root {
  const doc = createDoc(text)
  return parseDoc(doc, options.sink, options.headings)
}

/**
 * Parse a doc (see `createDoc`) into a minutes tree.
 *
 * @param doc
 *   The doc.
 * @param sink
 *   Where content problems are collected.
 * @param headings
 *   Offsets in `doc.source` where the file's own headings start (see `ParseOptions`).
 * @returns
 *   The tree.
 */
export function parseDoc(doc: Doc, sink?: MessageSink, headings?: readonly number[]): Root {
  const accepted = acceptSections(doc, readLines(doc, headings), sink)
  const sections = accepted.sections
  // Without level-1 numbering, a paragraph may take up a second matter after a full stop
  // (`…完成巡查。会议还研究了X问题，同意…`): each matter its own line.
  const lines = sections === 0 ? splitAtFurtherMatters(doc, accepted.lines) : accepted.lines
  const root: Root = {type: 'root', children: [], position: doc.position(0, doc.source.length)}
  const preamble: Preamble = {type: 'preamble', children: [], position: doc.position(0, 0)}
  const items: Item[] = []
  let item: Item | null = null
  let frames: Frame[] = []
  let topListLevel: string | null = null
  // Whether the preamble has a paragraph yet (the lead): children are only appended, so look at each once.
  let preambleSeen = 0
  let preambleHasParagraph = false
  // Whether one of them is a sentence (`,` `。` `;` `:`): not only a web page's menu lines
  // (`专题专栏` / `学习贯彻…精神` / `优化营商环境`), which stand above the title and the lead.
  let preambleHasSentence = false
  const hasLead = (): boolean => {
    for (; preambleSeen < preamble.children.length; preambleSeen++) {
      const child = preamble.children[preambleSeen]
      if (child.type !== 'paragraph') continue
      preambleHasParagraph = true
      if (!preambleHasSentence && /[,。;:]/.test(doc.norm.slice(doc.toNorm(child.position.start.offset), doc.toNorm(child.position.end.offset)))) preambleHasSentence = true
    }
    return preambleHasParagraph
  }
  const hasLeadSentence = (): boolean => hasLead() && preambleHasSentence
  // How many bare topics stand over their paragraphs (see `isTopicOverMatter`): counted once, when first asked.
  let topicCount = -1
  const topicsOverParagraphs = (): number => (topicCount === -1 ? (topicCount = countTopicsOverParagraphs(doc, lines)) : topicCount)

  // Whether headings of the file's own structure are numbered as a list is (`## 1. …`).
  const numberedHeadings = lines.some((line) => line.heading === true && line.kind === 'point')
  // An item whose marker stands alone on its line (`议题一:`), waiting for its heading.
  let headless: Item | null = null
  // A run of `第一,` that started again under an entry of the top list of `第一,` (see `nestsInItem`):
  // the entry's number, and the run's last.
  let nested = null as NestedRun | null
  // Working minutes label each matter `议题:关于…` (the label repeated): each label opens an item;
  // so does one alone over a record of who said what (`议题:研究X` over `X:…` lines and `会议决定:`),
  // where no paragraph takes a matter up (`会议议题:X` over `会议听取了…` is the agenda).
  const topicLabels = sections === 0 ? countTopicLabels(doc, lines) : 0
  const labelled = topicLabels > 1 || (topicLabels === 1 && !lines.some((line) => line.kind === 'paragraph' && matterOpening.test(doc.norm.slice(line.start, Math.min(line.end, line.start + 8)))))
  // Whether the lines before are a `会议议题:` label and the matters under it: points there are the agenda.
  let agenda = false
  // The mark after the number of the top list's first entry (`1.` → `.`), which its run under an entry may not share (see `markedApart`).
  let topMark = ''
  // The last item opened by a bracketed heading with its number inside (`【一、关于X】`, see `sectionInBrackets`).
  let bracketNumbered: Item | null = null
  // The line a heading set on two lines goes on in (see `headingContinues`).
  let headingGoesOn = -1
  for (const [lineIndex, line] of lines.entries()) {
    if (line.row) {
      item = rowItem(doc, line, line.row)
      items.push(item)
      frames = []
      headless = null
      continue
    }
    const underAgenda: boolean = agenda && item === null && line.kind === 'point'
    agenda = underAgenda || (item === null && line.kind === 'paragraph' && agendaLabel.test(doc.norm.slice(line.start, line.end)))
    if (underAgenda) {
      preamble.children.push(paragraphNode(doc, line.start, line.end))
      continue
    }
    if (lineIndex === headingGoesOn) continue
    if (line.kind === 'section') {
      item = sectionItem(doc, line)
      // A heading set on two lines, the second indented under the first (`一、关于加强X财务` /
      // `　　　　管理工作的意见`): one heading.
      const next = lines[lineIndex + 1]
      if (item.children.length === 0 && next !== undefined && headingContinues(doc, line, next)) {
        item.heading = headingNode(doc, (line.marker as MarkerMatch).end, next.end)
        item.position = doc.normPosition(line.start, next.end)
        headingGoesOn = lineIndex + 1
      }
      items.push(item)
      frames = []
      headless = item.heading !== null && item.heading.value === '' && item.children.length === 0 ? item : null
      continue
    }
    // `议题一:` alone on its line: the heading is the line below (unless the meeting speaks there).
    if (headless !== null && headless === item && line.kind === 'paragraph' && !matchCue(doc.norm, line.start)) {
      const {heading, body} = headingAndBody(doc, afterTopicLabel(doc, line.start, line.end), line.end)
      headless.heading = heading
      headless.position = span(headless.position, heading.position)
      if (body) headless.children.push(body)
      headless = null
      continue
    }
    if (line.kind !== 'other') headless = null

    if (line.kind === 'other') {
      // Inside a list of points that goes on after it, a page number is left out (as a
      // hard-wrapped join leaves it out) and an attachment named under a point (`附件1:…`)
      // continues that point: the next point goes on with the list.
      const kind = noiseKind(line)
      if ((kind === 'page' || kind === 'attachment' || runningHeader(line) || issuerHeader(lines, lineIndex)) && listGoesOn(lines, lineIndex, frames)) {
        if (kind === 'attachment') continuePoint(doc, frames, line)
        continue
      }
      frames = []
      const block = otherBlock(doc, line)
      if (item) item.children.push(block as Attendance | Noise | Paragraph)
      else preamble.children.push(block)
      continue
    }

    if (line.kind === 'point' && line.marker) {
      const marker = line.marker
      // A run of the top list's form that starts again under an entry: its points (see `nestsInItem`).
      let nests = false
      if (sections === 0 && topListLevel !== null && item !== null && item.marker !== null && listForm(doc, marker) === topListLevel) {
        const run: NestedRun | null = nested
        nests = nestsInItem(doc, lines, lineIndex, topListLevel, run) || markedApart(doc, marker, topMark, run)
        nested = nests ? {top: run === null ? (item.marker as Marker).number : run.top, last: marker.number} : null
      }
      // A list under the meeting speaking after a news lead (`会议强调:` over `1.X要…`) is its points,
      // the matter the lead's (see `agendaInLead`).
      if (sections === 0 && item === null && topListLevel === null && marker.number === 1 && speakingLeadIn(doc, preamble)) {
        item = agendaInLead(doc, preamble)
        if (item) items.push(item)
      }
      // Without level-1 numbering, a list at top level right after the preamble makes the items.
      if (sections === 0) {
        // Running enumerations (`一是`) never make items; `第一,` opening lines may.
        const form = listForm(doc, marker)
        // A lead that takes up one matter and leads in to what the meeting decided on it
        // (`…听取X关于Y的汇报。会议议定:` over `(一)原则同意…`, or over lines a writer enumerates,
        // `一是X负责…`): the points of that matter, not items.
        const decided = topListLevel === null && item === null && marker.number === 1 && !numberedHeadings ? decidedInLead(doc, preamble, line) : null
        if (decided) {
          item = decided
          items.push(item)
          frames = []
        }
        if (topListLevel === null && item === null && marker.number === 1 && form !== 'enumeration' && (!numberedHeadings || line.heading)) {
          topListLevel = form
          topMark = doc.norm.charAt(marker.markerEnd)
        }
        // Where the file's headings are numbered (`## 1. 上周进展`), they are the items, and
        // numbered lines under them (`1. 线上日志…`) their points.
        if (topListLevel === form && (item === null || item.marker !== null) && (!numberedHeadings || line.heading) && !nests) {
          item = pointItem(doc, line)
          items.push(item)
          frames = []
          // `(一)` alone on its line: the heading is the line below, as for `一、`.
          headless = item.heading !== null && item.heading.value === '' && item.children.length === 0 ? item : null
          continue
        }
      }
      if (!item) {
        warn(sink, 'orphan-point', `Point \`${marker.ordinal}\` stands before any item`, doc.normPosition(line.start, line.end))
        preamble.children.push(paragraphNode(doc, line.start, line.end))
        continue
      }
      if (addPoint(doc, item, frames, line, sink)) continue
      // A marker that continues nothing: an ordinary paragraph.
      frames = []
      item.children.push(paragraphNode(doc, line.start, line.end))
      continue
    }

    const topicLabel = labelled && topListLevel === null ? topicLabelEnd(doc, line) : -1
    if (topicLabel !== -1) {
      item = {type: 'item', marker: null, heading: headingNode(doc, topicLabel, line.end), children: [], position: doc.normPosition(line.start, line.end)}
      items.push(item)
      frames = []
      continue
    }
    // A paragraph. Without level-1 numbering, a heading on its own line (`关于…问题`) after the
    // lead opens an item, and the paragraph that takes the matter up is its body; so does the
    // title of a table of tasks before any matter (`下半年重点任务分解表`).
    if (sections === 0 && topListLevel === null && (isMatterHeading(doc, line) || (items.length === 0 && isTaskListTitle(doc, line, lines[lineIndex + 1])) || isTopicOverMatter(doc, line, lines[lineIndex + 1], hasLead, topicsOverParagraphs)) && (items.length > 0 ? hasLead() : hasLeadSentence())) {
      // `【审议事项】` over a paragraph that takes up a matter itself (`会议审议了…`): a label of the
      // kind of matters below, each paragraph its own item.
      const next = lines[lineIndex + 1]
      if (kindOfMattersLabel.test(doc.norm.slice(line.start, line.end)) && next && next.kind === 'paragraph' && opensMatter(doc, next, false, hasLead)) {
        const position = doc.normPosition(line.start, line.end)
        const label: Noise = {type: 'noise', kind: 'label', value: doc.source.slice(position.start.offset, position.end.offset), position}
        if (item) item.children.push(label)
        else preamble.children.push(label)
        continue
      }
      // `【本周工作安排】`: the heading is what the brackets hold.
      const start = afterBullet(doc.norm, line.start, line.end)
      const bracketed = doc.norm.charCodeAt(start) === 0x3010 /* 【 */ ? 1 : 0
      // (`【一、关于X】`: a section's number inside the brackets is the item's.)
      const numbered = bracketed === 1 ? sectionInBrackets(doc, start + 1, line.end - 1) : null
      const heading = headingNode(doc, numbered ? numbered.end : start + bracketed, line.end - bracketed)
      item = {type: 'item', marker: numbered ? markerNode(doc, numbered) : null, heading, children: [], position: doc.normPosition(line.start, line.end)}
      if (numbered) bracketNumbered = item
      items.push(item)
      frames = []
      continue
    }
    // `其他事项:…` after the matters: a matter of its own, its heading the label.
    // `其他事项` alone on its line after the numbered matters: a matter of its own, its body below.
    const otherAlone: RegExpExecArray | null = item !== null && line.end - line.start <= 8 ? otherMattersAlone.exec(doc.norm.slice(line.start, line.end)) : null
    if (otherAlone) {
      item = {type: 'item', marker: null, heading: headingNode(doc, line.start, line.start + otherAlone[1].length), children: [], position: doc.normPosition(line.start, line.end)}
      items.push(item)
      frames = []
      continue
    }
    const otherAt: RegExpExecArray | null = item !== null ? otherMattersLabel.exec(doc.norm.slice(line.start, Math.min(line.end, line.start + 8))) : null
    if (otherAt && line.start + otherAt[0].length < line.end) {
      const labelEnd: number = line.start + otherAt[1].length
      item = {type: 'item', marker: null, heading: headingNode(doc, line.start, labelEnd), children: [], position: doc.normPosition(line.start, line.end)}
      item.children.push(paragraphNode(doc, line.start + otherAt[0].length, line.end))
      items.push(item)
      frames = []
      continue
    }
    const bodyOfHeading = item !== null && (item.marker === null || item === bracketNumbered) && item.heading !== null && item.children.length === 0
    // Once a top-level list makes the items (`（一）关于…`), the matters are its entries: a
    // paragraph under one (`会议听取了…`) is its body. After a lead that ends in its lead-in
    // (`现将会议主要精神纪要如下:`), the body has begun: a first paragraph that takes up no new
    // matter (`会议指出,…`) still opens the one matter.
    const opens =
      sections === 0 &&
      topListLevel === null &&
      !bodyOfHeading &&
      !leadsInToAgenda(doc, line, lines[lineIndex + 1]) &&
      !(item === null && leadsInToList(doc, line, lines[lineIndex + 1])) &&
      (opensMatter(doc, line, item === null, hasLead) || (item === null && endsInLeadIn(doc, preamble))) &&
      !(item !== null && answersMatterInHand(doc, line, item)) &&
      // (A further matter in a paragraph under a topic's heading, `研究“三重一大”事项` over `会议听取了….会议还研究了…`,
      // is one more under that topic.)
      !(line.further === true && item !== null && item.heading !== null)
    if (opens) {
      // A second meeting the page reports before any matter opened (`同日下午,X主持召开党委会议,听取了…`):
      // the first meeting's matter is the one its lead took up (`…召开镇政府常务会议,研究X工作。会议要求,…`).
      // (Only where the meeting speaks in the lead after the sentence that convenes it: a lead that only
      // previews the matters, `…常务会议,研究A、B等工作。`, before `会前,X主持召开学习会,…`, keeps them.)
      if (item === null && convenesAnother(doc.norm, line.start, line.end)) {
        const lead = preamble.children.findIndex((child) => child.type === 'paragraph' && heldIn(doc, child))
        const led = lead === -1 || !speaksInLead(doc, preamble.children[lead] as Paragraph) ? null : leadMatter(doc, preamble, lead)
        if (led) items.push(led)
      }
      item = paragraphItem(doc, line)
      items.push(item)
      frames = []
      continue
    }
    if (!item) {
      preamble.children.push(paragraphNode(doc, line.start, line.end))
      continue
    }
    if (frames.length > 0 && !matchCue(doc.norm, line.start) && !opensWithLabel(doc.norm, line.start)) {
      // A line under a point continues it.
      continuePoint(doc, frames, line)
      continue
    }
    frames = []
    item.children.push(paragraphNode(doc, line.start, line.end))
  }

  // A news report whose only matter opens in its lead (`…主持召开…会。会议听取了X的汇报…`), the
  // meeting speaking of it in the paragraphs after (`会议明确,…`): the matter starts there.
  if (items.length === 0 && sections === 0) {
    const matter = matterInLead(doc, preamble) ?? agendaInLead(doc, preamble)
    if (matter) items.push(matter)
  }
  if (preamble.children.length > 0) {
    preamble.position = span(preamble.children[0].position, preamble.children[preamble.children.length - 1].position)
    root.children.push(preamble)
  }
  for (const each of items) {
    const last = each.children[each.children.length - 1]
    if (last) each.position = span(each.position, last.position)
    root.children.push(each)
  }
  const closing = takeClosing(items)
  if (closing) root.children.push(closing)

  if (items.length === 0) warn(sink, 'no-items', 'No item found: no level-1 numbering and no paragraph that opens a matter', doc.position(0, 0))
  checkTruncated(doc, lines, sink)
  return root
}

/**
 * A numbered entry under an attendance label that stands alone (`参加会议人员:` over
 * `(1)市政府领导:X、Y`, `(2)有关部门:…`): an attendance line of the same role, its own
 * label before the colon; not a point of the last item. Null for a line that is no such entry.
 */
function attendanceEntry(doc: Doc, start: number, end: number, open: LineClass): LineClass | null {
  if (open.kind !== 'attendance') return null
  const marker = matchMarker(doc.norm, start, true)
  if (!marker || marker.level === 'section') return null
  const colon = indexWithin(doc.norm, ':', marker.end, Math.min(end, marker.end + 16))
  if (colon <= marker.end || /[,。;、]/.test(doc.norm.slice(marker.end, colon))) return null
  const base = doc.toSource(start)
  return {kind: 'attendance', role: open.role, labelStart: doc.toSource(marker.end) - base, labelEnd: doc.toSourceEnd(colon) - base, contentStart: colon + 1 < end ? doc.toSource(colon + 1) - base : doc.toSourceEnd(end) - base}
}

/**
 * Whether the numbered line whose text starts at `start` (normalized) is an entry of a Markdown list
 * nested in another (`1. **研究X**` over `   1. X要…`): indented by two to four ASCII spaces in the
 * source, where the text also has an ordered list at the margin. (A paragraph's indent of
 * ideographic spaces, or every line indented alike, is no nesting.)
 */
function nestedListEntry(doc: Doc, sourceLineStart: number, start: number): boolean {
  const indent = doc.toSource(start) - sourceLineStart
  if (indent < 2 || indent > 4) return false
  for (let index = sourceLineStart; index < sourceLineStart + indent; index++) if (doc.source.charCodeAt(index) !== 0x20) return false
  return marginList(doc.source)
}

/** Whether a text has an ordered list at the margin (`1. X` opening a line): asked once per text. */
let marginLists: {source: string; found: boolean} | null = null
function marginList(source: string): boolean {
  if (marginLists === null || marginLists.source !== source) marginLists = {source, found: /(?:^|\n)\d{1,2}\. \S/.test(source)}
  return marginLists.found
}

function readLines(doc: Doc, headings?: readonly number[]): Line[] {
  const {source, norm} = doc
  const lines: Line[] = []
  const headingStarts = headings && headings.length > 0 ? new Set(headings) : null
  let lineStart = 0
  let inPreamble = true
  // The role of an attendance label standing alone (`参加会议人员:`), while its numbered entries follow.
  let openAttendance: LineClass | null = null
  while (lineStart <= source.length) {
    let lineEnd = lineStart
    // A line end left out of the view (a hard-wrapped line, see `wrapJoins`) does not end the line.
    while (lineEnd < source.length && !(isLineEnd(source.charCodeAt(lineEnd)) && isLineEnd(norm.charCodeAt(doc.toNorm(lineEnd))))) lineEnd++
    let lineStartNorm = doc.toNorm(lineStart)
    let lineEndNorm = doc.toNorm(lineEnd)
    while (lineStartNorm < lineEndNorm && isBlank(norm.charCodeAt(lineStartNorm))) lineStartNorm++
    while (lineEndNorm > lineStartNorm && isBlank(norm.charCodeAt(lineEndNorm - 1))) lineEndNorm--
    // A web copy run on in one line is read as the lines it had (see `runOnBreaks`).
    const breaks = lineStartNorm < lineEndNorm ? runOnBreaks(doc, lineStartNorm, lineEndNorm) : []
    for (const [index, segmentEnd] of [...breaks, lineEndNorm].entries()) {
      let start = index === 0 ? lineStartNorm : (breaks[index - 1] as number)
      let end = segmentEnd
      while (start < end && isBlank(norm.charCodeAt(start))) start++
      while (end > start && isBlank(norm.charCodeAt(end - 1))) end--
      if (start >= end) continue
      // A post's bullet before a section's number (`🔸议题一  研究X`, `◆一、研究Y`): the number opens the line.
      if (labelBullets.includes(norm.charAt(start))) start = bulletedSection(norm, start, end)
      const lineClass = classifyDocLine(doc, start, end, {inPreamble})
      const entry: LineClass | null = lineClass || !openAttendance ? null : attendanceEntry(doc, start, end, openAttendance)
      if (lineClass || entry) {
        lines.push({start, end, kind: 'other', class: lineClass ?? entry, marker: null})
        openAttendance = entry ?? (lineClass?.kind === 'attendance' && lineClass.contentStart >= doc.toSourceEnd(end) - doc.toSource(start) ? lineClass : null)
      } else {
        openAttendance = null
        // (A matter's label the run-on line glued to its heading ends its segment: see `bareMatterMarker`.)
        const found = matchMarker(norm, start, true) ?? (index > 0 ? bareMatterMarker(norm, start, end) : null)
        const marker = found && index === 0 && found.level === 'arabic' && nestedListEntry(doc, lineStart, start) ? {...found, level: 'paren-arabic' as const} : found
        if (marker && marker.end < end + 1) {
          // `一是…` on its own line is a point like `1.`; `首先` and kin stay running text.
          // (Not a line that goes on to its next ones, `一是…;二是…`: a paragraph of inline points.)
          const kind =
            marker.level === 'section'
              ? 'section'
              : marker.level === 'enumeration' && (!/^[一二三四五六七八九十]/.test(marker.ordinal) || enumeratesOn(norm, start, marker.end, end))
                ? 'paragraph'
                : 'point'
          const line: Line = {start, end, kind, class: null, marker: kind === 'paragraph' ? null : marker}
          if (index === 0 && headingStarts?.has(lineStart)) line.heading = true
          lines.push(line)
          if (kind === 'section') inPreamble = false
        } else {
          lines.push({start, end, kind: 'paragraph', class: null, marker: null})
        }
      }
    }
    if (lineEnd >= source.length) break
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  agendaTables(doc, lines)
  taskTables(doc, lines)
  gluedPoints(doc, lines)
  signOff(doc, lines)
  attachments(doc, lines)
  footnotes(doc, lines)
  relatedLinks(doc, lines)
  laterPieces(doc, lines)
  bulletedHeadings(doc, lines)
  pointsUnderMatter(doc, lines)
  agendaPreview(doc, lines)
  resolutionPoints(doc, lines)
  return lines
}

/**
 * A point line that runs on into the next points of its list after a `;` or
 * `。` (`1.X要…;2.Y于…前…;3.Z要…`, as web copies flatten a list): each is
 * a point line of its own, as `(一)…。(二)…` inside a paragraph is a list.
 */
function gluedPoints(doc: Doc, lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const marker = line.marker
    if (line.kind !== 'point' || !marker || marker.level === 'enumeration') continue
    let depth = 0
    for (let at = marker.end; at < line.end - 1; at++) {
      const code = doc.norm.charCodeAt(at)
      if (code === 0x300a /* 《 */ || code === 0x28 /* ( */) depth++
      else if ((code === 0x300b /* 》 */ || code === 0x29) /* ) */ && depth > 0) depth--
      if (depth > 0 || (code !== semicolon && code !== fullStop)) continue
      let next = at + 1
      while (next < line.end && isBlank(doc.norm.charCodeAt(next))) next++
      const glued = matchMarker(doc.norm, next, true)
      if (!glued || glued.level !== marker.level || glued.number !== marker.number + 1 || glued.end >= line.end) continue
      lines.splice(index, 1, {...line, end: at + 1}, {...line, start: next, marker: glued})
      break
    }
  }
}

/**
 * Web pages set the heading of each matter after a bullet (`◆ 关于…`), short
 * as a label between bullets: where two lines or more do so, they are the
 * headings of the matters, read as lines of the text (see `isMatterHeading`).
 */
function bulletedHeadings(doc: Doc, lines: Line[]): void {
  const headings = lines.filter((line, index) => {
    if (noiseKind(line) !== 'label' || !labelBullets.includes(doc.norm.charAt(line.start))) return false
    const text = doc.norm.slice(afterBullet(doc.norm, line.start, line.end), line.end)
    // Or the topic alone (`◆文明城市创建`, `● 防汛备汛`), as working meetings head their matters,
    // when a paragraph follows it: a page's menu is bullets in a row.
    return namesMatter(text) || (isTopic(text) && lines[index + 1]?.kind === 'paragraph' && lines[index + 1].class === null)
  })
  if (headings.length < 2) return
  for (const line of headings) lines[lines.indexOf(line)] = {...line, kind: 'paragraph', class: null, marker: null}
}

/**
 * Where a line that opens with a bullet starts: after the bullet where a
 * section's number follows it with content after (`◆议题一  研究X`), else at
 * the bullet.
 */
function bulletedSection(norm: string, start: number, end: number): number {
  const after = afterBullet(norm, start, end)
  const marker = after < end ? matchMarker(norm, after, true) : null
  // (Or the number alone of a Word outline over its points, `🔹 1 研究X` over `1.1 …`.)
  const heads = marker !== null && (marker.level === 'section' || (marker.level === 'arabic' && isOutlineHead(norm, after, marker.number)))
  return marker && heads && marker.end < end ? after : start
}

/** Where a line's text starts after a web page's bullet and the space after it (`◆ 关于…`). */
function afterBullet(text: string, start: number, end: number): number {
  while (start < end && (labelBullets.includes(text.charAt(start)) || text.charAt(start) === ' ')) start++
  return start
}

/**
 * A run of `一、二、…` on consecutive lines under a statement that leads in
 * with a colon (`会议强调:`), in minutes whose matters are paragraphs
 * (`会议听取了…`): news-style reports number the points of the statement
 * so, and they are not items. Told by the body going on in a paragraph that
 * opens a matter after the run, or by entries that end in `;`, the clauses
 * of one sentence.
 */
function pointsUnderMatter(doc: Doc, lines: Line[]): void {
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    if (line.kind !== 'section' || line.marker?.number !== 1) continue
    const lead = lines[index - 1]
    if (lead.kind !== 'paragraph' || doc.norm.charCodeAt(lead.end - 1) !== colon || !speaksInLastSentence(doc, lead) || !matterBefore(doc, lines, index)) continue
    // (Not a lead-in to the matters, `会议审议并通过以下事项:`, whose entries are the items.)
    if (leadsInToItems(doc, lead)) continue
    let end = index + 1
    while (end < lines.length && lines[end].kind === 'section' && lines[end].marker?.number === end - index + 1) end++
    const next = lines[end]
    const goesOn = next !== undefined && next.kind === 'paragraph' && opensMatter(doc, next, false, () => true)
    let clauses = end - index > 1
    for (let at = index; clauses && at < end - 1; at++) clauses = doc.norm.charCodeAt(lines[at].end - 1) === semicolon
    if (!goesOn && !clauses) continue
    for (let at = index; at < end; at++) lines[at] = {...lines[at], kind: 'point'}
    index = end - 1
  }
}

const semicolon = 0x3b // ;

/** A label alone on its line that leads in to a resolution: `形成决议:`, `决议如下:`. */
const resolutionLeadIn = new RegExp(`^(?:${resolutionLeadIns.join('|')})\\s*:$`)

/**
 * `一、二、` under a label that leads in to what a labelled matter resolved
 * (`议题:关于X的决议` … `形成决议:` over `一、同意…` / `二、工程由X…`): the
 * resolution's points, not items. Only after a `议题:` label with its matter,
 * and before any section that stands as an item.
 */
function resolutionPoints(doc: Doc, lines: Line[]): void {
  let topic = false
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index]
    if (line.kind === 'section') return
    if (line.kind !== 'paragraph') continue
    if (!topic) {
      const label = topicLabelEnd(doc, line)
      topic = label !== -1 && label < line.end
      continue
    }
    const next = lines[index + 1]
    if (next.kind !== 'section' || next.marker?.number !== 1 || !resolutionLeadIn.test(doc.norm.slice(line.start, line.end))) continue
    let end = index + 1
    while (end < lines.length && lines[end].kind === 'section' && lines[end].marker?.number === end - index) end++
    for (let at = index + 1; at < end; at++) lines[at] = {...lines[at], kind: 'point'}
    index = end - 1
  }
}

/**
 * The agenda under a `会议议题:` label alone on its line, numbered `一、二、`
 * as the matters that follow it are (`一、审议X;` / `二、审议Y。` over
 * `一、审议X` and its body): the lines under the label preview the matters
 * and are read as the agenda, so the sections that restart at `一、` are the
 * items. Only the lines before the first section are looked at.
 */
function agendaPreview(doc: Doc, lines: Line[]): void {
  for (let index = 0; index < lines.length - 1; index++) {
    const label = lines[index]
    if (label.kind === 'section') return
    if (label.kind !== 'paragraph' || !agendaLabel.test(doc.norm.slice(label.start, label.end))) continue
    let end = index + 1
    while (end < lines.length && lines[end].kind === 'section' && lines[end].marker?.number === end - index) end++
    if (end === index + 1) return
    for (let at = end; at < lines.length; at++) {
      if (lines[at].kind !== 'section' || lines[at].marker?.number !== 1) continue
      for (let entry = index + 1; entry < end; entry++) lines[entry] = {...lines[entry], kind: 'point'}
      return
    }
    return
  }
}

/** Whether a line's last sentence is the meeting taking up the matters below: `会议审议并通过以下事项:`. */
function leadsInToItems(doc: Doc, line: Line): boolean {
  const text = doc.norm
  let cursor = Math.max(line.start, text.lastIndexOf('。', line.end - 1) + 1)
  if (!text.startsWith('会议', cursor)) return false
  cursor += 2
  const filler = fillers.find((candidate) => text.startsWith(candidate, cursor))
  if (filler) cursor += filler.length
  const verb = matterVerbs.find((candidate) => text.startsWith(candidate, cursor))
  if (verb === undefined) return false
  const rest = text.slice(cursor + verb.length, line.end)
  return leadsInToMatters.test(rest) || (passesMatters.test(rest) && endsSourceLine(text, line.end))
}

/** Whether a paragraph before line `index` (not the lead, the first) opens a matter. */
function matterBefore(doc: Doc, lines: Line[], index: number): boolean {
  let first = true
  for (const line of lines.slice(0, index)) {
    if (line.kind !== 'paragraph') continue
    if (!first && opensMatter(doc, line, false, () => true)) return true
    first = false
  }
  return false
}

/** Whether the last sentence of a line is spoken by the meeting with a cue other than a report (`会议强调:`, `…的汇报,要求:`). */
function speaksInLastSentence(doc: Doc, line: Line): boolean {
  const text = doc.norm
  let start = line.end - 1
  let clause = -1
  while (start > line.start && text.charCodeAt(start - 1) !== fullStop) {
    if (clause === -1 && text.charCodeAt(start - 1) === 0x2c /* , */) clause = start
    start--
  }
  const cue = matchCue(text, start)
  if (cue && cue.kind !== 'report') return true
  return clause !== -1 && clauseCues.some(([word]) => text.startsWith(word, clause))
}

const dueColumnLabels = new Set(deadlineLabels)

/** The owner columns of an agenda table's header (`责任单位`, `牵头单位`, `配合单位`), with their roles. */
function taskOwnerColumns(labels: string[]): Array<{column: number; role: OwnerRole}> {
  const columns: Array<{column: number; role: OwnerRole}> = []
  for (const [column, label] of labels.entries()) {
    const role = ownerColumnRole(label)
    if (role) columns.push({column, role})
  }
  return columns
}

const topicColumns = new Set(agendaColumnLabels.topic)
const reporterColumns = new Set(agendaColumnLabels.reporter)
const opinionColumns = new Set(agendaColumnLabels.opinion)

/**
 * An agenda table (`序号 | 议题 | 汇报单位 | 会议意见`, cells parted by `|`,
 * by tabs as HTML and Word tables are read, or by runs of spaces): a header
 * row with a topic column and a reporter or opinion column, and under it one
 * row per matter. Each row is an item (see `rowItem`); the header and a
 * Markdown `---` row are labels; a line without cells between two rows (a
 * cell that wrapped) goes on as a paragraph of the row above.
 */
function agendaTables(doc: Doc, lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index] as Line
    const separator = cellSeparator(doc.norm, header)
    if (separator === null) {
      stackedAgenda(doc, lines, index)
      continue
    }
    const labels = headerLabels(doc, header, separator)
    const topic = labels.findIndex((label) => topicColumns.has(label))
    const reporter = labels.findIndex((label) => reporterColumns.has(label))
    const opinion = labels.findIndex((label) => opinionColumns.has(label))
    // (A second opinion column after it: `| 表决情况 | 表决结果 |`, the tally and then the outcome.)
    const outcome = opinion === -1 ? -1 : labels.findIndex((label, column) => column > opinion && opinionColumns.has(label))
    if (topic === -1 && reportingColumns.has(labels.find((label) => !numberColumns.has(label)) ?? '')) {
      index = reportTable(doc, lines, index, separator) - 1
      continue
    }
    if (topic === -1 || (reporter === -1 && opinion === -1)) continue
    if (previewsAgenda(doc, lines, index, separator, opinion !== -1)) continue
    // A caption over the header (`表1 会议议题及议定意见`) belongs to the table.
    const caption = index > 0 ? (lines[index - 1] as Line) : null
    if (caption && isCaption(doc, caption)) lines[index - 1] = {...asLabel(caption), agendaHeader: true}
    const ownerColumns = taskOwnerColumns(labels)
    const due = labels.findIndex((label) => dueColumnLabels.has(label))
    lines[index] = {...asLabel(header), agendaHeader: true}
    let rows = 0
    let above: Cell | null = null
    let at = index + 1
    for (; at < lines.length; at++) {
      const line = lines[at] as Line
      if (separator === '|' && separatorRow(doc.norm, line)) {
        lines[at] = asLabel(line)
        continue
      }
      // An attendance line after the table (`出席:A  B  C`, names parted by spaces) is no row.
      if (line.class?.kind === 'attendance') break
      const cells = cellSeparator(doc.norm, line) === separator ? splitCells(doc.norm, line, separator) : []
      if (cells.length < 2) {
        // A cell that wrapped onto a line of its own, with rows going on below it: a paragraph of the row above.
        const next = lines[at + 1]
        if (rows > 0 && line.kind === 'paragraph' && next && cellSeparator(doc.norm, next) === separator) continue
        break
      }
      // A row short of its first cell (the number left out): the cells are the last ones. Not a row
      // that opens with its number under `序号`: its last cell is the one left out (a Word row's
      // empty deadline cell, the tab before it trimmed away with the line's end).
      const numbered = numberColumns.has(labels[0] ?? '') && /^\d{1,3}$/.test(doc.norm.slice((cells[0] as Cell).start, (cells[0] as Cell).end))
      const shift = !numbered && labels.length - cells.length === 1 && Math.min(topic, reporter === -1 ? topic : reporter, opinion === -1 ? topic : opinion) > 0 ? 1 : 0
      const cell = (column: number): Cell | null => {
        const found = column === -1 ? undefined : cells[column - shift]
        return found && found.end > found.start ? found : null
      }
      const topicCell = cell(topic)
      if (!topicCell) break
      // A blank reporter cell of a Word or HTML table under a row that has one: a merged cell, the same reporter.
      const reporterCell: Cell | null = cell(reporter) ?? (separator !== '|' && reporter !== -1 && cells[reporter - shift] !== undefined ? above : null)
      above = reporterCell
      const owners: AgendaRow['owners'] = []
      for (const {column, role} of ownerColumns) {
        const found = cell(column)
        if (found) owners.push({role, cell: found})
      }
      lines[at] = {...line, kind: 'row', class: null, marker: null, row: {topic: topicCell, reporter: reporterCell, opinion: cell(opinion), outcome: cell(outcome), owners, due: owners.length > 0 ? cell(due) : null}}
      rows++
    }
    index = at - 1
  }
}

const numberColumns = new Set(['序号', '编号'])
const reportingColumns = new Set(reportingColumnLabels)

/**
 * A table of a round of reports (`| 处室 | 上周工作完成情况 | 本周工作计划 |`):
 * the header and `---` row are labels, each row a paragraph of the item it
 * stands in (see `colonReporter` in the reporters). Returns the index after it.
 */
function reportTable(doc: Doc, lines: Line[], index: number, separator: '|' | '\t' | '  '): number {
  lines[index] = asLabel(lines[index] as Line)
  let at = index + 1
  for (; at < lines.length; at++) {
    const line = lines[at] as Line
    if (separator === '|' && separatorRow(doc.norm, line)) lines[at] = asLabel(line)
    else if (cellSeparator(doc.norm, line) === separator && splitCells(doc.norm, line, separator).length >= 2) lines[at] = {...line, kind: 'paragraph', class: null, marker: null}
    else break
  }
  return at
}

/**
 * An agenda table copied from a web page cell by cell, one cell a line
 * (`序号` / `议题` / `汇报单位` / `会议意见` / `1` / `关于…` / `县教育局` / `同意…`):
 * a run of header cells on lines of their own, then rows of as many lines,
 * each opening with its number where the header has a number column (which
 * keeps the rows in step). Each row is read as a row on one line is.
 */
function stackedAgenda(doc: Doc, lines: Line[], index: number): void {
  const labels: string[] = []
  for (let at = index; at < lines.length && labels.length < 8; at++) {
    const line = lines[at] as Line
    // (Labels are short: a line of running text is no header cell, and is not copied to be asked.)
    if (line.kind !== 'paragraph' || line.end - line.start > 12) break
    const label = doc.norm.slice(line.start, line.end).replace(/\s+/g, '')
    if (!(numberColumns.has(label) || topicColumns.has(label) || reporterColumns.has(label) || opinionColumns.has(label))) break
    labels.push(label)
  }
  const topic = labels.findIndex((label) => topicColumns.has(label))
  const reporter = labels.findIndex((label) => reporterColumns.has(label))
  const opinion = labels.findIndex((label) => opinionColumns.has(label))
  const numbered = numberColumns.has(labels[0] ?? '')
  if (labels.length < 2 || topic === -1 || (reporter === -1 && opinion === -1) || !numbered) return
  const width = labels.length
  let at = index + width
  for (let row = 1; at + width <= lines.length; row++) {
    const cells = lines.slice(at, at + width)
    if (cells.some((cell) => cell.kind !== 'paragraph' && cell.kind !== 'point')) break
    const first = cells[0] as Line
    if (doc.norm.slice(first.start, first.end).trim() !== String(row)) break
    const span = (column: number): Cell | null => (column === -1 ? null : {start: (cells[column] as Line).start, end: (cells[column] as Line).end})
    const last = cells[width - 1] as Line
    lines.splice(at, width, {start: first.start, end: last.end, kind: 'row', class: null, marker: null, row: {topic: span(topic) as Cell, reporter: span(reporter), opinion: span(opinion), owners: [], due: null}})
    at++
  }
  if (at === index + width) return
  for (let column = 0; column < width; column++) lines[index + column] = {...asLabel(lines[index + column] as Line), agendaHeader: column === 0}
}

/**
 * Whether a line leads in to the agenda table below it (`会议研究议题及意见如下:`):
 * it takes up no matter itself, the rows do.
 */
function leadsInToAgenda(doc: Doc, line: Line, next: Line | undefined): boolean {
  return next?.agendaHeader === true && doc.norm.charAt(line.end - 1) === ':'
}

/** A text node over a cell. */
function textOf(doc: Doc, cell: Cell): Text {
  const position = doc.normPosition(cell.start, cell.end)
  return {type: 'text', value: doc.source.slice(position.start.offset, position.end.offset), position}
}

/**
 * The labels of a header row, spaces taken out (`议 题` → `议题`); in a row
 * parted by runs of spaces, a label spaced out to align (`议　　题`) splits
 * into cells of one character, joined again.
 */
function headerLabels(doc: Doc, header: Line, separator: '|' | '\t' | '  '): string[] {
  const labels = splitCells(doc.norm, header, separator).map((cell) => doc.norm.slice(cell.start, cell.end).replace(/\s+/g, ''))
  if (separator !== '  ') return labels
  const joined: string[] = []
  let single = ''
  for (const label of [...labels, '']) {
    if (label.length === 1) {
      single += label
      continue
    }
    if (single) joined.push(single)
    single = ''
    if (label) joined.push(label)
  }
  return joined
}

/** Whether a line is a table's caption: `表1 会议议题及议定意见`, short, no sentence in it. */
function isCaption(doc: Doc, line: Line): boolean {
  const text = doc.norm.slice(line.start, line.end)
  return line.kind === 'paragraph' && text.length <= 24 && /^(?:附)?表\s*[\d一二三四五六七八九十]*[\s:]/.test(text) && !/[,。;]/.test(text)
}

/**
 * Whether the agenda table whose header is at `index` only previews the
 * matters taken up below it: numbered sections follow it (`会议议程如下:` /
 * the table / `一、关于…`), or, where it gives no opinion (`议题 | 汇报单位`),
 * paragraphs that take a matter up (`会议审议了…`).
 */
function previewsAgenda(doc: Doc, lines: Line[], index: number, separator: '|' | '\t' | '  ', opinions: boolean): boolean {
  let at = index + 1
  while (at < lines.length && (cellSeparator(doc.norm, lines[at] as Line) === separator || (separator === '|' && separatorRow(doc.norm, lines[at] as Line)))) at++
  const after = lines.slice(at)
  if (after.some((line) => line.kind === 'section')) return true
  return !opinions && after.some((line) => line.kind === 'paragraph' && opensMatter(doc, line, false, () => true))
}

/** A line made a label of the page (a table's header and `---` row). */
function asLabel(line: Line): Line {
  return {...line, kind: 'other', class: {kind: 'noise', noise: 'label'}, marker: null}
}

/** What parts a line's cells: `|`, a tab, or runs of two spaces or more; null for a line of one cell. */
function cellSeparator(text: string, line: Line): '|' | '\t' | '  ' | null {
  const value = text.slice(line.start, line.end)
  if (value.includes('|')) return '|'
  if (value.includes('\t')) return '\t'
  return /\S {2,}\S/.test(value) ? '  ' : null
}

/** The trimmed cells of a line (a Markdown row's outer bars opening and closing no cell). */
function splitCells(text: string, line: Line, separator: '|' | '\t' | '  '): Cell[] {
  const cells: Cell[] = []
  const pattern = separator === '|' ? /\|/g : separator === '\t' ? /\t/g : / {2,}/g
  const value = text.slice(line.start, line.end)
  let from = 0
  const push = (start: number, end: number): void => {
    let cellStart = line.start + start
    let cellEnd = line.start + end
    while (cellStart < cellEnd && isBlank(text.charCodeAt(cellStart))) cellStart++
    while (cellEnd > cellStart && isBlank(text.charCodeAt(cellEnd - 1))) cellEnd--
    cells.push({start: cellStart, end: cellEnd})
  }
  for (const match of value.matchAll(pattern)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, value.length)
  if (separator === '|') {
    if (cells.length > 0 && cells[0].start === cells[0].end && value.trimStart().startsWith('|')) cells.shift()
    if (cells.length > 0 && cells[cells.length - 1].start === cells[cells.length - 1].end && value.trimEnd().endsWith('|')) cells.pop()
  }
  return cells
}

/**
 * The item of a row of an agenda table: its heading the topic cell, its body
 * the opinion cell (read as the meeting's words: `原则同意,由X…`), the
 * reporter cell kept on the item for the reporters.
 */
function rowItem(doc: Doc, line: Line, row: AgendaRow): Item {
  // A topic cell numbered as a section (`| 一、审议… | 教务处 | … |`): the row's ordinal, out of the heading.
  const marker = matchMarker(doc.norm, row.topic.start, true)
  const numbered = marker && marker.level === 'section' && marker.end < row.topic.end ? marker : null
  const item: Item = {type: 'item', marker: numbered ? markerNode(doc, numbered) : null, heading: headingNode(doc, numbered ? numbered.end : row.topic.start, row.topic.end), children: [], position: doc.normPosition(line.start, line.end)}
  if (row.reporter) item.reporter = textOf(doc, row.reporter)
  if (row.opinion) item.children.push(paragraphNode(doc, row.opinion.start, row.opinion.end))
  if (row.outcome) item.children.push(paragraphNode(doc, row.outcome.start, row.outcome.end))
  if (row.owners.length > 0) {
    item.owners = row.owners.map(({role, cell}) => ({role, cell: textOf(doc, cell)}))
    if (row.due) item.due = textOf(doc, row.due)
  }
  return item
}

const ownerColumnLabels = new Set([...ownerLabels, ...shortOwnerLabels].map(([label]) => label))
const taskColumns = new Set(taskColumnLabels)

/**
 * A table of tasks under minutes whose matters are paragraphs
 * (`会议听取了…` over `| 序号 | 议定事项 | 责任单位 | 完成时限 |`) stands
 * where no numbered item has started, so its rows look like the `索引号 | … |`
 * rows of a page's metadata: a header row that names a task column and an
 * owner column (perhaps on a second header row, `| | | 牵头单位 | 配合单位 |`)
 * and the rows under it are content.
 */
function taskTables(doc: Doc, lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (noiseKind(line) !== 'metadata') continue
    const labels = pipeCells(doc.norm, line)
    if (!labels.some((label) => taskColumns.has(label))) continue
    let at = index + 1
    while (at < lines.length && noiseKind(lines[at] as Line) === 'metadata' && separatorRow(doc.norm, lines[at] as Line)) at++
    const next = at < lines.length && noiseKind(lines[at] as Line) === 'metadata' ? pipeCells(doc.norm, lines[at] as Line) : []
    if (![...labels, ...next].some((label) => ownerColumnLabels.has(label))) continue
    let row = index
    for (; row < lines.length; row++) {
      const each = lines[row] as Line
      if (noiseKind(each) !== 'metadata' || !doc.norm.slice(each.start, each.end).includes('|')) break
      if (!separatorRow(doc.norm, each)) lines[row] = {...each, kind: 'paragraph', class: null, marker: null}
    }
    index = row - 1
  }
}

/** The trimmed cells of a line parted by `|`. */
function pipeCells(text: string, line: Line): string[] {
  return text.slice(line.start, line.end).split('|').map((cell) => cell.trim())
}

/** Whether a line is the `| --- | --- |` row under a Markdown header. */
function separatorRow(text: string, line: Line): boolean {
  return isSeparatorRow(text.slice(line.start, line.end))
}

/**
 * The attachments listed under `附件:1.…` go on over the next lines
 * (`2.资金测算表`): short numbered names without sentence punctuation, which
 * are part of the list, not points of the last item.
 */
function attachments(doc: Doc, lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    if (noiseKind(lines[index]) !== 'attachment') continue
    // An attached list of tasks over its table (`附件:会议议定事项督办清单` over `序号→议定事项→牵头单位…`)
    // is the minutes' own matter, read as a table's title is (see `isTaskListTitle`).
    const next = lines[index + 1]
    if (next && next.class === null && isTaskListTitle(doc, lines[index] as Line, next)) {
      lines[index] = {...(lines[index] as Line), kind: 'paragraph', class: null}
      continue
    }
    // One attachment named without a number (`附件:培训计划表`) is the whole list: a numbered
    // line after it goes on with the minutes (`3、关于…`, the next item), not with the list.
    if (!opensNumberedList(doc.norm.slice(lines[index].start, lines[index].end))) continue
    // Lines taken into the list are passed over, so that each line is looked at once.
    for (index++; index < lines.length; index++) {
      const line = lines[index]
      const text = doc.norm.slice(line.start, line.end)
      if (line.kind !== 'point' || line.marker?.level !== 'arabic' || text.length > 60 || /[,。;:!?]/.test(text)) break
      lines[index] = {...line, kind: 'other', class: {kind: 'noise', noise: 'attachment'}, marker: null}
    }
    index--
  }
}

/**
 * A printed page's footnotes under their rule, as a PDF's text keeps them at the page's foot: a
 * line of dashes alone (`——————`), then notes opening with the mark a sentence above carries
 * (`…实行“双组长”负责机制①。` / `①“双组长”负责机制：由…`), up to the page number or the text's
 * end. Notes on the text, not points of it: the rule and the notes are noise.
 */
function footnotes(doc: Doc, lines: Line[]): void {
  const {norm} = doc
  for (let index = 0; index + 1 < lines.length; index++) {
    const rule = lines[index]
    if (!isRule(norm, rule.start, rule.end)) continue
    const first = lines[index + 1]
    const mark = norm.charCodeAt(first.start)
    if (mark < 0x2460 || mark > 0x2473) continue
    // The mark stands in the text above, after a word or a stop (`…机制①。`), not opening a line.
    const cited = norm.lastIndexOf(norm.charAt(first.start), rule.start)
    if (cited <= 0 || isLineEnd(norm.charCodeAt(cited - 1)) || isBlank(norm.charCodeAt(cited - 1))) continue
    // The notes end at the foot of the page: its number, or the text's end.
    let end = index + 2
    while (end < lines.length && end < index + 8 && noiseKind(lines[end]) !== 'page') end++
    if (end < lines.length && noiseKind(lines[end]) !== 'page') continue
    for (let at = index; at < end; at++) lines[at] = {...lines[at], kind: 'other', class: {kind: 'noise', noise: 'note'}, marker: null}
    index = end
  }
}

/** Whether a line is a rule of dashes alone (a page's footnote rule, `——————`, `-----`). */
function isRule(norm: string, start: number, end: number): boolean {
  if (end - start < 4) return false
  for (let at = start; at < end; at++) {
    const code = norm.charCodeAt(at)
    if (code !== 0x2014 && code !== 0x2d && code !== 0x5f && code !== 0x2015) return false
  }
  return true
}

/**
 * The links a web page lists below the article, under `相关信息`,
 * `推荐阅读` …: titles of other pages, one a line (`XX县政府第6次常务会议纪要`,
 * `关于做好春耕生产工作的通知 2024-03-01`), which are page chrome, not
 * minutes. The block runs while lines read as titles: short, no sentence
 * ending in them.
 */
function relatedLinks(doc: Doc, lines: Line[]): void {
  let content = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const text = doc.norm.slice(line.start, line.end)
    // A bulleted, dated link outside any block (a sidebar with no heading): `· 区政府召开第11次常务会议 2024-05-27`.
    if (datedLink.test(text) && !/[。;!?]/.test(text)) {
      lines[index] = {...line, kind: 'other', class: {kind: 'noise', noise: 'label'}, marker: null}
      continue
    }
    // A link set off from its date by a space or a bracket, no bullet (`关于…的公示 2023-12-28`): no
    // topic or heading of minutes ends in a posting date (a signature's is noise already).
    if ((line.class === null || line.class.kind === 'title') && line.marker === null && endDatedLink.test(text) && !/[。;!?:,]/.test(text)) {
      lines[index] = {...line, kind: 'other', class: {kind: 'noise', noise: 'label'}, marker: null}
      continue
    }
    // (The article has begun at a sentence: a site's name and its menus, lines of words, come before it.)
    if (line.class === null && /[。;!?]/.test(text)) content = true
    // (Or a text browser's `References` alone over the page's links, which no class takes for chrome.)
    const dumped = line.class === null && line.marker === null && /^[A-Z][a-z]+(?: links)?$/.test(text)
    if ((noiseKind(line) !== 'label' && !dumped) || !isRelatedLinksHeading(text)) continue
    if (dumped) lines[index] = {...line, kind: 'other', class: {kind: 'noise', noise: 'label'}, marker: null}
    // A block above the article (a sidebar's `热点推荐`) runs only while its lines read as links,
    // bulleted or dated (`· 区政府召开第27次常务会议 2025-03-12`): the minutes' own title follows.
    const above = !content
    for (index++; index < lines.length; index++) {
      const next = lines[index]
      if (next.class !== null) {
        if (next.class.kind === 'noise') continue
        if (next.class.kind !== 'title') break
      }
      const text = doc.norm.slice(next.start, next.end)
      if (text.length > 60 || /[。;!?]/.test(text)) break
      if (above && !linkLine.test(text)) break
      lines[index] = {...next, kind: 'other', class: {kind: 'noise', noise: 'label'}, marker: null}
    }
    index--
  }
}

/**
 * A page that holds several minutes, each under a label of its piece (`专题会议纪要 篇1`,
 * `篇2`), as sites of model texts (范文) publish them: the first is the document; from the
 * label of a later piece on, the lines are another's, page matter here.
 */
function laterPieces(doc: Doc, lines: Line[]): void {
  const start = lines.findIndex((line) => {
    const text = doc.norm.slice(line.start, line.end)
    const piece = pieceLabel.exec(text) ?? pieceBeforeTitle.exec(text)
    const number = piece ? (piece[1] ?? piece[2]) : undefined
    return number !== undefined && number !== '1' && number !== '一'
  })
  if (start <= 0) return
  for (let index = start; index < lines.length; index++) {
    lines[index] = {...lines[index], kind: 'other', class: {kind: 'noise', noise: 'page'}, marker: null}
  }
}

/**
 * The label of one of a page's pieces, alone or after the kind of text: `篇2`, `会议纪要 篇二`,
 * `专题会议纪要范文2`, `范例二`.
 */
const pieceLabel = /^[^\s,。;:]{0,20}?\s*(?:篇|范文|范例|例文)\s*(\d{1,2}|[一二三四五六七八九十])\s*$/
/** The label of a piece before its title: `第二篇:镇党委会议纪要`, `【篇三】…纪要`, `范文2:…纪要`. */
const pieceBeforeTitle = /^[【[]?(?:第\s*(\d{1,2}|[一二三四五六七八九十])\s*篇|(?:篇|范文|范例|例文)\s*(\d{1,2}|[一二三四五六七八九十]))[】\]]?\s*[:、.]?\s*[^,。;]{0,40}纪要$/

/** A link's title, then the date it was posted (`关于…的公示 2023-12-28`, `…(2024-06-28)`). */
const endDatedLink = /^\S.{1,58}?(?:\s|[([])\d{4}[-./]\d{1,2}[-./]\d{1,2}[)\]]?$/

/** A line that reads as a link to another page: bulleted, or ending in its date (bracketed or not: `…(2024-06-28)`). */
const linkLine = /^[•·●▪◆]|\d{4}[-./]\d{1,2}[-./]\d{1,2}\)?\s*$/

/** A line that is a link to another page by both signs, bulleted and ending in its date, or led by its date in brackets (`[2025-05-27] …`, `[05-27] …`). */
const datedLink = /^(?:[•·●▪◆]\s*\S.{1,58}\s\d{4}[-./]\d{1,2}[-./]\d{1,2}|[\[【](?:\d{4}[-./])?\d{1,2}[-./]\d{1,2}[\]】]\s*\S.{1,58}?)\s*$/

/** Whether an attachment line opens a numbered list: nothing after its label, or a number (`附件:1.…`). */
function opensNumberedList(text: string): boolean {
  const rest = text.slice(text.indexOf(':') + 1).trim()
  return rest === '' || matchMarker(rest, 0, true)?.level === 'arabic'
}

/**
 * The sign-off of minutes without level-1 numbering: there no item has
 * started when the last lines are classified, so the issuing office alone on
 * its line reads as running text and the date under it as a publication
 * date. An office line that only date lines (and page chrome) follow, at the
 * end of the text, signs the minutes (and so does the date under it).
 */
function signOff(doc: Doc, lines: Line[]): void {
  let index = lines.length - 1
  // Page chrome after the sign-off (`【打印本页】`, a footer) is passed over, and stays what it is.
  while (index >= 0 && lines[index].kind === 'other' && noiseKind(lines[index]) !== null) index--
  const office = lines[index]
  if (index < 1 || index === lines.length - 1 || office.kind !== 'paragraph' || !isIssuerLine(doc.norm.slice(office.start, office.end))) return
  lines[index] = {...office, kind: 'other', class: {kind: 'noise', noise: 'signature'}, marker: null}
  for (let after = index + 1; after < lines.length; after++) {
    if (isDateNoise(lines[after])) lines[after] = {...lines[after], class: {kind: 'noise', noise: 'signature'}}
  }
}

function isDateNoise(line: Line): boolean {
  const kind = noiseKind(line)
  return kind === 'publication-date' || kind === 'signature'
}

/** The kind of a noise line, or null for any other. */
function noiseKind(line: Line): NoiseKind | null {
  return line.class?.kind === 'noise' ? line.class.noise : null
}

/** A label alone on its line that heads the agenda: `会议议题:`, `主要议程:`. */
const agendaLabel = new RegExp(`^${agendaLabelSource}\\s*:$`)
/** A paragraph that takes a matter up: `会议听取了…`, `会议还研究了…`, `会上…`. */
const matterOpening = new RegExp(`^(?:会议还?|会上,?)(?:${actionVerbs.join('|')})`)

/** A label before the matter on its line: `议题:关于…`. */
const topicLabelPattern = new RegExp(`^${agendaLabelSource}\\s*:\\s*(?=\\S)`)

/** Where the matter starts after a `议题:` label opening a paragraph line, or -1. */
function topicLabelEnd(doc: Doc, line: Line): number {
  if (line.kind !== 'paragraph') return -1
  const first = doc.norm.charCodeAt(line.start)
  // Only lines that open with the label's first characters are matched against it.
  if (first !== 0x8bae /* 议 */ && first !== 0x4f1a /* 会 */ && first !== 0x4e3b /* 主 */) return -1
  const found = topicLabelPattern.exec(doc.norm.slice(line.start, Math.min(line.end, line.start + 12)))
  return found ? line.start + found[0].length : -1
}

/** How many paragraph lines open with a `议题:` label and their matter. */
function countTopicLabels(doc: Doc, lines: Line[]): number {
  let count = 0
  for (const line of lines) if (topicLabelEnd(doc, line) !== -1) count++
  return count
}

/** A run nested under an entry of the top list (see `nestsInItem`). */
interface NestedRun {
  /** The number of the entry it stands under. */
  top: number
  /** The number of its last entry. */
  last: number
}

/**
 * Whether the point line at `index`, of the form of the top list that makes
 * the items, belongs to a run nested under the current entry: the writer
 * enumerates within a matter as the matters are enumerated (`第一,春季森林防火`
 * / `会议要求:` / `第一,要严格火源管控;` / `第二,…;` / `第三,…。` / `第二,人居环境整治`).
 * Only `第一,` lists do so (GB/T 9704 numbers levels apart). A run starts
 * again at one; it goes on in order, up to where the next entry of the top
 * list may stand: where one number would do for both, an entry that reads
 * as a matter's heading (no sentence punctuation, or `关于…`) is the top
 * list's, a sentence (`第二,要加强值班值守;`) the run's.
 */
function nestsInItem(doc: Doc, lines: Line[], index: number, form: string, nested: NestedRun | null): boolean {
  const line = lines[index]
  const marker = line?.marker
  if (form !== 'enumeration-prefixed' || !line || !marker) return false
  if (nested === null) return marker.number === 1
  if (marker.number !== nested.last + 1) return marker.number === 1
  if (marker.number !== nested.top + 1) return true
  if (doc.norm.startsWith('关于', marker.end)) return false
  for (let at = marker.end; at < line.end; at++) {
    const code = doc.norm.charCodeAt(at)
    if (code === 0x2c /* , */ || code === semicolon || code === fullStop) return true
  }
  return false
}

/**
 * Whether a point line of the top list's level is a run under the current entry told apart by
 * the mark after its number (`1.关于冬修水利` over `1、X要…` / `2、…`): it starts again at one, or
 * goes on in order, with another mark than the top list's first entry.
 */
function markedApart(doc: Doc, marker: MarkerMatch, topMark: string, nested: NestedRun | null): boolean {
  if (topMark === '' || marker.level === 'enumeration' || doc.norm.charAt(marker.markerEnd) === topMark) return false
  return marker.number === 1 || (nested !== null && marker.number === nested.last + 1)
}

/**
 * The form of a marker that may make items without level-1 numbering: its
 * level, told apart for enumerations written `第一,` (a list of matters, as
 * a level) from those written `一是` (points of a sentence).
 */
function listForm(doc: Doc, marker: MarkerMatch): string {
  if (marker.level === 'enumeration' && doc.norm.charCodeAt(marker.start) === 0x7b2c /* 第 */) return 'enumeration-prefixed'
  // `交办事项一:` numbers the matters apart from the `(一)` list a matter may hold
  // (`交办事项四:办理要求` / `(一)各责任单位要…`): a form of its own.
  return marker.level === 'subsection' && labelledMatters.at(doc.norm, marker.start) !== undefined ? 'subsection-labelled' : marker.level
}

function isLineEnd(code: number): boolean {
  return code === 10 || code === 13
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0xfeff || code === 0x0b || code === 0x0c
}

/**
 * Decide which section markers open items: those that continue the
 * sequence (with a warning where one skips or repeats). Split headings glued
 * after a `。` mid-line. Returns the lines (with the split ones) and the
 * number of items.
 */
function acceptSections(doc: Doc, lines: Line[], sink?: MessageSink): {lines: Line[]; sections: number} {
  // A new array rather than `splice` into the old one, which would make many glued headings quadratic.
  const result: Line[] = []
  let last = 0
  // The first item glued after the lead-in's colon, only where no line opens with `一、` itself
  // (else the lead previews the matters: `会议研究了以下事项:一、…;二、…。`).
  const afterColon = !lines.some((line) => line.kind === 'section' && line.marker?.number === 1)
  // Without a `一、`, a run that starts later and goes on at least twice (`三、` `四、` `五、`): the
  // items, as a copy of a page's later part or of a Word list that went on counting gives them.
  const lateStart = afterColon ? lateFirstSection(lines) : null
  // Whether a plain section (`二、会议审议事项`) came before, and the last number of a run of motions or
  // topics under it (`议案一:` … `议案三:`), which starts again at one: that run is the section's points.
  let plain = false
  let nestedTopic = 0
  for (const each of lines) {
    let line = each
    result.push(line)
    if (line.kind === 'paragraph') {
      const glued = gluedSection(doc, line.start, line, last + 1, afterColon)
      if (glued) {
        const section: Line = {start: glued.start, end: line.end, kind: 'section', class: null, marker: glued}
        line.end = glued.start
        result.push(section)
        line = section
      }
    }
    if (line.kind !== 'section' || !line.marker) continue
    if (line === lateStart) {
      warn(sink, 'skipped-ordinal', `Ordinal \`${line.marker.ordinal}\` opens the items: those before it are missing`, doc.normPosition(line.marker.start, line.marker.markerEnd))
      last = line.marker.number
      continue
    }
    const topic = topicPrefixed.test(doc.norm.slice(line.marker.start, line.marker.start + 2))
    if (topic && plain && line.marker.number === (nestedTopic === 0 && last > 0 ? 1 : nestedTopic + 1)) {
      line.kind = 'point'
      line.marker = {...line.marker, level: 'subsection'}
      nestedTopic = line.marker.number
      continue
    }
    if (!topic) {
      plain = true
      nestedTopic = 0
    }
    last = acceptSection(doc, line, last, sink)
    if (line.kind !== 'section') continue
    // A web copy that lost its line breaks runs every item on in one line (`…。二、…。三、…`).
    for (let glued = gluedSection(doc, line.start, line, last + 1, false); glued; glued = gluedSection(doc, glued.end, line, last + 1, false)) {
      const section: Line = {start: glued.start, end: line.end, kind: 'section', class: null, marker: glued}
      line.end = glued.start
      result.push(section)
      line = section
      last = glued.number
    }
  }
  let sections = 0
  for (const line of result) if (line.kind === 'section') sections++
  return {lines: sections === 0 ? gluedList(doc, result) : result, sections}
}

/** The first section line when it starts past one and the next two section lines go on from it, or null. */
function lateFirstSection(lines: Line[]): Line | null {
  const sections = lines.filter((line) => line.kind === 'section' && line.marker)
  const [first, second, third] = sections
  if (!first || !second || !third) return null
  const number = (first.marker as MarkerMatch).number
  return number > 1 && (second.marker as MarkerMatch).number === number + 1 && (third.marker as MarkerMatch).number === number + 2 ? first : null
}
/** A section marker led by the word it numbers: a board's `议案一:`, `议题二:`, `决议三:`. */
const topicPrefixed = /^(?:议案|议题|议程|决议)/

/** Levels of a list that may make the items of minutes without level-1 numbering. */
const itemListLevels = new Set<string>(['subsection', 'arabic', 'paren-arabic'])

/**
 * Minutes without level-1 numbering whose web copy runs matters on in one
 * line (`…纪要如下:(一)关于…。…(二)关于…`): the list that makes the items,
 * opening at a line start or right after the lead-in's colon (where no line
 * opens with a first entry), with each entry glued after a sentence end
 * split into a line of its own, as if it began one.
 */
function gluedList(doc: Doc, lines: Line[]): Line[] {
  const text = doc.norm
  const opensAtLineStart = lines.some((line) => line.kind === 'point' && line.marker?.number === 1 && itemListLevels.has(line.marker.level))
  const result: Line[] = []
  let last: MarkerMatch | null = null
  // Whether an entry was found glued: the copy runs entries on, also in the lines of their bodies.
  let runOn = false
  for (const line of lines) {
    let entry: Line = line
    let current: MarkerMatch
    if (last === null && line.kind === 'point' && line.marker?.number === 1 && itemListLevels.has(line.marker.level)) {
      current = line.marker
    } else if (last !== null && line.kind === 'point' && line.marker?.level === last.level && line.marker.number === last.number + 1) {
      current = line.marker
    } else if (last !== null && runOn && line.kind === 'paragraph') {
      // A line of the entry's body, in a copy that runs entries on: the next entry may be glued in it.
      current = last
    } else {
      const first = last === null && !opensAtLineStart && line.kind === 'paragraph' ? gluedFirst(doc, line) : null
      if (!first) {
        result.push(line)
        continue
      }
      result.push({...line, end: first.start})
      entry = {start: first.start, end: line.end, kind: 'point', class: null, marker: first}
      current = first
      runOn = true
    }
    // Entries glued after a sentence end of this one; an inline list of the same level in its body
    // (`会议要求:(一)…。(二)…`) runs its own sequence, which comes first.
    let inline = 0
    for (let at = entry === line && line.kind === 'paragraph' ? line.start : current.end; at < entry.end - 2; at++) {
      const code = text.charCodeAt(at)
      if (code !== fullStop && code !== colon && code !== semicolon && code !== 0x2c /* , */) continue
      const marker = matchMarker(text, at + 1, true)
      if (!marker || marker.level !== current.level || marker.end >= entry.end) continue
      if (marker.number === 1 || (inline > 0 && marker.number === inline + 1)) {
        inline = marker.number
        continue
      }
      if (code !== fullStop || marker.number !== current.number + 1) continue
      result.push({...entry, end: at + 1})
      entry = {start: marker.start, end: entry.end, kind: 'point', class: null, marker}
      current = marker
      inline = 0
      runOn = true
    }
    result.push(entry)
    last = current
  }
  return result
}

/** The first entry of a list glued right after the lead-in's colon (`…纪要如下:(一)…`), or null. */
function gluedFirst(doc: Doc, line: Line): MarkerMatch | null {
  const text = doc.norm
  for (let at = line.start; at < line.end - 2; at++) {
    if (text.charCodeAt(at) !== colon || !leadInBefore(text, at)) continue
    // (Not a list run on inline, its entries parted by `;`, the meeting going on after it in the
    // paragraph: `会议前置研究了以下事项:1.A;2.B。会议认为,…同意…`, a matter and its points.)
    if (listsInline(text, at, line.end)) return null
    const marker = matchMarker(text, at + 1, true)
    if (marker && marker.number === 1 && itemListLevels.has(marker.level) && marker.end < line.end) return marker
  }
  return null
}

/** Whether the colon at `at` is followed by a list inline (`:1.A;2.B`) and a sentence after the list's, before `end`. */
function listsInline(text: string, at: number, end: number): boolean {
  if (!inlineListAt.test(text.slice(at + 1, Math.min(end, at + 80)))) return false
  const stop = indexWithin(text, '。', at, end)
  return stop !== -1 && stop + 2 < end
}

/** A list of points inline in a sentence: `1.A;2.B`, `(1)A;(2)B`, `①A;②B`. */
const inlineListAt = /^(?:1[.、]|\(1\)|①)[^。;:]{1,60};(?:2[.、]|\(2\)|②)/

/**
 * Take a section line as a heading when its ordinal continues the sequence
 * after `last` (with a warning where it skips or repeats); otherwise make it
 * a paragraph. Returns the last ordinal taken.
 */
function acceptSection(doc: Doc, line: Line, last: number, sink?: MessageSink): number {
  const marker = line.marker as MarkerMatch
  const place = doc.normPosition(marker.start, marker.markerEnd)
  if (marker.number === last + 1) return marker.number
  if (last > 0 && marker.number > last + 1) {
    warn(sink, 'skipped-ordinal', `Ordinal \`${marker.ordinal}\` skips from ${last} to ${marker.number}`, place)
    return marker.number
  }
  if (last > 0 && marker.number === last) {
    warn(sink, 'duplicate-ordinal', `Ordinal \`${marker.ordinal}\` repeats`, place)
    return last
  }
  const reason =
    last === 0
      ? `Line starts with \`${marker.ordinal}\` but no item came before it: not taken as a heading`
      : `Line starts with \`${marker.ordinal}\` but it does not continue the sequence after ${last}: not taken as a heading`
  warn(sink, 'heading-not-taken', reason, place)
  line.kind = 'paragraph'
  line.marker = null
  return last
}

const fullStop = 0x3002 // 。

/**
 * A level-1 marker glued mid-line, from `from` on: after a sentence end
 * (`…承担责任。二、…`), or where `afterColon` allows, the first one right
 * after the lead-in's colon (`…现纪要如下:一、…`).
 */
function gluedSection(doc: Doc, from: number, line: Line, expected: number, afterColon: boolean): MarkerMatch | null {
  const text = doc.norm
  // A scan bounded by the line, not `indexOf`, which would run on to the next `。` of the document.
  for (let index = from; index < line.end - 2; index++) {
    const code = text.charCodeAt(index)
    if (code !== fullStop && !(code === colon && afterColon && expected === 1 && leadInBefore(text, index)) && !(code === closingTag && taggedAfterStop(text, index, line.start))) continue
    const marker = matchMarker(text, index + 1, true)
    if (marker && marker.level === 'section' && marker.number === expected && marker.end < line.end) return marker
  }
  return null
}

const colon = 0x3a // :
const closingTag = 0x3011 // 】

/**
 * Whether the `】` at `at` closes a bracket set between two sentences
 * (`…印发执行。【X娱乐 注册送彩金】三、…`, the insert of a hijacked mirror): the next
 * item may be glued after it as after the `。`. A short bracket only, opened right after a `。`.
 */
function taggedAfterStop(text: string, at: number, lineStart: number): boolean {
  for (let index = at - 1; index > lineStart && index >= at - 40; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x3010 /* 【 */) return text.charCodeAt(index - 1) === fullStop
    if (code === fullStop || code === closingTag) return false
  }
  return false
}
const labelledMatters = words(numberedMatterWords)

/**
 * Whether a paragraph before any matter ends by leading in to a list of
 * matters below it (`…研究了近期重点工作。现将会议督办事项纪要如下:` over
 * `督办事项一、…`): the lead, which names what the entries take up, not a
 * matter of its own. Only entries labelled as matters (`督办事项一`,
 * `交办事项一`, or an entry that names its matter, `（一）关于X事宜`; a `1.` list
 * may give the points of a matter the paragraph opens) and a lead-in that speaks of the minutes (`纪要`): a matter's
 * paragraph leads in to its points with the meeting's words (`议定如下:`).
 */
function leadsInToList(doc: Doc, line: Line, next: Line | undefined): boolean {
  const text = doc.norm
  // (Or an entry that names its matter, `（一）关于X事宜`, as a heading does.)
  if (!next || next.kind !== 'point' || next.marker?.number !== 1 || (labelledMatters.at(text, next.start) === undefined && !text.startsWith('关于', next.marker.end))) return false
  if (text.charCodeAt(line.end - 1) !== colon || !leadInBefore(text, line.end - 1)) return false
  let start = line.end - 1
  while (start > line.start && text.charCodeAt(start - 1) !== fullStop) start--
  return indexWithin(text, '纪要', start, line.end) !== -1
}

const leadInEndings = words(itemLeadInEndings)

/** Whether the colon at `at` ends a lead-in to the items: `纪要如下:`, `会议议定以下事项:`. */
function leadInBefore(text: string, at: number): boolean {
  return leadInEndings.before(text, at) !== undefined
}

function otherBlock(doc: Doc, line: Line): Block {
  const position = doc.normPosition(line.start, line.end)
  const value = doc.source.slice(position.start.offset, position.end.offset)
  const lineClass = line.class
  if (lineClass?.kind === 'noise') return {type: 'noise', kind: lineClass.noise, value, position}
  if (lineClass?.kind === 'title') return {type: 'title', value, position}
  if (lineClass?.kind === 'attendance') {
    const base = position.start.offset
    const contentStart = doc.toNorm(base + lineClass.contentStart)
    const children = []
    if (contentStart < line.end) {
      const content = doc.normPosition(contentStart, line.end)
      children.push({type: 'text' as const, value: doc.source.slice(content.start.offset, content.end.offset), position: content})
    }
    return {
      type: 'attendance',
      role: lineClass.role,
      label: doc.source.slice(base + lineClass.labelStart, base + lineClass.labelEnd),
      children,
      position
    }
  }
  return paragraphNode(doc, line.start, line.end)
}

/**
 * The end of a heading: the first `。` outside 《》, or a `:` that leads in
 * to numbered points (`研究干部人事事项:(一)同意…;(二)…`), or the line end.
 */
function headingEnd(doc: Doc, start: number, end: number): number {
  const bold = boldHeadingEnd(doc, start, end)
  if (bold !== -1) return bold
  let depth = 0
  // A note in brackets after the topic (`关于X(汇报:Y)`): its colon ends nothing.
  let note = 0
  // Where the meeting starts speaking inside the heading (`研究《…方案》会议听取了…`), if it does.
  let speaks = -1
  let comma = false
  let spaced = false
  for (let index = start; index < end; index++) {
    // Code units: `charAt` would allocate a string per ideograph.
    const code = doc.norm.charCodeAt(index)
    if (code === 0x300a) depth++ // 《
    else if (code === 0x300b) depth = Math.max(0, depth - 1) // 》
    else if (code === 0x28) note++ // (
    else if (code === 0x29) note = Math.max(0, note - 1) // )
    // `一、关于X问题,会议同意…`: a topic, then the meeting (or who presents) speaking after its first comma.
    else if (code === 0x2c /* , */ && depth === 0 && !comma) {
      if (topicBeforeComma(doc.norm, start, index, end)) return index
      comma = true
    }
    else if (code === fullStop && depth === 0) return speaks !== -1 ? speaks : (gluedPresenter(doc.norm, start, index) ?? index)
    else if (code === colon && depth === 0 && note === 0 && (leadsInToPoints(doc.norm, index + 1, end) || speaksAfterColon(doc.norm, index + 1) || withheldAfter(doc.norm, index + 1, end) || topicBeforeColon(doc.norm, start, index, end))) return index
    else if (code === 0x4f1a /* 会 */ && depth === 0 && speaks === -1 && index > start + 3 && gluedSpeech(doc.norm, index, start)) speaks = index
    // `关于X项目 项目已完成…。`: a copy that lost its line breaks keeps a space between a topic and its body.
    // (Only its first space is asked, so a line of many is not searched again at each.)
    else if (code === 0x20 && !spaced) {
      spaced = true
      if (depth === 0 && note === 0 && index > start + 3 && doc.norm.startsWith('关于', start) && indexWithin(doc.norm, '。', index, end) !== -1) return index
    }
  }
  return end
}

/** How far before a heading's start its line's bold opening is looked for. */
const boldReach = 32

/**
 * Where a heading set in bold at its line's start ends, when its body runs on after the bold on the
 * same line (`**一、关于X项目**会议听取了…`, a post copied as Markdown): at the closing `**`; or -1.
 */
function boldHeadingEnd(doc: Doc, start: number, end: number): number {
  const {source} = doc
  let lineStart = doc.toSource(start)
  // (A heading's marker, an indent and the `**` stand within a few code units of its start: a line
  // that starts further back, a text run on in one line, sets no heading in bold at its start.)
  const reach = Math.max(0, lineStart - boldReach)
  while (lineStart > reach && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13) lineStart--
  if (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13) return -1
  // (Past an indent, and past the `??` a copy through GBK left of one: see `lostIndentAt` in doc.ts.)
  while (isBlank(source.charCodeAt(lineStart)) || source.charCodeAt(lineStart) === 0x3000 || source.charCodeAt(lineStart) === 0x3f) lineStart++
  if (source.charCodeAt(lineStart) !== 0x2a || source.charCodeAt(lineStart + 1) !== 0x2a) return -1
  const close = source.indexOf('**', doc.toSource(start))
  if (close === -1) return -1
  const at = doc.toNorm(close)
  return at > start && at < end ? at : -1
}

/** What the meeting does when it speaks right after a heading: `会议听取了…`, `会议原则同意…`. */
const gluedSpeechVerbs = words(['听取', '审议', '研究', '讨论', '同意', '原则同意', '认为', '强调', '要求', '指出', '明确', '决定', '批准', '暂缓', '审定', '原则通过'])
/** What the meeting concludes or asks right after a heading: the meeting, whatever the heading ends with. */
const gluedOutcomeVerbs = words(['同意', '原则同意', '原则通过', '批准', '暂缓', '审定', '要求', '明确', '决定', '议定'])
/**
 * Last characters of a meeting's name (`常务会议`, `办公会议`, `联席会议`,
 * `全体会议`, `党委会议`, `第3次会议`, `工作会议`, `主任会议`, `代表会议`,
 * `股东会议`, `董事会议`): there `会议` is no subject (`…提交主任会议审定`).
 */
const meetingNameEnds = '务公席体委组次届长大班会作任表东事'

/**
 * Last characters of the matter a heading names (`…方案》`, `…事宜`, `…事项`,
 * `…情况`, `…计划`, `…方案`, `…办法`, `…报告`, `…意见`): after one, `会议` is
 * the meeting speaking, not the end of a meeting's name (`常务会议审议`,
 * `工作会议研究`, `专题会议研究`: so not `问题`).
 */
const matterEnds = '》宜项况划案法告见'

/**
 * Whether the meeting starts speaking at `at` (`…方案》会议听取…`): in a copy
 * that lost its line breaks, the heading line ran on into its body with
 * nothing between them. After the matter a heading names, any verb of the
 * meeting; after other words, one by which it concludes or asks
 * (`关于县城停车场建设‖会议同意…`), unless `会议` ends a meeting's name.
 * Asked only of a heading that runs on to a `。`.
 */
function gluedSpeech(text: string, at: number, start: number): boolean {
  if (text.charCodeAt(at + 1) !== 0x8bae /* 议 */) return false
  const previous = text.charAt(at - 1)
  if (matterEnds.includes(previous)) return gluedSpeechVerbs.at(text, at + 2) !== undefined
  // `关于X工作‖会议听取了…`, `关于X问题‖会议认为,…`: a verb of the meeting with `了`, or a cue and its
  // comma, after a topic on a work or a question (`问题`, not `专题`): no meeting's name goes on so.
  if (text.startsWith('关于', start) && ((previous === '作' && text.charCodeAt(at - 2) === 0x5de5 /* 工 */) || (previous === '题' && text.charCodeAt(at - 2) === 0x95ee /* 问 */))) {
    const verb = gluedSpeechVerbs.at(text, at + 2)
    if (verb !== undefined && '了,'.includes(text.charAt(at + 2 + verb.length)) && !meetingHeldWords.some((held) => indexWithin(text, held, start, at) !== -1)) return true
  }
  // `关于X准备工作‖会议决定…`: a topic on a work names no meeting held on it unless a verb holds one
  // (`关于召开全县经济工作会议…`), so `会议` and an outcome is the meeting speaking.
  // (Nor where the meeting's word is a noun the heading names, `关于落实全市经济工作会议要求的工作安排`.)
  if (previous === '作' && text.charCodeAt(at - 2) === 0x5de5 /* 工 */ && text.startsWith('关于', start)) {
    const verb = gluedOutcomeVerbs.at(text, at + 2)
    return verb !== undefined && !meetingHeldWords.some((held) => indexWithin(text, held, start, at) !== -1) && !namesNounPhrase(text, at + 2 + verb.length)
  }
  // (A heading's word, not a clause's punctuation: `…的汇报,会议同意…` is one sentence.)
  return /[\u4e00-\u9fff]/.test(previous) && !meetingNameEnds.includes(previous) && !/[一二三四五六七八九十]/.test(previous) && gluedOutcomeVerbs.at(text, at + 2) !== undefined
}

/**
 * Whether the heading from `at` to its `。` is a noun phrase: `的` right at `at`
 * (`…会议要求的…`), or the sentence ends in `的` and a noun of up to four
 * characters (`…会议确定事项的落实`).
 */
function namesNounPhrase(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 0x7684 /* 的 */) return true
  let stop = at
  while (stop < text.length && stop < at + 80 && !/[。,;:\n]/.test(text.charAt(stop))) stop++
  return text.charAt(stop) !== ',' && /的[\u4e00-\u9fff]{1,4}$/.test(text.slice(at, stop))
}

/** Verbs that hold a meeting a topic may name (`关于筹备全市工作会议…`). */
const meetingHeldWords = ['召开', '举行', '筹备', '举办', '组织', '参加', '开好']

/**
 * Where who presents a matter starts, glued after its heading in the same
 * sentence (`关于X项目申报‖实验中心、资产管理科分别汇报了…。`), or null: a
 * presenting verb before any clause break, a unit or a titled official right
 * before it, a heading's word before them (see `presenterAt`).
 */
function gluedPresenter(text: string, start: number, end: number): number | null {
  if (!text.startsWith('关于', start)) return null
  const verb = presenterAt(text, start + 4, end)
  return verb === -1 ? null : presenterStartAt(text, start, verb)
}

/**
 * Whether what stands before a colon is the topic of a matter, whatever
 * follows it (`一、关于X路改造问题:由县交通运输局负责…`): it opens with `关于`,
 * holds no clause break and ends as a heading does (`问题`, `工作`, `事项` …),
 * or the body after the colon opens with who presents it
 * (`(二)关于X细则:学生工作处处长Y介绍了…`).
 */
function topicBeforeColon(text: string, start: number, colonAt: number, end: number): boolean {
  const from = aboutTopicStart(text, start, colonAt)
  if (from === -1) return false
  const topic = text.slice(from, colonAt)
  return !/[,;。]/.test(topic) && !subtitleAfter(text, colonAt + 1, end) && (topicEndings.some((ending) => topic.endsWith(ending)) || presenterAhead(text, colonAt + 1, end))
}

const topicEndings = headingEndings.filter((ending) => ending.length > 1)
const subtitleEnds = [...topicEndings, ...subtitleEndings]

/**
 * Whether a subtitle runs from `from` to the line's end (`关于X问题:近期整治措施`): two to
 * twelve ideographs, no punctuation, ending as a heading does (see `subtitleEndings`).
 */
function subtitleAfter(text: string, from: number, end: number): boolean {
  let last = end
  while (last > from && text.charAt(last - 1) === ' ') last--
  if (last - from < 2 || last - from > 12) return false
  for (let index = from; index < last; index++) if (!isIdeograph(text.charCodeAt(index))) return false
  return subtitleEnds.some((ending) => text.endsWith(ending, last))
}

/**
 * Whether a heading's first comma ends its topic (`一、关于X问题,会议同意…`,
 * `一、关于X问题,会议经认真讨论,…`, `一、关于X事宜,县财政局汇报了…`): the topic
 * opens with `关于` and the meeting, or who presents the matter, speaks right
 * after the comma.
 */
function topicBeforeComma(text: string, start: number, commaAt: number, end: number): boolean {
  return aboutTopicStart(text, start, commaAt) !== -1 && (colonSpeakers.at(text, commaAt + 1) !== undefined || presenterAhead(text, commaAt + 1, end))
}

/**
 * Where a topic opened by `关于` starts (spaces before it skipped), if one of
 * at most 40 characters runs from `start` to `at` (a heading's colon or
 * comma); else -1.
 */
function aboutTopicStart(text: string, start: number, at: number): number {
  while (start < at && text.charAt(start) === ' ') start++
  return text.startsWith('关于', start) && at - start <= 40 ? start : -1
}

/** Whether the body after a heading's colon only says it is withheld: `四、关于人事事项:略。`. */
function withheldAfter(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 0x7565 /* 略 */ && (at + 1 >= end || text.charCodeAt(at + 1) === fullStop)
}

/** Speakers that may open a heading's body after its colon: `关于X:会议同意…`, `关于X:经研究,…`. */
const colonSpeakers = words(['会议', '会上', '经研究', '经会议'])

/**
 * Whether the meeting speaks right after a heading's colon (`一、关于X:会议听取了…`):
 * the heading ends at the colon, as at a `。`.
 */
function speaksAfterColon(text: string, at: number): boolean {
  const speaker = colonSpeakers.at(text, at)
  if (speaker === undefined) return false
  return speaker.startsWith('经') || matchCue(text, at) !== null || gluedSpeechVerbs.at(text, at + speaker.length) !== undefined
}

/** Whether the first of a list of points stands at `at`: `(一)`, `1.`, `①`, `一是` (not `一、`, a heading's). */
function leadsInToPoints(text: string, at: number, end: number): boolean {
  const marker = matchMarker(text, at, false)
  return marker !== null && marker.number === 1 && marker.level !== 'section' && marker.end < end
}

function headingNode(doc: Doc, start: number, end: number): Heading {
  let valueEnd = end
  while (valueEnd > start && ':。 \t'.includes(doc.norm.charAt(valueEnd - 1))) valueEnd--
  // (A tab after the marker too: `一、\t关于…`.)
  while (start < valueEnd && (doc.norm.charAt(start) === ' ' || doc.norm.charAt(start) === '\t')) start++
  const position = doc.normPosition(start, valueEnd)
  return {type: 'heading', value: doc.source.slice(position.start.offset, position.end.offset), position}
}

/** The verbs the meeting takes up a further matter with, after `会议还`: `会议还研究了…`. */
const furtherMatterVerbs = words(actionVerbs)

/**
 * The lines, each paragraph split before a sentence in which the meeting takes up a further
 * matter (`。会议还研究了…`, `。会议还听取了…`): in minutes whose matters are paragraphs, that
 * sentence opens the next one.
 */
function splitAtFurtherMatters(doc: Doc, lines: Line[]): Line[] {
  let result: Line[] | null = null
  for (const [index, line] of lines.entries()) {
    let start = line.start
    let at = line.kind === 'paragraph' && line.class === null ? indexWithin(doc.norm, '。会议还', line.start, line.end) : -1
    while (at !== -1) {
      const next = at + 1
      // (The sentence within this line: a match found across its end is the next line's.)
      if (next + 3 < line.end && furtherMatterVerbs.at(doc.norm, next + 3) !== undefined) {
        result ??= lines.slice(0, index)
        result.push({...line, start, end: next, further: start !== line.start})
        start = next
      }
      at = indexWithin(doc.norm, '。会议还', next, line.end)
    }
    if (result !== null) result.push(start === line.start ? line : {...line, start, further: true})
  }
  return result ?? lines
}

/** A section's number right inside a heading's brackets (`【一、关于X】` → `一、`), or null. */
function sectionInBrackets(doc: Doc, start: number, end: number): MarkerMatch | null {
  const numeral = readChineseNumeral(doc.norm, start)
  if (!numeral || numeral.end >= end || doc.norm.charAt(numeral.end) !== '、') return null
  return {level: 'section', ordinal: doc.norm.slice(start, numeral.end), number: numeral.value, start, end: numeral.end + 1, markerEnd: numeral.end}
}

/**
 * Whether a section's heading goes on in the line below (`一、关于加强X财务` / `　　　　管理工作的意见`):
 * the heading ends open, no punctuation in either, the line below short, indented deeper than the
 * heading, and ending in a heading's noun.
 */
function headingContinues(doc: Doc, line: Line, next: Line): boolean {
  if (next.kind !== 'paragraph' || next.end - next.start > 20 || line.marker === null) return false
  const heading = doc.norm.slice(line.marker.end, line.end)
  const below = doc.norm.slice(next.start, next.end)
  if (/[,。;:!?、]/.test(heading + below) || topicEndings.some((ending) => heading.endsWith(ending))) return false
  if (!topicEndings.some((ending) => below.endsWith(ending))) return false
  return indentOf(doc.norm, next.start) > indentOf(doc.norm, line.start)
}

function sectionItem(doc: Doc, line: Line): Item {
  const marker = line.marker as MarkerMatch
  return itemWithHeading(doc, line, marker)
}

function pointItem(doc: Doc, line: Line): Item {
  return itemWithHeading(doc, line, line.marker as MarkerMatch)
}

function itemWithHeading(doc: Doc, line: Line, marker: MarkerMatch): Item {
  const {heading, body} = headingAndBody(doc, marker.end, line.end)
  return {
    type: 'item',
    marker: markerNode(doc, marker),
    heading,
    children: body ? [body] : [],
    position: doc.normPosition(line.start, line.end)
  }
}

/**
 * The heading of a line from `start`, and the rest of the line, where the
 * heading runs on, as the item's first paragraph: after the `。` or `:` that
 * ends the heading, or, where the meeting speaks glued to it, from its first
 * word.
 */
/**
 * Where the heading starts on the line below a marker alone (`第一项` / `议题名称：关于X`): after a
 * label that names the topic and its colon, as an agenda table's topic column is named; else `start`.
 */
function afterTopicLabel(doc: Doc, start: number, end: number): number {
  const label = topicLabels.at(doc.norm, start)
  if (label === undefined || doc.norm.charCodeAt(start + label.length) !== colon) return start
  let at = start + label.length + 1
  while (at < end && doc.norm.charAt(at) === ' ') at++
  return at < end ? at : start
}

const topicLabels = words(agendaColumnLabels.topic)

function headingAndBody(doc: Doc, start: number, end: number): {heading: Heading; body: Paragraph | null} {
  const stop = headingEnd(doc, start, end)
  const code = doc.norm.charCodeAt(stop)
  let rest = code === fullStop || code === colon ? stop + 1 : stop
  while (rest < end && doc.norm.charAt(rest) === ' ') rest++
  return {heading: headingNode(doc, start, stop), body: rest < end ? paragraphNode(doc, rest, end) : null}
}

function paragraphItem(doc: Doc, line: Line): Item {
  return {
    type: 'item',
    marker: null,
    heading: null,
    children: [paragraphNode(doc, line.start, line.end)],
    position: doc.normPosition(line.start, line.end)
  }
}

/** A label in brackets of a kind of matters: `【审议事项】`, `【学习事项】`, `【其他事项】`; not a topic (`【人事事项】`). */
const kindOfMattersLabel = new RegExp(`^【(?:${[...actionVerbs, ...decisionLeadInWords, ...matterKindWords].join('|')})?事项】$`)

/** `其他事项:` opening a line: the other matters, one item after the numbered ones. */
const otherMattersLabel = /^(其[他它]事项)\s*:\s*/
/** `其他事项` alone on its line, with or without its colon. */
const otherMattersAlone = /^(其[他它]事项)\s*:?\s*$/

/**
 * Whether a line is the heading of a matter standing alone: `关于…(的问题)`,
 * short and without sentence punctuation, a heading in brackets
 * (`【本周工作安排】`), or the heading of a part of working minutes
 * (`本周工作安排`, lexicon partHeadingEndings).
 */
function isMatterHeading(doc: Doc, line: Line): boolean {
  const start = afterBullet(doc.norm, line.start, line.end)
  const text = doc.norm.slice(start, line.end)
  if (isBracketHeading(text)) return true
  // A topic after a web page's bullet (see `bulletedHeadings`).
  if (start > line.start && isTopic(text)) return true
  if (text.length <= 16 && partHeadingEndings.some((ending) => text.endsWith(ending)) && !/[,。;:!?\s]/.test(text)) return true
  if (/[,。;:!?]/.test(text) || text.endsWith('纪要')) return false
  return namesMatter(text)
}

const taskListTitleEndings = words(taskListTitles)
/** The label of an attachment before its title: `附件:`, `附件1:`, `附:`. */
const attachmentLabel = /^ *附(?:件[\d一二三]?)? *:/

/**
 * Whether a line is the title of a table of tasks over its header row (`会议议定事项清单`,
 * `下半年重点任务分解表` over `| 序号 | 重点任务 | 责任单位 |`): short, no punctuation.
 */
function isTaskListTitle(doc: Doc, line: Line, next: Line | undefined): boolean {
  // (A list the minutes attach, `附件:会议议定事项督办清单`, under a lead that refers to it.)
  const text = doc.norm.slice(line.start, line.end).replace(attachmentLabel, '')
  if (text.length > 24 || /[,。;:!?|\t]/.test(text) || !next || next.class !== null) return false
  if (taskListTitleEndings.before(doc.norm, line.end) === undefined) return false
  const header = doc.norm.slice(next.start, next.end)
  if (header.includes('|') || header.includes('\t')) return true
  // (Or cells parted by spaces, as a table copied with them: `序号　议定事项　责任部门　完成时限`, the genre's labels.)
  const cells = header.trim().split(/ +/)
  return cells[0] === '序号' && cells.some((cell) => taskColumns.has(cell)) && cells.some((cell) => ownerColumnLabels.has(cell))
}

/**
 * Whether a line is a bare topic set as a heading with no number (`县城区防汛排涝工作`, as a bold
 * line of a printed page), over the paragraph that takes the matter up (`会议听取了…`, `X汇报了…`,
 * `会议强调，…`): short, no punctuation, ending in a heading's noun (`工作`, `问题`, `事项` …), or
 * any phrase where the text sets two such topics or more over their paragraphs.
 */
function isTopicOverMatter(doc: Doc, line: Line, next: Line | undefined, hasLead: () => boolean, topicsOverParagraphs: () => number): boolean {
  if (line.end - line.start > 16 || !next || next.kind !== 'paragraph') return false
  const text = doc.norm.slice(line.start, line.end)
  if (!isBareTopic(text)) return false
  const takesUp = opensMatter(doc, next, false, hasLead)
  if (takesUp && topicEndings.some((ending) => text.endsWith(ending))) return true
  if (!takesUp && !meetingOrPresenter.test(doc.norm.slice(next.start, Math.min(next.end, next.start + 24)))) return false
  return topicsOverParagraphs() >= 2
}

/** A paragraph's opening that takes a matter up: the meeting speaking, or a unit presenting (`教务处汇报了`). */
const meetingOrPresenter = /^ *(?:会议|[\u4e00-\u9fff]{2,12}(?:汇报|介绍|通报|说明)了)/

/** How many short topic lines stand right over a paragraph of running text (see `isTopicOverMatter`). */
function countTopicsOverParagraphs(doc: Doc, lines: readonly Line[]): number {
  let count = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]
    const next = lines[index + 1]
    if (line.kind !== 'paragraph' || line.end - line.start > 16 || next.kind !== 'paragraph' || next.end - next.start < 20) continue
    if (isBareTopic(doc.norm.slice(line.start, line.end)) && indexWithin(doc.norm, '。', next.start, next.end) !== -1) count++
  }
  return count
}

/**
 * Whether a line is a topic with nothing before it: it opens with an ideograph, not a photo
 * caption's mark (`▲区长X讲话`) nor a post's block number (`01`).
 */
function isBareTopic(text: string): boolean {
  return /^[\u4e00-\u9fff]/.test(text) && isTopic(text)
}

/** Whether a bulleted heading's text is a topic: short, a phrase (no sentence punctuation). */
function isTopic(text: string): boolean {
  return text.length >= 2 && text.length <= 16 && !/[,。;:!?\s]/.test(text)
}

/** Whether a heading's text names a matter: `关于…`, or what the meeting did (`研究“三重一大”事项`, `部署近期重点工作`). */
function namesMatter(text: string): boolean {
  return (text.startsWith('关于') && text.length <= 40) || (text.length <= 24 && matterVerbs.some((verb) => text.startsWith(verb)))
}

const concluding = words(concludingVerbs)
// `党组会议听取了…`, `院务会研究了…`: the meeting named by its kind, as news of a body's meeting writes it
// (longest first: `党组会议` before `党组会`).
const subjectsOfMatters = ['会议还', '会议', '会上还', '会上,', '会上', ...meetingSubjectsByKind.flatMap((kind) => [kind.endsWith('会') ? kind + '议' : kind + '会议', kind])].sort(
  (a, b) => b.length - a.length
)
const matterVerbs = [...actionVerbs].sort((a, b) => b.length - a.length)
const fillers = [...matterAdverbs, '还', '并', ',']
/** What follows the verb of a paragraph that leads in to the matters: `(研究)了以下事项:`, `(审议)了如下议题。` */
const leadsInToMatters = /^了?(以下|如下)(几个|几项|[\d一二三四五六七八九十]+[个项])?(事项|议题|问题|工作|内容)?\s*[:。]?\s*$/

/**
 * The same with the outcome of them all first, `(审议)并通过以下事项:`, `(审议)并表决通过了以下议案:`: a lead-in
 * to matters numbered on lines of their own below it (run on after its colon, `…通过了以下议案:(一)《…》;(二)…`,
 * the list is what the one matter passed).
 */
const passesMatters = /^并?(?:表决)?通过了?(以下|如下)(几个|几项|[\d一二三四五六七八九十]+[个项])?(事项|议题|议案)?\s*:\s*$/

/** Whether a line ends where its source line does: nothing runs on after it (but the spaces a web copy leaves at a line's end). */
function endsSourceLine(text: string, end: number): boolean {
  while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++
  return end >= text.length || text.charAt(end) === '\n' || text.charAt(end) === '\r'
}

/**
 * Whether a paragraph opens a new matter: `会议听取了…`, `会议还研究了…`; as
 * the first paragraph after the lead, also `会议原则通过《…》`.
 */
function opensMatter(doc: Doc, line: Line, first: boolean, hasLead: () => boolean): boolean {
  const text = doc.norm
  let cursor = line.start
  // A web page's bullet before each matter: `◆会议听取了…`, `● 会议审议了…`.
  while (cursor < line.end && (labelBullets.includes(text.charAt(cursor)) || text.charAt(cursor) === ' ')) cursor++
  // A label of the kind of matter glued before it: `【学习传达】会议传达学习了…`, `【研究事项】会议研究了…`.
  let tagged = false
  if (text.charCodeAt(cursor) === 0x3010 /* 【 */) {
    const close = text.indexOf('】', cursor)
    if (close !== -1 && close < Math.min(line.end, cursor + 10)) {
      cursor = close + 1
      tagged = true
      while (cursor < line.end && text.charAt(cursor) === ' ') cursor++
    }
  }
  // The matter named first: `关于防汛工作,会议听取了…`, `针对X问题,经研究,…`.
  const topic = topicOpeners.find((opener) => text.startsWith(opener, cursor))
  if (topic) return topicFirst(text, cursor, line.end, topic.length)
  // `听取X关于…的汇报后,会议认为…`: the hearing first, the meeting after it.
  if (hearsFirst(text, cursor, line.end)) return true
  // The meeting named as a setting: `在随后召开的现场办公会上,X汇报了…` reads as `会上,X汇报了…`.
  cursor = settingEnd(text, cursor, line.end)
  // A second meeting the page reports: `当天,X还主持召开党组会议,传达学习…`.
  if ((!first || hasLead()) && convenesAnother(text, cursor, line.end)) return true
  // News-style transitions: `随后,会议听取了…`.
  const transition = matterTransitions.find((candidate) => text.startsWith(candidate, cursor))
  if (transition) cursor += transition.length + (text.charAt(cursor + transition.length) === ',' ? 1 : 0)
  const subject = subjectsOfMatters.find((candidate) => text.startsWith(candidate, cursor))
  if (!subject) return !(first && /主持|召开/.test(text.slice(line.start, Math.min(line.end, line.start + 200)))) && presentedBy(text, cursor, line.end)
  cursor += subject.length
  // The lead paragraph itself (`会议由X主持召开…`) is not a matter.
  if (first && !hasLead()) {
    const lineText = text.slice(line.start, Math.min(line.end, line.start + 200))
    if (lineText.includes('主持') || lineText.includes('召开')) return false
    // Nor is a news headline named by the meeting (`校长办公会研究部署暑期维修等工作`): a phrase, no sentence.
    if (!subject.startsWith('会') && !/[,。;:]/.test(lineText)) return false
  }
  // `【城市管理】会议同意…`: the tag names a matter of its own, whatever the meeting says of it.
  if (tagged) return true
  for (let round = 0; round < 2; round++) {
    const filler = fillers.find((candidate) => text.startsWith(candidate, cursor))
    if (filler) cursor += filler.length
  }
  const verb = matterVerbs.find((candidate) => text.startsWith(candidate, cursor))
  if (verb) {
    // Before any matter, `会议研究了以下事项:` leads in to the matters below rather than opening one.
    if (first) {
      const rest = text.slice(cursor + verb.length, Math.min(line.end, cursor + verb.length + 20))
      return !(leadsInToMatters.test(rest) || (passesMatters.test(rest) && endsSourceLine(text, line.end)))
    }
    // `会议研究决定,…` after a matter concludes it; but one that names what it
    // concluded (`会议研究确定了第X次会议的议程`) takes up a matter of its own.
    const conclusion = concluding.at(text, cursor)
    return conclusion === undefined || namesConcluded(text, cursor + conclusion.length, line.end)
  }
  // `会议还对X进行了表决`, `会议就X进行了专题研究`: the matter X, named before its verb.
  if (handlesNamedMatter(text, cursor, line.end)) return true
  // `会上,X汇报了…`: someone presents a matter in the first clause.
  if (subject.startsWith('会上') && presentsInFirstClause(text, cursor, line.end)) return true
  // `会议由X传达学习了…`: the meeting has someone present a matter, as `会议传达学习了…` does.
  if (text.charAt(cursor) === '由' && presentsInFirstClause(text, cursor, line.end)) return true
  // `会议还原则同意了以下事项:` over a list: further matters the meeting settled, a matter of their own (not a
  // lone outcome, `会议原则同意X提出的…`, which goes on with the matter in hand).
  if (subject.endsWith('还') && furtherOutcomes.test(text.slice(cursor, Math.min(line.end, cursor + 16)))) return true
  return first && openingDecisionVerbs.some((verb) => text.startsWith(verb, cursor))
}

const sameDay = words(sameDayOpeners)
/** Characters before `召开` that make it a task: `由`, `要`, `请`, `将`. */
const conveningTask = '由要请将'

/**
 * Whether a paragraph reports another meeting held the same day and what it took up:
 * `当天,贺某还主持召开省政府党组会议,传达学习…`, `同日,县政府召开党组会议,研究了…`. The first clause
 * (after a word of the day) convenes a meeting; the next opens with the matter's verb.
 */
function convenesAnother(text: string, start: number, end: number): boolean {
  const day = sameDay.at(text, start)
  if (day === undefined) return false
  const limit = Math.min(end, start + 48)
  let convened = -1
  for (let index = start + day.length; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === fullStop || code === 0x3b /* ; */) return false
    // (A task to convene one is no meeting the page reports: `会后由X召开…`, `会后X要召开…`.)
    if (convened === -1 && conveningTask.includes(text.charAt(index))) return false
    if (convened === -1 && text.startsWith('召开', index)) convened = index
    else if (code === 0x2c /* , */ && convened !== -1) {
      if (!text.startsWith('会议', index - 2) && !text.endsWith('会', index)) return false
      let cursor = index + 1
      for (let round = 0; round < 2; round++) {
        const filler = fillers.find((candidate) => text.startsWith(candidate, cursor))
        if (filler) cursor += filler.length
      }
      return matterVerbs.some((verb) => text.startsWith(verb, cursor))
    }
  }
  return false
}

/** Outcomes the meeting lists after `还`: `原则同意了以下事项:`, `审议通过了如下事项`, `同意以下事项`. */
const furtherOutcomes = /^(?:原则同意|同意|审议通过|原则通过|通过|批准)了?(?:以下|如下)(?:事项|议题|事宜)/

/**
 * Where `会上` stands in a setting that opens a paragraph, `在…会上,`
 * (`在随后召开的现场办公会上,`, `在座谈会上,`): the `会上`; else `at`.
 */
function settingEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 0x5728 /* 在 */) return at
  const limit = Math.min(end, at + 24)
  for (let index = at + 2; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2c /* , */ || code === fullStop || code === 0x3b /* ; */) return at
    if (text.startsWith('会上,', index)) return index
  }
  return at
}

/**
 * Whether what follows a concluding verb names its object with `了`
 * (`研究确定了…的议程和日程建议`, `研究同意了X的请示`): not the matter in hand
 * (`研究确定了上述…`), nor a lead-in (`研究决定了以下事项:`).
 */
function namesConcluded(text: string, at: number, end: number): boolean {
  if (text.charAt(at) !== '了') return false
  const rest = text.slice(at, Math.min(end, at + 20))
  return !backReferences.some((word) => text.startsWith(word, at + 1)) && !leadsInToMatters.test(rest) && !/^了(以下|如下)/.test(rest)
}

const matterObjectMarks = ['对', '就']
const handlingVerbs = words(['进行了', '进行', '作了', '作出了', '作出'])
const exchanges = words(matterExchanges)
const handledMatterVerbs = [...matterVerbs, ...matterVotes]
const handledMatterWords = words(handledMatterVerbs)
/**
 * Whether the meeting's clause names a matter and then handles it:
 * `对X进行了表决`, `就X进行了研究`, `对X作了部署`. Not where X points back to
 * the matter in hand (`就上述问题进行了研究`), which concludes it.
 */
function handlesNamedMatter(text: string, start: number, end: number): boolean {
  const mark = matterObjectMarks.find((candidate) => text.startsWith(candidate, start))
  if (!mark) return false
  const from = start + mark.length
  if (backReferences.some((word) => text.startsWith(word, from))) return false
  const limit = Math.min(end, from + 50)
  for (let index = from + 2; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2c /* , */ || code === fullStop || code === 0x3b /* ; */) return false
    // `会议还就X交换了意见`: the exchange itself takes the matter up.
    if (exchanges.at(text, index) !== undefined) return true
    // `会议就X问题听取了Y的汇报`, `会议就X审议了…`: the matter's own verb, done, right after it.
    const done = handledMatterWords.at(text, index)
    if (done !== undefined && text.charAt(index + done.length) === '了') return true
    const verb = handlingVerbs.at(text, index)
    if (verb === undefined) continue
    let cursor = index + verb.length
    const filler = fillers.find((candidate) => text.startsWith(candidate, cursor))
    if (filler) cursor += filler.length
    return handledMatterVerbs.some((candidate) => text.startsWith(candidate, cursor))
  }
  return false
}

const hearingFirst = words(['在听取', '听取了', '听取'])

/**
 * Whether a paragraph opens with the hearing and the meeting speaks after it:
 * `听取X关于…的汇报后,会议认为…`, `在听取…汇报后,会议…`.
 */
function hearsFirst(text: string, start: number, end: number): boolean {
  if (hearingFirst.at(text, start) === undefined) return false
  const limit = Math.min(end, start + 80)
  for (let index = start + 2; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === fullStop || code === 0x3b /* ; */) return false
    if (code === 0x2c /* , */) return text.charAt(index - 1) === '后' && topicSpeakers.some((speaker) => text.startsWith(speaker, index + 1))
  }
  return false
}

/** What may speak after a matter named first (`关于X,会议…`). */
const topicSpeakers = ['会议', '会上', '经研究', '经会议']

/**
 * Whether a paragraph names its matter first and the meeting speaks on it
 * in the next clause or sentence: `关于农村供水工程建设,会议同意…`,
 * `关于学生公寓维修。会议同意…`, `关于春耕工作。种植业股汇报了…`. The topic is short (40 characters at most)
 * and its comma or full stop stands outside 《》.
 */
function topicFirst(text: string, start: number, end: number, opener: number): boolean {
  let depth = 0
  const limit = Math.min(end, start + 40)
  // A topic of a few characters at least: not `就此,会议…`, which points back.
  for (let index = start + opener + 2; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x300a /* 《 */) depth++
    else if (code === 0x300b /* 》 */) depth = Math.max(0, depth - 1)
    // `关于X。会议同意…`: the topic a sentence of its own, the meeting speaking in the next,
    // or the one who presents it (`关于春耕工作。种植业股汇报了…`); so after a comma
    // (`关于X问题,县自然资源局汇报了…`).
    else if (depth === 0 && (code === 0x2c /* , */ || code === fullStop)) return topicSpeakers.some((speaker) => text.startsWith(speaker, index + 1)) || presentsInFirstClause(text, index + 1, end)
    else if (depth === 0 && code === colon) return false
  }
  return false
}

/** The meeting deliberating a document it names: `审议了《`, `审议并原则通过了《`. */
const deliberatedDocument = /^(?:审议|审定)(?:并[^《。,]{0,6})?了?《/

/**
 * Whether a paragraph that names its topic first answers a point of the
 * matter in hand rather than taking up one of its own: `针对X问题,会议明确…`
 * (lexicon `followUpOpeners`) under a matter opened by the meeting's verb
 * (`会议听取了…`), where the meeting concludes or asks on it (not
 * `针对X问题,会议听取了…`, a matter).
 */
function answersMatterInHand(doc: Doc, line: Line, item: Item): boolean {
  const text = doc.norm
  if (item.marker !== null || item.heading !== null || !followUpOpeners.some((opener) => text.startsWith(opener, line.start))) return false
  const opening = item.children[0]
  if (!opening) return false
  const openingStart = doc.toNorm(opening.position.start.offset)
  if (topicOpeners.some((opener) => text.startsWith(opener, openingStart))) return false
  // `会议审议了《X》`: a document deliberated raises no problem that a `就Y问题` answers (problems follow a
  // report heard), so the problem named is a matter of its own.
  const verbAt = openingStart + (subjectsOfMatters.find((subject) => text.startsWith(subject, openingStart))?.length ?? 0)
  if (deliberatedDocument.test(text.slice(verbAt, verbAt + 14))) return false
  const comma = text.indexOf(',', line.start)
  if (comma < 0 || comma > Math.min(line.end, line.start + 40)) return false
  let cursor = comma + 1
  cursor += subjectsOfMatters.find((subject) => text.startsWith(subject, cursor))?.length ?? 0
  return !matterVerbs.some((verb) => text.startsWith(verb, cursor)) || concluding.at(text, cursor) !== undefined
}

/**
 * The one matter of minutes that found none, where a paragraph of the
 * preamble goes on after its first sentence with one that opens a matter
 * (`会议听取了…`): that sentence opens the item, and the paragraphs after
 * it (the meeting speaking of it) are its body. The preamble keeps what
 * comes before.
 */
function matterInLead(doc: Doc, preamble: Preamble): Item | null {
  // Whether a title or a paragraph follows each child, in one pass from the end (asked at every
  // sentence: a slice of the rest each time made a long preamble quadratic).
  const titleAfter: boolean[] = []
  const paragraphAfter: boolean[] = []
  for (let index = preamble.children.length - 1, title = false, paragraph = false; index >= 0; index--) {
    titleAfter[index] = title
    paragraphAfter[index] = paragraph
    const type = (preamble.children[index] as Preamble['children'][number]).type
    title ||= type === 'title'
    paragraph ||= type === 'paragraph'
  }
  for (const [index, child] of preamble.children.entries()) {
    if (child.type !== 'paragraph') continue
    const {start, end} = {start: doc.toNorm(child.position.start.offset), end: doc.toNorm(child.position.end.offset)}
    for (let at = indexWithin(doc.norm, '。', start, end); at !== -1 && at < end - 1; at = indexWithin(doc.norm, '。', at + 1, end)) {
      const line: Line = {start: at + 1, end, kind: 'paragraph', class: null, marker: null}
      // (Or a sentence that leads in to what the meeting decided, run on to the end: `现场办公会议定:一是…`.)
      const decides = decidesAfter(doc, at + 1, end)
      if (!decides && !opensMatter(doc, line, false, () => true)) continue
      if (titleAfter[index] || (!decides && !paragraphAfter[index])) return null
      const rest = preamble.children.slice(index + 1)
      // The decisions on the matter the lead took up (`…召开专题会议,研究X问题。…会议议定:一是…`):
      // the item opens at the lead's clause of it, as where `会议议定:` stands on a line of its own.
      if (decides && !opensMatter(doc, line, false, () => true) && heldIn(doc, child)) {
        const led = leadMatter(doc, preamble, index)
        if (led) return led
      }
      const item = paragraphItem(doc, line)
      appendAll(item.children, rest as Array<Paragraph | Attendance | Noise>)
      preamble.children.splice(index, preamble.children.length - index, paragraphNode(doc, start, at + 1))
      return item
    }
  }
  return null
}

/** What leads in to the decisions of a news report's one matter: `会议议定:`, `现场办公会议定:`. */
const decidingLeadIns = ['议定', '明确', '决定', '确定']

/** Verbs by which the meeting speaks of a matter, opening the paragraphs after a news lead: `会议指出`, `会议要求`. */
const speakingAfterLead = [...speechVerbs, '要求']
/** Those, and the meeting deciding on the lead's matter in the paragraph after it (`会议议定:一是…`). */
const speakingOrDeciding = [...speakingAfterLead, ...decidingLeadIns]
const speakingSettings = words(speechSettings)

/**
 * The one matter of a news report that its lead names after the meeting
 * (`…召开(扩大)会议,传达学习全国两会精神,研究贯彻落实措施。`), the paragraphs
 * after it only the meeting speaking of it (`会议指出…`, `会议要求…`, or the
 * leader the lead names: `钟立华要求,…`), perhaps run on in the lead itself
 * (`…研究部署防汛工作。会议指出,…`) and followed by the lines that close a news
 * page (`副县长X、Y出席会议。`, `(责任编辑:X)`): the item opens at the lead's
 * clause of what the meeting took up. Asked only where no item was found.
 */
function agendaInLead(doc: Doc, preamble: Preamble): Item | null {
  const index = preamble.children.findIndex((child) => child.type === 'paragraph' && heldIn(doc, child))
  if (index === -1) return null
  const lead = preamble.children[index]
  const rest = preamble.children.slice(index + 1)
  const {start, end} = leadBounds(doc, lead)
  // (And the rows of a table of tasks the meeting set out: `会议明确了以下任务分工:` over `序号→工作任务→责任科室…`.)
  const rows = taskRowsIn(doc, rest)
  // (A hijacked mirror's advert between those paragraphs is passed over; and the lines under the meeting
  // speaking that ends in `:` (`会议要求:` over `◆县商务局要…`) are what it asked, as are those under a lead
  // that itself ends so: `…听取了X的汇报,…会议明确:` over `◆ 规划建设局:负责…`.)
  let ledIn = doc.norm.charAt(doc.toNorm(lead.position.end.offset) - 1) === ':'
  const speaking = (child: (typeof rest)[number], at: number) => {
    if (child.type === 'noise' && child.kind === 'advert') return true
    if (child.type !== 'paragraph') return false
    const opening = doc.toNorm(child.position.start.offset)
    // (Or leads in to what the meeting decided: `现场办公会议定:一是…`.)
    const spoken = ledIn || rows.has(at) || speaksOnLead(doc, opening, start, end) || visitsSite(doc, opening, start, end) || decidesAfter(doc, opening, doc.toNorm(child.position.end.offset))
    ledIn ||= spoken && doc.norm.charAt(doc.toNorm(child.position.end.offset) - 1) === ':'
    return spoken
  }
  let body = rest.length
  while (body > 0 && closesNewsPage(doc, rest[body - 1])) body--
  // (Only the meeting speaking after the lead: a page's menu or other lines between make no matter of it.)
  if ((body === 0 && !speaksInLead(doc, lead)) || !rest.slice(0, body).every(speaking)) return null
  return leadMatter(doc, preamble, index)
}

/** Whether the meeting speaks in a lead after the sentence that convenes it (`…召开…会议,研究X。会议要求,…`). */
function speaksInLead(doc: Doc, lead: {position: Position}): boolean {
  const {start, end, stop} = leadBounds(doc, lead)
  for (let at = stop; at !== -1 && at < end - 1; at = doc.norm.indexOf('。', at + 1)) if (speaksOnLead(doc, at + 1, start, end)) return true
  return false
}

/**
 * The indexes of the children that are a table of tasks: a header row whose
 * cells (parted by tabs or `|`) name a task column and an owner column, and
 * the rows parted the same way under it.
 */
function taskRowsIn(doc: Doc, children: Preamble['children']): Set<number> {
  const rows = new Set<number>()
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Preamble['children'][number]
    if (child.type !== 'paragraph') continue
    const text = doc.norm.slice(doc.toNorm(child.position.start.offset), doc.toNorm(child.position.end.offset))
    const parting = text.includes('\t') ? '\t' : text.includes('|') ? '|' : ''
    if (parting === '') continue
    const cells = text.split(parting).map((cell) => cell.trim())
    if (!cells.some((cell) => taskColumns.has(cell)) || !cells.some((cell) => ownerColumnLabels.has(cell))) continue
    rows.add(index)
    while (index + 1 < children.length) {
      const next = children[index + 1] as Preamble['children'][number]
      if (next.type !== 'paragraph' || !doc.source.slice(next.position.start.offset, next.position.end.offset).includes(parting)) break
      rows.add(++index)
    }
  }
  return rows
}

/**
 * The one matter a lead takes up and decides on, the list below it what was
 * decided (`…召开县长办公会议,听取X关于Y的汇报,研究相关问题。会议议定:` over
 * `(一)原则同意…方案`): an item opening at the lead's clause of what the meeting
 * took up, whose points the list gives; null where the lead-in is to the minutes
 * (`纪要如下:`) or the first entry names a matter (`(一)关于用地问题。…`).
 */
function decidedInLead(doc: Doc, preamble: Preamble, first: Line): Item | null {
  const index = preamble.children.length - 1
  const lead = preamble.children[index]
  if (!lead || lead.type !== 'paragraph' || !heldIn(doc, lead)) return null
  const end = doc.toNorm(lead.position.end.offset)
  if (doc.norm.charAt(end - 1) !== ':') return null
  const sentence = Math.max(doc.norm.lastIndexOf('。', end), doc.norm.lastIndexOf(',', end - 2)) + 1
  if (!decidesAfter(doc, sentence, end + 1)) return null
  // An entry that names a matter (`关于…`, a short phrase to its `。` or its line's end:
  // `征地拆迁方面。`, `议定事项一:景区交通组织`) is an item.
  const marker = first.marker as MarkerMatch
  const stop = indexWithin(doc.norm, '。', marker.end, first.end)
  const phrase = doc.norm.slice(marker.end, stop === -1 ? first.end : stop).trim()
  if (labelledMatters.at(doc.norm, first.start) !== undefined || topicOpeners.some((word) => phrase.startsWith(word)) || (phrase.length <= 16 && !/[,;:]/.test(phrase))) return null
  // A lead that names several matters (`研究A、B等工作`): the entries below are the matters.
  if (/、[^,。;:]{1,40}等(?:工作|事项|问题|议题)/.test(doc.norm.slice(doc.toNorm(lead.position.start.offset), end))) return null
  return leadMatter(doc, preamble, index)
}

/**
 * A lead paragraph's normalized bounds, where it says `召开`, and the end of
 * that sentence (`。`, or -1).
 */
function leadBounds(doc: Doc, lead: {position: Position}): {start: number; end: number; convened: number; stop: number} {
  const start = doc.toNorm(lead.position.start.offset)
  const end = doc.toNorm(lead.position.end.offset)
  let convened = doc.norm.indexOf('召开', start)
  // (A lead that convenes nothing holds its on-site office there: `…带队到Y片区开展现场办公,`.)
  if (convened === -1 || convened >= end) convened = indexWithin(doc.norm, onSiteOffice, start, end) === -1 ? convened : indexWithin(doc.norm, onSiteOffice, start, end)
  return {start, end, convened, stop: doc.norm.indexOf('。', convened)}
}

/**
 * Split the lead at `index` of the preamble at its clause of what the meeting took up after
 * `召开…` (`…,听取X的汇报`): the preamble keeps what is before, an item opens there with
 * the paragraphs after the lead; null where no such clause follows in its first sentence.
 */
function leadMatter(doc: Doc, preamble: Preamble, index: number): Item | null {
  const lead = preamble.children[index]
  const rest = preamble.children.slice(index + 1)
  const {start, end, convened, stop} = leadBounds(doc, lead)
  for (let at = doc.norm.indexOf(',', convened); at !== -1 && at < stop; at = doc.norm.indexOf(',', at + 1)) {
    // (`专题研究部署…`: an adverb before the verb.)
    const verbAt = at + 1 + (matterAdverbs.find((adverb) => doc.norm.startsWith(adverb, at + 1))?.length ?? 0)
    if (!actionVerbs.some((verb) => doc.norm.startsWith(verb, verbAt))) continue
    const item = paragraphItem(doc, {start: at + 1, end, kind: 'paragraph', class: null, marker: null})
    appendAll(item.children, rest as Array<Paragraph | Attendance | Noise>)
    preamble.children.splice(index, preamble.children.length - index, paragraphNode(doc, start, at + 1))
    return item
  }
  // A work meeting whose matter is its name (`…召开全县防汛工作会议。会议要求,…`, `…,全市防汛工作会议在X召开。`):
  // the item opens at the name.
  const named = convened === -1 ? -1 : workMeetingName(doc.norm, convened + 2, end) ? convened + 2 : workMeetingBefore(doc.norm, start, convened)
  if (named !== -1) {
    const item = paragraphItem(doc, {start: named, end, kind: 'paragraph', class: null, marker: null})
    appendAll(item.children, rest as Array<Paragraph | Attendance | Noise>)
    preamble.children.splice(index, preamble.children.length - index, paragraphNode(doc, start, named))
    return item
  }
  // An on-site office in the lead's first sentence (`…带队到Y片区开展重点项目现场办公,逐一察看…`, also before
  // a forum it convenes, `…到高新区现场办公,…召开座谈会研究…`): the item opens at the verb that takes the
  // office up (`开展`), or at the office where only the leader's going is before it (`到Y现场办公`: where
  // the leader went stays with the leader, in the lead).
  const site = indexWithin(doc.norm, onSiteOffice, start, stop === -1 ? end : stop)
  const clause = Math.max(start, doc.norm.lastIndexOf(',', site) + 1)
  // (Not the name of a meeting convened, `…到高新区召开现场办公会,…`: its matter is what follows.)
  if (site !== -1 && indexWithin(doc.norm, '召开', clause, site) === -1) {
    let verbAt = -1
    for (const verb of onSiteVerbs) {
      const found = doc.norm.lastIndexOf(verb, site - 1)
      if (found >= clause && (verbAt === -1 || found > verbAt)) verbAt = found
    }
    if (verbAt !== -1 && !onSiteTakingUp.some((verb) => doc.norm.startsWith(verb, verbAt))) verbAt = site
    if (verbAt !== -1) {
      const item = paragraphItem(doc, {start: verbAt, end, kind: 'paragraph', class: null, marker: null})
      appendAll(item.children, rest as Array<Paragraph | Attendance | Noise>)
      preamble.children.splice(index, preamble.children.length - index, paragraphNode(doc, start, verbAt))
      return item
    }
  }
  return null
}

/**
 * Whether the name of a meeting at `start` (to its clause's end, before `end`) is a work meeting's,
 * the work its matter (`全县防汛工作会议`, `秋冬季森林防火工作推进会`; see `workMeetingEndings`); not
 * a body's own meeting (`常务会议`, `党组会议`), which names no matter.
 */
function workMeetingName(norm: string, start: number, end: number): boolean {
  let stop = start
  while (stop < end && stop - start <= 40 && !',。;:'.includes(norm.charAt(stop))) stop++
  return isWorkMeeting(norm.slice(start, stop))
}

/** Whether a name is a work meeting's (see `workMeetingName`): `…工作…会(议)`, `…推进会`. */
function isWorkMeeting(name: string): boolean {
  const ending = workMeetingEndings.find((word) => name.endsWith(word))
  // (`乡村振兴现场办公会`: the office held on the spot is no body's own `办公会`; its work is what
  // stands before it, more than a leader's title, `县长现场办公会议`.)
  if (ending !== undefined && ending.startsWith(onSiteOffice)) {
    const work = name.slice(0, -ending.length)
    return work.length >= 4 && !bodyMeetingWords.some((word) => work.includes(word))
  }
  if (bodyMeetingWords.some((word) => name.includes(word))) return false
  if (ending !== undefined) return name.length - ending.length >= 2
  const work = name.indexOf('工作')
  return work >= 2 && /会议?$/.test(name)
}

/**
 * Where a work meeting's name starts that is the subject of `召开` at `convened`, after the
 * clause's start (`5月15日,全市防汛工作会议在市行政中心召开`), a place perhaps between; or -1.
 */
function workMeetingBefore(norm: string, start: number, convened: number): number {
  const from = Math.max(start, norm.lastIndexOf(',', convened) + 1, norm.lastIndexOf('。', convened) + 1)
  const clause = norm.slice(from, convened)
  const place = clause.lastIndexOf('在')
  const name = place > 0 ? clause.slice(0, place) : clause
  return isWorkMeeting(name.trim()) ? from + (name.length - name.trimStart().length) : -1
}

/**
 * Whether the preamble ends in the meeting speaking, leading in with a colon: `会议强调:`; or
 * the leader the lead names, on a line of its own (`谭志勇要求:`).
 */
function speakingLeadIn(doc: Doc, preamble: Preamble): boolean {
  const last = preamble.children[preamble.children.length - 1]
  if (!last || last.type !== 'paragraph') return false
  const start = doc.toNorm(last.position.start.offset)
  const end = doc.toNorm(last.position.end.offset)
  if (doc.norm.charAt(end - 1) !== ':') return false
  const sentence = Math.max(doc.norm.lastIndexOf('。', end - 1) + 1, start)
  if (doc.norm.startsWith('会议', sentence)) return speakingAfterLead.some((verb) => doc.norm.startsWith(verb, sentence + 2))
  const lead = preamble.children.find((child) => child !== last && child.type === 'paragraph' && heldIn(doc, child))
  if (sentence !== start || end - start > 8 || !lead) return false
  const bounds = leadBounds(doc, lead)
  return speaksOnLead(doc, start, bounds.start, bounds.end)
}

/**
 * Whether the sentence at `at` is the meeting speaking (`会议指出`, `会议要求`),
 * or a person the lead (`start`–`end`) names (`钟立华要求`, `钟立华同志强调`).
 */
function speaksOnLead(doc: Doc, at: number, start: number, end: number): boolean {
  const text = doc.norm
  const verbAt = (from: number) => {
    const verb = from + (speakingSettings.at(text, from)?.length ?? 0)
    return speakingOrDeciding.some((each) => text.startsWith(each, verb))
  }
  if (text.startsWith('会议', at) && verbAt(at + 2)) return true
  for (let length = 2; length <= 4; length++) {
    const name = text.slice(at, at + length)
    if (![...name].every((character) => isIdeograph(character.charCodeAt(0)))) return false
    const after = at + length + (text.startsWith('同志', at + length) ? 2 : 0)
    if (verbAt(after) && text.slice(start, Math.min(at, end)).includes(name)) return true
  }
  return false
}

/**
 * Whether the paragraph at `at` is one stop of a leader's visit that the lead (`start`–`end`)
 * names: a place or a word of sequence, then that leader (`在X项目现场,胡某详细询问了…`, `在X公司,胡某…`,
 * `随后,胡某一行来到…`), as news of an on-site office (`现场办公`) goes from site to site.
 */
function visitsSite(doc: Doc, at: number, start: number, end: number): boolean {
  const text = doc.norm
  const lead = text.slice(start, end)
  // (The leader as the lead names one: before where the leader went or whom the leader led, `胡某带队到…`.)
  const leads = (name: string): boolean => convenerFollowers.some((word) => lead.includes(name + word))
  const named = (from: number, after?: string): boolean => {
    for (let length = 4; length >= 2; length--) {
      const name = text.slice(from, from + length)
      if ([...name].every((character) => isIdeograph(character.charCodeAt(0))) && leads(name) && (after === undefined || text.startsWith(after, from + length))) return true
    }
    return false
  }
  // (`尹某一行先后来到A、B和C。`: the leader's party going on to the sites.)
  if (named(at, siteParty)) return true
  const comma = text.indexOf(',', at)
  if (comma === -1 || comma - at > 40) return false
  const setting = text.slice(at, comma)
  // (`在X项目现场,`, `在X公司,`, `来到X工地,`: any place the leader is at, since the leader the lead names must follow.)
  // (And the forum the office holds there, named before `会上`: `现场办公会上,`, `座谈会上,`.)
  const forum = setting.length <= 8 && setting.endsWith('会上')
  if (!forum && !siteVisitSequence.includes(setting) && !sitePlaceOpeners.some((word) => setting.startsWith(word))) return false
  if (named(comma + 1)) return true
  // (Or after what the leader takes up there: `在X公司,针对企业反映的用工问题,胡某要求…`.)
  const next = text.indexOf(',', comma + 1)
  return next !== -1 && next - comma <= 40 && indexWithin(text, '。', comma + 1, next) === -1 && named(next + 1)
}

/** Whether a line closes a news page after the meeting spoke: noise, an attendance block or sentence (`副县长X、Y出席会议。`). */
function closesNewsPage(doc: Doc, child: Preamble['children'][number]): boolean {
  if (child.type === 'noise' || child.type === 'attendance') return true
  return child.type === 'paragraph' && isAttendanceSentence(doc.norm.slice(doc.toNorm(child.position.start.offset), doc.toNorm(child.position.end.offset)))
}

/** Whether a paragraph holds a meeting (`…召开…会议`) in its first sentence. */
function heldIn(doc: Doc, paragraph: Paragraph | Preamble['children'][number]): boolean {
  const start = doc.toNorm(paragraph.position.start.offset)
  const end = doc.toNorm(paragraph.position.end.offset)
  // (Looked for inside the paragraph: a text of many paragraphs asks this of each. A paragraph
  // with no full stop has its first sentence run to a stop after it, if the text has one.)
  const stopped = indexWithin(doc.norm, '。', start, end)
  let stop = stopped
  if (stop === -1) {
    if (lastStop(doc) < end) return false
    stop = end
  }
  // (Or a leader's on-site office, in news that convenes nothing: `区长X带队到Y片区开展现场办公,…。`;
  // a sentence, not the headline above it.)
  return indexWithin(doc.norm, '召开', start, stop) !== -1 || (stopped !== -1 && indexWithin(doc.norm, onSiteOffice, start, stop) !== -1)
}

const lastStops = new WeakMap<Doc, number>()

/** The offset of a text's last full stop, or -1 (looked for once per text). */
function lastStop(doc: Doc): number {
  let found = lastStops.get(doc)
  if (found === undefined) {
    found = doc.norm.lastIndexOf('。')
    lastStops.set(doc, found)
  }
  return found
}

/**
 * Whether a line that opens with `一是` (`一要`, `第一`) writes its next one
 * inline after a stop (`一是…;二是…`): the line is a paragraph of inline
 * points, not the first point of a list.
 */
function enumeratesOn(norm: string, start: number, markerEnd: number, end: number): boolean {
  const written = norm.slice(start, markerEnd).replace(/[,:、\s]+$/, '')
  if (!written.startsWith('一') && !written.startsWith('第一')) return false
  const next = written.replace('一', '二')
  for (let at = norm.indexOf(next, markerEnd); at !== -1 && at < end; at = norm.indexOf(next, at + 1)) {
    if (';。,'.includes(norm.charAt(at - 1))) return true
  }
  return false
}


/**
 * Whether the sentence at `start` leads in, within its first 16 characters, to
 * what the meeting decided, the points after its colon (`现场办公会议定:一是…`).
 */
function decidesAfter(doc: Doc, start: number, end: number): boolean {
  const colonAt = doc.norm.indexOf(':', start)
  if (colonAt === -1 || colonAt - start > 16 || colonAt + 1 >= end) return false
  const before = doc.norm.slice(start, colonAt).replace(/(?:如下|以下事项)$/, '')
  const word = decidingLeadIns.find((each) => before.endsWith(each))
  // The meeting before its verb: `会议`, `会上`, or a meeting's kind ending in 会 (`现场办公会`).
  return word !== undefined && /会[议上]?$/.test(before.slice(0, -word.length))
}

/** Whether the last paragraph of the preamble leads in to the items: `…纪要如下:`. */
function endsInLeadIn(doc: Doc, preamble: Preamble): boolean {
  const last = preamble.children[preamble.children.length - 1]
  if (!last || last.type !== 'paragraph') return false
  const end = doc.toNorm(last.position.end.offset)
  if (doc.norm.charAt(end - 1) !== ':') return false
  const sentenceStart = Math.max(doc.norm.lastIndexOf('。', end), doc.norm.lastIndexOf(',', end), doc.toNorm(last.position.start.offset))
  const sentence = doc.norm.slice(sentenceStart, end)
  return sentence.includes('如下') && leadInOpeners.some((opener) => sentence.includes(opener))
}

/** Whether the clause at `start` has a presenting verb (`汇报`, `通报` …) within its first 30 characters. */
function presentsInFirstClause(text: string, start: number, end: number): boolean {
  let stop = start
  // (Room for a matter named before the verb: `会上,X、Y分别就A和B作了汇报`.)
  const limit = Math.min(end, start + 60)
  while (stop < limit && !',。;'.includes(text.charAt(stop))) stop++
  const clause = text.slice(start, stop)
  return presentingVerbs.some((verb) => clause.includes(verb))
}

const ownerAndDueLabels = words([...ownerLabels.map(([label]) => label), ...deadlineLabels])

/**
 * Whether a line opens with an owner or deadline label (`责任部门:…`, `完成时间:…`):
 * such a line under the points of a matter names who answers for the matter, not
 * a continuation of the last point.
 */
function opensWithLabel(text: string, start: number): boolean {
  const label = ownerAndDueLabels.at(text, start)
  return label !== undefined && text.charAt(start + label.length) === ':'
}

/** Add a line-start point to the open lists of an item; false when it continues nothing. */
function addPoint(doc: Doc, item: Item, frames: Frame[], line: Line, sink?: MessageSink): boolean {
  const marker = line.marker as MarkerMatch
  const paragraph = paragraphNode(doc, marker.end, line.end)
  const point: ListItem = {
    type: 'point',
    marker: markerNode(doc, marker),
    children: paragraph.children,
    position: doc.normPosition(line.start, line.end)
  }

  // Continue an open list of the same level.
  for (let depth = frames.length - 1; depth >= 0; depth--) {
    const frame = frames[depth]
    if (frame.list.level !== marker.level) continue
    const last = frame.last.marker.number
    if (marker.number === last + 1 || marker.number > last + 1 || marker.number === last) {
      if (marker.number > last + 1) {
        warn(sink, 'skipped-ordinal', `Ordinal \`${marker.ordinal}\` skips from ${last} to ${marker.number}`, point.marker.position)
      } else if (marker.number === last) {
        warn(sink, 'duplicate-ordinal', `Ordinal \`${marker.ordinal}\` repeats`, point.marker.position)
      }
      frames.length = depth + 1
      frame.list.children.push(point)
      frame.last = point
      for (const open of frames) {
        open.list.position = span(open.list.position, point.position)
        if (open !== frame) open.last.position = span(open.last.position, point.position)
      }
      return true
    }
    break
  }

  // (`督办事项2:` under the second matter: supervision entries are numbered through the document.)
  if (marker.number !== 1 && !(frames.length === 0 && (resumesList(item, marker) || labelledMatters.at(doc.norm, marker.start) !== undefined))) return false
  // `(二)听取X的汇报` / `会议要求:` / `1.…`: a deeper list after paragraphs under a point, the last
  // leading in to it, goes on that point with them, so that `(三)` goes on its list.
  if (marker.number === 1 && frames.length === 0) reopenPoint(doc, item, frames, marker)
  const list: List = {type: 'list', level: marker.level, inline: false, children: [point], position: point.position}
  // Nest under the innermost open point of a shallower level, or under one that leads in with
  // `:` to a list of a level no open list has (`3.会议要求:` over `(一)…`): writers mix levels.
  const innermost = frames[frames.length - 1]
  const leadsIn =
    innermost !== undefined &&
    doc.norm.charAt(doc.toNorm(innermost.last.position.end.offset) - 1) === ':' &&
    frames.every((frame) => frame.list.level !== marker.level)
  while (!leadsIn && frames.length > 0 && levelDepth[frames[frames.length - 1].list.level] >= levelDepth[marker.level]) frames.pop()
  const parent = frames[frames.length - 1]
  if (parent) {
    parent.last.children.push(list)
    for (const open of frames) {
      open.last.position = span(open.last.position, point.position)
      open.list.position = span(open.list.position, point.position)
    }
  } else {
    item.children.push(list)
  }
  frames.push({list, last: point})
  return true
}

/**
 * Where the item ends in a list whose last point is a heading and paragraphs after it, the
 * last leading in with `:` to a list one level deeper or more than that list's (`(二)听取X的汇报` /
 * `会议指出…会议要求:` / `1.…`): move the paragraphs into the list's last point and open its frame again.
 */
function reopenPoint(doc: Doc, item: Item, frames: Frame[], marker: MarkerMatch): void {
  let index = item.children.length - 1
  while (index >= 0 && item.children[index].type === 'paragraph') index--
  const list = item.children[index]
  const last = item.children[item.children.length - 1]
  if (!list || list.type !== 'list' || list.inline || index === item.children.length - 1 || levelDepth[list.level] >= levelDepth[marker.level]) return
  if (!last.position || doc.norm.charAt(doc.toNorm(last.position.end.offset) - 1) !== ':') return
  const point = list.children[list.children.length - 1]
  // (Only under a point that heads a matter of its own, `(二)听取X的汇报`, not one that decides, `(二)由X牵头…。`.)
  if (!point.position || '。;!?'.includes(doc.norm.charAt(doc.toNorm(point.position.end.offset) - 1))) return
  for (const paragraph of item.children.splice(index + 1)) {
    appendAll(point.children, (paragraph as Paragraph).children)
    point.position = span(point.position, paragraph.position)
    list.position = span(list.position, paragraph.position)
  }
  frames.push({list, last: point})
}

/**
 * Whether a marker takes up the item's list again after paragraphs that the
 * meeting spoke in closed it (`(一)《…办法》` / `会议同意…` / `(二)《…》`): the
 * item's last list, with only paragraphs after it, is of its level and ends
 * at the number before.
 */
function resumesList(item: Item, marker: MarkerMatch): boolean {
  for (let index = item.children.length - 1; index >= 0; index--) {
    const child = item.children[index]
    if (child.type === 'paragraph') continue
    if (child.type !== 'list' || child.inline || child.level !== marker.level) return false
    return child.children[child.children.length - 1].marker.number === marker.number - 1
  }
  return false
}

/** Add a line to the innermost open point, stretching the open lists and points over it. */
function continuePoint(doc: Doc, frames: Frame[], line: Line): void {
  const paragraph = paragraphNode(doc, line.start, line.end)
  appendAll(frames[frames.length - 1].last.children, paragraph.children)
  for (const open of frames) {
    open.last.position = span(open.last.position, paragraph.position)
    open.list.position = span(open.list.position, paragraph.position)
  }
}

/**
 * Whether the next line after page numbers and attachment lines is a point
 * of an open list's level: the list goes on over them.
 */
function listGoesOn(lines: Line[], index: number, frames: Frame[]): boolean {
  if (frames.length === 0) return false
  let next = index + 1
  while (next < lines.length && (noiseKind(lines[next]) === 'page' || noiseKind(lines[next]) === 'attachment' || runningHeader(lines[next]) || issuerHeader(lines, next))) next++
  const line = lines[next]
  return line !== undefined && line.kind === 'point' && line.marker !== null && frames.some((frame) => frame.list.level === line.marker?.level)
}

/**
 * Whether a line is a title inside the body: a PDF page's running header
 * (`XX县人民政府常务会议纪要` again under `第 1 页 共 2 页`), left out where the
 * list it falls in goes on after it.
 */
function runningHeader(line: Line): boolean {
  return line.class?.kind === 'title'
}

/**
 * Whether a line is the issuing office a PDF repeats at the head of a page,
 * right under the page number that ends the page before (`第 1 页 共 2 页` /
 * `X大学委员会办公室`), left out where the list it falls in goes on after it.
 */
function issuerHeader(lines: Line[], index: number): boolean {
  return noiseKind(lines[index]) === 'signature' && index > 0 && noiseKind(lines[index - 1]) === 'page'
}

/** Attendance, noise and signature lines after the last item's content form the closing. */
function takeClosing(items: Item[]): Closing | null {
  const last = items[items.length - 1]
  if (!last) return null
  let index = last.children.length
  while (index > 0) {
    const child = last.children[index - 1]
    if (child.type !== 'attendance' && child.type !== 'noise') break
    // Lines between a marker alone on its line and the heading found below them
    // (`一、` / `请假:…` / `关于…`) stay in the item that the heading ends.
    if (last.heading && child.position.start.offset < last.heading.position.start.offset) break
    index--
  }
  if (index === last.children.length) return null
  const children = last.children.splice(index) as Array<Attendance | Noise>
  // The item now ends where its own content ends (span() could only widen it).
  const lastContent = last.children[last.children.length - 1]
  if (lastContent) last.position = {start: last.position.start, end: lastContent.position.end}
  else if (last.heading) last.position = {start: last.position.start, end: last.heading.position.end}
  return {type: 'closing', children, position: span(children[0].position, children[children.length - 1].position)}
}

/** The words of a page's controls and a post's footer, which a line of them only is made of (`1 2 下一页 尾页`). */
const closingChromeWords = new Set(closingChromeTokens)

function checkTruncated(doc: Doc, lines: Line[], sink?: MessageSink): void {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]
    if (line.kind === 'other') continue
    const last = doc.norm.charAt(line.end - 1)
    // A row of a table (`| 3 | … | 8月31日前 |`, cells parted by tabs) ends no sentence.
    const row = last === '|' || doc.norm.lastIndexOf('\t', line.end) > line.start
    if (!'。!?;:)”」》…'.includes(last) && line.kind !== 'section' && !row && !closesWhole(doc.norm.slice(line.start, line.end).trim())) {
      warn(sink, 'truncated', 'The text stops mid-sentence: the document may be cut off', doc.normPosition(line.end - 1, line.end))
    }
    return
  }
}

/**
 * Whether a last line that ends without a sentence's punctuation still ends
 * whole: a row laid out with runs of spaces (`3　学校食堂设备采购　区教育局　10个工作日内`),
 * a page's closing chrome (`- END -`, `阅读 2156 在看 18`), a unit signing alone (`县委改革办`),
 * the units whose people attended (`…负责同志`), or a label line whose value ends as
 * its kind does (`完成时限:8月15日前`, `责任单位:市财政局`, `审核:X`); not a label's value
 * cut short (`表决结果:9票同意,0票反对,0票弃`, `完成时限:7月`).
 */
function closesWhole(text: string): boolean {
  if ((text.match(/\S[ \u3000]{2,}(?=\S)/g)?.length ?? 0) >= 2) return true
  // (A counter after the word: `在看 18`; dashes around it: `—— END ——`.)
  const chrome = text.replace(/[\s\d\-—–=~·*]+$/, '')
  if (closingChrome.some((word) => chrome.endsWith(word))) return true
  // A photo's caption (`▲会议现场`), a bracket closed (`【篇二】`), a table's row with bars inside
  // (`关于X | 县应急管理局 | 同意`; not a Markdown row that lost its closing bar, `| 3 | X | 7月`), or a line of page controls only (`1 2 下一页 尾页`, `【分享到】微信 微博`).
  if (/^[▲△]/.test(text) || text.endsWith('】') || (!text.startsWith('|') && (text.match(/ \| /g)?.length ?? 0) >= 2)) return true
  if (text.split(/[\s【】:|]+/).every((part) => part === '' || /^\d+$/.test(part) || closingChromeWords.has(part))) return true
  // Names, titles and units laid out with spaces, no sentence (`陈某 市政府副秘书长`, `市教育局局长 薛某`,
  // `A B C D`, `内部资料 注意保存`), or a byline (`区融媒体中心记者`).
  // (Not a line spaced out letter by letter, `会 议 要 求 各`, which a scan gives a cut sentence too.)
  if (/^[\u3400-\u9fff]+(?: +[\u3400-\u9fff]+)+$/.test(text) && text.length <= 40 && !/(?:^|\s)\S \S \S(?:\s|$)/.test(text)) return true
  // A numbered row with its cells parted by one space each (`2 兑现奖补资金 财政局 10月15日前`).
  if (/^\d{1,3} +\S+(?: +\S+){2,}$/.test(text) && !/[,。;]/.test(text)) return true
  // Labels one after another (`牵头单位:X 配合单位:Y 完成时限:Z`, `文字:A 编辑:B 审核:C`, `承办部门:X;办结时限:Y`):
  // the last with its value; a label in lenticular brackets (`【完成时限】节前`) or with a bar (`终审|X`) as with a colon.
  const labelled = text.replace(/^【([^【】]{1,10})】/, '$1:').replace(/^([^,。;:|\s]{1,10}?)\s*[|丨]\s*(?=\S)/, '$1:').replace(/(?:^|[\s;])+([^,。;:|\s]{1,10}?)\s*[|丨]\s*(?=\S)/g, ' $1:')
  const last = /(?:^|[\s;])([^,。;:\s]{1,10}:\s*\S[^:]*)$/.exec(labelled)
  if (last && last.index > 0 && closesWhole(last[1].trim())) return true
  text = labelled
  // (A unit's name alone, not a sentence or a heading cut after a place: `会议原则同意镇`, `4.关于区中心菜市`.)
  if (!/[,。;:\d]|会议|會議|关于|關於|同意|研究|听取|聽取|了/.test(text) && text.length <= 20 && unitSuffixes.some((suffix) => text.endsWith(suffix))) return true
  if (/(?:负责同志|负责人|记者)$/.test(text)) return true
  const label = /^([^,。;:]{1,10}?)\s*:\s*(\S.*)$/.exec(text)
  if (!label) return false
  const name = label[1].replace(/\s/g, '')
  const value = label[2]
  if (deadlineLabels.includes(name)) return /(?:前|底|末|内|日|号|止|坚持|推进|长期)$/.test(value)
  if (ownerLabels.some(([owner]) => owner === name) || chairLabels.includes(name)) return unitSuffixes.some((suffix) => value.endsWith(suffix)) || /(?:^|[\s　])[\u4e00-\u9fff]{1,2}[\s　]?[\u4e00-\u9fff]{1,2}$/.test(value)
  return (closingLabels.includes(name) || bylineLabels.includes(name) || distributionLabels.includes(name)) && /[\u4e00-\u9fff\d]$/.test(value)
}

/** The smallest position covering both. */
export function span(a: Position, b: Position): Position {
  return {
    start: a.start.offset <= b.start.offset ? a.start : b.start,
    end: a.end.offset >= b.end.offset ? a.end : b.end
  }
}
