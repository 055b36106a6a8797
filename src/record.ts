/**
 * The record: what jiyao emits for one document (`schema/record.schema.json`).
 *
 * Every value taken from the source keeps its place: an object has a
 * `position` for its whole span and, where it has string fields read from the
 * text, `positions` with one `Position` (or one per array entry) per field.
 */

import type {OwnerRole, Position, StatementKind} from './tree.js'

export type {Position, Point} from './tree.js'

/** The version of the record's schema; bumped on any breaking change. */
export const schemaVersion = 1

/** Where a record came from. */
export interface Source {
  /** The path as given, or null for stdin and library calls without one. */
  path: string | null
  /** The format read: plain text, Markdown, HTML, Word. */
  format: 'text' | 'markdown' | 'html' | 'docx'
  /** The character encoding the bytes were decoded with, or null for a string input. */
  encoding: string | null
  /** What positions refer to: the file itself, or text extracted from it (Word). */
  positionsRefer: 'source' | 'extracted-text'
}

/** A person named in the text. */
export interface Person {
  /** The personal name as written, without title: `王明远`. */
  name: string | null
  /** The title as written: `代市长`. */
  title: string | null
  /** The unit, when written with the person: `市交通局`. */
  unit: string | null
  /** A note such as a reason for absence (`出差`). */
  note: string | null
  position: Position
}

/**
 * A deadline: `11月底前` → 2021-11-30 (absolute), `10个工作日内` (relative:
 * counted from the meeting, or from an event with no date, `批复后30日内`),
 * `尽快` (vague), `每月10日前` (recurring: no single date).
 */
export type DueKind = 'absolute' | 'relative' | 'vague' | 'recurring' | 'ongoing'

/** A task given to a named owner. */
export interface Assignment {
  /** The owner as written: `市交通局`, `高新区和市自然资源局`, or a person's name. */
  owner: string
  /** The owners, split: `['高新区', '市自然资源局']`. */
  owners: string[]
  /** `lead` for 牵头, `support` for 配合/协助, otherwise `responsible`. */
  role: OwnerRole
  /** What must be done, as written. */
  task: string
  /** The deadline as written (`11月底前`), or null. */
  due: string | null
  /** The deadline resolved to an ISO date where it can be, or null. */
  dueDate: string | null
  /** The kind of deadline, or null when there is none. */
  dueKind: DueKind | null
  position: Position
  positions: {owner: Position; task: Position; due: Position | null}
}

/** A decision statement: `原则同意该《办法》`. */
export interface Decision {
  text: string
  /** The verb that makes it a decision: `原则同意`, `审议通过`, `决定` … */
  verb: string
  position: Position
}

/** A numbered point with its text and any deeper points. */
export interface ItemPoint {
  /** The ordinal as written: `一`, `2`, `①`. */
  ordinal: string
  /** The numbering level (see `Level` in the tree). */
  level: string
  text: string
  points: ItemPoint[]
  position: Position
}

/** An instruction statement (`会议强调…`), with the points it lists. */
export interface Instruction {
  text: string
  cue: string
  points: ItemPoint[]
  position: Position
}

/** Any cue-led statement, in order. */
export interface RecordStatement {
  kind: StatementKind
  cue: string
  text: string
  position: Position
}

/** One matter of the meeting. */
export interface RecordItem {
  /** 1-based index among the items. */
  number: number
  /** The ordinal as written (`一`), or null for an unnumbered item. */
  ordinal: string | null
  /** The heading without ordinal and trailing `。`/`：`; for an unnumbered item, its opening sentence. */
  heading: string
  /** What the meeting did with the matter: 审议, 听取, 学习 … */
  actions: string[]
  /** Titles in 《》, without the brackets. */
  documents: string[]
  /** Who reported or presented the matter, as written. */
  reporters: string[]
  statements: RecordStatement[]
  decisions: Decision[]
  instructions: Instruction[]
  assignments: Assignment[]
  /** The numbered sub-points directly under the item. */
  points: ItemPoint[]
  position: Position
  positions: {
    ordinal: Position | null
    heading: Position
    documents: Position[]
    reporters: Position[]
  }
}

/** The meeting itself. */
export interface Meeting {
  /** The title line (`…纪要`), or null. */
  title: string | null
  /**
   * The meeting as named, without 纪要: `市政府第12次常务会议`. A name that
   * names no body after the body that convenes it (`县政府召开第8次常务会议`)
   * is joined to it without the verb (`县政府第8次常务会议`), or without `于`,
   * a date and the verb (`县政府于6月3日召开第8次常务会议`); its position is
   * then the whole phrase.
   */
  name: string | null
  /** The session number: 63. */
  session: number | null
  /** The meeting's own date, `YYYY-MM-DD`, or null. */
  date: string | null
  /** 上午, 下午, 晚上 … or null. */
  timeOfDay: string | null
  chair: Person | null
  /** Those who chair with the chair, in order: `县委书记X、县长Y共同主持` → Y. */
  coChairs: Person[]
  location: string | null
  /** The matters the lead paragraph lists. */
  agenda: string[]
  attendees: Person[]
  observers: Person[]
  absentees: Person[]
  recorder: Person | null
  positions: {
    title: Position | null
    name: Position | null
    date: Position | null
    timeOfDay: Position | null
    location: Position | null
    agenda: Position[]
  }
}

/** The record of one document. */
export interface MinutesRecord {
  schemaVersion: typeof schemaVersion
  source: Source
  meeting: Meeting
  items: RecordItem[]
}
