/**
 * Which reader to use: `--from`, else the file's extension, else a look at
 * the content (a ZIP with a Word document, an HTML tag, a Markdown heading).
 */

import type {Source} from '../record.js'

/** Formats jiyao reads. */
export type InputFormat = Source['format']

/** Extensions and the formats they name. */
const extensions: Readonly<Record<string, InputFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx'
}

/**
 * The format a path's extension names.
 *
 * @param path
 *   The path, or null.
 * @returns
 *   The format, or undefined when the extension names none.
 */
export function formatOfPath(path: string | null | undefined): InputFormat | undefined {
  const match = path ? /\.([A-Za-z]+)$/.exec(path) : null
  return match ? extensions[match[1].toLowerCase()] : undefined
}

/**
 * Whether bytes are a ZIP archive (a `.docx` is one).
 *
 * @param bytes
 *   The file's bytes.
 * @returns
 *   Whether they start with a ZIP local file header.
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** An HTML document or fragment: an XML declaration, comments, then a doctype or a common tag. */
const htmlStart = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|h[1-6]|table|section|article)[\s>/]/i

/** A Markdown ATX heading (`# …` to `###### …`) at the start of a line. */
const markdownHeading = /^ {0,3}#{1,6}[ \t]+\S/m

/**
 * Guess the format of decoded text that came without a name (stdin).
 *
 * @param text
 *   The decoded text.
 * @returns
 *   `html` when it starts with an HTML tag, `markdown` when a line is a
 *   Markdown heading, else `text`.
 */
export function sniffFormat(text: string): InputFormat {
  if (htmlStart.test(text.slice(0, 4096))) return 'html'
  if (markdownHeading.test(text)) return 'markdown'
  return 'text'
}
