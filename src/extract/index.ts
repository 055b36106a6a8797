import type {MessageSink} from '../message.js'
import type {MinutesRecord, Source} from '../record.js'
import {schemaVersion} from '../record.js'
import type {Root} from '../tree.js'

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
  void tree
  void text
  return {
    schemaVersion,
    source: options.source ?? {path: null, format: 'text', encoding: null, positionsRefer: 'source'},
    meeting: {
      title: null, name: null, session: null, date: null, timeOfDay: null, chair: null, location: null,
      agenda: [], attendees: [], observers: [], absentees: [], recorder: null,
      positions: {title: null, name: null, date: null, timeOfDay: null, location: null, agenda: []}
    },
    items: []
  }
}
