/**
 * Sentences and clauses of a span of the normalized text.
 *
 * A sentence ends at `。` `;` `!` `?`; a clause at `,` or `:` too, and at a space
 * between ideographs before the meeting's words (see `lostCommaOpeners`). Ends inside
 * 《》 and quotes do not count.
 */

import type {Owner} from './assignments.js'
import {isIdeograph} from '../doc.js'
import {lostCommaOpeners} from '../lexicon.js'
import {words} from '../words.js'

const commaOpeners = words(lostCommaOpeners)

/** A span of the normalized text. */
export interface Span {
  start: number
  end: number
}

/** A clause of a sentence. */
export interface Clause extends Span {
  /** The owner the clause starts with, once assignments have looked (see `ownerAt` there). */
  owner?: Owner | null
}

/** A sentence and its clauses. */
export interface Sentence extends Span {
  clauses: Clause[]
}

/**
 * Whether trimming drops the code unit: space, tab, line ends, and (as the
 * `' \t\n\r'.includes(charAt(…))` this replaces did, `charAt` giving `''`)
 * a place past the end of the text, where the code is NaN. Code units, not
 * `charAt`, which allocates a string for every ideograph it is asked about.
 */
function isTrimmed(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code !== code
}

/**
 * Split a span into sentences and clauses, trimmed of white space.
 *
 * @param text
 *   The normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   The sentences, in order.
 */
export function sentences(text: string, start: number, end: number): Sentence[] {
  const result: Sentence[] = []
  let clauses: Clause[] = []
  let clauseStart = start
  let sentenceStart = start
  let depth = 0
  let quote = 0

  function pushClause(at: number): void {
    const clause = trim(text, clauseStart, at)
    if (clause.end > clause.start) clauses.push(clause)
  }

  for (let index = start; index < end; index++) {
    // Ideographs and letters end nothing: a short loop passes over them. (Each pass of a loop
    // spends V8's budget by the loop's length, so running the switch below on every character made
    // V8 optimize this function during a cold start, on a thread that takes the main thread's core.)
    for (let code = text.charCodeAt(index); index < end && (code >= 0x3400 || (code > 0x3f && code < 0x2000)); code = text.charCodeAt(index)) index++
    if (index >= end) break
    // A space a copy left for a lost comma (see `lostComma`) parts clauses as `,` does.
    const code = text.charCodeAt(index) === 0x20 && lostComma(text, index) ? 0x2c : text.charCodeAt(index)
    switch (code) {
      case 0x300a: // 《
        depth++
        continue
      case 0x300b: // 》
        if (depth > 0) depth--
        continue
      case 0x201c: // “
        quote++
        continue
      case 0x201d: // ”
        if (quote > 0) quote--
        continue
      case 0x0a: // A line end inside a span (a point continued on the next line) ends a sentence.
      case 0x0d:
        depth = 0
        quote = 0
        break
      case 0x3002: // 。
      case 0x3b: // ;
      case 0x21: // !
      case 0x3f: // ?
        if (depth > 0 || quote > 0) continue
        break
      case 0x2c: // ,
      case 0x3a: // :
        if (depth > 0 || quote > 0) continue
        pushClause(index)
        clauseStart = index + 1
        continue
      default:
        continue
    }
    pushClause(index)
    const sentence = trim(text, sentenceStart, index)
    if (clauses.length > 0) result.push({start: sentence.start, end: sentence.end, clauses})
    clauses = []
    clauseStart = index + 1
    sentenceStart = index + 1
  }
  pushClause(end)
  const sentence = trim(text, sentenceStart, end)
  if (clauses.length > 0) result.push({start: sentence.start, end: sentence.end, clauses})
  return result
}

/**
 * Whether the space at `index` stands for a lost comma: between ideographs, before the
 * meeting's words (`…的汇报 同意安排…`; see `lostCommaOpeners`).
 */
function lostComma(text: string, index: number): boolean {
  return isIdeograph(text.charCodeAt(index - 1)) && isIdeograph(text.charCodeAt(index - 2)) && commaOpeners.at(text, index + 1) !== undefined
}

/**
 * Trim white space from both ends of a span.
 *
 * @param text
 *   The normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   The trimmed span.
 */
export function trim(text: string, start: number, end: number): Span {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--
  return {start, end}
}

/**
 * Where `needle` first starts in `text` at or after `from` and before `end`,
 * or -1.
 *
 * Unlike `indexOf`, the scan stops at `end`. Extractors look for a word in
 * every clause or unit of a document; `indexOf` would read on to the word's
 * next occurrence, up to the end of the text when there is none, which makes
 * the pass over the document quadratic.
 *
 * @param text
 *   The text.
 * @param needle
 *   What to look for (not empty).
 * @param from
 *   Where to start.
 * @param end
 *   Where an occurrence may start no more.
 * @returns
 *   The offset, or -1.
 */
export function indexWithin(text: string, needle: string, from: number, end: number): number {
  const start = Math.max(0, from)
  if (start >= end) return -1
  // `indexOf` on a slice that ends where a match may end: V8 slices without copying, and its
  // search is 3-5x faster than a loop over `charCodeAt`.
  const found = text.slice(start, Math.min(text.length, end + needle.length - 1)).indexOf(needle)
  return found === -1 ? -1 : start + found
}
