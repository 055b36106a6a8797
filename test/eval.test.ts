import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readCorpus} from '../bench/corpus.mjs'
import {fields, scoreDocument, summarize} from '../bench/score.mjs'
import type {Check, Gold, ScoredRecord} from '../bench/score.mjs'
import {parseMinutes} from '../src/index.js'

/** Passed/n of one field, as a string, for whole-value assertions. */
function tally(checks: Check[]): Record<string, string> {
  const summary = summarize(checks)
  return Object.fromEntries(fields.map((field) => [field, `${summary[field].passed}/${summary[field].n}`]))
}

const gold: Gold = {
  meeting: {name: '区政府第9次常务会议', date: '2024-05-06', chair: '王明'},
  items: [
    {
      ordinal: '一',
      heading: '审议《道路养护办法》',
      reporters: ['区交通局'],
      decisions: ['原则同意该《办法》'],
      assignments: [
        {owner: '区交通局', contains: '修改完善', due: null},
        {owner: '区财政局', contains: '保障经费', due: '年底前'}
      ],
      points: 2
    },
    {
      ordinal: null,
      heading_contains: '城市更新',
      reporters: ['区住建局', '区规划局'],
      decisions: [],
      assignments: [{owner: '区住建局', contains: '抓紧推进', due: '6月底前'}],
      points: 0
    },
    {ordinal: '三', heading: '研究人事事项', reporters: '?', decisions: ['同意'], assignments: [], points: 1}
  ]
}

const record: ScoredRecord = {
  meeting: {name: '区政府第9次常务会议', date: '2024-05-07', chair: {name: '王明'}},
  items: [
    {
      heading: '审议《道路养护办法》',
      reporters: ['区交通局', '区财政局'],
      decisions: [{text: '会议原则同意该《办法》'}],
      assignments: [
        {owner: '区交通局', owners: ['区交通局'], task: '修改完善后印发实施', due: null},
        {owner: '区财政局', owners: ['区财政局'], task: '保障经费', due: null}
      ],
      points: [{}, {}]
    },
    {
      heading: '会议听取了关于城市更新工作的汇报。',
      reporters: ['区住建局'],
      decisions: [{text: '原则同意'}],
      assignments: [{owner: '区住建局和区城管局', owners: ['区住建局', '区城管局'], task: '抓紧推进改造', due: '6月底前完成'}],
      points: []
    }
  ]
}

describe('scorer', () => {
  it('should count every check of a hand-made document as worked out by hand', () => {
    // meeting: name equal, date differs, chair equal; 2 items for 3 in gold.
    // Item 3 has no partner: its heading, decision, count and points fail; its reporters are "?".
    // Reporter precision: 区交通局 yes, 区财政局 no (item 1); 区住建局 yes (item 2) → 2/3.
    // Reporter recall: 区交通局 yes; 区住建局 yes, 区规划局 no → 2/3.
    // Decision count: item 1 1=1, item 2 1≠0, item 3 missing → 1/3.
    // Assignments: all three found (item 2's by a split owner); due: null=null yes,
    // 年底前 vs null no, 6月底前 inside 6月底前完成 yes → 2/3.
    expect(tally(scoreDocument('doc', record, gold))).toEqual({
      'meeting.name': '1/1',
      'meeting.date': '0/1',
      'meeting.chair': '1/1',
      'items.count': '0/1',
      'items.heading': '2/3',
      'reporters.precision': '2/3',
      'reporters.recall': '2/3',
      'decisions.recall': '1/2',
      'decisions.count': '1/3',
      'assignments.recall': '3/3',
      'assignments.due': '2/3',
      'items.points': '2/3'
    })
  })

  it('should give a failing check its document, item, expected and actual value', () => {
    const failing = scoreDocument('dev/x', record, gold).filter((check) => !check.passed)
    expect(failing.find((check) => check.field === 'meeting.date')).toEqual({
      field: 'meeting.date',
      doc: 'dev/x',
      item: null,
      passed: false,
      expected: '2024-05-06',
      actual: '2024-05-07'
    })
    expect(failing.find((check) => check.field === 'items.heading')).toMatchObject({item: 3, expected: '研究人事事项', actual: null})
  })

  it('should score only the meeting fields of a skip_items document, and skip "?" values', () => {
    const checks = scoreDocument('doc', record, {...gold, skip_items: true, meeting: {name: '?', date: '?', chair: '王明'}})
    expect(checks.map((check) => [check.field, check.passed])).toEqual([['meeting.chair', true]])
  })

  it('should score a null chair and a null name as passed only when the record has none', () => {
    const none: ScoredRecord = {meeting: {name: null, date: null, chair: null}, items: []}
    const checks = scoreDocument('doc', none, {meeting: {name: null, date: '2024-05-06', chair: null}, items: []})
    expect(checks.map((check) => [check.field, check.passed])).toEqual([
      ['meeting.name', true],
      ['meeting.date', false],
      ['meeting.chair', true],
      ['items.count', true]
    ])
  })

  it('should not let one record assignment satisfy two gold assignments, nor a different owner', () => {
    const one: ScoredRecord = {
      meeting: {name: null, date: null, chair: null},
      items: [{heading: 'h', reporters: [], decisions: [], assignments: [{owner: '区教育局', task: '制定方案并组织实施', due: null}], points: []}]
    }
    const checks = scoreDocument('doc', one, {
      items: [
        {
          heading: 'h',
          assignments: [
            {owner: '区教育局', contains: '制定方案', due: null},
            {owner: '区教育局', contains: '组织实施', due: null},
            {owner: '区卫健委', contains: '制定方案', due: null}
          ]
        }
      ]
    })
    expect(checks.filter((check) => check.field === 'assignments.recall').map((check) => check.passed)).toEqual([true, false, false])
  })
})

describe('eval ratchet', () => {
  /** Floors per corpus set and field; raised as jiyao improves, never lowered. */
  const floors = JSON.parse(fs.readFileSync(new URL('../bench/eval-floor.json', import.meta.url), 'utf8')) as Record<
    string,
    Record<string, number>
  >
  const documents = readCorpus().filter((document) => document.gold !== null)

  for (const set of Object.keys(floors)) {
    it(`should keep every field on the ${set} corpus at or above its floor`, () => {
      const checks = documents
        .filter((document) => document.set === set)
        .flatMap((document) => scoreDocument(document.id, parseMinutes(document.text), document.gold as Gold))
      const summary = summarize(checks)
      const below = fields
        .filter((field) => (summary[field].score ?? 0) < (floors[set][field] ?? 0))
        .map((field) => `${field}: ${summary[field].score} < ${floors[set][field]}`)
      expect(below).toEqual([])
    })
  }
})
