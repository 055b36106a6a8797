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
