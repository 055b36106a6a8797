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
 *     npm run build && node bench/forms.mjs              # every form
 *     node bench/forms.mjs flattened --show 5            # one form, the first differences
 */

import fs from 'node:fs'
import path from 'node:path'
import {parseMinutes} from '../dist/index.js'
import {corpusDir, repoRoot} from './corpus.mjs'

const fullWidth = (text) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
const ascii = {'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?'}

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
  'zero-width-spaces': (text) => text.replace(/(?<=[\u4e00-\u9fff]{7})(?=[\u4e00-\u9fff])/g, '\u200b')
}

const args = process.argv.slice(2)
const showAt = args.indexOf('--show')
const show = showAt === -1 ? 0 : Number(args[showAt + 1])
const only = args.filter((arg, index) => !arg.startsWith('--') && index !== showAt + 1)

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
const fullWidthBack = (value) => value.replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))

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

const originals = files.map((file) => {
  const text = fs.readFileSync(file, 'utf8')
  return {file, text, reading: JSON.stringify(reading(text))}
})

console.log(`jiyao forms: ${originals.length} texts (corpus and fixtures), each read in each form and compared with its original's reading\n`)
console.log('form                 differ   of')
console.log('-------------------  ------  ---')
for (const [name, make] of Object.entries(forms)) {
  if (only.length > 0 && !only.includes(name)) continue
  let differ = 0
  for (const original of originals) {
    const changed = JSON.stringify(reading(make(original.text)))
    if (changed === original.reading) continue
    differ++
    if (differ <= show) {
      console.log(`  ${path.relative(repoRoot, original.file)}`)
      console.log(`    original ${original.reading.slice(0, 300)}`)
      console.log(`    ${name.padEnd(8)} ${changed.slice(0, 300)}`)
    }
  }
  console.log(`${name.padEnd(19)}  ${String(differ).padStart(6)}  ${originals.length}`)
}
