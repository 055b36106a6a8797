/**
 * Problems found in the content of a document: messages with a place and a
 * rule id from a closed set, collected, never thrown.
 */

import type {Position} from './tree.js'

/**
 * Every rule id jiyao reports (documented in the README).
 */
export type RuleId =
  /** An ordinal skips one or more numbers: `一、` then `三、`. */
  | 'skipped-ordinal'
  /** An ordinal repeats: `二、` twice. */
  | 'duplicate-ordinal'
  /** A lower-level point stands where no item is open. */
  | 'orphan-point'
  /** A line looks like a heading but was not taken as one; the reason says why. */
  | 'heading-not-taken'
  /** No meeting date could be read. */
  | 'no-date'
  /** The text seems to stop mid-document. */
  | 'truncated'
  /** No item could be found. */
  | 'no-items'

/** How serious a message is. */
export type Severity = 'warning' | 'error'

/** One problem, with where it is. */
export interface Message {
  /** What is wrong, in English. */
  reason: string
  ruleId: RuleId
  severity: Severity
  /** Where it is. */
  place: Position
  /** Always `jiyao`, as vfile's `source`. */
  source: 'jiyao'
}

/** Where messages are collected while a document is read. */
export interface MessageSink {
  messages: Message[]
}

/**
 * Add a warning to a sink.
 *
 * @param sink
 *   Where messages are collected.
 * @param ruleId
 *   The rule.
 * @param reason
 *   What is wrong.
 * @param place
 *   Where.
 */
export function warn(sink: MessageSink | undefined, ruleId: RuleId, reason: string, place: Position): void {
  if (sink) sink.messages.push({reason, ruleId, severity: 'warning', place, source: 'jiyao'})
}
