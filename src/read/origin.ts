/**
 * Where extracted text came from: readers of markup (Markdown, HTML) build the
 * text to parse together with, for every UTF-16 unit of it, the stretch of the
 * file that produced it. `remapPositions` then moves every position found on
 * the extracted text back onto the file.
 */

import {createDoc} from '../doc.js'
import type {Point, Position} from '../tree.js'

/**
 * The source of extracted text: the decoded file, and for each UTF-16 unit
 * of the extracted text the stretch of the file it came from.
 */
export interface Origin {
  /** The decoded file, as written. */
  source: string
  /** For each unit of the extracted text: where in `source` its stretch starts. */
  starts: number[]
  /**
   * For each unit of the extracted text: where in `source` its stretch ends
   * (exclusive). `&amp;` gives one unit spanning five; a line break the reader
   * adds between blocks spans nothing (`start === end`).
   */
  ends: number[]
}

/** Extracted text under construction (see `createBuilder`). */
export interface TextBuilder {
  source: string
  parts: string[]
  starts: number[]
  ends: number[]
}

/**
 * Start building extracted text over a source.
 *
 * @param source
 *   The decoded file.
 * @returns
 *   An empty builder.
 */
export function createBuilder(source: string): TextBuilder {
  return {source, parts: [], starts: [], ends: []}
}

/**
 * Append text that was read from `source[from, to)` (a text node's value,
 * which may differ from its source by entities, escapes and CRLF).
 *
 * @param builder
 *   The builder.
 * @param value
 *   The text as the markup parser gave it.
 * @param from
 *   Where its source starts.
 * @param to
 *   Where its source ends.
 */
export function pushSource(builder: TextBuilder, value: string, from: number, to: number): void {
  const aligned = alignText(value, builder.source, from, to)
  pushAligned(builder, value, aligned.starts, aligned.ends)
}

/**
 * Append text whose units already have their source stretches.
 *
 * @param builder
 *   The builder.
 * @param value
 *   The text.
 * @param starts
 *   Start of each unit's stretch.
 * @param ends
 *   End of each unit's stretch.
 */
export function pushAligned(builder: TextBuilder, value: string, starts: number[], ends: number[]): void {
  if (!value) return
  builder.parts.push(value)
  for (let index = 0; index < value.length; index++) {
    builder.starts.push(starts[index])
    builder.ends.push(ends[index])
  }
}

/**
 * Append text that is not in the source (a line break between blocks, a list
 * ordinal the markup only implies), placed at `at` (default: just after the
 * text so far).
 *
 * @param builder
 *   The builder.
 * @param value
 *   The text to add.
 * @param at
 *   The source offset to tie it to; or a `[from, to)` stretch.
 */
export function pushSynthetic(builder: TextBuilder, value: string, at?: number | [number, number]): void {
  const from = typeof at === 'number' ? at : at ? at[0] : lastEnd(builder)
  const to = typeof at === 'number' ? at : at ? at[1] : from
  pushAligned(builder, value, Array(value.length).fill(from), Array(value.length).fill(to))
}

/**
 * End the current line: append a line feed unless the text is empty or
 * already ends one.
 *
 * @param builder
 *   The builder.
 */
export function endLine(builder: TextBuilder): void {
  const last = builder.parts.at(-1)
  if (last !== undefined && !last.endsWith('\n')) pushSynthetic(builder, '\n')
}

/**
 * Finish: the extracted text and its origin.
 *
 * @param builder
 *   The builder.
 * @returns
 *   Text and origin.
 */
export function finishBuilder(builder: TextBuilder): {text: string; origin: Origin} {
  return {text: builder.parts.join(''), origin: {source: builder.source, starts: builder.starts, ends: builder.ends}}
}

function lastEnd(builder: TextBuilder): number {
  return builder.ends.at(-1) ?? 0
}

const entity = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y

/**
 * Find, for each UTF-16 unit of a parsed value, the stretch of its source that
 * produced it. Characters are matched in order; an entity (`&amp;`), an escape
 * (`\*`) or a CRLF in the source produces one unit; source characters the
 * value lacks (a block quote's `> ` on a continuation line) are skipped.
 *
 * @param value
 *   The value as parsed.
 * @param source
 *   The whole source.
 * @param from
 *   Start of the value's stretch in `source`.
 * @param to
 *   End of it.
 * @returns
 *   Start and end offsets, one of each per unit of `value`.
 */
export function alignText(value: string, source: string, from: number, to: number): {starts: number[]; ends: number[]} {
  const starts: number[] = []
  const ends: number[] = []
  let cursor = from
  let index = 0

  while (index < value.length) {
    const char = value[index]
    const at = source[cursor]

    if (cursor < to && at === char && !(char === '&' && isAmpersandEntity(source, cursor))) {
      starts.push(cursor)
      ends.push(++cursor)
      index++
      continue
    }

    const unit = cursor < to ? unitLength(source, cursor, char) : 0
    if (unit) {
      // One source stretch makes one code point, which may be two units.
      const size = (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
      for (let part = 0; part < size; part++) {
        starts.push(cursor)
        ends.push(cursor + unit)
      }
      cursor += unit
      index += size
      continue
    }

    // Skip source the value lacks, looking a short way ahead.
    const found = source.slice(cursor, Math.min(to, cursor + 64)).indexOf(char)
    if (found !== -1) {
      cursor += found
      continue
    }

    starts.push(cursor)
    ends.push(cursor)
    index++
  }

  return {starts, ends}
}

function isAmpersandEntity(source: string, cursor: number): boolean {
  return /^&(?:amp;?|#0*38;?|#[xX]0*26;?)/.test(source.slice(cursor, cursor + 12))
}

/** How many source units, at `cursor`, make the one value character `char`. */
function unitLength(source: string, cursor: number, char: string): number {
  const at = source[cursor]
  if (at === '\r' && char === '\n') return source[cursor + 1] === '\n' ? 2 : 1
  if (at === '\\' && source[cursor + 1] === char) return 2
  if (at === '&') {
    entity.lastIndex = cursor
    const match = entity.exec(source)
    if (match) return match[0].length
  }
  return 0
}

/**
 * Move every position in a value (a tree, a record, messages: anything
 * JSON-like) from extracted text onto its source: offsets through the origin,
 * lines and columns recomputed on the source. Pure: returns a copy.
 *
 * @param value
 *   Anything holding unist positions (`{start, end}` with points).
 * @param origin
 *   Where the extracted text came from.
 * @returns
 *   A copy of `value` whose positions point into `origin.source`.
 */
export function remapPositions<T>(value: T, origin: Origin): T {
  const {point} = createDoc(origin.source)
  const textEnd = origin.starts.length

  const startOf = (offset: number): number =>
    offset < textEnd ? origin.starts[offset] : textEnd ? origin.ends[textEnd - 1] : 0

  const position = (from: Position): Position => {
    const start = startOf(from.start.offset)
    const end = from.end.offset > from.start.offset ? Math.max(start, origin.ends[Math.min(from.end.offset, textEnd) - 1]) : start
    return {start: point(start), end: point(end)}
  }

  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (node === null || typeof node !== 'object') return node
    if (isPosition(node)) return position(node)
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) copy[key] = visit(child)
    return copy
  }

  return visit(value) as T
}

function isPosition(value: object): value is Position {
  const {start, end} = value as Partial<Position>
  return isPoint(start) && isPoint(end)
}

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && typeof (value as Point).offset === 'number' && typeof (value as Point).line === 'number'
}
