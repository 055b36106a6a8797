import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Spaces at the end of every line, as web copies (and Markdown's line breaks) leave them. */
function trailing(text: string): string {
  return text.replace(/\n/g, '  \n')
}

describe('lead22: spaces a web copy leaves at every line’s end', () => {
  it('should still join a PDF’s paragraphs broken under their indent', () => {
    const text =
      '青禾县人民政府常务会议纪要\n\n　　2026年3月4日上午，县长石开诚主持召开县人民政府第5次常\n务会议，研究了春耕生产和校舍维修等事项。现纪要如下：\n' +
      '　　一、研究春耕生产工作\n　　会议听取了县农业农村局关于春耕备耕工作的汇报。会议要求，县农业农村局要\n于3月20日前完成农资储备检查；县供销社要做好化肥调运，确保春耕用肥，\n不误农时。\n' +
      '　　二、研究校舍维修工作\n　　会议同意安排校舍维修资金120万元，由县教育局组织实施。\n'
    for (const form of [text, trailing(text)]) {
      const record = parseMinutes(form)
      // (A value that runs over a join keeps the line end, and the spaces before it, as its source has them.)
      expect(record.meeting.name?.replace(/\s/g, '')).toBe('县人民政府第5次常务会议')
      expect(record.meeting.date).toBe('2026-03-04')
      expect(record.items.map((item) => item.assignments.map((each) => each.owner.replace(/\s/g, '') + '|' + (each.due ?? '')))).toEqual([['县农业农村局|于3月20日前', '县供销社|'], ['县教育局|']])
    }
  })

  it('should read `1 X；` lines (a number, a space, no dot) as points', () => {
    const text =
      '2026年3月9日，局长主持召开局务会议。\n\n（一） 关于春季造林\n会议要求：\n1 造林科要在3月25日前完成苗木调运；\n2 各林场要做好整地工作；\n3 资源站要开展一次造林质量检查。\n' +
      '（二） 关于护林员管理\n会议同意增聘护林员10名。\n'
    for (const form of [text, trailing(text)]) {
      const record = parseMinutes(form)
      expect(record.items.map((item) => item.points.length)).toEqual([3, 0])
      expect(record.items[0]?.assignments.map((each) => each.owner)).toEqual(['造林科', '资源站'])
    }
  })

  it('should take `会议审议并通过以下事项：` over `一、` lines for a lead-in to the items', () => {
    const text =
      '2026年4月8日，市摄影家协会第三届理事会第二次会议召开。会议由主席林望舒主持。\n\n会议审议并通过以下事项：\n\n' +
      '一、审议《协会2025年度工作报告》\n秘书长程远作了报告。会议审议通过该报告。\n\n' +
      '二、审议关于发展新会员的议案\n会议同意吸收新会员12名。\n\n' +
      '三、审议关于举办年度影展的议案\n会议同意于9月举办年度影展，由秘书处负责筹办。\n'
    for (const form of [text, trailing(text)]) {
      const record = parseMinutes(form)
      expect(record.items.map((item) => item.ordinal + ' ' + item.heading)).toEqual([
        '一 审议《协会2025年度工作报告》',
        '二 审议关于发展新会员的议案',
        '三 审议关于举办年度影展的议案'
      ])
    }
  })

  it('should read a reporters’ label whose list wraps after `、` onto an indented line', () => {
    const text =
      '2026年5月12日，州长主持召开州人民政府常务会议。\n\n　　一、研究州体育中心建设项目融资问题\n　　汇报单位：州体育局、州财政局、\n　　　　　　　州交投集团\n' +
      '　　会议同意州交投集团作为项目融资主体。\n'
    for (const form of [text, trailing(text)]) {
      expect(parseMinutes(form).items[0]?.reporters).toEqual(['州体育局', '州财政局', '州交投集团'])
    }
  })
})

describe('lead22: a whole text run on, whose lead says what the meeting heard before its lead-in', () => {
  // Each paragraph's indent kept, every line break lost, as a page scraped without its breaks has it.
  const text =
    '桐溪区人民政府常务会议纪要　　（2026年6月3日）　　6月3日上午，区政府第18次常务会议召开。会议由区长岳明川主持，区政府领导班子成员出席。会议听取了有关情况汇报，研究了近期几项重点工作。会议议定事项如下：' +
    '　　（1）关于防汛备汛工作　　区水利局汇报了防汛备汛准备情况。会议要求区水利局于6月10日前完成山塘水库隐患排查。' +
    '　　（2）关于夜市经营管理　　会议听取了区商务局关于夜市经营管理方案的汇报。会议研究认为，方案总体可行，同意由区城管局负责组织实施。'

  it('should keep the heard matters in the lead, and read the `（1）` headings as the items', () => {
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('岳明川')
    expect(record.items.map((item) => item.ordinal + ' ' + item.heading)).toEqual(['1 关于防汛备汛工作', '2 关于夜市经营管理'])
    expect(record.items.map((item) => item.assignments.map((each) => each.owner + '|' + (each.due ?? '')))).toEqual([['区水利局|于6月10日前'], ['区城管局|']])
  })
})

describe('lead22: a lead-in is no matter of the agenda', () => {
  it('should not take `研究议定了以下事项` or `研究决定如下` for a matter', () => {
    const lead = (words: string) => `2026年7月2日，院长主持召开院长办公会议，${words}：\n一、关于门诊楼改造\n会议同意门诊楼改造方案。\n`
    expect(parseMinutes(lead('研究议定了以下事项')).meeting.agenda).toEqual([])
    expect(parseMinutes(lead('研究决定如下')).meeting.agenda).toEqual([])
    expect(parseMinutes(lead('研究了门诊楼改造事项')).meeting.agenda).toEqual(['研究了门诊楼改造事项'])
  })
})

describe('lead22: a news page run on with each paragraph’s indent kept', () => {
  const text =
    '区政府第9次常务会议召开　　发布时间：2026-05-21　来源：区政府办公室　　5月20日上午，区长卓一鸣主持召开区政府第9次常务会议。' +
    '　　会议听取了区人社局关于高校毕业生就业工作的汇报。会议研究并同意见习补贴方案，首批安排见习岗位300个。' +
    '　　会议指出，防汛工作事关群众安全。会议听取了区水利局关于汛前准备工作的汇报，要求区水利局5月底前完成河道清障。' +
    '　　会议还研究了其他事项。'

  it('should read a paragraph’s later sentence that decides on what it heard as part of that matter', () => {
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议听取了区人社局关于高校毕业生就业工作的汇报',
      '会议听取了区水利局关于汛前准备工作的汇报，要求区水利局5月底前完成河道清障',
      '会议还研究了其他事项'
    ])
    expect(record.items[0]?.decisions.map((decision) => decision.text)).toEqual(['会议研究并同意见习补贴方案，首批安排见习岗位300个'])
  })
})

describe('lead22: a label of what was decided, over an owner’s task', () => {
  it('should read `决定事项：X在…前…` as a decision, not as a lead-in that names its list', () => {
    const text = '会议时间：2026年3月2日\n主持人：镇长 石远\n\n一、议题：研究春季植树工作\n决定事项：镇林业站在3月12日前组织一次义务植树活动。\n'
    const [item] = parseMinutes(text).items
    expect(item?.decisions.map((decision) => decision.text)).toEqual(['决定事项：镇林业站在3月12日前组织一次义务植树活动'])
    expect(item?.assignments.map((each) => each.owner + '|' + each.due)).toEqual(['镇林业站|在3月12日前'])
  })
})

describe('lead22: a report heard with only what it is about', () => {
  it('should read no reporter from `会议听取了关于X的汇报`, and the maker where one is named', () => {
    const lead = '2026年5月6日，区长主持召开区政府常务会议。\n\n一、关于夜市\n'
    expect(parseMinutes(lead + '会议听取了关于夜市的汇报。\n').items[0]?.reporters).toEqual([])
    expect(parseMinutes(lead + '会议听取了区商务局关于夜市的汇报。\n').items[0]?.reporters).toEqual(['区商务局'])
  })
})

describe('lead22: items run on with each paragraph’s indent kept, a heading that is a whole sentence', () => {
  it('should keep `一、X工作由Y负责…` whole, as on a line of its own', () => {
    const lines = [
      '青河县人民政府专题会议纪要',
      '2026年4月8日上午，副县长严知行主持召开专题会议，研究老旧小区改造有关问题。现将会议议定事项纪要如下：',
      '一、南街片区改造工作由城南街道负责组织实施，县住建局负责业务指导，5月底前完成入户摸底。',
      '二、请县财政局于4月20日前拨付首期改造资金。'
    ]
    for (const text of [lines.join('\n'), lines.join('\u3000\u3000')]) {
      const record = parseMinutes(text)
      expect(record.items.map((item) => item.heading)).toEqual([
        '南街片区改造工作由城南街道负责组织实施，县住建局负责业务指导，5月底前完成入户摸底',
        '请县财政局于4月20日前拨付首期改造资金'
      ])
    }
  })
})
