import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, due and dueDate. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

const lead = '2026年4月7日，副县长梁振华主持召开项目推进会。纪要如下：\n'

describe('a project milestone bounds a task (blind19-h49 r1)', () => {
  it('should read 开工前 as an event with no date', () => {
    const [task] = tasks(`${lead}一、关于物流园项目\n县环保局要在开工前完成项目环评批复。\n`)
    expect(task).toMatchObject({owner: '县环保局', due: '在开工前', dueDate: null})
  })

  it('should read 开园前 in a deadline label', () => {
    const [task] = tasks(`${lead}一、关于城南幼儿园\n（一）完成保育员招聘（责任单位：县教育局；完成时限：开园前）。\n`)
    expect(task).toMatchObject({owner: '县教育局', due: '开园前', dueDate: null})
  })

  it('should not read the early stage 施工前期 as a deadline', () => {
    const [task] = tasks(`${lead}一、关于城南幼儿园\n县住建局负责做好施工前期准备工作。\n`)
    expect(task).toMatchObject({owner: '县住建局', due: null})
  })
})

describe('a label whose value names whose event it is (blind19-h49 r1)', () => {
  it('should keep 改造开工前 whole', () => {
    const [task] = tasks(`${lead}一、关于农贸市场\n（一）临时疏解点设置由县城管局负责（完成时限：改造开工前）。\n`)
    expect(task).toMatchObject({owner: '县城管局', due: '改造开工前', dueDate: null})
  })

  it('should still read a date in a label from where it starts', () => {
    const [task] = tasks(`${lead}一、关于农贸市场\n（一）完成摊位改造（责任单位：县商务局；完成时限：力争6月底前）。\n`)
    expect(task).toMatchObject({owner: '县商务局', dueDate: '2026-06-30'})
  })
})
