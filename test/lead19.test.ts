import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owner, due and ISO date of each assignment of the first item. */
function dues(text: string): string[] {
  const item = parseMinutes(text).items[0]
  return (item?.assignments ?? []).map((each) => [each.owner, each.due, each.dueDate].join('/'))
}

describe('lead19: deadlines', () => {
  const lead = '2024年9月10日下午，校长邵文主持召开校长办公会。\n一、关于某事项\n'

  it('should read a holiday’s days off as bounding a task: `国庆假期前`, `春节长假前`', () => {
    expect(dues(lead + '会议要求，资产管理处负责在国庆假期前完成招标工作。\n')).toEqual(['资产管理处/在国庆假期前/2024-09-30'])
    expect(dues(lead + '会议要求，工会要于元旦长假前完成走访慰问。\n')).toEqual(['工会/于元旦长假前/2024-12-31'])
  })

  it('should not read work done during the holiday as bounded by it', () => {
    expect(dues(lead + '会议要求，保卫处要在国庆假期期间做好值班安排。\n')).toEqual(['保卫处//'])
  })
})

describe('lead19: a sitting of a congress or a committee bounds a task', () => {
  const lead = '2024年11月18日上午，县人大常委会主任蓝海主持召开主任会议。\n一、关于某事项\n'

  it('should read `常委会会议召开前`, `人代会前`, `党委会前` as deadlines with no day', () => {
    expect(dues(lead + '会议要求，财经工委要对报告作进一步修改，于常委会会议召开前印发各组成人员。\n')).toEqual(['财经工委/于常委会会议召开前/'])
    expect(dues(lead + '会议要求，代表工委要在人代会前完成建议交办。\n')).toEqual(['代表工委/在人代会前/'])
    expect(dues(lead + '会议要求，组织部要于党委会前提交考察方案。\n')).toEqual(['组织部/于党委会前/'])
  })

  it('should not read the early stage of the work as a bound: `党委会前期`', () => {
    expect(dues(lead + '会议要求，组织部要在党委会前期做好考察。\n')).toEqual(['组织部//'])
  })
})

describe('lead19: documents', () => {
  const lead = '2025年3月5日，县长邢远主持召开县政府常务会议。\n'

  it('should read a title that only ends a fuller one named before as the same document', () => {
    const text = lead + '一、关于停车收费\n会议听取了县发改局关于《县城停车收费管理办法（试行）》的说明，原则同意该《办法》。\n'
    expect(parseMinutes(text).items[0]?.documents).toEqual(['县城停车收费管理办法（试行）'])
    const plan = lead + '一、关于老旧小区改造\n会议审议了《县城老旧小区改造三年行动方案》。会议要求，县住建局要按照《方案》明确的时序推进。\n'
    expect(parseMinutes(plan).items[0]?.documents).toEqual(['县城老旧小区改造三年行动方案'])
  })

  it('should keep a short title that ends no fuller one, and two documents of one kind', () => {
    const text = lead + '一、学习全会精神\n会议学习了三中全会《决定》。\n二、关于两项办法\n会议审议通过了《县公租房管理办法》《县廉租房管理办法》。\n'
    const items = parseMinutes(text).items
    expect(items[0]?.documents).toEqual(['决定'])
    expect(items[1]?.documents).toEqual(['县公租房管理办法', '县廉租房管理办法'])
  })
})

describe('lead19: the head of an agenda table is no header field', () => {
  it('should not read the column after `议题` as the agenda', () => {
    const text = '2026年3月26日上午，区长孙强主持召开区政府常务会议。会议研究了以下事项：\n\n| 序号 | 议题 | 汇报单位 | 会议意见 |\n| --- | --- | --- | --- |\n| 1 | 区级重点工程项目计划 | 区发改局 | 原则同意 |\n'
    expect(parseMinutes(text).meeting.agenda).toEqual([])
  })

  it('should still read a header table’s field and its value', () => {
    const text = '区政府专题会议纪要\n\n| 会议时间 | 2026年3月26日 |\n| 主持人 | 孙强 |\n| 议题 | 区级重点工程项目计划 |\n\n一、关于重点工程\n会议要求，区发改局要加快推进。\n'
    const meeting = parseMinutes(text).meeting
    expect(meeting.agenda).toEqual(['区级重点工程项目计划'])
    expect(meeting.chair?.name).toBe('孙强')
  })
})

describe('lead19: a chair entrusted by another', () => {
  const body = '一、关于某事项\n会议要求，县住建局要抓紧推进。\n'

  it('should give the one entrusted the title after `委托`: `县长X委托常务副县长Y…主持`', () => {
    const chair = parseMinutes('2025年10月20日下午，县长钟立委托常务副县长任强在县政府五楼会议室主持召开专题会议。\n' + body).meeting.chair
    expect([chair?.name, chair?.title]).toEqual(['任强', '常务副县长'])
  })

  it('should keep a note in brackets after the chair’s name as it was', () => {
    const chair = parseMinutes('2024年9月24日上午，县长办公会议召开，会议由副县长甄强（受县长委托）主持。\n' + body).meeting.chair
    expect([chair?.name, chair?.title, chair?.note]).toEqual(['甄强', '副县长', '受县长委托'])
  })
})

describe('lead19: a district or county named alone is a unit', () => {
  it('should read `钟山区`, `和平县` in a list of units as units, not names', () => {
    const lead = '2025年7月3日上午，副市长邝立主持召开专题会议。'
    const body = '\n一、关于某事项\n会议要求，市住建局要抓紧推进。\n'
    const district = parseMinutes(lead + '钟山区、宁远县政府负责同志参加会议。' + body).meeting.attendees
    expect(district.map((person) => [person.name, person.unit])).toEqual([[null, '钟山区'], [null, '宁远县政府负责同志']])
    const county = parseMinutes(lead + '和平县、滨江区政府负责同志参加会议。' + body).meeting.attendees
    expect(county.map((person) => [person.name, person.unit])).toEqual([[null, '和平县'], [null, '滨江区政府负责同志']])
  })
})

describe('lead19: a bracket of only who answers lends no deadline (merge of h47 and h48)', () => {
  it('should not give the text’s owner the deadline of an audience’s clause', () => {
    const text = '2025年4月2日，镇长莫林主持召开镇长办公会议。\n一、关于防汛准备\n会议要求各村5月1日前完成山塘巡查，镇水利站负责汇总隐患清单。（责任人：副镇长 龙宇）\n'
    expect(dues(text)).toContain('镇水利站//')
  })

  it('should still give it the deadline its bracket labels', () => {
    const text = '2025年4月2日，镇长莫林主持召开镇长办公会议。\n一、关于防汛准备\n请镇水利站做好隐患清单汇总。（责任人：副镇长 龙宇；完成时限：5月10日前）\n'
    expect(dues(text)).toContain('镇水利站/5月10日前/2025-05-10')
  })
})

describe('lead19: a chair whose given name holds 在', () => {
  const body = '一、关于某事项\n会议要求，县住建局要抓紧推进。\n'

  it('should read `县长龙在田主持` as the chair 龙在田, not a place after 龙', () => {
    const chair = parseMinutes('2025年3月4日，县长龙在田主持召开县政府常务会议。\n' + body).meeting.chair
    expect([chair?.name, chair?.title]).toEqual(['龙在田', '县长'])
  })

  it('should still end the name before a place after 在', () => {
    const chair = parseMinutes('2025年3月4日，县长王明在县委主持召开县政府常务会议。\n' + body).meeting.chair
    expect([chair?.name, chair?.title]).toEqual(['王明', '县长'])
  })
})
