import {describe, expect, it} from 'vitest'
import {createDoc, normalizeCode} from '../src/doc.js'
import {analyze, parseMinutes} from '../src/minutes.js'

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

describe('spaces and invisible characters', () => {
  it('should make every width of space a space, and leave zero-width ones out of the view', () => {
    const text = '\u00a0\u00a0会\u200b议\u2002决定\ufeff'
    const doc = createDoc(text)
    expect(doc.norm).toBe('  会议 决定')
    // Offsets map across what the view leaves out: `议` is at 4 in the source, 3 in the view.
    expect([doc.toSource(3), doc.toNorm(4)]).toEqual([4, 3])
  })

  it('should place an empty span after the character before it, inside what it ends', () => {
    // `一、` and a zero-width space at the end: the item ends at `、`, its empty heading with it.
    const doc = createDoc('一、\u200b')
    expect(doc.normPosition(2, 2).start.offset).toBe(2)
    const {tree} = analyze('前言\n一、\u200b\n')
    const item = tree.children.find((node) => node.type === 'item')
    expect(item && item.heading && [item.position.end.offset, item.heading.position.start.offset]).toEqual([5, 5])
  })

  it('should read an owner on a line indented with no-break spaces (`&nbsp;` of a web page)', () => {
    const indent = ' \u00a0\u00a0\u00a0\u00a0'
    const text =
      `${indent}2024年5月6日，县长卢伟主持召开县政府第9次常务会议。\n${indent}一、研究防汛工作\n${indent}（一）堤坝检查\n` +
      `${indent}县水务局牵头，各乡镇配合，6月10日前完成堤坝隐患排查。\n`
    const [assignment] = parseMinutes(text).items[0].assignments
    expect([assignment.owner, assignment.role, assignment.dueDate]).toEqual(['县水务局', 'lead', '2024-06-10'])
  })
})

describe('traditional characters', () => {
  const simplify = (text: string): string => [...text].map((character) => String.fromCharCode(normalizeCode(character.charCodeAt(0)))).join('')

  it('should simplify the Taiwan and Hong Kong forms of OpenCC, surnames and rarer words included', () => {
    expect(simplify('牽頭盧譚陸鄒龔賴')).toBe('牵头卢谭陆邹龚赖')
    // Variants of one character: the Taiwan `為`, `裡`, `綫` and the standard `爲`, `裏`, `線`.
    expect(simplify('為爲裡裏綫線')).toBe('为为里里线线')
    // `著` and `瞭` of traditional text (`著力`, `瞭解`), which OpenCC keeps.
    expect(simplify('著瞭')).toBe('着了')
  })

  it('should keep the characters simplified text writes, traditional-looking or not', () => {
    // The simplified forms of `麼`, `範`, `臺` and `後` stay as they are.
    expect(simplify('么范台后')).toBe('么范台后')
  })

  it('should read minutes written in traditional characters as their simplified text', () => {
    const traditional =
      '2024年5月6日，縣長盧偉主持召開縣政府第9次常務會議，譚敏、陸峰出席會議。\n' +
      '一、研究防汛準備工作\n會議決定，由縣水務局牽頭，縣應急管理局配合，於6月10日前完成堤壩隱患排查。\n'
    const simplified =
      '2024年5月6日，县长卢伟主持召开县政府第9次常务会议，谭敏、陆峰出席会议。\n' +
      '一、研究防汛准备工作\n会议决定，由县水务局牵头，县应急管理局配合，于6月10日前完成堤坝隐患排查。\n'
    const read = (text: string) => {
      const record = parseMinutes(text)
      const [item] = record.items
      return {
        name: record.meeting.name,
        chair: [record.meeting.chair?.name, record.meeting.chair?.title],
        attendees: record.meeting.attendees.map((person) => person.name),
        assignments: item.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.dueDate])
      }
    }
    expect(read(simplified)).toEqual({
      name: '县政府第9次常务会议',
      chair: ['卢伟', '县长'],
      attendees: ['谭敏', '陆峰'],
      assignments: [
        ['县水务局', 'lead', '2024-06-10'],
        ['县应急管理局', 'support', '2024-06-10']
      ]
    })
    // The same reading, each value as the traditional text writes it.
    expect(read(traditional)).toEqual({
      name: '縣政府第9次常務會議',
      chair: ['盧偉', '縣長'],
      attendees: ['譚敏', '陸峰'],
      assignments: [
        ['縣水務局', 'lead', '2024-06-10'],
        ['縣應急管理局', 'support', '2024-06-10']
      ]
    })
  })
})
