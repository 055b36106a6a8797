/**
 * Run a batch: read every input, convert it (on worker threads when the
 * batch is large), report messages and failures in input order, and hand
 * each product to the caller in input order.
 */

import {availableParallelism} from 'node:os'
import path from 'node:path'
import type {ConvertJob, Converted, Product} from './convert.js'
import type {InputEntry} from './inputs.js'
import type {CliIo} from './io.js'
import type {Pool} from './pool.js'
import type {WidthOf} from './report.js'
import {convert} from './convert.js'
import {releaseYoungGeneration} from './heap.js'
import {describeError} from './io.js'
import {haltOnInterrupt, writeAtomic} from './output.js'
import {createProgress} from './progress.js'
import {formatFailure, formatMessages} from './report.js'

/** Options of `runBatch`. */
export interface BatchOptions {
  product: Product
  encoding: string | null
  from: ConvertJob['from']
  /** Worker threads: a number, or undefined to decide by batch size. */
  jobs: number | undefined
  /** Per input, where to write its product instead of handing it on (`--out-dir`). */
  targets?: Map<InputEntry, string>
}

/** What a batch did. */
export interface BatchTally {
  files: number
  warnings: number
  failed: number
}

/**
 * Batches at least this large use worker threads (if there are cores). A
 * worker costs a start and a warm-up of its own (its first result after
 * ~150 ms, its first few hundred files slower than the main thread's,
 * which starts from the command's code cache): measured on this 2-core
 * machine, two workers were slower than one thread up to 1,000 sample-size
 * files (1.45 s against 1.3 s), even at 2,000 for JSON Lines, faster at
 * 2,000 for --out-dir.
 */
export const workerThreshold = 1000

/**
 * Inputs larger than this are converted on the main thread even in a pool,
 * so that a worker's heap stays small: parsing takes about 35 bytes of heap
 * per byte of input, 18 MB for 512 kB.
 */
export const workerMaxBytes = 512 * 1024

/**
 * Run a batch.
 *
 * @param entries
 *   The inputs.
 * @param options
 *   What to make and how.
 * @param io
 *   Streams and file system.
 * @param emit
 *   Receives each successful product, in input order.
 * @returns
 *   Counts of files, warnings and failures.
 */
export async function runBatch(
  entries: InputEntry[],
  options: BatchOptions,
  io: CliIo,
  emit: (result: Extract<Converted, {ok: true}>, entry: InputEntry) => Promise<void>
): Promise<BatchTally> {
  const tally: BatchTally = {files: entries.length, warnings: 0, failed: 0}
  const pool = await startPool(entries.length, options.jobs ?? io.workers, io.cwd)
  // Converted here, the batch wants the young generation a walk held small.
  if (!pool) releaseYoungGeneration()
  if (pool) haltOnInterrupt.add(pool.halt)
  const progress = createProgress(io, entries.length)
  let widthOf: WidthOf | undefined
  // Each output directory is made once, by the first file that needs it.
  const made = new Map<string, Promise<unknown>>()
  const job: ConvertJob = {path: null, encoding: options.encoding, from: options.from, product: options.product}

  const work = async (entry: InputEntry): Promise<Converted> => {
    if (entry.error) return {ok: false, reason: entry.error}
    const target = options.targets?.get(entry)
    if (pool && entry.absolute !== null) {
      // The worker reads, converts and writes; null leaves the input to this thread.
      const result = await pool.run({absolute: entry.absolute, job: {...job, path: entry.path}, target})
      if (result) return result
    }
    let bytes: Uint8Array
    try {
      bytes = entry.absolute === null ? await readStream(io.stdin) : await io.fs.readFile(entry.absolute)
    } catch (error) {
      return {ok: false, reason: 'cannot read: ' + describeError(error)}
    }
    const result = await convert(bytes, {...job, path: entry.path})
    if (result.ok && target !== undefined) {
      try {
        const parent = path.dirname(target)
        if (!made.has(parent)) made.set(parent, io.fs.mkdir(parent))
        await made.get(parent)
        await writeAtomic(io.fs, target, result.text ?? '')
      } catch (error) {
        return {ok: false, reason: `cannot write ${path.relative(io.cwd, target)}: ${describeError(error)}`}
      }
      // Written: the text is not needed any more.
      return {ok: true, messages: result.messages}
    }
    return result
  }

  try {
    // Enough in flight to keep every worker's next message ready.
    await inOrder(entries, pool ? 32 * pool.size : 8, work, async (result, entry) => {
      const name = entry.path ?? '<stdin>'
      let report = ''
      if (!result.ok) {
        tally.failed++
        report = formatFailure(name, result.reason)
      } else if (result.messages.length > 0) {
        tally.warnings += result.messages.length
        widthOf ??= (await import('string-width')).default
        report = formatMessages(name, result.messages, widthOf)
      }
      if (report) {
        progress.clear()
        io.stderr.write(report)
      }
      if (result.ok) await emit(result, entry)
      progress.tick(entry.path)
    })
  } finally {
    progress.clear()
    if (pool) haltOnInterrupt.delete(pool.halt)
    await pool?.close()
    releaseYoungGeneration()
  }
  return tally
}

/** Start workers when asked, or when the batch is large and there is more than one core. */
async function startPool(size: number, jobs: number | undefined, cwd: string): Promise<Pool | undefined> {
  let threads = jobs
  if (threads === undefined) {
    if (size < workerThreshold) return undefined
    // A worker per core, up to four: the workers read, convert and write
    // whole files, so the main thread only hands out paths and keeps order,
    // and sleeps most of the time. (With one worker and the main thread
    // writing, the main thread's file system calls were the bottleneck.)
    threads = Math.min(availableParallelism(), 4)
    if (threads < 2) return undefined
  }
  if (threads <= 0) return undefined
  const {createPool, workerScript} = await import('./pool.js')
  const script = workerScript()
  // Without a built worker script (sources run directly), stay on one thread.
  if (!script) return undefined
  return createPool({size: threads, script, cwd, maxBytes: workerMaxBytes})
}

/**
 * Run `work` over items with at most `limit` in flight, handing results to
 * `emit` in item order; memory stays bounded by `limit`.
 */
async function inOrder<Item, Result>(
  items: Item[],
  limit: number,
  work: (item: Item) => Promise<Result>,
  emit: (result: Result, item: Item) => Promise<void>
): Promise<void> {
  const started: Array<Promise<Result> | undefined> = []
  let next = 0
  for (let index = 0; index < items.length; index++) {
    while (next < items.length && next < index + limit) {
      started[next] = work(items[next])
      next++
    }
    const result = await started[index]
    started[index] = undefined
    await emit(result as Result, items[index])
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
