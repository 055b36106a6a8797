/**
 * Score jiyao records against gold annotations, as `shared/corpus/README.md`
 * ("Scoring") describes. Pure functions: no file system, no jiyao import, so
 * the eval script (`bench/eval.mjs`) and the ratchet test
 * (`test/eval.test.ts`) share them.
 *
 * A score per field is the share of checks passed. Every check is one
 * `{field, passed, doc, item, expected, actual}` object, so a failing case can
 * be printed as is (`npm run eval -- --verbose`).
 *
 * Alignment of items: the record's items and the gold items are paired by
 * order (gold item i with record item i). When the counts differ, the item
 * count check fails; gold items beyond the record's last item are scored
 * against nothing, so every check on them fails (heading, reporter recall,
 * decisions, assignments, points); record items beyond the gold's last item
 * are only counted by the item count check (they add no precision checks,
 * since there is no gold to compare their reporters with).
 */

/**
 * The fields scored, in the order the table prints them.
 *
 * @type {ReadonlyArray<string>}
 */
export const fields = [
  'meeting.name',
  'meeting.date',
  'meeting.chair',
  'items.count',
  'items.heading',
  'reporters.precision',
  'reporters.recall',
  'decisions.recall',
  'decisions.count',
  'assignments.recall',
  'assignments.due',
  'items.points'
]

/** The value gold uses for "cannot be read from the text": never scored. */
export const unknown = '?'

/**
 * Score one document.
 *
 * @param {string} doc
 *   The document's name, for reports (`dev/gov-01-fenghua-35`).
 * @param {import('./score.d.mts').ScoredRecord} record
 *   What jiyao made of the text.
 * @param {import('./score.d.mts').Gold} gold
 *   The gold annotation.
 * @returns {import('./score.d.mts').Check[]}
 *   Every check made, passed or not.
 */
export function scoreDocument(doc, record, gold) {
  /** @type {import('./score.d.mts').Check[]} */
  const checks = []
  const meeting = gold.meeting ?? {}
  const add = (field, item, passed, expected, actual) =>
    checks.push({field, doc, item, passed, expected, actual})

  if (meeting.name !== unknown && meeting.name !== undefined) {
    const actual = record.meeting.name ?? null
    add('meeting.name', null, actual === meeting.name, meeting.name, actual)
  }

  if (meeting.date !== unknown && meeting.date !== undefined) {
    const actual = record.meeting.date ?? null
    add('meeting.date', null, actual === meeting.date, meeting.date, actual)
  }

  if (meeting.chair !== unknown && meeting.chair !== undefined) {
    const actual = record.meeting.chair?.name ?? null
    add('meeting.chair', null, actual === meeting.chair, meeting.chair, actual)
  }

  if (gold.skip_items === true || !Array.isArray(gold.items)) return checks

  add('items.count', null, record.items.length === gold.items.length, gold.items.length, record.items.length)

  for (const [index, goldItem] of gold.items.entries()) {
    const item = record.items[index]
    for (const check of scoreItem(goldItem, item)) {
      add(check.field, index + 1, check.passed, check.expected, check.actual)
    }
  }

  return checks
}

/**
 * Score one gold item against the record item paired with it.
 *
 * @param {import('./score.d.mts').GoldItem} gold
 * @param {import('./score.d.mts').ScoredItem | undefined} item
 *   The record item at the same place, or undefined when the record has fewer items.
 * @returns {Array<{field: string, passed: boolean, expected: unknown, actual: unknown}>}
 */
export function scoreItem(gold, item) {
  /** @type {Array<{field: string, passed: boolean, expected: unknown, actual: unknown}>} */
  const checks = []
  const add = (field, passed, expected, actual) => checks.push({field, passed, expected, actual})

  // Headings: exact for numbered items, containment for unnumbered ones.
  if (typeof gold.heading === 'string') {
    const actual = item?.heading ?? null
    add('items.heading', actual === gold.heading, gold.heading, actual)
  } else if (typeof gold.heading_contains === 'string') {
    const actual = item?.heading ?? null
    add('items.heading', actual !== null && actual.includes(gold.heading_contains), {contains: gold.heading_contains}, actual)
  }

  // Reporters: exact strings, matched one to one (a multiset).
  if (Array.isArray(gold.reporters)) {
    const actual = item?.reporters ?? []
    const unmatchedActual = [...actual]
    for (const reporter of gold.reporters) {
      const at = unmatchedActual.indexOf(reporter)
      if (at !== -1) unmatchedActual.splice(at, 1)
      add('reporters.recall', at !== -1, reporter, actual)
    }

    const unmatchedGold = [...gold.reporters]
    for (const reporter of actual) {
      const at = unmatchedGold.indexOf(reporter)
      if (at !== -1) unmatchedGold.splice(at, 1)
      add('reporters.precision', at !== -1, gold.reporters, reporter)
    }
  }

  // Decisions: each gold substring inside one of the decisions, and as many decisions.
  if (Array.isArray(gold.decisions)) {
    const texts = (item?.decisions ?? []).map((decision) => decision.text)
    for (const substring of gold.decisions) {
      add('decisions.recall', texts.some((text) => text.includes(substring)), {contains: substring}, texts)
    }

    add('decisions.count', item !== undefined && texts.length === gold.decisions.length, gold.decisions.length, item ? texts.length : null)
  }

  // Assignments: one record assignment per gold one (first unused that fits),
  // owner equal to the gold owner (or one of the split owners), task containing
  // the gold substring. The deadline is checked on the matched ones only.
  if (Array.isArray(gold.assignments)) {
    const actual = item?.assignments ?? []
    const used = new Set()
    for (const expected of gold.assignments) {
      const at = actual.findIndex(
        (assignment, index) =>
          !used.has(index) &&
          (assignment.owner === expected.owner || (assignment.owners ?? []).includes(expected.owner)) &&
          assignment.task.includes(expected.contains)
      )
      const summary = actual.map((assignment) => ({owner: assignment.owner, task: assignment.task, due: assignment.due}))
      add('assignments.recall', at !== -1, {owner: expected.owner, contains: expected.contains}, summary)
      if (at === -1) continue
      used.add(at)
      if (expected.due === unknown || expected.due === undefined) continue
      const due = actual[at].due ?? null
      // Gold `due: null` says the text gives no deadline: the record must give none.
      const passed = expected.due === null ? due === null : due !== null && due.includes(expected.due)
      add('assignments.due', passed, expected.due === null ? null : {contains: expected.due}, due)
    }
  }

  if (typeof gold.points === 'number') {
    const actual = item ? item.points.length : null
    add('items.points', actual === gold.points, gold.points, actual)
  }

  return checks
}

/**
 * Sum checks up per field.
 *
 * @param {ReadonlyArray<import('./score.d.mts').Check>} checks
 * @returns {Record<string, import('./score.d.mts').FieldScore>}
 *   For every field in `fields`: passed, n, and score (passed / n, or null when n is 0).
 */
export function summarize(checks) {
  /** @type {Record<string, import('./score.d.mts').FieldScore>} */
  const summary = {}
  for (const field of fields) summary[field] = {passed: 0, n: 0, score: null}
  for (const check of checks) {
    const entry = summary[check.field]
    entry.n++
    if (check.passed) entry.passed++
  }

  for (const entry of Object.values(summary)) entry.score = entry.n === 0 ? null : entry.passed / entry.n
  return summary
}
