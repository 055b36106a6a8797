import {matchMarker} from '../parse/numbering.js'

/**
 * Skip a list marker at the start of a clause: `(一)市城投公司要…`
 * reads from `市`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Clause start.
 * @param end
 *   Clause end.
 * @returns
 *   Where the clause's words start.
 */
export function skipMarker(text: string, start: number, end: number): number {
  const marker = matchMarker(text, start, true)
  return marker && marker.end <= end ? marker.end : start
}
