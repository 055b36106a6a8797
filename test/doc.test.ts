import {describe, expect, it} from 'vitest'
import {createDoc, normalizeCode} from '../src/doc.js'

describe('normalizeCode', () => {
  it('should make full-width forms half-width, the ideographic space a space, traditional simplified', () => {
    const pairs: Array<[string, string]> = [
      ['（', '('],
      ['：', ':'],
      ['Ａ', 'A'],
      ['　', ' '],
      ['會', '会'],
      ['議', '议'],
      ['臺', '台'],
      ['颱', '台'],
      ['会', '会'],
      ['。', '。'],
      ['a', 'a']
    ]
    expect(pairs.map(([from]) => String.fromCharCode(normalizeCode(from.charCodeAt(0))))).toEqual(pairs.map(([, to]) => to))
  })

  it('should give createDoc the same view, one character at a time', () => {
    const text = '會議（一）：Ａ　市'
    expect(createDoc(text).norm).toBe([...text].map((character) => String.fromCharCode(normalizeCode(character.charCodeAt(0)))).join(''))
  })
})
