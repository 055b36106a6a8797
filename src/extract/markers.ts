import {matchMarker} from '../parse/numbering.js'

/** A topic's tag glued before a matter: `【城市管理】会议同意…` (two to eight ideographs). */
const topicTag = /^【[\u4e00-\u9fff]{2,8}】\s*/

/**
 * Skip a list marker at the start of a clause: `(一)市城投公司要…`
 * reads from `市`; so does a topic's tag (`【城市管理】会议同意…` reads from `会`).
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
  if (marker && marker.end <= end) return marker.end
  if (text.charCodeAt(start) !== 0x3010 /* 【 */) return start
  const tag = topicTag.exec(text.slice(start, Math.min(end, start + 12)))
  return tag ? start + tag[0].length : start
}
