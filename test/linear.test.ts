/**
 * Pathological inputs of issue 6 finish: every loop and pattern of the parser
 * and the extractors is linear in the input, so these take seconds. No timing
 * is asserted (the machine may be loaded); the generous timeouts only catch a
 * return of quadratic work, which takes minutes to hours on these sizes.
 */

import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Message} from '../src/index.js'

const timeout = 180_000

/** `一` … `九十九`. */
function numeral(value: number): string {
  const digits = '零一二三四五六七八九'
  const tens = Math.floor(value / 10)
  const units = value % 10
  if (tens === 0) return digits[units]
  return (tens > 1 ? digits[tens] : '') + '十' + (units > 0 ? digits[units] : '')
}

function countRules(messages: Message[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const message of messages) counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
  return counts
}

describe('time linear in input size', () => {
  it(
    'should read 200,000 `（一）` in a row as one item whose heading is the rest of the line',
    () => {
      const {record} = analyze('（一）'.repeat(200_000))
      expect(record.items.length).toBe(1)
      const [item] = record.items
      expect(item.ordinal).toBe('一')
      expect(item.heading.length).toBe(3 * 199_999)
      expect(item.positions.heading.start.offset).toBe(3)
    },
    timeout
  )

  it(
    'should put 200,000 numbered lines under an attachment label in the closing',
    () => {
      const {tree} = analyze('一、研究\n会议同意。\n附件：1.方案\n' + '2.附件名称\n'.repeat(200_000))
      const closing = tree.children[tree.children.length - 1]
      expect(closing.type === 'closing' && closing.children.length).toBe(200_001)
    },
    timeout
  )

  it(
    'should make an item of each of 200,000 `（一）` lines',
    () => {
      const {record} = analyze('（一）\n'.repeat(200_000))
      expect(record.items.length).toBe(200_000)
      expect(record.items[199_999].ordinal).toBe('一')
      expect(record.items[199_999].position.start.line).toBe(200_000)
    },
    timeout
  )

  it(
    'should take 100,000 heading lines numbered 一 to 九十九 over and over',
    () => {
      const lines = []
      for (let index = 0; index < 100_000; index++) lines.push(`${numeral((index % 99) + 1)}、研究部署安全生产工作。`)
      const {record, messages} = analyze(lines.join('\n'))
      // The first run of 99 opens items; in each later run `一` to `九十八` do not continue the
      // sequence after 99 (not headings), and `九十九` repeats it (a duplicate, still an item).
      // 100,000 lines are 1,010 full runs and 10 lines more.
      const runs = Math.floor(100_000 / 99)
      expect(record.items.length).toBe(99 + (runs - 1))
      expect(record.items[98].ordinal).toBe('九十九')
      expect(record.items[98].heading).toBe('研究部署安全生产工作')
      const counts = countRules(messages)
      expect(counts['duplicate-ordinal']).toBe(runs - 1)
      expect(counts['heading-not-taken']).toBe(100_000 - 99 - (runs - 1))
    },
    timeout
  )

  it(
    'should read a 20 MB file of repeated minutes',
    () => {
      const block = [
        '关于加强城市管理工作的会议纪要',
        '2024年3月5日上午，市长王明主持召开市政府常务会议。现纪要如下：',
        '一、审议《关于加强城市管理工作的实施意见》',
        '会议原则同意该实施意见，由市城市管理局负责组织实施，6月底前完成。',
        '二、研究老旧小区改造工作',
        '会议要求各部门加强协作。',
        ''
      ].join('\n')
      const blocks = Math.ceil(20e6 / Buffer.byteLength(block))
      const {record, messages} = analyze(block.repeat(blocks))
      // Items 一 and 二 of the first block; after it each `一` is not a heading and each `二` repeats.
      expect(record.items.length).toBe(blocks + 1)
      expect(record.meeting.date).toBe('2024-03-05')
      const [first] = record.items
      expect(first.heading).toBe('审议《关于加强城市管理工作的实施意见》')
      expect(first.decisions.map((decision) => decision.verb)).toEqual(['原则同意'])
      expect(first.assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
        ['市城市管理局', '6月底前', '2024-06-30']
      ])
      const counts = countRules(messages)
      expect([counts['heading-not-taken'], counts['duplicate-ordinal']]).toEqual([blocks - 1, blocks - 1])
    },
    timeout
  )

  it(
    'should read a line of 10 MB with one statement per sentence',
    () => {
      const sentence = '会议要求各部门加强协作，确保各项任务按期完成。'
      const count = Math.ceil(10e6 / Buffer.byteLength(sentence))
      const {record} = analyze('一、审议工作。' + sentence.repeat(count))
      expect(record.items.length).toBe(1)
      const [item] = record.items
      expect(item.heading).toBe('审议工作')
      expect(item.statements.length).toBe(count)
      expect(item.instructions.length).toBe(count)
      expect(item.statements[count - 1].text).toBe(sentence)
      expect(item.statements[count - 1].position.end.offset).toBe(7 + count * sentence.length)
    },
    timeout
  )

  it(
    'should join 200,000 hard-wrapped lines, and weigh 200,000 open lines of many widths',
    () => {
      // Every line 32 ideographs wide, ending mid-sentence: one paragraph of 200,000 lines.
      const line = '会议要求各部门要按照职责分工细化工作措施明确时间节点确保各项任务按期完\n'
      const wrapped = analyze('一、研究工作\n' + line.repeat(200_000))
      expect(wrapped.record.items.length).toBe(1)
      expect(wrapped.tree.children[0].type === 'item' && wrapped.tree.children[0].children.length).toBe(1)
      // Open headings of 200,000 widths: the width they pile up at is found by counting, not by pairs.
      const headings = Array.from({length: 200_000}, (_, index) => '关于' + '研'.repeat(20 + (index % 19)) + '\n会议同意。').join('\n')
      expect(analyze('2024年3月5日，县长王明主持召开县长办公会议。\n' + headings).record.items.length).toBe(200_000)
    },
    timeout
  )

  it(
    'should read one line of 150,000 sentences that each open a matter (no overflow of the stack)',
    () => {
      // Each break of the line was appended with push(...breaks): past ~120,000 the call overflowed.
      const {record} = analyze('2025年3月2日，县长王强主持召开县政府常务会议。' + '会议听取了县住建局的汇报。'.repeat(150_000))
      expect(record.items.length).toBe(150_000)
      expect(record.items[149_999].reporters).toEqual(['县住建局'])
    },
    timeout
  )

  it(
    'should read a sentence of 100,000 tasks, each with its owner, in seconds',
    () => {
      // Each task looked for the clause after it from the sentence's start, and each owner for a verb
      // that set it up back to the sentence's start: 25,000 such clauses took 22 s, quadratic.
      const {record} = analyze('2025年3月2日，县长王强主持召开县政府常务会议。\n一、关于某事\n会议要求，' + '县住建局要推进工作，'.repeat(100_000))
      const {assignments} = record.items[0]
      expect(assignments.length).toBe(100_000)
      expect([assignments[0].owner, assignments[0].task]).toEqual(['县住建局', '要推进工作'])
    },
    timeout
  )

  it(
    'should read a line of 100,000 letter-spaced words (no overflow of the stack)',
    () => {
      // The spaces of a letter-spaced line were appended with push(...gaps): past ~120,000, a RangeError.
      const {record} = analyze('2025年3月2日，县长王强主持召开县政府常务会议。\n一、关于某事\n' + '县 住 建 局 '.repeat(100_000))
      expect(record.items.map((item) => item.heading)).toEqual(['关于某事'])
    },
    timeout
  )
})
