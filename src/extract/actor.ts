/**
 * Actors: the units and persons that report matters and own tasks.
 *
 * A unit is a body ending in a unit suffix (`市交通局`, `东城镇`,
 * `综合办公室`); a person is a name of two or three characters with a
 * title before or after it (`王明远代市长`, `副院长钱明`); the two may stand
 * together (`市统计局孙浩`, `区水利局局长周平同志`); joint owners are
 * joined by 和, 与, 及, 、 (`高新区和市自然资源局`).
 */

import {
  consultingStarts,
  actorTrailers,
  placeSharedBodies,
  changeVerbs,
  chargeQualifiers,
  clauseWordPlaces,
  companyFormWords,
  notUnitOpeners,
  memberDesignations,
  genericOwnerPrefixes,
  directBodies,
  directLevels,
  audienceQualifiers,
  audienceKinds,
  functionHeadFields,
  functionTitles,
  taskObjectOpeners,
  managedDivisionEndings,
  meetingBodies,
  nonUnits,
  standaloneUnits,
  staffPosts,
  suffixVerbs,
  notFollowers,
  nounsAfterResponsible,
  officeNamingVerbs,
  departmentNamingVerbs,
  followersDespite,
  notInUnits,
  ownerJoiners,
  placePrefixes,
  postHolders,
  titles,
  unitAbbreviations,
  unitSuffixes
} from '../lexicon.js'
import {isIdeograph} from '../doc.js'
import {words, type Words} from '../words.js'
import {isName as isPersonalName, mayEndName, middleDots, surnameTitle} from './person.js'
import {indexWithin, type Span} from './clauses.js'

/** What an actor span is. */
export interface Actor {
  kind: 'unit' | 'person' | 'unit-person' | 'joint'
  /** The whole actor as written, without trailers such as 同志. */
  whole: Span
  /** What to report: the unit for a unit with a person, the name for a person, else the whole. */
  value: Span
  /** The parts of a joint actor. */
  parts: Span[]
  /** The person's name and title, where there is one. */
  name: Span | null
  title: Span | null
  unit: Span | null
}

const suffixes = words(unitSuffixes)
const titleWords = words(titles)
const staffPostWords = new Set(staffPosts)
const staffPostAt = words(staffPosts)
const postHolderWords = new Set(postHolders)
/** A villagers' group numbered within its village: `四组`, `12组`. */
const villageGroup = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})组$/
/**
 * The bare word of the body that holds the meeting before a post of its own
 * (`村治保主任`, `学院人事秘书`; lexicon `postHolders`), where it starts.
 */
export const postHolderAt = words(postHolders)
const trailers = words(actorTrailers)
const joiners = words(ownerJoiners)
const generic = words(genericOwnerPrefixes)
const notUnitEndings = words(nonUnits)
const clauseWords = words([...notInUnits, ...changeVerbs])
/** Places named as a clause word is (`会同县`): see `clauseWordPlaces`. */
export const clauseWordPlace = words(clauseWordPlaces)
const verbOpeners = words(notUnitOpeners)
/** `报县`, `报局`, `报学院`: where a report goes, inside a run no unit holds (`自查结果报局办公室`). */
const reportedTo = words(notUnitOpeners.filter((word) => word.startsWith('报')))
const designations = words(memberDesignations)
/** Roles written in brackets after a unit: `县公安局(牵头)`. */
const bracketRoles = new Set(['牵头', '牵头单位', '主办', '主责', '负责', '配合', '协办'])
const abbreviations = words(unitAbbreviations)
const standalone = new Set(standaloneUnits)
const notFollowing = words(notFollowers)
const followingDespite = words([...followersDespite, ...nounsAfterResponsible.map((noun) => '负责' + noun)])

/** Whether a committee ends at `end` before the partner it consults (`法制委员会` + `商市司法局…`), not in `会商`. */
function consultedBy(text: string, end: number): boolean {
  return text.startsWith('委员会', end - 3) && consultingStarts.some((word) => text.startsWith(word, end))
}

/** Whether the word at `at` looks like a follower but is none (`会同意` of `管委会同意`; not `会同意见`). */
function notFollowerAt(text: string, at: number): boolean {
  return notFollowing.at(text, at) !== undefined && followingDespite.at(text, at) === undefined
}

/**
 * Whether a span is a unit name: ends in a unit suffix or an abbreviated
 * department, is not generic, and is not a common word ending like a unit.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   Whether it is.
 */
export function isUnit(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length < 2 || length > 30) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    // Units are written in ideographs, with perhaps digits or Latin letters, never punctuation.
    if (!isIdeograph(code) && !(code >= 0x30 && code <= 0x39) && !(code >= 0x41 && code <= 0x5a) && !(code >= 0x61 && code <= 0x7a)) {
      return false
    }
    // Nor a date after `于` (`学院人事秘书于12月10日前报学校` is a clause), nor a count of people
    // it opens with (`15名校内外专家`): not `于都县`, `市一中`.
    if (code === 0x4e8e /* 于 */ && index > start && isDigit(text.charCodeAt(index + 1))) return false
    // Nor what a report is about (`区商务局关于夜市` of `…关于夜市的汇报`): no unit's name holds `关于`.
    if (code === 0x5173 /* 关 */ && index + 1 < end && text.charCodeAt(index + 1) === 0x4e8e /* 于 */) return false
    // Nor one with a date in it (`明年3月底前与厂区`): no unit's name holds a month or a day.
    if (isDigit(code) && (text.charCodeAt(index + 1) === 0x6708 /* 月 */ || text.charCodeAt(index + 1) === 0x65e5 /* 日 */)) return false
  }
  if (counted(text, start, end)) return false
  // `第一批9处`, `城区12处`: a count of sites, not an office (`X处`); numbered offices use ideographs (`经侦二处`).
  if (text.charAt(end - 1) === '处' && isDigit(text.charCodeAt(end - 2))) return false
  // `对老旧小区及时维修`: what a task works on, after 对, is no unit (but `对外`, `对口` open names).
  if (text.charCodeAt(start) === 0x5bf9 /* 对 */ && !'外口'.includes(text.charAt(start + 1))) return false
  if (isGeneric(text, start, end) || verbOpeners.at(text, start) !== undefined) return false
  // `要强化街道统筹…`, `要加强宣传队伍…`: the subject's `要` with no subject before it opens a task, no unit (not `要素`).
  if (text.charCodeAt(start) === 0x8981 /* 要 */ && text.charCodeAt(start + 1) !== 0x7d20 /* 素 */) return false
  // (Unless a longer suffix names the kind whole: `物业服务企业`, where `企业` alone is none.)
  const notEnding = notUnitEndings.before(text, end)
  if (notEnding !== undefined && (suffixes.before(text, end)?.length ?? 0) <= notEnding.length) return false
  // A suffix that begins a verb with what follows (`加快办|理`, `及时处|置`) ends no unit.
  // (Not `会审` before `核`, `批`, `定`, `议`, `查`: `村务监督委员会|审核`, a body's 会 and a verb of review.)
  // (Not where the next word opens a task's object: `县人社局` + `面向…` is no `局面`.)
  if (acrossEnd.has(text.slice(end - 1, end + 1)) && !(text.startsWith('会审', end - 1) && '核批定议查'.includes(text.charAt(end + 1))) && objectOpeners.at(text, end) === undefined && !consultedBy(text, end)) return false
  // Clause words are not part of a name: `会后由X`, `会议同意…并要求各部门`; but `联席会议办公室`,
  // and a place named so at the start (`会同县人民政府`).
  const first = start + (clauseWordPlace.at(text, start)?.length ?? 0)
  for (let index = first; index < end; index++) {
    const word = clauseWords.at(text, index)
    if (word !== undefined && index + word.length <= end && !inMeetingBody(text, start, index + word.length)) return false
  }
  // `检查结果报局办公室`: what is reported and the body it goes to, no unit.
  const reports = indexWithin(text, '报', start + 1, end)
  if (reports !== -1 && reportedTo.at(text, reports) !== undefined) return false
  // `法务部委托律师事务所`: a unit that entrusts another, two owners' names, no one unit.
  const entrusts = indexWithin(text, '委托', start + 2, end)
  if (entrusts !== -1 && suffixes.before(text, entrusts) !== undefined) return false
  // `学校对食堂给予补贴`: a body and what it works on (not `对外`, `对口`, which open names).
  const on = indexWithin(text, '对', start + 2, end)
  if (on !== -1 && !'外口'.includes(text.charAt(on + 1)) && suffixes.before(text, on) !== undefined) return false
  const suffix = suffixes.before(text, end)
  // `新建两所小学`, `3家医院`: bodies counted (a count and its measure word before the suffix) are no name.
  if (suffix !== undefined && countedBodies(text, start, end - suffix.length)) return false
  // A bare suffix (`政府`, `部门`) names no one, but an office of the body itself does (`办公室`);
  // nor does a company's legal form alone before it (`有限公司`).
  if (suffix !== undefined) return (length > suffix.length && !onlyCompanyForm(text, start, end - suffix.length)) || standalone.has(suffix)
  // An abbreviated department alone or after its place (`财政`, `县财政`, `市交警`), not the
  // end of a phrase (`结合主题教育`, `安全教育`, `城市交通`).
  const abbreviation = abbreviations.before(text, end)
  if (abbreviation === undefined) return false
  const before = end - abbreviation.length
  return before === start || placeEnds.includes(text.charAt(before - 1))
}

const companyForms = words(companyFormWords)

/**
 * Whether a span is a body's word with no name to it: a unit suffix alone
 * (`公司`, `部门`), perhaps after a company's legal form (`有限公司`).
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   Whether it is.
 */
export function isBareBody(text: string, start: number, end: number): boolean {
  const suffix = suffixes.before(text, end)
  if (suffix === undefined || end - suffix.length < start || standalone.has(suffix)) return false
  return end - suffix.length === start || onlyCompanyForm(text, start, end - suffix.length)
}

/** Whether the span before a unit suffix holds only words of a company's legal form (`有限`, `股份有限`). */
function onlyCompanyForm(text: string, start: number, end: number): boolean {
  let at = end
  for (let form = companyForms.before(text, at); form !== undefined && at - form.length >= start; form = companyForms.before(text, at)) at -= form.length
  return at === start && at < end
}

/** The last characters of a place before an abbreviated department: `县财政`, `太仓市公安`. */
const placeEnds = '省市区县镇乡州旗'

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Whether a span opens with a count and its measure word (`15名`, `三个`,
 * `两家`), or with a year's cohort of students (`2024届本科毕业生`, `2023级`).
 */
function counted(text: string, start: number, end: number): boolean {
  let index = start
  while (index < end && (isDigit(text.charCodeAt(index)) || numerals.includes(text.charAt(index)))) index++
  if (index === start || index >= end) return false
  return '名个位人家'.includes(text.charAt(index)) || (index - start === 4 && isDigit(text.charCodeAt(start)) && '届级'.includes(text.charAt(index)))
}

const numerals = '一二两三四五六七八九十百'

/**
 * Whether a count and its measure word end right before a unit suffix at `at`
 * (`两所|小学`, `3家|医院`, `几个|街道`), not an ordinal (`第三所|小学`).
 */
function countedBodies(text: string, start: number, at: number): boolean {
  if (at - start < 2 || !'所家个座'.includes(text.charAt(at - 1))) return false
  const count = text.charCodeAt(at - 2)
  return (isDigit(count) || numerals.includes(text.charAt(at - 2)) || count === 0x51e0 /* 几 */) && text.charAt(at - 3) !== '第'
}

/** Whether a body named after a meeting (`联席会议`) ends at `end`, inside a span from `start`. */
function inMeetingBody(text: string, start: number, end: number): boolean {
  return meetingBodies.some((body) => end - body.length >= start && text.startsWith(body, end - body.length))
}

/** The last code units of unit suffixes, abbreviations, titles and trailers, as a table. */
const actorLasts = new Uint8Array(0x10000)
for (const word of [...unitSuffixes, ...unitAbbreviations, ...titles, ...actorTrailers]) actorLasts[word.charCodeAt(word.length - 1)] = 1

/**
 * Whether an actor may end at `end`: a unit suffix, an abbreviated
 * department, a title or a trailer (`同志`) ends there. A quick test before
 * `readActor`, for callers that would try it at many ends.
 *
 * @param text
 *   Normalized text.
 * @param end
 *   Where the actor would end.
 * @returns
 *   Whether it may.
 */
export function mayEndActor(text: string, end: number): boolean {
  // A unit with its other name in brackets: `科教部(继续教育办公室)` (see `isUnitWithAlias`).
  if (text.charCodeAt(end - 1) === 0x29 /* ) */) return true
  if (actorLasts[text.charCodeAt(end - 1)] !== 1) return false
  return (
    suffixes.before(text, end) !== undefined ||
    abbreviations.before(text, end) !== undefined ||
    titleWords.before(text, end) !== undefined ||
    trailers.before(text, end) !== undefined
  )
}

/**
 * Whether a span is a generic addressee: `各地各部门`, `有关单位`, `相关县区`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   Whether it is.
 */
export function isGeneric(text: string, start: number, end: number): boolean {
  const prefix = generic.at(text, start)
  if (prefix !== undefined && start + prefix.length <= end) return true
  // `沿线各街道`, `周边各村`: the bodies of where a matter lies, each.
  const where = qualifiers.at(text, start)
  if (where !== undefined && generic.at(text, start + where.length) !== undefined && start + where.length < end) return true
  // `沿线乡镇`, `周边村组`: the same bodies named by their kind alone.
  if (where !== undefined && audienceKinds.includes(text.slice(start + where.length, end))) return true
  // `市直有关部门`, `县直各单位`, `区直部门`: the bodies under a level as a whole.
  const level = levels.at(text, start)
  if (level === undefined) return false
  const rest = start + level.length
  return (generic.at(text, rest) !== undefined && rest < end) || directBodies.includes(text.slice(rest, end))
}

const levels = words(directLevels)
const qualifiers = words(audienceQualifiers)

/**
 * Whether a span is a personal name: two or three ideographs led by a common
 * surname, or a double surname and one or two more.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   Whether it is.
 */
export function isName(text: string, start: number, end: number): boolean {
  return isPersonalName(text.slice(start, end))
}

/** What may stand around a name in a list of persons: `出席:A B C`, `A、B`. */
const listMarks = new Set([' ', '\u3000', '\t', '、', ',', ':', '\n', '\r', '(', ')'])

/** What follows the last name of a list of those who attend: `X、Y参加会议`, `X、Y等出席`. */
const attending = words(['参加', '出席', '列席', '等'])

/** Titles that name a person where the minutes introduce them: `副县长王海涛`, `王海涛同志`. */
const personTitles = words([...titles, '同志'])

/**
 * A bare name of two or three characters at `start`, before one of `verbs`
 * (`马东负责…`, `马东汇报了…`), taken for a person when the minutes
 * introduce that person elsewhere: on its own in a list (`出席:郭某 马东 …`),
 * or with a title before or after it (`副县长马东主持…`, `马东同志`). A
 * name-like word the minutes introduce nowhere (`单位负责`) is none.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the name would start.
 * @param end
 *   Where the clause ends.
 * @param verbs
 *   What must follow the name.
 * @returns
 *   The person, or null.
 */
export function introducedName(text: string, start: number, end: number, verbs: Words): Actor | null {
  for (const length of [3, 2]) {
    const stop = start + length
    if (stop >= end || verbs.at(text, stop) === undefined || !isName(text, start, stop)) continue
    const name = text.slice(start, stop)
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (at === start) continue
      const before = at === 0 ? '\n' : text.charAt(at - 1)
      const after = at + length >= text.length ? '\n' : text.charAt(at + length)
      const titled = personTitles.before(text, at) !== undefined || personTitles.at(text, at + length) !== undefined
      // The last of a list of attendees: `委员X、Y、Z参加会议`.
      const listed = listMarks.has(before) && (listMarks.has(after) || (before === '、' && attending.at(text, at + length) !== undefined))
      if (!titled && !listed) continue
      const span = {start, end: stop}
      return {kind: 'person', whole: span, value: span, parts: [span], name: span, title: null, unit: null}
    }
  }
  return null
}

const functionFields = words(functionHeadFields)
const objectOpeners = words(taskObjectOpeners)
const fieldTitles = words(functionTitles)

/**
 * Where a post named by its title alone ends, its holder unnamed
 * (`董事会秘书`, `总经理`, `组织员`, a head of function or a secretary
 * titled by the function before `总监` or `秘书`: `财务总监`, `人事秘书`,
 * `研究生教学秘书`),
 * if it starts at `start` and ends before `end`; -1 otherwise, and for a
 * deputy's (`副镇长`): a body has several, and the title alone names none,
 * unless a word singles out the one in charge (`分管副院长`).
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the post would start.
 * @param end
 *   Where the clause ends.
 * @returns
 *   The post's end, or -1.
 */
export function postTitleEnd(text: string, start: number, end: number): number {
  // `分管副院长`: the deputy in charge, one post.
  const qualifier = charged.at(text, start)
  if (qualifier) {
    const title = titleWords.at(text, start + qualifier.length)
    const at = title === undefined ? -1 : start + qualifier.length + title.length
    return at === -1 || at >= end ? -1 : at
  }
  // (The function may be named in two words: `研究生教学秘书`.)
  let fieldEnd = start
  for (let count = 0; count < 2; count++) fieldEnd += functionFields.at(text, fieldEnd)?.length ?? 0
  const titleStart = fieldEnd > start && fieldTitles.at(text, fieldEnd) !== undefined ? fieldEnd : start
  const title = titleWords.at(text, titleStart)
  if (title === undefined || titleStart + title.length >= end || title.includes('副')) return -1
  return titleStart + title.length
}

const charged = words(chargeQualifiers)

/**
 * The actor of a post named by its title alone (see `postTitleEnd`): the
 * title, no name, no unit.
 *
 * @param start
 *   Where the title starts.
 * @param end
 *   Where it ends.
 * @returns
 *   The actor.
 */
export function postActor(start: number, end: number): Actor {
  const whole = {start, end}
  return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: whole, unit: null}
}

/** The longest title at `at`, or undefined. */
function titleAt(text: string, at: number, end: number): string | undefined {
  const title = titleWords.at(text, at)
  return title !== undefined && at + title.length <= end ? title : undefined
}

/**
 * Read a span as an actor.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   The actor, or null.
 */
export function readActor(text: string, start: number, end: number): Actor | null {
  // A person with the title in brackets after the name: `X同志(副镇长)`, `X(副县长)`.
  if (text.charCodeAt(end - 1) === 0x29 /* ) */) {
    const open = text.lastIndexOf('(', end - 1)
    if (open > start + 1 && titleWords.at(text, open + 1)?.length === end - open - 2) {
      const title = {start: open + 1, end: end - 1}
      const whole = {start, end}
      const inner = readBare(text, start, open)
      if (inner && inner.kind === 'person') return {...inner, whole, parts: [whole], title: inner.title ?? title}
      if (!inner && isName(text, start, open)) {
        const name = {start, end: open}
        return {kind: 'person', whole, value: name, parts: [whole], name, title, unit: null}
      }
    }
  }
  return readBare(text, start, end)
}

/**
 * The kind of units named before it, after 等: `等管线单位`, `等成员单位`, `等相关企业`, `等8个单位`; or their count
 * (`X、Y两家单位`, `两个部门`, `两部门`).
 */
const kindTrailer = /(?:等(?:\d{1,3}[个家]|[\u4e00-\u9fff]{1,4})|[两二三四五][家个]?)(?:单位|部门|企业)$/
const kindTrailerAt = /^(?:等(?:\d{1,3}[个家]|[\u4e00-\u9fff]{1,4}?)|[两二三四五][家个]?)(?:单位|部门|企业)/

/**
 * Length of the kind of the units named before `at`, after 等 (`等管线单位`), that
 * `readActor` drops; else 0.
 *
 * @param text
 *   Normalized text.
 * @param at
 *   Where the actor ends.
 * @returns
 *   The trailer's length, or 0.
 */
export function kindTrailerLength(text: string, at: number): number {
  return kindTrailerAt.exec(text.slice(at, at + 8))?.[0].length ?? 0
}

/** Read a span as an actor, with no title in brackets after it. */
function readBare(text: string, start: number, end: number): Actor | null {
  // Drop trailers: `…同志`, `…负责人` (a unit's head stands for the unit).
  let comrade = false
  for (let round = 0; round < 2; round++) {
    const trailer = trailers.before(text, end)
    if (trailer !== undefined && end - trailer.length > start) {
      end -= trailer.length
      if (trailer === '同志') comrade = true
    }
  }
  // `X、Y等管线单位`: the kind of the units named, after 等.
  const kind = kindTrailer.exec(text.slice(Math.max(start, end - 8), end))
  if (kind && end - kind[0].length > start + 1) end -= kind[0].length
  if (end - start < 2) return null

  // `X、Y两位副主任`: persons named before their count and title; `X、Y两位同志`, before their count.
  const counted = readCounted(text, start, end) ?? (comrade ? countedComrades(text, start, end) : null)
  if (counted) return counted
  // Joint owners first, so that `A与B公司` is two owners, not one unit.
  const joint = readJoint(text, start, end)
  if (joint) return joint
  const single = readSingle(text, start, end)
  if (single) return single
  // `赵立同志`: a bare name is a person when 同志 follows it.
  if (comrade && isName(text, start, end)) {
    const name = {start, end}
    return {kind: 'person', whole: name, value: name, parts: [name], name, title: null, unit: null}
  }
  // `王明、李强同志`: bare names that 同志 follows, each a person.
  if (comrade) return readComrades(text, start, end) ?? unitOfComrade(text, start, end)

  return null
}

/** A unit and its member that 同志 follows, joined by `的` (`社会事务办的石磊同志`): the unit; or null. */
function unitOfComrade(text: string, start: number, end: number): Actor | null {
  const of = text.lastIndexOf('的', end - 1)
  if (of <= start || !isUnit(text, start, of) || !isName(text, of + 1, end)) return null
  const whole = {start, end}
  const unit = {start, end: of}
  return {kind: 'unit-person', whole, value: unit, parts: [whole], name: {start: of + 1, end}, title: null, unit}
}

/** Names joined by `、` or `和` before one `同志` (`王明、李强同志`): a joint actor of the persons; or null. */
function readComrades(text: string, start: number, end: number): Actor | null {
  const parts = joinedNames(text, start, end)
  const whole = {start, end}
  return parts ? {kind: 'joint', whole, value: whole, parts, name: null, title: null, unit: null} : null
}

/**
 * Names joined by `、`/`和` before a count and a title (`蒋平、王琳两位副主任`,
 * `张某和李某二位同志`): a joint actor of the persons; or null.
 */
function readCounted(text: string, start: number, end: number): Actor | null {
  const title = titleWords.before(text, end)
  if (title === undefined) return null
  const at = end - title.length - 2
  if (at <= start || text.charAt(at + 1) !== '位' || !'两二三四'.includes(text.charAt(at))) return null
  const parts = joinedNames(text, start, at)
  const whole = {start, end}
  return parts ? {kind: 'joint', whole, value: whole, parts, name: null, title: {start: end - title.length, end}, unit: null} : null
}

/**
 * `X、Y两位` (before `同志`, dropped): the persons named before their count; the value is the
 * names, the count stays in the whole.
 */
function countedComrades(text: string, start: number, end: number): Actor | null {
  if (end - start < 6 || !'位名'.includes(text.charAt(end - 1)) || !'两二三四五'.includes(text.charAt(end - 2))) return null
  const parts = joinedNames(text, start, end - 2)
  return parts ? {kind: 'joint', whole: {start, end}, value: {start, end: end - 2}, parts, name: null, title: null, unit: null} : null
}

/** Two or more names joined by `、` or `和` that make up a span, or null. */
function joinedNames(text: string, start: number, end: number): Span[] | null {
  const parts: Span[] = []
  let partStart = start
  for (let index = start; index <= end; index++) {
    if (index < end && text.charAt(index) !== '、' && text.charAt(index) !== '和') continue
    if (!isName(text, partStart, index)) return null
    parts.push({start: partStart, end: index})
    partStart = index + 1
  }
  return parts.length < 2 ? null : parts
}

function readJoint(text: string, start: number, end: number): Actor | null {
  // Joint owners: every part a unit, person or generic addressee, one of them named.
  const parts: Span[] = []
  let partStart = start
  for (let index = start; index < end; index++) {
    const joiner = joiners.at(text, index)
    if (joiner !== undefined && index > partStart) {
      parts.push({start: partStart, end: index})
      partStart = index + joiner.length
      index += joiner.length - 1
    }
  }
  if (parts.length === 0) return null
  parts.push({start: partStart, end})
  // `市司法局、市住房和城乡建设局`: a part that is no owner alone joins the next over `和`/`与`/`及`
  // when together they are one unit.
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index]
    const next = parts[index + 1]
    // (`实验室与设备管理处处长X`: the next part a unit with its officer; the two joined are the unit.)
    // (So is `市政协文史和学习委员会主任X`: a committee named after its two fields, with its officer.)
    const officer = (part.end - part.start <= 4 && text.charAt(part.end) === '与') || ('和与'.includes(text.charAt(part.end)) && namesCommittee(text, part, next)) ? readSingle(text, next.start, next.end) : null
    const nextUnit = officer && officer.kind === 'unit-person' && officer.unit ? officer.unit : next
    if (text.charAt(part.end) === '、' || (readSingle(text, part.start, part.end) && !namesManaged(text, part, nextUnit) && !namesCommittee(text, part, next)) || postAlone(text, part) || !isUnit(text, part.start, nextUnit.end)) continue
    parts.splice(index, 2, {start: part.start, end: next.end})
    index--
  }
  if (parts.length === 1) return null
  // `县委常委、副县长李强`: designations before one person with a title are that person's, not owners.
  const last = readSingle(text, partStart, end)
  const designates = (part: Span): boolean => {
    if (postAlone(text, part)) return true
    const single = readSingle(text, part.start, part.end)
    return single !== null && single.kind === 'unit' && single.title !== null
  }
  if (last && (last.kind === 'person' || last.kind === 'unit-person') && last.title && parts.slice(0, -1).every(designates)) return null
  let named = false
  for (const [index, part] of parts.entries()) {
    if (isGeneric(text, part.start, part.end)) continue
    // `马坪镇党委、政府`: a body of the same place after a unit shares its place, and names no one more.
    if (index > 0 && placeSharedBodySet.has(text.slice(part.start, part.end)) && readSingle(text, parts[index - 1].start, parts[index - 1].end)?.kind === 'unit') continue
    // (A post by its title alone is an owner too over `与`/`和`: `由分管副院长与护理部主任…`, `由网格员与
    // 物业公司…`; titles listed with `、` are one holder's, `由党委书记、院长任组长`.)
    if (!readSingle(text, part.start, part.end) && !(postAlone(text, part) && indexWithin(text, '、', start, end) === -1)) return null
    named = true
  }
  if (!named) return null
  const whole = {start, end}
  // `第三村民小组、第五村民小组组长`: a unit's head stands for the unit, as it does alone.
  // So does a group's head with a name (`第一村民小组组长X、第二村民小组组长Y`): as `readSingle` gives it alone.
  // (And a titled person, `包组干部X、三组组长Y共同负责…`, by the name, as a person owns alone.)
  const units = parts.map((part) => {
    const single = readSingle(text, part.start, part.end)
    if (single && single.kind === 'person' && single.title !== null && single.name) return single.name
    return single && (single.kind === 'unit' || single.kind === 'unit-person') && single.title !== null && single.unit ? single.unit : part
  })
  return {kind: 'joint', whole, value: whole, parts: units, name: null, title: null, unit: null}
}

const placeSharedBodySet: ReadonlySet<string> = new Set(placeSharedBodies)

/** Whether a part is a post by its title alone, its holder unnamed (`分管副院长`, `网格员`; see `postTitleEnd`). */
function postAlone(text: string, part: Span): boolean {
  return postTitleEnd(text, part.start, part.end + 1) === part.end
}

function readSingle(text: string, start: number, end: number): Actor | null {
  const whole = {start, end}
  // `县公安局(牵头)`: a unit with its role in brackets after it, as a joint owner lists the lead.
  if (text.charCodeAt(end - 1) === 0x29 /* ) */) {
    const open = text.lastIndexOf('(', end - 1)
    if (open > start + 1 && bracketRoles.has(text.slice(open + 1, end - 1)) && isUnit(text, start, open)) {
      const unit = {start, end: open}
      return {kind: 'unit', whole, value: unit, parts: [unit], name: null, title: {start: open, end}, unit}
    }
  }
  // `副会长单位X公司`: a member body by its designation, then its name: the name.
  const designation = designations.at(text, start)
  if (designation !== undefined && isUnit(text, start + designation.length, end)) {
    const unit = {start: start + designation.length, end}
    return {kind: 'unit', whole, value: unit, parts: [unit], name: null, title: null, unit}
  }
  if (isUnit(text, start, end) || isUnitWithAlias(text, start, end)) return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: null, unit: whole}
  // A leader by surname and title (`李书记`): the reference is the name.
  // (A title must end the span: tested on the text before a slice is made for `surnameTitle`.)
  const surname = end - start <= 7 && titleWords.before(text, end) !== undefined ? surnameTitle(text.slice(start, end)) : -1
  if (surname > 0) return {kind: 'person', whole, value: whole, parts: [whole], name: whole, title: {start: start + surname, end}, unit: null}

  // A title: `X副院长`, `副院长X`, `单位局长X`, `单位X局长`.
  for (let index = start; index < end; index++) {
    const title = titleAt(text, index, end)
    if (!title) continue
    const titleSpan = {start: index, end: index + title.length}
    if (titleSpan.end === end) {
      // `医务科张主任`, `保健部郑科长`: a unit's officer by surname and title, as hospitals and schools
      // name them; the unit (not `保健部郑科`, nor no actor).
      const officer = surnamedOfficer(text, start, index, end)
      if (officer) return {...officer, whole, title: titleSpan}
      // `武装部长`, `县财政局长`: the unit's last character begins its head's title (`部` of `部长`).
      if (index > start + 1 && headInitials.includes(text.charAt(index)) && !isUnit(text, start, index) && isUnit(text, start, index + 1)) {
        const unit = {start, end: index + 1}
        return {kind: 'unit', whole, value: unit, parts: [unit], name: null, title: titleSpan, unit}
      }
      // Name (and perhaps unit) before the title; not a body's own ending taken for a name
      // (`区政府党组副书记`: the 党组's post, no person `党组`).
      const person = splitUnitName(text, start, index)
      const bodyEnding = person?.name && person.unit && suffixes.before(text, index) === text.slice(person.name.start, index) && isUnit(text, start, index)
      if (person && !bodyEnding) return {...person, whole, title: titleSpan}
      if (index > start && isUnit(text, start, index)) {
        const unit = {start, end: index}
        // `社区网格员`: a post of the unit's staff, not its head, is the actor as written.
        if (staffPostWords.has(title)) return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: titleSpan, unit}
        return {kind: 'unit', whole, value: unit, parts: [unit], name: null, title: titleSpan, unit}
      }
      // `村报账员`: a post of the village's staff after its bare word, as written.
      if (staffPostWords.has(title) && postHolderWords.has(text.slice(start, index))) return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: titleSpan, unit: null}
      // `四组组长`: the head of a villagers' group, numbered within the village, as written.
      if (title === '组长' && villageGroup.test(text.slice(start, index))) return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: titleSpan, unit: null}
      return null
    }
    // `村委会副主任 乔建军`: a name set off from its title by spaces, as a page pads it.
    const nameStart = text.charCodeAt(titleSpan.end) === 0x20 ? skipSpaces(text, titleSpan.end, end) : titleSpan.end
    if (isName(text, nameStart, end)) {
      const name = {start: nameStart, end}
      if (index === start) return {kind: 'person', whole, value: name, parts: [whole], name, title: titleSpan, unit: null}
      if (isUnit(text, start, index)) {
        const unit = {start, end: index}
        return {kind: 'unit-person', whole, value: unit, parts: [whole], name, title: titleSpan, unit}
      }
      // `区委常委、副区长李文`: titles before the name; not a task before its owner (`秸秆禁烧由村委会主任X`),
      // nor a label before a spaced name (`汇报人:医务部主任 X`, which `labelValue` reads).
      if (indexWithin(text, '由', start + 1, index) !== -1 || nameStart > titleSpan.end) return null
      return {kind: 'person', whole, value: name, parts: [whole], name, title: titleSpan, unit: null}
    }
  }

  // A unit and a name without title: `市统计局孙浩`.
  const person = splitUnitName(text, start, end)
  if (person && person.unit) return person
  return null
}

/** Characters no personal name holds: words that join, place or hand on (`副县长王明和李强`, `副县长负责同志`), or name a body. */
const notInNames = '和及与同、的等为在对由要将把被从向或并负责任会议室处局办委员作'

/**
 * The verbs a leader named in full takes on a task or a meeting with (`由副州长X牵头`, `X负责`, `X主持`), and
 * what follows one who reports (`听取了副州长X关于…的汇报`, `X汇报了…`).
 */
const leadingVerbs = new Set(['牵头', '负责', '主持', '具体负责', '总负责', '负总责', '关于', '汇报', '介绍'])

/**
 * A leader by title and a long name with no surname (see `undottedLongName`): `副州长吉克木呷`,
 * `县委常委、政法委书记次仁卓玛`; the titles open the span, the name ends it. Null otherwise.
 */
function titledLongName(text: string, start: number, end: number): Actor | null {
  for (let index = start; index < end - 4; index++) {
    const title = titleAt(text, index, end)
    if (!title) continue
    const name = {start: index + title.length, end}
    if (!undottedLongName(text, name.start, end)) continue
    // Only titles before the name (`县委常委、政法委书记`), no unit or task: `由` after the span's start
    // puts a task before its owner.
    if (index > start && (isUnit(text, start, index) || indexWithin(text, '由', start + 1, index) !== -1)) return null
    const whole = {start, end}
    return {kind: 'person', whole, value: name, parts: [whole], name, title: {start: index, end: name.start}, unit: null}
  }
  return null
}

/**
 * Whether a span right after a title is a minority leader's name of four to six ideographs written
 * without a middle dot and opening with no surname (`副州长吉克木呷`, `副旗长那顺乌日图`,
 * `政法委书记次仁卓玛`): no word that joins, places or titles inside, no unit. The title before it
 * and the verb the caller asks after it (`牵头`, `负责`) frame it; a shorter name there is found first.
 */
function undottedLongName(text: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 6) return false
  for (let index = start; index < end; index++) {
    if (!isIdeograph(text.charCodeAt(index)) || notInNames.includes(text.charAt(index)) || titleWords.at(text, index) !== undefined) return false
  }
  return !isUnit(text, start, end) && !isGeneric(text, start, end)
}

/**
 * A unit and the surname of its officer before the title at `title` (`医务科|张|主任`): the unit-person,
 * its name the surname; or null.
 */
function surnamedOfficer(text: string, start: number, title: number, end: number): Actor | null {
  for (const length of [1, 2]) {
    const at = title - length
    if (at < start + 2 || surnameTitle(text.slice(at, end)) !== length || !isUnit(text, start, at)) continue
    const unit = {start, end: at}
    return {kind: 'unit-person', whole: {start, end}, value: unit, parts: [{start, end}], name: {start: at, end: title}, title: null, unit}
  }
  return null
}

/** Unit suffixes of one character that begin their head's title: `部长`, `局长`, `处长`, `科长`, `所长`, `站长`. */
const headInitials = '部局处科所站'

/**
 * Whether `A与B管理处` is one division named after the two things it manages
 * (`实验室与设备管理处`), not two owners: over `与`, a short first part
 * with no place prefix, a last part ending in a management office
 * (`managedDivisionEndings`).
 */
function namesManaged(text: string, part: Span, next: Span): boolean {
  if (text.charAt(part.end) !== '与' || part.end - part.start > 4 || places.at(text, part.start) !== undefined) return false
  if (managed.before(text, next.end) !== undefined) return true
  // `农业与农村工作委员会`, `环境与资源保护委员会`: a council's committee named after its two fields, the first
  // part no body of its own (not `财政局与X委员会`).
  return text.endsWith('委员会', next.end) && suffixes.before(text, part.end) === undefined
}

/**
 * Whether `A和B委员会` is one body named after its two fields
 * (`市政协文史和学习委员会`), not two owners: the first part reads only as
 * a unit and a name (`市政协` + `文史`), and the last part has no place
 * prefix of its own (`学习委员会`).
 */
function namesCommittee(text: string, part: Span, next: Span): boolean {
  return readSingle(text, part.start, part.end)?.kind === 'unit-person' && places.at(text, next.start) === undefined
}

const managed = words(managedDivisionEndings)
const acrossEnd = new Set(suffixVerbs)
const places = words(placePrefixes)

/**
 * A unit with the other name it works under in brackets: `党群工作部(人力资源部)`,
 * or with the bare suffix of its other name (`学生工作部(处)`).
 */
function isUnitWithAlias(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x29 /* ) */) return false
  const open = text.lastIndexOf('(', end - 1)
  if (open <= start || !isUnit(text, start, open)) return false
  return isUnit(text, open + 1, end - 1) || suffixes.before(text, end - 1)?.length === end - 1 - (open + 1)
}

/** `孙浩` (a name) or `市统计局孙浩` (a unit and a name). */
function splitUnitName(text: string, start: number, end: number): Actor | null {
  const whole = {start, end}
  if (isName(text, start, end)) {
    return {kind: 'person', whole, value: whole, parts: [whole], name: whole, title: null, unit: null}
  }
  for (let length = 3; length >= 2; length--) {
    const nameStart = end - length
    if (nameStart - start < 2 || cutsSuffix(text, nameStart, end)) continue
    if (isName(text, nameStart, end) && isUnit(text, start, nameStart)) {
      const unit = {start, end: nameStart}
      const name = {start: nameStart, end}
      return {kind: 'unit-person', whole, value: unit, parts: [whole], name, title: null, unit}
    }
  }
  return null
}

/**
 * Whether a name starting at `nameStart` would cut a unit suffix that runs
 * across it: `县政府办|公室行` (`公` a surname, `办公室` the suffix).
 */
function cutsSuffix(text: string, nameStart: number, end: number): boolean {
  for (let at = nameStart + 1; at < end; at++) {
    const suffix = suffixes.before(text, at)
    if (suffix !== undefined && at - suffix.length < nameStart) return true
  }
  return false
}

/** Whether a code unit ends a sentence or a point: `;`, `。`. */
function endsPart(code: number): boolean {
  return code === 0x3b /* ; */ || code === 0x3002 /* 。 */
}

/**
 * Find an actor that starts at `start` and is followed by one of `followers`:
 * the earliest end that makes both true, within `limit`.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the actor starts.
 * @param limit
 *   Where to stop looking (a clause end).
 * @param following
 *   Words that may follow the actor, as a lookup made once by the caller
 *   (`words(list)`): finding it again on every call cost a `WeakMap` lookup
 *   per clause.
 * @returns
 *   The actor and the follower, or null.
 */
export function actorBefore(
  text: string,
  start: number,
  limit: number,
  following: Words
): {actor: Actor; follower: string} | null {
  const stop = Math.min(limit, start + 40)
  if (endsPart(text.charCodeAt(start))) return null
  for (let end = start + 2; end < stop; end++) {
    // No actor runs over the end of a sentence or of a point (`A级班由季红负责;(二)…由副主任殷俊负责`).
    if (endsPart(text.charCodeAt(end - 1))) return null
    // `村委会副主任 乔建军 介绍了…`: a name padded with spaces before its verb, after its title.
    if (text.charCodeAt(end) === 0x20 && text.charCodeAt(end - 1) !== 0x20) {
      const padded = spacedActor(text, start, end, stop, following)
      if (padded) return padded
    }
    const follower = following.at(text, end)
    if (follower === undefined || notFollowerAt(text, end)) continue
    // The 要 of `主要` is no follower (`区住建局、各乡镇主要负责同志参加会议`: no `各乡镇主`);
    // nor a verb that names an office or a group with 室 or 组 after it (`县委督查室`, `县政府督导组`).
    if (text.startsWith('主要', end - 1) || (officeNamingVerbs.includes(follower) && '室组'.includes(text.charAt(end + follower.length)))) continue
    // (Nor one that names a party committee's department with 部: `由党委组织部逐一谈话`, not `党委` + `组织部…`.)
    if (departmentNamingVerbs.includes(follower) && text.charAt(end + follower.length) === '部' && text.charAt(end + follower.length + 1) !== '分') continue
    // Most places a follower stands are not the end of an actor: turned away before `readActor`.
    if (!mayReadActor(text, start, end)) continue
    // Two followers in a row (`城乡社区要加强`): the actor ends before the first, not with it
    // (`城乡社` + a name `区要`).
    if (following.before(text, end) !== undefined) continue
    const actor = readActor(text, start, end) ?? (leadingVerbs.has(follower) ? titledLongName(text, start, end) : null)
    if (actor) return longerUnit(text, start, end, follower.length, stop, following) ?? {actor, follower}
  }
  return null
}

/**
 * A person set off by spaces between a title and a follower
 * (`村委会副主任 乔建军 介绍了…`, `副院长 乔建军 汇报了…`): the actor up to
 * the name, with the follower after the spaces; null unless a title
 * stands right before the spaces that open the name.
 */
function spacedActor(text: string, start: number, end: number, stop: number, following: Words): {actor: Actor; follower: string} | null {
  const after = skipSpaces(text, end, stop)
  const follower = after < stop ? following.at(text, after) : undefined
  if (follower === undefined) return null
  const open = text.lastIndexOf(' ', end - 1)
  if (open <= start || titleWords.before(text, open) === undefined) return null
  const actor = readActor(text, start, end)
  return actor && actor.name !== null && actor.name.start === skipSpaces(text, open, end) ? {actor, follower} : null
}

/** Where the spaces that start at `at` end, before `end`. */
function skipSpaces(text: string, at: number, end: number): number {
  let index = at
  while (index < end && text.charCodeAt(index) === 0x20) index++
  return index
}

/**
 * Whether `readActor(text, start, end)` may find an actor: one ends in a
 * unit suffix, an abbreviation, a title or a trailer (`mayEndActor`), a
 * name (a surname two to four characters back), or a bracket (`X(Y)`), or
 * anywhere after a joiner or a middle dot. A quick test for callers that
 * would try many ends; where it says no, `readActor` gives null.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the actor would start.
 * @param end
 *   Where it would end.
 * @returns
 *   Whether it may.
 */
export function mayReadActor(text: string, start: number, end: number): boolean {
  return mayEndActor(text, end) || mayEndName(text, end) || text.charCodeAt(end - 1) === 0x29 /* ) */ || joins(text, start, end)
}

/** Code units of the joiners (`和`, `与`, `及`, `、`, `同`, `以及`) and of middle dots (`·`), as a table. */
const joinerUnits = new Uint8Array(0x10000)
for (const character of ownerJoiners.join('') + middleDots) joinerUnits[character.charCodeAt(0)] = 1

/**
 * Whether a joiner or a middle dot stands in a span: then an actor may end
 * in neither a suffix, a title nor a name (a generic last part,
 * `市住建局、各镇街`; a transliterated name).
 */
function joins(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (joinerUnits[text.charCodeAt(index)] === 1) return true
  return false
}

/**
 * A unit that runs on past a shorter one whose next characters begin a
 * task (`党委` + `组织…` in `党委组织部按程序…`): the longer unit, ending in a
 * unit suffix a few characters on and itself followed by a follower; or the
 * unit and a post of its staff (`机关党委组织员`).
 */
function longerUnit(text: string, start: number, end: number, followerLength: number, stop: number, following: Words): {actor: Actor; follower: string} | null {
  // A post of the unit's staff whose title begins as a task may (`机关党委` + `组织员` in
  // `由机关党委组织员具体指导`): the actor as written (see `readActor`).
  const post = staffPostAt.at(text, end)
  if (post !== undefined && end + post.length < stop) {
    const follower = following.at(text, end + post.length)
    const actor = follower === undefined || notFollowerAt(text, end + post.length) ? null : readActor(text, start, end + post.length)
    if (follower !== undefined && actor) return {actor, follower}
  }
  // Not over `对` and what the task works on (`县住建局` + `对全县在建…`: no unit `县住建局对全县`).
  if (objectOpeners.at(text, end) !== undefined && !/^对[外口]/.test(text.slice(end, end + 2))) return null
  // Nor over the partner consulted (`法制委员会` + `商市司法局召开…`: no unit `法制委员会商市司法局`).
  if (text.charAt(end) === '商' && consultingStarts.some((word) => text.startsWith(word, end))) return null
  // Over a joiner (`实验室` + `与设备管理处`), as far as a second name of a division may run;
  // after a unit's short name with no suffix (not a person or a post), one more (`规划` + `实施监督处`).
  const reach = joiners.at(text, end) !== undefined ? 10 : suffixes.before(text, end) || readActor(text, start, end)?.unit?.start !== start ? 4 : 5
  // Not inside the follower read after the shorter one: `X所` would eat the `所` of `X所作的报告`.
  for (let longer = end + Math.max(1, followerLength); longer <= Math.min(stop - 1, end + reach); longer++) {
    if (!suffixes.before(text, longer) || !isUnit(text, start, longer)) continue
    // With its other name in brackets: `党委组织部(机构编制办公室)按程序…`.
    let after = longer
    if (text.charCodeAt(longer) === 0x28 /* ( */) {
      const close = indexWithin(text, ')', longer + 1, Math.min(stop, longer + 16))
      if (close !== -1 && isUnitWithAlias(text, start, close + 1)) after = close + 1
    }
    const follower = following.at(text, after)
    if (follower === undefined || notFollowerAt(text, after)) continue
    const actor = readActor(text, start, after)
    if (actor && actor.kind === 'unit') return {actor, follower}
  }
  return null
}

/**
 * A working group of a task force or a headquarters named by its work before a colon
 * (`征收组:`, `安置组:`, `宣传组:`), which no unit suffix names: a unit of two ideographs and `组`
 * ending at `end`, not a count (`一组`, `三组`); or null.
 *
 * @param text
 *   Normalized text.
 * @param start
 *   Where the line's words start.
 * @param end
 *   Where the colon stands.
 * @returns
 *   The group as a unit, or null.
 */
export function workingGroup(text: string, start: number, end: number): Actor | null {
  if (end - start !== 3 || text.charAt(end - 1) !== '组') return null
  for (let at = start; at < end - 1; at++) if (!isIdeograph(text.charCodeAt(at)) || '一二三四五六七八九十两小各'.includes(text.charAt(at))) return null
  const whole = {start, end}
  return {kind: 'unit', whole, value: whole, parts: [whole], name: null, title: null, unit: whole}
}
