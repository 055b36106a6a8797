import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {assignment, item, listFiles, minutes, record, remove, run, tree} from './cli-io.js'
import {filterOwner, ledgerRows, sortRows, toCsv, toMarkdownTable} from '../src/cli/ledger.js'
import type {LedgerRow} from '../src/cli/ledger.js'

const spring = record('a.txt', {date: '2024-03-05', name: '市政府第12次专题会议'}, [
  item('一', '关于河道整治方案', [assignment('市水务局', '修改完善方案，4月底前报市政府', '4月底前', 4)]),
  item('二', '关于老旧小区改造', [
    assignment('市住建局', '牵头制定改造计划', null, 7),
    assignment('市发改委', '做好资金保障', null, 8)
  ])
])
const winter = record('b.txt', {date: '2023-12-01', name: '市政府第9次常务会议'}, [
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
      source: 'a.txt:4'
    })
    expect(ledgerRows(spring)).toHaveLength(3)
  })

  it('should sort by date, then owner in pinyin order, undated last', () => {
    const undated = record('c.txt', {name: '专题会议'}, [item('一', '其他', [assignment('安监局', '检查', null, 2)])])
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

  it('should find an owner written in full when asked short, and short when asked in full', () => {
    const full = record('d.txt', {date: '2024-05-06', name: '县政府第3次常务会议'}, [
      item('一', '关于项目建设', [
        assignment('县发展和改革委员会', '做好项目储备', null, 3),
        assignment('县住房和城乡建设局', '推进老旧小区改造', null, 4),
        assignment('县人民政府办公室', '跟踪督办', null, 5)
      ])
    ])
    const rows = [...ledgerRows(spring), ...ledgerRows(full)]
    expect(filterOwner(rows, '发改委').map((row) => row.owner)).toEqual(['市发改委', '县发展和改革委员会'])
    expect(filterOwner(rows, '发展改革委').map((row) => row.owner)).toEqual(['市发改委', '县发展和改革委员会'])
    expect(filterOwner(rows, '住房和城乡建设局').map((row) => row.owner)).toEqual(['市住建局', '县住房和城乡建设局'])
    expect(filterOwner(rows, '县政府办').map((row) => row.owner)).toEqual(['县人民政府办公室'])
    // Part of a full name finds it as written.
    expect(filterOwner(rows, '建设局').map((row) => row.owner)).toEqual(['县住房和城乡建设局'])
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
    source: 'a.txt:4'
  }

  it('should write a UTF-8 BOM, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv([tricky])
    const bytes = Buffer.from(csv, 'utf8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv).toBe(
      '\uFEFFdate,meeting,ordinal,heading,owner,task,due,dueDate,source\r\n' +
        '2024-03-05,市政府第12次专题会议,一,"关于""河道"",整治",市水务局,"第一行\n第二行",,,a.txt:4\r\n'
    )
  })

  it('should make cells that start like a formula text, so Excel does not run them', () => {
    const csv = toCsv([{...tricky, heading: '=HYPERLINK("x")', owner: '@市水务局', task: '-1+2'}])
    expect(csv.split('\r\n')[1]).toBe('2024-03-05,市政府第12次专题会议,一,"\'=HYPERLINK(""x"")",\'@市水务局,\'-1+2,,,a.txt:4')
  })

  it('should write only the header for no rows', () => {
    expect(toCsv([])).toBe('\uFEFFdate,meeting,ordinal,heading,owner,task,due,dueDate,source\r\n')
  })

  it('should write a Markdown table with pipes escaped and line breaks kept', () => {
    const table = toMarkdownTable([{...tricky, heading: 'A|B'}])
    expect(table.split('\n')).toEqual([
      '| date | meeting | ordinal | heading | owner | task | due | dueDate | source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 2024-03-05 | 市政府第12次专题会议 | 一 | A\\|B | 市水务局 | 第一行<br>第二行 |  |  | a.txt:4 |',
      ''
    ])
  })
})

describe('jiyao tasks on the sample minutes', () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url))

  it('should list every named owner of the sample as CSV rows', async () => {
    const result = await run(['tasks', 'fixtures/sample.txt'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('\uFEFFdate,meeting,ordinal,heading,owner,task,due,dueDate,source\r\n')).toBe(true)
    const rows = result.stdout.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(','))
    const owners = new Set(rows.map((row) => row[4]))
    for (const owner of ['市发改委', '市工信局', '太仓生态环境局', '市人社局', '市城管局', '市资产集团', '市产业基金管理公司', '港区', '城厢镇']) {
      expect(owners.has(owner), owner).toBe(true)
    }
  })

  it('should give the one 市发改委 assignment for --owner 发改委, with item and line', async () => {
    const result = await run(['tasks', 'fixtures/sample.txt', '--owner', '发改委', '--format', 'json'], {cwd})
    const rows = JSON.parse(result.stdout) as LedgerRow[]
    expect(rows).toHaveLength(1)
    // The sample opens: 2021年11月1日上午，…主持召开市政府第63次常务会议
    expect(rows[0]).toEqual({
      date: '2021-11-01',
      meeting: '市政府第63次常务会议',
      ordinal: '二',
      heading: '审议《做好今冬明春全市电力保供工作若干措施》',
      owner: '市发改委',
      task: '根据会议讨论情况修改完善，以市政府办公室名义印发',
      due: null,
      dueDate: null,
      source: 'fixtures/sample.txt:6'
    })
  })

  it('should print the ledger as YAML and as a Markdown table', async () => {
    const yaml = await run(['tasks', 'fixtures/sample.txt', '--owner', '工信局', '--format', 'yaml'], {cwd})
    expect(yaml.stdout).toContain('- date: 2021-11-01\n  meeting: 市政府第63次常务会议\n')
    expect(yaml.stdout).toContain('  owner: 市工信局\n  task: 根据会议讨论情况修改完善，提交市委常委会审议\n')
    const table = await run(['tasks', 'fixtures/sample.txt', '--owner', '工信局', '--format', 'md'], {cwd})
    expect(table.stdout.split('\n')[2]).toContain('| 三 | 审议《太仓市“十四五”工业发展规划》 | 市工信局 | 根据会议讨论情况修改完善，提交市委常委会审议 |')
  })

  it('should read minutes from stdin, the source named <stdin>:line', async () => {
    const result = await run(['tasks', '--format', 'json'], {cwd, stdin: minutes})
    expect(result.code).toBe(0)
    // Line 4 of the test minutes: 会议原则同意该方案。会后由市水务局进一步修改完善，4月底前报市政府。
    expect(JSON.parse(result.stdout)).toEqual([
      {
        date: '2024-03-05',
        meeting: '市政府第12次专题会议',
        ordinal: '一',
        heading: '关于河道整治方案',
        owner: '市水务局',
        task: '进一步修改完善，4月底前报市政府',
        due: '4月底前',
        dueDate: '2024-04-30',
        source: '<stdin>:4'
      }
    ])
  })

  it('should write the ledger atomically with -o and keep going past a bad file', async () => {
    const folder = tree({'a.txt': minutes, 'empty.txt': ''})
    try {
      const result = await run(['tasks', 'a.txt', 'empty.txt', '-o', 'ledger.csv'], {cwd: folder})
      expect(result.code).toBe(1)
      expect(result.stderr).toBe('empty.txt  error  empty file, nothing to read\n2 files, 0 warnings, 1 failed\n')
      expect(listFiles(folder)).toEqual(['a.txt', 'empty.txt', 'ledger.csv'])
      expect(readFileSync(path.join(folder, 'ledger.csv'), 'utf8')).toContain(',市水务局,')
    } finally {
      remove(folder)
    }
  })
})
