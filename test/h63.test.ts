import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => item.heading)
}

/** The meeting's name, date and chair. */
function meeting(text: string) {
  const {name, date, chair} = analyze(text).record.meeting
  return {name, date, chair: chair?.name ?? null}
}

describe('a second meeting a news page reports after the first (blind22-h63 r2)', () => {
  const text =
    '2026年9月2日，市长韦如松主持召开市政府第12次常务会议。\n' +
    '　　会议听取了市交通运输局关于城区公交线网优化的汇报。会议要求，市交通运输局要9月底前完成线网调整。\n' +
    '　　同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神。会议要求，党组成员要带头抓好落实。\n'

  it('should open one more matter at the paragraph that convenes it', () => {
    expect(headings(text)).toEqual(['会议听取了市交通运输局关于城区公交线网优化的汇报', '同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神'])
  })

  it('should keep the first meeting as the record\'s', () => {
    expect(meeting(text)).toEqual({name: '市政府第12次常务会议', date: '2026-09-02', chair: '韦如松'})
  })

  it('should not open a matter where the day word leads in to no meeting', () => {
    const plain = text.replace('同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神。', '同日，市交通运输局召开专题部署，抓好落实。')
    expect(headings(plain)).toHaveLength(1)
  })
})

describe('news of a standing committee that dates its meeting before the verb (blind22-h63 r4)', () => {
  it('should join the bare 会议 to the body across the date', () => {
    const text = '区委常委会5月9日召开会议，研究部署汛期安全工作。区委书记钟岳主持会议。\n会议听取了区应急管理局关于汛前检查的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('区委常委会会议')
  })

  it('should keep a time of day between the date and the verb', () => {
    const text = '县委常委会3月2日上午召开会议，研究春耕工作。县委书记祝平川主持会议。\n会议听取了县农业农村局关于春耕备耕的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('县委常委会会议')
  })
})

describe('a newspaper that tells the day from the day it prints (blind22-h63 r4)', () => {
  const page = (stamp: string, day: string) =>
    `区政府召开常务会议\n${stamp}　来源：某区日报\n　　本报讯（记者 尚知微）${day}下午，区长简丰年主持召开区政府第7次常务会议。\n　　会议听取了区财政局关于预算执行的汇报。\n`

  it('should take the month and year of the page date', () => {
    const {date, timeOfDay} = analyze(page('2026-05-06 08:15', '昨天（5日）')).record.meeting
    expect({date, timeOfDay}).toEqual({date: '2026-05-05', timeOfDay: '下午'})
  })

  it('should take the month before where the day is later than the page date', () => {
    expect(analyze(page('2026-03-01 07:00', '昨天（28日）')).record.meeting.date).toBe('2026-02-28')
  })

  it('should give no date without the page date', () => {
    expect(analyze(page('', '昨天（5日）')).record.meeting.date).toBeNull()
  })
})

describe('a prefecture commissioner chairing (blind22-h63 r4)', () => {
  it('should read 行署专员 as the title before a transliterated name', () => {
    const text = '2026年10月12日，地委副书记、行署专员努尔兰·沙比提主持召开行署第3次专员办公会议。\n会议听取了行署交通运输局关于冬季道路保通的汇报。\n'
    expect(meeting(text)).toEqual({name: '行署第3次专员办公会议', date: '2026-10-12', chair: '努尔兰·沙比提'})
  })
})
