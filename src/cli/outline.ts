/**
 * The outline `jiyao show` prints for people: the meeting on one line, then
 * each item with its reporters, decisions, instructions and assignments,
 * labelled by kind and wrapped to the terminal with wide characters counted
 * as two columns.
 */

import type {MinutesRecord, RecordItem} from '../record.js'
import type {WidthOf} from './report.js'
import {oneLine, pad} from './report.js'

/** The few styles the outline uses (a `Chalk` instance fits). */
export interface Styles {
  bold(text: string): string
  dim(text: string): string
  green(text: string): string
  yellow(text: string): string
  cyan(text: string): string
  magenta(text: string): string
}

/** Options of `renderOutline`. */
export interface OutlineOptions {
  styles: Styles
  widthOf: WidthOf
  /** Terminal width to wrap to. */
  columns: number
}

/** Labels of the kinds, all two wide characters so they line up. */
const labels = {reporter: '汇报', decision: '决定', instruction: '要求', assignment: '交办', due: '期限'}

const indent = '    '

const closing = new Set([...'，。、；：？！）》」』】〕”’,.;:?!)'])

/**
 * Render a record as an outline.
 *
 * @param record
 *   The record.
 * @param options
 *   Styles, width function, terminal width.
 * @returns
 *   The outline, ending in a newline.
 */
export function renderOutline(record: MinutesRecord, options: OutlineOptions): string {
  const {styles} = options
  const meeting = record.meeting
  const facts: string[] = []
  facts.push(styles.bold(meeting.name ?? meeting.title ?? '(meeting not named)'))
  if (meeting.date) facts.push(meeting.date + (meeting.timeOfDay ? ' ' + meeting.timeOfDay : ''))
  if (meeting.chair) {
    // Joint chairs (`X、Y共同主持`) in order, each as name and title.
    const chair = [meeting.chair, ...meeting.coChairs]
      .map((person) => [person.name, person.title].filter(Boolean).join(' '))
      .filter(Boolean)
      .join('、')
    if (chair) facts.push('主持 ' + chair)
  }
  if (meeting.location) facts.push(meeting.location)
  const lines = [facts.join(styles.dim(' · ')), styles.dim(record.source.path ?? '<stdin>')]
  if (record.items.length === 0) lines.push('', styles.dim('(no items found)'))
  for (const item of record.items) {
    lines.push('', styles.bold(itemLabel(item) + oneLine(item.heading)))
    for (const line of itemLines(item, options)) lines.push(line)
  }
  return lines.join('\n') + '\n'
}

function itemLabel(item: RecordItem): string {
  return item.ordinal ? item.ordinal + '、' : `(${item.number}) `
}

function itemLines(item: RecordItem, options: OutlineOptions): string[] {
  const {styles, widthOf, columns} = options
  const lines: string[] = []
  const entry = (label: string, text: string, most = Number.POSITIVE_INFINITY): void => {
    const head = indent + label + '  '
    let wrapped = wrap(text, widthOf(head), columns, widthOf)
    if (wrapped.length > most) wrapped = [...wrapped.slice(0, most - 1), wrapped[most - 1].replace(/.$/u, '…')]
    for (const [index, line] of wrapped.entries()) lines.push((index === 0 ? head : ' '.repeat(widthOf(head))) + line)
  }
  if (item.reporters.length > 0) entry(styles.dim(labels.reporter), oneLine(item.reporters.join('、')))
  for (const decision of item.decisions) entry(styles.green(labels.decision), oneLine(decision.text))
  // Instructions run to paragraphs; the outline gives their start.
  for (const instruction of item.instructions) entry(styles.yellow(labels.instruction), oneLine(instruction.text), 2)
  // Owners padded to one width so the tasks start in one column.
  const ownerWidth = Math.max(0, ...item.assignments.map((assignment) => widthOf(oneLine(assignment.owner))))
  for (const assignment of item.assignments) {
    // (A no-break space: the label stays on the line of its deadline.)
    const due = assignment.due ? '  ' + styles.magenta(labels.due + '\u00A0' + oneLine(assignment.due)) : ''
    entry(styles.cyan(labels.assignment), pad(oneLine(assignment.owner), ownerWidth, widthOf) + '  ' + oneLine(assignment.task) + due)
  }
  return lines
}

/**
 * Break text into lines that fit after a hanging indent; wide characters
 * count two columns. Styled text is measured by its visible width.
 */
function wrap(text: string, start: number, columns: number, widthOf: WidthOf): string[] {
  const room = Math.max(20, columns - start)
  if (widthOf(text) <= room) return [text.replaceAll('\u00A0', ' ')]
  const lines: string[] = []
  let line = ''
  let width = 0
  // Escape sequences (colour) are kept whole and take no room; so are words joined by a no-break
  // space (a label and its value) and runs of digits and Latin letters (`12`, `2024-05-20`, `1.8`).
  for (const [part] of text.matchAll(/\u001B\[[\d;]*m|[^\s\u001B]+(?:\u00A0[^\s\u001B]+)+|[\dA-Za-z]+(?:[.:/-][\dA-Za-z]+)*|[\s\S]/gu)) {
    const partWidth = part.startsWith('\u001B') ? 0 : widthOf(part)
    // Closing punctuation never starts a line (it hangs past the edge instead).
    if (width + partWidth > room && line !== '' && !closing.has(part)) {
      lines.push(line.trimEnd())
      line = ''
      width = 0
    }
    // Nor do the spaces a line breaks at.
    if (line === '' && lines.length > 0 && part === ' ') continue
    line += part
    width += partWidth
  }
  if (line) lines.push(line)
  return lines.map((each) => each.replaceAll('\u00A0', ' '))
}
