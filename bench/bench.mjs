#!/usr/bin/env node
/**
 * `npm run bench`: how fast jiyao is, as ratios to baselines measured in the
 * same run (issue 6 §1-2). Absolute times alone mean little on a shared
 * machine, so every target is checked against a baseline taken alongside.
 *
 * 1. Throughput: `parseMinutes` per document on the sample and on the dev
 *    corpus, against remark-parse on the same texts and a bare `charCodeAt`
 *    pass (the floor). Rounds interleave the three; medians are reported.
 * 2. Cold start: `node bin/jiyao.js fixtures/sample.txt --format json`
 *    against `node -e 0`, interleaved runs, medians.
 * 3. Batch: 2,000 and 10,000 copies of the sample in 20 folders, converted
 *    with `--format jsonl` to stdout and with `--out-dir` (YAML and JSON):
 *    files/s and peak RSS (`/usr/bin/time -v`, else a preloaded probe that
 *    reports the process's own `maxRSS`). Each run is verified: as many JSONL
 *    lines / output files as inputs, nothing else in the output folder,
 *    inputs unchanged. Beside them, the file system's floor: the time one
 *    thread takes to create as many sample-size files. The batch folders go
 *    in `os.tmpdir()` (`TMPDIR=… npm run bench` puts them elsewhere).
 *
 * 4. Growth: degenerate and long inputs (one line of many copies, hard-wrapped
 *    lines, lines that lost their numbers' marks, `(一)` in a row, paragraphs
 *    with no matter) read at one size and at four times it: linear work takes
 *    about 4× as long, quadratic work 16× (issue 6 §2).
 *
 * Usage: `node bench/bench.mjs [--only throughput,cold,batch,growth] [--quick]`
 *   (`JIYAO_BENCH_BIN=path` measures another CLI entry point)
 *   --quick  shorter rounds, fewer cold starts, batches of 2,000 only
 * MB are 10^6 bytes of UTF-8.
 */

import {spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseMinutes} from '../dist/index.js'
import {readCorpus, repoRoot} from './corpus.mjs'

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const onlyAt = argv.indexOf('--only')
const only = new Set(onlyAt === -1 ? ['throughput', 'cold', 'batch', 'growth'] : argv[onlyAt + 1].split(','))

// `JIYAO_BENCH_BIN` measures another entry point (a bundle, an older build).
const bin = process.env.JIYAO_BENCH_BIN ? path.resolve(process.env.JIYAO_BENCH_BIN) : path.join(repoRoot, 'bin', 'jiyao.js')
const samplePath = path.join(repoRoot, 'fixtures', 'sample.txt')
const sample = fs.readFileSync(samplePath, 'utf8')

/** @type {Array<{section: string, measure: string, target: string, measured: string, verdict: string}>} */
const rows = []
/** Where the results go, and why a row is missing. */
const notes = []

/**
 * Add a row to the result table.
 *
 * @param {string} section
 * @param {string} measure
 * @param {string} target
 *   The target as written, or `-` for a row that only informs.
 * @param {string} measured
 * @param {boolean | null} passed
 *   Null for a row without a target.
 */
function row(section, measure, target, measured, passed) {
  rows.push({section, measure, target, measured, verdict: passed === null ? '' : passed ? 'PASS' : 'FAIL'})
}

/**
 * The median of numbers.
 *
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const format = (value, digits = 1) => value.toFixed(digits)

// ---------------------------------------------------------------------------
// 1. Throughput

if (only.has('throughput')) {
  const processor = unified().use(remarkParse)
  let sink = 0
  /** @type {Record<string, (text: string) => void>} */
  const engines = {
    jiyao: (text) => {
      sink += parseMinutes(text).items.length
    },
    remark: (text) => {
      sink += processor.parse(text).children.length
    },
    charCodeAt: (text) => {
      let sum = 0
      for (let index = 0; index < text.length; index++) sum = (sum + text.charCodeAt(index)) | 0
      sink ^= sum
    }
  }

  const dev = readCorpus().filter((document) => document.set === 'dev')
  const sets = {sample: [sample], dev: dev.map((document) => document.text)}
  const rounds = quick ? 3 : 7
  const roundMs = quick ? 150 : 400

  for (const [name, texts] of Object.entries(sets)) {
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    /** @type {Record<string, number[]>} */
    const speeds = {jiyao: [], remark: [], charCodeAt: []}
    for (const engine of Object.values(engines)) for (const text of texts) engine(text) // warm up

    for (let round = 0; round < rounds; round++) {
      for (const [engineName, engine] of Object.entries(engines)) {
        let passes = 0
        const start = process.hrtime.bigint()
        let elapsed = 0
        while (elapsed < roundMs * 1e6) {
          for (const text of texts) engine(text)
          passes++
          elapsed = Number(process.hrtime.bigint() - start)
        }

        speeds[engineName].push((bytes * passes) / 1e6 / (elapsed / 1e9))
      }
    }

    const jiyao = median(speeds.jiyao)
    const remark = median(speeds.remark)
    const floor = median(speeds.charCodeAt)
    const label = name === 'sample' ? `sample (${bytes} B)` : `dev corpus (${texts.length} docs, ${bytes} B)`
    row('throughput', `parseMinutes, ${label}`, '≥ 100 MB/s', `${format(jiyao)} MB/s`, jiyao >= 100)
    row('throughput', `  remark-parse, same texts`, '-', `${format(remark)} MB/s`, null)
    row('throughput', `  charCodeAt pass, same texts`, '-', `${format(floor)} MB/s`, null)
    row('throughput', `  parseMinutes ÷ remark-parse`, '≥ 15×', `${format(jiyao / remark)}×`, jiyao / remark >= 15)
    row('throughput', `  parseMinutes ÷ charCodeAt`, '-', `${format(jiyao / floor, 3)}×`, null)
  }

  if (sink === 0.5) process.stdout.write('') // keep `sink` alive
}

// ---------------------------------------------------------------------------
// 4. Growth (run here, beside the throughput, while the process is warm)

if (only.has('growth')) {
  const flat = sample.replace(/\r?\n/g, '')
  /** The sample hard-wrapped at 30 characters a line, as a PDF's text layer has it. */
  const wrapped = sample.split(/\r?\n/).flatMap((line) => line.match(/.{1,30}/gu) ?? ['']).join('\n') + '\n'
  const repeat = (unit, count) => unit.repeat(Math.max(1, Math.round(count)))
  const numberedLines = (count) => {
    const lines = []
    for (let index = 0; index < count; index++) lines.push(`一 会议研究了第${index}项工作`, `1 第${index}项工作`, `、关于第${index}项工作`)
    return lines.join('\n') + '\n'
  }
  /** Generators of a text of about `size` units (or lines), and the size to start at. */
  const forms = [
    ['one line of many copies of the sample', (size) => repeat(flat, size / flat.length), 200_000],
    ['the sample hard-wrapped at 30, repeated', (size) => repeat(wrapped, size / wrapped.length), 200_000],
    ['lines that lost their marks (一 X, 1 X, 、X)', (size) => numberedLines(size / 3), 6_000],
    ['（一） in a row', (size) => '（一）'.repeat(size), 50_000],
    ['paragraphs that open no matter', (size) => repeat('这是一句没有会议事项的话。\n', size), 20_000],
    // (Each opens one: a search from each to the text's end for a second matter was quadratic.)
    ['paragraphs that each open a matter', (size) => Array.from({length: size}, (_, index) => `会议听取了第${index}局关于第${index}项工作的汇报。会议同意。`).join('\n') + '\n', 5_000],
    // (Each task scanned the sentence's clauses from its start: quadratic in a long sentence.)
    ['one sentence of many tasks', (size) => '2024年3月5日,县长王明主持召开县长办公会议。\n一、关于某事\n会议要求,' + repeat('县住建局要推进工作,', size), 8_000],
    // (A list's people were appended with push(...list), and each line's indent found from its line's start.)
    ['an attendance list of many names', (size) => '2024年3月5日,县长王明主持召开县长办公会议。\n参会人员:' + repeat('王  明 ', size) + '\n一、关于某事\n会议同意。\n', 20_000],
    [
      'items with headings of many widths',
      (size) => '2024年3月5日,县长王明主持召开县长办公会议。\n' + Array.from({length: size}, (_, index) => '关于' + '研'.repeat(20 + (index % 19)) + '\n会议同意。').join('\n'),
      10_000
    ]
  ]
  const timeOf = (text) => {
    const start = process.hrtime.bigint()
    parseMinutes(text)
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  for (const [name, make, size] of forms) {
    const small = make(size)
    const large = make(size * 4)
    const runs = quick ? 1 : 3
    const smallMs = median(Array.from({length: runs}, () => timeOf(small)))
    const largeMs = median(Array.from({length: runs}, () => timeOf(large)))
    const ratio = largeMs / smallMs
    row('growth', `${name}: ×4 input`, '≤ 6× time', `${format(ratio)}× (${format(smallMs, 0)} → ${format(largeMs, 0)} ms)`, ratio <= 6)
  }
}

// ---------------------------------------------------------------------------
// 2. Cold start

if (only.has('cold')) {
  if (fs.existsSync(bin)) {
    const runs = quick ? 7 : 21
    const time = (args) => {
      const start = process.hrtime.bigint()
      const result = spawnSync(process.execPath, args, {cwd: repoRoot, stdio: ['ignore', 'ignore', 'ignore']})
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`)
      return Number(process.hrtime.bigint() - start) / 1e6
    }

    const jiyaoArgs = [path.relative(repoRoot, bin), 'fixtures/sample.txt', '--format', 'json']
    /** @type {number[]} */
    const jiyao = []
    /** @type {number[]} */
    const node = []
    for (let run = 0; run < 2; run++) time(jiyaoArgs), time(['-e', '0']) // warm the file cache
    for (let run = 0; run < runs; run++) {
      node.push(time(['-e', '0']))
      jiyao.push(time(jiyaoArgs))
    }

    const ratio = median(jiyao) / median(node)
    row('cold start', `node -e 0 (median of ${runs})`, '-', `${format(median(node))} ms`, null)
    row('cold start', `jiyao fixtures/sample.txt --format json`, '-', `${format(median(jiyao))} ms`, null)
    row('cold start', `  jiyao ÷ node -e 0`, '≤ 1.4×', `${format(ratio, 2)}×`, ratio <= 1.4)
  } else {
    notes.push(`cold start and batch skipped: ${path.relative(repoRoot, bin)} does not exist yet`)
  }
}

// ---------------------------------------------------------------------------
// 3. Batch

if (only.has('batch') && fs.existsSync(bin)) {
  const timeV = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  const probe = path.join(repoRoot, 'bench', 'rss-probe.mjs')
  notes.push(`peak RSS from ${timeV ? '/usr/bin/time -v' : 'a preloaded probe (process.resourceUsage().maxRSS)'}`)
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jiyao-bench-'))
  const sampleHash = crypto.createHash('sha256').update(fs.readFileSync(samplePath)).digest('hex')
  const sampleYaml = spawnSync(process.execPath, [bin, samplePath], {encoding: 'utf8'}).stdout
  // Nothing is deleted before the end: on ext4 without a journal, deleting
  // thousands of files makes creating files in the same place slower for
  // minutes after (see the floor below), so removing one mode's outputs
  // before the next mode ran made that mode pay for the deletion.

  try {
    for (const count of quick ? [2000] : [2000, 10_000]) {
      const input = path.join(root, `in-${count}`)
      const inputs = []
      for (let index = 0; index < count; index++) {
        const folder = `d${String(index % 20).padStart(2, '0')}`
        const relative = path.join(folder, `m${String(index).padStart(5, '0')}.txt`)
        fs.mkdirSync(path.join(input, folder), {recursive: true})
        fs.copyFileSync(samplePath, path.join(input, relative))
        inputs.push(relative)
      }

      const modes = [
        {name: '--format jsonl', args: ['--format', 'jsonl'], target: 3000, ext: null},
        {name: '--out-dir (YAML)', args: ['--out-dir', path.join(root, `out-yaml-${count}`)], target: 1000, ext: '.yaml'},
        {name: '--out-dir --format json', args: ['--out-dir', path.join(root, `out-json-${count}`), '--format', 'json'], target: 1000, ext: '.json'}
      ]

      // The file system's floor, in the same place: on ext4 without a journal
      // (this machine's), creating a file skips, one lookup each, every inode
      // of its block group deleted in the last minutes, so the time to create
      // files depends on what else deletes files there (a shared /tmp).
      const floor = fileSystemFloor(path.join(root, `floor-${count}`), count, Buffer.byteLength(sampleYaml))
      row('batch', `${count} files created by one thread (the file system's floor)`, '-', `${format(count / floor, 0)} files/s (${format(floor, 2)} s)`, null)

      for (const mode of modes) {
        const stdoutPath = path.join(root, `stdout-${count}.txt`)
        const stdout = fs.openSync(stdoutPath, 'w')
        const rssFile = path.join(root, 'rss.txt')
        const cli = [path.relative(root, input), ...mode.args]
        const command = timeV ? [timeV, ['-v', process.execPath, bin, ...cli]] : [process.execPath, ['--import', probe, bin, ...cli]]
        const start = process.hrtime.bigint()
        const result = spawnSync(command[0], command[1], {
          cwd: root,
          stdio: ['ignore', stdout, 'pipe'],
          env: {...process.env, JIYAO_BENCH_RSS_FILE: rssFile},
          maxBuffer: 256 * 1024 * 1024
        })
        const seconds = Number(process.hrtime.bigint() - start) / 1e9
        fs.closeSync(stdout)
        const stderr = result.stderr.toString()
        const rssKb = timeV
          ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN)
          : Number(fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8') : NaN)
        const problems = await verifyBatch(mode, count, inputs, input, stdoutPath, sampleHash).catch((error) => [`verification failed: ${error}`])
        if (result.status !== 0) problems.unshift(`exit code ${result.status}: ${stderr.split('\n').filter((line) => !line.startsWith('\t')).slice(0, 3).join(' / ')}`)
        const rate = count / seconds
        const label = `${count} files ${mode.name}`
        row('batch', label, `≥ ${mode.target} files/s`, `${format(rate, 0)} files/s (${format(seconds, 2)} s)`, rate >= mode.target && problems.length === 0)
        const rssMb = rssKb / 1024
        row('batch', `  peak RSS`, count === 10_000 ? '≤ 150 MB' : '-', `${format(rssMb)} MB`, count === 10_000 ? rssMb <= 150 : null)
        row('batch', `  output verified`, 'all', problems.length === 0 ? 'ok' : problems.join('; '), problems.length === 0)
        fs.rmSync(stdoutPath, {force: true})
      }
      // Outputs and inputs stay until the end (see above).
    }
  } finally {
    fs.rmSync(root, {recursive: true, force: true})
  }
}

/**
 * The file system's own cost of a batch's outputs: create `count` files of
 * `size` bytes in the batch's layout (20 folders), each written to a
 * temporary name and renamed, as `--out-dir` does, on one thread.
 *
 * @param {string} dir
 * @param {number} count
 * @param {number} size
 * @returns {number}
 *   Seconds.
 */
function fileSystemFloor(dir, count, size) {
  const bytes = Buffer.alloc(size, 0x61)
  for (let index = 0; index < 20; index++) fs.mkdirSync(path.join(dir, `d${index}`), {recursive: true})
  const start = process.hrtime.bigint()
  for (let index = 0; index < count; index++) {
    const target = path.join(dir, `d${index % 20}`, `m${index}.yaml`)
    const fd = fs.openSync(target + '.tmp', 'wx')
    fs.writeSync(fd, bytes)
    fs.closeSync(fd)
    fs.renameSync(target + '.tmp', target)
  }
  return Number(process.hrtime.bigint() - start) / 1e9
}


/**
 * Check one batch run: the output has one JSONL line or one file per input
 * (mirroring its path, nothing else in the folder), and every input is still
 * the sample, byte for byte.
 *
 * @param {{ext: string | null, args: string[]}} mode
 * @param {number} count
 * @param {string[]} inputs
 *   Input paths relative to `input`.
 * @param {string} input
 * @param {string} stdoutPath
 * @param {string} sampleHash
 * @returns {Promise<string[]>}
 *   Problems, empty when all is well.
 */
async function verifyBatch(mode, count, inputs, input, stdoutPath, sampleHash) {
  const problems = []
  if (mode.ext === null) {
    // Read line by line: 10,000 records are more than one string can hold.
    let lines = 0
    let bad = 0
    for await (const line of readline.createInterface({input: fs.createReadStream(stdoutPath), crlfDelay: Infinity})) {
      if (line === '') continue
      lines++
      try {
        if (JSON.parse(line).schemaVersion !== 1) bad++
      } catch {
        bad++
      }
    }

    if (lines !== count) problems.push(`${lines} JSONL lines for ${count} files`)
    if (bad > 0) problems.push(`${bad} lines are not records`)
  } else {
    const outDir = mode.args[1]
    const outputs = fs.existsSync(outDir) ? walk(outDir) : []
    const expected = new Set(inputs.map((relative) => relative.replace(/\.txt$/, mode.ext)))
    // The output tree mirrors the inputs, under the input folder's name or not.
    const mirrored = outputs.filter((output) => expected.has(output) || expected.has(output.split(path.sep).slice(1).join(path.sep)))
    if (mirrored.length !== count) problems.push(`${mirrored.length} mirrored ${mode.ext} files for ${count} inputs`)
    if (outputs.length !== mirrored.length) problems.push(`${outputs.length - mirrored.length} other files in the output folder`)
  }

  const changed = inputs.filter(
    (relative) => crypto.createHash('sha256').update(fs.readFileSync(path.join(input, relative))).digest('hex') !== sampleHash
  ).length
  if (changed > 0) problems.push(`${changed} inputs changed`)
  if (walk(input).length !== count) problems.push('files added to the input folder')
  return problems
}

/**
 * Every file under a folder, as paths relative to it.
 *
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
}

// ---------------------------------------------------------------------------
// Report

const cpus = os.cpus()
process.stdout.write(
  `jiyao bench — ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}\n\n`
)
const header = ['section', 'measure', 'target', 'measured', 'verdict']
const cells = rows.map((entry) => [entry.section, entry.measure, entry.target, entry.measured, entry.verdict])
process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`)
for (const line of cells) process.stdout.write(`| ${line.join(' | ')} |\n`)
for (const note of notes) process.stdout.write(`\n${note}`)
const failed = rows.filter((entry) => entry.verdict === 'FAIL').length
process.stdout.write(`\n${failed === 0 ? `every target measured is met${notes.some((note) => note.includes('skipped')) ? ' (some skipped)' : ''}` : `${failed} target(s) not met`}\n`)
