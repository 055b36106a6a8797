/**
 * One item of the record: heading, actions, documents, reporters, and what
 * the meeting said and decided about the matter.
 */

import type {Doc} from '../doc.js'
import {appendAll, unbroken} from '../doc.js'
import {actionVerbs, matterAdverbs} from '../lexicon.js'
import type {Assignment, Decision, Instruction, ItemPoint, RecordItem, RecordStatement} from '../record.js'
import type {Item, List, ListItem, Position, Statement} from '../tree.js'
import {words} from '../words.js'
import {cellAssignments, readAssignments} from './assignments.js'
import {indexWithin, trim, type Span} from './clauses.js'
import {readDecisions} from './decisions.js'
import {readReporters} from './reporters.js'
import {itemUnits, normSpan, pointContent} from './units.js'

const verbs = words(actionVerbs)
const subjects = words(['会议还', '会议', '会上还', '会上,', '会上'])
const links = words(['并', '了', '和', '及', '、', ',', '还', ...matterAdverbs])

/**
 * Extract the record of one item.
 *
 * @param doc
 *   The doc.
 * @param item
 *   The item node.
 * @param number
 *   Its 1-based index.
 * @param meetingDate
 *   The meeting's ISO date, to resolve deadlines.
 * @param host
 *   The unit the chair is written with (`县人大常委会主任X` → `县人大常委会`), or null.
 * @returns
 *   The record item.
 */
export function extractItem(doc: Doc, item: Item, number: number, meetingDate: string | null, host: string | null = null): RecordItem {
  const units = itemUnits(doc, item)
  const opening = openingSpan(doc, item)
  const headingPosition = item.heading ? item.heading.position : doc.normPosition(opening.start, opening.end)
  const decisions = readDecisions(doc, units)
  const documents = readDocuments(doc, [...(item.heading ? [opening, firstSentence(doc, item)] : [opening]), ...decidedDocuments(doc, decisions)])
  // The body that holds the meeting presents nothing to it: `会议审议了县人大常委会关于…的决定(草案)`
  // at the council's own 主任会议 names the maker of a draft, not who brought it.
  const reporters = readReporters(doc, units, item.reporter ? normSpan(doc, item.reporter.position) : undefined).filter((each) => host === null || unbroken(each.value) !== host)
  const assignments = readAssignments(doc, units, meetingDate)

  return {
    number,
    ordinal: item.marker ? item.marker.ordinal : null,
    heading: doc.source.slice(headingPosition.start.offset, headingPosition.end.offset),
    actions: readActions(doc, opening),
    documents: documents.map((each) => each.value),
    reporters: reporters.map((each) => each.value),
    statements: readStatements(doc, item),
    decisions,
    instructions: readInstructions(doc, item),
    assignments: [...assignments, ...rowAssignments(doc, item, meetingDate, assignments)],
    points: readPoints(doc, item),
    position: item.position,
    positions: {
      ordinal: item.marker ? item.marker.position : null,
      heading: headingPosition,
      documents: documents.map((each) => each.position),
      reporters: reporters.map((each) => each.position)
    }
  }
}

/**
 * The tasks an agenda table's owner and deadline cells give a row's item (see
 * `Item.owners`): the opinion cell (else the topic) for each owner not given
 * a task in the opinion's own words already.
 */
function rowAssignments(doc: Doc, item: Item, meetingDate: string | null, read: Assignment[]): Assignment[] {
  if (!item.owners) return []
  const opinion = item.children.find((child) => child.type === 'paragraph')
  const task = normSpan(doc, (opinion ?? item.heading ?? item).position)
  const owners = item.owners.map(({role, cell}) => ({role, cell: normSpan(doc, cell.position)}))
  const due = item.due ? normSpan(doc, item.due.position) : null
  return cellAssignments(doc, owners, task, due, meetingDate).filter((made) => !read.some((each) => unbroken(each.owner) === unbroken(made.owner)))
}

/** The heading, or for an unnumbered item its opening sentence. */
function openingSpan(doc: Doc, item: Item): Span {
  if (item.heading) return normSpan(doc, item.heading.position)
  return firstSentence(doc, item)
}

/** The first sentence of the item's first paragraph, without its `。`. */
function firstSentence(doc: Doc, item: Item): Span {
  const first = item.children.find((child) => child.type === 'paragraph')
  if (!first) return {start: 0, end: 0}
  const span = normSpan(doc, first.position)
  let depth = 0
  for (let index = span.start; index < span.end; index++) {
    // Code units: `charAt` would allocate a string per ideograph.
    const code = doc.norm.charCodeAt(index)
    if (code === 0x300a) depth++ // 《
    else if (code === 0x300b) depth = Math.max(0, depth - 1) // 》
    else if ((code === 0x3002 || code === 0x3b) && depth === 0) return trim(doc.norm, span.start, index) // 。 ;
  }
  return span
}

/** `审议`, `听取` … at the start of the heading and after `并`, `、`, `,`. */
function readActions(doc: Doc, span: Span): string[] {
  const text = doc.norm
  const actions: string[] = []
  let cursor = span.start
  const subject = subjects.at(text, cursor)
  if (subject) cursor += subject.length
  while (cursor < span.end) {
    const verb = verbs.at(text, cursor)
    if (verb) {
      if (!actions.includes(verb)) actions.push(verb)
      cursor += verb.length
      continue
    }
    const link = links.at(text, cursor)
    if (link) {
      cursor += link.length
      continue
    }
    // Skip to the next clause.
    const next = indexWithin(text, ',', cursor, span.end)
    if (next === -1) break
    cursor = next + 1
  }
  return actions
}

/**
 * The spans of decisions whose verb takes a document (`会议审议通过了《…》`,
 * `原则通过《…》`): what the meeting passed is one of the item's documents,
 * wherever the decision stands; a title cited further on (`按《…》规定`) is not.
 */
function decidedDocuments(doc: Doc, decisions: Decision[]): Span[] {
  const spans: Span[] = []
  for (const decision of decisions) {
    const span = normSpan(doc, decision.position)
    const at = indexWithin(doc.norm, decision.verb, span.start, Math.min(span.end, span.start + 12))
    if (at === -1) continue
    let cursor = at + decision.verb.length
    if (doc.norm.charAt(cursor) === '了') cursor++
    if (doc.norm.charAt(cursor) !== '《') continue
    // The title's own closing 》, past any title inside it.
    let depth = 0
    for (let index = cursor; index < span.end; index++) {
      const code = doc.norm.charCodeAt(index)
      if (code === 0x300a) depth++ // 《
      else if (code === 0x300b && --depth === 0) {
        spans.push({start: cursor, end: index + 1})
        break
      }
    }
  }
  return spans
}

/**
 * Titles in 《》, outermost, without the brackets. A title that only ends a
 * fuller one named before it is that document again (`原则同意该《方案》` after
 * `《X实施方案（试行）》`), not another.
 */
function readDocuments(doc: Doc, spans: Span[]): Array<{value: string; position: Position}> {
  const text = doc.norm
  const documents: Array<{value: string; position: Position}> = []
  const seen = new Set<string>()
  // The titles read so far as the view reads them, each without a bracket that ends it (`（试行）`).
  const fuller: string[] = []
  for (const span of spans) {
    let depth = 0
    let start = 0
    for (let index = span.start; index < span.end; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x300a) {
        // 《
        if (depth === 0) start = index + 1
        depth++
      } else if (code === 0x300b && depth > 0) {
        // 》
        depth--
        if (depth === 0 && index > start) {
          const title = text.slice(start, index)
          if (fuller.some((each) => each.length > title.length && each.endsWith(title))) continue
          fuller.push(title.replace(/[（(][^（()）]*[)）]$/, ''))
          const position = doc.normPosition(start, index)
          const value = doc.source.slice(position.start.offset, position.end.offset)
          if (!seen.has(value)) {
            seen.add(value)
            documents.push({value, position})
          }
        }
      }
    }
  }
  return documents
}

function statementsOf(item: Item): Statement[] {
  const statements: Statement[] = []
  for (const child of item.children) {
    if (child.type !== 'paragraph') continue
    for (const node of child.children) if (node.type === 'statement') statements.push(node)
  }
  return statements
}

function readStatements(doc: Doc, item: Item): RecordStatement[] {
  return statementsOf(item).map((statement) => ({
    kind: statement.kind,
    cue: statement.cue,
    text: doc.source.slice(statement.position.start.offset, statement.position.end.offset),
    position: statement.position
  }))
}

function readInstructions(doc: Doc, item: Item): Instruction[] {
  const instructions: Instruction[] = []
  readInstructionsIn(doc, item.children, instructions)
  return instructions
}

/**
 * The instructions among the children of an item or a point, in order, and
 * those of points that the meeting speaks in (`3.会议要求:` over `(一)…`).
 */
function readInstructionsIn(doc: Doc, children: Item['children'] | ListItem['children'], instructions: Instruction[]): void {
  for (const [index, child] of children.entries()) {
    if (child.type === 'list') {
      if (!child.inline) for (const point of child.children) readInstructionsIn(doc, point.children, instructions)
      continue
    }
    // A point's own text is its children; an item's is in its paragraphs.
    const nodes = child.type === 'paragraph' ? child.children : child.type === 'statement' ? [child] : []
    for (const statement of nodes) {
      if (statement.type !== 'statement' || statement.kind !== 'instruction') continue
      const points: ItemPoint[] = []
      for (const inner of statement.children) if (inner.type === 'list') appendAll(points, listPoints(doc, inner))
      // `会议强调:` ending its paragraph leads in to the points on the lines below.
      const next = children[index + 1]
      const end = doc.toNorm(statement.position.end.offset)
      if (statement === nodes[nodes.length - 1] && doc.norm.charAt(end - 1) === ':' && next && next.type === 'list') {
        appendAll(points, listPoints(doc, next))
      }
      instructions.push(instruction(doc, statement, points))
    }
  }
}

function instruction(doc: Doc, statement: Statement, points: ItemPoint[]): Instruction {
  return {
    text: doc.source.slice(statement.position.start.offset, statement.position.end.offset),
    cue: statement.cue,
    points,
    position: statement.position
  }
}

/** The points directly under the item: its own lists and those inside its paragraphs. */
function readPoints(doc: Doc, item: Item): ItemPoint[] {
  const points: ItemPoint[] = []
  for (const child of item.children) {
    if (child.type === 'list') appendAll(points, listPoints(doc, child))
    if (child.type !== 'paragraph') continue
    for (const node of child.children) {
      if (node.type === 'list') appendAll(points, listPoints(doc, node))
      if (node.type === 'statement') {
        for (const inner of node.children) if (inner.type === 'list') appendAll(points, listPoints(doc, inner))
      }
    }
  }
  return points
}

function listPoints(doc: Doc, list: List): ItemPoint[] {
  return list.children.map((point) => itemPoint(doc, point))
}

function itemPoint(doc: Doc, point: ListItem): ItemPoint {
  const content = pointContent(doc, point)
  const position = doc.normPosition(content.start, content.end)
  const points: ItemPoint[] = []
  for (const child of point.children) if (child.type === 'list') appendAll(points, listPoints(doc, child))
  return {
    ordinal: point.marker.ordinal,
    level: point.marker.level,
    text: doc.source.slice(position.start.offset, position.end.offset),
    points,
    position
  }
}
