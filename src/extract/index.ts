import {createDoc, unbroken, type Doc} from '../doc.js'
import type {MessageSink} from '../message.js'
import type {MinutesRecord, Source} from '../record.js'
import {schemaVersion} from '../record.js'
import type {Root} from '../tree.js'
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
  return {
    schemaVersion,
    source: options.source ?? {path: null, format: 'text', encoding: null, positionsRefer: 'source'},
    meeting,
    items
  }
}
