/**
 * The stretches of an item's text that extraction reads: its heading, its
 * paragraphs, and the points on their own lines.
 */

import type {Doc} from '../doc.js'
import type {Item, List, ListItem, Paragraph} from '../tree.js'
import {deadlineLabels, decidedHeadingLeadIns, decisionLeadInWords, disposalOpeners, decisionSectionNames, decisionVerbs, ownerLabels, statementSubjects} from '../lexicon.js'
import {words} from '../words.js'
import {sentences, type Sentence, type Span} from './clauses.js'

/** A stretch of an item's text, in normalized offsets. */
export interface Unit extends Span {
  kind: 'heading' | 'paragraph' | 'point'
  /** For a point under a decision lead-in (`会议明确如下:`), the lead-in's verb: the point is a decision. */
  decision: string | null
  /**
   * Whether the lead-in only formed the meeting's view over the points (`形成以下意见:`): a point that
   * hands out a task (`(三)X要在…前…`) is that task, not a decision.
   */
  formed?: boolean
  /** Sentences and clauses, read once (see `unitSentences`). */
  sentences?: Sentence[]
}

/**
 * The sentences of a unit, read once and kept on it.
 *
 * @param doc
 *   The doc.
 * @param unit
 *   The unit.
 * @returns
 *   Its sentences.
 */
export function unitSentences(doc: Doc, unit: Unit): Sentence[] {
  if (!unit.sentences) unit.sentences = sentences(doc.norm, unit.start, unit.end)
  return unit.sentences
}

/** The meeting as the subject of a heading that runs on (`一、会议研究了…`). */
const speaks = words(statementSubjects)
/** Outcomes a heading may open with (`审议通过`, `原则同意`, `同意`), but not `决定`, a lead-in. */
const outcomes = words(decisionVerbs.filter((verb) => verb !== '决定'))

/** Words of a lead-in to decisions: `会议确定:`, `会议就有关事项明确如下:`. */
const leadInWords = decisionLeadInWords

/**
 * Collect the units of an item in order.
 *
 * @param doc
 *   The doc.
 * @param item
 *   The item.
 * @returns
 *   Units.
 */
export function itemUnits(doc: Doc, item: Item): Unit[] {
  const units: Unit[] = []
  if (item.heading) {
    // A list item that became an item: its first sentence is content, not a title; so is a
    // heading the meeting speaks in (`一、会议原则同意《…》,由X…`) or that gives the outcome
    // (`一、审议通过《…》`).
    const span = normSpan(doc, item.heading.position)
    const subject = speaks.at(doc.norm, span.start)
    const content =
      (subject !== undefined && !namesPart(doc.norm, span.start + subject.length, span.end)) ||
      outcomes.at(doc.norm, span.start) !== undefined ||
      decidesInHeading(doc.norm, span.start, span.end)
    const kind = (item.marker && item.marker.level !== 'section') || content ? 'paragraph' : 'heading'
    // (A heading that runs on after a space into its first point, `关于综合利用 1.X要…`, is split by
    // the line reader, see `runOnBreaks`.)
    units.push({kind, decision: null, ...span})
  }
  // `一、会议审议通过了以下议案:` over its list: the heading leads in to the decisions.
  let leadIn: string | null = item.heading ? headingLeadIn(doc, normSpan(doc, item.heading.position)) : null
  // The lead-in of a list that goes on after label lines under a point (`1.…` / `责任单位:X` / `2.…`).
  let carried: string | null = null
  // Inside a table laid out with single spaces (`序号 工作任务 责任科室 完成时限` over `1 制定X 医务科 8月20日前`).
  let spaced = false
  for (const [index, child] of item.children.entries()) {
    spaced = child.type === 'paragraph' && spacedTableRow(doc, child, spaced)
    // `议定事项分工如下:` over a table copied one cell a line (`序号` / `事项` / `责任单位` …): its cells are
    // the table's, which tasks are read from, not decisions.
    if (child.type === 'paragraph' && leadIn !== null && opensCellTable(doc, child, item.children[index + 1])) leadIn = null
    if (child.type === 'paragraph' && leadIn !== null && addLedInline(doc, child, units, leadIn)) {
      leadIn = null
    } else if (child.type === 'paragraph' && leadIn !== null && !opensWithStatement(child) && !isTableRow(doc, child) && !spaced && !leaderSpeaks(doc, child) && !pointsToList(doc, child)) {
      // `会议决定:` over lines without numbers: each line one of the decisions, as points would be.
      units.push({kind: 'paragraph', decision: leadIn, ...normSpan(doc, child.position)})
    } else if (child.type === 'paragraph') {
      addParagraph(doc, child, units)
      // A line under `会议决定:` that is a decision in its own words (`同意启动…;`) goes on with the run of them.
      const goesOn: boolean = leadIn !== null && opensWithDecision(child)
      leadIn = decisionLeadIn(doc, child) ?? (goesOn ? leadIn : null)
      if (!opensWithTaskLabel(doc, child)) carried = null
    } else if (child.type === 'list') {
      carried = leadIn ?? carried
      addPoints(doc, child, units, carried)
      leadIn = null
    } else {
      leadIn = null
      carried = null
    }
  }
  return units
}

const decisionLeadIns = words(decidedHeadingLeadIns)

/** Names of a section that lists decisions (`议定事项`, `决定事项`), with the verb they are decided by. */
// `议事结果` (a residents' council's section of what it resolved) names no verb: it is agreed, `议定`.
const decisionSections = new Map(decisionSectionNames.map((name) => [name, name.endsWith('结果') ? '议定' : name.slice(0, 2)]))

/**
 * The verb of a heading in which the meeting leads in to the list under it
 * (`一、会议审议通过了以下议案:`, `二、会议议定如下:`), or null: the heading opens
 * with the meeting or an outcome and ends with a `:`.
 */
function headingLeadIn(doc: Doc, span: Span): string | null {
  // `二、议定事项`, `三、会议决定事项`: a section named for the decisions listed under it.
  // (`二、会议议定的事项`: the same section with `的`.)
  const named = decisionSections.get(doc.norm.slice(span.start, span.end).replace(/^会议|:$/g, '').replace(/^(..)的事项$/, '$1事项'))
  if (named !== undefined) return named
  let colon = span.end
  if (doc.norm.charAt(colon) === ':') colon++
  if (doc.norm.charAt(colon - 1) !== ':') return null
  if (meetingSubjects.at(doc.norm, span.start) === undefined && outcomes.at(doc.norm, span.start) === undefined) return null
  return leadInClause(doc, span.start, colon)?.verb ?? null
}

/**
 * Whether a heading opens with `决定` and what was decided
 * (`四、决定第十二次会议于9月下旬召开`), as the matters of a council's
 * minutes are listed: a decision, not the lead-in `决定事项`; or with
 * `明确由` and who does it (`二、明确由X组建…`).
 */
function decidesInHeading(text: string, start: number, end: number): boolean {
  // `二、明确由X组建…`: the meeting decides who does it, as in a sentence (see `bareDecisionVerbs`).
  if (text.startsWith('明确由', start)) return end - start > 6
  if (!text.startsWith('决定', start)) return false
  const from = start + 2
  return end - from >= 4 && decisionLeadIns.at(text, from) === undefined
}

/**
 * Whether the text after the meeting in a heading (`会议议定的事项`,
 * `会议听取的汇报`, `会议的主要精神`) names a part of the minutes: a verb
 * of two characters at most before `的`, no sentence.
 */
function namesPart(text: string, start: number, end: number): boolean {
  const at = text.indexOf('的', start)
  return at !== -1 && at - start <= 2 && at < end
}

/** A note that ends a paragraph by pointing to the list below it: `…明确了责任分工(见下表)。`. */
const listPointer = /\((?:详)?见(?:下表|附表|附件|下列)[^()]{0,6}\)[。:]?$/

/** Whether a paragraph under a section of decisions only points to the list below it: no decision of its own. */
function pointsToList(doc: Doc, paragraph: Paragraph): boolean {
  const end = doc.toNorm(paragraph.position.end.offset)
  return listPointer.test(doc.norm.slice(Math.max(doc.toNorm(paragraph.position.start.offset), end - 16), end))
}

/**
 * Whether a paragraph is the row number's label of a table copied one cell a line (`序号`), the
 * next line another short label (`事项`, `责任单位`).
 */
function opensCellTable(doc: Doc, paragraph: Paragraph, next: Item['children'][number] | undefined): boolean {
  if (next?.type !== 'paragraph' || doc.norm.slice(doc.toNorm(paragraph.position.start.offset), doc.toNorm(paragraph.position.end.offset)).trim() !== '序号') return false
  const label = doc.norm.slice(doc.toNorm(next.position.start.offset), doc.toNorm(next.position.end.offset)).trim()
  return label.length >= 2 && label.length <= 6 && !/[,。;:\d]/.test(label)
}

/**
 * Whether a paragraph is a row of a table, which tasks are read from: `| 1 | 落实资金 | 区财政局 |`,
 * or cells parted by tabs as HTML and Word tables are read (`1\t落实资金\t区财政局`, two tabs or more).
 */
function isTableRow(doc: Doc, paragraph: Paragraph): boolean {
  const start = doc.toNorm(paragraph.position.start.offset)
  if (doc.norm.charCodeAt(start) === 0x7c /* | */) return true
  const end = doc.toNorm(paragraph.position.end.offset)
  // Cells parted by tabs, by runs of spaces (a table laid out with spaces), or by bars with no bar
  // opening the row (`1｜落实资金｜区财政局`, as a copy keeps them): three cells or more.
  for (const separator of ['\t', '  ', '|']) {
    const first = doc.norm.indexOf(separator, start)
    if (first === -1 || first >= end) continue
    let next = first + 1
    while (next < end && doc.norm.charCodeAt(next) === doc.norm.charCodeAt(first)) next++
    const second = doc.norm.indexOf(separator, next)
    if (second !== -1 && second < end) return true
  }
  return false
}

/**
 * Whether a paragraph is the header or a row of a table laid out with single
 * spaces: the header opens with `序号` and names more columns; a row, right
 * after the header or another row, opens with its number, its cells parted by
 * spaces, no sentence in it (`1 制定X 医务科 8月20日前`).
 */
function spacedTableRow(doc: Doc, paragraph: Paragraph, afterRow: boolean): boolean {
  const start = doc.toNorm(paragraph.position.start.offset)
  const end = doc.toNorm(paragraph.position.end.offset)
  const line = doc.norm.slice(start, end)
  if (/[。;]/.test(line) || line.split(' ').length < 3) return false
  return line.startsWith('序号 ') || (afterRow && /^\d{1,2} /.test(line))
}

const taskLabels = words([...ownerLabels.map(([label]) => label), ...deadlineLabels])

/** Whether a paragraph opens with an owner or deadline label (`责任单位:X`, `完成时限:…`). */
function opensWithTaskLabel(doc: Doc, paragraph: Paragraph): boolean {
  const start = doc.toNorm(paragraph.position.start.offset)
  const label = taskLabels.at(doc.norm, start)
  if (label === undefined) return false
  let after = start + label.length
  while (doc.norm.charAt(after) === ' ') after++
  return doc.norm.charAt(after) === ':'
}

/** A leader named by a short name who speaks: `X要求,`, `X强调,` (news of a meeting, after what it decided). */
const leaderSpeech = /^[\u4e00-\u9fff]{2,4}(?:要求|强调|指出)[,:]/

/** Whether a paragraph opens with a leader speaking (`蔺长风要求,…`): what the meeting decided has ended. */
function leaderSpeaks(doc: Doc, child: Paragraph): boolean {
  if (!child.position) return false
  const start = doc.toNorm(child.position.start.offset)
  return leaderSpeech.test(doc.norm.slice(start, start + 8))
}

/** Whether a paragraph opens with a decision (`同意启动…`, `会议同意…`). */
function opensWithDecision(paragraph: Paragraph): boolean {
  const first = paragraph.children[0]
  return first !== undefined && first.type === 'statement' && first.kind === 'decision'
}

/** Whether a paragraph opens with a statement of the meeting (`会议强调,…`, `会议听取了…`). */
function opensWithStatement(paragraph: Paragraph): boolean {
  const first = paragraph.children[0]
  return first !== undefined && first.type === 'statement'
}

/**
 * Add the points of an inline list that opens a paragraph right after a
 * lead-in above it (`一、会议审议通过了以下议案:1.《…》;2.《…》`) as decisions,
 * and the text after the list; false where the paragraph opens with no list.
 */
function addLedInline(doc: Doc, paragraph: Paragraph, units: Unit[], verb: string): boolean {
  const [first] = paragraph.children
  const span = normSpan(doc, paragraph.position)
  if (first === undefined || first.type !== 'list' || doc.toNorm(first.position.start.offset) !== span.start) return false
  for (const point of first.children) units.push({kind: 'point', decision: verb, ...pointContent(doc, point)})
  const end = doc.toNorm(first.position.end.offset)
  if (span.end > end) units.push({kind: 'paragraph', decision: null, start: end, end: span.end})
  return true
}

/**
 * Add a paragraph's units: the paragraph, or where a decision lead-in opens
 * a list inside it (`会议议定:一是…;二是…`), the points as decisions and
 * the paragraph's text around them.
 */
function addParagraph(doc: Doc, paragraph: Paragraph, units: Unit[]): void {
  const span = normSpan(doc, paragraph.position)
  let from = span.start
  /** Read a list after its lead-in clause, looked for back to `floor`; returns the list's end. */
  const addList = (list: List, floor: number): number => {
    const end = doc.toNorm(list.position.end.offset)
    const leadIn = leadInClause(doc, floor, doc.toNorm(list.position.start.offset))
    if (!leadIn) return end
    // The lead-in clause only announces the points: what comes before it is read on its own; so is
    // a lead-in that agrees to something it names (`会议同意X提出的方案:(1)…`), a decision of its own.
    const before = leadIn.agrees ? doc.toNorm(list.position.start.offset) : leadIn.start
    if (before > from) units.push({kind: 'paragraph', decision: null, start: from, end: before})
    for (const point of list.children) units.push({kind: 'point', decision: leadIn.verb, formed: leadIn.formed, ...pointContent(doc, point)})
    from = end
    return end
  }
  let floor = span.start
  for (const node of paragraph.children) {
    // A list of the paragraph's own after a lead-in the meeting's cue does not open (`现场办公会议定:一是…`).
    if (node.type === 'list') floor = addList(node, floor)
    if (node.type === 'statement') floor = doc.toNorm(node.position.end.offset)
    // So does a report the meeting heard before it decides (`会议听取了X的汇报,研究决定:(一)…`).
    if (node.type !== 'statement' || (node.kind !== 'decision' && node.kind !== 'report')) continue
    let clauseFloor = doc.toNorm(node.cuePosition.start.offset)
    for (const list of node.children) if (list.type === 'list') clauseFloor = addList(list, clauseFloor)
  }
  if (from === span.start) units.push({kind: 'paragraph', decision: null, ...span})
  else if (span.end > from) units.push({kind: 'paragraph', decision: null, start: from, end: span.end})
}

/**
 * The clause that leads in to an inline list with a `:` and says the meeting
 * decided: `会议议定:一是…`, `会议同意该方案,并明确:(1)…`, the cue alone before a comma
 * (`会议明确,一是…`); not `会议同意…,一是…`.
 * Looks back from the list to `floor` (the statement's cue or the list before).
 */
function leadInClause(doc: Doc, floor: number, listStart: number): {start: number; verb: string; agrees: boolean; formed?: boolean} | null {
  let colon = listStart
  while (colon > floor && doc.norm.charCodeAt(colon - 1) === 0x20) colon--
  if (colon <= floor) return null
  // `会议明确,一是…`: the cue alone before a comma leads in as a colon does (not `会议同意该方案,一是…`).
  const comma = doc.norm.charAt(colon - 1) === ','
  if (doc.norm.charAt(colon - 1) !== ':' && !comma) return null
  let start = colon - 1
  while (start > floor && !'。;,\n'.includes(doc.norm.charAt(start - 1))) start--
  const clause = doc.norm.slice(start, colon - (comma ? 1 : 0))
  if (comma) {
    const subject = meetingSubjects.at(clause, 0) ?? ''
    const verb = leadInWords.find((word) => clause.slice(subject.length) === word && word !== '同意')
    return verb ? {start, verb, agrees: false} : null
  }
  // `经会议研究:①…`, `经校务会研究:(1)…`: what the study gave is decided, as after `会议决定:`.
  if (studiedLeadIn.test(clause)) return {start, verb: '决定', agrees: false}
  if (formedLeadIn.test(clause)) return {start, verb: '决定', agrees: false, formed: true}
  const verb = leadInWords.find((word) => clause.includes(word)) ?? announcingVerb(clause)
  return verb ? {start, verb, agrees: verb === '同意' && agreesToNamed(clause)} : null
}

/** A clause of only `经` and the meeting studying: `经研究`, `经会议研究`, `经校务会讨论`. */
const studiedLeadIn = /^经[^,。;:]{0,6}(?:研究|讨论|审议):?$/

/**
 * A clause of the meeting forming its view or resolution over the list: `形成以下意见`, `会议形成如下决议`,
 * `形成意见如下` (what it formed is decided; not `提出以下意见`, views offered).
 */
const formedLeadIn = /^(?:会议)?形成了?(?:(?:以下|如下)(?:意见|决议|决定)|(?:意见|决议)如下):?$/

/**
 * Whether a lead-in agrees to a matter it names (`会议同意市财政局提出的筹资方案`), not to what
 * it announces (`会议同意以下事项`, `原则同意如下`, `会议研究同意:`).
 */
function agreesToNamed(clause: string): boolean {
  const object = clause.slice(clause.lastIndexOf('同意') + 2)
  return object.length >= 4 && !/以下|如下|事项/.test(object)
}

/** Outcomes, longest first, that may announce what they passed: `审议通过了以下议案:`. */
const outcomeVerbs = [...decisionVerbs].sort((a, b) => b.length - a.length)

/**
 * The outcome of a clause that announces the list it passed (`会议审议通过了以下议案`,
 * `原则同意如下事项`): an outcome before `以下` or `如下`.
 */
function announcingVerb(clause: string): string | undefined {
  const at = clause.search(/以下|如下/)
  if (at === -1) return undefined
  return outcomeVerbs.find((verb) => {
    const found = clause.lastIndexOf(verb, at)
    return found !== -1 && found + verb.length <= at
  })
}

/** The meeting as the subject of a lead-in: `会议明确`, `会议还明确`. */
const meetingSubjects = words(['会议还', '会议', '会上'])

/**
 * A paragraph whose last clause ends in `:` and says the meeting decided
 * (`会议经研究,决定:`); not one that decided before it leads in to something
 * else (`会议同意该方案,并作如下安排:`).
 */
function decisionLeadIn(doc: Doc, paragraph: Paragraph): string | null {
  const end = doc.toNorm(paragraph.position.end.offset)
  if (doc.norm.charAt(end - 1) !== ':') return null
  // Only the last 60 characters count: stop there rather than walk back to a clause start that may be far.
  const leadIn = leadInClause(doc, Math.max(0, end - 60), end)
  // (A view formed over points on lines of their own, `形成以下意见:` / `(一)…`, leaves each point to
  // say by its own words whether it decides, blind16-h39 r2-a; only an inline list takes it as decided.)
  return leadIn && !leadIn.formed ? leadIn.verb : null
}

function addPoints(doc: Doc, list: List, units: Unit[], decision: string | null): void {
  if (list.inline) return
  // `(一)同意给予X处分;(二)对Y扣减绩效10%;(三)Z要…`: without a lead-in, a point that disposes of a
  // case (lexicon `disposalOpeners`) beside a point the meeting agrees in is decided as that one is.
  const agreed = decision === null ? list.children.map((point) => agreeingOpener.at(doc.norm, pointContent(doc, point).start)).find((verb) => verb !== undefined) : undefined
  for (const point of list.children) {
    // A point that the meeting speaks in with another cue (`3.会议要求:`) is not one of the decisions.
    const first = point.children[0]
    const speaksOtherwise = first !== undefined && first.type === 'statement' && first.kind !== 'decision'
    const own = speaksOtherwise ? null : (decision ?? (agreed !== undefined && disposes(doc, pointContent(doc, point)) ? agreed : null))
    const content = pointContent(doc, point)
    // Without a decision lead-in, a point's title in 《》 standing as its first line
    // (`(一)审议通过《…》‖表决结果:…`) is read on its own, as a line end ends a sentence (see
    // `sentences`): also where the line reader broke a copy run on in one line.
    let start = content.start
    if (own === null) {
      for (const child of point.children) {
        if (child.type === 'list' && !child.inline) continue
        const end = doc.toNorm(child.position.end.offset)
        if (end <= start || end >= content.end || doc.norm.charAt(end - 1) !== '》' || /\s/.test(doc.norm.charAt(end))) continue
        units.push({kind: 'point', decision: null, start, end})
        start = end
      }
    }
    units.push({kind: 'point', decision: own, start, end: content.end})
    for (const child of point.children) if (child.type === 'list') addPoints(doc, child, units, null)
  }
}

/** Outcomes a decided point opens with: `同意给予…`, `原则同意…`, `不同意…`. */
const agreeingOpener = words(['原则同意', '不同意', '同意', '批准'])
const disposalOpening = words(disposalOpeners)

/**
 * Whether a point disposes of a case with no cue of its own (`对Y扣减年度绩效10%`, `给予X通报批评`):
 * a disposal opens it, and no modal (`要`, `应`, `须`) charges anyone with work in it.
 */
function disposes(doc: Doc, span: Span): boolean {
  if (disposalOpening.at(doc.norm, span.start) === undefined) return false
  const text = doc.norm.slice(span.start, Math.min(span.end, span.start + 80))
  const object = text.startsWith('对') ? text.search(/[\u4e00-\u9fff](?:扣减|扣发|取消|暂停|撤销|给予|予以|核减|追缴|收回|通报|约谈)/) : 0
  return object !== -1 && !/要|应当|应|须|负责|牵头/.test(text)
}

/**
 * The content of a point: after its marker, to its end.
 *
 * @param doc
 *   The doc.
 * @param point
 *   The point.
 * @returns
 *   Normalized span.
 */
export function pointContent(doc: Doc, point: ListItem): Span {
  const content = point.children.filter((child) => child.type !== 'list' || child.inline)
  const first = content[0]
  const last = content[content.length - 1]
  const start = first ? doc.toNorm(first.position.start.offset) : doc.toNorm(point.marker.position.end.offset)
  return {start, end: last ? doc.toNorm(last.position.end.offset) : start}
}

/**
 * The normalized span of a source position.
 *
 * @param doc
 *   The doc.
 * @param position
 *   A position in the source.
 * @returns
 *   Normalized span.
 */
export function normSpan(doc: Doc, position: {start: {offset: number}; end: {offset: number}}): Span {
  return {start: doc.toNorm(position.start.offset), end: doc.toNorm(position.end.offset)}
}
