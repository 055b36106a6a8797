import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Each attendee as `name/title/unit`. */
function attendees(text: string): string[] {
  return parseMinutes(text).meeting.attendees.map((each) => [each.name ?? '', each.title ?? '', each.unit ?? ''].join('/'))
}

describe('lead20: names in a list of attendance', () => {
  const lead = '2026年4月2日上午，州长主持召开州政府第12次常务会议。\n'

  it('should read a name of four or more that no surname opens, beside names, as a person', () => {
    expect(attendees(lead + '出席：次仁旺堆　刘海燕　格桑卓玛　潘　宁\n')).toEqual(['次仁旺堆//', '刘海燕//', '格桑卓玛//', '潘　宁//'])
    expect(attendees(lead + '出席：巴特尔朝鲁　高志远\n')).toEqual(['巴特尔朝鲁//', '高志远//'])
  })

  it('should read the rarer double surnames: `钟离`, `呼延`, `澹台`', () => {
    expect(attendees(lead + '出席：钟离明轩　呼延海　澹台静\n')).toEqual(['钟离明轩//', '呼延海//', '澹台静//'])
  })

  it('should still read a unit set off before a name as the name’s unit', () => {
    expect(attendees(lead + '出席：县城投公司　高志远\n')).toEqual(['高志远//县城投公司'])
    expect(attendees(lead + '出席：城关镇人民政府　刘海燕\n')).toEqual(['刘海燕//城关镇人民政府'])
  })

  it('should not read a group or a unit in a spaced list as a name', () => {
    expect(attendees(lead + '出席：刘海燕　县财政局　县卫健委\n')).toEqual(['刘海燕//', '//县财政局', '//县卫健委'])
    expect(attendees(lead + '出席：刘海燕　局班子成员\n')).toEqual(['刘海燕//', '//局班子成员'])
  })
})

/** Each person of a role as `name/title/unit/note`. */
function role(text: string, which: 'attendees' | 'observers' | 'absentees'): string[] {
  return parseMinutes(text).meeting[which].map((each) => [each.name ?? '', each.title ?? '', each.unit ?? '', each.note ?? ''].join('/'))
}

describe('lead20: labels of attendance in a running lead', () => {
  it('should read the names after a label inside a head count’s bracket, with their note', () => {
    const text = '青石村村“两委”会议记录\n会议时间：2026年3月9日\n应到人数：7人　实到人数：6人（缺席：韦小梅，请假）\n\n一、研究某事项\n会议同意。\n'
    expect(role(text, 'absentees')).toEqual(['韦小梅///请假'])
  })

  it('should read labelled lists one after another in a lead sentence', () => {
    const text = '3月2日上午，院长程立主持召开院长办公会。出席：严冬、邱雪。缺席：韩磊（出差）。列席：医务部、护理部负责人。会议研究了以下事项：\n一、关于某事项\n会议同意。\n'
    expect(role(text, 'attendees')).toEqual(['严冬///', '邱雪///'])
    expect(role(text, 'absentees')).toEqual(['韩磊///出差'])
    expect(role(text, 'observers')).toEqual(['//医务部/', '//护理部负责人/'])
  })

  it('should end a list that runs into the next label there (a copy that lost its breaks)', () => {
    const text = '某县人大常委会主任会议纪要2026年5月6日上午，主任严松主持召开主任会议。出席:严松、骆青、冯岚列席:常委会办公室、各工作委员会负责人会议研究了以下事项:一、关于某事项会议同意。'
    expect(role(text, 'attendees')).toEqual(['严松///', '骆青///', '冯岚///'])
    expect(role(text, 'observers')).toEqual(['//常委会办公室/', '//各工作委员会负责人/'])
  })
})

describe('lead20: a stretch of time as a labelled deadline', () => {
  const lead = '2026年9月8日上午，副县长符立主持召开专题会议。\n一、任务分工\n'

  /** Owner, due and kind of each assignment of the first item. */
  function dues(text: string): string[] {
    return (parseMinutes(text).items[0]?.assignments ?? []).map((each) => [each.owner, each.due, each.dueKind].join('/'))
  }

  it('should read `X期间` as all of a deadline label’s value as the task’s term', () => {
    expect(dues(lead + '县市场监管局负责开展价格监督检查。（责任单位：县市场监管局；完成时限：收购期间）\n')).toEqual(['县市场监管局/收购期间/ongoing'])
    expect(dues(lead + '序号　工作任务　责任单位　完成时限\n1　做好堤防巡查　县水利局　汛期期间\n')).toEqual(['县水利局/汛期期间/ongoing'])
  })

  it('should not read a stretch named in running text as a deadline', () => {
    expect(dues(lead + '县水利局要在汛期期间做好堤防巡查。\n')).toEqual(['县水利局//'])
  })
})

describe('lead20: a pictograph bullet under an indent of no-break spaces', () => {
  it('should open a matter at `📌` after a page’s no-break spaces', () => {
    const text = '县人大常委会召开第十二次主任会议\n\n5月6日，县人大常委会主任孔立主持召开第十二次主任会议。\n\n\u00a0\u00a0\u00a0\u00a0📌 会议听取了县政府关于农村公路建设情况的报告。\n\n\u00a0\u00a0\u00a0\u00a0📌 会议研究了常委会第九次会议议程草案。\n'
    const items = parseMinutes(text).items
    expect(items.map((item) => item.heading)).toEqual(['会议听取了县政府关于农村公路建设情况的报告', '会议研究了常委会第九次会议议程草案'])
  })
})

describe('lead20: two rules of this session’s helpers, read together', () => {
  it('should still read a board’s `表决结果：全票通过` under its motion as the decision (a tally needs a count before it)', () => {
    const text = '2027年10月26日，董事长岑一主持召开董事会。\n\n一、审议《关于某项目的议案》\n表决结果：全票通过。\n\n二、审议《关于另一项目的议案》\n表决：到会董事7人，一致同意。会议同意该议案。\n'
    const items = parseMinutes(text).items
    expect(items.map((item) => item.decisions.map((each) => each.text))).toEqual([['全票通过'], ['会议同意该议案']])
  })

  it('should read no reporter in a line of work to come, where a group is a unit word', () => {
    const text = '11月17日上午，城东旧改项目工作专班召开第9次周例会，专班副组长何立主持会议。\n　　一、上周工作进展\n　　征收组：完成签约23户。\n　　综合组：完成项目资金拨付1.2亿元。\n　　二、本周工作安排\n　　征收组：对剩余38户逐户上门，11月24日前再签约15户以上。\n　　安置组：督促施工单位增加作业面，确保12月底前桩基全部完成。\n　　综合组：11月20日前完成补偿资金申请。\n　　三、会议要求\n　　何立要求，各组要倒排工期。\n'
    const items = parseMinutes(text).items
    expect(items.map((item) => item.reporters)).toEqual([['征收组', '综合组'], [], []])
  })
})
