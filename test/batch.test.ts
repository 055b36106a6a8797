/**
 * The built command, spawned for real: the bundle in dist/bin (made by
 * `npm run build`, which `prepare` runs on install) and its worker threads.
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {listFiles, minutes, remove, tree} from './cli-io.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'bin/jiyao.js')

function jiyao(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, CI: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the built bin', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/bin/cli.cjs'))) throw new Error('dist/bin/cli.cjs is missing: run `npm run build` first')
  })

  it('should convert the sample to JSON in a real process, data alone on stdout', () => {
    const result = jiyao(['fixtures/sample.txt', '--format', 'json'])
    expect(result.code).toBe(0)
    const record = JSON.parse(result.stdout)
    expect(record.source.path).toBe('fixtures/sample.txt')
    expect(record.source.encoding).toBe('utf-8')
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version).toBe(jiyao(['--version']).stdout.trim())
  })

  it('should build a bundle that a vm.Script can run (no import()) and its code cache', () => {
    const bundle = readFileSync(path.join(root, 'dist/bin/cli.cjs'), 'utf8')
    expect(bundle.match(/[^\w$.]import\(/g)).toBe(null)
    expect(existsSync(path.join(root, 'dist/bin/cli.cache'))).toBe(true)
  })

  describe('worker threads', () => {
    let base: string
    let folder: string
    beforeAll(() => {
      // Forty files whose records differ (their paths and a varying line), so a reordering would show.
      // (Under a folder of the test's own, with the output trees beside them: concurrent runs share no path.)
      const files: Record<string, string> = {}
      for (let index = 0; index < 40; index++) {
        files[`in/d${index % 4}/f${String(index).padStart(2, '0')}.txt`] = minutes + `三、关于第${index}项工作\n`
      }
      base = tree(files)
      folder = path.join(base, 'in')
    })
    afterAll(() => remove(base))

    it('should give byte-identical output, in input order, on two worker threads as on one thread', () => {
      const single = jiyao(['.', '--format', 'jsonl', '--jobs', '0'], folder)
      const threaded = jiyao(['.', '--format', 'jsonl', '--jobs', '2'], folder)
      expect(single.code).toBe(0)
      expect(threaded.code).toBe(0)
      const paths = single.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)
      expect(paths).toHaveLength(40)
      expect(paths).toEqual([...paths].sort())
      expect(threaded.stdout).toBe(single.stdout)
      expect(threaded.stderr).toBe(single.stderr)
    })

    it('should write the same --out-dir tree on two worker threads as on one thread, and nothing else', () => {
      const single = jiyao(['.', '--out-dir', '../out-single', '--jobs', '0'], folder)
      const threaded = jiyao(['.', '--out-dir', '../out-threaded', '--jobs', '2'], folder)
      const outSingle = path.join(folder, '../out-single')
      const outThreaded = path.join(folder, '../out-threaded')
      try {
        expect(single.code).toBe(0)
        expect(threaded.code).toBe(0)
        expect(threaded.stderr).toBe(single.stderr)
        const files = listFiles(outThreaded)
        expect(files).toHaveLength(40)
        expect(files[0]).toBe('d0/f00.yaml')
        expect(listFiles(outSingle)).toEqual(files)
        for (const file of files) {
          expect(readFileSync(path.join(outThreaded, file), 'utf8')).toBe(readFileSync(path.join(outSingle, file), 'utf8'))
        }
        expect(readFileSync(path.join(outThreaded, 'd3/f07.yaml'), 'utf8')).toContain('关于第7项工作')
      } finally {
        remove(outSingle)
        remove(outThreaded)
      }
    })

    it('should report a bad input and unwritable outputs on worker threads as on one thread, converting the rest', () => {
      const files: Record<string, string> = {'a/empty.txt': '', 'single/b': 'in the way', 'threaded/b': 'in the way'}
      for (let index = 0; index < 6; index++) files[`${index % 2 ? 'a' : 'b'}/f${index}.txt`] = minutes
      const root = tree(files)
      try {
        // A plain file stands where the output folder of b/ should go.
        const single = jiyao(['a', 'b', '--out-dir', 'single', '--jobs', '0'], root)
        const threaded = jiyao(['a', 'b', '--out-dir', 'threaded', '--jobs', '2'], root)
        expect(single.code).toBe(1)
        expect(threaded.code).toBe(1)
        const lines = single.stderr.split('\n')
        expect(lines[0]).toBe('a/empty.txt  error  empty file, nothing to read')
        expect(lines[1]).toMatch(/^b\/f0\.txt  error  cannot write single\/b\/f0\.yaml: /)
        expect(lines.at(-2)).toBe('7 files, 0 warnings, 4 failed')
        expect(threaded.stderr).toBe(single.stderr.replaceAll('single/', 'threaded/'))
        for (const out of ['single', 'threaded']) {
          expect(listFiles(path.join(root, out))).toEqual(['a/f1.yaml', 'a/f3.yaml', 'a/f5.yaml', 'b'])
        }
      } finally {
        remove(root)
      }
    })

    it('should leave no temporary file when interrupted while workers write --out-dir', async () => {
      const files: Record<string, string> = {}
      for (let index = 0; index < 2000; index++) files[`d${index % 4}/f${index}.txt`] = minutes
      const root = tree(files)
      try {
        const child = spawn(process.execPath, [bin, 'd0', 'd1', 'd2', 'd3', '--out-dir', 'out', '--jobs', '2'], {cwd: root, stdio: 'ignore'})
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
        // Interrupt once the first outputs are in place, in the middle of the writes.
        while (!existsSync(path.join(root, 'out/d0/f0.yaml'))) await new Promise((resolve) => setTimeout(resolve, 5))
        child.kill('SIGINT')
        expect(await exited).toBe(130)
        const written = listFiles(path.join(root, 'out'))
        expect(written.length).toBeGreaterThan(0)
        expect(written.length).toBeLessThan(2000)
        expect(written.filter((file) => !/^d[0-3]\/f\d+\.yaml$/.test(file))).toEqual([])
      } finally {
        remove(root)
      }
      // (A process of two workers started and its first outputs awaited: more than the default
      // 5 s on a loaded machine, where two helpers' suites each timed it out.)
    }, 60_000)
  })
})
