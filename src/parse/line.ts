/**
 * Line classes that carry no item content: page noise, the title, attendance
 * blocks. The parser asks `classifyLine` about every line before it looks for
 * numbering.
 */

import type {AttendanceRole, NoiseKind} from '../tree.js'

/** What a line is, when it is not ordinary content. */
export type LineClass =
  | {kind: 'noise'; noise: NoiseKind}
  | {kind: 'title'}
  | {
      kind: 'attendance'
      role: AttendanceRole
      /** The label as written (`参 会`), relative to the line start. */
      labelStart: number
      labelEnd: number
      /** Where the names start, after the colon, relative to the line start. */
      contentStart: number
    }

/**
 * Classify one line of the source (without its line ending).
 *
 * @param line
 *   The line, as written (may have leading white space).
 * @param context
 *   `inPreamble`: whether no item has started yet.
 * @returns
 *   The class, or null for ordinary content.
 */
export function classifyLine(line: string, context: {inPreamble: boolean}): LineClass | null {
  void line
  void context
  return null
}
