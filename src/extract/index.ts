import {createDoc, unbroken, type Doc} from '../doc.js'
import type {MessageSink} from '../message.js'
import type {MinutesRecord, Source} from '../record.js'
import {schemaVersion} from '../record.js'
import type {Item, Root} from '../tree.js'
import {readAssignments} from './assignments.js'
import {extractItem} from './item.js'
import {extractMeeting} from './meeting.js'
import {councilHosts} from '../lexicon.js'

/** Options of `extract`. */
export interface ExtractOptions {
  /** Where content problems are collected. */
  sink?: MessageSink
  /** Recorded as `source`. */
  source?: Source
}

/**
 * Extract the record from a minutes tree.
 *
 * @param tree
 *   The tree `parse` made from `text`.
 * @param text
 *   The text it was made from.
 * @param options
 *   Options.
 * @returns
 *   The record.
 */
export function extract(tree: Root, text: string, options: ExtractOptions = {}): MinutesRecord {
  return extractDoc(tree, createDoc(text), options)
}

/**
 * The body whose own council meets, from the chair's unit: `县人大常委会主任X` at the council's
 * 主任会议, `市政协主席X` at its 主席会议 (see `councilHosts`), unbroken (see `unbroken`); null for any other.
 */
function hostOf(unit: string | null): string | null {
  if (unit === null) return null
  const plain = unbroken(unit)
  return councilHosts.some((body) => plain.endsWith(body)) ? plain : null
}

/** Whether an item is an attached list, its heading the attachment's label and title (`附件:…清单`). */
function attachedList(doc: Doc, item: Item): boolean {
  if (!item.heading) return false
  return doc.norm.startsWith('附件', doc.toNorm(item.heading.position.start.offset))
}

/** Whether an item holds a list appended after it: a paragraph of its own that opens `附件`, after the first. */
function appendedList(doc: Doc, item: Item): boolean {
  return item.children.some((child, index) => index > 0 && (child.type === 'paragraph' || child.type === 'noise') && /^\s*附件\s*\d*\s*[:：]/.test(doc.norm.slice(doc.toNorm(child.position.start.offset), doc.toNorm(child.position.start.offset) + 12)))
}

/** References to an attachment: `详见附件《…》`, `列入《…》(附后)`. */
const referencesToAttachment = /见附件(?:《[^《》]{0,40}》)?|\(附后\)|附后/

/**
 * What the lead says after it refers the matters to an attachment
 * (`…详见附件《…清单》。‖会议要求,…`, `…列入《…清单》(附后)‖,由X跟踪督办`), as a
 * normalized span, or null.
 */
function askedAfterReference(tree: Root, doc: Doc): {start: number; end: number} | null {
  const preamble = tree.children.find((child) => child.type === 'preamble')
  if (!preamble || !('children' in preamble)) return null
  for (const child of preamble.children) {
    if (child.type !== 'paragraph') continue
    const start = doc.toNorm(child.position.start.offset)
    const end = doc.toNorm(child.position.end.offset)
    const reference = referencesToAttachment.exec(doc.norm.slice(start, end))
    if (!reference) continue
    const after = start + reference.index + reference[0].length
    return after < end ? {start: after, end} : null
  }
  return null
}

/**
 * Extract the record from a minutes tree and the doc it was parsed from.
 *
 * @param tree
 *   The tree.
 * @param doc
 *   The doc (see `createDoc`).
 * @param options
 *   Options.
 * @returns
 *   The record.
 */
export function extractDoc(tree: Root, doc: Doc, options: ExtractOptions = {}): MinutesRecord {
  const meeting = extractMeeting(tree, doc, options.sink)
  let number = 0
  const items = []
  for (const child of tree.children) {
    if (child.type === 'item') items.push(extractItem(doc, child, ++number, meeting.date, hostOf(meeting.chair?.unit ?? null)))
  }
  // A lead that refers the matters to an attached list (`会议确定的事项详见附件《…清单》。会议要求,…,X负责
  // 跟踪督办`) asks what it asks after the reference of the list's matters: the list's item takes it.
  const itemNodes = tree.children.filter((child) => child.type === 'item')
  let listed = itemNodes.findIndex((child) => attachedList(doc, child))
  // (Or a list appended after the last item, which that item holds: the lead's ask goes with the list.)
  if (listed === -1 && itemNodes.length > 0 && appendedList(doc, itemNodes[itemNodes.length - 1] as Item)) listed = itemNodes.length - 1
  const asked = listed === -1 ? null : askedAfterReference(tree, doc)
  if (asked && items[listed]) {
    const item = items[listed]
    item.assignments = [...readAssignments(doc, [{kind: 'paragraph', decision: null, ...asked}], meeting.date), ...item.assignments]
  }
  return {
    schemaVersion,
    source: options.source ?? {path: null, format: 'text', encoding: null, positionsRefer: 'source'},
    meeting,
    items
  }
}
