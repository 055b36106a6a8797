import {describe, expect, it} from 'vitest'
import {words} from '../src/words.js'

describe('words', () => {
  const units = ['局', '市场监管局', '市场', '办公室', '办', '']

  it('should find the longest word that starts at an offset', () => {
    const lookup = words(units)
    expect(lookup.at('请市场监管局牵头', 1)).toBe('市场监管局')
    expect(lookup.at('请市场调研', 1)).toBe('市场')
    expect(lookup.at('请市场监管局牵头', 0)).toBe(undefined)
  })

  it('should find the longest word that ends at an offset', () => {
    const lookup = words(units)
    // `办公室` ends at 5 in `县政府办公室牵头`; `办` alone ends at 4.
    expect(lookup.before('县政府办公室牵头', 6)).toBe('办公室')
    expect(lookup.before('县政府办公室牵头', 4)).toBe('办')
    expect(lookup.before('市场监管局', 5)).toBe('市场监管局')
    expect(lookup.before('牵头', 2)).toBe(undefined)
  })

  it('should find nothing past either end of the text', () => {
    const lookup = words(units)
    expect(lookup.at('市场', 2)).toBe(undefined)
    expect(lookup.at('市场', -1)).toBe(undefined)
    expect(lookup.before('局', 0)).toBe(undefined)
    expect(lookup.before('局', 2)).toBe(undefined)
  })

  it('should not read a word that would start before the text', () => {
    expect(words(['市场监管局']).before('监管局', 3)).toBe(undefined)
  })

  it('should tell whether a word is in the list', () => {
    const lookup = words(units)
    expect(lookup.has('办公室')).toBe(true)
    expect(lookup.has('公室')).toBe(false)
  })

  it('should answer the same for a word listed twice', () => {
    const lookup = words(['组', '工作组', '组', '工作组'])
    expect(lookup.at('工作组会议', 0)).toBe('工作组')
    expect(lookup.before('专班工作组', 5)).toBe('工作组')
    expect(lookup.before('小组', 2)).toBe('组')
    expect(lookup.has('组')).toBe(true)
  })

  it('should give every way of looking up in any order of first use', () => {
    const list = ['会议', '会议纪要']
    const lookup = words(list)
    expect(lookup.has('会议纪要')).toBe(true)
    expect(lookup.before('本次会议纪要', 6)).toBe('会议纪要')
    expect(lookup.at('本次会议纪要', 2)).toBe('会议纪要')
    expect(lookup.at('会议议程', 0)).toBe('会议')
  })

  it('should give the same lookup for the same list', () => {
    expect(words(units)).toBe(words(units))
    expect(words([...units])).not.toBe(words(units))
  })
})
