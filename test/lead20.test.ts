import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Each attendee as `name/title/unit`. */
function attendees(text: string): string[] {
  return parseMinutes(text).meeting.attendees.map((each) => [each.name ?? '', each.title ?? '', each.unit ?? ''].join('/'))
}

describe('lead20: names in a list of attendance', () => {
  const lead = '2026年4月2日上午，州长主持召开州政府第12次常务会议。\n'

  it('should read a name of four or more that no surname opens, beside names, as a person', () => {
    expect(attendees(lead + '出席：次仁旺堆　刘海燕　格桑卓玛　潘　宁\n')).toEqual(['次仁旺堆//', '刘海燕//', '格桑卓玛//', '潘　宁//'])
    expect(attendees(lead + '出席：巴特尔朝鲁　高志远\n')).toEqual(['巴特尔朝鲁//', '高志远//'])
  })

  it('should read the rarer double surnames: `钟离`, `呼延`, `澹台`', () => {
    expect(attendees(lead + '出席：钟离明轩　呼延海　澹台静\n')).toEqual(['钟离明轩//', '呼延海//', '澹台静//'])
  })

  it('should still read a unit set off before a name as the name’s unit', () => {
    expect(attendees(lead + '出席：县城投公司　高志远\n')).toEqual(['高志远//县城投公司'])
    expect(attendees(lead + '出席：城关镇人民政府　刘海燕\n')).toEqual(['刘海燕//城关镇人民政府'])
  })

  it('should not read a group or a unit in a spaced list as a name', () => {
    expect(attendees(lead + '出席：刘海燕　县财政局　县卫健委\n')).toEqual(['刘海燕//', '//县财政局', '//县卫健委'])
    expect(attendees(lead + '出席：刘海燕　局班子成员\n')).toEqual(['刘海燕//', '//局班子成员'])
  })
})
