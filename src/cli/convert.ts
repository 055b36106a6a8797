/**
 * One input's bytes → what the CLI prints for it. Pure apart from lazy
 * imports, so it runs the same on the main thread and in a worker.
 */

import type {InputFormat} from '../read/index.js'
import type {Message} from '../message.js'
import type {MinutesRecord} from '../record.js'
import type {LedgerRow} from './ledger.js'
import {analyzeInput, readInput} from '../read/index.js'
import {toJson} from '../serialize/json.js'

/** What to make of an input. */
export type Product = 'yaml' | 'json' | 'jsonl' | 'record' | 'tasks'

/** How to convert one input. */
export interface ConvertJob {
  /** The path to record and name in messages; null for stdin. */
  path: string | null
  encoding: string | null
  from: InputFormat | null
  product: Product
}

/** What came of one input. */
export type Converted =
  | {
      ok: true
      /** The serialized record (`yaml`, `json`, `jsonl`). */
      text?: string
      /** The same, as UTF-8, instead of `text` (from a worker thread). */
      bytes?: Uint8Array
      /** The record itself (`record`, for the outline). */
      record?: MinutesRecord
      /** The assignments (`tasks`). */
      rows?: LedgerRow[]
      messages: Message[]
    }
  | {ok: false; reason: string}

let yamlModule: Promise<typeof import('../serialize/yaml.js')> | undefined
let ledgerModule: Promise<typeof import('./ledger.js')> | undefined

/**
 * Read, analyze and serialize one input. Never throws: an input that cannot
 * be read (or that breaks the parser) comes back as `{ok: false, reason}`.
 *
 * @param bytes
 *   The input's bytes.
 * @param job
 *   Path, encoding, format and what to produce.
 * @returns
 *   The product and messages, or why there is none.
 */
export async function convert(bytes: Uint8Array, job: ConvertJob): Promise<Converted> {
  if (bytes.length === 0) return {ok: false, reason: 'empty file, nothing to read'}
  try {
    const input = await readInput(bytes, {path: job.path, encoding: job.encoding, from: job.from})
    if (input.text.trim() === '') return {ok: false, reason: 'only whitespace, nothing to read'}
    const {record, messages} = analyzeInput(input, {path: job.path})
    switch (job.product) {
      case 'yaml': {
        yamlModule ??= import('../serialize/yaml.js')
        return {ok: true, text: (await yamlModule).toYaml(record), messages}
      }
      case 'json':
        return {ok: true, text: toJson(record), messages}
      case 'jsonl':
        return {ok: true, text: JSON.stringify(record) + '\n', messages}
      case 'tasks': {
        ledgerModule ??= import('./ledger.js')
        return {ok: true, rows: (await ledgerModule).ledgerRows(record), messages}
      }
      default:
        return {ok: true, record, messages}
    }
  } catch (error) {
    const name = job.path ?? '<stdin>'
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof Error && error.name === 'ReadError') {
      // A ReadError names the file itself; the CLI puts the name in front.
      return {ok: false, reason: message.startsWith(name + ': ') ? message.slice(name.length + 2) : message}
    }
    return {ok: false, reason: 'internal error: ' + message}
  }
}
