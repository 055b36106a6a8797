import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The first item's assignments as owner, task, due. */
function tasks(text: string) {
  return analyze(text).record.items[0]?.assignments.map((each) => [each.owner, each.task, each.due])
}

const city = '桐川市人民政府常务会议纪要\n2026年5月11日，市长柯远航主持召开市政府第9次常务会议。现纪要如下：\n'

describe('a part after `;` with no subject goes on with the task before it (blind17-h41 r1)', () => {
  it('should run the task on over `;对A，要…` to its deadline', () => {
    const text = `${city}一、研究公共资源交易\n会议强调，市公管办要规范交易流程；对长期闲置的场地，要登记造册、分类盘活，10月底前处置完毕。\n`
    expect(tasks(text)).toEqual([['市公管办', '要规范交易流程；对长期闲置的场地，要登记造册、分类盘活，10月底前处置完毕', '10月底前']])
  })

  it('should run it on over `;同时要…`', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；同时要建立价格监测机制，每月5日前报送监测数据。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积；同时要建立价格监测机制，每月5日前报送监测数据', '每月5日前']])
  })

  it('should stop at `;` before another owner', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；市商务局要做好市场保供，春节前投放储备肉。\n`
    expect(tasks(text)).toEqual([
      ['市农业农村局', '要稳定蔬菜种植面积', null],
      ['市商务局', '要做好市场保供，春节前投放储备肉', '春节前']
    ])
  })

  it('should stop at `;` before a part that is not the owner going on', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；各县区政府要落实属地责任，年底前完成目标。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积', null]])
  })

  it('should not run on over `。`', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积。要建立价格监测机制，6月底前报送监测数据。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积', null]])
  })
})
