import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import type {Message} from '../src/message.js'
import {compileGlob, isGlob} from '../src/cli/glob.js'
import {renderOutline} from '../src/cli/outline.js'
import type {Styles} from '../src/cli/outline.js'
import {formatFailure, formatMessages, formatSummary} from '../src/cli/report.js'
import type {OutStream} from '../src/cli/io.js'
import {recyclable, writeTo} from '../src/cli/io.js'
import {assignment, at, item, record as recordOf} from './cli-io.js'

function message(line: number, column: number, reason: string, ruleId: Message['ruleId']): Message {
  const point = {line, column, offset: 0}
  return {reason, ruleId, severity: 'warning', place: {start: point, end: point}, source: 'jiyao'}
}

describe('report', () => {
  it('should align columns by display width, wide characters counting two', () => {
    const text = formatMessages(
      'a.txt',
      [message(3, 1, '序号跳过：一、之后是三、', 'skipped-ordinal'), message(12, 10, 'no date', 'no-date')],
      stringWidth
    )
    expect(text).toBe(
      'a.txt:3:1    warning  序号跳过：一、之后是三、  skipped-ordinal\n' +
        'a.txt:12:10  warning  no date                   no-date\n'
    )
    // The rule ids start in the same terminal column.
    const [first, second] = text.split('\n')
    expect(stringWidth(first.slice(0, first.indexOf('skipped')))).toBe(stringWidth(second.slice(0, second.indexOf('no-date'))))
  })

  it('should format a failure and the summary', () => {
    expect(formatFailure('x.txt', 'empty file, nothing to read')).toBe('x.txt  error  empty file, nothing to read\n')
    expect(formatSummary(1, 1, 0)).toBe('1 file, 1 warning, 0 failed\n')
    expect(formatSummary(20, 3, 2)).toBe('20 files, 3 warnings, 2 failed\n')
  })
})

describe('glob', () => {
  it('should tell globs from plain paths', () => {
    expect(isGlob('a/*.txt')).toBe(true)
    expect(isGlob('a/{x,y}.md')).toBe(true)
    expect(isGlob('a/x.txt')).toBe(false)
  })

  it('should match `*` and `?` within one segment, never a leading dot', () => {
    const glob = compileGlob('m/*.txt')
    expect(glob.base).toBe('m')
    expect(glob.depth).toBe(1)
    expect(glob.test('m/x.txt')).toBe(true)
    expect(glob.test('m/a/x.txt')).toBe(false)
    expect(glob.test('m/.x.txt')).toBe(false)
    expect(compileGlob('m/??.md').test('m/ab.md')).toBe(true)
    expect(compileGlob('m/??.md').test('m/abc.md')).toBe(false)
  })

  it('should match `**` across any number of segments', () => {
    const glob = compileGlob('m/**/*.md')
    expect(glob.depth).toBe(Number.POSITIVE_INFINITY)
    expect(glob.test('m/x.md')).toBe(true)
    expect(glob.test('m/a/b/c/x.md')).toBe(true)
    expect(glob.test('m/.h/x.md')).toBe(false)
    expect(glob.test('n/x.md')).toBe(false)
  })

  it('should match classes and braces', () => {
    expect(compileGlob('[ab]-{x,yz}.txt').test('b-yz.txt')).toBe(true)
    expect(compileGlob('[!ab]-{x,yz}.txt').test('a-x.txt')).toBe(false)
    expect(compileGlob('[!ab]-{x,yz}.txt').test('c-x.txt')).toBe(true)
    expect(compileGlob('会议/*纪要.txt').test('会议/第一次纪要.txt')).toBe(true)
  })

  it('should keep a literal base, including a leading ./ or an absolute path', () => {
    expect(compileGlob('./m/*.txt').test('./m/x.txt')).toBe(true)
    expect(compileGlob('/tmp/m/*.txt').base).toBe('/tmp/m')
  })

  it('should match a long name against many stars in linear-ish time', () => {
    const started = Date.now()
    expect(compileGlob('*a*a*a*a*a*a*b').test('a'.repeat(2000))).toBe(false)
    // A guard against exponential backtracking, not a timing benchmark.
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

const plain: Styles = {
  bold: (text) => text,
  dim: (text) => text,
  green: (text) => text,
  yellow: (text) => text,
  cyan: (text) => text,
  magenta: (text) => text
}

describe('outline', () => {
  const river = item('一', '关于河道整治方案', [
    assignment('市水务局', '修改完善', '4月底前', 4),
    assignment('XX公司', '配合', null, 5)
  ])
  const record = recordOf('a.txt', {
    name: '市政府第12次专题会议',
    session: 12,
    date: '2024-03-05',
    timeOfDay: '下午',
    chair: {name: '王明', title: '副市长', unit: null, note: null, position: at(1)}
  }, [{...river, reporters: ['市水务局'], decisions: [{text: '会议原则同意该方案。', verb: '原则同意', position: at(3)}]}])

  it('should print the meeting line, the item and its entries with owners aligned', () => {
    expect(renderOutline(record, {styles: plain, widthOf: stringWidth, columns: 80})).toBe(
      [
        '市政府第12次专题会议 · 2024-03-05 下午 · 主持 王明 副市长',
        'a.txt',
        '',
        '一、关于河道整治方案',
        '    汇报  市水务局',
        '    决定  会议原则同意该方案。',
        '    交办  市水务局  修改完善  期限 4月底前',
        '    交办  XX公司    配合',
        ''
      ].join('\n')
    )
  })

  it('should wrap long entries under their text, counting wide characters as two columns', () => {
    const long = recordOf('a.txt', {}, [{...item('一', '关于河道整治方案', []), decisions: [{text: '同'.repeat(50), verb: '同意', position: at(3)}]}])
    const lines = renderOutline(long, {styles: plain, widthOf: stringWidth, columns: 40}).split('\n')
    // 10 columns of label, 30 columns (15 characters) of text per line.
    expect(lines.slice(4, 9)).toEqual([
      '    决定  ' + '同'.repeat(15),
      '          ' + '同'.repeat(15),
      '          ' + '同'.repeat(15),
      '          ' + '同'.repeat(5),
      ''
    ])
  })

  it('should not break inside a number or between a deadline and its label, nor start a line with a space', () => {
    const dated = recordOf('a.txt', {}, [item('一', '关于河道整治方案', [assignment('市水务局', '清理' + '河'.repeat(7) + '(12处)', '4月底前', 4)])])
    const lines = renderOutline(dated, {styles: plain, widthOf: stringWidth, columns: 40}).split('\n')
    // 30 columns of text after the label: `(` ends the 29th, so `1` would end the line and `2` start the next.
    expect(lines.slice(4, 7)).toEqual(['    交办  市水务局  清理' + '河'.repeat(7) + '(', '          12处)  期限 4月底前', ''])
    const late = recordOf('a.txt', {}, [item('一', '关于河道整治方案', [assignment('市水务局', '清理' + '河'.repeat(8), '4月底前', 4)])])
    // The task fills the first line; the spaces before the deadline do not open the next.
    expect(renderOutline(late, {styles: plain, widthOf: stringWidth, columns: 40}).split('\n').slice(4, 7)).toEqual([
      '    交办  市水务局  清理' + '河'.repeat(8),
      '          期限 4月底前',
      ''
    ])
  })
})

describe('writeTo', () => {
  /** A stream that keeps what it is given and calls back at once, or never. */
  function stream(callsBack: boolean) {
    const chunks: Array<string | Uint8Array> = []
    const out: OutStream = {
      write(chunk, written) {
        chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
        if (callsBack) written?.()
        return true
      },
      once: () => undefined
    }
    return {out, chunks}
  }

  it('should give back recyclable bytes once the stream is done with them, and only then', async () => {
    const bytes = new TextEncoder().encode('{"a":1}\n')
    let given = 0
    recyclable.set(bytes.buffer, () => given++)
    const later = stream(false)
    await writeTo(later.out, bytes)
    expect(given).toBe(0)
    const done = stream(true)
    await writeTo(done.out, bytes)
    expect(given).toBe(1)
    expect(done.chunks).toEqual(['{"a":1}\n'])
  })

  it('should write text and bytes nobody recycles as they are, and nothing for an empty chunk', async () => {
    const {out, chunks} = stream(true)
    await writeTo(out, 'x\n')
    await writeTo(out, new TextEncoder().encode('y\n'))
    await writeTo(out, '')
    expect(chunks).toEqual(['x\n', 'y\n'])
  })
})
