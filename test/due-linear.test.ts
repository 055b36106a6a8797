/**
 * `findDue` stays linear on tasks nobody wrote by hand: a run of Chinese
 * numerals before `内`, a clause of many `尽快`. No timing is asserted (the
 * machine may be loaded); the timeouts only catch a return of quadratic
 * work, which took seconds on a tenth of these sizes.
 */

import {describe, expect, it} from 'vitest'
import {findDue} from '../src/extract/due.js'

const timeout = 60_000

describe('findDue in linear time', () => {
  it(
    'should find no deadline in 200,000 numerals followed by 内',
    () => {
      expect(findDue('三'.repeat(200_000) + '内', '2024-03-05')).toBe(null)
    },
    timeout
  )

  it(
    'should read a clause of 100,000 尽快 as a vague deadline at its start',
    () => {
      expect(findDue('尽快'.repeat(100_000), '2024-03-05')).toEqual({start: 0, end: 2, date: null, kind: 'vague'})
    },
    timeout
  )

  it('should still count a Chinese number of days from the meeting: 十五日内 from 3月5日 is 3月20日', () => {
    expect(findDue('十五日内完成', '2024-03-05')).toEqual({start: 0, end: 4, date: '2024-03-20', kind: 'relative'})
  })

  it('should still take a modal before 尽快 but not a verb: 要尽快 leads its clause, 并尽快 does not', () => {
    expect(findDue('要尽快报送', null)).toEqual({start: 1, end: 3, date: null, kind: 'vague'})
    expect(findDue('修改方案并尽快报送', null)).toBe(null)
  })
})
