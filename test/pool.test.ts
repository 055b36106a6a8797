/**
 * The batch pool on real worker threads (the built worker, dist/cli/worker.js).
 */

import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import type {ConvertJob} from '../src/cli/convert.js'
import {convert} from '../src/cli/convert.js'
import {createPool} from '../src/cli/pool.js'
import {minutes, remove, tree} from './cli-io.js'

const builtWorker = fileURLToPath(new URL('../dist/cli/worker.js', import.meta.url))
const builtOutput = new URL('../dist/cli/output.js', import.meta.url).href
// A worker that dies in the middle of writing its first target, as the real
// one names and announces its temporary file (the third one it makes).
const diesWriting = [
  "import {writeFileSync} from 'node:fs'",
  "import {parentPort, threadId, workerData} from 'node:worker_threads'",
  `import {temporaryName} from ${JSON.stringify(builtOutput)}`,
  'parentPort.on(\'message\', ({jobs}) => {',
  '  Atomics.store(workerData.shared, 2, 3)',
  '  Atomics.store(workerData.shared, 1, 1)',
  '  writeFileSync(temporaryName(jobs[0].target, `${process.pid}-w${threadId}`, 3), \'meeting:\\n  na\')',
  '  process.exit(3)',
  '})'
].join('\n')
const job: ConvertJob = {path: 'a.txt', encoding: null, from: null, product: 'json'}

describe('pool', () => {
  const root = tree({
    'a.txt': minutes,
    'dies.mjs': "import {parentPort} from 'node:worker_threads'\nparentPort.on('message', () => process.exit(3))\n",
    // Counts its starts in the file the test names, then dies on its first message.
    'counts-and-dies.mjs': [
      "import {appendFileSync} from 'node:fs'",
      "import {parentPort} from 'node:worker_threads'",
      "appendFileSync(new URL('starts.log', import.meta.url), 'start\\n')",
      "parentPort.on('message', () => process.exit(3))"
    ].join('\n'),
    'dies-writing.mjs': diesWriting,
    // Dies on an input named poison.txt, answers the others.
    'poison.mjs': [
      "import {parentPort, threadId} from 'node:worker_threads'",
      'parentPort.on(\'message\', ({id, jobs}) => {',
      "  if (jobs.some((job) => job.absolute.endsWith('poison.txt'))) process.exit(3)",
      "  parentPort.postMessage({id, results: jobs.map(() => ({ok: true, text: 'thread ' + threadId, messages: []}))})",
      '})'
    ].join('\n'),
    'dead/.keep': ''
  })
  afterAll(() => remove(root))

  it('should convert on a worker, and hand back an input larger than maxBytes', async () => {
    const pool = createPool({size: 1, script: builtWorker, cwd: root, maxBytes: 1000})
    try {
      const small = await pool.run({absolute: path.join(root, 'a.txt'), job})
      expect(small?.ok && JSON.parse(small.text ?? '').meeting.date).toBe('2024-03-05')
      writeFileSync(path.join(root, 'big.txt'), minutes.repeat(5))
      expect(await pool.run({absolute: path.join(root, 'big.txt'), job})).toBe(null)
    } finally {
      await pool.close()
    }
  })

  it('should write a target as the main thread would, a large one and then a small one', async () => {
    const pool = createPool({size: 1, script: builtWorker, cwd: root})
    try {
      const large = minutes.repeat(200)
      writeFileSync(path.join(root, 'large.txt'), large)
      for (const name of ['large', 'a']) {
        const yamlJob: ConvertJob = {...job, path: `${name}.txt`, product: 'yaml'}
        const result = await pool.run({absolute: path.join(root, `${name}.txt`), job: yamlJob, target: path.join(root, `out/${name}.yaml`)})
        const expected = await convert(readFileSync(path.join(root, `${name}.txt`)), yamlJob)
        expect(result).toEqual({ok: true, messages: expected.ok ? expected.messages : undefined})
        const written = readFileSync(path.join(root, `out/${name}.yaml`), 'utf8')
        expect(written).toBe(expected.ok ? expected.text : undefined)
        if (name === 'large') expect(written.length).toBeGreaterThan(100_000)
      }
    } finally {
      await pool.close()
    }
    // (A cold worker converts a large text: 1–2 s alone, 5.2 s with four other jobs on the two cores.)
  }, 30_000)

  it('should hand back what a worker held when it dies, and what comes after', async () => {
    const pool = createPool({size: 1, script: path.join(root, 'dies.mjs'), cwd: root})
    try {
      const held = [pool.run({absolute: path.join(root, 'a.txt'), job}), pool.run({absolute: path.join(root, 'a.txt'), job})]
      expect(await Promise.all(held)).toEqual([null, null])
      expect(await pool.run({absolute: path.join(root, 'a.txt'), job})).toBe(null)
    } finally {
      await pool.close()
    }
  })
  it('should start a worker in place of one that dies, and go on with it', async () => {
    const pool = createPool({size: 1, script: path.join(root, 'poison.mjs'), cwd: root})
    try {
      const before = await pool.run({absolute: path.join(root, 'a.txt'), job})
      expect(before).toEqual({ok: true, text: expect.stringMatching(/^thread \d+$/), messages: []})
      // The input that killed the worker comes back to the caller; the next goes to a new worker.
      expect(await pool.run({absolute: path.join(root, 'poison.txt'), job})).toBe(null)
      const after = await pool.run({absolute: path.join(root, 'a.txt'), job})
      expect(after?.ok).toBe(true)
      expect(after?.ok && after.text).not.toBe(before?.ok && before.text)
    } finally {
      await pool.close()
    }
  })

  it('should stop starting workers in place of ones that keep dying', async () => {
    const pool = createPool({size: 1, script: path.join(root, 'counts-and-dies.mjs'), cwd: root})
    try {
      for (let round = 0; round < 5; round++) expect(await pool.run({absolute: path.join(root, 'a.txt'), job})).toBe(null)
    } finally {
      await pool.close()
    }
    // One worker and two in its place (maxRestarts per worker): the last two inputs found none.
    expect(readFileSync(path.join(root, 'starts.log'), 'utf8')).toBe('start\nstart\nstart\n')
  })

  it('should remove the temporary file of a worker that dies while writing it', async () => {
    const pool = createPool({size: 1, script: path.join(root, 'dies-writing.mjs'), cwd: root})
    try {
      const target = path.join(root, 'dead/a.yaml')
      expect(await pool.run({absolute: path.join(root, 'a.txt'), job: {...job, product: 'yaml'}, target})).toBe(null)
      // Only what was there before: no temporary file, and no output (the caller converts it again).
      expect(readdirSync(path.join(root, 'dead'))).toEqual(['.keep'])
    } finally {
      await pool.close()
    }
  })
})
