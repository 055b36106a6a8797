/**
 * The built command, spawned for real: the bundle in dist/bin (made by
 * `npm run build`, which `prepare` runs on install) and its worker threads.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {minutes, remove, tree} from './cli-io.js'

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
    let folder: string
    beforeAll(() => {
      // Forty files whose records differ (their paths and a varying line), so a reordering would show.
      const files: Record<string, string> = {}
      for (let index = 0; index < 40; index++) {
        files[`d${index % 4}/f${String(index).padStart(2, '0')}.txt`] = minutes + `三、关于第${index}项工作\n`
      }
      folder = tree(files)
    })
    afterAll(() => remove(folder))

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
  })
})
