import {matchMarker} from '../parse/numbering.js'
import {isUnit} from './actor.js'
import {photoCaptionMarks} from '../lexicon.js'

/** A topic's tag glued before a matter: `【城市管理】会议同意…` (two to eight ideographs). */
const topicTag = /^【[\u4e00-\u9fff]{2,8}】\s*/

/**
 * Skip a list marker at the start of a clause: `(一)市城投公司要…`
 * reads from `市`; so does a topic's tag (`【城市管理】会议同意…` reads from `会`), not a
 * unit's (`【党政办】上周完成了…`, a round of reports), and a dash that lists a line (`——X:…`).
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
  // A news page's triangle before each task it lists: `▲县交通运输局负责…` reads from `县` (a photo's
  // caption, `▲会议现场`, is page noise before it comes here).
  if (photoCaptionMarks.includes(text.charAt(start)) && start + 1 < end) return start + 1
  // A dash that lists each owner's line: `——县应急管理局:牵头组织…` reads from `县`.
  if (text.startsWith('——', start) && text.charAt(start + 2) !== '—' && start + 2 < end) return start + 2
  if (text.charCodeAt(start) !== 0x3010 /* 【 */) return start
  const tag = topicTag.exec(text.slice(start, Math.min(end, start + 12)))
  // Not a unit's name in brackets, which says who speaks (`【党政办】上周完成了…`).
  return tag && !isUnit(text, start + 1, start + tag[0].trimEnd().length - 1) ? start + tag[0].length : start
}
