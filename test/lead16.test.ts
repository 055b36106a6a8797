import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owner, task and deadline of each assignment of the first item. */
function tasks(text: string): Array<[string, string, string | null]> {
  return parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])
}

// Owners no gold names, listed over every gold set (`extra-owners`): runs that end inside a
// two-character word whose first character is a unit suffix, or open with a verb.
describe('lead16: no owner ends inside a word or opens with a verb', () => {
  const lead = '2024年6月3日,县长顾远主持召开县政府常务会议。\n一、关于重点工作\n'

  it('should read no unit `…应急队` before `伍` (队伍), nor one opened by `要`', () => {
    const text = lead + '会议要求,要加强乡镇应急队伍建设,县应急管理局要在7月底前完成人员培训。\n'
    expect(tasks(text)).toEqual([['县应急管理局', '要在7月底前完成人员培训', '在7月底前']])
  })

  it('should read no unit `…政治站` before `位` (站位)', () => {
    expect(tasks(lead + '会议强调,要提高政治站位,切实扛起主体责任。\n')).toEqual([])
  })

  it('should read no unit before `所需` (what a matter needs)', () => {
    const text = lead + '会议明确,扩建校舍所需资金由县财政局统筹安排。\n'
    expect(tasks(text)).toEqual([['县财政局', '统筹安排', null]])
  })

  it('should read no unit opened by `要` before a verb of the task (`要强化街道统筹…`)', () => {
    expect(tasks(lead + '会议要求,要强化社区统筹调度能力。\n')).toEqual([])
  })

  it('should read no unit opened by `提高`, `持续` or `聚焦`', () => {
    expect(tasks(lead + '会议强调:持续推进乡村厕所革命和垃圾分类。\n')).toEqual([])
    expect(tasks(lead + '会议要求,提高应急救援队伍战斗力。\n')).toEqual([])
    expect(tasks(lead + '会议要求,聚焦企业所需优化服务。\n')).toEqual([])
  })

  it('should take `研究部署` for the meeting’s verbs, no unit ending in 署', () => {
    const text = '2024年6月3日,县长顾远主持召开县政府常务会议。\n会议研究部署中秋节前有关工作,强调,一要加强值班值守。\n'
    expect(parseMinutes(text).items.flatMap((item) => item.assignments)).toEqual([])
  })

  it('should still read a unit ending in 所, 队 or 站 before its verb', () => {
    const text = lead + '会议要求,镇卫生所要在8月底前完成改造,县消防救援大队负责验收,镇农技站配合。\n'
    expect(tasks(text).map(([owner]) => owner)).toEqual(['镇卫生所', '县消防救援大队', '镇农技站'])
  })
})
