/**
 * The assignments ledger (`jiyao tasks`): one row per assignment across
 * records, and its CSV and Markdown forms.
 */

import {departmentShortNames} from '../lexicon.js'
import type {MinutesRecord} from '../record.js'
import {oneLine} from './report.js'

/** One assignment, with the meeting and item it belongs to. */
export interface LedgerRow {
  /** The meeting's ISO date, or null. */
  date: string | null
  /** The meeting's name, or null. */
  meeting: string | null
  /** The item's ordinal as written (`三`), or null. */
  ordinal: string | null
  heading: string
  owner: string
  task: string
  /** The deadline as written, or null. */
  due: string | null
  /** The deadline as an ISO date, or null. */
  dueDate: string | null
  /** Where the assignment starts: `file:line` (`<stdin>:line` for stdin). */
  source: string
}

/** The columns, in order, as CSV and Markdown headers. */
export const ledgerColumns: Array<keyof LedgerRow> = [
  'date',
  'meeting',
  'ordinal',
  'heading',
  'owner',
  'task',
  'due',
  'dueDate',
  'source'
]

/**
 * The rows of one record, in document order.
 *
 * @param record
 *   The record.
 * @returns
 *   One row per assignment.
 */
export function ledgerRows(record: MinutesRecord): LedgerRow[] {
  const rows: LedgerRow[] = []
  for (const item of record.items) {
    for (const assignment of item.assignments) {
      rows.push({
        date: record.meeting.date,
        // One line per field: a value that runs over a line end (a hard-wrapped text) is joined.
        meeting: record.meeting.name && oneLine(record.meeting.name),
        ordinal: item.ordinal,
        heading: item.heading && oneLine(item.heading),
        owner: oneLine(assignment.owner),
        task: oneLine(assignment.task),
        due: assignment.due && oneLine(assignment.due),
        dueDate: assignment.dueDate,
        source: `${record.source.path ?? '<stdin>'}:${assignment.position.start.line}`
      })
    }
  }
  return rows
}

/**
 * Keep the rows whose owner contains `owner` (`交通局` finds `市交通局`),
 * whether either is written in full or short: `发改委` finds
 * `市发展和改革委员会`, and `住房和城乡建设局` finds `县住建局` (see
 * `departmentShortNames`).
 *
 * @param rows
 *   The rows.
 * @param owner
 *   The owner, or part of it.
 * @returns
 *   The matching rows.
 */
export function filterOwner(rows: LedgerRow[], owner: string): LedgerRow[] {
  const asked = owner.trim()
  const wanted = shortNames(asked)
  return rows.filter((row) => row.owner.includes(asked) || shortNames(row.owner).includes(wanted))
}

let fullNames: RegExp | undefined
let shortOf: Map<string, string> | undefined

/** A name with every department's full name written short: `市发展和改革委员会` → `市发改委`. */
function shortNames(name: string): string {
  if (!fullNames || !shortOf) {
    shortOf = new Map(departmentShortNames.flatMap(([short, ...full]) => full.map((long) => [long, short] as const)))
    // Longest first, so that `人民政府办公室` is read before `人民政府`.
    fullNames = new RegExp([...shortOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'g')
  }
  const table = shortOf
  return name.replace(fullNames, (long) => table.get(long) ?? long)
}

let collator: Intl.Collator | undefined

/**
 * Sort rows by meeting date (undated last), then owner (in pinyin order);
 * rows that tie keep their order (file, then place in the file).
 *
 * @param rows
 *   The rows.
 * @returns
 *   A new sorted array.
 */
export function sortRows(rows: LedgerRow[]): LedgerRow[] {
  return [...rows].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1
      if (b.date === null) return -1
      return a.date < b.date ? -1 : 1
    }
    // Made on first use: loading the collation data costs a few milliseconds.
    collator ??= new Intl.Collator('zh-Hans-CN')
    return collator.compare(a.owner, b.owner)
  })
}

/**
 * Write rows as CSV for spreadsheets: UTF-8 byte order mark (so Excel reads
 * Chinese right), CRLF line ends, fields quoted as RFC 4180 says, and cells
 * that start like a formula made text with a leading apostrophe.
 *
 * @param rows
 *   The rows.
 * @returns
 *   The CSV text, BOM first.
 */
export function toCsv(rows: LedgerRow[]): string {
  const lines = [ledgerColumns.join(',')]
  for (const row of rows) lines.push(ledgerColumns.map((column) => csvField(row[column])).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

function csvField(value: string | null): string {
  let text = value === null ? '' : String(value)
  // A cell that starts like a formula (`=`, `+`, `-`, `@`, a tab) would be run
  // by Excel: a leading apostrophe makes it text (OWASP's CSV injection advice).
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text
}

/**
 * Write rows as a Markdown table.
 *
 * @param rows
 *   The rows.
 * @returns
 *   The table.
 */
export function toMarkdownTable(rows: LedgerRow[]): string {
  const lines = [
    '| ' + ledgerColumns.join(' | ') + ' |',
    '|' + ledgerColumns.map(() => ' --- |').join('')
  ]
  for (const row of rows) {
    lines.push('| ' + ledgerColumns.map((column) => markdownCell(row[column])).join(' | ') + ' |')
  }
  return lines.join('\n') + '\n'
}

function markdownCell(value: string | null): string {
  if (value === null) return ''
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>')
}
