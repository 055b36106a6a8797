/**
 * Types of `score.mjs`: the scorer of jiyao records against gold annotations.
 */

/** The parts of a record the scorer reads (a `MinutesRecord` fits). */
export interface ScoredRecord {
  meeting: {name: string | null; date: string | null; chair: {name: string | null} | null}
  items: ScoredItem[]
}

/** The parts of a record item the scorer reads (a `RecordItem` fits). */
export interface ScoredItem {
  heading: string
  reporters: string[]
  decisions: Array<{text: string}>
  assignments: Array<{owner: string; owners?: string[]; task: string; due: string | null}>
  points: unknown[]
}

/** One gold assignment. */
export interface GoldAssignment {
  owner: string
  contains: string
  due?: string | null
}

/** One gold item (`"?"` marks a value that is not scored). */
export interface GoldItem {
  ordinal?: string | null
  heading?: string
  heading_contains?: string
  reporters?: string[] | '?'
  decisions?: string[]
  assignments?: GoldAssignment[]
  points?: number | '?'
}

/** A gold annotation (`*.gold.yaml`). */
export interface Gold {
  source?: string
  truncated?: boolean
  skip_items?: boolean
  meeting?: {name?: string | null; date?: string | null; chair?: string | null}
  items?: GoldItem[]
}

/** One check: a field compared on one document, or one item of it. */
export interface Check {
  field: string
  doc: string
  /** The 1-based item number, or null for a document-level check. */
  item: number | null
  passed: boolean
  expected: unknown
  actual: unknown
}

/** The checks of one field summed up. */
export interface FieldScore {
  passed: number
  n: number
  /** passed / n, or null when nothing was checked. */
  score: number | null
}

/** The fields scored, in table order. */
export const fields: ReadonlyArray<string>

/** The gold value that marks "cannot be read from the text". */
export const unknown: '?'

/**
 * Score one document.
 *
 * @param doc
 *   The document's name, for reports.
 * @param record
 *   What jiyao made of the text.
 * @param gold
 *   The gold annotation.
 * @returns
 *   Every check made.
 */
export function scoreDocument(doc: string, record: ScoredRecord, gold: Gold): Check[]

/**
 * Score one gold item against the record item paired with it.
 *
 * @param gold
 *   The gold item.
 * @param item
 *   The record item at the same place, or undefined.
 * @returns
 *   The checks, without document and item number.
 */
export function scoreItem(
  gold: GoldItem,
  item: ScoredItem | undefined
): Array<{field: string; passed: boolean; expected: unknown; actual: unknown}>

/**
 * Sum checks up per field.
 *
 * @param checks
 *   Checks from `scoreDocument`.
 * @returns
 *   Per field: passed, n, score.
 */
export function summarize(checks: ReadonlyArray<Check>): Record<string, FieldScore>
