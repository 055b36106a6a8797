/**
 * Minutes written blind by helper h1 (fixtures/genre/blind5-h1): meeting
 * fields of party committees, congress and conference councils, vice-mayors'
 * topic meetings and joint meetings, in the layouts they are published in.
 * Inputs here are short sentences of the genre's forms; the fixtures are
 * scored by `JIYAO_CORPUS=fixtures/genre/blind5-h1 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {Person} from '../src/record.js'

const people = (list: Person[]) => list.map((person) => [person.name, person.unit, person.title])

describe('attendance tables', () => {
  it('should give the designation after a name, alone on its line, to that name', () => {
    const text = [
      '2024年5月6日，副县长张伟主持召开专题会议，研究城区供水有关事宜。',
      '出席：张伟　副县长',
      '　　　李明　县政府办公室副主任',
      '一、关于供水管网改造',
      '会议同意实施供水管网改造工程。'
    ].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['张伟', null, '副县长'],
      ['李明', '县政府办公室', '副主任']
    ])
  })

  it('should keep names apart when the designations stand before them', () => {
    const text = ['2024年5月6日，县长王强主持召开县长办公会议。', '出席：副县长 李明 县长助理 赵刚', '一、关于春耕生产', '会议同意。'].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['李明', null, '副县长'],
      ['赵刚', null, '县长助理']
    ])
  })
})
