import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a village committee's meeting with three members named in its lead, and `body`. */
function village(body: string) {
  const text = `某村村民委员会会议纪要\n2026年4月8日,村委会主任高志远主持召开村民委员会会议。村委委员罗春花、田立新、许桂英参加会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

/** Minutes of a company's general manager's office meeting, and `body`. */
function company(body: string) {
  const text = `某公司总经理办公会纪要\n2026年4月8日,总经理龙海波主持召开2026年第3次总经理办公会。纪要如下:\n${body}\n`
  return analyze(text).record
}

/** Each item's assignments as owner, deadline. */
function owners(record: ReturnType<typeof village>) {
  return record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 1: a village committee, a company office meeting', () => {
  it('should read the last attendee of a list as a reporter heard by the meeting (`听取了X关于…的汇报`)', () => {
    const record = village('一、关于危房改造\n会议听取了许桂英关于危房改造摸底情况的汇报,同意将3户列入改造计划。')
    expect(record.items.map((item) => item.reporters)).toEqual([['许桂英']])
  })

  it('should read a bare attendee asked to do a task (`请X于…前…`) as its owner', () => {
    const record = village('一、关于危房改造\n会议同意将3户列入改造计划,请田立新于4月30日前上报镇政府。')
    expect(owners(record)).toEqual([[['田立新', '于4月30日前']]])
  })

  it('should not take a bare name the minutes never introduce for an owner after 请', () => {
    const record = village('一、关于危房改造\n会议同意将3户列入改造计划,请何大勇于4月30日前上报镇政府。')
    expect(owners(record)).toEqual([[]])
  })

  it('should read the department a matter is handed to (`此事交X研究办理`)', () => {
    const record = company('一、关于职工宿舍维修\n会议认为宿舍屋面渗漏严重。此事交资产管理部研究办理,提出方案后报总经理办公会。\n二、关于车辆报废\n该事项交县财政局审核。')
    expect(owners(record)).toEqual([[['资产管理部', null]], [['县财政局', null]]])
  })

  it('should not take a word that opens with 交 for a handing (`此事交叉核对`)', () => {
    const record = company('一、关于接待工作\n此事交叉核对后再议。')
    expect(owners(record)).toEqual([[]])
  })
})

/** Minutes of a hospital's office meeting, and `body`. */
function hospital(body: string) {
  const text = `某医院院长办公会议纪要\n2026年5月6日,院长谭文主持召开2026年第4次院长办公会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

describe('round 2: a hospital, a CPPCC council, a street party committee', () => {
  it('should read a unit that states a need or a plan it brings as the reporter (`X提出今年需…`, `X提出拟…`)', () => {
    const record = hospital('一、关于药师配备\n药剂科提出今年需增加临床药师6名。会议同意先增加4名。\n二、关于病房改造\n后勤保障部提出拟将三楼病区改为日间病房。会议原则同意。\n三、关于医保检查\n医保办提出要加强自查。')
    expect(record.items.map((item) => item.reporters)).toEqual([['药剂科'], ['后勤保障部'], []])
  })

  it('should read a matter examined and agreed to at once as a decision (`审议并同意`)', () => {
    const record = hospital('一、关于科室设置\n会议审议并同意了《关于设立疼痛科的方案》。\n二、关于人事事项\n会议讨论并同意提请党委会研究的人事事项。')
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['会议审议并同意了《关于设立疼痛科的方案》'],
      ['会议讨论并同意提请党委会研究的人事事项']
    ])
  })

  it('should read the owner after 会后 (`会后X负责…`)', () => {
    const record = hospital('一、关于消防演练\n会议要求,各科室要排查隐患;会后保卫科负责组织一次消防演练,月底前完成。\n二、关于信息安全\n会后要抓紧落实。')
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([[['保卫科', '月底前']], []])
  })
})

describe('round 3: a post asked by its title alone', () => {
  it('should read a secretary titled by the work (`人事秘书`, `教学秘书`) as the owner after 由 and after 请', () => {
    const record = company('一、关于年度考核\n请人事秘书于本周五前汇总考核材料。\n二、关于期末考试\n由教学秘书负责编排监考表。\n三、关于董事会筹备\n请董事会秘书于下周一前发出会议通知。')
    expect(owners(record)).toEqual([[['人事秘书', '于本周五前']], [['教学秘书', null]], [['董事会秘书', '于下周一前']]])
  })

  it('should not take a deputy by title alone for an owner after 请 (`请副总经理…`)', () => {
    const record = company('一、关于年度考核\n请副总经理于本周五前汇总考核材料。')
    expect(owners(record)).toEqual([[]])
  })
})

describe('round 4: an owner in a role', () => {
  it('should read the owner before 作为 and a role of its own (`X作为行业主管部门负责…`)', () => {
    const record = company('一、关于供水管网\n会议明确,由市水务集团作为建设主体,市水利局作为行业主管部门负责质量监督。')
    expect(owners(record)).toEqual([[['市水务集团', null], ['市水利局', null]]])
    expect(record.items[0]?.assignments[1]?.task).toBe('作为行业主管部门负责质量监督')
  })

  it('should read no owner where the role states a duty and no task follows (`X作为主管部门,对…负有责任`)', () => {
    const record = company('一、关于供水管网\n市水利局作为行业主管部门,对全市供水安全负有监管责任。')
    expect(owners(record)).toEqual([[]])
  })
})

describe('round 5: a village leader who liaises, a deadline in the next year', () => {
  it('should read the owner before 负责与Y (`由X负责与Y对接`), not one unit over 负责', () => {
    const record = village('一、关于道路硬化\n会议同意申报村道硬化项目,由高志远负责与镇农业农村办对接,年内完成申报。\n二、关于水渠修缮\n由罗春花负责与县水利局联系。')
    expect(owners(record)).toEqual([[['高志远', '年内']], [['罗春花', null]]])
  })

  it('should keep the year said before a month and day in the deadline (`于明年1月15日前`)', () => {
    const record = company('一、关于年度审计\n审计部要于明年1月15日前完成年度内部审计。')
    const assignment = record.items[0]?.assignments[0]
    expect([assignment?.due, assignment?.dueDate]).toEqual(['于明年1月15日前', '2027-01-15'])
  })
})

/** Minutes of a congress council's director meeting, and `body`. */
function council(body: string) {
  const text = `某县人大常委会主任会议纪要\n2026年9月2日,县人大常委会主任白志强主持召开第20次主任会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

describe('round 7: reports heard in a list', () => {
  it('should read each maker of reports listed with 、 and ,以及 after the first', () => {
    const record = council('一、关于专项工作报告\n会议听取了县公安局关于社会治安工作的报告、县司法局关于普法工作的报告,以及县人大常委会法制工作委员会关于上述工作的调研报告。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县公安局', '县司法局', '县人大常委会法制工作委员会']])
  })

  it('should not read a matter listed with 、 inside one report for a maker', () => {
    const record = council('一、关于预算\n会议听取了县财政局关于预算执行、审计整改情况的报告,以及有关意见。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县财政局']])
  })
})

describe('round 11: a lead and a support named by their labels, a school bound', () => {
  it('should let the lead’s task run over a support named by label (`X为牵头单位,Y为配合单位,…前完成…`)', () => {
    const record = company('一、关于管网改造\n工程部为牵头单位,财务部为配合单位,5月底前完成改造方案编制。')
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['工程部', '为牵头单位,财务部为配合单位,5月底前完成改造方案编制', '5月底前'],
      ['财务部', '为配合单位,5月底前完成改造方案编制', '5月底前']
    ])
  })

  it('should end the task before an owner that is responsible by label (`X为责任单位,Y要…`)', () => {
    const record = company('一、关于管网改造\n工程部为责任单位,财务部要在5月底前拨付资金。')
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['工程部', '为责任单位'],
      ['财务部', '要在5月底前拨付资金']
    ])
  })

  it('should read a bound before the examination results are out (`中考成绩公布前`)', () => {
    const record = company('一、关于招生\n招生办要于中考成绩公布前完成招生简章印制。')
    expect(owners(record)).toEqual([[['招生办', '于中考成绩公布前']]])
  })
})

describe('round 13: an item that opens on a report', () => {
  it('should read the one whose report an item opens on as its reporter (`根据X的汇报,…`)', () => {
    const record = company('一、关于暑期安全\n根据安全保卫部的汇报,今年暑期客流预计增长两成。会议要求各单位落实安全责任。\n二、关于防汛\n根据省国资委的部署,会议研究了防汛工作。')
    expect(record.items.map((item) => item.reporters)).toEqual([['安全保卫部'], []])
  })
})

describe('round 15: a section of decisions, units that add to a report', () => {
  it('should read each point under a section headed 议定事项 as a decision, as under 会议议定:', () => {
    const record = company('一、会议基本情况\n总经理龙海波主持,班子成员出席。\n二、议定事项\n(一)同意租赁城北仓库一处,租期3年。\n(二)财务部要于6月10日前完成上半年资金盘点。\n三、其他\n会议通报了近期安全生产情况。')
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 2, 0])
    expect(record.items[1]?.decisions[1]?.text).toBe('财务部要于6月10日前完成上半年资金盘点。')
  })

  it('should not take a section that only names its matters (`三、其他事项`) for decisions', () => {
    const record = company('一、其他事项\n(一)财务部要加强资金管理。\n(二)行政部要做好节日值班。')
    expect(record.items.map((item) => item.decisions.length)).toEqual([0])
  })

  it('should read units that add to the report heard (`X、Y作了补充发言`) as its reporters', () => {
    const record = council('一、关于供热\n会议听取了县住建局关于供热准备的汇报,县发改局、县财政局作了补充发言。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县住建局', '县发改局', '县财政局']])
  })
})

describe('round 16: a unit with its other name before a deadline', () => {
  it('should read a unit with its other name in brackets before a deadline as the owner (`X(Y)本季度内完成…`)', () => {
    const record = hospital('一、关于迎检\n会议要求,科教部(继续教育办公室)本季度内完成全部台账整理。')
    expect(owners(record)).toEqual([[['科教部(继续教育办公室)', '本季度内']]])
  })

  it('should not read a bracketed note before a deadline as an owner (`(试行)`)', () => {
    const record = hospital('一、关于制度\n会议要求,《病历管理办法》(试行)本季度内修订完成。')
    expect(owners(record)).toEqual([[]])
  })
})

describe('round 17: outcomes agreed in consultation or by vote, a committee that reviews', () => {
  it('should read 协商通过, 协商同意 and 投票通过 as outcomes', () => {
    const record = council('一、关于委员调整\n会议协商通过了委员调整建议名单。\n二、关于协商议题\n会议协商同意了年度协商议题建议。\n三、关于推荐人选\n经无记名投票,会议投票通过推荐两名代表。')
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['会议协商通过了委员调整建议名单'],
      ['会议协商同意了年度协商议题建议'],
      ['会议投票通过推荐两名代表']
    ])
  })

  it('should end a committee at 会 before a verb of review (`由X委员会审核`), not read 会审 across it', () => {
    const record = village('一、关于分红\n分红方案由村务监督委员会审核后公示。\n二、关于科技项目\n由县科学技术委员会审批。\n三、关于图纸\n由县住建局会审施工图纸。')
    expect(owners(record)).toEqual([[['村务监督委员会', null]], [['县科学技术委员会', null]], [['县住建局', null]]])
    expect(record.items[2]?.assignments[0]?.task).toBe('会审施工图纸')
  })
})
