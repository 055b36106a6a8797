import type {MessageSink} from '../message.js'
import type {Meeting} from '../record.js'
import type {Root} from '../tree.js'

/**
 * Extract the meeting: title, name, session, date, chair, location, agenda and
 * attendance, from the preamble (and attendance blocks anywhere).
 *
 * @param tree
 *   The minutes tree.
 * @param text
 *   The text it was parsed from.
 * @param sink
 *   Where problems are collected (`no-date`).
 * @returns
 *   The meeting.
 */
export function extractMeeting(tree: Root, text: string, sink?: MessageSink): Meeting {
  void tree
  void text
  void sink
  return {
    title: null, name: null, session: null, date: null, timeOfDay: null, chair: null, location: null,
    agenda: [], attendees: [], observers: [], absentees: [], recorder: null,
    positions: {title: null, name: null, date: null, timeOfDay: null, location: null, agenda: []}
  }
}
