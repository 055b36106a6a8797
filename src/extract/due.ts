/**
 * Deadlines in tasks: the phrase as written (`6月底前`, `于8月15日前`,
 * `10个工作日内`, `尽快`), resolved against the meeting date where it can be.
 */

import {appendAll, createDoc, isIdeograph} from '../doc.js'
import {
  datePromises,
  banWords,
  completionAdverbs,
  completionNounHeads,
  periodDoingVerbs,
  completionVerbs,
  deadlineBounds,
  deadlineEnds,
  deadlineTimesOfDay,
  deadlineVerbs,
  holidays,
  meetingAnchors,
  monthMiddle,
  monthParts,
  moreHolidays,
  qingmingWords,
  nextMeetingWords,
  workNamingVerbs,
  notDeadlineAfter,
  vacations,
  vacationWorkVerbs,
  festivalWorks,
  seizingVerbs,
  notFestivalBefore,
  promptDeadlines,
  recurringPeriods,
  recurringReportVerbs,
  startWords,
  termNouns,
  serviceStandardVerbs,
  targetLeads,
  timeOfDayWords,
  unnamedFestivals,
  vagueDeadlineModals,
  vagueDeadlinePartners,
  consultingStarts,
  vagueDeadlines,
  ongoingClauses,
  ongoingDeadlines,
  caseOpeners,
  ongoingStarts,
  ongoingSubjects,
  venueOpenings,
  venueStops,
  serviceCases
} from '../lexicon.js'
import {isSpace} from '../parse/line.js'
import {words} from '../words.js'
import {isUnit} from './actor.js'
import type {DueKind} from '../record.js'
import {chineseNumber, daysInMonth, findDates, isoDate, parseIso, type FoundDate} from './date.js'
import {lunarFestival} from './lunar.js'

/** A deadline found in a task. */
export interface Due {
  /** Offsets of the phrase as written, relative to the searched text. */
  start: number
  end: number
  /** ISO date where it resolves, else null. */
  date: string | null
  kind: DueKind
}

/** Parts of a date, for arithmetic. */
export interface Day {
  year: number
  month: number
  day: number
}

const chineseNumeral = '[一二两三四五六七八九十百]'
/**
 * A number, which never starts inside a run of its digits: tried there it
 * would match the run's tail only where the run's start already failed, and
 * trying every offset of a long run made the search quadratic.
 */
const number = `((?<!\\d)\\d+|(?<!${chineseNumeral})${chineseNumeral}+)`
const ends = `(?:${deadlineEnds.join('|')})`
const parts = monthParts.map(([word]) => word).join('|')
/** A part of a month: `底`, `中旬`, `初` …, or its middle (`中`, after `中旬` so that this wins). */
const partOrMiddle = `${parts}|${monthMiddle[0]}`
/**
 * Words before a deadline that may belong to it: `于`, `在`, and bounds
 * (`不晚于`, `截至`), which make a date a deadline on their own.
 */
const lead = `(?:${deadlineBounds.join('|')}|于|在)?`

/** A year before a month, written in digits or in Chinese ones (`二〇二七年`) or said: groups year, relative year (see `namedYear`). */
const yearOfMonth = '(?:(\\d{4}|[〇○零一二三四五六七八九]{4})年|(今年|本年|明年|次年|来年|翌年))?'
/** A month's number, or `元` (`元月`, January). */
const monthNumber = `((?<!\\d)\\d+|(?<!${chineseNumeral})${chineseNumeral}+|元)`
/** `6月底前`, `明年3月中旬前`, `2025年1月底前`, `截至6月底`, `6 月底前` (a PDF's spacing), `元月底前`, `6月底(含)前`. Groups: lead, year, relative year, month, part. */
const monthPartPattern = new RegExp(`(${deadlineBounds.join('|')}|于|在|至|到)?${yearOfMonth}${monthNumber} ?月(?:份)?(${partOrMiddle})(?:\\(含(?:当月|当日|当天)?\\))?${ends}?`, 'g')
/** `本月20日前`, `下月10日前`, `次月5日前`: a day of the meeting's month or the next. */
// (A weekday in brackets may stand before the ending: `本月25日(星期六)前`.)
const monthDayPattern = new RegExp(`${lead}(本|下|当|次)月${number}[日号](?:\\((?:星期|周)[一二三四五六日天]\\))?${ends}`, 'g')
/** `9月前`, `9月份之前`: before the month starts. */
const monthBeforePattern = new RegExp(`${lead}${yearOfMonth}${number}月(?:份)?${ends}`, 'g')
/**
 * `6月份完成`, `于2025年3月完成`, `6月内`: a month before a verb of delivery,
 * or bounded by `内`, which bounds the task by its end. Groups: year,
 * relative year, month, `内`.
 */
const monthPattern = new RegExp(`${lead}${yearOfMonth}${number}月(?:份)?(之内|以内|内)?`, 'g')
/**
 * `三季度末前`, `第二季度前`, `于2024年第三季度完成`, `上半年内`: quarters and
 * halves of a year. Groups: lead, relative year, year, quarter, half,
 * `末`/`底`, the ending.
 */
const periodPattern = new RegExp(
  `(${deadlineBounds.join('|')}|于|在)?(?:(今年|本年|明年|次年|来年|翌年)|(\\d{4})年)?(?:第?([一二三四1-4])季度|([上下])半年)(末|底)?(之前|以前|前|之内|以内|内)?`,
  'g'
)
/**
 * `本季度末前`, `下季度内`: the meeting's quarter or the next; a bare `季度末前` is the meeting's too
 * (not `一季度末`, `每季度末`). Groups: 本/下/当, `末`/`底`, the ending.
 */
const quarterOfMeetingPattern = new RegExp(`${lead}(?:(本|下|当)|(?<![\\d一二三四第每个上本下当]))季度(末|底)?(之前|以前|前|之内|以内|内)?`, 'g')
/** Holidays of the lexicon, and other days that bound a task. */
const allHolidays = [...holidays, ...moreHolidays]
/** The words of the days that bound a task: the lexicon's holidays and `moreHolidays`. */
export const holidayWords: readonly string[] = allHolidays.map(([word]) => word)

/** Verbs before a bare `年末` that make it a chance or the kind of the work, not a limit (not `完成`). */
const yearEndWorkVerbs = [...seizingVerbs, ...workNamingVerbs.filter((verb) => verb !== '完成')]

/** Events with no day of their own, which a date before them sets: `开标`, `开工`, `通车`. */
const milestoneWords = allHolidays.filter(([word, month]) => month === null && word.length <= 4 && !/[期节假季]$/.test(word)).map(([word]) => word)

/**
 * The length of a milestone written between a date and its ending (`开标` of `8月20日开标前`), or 0.
 */
function datedMilestone(norm: string, at: number): number {
  if (deadlineEnds.some((word) => norm.startsWith(word, at))) return 0
  const word = milestoneWords.find((each) => norm.startsWith(each, at) && deadlineEnds.some((ending) => norm.startsWith(ending, at + each.length)))
  return word?.length ?? 0
}

/**
 * The day a holiday falls on in a year: fixed (`国庆节`, 1 October), 清明, or a
 * festival of the Chinese calendar from its table (`春节`, see `lunar.ts`);
 * null for a season or an event with no day (`汛期`, `开学`).
 */
function holidayIn(word: string, year: number): Day | null {
  const fixed = allHolidays.find(([holiday]) => holiday === word)
  if (fixed?.[1] && fixed[2]) return {year, month: fixed[1], day: fixed[2]}
  return qingmingWords.includes(word) ? qingming(year) : lunarFestival(word, year)
}

/** The next day a holiday falls on, from the meeting's day (`春节前` in December: the coming one). */
function holidayOnOrAfter(word: string, meeting: Day): Day | null {
  const day = holidayIn(word, meeting.year)
  if (!day || day.month > meeting.month || (day.month === meeting.month && day.day >= meeting.day)) return day
  return holidayIn(word, meeting.year + 1)
}

/**
 * The day of 清明 in a year of this century: 4 or 5 April, by the usual
 * rule for the solar term (the year's last two digits × 0.2422 + 4.81,
 * less their leap days); null outside 2000–2099, where the rule differs.
 */
function qingming(year: number): Day | null {
  if (year < 2000 || year > 2099) return null
  const y = year % 100
  return {year, month: 4, day: Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4)}
}

/**
 * Where `两节前` (`双节前`) at `at` starts with the two festivals it names before it
 * (`中秋、国庆两节前`, `元旦春节两节前`); else `at`.
 */
function twoFestivalsNamed(norm: string, at: number, word: string): number {
  if ((word !== '两节' && word !== '双节') || !norm.startsWith(word, at)) return festivalNamedBefore(norm, at, word)
  let start = at
  for (let count = 0; count < 2; count++) {
    const named = holidayWords.find((holiday) => holiday.length > 1 && holiday !== word && start >= holiday.length && norm.startsWith(holiday, start - holiday.length))
    if (named === undefined) return at
    start -= named.length
    if (count === 0 && '、和与'.includes(norm.charAt(start - 1)) && start > 1) start--
  }
  return start
}

/**
 * Where a holiday's deadline at `at` starts with the holiday named before it and
 * joined to it (`在元旦、春节前`, `于中秋和国庆前`, `元旦春节前`: before both, the later bounding the
 * task), with the word that leads them in; else `at`.
 */
function festivalNamedBefore(norm: string, at: number, word: string): number {
  // (Or written together with no word between: `元旦春节前`.)
  const joiner = '、和与'.includes(norm.charAt(at - 1)) ? 1 : 0
  if (!norm.startsWith(word, at) || at < 2 || (joiner === 0 && word.length < 2)) return at
  const named = holidayWords.find((holiday) => holiday.length > 1 && holiday !== word && at - joiner >= holiday.length && norm.startsWith(holiday, at - joiner - holiday.length))
  if (named === undefined) return at
  const start = at - joiner - named.length
  return '在于'.includes(norm.charAt(start - 1)) && start > 0 ? start - 1 : start
}

/**
 * A lead time before a day: `前一周`, `前3天`, `前5个工作日`, `前一个月` (`运动会前一周完成`, `国庆节前3天`).
 * Groups: the count, the unit.
 */
const stretchBefore = `(\\d{1,2}|[一二两三四五六七八九十]{1,2})(天|日|周|个工作日|个月)`
/**
 * `国庆节前`, `明年元旦前`, `2026年秋季开学前`, `两节前`, `汛期来临前`, `供暖季开始前`, `董事会召开前`, `9月开学前` (the month
 * it falls in), `“五一”前` (quoted), `寒假结束之前` (the end of a season or holiday), `春节放假前`, `元旦前夕`
 * (its eve), `下一供暖季开始前` (the next one), `国庆假期前`, `春节长假前` (its days off, which begin on it),
 * `春节(农历正月初一)前` (its day glossed in brackets), `“三八”国际妇女节前` (its short name quoted before its full
 * one), `“三八”节前` (quoted before 节).
 */
const holidayPattern = new RegExp(`${lead}(?:下一个?|下个)?(今年|明年|\\d{4}年)?(?:\\d{1,2}月份?)?(?:[“"][一二三五六七八十]{2}[”"](?=国际))?[“"]?(${holidayWords.join('|')})(?:[”"]节?)?(?:\\([^()]{1,10}\\))?(?:假期|长假)?(?:来临|到来|开始|召开|结束|放假|成绩公布)?(?:前夕|前${stretchBefore}|${ends})`, 'g')
/**
 * `下次调度会前`, `在下一次党委会议前`, `下次会议召开前`: the next sitting of a
 * meeting (up to eight characters of its kind between), on a day the text does not give;
 * also at a named kind's next sitting, before a report made there (`在下次例会上通报落实情况`; not
 * `下次会议上`, a body's next session, which may be far off).
 */
const nextMeetingPattern = new RegExp(`${lead}(?:${nextMeetingWords.join('|')})(?:[\\u4e00-\\u9fff]{0,8}?会(?:议)?(?:召开)?${ends}|[\\u4e00-\\u9fff]{1,8}?会(?:议)?上(?=通报|汇报|报告))`, 'g')
/**
 * `于常委会会议召开7日前`, `董事会召开10天前`: a lead time written after the sitting or event and its verb,
 * on a day the text does not give. Groups: the event, the count, the unit.
 */
const eventLeadPattern = new RegExp(`${lead}[“"]?(${holidayWords.join('|')})[”"]?(?:召开|开始|来临|到来)(\\d{1,2}|[一二两三四五六七八九十]{1,2})(天|日|个工作日)(?:之前|以前|前)`, 'g')
/**
 * `在会前完成`, `于会前报送`, `会前7天送达`, `于会前一周`: before the sitting the text speaks of, on a day it
 * does not give (not `会前,…`, the past). A count is read with its unit only.
 */
const meetingEvePattern = /(?:于|在)会前(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个工作日|天|日|周|个月))?|会前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个工作日|天|日|周|个月)/g
/** `于节后第一个工作日`, `春节后第一个工作日前`. Groups: the festival, named or not (`节`, `年`). */
const firstWorkdayPattern = new RegExp(`${lead}(${[...holidayWords].sort((a, b) => b.length - a.length).join('|')}|${unnamedFestivals.join('|')})后(?:的)?第[一1]个工作日(?:${deadlineEnds.join('|')}|之内|以内|内)?`, 'g')
/** `年前`, `于节前`: a festival the text does not name (see `isFestival`). Groups: the ending. */
const festivalPattern = new RegExp(`${lead}(?:${unnamedFestivals.join('|')})(${deadlineEnds.join('|')})`, 'g')
/**
 * `年底前`, `今年年底前`, `2024年底前`, `2027年年底前`, `本年度末` (the year as its accounts say it), `至年底` (a stretch's end, as `即日起至4月底`); `年内`, `本年度内`, `明年内`, `2025年内` (not
 * `三年内`, `半年内`: stretches, see `relativePattern`). Groups: year said or
 * written before `年底`, before `年内`, digits before `年内`.
 */
const yearEndPattern = new RegExp(
  `(?:${deadlineBounds.join('|')}|于|在|至)?(今年|本年|明年|今|本|明|\\d{4})?(?:(?<=\\d)年)?(?:年底|年末|年度末|年度底)${ends}?|(?<![\\d一二两三四五六七八九十半])(今|本|明)?年度?内|(?<!\\d)(\\d{4})年?年度?内`,
  'g'
)
/**
 * `于年中`, `年中前`, `今年年中前`, `年中完成`: the middle of the year, its 30 June (not `今年中`,
 * `年中央`, `年中期`). Groups: lead, relative year, the ending.
 */
const midYearPattern = new RegExp(`(${deadlineBounds.join('|')}|于|在)?(今年|本年|明年)?(?<![今明去本当前])年中(?![央国心期])(之前|以前|前)?`, 'g')
/**
 * `本学期内`, `本学期末前`, `下学期开学前`, `2026年秋季学期前`, `9月新学期前` (a term of a school's calendar, which
 * each school sets: no date). Groups: 本/下/当, `末`, the ending.
 */
const termPattern = new RegExp(`${lead}(?:(本|下|当|这个|(?:\\d{1,2}月)?新|(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年|今年|明年)?(?:春季|秋季))|(?<![上一两三四五六七八九十\\d]))学期(末|结束|开学)?(之前|以前|前|之内|以内|内)?`, 'g')
/**
 * `11.30前`, `于9.15之前`: a month and day parted by a dot, as quick notes of a dispatch
 * write them; only before `前` (else a decimal). Groups: month, day.
 */
const dottedDayPattern = /(?:于|在)?(?<![\d.])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?![\d.])(?:之前|以前|前)/g
/** `本学年内`, `本学年末前`, `下学年开学前`: a school year, as a term is read (no date); `在学期末`, `于本学年末`: its end. */
const schoolYearPattern = new RegExp(`${lead}(?:本|下|当|这个)学年(?:末|结束|开学)?(?:之前|以前|前|之内|以内|内)|(?:在|于)(?:本|下|当|这个)?学(?:年|期)末(?![前内])`, 'g')
/**
 * `第3周前`, `第十教学周前`, `第二周周五前`: a week of a school's term (or a day of it), which each school counts (no date);
 * after the term's opening the week itself bounds the work, as a holiday's `期间` does (`开学第一周`, `开学后第二周内`),
 * unless the work starts then (`从开学第一周起`).
 */
const teachingWeekPattern = new RegExp(
  `${lead}(?:第[\\d一二三四五六七八九十]{1,3}(?:个)?(?:教学)?周(?:(?:周|星期)[一二三四五六日天])?(之前|以前|前|之内|以内|内)|(?:开学后?|新学期)第[\\d一二三四五六七八九十]{1,3}(?:个)?(?:教学)?周(?:之前|以前|前|之内|以内|内|(?!起|开始)))`,
  'g'
)
/** `寒假期间`, `于暑假内`, `寒假期间组织施工`, `暑期完成`: a school's holiday the task is done in (see `vacations`), to its end, which each school sets. */
const vacationPattern = new RegExp(`${lead}(?:今年|明年)?(?:${vacations.join('|')})(?<within>期间|内)?`, 'g')
/**
 * `月底前`, `本月底前`, `下月初`, `下个月初`, `本月中旬前`, `月中`, `本月内`, `月内`: a part
 * of the meeting's month or the next (`月内` is the meeting's; not `3个月内`,
 * `半月内`, stretches). Groups: 本/下/当, the part, 本/下/当 before `月内`.
 *
 * `下月初` is the 10th of the next month, as `初` is in `6月初前` (see
 * `monthParts`: `初` and `上旬` name the same first ten days); a vague kind
 * would drop a date that those who track the task can still hold it to.
 * `月中` is the 15th: it names the middle of the month as a point, where
 * `中旬`, a third of the month, ends on the 20th.
 */
const monthOfMeetingPattern = new RegExp(
  `(?<![\\d一二两三四五六七八九十元] ?)${lead}(?:(本|下|当|次)个?)?月(${partOrMiddle})${ends}?|(?<![\\d一二两三四五六七八九十个半岁])(本|下|当|次)?月(?:之内|以内|内)`,
  'g'
)
/**
 * `10个工作日内`, `三日内`, `24小时内`, `两周内`, `1个月内`, `半年内`,
 * `会后一周内`, `限期一个月`, `本周内`. A Chinese number may start one numeral into a run
 * whose start follows `月` or a digit, but nowhere else inside a run (see
 * `number`); a match inside a date (`5月十五日内`) is left out by
 * `relativeDue`, as is one with neither `内` nor `限期` (checked there, so
 * that the pattern has no branch of its own for 限期).
 */
const relativePattern = new RegExp(
  `(?<![月\\d])(?:在|于)?(?<anchor>${meetingAnchors.join('|')}|限期)?(?<count>\\d+|(?<!(?<![月\\d])${chineseNumeral})${chineseNumeral}+|半)(?<unit>个?(?:工作日|小时|日|天|周|星期|月|年))(?<within>之内|以内|内)?|(?:在|于)?(?<week>本|下)一?周(?:之内|以内|内)`,
  'g'
)

/**
 * `每月10日前`, `每月底前`, `每季度末前`, `每周五前`, `每年12月底前`,
 * `每季度结束后10日内` (`终了后`, the accounts' word), `每学年结束后一个月内`, `每日17时前`, `每季度首月10日前`,
 * `每月最后一个工作日前` (`last`), and a bare period
 * (`每半年`, `按月`) whose verb `recurringDues` checks. Named groups: `by`
 * (每, 按), `period`, the anchor in the period (`periodMonth` with its
 * `periodDay`, `day`, `part` with its `unit` 月/年, `month` with its
 * `monthPart` or `monthDay`, `weekday`, `hour`), `after` (a count after
 * the period ends) and `ending`. Each piece is optional and starts with
 * characters the one before cannot take, so nothing backtracks far.
 */
const recurringPattern = new RegExp(
  `(?<by>每个?|按)(?<period>${recurringPeriods.join('|')})` +
    `(?:(?<periodMonth>首月|末月|第[一二三]个?月)(?:(?<periodDay>\\d+|${chineseNumeral}+)[日号])?|(?<day>\\d+|${chineseNumeral}+)[日号]|(?<unit>[月年])?(?<part>${parts})|(?<month>\\d+|${chineseNumeral}+)月份?(?:(?<monthPart>${parts})|(?<monthDay>\\d+|${chineseNumeral}+)[日号])?|(?<last>最后一个?(?:工作日|周|天|日))|(?:周|星期)?(?<weekday>[一二三四五六日天])|(?<hour>\\d{1,2})(?:[时点]|:\\d{2}))?` +
    `(?<after>(?:结束后|终了后|后)(?:\\d+|${chineseNumeral}+)个?(?:工作日|日|天|月)(?:之内|以内|内))?` +
    `(?<ending>之前|以前|前|之内|以内|内)?`,
  'g'
)
/** Periods that a day of the month, a month, a weekday or an hour may anchor. */
const anchoredBy: Readonly<Record<string, readonly string[]>> = {
  periodMonth: ['季度', '季', '半年', '年', '年度'],
  day: ['月', '季度', '季'],
  part: ['月', '双月', '季度', '季', '年', '年度', '半年', '旬'],
  month: ['年', '年度'],
  weekday: ['周', '星期', '两周', '双周'],
  hour: ['日', '天'],
  // `每月最后一个工作日前`, `每季度最后一周`: the last day or week of each period.
  last: ['月', '周', '星期', '季度', '季', '年', '年度', '半年', '旬']
}
/** What may follow a weekday that makes it a count (`每周一次`), not a day. */
const notWeekday = '次个遍期轮批'

/**
 * Recurring deadlines: `每月10日前`, `每季度末前`, `每半年报送`, `按月上报`.
 * They have no single date. A bare period is one only before a verb of
 * reporting (`每半年报送`, `每月向市政府报告`); before any other verb it is a
 * frequency (`每月召开一次调度会`). An anchored period without an ending is
 * one before a verb of delivery (`每月10日报送`), or as a labelled value.
 */
function recurringDues(norm: string, labelled: boolean): Due[] {
  const found: Due[] = []
  if (!norm.includes('每') && !norm.includes('按')) return found
  for (const match of matches(recurringPattern, norm)) {
    const groups = match.groups ?? {}
    const period = groups.period
    const bare = match.index + groups.by.length + period.length
    const anchor = Object.keys(anchoredBy).find((name) => groups[name] !== undefined)
    const valid =
      groups.by !== '按' &&
      (anchor === undefined ||
        (anchoredBy[anchor].includes(period) && !(anchor === 'weekday' && isOneOf(notWeekday, norm.charAt(match.index + match[0].length)))))
    // An anchor the period cannot have (`每月一次`) leaves the bare period.
    const end = valid ? match.index + match[0].length : bare
    if (valid && (groups.ending || groups.after)) {
      found.push({start: match.index, end, date: null, kind: 'recurring'})
      continue
    }
    // `每周五下班前`, `每月10日17时前`: an anchor, a time of day, and the ending.
    const timed = valid && anchor ? endingAfterTime(norm, end) : -1
    if (timed !== -1) {
      found.push({start: match.index, end: timed, date: null, kind: 'recurring'})
      continue
    }
    // `每月5日、20日前`, `每日8时、17时前`, `每周一、周四下班前`: two anchors of each period, the ending after the second.
    const second = valid && anchor ? secondAnchor.exec(norm.slice(end, end + 8)) : null
    const closed = second ? endingAfterTime(norm, end + second[0].length) : -1
    if (closed !== -1) {
      found.push({start: match.index, end: closed, date: null, kind: 'recurring'})
      continue
    }
    // `每周一例会前`, `每月5日调度会前`: before the sitting held on each anchor.
    const sitting = valid && anchor ? sittingBefore.exec(norm.slice(end, end + 8)) : null
    if (sitting) {
      found.push({start: match.index, end: end + sitting[0].length, date: null, kind: 'recurring'})
      continue
    }
    // `每日下午5点前`, `每天下班前`: a daily period, its time of day, and the ending.
    const daily = valid && !anchor && anchoredBy.hour.includes(period) && timeNote(norm, end) > 0 ? endingAfterTime(norm, end) : -1
    if (daily !== -1) {
      found.push({start: match.index, end: daily, date: null, kind: 'recurring'})
      continue
    }
    // (`每周一汇总通报`, `每周五汇总各单位进展报X`: a day's gathering that the report follows; a bare period's
    // `每半月通报一次` is a frequency.)
    if (valid && anchor && (labelled || reportAt(norm, end))) {
      found.push({start: match.index, end, date: null, kind: 'recurring'})
      continue
    }
    // `每周一上午报送`, `每月5日下午报`, `每周四下午汇总报X`: an anchor and its time of day, then the report.
    const timeOfDay = valid && anchor ? timeOfDayWords.find((word) => norm.startsWith(word, end)) : undefined
    if (timeOfDay !== undefined && reportAt(norm, end + timeOfDay.length)) {
      found.push({start: match.index, end: end + timeOfDay.length, date: null, kind: 'recurring'})
      continue
    }
    if (labelled ? endsText(norm, bare) : reportFollows(norm, bare)) found.push({start: match.index, end: bare, date: null, kind: 'recurring'})
  }
  return found
}

/** A second anchor of each period: `、20日` of `每月5日、20日前`, `、17时` of `每日8时、17时前`, `、周四` of `每周一、周四下班前`. */
const secondAnchor = /^[、和](?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号时点]|(?:周|星期)[一二三四五六日天])/

/** A meeting held on a recurring day and the ending before it: `例会前` of `每周一例会前`. */
const sittingBefore = /^[\u4e00-\u9fff]{0,3}?(?:例会|调度会|办公会|会议)(?:之前|以前|前)/

/**
 * Whether what stands at `at`, after an anchored period, is a delivery or a report: `报送`,
 * `向X报告`, or a gathering the report follows (`汇总通报`, `汇总各单位进展报X`).
 */
function reportAt(norm: string, at: number): boolean {
  return delivers(norm, at) || reportFollows(norm, at) || (norm.startsWith('汇总', at) && gatheredReport(norm, at + 2)) || madeKnownAt(norm, at)
}

/**
 * Whether a report where it is made known stands at `at` (`在全市例会上通报`), once, not a count of
 * times (`在院周会上通报一次` after a bare period is how often).
 */
function madeKnownAt(norm: string, at: number): boolean {
  if (norm.charAt(at) !== '在') return false
  for (let index = at + 1; index < Math.min(norm.length, at + 16); index++) {
    if (isClauseBreak(norm.charCodeAt(index))) return false
    if (norm.startsWith('上通报', index)) return !/^[一两]?次/.test(norm.slice(index + 3, index + 5))
  }
  return false
}

/**
 * Whether a report follows what is gathered from `at` before the clause ends: `通报`, `报区整改办`, `上报`;
 * or opens the clause after its comma (`每周一汇总各单位进展,报召集人`).
 */
function gatheredReport(norm: string, at: number): boolean {
  for (let index = at; index < Math.min(norm.length, at + 16); index++) {
    if (isClauseBreak(norm.charCodeAt(index))) return norm.charAt(index) === ',' && recurringReportVerbs.some((verb) => norm.startsWith(verb, index + 1))
    if (norm.startsWith('通报', index) || recurringReportVerbs.some((verb) => norm.startsWith(verb, index))) return true
  }
  return false
}

/**
 * Whether a verb of reporting stands at `at` (`报送`), or after `向` and
 * whom it goes to (`向市政府报告`) or `将` and what is sent (`将X报…`) before the clause ends.
 */
function reportFollows(norm: string, at: number): boolean {
  if (recurringReportVerbs.some((verb) => norm.startsWith(verb, at))) return true
  // (Or after `将` and what is sent: `每季度末将培训情况报分管领导`.)
  if (norm.charAt(at) !== '向' && norm.charAt(at) !== '将') return false
  for (let index = at + 1; index < Math.min(norm.length, at + 16); index++) {
    if (isClauseBreak(norm.charCodeAt(index))) return false
    if (recurringReportVerbs.some((verb) => norm.startsWith(verb, index))) return true
  }
  return false
}

/**
 * A text with the spans of recurring deadlines blanked out (offsets kept),
 * so that no one-off form reads a date inside them (`每月10日前`).
 */
function withoutSpans(norm: string, spans: Due[]): string {
  // Pieces joined once: cutting the whole text for each span was quadratic in the spans.
  const pieces: string[] = []
  let from = 0
  for (const span of spans) {
    pieces.push(norm.slice(from, span.start), blank.repeat(span.end - span.start))
    from = span.end
  }
  pieces.push(norm.slice(from))
  return pieces.join('')
}

/** A character no pattern takes, to blank a span out. */
const blank = '\uE000'

/** A span in quotation marks, `“…”` or `"…"` as web copies have it. */
const quotedPattern = /“[^“”\n]{1,40}”|"[^"\n]{1,40}"/g

/**
 * The spans in quotation marks that name a thing (a mechanism, a slogan:
 * `“汛前清淤、汛中巡查”机制`, `"月底前清零"行动`), so that no deadline is
 * read inside them; a quoted day bounded by an ending after the mark
 * (`“五一”前`) stays a deadline.
 */
function quotedNames(norm: string): Due[] {
  if (!norm.includes('“') && !norm.includes('"')) return []
  const found: Due[] = []
  for (const match of matches(quotedPattern, norm)) {
    const end = match.index + match[0].length
    if (deadlineEnds.some((word) => norm.startsWith(word, end))) continue
    // (Nor a day's short name before its full one, or before 节: `“三八”国际妇女节前`, `“三八”节前`.)
    if (norm.startsWith('国际', end) && holidayWords.some((word) => norm.startsWith(word, end))) continue
    if (norm.charAt(end) === '节' && deadlineEnds.some((word) => norm.startsWith(word, end + 1))) continue
    // (Nor one glossed in brackets before it: `“三月三”(农历三月初三)前`.)
    const close = norm.charAt(end) === '(' ? norm.slice(end, end + 12).indexOf(')') : -1
    const gloss = close === -1 ? -1 : end + close
    if (gloss !== -1 && deadlineEnds.some((word) => norm.startsWith(word, gloss + 1))) continue
    found.push({start: match.index, end, date: null, kind: 'absolute'})
  }
  return found
}

/**
 * Find the deadline in a task: `6月底前`, `于8月15日前`, `年底前`, `尽快` …
 * Of the one-off deadlines (absolute or relative), the first written is the
 * task's (`两周内完成复核,年底前整改到位`: the first step is tracked first);
 * a one-off deadline wins over a recurring one (`每月10日前`, no single
 * date), and all over a vague one; a start date (`从6月1日起`) is not a
 * deadline.
 *
 * @param task
 *   The task text.
 * @param meetingDate
 *   The meeting's ISO date, to resolve relative and partial dates against.
 * @returns
 *   The deadline, or null.
 */
export function findDue(task: string, meetingDate: string | null): Due | null {
  const doc = createDoc(task)
  const found = findDueNormalized(doc.norm, meetingDate)
  return found && {...found, start: doc.toSource(found.start), end: doc.toSourceEnd(found.end)}
}

/**
 * `findDue` on text already normalized (see `createDoc`): offsets are into
 * that text. Extraction, which holds the normalized view, calls this to
 * avoid normalizing each task again.
 *
 * @param norm
 *   The normalized task.
 * @param meetingDate
 *   The meeting's ISO date.
 * @param labelled
 *   Whether the text is the value of a deadline label (`完成时限:6月底`),
 *   so that a date needs no `前` to be one.
 * @returns
 *   The deadline, or null.
 */
export function findDueNormalized(norm: string, meetingDate: string | null, labelled = false): Due | null {
  // A label's value that is a range of months or days (`完成时限:7月至9月`, `7月10日至8月20日`) is due
  // as written, by the end of the range.
  const range = labelled ? rangeOpening.exec(norm) : null
  if (range) {
    const end = findDueNormalized(norm.slice(range[0].length), meetingDate, true)
    if (end && end.start === 0) return {...end, start: 0, end: range[0].length + end.end}
  }
  const meeting = parseIso(meetingDate)
  const recurring = recurringDues(norm, labelled)
  // Quoted names and recurring deadlines blanked out, offsets kept (a quote overlapping a recurring one left).
  const quoted = quotedNames(norm).filter((span) => !recurring.some((cycle) => cycle.start < span.end && span.start < cycle.end))
  const spans = [...quoted, ...recurring].sort((a, b) => a.start - b.start)
  const text = spans.length > 0 ? withoutSpans(norm, spans) : norm
  // The dates of the task, found once for the absolute and the relative forms.
  const dates = findDates(text)
  // A one-off deadline is the task's, before a recurring one (`每月10日前报送进展,年底前完成`): the
  // recurring one is how often it reports. Of two one-off ones, the first written.
  const absolute = absoluteDue(text, dates, meeting, labelled)
  const relative = relativeDue(text, dates, meeting, labelled)
  let oneOff = first([absolute, relative, dayDue(text, meeting), lunarDue(text)].filter((due): due is Due => due !== null))
  // `做好寒假前学生离校安全教育,1月10日前完成`: a time right after a verb of doing names the work;
  // a deadline written after it is the task's (with none, the time stays the task's deadline).
  if (oneOff && workNamingVerbs.some((verb) => text.endsWith(verb, oneOff?.start))) {
    const rest = withoutSpans(text, [oneOff])
    const restDates = findDates(rest)
    const later = [absoluteDue(rest, restDates, meeting, labelled), relativeDue(rest, restDates, meeting, labelled), dayDue(rest, meeting)]
    oneOff = first(later.filter((due): due is Due => due !== null)) ?? oneOff
  }
  // A prompt start written before a recurring report (`即日起实行周调度,每周五报告进展`,
  // `立即组织排查,每月5日前报送`) is when the task is due; the recurring one, how often it reports.
  // (Of two, one anchored in its period wins over a bare one: `按月报送…,每月25日前报X` → `每月25日前`.)
  const cycle = first(recurring.filter((each) => anchoredCycle.test(norm.slice(each.start, each.end)))) ?? first(recurring)
  const vague = vagueDue(text)
  const prompt = vague !== null && cycle !== null && vague.start < cycle.start && promptDeadlines.some((word) => text.startsWith(word, vague.start))
  const found = oneOff ?? (prompt ? vague : cycle ?? vague) ?? ongoingDue(text, labelled)
  if (!found) return null
  // A date that does not resolve to a real day (a runaway number of months) is no date.
  const date = found.date !== null && isValidIso(found.date) ? found.date : null
  // A label's value that ends in an event names whose event it is before it (`完成时限:改造开工前`,
  // `项目验收前`): all of it is the deadline.
  const start = labelled && date === null && found.start > 0 && found.end === norm.length && eventKinds.has(found.kind) && eventSubject.test(norm.slice(0, found.start)) ? 0 : found.start
  return {start: date === null && eventKinds.has(found.kind) ? venueBefore(norm, start) : start, end: found.end, date, kind: found.kind}
}

/**
 * Where a venue's opening starts with the venue that opens (`在食堂开业前`, `新市场开业前`): the
 * opening is that venue's, so the venue is part of the deadline. Only before `开业`, `开馆`, `开园`.
 */
function venueBefore(norm: string, start: number): number {
  if (!venueOpenings.some((word) => norm.startsWith(word, start))) return start
  let cursor = start
  while (cursor > start - 6 && cursor > 0 && /[\u4e00-\u9fff]/.test(norm.charAt(cursor - 1)) && !venueStops.includes(norm.charAt(cursor - 1))) cursor--
  return start - cursor >= 2 ? cursor : start
}

/** The month or day that opens a labelled range, up to its `至` (`7月至`, `2026年7月1日至`, `七月份至`). */
const rangeOpening = /^(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月(?:份|[\d一二三四五六七八九十]{1,3}[日号])?至/

/** A recurring deadline anchored in its period: a day, a time, an end or a weekday (`每月25日前`, `每周五`), not `按月`. */
const anchoredCycle = /(?:[前内时日号底末初]|周[一二三四五六日天])$/

/** The kinds of an event's deadline (`开工前`, `验收后一周内`), whose day no date gives. */
const eventKinds: ReadonlySet<DueKind> = new Set<DueKind>(['absolute', 'relative'])
/** Words before an event in a label's value that name whose it is (`改造`, `项目`): a few characters, no punctuation. */
const eventSubject = /^[\u4e00-\u9fff]{1,8}$/

/** `今天下班前`, `明天12时前`, `明日上午前`, `今晚12时前`, `当日17时前`, `次日下班前`: the meeting's day or the next, with a time of day or none. Groups: the day. */
const dayPattern = new RegExp(`(今天|今日|当天|当日|明天|明日|次日|后天|今晚|当晚|明晚)(?:${[...timeOfDayWords, ...deadlineTimesOfDay].join('|')}|\\d{1,2}[时点])?(?:之前|以前|前)`, 'g')

/**
 * `腊月二十五前`, `正月十五前`: a day of the lunar calendar, as rural minutes
 * set terms around the Spring Festival, with the calendar named or not (`农历正月初十前`;
 * a month by its number only after it, `农历八月十五前`), its days past
 * twenty written `廿` as almanacs do (`腊月廿五前`), or its end (`农历十月底前`), perhaps glossed
 * in brackets (`正月十五(元宵节)前`).
 * Its date is not resolved.
 */
const lunarPattern = /(?:农历(?:十[一二]?|[二三四五六七八九])月|(?:农历)?(?:正月|腊月|冬月))(?:初[一二三四五六七八九十]|[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|底|末)(?:\([^()]{1,10}\))?(?:之前|以前|前)/g

/** A lunar day's deadline (see `lunarPattern`), or null. */
function lunarDue(norm: string): Due | null {
  if (!norm.includes('月')) return null
  // (With the `于`/`在` before it, as a solar date keeps it: `X在正月初八前举办…` opens with its deadline.)
  for (const match of matches(lunarPattern, norm)) return {start: match.index - ('于在'.includes(norm.charAt(match.index - 1)) && match.index > 0 ? 1 : 0), end: match.index + match[0].length, date: null, kind: 'absolute'}
  return null
}

/** A deadline on the meeting's day or a day after it (`明天下班前上报`), or null. */
/** `会后第二天`, `于会后第三天`: a day counted from the meeting's. Groups: the count. */
const meetingDayPattern = /(?:在|于)?会后第([二三四五六七])[天日]/

function dayDue(norm: string, meeting: Day | null): Due | null {
  if (!norm.includes('天') && !norm.includes('日') && !norm.includes('晚')) return null
  // `会后第二天`: the day after the meeting, as `第二天` says the next day (the meeting's the first).
  const counted = meetingDayPattern.exec(norm)
  if (counted) return {start: counted.index, end: counted.index + counted[0].length, date: meeting ? addDays(meeting, '一二三四五六七'.indexOf(counted[1])) : null, kind: 'relative'}
  for (const match of matches(dayPattern, norm)) {
    const after = match[1].startsWith('后') ? 2 : match[1].startsWith('明') || match[1] === '次日' ? 1 : 0
    return {start: match.index, end: match.index + match[0].length, date: meeting ? addDays(meeting, after) : null, kind: 'relative'}
  }
  return null
}

/**
 * The length of a start that opens a clause (`即日起`, `从即日起`, `自7月1日起`, `从下月起`), before
 * the end of the stretch it opens (`即日起至年底`), or 0.
 *
 * @param clause
 *   The normalized clause.
 * @returns
 *   How many code units the start takes.
 */
export function openingStart(clause: string): number {
  return startOfStretch.exec(clause)?.[0].length ?? 0
}

const startOfStretch = /^(?:从|自)?(?:即日|今日|今天|本周|下周|本月|下月|明年|[\d一二三四五六七八九十]{1,4}[年月日号][\d一二三四五六七八九十月日号]{0,5})起/

/** Whether a date at `at` ends a term after `至` (`用工期限至6月30日`, see `termNouns`): no deadline. */
function endsTerm(norm: string, at: number): boolean {
  return norm.charAt(at - 1) === '至' && termNouns.some((word) => norm.endsWith(word, at - 1))
}

/**
 * Dates followed by `前` or a verb of delivery, or after a bound (`不晚于`,
 * `截至`, `至`); months with a part (`6月底前`); year and month ends.
 */
function absoluteDue(norm: string, dates: FoundDate[], meeting: Day | null, labelled: boolean): Due | null {
  const candidates: Due[] = []
  for (const date of dates) {
    let start = date.start
    let end = date.end
    if (startWords.includes(norm.charAt(start - 1)) || startsAfterSpace(norm, end, '起') || endsTerm(norm, start)) continue
    // `6月28日(星期五)前`, `6月30日17时前`: the weekday or the time of the date, written between it and its ending.
    end += weekdayNote(norm, end)
    // `10月15日供暖季开始前`, `10月15日(开学)前`: the event that falls on the date, before its ending.
    end += eventNote(norm, end)
    const time = timeNote(norm, end)
    if (time > 0 && deadlineEnds.some((word) => norm.startsWith(word, end + time))) end += time
    // `8月20日开标前`, `9月1日开园前`: a milestone of a project on the date, then the ending.
    end += datedMilestone(norm, end)
    const ending = deadlineEnds.find((word) => norm.startsWith(word, end)) ?? withinEnd(norm, end)
    // `明年1月15日前`: a year said before a month and day, the deadline's too.
    const said = date.year === null ? saidYears.find((word) => norm.endsWith(word, start)) : undefined
    if (said) start -= said.length
    const bound = deadlineBounds.find((word) => norm.endsWith(word, start)) ?? (norm.charAt(start - 1) === '至' ? '至' : undefined)
    const at = bound === undefined && (norm.charAt(start - 1) === '于' || norm.charAt(start - 1) === '在') ? norm.charAt(start - 1) : undefined
    // (`确保11月1日按时供热`, `力争9月1日开学`: a day promised is the deadline, whatever the verb after it.)
    if (!ending && !bound && !labelled && !delivers(norm, end) && !datePromises.some((word) => norm.endsWith(word, start))) continue
    start -= (bound ?? at ?? '').length
    if (ending) end += ending.length
    const year = date.year ?? namedYear(undefined, said, meeting) ?? (meeting ? yearOnOrAfter(date.month, date.day, meeting) : null)
    candidates.push({start, end, date: year === null ? null : isoDate(year, date.month, date.day), kind: 'absolute'})
  }
  // Each pattern below needs a word the text may not have (`月`, `年`): checked first.
  const month = norm.includes('月')
  if (month) for (const match of matches(monthPartPattern, norm)) {
    const month = match[4] === '元' ? 1 : chineseNumber(match[4])
    if (month === null || month < 1 || month > 12) continue
    const end = match.index + match[0].length
    // `3月底` needs `前`, a verb of delivery right after it, or a word before it that says it is a
    // time limit: `于`/`在`, a bound (`截至`), `至` ending a stretch of time (`即日起至4月底`).
    if (!labelled && match[1] === undefined && !deadlineEnds.some((word) => match[0].endsWith(word)) && !delivers(norm, end)) continue
    if (startWords.includes(norm.charAt(match.index - 1)) || endsTerm(norm, match.index + (match[1] === '至' ? 1 : 0))) continue
    const year = namedYear(match[2], match[3], meeting) ?? (meeting && (month < meeting.month ? meeting.year + 1 : meeting.year))
    const date = year === null ? null : isoDate(year, month, partDay(match[5], year, month))
    candidates.push({start: match.index, end, date, kind: 'absolute'})
  }
  if (month) for (const match of matches(monthDayPattern, norm)) {
    const day = chineseNumber(match[2])
    let date: string | null = null
    if (meeting && day !== null) {
      // `次月` is the month after the meeting's, as `下月` is.
      const {year, month} = meetingMonth(meeting, match[1] === '下' || match[1] === '次')
      if (day >= 1 && day <= daysInMonth(year, month)) date = isoDate(year, month, day)
    }
    candidates.push({start: match.index, end: match.index + match[0].length, date, kind: 'absolute'})
  }
  if (norm.includes('.')) for (const match of matches(dottedDayPattern, norm)) {
    const [month, day] = [Number(match[1]), Number(match[2])]
    const year = meeting ? yearOnOrAfter(month, day, meeting) : null
    if (day > daysInMonth(year ?? 2000, month)) continue
    candidates.push({start: match.index, end: match.index + match[0].length, date: year === null ? null : isoDate(year, month, day), kind: 'absolute'})
  }
  if (month) for (const match of matches(monthBeforePattern, norm)) {
    const month = chineseNumber(match[3])
    if (month === null || month < 1 || month > 12 || startWords.includes(norm.charAt(match.index - 1))) continue
    const year = namedYear(match[1], match[2], meeting) ?? (meeting && (month <= meeting.month ? meeting.year + 1 : meeting.year))
    // The last day before the month: of the month before it.
    const date = year === null ? null : month === 1 ? isoDate(year - 1, 12, 31) : isoDate(year, month - 1, daysInMonth(year, month - 1))
    candidates.push({start: match.index, end: match.index + match[0].length, date, kind: 'absolute'})
  }
  // `6月份完成`: by the month's end, in the year it next comes (this one if it is the meeting's).
  if (month) for (const match of matches(monthPattern, norm)) {
    const end = match.index + match[0].length
    const month = chineseNumber(match[3])
    if (month === null || month < 1 || month > 12 || startWords.includes(norm.charAt(match.index - 1))) continue
    if (!match[4] && !delivers(norm, end) && !(labelled && endsText(norm, end)) && !(match[0].endsWith('月份') && doesInPeriod(norm, match.index, end))) continue
    // `三月内` with no year is three months, as a stretch was written before `个` (see `relativePattern`);
    // `6月内` is June.
    if (match[4] && match[1] === undefined && match[2] === undefined && !/^\d/.test(match[3])) continue
    const year = namedYear(match[1], match[2], meeting) ?? (meeting && (month < meeting.month ? meeting.year + 1 : meeting.year))
    const date = year === null ? null : isoDate(year, month, daysInMonth(year, month))
    candidates.push({start: match.index, end, date, kind: 'absolute'})
  }
  if (norm.includes('季度') || norm.includes('半年')) for (const match of matches(periodPattern, norm)) {
    const [, , relative, written, quarter, half, end, ending] = match
    // `每年一季度拨付`: a period of each year comes back, no one deadline.
    if (norm.endsWith('每年', match.index)) continue
    // A period bounds a task with an end word, `末`, or a verb of delivery right after it (`上半年完成`).
    // (A labelled value or a deadline column needs none: `完成时限:三季度`.)
    if (!end && !ending && !delivers(norm, match.index + match[0].length) && !(labelled && endsText(norm, match.index + match[0].length)) && !(quarter && doesInPeriod(norm, match.index, match.index + match[0].length))) continue
    // The last month of the period; `第二季度前` ends with the quarter before it (but `上半年前`,
    // which cannot mean the year before, with its half).
    const last = quarter ? 3 * (Number(quarter) || '一二三四'.indexOf(quarter) + 1) : half === '上' ? 6 : 12
    // The year of the period, where it is written or said (`明年`); else the next end on or after the meeting.
    const named = namedYear(written, relative, meeting)
    // (Said inside the quarter it names, `第三季度前` of a meeting in August is that quarter's end: the
    // day before it began has passed, and its next return is a year off.)
    const inside = quarter && meeting !== null && named === null && meeting.month > last - 3 && meeting.month <= last
    const month = quarter && ending?.endsWith('前') && !end && !inside ? last - 3 : last
    // Before the first quarter is the last day of the year before.
    const [endMonth, yearBack] = month === 0 ? [12, 1] : [month, 0]
    let endYear: number | null = named === null ? null : named - yearBack
    if (endYear === null && meeting) endYear = yearOnOrAfter(endMonth, daysInMonth(meeting.year, endMonth), meeting)
    const date = endYear === null ? null : isoDate(endYear, endMonth, daysInMonth(endYear, endMonth))
    candidates.push({start: match.index, end: match.index + match[0].length, date, kind: 'absolute'})
  }
  if (norm.includes('季度')) for (const match of matches(quarterOfMeetingPattern, norm)) {
    const end = match.index + match[0].length
    if (!match[2] && !match[3] && !labelled && !delivers(norm, end)) continue
    // (A bare quarter bounds a task only at its end and with the ending: `在季度末前完成`.)
    if (!match[1] && !(match[2] && match[3])) continue
    let date: string | null = null
    if (meeting) {
      // The quarter's last month, of the meeting's quarter or the next (in the next year after the fourth).
      const last = 3 * Math.ceil(meeting.month / 3) + (match[1] === '下' ? 3 : 0)
      const [year, month] = last > 12 ? [meeting.year + 1, last - 12] : [meeting.year, last]
      date = isoDate(year, month, daysInMonth(year, month))
    }
    candidates.push({start: match.index, end, date, kind: 'absolute'})
  }
  // Holidays bound a task only with `前` (`之前`, `以前`).
  // (And only where some holiday is named: the pattern's first run compiles it, a millisecond of a cold start.)
  if (norm.includes('前') && holidayWords.some((word) => norm.includes(word))) for (const match of matches(holidayPattern, norm)) {
    // `考前一周`: an examination unnamed bounds a task only with a lead time, or before a verb of delivery
    // (`考前完成检修`), opening its clause (not `考前动员会`, `参考前…`).
    if (match[2] === '考' && ((!match[3] && !delivers(norm, match.index + match[0].length)) || /[\u4e00-\u9fff]/.test(norm.charAt(match.index + match[0].indexOf('考') - 1).replace(/[于在]/, '')))) continue
    // `开展“五一”节前安全生产大检查`: the quoted festival before 节前 names the check, as `节前` does (`festivalWorks`).
    if (/[”"]节前$/.test(match[0]) && festivalWorks.some((word) => norm.startsWith(word, match.index + match[0].length))) continue
    let date: string | null = null
    if (meeting) {
      const written = match[1]?.endsWith('年') === true && match[1].length === 5 ? match[1].slice(0, 4) : undefined
      const year = namedYear(written, written ? undefined : match[1], meeting)
      const day = year === null ? holidayOnOrAfter(match[2], meeting) : holidayIn(match[2], year)
      // A lead time counts back from the day (working days, which a calendar of holidays would need, give none).
      const back = match[3] ? (chineseNumber(match[3]) ?? 1) * (match[4] === '周' ? 7 : 1) : 1
      // (Months count back by the calendar: `国庆节前一个月` → 9月1日.)
      date = day && (match[4] === '个工作日' ? null : match[4] === '个月' ? addUnits(day, -(chineseNumber(match[3] ?? '') ?? 1), '月') : addDays(day, -back))
    }
    candidates.push({start: twoFestivalsNamed(norm, match.index, match[2]), end: match.index + match[0].length, date, kind: 'absolute'})
  }
  // `确保2027年秋季开学投入使用`, `力争国庆节开园`: an event promised right before a verb of delivery bounds the task.
  for (const word of datePromises) {
    for (let at = norm.indexOf(word); at !== -1; at = norm.indexOf(word, at + word.length)) {
      const from = at + word.length
      promisedEventPattern ??= new RegExp(`^(今年|明年|\\d{4}年)?(${longestHolidaysFirst()})`)
      const event = promisedEventPattern.exec(norm.slice(from, from + 16))
      if (!event || !delivers(norm, from + event[0].length)) continue
      const written = event[1]?.length === 5 ? event[1].slice(0, 4) : undefined
      const year = meeting ? namedYear(written, written ? undefined : event[1], meeting) : null
      const day = meeting ? (year === null ? holidayOnOrAfter(event[2], meeting) : holidayIn(event[2], year)) : null
      candidates.push({start: from, end: from + event[0].length, date: day && isoDate(day.year, day.month, day.day), kind: 'absolute'})
    }
  }
  // The next sitting of a meeting, as holidays without a day are read (`董事会召开前`).
  if (norm.includes('下')) for (const match of matches(nextMeetingPattern, norm)) {
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if ((norm.includes('日前') || norm.includes('天前')) && /召开|开始|来临|到来/.test(norm)) for (const match of matches(eventLeadPattern, norm)) {
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if (norm.includes('会前')) for (const match of matches(meetingEvePattern, norm)) {
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  // `今冬明春完成改造`: the season a winter's work runs through, before a verb of delivery, bounds it on no day.
  const season = norm.indexOf('今冬明春')
  if (season !== -1 && delivers(norm, season + 4)) candidates.push({start: season, end: season + 4, date: null, kind: 'absolute'})
  // `年前`, `节前`: a festival without a day (see `unnamedFestivals`).
  if (norm.includes('前')) for (const match of matches(festivalPattern, norm)) {
    const end = match.index + match[0].length
    if (!isFestival(norm, end - match[1].length - 1) || isOneOf(countFirsts, norm.charAt(end))) continue
    // `组织节前安全生产大检查`, `开展节前慰问`: the festival names the kind of the work, not its bound.
    if (festivalWorks.some((word) => norm.startsWith(word, end))) continue
    candidates.push({start: match.index, end, date: null, kind: 'absolute'})
  }
  // `节后第一个工作日`, `春节后第一个工作日前`: the first working day after a festival, which a calendar of
  // the days off each year sets: no day.
  if (norm.includes('后第')) for (const match of matches(firstWorkdayPattern, norm)) {
    const festival = match[1] as string
    if (festival.length === 1 && !isFestival(norm, match.index + match[0].indexOf(festival))) continue
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  // `假期前完成…`, `于假期前`: the days off the text speaks of, unnamed in the clause (as `节前`), no day.
  for (let at = norm.indexOf('假期前'); at !== -1; at = norm.indexOf('假期前', at + 3)) {
    const led = at > 0 && '在于'.includes(norm.charAt(at - 1)) ? at - 1 : at
    if (led === 0 || isClauseBreak(norm.charCodeAt(led - 1)) || norm.charAt(led - 1) === ' ') candidates.push({start: led, end: at + 3, date: null, kind: 'absolute'})
  }
  // `集中整治阶段结束前`, `在验收阶段结束前`: the end of a stage of a campaign, on a day its plan sets.
  for (let at = norm.indexOf('阶段结束前'); at !== -1; at = norm.indexOf('阶段结束前', at + 5)) {
    let start = at
    while (start > 0 && at - start < 8 && isIdeograph(norm.charCodeAt(start - 1)) && !'在于要须'.includes(norm.charAt(start - 1))) start--
    if (at - start >= 2 && (start === 0 || !isIdeograph(norm.charCodeAt(start - 1)) || '在于要须'.includes(norm.charAt(start - 1)))) candidates.push({start: '在于'.includes(norm.charAt(start - 1)) ? start - 1 : start, end: at + 5, date: null, kind: 'absolute'})
  }
  if (norm.includes('假') || norm.includes('暑期')) for (const match of matches(vacationPattern, norm)) {
    // `寒假期间完成`, `于寒假期间`: the holiday bounds a task done in it; not `寒假期间校园安全由X负责` (a span).
    const end = match.index + match[0].length
    // (`暑期完成安装`: the holiday alone, right before a verb of delivery; not `暑期社会实践`.)
    if (match.groups?.within === undefined ? !delivers(norm, end) : !'于在'.includes(norm.charAt(match.index)) && !delivers(norm, end) && !vacationWorkVerbs.some((verb) => norm.startsWith(verb, end))) continue
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if (norm.includes('学期')) for (const match of matches(termPattern, norm)) {
    // A term named (`本学期`, `2024年秋季学期`) bounds a task done in it without an ending too (`…学期投入使用`).
    if (!match[3] && !(match[1] && delivers(norm, match.index + match[0].length))) continue
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if (norm.includes('学年') || norm.includes('学期末')) for (const match of matches(schoolYearPattern, norm)) {
    candidates.push({start: match.index, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if (norm.includes('周')) for (const match of matches(teachingWeekPattern, norm)) {
    // `11月第三周前`, `下月第一周前`: a week of a month, which weeks count from is each office's (no date either).
    // So is a week of a term named (`下学期第一周内`, `秋季学期第2周前`): the term is part of it.
    const month = /(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2}) ?月份?|(?:本|下|次|当)个?月|(?:本|下|当|春季|秋季)学期)$/.exec(norm.slice(Math.max(0, match.index - 4), match.index))
    const start = month && norm.startsWith('第', match.index) ? match.index - month[0].length : match.index
    candidates.push({start, end: match.index + match[0].length, date: null, kind: 'absolute'})
  }
  if (norm.includes('年')) for (const match of matches(yearEndPattern, norm)) {
    // `年底以后启动`, `年底起执行`: the time a task starts from, no deadline.
    if (startsFrom(norm, match.index + match[0].length)) continue
    // `开展年末安全生产检查`: the year's end names the kind of the work (as `节前安全检查`), with no ending.
    if (!deadlineEnds.some((word) => match[0].endsWith(word)) && festivalWorks.some((word) => norm.startsWith(word, match.index + match[0].length))) continue
    // `抓住年末销售窗口期`: a time seized as a chance; `抓好年末货源组织`: the work the year's end names (bare after the verb).
    if (match[0].startsWith('年') && !deadlineEnds.some((word) => match[0].endsWith(word)) && yearEndWorkVerbs.some((verb) => norm.endsWith(verb, match.index))) continue
    // `农历年底前`: the end of the lunar year, its eve (`除夕`) before the coming Spring Festival.
    if (norm.startsWith('农历', match.index - 2) && match[1] === undefined && match[0].startsWith('年')) {
      candidates.push({start: match.index - 2, end: match.index + match[0].length, date: eveOf(meeting), kind: 'absolute'})
      continue
    }
    // `今年底前`: `今` before `年底` says the year as `今年` does.
    const said = (match[1]?.length === 1 ? `${match[1]}年` : match[1]) ?? (match[2] && `${match[2]}年`)
    const digits = match[3] ?? (said !== undefined && /^\d{4}$/.test(said) ? said : undefined)
    const year = namedYear(digits, digits ? undefined : said, meeting) ?? meeting?.year ?? null
    const date = year === null ? null : isoDate(year, 12, 31)
    candidates.push({start: match.index, end: match.index + match[0].length, date, kind: 'absolute'})
  }
  if (norm.includes('年中')) for (const match of matches(midYearPattern, norm)) {
    const end = match.index + match[0].length
    if (!match[1] && !match[3] && !labelled && !delivers(norm, end)) continue
    const named = namedYear(undefined, match[2], meeting)
    const year = named ?? (meeting && yearOnOrAfter(6, 30, meeting))
    candidates.push({start: match.index, end, date: year === null ? null : isoDate(year, 6, 30), kind: 'absolute'})
  }
  if (month) for (const match of matches(monthOfMeetingPattern, norm)) {
    const end = match.index + match[0].length
    // `月底以后恢复`, `下月初起执行`: the time a task starts from, no deadline.
    if (startsFrom(norm, end)) continue
    const which = match[1] ?? match[3]
    const part = match[2]
    // A bare part other than the month's end (`月中`, `月初`) needs `前`, a verb of delivery, or a
    // word before it that makes it a time limit.
    const lone = which === undefined && part !== undefined && part !== '底' && part !== '末'
    if (lone && !labelled && !deadlineEnds.some((word) => match[0].endsWith(word)) && !delivers(norm, end) && match[0].startsWith('月')) continue
    let date: string | null = null
    if (meeting) {
      let {year, month} = meetingMonth(meeting, which === '下' || which === '次')
      // `月中`, `月初` with no `本`: the next such day on or after the meeting.
      if (which === undefined && part !== undefined && partDay(part, year, month) < meeting.day) ({year, month} = meetingMonth(meeting, true))
      date = isoDate(year, month, part === undefined ? daysInMonth(year, month) : partDay(part, year, month))
    }
    candidates.push({start: match.index, end, date, kind: 'absolute'})
  }
  return first(candidates.filter((candidate) => bounds(norm, candidate)))
}

/**
 * Whether `年` or `节` at `at` names a festival (`年前`, `节后`), not a part of
 * a count or of another word (`三年前`, `今年前`, `环节前`).
 */
function isFestival(norm: string, at: number): boolean {
  return unnamedFestivals.includes(norm.charAt(at)) && !isOneOf(notFestivalBefore, norm.charAt(at - 1))
}

/** What may follow `年前` that makes it the first of a count (`去年前三季度`), not a bound. */
const countFirsts = '0123456789一二三四五六七八九十两几个'

/**
 * The day a part of a month ends on (`初` → 10, `中旬` → 20, `中` → 15,
 * `底` → the last), or, for none, the month's last day.
 */
function partDay(part: string | undefined, year: number, month: number): number {
  const day = part === monthMiddle[0] ? monthMiddle[1] : monthParts.find(([word]) => word === part)?.[1] ?? 0
  return day === 0 ? daysInMonth(year, month) : day
}

/**
 * Whether a verb of delivery or completion stands at `at`, maybe after an
 * adverb (`6月底完成`, `6月30日全面建成`), and not in a noun (`3月完成的项目`,
 * `上半年完成情况`).
 */
export function delivers(norm: string, at: number): boolean {
  const from = at + (completionAdverbs.find((word) => norm.startsWith(word, at))?.length ?? 0)
  const verb = deliveryVerbs.find((word) => norm.startsWith(word, from))
  // (Or a verb of two that `到位` or `完毕` finishes: `4月上旬全部拆除到位`, `月底清理完毕`.)
  return (verb !== undefined && !completionNounHeads.some((word) => norm.startsWith(word, from + verb.length))) || finishedWork.test(norm.slice(from, from + 5))
}

const finishedWork = /^[\u4e00-\u9fff]{2}(?:到位|完毕)(?![\u4e00-\u9fff])/


const deliveryVerbs = [...deadlineVerbs, ...completionVerbs]

/**
 * Whether a period that `在` or `于` opens at `start` is the time a verb of
 * carrying the work out right after it is to be done in (`在十二月份开展`, `于第四季度开展`; see
 * `periodDoingVerbs`).
 */
function doesInPeriod(norm: string, start: number, at: number): boolean {
  const opener = norm.charAt(start)
  if (opener !== '在' && opener !== '于') return false
  const verb = periodDoingVerbs.find((word) => norm.startsWith(word, at))
  return verb !== undefined && !completionNounHeads.some((word) => norm.startsWith(word, at + verb.length))
}

/**
 * Whether a found deadline bounds the task, by what follows it: one before
 * `的` qualifies a noun (`汇总截至6月底的数据`, `3个月内的台账`), `…前后` and
 * `…左右` are a time around (`6月底前后召开`), `…期间` a span, and a stretch
 * before a ban (`三个月内不得
 * 转让`) is how long the ban lasts.
 */
function bounds(norm: string, due: Due): boolean {
  const next = norm.charAt(due.end)
  if (next === '的' || notDeadlineAfter.some((word) => norm.startsWith(word, due.end))) return false
  // `前后` is a time around; `前期` the early stage of something (`汛期前期准备`).
  if ((next === '后' || next === '期') && norm.charAt(due.end - 1) === '前') return false
  if ((next === '至' || next === '到') && opensSpan(norm, due.end + 1)) return false
  return !(due.kind === 'relative' && banWords.some((word) => norm.startsWith(word, due.end)))
}

/**
 * Whether the words from `at`, after a time and `至`, close a span with `期间` before the clause
 * ends (`节前至元宵节期间每日巡查`): the time is where the span starts, no bound.
 */
function opensSpan(norm: string, at: number): boolean {
  for (let index = at; index < Math.min(norm.length, at + 12); index++) {
    if (isClauseBreak(norm.charCodeAt(index))) return false
    if (norm.startsWith('期间', index)) return true
  }
  return false
}

/** Length of `(星期五)`, `(周五)` or `(含)` at `at`, after a date; else 0. */
function weekdayNote(norm: string, at: number): number {
  if (norm.charAt(at) !== '(') return 0
  // `12月5日(含)前`: the day itself counted in.
  if (norm.startsWith('(含)', at)) return 3
  // (`11月30日(含当日)前`, `(含当天)`: said in full.)
  if (norm.startsWith('(含当日)', at) || norm.startsWith('(含当天)', at)) return 5
  // `5月1日(劳动节)前`: the holiday the date is.
  const holiday = holidayNote.exec(norm.slice(at, at + 8))
  if (holiday) return holiday[0].length
  // (`1月26日(下周二)前`, `(本周五)`: the week it falls in said too.)
  const week = '本下'.includes(norm.charAt(at + 1)) && norm.charAt(at + 2) === '周' ? 1 : 0
  const word = week ? 1 : norm.startsWith('星期', at + 1) ? 2 : norm.startsWith('周', at + 1) ? 1 : 0
  const close = at + 1 + week + word + 1
  return word > 0 && isOneOf(weekdays, norm.charAt(close - 1)) && norm.charAt(close) === ')' ? close + 1 - at : 0
}

/** The holidays and events of the lexicon as regex alternatives, longest first (`秋季开学` before `开学`). */
function longestHolidaysFirst(): string {
  return [...holidayWords].sort((a, b) => b.length - a.length).join('|')
}

/** A year or none, then an event or a holiday of the lexicon, after a word that promises it (see `datePromises`). */
let promisedEventPattern: RegExp | undefined

/** An event or a holiday of the lexicon, its start or end said or not, in brackets or not, right before an ending. */
let eventNotePattern: RegExp | undefined

/** Length of the event a date is glossed with before its ending (`供暖季开始`, `(开学)`); else 0. */
function eventNote(norm: string, at: number): number {
  const next = norm.charAt(at)
  if (next !== '(' && !isIdeograph(norm.charCodeAt(at))) return 0
  const event = `(?:${longestHolidaysFirst()})(?:来临|到来|开始|结束|放假)?`
  eventNotePattern ??= new RegExp(`^(?:\\(${event}\\)|${event})(?=${deadlineEnds.join('|')})`)
  return eventNotePattern.exec(norm.slice(at, at + 14))?.[0].length ?? 0
}

/** A holiday named in brackets after its date: `(劳动节)`, `(国庆节)`, `(元旦)`. */
const holidayNote = /^\((?:[\u4e00-\u9fff]{1,4}节|元旦|除夕)\)/

/**
 * Where an ending (`前`, `之前`, `以前`) at `at` ends, or one after a time of
 * day (`17时前`, `下班前`); -1 when there is none.
 */
function endingAfterTime(norm: string, at: number): number {
  for (const from of [at, at + timeNote(norm, at)]) {
    const ending = deadlineEnds.find((word) => norm.startsWith(word, from))
    if (ending) return from + ending.length
  }
  return -1
}

/**
 * Length of a time of day at `at`, after a date: `下午`, `17时`, `17时30分`,
 * `下午5点`, `17:00`, `下班`; else 0. Digits are at most two, so nothing
 * here runs on.
 */
function timeNote(norm: string, at: number): number {
  let cursor = at
  cursor += deadlineTimes.find((word) => norm.startsWith(word, cursor))?.length ?? 0
  const hour = digitRun(norm, cursor)
  if (hour > 0 && hour <= 2) {
    const mark = norm.charAt(cursor + hour)
    if (mark === '时' || mark === '点') {
      cursor += hour + 1
      const minute = digitRun(norm, cursor)
      if (minute > 0 && minute <= 2 && norm.charAt(cursor + minute) === '分') cursor += minute + 1
      else if (norm.charAt(cursor) === '半') cursor++
    } else if (mark === ':' && digitRun(norm, cursor + hour + 1) === 2) cursor += hour + 3
  }
  return cursor - at
}

const deadlineTimes = [...timeOfDayWords, ...deadlineTimesOfDay]

/** Number of ASCII digits from `at`, counting at most three. */
function digitRun(norm: string, at: number): number {
  let index = at
  while (index < at + 3 && index < norm.length && norm.charCodeAt(index) >= 0x30 && norm.charCodeAt(index) <= 0x39) index++
  return index - at
}

/**
 * `内`, `之内`, `以内` after a date (`5月15日内`), which bound a time as `前`
 * does; not the `内` of a word (`5月5日内部会议`).
 */
function withinEnd(norm: string, at: number): string | undefined {
  const word = withinWords.find((each) => norm.startsWith(each, at))
  return word && !isOneOf(notWithin, norm.charAt(at + word.length)) ? word : undefined
}

const withinWords = ['之内', '以内', '内']
/** Characters after `内` that make it part of a word: 内部, 内容, 内外 … */
const notWithin = '部容外涵控设资务需'

/**
 * `本周五前`, `下周一之前`, `周五前`: a day of the meeting's week, the next,
 * or (with neither) the next such day after the meeting; not of the week
 * before (`上周五`).
 */
const weekdayPattern = new RegExp(`(?<!上)(?:于|在)?(本|下)?(?:周|星期)([一二三四五六日天])`, 'g')
/** `本周末前`, `下周末之前`, `周末前`: by the Sunday of the meeting's week, or of the next. */
const weekendPattern = new RegExp(`(?<!上)(?:于|在)?(本|下)?周末${ends}`, 'g')
const weekdays = '一二三四五六日天'
/** The date of a weekday written after it in brackets: `(7月10日)`, `(10日)`. */
const dateNotePattern = /^\((?:\d{1,2}月)?\d{1,2}[日号]\)/

/**
 * `10个工作日内`, `3日内`, `本周内`, `本周五前`, `会后一周内`, `限期一个月`:
 * counted from the meeting date; from a holiday or a date before `后`
 * (`国庆节后一周内`), an absolute date; from another event (`批复后30日内`),
 * no date.
 */
function relativeDue(norm: string, dates: FoundDate[], meeting: Day | null, labelled: boolean): Due | null {
  const candidates: Due[] = []
  if (norm.includes('周') || norm.includes('星期')) for (const match of matches(weekdayPattern, norm)) {
    // The ending, after a time of day if one is written (`本周五17时前`, `下周一下班前`), or after
    // the day's date in brackets (`本周五(7月10日)前`).
    const after = match.index + match[0].length
    const end = endingAfterTime(norm, after + (dateNotePattern.exec(norm.slice(after, after + 12))?.[0].length ?? 0))
    if (end === -1) continue
    const weekday = Math.min(weekdays.indexOf(match[2]) + 1, 7)
    let date: string | null = null
    if (meeting) {
      const ahead = weekday - dayOfWeek(meeting)
      // A bare weekday (`周五前`) is the next one after the meeting: one on its day would say `今天`.
      date = addDays(meeting, match[1] === undefined ? ((ahead + 6) % 7) + 1 : ahead + (match[1] === '下' ? 7 : 0))
    }
    candidates.push({start: match.index, end, date, kind: 'relative'})
  }
  if (norm.includes('周末')) for (const match of matches(weekendPattern, norm)) {
    const date = meeting && addDays(meeting, ((7 - dayOfWeek(meeting)) % 7) + (match[1] === '下' ? 7 : 0))
    candidates.push({start: match.index, end: match.index + match[0].length, date, kind: 'relative'})
  }
  if (norm.includes('周')) appendAll(candidates, bareWeekDues(norm, meeting))
  // Every other form ends in `内`, starts with `限期`, or is a labelled value.
  if (!labelled && !norm.includes('内') && !norm.includes('限期')) return first(candidates.filter((candidate) => bounds(norm, candidate)))
  // The dates up to a match, walked along with the matches (both in order), rather than searched for each.
  let passed = 0
  for (const match of matches(relativePattern, norm)) {
    const groups = match.groups ?? {}
    // Without `内` a stretch bounds a task after `限期`, or as all of a labelled value (`完成时限:3个工作日`).
    if (!groups.within && groups.anchor !== '限期' && !groups.week && !(labelled && endsText(norm, match.index + match[0].length))) continue
    while (passed < dates.length && dates[passed].end <= match.index) passed++
    // `5月十五日内` is a date and its bound, not `五日内` counted from the meeting.
    if (passed < dates.length && dates[passed].start <= match.index) continue
    // `审批时限压缩至10个工作日以内`: a target for a process, not the task's deadline.
    if (isTarget(norm, match.index)) continue
    const end = match.index + match[0].length
    // `三日内办结率达到100%`: the stretch names a rate the work is measured by, not the task's deadline.
    if (rateAfter.test(norm.slice(end, end + 4))) continue
    // `做到投诉24小时内响应`: a standard each case is answered by, not the task's deadline.
    if (groups.unit !== undefined && isServiceStandard(norm, match.index, end)) continue
    // `发现问题24小时内书面通知…`: the time each case found is answered in, no deadline of the task
    // (but `发现问题限期5日内整改` orders a term, blind13-h27 r1-b).
    if (groups.unit !== undefined && groups.anchor !== '限期' && answersCase(norm, match.index)) continue
    let date: string | null = null
    let start = match.index
    let kind: DueKind = 'relative'
    if (groups.week) {
      // `本周内`: by the Sunday of the meeting's week; `下周内`: of the next.
      if (meeting) date = addDays(meeting, ((7 - dayOfWeek(meeting)) % 7) + (groups.week === '下' ? 7 : 0))
      candidates.push({start, end, date, kind})
      continue
    }
    const unit = groups.unit.replace('个', '')
    let count = groups.count === '半' ? 0.5 : chineseNumber(groups.count)
    // `一个半月内`, `两个半小时内`: whole units and a half.
    const whole = groups.count === '半' ? wholeBeforeHalf.exec(norm.slice(Math.max(0, start - 4), start)) : null
    const wholeCount = whole ? chineseNumber(whole[1]) : null
    if (whole && wholeCount !== null && groups.anchor === undefined) {
      start -= whole[0].length
      count = wholeCount + 0.5
    }
    // `三年内不得转让` is a ban, `2024年内` a year (see `yearEndPattern`): years only as a stretch of
    // delivery; but `半年内` is neither (`半年内实现融资落地`), and a ban after it is left out below.
    if (unit === '年' && count !== 0.5 && (count === null || count > 10 || !delivers(norm, end))) continue
    // What the stretch counts from: the meeting, or a holiday or a date that `后` follows.
    let from: Day | null = meeting
    // (`国庆节后第一周内`: the first week after it is the week after it.)
    const ordinal = groups.count === '一' && norm.charAt(match.index - 1) === '第' && afterWord(norm, match.index - 1) !== '' ? 1 : 0
    const after = groups.anchor === undefined || groups.anchor === '限期' ? afterWord(norm, match.index - ordinal) : ''
    if (after) {
      const anchorEnd = match.index - ordinal - after.length
      // The longest event that ends there (`秋季开学后…`, not only `开学`).
      const holiday = allHolidays.reduce<(typeof allHolidays)[number] | undefined>((best, entry) => (norm.endsWith(entry[0], anchorEnd) && (!best || entry[0].length > best[0].length) ? entry : best), undefined)
      // Only `后` stands between a date it follows and the match: the last date passed.
      const dated = passed > 0 && dates[passed - 1].end === anchorEnd ? dates[passed - 1] : undefined
      // `节后一个月内`: after a festival the text does not name, without a day.
      const festival = !holiday && !dated && isFestival(norm, anchorEnd - 1)
      kind = holiday || dated || festival ? 'absolute' : 'relative'
      if (festival) {
        start = anchorEnd - 1
        from = null
      } else if (holiday) {
        start = anchorEnd - holiday[0].length
        from = meeting && holidayOnOrAfter(holiday[0], meeting)
      } else if (dated) {
        start = dated.start
        from = dated.year !== null ? {year: dated.year, month: dated.month, day: dated.day} : meeting && {year: yearOnOrAfter(dated.month, dated.day, meeting), month: dated.month, day: dated.day}
      } else from = null
    }
    if (from && count !== null) date = count % 1 === 0.5 ? halfOf(count > 1 ? isoDay(addUnits(from, Math.floor(count), unit)) : from, unit) : addUnits(from, count, unit)
    // `每学期开学后一个月内`: a stretch after an event that comes back each term or year comes back too.
    const each = after ? recurringEvents.find((word) => norm.endsWith(word, start)) : undefined
    if (each !== undefined) {
      candidates.push({start: start - each.length, end, date: null, kind: 'recurring'})
      continue
    }
    candidates.push({start, end, date, kind})
  }
  return first(candidates.filter((candidate) => bounds(norm, candidate)))
}

/** The whole units before `半` of a stretch: `一个` of `一个半月内`. Groups: the count. */
const wholeBeforeHalf = /(\d{1,2}|[一二两三四五六七八九十]{1,2})个$/

/** What makes the event a stretch counts from come back (`每学期开学后一个月内`, `每年汛期后…`). */
const recurringEvents = ['每个学期', '每学期', '每学年', '每年']

/** Characters after `本周`/`下周` that make another form: a weekday, `下周末`, `下周内`, `下周起`. */
const notBareWeek = '一二三四五六日天末内之以起'

/**
 * `下周拿出方案`, `本周组织一次演练`, `要于下周报送`: a week written bare at the
 * head of a clause (after at most a modal and `于`/`在`) is the task's term,
 * by the Sunday of that week, as `下周内` is.
 */
function bareWeekDues(norm: string, meeting: Day | null): Due[] {
  const found: Due[] = []
  for (const word of ['本周', '下周']) {
    for (let index = norm.indexOf(word); index >= 0; index = norm.indexOf(word, index + word.length)) {
      if (notBareWeek.includes(norm.charAt(index + word.length))) continue
      const start = '于在'.includes(norm.charAt(index - 1)) ? index - 1 : index
      let clauseStart = start
      while (clauseStart > 0 && !isClauseBreak(norm.charCodeAt(clauseStart - 1))) clauseStart--
      if (!leadsClause(norm, clauseStart, start)) continue
      const date = meeting && addDays(meeting, ((7 - dayOfWeek(meeting)) % 7) + (word === '下周' ? 7 : 0))
      found.push({start, end: index + word.length, date, kind: 'relative'})
    }
  }
  // `在国庆后第一周组织…`: the first week after a holiday, bare, as `国庆后第一周内` is (not `…第一周起`).
  for (let index = norm.indexOf(firstWeekAfter); index >= 0; index = norm.indexOf(firstWeekAfter, index + firstWeekAfter.length)) {
    const end = index + firstWeekAfter.length
    if (notBareWeek.includes(norm.charAt(end)) || norm.startsWith('开始', end)) continue
    const holiday = allHolidays.reduce<(typeof allHolidays)[number] | undefined>((best, entry) => (norm.endsWith(entry[0], index) && (!best || entry[0].length > best[0].length) ? entry : best), undefined)
    if (!holiday) continue
    const named = index - holiday[0].length
    const start = '于在'.includes(norm.charAt(named - 1)) ? named - 1 : named
    let clauseStart = start
    while (clauseStart > 0 && !isClauseBreak(norm.charCodeAt(clauseStart - 1))) clauseStart--
    if (!leadsClause(norm, clauseStart, start)) continue
    const from = meeting && holidayOnOrAfter(holiday[0], meeting)
    found.push({start, end, date: from && addDays(from, 7), kind: 'absolute'})
  }
  return found
}

const firstWeekAfter = '后第一周'

/** A rate named right after a stretch: `办结率`, `回复率`, `响应率`. */
const rateAfter = /^[\u4e00-\u9fff]{1,3}率/

/** Whether a target word (`压缩至`, `控制在`) ends at `at`, or one past a `在`/`于` there that the match took. */
function isTarget(norm: string, at: number): boolean {
  const from = '在于'.includes(norm.charAt(at)) ? at + 1 : at
  return targetLeads.some((word) => norm.endsWith(word, from) || norm.endsWith(word, at))
}

/**
 * Whether the stretch from `start` to `end` is a standard of service: a verb of
 * answering a case right after it, and `做到` earlier in its clause (not
 * `要24小时内处置到位`, a task's own term).
 */
function isServiceStandard(norm: string, start: number, end: number): boolean {
  if (!serviceStandardVerbs.some((verb) => norm.startsWith(verb, end))) return false
  // `确保投诉24小时内响应`: the stretch right after the case each answer is owed to.
  if (serviceCases.some((noun) => norm.endsWith(noun, start))) return true
  let at = start
  while (at > 0 && !isClauseBreak(norm.charCodeAt(at - 1))) at--
  if (norm.slice(at, start + 1).includes('做到')) return true
  // (Or one more in a row after `,`: `做到主干道24小时内完成,次干道48小时内完成`, the clause before a
  // standard of its own, with `做到`, ending in a verb of answering.)
  if (norm.charAt(at - 1) !== ',') return false
  let before = at - 1
  while (before > 0 && !isClauseBreak(norm.charCodeAt(before - 1))) before--
  const previous = norm.slice(before, at - 1)
  return previous.includes('做到') && serviceStandardVerbs.some((verb) => previous.endsWith(verb))
}

/** Whether the clause of a stretch at `at` opens with a case being found (`发现问题24小时内…`, lexicon `caseOpeners`). */
function answersCase(norm: string, at: number): boolean {
  let start = at
  while (start > 0 && at - start < 12 && !isClauseBreak(norm.charCodeAt(start - 1))) start--
  return (start === 0 || isClauseBreak(norm.charCodeAt(start - 1))) && caseOpeners.some((word) => norm.startsWith(word, start))
}

/** `后`, `之后`, `以后` or `起` ending at `at`: a stretch counted from what comes before (`之日起`). */
function afterWord(norm: string, at: number): string {
  return ['之后', '以后', '后', '起'].find((word) => norm.endsWith(word, at)) ?? ''
}

/** The day of an ISO date. */
function isoDay(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number)
  return {year, month, day}
}

/** Half a unit from a day: `半个月内` fifteen days, `半年内` six months, `半天内` and `半小时内` the day itself. */
function halfOf(from: Day, unit: string): string | null {
  if (unit === '月') return addDays(from, 15)
  if (unit === '年') return addUnits(from, 6, '月')
  if (unit === '天' || unit === '日' || unit === '小时') return addDays(from, 0)
  return null
}

/**
 * `尽快`, `抓紧`: no date. Only where the word leads a clause of the task
 * (`尽快修改完善`, `要抓紧上报`): further in (`…方案并尽快提交`,
 * `推动项目尽早落地`) it qualifies a step or an outcome, not the task.
 */
function vagueDue(norm: string): Due | null {
  const candidates: Due[] = []
  for (const word of vagueWords) {
    // The clause start is carried forward from one occurrence to the next
    // rather than found by walking back from each, which made a clause of
    // many `尽快` quadratic.
    let clauseStart = 0
    let scanned = 0
    for (let index = norm.indexOf(word); index >= 0; index = norm.indexOf(word, index + word.length)) {
      for (; scanned < index; scanned++) if (isClauseBreak(norm.charCodeAt(scanned))) clauseStart = scanned + 1
      if (leadsClause(norm, clauseStart, index)) candidates.push({start: index, end: index + word.length, date: null, kind: 'vague'})
    }
  }
  return first(candidates)
}

const vagueWords = [...vagueDeadlines, ...promptDeadlines]

/**
 * `长期坚持`, `常态化`: a task with no term, as 督查督办 ledgers mark it. The
 * whole value of a deadline label (`完成时限:长期坚持`), or a clause of its
 * own in running text (`…,长期坚持。`) or a bracket of its own (`…(长期坚持)`).
 */
function ongoingDue(norm: string, labelled: boolean): Due | null {
  if (labelled) {
    let start = 0
    while (start < norm.length && isSpace(norm.charCodeAt(start))) start++
    // (After the time it starts, `开学后长期坚持`, `即日起长期坚持`: all of the value.)
    const from = ongoingFrom.exec(norm.slice(start))
    const at = from ? start + from[0].length : start
    const word = ongoingDeadlines.find((candidate) => norm.startsWith(candidate, at))
    if (word && endsValue(norm, at + word.length)) return {start, end: at + word.length, date: null, kind: 'ongoing'}
    // A stretch of time the task runs through, as all of the value: `收购期间`, `汛期期间`, `活动期间`.
    const during = labelledPeriod.exec(norm.slice(start))
    return during && endsValue(norm, start + during[0].length) ? {start, end: start + during[0].length, date: null, kind: 'ongoing'} : null
  }
  for (const word of ongoingClauses) {
    for (let index = norm.indexOf(word); index >= 0; index = norm.indexOf(word, index + word.length)) {
      const before = index === 0 ? -1 : norm.charCodeAt(index - 1)
      const after = norm.charCodeAt(index + word.length)
      // (Or a bracket of its own after the task, `…设置护学岗(长期坚持)`.)
      const bracketed = before === 0x28 /* ( */ && after === 0x29 /* ) */
      if (bracketed || ((before === -1 || isClauseBreak(before) || startsOngoing(norm, index) || ongoingSubject(norm, index) > -1) && (after !== after || isClauseBreak(after)))) {
        return {start: index, end: index + word.length, date: null, kind: 'ongoing'}
      }
    }
  }
  return null
}

/** The time a term with no end starts, before it in a label's value: `开学后`, `即日起`. */
const ongoingFrom = /^[\u4e00-\u9fff]{1,6}?[后起]/

/** A stretch of time named by what goes on in it (`收购期间`, `汛期期间`): a few ideographs and `期间`. */
const labelledPeriod = /^[\u4e00-\u9fff]{1,8}?期间/

/**
 * Whether a short start opens the clause of an ongoing word at `at` (`开学后长期坚持`,
 * `即日起长期坚持`): a few characters since the clause break, ending in `ongoingStarts`.
 */
function startsOngoing(norm: string, at: number): boolean {
  if (!ongoingStarts.includes(norm.charAt(at - 1))) return false
  let start = at - 1
  while (start > 0 && at - start <= 8 && !isClauseBreak(norm.charCodeAt(start - 1))) start--
  return start === 0 || isClauseBreak(norm.charCodeAt(start - 1))
}

/**
 * Where a subject that names the task (`此项工作`, lexicon `ongoingSubjects`), perhaps with a modal
 * (`要`, `须`, `应`), opens the clause of an ongoing word at `at`; else -1.
 */
function ongoingSubject(norm: string, at: number): number {
  const end = '要须应'.includes(norm.charAt(at - 1)) ? at - 1 : at
  const subject = ongoingSubjects.find((word) => norm.endsWith(word, end))
  if (subject === undefined) return -1
  const start = end - subject.length
  return start === 0 || isClauseBreak(norm.charCodeAt(start - 1)) ? start : -1
}

/** Whether a label's value ends at `at`: white space, `。` or `;` to its end. */
function endsValue(norm: string, at: number): boolean {
  while (at < norm.length && (isSpace(norm.charCodeAt(at)) || isClauseBreak(norm.charCodeAt(at)))) at++
  return at === norm.length
}

/** Whether a code unit ends a clause for `vagueDue`: `,` `;` `。` `:`. */
function isClauseBreak(code: number): boolean {
  return code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x3002 /* 。 */ || code === 0x3a /* : */
}

/**
 * Whether only white space and at most one modal (`要`, `须`, `务必` …)
 * stand between a clause start and `at`: what `/^\s*(要|应|须|…)?\s*$/`
 * tells of the span, without cutting it out.
 */
function leadsClause(norm: string, start: number, at: number): boolean {
  let from = start
  while (from < at && isSpace(norm.charCodeAt(from))) from++
  if (from === at || withPartners(norm, from, at)) return true
  for (const modal of vagueDeadlineModals) {
    if (from + modal.length > at || !norm.startsWith(modal, from)) continue
    let rest = from + modal.length
    while (rest < at && isSpace(norm.charCodeAt(rest))) rest++
    if (rest === at || withPartners(norm, rest, at)) return true
  }
  return false
}

const partnerWords = words(vagueDeadlinePartners)

/**
 * Whether `会同X`, `联合X、Y` (the units a task is done with) is all that stands
 * from `from` to `at`: `要会同市自然资源局尽快确定…` leads its clause with
 * `尽快` as `要尽快确定…` does.
 */
function withPartners(norm: string, from: number, at: number): boolean {
  // (`商市司法局`: the partner consulted, whose place opens its name after 商.)
  const partner = partnerWords.at(norm, from) ?? (consultingStarts.some((word) => norm.startsWith(word, from)) ? '商' : undefined)
  if (partner === undefined) return false
  let start = from + partner.length
  // One unit whose name holds `和` (`市自然资源和规划局`), not two joined by it.
  if (isUnit(norm, start, at)) return true
  for (let index = start; index <= at; index++) {
    if (index < at && norm.charAt(index) !== '、' && norm.charAt(index) !== '和') continue
    // `和` inside a unit's name (`市自然资源和规划局`) joins no two units.
    if (index < at && norm.charAt(index) === '和' && !isUnit(norm, start, index)) continue
    // Named units only: with a kind of units (`会同有关部门抓紧完善…`) the word is left to the
    // task (as the blind5-lead gold has it).
    // (A unit's other name in brackets after it: `区财政局(国资办)`.)
    const open = norm.charAt(index - 1) === ')' ? norm.lastIndexOf('(', index - 1) : -1
    if (!isUnit(norm, start, open > start ? open : index)) return false
    start = index + 1
  }
  return true
}

/**
 * Whether a character is one of `characters`; the empty string (past the
 * end of a text), which `String#includes` finds in any string, is not.
 */
function isOneOf(characters: string, character: string): boolean {
  return character !== '' && characters.includes(character)
}

/** Whether only white space stands from `at` to the end of the text. */
function endsText(norm: string, at: number): boolean {
  while (at < norm.length && isSpace(norm.charCodeAt(at))) at++
  return at === norm.length
}

/** Whether a word of a start (`以后`, `之后`, `起`) follows a time ending at `at`: `月底以后`, `年底起`. */
function startsFrom(norm: string, at: number): boolean {
  return norm.startsWith('以后', at) || norm.startsWith('之后', at) || norm.charAt(at) === '起'
}

/** Whether `word` stands at `at` after white space only. */
function startsAfterSpace(norm: string, at: number, word: string): boolean {
  while (at < norm.length && isSpace(norm.charCodeAt(at))) at++
  return norm.startsWith(word, at)
}

/**
 * Every match of a global pattern in a text, in order: what `matchAll`
 * gives, without the copy of the pattern it makes on every call.
 */
function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match)
    // An empty match would be found again at the same offset.
    if (match[0] === '') pattern.lastIndex++
  }
  return found
}

/** The earliest candidate in the text. */
function first(candidates: Due[]): Due | null {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  return candidates[0] ?? null
}

/**
 * The year a deadline names: written (`2025年`), or said against the
 * meeting's (`今年`, `本年`, `明年`); null when it names none.
 */
const nextYears = ['明年', '次年', '来年', '翌年']
/** Years said against the meeting's, before a month (see `yearOfMonth`). */
const saidYears = ['今年', '本年', ...nextYears]

function namedYear(written: string | undefined, relative: string | undefined, meeting: Day | null): number | null {
  // (`二〇二七`: a year written in Chinese digits, one character a digit.)
  if (written) return /^\d+$/.test(written) ? Number(written) : Number([...written].map((digit) => Math.max(0, '〇一二三四五六七八九'.indexOf(digit))).join(''))
  if (!relative || !meeting) return null
  // `次年`, `来年`, `翌年`: the year after the meeting's, as `明年`.
  return meeting.year + (nextYears.includes(relative) ? 1 : 0)
}

/** The ISO day of the coming eve of the Spring Festival from the meeting's day (the lunar year's last), or null. */
function eveOf(meeting: Day | null): string | null {
  const eve = meeting ? holidayOnOrAfter('除夕', meeting) : null
  return eve ? isoDate(eve.year, eve.month, eve.day) : null
}

/** The meeting's month (`本月`), or the next (`下月`). */
function meetingMonth(meeting: Day, next: boolean): {year: number; month: number} {
  if (!next) return {year: meeting.year, month: meeting.month}
  return meeting.month === 12 ? {year: meeting.year + 1, month: 1} : {year: meeting.year, month: meeting.month + 1}
}

/** The year that puts a month and day on or after the meeting. */
function yearOnOrAfter(month: number, day: number, meeting: Day): number {
  const before = month < meeting.month || (month === meeting.month && day < meeting.day)
  return before ? meeting.year + 1 : meeting.year
}

/** Day of the week, 1 (Monday) to 7 (Sunday). */
function dayOfWeek(day: Day): number {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** Add calendar days. */
function addDays(day: Day, count: number): string {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count))
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Add `count` of a unit: hours (as whole days), calendar days, working days (Monday–Friday), weeks, months, years. */
function addUnits(day: Day, count: number, unit: string): string {
  if (unit === '工作日') {
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day))
    let left = count
    while (left > 0) {
      date.setUTCDate(date.getUTCDate() + 1)
      const weekday = date.getUTCDay()
      if (weekday !== 0 && weekday !== 6) left--
    }
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
  }
  if (unit === '周' || unit === '星期') return addDays(day, count * 7)
  if (unit === '年') return addUnits(day, count * 12, '月')
  // `24小时内` from a meeting at any hour: by the next day; `2小时内`: the day itself.
  if (unit === '小时') return addDays(day, Math.floor(count / 24))
  if (unit === '个月' || unit === '月') {
    const months = day.month - 1 + count
    const year = day.year + Math.floor(months / 12)
    const month = (months % 12) + 1
    return isoDate(year, month, Math.min(day.day, daysInMonth(year, month)))
  }
  return addDays(day, count)
}

/** Whether an ISO date string names a day of years 1 to 9999. */
function isValidIso(value: string): boolean {
  const parsed = parseIso(value)
  return parsed !== null && parsed.year >= 1 && parsed.year <= 9999 && /^\d{4}-\d{2}-\d{2}$/.test(value) && parsed.day <= daysInMonth(parsed.year, parsed.month)
}
