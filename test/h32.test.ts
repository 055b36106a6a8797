import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h32: adverbs before a task are no owner (逐村, 抓紧与…)', () => {
  const lead = '2025年2月11日上午，镇长贺明远主持召开镇政府常务会议。现纪要如下：\n'

  it('should keep 逐村 (village by village) in the task of the office before it', () => {
    const text = lead + '一、关于秸秆禁烧工作\n会议要求，农业服务中心要对照考核办法，逐村排查焚烧隐患，月底前形成台账。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['农业服务中心', '月底前']])
    expect(assignments[0].task).toContain('形成台账')
  })

  it('should read no owner in 抓紧与X对接 after a company that is responsible', () => {
    const text = lead + '一、关于冷链仓储项目\n会议明确，镇投资公司负责项目融资，抓紧与农商银行对接，力争年内放款。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['镇投资公司'])
    expect(assignments[0].task).toContain('农商银行对接')
  })
})

describe('h32: a deadline label dates a stretch the task gives (10个工作日内…（完成时限：…）)', () => {
  it('should take the label’s date over a stretch of working days, for the lead and its partner', () => {
    const text =
      '2025年3月10日，副市长祝海峰主持召开专题会议。纪要如下：\n一、关于水厂扩建资金\n' +
      '市财政局要会同高新区管委会，10个工作日内提出资金方案（责任单位：市财政局、高新区管委会；完成时限：3月24日前）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([
      ['市财政局', '3月24日前', '2025-03-24'],
      ['高新区管委会', '3月24日前', '2025-03-24']
    ])
  })

  it('should keep a task’s own date where the label gives only a stretch', () => {
    const text =
      '2025年3月10日，副市长祝海峰主持召开专题会议。纪要如下：\n一、关于水厂扩建资金\n' +
      '市水务局于4月30日前完成扩建设计（责任单位：市水务局；完成时限：30个工作日）。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['市水务局', '于4月30日前']])
  })
})

describe('h32: a task table copied with one space between cells', () => {
  const lead = '2025年7月2日，副区长蔡文俊主持召开协调会议。议定如下：\n'

  it('should read each row under a header of the genre’s labels parted by ideographic spaces', () => {
    const text =
      lead + '一、任务分解\n序号　工作任务　责任单位　完成时限\n1　体育馆屋面防水维修　区文体旅局　7月底前\n2　周边停车位施划　区城管局、区交警大队　8月10日前\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['区文体旅局', '体育馆屋面防水维修', '7月底前'],
      ['区城管局', '周边停车位施划', '8月10日前'],
      ['区交警大队', '周边停车位施划', '8月10日前']
    ])
  })

  it('should end the table at a line with another count of cells', () => {
    const text =
      lead + '一、任务分解\n序号 工作任务 责任单位 完成时限\n1 场馆消防检测 区应急管理局 7月20日前\n会议要求各单位按时 完成。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['区应急管理局'])
  })
})
