/**
 * Dates as the genre writes them: `2024年3月5日`, `二〇二四年三月五日`,
 * `2024-03-05`, `3月5日`, and Chinese numbers such as `三十一`.
 *
 * Everything here works on the normalized view (`doc.norm`): half-width digits
 * and punctuation, simplified characters.
 */

import {chineseDigits} from '../lexicon.js'

/** A date found in a text; offsets are relative to the searched text. */
export interface FoundDate {
  start: number
  end: number
  /** The year, or null when the text gives only month and day. */
  year: number | null
  month: number
  day: number
}

/**
 * Zero in the forms typed for year digits: `二○二四`, `二〇二四`, `二零二四`, and as a scan's OCR
 * reads `〇`, a letter or a digit: `二O二四`, `二0二四`.
 */
const zeros = '〇○零Oo0'
const chineseYearDigit = `[${zeros}一二三四五六七八九]`
const chineseSmall = '[一二两三四五六七八九十]{1,3}'
/**
 * The end of a day: `日` or `号`; or, for the first day of a stretch whose
 * last day alone carries `日` (`3月5—6日`, `2025年3月5-6日`, `3月5至6日`),
 * nothing, before the dash and the last day.
 */
const dayEnd = '(?:\\s*[日号]|(?=(?:—|-|~|～|至|到)\\d{1,2}\\s*[日号]))'

const datePattern = new RegExp(
  [
    // 2024年3月5日, 2024年3月5号, 二〇二四年三月五日, 2024年一月八日, 2024年元月5日
    `(?<y1>\\d{4}|[12][\\dOo]{3}|${chineseYearDigit}{4})\\s*年\\s*(?<m1>\\d{1,2}|${chineseSmall}|元)\\s*月\\s*(?<d1>\\d{1,2}|${chineseSmall})${dayEnd}`,
    // 2024-03-05, 2024/3/5, 2024.3.5
    String.raw`(?<y3>\d{4})(?<sep>[-/.])(?<m3>\d{1,2})\k<sep>(?<d3>\d{1,2})(?!\d)`,
    // 3月5日, and 3月十五日 as some write it; 元月5日 (January)
    `(?<m4>\\d{1,2}|元)\\s*月\\s*(?<d4>\\d{1,2}|${chineseSmall})${dayEnd}`,
    // 三月五日, 元月五日
    `(?<m5>${chineseSmall}|元)月(?<d5>${chineseSmall})[日号]`
  ].join('|'),
  'g'
)

/** Chinese number units, made once rather than per number read. */
const chineseUnits: Readonly<Record<string, number>> = {十: 10, 百: 100, 千: 1000}

/**
 * Read a Chinese number up to the thousands: `十` → 10, `三十一` → 31,
 * `一百零三` → 103; Arabic digits are read as they are.
 *
 * @param value
 *   The number as written.
 * @returns
 *   Its value, or null when it is not a number.
 */
export function chineseNumber(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value)
  if (value === '') return null
  let total = 0
  let digit: number | null = null
  for (const character of value) {
    const unit = chineseUnits[character]
    if (unit !== undefined) {
      total += (digit ?? 1) * unit
      digit = null
      continue
    }
    const found = chineseDigits[character] ?? (zeros.includes(character) ? 0 : undefined)
    if (found === undefined) return null
    digit = found
  }
  return total + (digit ?? 0)
}

/**
 * Read a year written digit by digit: `二○二四` → 2024, `2O24` → 2024.
 */
function chineseYear(value: string): number | null {
  let year = 0
  for (const character of value) {
    // (Digits too, a scan's OCR reading an Arabic year's 0 as a letter: `2O24`.)
    const code = character.charCodeAt(0)
    const digit = chineseDigits[character] ?? (zeros.includes(character) ? 0 : code >= 0x30 && code <= 0x39 ? code - 0x30 : undefined)
    if (digit === undefined) return null
    year = year * 10 + digit
  }
  return year
}

/**
 * Find every date in a (normalized) text, in order.
 *
 * @param norm
 *   The normalized text.
 * @returns
 *   The dates, each with its span; impossible dates (`13月40日`) are left out.
 */
export function findDates(norm: string): FoundDate[] {
  const dates: FoundDate[] = []
  // Every form of `datePattern` but `2024-03-05` has `月`, and that one has a separator and
  // ASCII digits: most lines fail these native scans, which cost less than the pattern tried at
  // every offset. (Keep in step with it.)
  const separated = (norm.includes('-') || norm.includes('/') || norm.includes('.')) && /\d/.test(norm)
  if (!separated && !norm.includes('月')) return dates
  datePattern.lastIndex = 0
  for (;;) {
    if (!separated) {
      // Every match then has a `月`, preceded within the match only by digits, `年` and white
      // space: the pattern need not be tried before the run of those that leads to the next `月`.
      const month = norm.indexOf('月', datePattern.lastIndex)
      if (month === -1) break
      let from = month
      while (from > datePattern.lastIndex && mayLeadMonth(norm.charCodeAt(from - 1))) from--
      datePattern.lastIndex = from
    }
    const match = datePattern.exec(norm)
    if (!match) break
    const groups = match.groups ?? {}
    const start = match.index
    let year: number | null = null
    let month: number | null
    let day: number | null
    if (groups.y1) {
      year = /^\d+$/.test(groups.y1) ? Number(groups.y1) : chineseYear(groups.y1)
      month = monthNumber(groups.m1)
      day = chineseNumber(groups.d1)
    } else if (groups.y3) {
      year = Number(groups.y3)
      month = Number(groups.m3)
      day = Number(groups.d3)
    } else if (groups.m4) {
      // `2024年第3次…3月11日` is fine, but a digit right before is part of something else
      if (start > 0 && /\d/.test(norm.charAt(start - 1))) continue
      month = monthNumber(groups.m4)
      day = chineseNumber(groups.d4)
    } else {
      month = monthNumber(groups.m5)
      day = chineseNumber(groups.d5)
    }
    if (month === null || day === null || !validDate(year ?? 2000, month, day)) continue
    dates.push({start, end: start + match[0].length, year, month, day})
  }
  return dates
}

/** A month as written: digits, a Chinese number, or `元` (`元月`, January). */
function monthNumber(value: string): number | null {
  return value === '元' ? 1 : chineseNumber(value)
}

/** What may stand before `月` in a date: digits, year digits, `年`, `十`, `两`, `元` (`元月`). */
const monthLeaders = new Set([...'0123456789〇○零O一二两三四五六七八九十年元'].map((character) => character.charCodeAt(0)))

/** Whether a code unit may stand before `月` within a date (white space too: `2024 年 3 月`). */
function mayLeadMonth(code: number): boolean {
  return monthLeaders.has(code) || /\s/.test(String.fromCharCode(code))
}

/**
 * Whether a year, month and day make a date.
 */
function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Number of days in a month.
 *
 * @param year
 *   The year.
 * @param month
 *   The month, 1–12.
 * @returns
 *   28 to 31.
 */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12 || !Number.isInteger(year) || year < 0 || year > 9999) return new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  // `Date.UTC` reads years 0–99 as 1900–1999: kept, so that dates read the same as before.
  const full = year <= 99 ? 1900 + year : year
  return (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0 ? 29 : 28
}

/**
 * Format a date as ISO `YYYY-MM-DD`.
 *
 * @param year
 *   The year.
 * @param month
 *   The month, 1–12.
 * @param day
 *   The day.
 * @returns
 *   The ISO date.
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The year of a month and day that fall on or before a reference date: a
 * meeting on `12月28日` published `2025-01-05` was held in 2024.
 *
 * @param month
 *   The month.
 * @param day
 *   The day.
 * @param reference
 *   A later date of the same document (publication, signature).
 * @returns
 *   The year.
 */
export function yearBefore(month: number, day: number, reference: {year: number; month: number; day: number}): number {
  const after = month > reference.month || (month === reference.month && day > reference.day)
  return after ? reference.year - 1 : reference.year
}

/**
 * Parse an ISO date into its parts.
 *
 * @param iso
 *   `YYYY-MM-DD`.
 * @returns
 *   The parts, or null when it is not one.
 */
export function parseIso(iso: string | null): {year: number; month: number; day: number} | null {
  // `/^(\d{4})-(\d{2})-(\d{2})$/`, read by code unit: findDue asks it of every task.
  if (iso === null || iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return null
  const year = digitsAt(iso, 0, 4)
  const month = digitsAt(iso, 5, 7)
  const day = digitsAt(iso, 8, 10)
  return year === null || month === null || day === null ? null : {year, month, day}
}

/** The value of the ASCII digits from `start` to `end`, or null if any is not one. */
function digitsAt(text: string, start: number, end: number): number | null {
  let value = 0
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 0x30
    if (digit < 0 || digit > 9) return null
    value = value * 10 + digit
  }
  return value
}
