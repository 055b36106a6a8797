/**
 * A worker thread of the batch pool: reads, converts and (for `--out-dir`)
 * writes the inputs that `pool.ts` sends, a handful per message, so that the
 * main thread only hands out paths and keeps order.
 */

import {closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'
import {parentPort, threadId, workerData} from 'node:worker_threads'
import type {ConvertJob, Converted} from './convert.js'
import {convert} from './convert.js'
import {describeError} from './io.js'
import {temporaryName} from './output.js'

/** One input for a worker. */
export interface WorkerJob {
  /** The absolute path to read. */
  absolute: string
  job: ConvertJob
  /** Where to write the product (`--out-dir`); else it is sent back. */
  target?: string
}

/**
 * A request from the pool: some inputs, answered together, in the same
 * order, and buffers of earlier answers that were written and can be reused.
 */
export interface WorkerRequest {
  id: number
  jobs: WorkerJob[]
  free: ArrayBuffer[]
}

/**
 * The answer to a request: a result per input, or null for an input the
 * worker left to the main thread (larger than `maxBytes`).
 */
export interface WorkerReply {
  id: number
  results: Array<Converted | null>
}

/**
 * Memory shared with the pool: `[stop, writing, count]`. The worker raises
 * `writing` for as long as a temporary file of its own exists, and creates
 * none once `stop` is set, so that an interrupted main thread can wait for
 * it and leave no temporary file behind. `count` numbers its temporary
 * files (see `temporaryName`): should the worker die while `writing` is up,
 * the pool removes the file it was writing.
 */
export interface WorkerData {
  shared: Int32Array
  /** Inputs larger than this are left to the main thread: a worker's heap is kept small. */
  maxBytes: number
  /** The directory paths in messages are relative to. */
  cwd: string
}

/** The size of a buffer kept for reuse: a sample-size record's JSON Line fits. */
const bufferSize = 128 * 1024

/** The size of the buffer --out-dir files are encoded in: a sample-size record's YAML or JSON fits. */
const scratchSize = 256 * 1024

const port = parentPort
if (port) {
  const {shared, maxBytes, cwd} = workerData as WorkerData
  // Each output directory is made once per worker, by the first file that needs it.
  const made = new Set<string>()
  let temporaryCount = 0
  // Buffers the main thread has written and given back.
  const free: ArrayBuffer[] = []
  // Where --out-dir files are encoded.
  let scratch = Buffer.allocUnsafe(scratchSize)

  /** UTF-8 in a buffer of its own, reused when one came back large enough. */
  const encode = (text: string): Uint8Array => {
    // Three bytes per UTF-16 unit at most: no pass over the text to measure it.
    let buffer = free.pop()
    if (!buffer || buffer.byteLength < text.length * 3) buffer = new ArrayBuffer(Math.max(text.length * 3, bufferSize))
    return new Uint8Array(buffer, 0, Buffer.from(buffer).write(text))
  }

  /** Write a file atomically: a temporary beside it, renamed over it once complete. */
  const writeAtomicSync = (target: string, text: string): void => {
    const parent = path.dirname(target)
    if (!made.has(parent)) {
      mkdirSync(parent, {recursive: true})
      made.add(parent)
    }
    temporaryCount++
    const temporary = temporaryName(target, `${process.pid}-w${threadId}`, temporaryCount)
    Atomics.store(shared, 2, temporaryCount)
    Atomics.store(shared, 1, 1)
    try {
      if (Atomics.load(shared, 0) !== 0) throw new Error('interrupted')
      const fd = openSync(temporary, 'wx')
      try {
        // UTF-8 into a buffer kept for the next file, rather than a new one each time.
        if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3)
        const length = scratch.write(text)
        // A write may take less than all (a full disk): go on or fail, never stop short.
        for (let done = 0; done < length; ) done += writeSync(fd, scratch, done, length - done)
        if (scratch.length > scratchSize) scratch = Buffer.allocUnsafe(scratchSize)
      } finally {
        closeSync(fd)
      }
      renameSync(temporary, target)
    } catch (error) {
      try {
        unlinkSync(temporary)
      } catch {}
      throw error
    } finally {
      Atomics.store(shared, 1, 0)
      Atomics.notify(shared, 1)
    }
  }

  const run = async ({absolute, job, target}: WorkerJob, transfer: ArrayBuffer[]): Promise<Converted | null> => {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(absolute)
    } catch (error) {
      return {ok: false, reason: 'cannot read: ' + describeError(error)}
    }
    if (bytes.length > maxBytes) return null
    const result = await convert(bytes, job)
    if (!result.ok || result.text === undefined) return result
    // JSON Lines go to stdout as they are: made UTF-8 here, they reach the
    // main thread moved rather than copied, ready to write. (The other
    // products are joined into one document there, as text.)
    if (target === undefined && job.product !== 'jsonl') return result
    if (target === undefined) {
      const bytes = encode(result.text)
      transfer.push(bytes.buffer as ArrayBuffer)
      return {ok: true, bytes, messages: result.messages}
    }
    try {
      writeAtomicSync(target, result.text)
    } catch (error) {
      return {ok: false, reason: `cannot write ${path.relative(cwd, target)}: ${describeError(error)}`}
    }
    return {ok: true, messages: result.messages}
  }

  port.on('message', async (request: WorkerRequest) => {
    // A buffer grown for a large record is not kept.
    for (const buffer of request.free) if (buffer.byteLength === bufferSize) free.push(buffer)
    const transfer: ArrayBuffer[] = []
    const results: Array<Converted | null> = []
    for (const job of request.jobs) results.push(await run(job, transfer))
    const reply: WorkerReply = {id: request.id, results}
    port.postMessage(reply, transfer)
  })
}
