/**
 * Persons as minutes write them: a name joined to a title before or after it
 * (`王明远市长`, `区长于海平`, `区委常委、副区长方明`), with a unit
 * (`市人大常委会主任宋文清`), an honorific (`韩立同志`), a note in brackets
 * (`王强(出差)`), or a group written instead of names (`市政府相关部门`).
 *
 * Matching runs on the normalized view; values are sliced from the source.
 */

import type {Doc} from '../doc.js'
import {createDoc, isIdeograph} from '../doc.js'
import {ambiguousSurnames, doubleSurnames, groupWords, headCountOpeners, honorifics, namelikeWords, surnames, titlePrefixes, titles, unitSuffixes} from '../lexicon.js'
import {isSpace} from '../parse/line.js'
import type {Person} from '../record.js'
import {words} from '../words.js'
import {indexWithin} from './clauses.js'

const byLength = (a: string, b: string) => b.length - a.length
const honorificsLongestFirst = [...honorifics].sort(byLength)

/** Lookups of the words a name may not end with (one per list, not a scan of each). */
const groupEndings = words(groupWords)
const titleEndings = words(titles)
const titlePrefixEndings = words(titlePrefixes)
const unitEndings = words(unitSuffixes)
/** Whether a value ends as a unit's name ends (`…局`, `…公司`, `…领导小组办公室`): one lookup, not a scan of the list. */
const endsUnit = (value: string): boolean => unitEndings.before(value, value.length) !== undefined

/**
 * First code units of surnames and double surnames: a table by code unit
 * rather than a Set, as `isName` is asked of most short spans of an item.
 */
const nameOpeners = new Uint8Array(0x10000)
for (const opener of [...surnames, ...doubleSurnames]) nameOpeners[opener.charCodeAt(0)] = 1

/** Last characters of unit names that no personal name ends with (`区政府`, `区政协`, `武装部`: 区 and 武 are surnames too; `钟山区`, `和平县`: a district or county named alone). */
const officeEndings = '室局委办处科厅署站队司厂府协部区县'

/**
 * Bodies written in two characters after a place that read like a name (`区人大`, `县人大`),
 * a meeting that names a body (`联席会议召集人`: not `联` + a person `席会议`), and a
 * committee (`县委常委会`: not a person `常委会`).
 */
const bodyEndings = ['人大', '会议', '委会', '事会']

/** Code units of the single surnames, as a table: \`surnames\` is a long string to search for every candidate. */
const singleSurnames = new Uint8Array(0x10000)
for (let index = 0; index < surnames.length; index++) singleSurnames[surnames.charCodeAt(index)] = 1

/**
 * Whether a name of two to four characters may end at `end`: a surname
 * opens it, two to four characters back. A quick test before `isName`, for
 * callers that would try many ends.
 *
 * @param text
 *   Normalized text.
 * @param end
 *   Where the name would end.
 * @returns
 *   Whether one may.
 */
export function mayEndName(text: string, end: number): boolean {
  return nameOpeners[text.charCodeAt(end - 2)] === 1 || nameOpeners[text.charCodeAt(end - 3)] === 1 || nameOpeners[text.charCodeAt(end - 4)] === 1
}

/**
 * Whether a normalized string reads as a personal name: two to four
 * ideographs opening with a surname, a name of two padded to three
 * (`李 春`), or a transliterated name with a middle dot; not a group
 * (`区领导`).
 *
 * @param value
 *   The normalized candidate.
 * @returns
 *   Whether it is one.
 */
export function isName(value: string): boolean {
  // A transliterated name, its parts set off by a middle dot: `阿不都热合曼·买买提` (not `县长…·…`, `…·…县长`).
  if (middleDotAt(value) > 0 && dottedName.test(value)) return !titlesLongestFirst.some((title) => value.startsWith(title)) && titleEndingAt(value, value.length) === 0
  // Every name opens with a surname (or a double one): a set lookup turns most candidates away before the tests below.
  if (nameOpeners[value.charCodeAt(0)] !== 1) return false
  if (isPadded(value)) return isIdeograph(value.charCodeAt(0)) && isIdeograph(value.charCodeAt(value.length - 1)) && singleSurnames[value.charCodeAt(0)] === 1
  if (value.length < 2 || value.length > 4) return false
  // (No name holds the particle `的`: `区住建局张贴的公告` names no `张贴的`.)
  for (let index = 0; index < value.length; index++) if (!isIdeograph(value.charCodeAt(index)) || value.charCodeAt(index) === 0x7684 /* 的 */) return false
  // (Nor does a name run on from such a word: `张贴公告` holds no `张贴公`.)
  if (value.length <= 3 && namelike.has(value.length === 2 ? value : value.slice(0, 2))) return false
  // The longest title the value ends with is longer than one character exactly when some such title is.
  if (groupEndings.before(value, value.length) !== undefined || (titleEndings.before(value, value.length)?.length ?? 0) > 1) return false
  // `公室` in `市政府办公室` is the end of a unit, not a name: names do not end like offices.
  if (officeEndings.includes(value.charAt(value.length - 1)) || bodyEndings.some((body) => value.endsWith(body))) return false
  const double = doubleSurnames.some((surname) => value.startsWith(surname))
  if (value.length === 4) return double
  return double || singleSurnames[value.charCodeAt(0)] === 1
}

const namelike = new Set(namelikeWords)

/** The middle dots that join the parts of a transliterated name: `阿不都热合曼·买买提`. */
export const middleDots = '·•・‧'

/** A transliterated name (Uyghur, Kazakh, Tibetan …): ideographs in parts joined by a middle dot. */
const dottedName = new RegExp(`^[\\u4e00-\\u9fff]{1,8}(?:[${middleDots}][\\u4e00-\\u9fff]{1,8}){1,3}$`)
const middleDotCodes = new Uint8Array(0x10000)
for (const dot of middleDots) middleDotCodes[dot.charCodeAt(0)] = 1

/**
 * Where the first middle dot of a value stands, or -1: asked before
 * `dottedName`, since `isName` is asked of most spans an actor may be, and
 * the pattern cost a tenth of reading the owners.
 */
function middleDotAt(value: string): number {
  for (let index = 0; index < value.length; index++) if (middleDotCodes[value.charCodeAt(index)] === 1) return index
  return -1
}

const titleSet = new Set(titles)
const titlesLongestFirst = [...titles].sort((a, b) => b.length - a.length)

/**
 * Where the title starts in a reference by surname and title (`李书记`,
 * `王主任`, `欧阳局长`), the way colleagues name a leader; or -1.
 *
 * @param value
 *   The normalized candidate.
 * @returns
 *   The length of the surname, or -1.
 */
export function surnameTitle(value: string): number {
  if (nameOpeners[value.charCodeAt(0)] !== 1) return -1
  const double = doubleSurnames.find((surname) => value.startsWith(surname))
  if (double) return titleSet.has(value.slice(double.length)) ? double.length : -1
  if (singleSurnames[value.charCodeAt(0)] !== 1 || ambiguousSurnames.includes(value.charAt(0))) return -1
  return titleSet.has(value.slice(1)) ? 1 : -1
}

/** Whether a value is two characters around one space (`李 春`): what `/^\S \S$/` tells, without the pattern. */
function isPadded(value: string): boolean {
  const last = value.length - 1
  return (last === 2 || last === 3) && value.charCodeAt(1) === 0x20 && value.charCodeAt(last - 1) === 0x20 && !isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(last))
}

/**
 * Length of the title (with a body prefix such as `区委`) that `value` ends
 * with at `end`, or 0.
 */
function titleEndingAt(value: string, end: number): number {
  const title = titleEndings.before(value, end)
  if (!title) return 0
  const prefix = titlePrefixEndings.before(value, end - title.length)
  return title.length + (prefix ? prefix.length : 0)
}

/**
 * Split a designation (what stands with a name: `县人大常委会主任`) into a
 * unit and a title, in normalized offsets relative to `value`. Titles joined
 * by `、` make one title (`区委常委、副区长`); what stands before them is
 * the unit when it ends like one (`学院`, `县人大常委会`), else part of the
 * title.
 *
 * @param value
 *   The normalized designation.
 * @returns
 *   Where the unit ends and the title starts (equal when there is no unit);
 *   `title` false when no title ends the designation.
 */
export function splitDesignation(value: string): {unitEnd: number; titleStart: number; title: boolean} {
  let cursor = value.length
  let titleStart = value.length
  for (;;) {
    const length = titleEndingAt(value, cursor)
    if (length === 0) break
    titleStart = cursor - length
    cursor = titleStart
    while (cursor > 0 && /[、, ]/.test(value.charAt(cursor - 1))) cursor--
  }
  if (titleStart === value.length) return {unitEnd: value.length, titleStart: value.length, title: false}
  const rest = value.slice(0, titleStart)
  // `镇党委书记`: a place of one character is no unit's name; it makes one title with the rest.
  if (rest.length <= 1) return {unitEnd: 0, titleStart: 0, title: true}
  // `副县长、县公安局局长`: a title before the unit makes the whole one title.
  const joined = rest.lastIndexOf('、')
  if (joined > 0 && titleEndingAt(rest, joined) > 0) return {unitEnd: 0, titleStart: 0, title: true}
  if (endsUnit(rest)) return {unitEnd: titleStart, titleStart, title: true}
  return {unitEnd: 0, titleStart: 0, title: true}
}

/**
 * Whether a designation ends like something that may stand before a name:
 * a title, a unit or a group (`校领导王强`).
 */
function designates(value: string): 'title' | 'other' | null {
  if (value === '') return null
  if (titleEndingAt(value, value.length) > 0) return 'title'
  if (endsUnit(value) || groupEndings.before(value, value.length) !== undefined) return 'other'
  return null
}

/**
 * Where the name starts in `value` when a designation stands before it
 * (`区长于海平` → 2), or -1.
 */
function nameAfterDesignation(value: string): number {
  // A transliterated name after its title: `县长阿不都热合曼·买买提`; the longest title wins
  // (`董事长买买提·依明`, not `董事` + `长买买提·依明`).
  const dot = middleDotAt(value)
  let dotted = -1
  for (let start = 1; start < dot; start++) {
    if (isName(value.slice(start)) && designates(value.slice(0, start)) === 'title' && (dotted === -1 || titleEndingAt(value, start) > titleEndingAt(value, dotted))) dotted = start
  }
  if (dotted > 0) return dotted
  // Where titles nest (`总会计师吕文`, also `总会计` + `师吕文`), the longest title ending the designation wins.
  let best = -1
  let bestTitle = 0
  for (const length of [3, 2, 4]) {
    const start = value.length - length
    if (start <= 0 || !isName(value.slice(start)) || designates(value.slice(0, start)) !== 'title') continue
    const title = titleEndingAt(value, start)
    if (title > bestTitle) {
      best = start
      bestTitle = title
    }
  }
  if (best > 0) return best
  for (const length of [3, 2, 4]) {
    const start = value.length - length
    if (start <= 0) continue
    if (isName(value.slice(start)) && designates(value.slice(0, start)) === 'other') return start
  }
  // A padded name after a designation: `副院长李 春`.
  const start = value.length - 3
  if (start > 0 && isPadded(value.slice(start)) && isName(value.slice(start)) && designates(value.slice(0, start))) return start
  return -1
}

/**
 * Read one person from a span of the normalized text.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start offset of the phrase.
 * @param end
 *   Normalized end offset of the phrase.
 * @returns
 *   The person (a group has `name: null` and the entry as `unit`); the
 *   position is the name's span when there is a name, else the entry's;
 *   null for an empty phrase.
 */
export function readPerson(doc: Doc, start: number, end: number): Person | null {
  // Trim white space and stray punctuation.
  const norm = doc.norm
  while (start < end && (isSpace(norm.charCodeAt(start)) || isListPunctuation(norm.charCodeAt(start)) || norm.charCodeAt(start) === 0x3a /* : */)) start++
  while (end > start && (isSpace(norm.charCodeAt(end - 1)) || isListPunctuation(norm.charCodeAt(end - 1)) || norm.charCodeAt(end - 1) === 0x3002 /* 。 */)) end--
  if (start >= end) return null

  let note: string | null = null
  // A note in brackets at the end: `王强(出差)`.
  if (doc.norm.charAt(end - 1) === ')') {
    const open = doc.norm.lastIndexOf('(', end - 1)
    if (open > start) {
      note = sliceSource(doc, open + 1, end - 1).trim() || null
      end = open
      while (end > start && /\s/.test(doc.norm.charAt(end - 1))) end--
    }
  }
  // An honorific after the name: `韩立同志`.
  const phrase = doc.norm.slice(start, end)
  const honorific = honorificsLongestFirst.find((word) => phrase.endsWith(word))
  if (honorific && !groupWords.some((word) => phrase.endsWith(word) && word !== honorific)) {
    const rest = doc.norm.slice(start, end - honorific.length)
    if ([rest, rest.slice(-2), rest.slice(-3), rest.slice(-4)].some((tail) => isName(tail))) end -= honorific.length
  }

  // A title in brackets after a name: `王明远(市长)`, `王明(市政府副秘书长)`.
  if (note !== null && isName(doc.norm.slice(start, end))) {
    const designation = normalized(note)
    const split = designation.length === note.length && !/[\s,;:]/.test(designation) ? splitDesignation(designation) : null
    if (titles.includes(designation) || (split && split.title)) {
      return {
        name: sliceSource(doc, start, end),
        title: split && split.title ? note.slice(split.titleStart) : note,
        unit: split && split.unitEnd > 0 ? note.slice(0, split.unitEnd) : null,
        note: null,
        position: doc.normPosition(start, end)
      }
    }
  }
  const value = doc.norm.slice(start, end)
  // A name (or nothing) after a designation that is split into unit and title.
  const person = (nameStart: number | null, designationEnd: number): Person => {
    const split = splitDesignation(doc.norm.slice(start, designationEnd))
    return {
      name: nameStart === null ? null : sliceSource(doc, nameStart, end),
      title: split.title ? sliceSource(doc, start + split.titleStart, designationEnd).replace(/[、,\s]+$/, '') : null,
      unit: split.unitEnd > 0 ? sliceSource(doc, start, start + split.unitEnd) : null,
      note,
      position: doc.normPosition(nameStart ?? start, end)
    }
  }

  if (isName(value)) return person(start, start)
  // A leader by surname and title: `李书记` names the person as well as the text can.
  const surname = surnameTitle(value)
  if (surname > 0) {
    return {name: sliceSource(doc, start, end), title: sliceSource(doc, start + surname, end), unit: null, note, position: doc.normPosition(start, end)}
  }
  // A designation set off from the name by white space: `总经理 许志诚`.
  const gap = /\s+(?=\S+$)/.exec(value)
  if (gap && gap.index > 0 && isName(value.slice(gap.index + gap[0].length)) && !/\s/.test(value.slice(0, gap.index)) && designates(value.slice(0, gap.index)) !== null) {
    return person(start + gap.index + gap[0].length, start + gap.index)
  }
  // A padded name set off by white space after its designation: `县委书记 钟 毅` (a PDF's text layer).
  const padded = /\s+(\S \S)$/.exec(value)
  if (padded && padded.index > 0 && isName(padded[1]) && !/\s/.test(value.slice(0, padded.index)) && designates(value.slice(0, padded.index)) !== null) {
    return person(start + value.length - 3, start + padded.index)
  }
  // The title after the name: `王明远市长`, or set off by white space (`刘伟 校长`).
  const trailing = titleEndingAt(value, value.length)
  if (trailing > 0) {
    const before = value.slice(0, value.length - trailing)
    const titleStart = start + before.length
    const withTitle = (found: Person): Person => ({...found, title: sliceSource(doc, titleStart, end)})
    const nameEnd = start + before.trimEnd().length
    if (isName(doc.norm.slice(start, nameEnd))) {
      return {name: sliceSource(doc, start, nameEnd), title: sliceSource(doc, titleStart, end), unit: null, note, position: doc.normPosition(start, nameEnd)}
    }
    const nameStart = nameAfterDesignation(before)
    if (nameStart > 0) {
      const found = readPerson(doc, start, titleStart)
      if (found && found.name) return withTitle(found)
    }
  }
  // A note in brackets between the designation and the name: `校长(主持工作)X`, `副院长(挂职)X`,
  // `常务副市长(主持市政府全面工作)X`.
  const inner = /^([^()]+)\(([^(),;:。]{1,12})\)([^()]{2,4})$/.exec(value)
  if (inner && isName(inner[3]) && designates(inner[1]) !== null) {
    const open = start + inner[1].length
    return {...person(open + inner[2].length + 2, open), note: sliceSource(doc, open + 1, open + 1 + inner[2].length)}
  }
  // The title (or unit, or group) before the name: `区长于海平`.
  const nameStart = nameAfterDesignation(value)
  if (nameStart > 0) return person(start + nameStart, start + nameStart)
  // A group written instead of names: `区审计局主要负责同志`, `各科室负责人`; but a whole
  // designation that is a title (`党委委员`, before `、副院长X`) is a title, not a group.
  if (groupEndings.before(value, value.length) !== undefined && titleEndingAt(value, value.length) < value.length) {
    return {name: null, title: null, unit: sliceSource(doc, start, end), note, position: doc.normPosition(start, end)}
  }
  // A title or a unit without a name: `区长`, `市政府相关部门`.
  return person(null, end)
}

/**
 * The name after a title whose surname the list lacks, in a chair's phrase
 * (`县人大常委会主任X` before `主持`): two or three ideographs after a
 * designation that ends in a title; none that is itself a title, an
 * honorific or an adverb of chairing (`亲自`, `专门`); four to six where
 * no shorter one follows a title (`旗长那顺巴雅尔`).
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start of the phrase.
 * @param end
 *   Normalized end of the phrase (before `主持`).
 * @returns
 *   The person, or null.
 */
export function readTitledPerson(doc: Doc, start: number, end: number): Person | null {
  const value = doc.norm.slice(start, end)
  // (Longer last: a Mongolian or Tibetan name written without dots, `旗长那顺巴雅尔`, only once no shorter
  // tail reads after a title.)
  for (const length of [3, 2, 4, 5, 6]) {
    const at = value.length - length
    const tail = value.slice(at)
    if (at < 2 || ![...tail].every((character) => isIdeograph(character.charCodeAt(0)))) continue
    // (A long tail holds no word of a phrase: `副县长在百忙中`.)
    if (length > 3 && /[在于从到和与及对为将把被给向了的中]/.test(tail)) continue
    if (titleEndings.before(tail, tail.length) !== undefined || honorificsLongestFirst.some((word) => tail.endsWith(word)) || chairAdverbs.some((word) => tail.includes(word))) continue
    // (A title may be set off from the name by white space: `村党支部书记 X`.)
    let designationEnd = at
    while (designationEnd > 0 && isSpace(value.charCodeAt(designationEnd - 1))) designationEnd--
    if (titleEndingAt(value, designationEnd) === 0) continue
    const person = readPerson(doc, start, start + designationEnd)
    return {name: sliceSource(doc, start + at, end), title: person?.title ?? null, unit: person?.unit ?? null, note: null, position: doc.normPosition(start + at, end)}
  }
  return null
}

/** Adverbs that may stand between a title and `主持`: `县长亲自主持`. */
const chairAdverbs = ['亲自', '专门', '同志', '专题', '共同', '分别', '负责', '召集', '一起']

/**
 * Read a list of persons: `王强、李明(出差)、张三`, `周立 李建国 李 春`,
 * `(1)市领导:王强、李明;(2)…`. A group label before a colon
 * (`市领导:`) becomes the title of the names it heads when they have none,
 * and a designation written once before a list (`副主任王强、李明`) is given
 * to each name.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start offset of the list.
 * @param end
 *   Normalized end offset of the list.
 * @returns
 *   The persons, in order.
 */
export function readPeople(doc: Doc, start: number, end: number): Person[] {
  end = listEnd(doc.norm, start, end)
  const people: Person[] = []
  let group: string | null = null
  let shared: {title: string | null; unit: string | null} | null = null
  const all = entries(doc.norm, start, end)
  for (let index = 0; index < all.length; index++) {
    const [entryStart, entryEnd] = all[index]
    let from = entryStart
    // `(1)` group numbers.
    let open = from
    while (open < entryEnd && isSpace(doc.norm.charCodeAt(open))) open++
    const number = doc.norm.charCodeAt(open) === 0x28 /* ( */ ? /^\s*\(\d+\)\s*/.exec(doc.norm.slice(from, entryEnd)) : null
    if (number) from += number[0].length
    // `市领导:` group labels.
    const colonAt = indexWithin(doc.norm, ':', from, entryEnd)
    const colon = colonAt === -1 ? -1 : colonAt - from
    if (colon > 0 && colon <= 12) {
      group = sliceSource(doc, from, from + colon).trim()
      shared = null
      from += colon + 1
    }
    let person = readPerson(doc, from, entryEnd)
    // A name no surname opens, among names set off by white space (`出席：扎西多吉　马晓岚`): the
    // entry is the name of a person, not a unit, when nothing ends it as units end.
    if (person && person.name === null && person.title === null && person.unit !== null && person.note === null && spacedAmongNames(doc.norm, all, index)) {
      person = {...person, name: person.unit, unit: null}
    }
    // Titles joined by `、` before one name (`县委常委、常务副县长王明`), and a designation set
    // off by white space before a bare name (`集团办公室主任 王明`): one person.
    const next = all[index + 1]
    if (person && person.name === null && (person.title !== null || person.unit !== null) && next) {
      const pause = doc.norm.charCodeAt(entryEnd) === 0x3001 /* 、 */
      const spaced = isSpace(doc.norm.charCodeAt(entryEnd))
      const alone = (pause && person.title !== null) || spaced ? readPerson(doc, next[0], next[1]) : null
      const joined = alone && alone.name !== null && (pause ? alone.title !== null : alone.title === null && alone.unit === null) ? readPerson(doc, from, next[1]) : null
      if (alone && joined && joined.name === alone.name) {
        person = joined
        index++
      } else if (alone && alone.name !== null && spaced && !pause && alone.title === null && alone.unit === null) {
        // A padded name after the space (`区政府办副主任 孟　凡`) that does not read joined: the
        // designation and the name, side by side.
        // A named person is placed on the name.
        person = {...person, name: alone.name, position: alone.position}
        index++
      }
    }
    // A table of attendance, one person a line with the designation after the name
    // (`王明　副市长` / `李强　市政府副秘书长`): the designation that ends its line is the name's.
    else if (person && person.name !== null && person.title === null && person.unit === null && next && isSpace(doc.norm.charCodeAt(entryEnd))) {
      const designation = readPerson(doc, next[0], next[1])
      const after = all[index + 2]
      const endsLine = !after || doc.norm.slice(next[1], after[0]).includes('\n')
      if (designation && designation.name === null && designation.title !== null && endsLine) {
        person = {...person, title: designation.title, unit: designation.unit}
        index++
      }
    }
    // Debris of a cut list (`;(`) names no one, nor does a head count (`应到5人`, `实到七名`).
    if (!person || !/[\u3400-\u9fff]/.test(person.name ?? person.title ?? person.unit ?? '')) continue
    const said = doc.norm.slice(from, entryEnd).trim()
    if (headCount.test(said) || noOne.has(said)) continue
    // A unit before the colon (`县住建局:钟华(局长)`) is the unit of the names after it.
    if (person.name && person.unit === null && group !== null && endsUnit(group)) {
      person.unit = group
    } else if (person.name && person.title === null && person.unit === null) {
      if (shared) Object.assign(person, shared)
      else if (group) person.title = group
    } else if (person.name) {
      // A designation before the name (`副主任王强、李明`) is shared by the bare names after it;
      // one in brackets after it (`王强(区长)、李明`) is the person's own.
      const before = doc.toNorm(person.position.start.offset) > from + (doc.norm.slice(from, entryEnd).length - doc.norm.slice(from, entryEnd).trimStart().length)
      shared = before ? {title: person.title, unit: person.unit} : null
    }
    people.push(person)
  }
  return people
}

/**
 * Whether entry `index` of a list is a name of four to six ideographs that no
 * surname opens (`扎西多吉`, `那顺巴雅尔`), set off by white space beside an
 * entry that reads as a name: nothing in it ends as a unit, a title or a
 * group ends (`城关镇`, `县城投公司`, `局班子成员`).
 */
function spacedAmongNames(norm: string, all: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  const [start, end] = all[index]
  const value = norm.slice(start, end).trim()
  if (value.length < 4 || value.length > 6) return false
  for (let at = 0; at < value.length; at++) if (!isIdeograph(value.charCodeAt(at))) return false
  if (!isSpace(norm.charCodeAt(end)) && !(index > 0 && isSpace(norm.charCodeAt(start)))) return false
  if (officeEndings.includes(value.charAt(value.length - 1)) || endsUnit(value)) return false
  if (groupEndings.before(value, value.length) !== undefined || titleEndingAt(value, value.length) > 0) return false
  const neighbour = (other: number) => {
    const entry = all[other]
    return entry !== undefined && isName(norm.slice(entry[0], entry[1]).trim())
  }
  return neighbour(index - 1) || neighbour(index + 1)
}

/**
 * Split a list into entries on `、` `,` `;` and on runs of white space,
 * keeping padded names (`李 春`) and brackets whole.
 */
/**
 * The end of a list before what says it goes on unnamed: `王强、李明等`,
 * `…李明等同志。`, `…李明……`.
 */
function listEnd(norm: string, start: number, end: number): number {
  while (end > start && (isSpace(norm.charCodeAt(end - 1)) || norm.charAt(end - 1) === '。' || norm.charAt(end - 1) === '…')) end--
  const more = /等(?:同志|人|\d+人)?$/.exec(norm.slice(Math.max(start, end - 5), end))
  return more && end - more[0].length > start ? end - more[0].length : end
}

function entries(norm: string, start: number, end: number): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let depth = 0
  let entryStart = start
  const push = (entryEnd: number) => {
    let first = entryStart
    while (first < entryEnd && isSpace(norm.charCodeAt(first))) first++
    if (first < entryEnd) result.push([entryStart, entryEnd])
  }
  for (let index = start; index < end; index++) {
    const code = norm.charCodeAt(index)
    if (code === 0x28 /* ( */) depth++
    else if (code === 0x29 /* ) */) depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    if (isEntrySeparator(code) || ((code === 0x548c /* 和 */ || code === 0x53ca /* 及 */) && joinsNames(norm, entryStart, index, end))) {
      push(index)
      entryStart = index + 1
    } else if (isSpace(code) && !paddedSpace(norm, index, entryStart, end)) {
      push(index)
      entryStart = index + 1
    }
  }
  push(end)
  return result
}

/** Whether a code unit separates entries of a list: `、` `,` `;` (and their full-width forms). */
function isEntrySeparator(code: number): boolean {
  return isListPunctuation(code) || code === 0xff0c /* ， */ || code === 0xff1b /* ； */
}

/** `、` `,` `;`: punctuation trimmed off a person and between the entries of a list. */
function isListPunctuation(code: number): boolean {
  return code === 0x3001 /* 、 */ || code === 0x2c /* , */ || code === 0x3b /* ; */
}

/**
 * Whether `和` / `及` at `index` joins two names (`李杰和王强`) rather than
 * standing inside one (`王和平`).
 */
function joinsNames(norm: string, entryStart: number, index: number, end: number): boolean {
  let after = index + 1
  while (after < end && !isEntrySeparator(norm.charCodeAt(after)) && !isSpace(norm.charCodeAt(after))) after++
  const before = norm.slice(entryStart, index).trim()
  const last = before.slice(-3)
  if (!isName(before) && !isName(last) && !isName(before.slice(-2))) return false
  const next = norm.slice(index + 1, after)
  if (isName(next) || (isName(before) && designatedName(next))) return true
  // After a designated name (`副秘书长X`, not `市林业和草原局` nor `总会计师及各部门`): another
  // (`县长X和县住建局局长Y`), or the units whose people come after it (`副秘书长X及市住建局、
  // 市城管局等单位负责同志`).
  if (!designatedName(before)) return false
  return (next.length > 2 && endsUnit(next)) || designatedName(next)
}

/**
 * A head count in a list of attendance: `应到5人`, `实到董事七名`, `共9人`, a
 * bare `5人`; not a group counted (`居民代表6名`, `副县长2人`).
 */
const headCount = new RegExp(`^(?:(?:${headCountOpeners.join('|')})\\D{0,3}?)?[\\d一二三四五六七八九十]+\\s*[人名位]$`)

/** What a list says when it names no one: `请假:无`. */
const noOne = new Set(['无', '暂无', '没有', '无人'])

/** Whether a text ends in a name of two or three after a title: `市政府副秘书长王丹`. */
function designatedName(text: string): boolean {
  return [2, 3].some((size) => text.length > size && isName(text.slice(-size)) && titles.some((title) => text.endsWith(title, text.length - size)))
}

/**
 * Whether the space at `index` pads a two-character name (`李 春`): one
 * ideograph on each side, each standing alone (or, after it, before a
 * bracketed note or the list's `end`). The ideograph before it opens the entry, so that padded
 * names in a row pair off (`张 伟 刘 洋`: `张 伟` and `刘 洋`, not one entry).
 */
function paddedSpace(norm: string, index: number, entryStart: number, end: number): boolean {
  // The padding may be two spaces (`韩  冬`, where two also part the names): the run around `index`.
  // (Each walk stops past two: a long run of spaces pads nothing, and is not walked from each of its spaces.)
  let runStart = index
  while (runStart > entryStart && index - runStart < 2 && isSpace(norm.charCodeAt(runStart - 1))) runStart--
  let runEnd = index + 1
  while (runEnd < end && runEnd - index < 3 && isSpace(norm.charCodeAt(runEnd))) runEnd++
  if (runEnd - runStart > 2) return false
  const before = norm.charCodeAt(runStart - 1)
  const after = norm.charCodeAt(runEnd)
  let first = entryStart
  while (first < runStart && isSpace(norm.charCodeAt(first))) first++
  const alone = first === runStart - 1
  // A note in brackets may follow the name: `陈 涛(外出学习)`.
  // (The list ends where its span does: a label glued after it, `杜 鹏列席:`, is not part of it.)
  const afterAlone = runEnd + 1 >= end || /[\s、,;(]/.test(norm.charAt(runEnd + 1))
  return alone && afterAlone && isIdeograph(before) && isIdeograph(after)
}

/**
 * The source text of a normalized span.
 *
 * @param doc
 *   The document.
 * @param start
 *   Normalized start.
 * @param end
 *   Normalized end.
 * @returns
 *   The text as written.
 */
export function sliceSource(doc: Doc, start: number, end: number): string {
  if (end <= start) return ''
  return doc.source.slice(doc.toSource(start), doc.toSourceEnd(end))
}

/** The normalized form of a short value, to look it up in the lexicon. */
function normalized(value: string): string {
  return createDoc(value).norm
}
