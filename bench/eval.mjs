#!/usr/bin/env node
/**
 * `npm run eval`: score jiyao (the built `dist/`) against every `*.gold.yaml`
 * of the corpus and print one row per field.
 *
 * Usage: `node bench/eval.mjs [--verbose] [--json] [--raise-floor]`
 *   --verbose      list every failing check under the table
 *   --json         print the summary as JSON instead of a table
 *   --raise-floor  raise the floors in `bench/eval-floor.json` (the ratchet
 *                  `test/eval.test.ts` checks) to the scores reached; never lowers one
 */

import fs from 'node:fs'
import {parseMinutes} from '../dist/index.js'
import {readCorpus, corpusDir} from './corpus.mjs'
import {fields, scoreDocument, summarize} from './score.mjs'

/** The bar: every field on the dev corpus. */
const bar = 0.95

// `npm run eval -- --verbose | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE') process.exitCode = 0
  else throw error
})

const args = new Set(process.argv.slice(2))
const verbose = args.has('--verbose') || args.has('-v')
const asJson = args.has('--json')
const raiseFloor = args.has('--raise-floor')
const floorFile = new URL('eval-floor.json', import.meta.url)

const documents = readCorpus().filter((document) => document.gold !== null)
/** @type {Record<string, import('./score.d.mts').Check[]>} */
const checksBySet = {all: []}
for (const document of documents) {
  const record = parseMinutes(document.text, {path: document.textPath})
  // The gold's shape is checked by the scorer field by field.
  const checks = scoreDocument(document.id, record, /** @type {import('./score.d.mts').Gold} */ (document.gold))
  checksBySet[document.set] ??= []
  checksBySet[document.set].push(...checks)
  checksBySet.all.push(...checks)
}

const sets = Object.keys(checksBySet).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1))
const summaries = Object.fromEntries(sets.map((set) => [set, summarize(checksBySet[set])]))

if (asJson) {
  process.stdout.write(JSON.stringify({corpus: corpusDir(), documents: documents.length, summaries}, null, 2) + '\n')
} else {
  const header = ['field', ...sets.flatMap((set) => [set, 'n']), `dev ≥ ${bar}`]
  const rows = fields.map((field) => {
    const dev = summaries.dev?.[field]
    const verdict = !dev || dev.score === null ? '-' : dev.score >= bar ? 'PASS' : 'FAIL'
    return [
      field,
      ...sets.flatMap((set) => {
        const entry = summaries[set][field]
        return [entry.score === null ? '-' : entry.score.toFixed(3), `${entry.passed}/${entry.n}`]
      }),
      verdict
    ]
  })
  process.stdout.write(`jiyao eval: ${documents.length} gold documents in ${corpusDir()}\n\n`)
  process.stdout.write(table([header, ...rows]))

  if (verbose) {
    const failing = checksBySet.all.filter((check) => !check.passed)
    process.stdout.write(`\n${failing.length} failing checks:\n`)
    for (const check of failing) {
      const where = check.item === null ? check.doc : `${check.doc} item ${check.item}`
      process.stdout.write(
        `  ${check.field.padEnd(20)} ${where}\n      expected ${JSON.stringify(check.expected)}\n      got      ${JSON.stringify(check.actual)}\n`
      )
    }
  }
}

if (raiseFloor) {
  /** @type {Record<string, Record<string, number>>} */
  const floors = fs.existsSync(floorFile) ? JSON.parse(fs.readFileSync(floorFile, 'utf8')) : {}
  for (const set of sets.filter((set) => set !== 'all')) {
    floors[set] ??= {}
    for (const field of fields) {
      const score = summaries[set][field].score ?? 0
      // Three decimals, rounded down, so that the same run passes its own floor.
      floors[set][field] = Math.max(floors[set][field] ?? 0, Math.floor(score * 1000 + 1e-9) / 1000)
    }
  }

  fs.writeFileSync(floorFile, JSON.stringify(floors, null, 2) + '\n')
  process.stderr.write(`floors written to bench/eval-floor.json\n`)
}

/**
 * Lay rows out as a plain-text table, first row as header.
 *
 * @param {string[][]} rows
 * @returns {string}
 */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n'
}
