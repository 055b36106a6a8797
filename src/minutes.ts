import type {Message} from './message.js'
import type {MinutesRecord, Source} from './record.js'
import type {Root} from './tree.js'
import {asciiStopped, createDoc} from './doc.js'
import {mergeJoins, wrapJoins} from './parse/wrap.js'
import {paddedNameJoins} from './parse/padded.js'
import {parseDoc} from './parse/index.js'
import {extractDoc} from './extract/index.js'

/** Options for `analyze` and `parseMinutes`. */
export interface AnalyzeOptions {
  /** Recorded as `source.path`. */
  path?: string | null
  /** Recorded as `source.format` (default `text`). */
  format?: Source['format']
  /** Recorded as `source.encoding` (default null: the input was a string). */
  encoding?: string | null
  /** Recorded as `source.positionsRefer` (default `source`). */
  positionsRefer?: Source['positionsRefer']
  /**
   * Offsets in the text where headings of the file's own structure start (a
   * Markdown file's, as `readInput` gives them): numbered headings there make
   * the items, and numbered lines that are no heading are points.
   */
  headings?: readonly number[]
}

/** Everything jiyao learns from one document. */
export interface Analysis {
  /** The minutes syntax tree. */
  tree: Root
  /** The record, as the CLI prints it. */
  record: MinutesRecord
  /** Problems found in the content, in order of place. */
  messages: Message[]
}

/**
 * Read minutes: parse the text into a tree, extract the record, and collect
 * problems.
 *
 * @param text
 *   The minutes as text.
 * @param options
 *   Where the text came from.
 * @returns
 *   Tree, record and messages.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const sink = {messages: [] as Message[]}
  // A copy that ends its sentences in `.` is read with full stops.
  const stops = asciiStopped(text)
  let doc = createDoc(text, [], stops)
  // A hard-wrapped text (from a PDF) is read with its wrapped lines joined, and a name with the title it is padded from.
  const joins = mergeJoins(wrapJoins(doc), paddedNameJoins(doc))
  if (joins.length > 0) doc = createDoc(text, joins, stops)
  const tree = parseDoc(doc, sink, options.headings)
  const record = extractDoc(tree, doc, {sink, source: sourceOf(options)})
  sink.messages.sort((a, b) => a.place.start.offset - b.place.start.offset)
  return {tree, record, messages: sink.messages}
}

/**
 * Read minutes into a record: exactly what the CLI prints.
 *
 * @param text
 *   The minutes as text.
 * @param options
 *   Where the text came from.
 * @returns
 *   The record.
 */
export function parseMinutes(text: string, options: AnalyzeOptions = {}): MinutesRecord {
  return analyze(text, options).record
}

function sourceOf(options: AnalyzeOptions): Source {
  return {
    path: options.path ?? null,
    format: options.format ?? 'text',
    encoding: options.encoding ?? null,
    positionsRefer: options.positionsRefer ?? 'source'
  }
}
