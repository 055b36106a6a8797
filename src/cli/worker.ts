/**
 * A worker thread of the batch pool: converts inputs sent by `pool.ts`.
 */

import {parentPort} from 'node:worker_threads'
import type {ConvertJob} from './convert.js'
import {convert} from './convert.js'

/** A request from the pool. */
export interface WorkerRequest {
  id: number
  bytes: Uint8Array
  job: ConvertJob
}

const port = parentPort
if (port) {
  port.on('message', async (request: WorkerRequest) => {
    port.postMessage({id: request.id, result: await convert(request.bytes, request.job)})
  })
}
