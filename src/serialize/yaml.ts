import {Document, isMap, isPair, isScalar, visit} from 'yaml'
import type {MinutesRecord} from '../record.js'

/** Keys whose values are positions: written on one line each. */
const positionKeys = new Set(['position', 'cuePosition', 'place'])

/**
 * Serialize a record as YAML: block style, keys in the record's order,
 * positions in flow style on one line, no line folding.
 *
 * @param record
 *   The record.
 * @returns
 *   YAML text.
 */
export function toYaml(record: MinutesRecord): string {
  const doc = new Document(record)
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return
      const key = String(pair.key.value)
      if (positionKeys.has(key) && isMap(pair.value)) pair.value.flow = true
      // Inside `positions`, every value is a position or a list of them.
      if (key === 'positions' && isMap(pair.value)) {
        for (const entry of pair.value.items) {
          const value = entry.value
          if (value && typeof value === 'object' && 'flow' in value) value.flow = true
        }
      }
    }
  })
  return doc.toString({lineWidth: 0, minContentWidth: 0})
}
