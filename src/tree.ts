/**
 * The minutes syntax tree: a unist tree with a `position` on every node.
 *
 * Offsets are UTF-16 code units from 0, lines and columns from 1, `end` is
 * the first character after the node, so that for every node
 * `text.slice(position.start.offset, position.end.offset)` is its source.
 */

/** One place in the source text (unist `Point`). */
export interface Point {
  /** Line, from 1. */
  line: number
  /** Column, from 1, in UTF-16 code units. */
  column: number
  /** Offset from the start of the text, from 0, in UTF-16 code units. */
  offset: number
}

/** A span of the source text (unist `Position`). */
export interface Position {
  start: Point
  end: Point
}

/** Fields every node has. */
export interface NodeBase {
  type: string
  position: Position
}

/** The numbering levels of GB/T 9704-2012 §7.3.3, plus the common extras. */
export type Level =
  /** `一、` `十一、` `议题一：` */
  | 'section'
  /** `（一）` `(一)` */
  | 'subsection'
  /** `1.` `1、` `1．` */
  | 'arabic'
  /** `（1）` `(1)` */
  | 'paren-arabic'
  /** `①` */
  | 'circled'
  /** `一是…` `一要…` `第一，…` `首先…其次…` */
  | 'enumeration'

/** A numbering marker such as `（二）`, as written. */
export interface Marker extends NodeBase {
  type: 'marker'
  level: Level
  /** The ordinal as written, without brackets or punctuation: `二`, `3`, `①`, `一是` → `一`. */
  ordinal: string
  /** The ordinal as a number: `二` → 2. */
  number: number
  /** The marker text as written, e.g. `（二）` or `一是`. */
  value: string
}

/** Running text. */
export interface Text extends NodeBase {
  type: 'text'
  value: string
}

/** The kinds of cue-led statement (see `lexicon.ts`). */
export type StatementKind = 'report' | 'opinion' | 'instruction' | 'decision' | 'assignment'

/**
 * A stretch of a paragraph led by a cue such as `会议强调` or `原则同意`,
 * running to the next cue or the end of the paragraph.
 */
export interface Statement extends NodeBase {
  type: 'statement'
  kind: StatementKind
  /** The cue as written, e.g. `会议强调`. */
  cue: string
  /** Position of the cue. */
  cuePosition: Position
  children: Array<Text | List>
}

/** A numbered point: the marker, its text, and any deeper list. */
export interface ListItem extends NodeBase {
  type: 'point'
  marker: Marker
  children: Array<Text | Statement | List>
}

/** A run of points of one level that continue one sequence. */
export interface List extends NodeBase {
  type: 'list'
  level: Level
  /** Whether the points stand inside a paragraph (`（一）…。（二）…` on one line). */
  inline: boolean
  children: ListItem[]
}

/** A paragraph: one line of the source (trimmed), split into statements. */
export interface Paragraph extends NodeBase {
  type: 'paragraph'
  children: Array<Text | Statement | List>
}

/** Kinds of line that carry no content of the minutes. */
export type NoiseKind =
  | 'metadata'
  | 'publication-date'
  | 'document-number'
  | 'byline'
  | 'breadcrumb'
  | 'label'
  | 'signature'
  | 'distribution'
  | 'attachment'
  | 'note'
  | 'page'
  | 'advert'

/** A line of page noise or document furniture, kept out of the record. */
export interface Noise extends NodeBase {
  type: 'noise'
  kind: NoiseKind
  value: string
}

/** The title line (`…会议纪要`). */
export interface Title extends NodeBase {
  type: 'title'
  value: string
}

/** Roles in an attendance block. */
export type AttendanceRole = 'attendees' | 'observers' | 'absentees' | 'recorder'

/** An attendance block: `出席：…`, `列席：…`, `请假：…`, `记录：…`. */
export interface Attendance extends NodeBase {
  type: 'attendance'
  role: AttendanceRole
  /** The label as written, e.g. `参 会`. */
  label: string
  children: Text[]
}

/** Everything before the first item. */
export interface Preamble extends NodeBase {
  type: 'preamble'
  children: Array<Title | Noise | Attendance | Paragraph>
}

/** The heading of a numbered item: the text after the marker, up to its end. */
export interface Heading extends NodeBase {
  type: 'heading'
  value: string
}

/**
 * An owner's part in a task: `responsible` (`由X负责`), `lead` (`X牵头`) or
 * `support` (`Y配合`), as a record's assignment and a table's owner column give it.
 */
export type OwnerRole = 'responsible' | 'lead' | 'support'

/** One matter of the meeting: a level-1 section, or a paragraph that opens a matter. */
export interface Item extends NodeBase {
  type: 'item'
  /** The level-1 marker, or null for an unnumbered item. */
  marker: Marker | null
  /** The heading, or null for an unnumbered item without a heading line. */
  heading: Heading | null
  /**
   * An item that is a row of an agenda table (`议题 | 汇报单位 | 会议意见`):
   * the row's cell that names who presented the matter, where it has one.
   */
  reporter?: Text
  /**
   * An item that is a row of an agenda table with task columns
   * (`… | 会议意见 | 责任单位 | 完成时限`): the owner cells, each with the role
   * its column gives (`牵头单位` lead, `配合单位` support).
   */
  owners?: Array<{role: OwnerRole; cell: Text}>
  /** The row's deadline cell, with `owners`. */
  due?: Text
  children: Array<Paragraph | List | Attendance | Noise>
}

/** Lines after the items that are not part of them: signature, distribution, attendance. */
export interface Closing extends NodeBase {
  type: 'closing'
  children: Array<Noise | Attendance | Paragraph>
}

/** The root of a minutes tree. */
export interface Root extends NodeBase {
  type: 'root'
  children: Array<Preamble | Item | Closing>
}

/** Any node of the minutes tree. */
export type Node =
  | Root
  | Preamble
  | Item
  | Closing
  | Heading
  | Title
  | Noise
  | Attendance
  | Paragraph
  | Statement
  | List
  | ListItem
  | Marker
  | Text

/** Any node with children. */
export type Parent = Extract<Node, {children: unknown[]}>
