/**
 * Names set off from their title: web pages and Word copies often pad a
 * leader's name from the title or unit before it with a space (ASCII or
 * full-width): `县长　王强主持召开…`, `由副县长 田野牵头`, `汇报(县应急管理局
 * 张明)`. In running text that space is layout, not a boundary; the view
 * leaves it out (see `createDoc`'s joins), so the title and the name read as
 * one designation (`县长王强`), and positions still point into the source.
 *
 * Only where the name runs on into the sentence (a verb, a bracket after
 * it): a list of names set off by spaces (`出席:县长 王强 副县长 李明`) keeps
 * its spaces, and so does a table's column gap of two spaces after a unit.
 */

import type {Doc} from '../doc.js'
import {isIdeograph} from '../doc.js'
import {titles, unitSuffixes} from '../lexicon.js'
import {isName} from '../extract/person.js'
import {words} from '../words.js'

const titleWords = words(titles)
const suffixWords = words(unitSuffixes)

/**
 * Find the spaces between a title or a unit and a personal name that runs
 * on into its sentence.
 *
 * @param doc
 *   The doc of the text (see `createDoc`).
 * @returns
 *   Source spans `[from, to)` to drop, in order.
 */
export function paddedNameJoins(doc: Doc): number[] {
  const norm = doc.norm
  const joins: number[] = []
  // (Most texts pad no name: one native search finds the candidates.)
  const pattern = /[\u4e00-\u9fff] {1,2}[\u4e00-\u9fff]/g
  for (let match = pattern.exec(norm); match !== null; match = pattern.exec(norm)) {
    const from = match.index + 1
    const to = match.index + match[0].length - 1
    pattern.lastIndex = to
    const before = designationBefore(norm, from)
    // (Two spaces, as a copy writes a full-width one, only after a title: after a unit they are a table's column gap.)
    if (before === null || (to - from > 1 && before !== 'title')) continue
    if (!nameRunningOn(norm, to, before)) {
      // A name letter-spaced after its title, as an OCR of a justified line sets it (`镇长 包 海 峰 在…主持`).
      const spaced = before === 'title' && to - from === 1 ? letterSpacedName(norm, to) : null
      if (spaced === null) continue
      joins.push(doc.toSource(from), doc.toSourceEnd(to))
      for (const gap of spaced.gaps) joins.push(doc.toSource(gap), doc.toSourceEnd(gap + 1))
      pattern.lastIndex = spaced.end
      continue
    }
    joins.push(doc.toSource(from), doc.toSourceEnd(to))
  }
  return joins
}

/**
 * A name of two or three ideographs with one space after each (`包 海 峰 在…`, `包 海峰主持`) at
 * `start`, running on into its sentence: the spaces inside it and after it, and where it ends.
 * Not a row of names (`包 海 峰 覃 晓 明`): what follows runs to a comma or a full stop with no
 * colon and no other letter-spaced run.
 */
function letterSpacedName(norm: string, start: number): {gaps: number[]; end: number} | null {
  const found = letterSpaced.exec(norm.slice(start, start + 16))
  if (!found) return null
  const name = (found[1] as string) + (found[2] as string) + (found[3] ?? '')
  if (!isName(name)) return null
  const gaps: number[] = []
  for (let index = start; index < start + found[0].length; index++) if (norm.charCodeAt(index) === 0x20) gaps.push(index)
  const end = start + found[0].length
  if (!isIdeograph(norm.charCodeAt(end)) || !/^[^:,。 ]{2,}[,。]/.test(norm.slice(end, end + 40))) return null
  return {gaps, end}
}

const letterSpaced = /^([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?: ?([\u4e00-\u9fff])(?= ))? ?/

/** What ends at `end`: a title (`副县长`), a unit (`县应急管理局`), or neither. */
function designationBefore(norm: string, end: number): 'title' | 'unit' | null {
  if (titleWords.before(norm, end) !== undefined) return 'title'
  const suffix = suffixWords.before(norm, end)
  // A unit's name stands before its suffix (`局` alone is none).
  return suffix !== undefined && end - suffix.length > 0 && isIdeograph(norm.charCodeAt(end - suffix.length - 1)) ? 'unit' : null
}

/**
 * Whether a personal name of two or three characters starts at `start` and
 * the sentence runs on after it: into a verb (`田野牵头`), or out of a
 * bracket (`(县应急管理局 张明)`, `(县教育局局长 付小琴)`, who speak for the
 * unit). A name before list punctuation stays set off (`参加:安环部 曹刚、生产部
 * 夏建`), and so does one after a title in a bracket with a label
 * (`(汇报人:医务部主任 X)`).
 */
function nameRunningOn(norm: string, start: number, before: 'title' | 'unit'): boolean {
  // (The longer name first: `宓海燕)` is no `宓海` running on into `燕`.)
  const length = isName(norm.slice(start, start + 3)) ? 3 : isName(norm.slice(start, start + 2)) ? 2 : 0
  if (length === 0) return false
  const after = norm.charCodeAt(start + length)
  // `汇报人:州教育局局长 吉克子尔,…`: in a label's value a name of four, as a minority's names often are,
  // ends at the list's mark; its fourth character is no verb it runs on into.
  if (length === 3 && isIdeograph(after) && !isIdeograph(norm.charCodeAt(start + 4)) && labelledLine(norm, start)) return false
  if (isIdeograph(after)) return true
  // (A bracket that labels its speaker, `(汇报人:X主任 Y)`, is read by its label: see `readPerson`.)
  return after === 0x29 /* ) */ && (before === 'unit' || !labelledBracket(norm, start))
}

/** Whether the bracket `start` stands in holds a label before it: `(汇报人:…`. */
function labelledBracket(norm: string, start: number): boolean {
  const open = norm.lastIndexOf('(', start)
  return open === -1 || start - open > 30 || norm.slice(open, start).includes(':')
}

/** Whether the line `start` stands in opens with a label before it: `汇报人:…`. */
function labelledLine(norm: string, start: number): boolean {
  const line = norm.lastIndexOf('\n', start) + 1
  const colon = norm.indexOf(':', line)
  return colon !== -1 && colon < start && colon - line <= 8
}
