import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {Person} from '../src/index.js'

/** Name, title and unit of each person, `/`-joined without the empty ones. */
function people(list: Person[]): string[] {
  return list.map((person) => [person.name, person.title, person.unit].filter(Boolean).join('/'))
}

describe('lead17: who attended', () => {
  const body = '一、关于某事项\n会议要求，县住建局要抓紧推进。\n'

  it('should read a board’s `出席董事:` and a committee’s `出席委员:` as attendance labels', () => {
    const board = '第二届董事会第五次会议纪要\n会议时间：2025年6月12日\n主持人：董事长 严峻\n出席董事：严峻、柯明、独立董事汤泉\n' + body
    expect(people(parseMinutes(board).meeting.attendees)).toEqual(['严峻', '柯明', '汤泉/独立董事'])
    const committee = '药事管理委员会会议纪要\n会议时间：2025年3月2日\n主持人：邹平\n出席委员：邹平　卜凡　甘露\n' + body
    expect(people(parseMinutes(committee).meeting.attendees)).toEqual(['邹平', '卜凡', '甘露'])
  })

  it('should leave a head count out of the attendees, not a group counted', () => {
    const counted = '第二届董事会第五次会议纪要\n会议时间：2025年6月12日\n出席董事：严峻、柯明，应到3人，实到3人。\n' + body
    expect(people(parseMinutes(counted).meeting.attendees)).toEqual(['严峻', '柯明'])
    const group = '社区会议纪要\n时间：2025年3月2日\n参会人员：社区“两委”成员、居民代表6名\n' + body
    expect(people(parseMinutes(group).meeting.attendees)).toEqual(['社区“两委”成员', '居民代表6名'])
  })

  it('should part a designated name from the units after `及` or `和`', () => {
    const lead = '3月5日，县长邢远主持召开县长办公会议。'
    const units = parseMinutes(lead + '副县长宁静，县政府办公室副主任欧阳岚及县住建局、县财政局等单位负责同志参加会议。\n' + body)
    expect(people(units.meeting.attendees)).toEqual(['宁静/副县长', '欧阳岚/副主任/县政府办公室', '县住建局', '县财政局等单位负责同志'])
    const two = parseMinutes(lead + '副县长宁静和县住建局局长柏松参加会议。\n' + body)
    expect(people(two.meeting.attendees)).toEqual(['宁静/副县长', '柏松/局长/县住建局'])
  })

  it('should keep a unit named with `和` whole, and a name with 和 in it', () => {
    const lead = '3月5日，县长邢远主持召开县长办公会议。'
    const units = parseMinutes(lead + '县林业和草原局、县发展和改革局负责同志参加会议。\n' + body)
    expect(people(units.meeting.attendees)).toEqual(['县林业和草原局', '县发展和改革局负责同志'])
    const name = parseMinutes(lead + '副县长王和平、李丹参加会议。\n' + body)
    expect(people(name.meeting.attendees)).toEqual(['王和平/副县长', '李丹/副县长'])
  })
})
