import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

// A Wednesday: 2026-05-06.
const lead = '2026年5月6日上午，副县长柯明远主持召开专题会议。现纪要如下：\n'

describe('a task written before 由X and a verb that directs other units (blind23-h66 r1)', () => {
  it('should keep the work named before 由 when the owner has others carry it out', () => {
    const text = `${lead}一、关于学校周边改造\n校门口的雨污管线迁改由白沙街道协调各产权单位落实。\n`
    expect(tasks(text)).toEqual([{owner: '白沙街道', task: '校门口的雨污管线迁改由白沙街道协调各产权单位落实', due: null}])
  })

  it('should leave an adverb before 由 out of the task', () => {
    const text = `${lead}一、关于学校周边改造\n会议同意改造方案，并由白沙街道组织各社区实施。\n`
    expect(tasks(text)).toEqual([{owner: '白沙街道', task: '组织各社区实施', due: null}])
  })
})

describe('a date glossed with the event that falls on it, before 前 (blind23-h66 r3)', () => {
  it('should read the date and the event whole, due on the date', () => {
    const text = `${lead}一、关于供热\n县热力公司要在10月20日供暖季开始前完成二级管网检修。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '在10月20日供暖季开始前', dueDate: '2026-10-20'}])
  })

  it('should read the event in brackets the same way', () => {
    const text = `${lead}一、关于校舍\n县教育局要于8月31日（开学）前完成校舍维修。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县教育局', due: '于8月31日（开学）前', dueDate: '2026-08-31'}])
  })

  it('should not join an event that is another clause’s', () => {
    const text = `${lead}一、关于供热\n县热力公司要在10月20日完成检修，供暖季开始前通水试压。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '在10月20日', dueDate: '2026-10-20'}])
  })
})

describe('a finance body that gives a subsidy at a rate it names (blind23-h66 r5)', () => {
  it('should read 市财政按…给予补助 as the body’s task', () => {
    const text = `${lead}一、关于农贸市场改造\n会议同意将该市场改造列入补助范围，县财政按改造总投资的20%给予补助。\n`
    expect(tasks(text)).toEqual([{owner: '县财政', task: '按改造总投资的20%给予补助', due: null}])
  })
})

describe('a day promised right after 确保 or 力争 (blind23-h66 r5)', () => {
  it('should read the day as the deadline whatever the verb after it', () => {
    const text = `${lead}一、关于供热\n县热力公司要抓紧检修换热站，确保11月1日按时供热。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: '11月1日', dueDate: '2026-11-01'}])
  })

  it('should leave a span that starts on the day promised without a deadline', () => {
    const text = `${lead}一、关于供热\n县热力公司要确保11月1日至明年3月31日期间室温达标。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县热力公司', due: null}])
  })
})

describe('a year written before 年底 and 年内 with its own 年 (blind23-h66 r9)', () => {
  it('should keep the year of 2027年年底前 and date it in that year', () => {
    const text = `${lead}一、关于寄递物流\n县邮政分公司要完善村级寄递网点，2027年年底前实现快递进村全覆盖。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '2027年年底前', dueDate: '2027-12-31'}])
  })

  it('should keep the year of 2027年年内', () => {
    const text = `${lead}一、关于医共体\n县卫健局要加快东部分院建设，2027年年内建成投用。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '2027年年内', dueDate: '2027-12-31'}])
  })
})

describe('the shopping festival of 11 November (blind23-h66 r9)', () => {
  it('should read “双十一”前 as 11 November, not National Day', () => {
    const text = `${lead}一、关于电商\n县商务局要于“双十一”前组织企业开展直播活动。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '于“双十一”前', dueDate: '2026-11-10'}])
  })

  it('should still read 十一 alone as National Day', () => {
    const text = `${lead}一、关于景区\n县文旅局要在“十一”前完成景区安全检查。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '在“十一”前', dueDate: '2026-09-30'}])
  })
})

describe('a town’s party committee and government named together (blind23-h66 r9)', () => {
  it('should read 镇党委、政府 as joint owners of one place', () => {
    const text = `${lead}一、关于信访积案\n会议明确，石门镇党委、政府要履行属地责任，一个月内拿出处置方案。\n`
    expect(tasks(text)).toEqual([{owner: '石门镇党委、政府', task: '要履行属地责任，一个月内拿出处置方案', due: '一个月内'}])
  })

  it('should read them as supports after a lead', () => {
    const text = `${lead}一、关于欠薪\n由县人社局牵头，石门镇党委、政府配合，9月15日前督促企业支付工资。\n`
    expect(tasks(text).map((each) => each.owner)).toEqual(['县人社局', '石门镇党委、政府'])
  })

  it('should leave every town’s party committee and government an audience', () => {
    const text = `${lead}一、关于信访积案\n各镇党委、政府要切实履行属地责任。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('points numbered 1) inside a paragraph (blind23-h66 r10)', () => {
  const points = (body: string) => analyze(`${lead}一、关于防汛\n${body}\n`).record.items[0].points.map((point) => point.ordinal)

  it('should read 1）…；2）…；3）… after a colon as three points', () => {
    expect(points('会议要求：1）县水利局要加强水库巡查；2）县应急局要备足抢险物资；3）各乡镇要做好转移准备。')).toEqual(['1', '2', '3'])
  })

  it('should read the ASCII form the same way', () => {
    expect(points('会议要求:1)县水利局要加强水库巡查;2)县应急局要备足抢险物资。')).toEqual(['1', '2'])
  })

  it('should not read a lone 1) in running text as a point', () => {
    expect(points('会议要求：县水利局要按附件1）的标准加强水库巡查。')).toEqual([])
  })
})

describe('the opening of a fair bounds a task (blind23-h66 r10)', () => {
  it('should read 博览会开幕前 as a deadline with no day', () => {
    const text = `${lead}一、关于博览会\n县商务局要在第三届茶叶博览会开幕前完成展馆布置。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{owner: '县商务局', due: '开幕前', dueDate: null}])
  })
})

describe('a unit heard with no matter named, its head in a trailer (blind23-h66 r11)', () => {
  it('should give the unit, not its head, for 听取了X的汇报（汇报人：局长　Y）', () => {
    const text = `${lead}一、关于防洪排涝\n会议听取了县水利局的汇报（汇报人：局长　姜远山）。会议同意泵站检修方案。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['县水利局'])
  })

  it('should still give the person where no unit is heard', () => {
    const text = `${lead}一、关于防洪排涝\n会议听取了汇报（汇报人：县水利局局长　姜远山）。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['县水利局'])
  })
})

describe('a matter heard, not its maker, before 的汇报 (blind23-h66 r11)', () => {
  it('should keep the head’s unit from the trailer where the matter stands before 的', () => {
    const text = `${lead}一、关于日间病房\n会议听取了日间病房建设方案的汇报（汇报人：县人民医院院长　祁文）。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['县人民医院'])
  })
})

describe('the meeting deciding an owner glued to its verb (blind23-h66 r12)', () => {
  const item = (body: string) => analyze(`${lead}一、关于护理保险\n${body}\n`).record.items[0]

  it('should read 会议确定X为牵头单位 as X’s task and the meeting’s decision', () => {
    const found = item('会议确定县医保局为牵头单位，县民政局为配合单位，9月底前出台实施细则。')
    expect(found.assignments.map((each) => each.owner)).toEqual(['县医保局', '县民政局'])
    expect(found.decisions.map((each) => each.text)).toEqual(['会议确定县医保局为牵头单位'])
  })

  it('should read 会议决定X会同Y… and 会议议定X… the same way', () => {
    expect(item('会议决定县住建局会同县审计局开展成本审计。').decisions.map((each) => each.text)).toEqual(['会议决定县住建局会同县审计局开展成本审计'])
    expect(item('会议议定县城管局会同各街道建立红黑榜制度。').assignments.map((each) => each.owner)).toEqual(['县城管局'])
  })
})

describe('the maker of what a heading deliberates (blind23-h66 r14)', () => {
  it('should read 审议X提交的《…》 in a heading as X presenting', () => {
    const text = `${lead}一、审议县文旅局提交的《古镇保护利用方案》\n会议原则同意该《方案》。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['县文旅局'])
  })

  it('should read none from a heading that names no maker', () => {
    const text = `${lead}一、审议《古镇保护利用方案》\n会议原则同意该《方案》。\n`
    expect(analyze(text).record.items[0].reporters).toEqual([])
  })
})

describe('an event promised right before a verb of delivery (blind23-h66 r14)', () => {
  it('should read 确保2027年秋季开学投入使用 as a deadline with no day', () => {
    const text = `${lead}一、关于学校扩建\n县城投公司要加快扩建工程进度，确保2027年秋季开学投入使用。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '2027年秋季开学', dueDate: null}])
  })

  it('should date a holiday promised the same way', () => {
    const text = `${lead}一、关于景区\n县文旅局要加快景区建设，力争国庆节开园迎客。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: '国庆节', dueDate: '2026-10-01'}])
  })

  it('should not read a span promised (确保春节期间…) as a deadline', () => {
    const text = `${lead}一、关于景区\n县文旅局要确保春节期间景区安全。\n`
    expect(analyze(text).record.items[0].assignments).toMatchObject([{due: null}])
  })
})
