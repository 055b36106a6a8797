import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

/*
 * Large and degenerate inputs (issue 6 §2): each must finish. No speed is
 * asserted (the machine is shared; `npm run bench` measures speed). Each
 * case runs `parseMinutes` in a worker thread with a generous hard limit, so
 * that a super-linear pattern fails the test instead of hanging the run (a
 * synchronous call cannot be stopped in-process). The worker loads `src/`
 * bundled on the fly with esbuild, so no prior `npm run build` is needed.
 */

/** Hard limit per case: generous, it only turns a hang into a failure. */
const limit = 120_000
const timeout = limit + 60_000
const sample = fs.readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
let folder = ''

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jiyao-stress-'))
  await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: path.join(folder, 'jiyao.mjs'),
    // CommonJS dependencies (yaml) call require: give the ESM bundle one.
    banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
    logLevel: 'silent'
  })
  fs.writeFileSync(
    path.join(folder, 'worker.mjs'),
    [
      "import {parentPort, workerData} from 'node:worker_threads'",
      "import {parseMinutes} from './jiyao.mjs'",
      'const record = parseMinutes(workerData)',
      'const last = record.items[record.items.length - 1]',
      'let end = 0',
      'for (const item of record.items) end = Math.max(end, item.position.end.offset)',
      'parentPort.postMessage({schemaVersion: record.schemaVersion, items: record.items.length, end,',
      '  last: last ? {ordinal: last.ordinal, heading: last.heading} : null})'
    ].join('\n')
  )
}, 60_000)

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

/** What the worker reports of a record. */
interface Summary {
  schemaVersion: number
  items: number
  /** The largest item end offset. */
  end: number
  last: {ordinal: string | null; heading: string} | null
}

/** Run `parseMinutes(text)` in a worker; reject if it has not finished within `limit`. */
function parseInWorker(text: string): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(folder, 'worker.mjs'), {workerData: text})
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new Error(`parseMinutes did not finish within ${limit / 1000} s on ${text.length} UTF-16 units`))
    }, limit)
    worker.once('message', (summary: Summary) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(summary)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Repeat `unit` until the text is at least `bytes` long in UTF-8. */
function grow(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))
}

/** A Chinese numeral as minutes write ordinals: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 100000 → 十万. */
function chineseNumeral(value: number): string {
  const written = value >= 10_000 ? belowTenThousand(Math.floor(value / 10_000)) + '万' + rest(value % 10_000) : belowTenThousand(value)
  return written.startsWith('一十') ? written.slice(1) : written
}

/** The part after 万: nothing for 0, a 零 before anything under 1000. */
function rest(value: number): string {
  if (value === 0) return ''
  return (value < 1000 ? '零' : '') + belowTenThousand(value)
}

/** 1 to 9999, with 零 for a zero between digits: 1010 → 一千零一十. */
function belowTenThousand(value: number): string {
  const digits = '零一二三四五六七八九'
  const units = ['千', '百', '十', '']
  const written = String(value).padStart(4, '0')
  let result = ''
  let zero = false
  for (const [index, char] of [...written].entries()) {
    const digit = Number(char)
    if (digit === 0) {
      zero = result !== ''
      continue
    }

    if (zero) result += '零'
    zero = false
    result += digits[digit] + units[index]
  }

  return result
}

describe('stress', () => {
  it('should write ordinals the way minutes do (the generator of the heading lines)', () => {
    expect([1, 10, 12, 20, 21, 105, 110, 1000, 1010, 10010, 99999, 100000].map(chineseNumeral)).toEqual([
      '一', '十', '十二', '二十', '二十一', '一百零五', '一百一十', '一千', '一千零一十', '一万零一十', '九万九千九百九十九', '十万'
    ])
  })

  it('should read a 20 MB file (the sample over and over)', {timeout}, async () => {
    const text = grow(sample + '\n', 20 * 1024 * 1024)
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(20 * 1024 * 1024)
    const summary = await parseInWorker(text)
    expect(summary.schemaVersion).toBe(1)
    expect(summary.end).toBeLessThanOrEqual(text.length)
  })

  it('should read 200,000 （一） in a row', {timeout}, async () => {
    const text = '（一）'.repeat(200_000)
    const summary = await parseInWorker(text)
    expect(summary.schemaVersion).toBe(1)
    expect(summary.end).toBeLessThanOrEqual(text.length)
  })

  it('should read 100,000 heading lines (一、 … 十万、), the first 99 at least as items', {timeout}, async () => {
    const lines: string[] = []
    for (let number = 1; number <= 100_000; number++) lines.push(`${chineseNumeral(number)}、审议《第${number}号办法》`)
    const summary = await parseInWorker(lines.join('\n') + '\n')
    // Minutes number their items 一 to 九十九 at most: past that jiyao may stop
    // taking the lines as items, but it must get there, and finish.
    expect(summary.items).toBeGreaterThanOrEqual(99)
    expect(summary.end).toBeGreaterThan(0)
  })

  it('should read 60,000 lines numbered as scans and copies lose their marks (`一 X`, `1 X`, `、X`)', {timeout}, async () => {
    // Each such line asks whether a neighbour is numbered the same way: once a pass over the
    // whole text per line (quadratic: 20,000 lines of `一 X` took 196 s), now one pass per text.
    const lines: string[] = []
    for (let number = 0; number < 20_000; number++) lines.push(`一 会议研究了第${number}项工作`, `1 第${number}项工作`, `、关于第${number}项工作`)
    const text = lines.join('\n') + '\n'
    const summary = await parseInWorker(text)
    expect(summary.schemaVersion).toBe(1)
    expect(summary.end).toBeLessThanOrEqual(text.length)
  })

  it('should read a single line of 10 MB', {timeout}, async () => {
    const text = grow(sample.replace(/\r?\n/g, ''), 10 * 1024 * 1024)
    expect(text.includes('\n')).toBe(false)
    const summary = await parseInWorker(text)
    expect(summary.schemaVersion).toBe(1)
    expect(summary.end).toBeLessThanOrEqual(text.length)
  })
})
