import type {DueKind} from '../record.js'

/** A deadline found in a task. */
export interface Due {
  /** Offsets of the phrase as written, relative to the searched text. */
  start: number
  end: number
  /** ISO date where it resolves, else null. */
  date: string | null
  kind: DueKind
}

/**
 * Find the deadline in a task: `11月底前`, `于7月17日前`, `年底前`, `尽快` …
 *
 * @param task
 *   The task text.
 * @param meetingDate
 *   The meeting's ISO date, to resolve relative and partial dates against.
 * @returns
 *   The deadline, or null.
 */
export function findDue(task: string, meetingDate: string | null): Due | null {
  void task
  void meetingDate
  return null
}
