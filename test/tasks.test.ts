import {describe, expect, it} from 'vitest'
import type {Assignment, MinutesRecord, Position, RecordItem} from '../src/record.js'
import {filterOwner, ledgerRows, sortRows, toCsv, toMarkdownTable} from '../src/cli/ledger.js'
import type {LedgerRow} from '../src/cli/ledger.js'

function at(line: number): Position {
  return {start: {line, column: 1, offset: line * 10}, end: {line, column: 5, offset: line * 10 + 4}}
}

function assignment(owner: string, task: string, due: string | null, line: number): Assignment {
  return {
    owner,
    owners: [owner],
    role: 'responsible',
    task,
    due,
    dueDate: due ? '2024-04-30' : null,
    dueKind: due ? 'absolute' : null,
    position: at(line),
    positions: {owner: at(line), task: at(line), due: null}
  }
}

function item(ordinal: string | null, heading: string, assignments: Assignment[]): RecordItem {
  return {
    number: 1,
    ordinal,
    heading,
    actions: [],
    documents: [],
    reporters: [],
    statements: [],
    decisions: [],
    instructions: [],
    assignments,
    points: [],
    position: at(1),
    positions: {ordinal: null, heading: at(1), documents: [], reporters: []}
  }
}

function record(file: string, date: string | null, name: string, items: RecordItem[]): MinutesRecord {
  return {
    schemaVersion: 1,
    source: {path: file, format: 'text', encoding: 'utf-8', positionsRefer: 'source'},
    meeting: {
      title: null,
      name,
      session: null,
      date,
      timeOfDay: null,
      chair: null,
      location: null,
      agenda: [],
      attendees: [],
      observers: [],
      absentees: [],
      recorder: null,
      positions: {title: null, name: null, date: null, timeOfDay: null, location: null, agenda: []}
    },
    items
  }
}

const spring = record('a.txt', '2024-03-05', '市政府第12次专题会议', [
  item('一', '关于河道整治方案', [assignment('市水务局', '修改完善方案，4月底前报市政府', '4月底前', 4)]),
  item('二', '关于老旧小区改造', [
    assignment('市住建局', '牵头制定改造计划', null, 7),
    assignment('市发改委', '做好资金保障', null, 8)
  ])
])
const winter = record('b.txt', '2023-12-01', '市政府第9次常务会议', [
  item(null, '会议研究了冬季供暖工作', [assignment('城东镇', '排查供暖管网', null, 3)])
])

describe('tasks: ledger rows', () => {
  it('should make one row per assignment with meeting, item and source line', () => {
    expect(ledgerRows(spring)[0]).toEqual({
      date: '2024-03-05',
      meeting: '市政府第12次专题会议',
      ordinal: '一',
      heading: '关于河道整治方案',
      owner: '市水务局',
      task: '修改完善方案，4月底前报市政府',
      due: '4月底前',
      dueDate: '2024-04-30',
      file: 'a.txt',
      line: 4
    })
    expect(ledgerRows(spring)).toHaveLength(3)
  })

  it('should sort by date, then owner in pinyin order, undated last', () => {
    const undated = record('c.txt', null, '专题会议', [item('一', '其他', [assignment('安监局', '检查', null, 2)])])
    const rows = sortRows([...ledgerRows(spring), ...ledgerRows(undated), ...ledgerRows(winter)])
    // 发 (fā) < 水 (shuǐ) < 住 (zhù) by pinyin of the character after 市.
    expect(rows.map((row) => [row.date, row.owner])).toEqual([
      ['2023-12-01', '城东镇'],
      ['2024-03-05', '市发改委'],
      ['2024-03-05', '市水务局'],
      ['2024-03-05', '市住建局'],
      [null, '安监局']
    ])
  })

  it('should find 市发改委 when asked for 发改委', () => {
    expect(filterOwner(ledgerRows(spring), '发改委').map((row) => row.owner)).toEqual(['市发改委'])
    expect(filterOwner(ledgerRows(spring), '财政局')).toEqual([])
  })
})

describe('tasks: CSV and Markdown', () => {
  const tricky: LedgerRow = {
    date: '2024-03-05',
    meeting: '市政府第12次专题会议',
    ordinal: '一',
    heading: '关于"河道",整治',
    owner: '市水务局',
    task: '第一行\n第二行',
    due: null,
    dueDate: null,
    file: 'a.txt',
    line: 4
  }

  it('should write a UTF-8 BOM, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv([tricky])
    const bytes = Buffer.from(csv, 'utf8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv).toBe(
      '\uFEFFdate,meeting,ordinal,heading,owner,task,due,dueDate,file,line\r\n' +
        '2024-03-05,市政府第12次专题会议,一,"关于""河道"",整治",市水务局,"第一行\n第二行",,,a.txt,4\r\n'
    )
  })

  it('should write only the header for no rows', () => {
    expect(toCsv([])).toBe('\uFEFFdate,meeting,ordinal,heading,owner,task,due,dueDate,file,line\r\n')
  })

  it('should write a Markdown table with pipes escaped and line breaks kept', () => {
    const table = toMarkdownTable([{...tricky, heading: 'A|B'}])
    expect(table.split('\n')).toEqual([
      '| date | meeting | ordinal | heading | owner | task | due | dueDate | file | line |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 2024-03-05 | 市政府第12次专题会议 | 一 | A\\|B | 市水务局 | 第一行<br>第二行 |  |  | a.txt | 4 |',
      ''
    ])
  })
})
