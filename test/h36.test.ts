import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's decisions (text) and assignments as owner, task, due, dueDate. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due, assignment.dueDate])
  }))
}

const school = '青梧中学行政会议纪要\n2026年9月14日，校长鲁定安主持召开行政会议。\n一、关于校园活动\n'

describe('a share of the votes after a member company votes by its stake', () => {
  const head = '临江物流有限公司股东会会议纪要\n2026年4月8日，临江物流有限公司2026年第一次股东会在公司会议室召开，会议由董事长严北辰主持。\n'

  it('should not read a tally in percent as a decision', () => {
    const text = `${head}一、审议通过《2025年度监事会工作报告》\n表决结果：同意100%，反对0%，弃权0%。\n`
    expect(read(text)[0].decisions).toEqual(['审议通过《2025年度监事会工作报告》'])
  })

  it('should not read the share of the votes for as a decision', () => {
    const text = `${head}一、审议通过《关于调整经营范围的议案》\n会议同意增加仓储服务。表决结果：同意票占出席会议股东所持表决权的70%，反对票占30%。\n`
    expect(read(text)[0].decisions).toEqual(['审议通过《关于调整经营范围的议案》', '会议同意增加仓储服务'])
  })

  it('should still read what is agreed to with a share in it', () => {
    const text = `${head}一、关于利润分配\n会议同意按可分配利润的30%向股东分红。\n`
    expect(read(text)[0].decisions).toEqual(['会议同意按可分配利润的30%向股东分红'])
  })
})

describe('a lead time before an event or a holiday', () => {
  it('should read a week before a school event as the deadline', () => {
    const text = `${school}会议要求，总务处负责跑道画线和器材检修，运动会前一周完成。\n`
    expect(read(text)[0].tasks).toEqual([['总务处', '负责跑道画线和器材检修，运动会前一周完成', '运动会前一周', null]])
  })

  it('should count days back from a holiday with a fixed day', () => {
    const text = `${school}会议要求，政教处于国庆节前3天完成假期安全告知书的发放。\n`
    expect(read(text)[0].tasks).toEqual([['政教处', '于国庆节前3天完成假期安全告知书的发放', '于国庆节前3天', '2026-09-28']])
  })

  it('should still read a holiday alone as the day before it', () => {
    const text = `${school}会议要求，团委在国庆节前组织一次升旗仪式。\n`
    expect(read(text)[0].tasks).toEqual([['团委', '在国庆节前组织一次升旗仪式', '在国庆节前', '2026-09-30']])
  })
})

describe('an owner before a lead time', () => {
  it('should give the unit the task it does a stretch ahead of an event', () => {
    const text = '医院药事管理委员会会议纪要\n2026年3月5日，副院长白承宇主持召开药事管理委员会会议。\n一、其他事项\n会议明确，下次会议定于6月中旬召开。药学部提前10个工作日向各临床科室征集议题。\n'
    expect(read(text)[0].tasks.map((task) => [task[0], task[1]])).toEqual([['药学部', '提前10个工作日向各临床科室征集议题']])
  })

  it('should not read a lead time in the middle of a clause as an owner', () => {
    const text = '医院药事管理委员会会议纪要\n2026年3月5日，副院长白承宇主持召开药事管理委员会会议。\n一、其他事项\n会议认为，各科室申报新药时提前3天提交材料的做法效果较好。\n'
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a table of tasks laid out with spaces', () => {
  const head = '青岚县河长制工作会议纪要\n2026年4月2日，县河长办主任卓远山主持召开全县河长制工作推进会。\n一、交办事项\n'

  it('should part a header whose first labels one space parts, and a row whose full cell keeps one space', () => {
    const table = [
      '序号　交办事项　　　　　　　　责任单位　　　　　配合单位　　　完成时限',
      '1　　 完成入河排污口排查　　　县生态环境局　　　县水利局　　　5月底前',
      '2　　 开展非法采砂专项整治　　县公安局治安大队　县水利局　　　三季度末'
    ].join('\n')
    expect(read(`${head}${table}\n`)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([
      ['县生态环境局', '完成入河排污口排查', '5月底前'],
      ['县水利局', '完成入河排污口排查', '5月底前'],
      ['县公安局治安大队', '开展非法采砂专项整治', '三季度末'],
      ['县水利局', '开展非法采砂专项整治', '三季度末']
    ])
  })
})

describe('a village officer by charge and name before a verb of the work', () => {
  const head = '柳岸村村“两委”会议纪要\n2026年3月2日，村党支部书记宁致远主持召开村“两委”会议。\n一、关于春季工作\n'

  it('should read the officer in person in a later clause of what the meeting asks', () => {
    const text = `${head}会议要求，各村民小组长要落实联防责任；村妇联主席苗青组织开展庭院评比，4月底前完成初评。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[1], task[2]])).toEqual([['苗青', '组织开展庭院评比，4月底前完成初评', '4月底前']])
  })

  it('should read the militia head leading his men as the owner', () => {
    const text = `${head}村民兵营长戴刚带领应急分队，于汛期前完成堤坝巡查。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['戴刚', '于汛期前']])
  })

  it('should not read an officer who reports what was done', () => {
    const text = `${head}村妇联主席苗青介绍了去年庭院评比情况。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})
