import {describe, expect, it} from 'vitest'
import {analyze, parseMinutes} from '../src/index.js'
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

  it('should read names padded with two spaces in a list parted by spaces', () => {
    const text = '学院党政联席会议纪要\n时间：2025年3月2日\n参会：宋立群 韩  冬 丘明远\n请假：卓  远（出差）\n' + body
    const {meeting} = parseMinutes(text)
    expect(people(meeting.attendees)).toEqual(['宋立群', '韩  冬', '丘明远'])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([['卓  远', '出差']])
  })

  it('should read `请假:无` as no one absent', () => {
    const text = '学院党政联席会议纪要\n时间：2025年3月2日\n参会：宋立群、丘明远\n请假：无\n' + body
    expect(parseMinutes(text).meeting.absentees).toEqual([])
  })

  it('should keep how a person attends, or why not, as the note', () => {
    const lead = '公司第二届董事会第五次会议于2025年6月12日召开，会议由董事长严峻主持。'
    const remote = parseMinutes(lead + '会议应出席董事5人，实际出席董事5人，其中独立董事汤泉、柯明以通讯方式出席。\n' + body)
    expect(remote.meeting.attendees.map((person) => [person.name, person.title, person.note])).toEqual([
      ['汤泉', '独立董事', '以通讯方式'],
      ['柯明', '独立董事', '以通讯方式']
    ])
    const absent = parseMinutes(lead + '副董事长庹建因工作原因未能出席。\n' + body)
    expect(absent.meeting.attendees).toEqual([])
    expect(absent.meeting.absentees.map((person) => [person.name, person.title, person.note])).toEqual([['庹建', '副董事长', '因工作原因']])
    const away = parseMinutes(lead + '董事邓明因出差请假，武装部长隗斌因参加区培训请假。\n' + body)
    expect(away.meeting.absentees.map((person) => [person.name, person.note])).toEqual([
      ['邓明', '因出差'],
      ['隗斌', '因参加区培训']
    ])
  })

  it('should read a list of tens of thousands of attendees without overflowing the stack', () => {
    const list = '副县长宁静及县住建局、'.repeat(40_000)
    const {meeting} = parseMinutes('2025年3月2日，县长邢远主持召开县长办公会议。\n参会人员：' + list + '\n' + body)
    expect(meeting.attendees.length).toBe(80_000)
    expect(people(meeting.attendees.slice(0, 2))).toEqual(['宁静/副县长', '县住建局'])
  }, 30_000)
})

describe('lead17: a last line that ends whole is no sign of a cut', () => {
  const text = '2025年3月2日，县长邢远主持召开县长办公会议。\n一、关于农村公路养护\n会议要求，县交通运输局要加强日常巡查。\n'
  const cut = (last: string) => analyze(text + last + '\n').messages.some((message) => message.ruleId === 'truncated')

  it('should not warn after a label line whose value ends as its kind does', () => {
    expect(cut('完成时限：8月15日前')).toBe(false)
    expect(cut('责任单位：县交通运输局')).toBe(false)
    expect(cut('主持人：县长 邢远')).toBe(false)
    expect(cut('初审：李沁　复审：石林　终审：邬海峰')).toBe(false)
  })

  it('should not warn after a page’s closing chrome, a unit signing, or a row laid out with spaces', () => {
    expect(cut('- END -')).toBe(false)
    expect(cut('阅读 2156  在看 18')).toBe(false)
    expect(cut('县委改革办')).toBe(false)
    expect(cut('3　　农村公路危桥改造　　县交通运输局　　10月底前')).toBe(false)
  })

  it('should still warn where the text stops inside a sentence, a label’s value or a heading', () => {
    expect(cut('会议原则同意县')).toBe(true)
    expect(cut('表决结果：9票同意，0票反对，0票弃')).toBe(true)
    expect(cut('完成时限：7月')).toBe(true)
    expect(cut('4.关于区中心菜市')).toBe(true)
    expect(cut('县财政局要在6月底前将资金拨付')).toBe(true)
  })
})
