import type {MinutesRecord} from '../record.js'

/**
 * Serialize a record as JSON: two-space indent, keys in the record's order,
 * a final newline.
 *
 * @param record
 *   The record.
 * @returns
 *   JSON text.
 */
export function toJson(record: MinutesRecord): string {
  return JSON.stringify(record, null, 2) + '\n'
}
