import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of institutions (universities, hospitals, companies, councils, bureaus) written for these tests in the genre's forms. */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}

describe('structure of minutes of institutions and of their web copies', () => {
  it('should split items that a web copy runs on in one line after the lead-in `纪要如下:`', () => {
    const {text, record} = read('inst-party-standing-oneline.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '传达学习上级会议精神'],
      ['二', '研究学校“十四五”规划中期评估工作'],
      ['三', '研究干部选拔任用事项'],
      ['四', '审议《学校巡察工作实施办法(修订)》']
    ])
    for (const item of record.items) {
      const {start, end} = item.positions.heading ?? item.position
      expect(text.slice(start.offset, end.offset)).toBe(item.heading)
    }
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该方案'])
    expect(record.items[3].points.map((point) => point.text)).toEqual(['要突出政治巡察定位;', '要强化巡察整改落实;', '要加强巡察队伍建设。'])
  })

  it('should keep the lead paragraph out of the items when it ends in a glued `一、`', () => {
    const {record} = analyze('某大学校长办公会议纪要\n9月1日,校长王海主持召开校长办公会议。现纪要如下:一、研究迎新工作。会议同意迎新方案。二、研究军训工作。会议同意军训方案。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['研究迎新工作', '研究军训工作'])
    expect(record.items.map((item) => item.decisions.length)).toEqual([1, 1])
  })

  it('should not split at a colon that does not lead in to the items', () => {
    const {record} = analyze('某局局务会议纪要\n会议研究了以下议题:一、安全工作;二、防汛工作。\n一、研究安全工作\n会议同意排查方案。\n二、研究防汛工作\n会议同意防汛预案。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['研究安全工作', '研究防汛工作'])
  })

  it('should read a motion voted down (`审议未通过`) as the item’s decision, and a tally of votes as none', () => {
    const {record} = read('inst-board-voted-down.txt')
    expect(record.items).toHaveLength(5)
    const rejected = record.items[3]
    expect(rejected.decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['审议未通过《关于设立环保科技子公司的议案》', '审议未通过']
    ])
    // `表决结果:同意6票,反对1票` under 三 counts votes: the item has its heading and its `会议同意…` only.
    expect(record.items[2].decisions.map((decision) => decision.verb)).toEqual(['审议通过', '同意'])
  })
})
