/**
 * Diagnostics for people, on stderr: `file:line:column  warning  reason
 * rule-id`, columns aligned by display width so Chinese text lines up.
 */

import type {Message} from '../message.js'
import {isPageNumber} from '../parse/line.js'

/** Display width of a string in a terminal (`string-width`). */
export type WidthOf = (text: string) => number

/**
 * Format the messages of one file, one line each, aligned.
 *
 * @param file
 *   The path to show (`<stdin>` for standard input).
 * @param messages
 *   The file's messages.
 * @param widthOf
 *   Display width of a string.
 * @returns
 *   The lines, each ending in a newline.
 */
export function formatMessages(file: string, messages: Message[], widthOf: WidthOf): string {
  const rows = messages.map((message) => [
    `${file}:${message.place.start.line}:${message.place.start.column}`,
    message.severity,
    message.reason,
    message.ruleId
  ])
  return formatRows(rows, widthOf)
}

/**
 * Format the failure of one input: `file  error  reason`.
 *
 * @param file
 *   The path to show.
 * @param reason
 *   Why it failed.
 * @returns
 *   The line, ending in a newline.
 */
export function formatFailure(file: string, reason: string): string {
  return `${file}  error  ${reason}\n`
}

/**
 * Format the summary of a batch: `3 files, 2 warnings, 1 failed`.
 *
 * @param files
 *   Inputs seen.
 * @param warnings
 *   Messages reported.
 * @param failed
 *   Inputs that could not be processed.
 * @returns
 *   The line, ending in a newline.
 */
export function formatSummary(files: number, warnings: number, failed: number): string {
  return `${files} ${files === 1 ? 'file' : 'files'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${failed} failed\n`
}

function formatRows(rows: string[][], widthOf: WidthOf): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, widthOf(cell))
    })
  }
  return rows
    .map((row) =>
      row.map((cell, index) => (index === row.length - 1 ? cell : pad(cell, widths[index], widthOf))).join('  ') + '\n'
    )
    .join('')
}

/**
 * Pad text with spaces to a display width.
 *
 * @param text
 *   The text.
 * @param width
 *   The width wanted.
 * @param widthOf
 *   Display width of a string.
 * @returns
 *   The padded text.
 */
export function pad(text: string, width: number, widthOf: WidthOf): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)))
}

/**
 * A value on one line: the line ends a value runs over (a point continued on
 * the next line, a hard-wrapped text) are dropped with the white space
 * around them, as the text reads without them (Chinese puts no space there),
 * and so is a page number it runs over (`— 2 —`).
 *
 * @param text
 *   A value.
 * @returns
 *   The value without line ends.
 */
export function oneLine(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text
  let result = ''
  for (const line of text.split(/\r\n?|\n/)) {
    // A loop, not a pattern, to trim: `[ ]+$` retried at every space of a long run is quadratic.
    let start = 0
    let end = line.length
    while (start < end && isGap(line.charCodeAt(start))) start++
    while (end > start && isGap(line.charCodeAt(end - 1))) end--
    const part = line.slice(start, end)
    if (part !== '' && !isPageNumber(part)) result += part
  }
  return result
}

function isGap(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000
}
