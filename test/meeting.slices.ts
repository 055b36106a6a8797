import {expect} from 'vitest'
import type {Meeting, Position} from '../src/record.js'

/**
 * Check that every positioned value of a meeting slices back out of its
 * text: title, name, time of day, location, agenda, and persons (a named
 * person is placed on the name; a group or a title alone on the whole entry).
 *
 * @param meeting
 *   The meeting.
 * @param text
 *   The text it was read from.
 */
export function expectSlicesBack(meeting: Meeting, text: string): void {
  const slice = (position: Position | null) => (position ? text.slice(position.start.offset, position.end.offset) : null)
  expect(slice(meeting.positions.title)).toBe(meeting.title)
  // A name joined to its body over the convening verb (`县政府召开第8次常务会议`) is its place without the verb.
  const name = slice(meeting.positions.name)
  expect([name, name?.replace(/召开|举行/, '')]).toContain(meeting.name)
  expect(slice(meeting.positions.timeOfDay)).toBe(meeting.timeOfDay)
  expect(slice(meeting.positions.location)).toBe(meeting.location)
  expect(meeting.positions.agenda.map(slice)).toEqual(meeting.agenda)
  for (const person of [meeting.chair, ...meeting.coChairs, meeting.recorder, ...meeting.attendees, ...meeting.observers, ...meeting.absentees]) {
    if (!person) continue
    if (person.name) expect(slice(person.position)).toBe(person.name)
    else {
      expect(slice(person.position)).toContain(person.unit ?? '')
      expect(slice(person.position)).toContain(person.title ?? '')
    }
  }
  expect(JSON.parse(JSON.stringify(meeting))).toEqual(meeting)
}
