/**
 * Read every text of the corpus and of `fixtures/` again in the forms
 * copies of minutes take (every line break lost, Windows line ends,
 * indents of no-break spaces, full-width digits, ASCII punctuation, a
 * paragraph broken under its indent …) and count the texts whose reading
 * differs from the original's: meeting name, date, chair and attendees,
 * and per item its ordinal, heading, reporters, decisions, points and
 * owners with deadlines. Values are compared with white space taken out,
 * since a value keeps the line ends and indents it runs over.
 *
 * With `--gold`, each text that has a gold annotation is also scored
 * against it as it is and in each form (values with white space taken out,
 * traditional characters read as simplified), and the checks a form loses
 * are counted: what a copy's form costs, not only that it reads otherwise.
 *
 *     npm run build && node bench/forms.mjs              # every form
 *     node bench/forms.mjs flattened --show 5            # one form, the first differences
 *     node bench/forms.mjs --gold                        # and the checks each form loses
 */

import fs from 'node:fs'
import path from 'node:path'
import {parseMinutes} from '../dist/index.js'
import {simplifiedCharacters, traditionalCharacters} from '../dist/traditional.js'
import {parse} from 'yaml'
import {corpusDir, repoRoot} from './corpus.mjs'
import {scoreDocument} from './score.mjs'

const fullWidth = (text) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
const ascii = {'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?'}

// Simplified → traditional, the first traditional form of each (a mirror site's conversion), and back.
const toTraditional = new Map()
const toSimplified = new Map()
for (let index = 0; index < traditionalCharacters.length; index++) {
  const simplified = simplifiedCharacters[index]
  if (!toTraditional.has(simplified)) toTraditional.set(simplified, traditionalCharacters[index])
  toSimplified.set(traditionalCharacters[index], simplified)
}
const traditional = (text) => text.replace(/[\u3400-\u9fff]/g, (character) => toTraditional.get(character) ?? character)

// A stored page cut at a byte cap (the corpus keeps about 2,000 bytes of UTF-8), wherever it falls.
const cutAt = 2000
const cut = (text) => {
  const bytes = Buffer.from(text)
  return bytes.length <= cutAt ? text : bytes.subarray(0, cutAt).toString('utf8').replace(/\ufffd$/, '')
}

/** The forms: a name and what it does to a text. */
const forms = {
  flattened: (text) => text.replace(/\s*\r?\n\s*/g, ''),
  // Every line break lost, each paragraph's indent kept (two ideographic spaces), as a page scraped without its breaks has it.
  'flattened-indents': (text) => text.replace(/\r?\n[ \t]*(?=\u3000)/g, '').replace(/\r?\n/g, '\u3000\u3000'),
  crlf: (text) => text.replace(/\r?\n/g, '\r\n'),
  'nbsp-indent': (text) => text.replace(/\n(?=\S)/g, '\n\u00a0\u00a0\u00a0\u00a0'),
  'blank-lines': (text) => text.replace(/\n/g, '\n\n'),
  'full-width-digits': fullWidth,
  'ascii-punctuation': (text) => text.replace(/[，：；（）！？]/g, (character) => ascii[character]),
  'zero-width-spaces': (text) => text.replace(/(?<=[\u4e00-\u9fff]{7})(?=[\u4e00-\u9fff])/g, '\u200b'),
  // Sections numbered `一.` for `一、`, as ASCII copies write them.
  'section-dot': (text) => text.replace(/^([\u3000 ]*[一二三四五六七八九十]{1,3})、/gm, '$1.'),
  // Spaces left at the end of every line, as web copies (and Markdown's line breaks) have them.
  'trailing-spaces': (text) => text.replace(/\r?\n/g, '  \n'),
  // A mirror site's copy in traditional characters (values compared in simplified).
  traditional,
  // Spaces set between ideographs and digits, as portals and reposts typeset them (`2024 年 5 月 6 日`, `第 35 次`).
  'spaced-digits': (text) => text.replace(/(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fff])/g, ' '),
  // Cut at 2,000 bytes: the items before the last one the cut leaves must read as in the whole text.
  cut
}

const args = process.argv.slice(2)
const showAt = args.indexOf('--show')
const show = showAt === -1 ? 0 : Number(args[showAt + 1])
const only = args.filter((arg, index) => !arg.startsWith("--") && (showAt === -1 || index !== showAt + 1))
const withGold = args.includes('--gold')

/** Every `.txt` under a folder. */
function texts(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name))
}

const files = [...texts(corpusDir()), ...texts(path.join(repoRoot, 'fixtures'))]
const squash = (value) => (value === null || value === undefined ? null : fullWidthBack(String(value).replace(/[\s\u200b]+/g, '')))
// Digits and punctuation compared as the normalized view sees them.
const fullWidthBack = (value) =>
  value.replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)).replace(/[\u3400-\u9fff]/g, (character) => toSimplified.get(character) ?? character)

/** What should not change from form to form. */
function reading(text) {
  const record = parseMinutes(text)
  const person = (each) => squash(each.name ?? each.unit)
  return {
    meeting: [squash(record.meeting.name), record.meeting.date, squash(record.meeting.chair?.name)],
    attendees: record.meeting.attendees.map(person),
    items: record.items.map((item) => [
      item.ordinal,
      squash(item.heading),
      item.reporters.map(squash),
      item.decisions.map((decision) => squash(decision.text)),
      item.points.length,
      item.assignments.map((each) => [squash(each.owner), squash(each.due)])
    ])
  }
}

/** Every string of a value with white space taken out, as `squash` does (a gold, or the parts of a record the scorer reads). */
const squashed = (value) =>
  typeof value === 'string' ? squash(value) : Array.isArray(value) ? value.map(squashed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, each]) => [key, squashed(each)])) : value

/** The checks of a text's reading against its gold that fail, by field, item and what was expected. */
function failing(text, gold) {
  const record = parseMinutes(text)
  const scored = squashed({
    meeting: {name: record.meeting.name, date: record.meeting.date, chair: record.meeting.chair && {name: record.meeting.chair.name}},
    items: record.items.map((item) => ({
      heading: item.heading,
      reporters: item.reporters,
      decisions: item.decisions.map((decision) => ({text: decision.text})),
      assignments: item.assignments.map((each) => ({owner: each.owner, owners: each.owners, task: each.task, due: each.due})),
      points: item.points
    }))
  })
  return new Set(scoreDocument('', scored, gold).filter((check) => !check.passed).map((check) => `${check.field} ${check.item} ${JSON.stringify(check.expected)}`))
}

const originals = files.map((file) => {
  const text = fs.readFileSync(file, 'utf8')
  const read = reading(text)
  const goldFile = file.replace(/\.txt$/, '.gold.yaml')
  const gold = withGold && fs.existsSync(goldFile) ? squashed(parse(fs.readFileSync(goldFile, 'utf8'))) : null
  return {file, text, read, reading: JSON.stringify(read), gold, failing: gold ? failing(text, gold) : null}
})
const golds = originals.filter((original) => original.gold).length

console.log(`jiyao forms: ${originals.length} texts (corpus and fixtures), each read in each form and compared with its original's reading\n`)
console.log('form                 differ   of' + (withGold ? `  against the ${golds} golds: texts that lose checks, checks lost` : ''))
console.log('-------------------  ------  ---' + (withGold ? '  -----------------------------------------------------------' : ''))
for (const [name, make] of Object.entries(forms)) {
  if (only.length > 0 && !only.includes(name)) continue
  let differ = 0
  let losing = 0
  let lost = 0
  for (const original of originals) {
    const copy = make(original.text)
    // (A cut text loses what the cut took: not scored.)
    if (original.failing && make !== cut) {
      const now = failing(copy, original.gold)
      let more = 0
      for (const check of now) if (!original.failing.has(check)) more++
      if (more > 0) losing++
      lost += more
    }
    const read = reading(copy)
    let changed = JSON.stringify(read)
    let before = original.reading
    // A cut text: the items before its last, which the cut may have ended early.
    if (make === cut) {
      if (changed === before) continue
      const kept = read.items.length - 1
      changed = JSON.stringify(read.items.slice(0, kept))
      before = JSON.stringify(original.read.items.slice(0, kept))
    }
    if (changed === before) continue
    differ++
    if (differ <= show) {
      console.log(`  ${path.relative(repoRoot, original.file)}`)
      console.log(`    original ${before.slice(0, 300)}`)
      console.log(`    ${name.padEnd(8)} ${changed.slice(0, 300)}`)
    }
  }
  console.log(`${name.padEnd(19)}  ${String(differ).padStart(6)}  ${originals.length}` + (withGold ? (make === cut ? '  -' : `  ${String(losing).padStart(5)} ${String(lost).padStart(6)}`) : ''))
}
