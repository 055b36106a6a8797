import {describe, expect, it} from 'vitest'
import {chineseNumber, findDates, isoDate, yearBefore} from '../src/extract/date.js'

describe('chineseNumber', () => {
  it('should read Chinese numbers past ten', () => {
    expect(chineseNumber('十')).toBe(10)
    expect(chineseNumber('十二')).toBe(12)
    expect(chineseNumber('四十二')).toBe(42)
    expect(chineseNumber('五十一')).toBe(51)
    expect(chineseNumber('八十')).toBe(80)
    expect(chineseNumber('一百零三')).toBe(103)
    expect(chineseNumber('63')).toBe(63)
  })

  it('should refuse what is not a number', () => {
    expect(chineseNumber('第三')).toBeNull()
    expect(chineseNumber('')).toBeNull()
  })
})

describe('findDates', () => {
  it('should find every form with its span', () => {
    const text = '2024年5月6日上午开会，二〇二四年五月十日印发，2024-05-08发布，5月7日补充'
    const dates = findDates(text)
    expect(dates.map((date) => [text.slice(date.start, date.end), date.year, date.month, date.day])).toEqual([
      ['2024年5月6日', 2024, 5, 6],
      ['二〇二四年五月十日', 2024, 5, 10],
      ['2024-05-08', 2024, 5, 8],
      ['5月7日', null, 5, 7]
    ])
  })

  it('should read a year in digits with month and day in Chinese numerals', () => {
    expect(findDates('2024年一月八日')).toEqual([{start: 0, end: 9, year: 2024, month: 1, day: 8}])
  })

  it('should read a month in digits with the day in Chinese numerals', () => {
    expect(findDates('在5月十五日前')).toEqual([{start: 1, end: 6, year: null, month: 5, day: 15}])
  })

  it('should read the ○ typed for zero in years', () => {
    expect(findDates('二○一九年十二月三十日')).toEqual([{start: 0, end: 11, year: 2019, month: 12, day: 30}])
  })

  it('should leave out impossible dates and partial numbers', () => {
    expect(findDates('13月40日')).toEqual([])
    expect(findDates('2023年2月30日')).toEqual([])
    expect(findDates('5-16,研究')).toEqual([])
  })
})

describe('yearBefore and isoDate', () => {
  it('should put a month and day after the reference date in the year before', () => {
    expect(yearBefore(12, 28, {year: 2024, month: 1, day: 5})).toBe(2023)
    expect(yearBefore(1, 3, {year: 2024, month: 1, day: 5})).toBe(2024)
    expect(isoDate(2024, 1, 5)).toBe('2024-01-05')
  })
})
