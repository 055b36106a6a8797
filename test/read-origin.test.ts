import {describe, expect, it} from 'vitest'
import {alignText, createBuilder, finishBuilder, pushSource, pushSynthetic, remapPositions} from '../src/read/origin.js'
import type {Position} from '../src/tree.js'

function span(start: number, end: number): Position {
  return {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
}

describe('alignText', () => {
  it('should map each unit of a value equal to its source to itself', () => {
    expect(alignText('会议', 'x会议y', 1, 3)).toEqual({starts: [1, 2], ends: [2, 3]})
  })

  it('should give an entity, an escape and a CRLF one unit each', () => {
    const source = 'a&amp;b\\*c\r\nd&#x4E00;'
    expect(alignText('a&b*c\nd一', source, 0, source.length)).toEqual({
      starts: [0, 1, 6, 7, 9, 10, 12, 13],
      ends: [1, 6, 7, 9, 10, 12, 13, 21]
    })
  })

  it('should skip source the value lacks, such as a block quote marker', () => {
    const source = '> 甲\n> 乙'
    expect(alignText('甲\n乙', source, 2, source.length)).toEqual({starts: [2, 3, 6], ends: [3, 4, 7]})
  })
})

describe('remapPositions: line ends', () => {
  it('should count CRLF, CR and LF as line ends in the source', () => {
    const source = 'a\r\nb\rc\nd'
    const origin = {source, starts: [0, 3, 5, 7], ends: [1, 4, 6, 8]}
    const moved = remapPositions([span(1, 2), span(2, 3), span(3, 4)], origin)
    expect(moved.map((position) => [position.start.line, position.start.column, position.end.line, position.end.column])).toEqual([
      [2, 1, 2, 2],
      [3, 1, 3, 2],
      [4, 1, 4, 2]
    ])
  })
})

describe('remapPositions', () => {
  // Source `<p>甲乙</p>\n<p>丙</p>` extracted as `甲乙\n丙`.
  const source = '<p>甲乙</p>\n<p>丙</p>'
  const builder = createBuilder(source)
  pushSource(builder, '甲乙', 3, 5)
  pushSynthetic(builder, '\n')
  pushSource(builder, '丙', 13, 14)
  const {text, origin} = finishBuilder(builder)

  it('should build the text with one start and end per unit', () => {
    expect(text).toBe('甲乙\n丙')
    expect(origin.starts).toEqual([3, 4, 5, 13])
    expect(origin.ends).toEqual([4, 5, 5, 14])
  })

  it('should move positions onto the source, recomputing lines and columns', () => {
    const moved = remapPositions({item: {position: span(0, 2)}, last: [span(3, 4)]}, origin)
    expect(moved).toEqual({
      item: {position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 6, offset: 5}}},
      last: [{start: {line: 2, column: 4, offset: 13}, end: {line: 2, column: 5, offset: 14}}]
    })
    expect(source.slice(moved.last[0].start.offset, moved.last[0].end.offset)).toBe('丙')
  })

  it('should map an empty span and the end of the text', () => {
    const moved = remapPositions({a: span(1, 1), b: span(4, 4)}, origin)
    expect([moved.a.start.offset, moved.a.end.offset, moved.b.start.offset, moved.b.end.offset]).toEqual([4, 4, 14, 14])
  })

  it('should leave the input untouched and other values as they are', () => {
    const value = {name: '甲', position: span(0, 1), list: [1, null, 'x']}
    const moved = remapPositions(value, origin)
    expect(value.position.start.offset).toBe(0)
    expect(moved).toEqual({name: '甲', position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}}, list: [1, null, 'x']})
  })
})
