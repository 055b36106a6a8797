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
import {describeError} from './io.js'
import {writeAtomic} from './output.js'
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

/** Batches at least this large use worker threads (if there are cores). */
export const workerThreshold = 200

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
  const pool = await startPool(entries.length, options.jobs ?? io.workers)
  const progress = createProgress(io, entries.length)
  let widthOf: WidthOf | undefined
  // Each output directory is made once, by the first file that needs it.
  const made = new Map<string, Promise<unknown>>()

  const work = async (entry: InputEntry): Promise<Converted> => {
    if (entry.error) return {ok: false, reason: entry.error}
    let bytes: Uint8Array
    try {
      bytes = entry.absolute === null ? await readStream(io.stdin) : await io.fs.readFile(entry.absolute)
    } catch (error) {
      return {ok: false, reason: 'cannot read: ' + describeError(error)}
    }
    const job: ConvertJob = {path: entry.path, encoding: options.encoding, from: options.from, product: options.product}
    const result = pool ? await pool.run(bytes, job) : await convert(bytes, job)
    const target = options.targets?.get(entry)
    if (result.ok && target !== undefined) {
      try {
        const parent = path.dirname(target)
        if (!made.has(parent)) made.set(parent, io.fs.mkdir(parent))
        await made.get(parent)
        await writeAtomic(io.fs, target, result.text ?? '')
      } catch (error) {
        return {ok: false, reason: `cannot write ${path.relative(io.cwd, target)}: ${describeError(error)}`}
      }
    }
    return result
  }

  try {
    await inOrder(entries, pool ? 16 * pool.size : 8, work, async (result, entry) => {
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
    await pool?.close()
  }
  return tally
}

/** Start workers when asked, or when the batch is large and there is more than one core. */
async function startPool(size: number, jobs: number | undefined): Promise<(Pool & {size: number}) | undefined> {
  let threads = jobs
  if (threads === undefined) {
    if (size < workerThreshold) return undefined
    // One core stays with the main thread, which reads, writes and keeps
    // order; the others parse. On two cores that is one worker: measured
    // on this 2-core machine, two workers were no faster than one and cost
    // 40 MB more resident memory.
    threads = Math.min(availableParallelism() - 1, 3)
    if (threads < 1) return undefined
  }
  if (threads <= 0) return undefined
  const {createPool, workerScript} = await import('./pool.js')
  const script = workerScript()
  // Without a built worker script (sources run directly), stay on one thread.
  if (!script) return undefined
  return Object.assign(await createPool(threads, script), {size: threads})
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
