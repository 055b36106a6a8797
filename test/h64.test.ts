import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, owners, task, due and dueDate. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, owners, task, due, dueDate}) => ({owner, owners, task, due, dueDate}))
  )
}

/** Each item's ordinal and heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => ({ordinal: item.ordinal, heading: item.heading}))
}

describe('an agenda numbered as the matters that follow it (blind22-h64 r2)', () => {
  const text =
    '桃湾村村民代表会议记录\n\n会议时间：2026年11月2日\n主持人：村党支部书记 祝长庚\n会议议题：\n' +
    '一、审议村道拓宽方案；\n二、审议鱼塘承包方案。\n\n' +
    '一、审议村道拓宽方案\n会议决定：同意拓宽方案，由村委会组织实施。\n' +
    '二、审议鱼塘承包方案\n会议决定：同意承包方案，12月10日前公示。\n'

  it('should read the lines under the label as the agenda and the restarted sections as the items', () => {
    expect(headings(text)).toEqual([
      {ordinal: '一', heading: '审议村道拓宽方案'},
      {ordinal: '二', heading: '审议鱼塘承包方案'}
    ])
  })

  it('should keep sections under the label as items where none restarts at 一', () => {
    const alone = '会议议题：\n一、审议村道拓宽方案\n会议决定：同意拓宽方案。\n二、审议鱼塘承包方案\n会议决定：同意承包方案。\n'
    expect(headings(alone).map((item) => item.ordinal)).toEqual(['一', '二'])
  })
})

describe('the head of a villagers\' group owns as written (blind22-h64 r2)', () => {
  const lead = '2026年10月26日，村党总支书记晏大海主持召开村民代表会议。\n一、关于水渠\n'

  it('should give a numbered group\'s head the task after 由', () => {
    expect(tasks(`${lead}会议决定：水渠清淤由三组组长负责，11月10日前完成。\n`)).toMatchObject([
      {owner: '三组组长', due: '11月10日前', dueDate: '2026-11-10'}
    ])
  })

  it('should give two groups\' heads one joint task', () => {
    expect(tasks(`${lead}会议决定：水渠清淤由一组组长、六组组长负责发动群众投工投劳，11月10日前完成。\n`)).toMatchObject([
      {owner: '一组组长、六组组长', owners: ['一组组长', '六组组长'], due: '11月10日前'}
    ])
  })
})

describe('farm seasons and solar terms bound a task (blind22-h64 r2)', () => {
  const lead = '2026年9月2日，镇长蒲应天主持召开镇长办公会议。\n一、关于秋冬种\n'

  it('should read 农忙前 as a deadline with no day', () => {
    expect(tasks(`${lead}会议要求，农业服务中心要在农忙前完成农资储备。\n`)).toMatchObject([
      {owner: '农业服务中心', due: '在农忙前', dueDate: null}
    ])
  })

  it('should read a solar term before 前 as a deadline with no day', () => {
    expect(tasks(`${lead}会议要求，农机站要在立冬前完成农机年检。\n`)).toMatchObject([
      {owner: '农机站', due: '在立冬前', dueDate: null}
    ])
  })
})

describe('a town\'s cadres charged with villages own as written (blind22-h64 r3)', () => {
  const lead = '2026年11月16日，县委副书记宗力行主持召开县委专题会议。\n一、关于集体经济\n'

  it('should give 包村领导 the task after its 要', () => {
    expect(tasks(`${lead}会议强调，包村领导要对所包村项目选址全程把关。\n`)).toMatchObject([{owner: '包村领导', due: null}])
  })

  it('should give 包村干部 the task it does each day', () => {
    expect(tasks(`${lead}会议要求，包村干部每日入户走访。\n`)).toMatchObject([{owner: '包村干部'}])
  })

  it('should still give no owner to members a title names as a group', () => {
    expect(tasks(`${lead}会议要求，党组成员要带头落实。\n`)).toEqual([])
  })
})

describe('a case handed on by 移交 (blind22-h64 r3)', () => {
  it('should give the body it is handed to the check', () => {
    const text = '2026年11月9日，镇党委书记覃海峰主持召开党政联席会议。\n一、关于低保复核\n会议决定：对群众反映的问题线索，移交镇纪委核查。\n'
    expect(tasks(text)).toMatchObject([{owner: '镇纪委', due: null}])
    expect(tasks(text)[0].task).toContain('核查')
  })
})
