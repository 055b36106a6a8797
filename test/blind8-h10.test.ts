/**
 * Minutes written blind by helper h10 (fixtures/genre/blind8-h10) of the
 * dev corpus's kinds: government 常务会议 and 办公会议, 专题会议, university
 * and college meetings, people's congress 主任会议, 机关党委 meetings. Inputs
 * here are short sentences of the genre's forms; the fixtures are scored by
 * `JIYAO_CORPUS=fixtures/genre/blind8-h10 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import {findDue} from '../src/extract/due.js'

const lead = '9月3日上午，县人大常委会主任王立新主持召开县人大常委会第十二次主任会议。'

describe('a concluding verb that names what it concluded', () => {
  it('should open a matter with 会议研究确定了X (an agenda settled as a matter of its own)', () => {
    const record = parseMinutes(
      [
        lead,
        '会议讨论了《代表建议督办工作方案》，原则同意提交常委会会议审议。',
        '会议研究确定了常委会第八次会议的议程建议，决定于9月下旬召开常委会第八次会议。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议讨论了《代表建议督办工作方案》，原则同意提交常委会会议审议',
      '会议研究确定了常委会第八次会议的议程建议，决定于9月下旬召开常委会第八次会议'
    ])
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual([
      '会议研究确定了常委会第八次会议的议程建议',
      '决定于9月下旬召开常委会第八次会议'
    ])
  })

  it('should still close the matter in hand with 会议研究确定，… and with 会议研究确定了上述…', () => {
    const record = parseMinutes(
      [
        lead,
        '会议听取了县人大农委关于耕地保护情况的调研汇报。',
        '会议研究确定，调研报告修改后提交常委会会议审议。',
        '会议研究确定了上述报告的提交时间。'
      ].join('\n')
    )
    expect(record.items.length).toBe(1)
    expect(record.items[0].reporters).toEqual(['县人大农委'])
  })
})

describe('a heading that opens with 决定 and what was decided', () => {
  it('should read 四、决定X于…召开 as a decision, as 三、原则通过… is', () => {
    const record = parseMinutes(
      [
        '8月30日，市人大常委会主任陈海主持召开市人大常委会第九次主任会议。会议议定了以下事项：',
        '一、原则通过《常委会2024年立法计划调整方案》。',
        '二、决定市人大常委会第十次会议于9月中旬召开，会期两天。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['原则通过《常委会2024年立法计划调整方案》'],
      ['决定市人大常委会第十次会议于9月中旬召开，会期两天']
    ])
  })

  it('should not read a part heading 二、决定事项 as a decision', () => {
    const record = parseMinutes(
      ['8月30日，区长刘明主持召开区长办公会议。', '一、听取情况', '会议听取了区水务局关于排涝工作的汇报。', '二、决定事项', '会议同意增设两处排涝泵站。'].join('\n')
    )
    expect(record.items[1].heading).toBe('决定事项')
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意增设两处排涝泵站'])
  })
})

describe('units that speak on a matter in turn', () => {
  it('should give the units of 分别就…作了交流发言 as reporters after the main report', () => {
    const record = parseMinutes(
      [
        '5月6日，副县长孙杰主持召开乡村振兴专题会议。',
        '会议听取了县农业农村局关于衔接资金使用情况的汇报，县财政局、县审计局分别就资金监管、项目审计作了交流发言。'
      ].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['县农业农村局', '县财政局', '县审计局'])
  })

  it('should give a unit that 作了发言 on a matter as its reporter', () => {
    const record = parseMinutes(
      ['5月6日，副县长孙杰主持召开乡村振兴专题会议。', '会议听取了县农业农村局关于产业项目的汇报，县林业局就林下经济作了发言。'].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['县农业农村局', '县林业局'])
  })
})

describe('经会议研究 before a requirement', () => {
  it('should read no decision from 经会议研究，要求…', () => {
    const record = parseMinutes(
      [
        '6月4日下午，学院召开2024年第8次党政联席会议。现纪要如下：',
        '一、研究毕业生离校工作',
        '会上，党委副书记林静就毕业生离校安排进行了通报。经会议研究，要求各系做好离校手续办理，学生工作办公室每日汇总离校情况。',
        '二、研究教室改造',
        '会上，副院长钱坤就教室改造进行了说明。经会议研究，原则同意改造方案。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([[], ['经会议研究，原则同意改造方案']])
  })
})

/** The deadline phrase `findDue` finds in a task, as written. */
const dueIn = (task: string) => {
  const due = findDue(task, '2024-03-02')
  return due && [task.slice(due.start, due.end), due.kind]
}

describe('a vague deadline after the units a task is done with', () => {
  it('should read 尽快 after 要会同X as the deadline', () => {
    expect(dueIn('要会同市交通运输局尽快确定停车场点位')).toEqual(['尽快', 'vague'])
    expect(dueIn('要联合区公安分局、区市场监管局抓紧开展联合执法')).toEqual(['抓紧', 'vague'])
  })

  it('should read it in a traditional mirror too', () => {
    const record = parseMinutes(
      ['3月2日，市長周文主持召開市政府第十次常務會議。', '會議審議通過了《停車設施建設計劃》。會議要求，市城管局要會同市自然資源局盡快確定首批建設點位。'].join('\n')
    )
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['市城管局', '盡快']])
  })

  it('should not read 尽快 that qualifies a later step after 会同X and a verb', () => {
    expect(dueIn('要会同市财政局推动项目尽快落地')).toBe(null)
  })
})

describe('a numbered matter whose later clause gives the owner', () => {
  it('should read 由X… after the first clause of a sentence heading as X’s task', () => {
    const record = parseMinutes(
      [
        '4月24日，副县长周敏主持召开专题会议。现将会议议定事项纪要如下：',
        '一、会议听取了县交通运输局关于农村公路养护的汇报，原则同意养护方案。',
        '二、养护工程实行月调度制度，由县交通运输局每月5日前向县政府报告进展。'
      ].join('\n')
    )
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['县交通运输局', '每月5日前向县政府报告进展', '每月5日前']
    ])
  })

  it('should give no task where the later clause only names who presents (由X作说明)', () => {
    const record = parseMinutes(
      ['4月24日，副县长周敏主持召开专题会议。现将会议议定事项纪要如下：', '一、审议《县城区停车管理办法》，由县城管局作说明。', '会议原则同意该办法。'].join('\n')
    )
    expect(record.items[0].assignments).toEqual([])
    expect(record.items[0].reporters).toEqual(['县城管局'])
  })
})

describe('a reporter named in full and then in short', () => {
  it('should give one reporter for 区人大常委会法工委 … 同意法工委提出的…', () => {
    const record = parseMinutes(
      [
        '11月4日，区人大常委会主任赵刚主持召开区人大常委会第八次主任会议。',
        '一、会议听取了区人大常委会法工委关于规范性文件备案审查情况的汇报。会议议定：①同意法工委提出的审查意见；②审查情况向常委会会议书面报告。'
      ].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['区人大常委会法工委'])
  })

  it('should keep two units where neither name ends the other', () => {
    const record = parseMinutes(
      [
        '11月4日，区长孙丽主持召开区长办公会议。',
        '一、会议听取了区住建局关于老旧小区改造的汇报，同意区财政局提出的资金安排意见。'
      ].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['区住建局', '区财政局'])
  })
})

describe('the meeting has someone relay a matter', () => {
  it('should open a matter with 会议由X传达学习了… in an unnumbered body, X its reporter', () => {
    const record = parseMinutes(
      [
        '3月5日下午，区长韩松主持召开区政府2025年第4次常务会议。',
        '会议由韩松传达学习了全市优化营商环境大会精神。会议指出，要抓好贯彻落实。',
        '会议听取了区商务局关于外贸稳增长工作的汇报，原则同意工作方案。'
      ].join('\n')
    )
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['会议由韩松传达学习了全市优化营商环境大会精神', ['韩松']],
      ['会议听取了区商务局关于外贸稳增长工作的汇报，原则同意工作方案', ['区商务局']]
    ])
  })

  it('should not open a matter with 会议由X主持', () => {
    const record = parseMinutes(
      ['3月5日下午，区政府召开2025年第4次常务会议。', '会议由区长韩松主持。', '会议听取了区商务局关于外贸稳增长工作的汇报。'].join('\n')
    )
    expect(record.items.length).toBe(1)
    expect(record.meeting.chair?.name).toBe('韩松')
  })
})

describe('a division named after two things it manages, with its officer', () => {
  it('should give 实验室与设备管理处 for 实验室与设备管理处处长X汇报了…', () => {
    const record = parseMinutes(
      [
        '3月19日，校长孔明远主持召开2025年第5次校长办公会。纪要如下：',
        '一、审议《大型仪器共享办法》',
        '实验室与设备管理处处长姚兵汇报了办法起草情况。会议原则通过该办法。'
      ].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['实验室与设备管理处'])
  })

  it('should still give two units for 会议听取了教务处与科研处关于…的汇报', () => {
    const record = parseMinutes(
      ['3月19日，校长孔明远主持召开2025年第5次校长办公会。纪要如下：', '一、研究教学科研奖励', '会议听取了教务处与科研处关于奖励办法的汇报。'].join('\n')
    )
    expect(record.items[0].reporters).toEqual(['教务处', '科研处'])
  })
})

describe('an owner before the standard a task is done by', () => {
  it('should give 县财政局按每人每年…安排经费 to 县财政局, and end the task before it', () => {
    const record = parseMinutes(
      [
        '8月14日下午，副县长钱振宇主持召开专题会议。',
        '会议听取了县住建局关于环境整治的汇报。会议明确，垃圾收运由县城管局统一负责，县财政局按每人每年20元标准安排运维经费，县水利局按比例配套河道保洁资金。'
      ].join('\n')
    )
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['县城管局', '统一负责'],
      ['县财政局', '按每人每年20元标准安排运维经费'],
      ['县水利局', '按比例配套河道保洁资金']
    ])
  })
})

describe('a header run into the lead', () => {
  it('should take the year from the date of issue before the lead on its line', () => {
    const record = parseMinutes(
      [
        '区政府专题会议纪要 第9期 区政府办公室 2024年1月5日 12月28日下午,副区长邵敏主持召开专题会议,研究冬季供暖工作。',
        '会议听取了区城管局关于供暖情况的汇报。'
      ].join('\n')
    )
    expect(record.meeting.date).toBe('2023-12-28')
  })

  it('should leave a lead with no year and no date before it without a date', () => {
    const record = parseMinutes(['区政府专题会议纪要 第9期 12月28日下午,副区长邵敏主持召开专题会议。', '会议听取了区城管局关于供暖情况的汇报。'].join('\n'))
    expect(record.meeting.date).toBe(null)
  })
})

describe('a vague deadline after units of a kind', () => {
  it('should leave 抓紧 after 会同有关部门 to the task', () => {
    expect(dueIn('要会同有关部门抓紧完善配套细则')).toBe(null)
  })
})

describe('an asked owner who guides another body', () => {
  const ask = (clause: string) =>
    parseMinutes(['8月14日下午，市长王强主持召开市政府常务会议。', `会议审议通过了《公立医院设备采购管理办法》，${clause}`].join('\n')).items[0].assignments.map(
      (assignment) => [assignment.owner, assignment.task]
    )

  it('should give 请市卫健委指导医院… to 市卫健委, the guiding its task', () => {
    expect(ask('请市卫健委指导医院严格按照采购程序组织实施。')).toEqual([['市卫健委', '指导医院严格按照采购程序组织实施']])
  })

  it('should keep a unit named for its guidance whole (市就业指导中心)', () => {
    expect(ask('请市就业指导中心做好培训工作。')).toEqual([['市就业指导中心', '做好培训工作']])
  })
})
