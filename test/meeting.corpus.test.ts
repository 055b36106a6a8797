import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {analyze} from '../src/minutes.js'
import {expectSlicesBack} from './meeting.slices.js'

/** The corpus beside the repository (`../shared/corpus`), with its gold files. */
const corpus = new URL('../../shared/corpus/', import.meta.url)

function texts(): string[] {
  const found: string[] = []
  for (const folder of ['seed', 'dev']) {
    const directory = new URL(`${folder}/`, corpus)
    if (!existsSync(directory)) continue
    for (const name of readdirSync(directory).sort()) if (name.endsWith('.txt')) found.push(new URL(name, directory).pathname)
  }
  return found
}

interface GoldMeeting {
  name: string | null
  date: string | null
  chair: string | null
}

const files = texts()

describe.skipIf(files.length === 0)('meeting fields on the corpus', () => {
  for (const file of files) {
    const name = file.split('/').pop()
    const text = readFileSync(file, 'utf8')
    const gold = (parseYaml(readFileSync(file.replace(/\.txt$/, '.gold.yaml'), 'utf8')) as {meeting: GoldMeeting}).meeting
    const {record} = analyze(text)
    const meeting = record.meeting

    it(`should read the gold name, date and chair of ${name}`, () => {
      // `?` marks what the text does not tell: not scored.
      if (gold.name !== '?') expect(meeting.name).toBe(gold.name)
      if (gold.date !== '?') expect(meeting.date).toBe(gold.date)
      if (gold.chair !== '?') expect(meeting.chair ? meeting.chair.name : null).toBe(gold.chair)
    })

    it(`should slice every positioned meeting value back out of ${name}`, () => {
      expectSlicesBack(meeting, text)
    })
  }
})
