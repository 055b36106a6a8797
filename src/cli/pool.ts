/**
 * A pool of worker threads that read, convert and write inputs, for large
 * batches on machines with more than one core.
 *
 * Inputs go out a few per message (one message per input costs more than a
 * small file's parse), each worker holding at most two messages' worth, so
 * that it never waits for the main thread and memory stays bounded.
 */

import {existsSync, rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Converted} from './convert.js'
import {recyclable} from './io.js'
import {temporaryName} from './output.js'
import type {WorkerData, WorkerJob, WorkerReply, WorkerRequest} from './worker.js'

/** Converts inputs on worker threads. */
export interface Pool {
  /** How many workers. */
  size: number
  /**
   * Read and convert one input (and write it, given a target) on a worker;
   * null when the input is larger than `maxBytes` or its worker failed, for
   * the caller to convert.
   */
  run(job: WorkerJob): Promise<Converted | null>
  /**
   * Stop writing at once, synchronously: once this returns, no worker holds
   * or will create a temporary file (for an interrupted run).
   */
  halt(): void
  /** Stop the workers. */
  close(): Promise<void>
}

/** Options of `createPool`. */
export interface PoolOptions {
  /** How many workers. */
  size: number
  /** The worker script (`workerScript()`). */
  script: string
  /** Inputs per message. */
  batch?: number
  /** Inputs larger than this come back as null, for the main thread. */
  maxBytes?: number
  /** The directory paths in messages are relative to. */
  cwd: string
}

interface Slot {
  worker: Worker
  /** How its temporary files are named (`Worker#threadId` reads -1 once it has exited). */
  writer: string
  shared: Int32Array
  /** Buffers of its answers, written, to give back with the next request. */
  free: ArrayBuffer[]
  /** Messages sent and not answered. */
  busy: number
  /** Set once the worker failed. */
  dead: boolean
}

interface Waiting {
  job: WorkerJob
  resolve: (result: Converted | null) => void
}

/** Messages a worker may hold: one it works on, one ready for when it is done. */
const maxInFlight = 2

/** Workers started in place of failed ones, per worker of the pool. */
const maxRestarts = 2

/**
 * Where the worker script is: beside this module once built (`dist/`), so
 * there is none when the sources run untranspiled (tests).
 *
 * @returns
 *   The path, or null.
 */
export function workerScript(): string | null {
  const file = fileURLToPath(new URL('worker.js', import.meta.url))
  return existsSync(file) ? file : null
}

/**
 * Start worker threads.
 *
 * @param options
 *   How many, the script, inputs per message.
 * @returns
 *   The pool.
 */
export function createPool(options: PoolOptions): Pool {
  const batch = options.batch ?? 8
  const queue: Waiting[] = []
  const sent = new Map<number, {slot: Slot; waiting: Waiting[]}>()
  const slots: Slot[] = []
  let nextId = 0
  let flushing = false

  // Workers started in place of ones that failed, and whether the pool
  // was halted or closed (then none is started).
  let restarts = 0
  let stopped = false

  // A worker that fails (out of memory on a pathological input, a bug)
  // hands what it held back to the caller, to convert on its own thread,
  // and another starts in its place, so that one bad input does not halve
  // the batch's speed; a few times only, so that a script that always
  // fails cannot start workers for ever.
  const fail = (slot: Slot): void => {
    if (slot.dead) return
    slot.dead = true
    // Died in the middle of a write: its temporary file is beside one of the
    // targets it held, numbered as the worker last said.
    const writing = Atomics.load(slot.shared, 1) === 1
    const count = Atomics.load(slot.shared, 2)
    for (const [id, message] of sent) {
      if (message.slot !== slot) continue
      if (writing) {
        for (const {job} of message.waiting) if (job.target) rmSync(temporaryName(job.target, slot.writer, count), {force: true})
      }
      sent.delete(id)
      for (const waiting of message.waiting) waiting.resolve(null)
    }
    if (!stopped && restarts < maxRestarts * options.size) {
      restarts++
      slots[slots.indexOf(slot)] = start()
    }
    flush()
  }

  const flush = (): void => {
    flushing = false
    while (queue.length > 0) {
      let slot: Slot | undefined
      for (const candidate of slots) {
        if (!candidate.dead && candidate.busy < maxInFlight && (!slot || candidate.busy < slot.busy)) slot = candidate
      }
      if (!slot) {
        if (slots.every((candidate) => candidate.dead)) for (const waiting of queue.splice(0)) waiting.resolve(null)
        return
      }
      const waiting = queue.splice(0, batch)
      const id = nextId++
      const request: WorkerRequest = {id, jobs: waiting.map((entry) => entry.job), free: slot.free.splice(0)}
      slot.busy++
      sent.set(id, {slot, waiting})
      slot.worker.postMessage(request, request.free)
    }
  }

  function start(): Slot {
    const shared = new Int32Array(new SharedArrayBuffer(12))
    const workerData: WorkerData = {shared, maxBytes: options.maxBytes ?? Number.POSITIVE_INFINITY, cwd: options.cwd}
    // A small heap: with V8's defaults each worker grows tens of MB more
    // resident memory (its young generation to 48 MB, its old one lazily
    // collected) where the parser keeps 6 MB alive. Measured at 10,000
    // files on two workers: 159 MB peak with defaults for the old
    // generation, 149 MB with 32 MB, at about 10% more CPU for collection.
    // With the parser grown (more rules and vocabulary), 8 MB of young
    // generation reached 150 MB; 6 MB gave 137-141 MB, and later 143-149;
    // 24 MB of old generation gives 141 MB (a 500 kB input still converts
    // on a worker, as it did with 20). After the sixteenth session's rules
    // the JSON batch reached 153-154 MB with 6 MB of young generation; 4 MB
    // gives 144 MB (138-146 in direct runs, against 145-147), at the same rate.
    // Inputs large enough to need more stay on the main thread (`maxBytes`),
    // and a worker that runs out anyway hands its inputs back.
    const worker = new Worker(options.script, {
      workerData,
      resourceLimits: {maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 24}
    })
    const slot: Slot = {worker, writer: `${process.pid}-w${worker.threadId}`, shared, free: [], busy: 0, dead: false}
    worker.on('message', (reply: WorkerReply) => {
      const message = sent.get(reply.id)
      if (!message) return
      sent.delete(reply.id)
      slot.busy--
      for (const result of reply.results) {
        const buffer = result?.ok ? result.bytes?.buffer : undefined
        if (buffer) recyclable.set(buffer, () => slot.free.push(buffer as ArrayBuffer))
      }
      message.waiting.forEach((waiting, position) => waiting.resolve(reply.results[position]))
      flush()
    })
    worker.on('error', () => fail(slot))
    worker.on('exit', () => fail(slot))
    return slot
  }

  for (let index = 0; index < options.size; index++) slots.push(start())

  return {
    size: options.size,
    run(job) {
      return new Promise((resolve) => {
        queue.push({job, resolve})
        // Inputs asked for in one go leave together.
        if (!flushing) {
          flushing = true
          queueMicrotask(flush)
        }
      })
    },
    halt() {
      stopped = true
      for (const slot of slots) Atomics.store(slot.shared, 0, 1)
      // A worker in the middle of a write finishes it (milliseconds); one
      // stuck in the file system for seconds is not waited for.
      const deadline = Date.now() + 2000
      for (const slot of slots) {
        while (Atomics.load(slot.shared, 1) !== 0 && Date.now() < deadline) Atomics.wait(slot.shared, 1, 1, 100)
      }
    },
    async close() {
      stopped = true
      for (const slot of slots) slot.dead = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }
  }
}
