import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Each assignment of each item as `owner|task|due`. */
function tasks(text: string): string[][] {
  return parseMinutes(text).items.map((item) => item.assignments.map((each) => [each.owner, each.task, each.due ?? ''].join('|')))
}

describe('lead21: a row of labels written with bars', () => {
  const lead = '2026年5月6日，局长主持召开局务会议。\n\n'

  it('should read `责任科室｜X　　完成时限｜Y` as labels with their values', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n责任科室｜办公室　　配合科室｜财务科　　完成时限｜6月30日前\n'
    expect(tasks(text)).toEqual([['办公室|会议同意档案室搬至三楼|6月30日前', '财务科|会议同意档案室搬至三楼|6月30日前']])
  })

  it('should read the same row with a half-width bar', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n责任科室|办公室  完成时限|6月30日前\n'
    expect(tasks(text)).toEqual([['办公室|会议同意档案室搬至三楼|6月30日前']])
  })

  it('should not read a table’s header cells as labels', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n| 事项 | 责任科室 | 完成时限 |\n| --- | --- | --- |\n| 搬迁 | 办公室 | 6月30日前 |\n'
    expect(tasks(text)).toEqual([['办公室|搬迁|6月30日前']])
  })
})

describe('lead21: a building’s number after a point’s `1.`', () => {
  const lead = '2026年5月6日，社区居委会主任主持召开居委会会议。\n\n一、关于老旧小区改造\n会议议定：\n'

  /** Each item's points as `ordinal text`. */
  function points(text: string): string[][] {
    return parseMinutes(text).items.map((item) => item.points.map((each) => each.ordinal + ' ' + each.text))
  }

  it('should read `1.3号楼…` as point 1 about building 3, not the number 1.3', () => {
    const text = lead + '1.3号楼外墙由物业公司负责修补。\n2.12栋楼道灯由居委会更换。\n'
    expect(points(text)).toEqual([['1 3号楼外墙由物业公司负责修补。', '2 12栋楼道灯由居委会更换。']])
  })

  it('should still read a decimal at a line’s start as no marker', () => {
    const text = lead + '1.5亿元的配套资金由区财政安排。\n'
    expect(points(text)).toEqual([[]])
  })
})
