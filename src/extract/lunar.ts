/**
 * The days of the festivals of the Chinese calendar that bound tasks
 * (`春节前`, `端午节前`, `中秋节前`, `元宵节前`), which no rule of the
 * Gregorian calendar gives: a table of 2000–2050, from the tables of the
 * Purple Mountain Observatory as the lunar-javascript package (1.7.7) gives
 * them, and checked by hand against the published new years of 2000–2040.
 * (ICU's Chinese calendar, tried before, puts some new years a day off.)
 */

import type {Day} from './due.js'

const firstYear = 2000

/**
 * Per year from 2000, the Spring Festival (正月初一), the Dragon Boat
 * Festival (五月初五) and the Mid-Autumn Festival (八月十五), as `MMDD`.
 */
const festivals: readonly string[] = [
  // 2000–2004
  '0205 0606 0912', '0124 0625 1001', '0212 0615 0921', '0201 0604 0911', '0122 0622 0928',
  // 2005–2009
  '0209 0611 0918', '0129 0531 1006', '0218 0619 0925', '0207 0608 0914', '0126 0528 1003',
  // 2010–2014
  '0214 0616 0922', '0203 0606 0912', '0123 0623 0930', '0210 0612 0919', '0131 0602 0908',
  // 2015–2019
  '0219 0620 0927', '0208 0609 0915', '0128 0530 1004', '0216 0618 0924', '0205 0607 0913',
  // 2020–2024
  '0125 0625 1001', '0212 0614 0921', '0201 0603 0910', '0122 0622 0929', '0210 0610 0917',
  // 2025–2029
  '0129 0531 1006', '0217 0619 0925', '0206 0609 0915', '0126 0528 1003', '0213 0616 0922',
  // 2030–2034
  '0203 0605 0912', '0123 0624 1001', '0211 0612 0919', '0131 0601 0908', '0219 0620 0927',
  // 2035–2039
  '0208 0610 0916', '0128 0530 1004', '0215 0618 0924', '0204 0607 0913', '0124 0527 1002',
  // 2040–2044
  '0212 0614 0920', '0201 0603 0910', '0122 0622 0928', '0210 0611 0917', '0130 0531 1005',
  // 2045–2049
  '0217 0619 0925', '0206 0608 0915', '0126 0529 1004', '0214 0615 0922', '0202 0604 0911',
  // 2050–2050
  '0123 0623 0930',
]

/** Which column a festival's word reads, and the days after it (`元宵`, the fifteenth of the first month). */
const columns = new Map<string, readonly [column: number, after: number]>([
  ['春节', [0, 0]],
  // The eve, the last day of the old year: the day before.
  ['除夕', [0, -1]],
  ['大年三十', [0, -1]],
  ['元宵节', [0, 14]],
  ['元宵', [0, 14]],
  ['农历新年', [0, 0]],
  ['农历春节', [0, 0]],
  ['端午节', [1, 0]],
  ['端午', [1, 0]],
  ['中秋节', [2, 0]],
  ['中秋', [2, 0]]
])

/**
 * The day a festival of the Chinese calendar falls on in a year.
 *
 * @param word
 *   The festival as written (`春节`, `中秋节`, `元宵`).
 * @param year
 *   The Gregorian year.
 * @returns
 *   The day, or null for another word or a year outside 2000–2050.
 */
export function lunarFestival(word: string, year: number): Day | null {
  const column = columns.get(word)
  const row = festivals[year - firstYear]
  if (column === undefined || row === undefined) return null
  const [index, after] = column
  const written = row.slice(index * 5, index * 5 + 4)
  const date = new Date(Date.UTC(year, Number(written.slice(0, 2)) - 1, Number(written.slice(2)) + after))
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}
