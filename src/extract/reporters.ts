/**
 * Reporters: who reported or presented a matter.
 *
 * - `会议听取(并审议)了X关于…的汇报`, `会议审议通过了X关于…`: X, a unit or unit + person;
 * - `会议由X传达了…`, `会议由X领学…`: X, a person;
 * - `X就…进行了汇报`, `X介绍了…`, `X负责人汇报了…` at a clause start;
 * - `(主持:A 汇报:B)` trailers: B;
 * - `同意X提出的…`: X.
 *
 * A unit written with a person (`市物价局朱发荣`) reports as the unit.
 */

import type {Doc} from '../doc.js'
import {reporterFollowers} from '../lexicon.js'
import type {Position} from '../tree.js'
import {actorBefore, isName, readActor, type Actor} from './actor.js'
import {sentences, startsWithAny} from './clauses.js'
import type {Unit} from './units.js'

const hearing = ['听取并审议了', '听取并讨论了', '听取并研究了', '听取并审议', '听取并讨论', '听取了', '听取', '审议通过了', '审议并通过了', '审议了']
const presenting = ['传达学习', '传达了', '传达', '领学', '通报了', '通报', '介绍了', '介绍', '解读', '作了', '汇报了', '汇报', '说明']
const clauseFollowers = ['就', '针对', '对', '介绍', '汇报', '通报', '传达', '说明', '解读', '作了']
const reportWords = ['汇报', '介绍', '说明', '通报', '传达', '领学', '部署', '解读']
const agreeing = ['原则同意', '同意']

/** A reporter with where it is written. */
export interface Reporter {
  value: string
  position: Position
}

/**
 * Read the reporters of an item.
 *
 * @param doc
 *   The doc.
 * @param units
 *   The item's units.
 * @returns
 *   Reporters, deduplicated, in order.
 */
export function readReporters(doc: Doc, units: Unit[]): Reporter[] {
  const text = doc.norm
  const found: Actor[] = []
  const opening = units.filter((unit) => unit.kind !== 'point').slice(0, 2)

  for (const unit of units) {
    // Trailers: `(主持:A 汇报:B)`, `(汇报人:B)`.
    let index = text.indexOf('汇报', unit.start)
    while (index !== -1 && index < unit.end) {
      let cursor = index + 2
      if (text.charAt(cursor) === '人') cursor++
      if (text.charAt(cursor) === ':') {
        cursor++
        while (text.charAt(cursor) === ' ') cursor++
        let end = cursor
        while (end < unit.end && !' ),;、。'.includes(text.charAt(end))) end++
        const actor = readActor(text, cursor, end) ?? (isName(text, cursor, end) ? nameActor(cursor, end) : null)
        if (actor) found.push(actor)
      }
      index = text.indexOf('汇报', index + 2)
    }
  }

  for (const unit of units) {
    if (unit.kind === 'point') continue
    const isOpening = opening.includes(unit)
    for (const sentence of sentences(text, unit.start, unit.end)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      // `听取了X关于…`, `同意X提出的…`
      for (const cues of [hearing, agreeing]) {
        for (let at = sentence.start; at < sentence.end; at++) {
          const cue = startsWithAny(text, at, cues)
          if (!cue) continue
          const hit = actorBefore(text, at + cue.length, sentence.end, cues === agreeing ? ['提出的', '提交的', '报送的'] : reporterFollowers)
          if (hit) found.push(hit.actor)
          at += cue.length - 1
        }
      }
      // `会议由X传达了…`
      const by = sentenceText.indexOf('由')
      if (by !== -1 && sentenceText.slice(0, by).endsWith('会议')) {
        const hit = actorBefore(text, sentence.start + by + 1, sentence.end, presenting)
        if (hit) found.push(hit.actor)
      }
      // `X就…进行了汇报`, `X介绍了…` at a clause start.
      if (isOpening && reportWords.some((word) => sentenceText.includes(word))) {
        for (const clause of sentence.clauses) {
          const hit = actorBefore(text, clause.start, clause.end, clauseFollowers)
          if (hit && hit.actor.kind !== 'joint') found.push(hit.actor)
        }
      }
    }
  }

  const reporters: Reporter[] = []
  const seen = new Set<string>()
  for (const actor of found.sort((a, b) => a.value.start - b.value.start)) {
    const position = doc.normPosition(actor.value.start, actor.value.end)
    const value = doc.source.slice(position.start.offset, position.end.offset)
    if (seen.has(value)) continue
    seen.add(value)
    reporters.push({value, position})
  }
  return reporters
}

function nameActor(start: number, end: number): Actor {
  const whole = {start, end}
  return {kind: 'person', whole, value: whole, parts: [whole], name: whole, title: null, unit: null}
}
