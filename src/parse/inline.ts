/**
 * Inside a paragraph: inline lists (`（一）…。（二）…`, `一是…二是…`) and the
 * statements led by cues (`会议强调`, `原则同意` …).
 */

import type {Doc} from '../doc.js'
import {readActor} from '../extract/actor.js'
import {chineseDigits, clauseCues, decisionVerbs, enumerationWords, labelBullets, sequenceWords, statementCues, statementSubjects} from '../lexicon.js'
import type {Level, List, ListItem, Marker, Paragraph, Statement, StatementKind, Text} from '../tree.js'
import {words} from '../words.js'
import {levelDepth, matchMarker, mayStandAfter, type MarkerMatch} from './numbering.js'

/** A list found in a span, before it becomes nodes. */
interface FoundList {
  level: Level
  markers: MarkerMatch[]
  start: number
  end: number
}

/**
 * Code units after which a marker may open an inline list: `。` `;` `:` `!`
 * `?` `,`, space and tab. Tested on code units: `charAt` would allocate a
 * string for every ideograph of the paragraph.
 */
function isBoundary(code: number): boolean {
  // Compares rather than a `Set`: this runs for every character of every paragraph.
  return code === 0x3002 || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2c || code === 0x20 || code === 0x09
}
const titleOpen = 0x300a // 《
const yi = 0x4e00 // 一
const circledOne = 0x2460 // ①
/** First code units of the words after a numeral that make an enumeration (`一是`, `一要`). */
const enumerationSeconds = new Set(enumerationWords.map((word) => word.charCodeAt(0)))

/**
 * Whether the second of an enumeration (`二是` after `一是`) follows in the
 * same sentence, after clause punctuation: what tells a glued `一是` from
 * words that hold it (`统一要求。二要…`).
 */
function secondInSentence(text: string, first: MarkerMatch, end: number): boolean {
  // `二是` after `一是`; `(二)` after `(一)`.
  const second = first.level === 'subsection' ? '(二)' : '二' + text.slice(first.start + 1, first.markerEnd)
  const head = second.charCodeAt(0)
  const limit = Math.min(end, first.end + 300)
  for (let index = first.end; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (isFullStop(code)) return false
    if (code === head && isBoundary(text.charCodeAt(index - 1)) && text.startsWith(second, index)) return true
  }
  return false
}

/**
 * Whether a section marker (`一、`) belongs to an inline list: the first right
 * after a colon with `二、` after a `;` in its sentence (`会议明确:一、…;二、…`),
 * or the next of such a list already open. Elsewhere `一、` opens a heading.
 */
function inlineSection(text: string, match: MarkerMatch, open: Map<Level, FoundList>, end: number): boolean {
  if (open.has('section')) return true
  return match.number === 1 && text.charCodeAt(match.start - 1) === 0x3a /* : */ && secondInSentence(text, match, end)
}

/** Whether a code unit belongs to a longer numeral before `一` (`十一是`, `第一要务` are no `一是`). */
function isNumeral(code: number): boolean {
  return chineseDigits[String.fromCharCode(code)] !== undefined || code === 0x5341 /* 十 */ || code === 0x767e /* 百 */ || code === 0x7b2c /* 第 */
}
const titleClose = 0x300b // 》
const quoteOpen = 0x201c // “
const quoteClose = 0x201d // ”

/**
 * Find inline lists in a span of the normalized text: runs of at least two
 * markers of one level that continue one sequence, outside 《》 and quotes.
 *
 * @param doc
 *   The doc.
 * @param start
 *   Normalized offset where the span starts.
 * @param end
 *   Normalized offset where it ends.
 * @returns
 *   The lists, outermost first, in order.
 */
function findLists(doc: Doc, start: number, end: number): FoundList[] {
  const text = doc.norm
  const open = new Map<Level, FoundList>()
  const closed: FoundList[] = []
  let titleDepth = 0
  let quoteDepth = 0

  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === titleOpen) titleDepth++
    else if (code === titleClose) titleDepth = Math.max(0, titleDepth - 1)
    else if (code === quoteOpen) quoteDepth++
    else if (code === quoteClose) quoteDepth = Math.max(0, quoteDepth - 1)
    if (titleDepth > 0 || quoteDepth > 0) continue
    if (index !== start && !isBoundary(text.charCodeAt(index - 1))) {
      // `会议要求各单位一是…;二是…`: the first of an enumeration may follow its addressee unpunctuated.
      // `会议要求①…;②…`: a circled numeral is never part of a word, so it may follow its addressee too;
      // so may `(一)` where `(二)` follows in its sentence (`要求各部门(一)…;(二)…`).
      const circled = code === circledOne && !open.has('circled')
      const bracketed = code === 0x28 /* ( */ && text.charCodeAt(index + 1) === yi && text.charCodeAt(index + 2) === 0x29 /* ) */ && !open.has('subsection')
      const glued = circled || bracketed || (code === yi && enumerationSeconds.has(text.charCodeAt(index + 1)) && !open.has('enumeration') && !isNumeral(text.charCodeAt(index - 1)))
      if (!glued) continue
      const match = matchMarker(text, index, false)
      if (!match) continue
      if (circled ? match.level !== 'circled' : match.level !== (bracketed ? 'subsection' : 'enumeration') || !secondInSentence(text, match, end)) continue
      open.set(match.level, {level: match.level, markers: [match], start: match.start, end})
      index = match.end - 1
      continue
    }
    // A sentence the meeting or a leader speaks (`会议要求…`, `王主任强调…`) ends the lists before it.
    if (open.size > 0 && isSentenceEnd(text.charCodeAt(index - 1)) && spokenCue(text, index)) {
      for (const list of [...open.values()]) close(open, closed, list, index)
    }
    const match = matchMarker(text, index, false) ?? lastInSequence(text, index, open.get('enumeration')) ?? bracketLost(text, index, end, open)
    if (!match || (match.level === 'section' && !inlineSection(text, match, open, end)) || !mayStandAfter(match.level, index === start ? '' : text.charAt(index - 1))) continue
    const sequence = open.get(match.level)
    const last = sequence?.markers[sequence.markers.length - 1]
    // `一是…二是…二是…`: a repeated enumeration word goes on the run (a scan read `三是` as `二是`).
    const repeated = sequence !== undefined && sequence.markers.length > 1 && match.level === 'enumeration' && match.number === last?.number
    if (sequence && last && (match.number === last.number + 1 || repeated)) {
      sequence.markers.push(match)
      closeDeeper(open, closed, match.level, match.start)
    } else if (match.number === 1) {
      if (sequence) close(open, closed, sequence, match.start)
      closeDeeper(open, closed, match.level, match.start)
      open.set(match.level, {level: match.level, markers: [match], start: match.start, end})
    } else {
      continue
    }
    index = match.end - 1
  }
  for (const sequence of open.values()) closed.push(sequence)
  const lists = closed.filter((list) => list.markers.length > 1).sort((a, b) => a.start - b.start)
  for (const list of lists) list.end = sentenceListEnd(text, list)
  return lists
}

/**
 * `1)` inside a paragraph (`会议要求:1)…;2)…`), a `(1)` that lost its opening bracket, as
 * `matchMarker` reads it at a line start: where it goes on a run open, or its `2)` follows
 * after clause punctuation in its sentence.
 */
function bracketLost(text: string, index: number, end: number, open: Map<Level, FoundList>): MarkerMatch | null {
  const code = text.charCodeAt(index)
  if (code < 0x31 /* 1 */ || code > 0x39 /* 9 */) return null
  const match = matchMarker(text, index, true)
  if (!match || match.level !== 'paren-arabic') return null
  const last = open.get('paren-arabic')?.markers.at(-1)
  if (last) return match.number === last.number + 1 ? match : null
  if (match.number !== 1) return null
  const limit = Math.min(end, match.end + 300)
  for (let at = match.end; at < limit; at++) {
    const next = text.charCodeAt(at)
    if (isFullStop(next)) return null
    if (next === 0x32 /* 2 */ && text.charCodeAt(at + 1) === 0x29 /* ) */ && isBoundary(text.charCodeAt(at - 1))) return match
  }
  return null
}

const zui = 0x6700 // 最
/** The word that closes a run of sequence words (`首先…其次…最后`), the last of `sequenceWords`. */
const lastSequenceWord = sequenceWords[sequenceWords.length - 1]

/**
 * `最后` at `index` closing an enumeration opened by the other sequence words
 * (`首先要…,其次要…,最后要…`): the next marker of it; or null. Alone it is an
 * adverb (`会议最后研究了…`), so only an open run of them makes it a marker.
 */
function lastInSequence(text: string, index: number, list: FoundList | undefined): MarkerMatch | null {
  if (list === undefined || text.charCodeAt(index) !== zui || !text.startsWith(lastSequenceWord, index)) return null
  const last = list.markers[list.markers.length - 1]
  if (!sequenceWords.includes(last.ordinal)) return null
  const markerEnd = index + lastSequenceWord.length
  const end = text.charCodeAt(markerEnd) === 0x2c /* , */ ? markerEnd + 1 : markerEnd
  return {level: 'enumeration', ordinal: lastSequenceWord, number: last.number + 1, start: index, end, markerEnd}
}

/**
 * Where a list ends that runs inside one sentence (`会议强调,一是…,二是…,三是….`,
 * no marker after a `。`): at that sentence's end, so that the next sentence
 * is not part of the last point.
 */
function sentenceListEnd(text: string, list: FoundList): number {
  if (list.markers.some((marker) => isFullStop(text.charCodeAt(marker.start - 1)))) return list.end
  let depth = 0
  for (let index = list.markers[list.markers.length - 1].end; index < list.end; index++) {
    const code = text.charCodeAt(index)
    if (code === titleOpen || code === quoteOpen) depth++
    else if ((code === titleClose || code === quoteClose) && depth > 0) depth--
    else if (depth === 0 && isFullStop(code)) return index + 1
  }
  return list.end
}

/** `。` `!` `?`: ends of a sentence, not of a clause. */
function isFullStop(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f
}

function close(open: Map<Level, FoundList>, closed: FoundList[], list: FoundList, at: number): void {
  list.end = at
  closed.push(list)
  open.delete(list.level)
}

/** A marker of a shallower level continuing its sequence ends the deeper lists opened since. */
function closeDeeper(open: Map<Level, FoundList>, closed: FoundList[], level: Level, at: number): void {
  for (const list of [...open.values()]) {
    if (levelDepth[list.level] > levelDepth[level]) close(open, closed, list, at)
  }
}

/**
 * Make a marker node.
 */
export function markerNode(doc: Doc, match: MarkerMatch): Marker {
  const position = doc.normPosition(match.start, match.markerEnd)
  return {
    type: 'marker',
    level: match.level,
    ordinal: match.ordinal,
    number: match.number,
    value: doc.source.slice(position.start.offset, position.end.offset),
    position
  }
}

function textNode(doc: Doc, start: number, end: number): Text | null {
  // Trim white space so that values are clean and positions exact.
  while (start < end && isSpace(doc.norm.charCodeAt(start))) start++
  while (end > start && isSpace(doc.norm.charCodeAt(end - 1))) end--
  if (start >= end) return null
  const position = doc.normPosition(start, end)
  return {type: 'text', value: doc.source.slice(position.start.offset, position.end.offset), position}
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d
}

/**
 * Build text and list nodes for a span, nesting the given lists.
 */
function buildInline(doc: Doc, start: number, end: number, lists: FoundList[]): Array<Text | List> {
  const children: Array<Text | List> = []
  let cursor = start
  let index = 0
  while (index < lists.length) {
    const list = lists[index]
    const listEnd = Math.min(list.end, end)
    // Lists that start inside this one belong to its entries.
    let inner = index + 1
    while (inner < lists.length && lists[inner].start < listEnd) inner++
    const nested = lists.slice(index + 1, inner)
    const before = textNode(doc, cursor, list.start)
    if (before) children.push(before)
    children.push(listNode(doc, list, listEnd, nested))
    cursor = listEnd
    index = inner
  }
  const after = textNode(doc, cursor, end)
  if (after) children.push(after)
  return children
}

function listNode(doc: Doc, list: FoundList, end: number, nested: FoundList[]): List {
  const children: ListItem[] = []
  // `nested` is sorted by start and the entries' spans follow each other: one pass picks each entry's lists.
  let from = 0
  for (let index = 0; index < list.markers.length; index++) {
    const match = list.markers[index]
    const itemEnd = index + 1 < list.markers.length ? list.markers[index + 1].start : end
    const inner = takeStarting(nested, from, match.end, itemEnd)
    from = inner.next
    children.push({
      type: 'point',
      marker: markerNode(doc, match),
      children: buildInline(doc, match.end, trimEnd(doc, itemEnd), inner.lists),
      position: doc.normPosition(match.start, trimEnd(doc, itemEnd))
    })
  }
  return {
    type: 'list',
    level: list.level,
    inline: true,
    children,
    position: doc.normPosition(list.start, trimEnd(doc, end))
  }
}

/**
 * The lists of a start-sorted array that start in `[start, end)`, looking from
 * index `from`; `next` is where to look for a later span. Same result as a
 * `filter` over the whole array, in time proportional to what it passes, so
 * that a paragraph with many entries or statements stays linear.
 */
function takeStarting(lists: FoundList[], from: number, start: number, end: number): {lists: FoundList[]; next: number} {
  while (from < lists.length && lists[from].start < start) from++
  let to = from
  while (to < lists.length && lists[to].start < end) to++
  return {lists: lists.slice(from, to), next: to}
}

/** Where a statement's content starts: after the cue and its `,` or `:`. */
function contentStart(doc: Doc, start: number, end: number): number {
  while (start < end && ',: '.includes(doc.norm.charAt(start))) start++
  return start
}

function trimEnd(doc: Doc, end: number): number {
  while (end > 0 && isSpace(doc.norm.charCodeAt(end - 1))) end--
  return end
}

/** A cue found at a sentence start. */
export interface CueMatch {
  kind: StatementKind
  /** Offset of the subject or verb. */
  start: number
  /** Offset after the cue. */
  end: number
}

/**
 * The cue verbs as one lookup (longest first, as `cueTable` tried them in
 * turn), and each cue's kind: the first entry for a cue wins, as in that loop.
 */
const cueWords = words(statementCues.map(([cue]) => cue))
const cueKinds = new Map<string, StatementKind>()
for (const [cue, kind] of statementCues) if (!cueKinds.has(cue)) cueKinds.set(cue, kind)
const subjects = [...statementSubjects].sort((a, b) => b.length - a.length)
// (`明确由X负责…` opening a sentence or an agreed point: the meeting decides who does it.)
const bareDecisionVerbs = [...decisionVerbs.filter((verb) => verb.length > 2 || verb === '同意'), '明确由']
/** The subjects by first character (longest first, as in `subjects`), and the bare verbs' first characters. */
const subjectWords = words(subjects)
const bareFirsts = new Set(bareDecisionVerbs.map((verb) => verb.charCodeAt(0)))

/**
 * Match a statement cue at `start`: an optional subject (`会议`, `会议还`,
 * `经会议研究,`) and a verb from the lexicon; a decision verb may stand alone.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where a sentence starts.
 * @returns
 *   The cue, or null.
 */
export function matchCue(text: string, start: number): CueMatch | null {
  let cursor = start
  // Asked at every sentence start: one lookup instead of trying each subject.
  const subject = subjectWords.at(text, cursor) ?? ''
  cursor += subject.length
  if (subject.startsWith('经')) return {kind: 'decision', start, end: cursor}
  if (subject) {
    if (text.startsWith('由', cursor)) return {kind: 'report', start, end: cursor + 1}
    const cue = cueWords.at(text, cursor)
    const kind = cue === undefined ? undefined : cueKinds.get(cue)
    return cue === undefined || kind === undefined ? null : {kind, start, end: cursor + cue.length}
  }
  const leader = leaderCue(text, cursor)
  if (leader) return leader
  if (!bareFirsts.has(text.charCodeAt(cursor))) return null
  for (const verb of bareDecisionVerbs) {
    if (text.startsWith(verb, cursor)) return {kind: 'decision', start, end: cursor + verb.length}
  }
  return null
}

/** Whether a cue with its speaker starts at `start`: `会议要求`, `李书记强调` (not a bare `同意…`). */
function spokenCue(text: string, start: number): boolean {
  if (leaderCue(text, start)) return true
  return subjectWords.at(text, start) !== undefined && matchCue(text, start) !== null
}

/** Cues a leader may speak: `李书记强调:`, `王市长指出,`. */
const leaderCues = words(statementCues.filter(([, kind]) => kind === 'instruction' || kind === 'opinion').map(([cue]) => cue))

/**
 * A cue spoken by a leader at `start`: a person with a title (`李书记`,
 * `王建军主任`, `副区长吴敏`) and an instruction or opinion verb, or a colon.
 * In working minutes the leaders' words are the meeting's instructions.
 */
function leaderCue(text: string, start: number): CueMatch | null {
  // A leader is written in one piece: not over a line end or a sentence's end (`!\n区长来源:`).
  let stop = Math.min(start + 10, text.length - 1)
  for (let at = start; at < stop; at++) if (breaksActor(text.charCodeAt(at))) stop = at
  for (let at = start + 3; at <= stop; at++) {
    // A leader's words written after the name and a colon (`李书记:一是…`) are what the leader asks.
    const colon = text.charCodeAt(at) === 0x3a /* : */
    const cue = colon ? undefined : leaderCues.at(text, at)
    const kind = colon ? 'instruction' : cue === undefined ? undefined : cueKinds.get(cue)
    if (kind === undefined) continue
    const actor = readActor(text, start, at)
    if (actor && (actor.kind === 'person' || actor.kind === 'unit-person') && actor.title) return {kind, start, end: at + (cue?.length ?? 0)}
  }
  return null
}

/** Whether a code unit cannot stand inside a leader's name and title: a line end, `。` `!` `?` `;` `,`. */
function breaksActor(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2c
}

/**
 * Match a cue at a clause start (after `,`) inside a sentence the meeting
 * speaks: `…的汇报,要求X…`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the clause starts.
 * @returns
 *   The cue, or null.
 */
function matchClauseCue(text: string, start: number): CueMatch | null {
  for (const [cue, kind] of clauseCues) if (text.startsWith(cue, start)) return {kind, start, end: start + cue.length}
  return null
}

/** Code units that end a sentence, where a cue may start: `。` `;` `!` `?`. */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0x3b || code === 0x21 || code === 0x3f
}

/**
 * Build a paragraph node for a span of the normalized text: inline lists
 * first, then statements from each cue to the next. A web page's bullet
 * before it (`◆会议听取了…`) is left out.
 *
 * @param doc
 *   The doc.
 * @param start
 *   Normalized offset of the paragraph's first character.
 * @param end
 *   Normalized offset after its last character.
 * @returns
 *   The paragraph.
 */
export function paragraphNode(doc: Doc, start: number, end: number): Paragraph {
  const text = doc.norm
  while (start < end - 1 && labelBullets.includes(text.charAt(start))) {
    start++
    while (start < end - 1 && text.charAt(start) === ' ') start++
  }
  const lists = findLists(doc, start, end)
  const cues: CueMatch[] = []
  let listIndex = 0
  // Whether the sentence being read opens with the meeting as subject (`会议…`, `会上…`).
  let spoken = false
  for (let index = start; index < end; index++) {
    while (listIndex < lists.length && lists[listIndex].end <= index) listIndex++
    const list = lists[listIndex]
    if (list && index >= list.start) {
      index = list.end - 1
      continue
    }
    if (index !== start && !isSentenceEnd(text.charCodeAt(index - 1))) {
      // A clause after a comma may carry its own cue, the meeting left out; not right after a cue (`会议强调,要求…`).
      if (!spoken || text.charCodeAt(index - 1) !== 0x2c /* , */) continue
      if (cues.length > 0 && cues[cues.length - 1].end >= index - 1) continue
      // `…的汇报,会议议定:(1)…`: the meeting named again after a comma opens a statement of its own.
      const cue = matchClauseCue(text, index) ?? (subjectWords.at(text, index) === undefined ? null : matchCue(text, index))
      if (cue && cue.end <= end) {
        cues.push(cue)
        index = cue.end - 1
      }
      continue
    }
    spoken = subjectWords.at(text, index) !== undefined
    const cue = matchCue(text, index)
    // (Not one that runs on past the paragraph, which a break the reader made cut off: `区长|来源:…`.)
    if (cue && cue.end <= end) {
      cues.push(cue)
      index = cue.end - 1
    }
  }

  const children: Array<Text | Statement | List> = []
  const lead = cues.length > 0 ? cues[0].start : end
  children.push(...buildInline(doc, start, lead, lists.filter((list) => list.start < lead)))
  let from = 0
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index]
    let statementEnd = trimEnd(doc, index + 1 < cues.length ? cues[index + 1].start : end)
    // A statement the next clause's cue cuts off ends before the comma between them.
    if (statementEnd < end && text.charCodeAt(statementEnd - 1) === 0x2c /* , */) statementEnd = trimEnd(doc, statementEnd - 1)
    const taken = takeStarting(lists, from, cue.end, statementEnd)
    const inside = taken.lists
    from = taken.next
    const cuePosition = doc.normPosition(cue.start, cue.end)
    children.push({
      type: 'statement',
      kind: cue.kind,
      cue: doc.source.slice(cuePosition.start.offset, cuePosition.end.offset),
      cuePosition,
      children: buildInline(doc, contentStart(doc, cue.end, statementEnd), statementEnd, inside.map((list) => ({...list, end: Math.min(list.end, statementEnd)}))),
      position: doc.normPosition(cue.start, statementEnd)
    })
  }
  return {type: 'paragraph', children, position: doc.normPosition(start, end)}
}
