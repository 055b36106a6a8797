import {Document, isMap, isPair, isScalar, isSeq, visit} from 'yaml'
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
  // YAML 1.1 rules for plain scalars: strings such as `2021-11-01` are quoted,
  // so that YAML 1.1 readers (PyYAML) do not turn them into dates. A position
  // shared by two values is written twice, never as an anchor and alias.
  const doc = new Document(record, {version: '1.1', aliasDuplicateObjects: false})
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return
      const key = String(pair.key.value)
      if (positionKeys.has(key) && isMap(pair.value)) pair.value.flow = true
      // Inside `positions`, every value is a position or a list of them.
      if (key === 'positions' && isMap(pair.value)) {
        for (const entry of pair.value.items) {
          const value = entry.value
          if (isMap(value)) value.flow = true
          else if (isSeq(value)) for (const position of value.items) if (isMap(position)) position.flow = true
        }
      }
    }
  })
  return doc.toString({lineWidth: 0, minContentWidth: 0})
}
