/**
 * The plain call (named files, at most `--format`) is read without
 * commander for a faster start; it must do exactly what commander does.
 */

import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {plainConversion} from '../src/cli/index.js'
import {minutes, remove, run, tree} from './cli-io.js'

describe('plainConversion', () => {
  it('should read named files with the default format or one --format', () => {
    expect(plainConversion(['a.txt'])).toEqual({paths: ['a.txt'], options: {format: 'yaml'}})
    expect(plainConversion(['a.txt', '--format', 'json'])).toEqual({paths: ['a.txt'], options: {format: 'json'}})
    expect(plainConversion(['-f', 'jsonl', 'a.txt', 'b/'])).toEqual({paths: ['a.txt', 'b/'], options: {format: 'jsonl'}})
    expect(plainConversion(['--format=pretty', '纪要.txt'])).toEqual({paths: ['纪要.txt'], options: {format: 'pretty'}})
    expect(plainConversion([])).toEqual({paths: [], options: {format: 'yaml'}})
    expect(plainConversion(['-', '--format', 'json'])).toEqual({paths: ['-'], options: {format: 'json'}})
  })

  it('should leave everything else to commander', () => {
    for (const argv of [
      ['--help'],
      ['-v'],
      ['help'],
      ['tasks', 'a.txt'],
      ['show', 'a.txt'],
      ['a.txt', '--format'],
      ['a.txt', '--format', 'xml'],
      ['a.txt', '--format=csv'],
      ['a.txt', '-f', 'json', '-f', 'yaml'],
      ['a.txt', '-o', 'out.json'],
      ['a.txt', '--out-dir', 'out'],
      ['a.txt', '--strict'],
      ['-fjson', 'a.txt'],
      ['--', 'a.txt'],
      ['--', '-']
    ]) {
      expect(plainConversion(argv), argv.join(' ')).toBe(undefined)
    }
  })
})

describe('the plain call', () => {
  let folder: string
  beforeAll(() => {
    folder = tree({
      'a.txt': minutes,
      'b.txt': minutes + '三、关于明年工作安排\n',
      'empty.txt': '',
      'sub/c.txt': minutes
    })
  })
  afterAll(() => remove(folder))

  // After `--` the same paths go through commander.
  const cases: Array<[string[], string[]]> = [
    [['a.txt'], []],
    [['a.txt'], ['--format', 'json']],
    [['a.txt', 'b.txt'], ['--format', 'json']],
    [['a.txt', 'b.txt'], ['--format=jsonl']],
    [['sub'], ['-f', 'yaml']],
    [['a.txt', 'missing.txt', 'empty.txt'], ['--format', 'json']],
    [[], ['--format', 'json']],
    [['-'], ['-f', 'jsonl']],
    [['a.txt', '-'], ['--format', 'json']]
  ]
  for (const [paths, options] of cases) {
    it(`should print what commander's reading prints for ${[...paths, ...options].join(' ') || 'nothing'}`, async () => {
      expect(plainConversion([...paths, ...options])).not.toBe(undefined)
      const plain = await run([...paths, ...options], {cwd: folder, stdin: minutes})
      const viaCommander = await run([...options, '--', ...paths], {cwd: folder, stdin: minutes})
      expect(plain).toEqual(viaCommander)
      expect(plain.stdout).toMatch(/schemaVersion/)
    })
  }

  it('should refuse a terminal on stdin without paths, as through commander', async () => {
    const plain = await run(['--format', 'json'], {cwd: folder, stdinIsTTY: true})
    expect(plain).toEqual({
      code: 2,
      stdout: '',
      stderr: 'jiyao: no input: name files or directories, or pipe minutes into stdin\n(run jiyao --help for usage)\n'
    })
    expect(await run(['--format', 'json', '--'], {cwd: folder, stdinIsTTY: true})).toEqual(plain)
  })

  it('should exit 1 naming the file when the only input is missing, as commander does', async () => {
    const result = await run(['missing.txt', '--format', 'json'], {cwd: folder})
    expect(result).toEqual({code: 1, stdout: '', stderr: 'missing.txt  error  no such file or directory\n'})
  })
})
