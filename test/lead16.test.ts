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

describe('lead16: a congress standing committee’s session as news', () => {
  const lead = '2024年9月26日,县人大常委会主任曹立主持召开县十七届人大常委会第十九次会议。\n'

  it('should open a matter at `会议表决通过了…`, a vote on a matter of its own', () => {
    const text = lead + '会议听取和审议了县人民政府关于水资源保护工作情况的报告。\n会议表决通过了关于接受辞职请求的决定。\n'
    const items = parseMinutes(text).items
    expect(items.map((item) => item.decisions.map((each) => each.text))).toEqual([[], ['会议表决通过了关于接受辞职请求的决定']])
    expect(items[1].actions).toEqual(['表决'])
  })

  it('should charge no body those at the meeting assess for what it did (`与会人员认为,X…取得了…`)', () => {
    const text = lead + '会议听取和审议了县人民法院关于执行工作情况的报告。与会人员认为,县人民法院积极推进执行工作,取得了明显成效。会议要求,县人民法院要规范执行行为。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task])).toEqual([['县人民法院', '要规范执行行为']])
  })

  it('should give the step to the office that collates and the rest to the body the opinions are handed to', () => {
    const text = lead + '会议听取和审议了县人民政府关于水资源保护工作情况的报告。审议意见由常委会办公室汇总后交县人民政府研究处理,并于三个月内将研究处理情况书面报告县人大常委会。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['常委会办公室', '汇总', null],
      ['县人民政府', '研究处理,并于三个月内将研究处理情况书面报告县人大常委会', '于三个月内']
    ])
  })
})
