/**
 * A pool of worker threads running `convert`, for large batches on machines
 * with more than one core.
 */

import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {ConvertJob, Converted} from './convert.js'
import type {WorkerRequest} from './worker.js'

/** Converts inputs on worker threads. */
export interface Pool {
  /** Convert one input on the least busy worker. */
  run(bytes: Uint8Array, job: ConvertJob): Promise<Converted>
  /** Stop the workers. */
  close(): Promise<void>
}

interface Slot {
  worker: Worker
  /** Requests sent and not answered. */
  busy: number
}

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
 * @param size
 *   How many.
 * @param script
 *   The worker script (`workerScript()`).
 * @returns
 *   The pool.
 */
export async function createPool(size: number, script: string): Promise<Pool> {
  const waiting = new Map<number, {resolve: (result: Converted) => void; slot: Slot}>()
  const workers: Slot[] = []
  let nextId = 0
  for (let index = 0; index < size; index++) {
    // A small young generation: each worker's default one costs tens of MB
    // of resident memory for no speed the parser needs.
    const worker = new Worker(script, {resourceLimits: {maxYoungGenerationSizeMb: 8}})
    const slot: Slot = {worker, busy: 0}
    worker.on('message', (message: {id: number; result: Converted}) => {
      slot.busy--
      waiting.get(message.id)?.resolve(message.result)
      waiting.delete(message.id)
    })
    worker.on('error', (error) => {
      // A crashed worker fails what it held; the batch goes on without it.
      slot.busy = Number.POSITIVE_INFINITY
      for (const [id, request] of waiting) {
        if (request.slot !== slot) continue
        request.resolve({ok: false, reason: 'internal error: worker failed: ' + error.message})
        waiting.delete(id)
      }
    })
    workers.push(slot)
  }
  return {
    run(bytes, job) {
      const slot = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best))
      if (!Number.isFinite(slot.busy)) return Promise.resolve({ok: false, reason: 'internal error: no worker left'})
      slot.busy++
      const id = nextId++
      const request: WorkerRequest = {id, bytes, job}
      return new Promise((resolve) => {
        waiting.set(id, {resolve, slot})
        slot.worker.postMessage(request)
      })
    },
    async close() {
      await Promise.all(workers.map((slot) => slot.worker.terminate()))
    }
  }
}
