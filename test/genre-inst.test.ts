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

  it('should keep `会议研究决定,…` with the matter before it, not open a new one', () => {
    const {record} = read('inst-hospital-party-unnumbered.txt')
    expect(record.items).toHaveLength(4)
    const last = record.items[3]
    expect(last.heading).toBe('会上,纪委书记胡明通报了近期医药领域腐败问题典型案例')
    expect(last.decisions.map((decision) => decision.verb)).toEqual(['研究决定'])
    expect(last.points.map((point) => point.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should still open the one matter with `会议研究决定` as the first paragraph after the lead', () => {
    const {record} = analyze('某医院党委会议纪要\n3月2日,书记李明主持召开党委会议。\n会议研究决定,成立院史编纂工作组。\n')
    expect(record.items).toHaveLength(1)
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议研究决定,成立院史编纂工作组'])
  })

  it('should not take arrangements as decisions when the clause before the colon is no decision lead-in', () => {
    const {record} = read('inst-univ-arrangements.txt')
    const first = record.items[0]
    expect(first.decisions.map((decision) => decision.verb)).toEqual(['同意'])
    expect(first.points.map((point) => [point.ordinal, point.points.length])).toEqual([
      ['1', 2],
      ['2', 0],
      ['3', 0]
    ])
    // The agenda under `会议议题:` is the meeting's, not an item.
    expect(record.items.map((item) => item.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should still take the points under `会议听取了…,决定:` as decisions', () => {
    const {record} = analyze('某局局务会议纪要\n一、研究采购事项\n会议听取了办公室的汇报,决定:\n1.同意采购打印机5台;\n2.暂缓采购公务车。\n')
    expect(record.items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['同意采购打印机5台;', '同意'],
      ['暂缓采购公务车。', '暂缓']
    ])
  })
})
