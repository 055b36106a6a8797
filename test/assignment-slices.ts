import {expect} from 'vitest'
import type {Assignment} from '../src/record.js'

/**
 * Expect each assignment's owner, task and deadline to be what their
 * positions slice from the text.
 *
 * @param text
 *   The source text.
 * @param assignments
 *   The assignments read from it.
 */
export function expectSlices(text: string, assignments: Assignment[]): void {
  for (const assignment of assignments) {
    const {owner, task, due} = assignment.positions
    expect(text.slice(owner.start.offset, owner.end.offset)).toBe(assignment.owner)
    expect(text.slice(task.start.offset, task.end.offset)).toBe(assignment.task)
    if (due) expect(text.slice(due.start.offset, due.end.offset)).toBe(assignment.due)
    else expect(assignment.due).toBeNull()
  }
}
