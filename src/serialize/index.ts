import type {MinutesRecord} from '../record.js'
import {toJson} from './json.js'
import {toYaml} from './yaml.js'

export {toJson} from './json.js'
export {toYaml} from './yaml.js'

/** Output formats of a single record. */
export type Format = 'yaml' | 'json'

/**
 * Serialize a record.
 *
 * @param record
 *   The record.
 * @param format
 *   `yaml` (default) or `json`.
 * @returns
 *   The text, ending in a newline.
 */
export function serialize(record: MinutesRecord, format: Format = 'yaml'): string {
  return format === 'json' ? toJson(record) : toYaml(record)
}
