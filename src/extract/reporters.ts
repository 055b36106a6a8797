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
import {appendAll, isIdeograph} from '../doc.js'
import {makingVerbs, refusalVerbs, ownVillageOrgans, planHeadingWords, reportHeadingWords, reporterFollowers, submissionEndings, titlePrefixes, titles, trailerPresenterLabels} from '../lexicon.js'
import type {Position} from '../tree.js'
import {words, type Words} from '../words.js'
import {actorBefore, introducedName, isGeneric, isName, isUnit, postActor, postHolderAt, postTitleEnd, readActor, workingGroup, type Actor} from './actor.js'
import {indexWithin, type Span} from './clauses.js'
import {skipMarker} from './markers.js'
import {matchCue} from '../parse/inline.js'
import {unitSentences, type Unit} from './units.js'
import {speakerEnd, speakerLine} from './decisions.js'

/** What follows who reported, after the cue that hears it: `关于`, `就`, `提出的` … */
const followingReporter = words(reporterFollowers)
const hearing = words(['听取并审议了', '听取并讨论了', '听取并研究了', '听取和审议了', '听取和讨论了', '听取和研究了', '听取和审议', '听取和讨论', '听取和研究', '听取并审议', '听取并讨论', '听取并研究', '听取并原则同意了', '听取并原则同意', '听取并同意了', '听取并同意', '听取并审定了', '听取并审定', '听取了', '听取', '审议认可了', '审议通过了', '审议并通过了', '审议并原则通过了', '审议并原则通过', '审议了'])
// (`会议由市司法局就《…》作了起草说明`: what X presents on, then its verb.)
const presenting = words(['传达学习', '传达了', '传达', '领学', '通报了', '通报', '介绍了', '介绍', '解读', '作了', '汇报了', '汇报', '说明', '就'])
/** The end of a sentence's start before `由X传达…`: the meeting, perhaps with the order it took it in (`会议首先由`). */
const relayedBy = /会议(?:首先|先|还|又|随后|接着)?$/
/** `汇报:`, `汇报人:`, `汇报单位:` … */
const labelEnds = words(['人', '单位', '部门', '科室', '处室'])
// (`X向会议报告了…情况`, `X向会议汇报了…`: to the meeting, then the verb.)
// (`村委会副主任X宣读了分配方案`: a draft read out to representatives before they vote.)
const clauseFollowers = words(['向会议报告', '向会议汇报', '向会议通报', '就', '针对', '对', '关于', '介绍', '汇报', '通报', '传达', '领学', '说明', '解读', '宣读了', '作了', '报告了', '总结了', '分别', '共同', '联合', '代表', '作工作报告', '作报告', '作说明', '作汇报'])
/** What opens a clause whose actor presents with a verb after it: `由X作说明`, `经X介绍`. */
const byWords = words(['由', '经'])
/** Names that open with 经 (`经济发展局`, `经信局`, `经开区`): no `经X介绍`. */
const notBy = words(['经济', '经信', '经开', '经管', '经贸', '经营', '经发'])
/** What follows X in `由X作说明`, `由X汇报`, `由副局长X领学`, `由X传达了…` (who leads a study or relays presents it): a presenting verb, not a task (`由X负责`). */
const presentingAfterBy = words(['作起草说明', '作了起草说明', '作情况说明', '作了情况说明', '作说明', '作了说明', '作汇报', '作了汇报', '汇报', '介绍', '通报', '说明', '解读', '分别作了说明', '分别作说明', '分别作了汇报', '分别作汇报', '分别汇报', '分别介绍', '分别说明', '领学', '领学了', '传达了', '传达'])
/** Who stands for a unit before a name: `X负责人Y就…作了说明`. */
const officers = ['主要负责人', '负责人', '主要负责同志', '负责同志']
/** What follows the one who presents a point's matter, at the point's start: `(一)医务科汇报了…`. */
const pointPresenting = words(['汇报了', '汇报', '介绍了', '介绍', '通报了', '通报', '就', '分别汇报', '作了汇报', '作汇报'])
/** What follows a bare name that presents: `马东汇报了…`, `马东就…作了说明`. */
const namePresenting = words(['就', '对', '针对', '汇报', '通报', '介绍', '传达', '领学', '说明', '解读', '作了'])
/** Followers after which joint reporters each report: `X、Y分别汇报了…`. */
const eachReports = new Set(['分别', '共同', '联合'])
// `X就…作了具体安排`: a leader who arranges the work of the item, as one who 作了部署.
// `X、Y分别就…作了交流发言`: units that speak on the matter in turn present it, as a topic
// meeting's news has them after the main report.
// `X报告了…情况`: past, so not a task to report (`X每月向县政府报告`); so `X总结了…情况` (not `X要总结`).
// `X、Y作了补充发言`: units that add to the report on the matter present it too; so do those that
// pledge their part in it at a push meeting (`X、Y作了表态发言`).
// `X检察长Y作了关于…的报告`: the account named after what it is about.
// `X同志作了辅导`: one who tutors the meeting on what it studies presents it, as one who leads the study.
const reportWords = ['汇报', '介绍', '说明', '通报', '传达', '领学', '宣读了', '部署', '作了辅导', '作辅导', '作了专题辅导', '报告了', '总结了', '作了具体安排', '作了安排', '进行了安排', '解读', '作了报告', '作报告', '作了工作报告', '作工作报告', '作了关于', '交流发言', '作了发言', '作发言', '补充发言', '表态发言']
// `同意备案X上报的…方案`: the meeting takes note of what X filed, as it agrees to it.
const agreeing = words(['同意备案', '同意追认', '同意'])
/** Outcomes that refuse what a unit proposed, at a clause start: `不同意X提出的…`. */
const refusing = words(refusalVerbs)
/** What a unit made, named: `X提出的`, `X报来的`, `X起草的`. */
const madeWords = makingVerbs.map((verb) => verb + '的')
// `同意X《关于…的请示》`: the document's maker, as `同意X关于…的请示`.
const proposed = words([...madeWords, '关于', '《'])
/** Whether the meeting is the subject of the verb at `at`: `会议研究了`, `会议还讨论了`, `会上研究了`, `会议前置研究了`. */
function meetingStudies(text: string, at: number): boolean {
  return text.endsWith('会议', at) || text.endsWith('会议还', at) || text.endsWith('会上', at) || text.endsWith('会议专题', at) || text.endsWith('会议前置', at)
}

/** `会议研究了X提出的…`, `会议讨论了X提交的…`, `会议审定了X提请的…`: the maker of what is studied presents it (not `研究了关于…`). */
const studying = words(['研究讨论了', '研究讨论', '研究了', '研究', '讨论研究了', '讨论了', '讨论', '审定了', '审定'])
// (`会议前置研究了X拟定的改革方案`: the one that drafted it.)
const madeBy = words(madeWords)
/** `研究X关于…的请示`, in a heading too: the one that submitted what is studied (see `submits`). */
const studyingSubmission = words(['研究了', '研究'])
const takingUp = words(['对'])
const cueGroups: ReadonlyArray<readonly [anchor: string, cues: Words, followers: Words]> = [
  ['听取', hearing, followingReporter],
  ['审议', hearing, followingReporter],
  ['同意', agreeing, proposed],
  // `会议批准X提出的…`: the maker of what is approved presented it, as with 同意.
  ['批准', words(['批准了', '批准']), proposed],
  // `会议否决了X提出的…`: the maker of what is voted down presented it; `会议认同X关于…的意见`: whose view it shares.
  ['否决', words(['否决了', '否决']), proposed],
  // `会议不予支持X提出的…意见`: the maker of a proposal not backed, as with 不同意.
  ['支持', words(['支持']), proposed],
  ['认同', words(['认同了', '认同']), proposed],
  ['研究', studying, madeBy],
  ['讨论', studying, madeBy],
  // `会议审定了X提交的…`: the maker of what the meeting settles.
  ['审定', studying, madeBy],
  // `一、审议X提交的《…》`: the maker of what is deliberated, in a heading as in the body.
  ['审议', words(['审议了', '审议']), madeBy],
  // `研究X《关于…的请示》`: the submission's title in 《》 after its maker too.
  ['研究', studyingSubmission, words(['关于', '《'])],
  // `会议对X提出的《…》进行了审议`: the maker of what the meeting takes up.
  ['对', takingUp, madeBy]
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
 * @param cell
 *   An agenda table's cell that names who presented the matter (see `Item.reporter`).
 * @returns
 *   Reporters, deduplicated, in order.
 */
export function readReporters(doc: Doc, units: Unit[], cell?: Span): Reporter[] {
  const text = doc.norm
  const found: Actor[] = []
  const opening = units.filter((unit) => unit.kind !== 'point').slice(0, 2)
  // An agenda table's reporter cell reads as a label's value does.
  if (cell) labelValue(text, cell.start, cell.end, found)

  for (const unit of units) {
    // Trailers: `(主持:A 汇报:B)`, `(汇报人:B)`, `(主持:A 领学:B)`.
    for (const word of trailerPresenterLabels) {
      for (let index = indexWithin(text, word, unit.start, unit.end); index !== -1; index = indexWithin(text, word, index + word.length, unit.end)) {
        // `会议听取了关于…的汇报(县应急管理局)`: who reported, in brackets right after the report.
        if (word === '汇报' && text.charAt(index + 2) === '(') {
          const close = indexWithin(text, ')', index + 3, Math.min(unit.end, index + 30))
          const actor = close === -1 ? null : readActor(text, index + 3, close)
          if (actor && !isGeneric(text, actor.whole.start, actor.whole.end)) {
            found.push(actor)
            continue
          }
        }
        // `一、X工作——区发改局汇报`: who presents, after a dash that ends the heading.
        if (word === '汇报' && unit.kind === 'heading' && index + 2 === trimmedEnd(text, unit.start, unit.end)) {
          const dash = text.slice(Math.max(unit.start, index - 30), index).lastIndexOf('——')
          const from = dash === -1 ? -1 : Math.max(unit.start, index - 30) + dash + 2
          const actor = from === -1 ? null : readActor(text, from, index)
          if (actor) {
            found.push(actor)
            continue
          }
        }
        // `(由X汇报)`, `(X汇报)` after a heading: X.
        if (text.charAt(index + word.length) === ')') {
          const open = text.lastIndexOf('(', index)
          // `狄青同志(汇报):…`: a record's line marked as the report; its speaker presents, as one the minutes introduce.
          if (open === index - 1 && text.charAt(index + word.length + 1) === ':') {
            const from = skipMarker(text, unit.start, unit.end)
            const speaker = open > from ? readActor(text, from, open) ?? introducedName(text, from, open + 1, markOpeners) : null
            if (speaker) found.push(speaker)
            continue
          }
          const from = open + (text.charAt(open + 1) === '由' ? 2 : 1)
          const actor = open >= unit.start && index - open <= 30 ? readActor(text, from, index) : null
          if (actor) found.push(actor)
          continue
        }
        let cursor = index + word.length
        const label = labelEnds.at(text, cursor)
        if (label) cursor += label.length
        // `汇报单位:X;汇报人:处长 Y`: the unit presents, its head for it.
        if (label === '人' && hasUnitLabel(text, unit.start, unit.end)) continue
        // `听取了X关于…的汇报(汇报人:局长 Y)`: the unit heard presents, its head for it.
        if (label === '人' && text.startsWith('的汇报(', index - 4) && madeBefore(text, unit.start, index - 4)) continue
        if (text.charAt(cursor) === ':') {
          cursor++
          while (text.charAt(cursor) === ' ') cursor++
          labelValue(text, cursor, unit.end, found)
          // `汇报单位:A、B、` wrapped onto the next line, aligned after the colon: its list goes on there.
          const wrapped = wrappedList(text, unit.end)
          if (wrapped) labelValue(text, wrapped.start, wrapped.end, found)
        }
      }
    }
  }

  // `城建办:汇报了…`, and under a heading of reports (`各部门工作汇报`, `上周工作完成情况`) `城建办:…`: the office before the colon.
  const reportsHeading = units.some((unit) => unit.kind === 'heading' && reportHeadingWords.some((word) => namesReports(text, word, unit)))
  // A record of who said what (`指挥长:…`, `辛立成:…`): a unit before a colon there speaks to the matter too (`工程一部:…`).
  // (Not under a heading of the work to come, `本周工作安排`: its `综合组:11月20日前完成…` lines hand out tasks.)
  const planned = units.some((unit) => unit.kind === 'heading' && planHeadingWords.some((word) => indexWithin(text, word, unit.start, unit.end) !== -1))
  const record = !planned && units.some((unit) => unit.kind !== 'heading' && speakerLine(text, unit.start, unit.end))
  for (const unit of units) {
    const labelled = unit.kind === 'heading' ? headingPresenter(text, unit) : colonReporter(text, unit, reportsHeading, record)
    if (labelled) found.push(labelled)
  }

  // `褚文龙:…先请卫东明同志汇报…`: in a record of who said what, the one the chair calls on presents.
  for (const unit of units) {
    if (unit.kind === 'point') continue
    const speaker = speakerLine(text, unit.start, unit.end)
    for (let at = indexWithin(text, '请', unit.start, unit.end); at !== -1; at = indexWithin(text, '请', at + 1, unit.end)) {
      const called = calledPresenter(text, at, unit, speaker)
      if (called) found.push(called)
    }
  }

  // `根据药剂科的提议,会议研究了…`: the one on whose proposal the meeting takes the matter up; `根据X的汇报,…`: whose report.
  for (const unit of opening) {
    for (const sentence of unitSentences(doc, unit)) {
      const first = sentence.clauses[0]
      const start = first ? skipMarker(text, first.start, first.end) : -1
      if (!first || !text.startsWith('根据', start)) continue
      const hit = actorBefore(text, start + 2, first.end, onProposalOf)
      if (hit && hit.actor.kind !== 'joint' && hit.actor.whole.start === start + 2) found.push(hit.actor)
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
    // `2.《…办法》,由股长X领学;`: a point of what the meeting studied names who relays it after 由.
    if (isPoint) appendAll(found, pointRelayers(text, doc, unit))
    // Else a point names a reporter only as the one whose proposal it agrees to: `1.同意X提出的…`.
    if (isPoint && indexWithin(text, '同意', unit.start, unit.end) === -1) continue
    const isOpening = opening.includes(unit)
    // Most units have none of the words the sentences below are searched
    // for: one search of the unit for each rules them out, instead of
    // searches in every sentence. (A word found in a sentence starts inside
    // the unit, so one the unit lacks no sentence of it has.)
    if (!mayReport(text, unit, isOpening)) continue
    // `诸葛慧:同意秘书长提出的建议。`: a member agreeing in a record of who said what is no meeting agreeing.
    const speaks = !isPoint && speakerLine(text, unit.start, unit.end)
    for (const sentence of unitSentences(doc, unit)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      // `听取了X关于…`, `同意X提出的…`
      for (const [anchor, cues, followers] of isPoint ? agreeingGroups : cueGroups) {
        for (let at = indexWithin(text, anchor, sentence.start, sentence.end); at !== -1; at = indexWithin(text, anchor, at + anchor.length, sentence.end)) {
          // The anchor is the cue's first two characters: `听取…`, `审议…`, `同意…` (after `原则`).
          // `会议研究了…`: the meeting studies (not `研究生院`, `同意研究院提出的…`).
          const cue = ((cues === studying || cues === takingUp) && !meetingStudies(text, at)) || (speaks && cues === agreeing && indexWithin(text, '会议', sentence.start, at) === -1) ? undefined : cues.at(text, at)
          // `会议议程为:听取和审议X关于…的报告`: the agenda of a session to come, not a report to this one.
          // (`研究同意X《…的请示》`: X read by the rule for 同意.)
          // (`会议研究同意X提出的…`: the maker read by the rule for 同意, not `同意X` by the one for 研究.)
          const studiedAgreeing = cues === studying && cue !== undefined && agreeing.at(text, at + cue.length) !== undefined
          if (cue && !studiedAgreeing && !inAgenda(text, at) && (cues !== studyingSubmission || (submits(text, at, sentence.end) && !agreeing.at(text, at + cue.length)))) {
            // `听取了由X提交的…`: X.
            const from = at + cue.length + (text.charAt(at + cue.length) === '由' ? 1 : 0)
            // `听取了关于夜市的汇报`: what it is about, no maker (not a unit `关于夜市`).
            if (text.startsWith('关于', from)) continue
            // The maker is written right after the cue: one read over a clause's end (`审议了《…》,X处长Y作了说明`)
            // is the next clause's presenter, read by the clause rule below, with its unit.
            const hit = actorBefore(text, from, sentence.end, followers)
            if (hit && !crossesClause(text, hit.actor.whole)) found.push(onBehalf(text, hit.actor))
            else if (!hit) {
              // `听取了X关于…的汇报`: a bare name the minutes introduce elsewhere (an attendee).
              const unit = unitOfTitled(text, from, sentence.end, followers) ?? (cues === agreeing ? unitsProposal(text, from, sentence.end) : null) ?? introducedName(text, from, sentence.end, followers) ?? postBefore(text, from, sentence.end, followers)
              if (unit) found.push(unit)
            }
            // `听取了X关于…的报告,Y关于…的报告`: the verb left out before each next report.
            if (hit && anchor === '听取') appendAll(found, nextReports(text, sentence, from))
            // `同意X提出的A和Y提出的B`, `听取了X关于…的汇报和Y关于…的预测`: the next maker after 和.
            if (hit && !crossesClause(text, hit.actor.whole)) appendAll(found, joinedMakers(text, hit, sentence.end))
          }
        }
      }
      if (isPoint) continue
      // `会议由X传达了…`
      const by = sentenceText.indexOf('由')
      // (Also with the order the meeting took it in: `会议首先由X传达了…`, `会议还由X领学…`.)
      if (by !== -1 && relayedBy.test(sentenceText.slice(Math.max(0, by - 4), by))) {
        const hit = actorBefore(text, sentence.start + by + 1, sentence.end, presenting)
        // A person relays or leads the study, whatever unit they are written with: the name.
        if (hit && hit.actor.kind === 'unit-person' && hit.actor.name) found.push(nameActor(hit.actor.name.start, hit.actor.name.end))
        else if (hit) found.push(hit.actor)
        else {
          // `会议由梁卓然传达学习了…`: a bare name the minutes give a title elsewhere (the chair's).
          const named = introducedName(text, sentence.start + by + 1, sentence.end, presenting)
          if (named) found.push(named)
        }
      }
      // `X就…进行了汇报`, `X介绍了…`, `X提出…的建议` at a clause start.
      // (Not in a sentence where the meeting gives its view: `会议指出,省委全会对…作出了部署` reports nothing.)
      const reports = isOpening && reportWords.some((word) => sentenceText.includes(word))
      if ((reports || (isOpening && proposes(sentenceText))) && !givesView(text, sentence.start)) {
        for (const clause of sentence.clauses) {
          // After a label in brackets (`【汇报情况】信息科汇报了…`), as after a list marker.
          const start = skipMarker(text, clause.start, clause.end)
          // A clause the meeting opens (`会议由X传达…`) is read by the rule for `会议由` above.
          if (text.startsWith('会议', start)) continue
          // A clause that calls on one to present (`先请X汇报…`) is read by the rule for 请 above.
          if (text.charAt(start + (turnWords.at(text, start)?.length ?? 0)) === '请') continue
          // A clause that hears the matter (`听取X关于…的汇报`) is read by the rule for `听取` above.
          // (So is a heading that names the hearing as its topic: `关于听取X关于…的汇报`.)
          if (hearing.at(text, start) !== undefined || (text.startsWith('关于', start) && hearing.at(text, start + 2) !== undefined)) continue
          // `…,由X作起草说明`, `经X介绍,…`, a line `(由X作说明)`: X presents the matter.
          const bracket = text.charAt(start) === '(' ? 1 : 0
          // (Not the 经 that opens a unit's name: `经济发展局汇报了…`, `经信局`.)
          const by = byWords.at(text, start + bracket) === undefined || notBy.at(text, start + bracket) !== undefined ? 0 : 1 + bracket
          // `护理部提出增设…岗位的建议`: a unit that brings a proposal puts the matter before the meeting.
          // (Not the meeting's outcome on one, `不同意X提出的…`, read by the rule for 同意 above.)
          const proposer = by || refusing.at(text, start) !== undefined ? null : unitProposing(text, start, clause.end)
          if (proposer) {
            found.push(proposer)
            continue
          }
          if (!reports) continue
          // `X对…实行挂牌督办`: X acts in its sentence, and presents nothing (`X针对…,对…进行了部署` presents).
          if (!by && !presentsIn(text, start, sentence.end)) continue
          // (`由X作为项目业主` names a role in what was agreed, and presents nothing: `X作为牵头单位汇报了…` does.)
          const role = presentsIn(text, start, clause.end) ? asRole(text, start + by, clause.end) : null
          const read = role ?? actorBefore(text, start + by, clause.end, by ? presentingAfterBy : clauseFollowers)
          // (Not one read from a heading into the bracket after it, `关于X(县商务局局长Y汇报)`: the trailer's.)
          const hit = read && openBracketIn(text, read.actor.whole) ? null : read
          if (hit && (hit.actor.kind !== 'joint' || eachReports.has(hit.follower) || eachReports.has(hit.follower.slice(0, 2)) || jointUnitsReport(text, hit.actor, hit.follower))) found.push(hit.actor)
          else if (!hit && !by) {
            // `X负责人Y就…作了说明`: an officer of X, named, presents for X; `马东通报了…`: a bare
            // name the minutes introduce elsewhere presents; so does a post by its title alone,
            // `研究生秘书汇报了…`.
            const presenter =
              unitOfOfficer(text, start, clause.end) ??
              unitOfTitled(text, start, clause.end, clauseFollowers) ??
              titledFourName(text, start, clause.end) ??
              introducedName(text, start, clause.end, namePresenting) ??
              postBefore(text, start, clause.end, clauseFollowers)
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
    if (actor.kind !== 'joint') spans.push(governmentSecretary(text, actor) ?? actor.value)
    else {
      for (const part of actor.parts) {
        if (isGeneric(text, part.start, part.end)) continue
        // `副镇长X、武装部长Y分别汇报了…`: each person by name, as one alone is.
        const single = readActor(text, part.start, part.end)
        spans.push(single && single.kind === 'person' ? single.value : part)
      }
    }
  }
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    // Ones named before, counted (`会议同意两局提出的…`), are no new reporter.
    if (countsBack(text, span)) continue
    // The same reporter written twice is one, whatever its width or a line end it runs over (`县\n水利局`).
    const key = text.slice(span.start, span.end)
    if (seen.has(key) || shortFormOfSeen(seen, key)) continue
    seen.add(key)
    const position = doc.normPosition(span.start, span.end)
    reporters.push({value: doc.source.slice(position.start.offset, position.end.offset), position})
  }
  return reporters
}

/** Who relays or leads the study a point names, after 由 at a later clause's start (`…精神,由副局长X传达`). */
function pointRelayers(text: string, doc: Doc, unit: Unit): Actor[] {
  const relayers: Actor[] = []
  if (indexWithin(text, '由', unit.start, unit.end) === -1) return relayers
  for (const sentence of unitSentences(doc, unit)) {
    for (const clause of sentence.clauses.slice(1)) {
      if (text.charAt(clause.start) !== '由') continue
      const hit = actorBefore(text, clause.start + 1, clause.end, presentingAfterBy)
      if (hit && hit.actor.kind !== 'joint' && (hit.follower.startsWith('传达') || hit.follower.startsWith('领学'))) relayers.push(hit.actor)
    }
  }
  return relayers
}

/** Words of a chair who gives the floor in turn: `先请X汇报`, `下面请Y介绍`. */
const turnWords = words(['首先', '接下来', '接着', '下面', '现在', '然后', '最后', '先', '再'])

/**
 * The one the chair calls on to present (`先请X同志汇报…`, `再请Y介绍…`, `请Z同志领学…`), the
 * request at `at` opening its clause after a word of turns, or in a member's line of a record of
 * who said what; null elsewhere (`请X于月底前汇报` asks for work). A unit's officer presents
 * for the unit, as at a clause start.
 */
function calledPresenter(text: string, at: number, unit: Unit, speaker: boolean): Actor | null {
  const turn = turnWords.before(text, at)
  const opens = at - (turn?.length ?? 0)
  if (!(opens === unit.start || ':。,;'.includes(text.charAt(opens - 1)))) return null
  if (turn === undefined && !speaker) return null
  const hit = actorBefore(text, at + 1, unit.end, presentingAfterBy)
  // (A bare name the minutes introduce elsewhere, in the list of those present: `下面请汤建明汇报…`.)
  if (!hit) return introducedName(text, at + 1, unit.end, presentingAfterBy)
  if (hit.actor.kind === 'joint' || crossesClause(text, hit.actor.whole)) return null
  return hit.actor
}

/**
 * The name of a government's secretary-general (`市政府秘书长X传达了…`), who
 * serves its meetings and presents in person; a government's mayor or deputy
 * reporting to a congress (`县人民政府副县长X作了…报告`) reports for the unit.
 */
function governmentSecretary(text: string, actor: Actor): Span | null {
  if (actor.kind !== 'unit-person' || !actor.name || !actor.unit || !actor.title) return null
  return text.endsWith('政府', actor.unit.end) && text.endsWith('秘书长', actor.title.end) ? actor.name : null
}

/**
 * Whether a reporter is one named before in full or in short: the end of its
 * name (`区人大常委会代表工委` … `同意代表工委提出的…`), or its name the end of
 * the one before (`住建局` … `市住建局`). Three characters at least, so that
 * a bare suffix (`办`) names no one.
 */
function shortFormOfSeen(seen: ReadonlySet<string>, key: string): boolean {
  for (const name of seen) {
    const [short, long] = name.length < key.length ? [name, key] : [key, name]
    if (short.length >= 3 && short.length < long.length && long.endsWith(short)) return true
  }
  return false
}

/**
 * The clause a point opens its matter with: its first, or after a short
 * label of its own (`(一)项目进展。X汇报了…`) or a heading on a line of its
 * own (`(一)审议《…》` over `X汇报了…`) the next sentence's first.
 */
function pointOpening(doc: Doc, unit: Unit): Span | undefined {
  const [label, next] = unitSentences(doc, unit)
  const first = label?.clauses[0]
  if (!first || !next || label.clauses.length > 1) return first
  const from = skipMarker(doc.norm, first.start, first.end)
  const short = from + pointLabelLength >= first.end
  // A short label that only names the part (`(一)汇报情况。人力资源部汇报了…`), though it says 汇报: the sentence after it.
  if (presentsIn(doc.norm, first.start, first.end) && !(short && pointPresenter(doc.norm, from, first.end) === null)) return first
  // (Or a label of any length that names the matter, `(一)审议《X办法》。会议听取了…`: the meeting takes it up after it.)
  const named = (agendaVerbs.at(doc.norm, from) !== undefined || doc.norm.startsWith('关于', from)) && next.clauses[0] !== undefined && meetingWords.at(doc.norm, next.clauses[0].start) !== undefined
  return short || named || endsLine(doc.norm, label.end) ? next.clauses[0] : first
}

/** Whether a sentence that ends at `at` ends its line with no punctuation: a heading's line. */
function endsLine(text: string, at: number): boolean {
  let cursor = at
  while (text.charCodeAt(cursor) === 0x20 || text.charCodeAt(cursor) === 0x3000 || text.charCodeAt(cursor) === 0x09) cursor++
  const code = text.charCodeAt(cursor)
  return code === 0x0a || code === 0x0d
}

/**
 * A post named by its title alone right before what follows a reporter
 * (`听取了组织员关于…的汇报`, `听取了董事会秘书关于…`; see `postTitleEnd`), or null.
 */
function postBefore(text: string, start: number, end: number, followers: Words): Actor | null {
  let at = postTitleEnd(text, start, end)
  // (After the bare word of the body that holds the meeting: `学院人事秘书介绍了…`, as a label's value has it.)
  const holder = at === -1 ? postHolderAt.at(text, start) : undefined
  if (holder !== undefined) at = postTitleEnd(text, start + holder.length, end)
  return at === -1 || followers.at(text, at) === undefined ? null : postActor(start, at)
}

/** Where a span ends without the spaces and the stop after its last word. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && ' 。'.includes(text.charAt(end - 1))) end--
  return end
}

/** Whether a span holds a `(` it does not close. */
function openBracketIn(text: string, span: Span): boolean {
  const open = text.slice(span.start, span.end).lastIndexOf('(')
  return open !== -1 && indexWithin(text, ')', span.start + open, span.end) === -1
}

/** Whether a report ending at `end` names its maker: `听取了X关于…` (not `听取了关于…`). */
function madeBefore(text: string, start: number, end: number): boolean {
  const heard = text.slice(start, end).lastIndexOf('听取') + start
  if (heard < start) return false
  const about = indexWithin(text, '关于', heard, end)
  // (`听取了X的汇报(汇报人:…)`: the maker with no matter named, before `的`; not the matter, `听取了A方案的汇报`.)
  if (about === -1) {
    const maker = heard + (text.charAt(heard + 2) === '了' ? 3 : 2)
    return end - maker >= 2 && readActor(text, maker, end) !== null
  }
  return about - heard > 4 || (about - heard > 3 && text.charAt(heard + 2) !== '了')
}

/**
 * Where a bracket at `open` that holds only an officer's title and name
 * (`(局长X)`, `(副局长 X)`, names of two to four) ends, after its `)`; or -1.
 */
function officerInBrackets(text: string, open: number, end: number): number {
  let from = open + 1
  const title = titleWords.at(text, from)
  if (title === undefined) return -1
  from += title.length
  if (text.charAt(from) === ' ') from++
  const close = indexWithin(text, ')', from + 2, Math.min(end, from + 5))
  return close !== -1 && ideographs(text, from, close) ? close + 1 : -1
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
  // (Or a point that heads its matter on a line of its own, as an item's heading does: `(二)听取X关于…的汇报`.)
  const heading = subject === undefined && endsLine(text, end) ? hearing.at(text, from) : undefined
  if (heading !== undefined) return actorBefore(text, from + heading.length, end, followingReporter)?.actor ?? null
  if (subject === undefined) return null
  const cursor = from + subject.length
  const cue = hearing.at(text, cursor)
  if (cue && !inAgenda(text, cursor)) {
    const heard = actorBefore(text, cursor + cue.length, end, followingReporter)
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

const submissions = submissionEndings.map((ending) => '的' + ending)

/**
 * Whether what the meeting studies from `start` is a submission to it
 * (`研究X关于…的请示`, `…的报告`), not a directive from above (`研究市委关于…的意见`).
 */
function submits(text: string, start: number, end: number): boolean {
  // (Not the 研究 that begins a body's name: `研究生院`, `研究室`, `研究所`.)
  if (studyBodies.includes(text.charAt(start + 2))) return false
  return submissions.some((ending) => indexWithin(text, ending, start, end) !== -1)
}

/** What follows 研究 in the name of a body: `研究生院`, `研究院`, `研究所`, `研究室`, `研究会`, `研究中心`. */
const studyBodies = '生院所室会中'


/** How far into a line the colon after a reporting office may stand. */
const colonReach = 16

/**
 * The one before a colon (or in `【】`) that opens a line of a round of
 * reports: a unit or person followed by a presenting verb (`平安办:汇报了…`),
 * or anything it says under a heading of reports (`党政办:上周完成了…`).
 */
function colonReporter(text: string, unit: Unit, reportsHeading: boolean, record: boolean): Actor | null {
  // `| 办公室 | 完成… |`, `办公室\t完成…`: a row of a table of the reports, its first cell.
  if (reportsHeading) {
    const row = firstCell(text, unit.start, unit.end)
    if (row) {
      const actor = readActor(text, row.start, row.end)
      return actor && !isGeneric(text, actor.whole.start, actor.whole.end) ? actor : null
    }
  }
  // `【经发局】上周新签约…`: the office in brackets, as before a colon (not skipped as a marker's label).
  const bracketed = text.charAt(unit.start) === '【'
  let from = bracketed ? unit.start + 1 : skipMarker(text, unit.start, unit.end)
  const colon = indexWithin(text, bracketed ? '】' : ':', from, Math.min(unit.end, from + colonReach))
  if (colon === -1) {
    // (`恒泰物业服务有限公司锦绣项目部经理 柴进:…`: a unit named in full before its officer, read only as one speaking.)
    const far = bracketed ? -1 : indexWithin(text, ':', from + colonReach, Math.min(unit.end, from + 2 * colonReach))
    return far !== -1 && text.lastIndexOf(' ', far - 1) > from ? unitSpeaker(text, from, far, record) : null
  }
  let after = colon + 1
  while (text.charAt(after) === ' ' || text.charAt(after) === ':') after++
  // `规划建设局 蔺海涛:二期用地…`: a unit's officer speaking in a record of who said what states the unit's case.
  // (Under a heading of reports too: `谭晓(区政府办公室副主任):…` below `区政府关于…推进情况的报告`.)
  if (!bracketed) {
    const speaker = unitSpeaker(text, from, colon, record)
    if (speaker) return speaker
  }
  if (!reportsHeading && pointPresenting.at(text, after) === undefined) return null
  // (A task force's working group under a heading of reports: `征收组:完成签约23户…`; a unit with who
  // spoke for it in brackets, `党政办(杭佳):…`.)
  const open = text.charAt(colon - 1) === ')' ? text.lastIndexOf('(', colon) : -1
  // (`1.生产技术部(经理 伏波):…`: the one who spoke with a title too.)
  const stop = open > from && (isName(text, open + 1, colon - 1) || readActor(text, open + 1, colon - 1)?.kind === 'person') ? open : colon
  const actor = readActor(text, from, stop) ?? (reportsHeading ? workingGroup(text, from, stop) : null)
  return actor && !isGeneric(text, actor.whole.start, actor.whole.end) ? actor : null
}


/**
 * The unit of an officer who speaks at the start of a line (`规划建设局 蔺海涛:…`,
 * `财政审计局尚文博:…`), a unit and a name before the colon; or null. A name alone
 * (`裘晓燕:…`) is a member's view, no report.
 */
function unitSpeaker(text: string, start: number, said: number, record: boolean): Actor | null {
  // (`人事科 科长 凤鸣 介绍:…`: a verb of speaking before the colon.)
  const colon = speakerEnd(text, start, said)
  const space = text.lastIndexOf(' ', colon - 1)
  let actor: Actor | null = null
  const open = text.charAt(colon - 1) === ')' ? text.lastIndexOf('(', colon) : -1
  if (open > start) {
    // `医务科(科长 申屠浩):…`: the unit, who spoke for it in brackets after it (a title and a name, or a name).
    const inner = readActor(text, open + 1, colon - 1)
    // (Or a name, its unit and post in brackets after it: `谭晓(区政府办公室副主任):…`.)
    const unit = inner && inner.kind === 'person' ? readActor(text, start, open) : isName(text, start, open) ? inner : null
    actor = unit && unit.kind === 'unit' ? unit : null
  } else if (space > start) {
    const named = isName(text, space + 1, colon)
    let unit = named ? readActor(text, start, space) : null
    // (`人事科 科长 凤鸣:…`: the title set apart from the unit too.)
    const titled = named && !unit ? text.lastIndexOf(' ', space - 1) : -1
    if (titled > start && titles.includes(text.slice(titled + 1, space))) unit = readActor(text, start, titled)
    actor = unit && unit.kind === 'unit' ? unit : null
  } else {
    const found = readActor(text, start, colon)
    // (A unit alone, `工程一部:…`, only among members who speak by name or title: else a label's.)
    actor = found && (found.kind === 'unit-person' || (record && found.kind === 'unit' && !isGeneric(text, start, colon))) ? found : null
  }
  // (A member of the body's own organs speaks as a member: `村委委员 X:`, `监委会主任X:`, `支部委员X:`, not a
  // working committee's officer, `人事代表工委主任 X:`;
  // a party by its role is no unit of the body's: `监理单位:`, `施工单位:`.)
  return actor && villageOrgans.at(text, actor.value.start) === undefined && !organEndings.some((ending) => text.endsWith(ending, actor.value.end)) ? actor : null
}

const villageOrgans = words(ownVillageOrgans)
/** What may follow a speaker's name before the bracket that marks the line: `同志(`, `(`. */
const markOpeners = words(['同志', '('])
/** How the name of a body's own organ ends (a committee, a branch, a party committee's 纪委), or a party's by its role (`监理单位`). */
const organEndings = ['委会', '支部', '总支', '纪委', '单位']

/**
 * Whether a heading says it is about reports by `word` (`各部门工作汇报`), not
 * in a label of who presents its one matter (`关于X（汇报人：教务处 Y）`).
 */
function namesReports(text: string, word: string, unit: Unit): boolean {
  for (let at = indexWithin(text, word, unit.start, unit.end); at !== -1; at = indexWithin(text, word, at + word.length, unit.end)) {
    const label = labelEnds.at(text, at + word.length)
    if (label === undefined || text.charAt(at + word.length + label.length) !== ':') return true
  }
  return false
}

/**
 * The unit a heading names before a colon and the matter it brings
 * (`一、县财政局:关于2025年预算调整方案`, `二、区住建局:《…》`), or null.
 */
function headingPresenter(text: string, unit: Unit): Actor | null {
  const from = skipMarker(text, unit.start, unit.end)
  const colon = indexWithin(text, ':', from, Math.min(unit.end, from + colonReach))
  if (colon === -1) return bracketedSubmitter(text, from, unit.end)
  if (!(text.startsWith('关于', colon + 1) || text.charAt(colon + 1) === '《')) return null
  const actor = readActor(text, from, colon)
  return actor && actor.kind !== 'person' && !isGeneric(text, actor.whole.start, actor.whole.end) ? actor : null
}

/**
 * The unit in brackets that ends a heading of a submission (`关于X的请示(后勤管理处)`): the one that
 * submitted it presents it. (Not a note of the paper's state, `(试行)`, `(修订)`: no unit.)
 */
function bracketedSubmitter(text: string, from: number, end: number): Actor | null {
  const stop = trimmedEnd(text, from, end)
  if (text.charAt(stop - 1) !== ')' || !text.startsWith('关于', from)) return null
  const open = text.lastIndexOf('(', stop - 1)
  if (open <= from || stop - open > 20) return null
  const actor = readActor(text, open + 1, stop - 1)
  return actor && actor.whole.start === open + 1 && actor.whole.end === stop - 1 && (actor.kind === 'unit' || actor.kind === 'joint') && !isGeneric(text, actor.whole.start, actor.whole.end) ? actor : null
}

/** The first cell of a table row (`| X | … |`, `X\t…`), trimmed; null for a line that is no row. */
function firstCell(text: string, start: number, end: number): Span | null {
  let from = start
  if (text.charAt(from) === '|') from++
  const stop = text.charAt(start) === '|' ? indexWithin(text, '|', from, end) : indexWithin(text, '\t', from, end)
  if (stop === -1) return null
  while (from < stop && text.charAt(from) === ' ') from++
  let to = stop
  while (to > from && text.charAt(to - 1) === ' ') to--
  return to > from ? {start: from, end: to} : null
}

/**
 * Whether a sentence opens with the meeting giving its view or its charge
 * (`会议指出,`, `会议强调,`): what it says of others there is no report.
 */
function givesView(text: string, start: number): boolean {
  const cue = matchCue(text, start)
  return cue !== null && (cue.kind === 'opinion' || cue.kind === 'instruction')
}

/** Whether the rest of a sentence presents a matter: it has a word of presenting (`X就…作了汇报`, `X针对…进行了部署`). */
function presentsIn(text: string, start: number, end: number): boolean {
  return reportWords.some((word) => {
    for (let at = indexWithin(text, word, start, end); at !== -1; at = indexWithin(text, word, at + word.length, end)) {
      if (!toCome(text, at, word)) return true
    }
    return false
  })
}

/**
 * Whether a word of presenting at `at` makes something known later, to a whole place or at a
 * meeting to come (`结果在全县通报`, `在全市予以通报`, `督查结果在院周会上通报`, `…在常务会议上通报`), or again and again
 * (`每半月通报一次`, `定期通报`): a task, not a
 * presentation to this meeting (`X在会上通报了…` is one).
 */
function toCome(text: string, at: number, word: string): boolean {
  if (text.charAt(at + word.length) === '了' || word.endsWith('了')) return false
  const before = text.endsWith('予以', at) ? at - 2 : at
  // (`每半月通报一次`, `每周通报`, `定期通报`: a report that comes back, a task to do.)
  if (text.startsWith('一次', at + word.length) || text.endsWith('定期', before) || /每[^,。;:]{0,3}$/.test(text.slice(Math.max(0, before - 4), before))) return true
  // (`在县政府常务会议上通报`: a meeting to come named whole.)
  return (text.charAt(before - 2) === '全' && text.charAt(before - 3) === '在') || text.endsWith('会上', before) || text.endsWith('会议上', before)
}

const reportAbout = words(['关于'])
/** What joins the matters of two makers in one clause: `X提出的A和Y提出的B`. */
const makerJoiners = ['以及', '和', '及']
/** Followers that tie a maker to its matter: another maker after a joiner must have the same. */
const makerTies = new Map(['关于', '提出的', '提交的', '报送的', '起草的'].map((tie) => [tie, words([tie])]))

/**
 * The makers joined to the first one in its clause by `和`, `及`, `以及`,
 * each before the same tie (`同意X提出的A和Y提出的B`): Y.
 */
function joinedMakers(text: string, first: {actor: Actor; follower: string}, end: number): Actor[] {
  const tie = makerTies.get(first.follower)
  if (!tie) return []
  const actors: Actor[] = []
  const from = first.actor.whole.end + first.follower.length
  let stop = from
  // (`…的报告,以及Z关于…的调研报告`: a comma before 以及 goes on with the list.)
  while (stop < end && (!',;:。'.includes(text.charAt(stop)) || (text.charAt(stop) === ',' && text.startsWith('以及', stop + 1)))) stop++
  for (let at = from; at < stop; at++) {
    // `X关于…的报告、Y关于…的报告`: a list of reports, each after the one before it ends.
    // `X关于A、Y关于B的汇报`: a maker and its topic after `、`, the report's end written once.
    const joiner = makerJoiners.find((word) => text.startsWith(word, at)) ?? (text.charAt(at) === '、' && (reportEnds.some((word) => text.endsWith(word, at)) || first.follower === '关于') ? '、' : undefined)
    if (joiner === undefined) continue
    const hit = actorBefore(text, at + joiner.length, stop, tie) ?? (first.follower === '关于' ? ownReport(text, at + joiner.length, stop) : null)
    if (hit && hit.actor.kind !== 'person') {
      actors.push(hit.actor)
      at = hit.actor.whole.end
    }
  }
  return actors
}
const ofMaker = words(['的'])
/** What a body heard after another's report gives in its own words: `…的说明和Y的审查意见`. */
const ownReportNouns = ['汇报', '说明', '报告', '意见']

/**
 * A maker after a joiner whose own report or opinion follows it, without a topic
 * (`听取了X关于…的说明和Y的审查意见`): Y; or null.
 */
function ownReport(text: string, from: number, stop: number): {actor: Actor; follower: string} | null {
  const hit = actorBefore(text, from, stop, ofMaker)
  if (!hit) return null
  const rest = text.slice(hit.actor.whole.end + 1, stop)
  return rest.length <= 12 && ownReportNouns.some((noun) => rest.endsWith(noun)) ? hit : null
}

/** What a report heard ends in: `…的报告`, `…的汇报`, `…的说明`. */
const reportEnds = ['的报告', '的汇报', '的说明', '的情况报告', '的情况汇报']

/** The makers of reports listed after the first one heard in a sentence, each `Y关于…的报告` a clause of its own. */
function nextReports(text: string, sentence: {clauses: Span[]}, after: number): Actor[] {
  const actors: Actor[] = []
  for (const clause of sentence.clauses) {
    if (clause.start <= after) continue
    const clauseText = text.slice(clause.start, clause.end)
    if (!reportEnds.some((end) => clauseText.endsWith(end))) break
    // `…的汇报,听取了Y关于…的说明`: the cue written again before the maker.
    const hit = actorBefore(text, clause.start + (hearing.at(text, clause.start)?.length ?? 0), clause.end, reportAbout)
    if (!hit) break
    actors.push(hit.actor)
  }
  return actors
}

/**
 * The name after a title set off by white space in a label's value
 * (`汇报人:网格员 X`, `汇报人:副院长 X`), where the title alone is no actor.
 */
function spacedName(text: string, start: number, end: number, limit: number): Actor | null {
  if (text.charAt(end) !== ' ') return null
  let from = end
  while (from < limit && text.charAt(from) === ' ') from++
  let to = from
  while (to < limit && !' ),;。、'.includes(text.charAt(to))) to++
  if (!isName(text, from, to) && !isSetOffName(text, from, to)) return null
  // `党委常委、组织部部长 X`: titles joined by `、`, the last perhaps after its unit: the person, as
  // `X党组书记、常务副会长Y` reports as Y (blind5-h3).
  const parts = text.slice(start, end).split('、')
  const last = parts[parts.length - 1]
  if (!parts.slice(0, -1).every((part) => titles.includes(part) || titlePrefixed(part))) return null
  const unit = parts.length > 1 ? readActor(text, end - last.length, end) : null
  // `人事秘书 X`, a post titled by its function: the person, as `副院长 X` (`学工办 X` reads as the unit).
  // (So is a village's post after its bare word, `村报账员 X`, read as a post: a title, no unit, no name.)
  const titled = postTitleEnd(text, end - last.length, limit) === end
  const read = titled ? null : readActor(text, end - last.length, end)
  const post = titled || (read !== null && read.kind === 'unit' && read.unit === null && read.name === null && read.title !== null)
  return titles.includes(last) || post || (unit && unit.kind === 'unit' && unit.title) ? nameActor(from, to) : null
}

/**
 * Whether a designation is a title after a body that makes one with it: `党委常委`, `县委副书记`,
 * also a township's committee with its level (`乡党委委员`, `镇党委副书记`), as `党委委员`.
 */
function titlePrefixed(value: string): boolean {
  const bare = /^[乡镇]党/.test(value) ? value.slice(1) : value
  return titlePrefixes.some((prefix) => bare.startsWith(prefix) && titles.includes(bare.slice(prefix.length)))
}

/** Whether a trailer names its presenting unit by label: `汇报单位:X`. */
function hasUnitLabel(text: string, start: number, end: number): boolean {
  return indexWithin(text, '汇报单位:', start, end) !== -1
}

/**
 * The person who reports on behalf of a body (`常务副主席X代表…常务委员会所作的报告`):
 * the one before `代表`; else the actor as read.
 */
function onBehalf(text: string, actor: Actor): Actor {
  const at = text.indexOf('代表', actor.whole.start + 2)
  if (at === -1 || at >= actor.whole.end - 2) return actor
  const person = readActor(text, actor.whole.start, at)
  return person && (person.kind === 'person' || person.kind === 'unit-person') ? person : actor
}

/**
 * A unit that presents in a role (`城建科作为牵头科室汇报了…`): the unit
 * before `作为`, or null.
 */
function asRole(text: string, start: number, end: number): {actor: Actor; follower: string} | null {
  const at = indexWithin(text, '作为', start, Math.min(end, start + 20))
  const actor = at > start ? readActor(text, start, at) : null
  return actor && actor.kind === 'unit' ? {actor, follower: '作为'} : null
}

/** Whether an actor's span runs over a clause's end or a document's title: no maker is written so. */
function crossesClause(text: string, span: Span): boolean {
  for (let index = span.start; index < span.end; index++) if (',;。《》'.includes(text.charAt(index))) return true
  return false
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

const titleWords = words(titles)

/**
 * The unit whose officer presents, written with title and name, where the
 * name has a surname the list lacks (`县审计局局长X汇报了…`): a unit, a title,
 * two or three ideographs and a follower.
 */
function unitOfTitled(text: string, start: number, end: number, following: Words): Actor | null {
  for (let at = start + 2; at < Math.min(end, start + 24); at++) {
    // `听取了州财政局(局长X)关于…`: the officer in brackets after the unit.
    if (text.charCodeAt(at) === 0x28 /* ( */) {
      const bracketed = officerInBrackets(text, at, end)
      if (bracketed !== -1 && following.at(text, bracketed) !== undefined && isUnit(text, start, at)) return readActor(text, start, at)
      break
    }
    const title = titleWords.at(text, at)
    if (title === undefined || !isUnit(text, start, at)) continue
    const from = at + title.length
    for (let nameEnd = from + 2; nameEnd <= from + 3 && nameEnd < end; nameEnd++) {
      if (!ideographs(text, from, nameEnd)) break
      if (following.at(text, nameEnd) !== undefined) return readActor(text, start, at)
    }
  }
  return null
}

/**
 * A unit's officer with a name of four ideographs, as names of the Tibetan, Yi or Mongolian
 * people are written, before a verb of presenting (`州政府秘书长普布次仁传达了…`), which
 * `isName` does not know by their surname: the unit-person, as `readActor` gives one with a
 * shorter name. Only where no shorter name is followed by such a verb.
 */
function titledFourName(text: string, start: number, end: number): Actor | null {
  for (let at = start + 2; at < Math.min(end, start + 24); at++) {
    const title = titleWords.at(text, at)
    if (title === undefined || !isUnit(text, start, at)) continue
    const from = at + title.length
    if (from + 4 >= end || !ideographs(text, from, from + 4) || namePresenting.at(text, from + 4) === undefined) continue
    if (namePresenting.at(text, from + 2) !== undefined || namePresenting.at(text, from + 3) !== undefined || isUnit(text, from, from + 4)) continue
    const unit = {start, end: at}
    const name = {start: from, end: from + 4}
    return {kind: 'unit-person', whole: {start, end: from + 4}, value: unit, parts: [{start, end: from + 4}], name, title: {start: at, end: from}, unit}
  }
  return null
}

/**
 * The next line of a label's list that a `、` ends at `end` (`汇报单位:A、B、` over `　　C`):
 * indented, with no label or sentence of its own; or null.
 */
function wrappedList(text: string, end: number): Span | null {
  let last = end
  while (last > 0 && text.charAt(last - 1) === ' ') last--
  // (The line may end in spaces a web copy left, and in CR LF.)
  let lf = end
  while (text.charAt(lf) === ' ') lf++
  if (text.charAt(lf) === '\r') lf++
  if (text.charAt(last - 1) !== '、' || text.charAt(lf) !== '\n' || text.charAt(lf + 1) !== ' ') return null
  let start = lf + 1
  while (text.charAt(start) === ' ') start++
  const lineEnd = text.indexOf('\n', start)
  let stop = lineEnd === -1 ? text.length : lineEnd
  while (stop > start && (text.charAt(stop - 1) === '\r' || text.charAt(stop - 1) === ' ')) stop--
  return stop > start && !/[:。,;]/.test(text.slice(start, stop)) ? {start, end: stop} : null
}

/** Whether a span is all ideographs. */
function ideographs(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isIdeograph(text.charCodeAt(index))) return false
  return true
}

/** Whether a unit has any of the words that `readReporters` looks for in its sentences. */
function mayReport(text: string, unit: Unit, isOpening: boolean): boolean {
  for (const [anchor] of cueGroups) if (indexWithin(text, anchor, unit.start, unit.end) !== -1) return true
  if (indexWithin(text, '由', unit.start, unit.end) !== -1) return true
  return isOpening && (presentsIn(text, unit.start, unit.end) || proposes(text.slice(unit.start, unit.end)))
}

/** Verbs with which a unit brings a proposal before the meeting: `X提出…的建议`, `X提请…`. */
const proposing = words(['提出了', '提出', '提交了', '提交', '提请'])
/** What follows `X提请`: the meeting asked to take the matter up (`提请会议审议`, `提请研究`). */
const submitsToMeeting = /^(?:本次)?(?:会议)?(?:审议|研究|审定|讨论)/

/** What follows X in `根据X的提议`: a proposal or request it brought. */
// (`根据安全部的汇报,…`: the one whose report the item opens on presents it.)
const onProposalOf = words(['的提议', '的建议', '的申请', '的请示', '的汇报', '的情况汇报', '的报告', '的介绍', '的通报'])

/** What a unit brings: the clause ends in one of these (`…岗位的建议`, `…经费的请示`). */
// (`同意X的意见`: the view X brought, as `同意X提出的…`.)
const proposals = ['建议', '请示', '申请', '方案', '议案', '报告', '意见']

const possessive = words(['的'])
/** What opens the object of `同意` that is no maker: `同意将…`, `同意对…`, `同意按…`. */
const notMakers = ['将', '把', '对', '按', '由', '给', '为', '以', '在', '从', '向']

/**
 * The unit whose proposal the meeting agrees to, written `同意X的…方案` (as `同意X提出的…`):
 * a unit alone right after the cue, its clause ending in what it brings (`proposals`).
 */
function unitsProposal(text: string, from: number, end: number): Actor | null {
  if (notMakers.includes(text.charAt(from))) return null
  const hit = actorBefore(text, from, end, possessive)
  if (!hit || hit.actor.kind !== 'unit' || hit.actor.whole.start !== from || hit.actor.value.end !== hit.actor.whole.end) return null
  let last = hit.actor.whole.end + 1
  while (last < end && !',;:。'.includes(text.charAt(last))) last++
  return namesProposal(text, hit.actor.whole.end, last, '') ? hit.actor : null
}

/**
 * Whether the text from `start` to a clause's end at `end` (its closing
 * punctuation left off) ends in what a unit brings (`proposals`), after `of`.
 */
function namesProposal(text: string, start: number, end: number, of: string): boolean {
  let last = end
  while (last > start && ' 。,;:'.includes(text.charAt(last - 1))) last--
  return proposals.some((noun) => text.endsWith(of + noun, last))
}

/** Whether a text holds a verb of `proposing` at all: a quick test before the clauses are read. */
function proposes(text: string): boolean {
  return text.includes('提出') || text.includes('提交') || text.includes('提请')
}

/** What opens a clause of the meeting's outcome, whose `X提出的` is read by the cues of `同意`. */
const outcomeOpeners = words(['原则同意', '同意', '批准'])

/**
 * The unit that opens a clause bringing a proposal (`护理部提出增设夜班岗位的建议`,
 * `县教育局提交了关于…的请示`), or null. A unit alone, not a person
 * (`X副区长提出要求` instructs) nor a unit's members (`X委员提出了修改建议` comment on
 * a matter another presents); the clause ending in what it brings, named with `的`
 * (or, brought already, `X提出了调整建议`), or one that asks the meeting to take it up (`X提请会议审议…`).
 */
function unitProposing(text: string, start: number, end: number): Actor | null {
  if (!proposes(text.slice(start, end)) || outcomeOpeners.at(text, start) !== undefined) return null
  const hit = actorBefore(text, start, end, proposing)
  if (!hit || hit.actor.kind !== 'unit' || hit.actor.value.end !== hit.actor.whole.end) return null
  // `工会提出的体检方案,会议同意…`: what X brought, named first as the clause's topic.
  if ((hit.follower === '提出' || hit.follower === '提交') && text.charAt(hit.actor.whole.end + 2) === '的' && namesProposal(text, start, end, '')) return hit.actor
  // `X提请会议审议…方案`: X puts the matter before the meeting, whatever it names it.
  if (hit.follower === '提请' && submitsToMeeting.test(text.slice(hit.actor.whole.end + 2, end))) return hit.actor
  // `X提出今年需补充护士40名`, `X提出拟新建…`: a need or a plan it brings, stated.
  if (hit.follower.startsWith('提出') && statesNeed(text, hit.actor.whole.end + hit.follower.length, end)) return hit.actor
  // `X提出了夜班补助调整建议`: a proposal already brought (`了`) needs no `的` before what it is.
  return namesProposal(text, start, end, hit.follower.endsWith('了') ? '' : '的') ? hit.actor : null
}

/** Words of a need or a plan that a unit states: `需`, `拟`, `申请`. */
const needWords = ['需', '拟', '申请']

/** Whether a word of `needWords` stands within the first characters after `from` (`今年需补充…`). */
function statesNeed(text: string, from: number, end: number): boolean {
  const limit = Math.min(end, from + 5)
  return needWords.some((word) => indexWithin(text, word, from, limit) !== -1)
}

/**
 * Who a label's value names (`汇报单位:A、B`, `汇报人:网格员 X`, `汇报:X处 Y处`),
 * from `start` to the value's end before `limit`, added to `found`.
 */
function labelValue(text: string, start: number, limit: number, found: Actor[]): void {
  // `汇报单位:A、B`, `汇报人:X、Y`: each of the list up to the end of the label's value.
  let end = start
  while (end < limit && !' ),;。'.includes(text.charAt(end))) end++
  // `汇报人:X(财务处)`: a person, then the unit in brackets: the unit reports, as for `财务处 X`.
  const paren = indexWithin(text, '(', start, end)
  // `汇报单位:县发改局(县粮食局)、…`: a unit with its other name in brackets, read whole.
  const listed = paren > start ? text.lastIndexOf('、', paren) + 1 : 0
  const from = listed > start ? listed : start
  if (paren > from && text.charAt(end) === ')' && isUnit(text, from, paren) && isUnit(text, paren + 1, end)) {
    const unit = readActor(text, from, end + 1)
    if (unit && unit.kind === 'unit') {
      if (from > start) labelValue(text, start, from - 1, found)
      found.push(unit)
      if (text.charAt(end + 1) === '、') labelValue(text, end + 2, limit, found)
      return
    }
  }
  // `汇报单位:县应急管理局(局长 X)`: a unit, then its officer in brackets: the unit reports (and the next after `、`).
  const officer = paren > start ? officerInBrackets(text, paren, limit) : -1
  if (officer !== -1 && isUnit(text, start, paren)) {
    const unit = readActor(text, start, paren)
    if (unit) found.push(unit)
    if (text.charAt(officer) === '、') labelValue(text, officer + 1, limit, found)
    return
  }
  if (paren > start && isName(text, start, paren)) {
    const close = indexWithin(text, ')', paren + 1, limit)
    const unit = close === -1 ? null : readActor(text, paren + 1, close)
    if (unit && unit.kind === 'unit') {
      found.push(unit)
      return
    }
  }
  // `汇报人:网格员 X`: a title set off from the name by a space (a unit so set off reports as the unit).
  const spaced = spacedName(text, start, end, limit)
  if (spaced) {
    found.push(spaced)
    // `副院长 X、人事科科长 Y`: the next of a list after the name.
    let after = spaced.whole.end
    while (after < limit && text.charAt(after) !== '、' && !' ),;。'.includes(text.charAt(after))) after++
    if (text.charAt(after) === '、') labelValue(text, after + 1, limit, found)
    else nextDesignated(text, after, limit, found)
    return
  }
  // `初三年级组长 X`, `语文教研组长 X`: the school's group whose head presents (not `初三`, read as a name).
  const group = groupOfHead(text, start, end)
  if (group) {
    found.push(group)
    return
  }
  const whole = readActor(text, start, end)
  if (whole) {
    found.push(whole)
    // `州教育局局长 X,州卫健委副主任 Y`: the unit of a designated person, then the next after a comma.
    if (whole.title !== null && text.charAt(end) === ' ') {
      let after = end
      while (after < limit && text.charAt(after) === ' ') after++
      while (after < limit && isIdeograph(text.charCodeAt(after))) after++
      nextDesignated(text, after, limit, found)
    }
    // `汇报:后勤管理处 资产管理处`: more units set off by spaces (a name after a unit is its officer).
    for (let from = end; text.charAt(from) === ' '; ) {
      while (text.charAt(from) === ' ') from++
      let to = from
      while (to < limit && !' ),;。:'.includes(text.charAt(to))) to++
      const next = text.charAt(to) === ':' ? null : readActor(text, from, to)
      if (!next || next.kind !== 'unit') break
      found.push(next)
      from = to
    }
    return
  }
  // `汇报人:学院人事秘书`, `汇报人:财务总监`: a post by its title alone, perhaps after its body's bare word.
  const post = titledPost(text, start, end)
  if (post) {
    found.push(post)
    return
  }
  for (let from = start; from < end; ) {
    let to = from
    while (to < end && text.charAt(to) !== '、') to++
    const actor = readActor(text, from, to) ?? (isName(text, from, to) ? nameActor(from, to) : null)
    if (actor) found.push(actor)
    from = to + 1
  }
}

/**
 * A school's group whose head presents (`初三年级组长 X`, `语文教研组长 X`), the value from `start`
 * to `end`: the group, its title's `长` left off, as `学工办主任 X` reports as `学工办`; or null.
 */
function groupOfHead(text: string, start: number, end: number): Actor | null {
  if (text.charAt(end - 1) !== '长' || !groupHead.test(text.slice(start, end))) return null
  const group = {start, end: end - 1}
  return {kind: 'unit', whole: group, value: group, parts: [], name: null, title: null, unit: group}
}

/** The head of a school's grade, subject or lesson-planning group: `高二年级组长`, `数学教研组长`. */
const groupHead = /^[\u4e00-\u9fff\d]{1,6}(?:年级组|教研组|备课组)长$/

/**
 * After a designated person of a label's value, the next one past a comma, a `、` or a `;`
 * (`汇报人:州教育局局长 X,州卫健委副主任 Y`): only a designation set off from
 * its name by a space, as the first was, so that a clause after the comma is
 * no presenter.
 */
function nextDesignated(text: string, after: number, limit: number, found: Actor[]): void {
  if (text.charAt(after) !== ',' && text.charAt(after) !== '、' && text.charAt(after) !== ';') return
  let stop = after + 1
  // (Not the next label after a `;`, `汇报人:处长 Y`: a colon stops the designation.)
  while (stop < limit && !' ),;。,:'.includes(text.charAt(stop))) stop++
  if (text.charAt(stop) === ' ' && stop > after + 1) labelValue(text, after + 1, limit, found)
}

/**
 * A name of four ideographs set off by a space after its title (`局长 吉克子尔`), as names of
 * the Yi, Mongolian or Tibetan people are written, that `isName` does not know by their surname:
 * where the designation already says a person follows.
 */
function isSetOffName(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false
  for (let index = start; index < end; index++) if (!isIdeograph(text.charCodeAt(index)) || text.charAt(index) === '的') return false
  return !isUnit(text, start, end)
}

/**
 * A post named by its title alone that fills the span (see `postTitleEnd`):
 * `财务总监`, `组织员`, or after the bare word of the body that holds the
 * meeting, `学院人事秘书`; or null.
 */
function titledPost(text: string, start: number, end: number): Actor | null {
  const holder = postHolderAt.at(text, start)
  for (const from of holder === undefined ? [start] : [start + holder.length, start]) {
    if (from < end && postTitleEnd(text, from, end + 1) === end) return postActor(start, end)
  }
  return null
}

function nameActor(start: number, end: number): Actor {
  const whole = {start, end}
  return {kind: 'person', whole, value: whole, parts: [whole], name: whole, title: null, unit: null}
}
