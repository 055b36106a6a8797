/**
 * What keeps the built command's cold start near `node -e 0`: its code
 * cache is accepted, and a plain conversion loads neither Node's stream,
 * tty and fs/promises modules nor any vendored package.
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(root, 'bin/jiyao.js')

// Preloaded into the command: reports, at exit, each vm.Script made (was it
// given a cache, did V8 reject it), the built-in modules loaded and the
// files required.
const probe = `
const vm = require('node:vm')
const Script = vm.Script
const scripts = []
vm.Script = function (source, options) {
  const script = new Script(source, options)
  scripts.push({cached: Boolean(options && options.cachedData), rejected: script.cachedDataRejected})
  return script
}
process.on('exit', () => {
  const report = {scripts, builtins: process.moduleLoadList, files: Object.keys(require.cache)}
  require('node:fs').writeFileSync(process.env.JIYAO_PROBE_OUT, JSON.stringify(report))
})
`

interface Report {
  scripts: Array<{cached: boolean; rejected: boolean | undefined}>
  builtins: string[]
  files: string[]
}

describe('the cold start of the built command', () => {
  let folder: string
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/bin/cli.cjs'))) throw new Error('dist/bin/cli.cjs is missing: run `npm run build` first')
    folder = mkdtempSync(path.join(os.tmpdir(), 'jiyao-cold-'))
    writeFileSync(path.join(folder, 'probe.cjs'), probe)
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  function probed(args: string[]): Report {
    const out = path.join(folder, 'report.json')
    // Output to /dev/null, as the benchmark sends it (a pipe gets process.stdout).
    const result = spawnSync(process.execPath, ['-r', path.join(folder, 'probe.cjs'), bin, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: {...process.env, JIYAO_PROBE_OUT: out}
    })
    expect(result.status, result.stderr).toBe(0)
    return JSON.parse(readFileSync(out, 'utf8')) as Report
  }

  it('should compile the bundle from the code cache the build wrote, without V8 rejecting it', () => {
    const report = probed(['fixtures/sample.txt', '--format', 'json'])
    expect(report.scripts).toEqual([{cached: true, rejected: false}])
  })

  it('should convert one file into /dev/null loading no stream, tty or fs/promises module and no vendored package', () => {
    const report = probed(['fixtures/sample.txt', '--format', 'json'])
    const loaded = new Set(report.builtins)
    for (const name of ['stream', 'net', 'tty', 'fs/promises', 'readline']) {
      expect(loaded.has(`NativeModule ${name}`), name).toBe(false)
    }
    // Besides the probe, the shim alone: the bundle is compiled by it, not required.
    const required = report.files.filter((file) => !file.startsWith(folder))
    expect(required.map((file) => path.relative(root, file))).toEqual([path.join('bin', 'jiyao.js')])
  })

  it('should load commander from vendor only when the arguments need it', () => {
    const report = probed(['--version'])
    expect(report.files.map((file) => path.relative(root, file))).toContain(path.join('dist', 'bin', 'vendor', 'commander.cjs'))
  })

  it('should exit 0 and say nothing when the reader of a batch on worker threads goes away', async () => {
    const inputs = path.join(folder, 'inputs')
    mkdirSync(inputs)
    const sample = readFileSync(path.join(root, 'fixtures/sample.txt'))
    for (let index = 0; index < 30; index++) writeFileSync(path.join(inputs, `m${index}.txt`), sample)
    // Worker threads pipe their stdout into the parent's, which is how an
    // EPIPE once went unhandled.
    const child = spawn(process.execPath, [bin, inputs, '--format', 'jsonl', '--jobs', '1', '-q'], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
  })
})
