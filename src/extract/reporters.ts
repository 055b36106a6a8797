/**
 * Reporters: who reported or presented a matter.
 *
 * - `会议听取(并审议)了X关于…的汇报`, `会议审议通过了X关于…`: X, a unit or unit + person;
 * - `会议由X传达了…`, `会议由X领学…`: X, a person;
 * - `X就…进行了汇报`, `X介绍了…`, `X负责人汇报了…`, `X代表Y作了报告` at a clause start;
 * - `由X作说明`, `经X介绍` at a clause start;
 * - `(主持:A 汇报:B)` trailers: B;
 * - `同意X提出的…`, `同意X关于…的请示`: X.
 *
 * A unit written with a person (`市统计局孙浩`) reports as the unit; one who
 * relays (`会议由局党组副书记X传达…`) is the person, by name.
 */

import type {Doc} from '../doc.js'
import {reporterFollowers} from '../lexicon.js'
import type {Position} from '../tree.js'
import {words, type Words} from '../words.js'
import {actorBefore, introducedName, isGeneric, isName, isUnit, readActor, type Actor} from './actor.js'
import {indexWithin, type Span} from './clauses.js'
import {skipMarker} from './markers.js'
import {unitSentences, type Unit} from './units.js'

const hearing = words(['听取并审议了', '听取并讨论了', '听取并研究了', '听取和审议了', '听取和讨论了', '听取和研究了', '听取和审议', '听取并审议', '听取并讨论', '听取了', '听取', '审议通过了', '审议并通过了', '审议并原则通过了', '审议并原则通过', '审议了'])
const presenting = words(['传达学习', '传达了', '传达', '领学', '通报了', '通报', '介绍了', '介绍', '解读', '作了', '汇报了', '汇报', '说明'])
/** `汇报:`, `汇报人:`, `汇报单位:` … */
const labelEnds = words(['人', '单位', '部门', '科室', '处室'])
const clauseFollowers = words(['就', '针对', '对', '关于', '介绍', '汇报', '通报', '传达', '领学', '说明', '解读', '作了', '分别', '共同', '代表', '作工作报告', '作报告', '作说明', '作汇报'])
/** What opens a clause whose actor presents with a verb after it: `由X作说明`, `经X介绍`. */
const byWords = words(['由', '经'])
/** What follows X in `由X作说明`, `由X汇报`: a presenting verb, not a task (`由X负责`). */
const presentingAfterBy = words(['作起草说明', '作说明', '作了说明', '作汇报', '作了汇报', '汇报', '介绍', '通报', '说明', '解读', '分别作了说明', '分别作说明', '分别作了汇报', '分别作汇报', '分别汇报', '分别介绍', '分别说明'])
/** Who stands for a unit before a name: `X负责人Y就…作了说明`. */
const officers = ['主要负责人', '负责人', '主要负责同志', '负责同志']
/** What follows the one who presents a point's matter, at the point's start: `(一)医务科汇报了…`. */
const pointPresenting = words(['汇报了', '汇报', '介绍了', '介绍', '通报了', '通报', '就', '分别汇报', '作了汇报', '作汇报'])
/** What follows a bare name that presents: `马东汇报了…`, `马东就…作了说明`. */
const namePresenting = words(['就', '对', '针对', '汇报', '通报', '介绍', '传达', '领学', '说明', '解读', '作了'])
/** Followers after which joint reporters each report: `X、Y分别汇报了…`. */
const eachReports = new Set(['分别', '共同'])
const reportWords = ['汇报', '介绍', '说明', '通报', '传达', '领学', '部署', '解读', '作了报告', '作报告', '作了工作报告', '作工作报告']
const agreeing = words(['同意'])
const proposed = words(['提出的', '提交的', '报送的', '关于'])
const cueGroups: ReadonlyArray<readonly [anchor: string, cues: Words, followers: Words]> = [
  ['听取', hearing, words(reporterFollowers)],
  ['审议', hearing, words(reporterFollowers)],
  ['同意', agreeing, proposed]
]

/** The cues a point is read for: `同意X提出的…`. */
const agreeingGroups = cueGroups.filter(([anchor]) => anchor === '同意')

/** Verbs after which named units joined (`X、Y汇报了…`) report together. */
const jointReportVerbs = words(['汇报', '介绍', '通报', '作了'])

/** Whether a joint actor of named units only presents with `follower`: `学生工作部、保卫处汇报了…`. */
function jointUnitsReport(text: string, actor: Actor, follower: string): boolean {
  return jointReportVerbs.at(follower, 0) !== undefined && actor.parts.every((part) => isUnit(text, part.start, part.end))
}

/** A reporter with where it is written. */
export interface Reporter {
  value: string
  position: Position
}

/**
 * Read the reporters of an item.
 *
 * @param doc
 *   The doc.
 * @param units
 *   The item's units.
 * @returns
 *   Reporters, deduplicated, in order.
 */
export function readReporters(doc: Doc, units: Unit[]): Reporter[] {
  const text = doc.norm
  const found: Actor[] = []
  const opening = units.filter((unit) => unit.kind !== 'point').slice(0, 2)

  for (const unit of units) {
    // Trailers: `(主持:A 汇报:B)`, `(汇报人:B)`.
    for (let index = indexWithin(text, '汇报', unit.start, unit.end); index !== -1; index = indexWithin(text, '汇报', index + 2, unit.end)) {
      let cursor = index + 2
      const label = labelEnds.at(text, cursor)
      if (label) cursor += label.length
      if (text.charAt(cursor) === ':') {
        cursor++
        while (text.charAt(cursor) === ' ') cursor++
        // `汇报单位:A、B`, `汇报人:X、Y`: each of the list up to the end of the label's value.
        let end = cursor
        while (end < unit.end && !' ),;。'.includes(text.charAt(end))) end++
        const whole = readActor(text, cursor, end)
        if (whole) found.push(whole)
        else {
          for (let from = cursor; from < end; ) {
            let to = from
            while (to < end && text.charAt(to) !== '、') to++
            const actor = readActor(text, from, to) ?? (isName(text, from, to) ? nameActor(from, to) : null)
            if (actor) found.push(actor)
            from = to + 1
          }
        }
      }
    }
  }

  for (const unit of units) {
    const isPoint = unit.kind === 'point'
    // A point that is a matter of its own names who presents it first: `(一)医务科汇报了…`.
    if (isPoint) {
      const first = pointOpening(doc, unit)
      const from = first ? skipMarker(text, first.start, first.end) : -1
      const hit = first ? pointPresenter(text, from, first.end) : null
      if (hit) found.push(hit)
    }
    // Else a point names a reporter only as the one whose proposal it agrees to: `1.同意X提出的…`.
    if (isPoint && indexWithin(text, '同意', unit.start, unit.end) === -1) continue
    const isOpening = opening.includes(unit)
    // Most units have none of the words the sentences below are searched
    // for: one search of the unit for each rules them out, instead of
    // searches in every sentence. (A word found in a sentence starts inside
    // the unit, so one the unit lacks no sentence of it has.)
    if (!mayReport(text, unit, isOpening)) continue
    for (const sentence of unitSentences(doc, unit)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      // `听取了X关于…`, `同意X提出的…`
      for (const [anchor, cues, followers] of isPoint ? agreeingGroups : cueGroups) {
        for (let at = indexWithin(text, anchor, sentence.start, sentence.end); at !== -1; at = indexWithin(text, anchor, at + anchor.length, sentence.end)) {
          // The anchor is the cue's first two characters: `听取…`, `审议…`, `同意…` (after `原则`).
          const cue = cues.at(text, at)
          // `会议议程为:听取和审议X关于…的报告`: the agenda of a session to come, not a report to this one.
          if (cue && !inAgenda(text, at)) {
            // `听取了由X提交的…`: X.
            const from = at + cue.length + (text.charAt(at + cue.length) === '由' ? 1 : 0)
            const hit = actorBefore(text, from, sentence.end, followers)
            if (hit) found.push(hit.actor)
            // `听取了X关于…的报告,Y关于…的报告`: the verb left out before each next report.
            if (hit && anchor === '听取') found.push(...nextReports(text, sentence, from))
          }
        }
      }
      if (isPoint) continue
      // `会议由X传达了…`
      const by = sentenceText.indexOf('由')
      if (by !== -1 && sentenceText.slice(0, by).endsWith('会议')) {
        const hit = actorBefore(text, sentence.start + by + 1, sentence.end, presenting)
        // A person relays or leads the study, whatever unit they are written with: the name.
        if (hit && hit.actor.kind === 'unit-person' && hit.actor.name) found.push(nameActor(hit.actor.name.start, hit.actor.name.end))
        else if (hit) found.push(hit.actor)
      }
      // `X就…进行了汇报`, `X介绍了…` at a clause start.
      if (isOpening && reportWords.some((word) => sentenceText.includes(word))) {
        for (const clause of sentence.clauses) {
          // A clause the meeting opens (`会议由X传达…`) is read by the rule for `会议由` above.
          if (text.startsWith('会议', clause.start)) continue
          // A clause that hears the matter (`听取X关于…的汇报`) is read by the rule for `听取` above.
          if (hearing.at(text, clause.start) !== undefined) continue
          // `…,由X作起草说明`, `经X介绍,…`, a line `(由X作说明)`: X presents the matter.
          const bracket = text.charAt(clause.start) === '(' ? 1 : 0
          const by = byWords.at(text, clause.start + bracket) === undefined ? 0 : 1 + bracket
          // `X对…实行挂牌督办`: X acts in its sentence, and presents nothing (`X针对…,对…进行了部署` presents).
          if (!by && !presentsIn(text, clause.start, sentence.end)) continue
          const hit = actorBefore(text, clause.start + by, clause.end, by ? presentingAfterBy : clauseFollowers)
          if (hit && (hit.actor.kind !== 'joint' || eachReports.has(hit.follower) || eachReports.has(hit.follower.slice(0, 2)) || jointUnitsReport(text, hit.actor, hit.follower))) found.push(hit.actor)
          else if (!hit && !by) {
            // `X负责人Y就…作了说明`: an officer of X, named, presents for X; `马东通报了…`: a bare
            // name the minutes introduce elsewhere presents.
            const presenter = unitOfOfficer(text, clause.start, clause.end) ?? introducedName(text, clause.start, clause.end, namePresenting)
            if (presenter) found.push(presenter)
          }
        }
      }
    }
  }

  const reporters: Reporter[] = []
  const seen = new Set<string>()
  // Joint reporters (`市住建局、市商务局关于…`) report each.
  // A loop rather than `flatMap`, which allocated an array per actor and was a fifth of this function's time.
  const spans: Span[] = []
  // Names that present on their own (`(汇报:X)`, `X副院长就…汇报`).
  const named = new Set<string>()
  for (const actor of found) if (actor.kind === 'person' && actor.name) named.add(text.slice(actor.name.start, actor.name.end))
  for (const actor of found) {
    // `党委副书记X介绍了…` and `(汇报:X)`: one person written twice presents once, by name.
    if (actor.kind === 'unit-person' && actor.name && named.has(text.slice(actor.name.start, actor.name.end))) continue
    // (A name with `和` inside, `市政协文史和学习委员会`, is read whole: see `readJoint`.)
    if (actor.kind !== 'joint') spans.push(actor.value)
    else for (const part of actor.parts) if (!isGeneric(text, part.start, part.end)) spans.push(part)
  }
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    // Ones named before, counted (`会议同意两局提出的…`), are no new reporter.
    if (countsBack(text, span)) continue
    // The same reporter written twice is one, whatever its width or a line end it runs over (`县\n水利局`).
    const key = text.slice(span.start, span.end)
    if (seen.has(key)) continue
    seen.add(key)
    const position = doc.normPosition(span.start, span.end)
    reporters.push({value: doc.source.slice(position.start.offset, position.end.offset), position})
  }
  return reporters
}

/**
 * The clause a point opens its matter with: its first, or after a short
 * label of its own (`(一)项目进展。X汇报了…`) or a heading on a line of its
 * own (`(一)审议《…》` over `X汇报了…`) the next sentence's first.
 */
function pointOpening(doc: Doc, unit: Unit): Span | undefined {
  const [label, next] = unitSentences(doc, unit)
  const first = label?.clauses[0]
  if (!first || !next || label.clauses.length > 1 || presentsIn(doc.norm, first.start, first.end)) return first
  const short = skipMarker(doc.norm, first.start, first.end) + pointLabelLength >= first.end
  return short || endsLine(doc.norm, label.end) ? next.clauses[0] : first
}

/** Whether a sentence that ends at `at` ends its line with no punctuation: a heading's line. */
function endsLine(text: string, at: number): boolean {
  let cursor = at
  while (text.charCodeAt(cursor) === 0x20 || text.charCodeAt(cursor) === 0x3000 || text.charCodeAt(cursor) === 0x09) cursor++
  const code = text.charCodeAt(cursor)
  return code === 0x0a || code === 0x0d
}

/** Who presents a point's matter in its opening clause from `from`: `医务科汇报了…`, `会议听取了X关于…的汇报`. */
function pointPresenter(text: string, from: number, end: number): Actor | null {
  if (!presentsIn(text, from, end) && indexWithin(text, '听取', from, end) === -1) return null
  const hit = actorBefore(text, from, end, pointPresenting)
  if (hit) return hit.actor
  // `(一)医务科关于上半年医疗质量情况的汇报。`: the report the point names, its maker.
  // (Not `一是听取和审议X关于…的报告`, an agenda's entry: the point opens with a verb, not its maker.)
  if (!agendaVerbs.at(text, from) && reportEnds.some((ending) => indexWithin(text, ending, from, end) !== -1)) {
    const maker = actorBefore(text, from, end, reportAbout)
    if (maker) return maker.actor
  }
  // `会议听取了X关于…的汇报` as the point's own matter (not `一是听取和审议X关于…的报告`, an agenda's entry).
  const subject = meetingWords.at(text, from)
  if (subject === undefined) return null
  const cursor = from + subject.length
  const cue = hearing.at(text, cursor)
  if (cue && !inAgenda(text, cursor)) {
    const heard = actorBefore(text, cursor + cue.length, end, words(reporterFollowers))
    if (heard) return heard.actor
  }
  return null
}

/** Verbs an agenda's entry opens with: `听取和审议…`, `审议…`. */
const agendaVerbs = words(['听取', '审议', '研究', '讨论'])

/** The meeting opening a point's matter: `会议听取了…`, `会议还听取了…`. */
const meetingWords = words(['会议还', '会议'])

/** The longest label a point may open with before its matter: `(二)存在问题及解决措施。`. */
const pointLabelLength = 12

/** Whether the rest of a sentence presents a matter: it has a word of presenting (`X就…作了汇报`, `X针对…进行了部署`). */
function presentsIn(text: string, start: number, end: number): boolean {
  return reportWords.some((word) => indexWithin(text, word, start, end) !== -1)
}

const reportAbout = words(['关于'])
/** What a report heard ends in: `…的报告`, `…的汇报`, `…的说明`. */
const reportEnds = ['的报告', '的汇报', '的说明', '的情况报告', '的情况汇报']

/** The makers of reports listed after the first one heard in a sentence, each `Y关于…的报告` a clause of its own. */
function nextReports(text: string, sentence: {clauses: Span[]}, after: number): Actor[] {
  const actors: Actor[] = []
  for (const clause of sentence.clauses) {
    if (clause.start <= after) continue
    const clauseText = text.slice(clause.start, clause.end)
    if (!reportEnds.some((end) => clauseText.endsWith(end))) break
    const hit = actorBefore(text, clause.start, clause.end, reportAbout)
    if (!hit) break
    actors.push(hit.actor)
  }
  return actors
}

/** Words that name the agenda of a session to come: `会议议程为:`, `建议议程是:`. */
const agendaWords = ['议程']

/**
 * Whether a cue stands in an agenda laid out earlier in its sentence, the
 * sentence read back over the inline points it holds (`议程为:(一)审议…;(二)听取…`).
 */
function inAgenda(text: string, at: number): boolean {
  // Back from the cue to the sentence's start, code units only (most cues have no agenda before them).
  for (let index = at - 1; index >= 0 && at - index <= agendaReach; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x3002 /* 。 */ || code === 0x0a) return false
    if (agendaFirsts.has(code) && agendaWords.some((word) => index + word.length <= at && text.startsWith(word, index))) return true
  }
  return false
}

const agendaFirsts = new Set(agendaWords.map((word) => word.charCodeAt(0)))

/** How far back a cue's sentence is read for an agenda. */
const agendaReach = 200

/** Whether a span counts back to units named before: `两局`, `三部门`, `两单位`. */
function countsBack(text: string, span: Span): boolean {
  return span.end - span.start <= 4 && countingNumerals.includes(text.charAt(span.start))
}

const countingNumerals = '两二三四五六七八九十几'

/**
 * The unit whose officer, named, presents at a clause start: `财务部负责人孔玲就…作了说明` → `财务部`.
 */
function unitOfOfficer(text: string, start: number, end: number): Actor | null {
  for (const officer of officers) {
    const at = indexWithin(text, officer, start, Math.min(end, start + 30))
    if (at === -1) continue
    const from = at + officer.length
    for (let nameEnd = from + 2; nameEnd <= from + 4 && nameEnd < end; nameEnd++) {
      if (isName(text, from, nameEnd) && clauseFollowers.at(text, nameEnd) !== undefined) return readActor(text, start, at)
    }
    return null
  }
  return null
}

/** Whether a unit has any of the words that `readReporters` looks for in its sentences. */
function mayReport(text: string, unit: Unit, isOpening: boolean): boolean {
  for (const [anchor] of cueGroups) if (indexWithin(text, anchor, unit.start, unit.end) !== -1) return true
  if (indexWithin(text, '由', unit.start, unit.end) !== -1) return true
  return isOpening && presentsIn(text, unit.start, unit.end)
}

function nameActor(start: number, end: number): Actor {
  const whole = {start, end}
  return {kind: 'person', whole, value: whole, parts: [whole], name: whole, title: null, unit: null}
}
