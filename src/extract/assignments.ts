/**
 * Assignments: tasks given to a named owner.
 *
 * - `(会后)由X…`, `并由X…`, `具体工作由X负责…`: X before a word that starts a task;
 * - `责成X…`, `请X…`, `要求X…` at a clause start;
 * - `X要…`, `X负责…`, `X牵头…` at a clause start, X a named unit or person.
 *
 * Generic addressees (`各地各部门`, `有关单位`) are audiences, not owners.
 */

import type {Doc} from '../doc.js'
import {consultingStarts, refusalVerbs, decisionSectionNames, actorTrailers, assessingClauses, bareTaskVerbs, settingUpVerbs, departmentEndings, officeEndings, departmentWorkVerbs, speechVerbs, boardsThatSpeak, changeVerbs, deadlineLabels, documentKinds, directLevels, frontedAdverbs, frontedObjectVerbs, fundWords, governingVerbs, guidedNotUnits, guidingOwnerVerbs, handedMatterWords, handlingVerbs, leadingPhrases, leaderLabels, makingVerbs, meetingSubjectsByKind, shortOwnerLabels, nonTaskVerbs, subordinateLevels, notOwnerBy, objectReportVerbs, objectTaskVerbs, outcomeOpeners, carryingOnOpeners, sourceTaskVerbs, submittedForWords, ownBodies, ownerLabels, ownVillageOrgans, placePrefixes, staffPosts, recurringPeriods, recurringReportVerbs, roleVerbs, taskColumnLabels, namingColumnLabels, taskStatusColumnLabels, taskStarters, titles, unitSuffixes, wholeBodyEndings, announcedFrontedVerbs, nounsAfterResponsible, summingWords, countedWorkWords, frontedVerbManners, projectRoleAudiences, taskNamingWords, agreedWorkVerbs, partyEndings, shortPartyEndings, verbsEndingInLi, formedGroupEndings, conveneVerbs, namedSides, projectFacts, projectKinds, labelLineIntros, overseeingVerbs, planHeadingWords, seatedIn, caseHolders, deadlineHedges, todoLabels} from '../lexicon.js'
import type {Assignment} from '../record.js'
import type {OwnerRole} from '../tree.js'
import {indentOf, isIdeograph, unbroken} from '../doc.js'
import {words, type Words} from '../words.js'
import {actorBefore, clauseWordPlace, introducedName, isBareBody, postActor, postHolderAt, postTitleEnd, isGeneric, isName, isUnit, kindTrailerLength, mayEndActor, mayReadActor, readActor, workingGroup, type Actor} from './actor.js'
import {indexWithin, trim, type Clause, type Sentence, type Span} from './clauses.js'
import {delivers, findDueNormalized, holidayWords, openingStart, type Due} from './due.js'
import {matchCue} from '../parse/inline.js'
import {isAttendanceSentence, ownerColumnRole} from '../parse/line.js'
import {skipMarker} from './markers.js'
import {unitSentences, type Unit} from './units.js'

const starters = words(taskStarters)
/** `X按30万元标准安排…`, `X按两成比例配套`: a rate written by its number after the owner. */
const rateFollowers = [...'123456789一二两三四五六七八九十'].map((digit) => `按${digit}`)
/**
 * What follows a name the minutes introduce and opens its work where a longer run would read on
 * to a body's name: what the work rests on (`由X根据代表意见修改`), or the people it leads
 * (`由X组织党员志愿服务队对…`, not a unit `X组织党员志愿服务队`).
 */
const basisWords = words(['根据', '按照', '依据', '结合', '组织', '带领'])
/** What may follow the subject of a clause that gives a task (`X派员全程参与…`: a unit that sends its staff does the task). */
const subjectFollowers = words(['要', '同步', '参与', '参加,', '负总责', '负责', '具体负责', '根据', '对', '为', '是', '按职责', '按各自职责', '按照各自职责', '按季度', '按月', '按年度', '按进度', '按工程进度', '按项目进度', '按施工进度', '按时', '按期', '按要求', '按规定', '按程序', '按政府采购程序', '按采购程序', '按有关程序', '按相关程序', '按法定程序', '按规定程序', '按有关规定', '按相关规定', '按每', '按标准', '按比例', '从', '具体实施', '具体组织', '具体办理', '具体承办', '承办', '具体落实', '落实', '统筹', '做好', '抓好', '切实', '进一步', '认真', '积极', '加快', '加强', '严格', '按照', '依照', '对照', '共同', '分别', '牵头', '带队', '率队', '会同', '配合', '协助', '必须', '务必', '应当', '需要', '抓紧', '尽快', '立即', '安排', '全程', '限', '协调解决', '着手', '跟踪', '持续', '继续', '及时', '主动', '强化', '加大', '全面', '须', '具体经办', '经办', '分头', '牵总', '抓总', '主办', '协办', '主抓', '挂帅', '对口', '逐一', '逐项', '逐户', '逐家', '逐个', '逐条', '尽早', '提前', '统一归口', '一并', '另行', '据此', '依法', '各负其责', '各司其职', '派员', '派专人', '派人', '派出', '抽调专人', '抽调人员', '选派专人', '选派人员', '密切', '全力', '领衔', '具体抓', '按', ...rateFollowers, '按合同', '按协议', ...consultingStarts])
/** What may stand between a clause start and its `由`: `会后由`, `具体工作由`, a doubled `由`. */
const beforeBy = ['', '会后', '会', '后', '并', '再', '然后', '具体工作', '具体', '此项工作', '该项工作']
/**
 * Words after an owner that share the task of the owner before: `由X牵头,Y配合,…`.
 * Not `会同`: `…,由Y会同Z另行研究` gives Y a task of its own, with Z.
 */
// (`Y密切配合`, `Y积极配合`, `Y全力协助`: an adverb of how before the support, as well.)
const supportWords = ['配合', '协助', '协同', '参与', '协办', '密切配合', '积极配合', '全力配合', '主动配合', '积极协助', '全力协助', '积极参与', '参加']
// `会后X负责…`: after the meeting, then the owner; `但要求X…`: a condition on what the meeting agreed to;
// `各乡镇要…,其中X、Y要…`: the named ones among the audience.
/** Labels of what was decided, `决定事项`, `会议议定事项` (lexicon `decisionSectionNames`). */
const decidedLabels = words(decisionSectionNames.flatMap((name) => [name, '会议' + name]))
const clauseOpeners = words(['会议还', '会议', '会后', '同时', '另外', '此外', '并', '但是', '但', '其中'])
/** The meeting named by its body or kind (`党工委`, `主任办公会`, `党组会议`): see `meetingAsks`. */
const meetingKinds = words(meetingSubjectsByKind.flatMap((kind) => [kind, kind.endsWith('会') ? kind + '议' : kind + '会议']))

/**
 * The length of the meeting named by its kind at `at` where it asks or speaks
 * (`党工委要求X…`, `管委会责成X…`), as `会议要求` opens a clause; else 0 (not
 * `常委会办公室要…`, a unit).
 */
function meetingAsks(text: string, at: number): number {
  const kind = meetingKinds.at(text, at)
  if (kind === undefined) return 0
  const after = at + kind.length
  return asksOrSpeaks(text, after) ? kind.length : 0
}

/** Whether a word by which a body asks (`要求`, `责成`, `请`) or speaks (`强调`, `指出`) stands at `at`. */
function asksOrSpeaks(text: string, at: number): boolean {
  return byOpeners.some((word) => text.startsWith(word, at)) || speaking.at(text, at) !== undefined
}
/**
 * The meeting's speech verbs, which may open a clause before its owner with
 * the subject `会议` left out: `…的汇报,强调X要…`, `明确由X负责…`.
 */
const speaking = words(speechVerbs)
/** The meeting's verbs of deciding that may stand between `会议` and an owner (`会议确定X为牵头单位`). */
const decidingLeads = words(['确定', '决定', '议定', '商定'])
// `会议指定X为牵头单位`: the meeting names X, whose task follows.
// `委托X负责…`: the one the meeting entrusts; `商请X配合…`: a body outside its command, asked.
// `交办X赶在…前完成`: the matter handed to X.
// `责令X限期整改`: the formal word of ordering X, as `责成`.
/** `要求`, after a leader's bare name (`afterSpeaker`). */
const askingWords = words(['要求'])
const byOpeners = ['会后请', '责成', '责令', '商请', '交办', '请', '要求', '授权', '指定', '委托']
/** What follows the one a meeting names (`指定X为…`). */
const designating = words(['为'])
/** Roles a person is named to (`指定X同志为联络人`). */
const personRoles = words(['联络人', '联系人', '召集人', '牵头人', '责任人', '负责人', '组长'])

/** What follows `着` where it charges no one: `着力`, `着眼`, `着手`, `着重`, `着实`, `着落`. */
const notCharging = '力眼手重实落想'
const labels = words(ownerLabels.map(([label]) => label))
const dueLabels = words(deadlineLabels)
const leaders = words(leaderLabels)
/** Modals that may stand before a role verb: `X要牵头…`; and `为` of `X为牵头单位`. */
const modals = words(['要', '须', '应', '负责', '为', '作为'])

/** An owner found in a clause. */
export interface Owner {
  actor: Actor
  /** Where the task starts. */
  taskStart: number
  /** A deadline that opens the owner's clause before it (`五一节前平安办要…`), the task's. */
  leadingDue?: Span
}

/**
 * Find the owner that a clause starts with: `由X`, `会后由X`, `责成X`, `X要`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Clause start.
 * @param end
 *   Clause end.
 * @returns
 *   The owner, or null.
 */
function clauseOwner(text: string, start: number, end: number): Owner | null {
  let cursor = skipMarker(text, start, end)
  // `决定事项:X在…前…`, `议定事项:X负责…`: the label of what was decided, before the owner.
  const decided = decidedLabels.at(text, cursor)
  if (decided !== undefined && text.charCodeAt(cursor + decided.length) === 0x3a /* : */) cursor += decided.length + 1
  const opener = clauseOpeners.at(text, cursor)
  cursor += opener?.length ?? meetingAsks(text, cursor)
  cursor = afterSpeaker(text, cursor, end)
  // `验收时业委会派员参加`: the time of an event (a verb and `时`) before the owner is not part of it.
  if (text.charCodeAt(cursor + 2) === 0x65f6 /* 时 */ && eventVerb(text, cursor)) cursor += 3
  // `2027年协会要…`, `2026年省运会筹委会要…`: a year opening the clause says when; the owner follows it.
  if (opensWithYear(text, cursor)) cursor += 5
  // `项目所在的高新区管委会要…`, `企业所在地镇政府负责…`: where the matter lies qualifies the owner that follows.
  // (A noun of two to four ideographs before `所在`, no owner and its verb: not `镇政府要对所在…`.)
  const lying = indexWithin(text, '所在', cursor + 2, Math.min(end, cursor + 5))
  if (lying !== -1 && !/[要对由请将把负为在]/.test(text.slice(cursor, lying))) cursor = lying + 2 + ('的地'.includes(text.charAt(lying + 2)) ? 1 : 0)
  // `运营期间市财政局每年给予…`, `施工期间X要…`: the phase a clause opens with says when; the owner follows it.
  const during = indexWithin(text, '期间', cursor + 2, Math.min(end, cursor + 5))
  if (during !== -1 && /^[\u4e00-\u9fff]+$/.test(text.slice(cursor, during)) && !/[要对由请将把负为在]/.test(text.slice(cursor, during))) cursor = during + 2
  const speech = speaking.at(text, cursor)
  if (speech) cursor += speech.length
  // `会议确定X为牵头单位`, `会议决定X负责…`: the meeting deciding, as it speaks by `明确`, before the owner.
  else if (opener?.startsWith('会议')) cursor += decidingLeads.at(text, cursor)?.length ?? 0
  // `经镇农经站审核后于春节前发放`: a body's review the work waits for (not `经信局审核后…`, a unit named 经…).
  if (text.charCodeAt(cursor) === 0x7ecf /* 经 */ && reviewedFirst(text, cursor + 1, end)) return null
  // `副总指挥兼新区财政局局长X负责…`: a post held besides the one that owns, before `兼`.
  const besides = postTitles.at(text, cursor)
  if (besides !== undefined && text.charAt(cursor + besides.length) === '兼') cursor += besides.length + 1
  // `会议同意X落实资金`: what the meeting agrees to is its decision, and `同意X` no owner.
  if (agreeingVerbs.at(text, cursor) !== undefined) return null
  // `交县市场监管局办理…`: the matter handed to a placed unit (not `交通…`, `交流…`: a place prefix must follow);
  // `此事交行政后勤部研究办理`: a matter named before `交`, handed to a body's own department too.
  const matter = handedMatters.at(text, cursor)
  // `奖补办法交县交通运输局研究制定`: a paper or a matter named before `交` and a placed unit, handed to it as by
  // `交由`; the task starts at what is handed.
  const handing = matter === undefined ? namedMatterHanded(text, cursor, end) : -1
  if (handing !== -1) {
    const handed = placedOwner(text, askedOwner(text, handing + 1, end))
    if (handed && handed.actor.whole.start === handing + 1) return {...handed, taskStart: cursor}
  }
  // (`…问题线索,移交镇纪委核查`: `移交` hands a case on as `交` does.)
  const hand = matter !== undefined && text.charAt(cursor + matter.length) === '交' ? cursor + matter.length : text.startsWith('移交', cursor) ? cursor + 1 : cursor
  // (`…建议,交综合科汇总`: a clause that hands the matter on to a body's own department, not `交通…`, `交流…`, nor `交办X…`, read as a verb of its own.)
  if (text.charAt(hand) === '交' && (places.at(text, hand + 1) !== undefined || hand > cursor || !'通流易警办付接'.includes(text.charAt(hand + 1)))) {
    const asked = askedOwner(text, hand + 1, end)
    const handed = places.at(text, hand + 1) !== undefined ? placedOwner(text, asked) : departmentOwner(text, hand + 1, asked)
    if (handed && handed.actor.whole.start === hand + 1) return handed
  }
  // `调研报告经修改后交县人民政府研究处理`: the matter handed on to a placed unit after a step.
  // (Not after `由X…`, whose X does the step, nor to a meeting, `后交院长办公会研究`, which takes the matter up.)
  const handedAfter = indexWithin(text, '后交', cursor, Math.min(end, cursor + 16))
  if (handedAfter !== -1 && places.at(text, handedAfter + 2) !== undefined && indexWithin(text, '由', cursor, handedAfter) === -1 && meetingKinds.at(text, handedAfter + 2) === undefined) {
    const handed = placedOwner(text, askedOwner(text, handedAfter + 2, end))
    if (handed && handed.actor.whole.start === handedAfter + 2) return handed
  }
  // `着X会同Y…`: the formal word of charging X (not `着力`, `着眼`, `着手`, `着重`).
  if (text.charAt(cursor) === '着' && !notCharging.includes(text.charAt(cursor + 1))) {
    const charged = askedOwner(text, cursor + 1, end)
    if (charged && charged.actor.whole.start === cursor + 1 && isUnit(text, charged.actor.whole.start, charged.actor.whole.end)) return charged
  }
  // `指定X为片区实施主体`: the one named ends before `为` and its role, an owner label (not a run `X为片区`).
  if (text.startsWith('指定', cursor)) {
    const named = actorBefore(text, cursor + 2, end, designating)
    if (named && named.actor.kind !== 'person' && namesOwner(text, named.actor.whole.end + 1, end)) return owner(text, named.actor)
    // `指定X办公室副主任Y同志为联络人,负责…`: one named to a person's role, whose task follows.
    const role = named ? personRoles.at(text, named.actor.whole.end + afterTrailers(text, named.actor.whole.end) + 1) : undefined
    if (named && role !== undefined && text.charAt(named.actor.whole.end + afterTrailers(text, named.actor.whole.end)) === '为') return owner(text, named.actor)
  }
  // `以上事项请X跟踪督办`: the matters named before the asking word are what X takes up.
  const asking = matter !== undefined && byOpeners.some((word) => text.startsWith(word, cursor + matter.length)) ? cursor + matter.length : cursor
  for (const word of byOpeners) {
    if (text.startsWith(word, asking)) {
      // `请郑建国于月底前…`: a bare name the minutes introduce elsewhere, as after `由`.
      // `请董事会秘书于…前…`: a post by its title alone, as after `由` (before the longest run, which
      // would read on to a body's name: `董事会秘书于…发出会`).
      // (A titled person the minutes introduce, before the longest run, which would read on to a body's
      // short name: `授权秘书长X签订捐赠协|议`, `协` as in `科协`.)
      const found = postOwner(text, asking + word.length, end) ?? titledIntroducedPerson(text, asking + word.length, end) ?? askedOwner(text, asking + word.length, end) ?? listedPerson(text, asking + word.length, end, starters)
      if (found) return found
    }
  }
  // `限县教育局于5月底前完成…`: `限` sets a placed unit its term, as `责成` charges it (not `限期`, `限时`: a place must follow).
  if (text.charAt(asking) === '限' && places.at(text, asking + 1) !== undefined) {
    const limited = askedOwner(text, asking + 1, end)
    if (limited && limited.actor.whole.start === asking + 1) return limited
  }
  // `由X`, `会后由X`, `具体工作由X`, and slips such as a doubled `由`: 由 near the clause start.
  const byLimit = Math.min(end, cursor + 6)
  for (let by = indexWithin(text, '由', cursor, byLimit); by !== -1; by = indexWithin(text, '由', by + 1, byLimit)) {
    const prefix = text.slice(cursor, by)
    if (beforeBy.includes(prefix) || prefix.endsWith('由')) {
      const after = ownerAfterBy(text, by, end)
      if (after) return after
    }
  }
  // `1.市公安局:负责现场交通管制`: an owner alone before a `:` and a word that starts a task
  // (there also a bare verb of doing, `2.区商务局:组织开展…`: the colon marks the owner).
  // (And a deadline or a role that opens the task, `3.X:会后10日内拨付…`, `3.X:作为项目业主,要…`.)
  if (text.charCodeAt(end) === 0x3a /* : */ && (subjectFollowers.at(text, end + 1) !== undefined || colonTaskVerbs.at(text, end + 1) !== undefined || colonOpensTask(text, end + 1))) {
    const actor = readActor(text, cursor, end)
    if (actor) return {actor, taskStart: end + 1}
  }
  // `1.【县交通局】完成…`: an owner alone in lenticular brackets opening a numbered point, its task after them
  // (not a label, `【责任单位】X`, which names the owner after it; nor a tag before a unit's report, `【党政办】上周完成了…`).
  if (text.charCodeAt(cursor) === 0x3010 /* 【 */ && cursor === skipMarker(text, start, end) && (cursor > start || afterMarker(text, start)) && labels.at(text, cursor + 1) === undefined && dueLabels.at(text, cursor + 1) === undefined) {
    const close = indexWithin(text, '】', cursor + 1, Math.min(end, cursor + 40))
    const actor = close === -1 ? null : readActor(text, cursor + 1, close)
    if (actor && actor.whole.start === cursor + 1 && actor.whole.end === close) return {actor, taskStart: close + 1}
  }
  // `X作为牵头单位,会同Y…`: an owner named by its label, whose task follows.
  // (A body seated in another only where it opens its sentence or point: after `成立…专班,专班办公室设在X,负责…`
  // the office is part of what the meeting set up, and its duty no task of this sentence.)
  // (A heading's text starts after its marker: `(四)`, `四、`, `4.` before it.)
  const opensSentence = cursor > start || start === 0 || '。;:\n)、.'.includes(text.charAt(start - 1))
  const named = labelledSubject(text, cursor, end) ?? labelNamesOwner(text, cursor, end) ?? (opensSentence ? seatedSubject(text, cursor, end) : null)
  if (named) return named
  // `五一节前平安办要牵头…`: a deadline that opens the clause stands before its owner.
  const leading = leadingDeadline(text, cursor, end)
  // (Not where the work is done after it, `11月上旬前在主产区全面启动…`: a place, no owner.)
  if (leading && text.charAt(leading.end) !== '在') {
    const after = actorBefore(text, leading.end, end, subjectFollowers)
    if (after && givenBy(text, after, end)) return {...owner(text, after.actor), leadingDue: leading}
    // (`6月10日前由X汇总…`: the owner after `由`, as `会后由X…`.)
    const by = text.charAt(leading.end) === '由' ? ownerAfterBy(text, leading.end, end) : null
    if (by) return {...by, leadingDue: leading}
  }
  // `县水利局安全生产工作要做到全覆盖`: a placed unit, a work of its own it names, and the subject's `要`.
  const ownWork = places.at(text, cursor) !== undefined ? unitsOwnWork(text, cursor, end) : null
  if (ownWork) return ownWork
  // `X、Y组成联合检查组,对…开展抽查`: the owners who form a group to do the work after it (see `formedGroupWork`).
  const forming = indexWithin(text, '组成', cursor, end) !== -1 && formedGroupEndings.some((ending) => text.endsWith(ending, trim(text, cursor, end).end)) ? actorBefore(text, cursor, end, formingVerb) : null
  // (Not those another owner works with, `由X牵头,会同Y组成督导组,…`: X's work.)
  if (forming && forming.actor.whole.start === cursor && forming.actor.kind !== 'person' && clauseWordPlace.at(text, cursor) === undefined) return owner(text, forming.actor)
  // `协调沿线三个街道加快推进`: a verb and the units it works with continue the task before, no owner.
  if (governsUnits(text, cursor, end)) return null
  const subject = actorBefore(text, cursor, end, subjectFollowers)
  const found = withinHeldPost(text, cursor, end, (subject && givenBy(text, subject, end) && !audienceFirst(text, subject.actor) ? subject : null) ?? actorBeforeDeadline(text, cursor, end) ?? actorBeforeStart(text, cursor, end) ?? doerOfBareVerb(text, cursor, end))
  // `X牵头,会同县财政局于…前完成`: `会同` opening a clause is the clause word, unless a subject's mark
  // follows the place's unit (`会同县政府要…`, see `clauseWordPlaces`).
  if (found && clauseWordPlace.at(text, cursor) !== undefined && !(found === subject && subjectMarks.has(subject.follower))) return null
  // `县政府党组成员要带头学习`: the members a title names as a group (`党组成员`) are people the
  // minutes do not name, as `班子成员` are, not their body.
  if (found && groupTitle(text, found.actor)) return null
  // `李明配合,…`, `张伟负责…`: a bare name the minutes give a title elsewhere.
  // (`县住建局督促物业服务企业落实…`: read over a verb of guiding, the unit before it, as after `请`.)
  return found ? (guidesOther(text, found.actor) ?? owner(text, found.actor)) : (listedPerson(text, cursor, end, roleOrSupport) ?? postBeforeDeadline(text, cursor, end))
}

const handling = words(handlingVerbs)

/**
 * A matter handed on, after the owner's own step, to a placed unit that handles it
 * (`审议意见由常委会办公室整理后交县人民政府研究处理,并于两个月内…报告`): where the owner's
 * task ends (its step, `整理`) and the unit, whose task starts at its verb of handling; or null.
 */
function handedOnAfterStep(text: string, start: number, end: number): {cut: number; owner: Owner} | null {
  const at = indexWithin(text, '后交', start + 1, end)
  if (at === -1 || places.at(text, at + 2) === undefined) return null
  const handed = placedOwner(text, askedOwner(text, at + 2, end))
  if (!handed || handed.actor.whole.start !== at + 2 || handling.at(text, handed.taskStart) === undefined) return null
  return {cut: at, owner: handed}
}

/** An appointment to head a group: `由Y任组长`, `由Y同志担任专班负责人` (not `任副组长`). */
// (The last `任` before the role: a title may hold one, `由副主任X任组长`.)
const headAppointment = /^由([^,。;:]{2,18})任(?:[^,。;:]{0,8}?[^副,。;:])?(?:组长|负责人|召集人|指挥长)$/
/** A later appointment in the same group, which hands out no work: `Z任副组长`, `A、B为成员`. */
const deputyAppointment = /(?:任|为)(?:副组长|副指挥长|成员)$/
/** Months a group's work is done in, then its verb: `9月至10月开展…`, `10月份组织…`. */
const monthsOfWork = /^(?:1[0-2]|[1-9])月份?(?:(?:至|到|—|-)(?:1[0-2]|[1-9])月份?)?(?:开展|组织|进行|实施)/
/** The verb a head's name stands before in `由X任组长`. */
const appointing = words(['任'])
/** A group set up under the one who leads it: `成立由X牵头的清欠专班`. Groups: who leads. */
const ledGroup = /由([^,。;:由]{2,18})牵头的[^,。;:]{0,20}(?:专班|小组|工作组|指挥部)$/
/** The verb a leader's name stands before in `由X牵头的…专班`. */
const leading = words(['牵头'])

/**
 * The person appointed to head a group in the clause at `index`
 * (`由副院长Y任组长`), with the clause after it that holds the group's work
 * and no owner of its own, opening with its deadline (`10月15日前完成预算编制`), or null. Appointments
 * of deputies and members between them are passed over.
 */
function appointedHead(text: string, clauses: Clause[], index: number): {owner: Owner; clause: number; work: number} | null {
  const clause = clauses[index] as Clause
  const from = skipMarker(text, clause.start, clause.end)
  if (clauses.length <= index + 1) return null
  const appointment = text.charAt(from) === '由' ? headAppointment.exec(text.slice(from, clause.end)) : null
  // `成立由X牵头的清欠专班`: the one who leads the group set up heads it.
  const led = appointment || indexWithin(text, '牵头的', from, clause.end) === -1 ? null : ledGroup.exec(text.slice(from, clause.end))
  if (!appointment && !led) return null
  const whoStart = from + 1 + (led ? led.index : 0)
  const who = ((appointment ?? led)?.[1] as string).replace(/(?:同志)?担?$/, '')
  // (Or a post by its title alone, its holder unnamed: `由分管副院长任组长`.)
  const whoEnd = whoStart + who.length
  // (Or a bare name the minutes introduce elsewhere, in a list or with a title: `由许国梁任组长` after `院长许国梁`.)
  const actor =
    postTitleEnd(text, whoStart, whoEnd + 1) === whoEnd ? postActor(whoStart, whoEnd) : (readActor(text, whoStart, whoEnd) ?? introducedName(text, whoStart, clause.end, led ? leading : appointing))
  // (A unit may lead a group set up, `由县人社局牵头的…专班`; a head appointed is a person or a post.)
  if (!actor || (actor.name === null && actor.title === null && !(led && actor.kind === 'unit'))) return null
  let next = index + 1
  while (next < clauses.length && deputyAppointment.test(text.slice((clauses[next] as Clause).start, (clauses[next] as Clause).end))) next++
  const work = clauses[next]
  if (!work || ownerAt(text, work) !== null || indexWithin(text, '由', work.start, work.end) !== -1) return null
  // The work opens with its deadline or a verb of responsibility (`负责…`): not a clause of its own
  // subject, `专班办公室设在X`.
  const start = skipMarker(text, work.start, work.end)
  // (Or with the months it is done in, `9月至10月开展执法检查`.)
  if (leadingDeadline(text, start, work.end) === null && roleWords.at(text, start) === undefined && !monthsOfWork.test(text.slice(start, Math.min(work.end, start + 12)))) return null
  return {owner: owner(text, actor), clause: next, work: start}
}

/**
 * Whether the clause at `index` is the work of a group's head appointed in a clause before it
 * (`成立A专班,由Y任组长,5月底前完成B`: `5月底前完成B`), an assignment, not what the meeting decided.
 */
export function headedGroupWork(text: string, clauses: Clause[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const head = appointedHead(text, clauses, at)
    if (head) return head.clause === index
    const clause = clauses[at] as Clause
    if (!deputyAppointment.test(text.slice(clause.start, clause.end))) return false
  }
  return false
}

/** Whether an actor is a body's group of people by a title, unnamed: `县政府党组成员`. */
function groupTitle(text: string, actor: Actor): boolean {
  // (Not a post of staff each village or area has one of: `包村领导要…`, `包村干部要…` own as written.)
  return actor.name === null && actor.title !== null && peopleOf.at(text, actor.title.end - 2) !== undefined && heldPosts.at(text, actor.title.start)?.length !== actor.title.end - actor.title.start
}

/**
 * A post by its title alone that opens its clause before `于`/`在` and a deadline
 * (`组织员于3月10日前报…`), a verb of responsibility (`财务秘书负责…`), as after `由`,
 * the subject's `要` (`分管副县长要…`), or a period of the work (`保健医生每日…`).
 */
function postBeforeDeadline(text: string, start: number, end: number): Owner | null {
  const post = postOwner(text, start, end)
  if (!post) return null
  if (roleOrSupport.at(text, post.taskStart) !== undefined) return post
  // (Or a word that charges the one before it with work, as after a unit: `社区民警做好…`, `安全员要…`;
  // not members a title names as a group, `党组成员要带头…`, see `groupTitle`.)
  if (chargingFollowers.at(text, post.taskStart) !== undefined && !text.startsWith('要求', post.taskStart)) return groupTitle(text, post.actor) ? null : post
  // (Or a period it does the work in, as after a unit: `保健医生每日对…进行检查`.)
  if (isFrequency(text, post.taskStart) && !groupTitle(text, post.actor)) return post
  if (!'于在'.includes(text.charAt(post.taskStart))) return null
  // (Or a stretch after an event: `组织员于每批名单确定后5个工作日内完成公示`.)
  return leadingDeadline(text, post.taskStart + 1, end) || stretchAfterEvent.test(text.slice(post.taskStart + 1, Math.min(end, post.taskStart + 30))) ? post : null
}

/** Words after an owner that charge it with the work that follows: `要`, `做好`, `抓紧`. */
const chargingFollowers = words(['要', '做好', '抓好', '抓紧', '尽快', '及时', '切实'])

/** An event and a stretch after it, opening a clause: `每批名单确定后5个工作日内`, `收到通知后三日内`. */
const stretchAfterEvent = /^[^,;。:]{2,16}?后[\d一二三四五六七八九十两]+个?(?:工作)?(?:日|天|周|个月|小时)内/
/** A lead time before what the text bounds it by, opening a clause: `提前10个工作日`, `提前一周`, `提前3天`. */
const leadTime = /^提前[\d一二三四五六七八九十两]+个?(?:工作)?(?:日|天|周|个月)/

const agreeingVerbs = words(['原则同意', '同意', '批准', '原则通过'])
const agreedWork = words(agreedWorkVerbs)
const handedMatters = words(handedMatterWords)
const governing = words(governingVerbs)

/** Followers that make the actor after a governing verb the clause's subject: `指导中心要…`. */
const subjectMarks = new Set(['要', '负责', '具体负责', '负总责', '牵头', '必须', '务必', '应当', '需要', '会同', '配合', '协助'])

/**
 * Whether a clause opens with a verb that works with units (`协调沿线街道加快…`,
 * `督促各施工单位…`): the units are its object, not its subject. Not where
 * the verb is a unit's own name (`组织部`, `指导中心要…`): the rest
 * must read as an actor of its own, or be a generic one (`各…`), and be
 * followed by no word that marks a subject (`要`, `负责`).
 */
function governsUnits(text: string, start: number, end: number): boolean {
  const verb = governing.at(text, start)
  if (verb === undefined) return false
  const from = start + verb.length
  // (Or bodies named as a kind, `组织相关学院于…前完成…`, `督促有关单位…`: the audience the verb works with.)
  if (text.charAt(from) === '各' || text.startsWith('相关', from) || text.startsWith('有关', from)) return true
  const object = actorBefore(text, from, end, subjectFollowers)
  return object !== null && !subjectMarks.has(object.follower)
}

/**
 * A deadline that opens a clause at `start`, with more of the clause after
 * it (`五一节前平安办要…`, `6月底前县财政局要…`); or null. Asked only where
 * a `前` or `内` stands near the start (a cheap test for every clause).
 */
/**
 * Whether a clause sets a thing's time after `于` (`慰问金于元旦前发放到位`): the clause opens with
 * its subject, a thing, then `于` and a deadline. Not what the meeting asks of others
 * (`会议要求各系于4月10日前…`): their time is their own.
 */
function thingsTime(text: string, clause: Span): boolean {
  // (After the meeting's cue, `会议同意发热门诊于12月1日前增设…`: the thing is what the cue takes.)
  const opens = skipMarker(text, clause.start, clause.end)
  const from = opens + (thingCue.exec(text.slice(opens, opens + 8))?.[0].length ?? 0)
  const at = indexWithin(text, '于', from + 1, Math.min(clause.end, from + 16))
  if (at === -1 || leadingDeadline(text, at + 1, clause.end) === null) return false
  return indexWithin(text, '会议', from, at) === -1 && text.charAt(from) !== '各' && !isUnit(text, from, at) && !isName(text, from, at)
}

/** A placed unit from `start` and its review before `后` (`镇农经站审核后`), within the clause. */
function reviewedFirst(text: string, start: number, end: number): boolean {
  const step = reviewStep.exec(text.slice(start, Math.min(end, start + 16)))
  return step !== null && places.at(text, start) !== undefined && isUnit(text, start, start + step.index)
}

/** A review a body gives before the work goes on: `审核后`, `审批后`, `批准后`. */
const reviewStep = /(?:审核|审批|审定|批准|同意|复核|验收)后/

/** The meeting's cue before the thing it takes: `会议同意`, `会议决定`, `原则同意`. */
const thingCue = /^(?:会议)?(?:原则同意|同意|决定|明确|确定|议定|要求),?/

function leadingDeadline(text: string, start: number, end: number): Span | null {
  const near = Math.min(end, start + 12)
  if (!mayOpenDeadline(text, start) && holidayStarts.at(text, start) === undefined) return null
  if (indexWithin(text, '前', start, near) === -1 && indexWithin(text, '内', start, near) === -1) return null
  const found = findDueNormalized(text.slice(start, near), null)
  if (!found || found.start !== 0 || start + found.end >= end - 1) return null
  return {start, end: start + found.end}
}

/**
 * The days that bound a task (`国庆节前`, `五一节前`, `汛期前`), beside the openers of
 * `mayOpenDeadline`: where one starts, not only its first code unit (`中`, `五`, `开` start many words).
 */
const holidayStarts = words(holidayWords)

/**
 * Whether a deadline as written is a holiday's (`明年春节前`, `国庆节前`): a label's written date
 * is more exact (`…明年春节前完成…(完成时限:2026年2月15日前)`).
 */
function namesHoliday(due: string): boolean {
  // (Read as the view reads it: `明年春節前` in a mirror's traditional characters.)
  const plain = unbroken(due)
  for (let at = 0; at < plain.length; at++) if (holidayStarts.at(plain, at) !== undefined) return true
  return false
}

/**
 * The owner asked at `from` (after `请`, `要求`): `请X负责…`; where no word
 * known to start a task follows X (`要求X国庆节前完成…`), the longest run
 * of units.
 */
function askedOwner(text: string, from: number, end: number): Owner | null {
  // A body's word with no name (`要求公司要…`, `要求有限公司要…`) is asked, and owns no task.
  if (bareBodyAsked(text, from, end)) return null
  // (Or one a deadline follows at once, as no starter does: `要求村治保主任春节前组织…`.)
  let found = actorBefore(text, from, end + 40, starters) ?? longestBeforeDeadline(text, from, end) ?? actorBeforeDeadline(text, from, end) ?? heldPost(text, from, end)
  // (A run read on past a department and a verb of its work to a later unit word, `总务处检修校|舍`: the department.)
  if (found && found.actor.kind === 'unit' && found.actor.whole.start === from && places.at(text, from) === undefined) {
    const department = departmentEndWithin(text, from, end)
    const actor = department !== -1 && department < found.actor.whole.end ? readActor(text, from, department) : null
    if (actor) found = {actor}
  }
  if (!found || ofAudience.at(text, found.actor.whole.end) !== undefined || audienceFirst(text, found.actor) || cutAtEnd(text, found.actor, end) || groupTitle(text, found.actor)) return null
  return guidesOther(text, found.actor) ?? owner(text, found.actor)
}

/**
 * The longest run of named units after `请`/`要求`, but not over a deadline that
 * follows the owner (`要求区教育局开学前完成全区…`: not a unit `…完成全区`).
 */
function longestBeforeDeadline(text: string, from: number, end: number): {actor: Actor} | null {
  const longest = longestActor(text, from, end, 30, namedUnits(text))
  if (!longest) return null
  const before = actorBeforeDeadline(text, from, longest.actor.whole.end)
  return before && before.actor.whole.end < longest.actor.whole.end ? before : longest
}

/**
 * Whether a joint actor opens with an audience (`各科室、司法所`): the bodies
 * addressed as a whole, the named one listed among them, no owner.
 */
function audienceFirst(text: string, actor: Actor): boolean {
  const first = actor.kind === 'joint' ? actor.parts[0] : undefined
  return first !== undefined && isGeneric(text, first.start, first.end)
}

/**
 * Whether an actor is a unit cut off at the end of a copied text (`要求市交通運輸局`, `由县住建局`):
 * the unit runs on to the clause end, no task left (not `市交通` and `運輸局`).
 */
function cutAtEnd(text: string, actor: Actor, end: number): boolean {
  const rest = trim(text, actor.whole.start, end)
  return rest.end - actor.whole.end <= 3 && rest.end > actor.whole.end && isUnit(text, actor.whole.start, rest.end)
}

/** Whether a body's word with no name (see `isBareBody`) stands at `from`, a word that starts a task after it. */
function bareBodyAsked(text: string, from: number, end: number): boolean {
  for (let at = from + 2; at <= Math.min(end - 1, from + 8); at++) {
    if (starters.at(text, at) !== undefined && isBareBody(text, from, at)) return true
  }
  return false
}

/** What makes a unit the body an audience belongs to: `要求市政府系统各部门…`, `要求市直各单位…`. */
const ofAudience = words(['系统各', '系统内各', '各', '所属各', '下属各'])

const guidingVerbs = words(guidingOwnerVerbs)
const guidedBareSuffixes = new Set(guidedNotUnits)

/**
 * `请市卫健委指导医院…`: an owner read over a verb of guiding to the body it
 * guides (`市卫健委指导医院`) is the unit before the verb, whose task is the
 * guiding. Not a unit named for its guidance (`市就业指导中心`), whose part
 * before the verb is no unit.
 */
function guidesOther(text: string, actor: Actor): Owner | null {
  if (actor.kind !== 'unit') return null
  const {start, end} = actor.whole
  for (let at = start + 2; at < end - 2; at++) {
    const verb = guidingVerbs.at(text, at)
    if (verb === undefined || at + verb.length >= end - 1 || guidedBareSuffixes.has(text.slice(at + verb.length, end))) continue
    if (!isUnit(text, start, at)) continue
    const unit = readActor(text, start, at)
    if (unit) return {actor: unit, taskStart: at}
  }
  return null
}

/**
 * An owner asked with no word to tell where it ends, taken only as a unit
 * with a place prefix and no ordinal in it (`县农业农村局`, not
 * `开展秋季学期校` nor `县人大常委会第十九次会`).
 */
function placedOwner(text: string, found: Owner | null): Owner | null {
  if (!found || (found.actor.kind !== 'unit' && found.actor.kind !== 'joint')) return null
  const {start, end} = found.actor.whole
  if (places.at(text, start) === undefined) return null
  for (let at = start; at < end; at++) if ('第次届0123456789'.includes(text.charAt(at))) return null
  // Nor the body of a session named after it (`县人大常委会第三十次会议于…召开`, `市政协十届十次常委会议`).
  return session.test(text.slice(end, end + 8)) ? null : found
}

/** A session's ordinal: `第三十次`, `十届十次`, `第5次`. */
const session = /^第?[〇一二三四五六七八九十百\d]+[届次]/

const places = words(placePrefixes)

/** Last characters of a body's own departments (see `departmentEndings`). */
const departmentEnds = new Set(departmentEndings)

/** Whether a department's name may end within the first eight characters of a clause (a cheap test). */
function mayBeDepartment(text: string, start: number, end: number): boolean {
  for (let at = start + 2; at < Math.min(end, start + 8); at++) if (departmentEnds.has(text.charAt(at))) return true
  return false
}

/**
 * An owner asked with no word to tell where it ends, taken as a body's own department
 * with no place prefix (`安全环保部`, `医务科`, `信息中心`): a unit from the clause start,
 * of two to eight characters with no number in it (not `城区6处`), ending in a department's word
 * (see `departmentEnds`).
 */
function departmentOwner(text: string, start: number, found: Owner | null): Owner | null {
  if (!found || found.actor.kind !== 'unit' || found.actor.whole.start !== start) return null
  const {end} = found.actor.whole
  if (end - start > 8 || !departmentEnds.has(text.charAt(end - 1)) || !isUnit(text, start, end) || /[\d一二三四五六七八九十]/.test(text.slice(start, end))) return null
  if (text.charAt(end - 1) === '心' && text.charAt(end - 2) !== '中') return null
  return found
}

/**
 * Where a body's own department ends that opens a clause with its deadline right after it
 * (`人事处月底前完成清理`, `保卫处国庆节后一周内完成演练`, `财务处于6月底前…`): two to eight characters
 * ending in a department's word (see `departmentEnds`), then the deadline, perhaps after `于` or `在`; or -1.
 */
function datedDepartmentEnd(text: string, start: number, end: number): number {
  for (let at = start + 2; at <= Math.min(end - 2, start + 8); at++) {
    if (!departmentEnds.has(text.charAt(at - 1)) || !isUnit(text, start, at)) continue
    if (dueOpens(text, at, end)) return at
  }
  return -1
}

/**
 * Whether a body's own department opens a clause before a word that starts its task or a verb of
 * its work (`护理部组织…`, `设备科维护…`; see `departmentOwner`, `departmentEndWithin`).
 */
function opensWithDepartment(text: string, start: number, end: number): boolean {
  if (!mayBeDepartment(text, start, end)) return false
  // (Before a word that charges it, not any that may follow a verb's object: `结合支部实际…` is no department's.)
  const hit = actorBefore(text, start, end, starters)
  if (hit && departmentCharges.has(hit.follower) && departmentOwner(text, start, {actor: hit.actor, taskStart: hit.actor.whole.end}) !== null) return true
  return departmentEndWithin(text, start, end) !== -1
}

/** Words after a department that charge it with the work that follows: `护理部组织…`, `财务科负责…`. */
const departmentCharges = new Set(['要', '负责', '牵头', '组织', '做好', '抓好', '配合', '协助', '会同', '落实'])

/**
 * Where a body's own department ends that opens a clause, two to eight characters ending in a
 * department's word, with a verb of its work after it (`后勤处|检修全校教室照明`, `综合办公室|优化方案`;
 * see `departmentWorkVerbs`): the first such end that no longer unit goes on from (not `综合办|公室`);
 * or -1.
 */
function departmentEndWithin(text: string, start: number, end: number): number {
  for (let at = start + 2; at <= Math.min(end - 2, start + 8); at++) {
    if (!departmentEnds.has(text.charAt(at - 1)) || !isUnit(text, start, at) || /[\d一二三四五六七八九十]/.test(text.slice(start, at))) continue
    if (!isUnit(text, start, at + 1) && !isUnit(text, start, at + 2)) return departmentWork.at(text, at) === undefined ? -1 : at
  }
  return -1
}

const departmentWork = words(departmentWorkVerbs)

/** Whether a deadline opens at `at` (perhaps after `于` or `在`) with work after it before `end`: `月底前完成…`. */
function dueOpens(text: string, at: number, end: number): boolean {
  const from = '于在'.includes(text.charAt(at)) ? at + 1 : at
  const due = findDueNormalized(text.slice(from, Math.min(end, from + 12)), null)
  return due !== null && due.start === 0 && from + due.end < end - 1
}

/** A clause of the meeting asking alone (`会议要求,`), before the clause that says of whom. */
const askingClauses = new Set(['会议要求', '会议还要求', '会议强调', '会议明确', '会议决定', '会议责成'])

/** A clause of the meeting assessing alone (`会议指出,`), before the clause that says what was done. */
const assessing = new Set(assessingClauses)

// (`会议意见:X…,Y…`: a label of what the meeting decided, over the owners it names.)
const askingOpeners = words(['会议要求', '会议还要求', '会议同时要求', '会议责成', '会议意见'])

/** Whether a sentence opens with the meeting asking alone before a comma: `会议要求,X…,Y…`. */
function meetingAsksIn(text: string, sentence: Sentence): boolean {
  const first = sentence.clauses[0]
  return first !== undefined && askingOpenerClauses.has(text.slice(first.start, first.end).trim())
}

const askingOpenerClauses = new Set(['会议要求', '会议还要求', '会议同时要求', '会议责成', '会议意见'])

/** Whether a sentence is the meeting asking: `会议要求X…`, `会议要求,X…`. */
function asks(text: string, sentence: Sentence): boolean {
  const first = sentence.clauses[0]
  return first !== undefined && askingOpeners.at(text, skipMarker(text, first.start, first.end)) !== undefined
}

/** Followers that, after a role's comma, state what the role is or answers for rather than set a task: `对`, `为`, `从`. */
const statingFollowers = new Set(['对', '为', '从'])

/**
 * Nouns that end a role an owner acts in: `作为行业主管部门`, `作为建设主体`, `作为项目建设业主`; the place
 * the matter lies in, answering for it there, `北山镇作为属地,负责…`; the legal person a project
 * is built by, `X作为项目法人,要倒排工期`.
 */
const roleNouns = ['部门', '单位', '主体', '机构', '业主', '力量', '属地', '法人']

/**
 * Whether a role ending in one of `roleNouns` stands at `from`, up to fourteen
 * characters, before a word that starts the task, perhaps after a comma
 * (`行业主管部门负责…`, `代建单位,要严格控制投资`, `农房风貌提升的责任单位,年内完成…`).
 */
function namesRole(text: string, from: number, end: number): boolean {
  // (Up to the clause's end, where the task goes on after its comma.)
  for (let at = from + 2; at <= Math.min(end, from + 14); at++) {
    if (!roleNouns.some((noun) => text.endsWith(noun, at))) continue
    if (subjectFollowers.at(text, at) !== undefined) return true
    // (After the comma, not a duty the role states, `X作为主管部门,对…负有责任`.)
    const follower = text.charAt(at) === ',' ? subjectFollowers.at(text, at + 1) : undefined
    if (follower !== undefined && !statingFollowers.has(follower)) return true
    // (Or its deadline, the work after it: `X作为农房风貌提升的责任单位,年内完成…`.)
    if (text.charAt(at) === ',' && leadingDeadline(text, at + 1, Math.min(text.length, at + 30)) !== null) return true
  }
  return false
}

/** `X作为牵头单位`, `X作为责任单位` at a clause start: X, its task from `作为`; or null. */
/**
 * `安置房建设资金牵头单位为县财政局,要…`: a role's label that names its unit with `为`
 * (as `牵头单位:X` does with a colon), near the clause start; the unit owns the task after it.
 */
function labelNamesOwner(text: string, start: number, end: number): Owner | null {
  const limit = Math.min(end, start + 16)
  for (let at = indexWithin(text, '单位为', start, limit); at !== -1; at = indexWithin(text, '单位为', at + 3, limit)) {
    if (labels.before(text, at + 2) === undefined) continue
    // (The unit ends the clause, `…为县财政局,要…`, or its task follows it, `…为县财政局负责…`.)
    const whole = readActor(text, at + 3, end)
    const found = whole ? {actor: whole, taskStart: text.charAt(end) === ',' ? end + 1 : end} : askedOwner(text, at + 3, end)
    // (A chain of such labels, `责任单位为X,完成时限为Y`, labels the clauses before it: see `bracketedLabelsView`.)
    if (text.charAt(end) === ',' && labelledWei(text, end + 1, Math.min(text.length, end + 12)).length > 0) return null
    if (found && found.actor.whole.start === at + 3 && found.actor.parts.every((part) => isUnit(text, part.start, part.end))) return found
  }
  return null
}

/**
 * `联席会议办公室设在市教育局,负责…`: a body and where it is seated (`设在`, lexicon `seatedIn`), then
 * the clause of its work after the comma: the body owns that task.
 */
function seatedSubject(text: string, start: number, end: number): Owner | null {
  if (text.charAt(end) !== ',') return null
  const at = indexWithin(text, seatedIn, start + 2, Math.min(end, start + 16))
  if (at === -1 || end - at > 16) return null
  const follower = subjectFollowers.at(text, end + 1)
  if (follower === undefined || statingFollowers.has(follower)) return null
  const actor = readActor(text, start, at)
  return actor && actor.whole.start === start && actor.whole.end === at && actor.kind !== 'person' ? {actor, taskStart: end + 1} : null
}

function labelledSubject(text: string, start: number, end: number): Owner | null {
  for (let at = indexWithin(text, '作为', start + 2, Math.min(end, start + 24)); at !== -1; at = indexWithin(text, '作为', at + 2, Math.min(end, start + 24))) {
    if (labels.at(text, at + 2) === undefined && !namesRole(text, at + 2, end)) continue
    // `城建科作为牵头科室汇报了…`: what the unit in its role reported at the meeting, no task.
    if (reportedThere(text, at + 2, end)) return null
    const actor = readActor(text, start, at)
    if (actor) return {actor, taskStart: at}
  }
  return null
}

/**
 * Whether an item's heading is a task of its own: a sentence (it holds `,`
 * or `;`) that opens with its owner, as the agreed matters numbered as
 * items have it (`二、县财政局要积极争取上级资金，不足部分由…`); or one clause
 * whose owner must do something (`二、县财政局要在6月10日前拨付…`, `三、由X负责…`,
 * `三、X负责做好…`, `一、新市场由X负责建设`, `二、办法由X会同Y修订`); or a sentence whose later clause opens `由X`/`请X`
 * (`三、工程实行周调度,由X每周五报告进展`),
 * which a topic (`关于X`, `X关于Y的汇报`) never says.
 */
function givesOwnTask(doc: Doc, unit: Unit): boolean {
  const text = doc.norm
  const sentence = indexWithin(text, ',', unit.start, unit.end) !== -1 || indexWithin(text, ';', unit.start, unit.end) !== -1
  const clauses = unitSentences(doc, unit)[0]?.clauses ?? []
  // (`三、改造期间,X负责…`: a time the work is done in stands before the owner's clause.)
  const first = clauses.length > 1 && isTimeClause(text, clauses[0]) ? clauses[1] : clauses[0]
  const found = first === undefined ? null : ownerAt(text, first)
  // `三、改造工程实行周调度制度,由X每周五报告…`: a later clause gives the matter its owner;
  // `一、新农贸市场由县城投公司负责建设,8月底前…`: the work named first, then 由 its owner and a verb of responsibility.
  if (found === null) {
    const inner = first === undefined ? null : innerOwner(text, first)
    // (Or with a partner it works with: `二、考核办法由X会同Y修订,年内出台`; or a verb that starts a
    // task, in a sentence: `二、项目资本金由X筹措,其余资金由Y申请贷款解决`.)
    if (inner !== null && (roleWords.at(text, inner.taskStart) !== undefined || text.startsWith('会同', inner.taskStart) || (sentence && starters.at(text, inner.taskStart) !== undefined))) return true
    // (Or a placed unit opening a later clause: `八、各单位要…,县城管局每半月向县政府报告…`.)
    return sentence && clauses.slice(1).some((clause) => (ownTaskOpeners.at(text, clause.start) !== undefined || places.at(text, clause.start) !== undefined) && ownerAt(text, clause) !== null)
  }
  // (`八、县城管局每半月向县政府报告…`: a term or a period right after the owner says it is charged.)
  return sentence || text.startsWith('要', found.taskStart) || roleWords.at(text, found.taskStart) !== undefined || ownTaskOpeners.at(text, skipMarker(text, unit.start, unit.end)) !== undefined || mayOpenDeadline(text, found.taskStart)
}

/**
 * Whether a clause only says when, a short time before or during which the work is done
 * (`改造期间`, `汛期前`, `会后`), after an item's marker.
 */
function isTimeClause(text: string, clause: Clause): boolean {
  const start = skipMarker(text, clause.start, clause.end)
  return clause.end - start >= 2 && clause.end - start <= 8 && endsInTime(text, clause.end) && ownerAt(text, clause) === null
}

/** Whether a clause is an event and `后` alone (`土地摘牌后`, `协议签订后`), not the meeting's (`会议结束后`). */
function eventClause(text: string, clause: Clause): boolean {
  const start = skipMarker(text, clause.start, clause.end)
  const length = clause.end - start
  return length >= 3 && length <= 14 && text.charAt(clause.end - 1) === '后' && !text.startsWith('会议', start) && !text.startsWith('会后', start)
}

/** Whether the words before `end` say when (`…期间`, `…前`, `…后`, `…时`): a time, not work. */
function endsInTime(text: string, end: number): boolean {
  return '前后时'.includes(text.charAt(end - 1)) || text.endsWith('期间', end)
}

/** What a heading of one clause that gives a task opens with: `由X负责…`, `请X…`. */
const ownTaskOpeners = words(['由', '请'])

/**
 * Whether a subject and its follower give a task: any follower but `对`
 * and `为` (`是`), which do only as `givesTask` and `namesOwner` tell.
 */
function givenBy(text: string, subject: {actor: Actor; follower: string}, end: number): boolean {
  const rest = subject.actor.whole.end + 1
  // (`X对…敷衍塞责的,依规依纪严肃问责`: the cases named in a clause of their own, the verb in the next.)
  if (subject.follower === '对') return givesTask(text, rest, casesEnd(text, end))
  // (`X是…的责任主体,要…`, as `X为…第一责任单位`: only where the clause names X's role.)
  if (subject.follower === '为' || subject.follower === '是') return namesOwner(text, rest, end)
  if (subject.follower === '从') return drawsFrom(text, rest, end)
  // `X、Y分别汇报了…`, `X分别作了交流`: what each reported, done at the meeting.
  if (subject.follower === '分别' || subject.follower === '共同') return !reportedThere(text, subject.actor.whole.end + 2, end)
  // `X带队实地察看了…`: a visit made before the meeting, no task.
  // (`X提前谋划…` is asked of X; `X提前完成了…` reports what X did.)
  if (subject.follower === '带队' || subject.follower === '率队' || subject.follower === '提前') return indexWithin(text, '了', subject.actor.whole.end + 2, end) === -1
  return true
}

/** The end of the clause after `end` where the clause before names cases with `的` (`对…的,依规问责`), else `end`. */
function casesEnd(text: string, end: number): number {
  // (Or those the cases are of: `对敷衍塞责的责任单位及责任人,依规追责`.)
  const named = text.charAt(end) === ',' && caseHolders.some((word) => text.endsWith(word, end) && text.charAt(end - word.length - 1) === '的')
  if ((text.charAt(end - 1) !== '的' && !named) || text.charAt(end) !== ',') return end
  let next = end + 1
  while (next < text.length && next < end + 30 && !',;。'.includes(text.charAt(next))) next++
  return next
}

/** Whether a clause's rest tells what was reported at the meeting: a verb of presenting and `了`. */
function reportedThere(text: string, start: number, end: number): boolean {
  return indexWithin(text, '了', start, end) !== -1 && presentedVerbs.some((verb) => indexWithin(text, verb, start, end) !== -1)
}

const presentedVerbs = [...objectReportVerbs, '通报', '交流']

/**
 * Whether the rest of a clause after `X从` gives X a task: a verb of
 * `sourceTaskVerbs` (`X从预备费中安排…`) and no `了` of what was done.
 */
function drawsFrom(text: string, start: number, end: number): boolean {
  return indexWithin(text, '了', start, end) === -1 && sourceTaskVerbs.some((verb) => indexWithin(text, verb, start, end) !== -1)
}

/**
 * Whether the rest of a clause after `X为` names X the owner of what
 * follows (`高新区为属地第一责任单位,…抓好落实`): an owner label in it.
 */
function namesOwner(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (labels.at(text, at) !== undefined) return true
  return false
}

/**
 * Whether the rest of a clause after `X对` gives X a task: a verb of
 * `objectTaskVerbs`, no `了` of what was done (`X对…作了说明`), and no verb
 * of presenting (`X对《方案》进行说明`).
 */
function givesTask(text: string, start: number, end: number): boolean {
  const within = (verb: string): boolean => indexWithin(text, verb, start, end) !== -1
  return indexWithin(text, '了', start, end) === -1 && objectTaskVerbs.some(within) && !objectReportVerbs.some(within)
}

const speakingBodies = words(boardsThatSpeak)

/**
 * Past a leader or a board who speaks the clause (`王主任要求X…`,
 * `李书记强调X要…`, `理事会要求X…`): where the speech verb starts, or
 * `start` when no one speaks.
 */
function afterSpeaker(text: string, start: number, end: number): number {
  // A board that speaks as the meeting does: `理事会要求秘书处…`, `董事会授权经营层…` (not `董事会办公室负责…`).
  const board = speakingBodies.at(text, start)
  if (board !== undefined) {
    const after = start + board.length
    if (asksOrSpeaks(text, after)) return after
  }
  // `胡某要求X…`: a leader whom the text names with a title elsewhere (`区长胡某`) asks by bare name.
  // (Code units first, `要求` two or three units on, before the lookup of the name.)
  for (const at of [start + 3, start + 2]) {
    if (at > end || text.charCodeAt(at) !== 0x8981 || text.charCodeAt(at + 1) !== 0x6c42) continue
    if (introducedName(text, start, end, askingWords)?.value.end === at) return at
  }
  for (let at = start + 3; at <= Math.min(end, start + 10); at++) {
    // Asked of every clause: code units first (`要求` is 0x8981 0x6c42), `readActor` only after a title.
    const asks = text.charCodeAt(at) === 0x8981 && text.charCodeAt(at + 1) === 0x6c42
    if ((!asks && speaking.at(text, at) === undefined) || !mayEndActor(text, at)) continue
    const actor = readActor(text, start, at)
    if (actor && (actor.kind === 'person' || actor.kind === 'unit-person') && actor.title) return at
  }
  return start
}

/**
 * Whether a deadline may open at `at`, by its first two code units: `于6月`,
 * `在本月`, `截至`, `不晚于`, `每月`, `本周`, `下月`, `今年`, `即日`, `会后`,
 * `限期`, `6月`, `三个月`. A quick test before `readActor` and `findDue`,
 * asked at every place of most clauses; tables by code unit, where a `Set`
 * lookup cost a tenth of all extraction.
 */
function mayOpenDeadline(text: string, at: number): boolean {
  const first = text.charCodeAt(at)
  const kind = deadlineFirsts[first]
  if (kind === 0) return false
  const second = text.charCodeAt(at + 1)
  // After 于/在/截/不/最/即/会/限 or a period word, the second unit decides little: `findDue` will.
  return kind === 1 || deadlineSeconds[second] === 1
}

/** First code units: 1 opens a deadline word (`于`, `截至`, `每`, `本`, `会后`, `第3周前`, `赶在` …), 2 a number (digits, numerals). */
const deadlineFirsts = new Uint8Array(0x10000)
/** The first of a term named by its part, its holiday or its lunar month: `年底前`, `月底前`, `春节前`, `元旦前`, `国庆前`, `节前`, `汛前`, `正月初八前`. */
const termFirsts = '年月春元国节汛正腊'
for (const character of '于在截不最至每本下今明即会限第赶' + termFirsts) deadlineFirsts[character.charCodeAt(0)] = 1
for (const character of '半两〇一二三四五六七八九十0123456789') deadlineFirsts[character.charCodeAt(0)] = 2
/** What may follow the first unit of a number that opens a deadline: more of the number, a unit of time. */
const deadlineSeconds = new Uint8Array(0x10000)
for (const character of '〇一二三四五六七八九十0123456789个年月日周天季旬工小') deadlineSeconds[character.charCodeAt(0)] = 1

/**
 * A named unit or person at a clause start followed at once by a deadline
 * (`市交通局于6月30日前完成…`, `区财政局6月底前拨付…`, `X每月10日前报送…`,
 * `政教处开学前组织…`): the deadline says the clause gives X a task, as `要` would.
 */
function actorBeforeDeadline(text: string, start: number, end: number): {actor: Actor} | null {
  // Owners are short: 24 units hold three units joined (`市住建局、市财政局、市水务局`).
  const stop = Math.min(end, start + 24)
  for (let at = start + 2; at < stop; at++) {
    // Asked of most clauses: cheap tests first, `readActor` only where an actor may end.
    // (Or a season or holiday that bounds it: `政教处开学前组织…`, `X汛期前完成…`.)
    // (Or a lead time before the event the task is due by: `药学部提前10个工作日征集议题`.)
    const early = text.charCodeAt(at) === 0x63d0 /* 提 */ && leadTime.test(text.slice(at, Math.min(end, at + 12)))
    // (Or a stretch from receiving what it works on: `总监办收到方案后48小时内完成审查`.)
    const received = text.charCodeAt(at + 1) === 0x5230 /* 到 */ && (text.charCodeAt(at) === 0x6536 /* 收 */ || text.charCodeAt(at) === 0x63a5 /* 接 */) && stretchAfterEvent.test(text.slice(at, Math.min(end, at + 30)))
    if (received) {
      const actor = readActor(text, start, at)
      if (actor && actor.kind !== 'person' && indexWithin(text, '各', start, at) === -1) return {actor}
    }
    // (A hedge before the deadline, `X原则上5月底前完成…`, `X力争9月底前建成`: the deadline after it.)
    const hedge = deadlineHedgeWords.at(text, at)
    if (hedge !== undefined && mayEndActor(text, at) && findDueNormalized(text.slice(at + hedge.length, Math.min(end, at + hedge.length + 24)), null)?.start === 0) {
      const actor = readActor(text, start, at)
      if (actor && indexWithin(text, '各', start, at) === -1 && !(actor.kind === 'joint' && actor.parts.some((part) => isGeneric(text, part.start, part.end)))) return {actor}
    }
    if ((!early && !mayOpenDeadline(text, at) && holidayStarts.at(text, at) === undefined) || !mayEndActor(text, at)) continue
    // A term named by its part or holiday (`年内`, `春节前`) follows a placed unit only (`区政府督查室年底前…`):
    // a thing may stand there too (`互联网医院年内上线`).
    // (An office's bare name does too, in a zone's or a school's minutes: `规建局月内完成…`.)
    if (termFirsts.includes(text.charAt(at)) && places.at(text, start) === undefined && !officeEndings.includes(text.charAt(at - 1))) continue
    const actor = readActor(text, start, at)
    // Named ones only: not `各镇`, nor a unit that holds `各` after a slip (`会同各镇` cut short).
    if (!actor || indexWithin(text, '各', start, at) !== -1 || (actor.kind === 'joint' && actor.parts.some((part) => isGeneric(text, part.start, part.end)))) continue
    // A deadline that opens the rest is short: its first characters are enough (`findDue`
    // runs many patterns, over all the text it is given).
    // A period it does the task in says so too (`县委巡察办每半月通报一次`), though it is no deadline.
    // A recurring one after `于` or `在` (`X于每月5日前报送…`) is read from its `每`.
    const frequency = isFrequency(text, at) || ('于在'.includes(text.charAt(at)) && isFrequency(text, at + 1))
    // So does a stretch after an event (`X于方案批复后10个工作日内…`).
    const stretch = !frequency && text.charAt(at) === '于' && stretchAfterEvent.test(text.slice(at + 1, Math.min(end, at + 30)))
    const found = early || frequency || stretch ? null : findDueNormalized(text.slice(at, Math.min(end, at + 24)), null)
    // (`X在新弃土场启用前做好…`: `在`, what the event is of, and the event: the time of X's work.)
    const eventOf = found !== null && found.start > 1 && text.charAt(at) === '在' && ownEvent.test(text.slice(at + 1, at + found.start))
    // (`总务处于国庆节后第一周内…`, `X在开学后一周内…`: a deadline read without the `于` or `在` before it.)
    const marked = found !== null && found.start === 1 && '于在'.includes(text.charAt(at))
    if (!early && !frequency && !stretch && found?.start !== 0 && !eventOf && !marked) continue
    // Inside a title (`《市交通局2024年一季度工作总结》`) a name and a date are no owner and deadline.
    const close = indexWithin(text, '》', start, end)
    return close !== -1 && indexWithin(text, '《', start, close) === -1 ? null : {actor}
  }
  return null
}

const deadlineHedgeWords = words(deadlineHedges)

/** Whether a point's number ends right before `at` (`1.`, `2、`, `(3)`, `④`): the unit of a point starts after it. */
function afterMarker(text: string, at: number): boolean {
  return at > 0 && /[.、)\u2460-\u2473]/.test(text.charAt(at - 1))
}

/** What an event a task is due by is of, between `在` and the event: `新弃土场` (`在新弃土场启用前`). */
const ownEvent = /^[\u4e00-\u9fff]{1,8}$/

/** What a start time before `以后` is made of: `10月中旬`, `月底`, `下周一`. */
const startTimeUnits = '0123456789〇一二两三四五六七八九十半个年月日号周季度旬上中下底末初本次今明即当'
/** What follows `起` where it begins a word, not a start time: `起草`, `起诉`, `起步`. */
const notRising = '草诉步来到见飞用始点止算'
/** What a start time after `自`/`从` never holds: a time gone by (`从去年起`, `自上月起`), a mark. */
const notStarting = '去上前了的,;:、。'

/**
 * Where a start time that opens at `at` ends (`自6月1日起`, `从下月起`, `自寒假起`,
 * `从9月份开始`, with up to eight characters of time), or -1: not a time gone by
 * (`从去年起`), nor a word that opens with 起 (`从快起诉`).
 */
function startTimeEnd(text: string, at: number, end: number): number {
  if (text.charAt(at) !== '自' && text.charAt(at) !== '从') return -1
  for (let index = at + 2; index < Math.min(end - 1, at + 10); index++) {
    if (notStarting.includes(text.charAt(index - 1))) return -1
    if (text.charAt(index) === '起' && !notRising.includes(text.charAt(index + 1))) return index + 1
    if (text.startsWith('开始', index)) return index + 2
  }
  return -1
}

/**
 * A named unit at a clause start followed by a start time and more of the
 * clause (`区住建局自6月1日起开展…`, `市场监管局从下月起…`, `X自寒假起…`,
 * `X从9月份开始建设…`, `市燃气公司10月中旬以后分片实施`): the time says the clause
 * gives X a task from then on, as a deadline does (see `actorBeforeDeadline`).
 * Not work done (`了`), nor a time gone by (`从去年起`).
 */
function actorBeforeStart(text: string, start: number, end: number): {actor: Actor} | null {
  // (A unit and a start time are short: the first `自` and `从` near the clause start, or one `以后`, are the places to look.)
  const limit = Math.min(end - 2, start + 36)
  for (const opener of ['自', '从']) {
    const at = indexWithin(text, opener, start + 2, limit)
    if (at !== -1 && startTimeEnd(text, at, end) !== -1) return unitBefore(text, start, at, end)
  }
  // A time and `以后` right after the unit.
  const later = indexWithin(text, '以后', start + 3, limit)
  if (later === -1) return null
  let from = later
  while (from > start && startTimeUnits.includes(text.charAt(from - 1))) from--
  return from === later ? null : unitBefore(text, start, from, end)
}

/** The named unit (not a person, nor an audience) from `start` to `at`, in a clause with no `了` of work done. */
function unitBefore(text: string, start: number, at: number, end: number): {actor: Actor} | null {
  const actor = at - start >= 2 ? readActor(text, start, at) : null
  if (!actor || actor.kind === 'person' || indexWithin(text, '各', start, at) !== -1 || indexWithin(text, '了', at, end) !== -1) return null
  return {actor}
}

/**
 * Whether the words after an owner's `:` at `at` open its task with a deadline (`会后10日内拨付…`)
 * or the role it works in (`作为项目业主,要…`), as a verb of doing does.
 */
function colonOpensTask(text: string, at: number): boolean {
  if (text.startsWith('作为', at)) return true
  let end = at
  while (end < text.length && end - at < 40 && !',;。\n'.includes(text.charAt(end))) end++
  return leadingDeadline(text, at, end) !== null
}

const bareVerbs = words(bareTaskVerbs)
/** Verbs that start a task after an owner and a `:` (see `clauseOwner`): the bare verbs of doing, and `组织`, `开展`, `完成`. */
const colonTaskVerbs = words([...bareTaskVerbs, '组织', '开展', '完成'])

/**
 * A named unit at a clause start followed at once by a verb of doing (`区卫健局制定…`,
 * `质控科跟进…`; see `bareTaskVerbs`), or null: not work done (`X制定了…`), nor
 * a thing made (`X制定的方案`), nor a person alone, nor a clause right after a `;` that ends a report.
 */
function doerOfBareVerb(text: string, start: number, end: number): {actor: Actor} | null {
  // Not right after a `;` that ends a report (`会议听取了X的汇报;Y督促…` tells what Y does), whose voice it carries on.
  let before = start - 1
  while (before > 0 && ' \t'.includes(text.charAt(before))) before--
  if (text.charAt(before) === ';' && endsReport(text, before)) return null
  // (Owners before a bare verb are short: 20 characters hold three units joined; most clauses have none, and the scan is asked of each.)
  // (A placed unit also before a verb of carrying the work out: `县生态环境分局实行火点日通报`, `市商务局组织商超…`.)
  const hit = actorBefore(text, start, Math.min(end, start + 20), bareVerbs) ?? (places.at(text, start) !== undefined ? actorBefore(text, start, Math.min(end, start + 20), departmentWork) : null) ?? departmentBeforeStep(text, start, end)
  if (!hit) return namedOfficer(text, start, end)
  if (hit.actor.kind !== 'unit' && hit.actor.kind !== 'joint') return null
  const verbEnd = hit.actor.whole.end + hit.follower.length
  if (text.charAt(verbEnd) === '的') return null
  if (indexWithin(text, '了', verbEnd, end) !== -1) return null
  if (hit.actor.kind === 'joint' && hit.actor.parts.some((part) => isGeneric(text, part.start, part.end))) return null
  return hit
}

/**
 * A body's own department before a verb of its work and the deadline of the step after it
 * (`财务部汇总平衡后于12月10日前提交…`): the deadline says the clause gives it a task, as `要` would.
 */
function departmentBeforeStep(text: string, start: number, end: number): {actor: Actor; follower: string} | null {
  // (Asked of most clauses: only where a `后` stands near the start is an owner read.)
  if (indexWithin(text, '后', start + 3, Math.min(end, start + 36)) === -1) return null
  const found = actorBefore(text, start, Math.min(end, start + 20), departmentWork)
  if (!found || found.actor.kind !== 'unit' || !departmentEnds.has(text.charAt(found.actor.whole.end - 1))) return null
  const after = indexWithin(text, '后', found.actor.whole.end, Math.min(end, found.actor.whole.end + 16))
  return after !== -1 && '于在'.includes(text.charAt(after + 1)) && dueOpens(text, after + 1, end) ? found : null
}

/** Verbs an officer of a village leads its people's work with: `村民兵营长X带领民兵…`. */
const officerVerbs = words([...departmentWorkVerbs, ...bareTaskVerbs, '带领', '带队', '发动'])

/**
 * An officer of the body that holds the meeting by charge and name, opening a clause before a
 * verb of the work (`村妇联主席X组织开展…`, `村民兵营长X带领民兵…`) or its deadline (`于12月15日前…`), as the post alone does
 * (see `heldPost`): the person, who owns the task in person.
 */
function namedOfficer(text: string, start: number, end: number): {actor: Actor; follower: string} | null {
  const title = villageOfficerEnd(text, start)
  if (title === -1) return null
  for (const length of [2, 3]) {
    const named = title + length < end && isName(text, title, title + length)
    // (Or a deadline after `于`/`在` that opens the work: `村民兵连长X于12月15日前组建…`.)
    const verb = !named ? undefined : (officerVerbs.at(text, title + length) ?? ('于在'.includes(text.charAt(title + length)) && dueOpens(text, title + length, end) ? text.charAt(title + length) : undefined))
    const actor = verb === undefined ? null : readActor(text, start, title + length)
    if (verb !== undefined && actor && actor.whole.end === title + length && actor.kind !== 'joint') return {actor, follower: verb}
  }
  return null
}

/**
 * Where the title of a village's officer ends: a post of its staff after its bare word
 * (`村民兵营长`), or the head of one of its organs (`村妇联主席`, `村委会副主任`); or -1.
 */
function villageOfficerEnd(text: string, start: number): number {
  const organ = villageOrgans.at(text, start)
  if (organ !== undefined) {
    const head = postTitles.at(text, start + organ.length)
    return head === undefined ? -1 : start + organ.length + head.length
  }
  const holder = postHolderAt.at(text, start)
  const post = holder === undefined ? undefined : heldPosts.at(text, start + holder.length)
  return holder === undefined || post === undefined ? -1 : start + holder.length + post.length
}

/** Whether the sentence that a `;` at `at` ends reports what was heard: `会议听取了X的汇报;`, `X汇报了…;`. */
function endsReport(text: string, at: number): boolean {
  let from = at
  while (from > 0 && !'。;\n'.includes(text.charAt(from - 1))) from--
  const sentence = text.slice(from, at)
  return reportVerbs.some((verb) => sentence.includes(verb))
}

/** Verbs of a report to the meeting: `X汇报了…`, `会议听取了…`, `X作了说明`. */
const reportVerbs = ['听取', '汇报了', '通报了', '介绍了', '报告了', '作了说明', '作了汇报', '作说明']

/** Whether `每` and a period of `recurringPeriods` stand at `at`: `每月`, `每半月`, `每季度`. */
function isFrequency(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x6bcf /* 每 */ && periods.at(text, at + 1) !== undefined
}

const periods = words(recurringPeriods)

/**
 * Whether a year stands at `at` and a name may follow it: four digits and
 * `年`, then an ideograph that goes on no time (`2027年协会`, not `2027年底`,
 * `2027年度`, `2027年内`, `2027年3月`).
 */
function opensWithYear(text: string, at: number): boolean {
  for (let index = at; index < at + 4; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return text.charCodeAt(at + 4) === 0x5e74 /* 年 */ && isIdeograph(text.charCodeAt(at + 5)) && !yearGoesOn.includes(text.charAt(at + 5))
}

/** What goes on with a year as a time: `年度`, `年底`, `年内`, `年前`, `年初`, `年末`, `年起`, `年以来`, `年第…`, `年上半年`. */
const yearGoesOn = '度底内前初末起以第上下中春夏秋冬全'

/** Whether the two characters at `at` may be a verb of an event before `时` (`验收时`, `施工时`): ideographs, no numeral, not `新时代`. */
function eventVerb(text: string, at: number): boolean {
  for (let index = at; index < at + 2; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x4e00 || code > 0x9fff || numerals.includes(text.charAt(index))) return false
  }
  return !'代期间效'.includes(text.charAt(at + 3))
}

const numerals = '〇一二两三四五六七八九十百'

/**
 * The owner after a `由` at `by`, unless the 由 is part of a word (`由于`),
 * doubled (`由由`), or names a presenter (`会议由X传达`).
 */
function ownerAfterBy(text: string, by: number, end: number): Owner | null {
  if (text.charAt(by + 1) === '由') return null
  // (`会议由X负责做好会务保障`: a session to come, whose running X answers for, does give X a task.)
  if (text.startsWith('会议', by - 2)) {
    const found = actorBefore(text, by + 1, end, roleWords)
    return found && found.actor.kind !== 'person' && found.actor.whole.start === by + 1 ? owner(text, found.actor) : null
  }
  // `会议不同意由X注资`, `不再由X负责`: what the meeting refuses or ends gives X no task.
  if (refusals.before(text, by) !== undefined) return null
  // (`此事由X…`, `该事由X…`: the matter, then 由 its owner; not `事由`, a cause.)
  const matter = '此该这'.includes(text.charAt(by - 2)) && text.charAt(by - 1) === '事'
  // (`手续办理由X牵头`: a verb ending in 理 before 由 (lexicon `liEndedVerbs`) is no `理由`, a reason.)
  const handled = text.charAt(by - 1) === '理' && liEndedVerbs.has(text.slice(by - 2, by))
  if (notOwnerBy.some((word) => text.startsWith(word, by) || (!matter && !handled && text.startsWith(word, by - 1)))) return null
  const before = nameAfterModalSurname(text, actorBefore(text, by + 1, end + 40, starters), end)
  // `由龚雪梅根据代表意见修改后…`: a name the minutes introduce, then what the work rests on (see
  // `basisWords`); not a longer run read on past it to a body's name (`…再次提交村`).
  const based = before === null || before.actor.kind !== 'person' ? introducedName(text, by + 1, end, basisWords) : null
  if (based && (!before || before.actor.whole.end > based.whole.end)) return {actor: based, taskStart: based.whole.end}
  // (A post by its title, before the longest run, which would read on to a body's name: `由董事会秘书补充材料后提交下次会`.)
  // (Names under one title of a whole body, before the body alone is read: `由常委会副主任X、Y领衔督办`.)
  const listed = wholeBodyEndings.some((ending) => text.startsWith(ending, by + 1)) ? listedPersons(text, by + 1, end, starters) : null
  if (listed) return listed
  const post = postOwner(text, by + 1, end)
  // (Or before a verb of doing that a longer run reads on past: `由人事秘书联系学校人事处落实…`.)
  if (post && (!before || (before.actor.whole.end > post.actor.whole.end && bareVerbs.at(text, post.taskStart) !== undefined))) return post
  const found = before ?? longestActor(text, by + 1, end, 20, afterByActor(text))
  if (found && !before && cutAtEnd(text, found.actor, end)) return null
  // `地点由公司本部变更为…`: `由` is `from` before a change; `费用由社区公益金补贴`: the fund pays, not the body.
  if (found && (changes.at(text, found.actor.whole.end) !== undefined || funds.at(text, found.actor.whole.end) !== undefined)) return null
  // `该办法由X起草`: who made the document before the meeting, not a task.
  if (found && madeVerbs.at(text, found.actor.whole.end) !== undefined && thisDocument(text, by)) return null
  // `听取了由X牵头起草的《方案》的说明`: X and its verb name what is heard, no task;
  // `…,由X、Y分别作了说明`: what they presented at the meeting, none either.
  if (found && (madeBefore(text, found.actor.whole.end) || reportedThere(text, found.actor.whole.end, end))) return null
  return found ? owner(text, found.actor) : (listedPerson(text, by + 1, end, roleWords) ?? bareNameBy(text, by + 1, end))
}

/**
 * A bare name of two or three characters after `由` and before `负责` (`A级班由X负责统筹`), the minutes
 * naming that person nowhere else: a small body's own member (a teacher, a doctor), who owns the
 * work. Not a party named by its role (`施工方`, `申请人`, `原单位`, `项目组`; lexicon `partyEndings`).
 */
function bareNameBy(text: string, start: number, end: number): Owner | null {
  for (const length of [3, 2]) {
    const stop = start + length
    // (A name of two may end in `方`, `由吕方负责`, where it names no side: `官方`, `韩方`; lexicon `namedSides`.)
    const person = length === 2 && text.charAt(stop - 1) === '方' && !sides.has(text.slice(start, stop))
    if (stop >= end || !text.startsWith('负责', stop) || (partyEnding.has(text.charAt(stop - 1)) && !person) || !isName(text, start, stop)) continue
    // (A name of two collides with more words of a party: `车主`, `原告`, `家长`, `全员`, `区级`; lexicon `shortPartyEndings`.)
    if (length === 2 && (shortPartyEnding.has(text.charAt(stop - 1)) || isUnit(text, start, stop))) return null
    const span = {start, end: stop}
    return {actor: {kind: 'person', whole: span, value: span, parts: [span], name: span, title: null, unit: null}, taskStart: stop}
  }
  return null
}

/**
 * A placed unit before a work of its own of two to six characters ending in `工作` and the subject's `要`
 * (`县水利局安全生产工作要…`): the unit, its task from `要`; or null. (Not `工作要点`, `工作要求`, nouns.)
 */
function unitsOwnWork(text: string, start: number, end: number): Owner | null {
  const at = indexWithin(text, '工作要', start + 4, Math.min(end, start + 22))
  if (at === -1 || '点求素'.includes(text.charAt(at + 3))) return null
  // (The shortest unit first: `县城管局|市容整治工作` is no `县城管局市`.)
  for (let unitEnd = Math.max(start + 2, at - 6); unitEnd <= at - 2; unitEnd++) {
    const actor = unitEndings.before(text, unitEnd) !== undefined && isUnit(text, start, unitEnd) ? readActor(text, start, unitEnd) : null
    if (actor && actor.kind === 'unit' && actor.whole.end === unitEnd) return {actor, taskStart: at + 2}
  }
  return null
}

/**
 * Where the work starts of owners who form a group in their clause (`组成联合检查组`, `组成工作专班`):
 * the next clause of the sentence, or null where the clause forms no group or none follows.
 */
function formedGroupWork(text: string, clauses: Clause[], index: number): number | null {
  const clause = clauses[index] as Clause
  const next = clauses[index + 1]
  const formed = trim(text, clause.start, clause.end)
  if (!next || !formedGroupEndings.some((ending) => text.endsWith(ending, formed.end))) return null
  return trim(text, next.start, next.end).start
}

const partyEnding = new Set(partyEndings)
/** Verbs that open the forming of a group: `组成`, `联合组成`, `抽调骨干组成`. */
const formingVerb = words(['组成', '联合组成', '共同组成', '抽调'])
const sides = new Set(namedSides)
const shortPartyEnding = new Set(shortPartyEndings)

const heldPosts = words(staffPosts)
const liEndedVerbs = new Set(verbsEndingInLi)

/**
 * An owner read up to a title, before a surname that is also a modal (`应`: `由村妇联主席应X牵头`): where a
 * name of two or three follows and then a verb of responsibility, the owner runs on over the name.
 */
function nameAfterModalSurname(text: string, found: ReturnType<typeof actorBefore>, end: number): ReturnType<typeof actorBefore> {
  if (!found || found.actor.title === null || found.actor.name !== null) return found
  const at = found.actor.whole.end
  if (text.charAt(at) !== '应') return found
  for (const length of [3, 2]) {
    if (at + length >= end || roleOrSupport.at(text, at + length) === undefined || !isName(text, at, at + length)) continue
    const actor = readActor(text, found.actor.whole.start, at + length)
    if (actor && actor.name !== null) return {actor, follower: roleOrSupport.at(text, at + length) as string}
  }
  return found
}

/**
 * A post of the staff of the body that holds the meeting, after its bare word
 * (`要求村民兵连长组建…`, `要求村治保主任组织…`), asked whatever its verb: the post, or null.
 */
function heldPost(text: string, from: number, end: number): {actor: Actor} | null {
  const holder = postHolderAt.at(text, from)
  const post = holder === undefined ? undefined : heldPosts.at(text, from + holder.length)
  const at = holder === undefined || post === undefined ? -1 : from + holder.length + post.length
  const actor = at === -1 || at >= end ? null : readActor(text, from, at)
  return actor ? {actor} : null
}

/**
 * A unit read on past a post of the staff of the body that holds the meeting and its verb
 * (`村治保主任组织护林队` before `每日巡山`, a unit in `队`): the post, whose verb opens the task.
 */
function withinHeldPost<T extends {actor: Actor}>(text: string, from: number, end: number, found: T | null): T | {actor: Actor} | null {
  if (!found || found.actor.kind !== 'unit' || found.actor.whole.start !== from) return found
  const held = heldPost(text, from, end)
  return held && held.actor.whole.end < found.actor.whole.end ? held : found
}

/**
 * The owner of `以X为主` at `at` (the `以`): a named unit that the work rests
 * on (`资金以县城投公司为主筹措`), its task after `为主`; not `以此为主`.
 */
function mainOwner(text: string, at: number, end: number): Owner | null {
  const mainly = indexWithin(text, '为主', at + 3, Math.min(end, at + 24))
  if (mainly === -1) return null
  const actor = readActor(text, at + 1, mainly)
  if (!actor || actor.whole.end !== mainly || !actor.parts.every((part) => isUnit(text, part.start, part.end))) return null
  return {actor, taskStart: text.charAt(mainly + 2) === ',' ? mainly + 3 : mainly + 2}
}

/** Words of refusal before `由`: `不同意由X…`, `不再由X…`. */
const refusals = words(['不同意', '未同意', '不再'])

const postTitles = words(titles)

/**
 * A post named by its title alone, whose holder the minutes need not name
 * (`由董事会秘书补充材料`, `由总经理牵头…`, `由财务总监负责…`; see `postTitleEnd`): the
 * title, where a word that starts a task follows it.
 */
function postOwner(text: string, start: number, end: number): Owner | null {
  const at = postTitleEnd(text, start, end)
  if (at === -1) return null
  // (A verb of doing may follow a post as a unit: `由人事秘书联系学校人事处…`.)
  // (So may a start time: `由教学秘书自本周起收集…`; or a deadline: `要求村治保主任春节前组织…`.)
  if (starters.at(text, at) === undefined && roleOrSupport.at(text, at) === undefined && bareVerbs.at(text, at) === undefined && startTimeEnd(text, at, end) === -1 && !leadingDeadline(text, at, end)) return null
  // (Signing by a title alone, `授权校长签署协议`, names the office a document needs, no holder given a task.)
  if (text.startsWith('签署', at)) return null
  return {actor: postActor(start, at), taskStart: at}
}

/**
 * Whether a verb of making and `的` follow an owner (`…牵头起草的《方案》`,
 * `…负责的项目`, `…张贴的公告`): what it made or did, named, not a task.
 */
function madeBefore(text: string, at: number): boolean {
  let cursor = at + (roleWords.at(text, at)?.length ?? 0)
  cursor += objectVerbsAfterRole.at(text, cursor)?.length ?? madeVerbs.at(text, cursor)?.length ?? 0
  if (cursor > at && text.charAt(cursor) === '的') return true
  // `原定由X张贴的施工公告`: any verb of two characters and `的` describes a thing X did or does.
  return text.charAt(at + 2) === '的' && isIdeograph(text.charCodeAt(at)) && isIdeograph(text.charCodeAt(at + 1))
}

const madeVerbs = words(makingVerbs)

/** Whether the document before the meeting stands right before `由` at `by`: `该办法由`, `该方案由`, `此规定由`. */
function thisDocument(text: string, by: number): boolean {
  const noun = documentNouns.before(text, by)
  const at = noun === undefined ? -1 : by - noun.length - 1
  return at >= 0 && '该此本'.includes(text.charAt(at))
}

const documentNouns = words(documentKinds)

const changes = words(changeVerbs)
const funds = words(fundWords)

/**
 * A bare name before a verb of responsibility (`由马东负责…`), taken for a
 * person when the minutes introduce that person elsewhere (see
 * `introducedName`). Without that, a name-like word (`由单位负责`) is no owner.
 */
function listedPerson(text: string, start: number, end: number, verbs: Words): Owner | null {
  const actor = introducedName(text, start, end, verbs)
  return actor ? {actor, taskStart: actor.whole.end} : (listedPersons(text, start, end, verbs))
}

const nameJoiners = words(['、', '和'])
const together = words(['共同'])
const comrades = words(['同志'])

/**
 * Bare names joined by `、` or `和`, each introduced elsewhere, before a verb of responsibility,
 * perhaps after `共同` (`由X、Y共同牵头`): the persons own the task jointly; or null.
 */
function listedPersons(text: string, start: number, end: number, verbs: Words): Owner | null {
  const parts: Span[] = []
  // (A title written once before the names, `由副县长X、Y同志共同牵头`, is theirs.)
  // (Also after the whole body the title is of: `由常委会副主任X、Y领衔督办`, lexicon `wholeBodyEndings`.)
  const body = wholeBodyEndings.find((ending) => text.startsWith(ending, start) && postTitles.at(text, start + ending.length) !== undefined)
  const titled = start + (body?.length ?? 0)
  const first = titled + (postTitles.at(text, titled)?.length ?? 0)
  let at = first
  for (let joined = introducedName(text, at, end, nameJoiners); joined && parts.length < 4; joined = introducedName(text, at, end, nameJoiners)) {
    parts.push(joined.whole)
    at = joined.whole.end + 1
  }
  if (parts.length === 0) return null
  const last = introducedName(text, at, end, verbs) ?? introducedName(text, at, end, together) ?? introducedName(text, at, end, comrades)
  if (!last) return null
  let after = last.whole.end + (comrades.at(text, last.whole.end)?.length ?? 0)
  after += together.at(text, after)?.length ?? 0
  if (verbs.at(text, after) === undefined) return null
  parts.push(last.whole)
  const whole = {start: first, end: last.whole.end}
  const taskStart = last.whole.end + (comrades.at(text, last.whole.end)?.length ?? 0)
  return {actor: {kind: 'joint', whole, value: whole, parts, name: null, title: null, unit: null}, taskStart}
}

/**
 * `授权董事长X签署…`, `请总经理X审定…`: a title, then a name the minutes introduce
 * elsewhere (in a list, or with a title), before any verb: that person owns the task.
 * (The name must be met elsewhere, as `由X负责` asks, since no verb of responsibility
 * marks where it ends.)
 */
function titledIntroducedPerson(text: string, start: number, end: number): Owner | null {
  const title = postTitles.at(text, start)
  if (title === undefined) return null
  const actor = introducedName(text, start + title.length, end, anyIdeograph)
  if (!actor) return null
  return {actor: {...actor, whole: {start, end: actor.whole.end}, title: {start, end: start + title.length}}, taskStart: actor.whole.end}
}


/** Any ideograph at `at` (a verb of any kind after a name). */
const anyIdeograph: Words = {
  at: (text, at) => (isIdeograph(text.charCodeAt(at)) ? text.charAt(at) : undefined),
  before: () => undefined,
  has: () => false
}

function owner(text: string, actor: Actor): Owner {
  return {actor, taskStart: actor.whole.end + afterTrailers(text, actor.whole.end)}
}

/**
 * Length of `同志`, `负责人`, `等单位` … that `readActor` dropped after the actor;
 * not `负责人` that is `负责` and a noun (`由X负责人员转岗安置`, `X负责人民路改造`).
 */
function afterTrailers(text: string, at: number): number {
  const kind = kindTrailerLength(text, at)
  if (kind > 0) return kind
  const trailer = trailerWords.at(text, at)
  if (trailer === undefined || (trailer.endsWith('负责人') && nounsAfterResponsible.some((noun) => text.startsWith(noun, at + trailer.length - 1)))) return 0
  return trailer.length
}

const trailerWords = words(actorTrailers)

/**
 * The longest actor at `start` that ends where a task may begin (an
 * ideograph), up to `reach` characters, as `judge` takes it: `take` it,
 * `skip` to a shorter one, or `stop` looking.
 */
function longestActor(text: string, start: number, end: number, reach: number, judge: (actor: Actor) => 'take' | 'skip' | 'stop'): {actor: Actor} | null {
  // No actor runs over a verb of responsibility: `由公司副总负责协调` has no unit `公司副总负责协`.
  let last = Math.min(end - 1, start + reach)
  for (let at = start + 2; at < last; at++) {
    if (roleFirsts.has(text.charCodeAt(at)) && roleOrSupport.at(text, at) !== undefined) last = at
  }
  for (let stop = last; stop >= start + 2; stop--) {
    if (!isIdeograph(text.charCodeAt(stop)) || !mayReadActor(text, start, stop) || splitsTitle(text, start, stop)) continue
    const actor = readActor(text, start, stop)
    if (!actor) continue
    const verdict = judge(actor)
    if (verdict === 'take') return {actor}
    if (verdict === 'stop') return null
  }
  return null
}

/** Whether `stop` falls inside a title that starts after `start`: `副镇|长` is no unit `副镇`. */
function splitsTitle(text: string, start: number, stop: number): boolean {
  for (let from = Math.max(start, stop - 4); from < stop; from++) {
    // (The longest title at `from` runs past `stop` if any does.)
    const title = longTitleWords.at(text, from)
    if (title !== undefined && from + title.length > stop) return true
  }
  return false
}

/** Titles of two characters or more. */
const longTitleWords = words(titles.filter((title) => title.length >= 2))

/**
 * After `由`, when no known word starts the task: the longest unit
 * (`由市财政局保障资金` → 市财政局); a person there (`由X代市长传达`) is a
 * presenter, not an owner of a task.
 */
function afterByActor(text: string): (actor: Actor) => 'take' | 'stop' {
  // `由包案县领导牵头`, `由社区法律顾问协助调解`: a unit before a group or a post of its people (`领导`,
  // `顾问`) is theirs, not the owner; the group, which the minutes do not name, owns the task.
  return (actor) => (actor.kind === 'person' || peopleOf.at(text, actor.whole.end) !== undefined ? 'stop' : 'take')
}

/** Groups and posts of a unit's people (see `groupWords`; not `负责人`, which `由X负责人员…` cuts across). */
const peopleOf = words(['领导', '成员', '人员', '代表', '干部', '班子', '法律顾问', '顾问'])

/**
 * After `请` or `要求`, when no known word starts the task (`要求X、Y国庆节前完成…`):
 * named bodies (and persons counted before a title) only, so that neither a name-like word after a unit
 * (`区水利局国庆节前…`) nor a generic addressee is taken.
 */
function namedUnits(text: string): (actor: Actor) => 'take' | 'skip' {
  return (actor) =>
    // Persons counted before their title are named too (`请X、Y两位副主任分片督导`).
    ((actor.kind === 'unit' || actor.kind === 'joint') && actor.parts.every((part) => isUnit(text, part.start, part.end))) || (actor.kind === 'joint' && actor.title !== null)
      ? 'take'
      : 'skip'
}

/**
 * Whether a clause begins an assignment (so that a decision ends before it).
 *
 * @param text
 *   Normalized text.
 * @param clause
 *   The clause.
 * @returns
 *   Whether it does.
 */
export function isAssignmentClause(text: string, clause: Clause): boolean {
  return ownerAt(text, clause) !== null
}

/**
 * The owner a clause starts with, read once and kept on the clause:
 * decisions and assignments read the same clauses. (A slot on the clause
 * rather than a `WeakMap`, whose upkeep cost 3–7% of all extraction.)
 */
function ownerAt(text: string, clause: Clause): Owner | null {
  if (clause.owner === undefined) clause.owner = clauseOwner(text, clause.start, clause.end)
  return clause.owner
}

/**
 * Read the assignments of an item's units.
 *
 * @param doc
 *   The doc.
 * @param units
 *   The item's units.
 * @param meetingDate
 *   The meeting's ISO date, to resolve deadlines.
 * @returns
 *   Assignments, in order.
 */
export function readAssignments(doc: Doc, units: Unit[], meetingDate: string | null): Assignment[] {
  const text = doc.norm
  const assignments: Assignment[] = []
  const seen = new Set<number>()
  // The assignments made so far by where their task starts, caught up when asked: asking each of
  // them for each new one was quadratic (a one-line text of 10 MB is one item of thousands).
  const byTaskStart = new Map<number, Assignment[]>()
  let indexed = 0
  /** Whether an owner read the same way already has the task that starts where `made`'s does. */
  const ownedAlready = (made: Assignment): boolean => {
    for (; indexed < assignments.length; indexed++) {
      const each = assignments[indexed] as Assignment
      const list = byTaskStart.get(each.positions.task.start.offset)
      if (list) list.push(each)
      else byTaskStart.set(each.positions.task.start.offset, [each])
    }
    const owner = unbroken(made.owner)
    return byTaskStart.get(made.positions.task.start.offset)?.some((each) => unbroken(each.owner) === owner) ?? false
  }
  for (const unit of units) {
    if (unit.kind === 'heading' && !givesOwnTask(doc, unit)) continue
    // Whether the sentence before was the meeting asking and ended with `;` (`会议要求X…;Y…`).
    // A point the meeting agreed (under `会议议定:`) that opens with a named unit gives it the point, whatever its verb.
    let askingOn = unit.kind === 'point' && unit.decision !== null
    // Whether the meeting itself asks (`会议要求,…`), not an agreed point only: a department with no place prefix is asked only so.
    let meetingAsks = false
    const unitSentenceArray = unitSentences(doc, unit)
    for (const [sentenceIndex, sentence] of unitSentenceArray.entries()) {
      // Who attended, closing a news page (`县委X委员会委员参加会议,县直有关单位负责同志列席会议。`), gives no
      // one work: its long body is no owner of `委员参加会议`.
      if (sentence.end - sentence.start <= 80 && isAttendanceSentence(text.slice(sentence.start, sentence.end))) {
        askingOn = meetingAsks = false
        continue
      }
      const continues: boolean = askingOn
      const continuesAsking: boolean = meetingAsks
      meetingAsks = (continuesAsking || asks(text, sentence)) && text.charCodeAt(sentence.end) === 0x3b /* ; */
      askingOn = (continues || asks(text, sentence)) && text.charCodeAt(sentence.end) === 0x3b /* ; */
      // Where the task of the last owner of the sentence that gave its own work starts (`X负责A`), for a supporting owner after it.
      let leadTask = -1
      // The clause of that owner.
      let leadClause = -1
      // A first pass reads the owners the meeting asks for, so that each task ends before the next asked owner's clause.
      for (const [clauseIndex, clause] of sentence.clauses.entries()) {
        // `会议要求,X汇总…`: after the meeting asks, a named unit is asked, whatever its verb; so is
        // one that opens the next part of what it asks, after a `;` (`会议要求X…;区水务局督促…`), or
        // an agreed point (`会议议定:(一)县财政局对…给予补助`).
        // (Only one with a place prefix is taken, see `placedOwner`: the cheap test first.)
        // (A body's own department, with no place prefix, is taken too: `会议要求,安全环保部加密…`, see `departmentOwner`.)
        // (`会议要求,X建立…,Y开行…,Z落细…`: each placed unit that opens a later clause of what the meeting asks is asked too;
        // one after a comma, not a label's value, `(责任单位:县水利局;…)`.)
        // (The clause before, as written: read once for both tests below.)
        const previous = clauseIndex > 0 ? text.slice(sentence.clauses[clauseIndex - 1].start, sentence.clauses[clauseIndex - 1].end).trim() : ''
        // (Or a body's own department with its deadline right after it, after a comma of what the meeting asks:
        // `会议要求X要…,人事处月底前完成…`.)
        const afterAsking =
          clauseIndex > 0 &&
          (askingClauses.has(previous) ||
            (clauseIndex > 1 && text.charAt(clause.start - 1) === ',' && meetingAsksIn(text, sentence) && (places.at(text, clause.start) !== undefined || opensWithDepartment(text, clause.start, clause.end))) ||
            // (`会议要求X完成…,Y组织…`: the meeting asks the first owner in its own clause, and the next after it.)
            (clauseIndex === 1 && text.charAt(clause.start - 1) === ',' && asks(text, sentence) && !meetingAsksIn(text, sentence) && ownerAt(text, sentence.clauses[0]) !== null) ||
            (text.charAt(clause.start - 1) === ',' && asks(text, sentence) && datedDepartmentEnd(text, clause.start, clause.end) !== -1))
        // (After a list marker: `…;三是学工办组织…`.)
        const from = skipMarker(text, clause.start, clause.end)
        const placed = places.at(text, from) !== undefined
        // (So is a department that opens a point the meeting agreed: `会议议定:…;三是投诉举报中心实行…`.)
        const agreedPoint = sentenceIndex === 0 && unit.kind === 'point' && unit.decision !== null
        const department = !placed && (afterAsking || (clauseIndex === 0 && (continuesAsking || agreedPoint))) && mayBeDepartment(text, from, clause.end)
        const asked = (placed || department) && (clauseIndex > 0 ? afterAsking : continues) && ownerAt(text, clause) === null
        // (Not the topic of `会议明确,X由Y运营`: Y, after 由, owns it; nor the maker of a document
        // a point lists, `(一)县人民政府关于…的报告`.)
        // `会议指出,X认真落实…,取得了…成效`: a body the meeting assesses for what it did is charged with nothing.
        if (assessing.has(previous) && indexWithin(text, '了', clause.start, sentence.end) !== -1) {
          clause.owner = null
          continue
        }
        // `沙口镇、河湾乡地处…,两乡镇要…`: a count of bodies points back to the units the sentence opens with.
        if (clauseIndex > 0 && backCount(text, from) !== null) {
          const back = backReferred(text, sentence.clauses[0], from)
          if (back) {
            clause.owner = back
            continue
          }
        }
        if (asked) {
          const candidate = askedOwner(text, from, clause.end)
          let topic = placed ? placedOwner(text, candidate) : departmentOwner(text, from, candidate)
          // A run read on over the department's deadline (`后勤处寒假前完成学生离校…`, ending like `学校`): the department alone.
          const dated = topic || placed ? -1 : datedDepartmentEnd(text, from, clause.end)
          // (Or a run read on to a later word in a department's ending, `后勤处检修全校教室…`: the department.)
          const known = topic || placed || dated !== -1 ? -1 : departmentEndWithin(text, from, clause.end)
          const actor = dated !== -1 ? readActor(text, from, dated) : known !== -1 ? readActor(text, from, known) : null
          if (actor) topic = owner(text, actor)
          if (!topic || (text.charAt(topic.taskStart) !== '由' && !text.startsWith('关于', topic.taskStart))) clause.owner = topic
        }
      }
      for (const [clauseIndex, clause] of sentence.clauses.entries()) {
        // `成立X小组,由Y任组长,10月15日前完成Z`: the head a group is given owns the group's work after it.
        const headed = appointedHead(text, sentence.clauses, clauseIndex)
        if (headed) {
          seen.add(headed.owner.actor.whole.start)
          const task = trim(text, headed.work, taskEnd(text, sentence.clauses, headed.clause, sentence.end))
          if (task.end > task.start) assignments.push(assignment(doc, headed.owner.actor, task, meetingDate))
          continue
        }
        const found: Owner[] = []
        const atStart = ownerAt(text, clause)
        if (atStart) found.push(atStart)
        // `…,并由X负责`, `会由由X…`: 由 inside the clause. (Not in a proposal the meeting turns down,
        // `会议不予支持X提出的由县财政兜底…的意见`: no one is given that work.)
        const turnedDown = refusedProposal.test(text.slice(skipMarker(text, clause.start, clause.end), Math.min(clause.end, clause.start + 12)))
        for (let index = turnedDown ? -1 : indexWithin(text, '由', clause.start + 1, clause.end); index !== -1; index = indexWithin(text, '由', index + 1, clause.end)) {
          const after = ownerAfterBy(text, index, clause.end)
          if (after) found.push(after)
        }
        // `项目资金以X为主筹措`: the unit the work rests on leads it.
        const mainly = mainOwnerIn(text, clause)
        if (mainly) found.push(mainly)
        // `会议同意委托X对…实施收储`: the one the meeting agrees to entrust owns the work (the clause stays its decision).
        const entrusting = indexWithin(text, '同意委托', clause.start, Math.min(clause.end, clause.start + 8))
        const entrusted = entrusting === -1 ? null : askedOwner(text, entrusting + 4, clause.end)
        if (entrusted && entrusted.actor.whole.start === entrusting + 4 && isUnit(text, entrusted.actor.whole.start, entrusted.actor.whole.end)) found.push(entrusted)
        // `会议同意X牵头组建…`: the unit the meeting agrees lead the work owns it, as one it entrusts.
        const agreeing = entrusting === -1 ? indexWithin(text, '同意', clause.start, Math.min(clause.end, clause.start + 6)) : -1
        const leading = agreeing === -1 ? null : askedOwner(text, agreeing + 2, clause.end)
        if (leading && leading.actor.whole.start === agreeing + 2 && text.startsWith('牵头', leading.actor.whole.end) && isUnit(text, leading.actor.whole.start, leading.actor.whole.end)) found.push(leading)
        // `X同志负责,组织Y对…排查`: a clause of only the owner's verb leaves its task to the next clause,
        // whose verb and object (`组织应急办`) are no owner.
        const next = sentence.clauses[clauseIndex + 1]
        if (atStart && next && bareRole(text, atStart.taskStart, clause.end)) {
          const object = ownerAt(text, next)
          if (object && objectVerbs.at(text, object.actor.whole.start) !== undefined) next.owner = null
        }
        for (const owner of found) {
          if (seen.has(owner.actor.whole.start)) continue
          seen.add(owner.actor.whole.start)
          // `各社区要…,设置文明劝导站,劝导站每日登记…`: what an audience was told to set up stands for each one set up.
          if (setUpByAudience(text, sentence.clauses, clauseIndex, owner)) continue
          const task = trim(text, owner.taskStart, taskEnd(text, sentence.clauses, clauseIndex, sentence.end))
          // `X要A;对B,要C,9月底前…`: a part after `;` that names no one of its own goes on with X's task.
          if (task.end >= sentence.end) task.end = carriedOnEnd(text, unitSentenceArray, sentenceIndex, task.start)
          // `A项工作由X负责`: an owner after its task, with only the verb of responsibility, owns the task before it;
          // so does one it is handed to (`A方案交由X拟定`, `A事项转由X办理`), whatever its verb.
          const ownStart = task.start
          // So does one whose verb lacks its object, written before `由` (`营销方案由X负责制定`).
          // (And `分配方案由X制定,经…`: the verb alone, where the meeting does not speak before `由`; not
          // `会议同意该项目由X实施`.)
          if (atStart === null && (bareRole(text, owner.taskStart, clause.end) || handedTo(text, owner) || objectlessVerb(text, owner.taskStart, clause.end) || (bareObjectVerb(text, owner.taskStart, clause.end) && matchCue(text, skipMarker(text, clause.start, clause.end)) === null))) {
            task.start = frontedTask(text, clause.start, owner.actor.whole.start, task.start)
          }
          // `会议研究了A事宜,交由X办理`: the matter the meeting took up in the clause before is what is handed.
          if (clauseIndex > 0 && handedTo(text, owner) && owner.actor.whole.start - 2 === skipMarker(text, clause.start, clause.end)) {
            task.start = takenUpMatter(text, sentence.clauses[clauseIndex - 1]) ?? task.start
          }
          // `第3周前完成A,由X负责`: a clause of only `由X` and its verb owns the clauses of the task before it.
          // (So does one of only the owner and its verb: `整合工作年底前全面完成,X负责,Y配合`.)
          const opens = skipMarker(text, clause.start, clause.end)
          // (Not after an audience's clause, `各镇要配合做好A,X具体负责,…`: X's work is the outcome after it.)
          // (Nor after a topic before a colon, `农田建设:X负责,…`: X's task is what follows its verb.)
          const named = (): boolean =>
            text.charAt(opens) === '由' || (owner.actor.whole.start === opens && text.charAt(clause.start - 1) === ',' && !opensWithAudience(text, sentence.clauses[clauseIndex - 1] as Clause))
          // (Or of its verb and `落实`, whose object is that work: `A工作,由X负责落实`.)
          if (owner === atStart && clauseIndex > 0 && (bareRole(text, owner.taskStart, clause.end) || carriesOut(text, owner.taskStart, clause.end)) && named()) {
            task.start = clausesBefore(text, sentence.clauses, clauseIndex) ?? task.start
          }
          // `X负责A,Y配合,确保…`: a supporting owner with only its verb shares the task of the lead before it.
          const supports = owner === atStart && bareSupport(text, owner.taskStart, clause.end)
          const afterLead = leadTask !== -1 && clauseIndex > 0 && leadClause === clauseIndex - 1
          if (supports && afterLead) task.start = leadTask
          // `X负责A,Y配合做好B,确保…`: a supporting owner with work of its own does its clause; the outcome
          // after it is the lead's, whose deadline it shares (below).
          const outcome = owner === atStart && !supports && afterLead && supportWords.some((word) => text.startsWith(word, owner.taskStart)) ? leadsOutcome(text, sentence.clauses, clauseIndex, task.end) : null
          if (outcome) task.end = trim(text, task.start, clause.end).end
          // A bracket of owners that ends the task (`…管理(区城管局负责)`) is not part of it, and
          // owners inside it (`(区住建局牵头,区财政局配合)`) are read with it (see `readBracketed`).
          const bracket = text.charCodeAt(task.end - 1) === 0x29 /* ) */ ? ownersBracket(text, sentence.start, task.end) : -1
          if (bracket !== -1) {
            if (bracket < owner.actor.whole.start) continue
            task.end = trim(text, task.start, bracket).end
          }
          // A bracket of labels after the task (`…巡查(责任单位:X;完成时限:Y)`) is not part of it: `readLabelled` reads it.
          task.end = trim(text, task.start, labelBracket(text, task.start, task.end)).end
          // A task that leads in to points on the lines below (`要加强梯队建设:`) ends before its `:`.
          if (text.charAt(task.end - 1) === ':') task.end = trim(text, task.start, task.end - 1).end
          // `X、Y组成联合检查组,对…开展抽查`: the group formed is how they do the work of the clauses after it.
          // (`联合组成…组`, `抽调骨干组成…组`: the ways of forming it.)
          if (formingVerb.at(text, task.start) !== undefined) task.start = formedGroupWork(text, sentence.clauses, clauseIndex) ?? task.start
          if (task.end <= task.start || nonTaskVerbs.some((verb) => text.startsWith(verb, task.start)) || noWork(text, task) || heldAt(text, task) || (task.start === owner.actor.whole.end && statesOwnMatter(text, task))) continue
          // `下周一前,市林业局要…`: a clause that is only a deadline before the owner's clause.
          const before = owner === atStart && clauseIndex > 0 ? sentence.clauses[clauseIndex - 1] : null
          // `由X统筹,Y落实资金,力争10月中旬前全部签约`: a task ended by another owner's shares its outcome's deadline.
          // (A clause before that is no deadline, `会议明确,由X负责…,Y负责…,确保11月底前完工`, leaves the shared one.)
          const shared = outcome ?? (task.end >= sentence.end ? null : sharedSpan(text, sentence.clauses, task.end, bareRole(text, owner.taskStart, clause.end), onlyLeads(text, owner.taskStart, clause.end)))
          const atBefore = owner.leadingDue ? {...owner.leadingDue, labelled: false, whole: true} : before && {...before, labelled: false, whole: true}
          // A task set before its owner reads its deadline and role from the owner's verb first: a time
          // before it may name the work (`开学前安全排查工作由X负责,8月30日前完成`).
          let own = task.start < ownStart ? ownStart : undefined
          // `X为牵头单位,Y为配合单位,3月底前完成…`: the owner's label (and the supports named after it) is no
          // part of its task, though it gives the owner's role.
          const work = owner === atStart ? afterOwnLabel(text, sentence.clauses, clauseIndex, task) : -1
          if (work !== -1) {
            own = task.start
            task.start = work
          }
          // `由X整理后交Y研究处理,并于两个月内…报告`: X's task is its step; Y handles what is handed on, with the rest.
          const handed = handedOnAfterStep(text, task.start, task.end)
          const handedEnd = task.end
          if (handed) task.end = handed.cut
          // `由X投资建设、Y负责交通组织,9月底前完成`: a second owner listed after the first one's short task.
          const listedEnd = task.end
          const listedNext = owner.taskStart >= task.start ? nextListedOwner(text, owner.taskStart, task.end) : null
          if (listedNext) task.end = listedNext.cut
          let made = assignment(doc, owner.actor, task, meetingDate, atBefore, own)
          const elsewhere = made.due === null && shared && !handed ? {...shared, labelled: false, whole: false} : atBefore
          if (elsewhere !== atBefore) made = assignment(doc, owner.actor, task, meetingDate, elsewhere, own)
          // `慰问金于1月25日前发放到位,由X带队走访`: a thing's time after `于`, in a clause no one owns, bounds the
          // work of the one `由X` the sentence then charges to lead or answer for it, where X's own work names none.
          // (X's work opens with leading or answering for it, `带队`, `负责`: not `带班巡查`, work of its own.)
          const prior = made.due === null && clauseIndex > 0 && owner.actor.whole.start === opens + 1 && text.charAt(opens) === '由' && roleWords.at(text, owner.taskStart) !== undefined ? (sentence.clauses[clauseIndex - 1] as Clause) : null
          if (prior && thingsTime(text, prior) && !ownerAt(text, prior) && !innerOwner(text, prior) && !addressesAudience(text, prior)) {
            made = assignment(doc, owner.actor, task, meetingDate, {...prior, labelled: false, whole: false}, own)
          }
          // `土地摘牌后,由X在10个工作日内完成…`: a stretch counted from the event of the clause before, on no day the text gives.
          if (made.dueKind === 'relative' && made.dueDate !== null && clauseIndex > 0 && eventClause(text, sentence.clauses[clauseIndex - 1]) && !/^(?:在|于)?(?:会后|会议|即日)/.test(made.due ?? '')) made.dueDate = null
          // One owner read twice (`由社区党委副书记X牵头`, from its clause start and from its `由`).
          if (ownedAlready(made)) continue
          assignments.push(made)
          if (handed) {
            const next = assignment(doc, handed.owner.actor, {start: handed.owner.taskStart, end: handedEnd}, meetingDate, null)
            if (!ownedAlready(next)) assignments.push(next)
          }
          if (listedNext && !seen.has(listedNext.owner.actor.whole.start)) {
            seen.add(listedNext.owner.actor.whole.start)
            assignments.push(assignment(doc, listedNext.owner.actor, {start: listedNext.owner.taskStart, end: listedEnd}, meetingDate, null))
          }
          // (Or a task set out before an owner of only its verb: `A年底前完成,X负责,Y配合` gives Y the task A;
          // so `A由X牵头,Y配合,…`, whose owner stands inside its clause.)
          const fronted = (owner === atStart || atStart === null) && !supports && task.start < owner.actor.whole.start && bareRole(text, owner.taskStart, clause.end)
          leadTask = fronted || (owner === atStart && !supports && task.start === owner.taskStart && !bareRole(text, owner.taskStart, clause.end)) ? task.start : -1
          leadClause = clauseIndex
          // `由X牵头、Y配合,…`: the supporting owner listed after the lead's verb shares the task.
          const support = listedSupport(text, owner.taskStart, task.end)
          if (support && !seen.has(support.actor.whole.start)) {
            seen.add(support.actor.whole.start)
            assignments.push(assignment(doc, support.actor, {start: support.taskStart, end: task.end}, meetingDate, elsewhere))
          }
        }
      }
    }
  }
  for (let index = 0; index < units.length; index++) readLabelled(doc, units, index, meetingDate, assignments)
  readPlanLines(doc, units, meetingDate, assignments)
  readBracketed(doc, units, meetingDate, assignments)
  readTables(doc, units, meetingDate, assignments)
  readCellLines(doc, units, meetingDate, assignments)
  bracketedDeadlines(doc, meetingDate, assignments)
  lineDeadlines(doc, units, meetingDate, assignments)
  summedDeadlines(doc, units, meetingDate, assignments)
  matterDeadlines(doc, units, meetingDate, assignments)
  return assignments.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

/**
 * The deadline of a matter its heading gives an owner (`一、城区停车治理(牵头:区公安分局)`, or label
 * lines right under it), where the labels give none: the first one-off deadline of the body's
 * clauses that name no owner of their own (`会议要求,11月底前完成剩余泊位施划`).
 */
function matterDeadlines(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const heading = units[0]
  if (!heading || heading.kind !== 'heading') return
  const text = doc.norm
  const matters = assignments.filter((each) => each.due === null && doc.toNorm(each.positions.task.start.offset) >= heading.start && doc.toNorm(each.positions.task.end.offset) <= heading.end)
  if (matters.length === 0) return
  const owned = assignments.map((each) => doc.toNorm(each.positions.owner.start.offset))
  for (const unit of units.slice(1)) {
    for (const clause of unitSentences(doc, unit).flatMap((sentence) => sentence.clauses)) {
      if (owned.some((at) => at >= clause.start && at < clause.end)) continue
      const found = findDueNormalized(text.slice(clause.start, clause.end), meetingDate)
      if (!found || (found.kind !== 'absolute' && found.kind !== 'relative')) continue
      const position = doc.normPosition(clause.start + found.start, clause.start + found.end)
      for (const each of matters) {
        each.due = doc.source.slice(position.start.offset, position.end.offset)
        each.dueDate = found.date
        each.dueKind = found.kind
        each.positions.due = position
      }
      return
    }
  }
}

const villageOrgans = words(ownVillageOrgans)

/**
 * Lines of units and their work under a heading of the work to come (`二、本周工作安排` over
 * `征收组:对剩余38户逐户上门,11月24日前再签约15户以上。`): each unit before its colon owns what
 * follows it. Only where the heading names such a plan (lexicon `planHeadingWords`), and a unit
 * that no rule gave the line's work already.
 */
function readPlanLines(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  const heading = units[0]
  const planned = heading !== undefined && heading.kind === 'heading' && planHeadingWords.some((word) => indexWithin(text, word, heading.start, heading.end) !== -1)
  // (Or the lines after a label of the work to follow up, `待办:`, as a note app's export sets it.)
  if (!planned && !units.some((unit) => isTodoLabel(text, unit))) return
  // The tasks given already, by where they start: walked once alongside the lines (both are in order).
  const given = assignments.map((each) => ({offset: each.positions.task.start.offset, owner: each.owner})).sort((a, b) => a.offset - b.offset)
  let next = 0
  let open = planned
  let listed = false
  for (const unit of units) {
    if (unit.kind === 'heading') continue
    if (isTodoLabel(text, unit)) open = listed = true
    if (!open) continue
    const from = skipMarker(text, unit.start, unit.end)
    let colon = indexWithin(text, ':', from + 2, Math.min(unit.end, from + 12))
    // (Under `待办:` a mention ends its owner with a space as well: `@人力资源部 6月10日前发布…`, the `@`
    // left out; the view may have left the space out too, where the task opens like a name: `公示…`.)
    if (colon === -1 && listed) colon = indexWithin(text, ' ', from + 2, Math.min(unit.end, from + 12))
    if (colon === -1 && listed) colon = spaceLeftOut(doc, from + 2, Math.min(unit.end, from + 12)) - 1
    if (colon < 0) continue
    const actor = readActor(text, from, colon) ?? workingGroup(text, from, colon)
    if (!actor || actor.kind === 'person' || isGeneric(text, from, colon)) continue
    const task = trim(text, text.charAt(colon) === ':' || text.charAt(colon) === ' ' ? colon + 1 : colon, text.charAt(unit.end - 1) === '。' ? unit.end - 1 : unit.end)
    if (task.end - task.start < 4) continue
    const made = assignment(doc, actor, task, meetingDate)
    const taskFrom = made.positions.task.start.offset
    while (next < given.length && (given[next] as {offset: number}).offset < taskFrom) next++
    let owned = false
    for (let at = next; at < given.length && (given[at] as {offset: number}).offset < made.positions.task.end.offset; at++) if ((given[at] as {owner: string}).owner === made.owner) owned = true
    if (!owned) assignments.push(made)
  }
}

/** The first offset of the view from `from` before `end` where the source had a space the view left out, or 0. */
function spaceLeftOut(doc: Doc, from: number, end: number): number {
  for (let at = from; at < end; at++) if (doc.toSource(at) > doc.toSourceEnd(at) && doc.source.charCodeAt(doc.toSource(at) - 1) === 0x20) return at + 1
  return 0
}

/** Whether a unit is only a label of the work to follow up (`待办:`, `待办事项:`; lexicon `todoLabels`). */
function isTodoLabel(text: string, unit: Unit): boolean {
  const {start, end} = trim(text, unit.start, unit.end)
  if (end - start > 8 || text.charAt(end - 1) !== ':') return false
  return todoLabels.includes(text.slice(start, end - 1))
}

/**
 * The name of an officer of a village's own organ (`村委会副主任X`,
 * `村妇联主席X`), of a body named whole (`纪委书记X`, `社区民警X`) or of a
 * government or standing committee (`区政府副区长X`, `常委会副主任Y`), who
 * owns a task in person (see `ownBodies`, `wholeBodyEndings`). (As a reporter the organ is kept:
 * it presents the matter.)
 */
function ownOfficer(text: string, actor: Actor): Span | null {
  if (actor.kind !== 'unit-person' || !actor.unit || !actor.name) return null
  const {start, end} = actor.unit
  // (Or a named village's own organ, `上坝村党支部书记X`, `柳林社区居委会主任Y`.)
  return villageOrgans.at(text, start) !== undefined || ownVillageOrgans.some((organ) => text.endsWith(organ, end)) || bodies.has(text.slice(start, end)) || wholeBodyEndings.some((ending) => text.endsWith(ending, end)) ? actor.name : null
}

const bodies = new Set(ownBodies)

/** Verbs that, opening a clause, make a unit after them their object: `组织应急办…`, `督促各村…`. */
const objectVerbs = words(['组织', '督促', '指导', '协调', '安排', '带领', '召集', '联系', '动员'])
// (`执法检查由X带队`: who leads the team, as one who leads the work.)
// (`由X负责牵头,…`: the two verbs of responsibility as one.)
// (`副主任X领衔督办…`: a council's leader who heads the handling of motions.)
const roleWords = words(['负总责', '总负责', '全面负责', '具体负责', '共同负责', '共同牵头', '负责牵头', '负责', '牵头', '主抓', '领衔', '带队', '率队'])
const roleOrSupportWords = ['负总责', '总负责', '全面负责', '具体负责', '共同负责', '共同牵头', '负责牵头', '负责', '牵头', '主抓', '领衔', ...supportWords]
const roleOrSupport = words(roleOrSupportWords)
/** First code units of `roleOrSupport`: asked before the word lookup, where most places start none. */
const roleFirsts = new Set(roleOrSupportWords.map((word) => word.charCodeAt(0)))

/** Whether a clause holds only an owner's verb of responsibility from `at` (`X负责`, `由X牵头`). */
function bareRole(text: string, at: number, end: number): boolean {
  const word = roleWords.at(text, at)
  return word !== undefined && trim(text, at + word.length, end).end <= at + word.length
}

/** Whether a short clause of an audience ends in its role alone: `各县(区)政府负责`, `各乡镇配合`. */
function endsInRoleOnly(text: string, clause: Span): boolean {
  const role = roleWords.before(text, clause.end) ?? supporting.before(text, clause.end)
  return role !== undefined && clause.end - clause.start <= 16 && indexWithin(text, '各', clause.start, clause.end - role.length) !== -1
}

const leadingWork = words(leadingPhrases)

/** Whether an owner's clause is only a lead's work over others (`由X牵头协调`, `X统筹协调`, `由X负责统筹推进`), as a bare `牵头` is. */
function onlyLeads(text: string, at: number, end: number): boolean {
  // (`由X负责统筹推进`: the same work, its verb of responsibility before it.)
  if (text.startsWith('负责', at)) at += 2
  const phrase = leadingWork.at(text, at)
  return phrase !== undefined && trim(text, at + phrase.length, end).end <= at + phrase.length
}

/** Labels of a support (`配合单位`): see `ownerLabels`. */
const supportLabels = words(ownerLabels.filter(([, role]) => role === 'support').map(([label]) => label))

/** Whether an owner's words name it a support by label (`Y为配合单位`, `Y作为配合部门`), as `Y配合` does. */
function supportsByLabel(text: string, at: number): boolean {
  const as = text.startsWith('作为', at) ? 2 : text.charAt(at) === '为' ? 1 : 0
  return as > 0 && supportLabels.at(text, at + as) !== undefined
}

/**
 * Where the work starts after a clause that only names its owner's role (`X为牵头单位,…`,
 * `X作为项目业主,…`), past clauses of supports after it (`Y为配合单位`, `Y配合`): the next
 * clause of the task; or -1 where the clause says more, or no work of the owner's follows.
 */
function afterOwnLabel(text: string, clauses: Clause[], index: number, task: Span): number {
  const at = task.start
  const as = text.startsWith('作为', at) ? 2 : text.charAt(at) === '为' ? 1 : 0
  const end = trim(text, at, (clauses[index] as Clause).end).end
  if (as === 0 || end - at > 14) return -1
  const label = labels.at(text, at + as)
  // (Only a label that says the role, `牵头单位`, `配合单位`, `责任单位`: a role the minutes name (`项目业主`,
  // `实施主体`) is the work it takes on.)
  if (label === undefined || at + as + label.length !== end || !labelRoles.has(label)) return -1
  let next = index + 1
  while (next < clauses.length && (clauses[next] as Clause).start < task.end) {
    const clause = clauses[next] as Clause
    const support = ownerAt(text, clause)
    if (!support || !(supportsByLabel(text, support.taskStart) || bareSupport(text, support.taskStart, clause.end))) break
    next++
  }
  // (Not where the next clause is another owner's work: `X为实施主体,Y配合做好A,…` keeps the label.)
  if (next >= clauses.length || (clauses[next] as Clause).start >= task.end || ownerAt(text, clauses[next] as Clause) !== null) return -1
  return trim(text, (clauses[next] as Clause).start, task.end).start
}

/** Owner labels that say only a role: `牵头单位`, `配合部门`, `责任单位`. */
const labelRoles = new Set(ownerLabels.map(([label]) => label).filter((label) => /^(?:牵头|配合|协办|主办|责任)(?:单位|部门|科室)$/.test(label)))

/** Whether the owner's words are only a verb of support (`…,Y配合,确保…`). */
function bareSupport(text: string, at: number, end: number): boolean {
  const word = supporting.at(text, at)
  return word !== undefined && trim(text, at + word.length, end).end <= at + word.length
}

const notFronted = words(frontedAdverbs)
const objectVerbsAfterRole = words(frontedObjectVerbs)

/**
 * Whether the owner's words are a verb of responsibility and a verb whose
 * object is written before the owner, or a second verb of responsibility,
 * and nothing more (`由X负责制定`, `由X牵头起草`, `由X牵头负责`): the task
 * the clause opens with is the owner's.
 */
function objectlessVerb(text: string, at: number, clauseEnd: number): boolean {
  // (Before a bracket of labels the clause runs into: `…确定(牵头:X`.)
  const bracket = indexWithin(text, '(', at, clauseEnd)
  const end = bracket === -1 ? clauseEnd : bracket
  const role = roleWords.at(text, at)
  if (role === undefined) return sendsFronted(text, at, end) || jointFronted.test(text.slice(at, trim(text, at, end).end))
  const verb = objectVerbsAfterRole.at(text, at + role.length) ?? roleWords.at(text, at + role.length)
  if (verb === undefined) return false
  // (Two verbs in a row: `由X牵头组织撰写`.)
  const verbEnd = at + role.length + verb.length
  const last = verbEnd + (objectVerbsAfterRole.at(text, verbEnd)?.length ?? 0)
  return trim(text, last, end).end <= last
}

/** Whether an owner's clause is its verb of responsibility and `落实` alone (`负责落实`, `牵头落实`). */
function carriesOut(text: string, at: number, end: number): boolean {
  const role = roleWords.at(text, at)
  return role !== undefined && text.startsWith('落实', at + role.length) && trim(text, at + role.length + 2, end).end <= at + role.length + 2
}

const howBeforeVerb = words(frontedVerbManners)

/**
 * Whether the owner's words are only a verb whose object is written before `由X`: `分配方案由X制定`;
 * also after a deadline (`慰问资金由X于12月20日前下达`) and before the step that sends the paper up
 * (`包联安排由X拟定后报县长审定`).
 */
function bareObjectVerb(text: string, at: number, clauseEnd: number): boolean {
  const due = leadingDeadline(text, at, clauseEnd)
  const after = due ? due.end : at
  // (A word of how before the verb, `运营补贴由X据实拨付`, `资金由X足额下达`.)
  const start = after + (howBeforeVerb.at(text, after)?.length ?? 0)
  const verb = objectVerbsAfterRole.at(text, start)
  if (verb === undefined) return false
  const rest = trim(text, start + verb.length, clauseEnd)
  return rest.end <= rest.start || (text.charAt(rest.start) === '后' && sentFor.test(text.slice(rest.start + 1, rest.end)))
}

/**
 * A partner joined, or units the owner directs, and a verb whose object is written before `由X`
 * (`项目选址由X会同Y确定`, `有关事宜由X与Y对接办理`, `管线接入由X协调各产权单位落实`).
 */
const jointFronted = new RegExp(`^(?:会同|联合|协同|与|${governingVerbs.join('|')})[\\u4e00-\\u9fff、]{2,20}?(?:${frontedObjectVerbs.join('|')})$`)

/** `报` (`报送`), the body sent to, and what it is to do with the paper: `报市发改委审批`. */
const sentFor = new RegExp(`^报(?:送)?[\\u4e00-\\u9fff]{2,14}?(?:${submittedForWords.join('|')})$`)
/** A forum, perhaps, then a verb of making known and nothing after it: `在院周会上通报`, `公示`. */
const announcedFor = new RegExp(`^(?:在[\\u4e00-\\u9fff]{1,10}?上)?(?:${announcedFrontedVerbs.join('|')})$`)

/**
 * Whether the owner's words, after a deadline or none, only send a paper to a body for its
 * approval (`项目建议书由X于11月上旬前报市发改委审批`): the paper is written before `由`.
 */
function sendsFronted(text: string, at: number, end: number): boolean {
  const rest = text.slice(at, trim(text, at, end).end)
  const due = findDueNormalized(rest, null)
  if (sentFor.test(due && due.start === 0 ? rest.slice(due.end) : rest)) return true
  // (`于每月15日前在院周会上通报`: the deadline after `于`.)
  const lead = '于在'.includes(rest.charAt(0)) ? 1 : 0
  return announcedFor.test(due && due.start <= lead ? rest.slice(due.end) : rest)
}

/**
 * Where the task starts that the clauses before clause `index` set out for the owner of that
 * clause (`第3周前完成A,由X负责`, `会议要求,加快推进A,由X牵头`): the first of them after an
 * asking clause alone; null where one of them has an owner, or is the meeting speaking
 * (`会议同意该方案,由X负责`), or a decision (`同意…`).
 */
function clausesBefore(text: string, clauses: Clause[], index: number): number | null {
  let first = index
  while (first > 0) {
    const clause = clauses[first - 1]
    const start = skipMarker(text, clause.start, clause.end)
    if (askingClauses.has(text.slice(start, clause.end).trim())) break
    if (ownerAt(text, clause) !== null || innerOwner(text, clause) !== null) return null
    // `同意对A启动收回程序,由X负责`, `会议决定对A开展审计,由X负责`: what the meeting agrees or decides be
    // done to A is the work, not the paper agreed to.
    const said = text.startsWith('会议', start) ? start + 2 : start
    const agreed = agreeingVerbs.at(text, said) ?? (text.startsWith('决定', said) ? '决定' : undefined)
    // (Not a paper named by the verb of its work, `同意改造方案`: the plan is agreed to.)
    const work = agreed === undefined ? undefined : agreedWork.at(text, said + agreed.length)
    const paper = work !== undefined && agreed !== undefined && documentNouns.at(text, said + agreed.length + work.length) !== undefined
    if (agreed !== undefined && (text.charAt(said + agreed.length) === '对' || (work !== undefined && !paper)) && first === index) return said + agreed.length
    // (`同意分红方案,公示7天后发放,由X负责`: the work set out after the agreement is X's.)
    if (agreed !== undefined && first < index && said === start) break
    if (said > start || agreed !== undefined || text.charAt(start) === '经') return null
    first--
  }
  if (first === index) return null
  const start = skipMarker(text, clauses[first].start, clauses[first].end)
  const end = clauses[index - 1].end
  if (end - start < 2) return null
  // Only a time before the owner (`换届前,由X牵头,…`, `节日期间,由X负责`) says when, not what;
  // a deadline alone there is the task's deadline (see `before` in `readAssignments`).
  if (endsInTime(text, end)) return null
  const due = findDueNormalized(text.slice(start, end), null)
  return due && due.start === 0 && due.end === end - start ? null : start
}

/** The meeting taking up a matter: `会议研究了`, `会议还审议了`. */
const takingUp = /^(?:会议|会上)还?(?:研究|审议|讨论)了?/

/** Where the matter of a clause in which the meeting takes it up starts (`会议研究了A事宜` → A), or null. */
function takenUpMatter(text: string, clause: Clause): number | null {
  const start = skipMarker(text, clause.start, clause.end)
  const verb = takingUp.exec(text.slice(start, Math.min(clause.end, start + 8)))
  return verb && start + verb[0].length < clause.end - 1 ? start + verb[0].length : null
}

/** A count of bodies that points back (`两乡镇`, `上述两家企业`, `三部门`): the words before the task. */
const backReference = /^(?:上述|以上|这)?([两二三四五])(?:个|家)?(?:乡镇|镇|乡|街道|单位|部门|企业|公司|集团)/

/** The count and length of a back-reference at `at` (`两乡镇` → 2), or null; asked only where a numeral or `上`/`以`/`这` opens it. */
function backCount(text: string, at: number): {count: number; length: number} | null {
  if (!'两二三四五上以这'.includes(text.charAt(at))) return null
  const found = backReference.exec(text.slice(at, at + 10))
  return found ? {count: '两二三四五'.indexOf(found[1] as string) === 0 ? 2 : '两二三四五'.indexOf(found[1] as string) + 1, length: found[0].length} : null
}

/**
 * The joint units a back-reference at `at` points to: those the sentence's first
 * clause opens with, as many as it counts (`沙口镇、河湾乡地处…` for `两乡镇`); or null.
 */
function backReferred(text: string, first: Clause, at: number): Owner | null {
  const back = backCount(text, at) as {count: number; length: number}
  const start = skipMarker(text, first.start, first.end)
  const limit = Math.min(first.end, start + 30)
  const joint = (end: number): Actor | null => {
    const actor = readActor(text, start, end)
    return actor && actor.kind === 'joint' && actor.parts.length === back.count ? actor : null
  }
  // The shortest list of that many units, grown a character at a time (`县财政` → `县财政局`), not over a
  // verb that ends like a unit (`河湾乡地处…`, read as an office `…地处`).
  let end = start + 4
  while (end <= limit && !joint(end)) end++
  if (end > limit) return null
  while (end < limit && joint(end + 1)) end++
  return {actor: joint(end) as Actor, taskStart: at + back.length}
}

/** Modals that open a task (`要`, `须`), and words that join a partner to it (`会同`), which are no work alone. */
const bareModals = words(['必须', '务必', '应当', '要', '须', '应'])
const bareJoins = words(['会同', '联合', '协同'])

/**
 * Whether a task holds no work: only a modal, perhaps with a word that joins a partner
 * (`X要`, `X要会同`, a text cut off after them).
 */
function noWork(text: string, task: Span): boolean {
  let at = task.start + (bareModals.at(text, task.start)?.length ?? 0)
  at += bareJoins.at(text, at)?.length ?? 0
  return at > task.start && at >= task.end
}

/**
 * Whether a task right after its owner states a matter of the owner, which is its subject (`实验室安全是…的底线`,
 * `实验室安全责任要落实到人`, `区中医院迁建项目选址于…`): the unit names whose matter it is, no owner.
 */
function statesOwnMatter(text: string, task: Span): boolean {
  return ownSafety.test(text.slice(task.start, Math.min(task.end, task.start + 6))) || ownProject.test(text.slice(task.start, Math.min(task.end, task.start + 14)))
}

const ownSafety = /^安全(?:责任|工作)?(?:是|要)/
// (`X迁建项目选址于…`; a campus named before it, `X东院区建设资金缺口…`, needs no `项目`.)
const ownProject = new RegExp(`^(?:[东西南北新老]?[院校]区(?:${projectKinds.join('|')})?(?:项目)?|(?:${projectKinds.join('|')})?项目)(?:${projectFacts.join('|')})`)

/**
 * Whether a task is only the time a meeting is held at (`述职评议会于7月下旬召开`, `定于下周举行`):
 * its subject is the meeting convened, no one's work.
 */
function heldAt(text: string, task: Span): boolean {
  return conveneVerbs.some((verb) => text.endsWith(verb, task.end)) && ('于在'.includes(text.charAt(task.start)) || text.startsWith('定于', task.start))
}

/**
 * Where `交` stands after a short matter of ideographs at the clause start and before a placed unit
 * (`奖补办法交县交通运输局…`): not `提交`, `移交`, `上交` …, whose subject sends the paper on, nor `后交`; else -1.
 */
function namedMatterHanded(text: string, start: number, end: number): number {
  const at = indexWithin(text, '交', start + 2, Math.min(end, start + 13))
  // (Nor a matter handed on after a step, `调研报告经修改后交X…`, which `后交` reads.)
  if (at === -1 || places.at(text, at + 1) === undefined || '提移递转上送呈报后'.includes(text.charAt(at - 1))) return -1
  return /^[\u4e00-\u9fff《》“”]+$/.test(text.slice(start, at)) && !/[由要请为将把对和与]/.test(text.slice(start, at)) ? at : -1
}

/** A clause that turns a proposal down: `会议不同意…`, `不予支持…`, `否决了…`. */
const refusedProposal = new RegExp(`^(?:会议)?(?:还|同时)?(?:${refusalVerbs.join('|')})`)

/** Whether an owner is one a task is handed to, after `交由` or `转由` (`A方案交由X拟定`). */
function handedTo(text: string, owner: Owner): boolean {
  const at = owner.actor.whole.start
  return text.charAt(at - 1) === '由' && '交转'.includes(text.charAt(at - 2))
}

/**
 * Where a task set before its owner starts (`县级储备物资调拨由X负责`): at the clause start, when
 * what stands before `由X` is more than an adverb (`并由X负责`, `会后由X负责` keep `fallback`).
 */
function frontedTask(text: string, start: number, owner: number, fallback: number): number {
  const by = text.lastIndexOf('由', owner)
  if (by < start || by < owner - 1) return fallback
  // A point's marker (`(一)A项工作由X牵头`) is not part of the task.
  const before = trim(text, skipMarker(text, start, by), by)
  if (before.end - before.start < 2) return fallback
  // `会议同意由X牵头`, `会议决定由X负责`: the meeting's cue before `由` is no task.
  const cue = matchCue(text, before.start)
  if (cue && cue.end >= before.end) return fallback
  const word = notFronted.at(text, before.start)
  return word !== undefined && before.start + word.length >= before.end ? fallback : before.start
}

/** Verbs of the owner a supporting owner is listed after with `、`: `X牵头、Y配合`, `X负责、Y协助`. */
const leadingVerbs = words(['牵头', '负责', '主抓', '主责', '主办'])
const supporting = words(supportWords)

/**
 * A supporting owner listed after the lead's verb with `、` in one clause
 * (`由X牵头、Y配合,对…`): Y, its task starting at its verb; or null.
 */
function listedSupport(text: string, taskStart: number, end: number): Owner | null {
  const verb = leadingVerbs.at(text, taskStart)
  if (verb === undefined || text.charAt(taskStart + verb.length) !== '、') return null
  const found = actorBefore(text, taskStart + verb.length + 1, end, supporting)
  return found ? {actor: found.actor, taskStart: found.actor.whole.end} : null
}

/**
 * A unit listed with `、` after an owner's short task, with its own verb of responsibility
 * (`由X投资建设、Y负责交通组织`, `X负责协调施工企业、Y负责…`): where the first task ends, and the unit,
 * its task from its verb; or null. (The first `、` of a task of up to twelve characters: the unit and its
 * verb after it tell an owner from the owner's own list of works, `建设A、B`.)
 */
function nextListedOwner(text: string, start: number, end: number): {cut: number; owner: Owner} | null {
  const at = indexWithin(text, '、', start + 2, Math.min(end, start + 13))
  // (In the owner's own clause: not `X牵头,Y、Z负责…`, owners of a clause of their own.)
  if (at === -1 || places.at(text, at + 1) === undefined || /[,;:]/.test(text.slice(start, at))) return null
  const found = actorBefore(text, at + 1, end, roleWords)
  if (!found || found.actor.whole.start !== at + 1 || !isUnit(text, found.actor.whole.start, found.actor.whole.end)) return null
  return {cut: at, owner: {actor: found.actor, taskStart: found.actor.whole.end}}
}

/**
 * Where a task ends: at the sentence end, at a `:` before inline points, or
 * before a later clause of the sentence that gives a task to another owner
 * (`…,市住建局要…`);
 * a supporting owner (`Y配合`) shares the task instead.
 */
function taskEnd(text: string, clauses: Span[], index: number, end: number): number {
  for (let next = index + 1; next < clauses.length; next++) {
    // `…开展审计:(1)…;(2)…`: the points that follow a `:` spell the task out; it ends at the `:`.
    const previous = clauses[next - 1]
    if (text.charAt(previous.end) === ':' && skipMarker(text, clauses[next].start, clauses[next].end) > clauses[next].start) return previous.end
    // Another owner at the clause start, or after a 由 inside it (`…,不足部分由X融资解决`).
    const owner = ownerAt(text, clauses[next]) ?? innerOwner(text, clauses[next])
    // (An audience of only its role after a lead of only its own, `X牵头,各县(区)政府负责,对…`: the work after them is the lead's.)
    // (Nor one that only carries it out, `X牵头,各中小学校落实,开学前完成…`.)
    const audience = !owner && addressesAudience(text, clauses[next]) && !(roleWords.before(text, clauses[index].end) !== undefined && (endsInRoleOnly(text, clauses[next]) || onlyCarriesOut(text, clauses[next])))
    if (!audience && (!owner || supportWords.some((word) => text.startsWith(word, owner.taskStart)) || supportsByLabel(text, owner.taskStart) || sharesByDuty(text, clauses[index], owner) || sharesByRole(text, clauses[index], clauses[next], owner))) continue
    let stop = clauses[next].start
    while (stop > clauses[index].end && ', '.includes(text.charAt(stop - 1))) stop--
    return stop
  }
  return end
}

const outcomes = words(outcomeOpeners)

const carryingOn = words(carryingOnOpeners)

/**
 * Where the task that runs to the end of sentence `index` ends, with the parts after it that go on
 * with it: a sentence after `;` that opens with `要` (`同时要`, `并要`), or with what it works on and
 * then `要` (`对A,要…`), or with the next of the points X's sentence opens inline (`X要A,1.B;2.C`), and in
 * which no clause names an owner of its own (`X要A;对B,要建立台账,9月底前清理到位` → to `到位`). Not after
 * `。`, nor a part of another owner's (`…;Y要…`), nor one of the meeting's.
 */
function carriedOnEnd(text: string, list: readonly Sentence[], index: number, taskStart: number): number {
  let end = (list[index] as Sentence).end
  // (`X要抓好A,1.推动B;2.年内新培育C`: the points X's task opens inline go on with it; not the points
  // X's own clause is one of, `一是X要…;二是各社区要…`.)
  const inlinePoints = (list[index] as Sentence).clauses.some((clause) => clause.start > taskStart && skipMarker(text, clause.start, clause.end) > clause.start)
  for (let next = index + 1; next < list.length && text.charCodeAt(end) === 0x3b /* ; */; next++) {
    const sentence = list[next] as Sentence
    const first = sentence.clauses[0] as Clause
    const opensTopic = text.charAt(first.start) === '对' && sentence.clauses.length > 1 && text.charAt((sentence.clauses[1] as Clause).start) === '要'
    const opensPoint = inlinePoints && skipMarker(text, first.start, first.end) > first.start
    const opens = opensTopic || opensPoint || carryingOn.at(text, first.start) !== undefined
    if (!opens || sentence.clauses.some((clause) => ownerAt(text, clause) !== null || innerOwner(text, clause) !== null)) break
    end = sentence.end
  }
  return end
}

/**
 * The outcome of the lead's task after a supporting owner's clause (`…,确保2027年底前建成投用`):
 * the clauses from the next, opening with an outcome word and naming no owner, to the task's end; or null.
 */
function leadsOutcome(text: string, clauses: Clause[], index: number, end: number): Span | null {
  const next = clauses[index + 1]
  if (!next || next.start >= end || outcomes.at(text, next.start) === undefined || ownerAt(text, next) || innerOwner(text, next)) return null
  return {start: next.start, end}
}

/**
 * Whether a lead of only its role goes on over owners of only theirs, to the work
 * they share (`由X牵头,Y、Z负责,加快推进A`): the lead's clause ends in a verb of
 * responsibility, and the next is an owner and one.
 */
function sharesByRole(text: string, clause: Span, next: Span, owner: Owner): boolean {
  return roleWords.before(text, clause.end) !== undefined && bareRole(text, owner.taskStart, next.end)
}

const dutyShares = words(['按职责分工', '按照职责分工', '按各自职责', '按照各自职责', '按职责', '按照职责', '各司其职', '具体落实', '具体实施', '具体负责', '具体承办'])

/**
 * Whether an owner after a lead's clause shares the lead's task as a
 * supporting owner does (`X牵头,Y、Z按职责分工抓好落实,10月1日前完成…`): its
 * task opens with its duties, and the clause before names a lead or ends in its verb (`X负责,`).
 */
function sharesByDuty(text: string, before: Span, owner: Owner): boolean {
  // (Or a lead whose clause ends in its verb of responsibility: `X负责,Y、Z按职责配合,对…开展…`.)
  return dutyShares.at(text, owner.taskStart) !== undefined && (indexWithin(text, '牵头', before.start, before.end) !== -1 || roleWords.before(text, before.end) !== undefined)
}

/**
 * The clauses that the task of the owner after `from` runs on into, with
 * no owner or audience of their own (`由X统筹,Y落实资金,力争10月中旬前全部签约`
 * → `力争10月中旬前全部签约`): the outcome the owners before share, whose
 * deadline is theirs too where their own task has none. Null when that
 * owner's task is one clause (`X负责A,Y负责B,Z要在6月底前…`: Z's deadline is Z's), or
 * that owner's clause holds only its verb (`由Y牵头,6月底前完成B`: the deadline is Y's)
 * while the owner before has a task of its own (not `leads`, a clause of only its verb).
 * An audience right after it (`各乡镇…`) ends the sharing unless it only carries the task out, or
 * the owner before `leads`. An owner before that only `coordinates` (`由X牵头协调`) shares the
 * outcome after a next owner of only its verb (`Y具体负责,国庆节前完成…`), as one that leads does.
 */
function sharedSpan(text: string, clauses: Clause[], from: number, leads: boolean, coordinates = false): Span | null {
  const next = firstClauseFrom(clauses, from)
  const nextOwner = next === -1 ? null : (ownerAt(text, clauses[next]) ?? innerOwner(text, clauses[next]))
  // `由X牵头组织,各年级组具体实施,1月16日前完成…`: an audience that carries the task out shares the outcome too;
  // so does any audience after an owner whose clause is only its verb, who leads all of the work
  // (`A工程由X负总责,各乡镇做好群众工作,确保汛期前全部完工`).
  // (So does one whose clause is only a lead's work over others, `由X统筹推进,各社区做好A,10月底前完成B`.)
  if (!nextOwner && (next === -1 || !addressesAudience(text, clauses[next]) || !(leads || coordinates || onlyCarriesOut(text, clauses[next])))) return null
  // `X要做好A,由Y牵头,6月底前完成B`: the clauses after a clause of only the next owner's verb are its task alone,
  // unless the owner before only leads too (`由X牵头,Y具体负责,下周一前…`, `由X牵头协调,Y具体负责,…`).
  if (nextOwner && !leads && !coordinates && bareRole(text, nextOwner.taskStart, clauses[next].end)) return null
  // `…由X接管运营,接管前由Y对…清产核资,7月31日前完成评估`: an owner given a phase of its own
  // (a time before `由`) goes on with its own work to the sentence end.
  if (nextOwner && !leads && phaseBefore.test(text.slice(skipMarker(text, clauses[next].start, clauses[next].end), nextOwner.actor.whole.start))) return null
  let last = next
  while (last + 1 < clauses.length && !ownerAt(text, clauses[last + 1]) && !innerOwner(text, clauses[last + 1]) && !addressesAudience(text, clauses[last + 1])) last++
  // `由X牵头负责,Y具体实施,Z做好资金保障,年底前完成…`: an owner that only leads leads all of the work,
  // and the outcome that ends the sentence after the owners it leads is its too.
  if (last === next && (leads || coordinates)) return closingOutcome(text, clauses, next)
  if (last === next) return null
  // `…,Y要做好申报工作,11月15日前报省财政厅`: an owner with work of its own, then a deadline and a
  // verb of handing up, goes on with its own task; the outcome is shared only where it reads as one
  // (`力争…全部签约`) or the owner before only leads.
  if (!leads && handsUp(text, clauses[next + 1])) return null
  // `由X统筹解决,Y负责督促…,于5月10日前完成…`: a deadline after `于` (`在`) goes on with the verb of the owner
  // before it (Y's own time), unless the outcome says it is everyone's (`于6月底前全部完工`); not after an
  // audience that only carries the work out (`X负责…,各乡镇具体实施,于10月底前完成…`: X's too).
  if (!leads && nextOwner && ownTime(text, clauses[next + 1])) return null
  // `X完成A,Y负责督促企业整改B,国庆节后15个工作日内整改到位`: an outcome that takes up the next
  // owner's own work again is that work's; not where it takes up the work of the owner before too
  // (`由X领衔督办A,Y领衔督办B,10月底前督办到位`: both owners' work, the outcome theirs).
  if (!leads && nextOwner && repeatsWork(text, clauses[next], clauses[next + 1]) && !(next > 0 && repeatsWork(text, clauses[next - 1], clauses[next + 1]))) return null
  // `责成X执行A,Y要对…开展B检查,7月15日前完成`: after an owner told what it is to do (`要`), a deadline
  // and a bare outcome are that owner's own time.
  if (!leads && nextOwner && last === next + 1 && text.startsWith('要', nextOwner.taskStart) && bareTime(text, clauses[last])) return null
  return {start: clauses[next + 1].start, end: clauses[last].end}
}

/**
 * The clauses that end a sentence after the owners from clause `from` on, with no owner or
 * audience of their own and a deadline in the first (`…,年底前完成示范带主体建设`); or null.
 */
function closingOutcome(text: string, clauses: Clause[], from: number): Span | null {
  let first = clauses.length
  while (first > from + 1 && !ownerAt(text, clauses[first - 1] as Clause) && !innerOwner(text, clauses[first - 1] as Clause) && !addressesAudience(text, clauses[first - 1] as Clause)) first--
  if (first >= clauses.length) return null
  const opening = clauses[first] as Clause
  const start = skipMarker(text, opening.start, opening.end)
  if (!leadingDeadline(text, start + (outcomes.at(text, start)?.length ?? 0), opening.end)) return null
  return {start: opening.start, end: (clauses[clauses.length - 1] as Clause).end}
}

/** Whether a clause of a deadline and an outcome (not a bare one, `完成`) names again the work of the clause before: `…整改B,X前整改到位`. */
function repeatsWork(text: string, owned: Span, clause: Span): boolean {
  const start = skipMarker(text, clause.start, clause.end)
  const due = leadingDeadline(text, '于在'.includes(text.charAt(start)) ? start + 1 : start, clause.end)
  if (!due || bareOutcomes.at(text, due.end) !== undefined) return false
  const verb = text.slice(due.end, due.end + 2)
  return /^[\u4e00-\u9fff]{2}$/.test(verb) && indexWithin(text, verb, owned.start, owned.end) !== -1
}

/** Words after a clause's deadline that make its outcome everyone's: `全部完工`, `均须…`, `同步建成`. */
const sharingWords = words(['全部', '全面', '全线', '均', '都', '同步', '共同', '一并', '一同'])

/** Outcomes that, alone after a deadline, end the work of all the owners before: `于6月底前完成`, `在月底前完工`. */
const bareOutcomes = words(['完成', '完工', '竣工', '建成', '到位', '办结', '交付', '投用', '投入使用'])

/** A phase named by an event before `由` and its owner: `接管前由`, `开工后由`. */
const phaseBefore = /^[\u4e00-\u9fff]{2,6}(?:前|后|期间)由$/

/** Whether a clause is only a deadline and a bare outcome: `7月15日前完成`, `于月底前完成`. */
function bareTime(text: string, clause: Span): boolean {
  let start = skipMarker(text, clause.start, clause.end)
  if ('于在'.includes(text.charAt(start))) start++
  const due = leadingDeadline(text, start, clause.end)
  const outcome = due === null ? undefined : bareOutcomes.at(text, due.end)
  return due !== null && outcome !== undefined && trim(text, due.end + outcome.length, clause.end).end <= due.end + outcome.length
}

/**
 * Whether a clause opens with `于` or `在` and a deadline, and goes on with work of its
 * own (`于5月10日前完成主体结构封顶`, `在10月底前完成…`): the time of the verb of the
 * clause before it, as a subject's `X于…前完成` is. Not with a word of sharing
 * (`于6月底前全部完工`), nor with a bare outcome alone (`于6月底前完成`).
 */
function ownTime(text: string, clause: Span): boolean {
  let start = skipMarker(text, clause.start, clause.end)
  // (`…,Y负责对接,并于A前召开…`: `并` joins more of Y's own work.)
  if (text.charAt(start) === '并') start++
  if (text.charAt(start) !== '于' && text.charAt(start) !== '在') return false
  const due = leadingDeadline(text, start, clause.end)
  if (due === null || sharingWords.at(text, due.end) !== undefined) return false
  const outcome = bareOutcomes.at(text, due.end)
  return outcome === undefined || trim(text, due.end + outcome.length, clause.end).end > due.end + outcome.length
}

/**
 * Whether a clause is a deadline and a verb of handing the work up (`11月15日前报省财政厅`,
 * `月底前报送市政府`), or a period and a report (`每日向县政府报送…`): the next step of the clause before it.
 */
function handsUp(text: string, clause: Span): boolean {
  const start = skipMarker(text, clause.start, clause.end)
  // `Y加强监测,每日向县政府报送数据`: a report at regular times is the routine of the owner before it.
  if (isFrequency(text, start)) return handingUp.at(text, start + 1 + (periods.at(text, start + 1)?.length ?? 0)) !== undefined || indexWithin(text, '报送', start, clause.end) !== -1 || indexWithin(text, '上报', start, clause.end) !== -1
  const due = leadingDeadline(text, start, clause.end)
  return due !== null && handingUp.at(text, due.end) !== undefined
}

const handingUp = words(recurringReportVerbs)

const taskLabels = words(taskColumnLabels)

/** Verbs of an audience that only carries out the task of another (`各年级组具体实施`). */
// (`县直各相关部门按职责分工负责`: each does its part of the work the lead leads.)
const carryingOut = ['具体实施', '具体负责', '具体落实', '具体承办', '负责实施', '分工负责', '组织实施', '配合', '协助', '参与', '落实']

/** Whether a clause is an audience with only a verb of carrying out: `各年级组具体实施` (not `各委员会抓紧做好…`). */
function onlyCarriesOut(text: string, clause: Span): boolean {
  const {start, end} = trim(text, clause.start, clause.end)
  return end - start <= 14 && carryingOut.some((word) => text.endsWith(word, end))
}

const audiencePrefixes = ['各', '有关', '相关']
const audienceLevels = words([...directLevels, ...subordinateLevels])
/** Nouns that end no unit's name but end an audience: `各单位`, `各企业`. */
const audienceNouns = words(['单位', '企业'])
const projectRoles = words(projectRoleAudiences)
const unitEndings = words(unitSuffixes)

/**
 * Whether a clause gives a task to an audience (`各工作委员会于6月25日前…`,
 * `有关部门要…`): no owner, but the subject of its own task, which is not the
 * task of the owner before.
 */
function addressesAudience(text: string, clause: Span): boolean {
  let start = skipMarker(text, clause.start, clause.end)
  // `局属各单位`, `市直有关部门`: the bodies under an office, as a whole.
  start += audienceLevels.at(text, start)?.length ?? 0
  // `项目牵头单位要…`: the units of each project in their role, as a whole.
  const roles = projectRoles.at(text, start)
  if (roles !== undefined) return subjectFollowers.at(text, start + roles.length) !== undefined || '于在'.includes(text.charAt(start + roles.length))
  const prefix = audiencePrefixes.find((word) => text.startsWith(word, start))
  if (!prefix) return pickedOut(text, start, clause.end)
  for (let at = start + prefix.length + 1; at <= Math.min(clause.end - 1, start + 14); at++) {
    // (Or the holders of a post in each of them: `各备课组长负责…`, `各村党支部书记要…`.)
    if (unitEndings.before(text, at) === undefined && audienceNouns.before(text, at) === undefined && postTitles.before(text, at) === undefined) continue
    // `各社区配合`: the audience supports the task before; it does not end it.
    if (supportWords.some((word) => text.startsWith(word, at))) return false
    // (Or its own deadline: `各系第三周周五前完成…`, a stretch after an event, `各责任单位整改完成后3日内报…`.)
    if (subjectFollowers.at(text, at) !== undefined || '于在'.includes(text.charAt(at)) || dueOpens(text, at, clause.end) || stretchAfterEvent.test(text.slice(at, Math.min(clause.end, at + 30)))) return true
  }
  return false
}

/** Generic bodies that a phrase before `的` may pick out: `考核等次为“一般”的党组织`. */
const pickedNouns = words(['党组织', '党支部', '单位', '部门', '企业', '子公司'])

/**
 * Whether a clause opens with bodies that a phrase before `的` picks out, then their own duty
 * (`考核等次为“一般”的党组织要于9月底前…`): an audience, as a whole, not the owner before it.
 */
function pickedOut(text: string, start: number, end: number): boolean {
  for (let at = start + 2; at < Math.min(end, start + 20); at++) {
    if (text.charCodeAt(at) !== 0x7684 /* 的 */) continue
    const noun = pickedNouns.at(text, at + 1)
    return noun !== undefined && '要须于在'.includes(text.charAt(at + 1 + noun.length))
  }
  return false
}

/** Whether a clause opens with a generic addressee (`各镇(街道)要配合…`, `有关单位…`), whatever follows it. */
function opensWithAudience(text: string, clause: Span): boolean {
  const start = skipMarker(text, clause.start, clause.end)
  return addressesAudience(text, clause) || isGeneric(text, start, Math.min(clause.end, start + 3))
}


/**
 * Whether an owner at a clause's start is a body that an audience opening
 * an earlier clause of the sentence was told to set up (`各社区要落实…机制,
 * 在路口设置文明劝导站,‖劝导站每日登记…`): the stations of every community,
 * no owner the minutes name.
 */
function setUpByAudience(text: string, clauses: Clause[], index: number, owner: Owner): boolean {
  if (index === 0 || owner.actor.kind !== 'unit' || owner.actor.whole.start !== skipMarker(text, (clauses[index] as Clause).start, (clauses[index] as Clause).end)) return false
  const name = text.slice(owner.actor.whole.start, owner.actor.whole.end)
  const named = text.lastIndexOf(name, (clauses[index] as Clause).start - name.length)
  if (named < (clauses[0] as Clause).start) return false
  // The verb stands in the clause that names the body, before it (`在路口设置文明劝导站`): a search
  // back to the sentence's start from every clause was quadratic in a sentence of many clauses.
  let holding = index - 1
  while (holding > 0 && (clauses[holding] as Clause).start > named) holding--
  const clauseStart = (clauses[holding] as Clause).start
  if (!settingUpVerbs.some((verb) => indexWithin(text, verb, clauseStart, named) !== -1)) return false
  return firstAudienceClause(text, clauses) < index
}

/** Index of the first clause of a sentence that opens with an audience, found once per sentence. */
function firstAudienceClause(text: string, clauses: Clause[]): number {
  let first = audienceClauses.get(clauses)
  if (first === undefined) {
    first = clauses.findIndex((clause) => opensWithAudience(text, clause))
    if (first === -1) first = clauses.length
    audienceClauses.set(clauses, first)
  }
  return first
}
const audienceClauses = new WeakMap<Clause[], number>()

/**
 * Index of the first clause that starts at `from` or after, or -1: a binary
 * search (the clauses are in order), not a scan from the sentence's start
 * for each task of a sentence of thousands.
 */
function firstClauseFrom(clauses: Clause[], from: number): number {
  let low = 0
  let high = clauses.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((clauses[middle] as Clause).start >= from) high = middle
    else low = middle + 1
  }
  return low === clauses.length ? -1 : low
}

/** The first owner after a `由` inside a clause, past its start. */
function innerOwner(text: string, clause: Span): Owner | null {
  for (let index = indexWithin(text, '由', clause.start + 1, clause.end); index !== -1; index = indexWithin(text, '由', index + 1, clause.end)) {
    const after = ownerAfterBy(text, index, clause.end)
    if (after) return after
  }
  return mainOwnerIn(text, clause)
}

/** The owner of a `以X为主` inside a clause (see `mainOwner`), or null. */
function mainOwnerIn(text: string, clause: Span): Owner | null {
  if (clause.end - clause.start <= 4) return null
  for (let index = indexWithin(text, '以', clause.start, clause.end); index !== -1; index = indexWithin(text, '以', index + 1, clause.end)) {
    const mainly = mainOwner(text, index, clause.end)
    if (mainly) return mainly
  }
  return null
}

/**
 * Labelled owners: `…任务。（牵头单位：市交通局；配合单位：市财政局）`.
 * The task is what the unit says before the label; a label on a line of its
 * own (`责任部门:X` / `完成时间:Y` under the points) labels what the unit
 * before it says. An owner the text already gave the task to (`X牵头,…。责任部门:X`)
 * is not given it twice: the label only adds its deadline.
 */
function readLabelled(doc: Doc, units: Unit[], index: number, meetingDate: string | null, assignments: Assignment[]): void {
  const unit = units[index]
  const text = bracketedLabelsView(doc, unit)
  // Every owner label is followed by `:`: a unit without one has none (most units; one native
  // search spares a lookup at each of their places).
  if (indexWithin(text, ':', unit.start, unit.end) === -1) return
  // The task ends where the first label starts.
  const first = firstLabel(text, unit.start, unit.end)
  if (first === unit.end) return
  // A deadline label may stand before the owner labels or after them, or on a line of its own
  // after the lines of labels (`牵头单位:X` / `配合单位:Y` / `完成时限:Z`).
  // A label may have a word of its own before it (`整改责任人:X`, `具体责任人:X`).
  const labelStart = labelWordStart(text, unit.start, first)
  // (Labels may each stand in lenticular brackets: `【责任单位:X】【完成时限:Y】`, or `【责任单位】X` read as ` 责任单位:X`.)
  let lineStart = labelsFrom(text, unit)
  // (A line of labels may name what it lists first: `落实要求:责任部门:X 完成时限:Y`.)
  const intro = labelIntros.at(text, lineStart)
  if (intro !== undefined && text.charAt(lineStart + intro.length) === ':') {
    lineStart += intro.length + 1
    while (text.charAt(lineStart) === ' ') lineStart++
  }
  // `(二)牵头单位:X,配合单位:Y,8月中旬前完成…;`: labels that open an inline point label the rest of it.
  // (Not after a label of the owners and the deadline at once, `责任单位及完成时限:X牵头,Y配合,12月底前`: its value is theirs.)
  const opened = labelAt(text, first)?.endsWith('时限') ? null : taskAfterOpeningLabels(text, unit.start, labelStart, unit.end)
  // (A deadline label may open the line before the owners': `完成时间:8月31日前  责任部门:X`.)
  const leadingDue = labelStart > lineStart ? labelledDue(text, lineStart, labelStart) : null
  const between = leadingDue === null ? null : trim(text, leadingDue.end, labelStart)
  const dueFirst = leadingDue !== null && leadingDue.label === lineStart && between !== null && between.end <= between.start
  const alone = !opened && (dueFirst || trim(text, lineStart, labelStart).end <= lineStart)
  let unitDue = labelledDue(text, unit.start, unit.end)
  for (let next = index + 1; !unitDue && next < units.length && labelsLine(text, units[next]); next++) {
    if (dueLabels.at(text, labelsFrom(text, units[next])) !== undefined) unitDue = labelledDue(text, units[next].start, units[next].end)
  }
  // (Or on a line of its own before them: `完成时限:10月底前` / `责任单位:X`.)
  for (let back = index - 1; !unitDue && back >= 0 && labelsLine(text, units[back]); back--) {
    if (dueLabels.at(text, labelsFrom(text, units[back])) !== undefined) unitDue = labelledDue(text, units[back].start, units[back].end)
  }
  // What a line of labels labels: the unit before the lines of labels.
  let before = index - 1
  while (alone && before >= 0 && labelsLine(text, units[before])) before--
  const previous = before >= 0 ? units[before] : null
  // (Labels right under a heading label the matter it names: `三、高标准农田验收` / `牵头单位:X`.)
  if (alone && !previous) return
  // (Or a deadline label that ends the unit above, after its task: `…方案。责任单位:X 完成时限:Y` / `配合单位:Z`.)
  if (!unitDue && alone && previous) {
    const last = firstLabel(text, previous.start, previous.end)
    if (last < previous.end) unitDue = labelledDue(text, last, previous.end)
  }
  // A unit before that ends in a label of its own (hard-wrapped lines joined: `…培训。牵头单位:X`) gives what is before it.
  const taskSpan = alone && previous ? {start: previous.start, end: firstLabel(text, previous.start, previous.end)} : {start: unit.start, end: unitDue && unitDue.label < labelStart ? unitDue.label : labelStart}
  // The tasks the label may restate: those of its unit, or for a label alone, any of the matter's before it,
  // back to the lines of labels before (`3.整改进展按月上报。` / `牵头部门:X` under `1.…` / `牵头部门:X`: a task of its own).
  let floor = before - 1
  while (alone && floor >= 0 && !labelsLine(text, units[floor])) floor--
  const from = !alone ? taskSpan.start : floor >= 0 ? units[floor].end : 0
  const known = assignments.filter((each) => {
    const offset = doc.toNorm(each.positions.task.start.offset)
    return offset < taskSpan.end && offset >= from
  })
  for (const [label, role] of allOwnerLabels) {
    let at = indexWithin(text, label, unit.start, unit.end)
    // A short label (`牵头:`) only where a label may start: not the verb of `由X牵头:`.
    while (at !== -1 && labelAt(text, at) !== label) at = indexWithin(text, label, at + 1, unit.end)
    while (at !== -1) {
      let cursor = at + label.length
      if (text.charAt(cursor) !== ':') break
      cursor++
      // A bracket of labels after its task (`尽快形成初稿(责任科室:X;完成时限:Y);同步开展踏勘(责任单位:Z;…)`)
      // labels the clauses before it, back to a sentence end, `;` or the bracket before, with its own deadline.
      const bracket = alone ? -1 : labelBracketOpen(text, unit.start, at)
      let from = bracket
      while (from > unit.start && !'。;)'.includes(text.charAt(from - 1))) from--
      // A bracket standing after the sentence's `。` labels that sentence.
      if (from === bracket && from > unit.start && text.charAt(from - 1) === '。') {
        from--
        while (from > unit.start && !'。;)'.includes(text.charAt(from - 1))) from--
      }
      // (After another bracket's `)`, the `,` that parts the tasks.)
      if (text.charAt(from - 1) === ')' && text.charAt(from) === ',') from++
      let task = opened ?? (bracket === -1 ? labelledTask(text, taskSpan.start, taskSpan.end) : labelledTask(text, from, bracket))
      // A bracket of labels on a line of its own under its task's line (`1.开展…。` / `(责任科室:X)`):
      // that line's task, as a line of bare labels has it.
      let above: Span | null = null
      if (task.end <= task.start && bracket !== -1 && from === unit.start && index > 0) {
        above = units[index - 1]
        task = labelledTask(text, above.start, firstLabel(text, above.start, above.end))
      }
      const close = bracket === -1 ? -1 : indexWithin(text, ')', at, unit.end)
      const due = bracket === -1 ? (label.endsWith('时限') ? combinedDue(text, at, cursor, unit.end) : null) ?? unitDue : labelledDue(text, bracket + 1, close === -1 ? unit.end : close) ?? bracketDue(text, bracket + 1, close)
      if (task.end <= task.start) break
      // Owners up to the next label (of an owner or a deadline), bracket or sentence end; labels
      // may be set apart by spaces only (`牵头单位:X 配合单位:Y`), so a space parts owners too.
      let end = cursor
      while (end < unit.end && !');。】'.includes(text.charAt(end)) && labelAt(text, end) === undefined && dueLabels.at(text, end) === undefined) end += roleMarkAt(text, end) || 1
      for (const {actor, role: marked} of listedOwners(text, cursor, end)) {
        let made = assignment(doc, actor, task, meetingDate, due && {...due, labelled: true, whole: false, first: alone})
        // A vague word in the task says how, the label by when: `抓紧完成A(责任单位:X;完成时限:5月31日前)`;
        // so does a date in the label where the task's time has none (`须在开学前完成(…完成时限:8月31日前)`)
        // or only a stretch (`10个工作日内拿出计划(…完成时限:5月6日前)`: the label dates it).
        if (due && (made.dueKind === 'vague' || (made.due !== null && (countedStretch(made) || (made.dueKind === 'absolute' && (made.dueDate === null || namesHoliday(made.due))))))) {
          const dated = assignment(doc, actor, task, meetingDate, {...due, labelled: true, whole: false, first: true})
          if (dated.due !== null && dated.dueKind !== 'vague' && (made.dueKind === 'vague' || (dated.dueDate !== null && dated.dueKind === 'absolute'))) made = dated
        }
        // A label of a report that comes back (`完成时限:每月1日前报送进展`) over a task with a one-off
        // deadline of its own (`年中前实现…`): the task's is when it must be done, as in running text.
        if (due && made.dueKind === 'recurring') {
          const own = assignment(doc, actor, task, meetingDate)
          if (own.dueKind === 'absolute' || own.dueKind === 'relative') made = own
        }
        // (A bracket after a later sentence of the unit labels that sentence: the tasks read from it, not
        // the unit's first, are the ones it may restate, `…(责任单位:A…)。B负责…(责任单位:B…)`.)
        // (A bracket on its own line: the tasks of the line above, `请X牵头…。` / `(责任部门:Y;时限:Z)`.)
        const scope = above ?? (bracket === -1 || from === unit.start ? null : {start: from, end: bracket})
        const here = scope === null ? known : assignments.filter((each) => {
          const offset = doc.toNorm(each.positions.task.start.offset)
          return offset >= scope.start && offset < scope.end
        })
        const same = here.filter((each) => ownersAmong(made, each))
        if (same.length === 0) {
          made.role = marked ?? role
          // (The value of a label of owners and deadline read as running text, `X牵头,Y配合,12月底前`, is dropped.)
          if (label.endsWith('时限')) dropRead(doc, assignments, assignments.length, made.owner, cursor, unit.end)
          assignments.push(made)
        }
        // The label's deadline holds for what the text gave without one, or with a vague one only
        // (`即日起开展巡查(…完成时限:11月30日前)`: the label tells when it must be done).
        // Owners that share the labelled owner's task (`X牵头,Y配合,…(责任单位:X;完成时限:Z)`) share its deadline.
        const ends = new Set(same.map((each) => each.positions.task.end.offset))
        // (A bracket that names another owner than the text's, `请X做好…(责任人:Y;完成时限:Z)`, a person
        // answering for X's task: its deadline holds for X's task too, as the bracket labels that sentence;
        // a bracket that gives no deadline of its own, `(责任人:Y)`, lends X none from Y's task.)
        const sharing = same.length === 0 && bracket !== -1 ? (due ? here.filter((each) => each.due === null) : []) : here.filter((each) => ends.has(each.positions.task.end.offset))
        const labelled = due && sharing.some((each) => each.dueKind === 'vague' || countedStretch(each)) ? assignment(doc, actor, task, meetingDate, {...due, labelled: true, whole: false, first: true}) : made
        for (const each of sharing) {
          const dates = labelled.dueKind === 'absolute' && labelled.dueDate !== null
          // (A one-off date wins over a report that comes back, `每日17时前报送…` under `完成时限:1月26日前`.)
          const from = each.due === null ? made : (each.dueKind === 'vague' && labelled.dueKind !== 'vague') || ((countedStretch(each) || each.dueKind === 'recurring') && dates) ? labelled : null
          if (from === null || from.due === null) continue
          each.due = from.due
          each.dueDate = from.dueDate
          each.dueKind = from.dueKind
          each.positions.due = from.positions.due
        }
      }
      at = indexWithin(text, label, end, unit.end)
    }
  }
}

/**
 * The deadline after the owners in the value of a label of both (`责任单位及完成时限:X牵头,Y配合,12月底前`):
 * the last part after a `,`, read as a label's value; or null.
 */
function combinedDue(text: string, label: number, from: number, end: number): (Span & {label: number}) | null {
  let stop = from
  while (stop < end && !';。)】'.includes(text.charAt(stop))) stop++
  const comma = text.lastIndexOf(',', stop - 1)
  if (comma < from) return null
  const found = findDueNormalized(text.slice(comma + 1, stop), null, true)
  return found && found.start === 0 ? {start: comma + 1, end: comma + 1 + found.end, label} : null
}

/**
 * Where a line's first label may start: after a `【` (`【责任单位:X】`), or after the space where the
 * view of `【牵头单位】X` put its bracket (see `bracketedLabelsView`).
 */
function labelsFrom(text: string, unit: Span): number {
  return text.charAt(unit.start) === '【' || text.charAt(unit.start) === ' ' ? unit.start + 1 : unit.start
}

/** Words that name a line of labels before them: `落实要求:责任部门:X`. */
const labelIntros = words(labelLineIntros)

/**
 * The view labels are read in: the doc's, or where a unit writes a label in lenticular brackets with
 * its value after them (`【责任部门】X【完成时限】Y`), the doc's with each such bracket read as the label
 * and its colon (` 责任部门:X 完成时限:Y`), one code unit for one, so offsets stay the doc's.
 */
function bracketedLabelsView(doc: Doc, unit: Span): string {
  const text = doc.norm
  const open = indexWithin(text, '【', unit.start, unit.end)
  const chain = labelChain(text, unit.start, unit.end)
  const chained = chain.length > 0
  if ((open === -1 || bracketedLabelEnd(text, open) === -1) && !chained) return text
  let view = bracketedViews.get(doc)
  if (view === undefined) {
    const parts: string[] = []
    let from = 0
    for (let at = text.indexOf('【'); at !== -1; at = text.indexOf('【', at + 1)) {
      const close = bracketedLabelEnd(text, at)
      if (close === -1) continue
      parts.push(text.slice(from, at), ' ', text.slice(at + 1, close), ':')
      from = close + 1
    }
    parts.push(text.slice(from))
    view = parts.join('')
    bracketedViews.set(doc, view)
  }
  // (A chain of labels written with `为`, `责任单位为X,配合单位为Y,完成时限为Z`, or with a bar as a form's
  // row has it, `责任科室|X  配合科室|Y  完成时限|Z`, read as with colons: same length.)
  if (chained) {
    const chars = [...view.slice(unit.start, unit.end)]
    for (const at of chain) chars[at - unit.start] = ':'
    view = view.slice(0, unit.start) + chars.join('') + view.slice(unit.end)
  }
  return view
}

/**
 * Where `为` follows an owner or deadline label that opens a clause (`责任单位为X`, `完成时限为Y`) in a
 * span, or none; see `labelChain`.
 */
function labelledWei(text: string, start: number, end: number): number[] {
  const found: number[] = []
  for (let at = indexWithin(text, '为', start, end); at !== -1; at = indexWithin(text, '为', at + 1, end)) {
    const label = labels.before(text, at) ?? dueLabels.before(text, at)
    if (label !== undefined && (at - label.length === start || ',;。'.includes(text.charAt(at - label.length - 1)))) found.push(at)
  }
  return found
}

/**
 * Where `|` follows an owner or deadline label at a span's start or after a space, its value after it
 * (`责任科室|X  完成时限|Y`, a form's row of labels with a full-width bar), or none. A bar followed by a
 * label parts a table's header cells (`责任单位|完成时限`), not a label from its value.
 */
function labelledBars(text: string, start: number, end: number): number[] {
  const found: number[] = []
  for (let at = indexWithin(text, '|', start, end); at !== -1; at = indexWithin(text, '|', at + 1, end)) {
    const label = labels.before(text, at) ?? dueLabels.before(text, at)
    if (label === undefined || (at - label.length !== start && text.charAt(at - label.length - 1) !== ' ')) continue
    let value = at + 1
    while (text.charAt(value) === ' ') value++
    if (value < end && text.charAt(value) !== '|' && labels.at(text, value) === undefined && dueLabels.at(text, value) === undefined) found.push(at)
  }
  return found
}

/** The marks a chain of labels may part each label from its value with, and where each stands so. */
const chainMarks = [
  ['为', labelledWei],
  ['|', labelledBars]
] as const

/** Where a chain of two labels or more, written with `为` or with bars, parts each label from its value. */
function labelChain(text: string, start: number, end: number): number[] {
  for (const [mark, find] of chainMarks) {
    if (indexWithin(text, mark, start, end) === -1) continue
    const found = find(text, start, end)
    if (found.length >= 2) return found
  }
  return []
}


const bracketedViews = new WeakMap<Doc, string>()

/** Where `】` closes an owner, deadline or leader label opened at `open` (`【责任部门】`), or -1. */
function bracketedLabelEnd(text: string, open: number): number {
  const label = labels.at(text, open + 1) ?? dueLabels.at(text, open + 1) ?? leaders.at(text, open + 1)
  return label !== undefined && text.charAt(open + 1 + label.length) === '】' ? open + 1 + label.length : -1
}

/** Whether a task's deadline is a stretch counted from the meeting (`10个工作日内`), which a label's date pins down. */
function countedStretch(made: Assignment): boolean {
  // (The value as written, `10個工作日內` in a traditional copy: read as the view reads it.)
  return made.dueKind === 'relative' && made.due !== null && unbroken(made.due).endsWith('内')
}

/** Owners listed with their role in brackets: `市水务局、市城管局(配合)`. */
const roleInBrackets = /^[^,(]{2,40}\((?:牵头|配合|协助|协办|参与)\) *$/

/** An inline point's number alone: `(二)`, `2.`, `③`. */
const inlineNumber = /^ *(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[①-⑳])? *$/

/**
 * The task after labels that open an inline point or a unit (`…;(二)牵头单位:X,配合单位:Y,8月中旬前完成设计招标;`):
 * the first clause after the label at `at` that opens with no label, to the point's end; or
 * null where anything but the point's number stands before the label, or every clause is labelled.
 */
function taskAfterOpeningLabels(text: string, start: number, at: number, end: number): Span | null {
  let back = at
  while (back > start && !'。;:'.includes(text.charAt(back - 1))) back--
  if ((back === at && back !== start) || !inlineNumber.test(text.slice(back, at))) return null
  let clause = indexWithin(text, ',', at, end)
  while (clause !== -1 && clause < end) {
    const next = clause + 1
    const label = labelAt(text, next) ?? dueLabels.at(text, next) ?? leaders.at(text, next)
    if (label === undefined || text.charAt(next + label.length) !== ':') {
      let stop = next
      while (stop < end && !'。;'.includes(text.charAt(stop))) stop++
      // (Owners that go on with their role in brackets, `牵头单位:X(牵头),Y、Z(配合)`, are no task.)
      if (roleInBrackets.test(text.slice(next, stop))) return null
      // (A task holds a verb of doing: `责任单位:X,相关镇` lists one more owner.)
      for (let index = next; index < stop; index++) if (starters.at(text, index) !== undefined) return trim(text, next, stop)
      return null
    }
    clause = indexWithin(text, ',', next, end)
  }
  return null
}

/**
 * The task that a label or a bracketed owner after it stands for: the span
 * without a point's own number (`2.开展…。牵头单位:X`), the meeting asking
 * (`会议要求,加快推进…(牵头单位:X)`), and trailing punctuation.
 */
function labelledTask(text: string, start: number, end: number): Span {
  const task = trim(text, skipMarker(text, start, end), end)
  // A task under its own label (`督办事项:加快…` / `牵头单位:X`): the label is no part of it.
  // (So is the label of what the meeting thought of it: `会议意见:同意…` / `责任科室:X`.)
  const named = taskLabels.at(text, task.start) ?? opinionLabels.at(text, task.start)
  if (named !== undefined && text.charAt(task.start + named.length) === ':') task.start = trim(text, task.start + named.length + 1, task.end).start
  // `X汇报了…。会议议定:对…整改`: the report before what the meeting decided or asked is no part of the task;
  // so is a report clause before the decision of the same sentence (`会议听取了X的汇报,同意…`).
  const period = indexWithin(text, '。', task.start, task.end)
  const comma = indexWithin(text, ',', task.start, period === -1 ? task.end : period)
  const reportsBefore = (end: number) => reportVerbs.some((verb) => indexWithin(text, verb, task.start, end) !== -1)
  const stop = comma !== -1 && reportsBefore(comma) ? comma : period
  // (Where it stops at the comma, the report before it was just found.)
  if (stop !== -1 && (stop === comma || reportsBefore(stop))) {
    const next = trim(text, stop + 1, task.end).start
    const said = matchCue(text, next)
    // (So is one before the sentence that charges an owner: `会议听取了X的汇报。责成X…`.)
    if (stop === period && !said && byOpeners.some((word) => text.startsWith(word, next))) task.start = next
    if (said && (said.kind === 'instruction' || said.kind === 'decision')) {
      task.start = next
      // (A lead-in to what it decided, `会议议定:`, goes too.)
      if (said.kind === 'decision' && text.charAt(said.end) === ':') task.start = trim(text, said.end + 1, task.end).start
    }
  }
  const cue = matchCue(text, task.start)
  if (cue && cue.kind === 'instruction' && cue.end < task.end) task.start = trim(text, ',:'.includes(text.charAt(cue.end)) ? cue.end + 1 : cue.end, task.end).start
  // (A lead-in of what it decided or thought, `会议明确,…`, `会议意见:…`, goes too; not the decision itself, `会议原则同意X…`.)
  else if (cue && cue.kind !== 'report' && ',:'.includes(text.charAt(cue.end)) && cue.end + 1 < task.end) task.start = trim(text, cue.end + 1, task.end).start
  // (And the number of the first point after the lead-in: `会议要求:一是A…(X负责)` → `A…`.)
  if (cue && cue.kind !== 'report') task.start = skipMarker(text, task.start, task.end)
  while (task.end > task.start && '(【;,。 '.includes(text.charAt(task.end - 1))) task.end--
  return task
}

/** Labels of what the meeting thought of a matter, before the task they hold: `会议意见:`. */
const opinionLabels = words(['会议意见', '议定意见', '审议意见', '研究意见', '处理意见'])

/**
 * A bracket of a deadline label alone right after a task (`X牵头做好A(完成时限:春节前)`):
 * the deadline of the assignments of that task that have none.
 */
function bracketedDeadlines(doc: Doc, meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  for (const each of assignments) {
    if (each.due !== null) continue
    const open = doc.toNorm(each.positions.task.end.offset)
    if (text.charCodeAt(open) !== 0x28 /* ( */ || dueLabels.at(text, open + 1) === undefined) continue
    const close = indexWithin(text, ')', open, Math.min(text.length, open + 40))
    const value = labelledDue(text, open, close === -1 ? Math.min(text.length, open + 40) : close)
    const found = value && (findDueNormalized(text.slice(value.start, value.end), meetingDate, true) ?? eventBefore(text, value.start, value.end))
    if (!value || !found) continue
    const position = doc.normPosition(value.start + found.start, value.start + found.end)
    each.due = doc.source.slice(position.start.offset, position.end.offset)
    each.dueDate = found.date
    each.dueKind = found.kind
    each.positions.due = position
  }
}

const summing = words(summingWords)
const naming = words(taskNamingWords)
/** Works counted back in a clause of their sentence: `两项工作均于…`, `上述工作均…`. */
const countedWorks = words([...countedWorkWords, ...summingWords])

/**
 * A sentence that gives the tasks set out before it in its paragraph one deadline
 * (`X负责A,Y负责B。上述工作须于8月15日前完成。`): the deadline of those that have none.
 * Not a recurring one (`上述工作每周五前报送进展` is a report of its own). So does a sentence
 * that opens with a deadline and a verb of finishing, and names no owner, for the tasks of the
 * sentence before it (`由X负责分解下达。下月10日前完成任务分解。`).
 */
function summedDeadlines(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  // The assignments by where their task starts, sorted once when first needed: each such sentence
  // looks only at those before it in its unit or sentence, not at all of them.
  let sorted: Array<{offset: number; each: Assignment}> | undefined
  // Give the deadline found after `after` (up to `end`) to the tasks that start from `from` up to `before` and have
  // none; where no summing word opened it (`worded` false), only a deadline right at `after`.
  const give = (from: number, before: number, after: number, end: number, worded: boolean): void => {
    const found = findDueNormalized(text.slice(after, end), meetingDate)
    if (!found || found.kind === 'recurring' || (!worded && found.start !== 0)) return
    const position = doc.normPosition(after + found.start, after + found.end)
    sorted ??= assignments.map((each) => ({offset: doc.toNorm(each.positions.task.start.offset), each})).sort((a, b) => a.offset - b.offset)
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((sorted[middle] as {offset: number}).offset < from) low = middle + 1
      else high = middle
    }
    for (let at = low; at < sorted.length && (sorted[at] as {offset: number}).offset < before; at++) {
      const {each} = sorted[at] as {each: Assignment}
      if (each.due !== null) continue
      each.due = doc.source.slice(position.start.offset, position.end.offset)
      each.dueDate = found.date
      each.dueKind = found.kind
      each.positions.due = position
    }
  }
  for (const unit of units) {
    if (unit.kind === 'heading') continue
    const sentences = unitSentences(doc, unit)
    for (const [index, sentence] of sentences.entries()) {
      // `X负责A、Y负责B,两项工作均于10月底前落实到位`: a clause that counts the works before it in its
      // sentence gives them its deadline, as a sentence of `上述工作` does for its paragraph.
      for (const clause of sentence.clauses.slice(1)) {
        const counted = countedWorks.at(text, clause.start)
        if (counted !== undefined) give(sentence.start, clause.start, clause.start + counted.length, sentence.end, true)
      }
      if (index === 0) continue
      const start = skipMarker(text, sentence.start, sentence.end)
      // (`此项工作长期坚持。`: the task of the sentence before only.)
      const single = naming.at(text, start)
      const word = summing.at(text, start) ?? single
      const clause = sentence.clauses[0]
      // (An ownerless sentence of a deadline and its finishing: `下月10日前完成…`, only after a sentence of tasks.)
      const opening = word === undefined && clause ? leadingDeadline(text, start, clause.end) : null
      if (word === undefined && (!opening || !delivers(text, opening.end) || ownerAt(text, clause) || innerOwner(text, clause))) continue
      const after = word === undefined ? start : start + word.length
      const from = single !== undefined ? sentenceBefore(text, sentences, index) : word === undefined ? (sentences[index - 1] as Sentence).start : unit.start
      give(from, sentence.start, after, sentence.end, word !== undefined)
    }
  }
}

/** Where the sentence before sentence `index` starts, back over its parts parted by `;` (`A;B。此项工作…`). */
function sentenceBefore(text: string, sentences: Sentence[], index: number): number {
  let at = index - 1
  while (at > 0 && text.charAt((sentences[at] as Sentence).start - 1) === ';') at--
  return (sentences[at] as Sentence).start
}

/**
 * A deadline label alone on its line (`完成时限:2027年3月31日前`) under a line
 * that hands out tasks in its own words (`会议意见:由X负责…,Y督促…`): the
 * deadline of those tasks that have none. (Lines of owner labels are read by
 * `readLabelled`.)
 */
function lineDeadlines(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  for (const [index, unit] of units.entries()) {
    if (index === 0 || dueLabels.at(text, unit.start) === undefined || !labelsLine(text, unit)) continue
    const previous = units[index - 1] as Unit
    if (labelsLine(text, previous)) continue
    const value = labelledDue(text, unit.start, unit.end)
    const found = value && (findDueNormalized(text.slice(value.start, value.end), meetingDate, true) ?? eventBefore(text, value.start, value.end))
    if (!value || !found) continue
    for (const each of assignments) {
      const offset = doc.toNorm(each.positions.task.start.offset)
      if (each.due !== null || offset < previous.start || offset >= previous.end) continue
      const position = doc.normPosition(value.start + found.start, value.start + found.end)
      each.due = doc.source.slice(position.start.offset, position.end.offset)
      each.dueDate = found.date
      each.dueKind = found.kind
      each.positions.due = position
    }
  }
}

/**
 * A deadline written without a label in a bracket of labels (`(责任人:副主任X,7月31日前完成)`),
 * as the span of the bracket's text, or null.
 */
function bracketDue(text: string, start: number, close: number): (Span & {label: number}) | null {
  if (close === -1) return null
  return findDueNormalized(text.slice(start, close), null) ? {start, end: close, label: start} : null
}

/**
 * The `(` of a bracket of labels that a label at `at` stands in (`…初稿(责任科室:X;…)`), or -1:
 * the nearest `(` before it, within 40 characters and the unit, with no `)` between.
 */
function labelBracketOpen(text: string, start: number, at: number): number {
  for (let index = at - 1; index >= start && at - index <= 40; index--) {
    const char = text.charAt(index)
    if (char === ')' || char === '。') return -1
    if (char === '(') return index
  }
  return -1
}

/** Verbs that end a bracketed owner after its task (`…完成主体工程(市水务局负责)`), with the role they give. */
const bracketVerbs: ReadonlyArray<readonly [verb: string, role: OwnerRole]> = [
  ['负总责', 'responsible'],
  ['负责', 'responsible'],
  ...roleVerbs
]

/**
 * Owners in brackets after their task: `…9月底前完成主体工程(市水务局负责)。`,
 * `(市住建局牵头,市财政局配合)`. The task is the sentence before the
 * bracket (or, for a bracket that stands after the sentence's `。`, the
 * sentence before it); an owner the text already gave that task is not
 * given it twice.
 */
function readBracketed(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  for (const unit of units) {
    if (unit.kind === 'heading' || indexWithin(text, '(', unit.start, unit.end) === -1) continue
    const unitSentenceList = unitSentences(doc, unit)
    for (let open = indexWithin(text, '(', unit.start, unit.end); open !== -1; open = indexWithin(text, '(', open + 1, unit.end)) {
      const close = indexWithin(text, ')', open + 1, Math.min(unit.end, open + 40))
      if (close === -1) continue
      const owners = bracketOwners(text, open + 1, close)
      if (owners.length === 0) continue
      const at = unitSentenceList.findIndex((sentence) => sentence.end > open)
      if (at === -1) continue
      // `A(X负责,10月底前完成),B(X牵头,Y配合,…)`: a bracket labels the clauses after the bracket before it.
      let task = labelledTask(text, afterBracket(text, unitSentenceList[at].start, open), open)
      if (task.end <= task.start && at > 0) task = labelledTask(text, unitSentenceList[at - 1].start, unitSentenceList[at - 1].end)
      if (task.end <= task.start) continue
      for (const {actor, role, due} of owners) {
        const made = assignment(doc, actor, task, meetingDate, due ? {...due, labelled: false, whole: false, first: true} : null)
        const given = assignments.find((each) => {
          const offset = doc.toNorm(each.positions.task.start.offset)
          return offset < task.end && offset >= task.start && ownersAmong(made, each)
        })
        // The owner read from the text before the bracket takes the bracket's deadline where it has none.
        if (given && given.due === null && due && made.due !== null) {
          given.due = made.due
          given.dueDate = made.dueDate
          given.dueKind = made.dueKind
          given.positions.due = made.positions.due
        }
        if (given) continue
        // `一是A要倒排工期…(X负责)`: the bracket names who answers for the task, so what stands before
        // its `要` is the thing the task is about, not an owner.
        if (role !== 'support') {
          const subject = assignments.findIndex((each) => {
            const owner = doc.toNorm(each.positions.owner.start.offset)
            const taskStart = doc.toNorm(each.positions.task.start.offset)
            return owner >= task.start && taskStart > owner && taskStart < task.end && text.startsWith('要', taskStart) && each.role === 'responsible'
          })
          if (subject !== -1) assignments.splice(subject, 1)
        }
        made.role = role
        assignments.push(made)
      }
    }
  }
}

/**
 * Where the clauses a bracket of owners at `open` labels start: after the `)` and the
 * comma of an earlier bracket of owners in its sentence (`A(X负责),B(Y负责)` → `B`); else `start`.
 */
function afterBracket(text: string, start: number, open: number): number {
  const close = text.lastIndexOf(')', open - 1)
  if (close < start || ownersBracket(text, start, close + 1) === -1) return start
  let at = close + 1
  while (at < open && ',;'.includes(text.charAt(at))) at++
  return at
}

/** Where the bracket of owners opens that ends a span at its `)`, or -1. */
function ownersBracket(text: string, start: number, end: number): number {
  const open = text.lastIndexOf('(', end - 1)
  return open >= start && end - open <= 40 && bracketOwners(text, open + 1, end - 1).length > 0 ? open : -1
}

/**
 * The owners a bracket names, each part (parted by `,` or `;`) an actor and a verb of `bracketVerbs`; none if a part is not.
 * A last part may give their deadline (`(X牵头,Y配合,10月底前完成)`): `due`, its span.
 */
function bracketOwners(text: string, start: number, end: number): Array<{actor: Actor; role: OwnerRole; due?: Span}> {
  const owners: Array<{actor: Actor; role: OwnerRole; due?: Span}> = []
  let partStart = start
  for (let index = start; index <= end; index++) {
    if (index < end && text.charAt(index) !== ',' && text.charAt(index) !== ';') continue
    const part = trim(text, partStart, index)
    partStart = index + 1
    const verb = bracketVerbs.find(([word]) => part.end - word.length > part.start && text.startsWith(word, part.end - word.length))
    const actor = verb && readActor(text, part.start, part.end - verb[0].length)
    if (verb && actor) {
      owners.push({actor, role: verb[1]})
      continue
    }
    // `(X牵头,各临床科室配合,…)`: an audience that supports owns nothing, and the bracket goes on
    // (so does one that carries the work out, `(X牵头,各项目业主单位落实,…)`).
    if (owners.length > 0 && isGeneric(text, part.start, part.end - (verb?.[0].length ?? bracketCarrying.before(text, part.end)?.length ?? part.end - part.start))) continue
    // `(X负责,Y督导)`: a unit that oversees beside the owner owns nothing here, and the bracket goes on.
    const oversight = owners.length > 0 ? overseeingVerbs.find((word) => part.end - word.length > part.start && text.startsWith(word, part.end - word.length)) : undefined
    if (oversight && readActor(text, part.start, part.end - oversight.length)) continue
    // `(社区事务科,11月15日前)`, `(环卫所,长期坚持)`: a named unit alone before the deadline part owns the task.
    const bare = owners.length === 0 && index < end && isUnit(text, part.start, part.end) ? readActor(text, part.start, part.end) : null
    const rest = bare && bare.kind === 'unit' ? bracketDeadline(text, trim(text, index + 1, end)) : null
    if (bare && rest) return [{actor: bare, role: 'responsible', due: rest}]
    const last = index === end && owners.length > 0 ? bracketDeadline(text, part) : null
    if (last) return owners.map((owner) => ({...owner, due: last}))
    return []
  }
  return owners
}

/** Verbs by which an audience carries a lead's work out, in a bracket too: `(X牵头,各项目业主单位落实,…)`. */
const bracketCarrying = words(carryingOut)

/**
 * A bracket's last part that is a deadline and perhaps a bare verb of finishing (`10月底前完成`, `年底前`),
 * perhaps set as a term (`限9月5日前到岗`) or labelled (`时间要求:9月30日前`): the deadline's span, or null.
 */
function bracketDeadline(text: string, part: Span): Span | null {
  let start = part.start
  const label = dueLabels.at(text, start)
  if (label !== undefined && text.charAt(start + label.length) === ':') start += label.length + 1
  else if (text.charAt(start) === '限' && !text.startsWith('限期', start)) start += text.charAt(start + 1) === '于' ? 2 : 1
  const found = findDueNormalized(text.slice(start, part.end), null)
  if (!found || found.start !== 0) return null
  const rest = text.slice(start + found.end, part.end)
  // (What is to be finished may follow its verb: `限10月底前完成年度投资计划的80%`.)
  return rest === '' || /^(?:全部|全面)?(?:完成|到位|办结|建成|完工|到岗)/.test(rest) ? {start, end: part.end} : null
}

/**
 * Where a label starts with a word of its own before it (`整改` in
 * `…销号。整改责任人:X`): up to four ideographs after a sentence end or the
 * unit start; else the label itself.
 */
function labelWordStart(text: string, start: number, label: number): number {
  let at = label
  while (at > start && label - at < 4 && isIdeograph(text.charCodeAt(at - 1))) at--
  return at < label && (at === start || '。;'.includes(text.charAt(at - 1))) ? at : label
}

const shortLabels = words(shortOwnerLabels.map(([label]) => label))
const allOwnerLabels = [...ownerLabels, ...shortOwnerLabels]

/**
 * The owner label at `at`: a full one (`牵头单位`), or a short one (`牵头`)
 * with its `:` where a label starts (a line, or after `(` `;` `,` or a space).
 */
function labelAt(text: string, at: number): string | undefined {
  const label = labels.at(text, at)
  if (label !== undefined) return label
  const short = shortLabels.at(text, at)
  return short !== undefined && text.charAt(at + short.length) === ':' && (at === 0 || '\n(【;, '.includes(text.charAt(at - 1))) ? short : undefined
}

/** Where a bracket of owner or deadline labels opens in a span (`(责任单位:X…`), or `end`. */
function labelBracket(text: string, start: number, end: number): number {
  for (let open = indexWithin(text, '(', start, end); open !== -1; open = indexWithin(text, '(', open + 1, end)) {
    const label = labelAt(text, open + 1) ?? dueLabels.at(text, open + 1) ?? leaders.at(text, open + 1)
    if (label !== undefined && text.charAt(open + 1 + label.length) === ':') return open
  }
  return end
}

/** Where the first owner label of a span starts, or `end`. */
function firstLabel(text: string, start: number, end: number): number {
  let first = start
  // An overseeing leader's label before the owners' (`(责任领导:X;责任人:Y)`) ends the task too.
  while (first < end && !ownerLabelAt(text, first) && !leaderLabelAt(text, first)) first++
  return first
}

/**
 * Whether an owner label stands at `at` as a label: with its `:`, or after `作为` (`X作为实施主体,…`);
 * not a word of the task (`落实水库防汛三个责任人`).
 */
function ownerLabelAt(text: string, at: number): boolean {
  const label = labelAt(text, at)
  return label !== undefined && (text.charAt(at + label.length) === ':' || text.endsWith('作为', at))
}

/** Whether a leader's label and its `:` stand at `at` (`责任领导:`). */
function leaderLabelAt(text: string, at: number): boolean {
  const label = leaders.at(text, at)
  return label !== undefined && text.charAt(at + label.length) === ':'
}

/**
 * Whether every owner of `made` is one of `other`'s, as read rather than as
 * sliced: hard-wrapped text may break a name across lines (`县住建\n局`).
 */
function ownersAmong(made: Assignment, other: Assignment): boolean {
  return made.owners.every((owner) => other.owners.some((each) => unbroken(each) === unbroken(owner)))
}

/** Whether a unit opens with an owner or deadline label and its `:` (`配合单位:Y`, `完成时限:Z`). */
function labelsLine(text: string, unit: Span): boolean {
  const start = labelsFrom(text, unit)
  const label = labelAt(text, start) ?? dueLabels.at(text, start) ?? leaders.at(text, start)
  return label !== undefined && text.charAt(start + label.length) === ':'
}

/**
 * The owners listed in a span, parted by `、`, `,`, `/` or spaces
 * (`市财政局、市税务局`): each part that reads as an actor.
 */
function listedOwners(text: string, start: number, end: number): Array<{actor: Actor; role: OwnerRole | null}> {
  const actors: Array<{actor: Actor; role: OwnerRole | null}> = []
  let partStart = start
  // Where the owners a role written after them may cover start: after a `,` or an owner with its role.
  let group = 0
  for (let index = start; index <= end; index++) {
    // `市城管局(局长 阮一舟)`: who answers for the unit, in brackets after it, is no owner of its own.
    const note = text.charCodeAt(index) === 0x28 /* ( */ ? answeringNoteEnd(text, index, end) : -1
    if (index === end || note !== -1 || '、,/ '.includes(text.charAt(index))) {
      let part = trim(text, partStart, index)
      // `县住建局(牵头)、县热力公司`: the owner's role in brackets after it.
      const open = part.end - part.start > 3 && text.charCodeAt(part.end - 1) === 0x29 /* ) */ ? text.lastIndexOf('(', part.end) : -1
      let mark = open > part.start ? roleMarks.get(text.slice(open + 1, part.end - 1)) : undefined
      if (mark) part = trim(text, part.start, open)
      // `区住建局牵头,区财政局、老城街道配合` in a cell: the role's verb after the owners.
      const verb = mark || part.end - part.start <= 4 ? undefined : cellRoleVerbs.find((word) => text.endsWith(word, part.end))
      if (verb !== undefined) {
        mark = roleMarks.get(verb)
        part = trim(text, part.start, part.end - verb.length)
      }
      // (`Y、Z(配合)`, `Y、Z配合`: the role covers each owner listed before it too.)
      if (mark) for (const each of actors.slice(group)) if (each.role === null) each.role = mark
      // A label's value may be a bare name (`责任领导:X`, `责任人:X`): there it is a person.
      const actor = part.end > part.start ? readActor(text, part.start, part.end) ?? namedPerson(text, part) : null
      // `村委会主任 李春生`, `院感科 唐丽`: a unit (with its post) and, after a space, the name of the one
      // who holds it are one owner, read as `村委会主任李春生` is (see `ownOfficer`).
      const previous = actors[actors.length - 1]
      const officer = actor && actor.kind === 'person' && actor.title === null && previous && !mark && text.charAt(partStart - 1) === ' ' ? withOfficer(previous.actor, actor) : null
      if (officer && previous) previous.actor = officer
      else if (actor) actors.push({actor, role: mark ?? null})
      if (mark || text.charAt(index) === ',') group = actors.length
      if (note !== -1) index = note
      partStart = index + 1
    }
  }
  return actors
}

/** Where a bracket at `open` of a title and a name closes (`(局长 阮一舟)`, `(副局长X)`), or -1. */
function answeringNoteEnd(text: string, open: number, end: number): number {
  const close = indexWithin(text, ')', open, Math.min(end, open + 14))
  if (close === -1 || postTitles.at(text, open + 1) === undefined) return -1
  return /^[\u4e00-\u9fff]{1,6} ?[\u4e00-\u9fff]{1,2} ?[\u4e00-\u9fff]{1,2}$/.test(text.slice(open + 1, close)) ? close : -1
}

/** The role verbs a cell of owners may write after them, as its brackets would hold them (`X牵头`, `Y配合`). */
const cellRoleVerbs = ['牵头', '配合', '协办', '主办']

/**
 * A unit, perhaps with a post and no name (`村委会主任`, `院感科`), and a bare name after it:
 * the unit and its officer as one actor; or null.
 */
function withOfficer(unit: Actor, person: Actor): Actor | null {
  if (unit.kind !== 'unit' || unit.name !== null || unit.unit === null) return null
  const whole = {start: unit.whole.start, end: person.whole.end}
  return {kind: 'unit-person', whole, value: unit.unit, parts: [whole], name: person.whole, title: unit.title, unit: unit.unit}
}

/** A role in brackets after an owner in a label or a cell: `(牵头)`, `(配合)`. */
const roleMarks = new Map<string, OwnerRole>(shortOwnerLabels)

/** The length of a role in brackets at `index` (`(牵头)`), or 0. */
function roleMarkAt(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x28 /* ( */) return 0
  const close = text.indexOf(')', index)
  return close !== -1 && close - index <= 3 && roleMarks.has(text.slice(index + 1, close)) ? close + 1 - index : 0
}

/** A bare personal name as a person actor, or null. */
function namedPerson(text: string, span: Span): Actor | null {
  if (!isName(text, span.start, span.end)) return null
  return {kind: 'person', whole: span, value: span, parts: [span], name: span, title: null, unit: null}
}

/** A table's columns that assignments are read from. */
interface TaskColumns {
  /** `|` or a tab. */
  separator: string
  task: number
  owners: Array<{column: number; role: OwnerRole}>
  due: number
  /** How many cells the header has. */
  width: number
  /** The header's indent, or up to its second column (see `headerIndent`): a line of a table laid out with spaces indented further goes on cells above. */
  indent: number
  /** The indent of the header's first label. */
  first: number
}

const taskColumnSet = new Set(taskColumnLabels)
/**
 * The labels of a task column: the lexicon's, and a campaign's kind of tasks (`攻坚任务`, `年度任务`,
 * a few ideographs before `任务`), as 督查 tables head them.
 */
const taskColumns = {has: (label: string): boolean => taskColumnSet.has(label) || /^[\u4e00-\u9fff]{2,4}任务$/.test(label)}
const namingColumns = new Set(namingColumnLabels)
// Owner columns, also in short (`| 事项 | 牵头 | 配合 | 时限 |`).
const dueColumns = new Set(deadlineLabels)
const statusColumns = new Set(taskStatusColumnLabels)

/**
 * Tables of tasks (督办表), as web pages and Markdown write them
 * (`| 1 | 修改完善方案 | 区住建局 | 6月30日前 |`) and as rows of HTML or Word
 * tables are read (cells parted by tabs): under a header row that names a
 * task column and an owner column (`议定事项`, `责任单位`, perhaps
 * `完成时限`), each row of the units that follow it gives its owners the
 * task of its row, with the deadline of its row. The header may take two
 * rows (`| 序号 | 议定事项 | 责任分工 | | 完成时限 |` over `| | | 牵头单位 | 配合单位 | |`),
 * or a line break in its last cell (`完成` / `时限`, a Word cell that wrapped).
 * A row may go on to the next line where a cell wrapped.
 * A lead owner's cell left blank under a row that named one is a merged cell:
 * the owner above goes on; a row short of cells (a merged cell an HTML table
 * leaves out) takes a deadline in its last cell.
 */
function readTables(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  let columns: TaskColumns | null = null
  let previous: Span[] | null = null
  let above = new Map<number, Span>()
  // The line that finishes a wrapped header's last label.
  let tail = -1
  // How many assignments were read before the tables (from clauses).
  let read = assignments.length
  for (const [index, unit] of units.entries()) {
    if (index === tail) continue
    const separator: string = columns?.separator ?? rowSeparator(text, unit)
    const cells = rowCells(text, unit, separator)
    // A line of a table laid out with spaces that starts under a later column: the rest of cells
    // that wrapped (`      步设计审查          底前`), which go on cells of the row above, not a row.
    if (columns && separator === '  ' && indentOf(text, unit.start) > columns.indent) continue
    // (So is a short fragment of one cell, no sentence in it, set in from the header's first label: a copy
    // that indented the lines which open with a character, not those which open with spaces, `万元`.)
    if (columns && separator === '  ' && !cells && wrappedFragment(text, unit, columns)) continue
    // (A row whose owner cell names two units with a space between, `镇自然资源所 镇综合执法队`: one cell.)
    if (columns && separator === ' ' && cells && cells.length > columns.width) joinOwnerCells(text, cells, columns)
    // Under a header parted by single spaces, a row has as many cells (a sentence with a space is no row).
    if (columns && separator === ' ' && cells && cells.length !== columns.width) columns = null
    if (!columns || !cells) {
      const wrapped = cells && wrappedHeader(text, cells, units[index + 1], separator)
      if (wrapped) tail = index + 1
      // (A header laid out with spaces may part two labels with one: `序号　交办事项　　责任单位`.)
      const found: TaskColumns | null = cells && (wrapped ?? headerColumns(text, cells, separator) ?? (previous && headerColumns(text, stacked(previous, cells), separator)) ?? (separator === '  ' ? headerColumns(text, atSingleSpaces(text, cells), separator) : null))
      columns = found
      previous = columns ? null : cells
      above = new Map()
      continue
    }
    // A row laid out with spaces whose cell fills its column keeps one space before the next
    // (`开展专项打击行动　　县公安局森林警察大队　县林业局、县检察院　　三季度末`): parted there
    // where that gives the header's cells, no more.
    if (columns.separator === '  ' && cells.length < columns.width) {
      const parted = atSingleSpaces(text, cells)
      if (parted.length === columns.width) cells.splice(0, cells.length, ...parted)
    }
    // A row whose cell wrapped (a Word cell with a line break): the next line holds the rest of
    // that cell and the cells after it (`2\t清收工程款` / `(不低于1亿元)\t财务部\t12月25日前`).
    const next = units[index + 1]
    const rest = cells.length < columns.width && next ? rowCells(text, next, columns.separator) : null
    if (rest && cells.length + rest.length - 1 === columns.width) {
      cells.splice(cells.length - 1, 1, {start: (cells[cells.length - 1] as Span).start, end: (rest[0] as Span).end}, ...rest.slice(1))
      tail = index + 1
    }
    const task = cells[columns.task]
    if (!task || task.end <= task.start) continue
    let due = columns.due === -1 ? undefined : cells[columns.due]
    // A row short of cells: a merged cell left out, the deadline last.
    const last = cells[cells.length - 1] as Span
    if (cells.length < columns.width && columns.due !== -1 && findDueNormalized(text.slice(last.start, last.end), meetingDate, true)) due = last
    const dueCell = due !== undefined && findDueNormalized(text.slice(due.start, due.end), meetingDate, true) !== null
    for (const {column, role} of columns.owners) {
      let cell: Span | undefined = cells[column]
      if (cell === due) continue
      if (cell && cell.end > cell.start && role !== 'support') above.set(column, cell)
      else if (role !== 'support' && (!cell || cell.end <= cell.start)) cell = above.get(column)
      if (!cell) continue
      for (const {actor, role: marked} of listedOwners(text, cell.start, cell.end)) {
        // A row's deadline cell wins over a time the task names (`开展节前矛盾纠纷大排查 | 平安办 | 9月28日前`).
        const made = assignment(doc, actor, task, meetingDate, due ? {...due, labelled: true, whole: false, first: dueCell} : null)
        made.role = marked ?? role
        assignments.push(made)
        read -= dropRead(doc, assignments, read, made.owner, unit.start, (cells[cells.length - 1] as Span).end)
      }
    }
  }
}

/**
 * Tables copied from a web page cell by cell, one cell a line (`序号` / `交办事项` / `责任单位` /
 * `完成时限` / `1` / `修缮校舍` / `县教育局` / `8月底前` / `2` …): a header that opens with the
 * row number's label, each of its labels alone on its line, then rows of as many lines, each
 * opening with its number in sequence. Runs only where a line is that label.
 */
function readCellLines(doc: Doc, units: Unit[], meetingDate: string | null, assignments: Assignment[]): void {
  const text = doc.norm
  const line = (unit: Unit): Span => trim(text, unit.start, unit.end)
  const said = (unit: Unit): string => {
    const {start, end} = line(unit)
    return text.slice(start, end)
  }
  for (let index = 0; index < units.length; index++) {
    // (Or a header without a number column that opens with the task's: `交办事项` / `责任单位` / `完成时限`.)
    const numbered = said(units[index] as Unit) === '序号'
    if (!numbered && !((units[index] as Unit).kind !== 'heading' && taskColumns.has(said(units[index] as Unit)) && index + 1 < units.length && columnLabel(said(units[index + 1] as Unit)))) continue
    let width = 1
    while (index + width < units.length && columnLabel(said(units[index + width] as Unit))) width++
    const columns = headerColumns(text, units.slice(index, index + width).map(line), '\n')
    if (!columns) continue
    // A blank line among the rows is an empty cell (`市发改委` / `` / `9月30日前`), unless the header's
    // labels are parted by blank lines too (a copy that spaced every line).
    const spaced = units.slice(index + 1, index + width).some((unit, at) => blankBetween(text, (units[index + at] as Unit).end, unit.start) > 0)
    const stream: Span[] = []
    // (The units each cell came from, to go on after the table.)
    const from: number[] = []
    // The cells are read as the rows ask for them, not to the item's end for each header.
    let next = index + width
    const fill = (length: number): void => {
      for (; next < units.length && stream.length < length; next++) {
        const unit = units[next] as Unit
        const blanks = spaced || next === index + width ? 0 : blankBetween(text, (units[next - 1] as Unit).end, unit.start)
        for (let count = 0; count < blanks && count < width; count++) {
          stream.push({start: unit.start, end: unit.start})
          from.push(next - 1)
        }
        stream.push(line(unit))
        from.push(next)
      }
    }
    const cellSaid = (cell: Span | undefined): string => (cell ? text.slice(cell.start, cell.end) : '')
    let at = 0
    // A row opens with its number in sequence; without a number column, its first owner cell names an owner.
    const opensRow = (number: number): boolean => {
      if (numbered) return cellSaid(stream[at]) === String(number)
      const owner = columns.owners[0] ? stream[at + columns.owners[0].column] : undefined
      return owner !== undefined && !columnLabel(cellSaid(stream[at])) && listedOwners(text, owner.start, owner.end).length > 0
    }
    const read = assignments.length
    const hasRow = (): boolean => {
      fill(at + width)
      return at + width <= stream.length
    }
    for (let number = 1; hasRow() && opensRow(number); number++, at += width) {
      const cells = stream.slice(at, at + width)
      const owners = columns.owners.map(({column, role}) => ({role, cell: cells[column] as Span}))
      assignments.push(...cellAssignments(doc, owners, cells[columns.task] as Span, columns.due === -1 ? null : (cells[columns.due] as Span), meetingDate))
    }
    // What the lines of the rows gave read as running text (`启动X编制` as an owner and its verb) is the table's.
    if (at > 0) {
      const rows = {start: (stream[0] as Span).start, end: (stream[at - 1] as Span).end}
      for (let each = read - 1; each >= 0; each--) {
        const owner = doc.toNorm((assignments[each] as Assignment).positions.owner.start.offset)
        if (owner >= rows.start && owner < rows.end) assignments.splice(each, 1)
      }
    }
    index = at === 0 ? index + width - 1 : (from[at - 1] as number)
  }
}

/** How many blank lines stand between two lines: the line breaks from `end` to `start`, less one. */
function blankBetween(text: string, end: number, start: number): number {
  let breaks = 0
  for (let index = end; index < start; index++) if (text.charCodeAt(index) === 0x0a) breaks++
  return Math.max(0, breaks - 1)
}

/** Whether a line alone is a label of a table of tasks' header (`交办事项`, `责任单位`, `完成时限`). */
function columnLabel(label: string): boolean {
  // (A leader's column, `责任领导`, stands among them and owns nothing.)
  return taskColumns.has(label) || dueColumns.has(label) || ownerColumnRole(label) !== undefined || leaderLabels.includes(label)
}

/**
 * Join, in a row parted by single spaces with more cells than its header, the cells from an owner
 * column on that each name a unit (`1 拆除棚舍 镇自然资源所 镇综合执法队 5月31日前`), where that
 * gives the header's count; the row is left as it is otherwise.
 */
function joinOwnerCells(text: string, cells: Span[], columns: TaskColumns): void {
  const extra = cells.length - columns.width
  for (const {column} of columns.owners) {
    const run = cells.slice(column, column + extra + 1)
    if (run.length === extra + 1 && run.every((cell) => isUnit(text, cell.start, cell.end))) {
      cells.splice(column, extra + 1, {start: (run[0] as Span).start, end: (run[extra] as Span).end})
      return
    }
  }
}

/**
 * Drop the tasks read from the clauses of a table's row (of the first `read`
 * assignments) that the row's owner cell gives again: `…,由区城管局牵头,各街道配合`
 * in the task cell of a row whose owner is 区城管局, read with the cells before
 * it for its task. Returns how many were dropped.
 */
function dropRead(doc: Doc, assignments: Assignment[], read: number, owner: string, start: number, end: number): number {
  let dropped = 0
  for (let index = read - 1; index >= 0; index--) {
    const each = assignments[index] as Assignment
    const at = doc.toNorm(each.positions.task.start.offset)
    // (Or one of the owners read together: `区财政局、老城街道配合` in the cell of `区住建局牵头,…`.)
    const same = unbroken(each.owner) === unbroken(owner) || each.owners.some((part) => unbroken(part) === unbroken(owner))
    if (!same || at < start || at >= end) continue
    assignments.splice(index, 1)
    dropped++
  }
  return dropped
}

/**
 * The tasks of a row of an agenda table with task columns
 * (`议题 | 汇报单位 | 会议意见 | 责任单位 | 完成时限`): each owner listed in an
 * owner cell (`县教育局、县财政局`, `X(牵头)`) does the task, by the deadline cell.
 *
 * @param doc
 *   The doc.
 * @param owners
 *   The owner cells, with the role their column gives.
 * @param task
 *   What is to be done: the row's opinion cell, or its topic.
 * @param due
 *   The deadline cell, if any.
 * @param meetingDate
 *   The meeting's ISO date, to resolve the deadline.
 * @returns
 *   The assignments, in order.
 */
export function cellAssignments(doc: Doc, owners: ReadonlyArray<{role: OwnerRole; cell: Span}>, task: Span, due: Span | null, meetingDate: string | null): Assignment[] {
  const assignments: Assignment[] = []
  // The row's deadline cell wins over a time the opinion names (`开学前对校舍…排查 | 总务处 | 3月1日前`),
  // as in a table of tasks.
  const first = due !== null && findDueNormalized(doc.norm.slice(due.start, due.end), meetingDate, true) !== null
  for (const {role, cell} of owners) {
    for (const {actor, role: marked} of listedOwners(doc.norm, cell.start, cell.end)) {
      const made = assignment(doc, actor, task, meetingDate, due ? {...due, labelled: true, whole: false, first} : null)
      made.role = marked ?? role
      assignments.push(made)
    }
  }
  return assignments
}

/** Two header rows as one: a label of the second row over the first's (`责任分工` → `牵头单位`). */
function stacked(first: Span[], second: Span[]): Span[] {
  return first.map((cell, column) => {
    const below = second[column]
    return below && below.end > below.start ? below : cell
  })
}

/**
 * The columns of a header whose last cell went on to the next line (`…\t完成` / `时限`, a
 * Word cell that wrapped): that line, short and without separator, finishes the label.
 */
function wrappedHeader(text: string, cells: Span[], next: Unit | undefined, separator: string): TaskColumns | null {
  if (!next || next.end - next.start > 4 || indexWithin(text, separator, next.start, next.end) !== -1) return null
  const last = cells[cells.length - 1] as Span
  const label = text.slice(last.start, last.end) + text.slice(next.start, next.end).trim()
  if (!dueColumns.has(label) && ownerColumnRole(label) === undefined && !taskColumns.has(label)) return null
  const columns = headerColumns(text, cells.slice(0, -1), separator)
  if (!columns) return null
  const column = cells.length - 1
  const role = ownerColumnRole(label)
  if (role) columns.owners.push({column, role})
  else if (dueColumns.has(label) && columns.due === -1) columns.due = column
  columns.width = cells.length
  return columns
}

/**
 * The cells of a unit that is a table row, trimmed, or null: parted by
 * `separator`, at least two; a `|` row may open and close with `|`.
 */
function rowCells(text: string, unit: Span, separator: string): Span[] | null {
  const row = trim(text, unit.start, unit.end)
  const cells: Span[] = []
  let cellStart = row.start
  for (let index = indexWithin(text, separator, row.start, row.end); index !== -1; index = indexWithin(text, separator, index + 1, row.end)) {
    cells.push(trim(text, cellStart, index))
    cellStart = index + 1
    // (A run of spaces parts two cells once.)
    if (separator === '  ') while (cellStart < row.end && text.charCodeAt(cellStart) === 0x20) cellStart++
    if (separator === '  ') index = cellStart - 1
  }
  if (cells.length === 0) return null
  cells.push(trim(text, cellStart, row.end))
  if (separator === '|') {
    if (text.charCodeAt(row.start) === 0x7c) cells.shift()
    if (text.charCodeAt(row.end - 1) === 0x7c) cells.pop()
  }
  return cells.length >= 2 ? cells : null
}

/** Cells of a table laid out with spaces, each also parted at a single space between two words. */
function atSingleSpaces(text: string, cells: Span[]): Span[] {
  const parted: Span[] = []
  for (const cell of cells) {
    let from = cell.start
    for (let at = indexWithin(text, ' ', cell.start, cell.end); at !== -1; at = indexWithin(text, ' ', at + 1, cell.end)) {
      parted.push({start: from, end: at})
      from = at + 1
    }
    parted.push({start: from, end: cell.end})
  }
  return parted
}

/**
 * What parts the cells of a line that may be a table's row: a tab (an HTML
 * or Word table), runs of two spaces or more (a table laid out with
 * spaces, `序号  工作任务  责任单位  完成时限`), else `|`.
 */
function rowSeparator(text: string, unit: Span): string {
  if (indexWithin(text, '\t', unit.start, unit.end) !== -1) return '\t'
  if (indexWithin(text, '|', unit.start, unit.end) !== -1) return '|'
  if (indexWithin(text, '  ', unit.start, unit.end) !== -1) return '  '
  // A table copied with one space (or an ideographic one) between cells
  // (`序号　工作任务　责任单位　完成时限`): only a header of the genre's labels opens one.
  return indexWithin(text, ' ', unit.start, unit.end) === -1 ? '|' : ' '
}

/** Whether a line under a table laid out with spaces is a fragment of a cell above: short, no sentence, set in further than the header's first label. */
function wrappedFragment(text: string, unit: Unit, columns: TaskColumns): boolean {
  if (unit.end - unit.start > 16 || /[,。;:]/.test(text.slice(unit.start, unit.end)) || /[0-9]/.test(text.charAt(unit.start))) return false
  return indentOf(text, unit.start) > columns.first
}

/**
 * How far a line of a table laid out with spaces may be indented and still open a row: up to
 * short of the header's second column, since a PDF's text centres the row's number under its
 * label (` 序号   工作任务` over `  1     完成…`); a line indented further goes on cells above.
 */
function headerIndent(text: string, cells: Span[]): number {
  if (cells.length === 0) return 0
  const first = indentOf(text, (cells[0] as Span).start)
  const second = cells[1]
  if (!second) return first
  const lineStart = (cells[0] as Span).start - first
  return Math.max(first, second.start - lineStart - 2)
}

/** The columns of a header row, if it names a task column and an owner column. */
function headerColumns(text: string, cells: Span[], separator: string): TaskColumns | null {
  const columns: TaskColumns = {separator, task: -1, owners: [], due: -1, width: cells.length, indent: headerIndent(text, cells), first: cells.length > 0 ? indentOf(text, (cells[0] as Span).start) : 0}
  cells.forEach((cell, column) => {
    const label = text.slice(cell.start, cell.end)
    const role = ownerColumnRole(label)
    if (role) columns.owners.push({column, role})
    // (A later column of what is to be done wins over one that names the row: `项目名称`.)
    else if ((columns.task === -1 || namingColumns.has(text.slice((cells[columns.task] as Span).start, (cells[columns.task] as Span).end))) && taskColumns.has(label)) columns.task = column
    else if (columns.due === -1 && dueColumns.has(label)) columns.due = column
  })
  // A report on earlier tasks (`落实情况`, no deadline column) hands out none.
  if (columns.due === -1 && cells.some((cell) => statusColumns.has(text.slice(cell.start, cell.end)))) return null
  return columns.task !== -1 && columns.owners.length > 0 ? columns : null
}

/**
 * The value of a deadline label among owner labels (`完成时限:2024年6月底`):
 * a label that opens a bracket or follows a `;`, `,` or `。`, its value up to the
 * next `;`, `)`, `,` or `。` (past a `,` after a recurring report, to a
 * one-off deadline: `每月25日前报送进展,年底前完成`); `label` is where the label starts.
 */
function labelledDue(text: string, start: number, end: number): (Span & {label: number}) | null {
  for (let index = start; index < end; index++) {
    const label = dueLabels.at(text, index)
    if (label === undefined || text.charAt(index + label.length) !== ':') continue
    // (After `。` too: labels written as sentences after the task, `…检查。责任股室:X。完成时限:Y。`.)
    if (index > start && !'(;, 。【'.includes(text.charAt(index - 1))) continue
    const valueStart = index + label.length + 1
    let valueEnd = valueStart
    // (A bracket the value opens, `1月26日(下周二)前`, is its own: its `)` ends no value; the value runs up to
    // the owner's label that may follow on the line: `完成时间:8月31日前  责任部门:X`.)
    for (let open = 0; valueEnd < end && (open > 0 || !');。,】'.includes(text.charAt(valueEnd))) && !(text.charAt(valueEnd - 1) === ' ' && (ownerLabelAt(text, valueEnd) || leaderLabelAt(text, valueEnd))); valueEnd++) {
      if (text.charAt(valueEnd) === '(') open++
      else if (text.charAt(valueEnd) === ')') open--
    }
    // `完成时限:每月25日前报送进展,年底前完成`: a recurring report, then the one-off deadline that
    // wins over it (as in a task), read on past the `,` where no label follows.
    if (text.charAt(valueEnd) === ',' && findDueNormalized(text.slice(valueStart, valueEnd), null, true)?.kind === 'recurring') {
      let longer = valueEnd + 1
      while (longer < end && !');。'.includes(text.charAt(longer)) && labelAt(text, longer) === undefined && dueLabels.at(text, longer) === undefined) longer++
      if (findDueNormalized(text.slice(valueStart, longer), null, true)?.kind !== 'recurring') valueEnd = longer
    }
    const value = trim(text, valueStart, valueEnd)
    return value.end > value.start ? {...value, label: index} : null
  }
  return null
}

/** Where else a task's deadline may be written than in the task. */
interface DueElsewhere extends Span {
  /** The value of a deadline label (`完成时限:6月底`), a deadline without `前`. */
  labelled: boolean
  /** Whether the deadline must be all of the span (a clause `下周一前,` before the owner). */
  whole: boolean
  /** Whether it wins over one in the task (a label on its own line under the task). */
  first?: boolean
}

/**
 * The parts of a joint owner without the audience listed among them
 * (`社区治理办公室、各社区配合` → `社区治理办公室`): `各社区` names every community,
 * an audience, not an owner (GENRE.md). All of them where every part is generic.
 */
function ownedParts(text: string, actor: Actor): Span[] {
  const owned = actor.parts.filter((part) => !isGeneric(text, part.start, part.end))
  return owned.length > 0 ? owned : actor.parts
}

/**
 * A label's value that is an event before which the task is done (`改造开工前`, `项目交付之前`):
 * the whole value, on no day the text gives; or null.
 */
function eventBefore(text: string, start: number, end: number): Due | null {
  const value = text.slice(start, end)
  return value.length <= 12 && /^[\u4e00-\u9fff]{2,}(?:之前|以前|前)$/.test(value) ? {start: 0, end: value.length, date: null, kind: 'absolute'} : null
}

/**
 * Make an assignment. Its deadline is found in the task (from `own`, the
 * owner's verb, first, where the task was set before its owner), or failing
 * that (or first, when it says so) in `elsewhere`; its role at `own`.
 */
/** An event before the stretch found in a clause of its own: `项目` of `项目竣工验收后…`, `项目落地后`. */
const eventBeforeStretch = /^[\u4e00-\u9fff]{1,14}$/

/** Whether the sentence holds a recurring period (`每季度`, `每月`, `按月`) before `at`. */
function recurringBefore(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), at - 80)
  for (let each = indexWithin(text, '每', start, at); each !== -1; each = indexWithin(text, '每', each + 1, at)) {
    if (recurringPeriods.some((period) => text.startsWith(period, each + 1))) return true
  }
  return false
}

function assignment(doc: Doc, actor: Actor, task: Span, meetingDate: string | null, elsewhere: DueElsewhere | null = null, own = task.start): Assignment {
  const value = ownOfficer(doc.norm, actor) ?? actor.value
  const ownerPosition = doc.normPosition(value.start, value.end)
  const taskPosition = doc.normPosition(task.start, task.end)
  const taskText = doc.source.slice(taskPosition.start.offset, taskPosition.end.offset)
  // From the owner's verb first, where the task was set before its owner (`own`), then all of it.
  let dueFrom = own
  let due = elsewhere?.first ? null : findDueNormalized(doc.norm.slice(own, task.end), meetingDate)
  if (!due && !elsewhere?.first && own > task.start) {
    dueFrom = task.start
    due = findDueNormalized(doc.norm.slice(task.start, task.end), meetingDate)
  }
  if (!due && elsewhere) {
    const found = findDueNormalized(doc.norm.slice(elsewhere.start, elsewhere.end), meetingDate, elsewhere.labelled)
    // (A clause `即日起至年底,` before the owner is whole too: the start, then the stretch's end.)
    // (So is a clause of an event and a stretch after it, `项目竣工验收后一个月内,由X…`: the stretch, on no day.)
    const afterEvent = found !== null && found.date === null && found.start > 0 && eventBeforeStretch.test(doc.norm.slice(elsewhere.start, elsewhere.start + found.start))
    const whole = found !== null && (found.start === 0 || afterEvent || found.start === openingStart(doc.norm.slice(elsewhere.start, elsewhere.end))) && found.end === elsewhere.end - elsewhere.start
    if (found && (!elsewhere.whole || whole)) {
      dueFrom = elsewhere.start
      due = found
    }
  }
  // `各乡镇每季度结束后10日内报送,X汇总后于次月15日前通报`: `次月` after a recurring period is the month after
  // each, not after the meeting's: no one date.
  if (due?.date && indexWithin(doc.norm, '次月', dueFrom + due.start, dueFrom + due.end) !== -1 && recurringBefore(doc.norm, dueFrom + due.start)) due = {...due, date: null}
  const duePosition = due ? doc.normPosition(dueFrom + due.start, dueFrom + due.end) : null
  // `牵头…`, and after a modal `要牵头…`.
  const roleAt = modals.at(doc.norm, own)?.length ?? 0
  const role = roleVerbs.find(([verb]) => doc.norm.startsWith(verb, own + roleAt))?.[1] ?? 'responsible'
  // (The owner as written keeps an audience listed with it, `常委会办公室和各工作机构` (blind8-h10 w07);
  // the owners it splits into leave it out.)
  const parts = actor.kind === 'joint' ? ownedParts(doc.norm, actor) : [value]
  return {
    owner: doc.source.slice(ownerPosition.start.offset, ownerPosition.end.offset),
    owners: parts.map((part) => {
      const position = doc.normPosition(part.start, part.end)
      return doc.source.slice(position.start.offset, position.end.offset)
    }),
    role,
    task: taskText,
    due: duePosition ? doc.source.slice(duePosition.start.offset, duePosition.end.offset) : null,
    dueDate: due?.date ?? null,
    dueKind: due?.kind ?? null,
    position: doc.normPosition(Math.min(actor.whole.start, task.start), Math.max(actor.whole.end, task.end)),
    positions: {owner: ownerPosition, task: taskPosition, due: duePosition}
  }
}
