/**
 * Readers: the bytes of a file in some format and encoding → text to parse,
 * and, for markup, where each character of that text came from so that
 * positions point into the file.
 *
 * Plain text is decoded and parsed as is (CRLF, CR and LF are all line ends
 * to the parser, so the text is never rewritten and offsets are the file's).
 * Markdown and HTML are parsed with remark / rehype, their blocks become
 * lines, and positions are mapped back onto the file. Word documents are
 * unzipped and their paragraphs read with the list numbers Word displays;
 * positions then refer to that extracted text. The markup readers are loaded
 * only when such a file is read.
 */

import type {Analysis} from '../minutes.js'
import {analyze} from '../minutes.js'
import type {Source} from '../record.js'
import {declaredCharset, decodeText} from './decode.js'
import type {Origin} from './origin.js'
import {remapPositions} from './origin.js'
import type {InputFormat} from './sniff.js'
import {formatOfPath, isZip, sniffFormat} from './sniff.js'

export {ReadError} from './error.js'
export type {InputFormat} from './sniff.js'
export type {Origin} from './origin.js'
export {remapPositions} from './origin.js'
export {chineseShare} from './decode.js'

/** Options of `readInput`. */
export interface ReadOptions {
  /** The path, for messages and for choosing a format by extension. */
  path?: string | null
  /** A WHATWG encoding label (`gb18030`, `big5`, `utf-16le` …) to use instead of detecting one. */
  encoding?: string | null
  /** The format, instead of choosing one by extension or content. */
  from?: InputFormat | null
}

/** Text ready to parse, with what is known of where it came from. */
export interface Input {
  /** The text to parse: the file itself for plain text, else the text extracted from it. */
  text: string
  format: InputFormat
  /** The encoding the file was decoded with (WHATWG name: `utf-8`, `gb18030` …). */
  encoding: string | null
  /** `source` when positions (after `analyzeInput`) point into the file; `extracted-text` for Word. */
  positionsRefer: Source['positionsRefer']
  /** For Markdown and HTML: the decoded file and where each unit of `text` came from; else null. */
  origin: Origin | null
  /** For Markdown: where each heading's line starts in `text`. */
  headings?: number[]
}

/**
 * Read the bytes of a file into text to parse.
 *
 * The format is `options.from`, else the one the extension names (`.md`,
 * `.html`, `.htm`, `.docx`, `.txt`), else sniffed from the content: a Word
 * document, an HTML tag at the start, a Markdown heading, otherwise text.
 *
 * @param bytes
 *   The file's bytes.
 * @param options
 *   Path, forced encoding or format.
 * @returns
 *   The input; rejects with `ReadError` (naming the file) when the bytes are
 *   not a readable document.
 */
export async function readInput(bytes: Uint8Array, options: ReadOptions = {}): Promise<Input> {
  const name = options.path ?? '<stdin>'
  let format = options.from ?? formatOfPath(options.path)

  if (format === 'docx' || (format === undefined && isZip(bytes))) {
    const {readDocx} = await import('./docx.js')
    return {text: readDocx(bytes, name), format: 'docx', encoding: 'utf-8', positionsRefer: 'extracted-text', origin: null}
  }

  // A page may say its encoding; it is believed only when the bytes are not UTF-8 and decode in it.
  const declared = format === 'html' || format === undefined ? declaredCharset(bytes) : undefined
  const {text: source, encoding} = decodeText(bytes, {name, encoding: options.encoding, declared})
  format ??= sniffFormat(source)

  if (format === 'markdown') {
    const {extractMarkdown} = await import('./markdown.js')
    return {...extractMarkdown(source), format, encoding, positionsRefer: 'source'}
  }

  if (format === 'html') {
    const {extractHtml} = await import('./html.js')
    return {...extractHtml(source), format, encoding, positionsRefer: 'source'}
  }

  return {text: source, format: 'text', encoding, positionsRefer: 'source', origin: null}
}

/**
 * Analyze a read input: parse and extract, recording where the text came
 * from, and for Markdown and HTML move every position in the tree, the record
 * and the messages back onto the file.
 *
 * @param input
 *   What `readInput` returned.
 * @param options
 *   The path to record.
 * @returns
 *   Tree, record and messages.
 */
export function analyzeInput(input: Input, options: {path?: string | null} = {}): Analysis {
  const analysis = analyze(input.text, {
    path: options.path ?? null,
    format: input.format,
    encoding: input.encoding,
    positionsRefer: input.positionsRefer,
    headings: input.headings
  })
  return input.origin ? remapPositions(analysis, input.origin) : analysis
}
