/**
 * Readers: bytes of a file in some format and encoding → text to parse.
 *
 * This first version reads UTF-8 text only; `issue 5` widens it (encodings,
 * Markdown, HTML, Word) behind the same `readInput` signature.
 */

import type {Source} from '../record.js'
import type {Analysis} from '../minutes.js'
import {analyze} from '../minutes.js'

/** Formats jiyao reads. */
export type InputFormat = Source['format']

/** Options of `readInput`. */
export interface ReadOptions {
  /** The path, for messages and for choosing a format by extension. */
  path?: string | null
  /** Force an encoding instead of detecting one. */
  encoding?: string | null
  /** Force a format instead of choosing one by extension or content. */
  from?: InputFormat | null
}

/** Text ready to parse, with what is known of where it came from. */
export interface Input {
  text: string
  format: InputFormat
  encoding: string | null
  positionsRefer: Source['positionsRefer']
}

/** An input that cannot be read: the message names the file. */
export class ReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReadError'
  }
}

/**
 * Decode the bytes of a file into text to parse.
 *
 * @param bytes
 *   The file's bytes.
 * @param options
 *   Path, forced encoding or format.
 * @returns
 *   The input; rejects with `ReadError` when the bytes are not readable text.
 */
export async function readInput(bytes: Uint8Array, options: ReadOptions = {}): Promise<Input> {
  const name = options.path ?? '<stdin>'
  if (bytes.includes(0)) throw new ReadError(`${name}: not a text file (contains NUL bytes)`)
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    throw new ReadError(`${name}: not valid UTF-8`)
  }
  return {text, format: 'text', encoding: 'utf-8', positionsRefer: 'source'}
}

/**
 * Analyze a read input: parse and extract, recording where the text came
 * from. (Readers that extract text from markup map positions back here.)
 *
 * @param input
 *   What `readInput` returned.
 * @param options
 *   The path to record.
 * @returns
 *   Tree, record and messages.
 */
export function analyzeInput(input: Input, options: {path?: string | null} = {}): Analysis {
  return analyze(input.text, {
    path: options.path ?? null,
    format: input.format,
    encoding: input.encoding,
    positionsRefer: input.positionsRefer
  })
}
