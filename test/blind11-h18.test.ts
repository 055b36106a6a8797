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
      ['工程部', '5月底前完成改造方案编制', '5月底前'],
      ['财务部', '5月底前完成改造方案编制', '5月底前']
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

describe('round 19: a heading that relays a document', () => {
  it('should read no reporter in a heading that relays a body’s document (`传达学习X关于…的文件精神`)', () => {
    const record = council('一、传达学习省人大常委会关于加强代表工作的文件精神\n会议要求,代表工作委员会牵头制定贯彻方案。\n二、听取县司法局关于普法工作的汇报\n会议同意该汇报。')
    expect(record.items.map((item) => item.reporters)).toEqual([[], ['县司法局']])
  })

  it('should read no unit that opens with the verb of a heading (`通报X关于…`, `部署X关于…`)', () => {
    const record = council('一、通报县纪委监委关于违规吃喝问题的通报\n会议要求抓好整改。\n二、部署县应急局关于汛期值守的工作方案\n会议要求抓好落实。')
    expect(record.items.map((item) => item.reporters)).toEqual([[], []])
  })
})

describe('round 20: a post by its title alone before a deadline', () => {
  it('should read a post that opens its clause before 于 and a deadline (`组织员于…前…`) as the owner', () => {
    const record = council('一、关于发展党员\n会议同意接收5名同志为预备党员。组织员于3月10日前将材料报上级党委审批。')
    expect(owners(record)).toEqual([[['组织员', '于3月10日前']]])
  })

  it('should read a post that opens its clause before a verb of responsibility (`财务秘书负责…`) as the owner', () => {
    const record = council('一、关于预算\n会议原则同意该方案。财务秘书负责按程序报学校计划财务处备案。\n二、关于协调\n副主任负责协调。')
    expect(owners(record)).toEqual([[['财务秘书', null]], []])
  })

  it('should not read a deputy by title alone, nor a post that asks (`院长要求…`), as an owner', () => {
    const record = council('一、关于材料\n副主任于下周一前审定方案。\n二、关于管理\n主任要求各委室加强管理。')
    expect(owners(record)).toEqual([[], []])
  })
})

describe('round 21: what a congress recommends and hands on, a partner joined, a member body', () => {
  it('should read no owner 建议X, and the one a report is handed to after a step (`经修改后交X研究处理`)', () => {
    const record = council('一、关于饮水安全\n会议建议县人民政府加大供水管护投入。调研报告经修改后交县人民政府研究处理。')
    const assignments = record.items[0]?.assignments ?? []
    expect(assignments.some((assignment) => assignment.owner.startsWith('建议'))).toBe(false)
    expect(assignments.map((assignment) => [assignment.owner, assignment.task]).at(-1)).toEqual(['县人民政府', '研究处理'])
  })

  it('should keep a partner joined with 联合 out of the owners (`由X牵头,联合县Y起草…`)', () => {
    const record = council('一、关于标准\n会议同意由协会秘书处牵头,联合县农业农村局起草地方标准,6月底前完成。')
    expect(owners(record)).toEqual([[['协会秘书处', '6月底前']]])
  })

  it('should read a member body by its name after its designation (`由副会长单位X公司承办`)', () => {
    const record = council('一、关于开园节\n会议决定于4月上旬举办开园节,由副会长单位平溪云雾茶业有限公司承办。')
    expect(record.items[0]?.assignments.map((assignment) => assignment.owner)).toEqual(['平溪云雾茶业有限公司'])
  })
})

describe('round 22: the meeting named by its body as the subject of its outcome', () => {
  it('should read an outcome whose subject is the meeting’s body or kind (`院务会同意`, `管委会同意`, `院长办公会研究决定:`)', () => {
    const record = hospital('一、关于专著资助\n院务会同意对2部专著给予出版资助。\n二、关于孵化器\n管委会同意引进专业机构运营孵化器。\n三、关于装修\n院长办公会研究决定:门诊楼装修采用公开招标方式。')
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['院务会同意对2部专著给予出版资助'],
      ['管委会同意引进专业机构运营孵化器'],
      ['院长办公会研究决定:门诊楼装修采用公开招标方式']
    ])
  })

  it('should still read 会同 after a commission (`县发改委会同县财政局…`)', () => {
    const record = hospital('一、关于项目\n县发改委会同县财政局抓紧办理项目申报。')
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['县发改委', '会同县财政局抓紧办理项目申报']])
  })
})

describe('round 23: news of a body’s meeting that names it by its kind', () => {
  it('should open an unnumbered matter where the meeting is named by its kind (`党组会议听取了…`, `院务会研究了…`)', () => {
    const text = '县民政局召开党组会议\n5月8日,局党组书记、局长孙涛主持召开局党组会议。\n党组会议听取了社会救助股的工作汇报。会议要求,社会救助股要在6月底前完成低保复核。\n党组会议研究了干部培训计划,同意举办培训班2期。\n党组会议还传达学习了县委有关会议精神。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => item.reporters)).toEqual([['社会救助股'], [], []])
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 1, 0])
  })
})

describe('round 24: the meeting named by its kind asks', () => {
  it('should read the owner after the meeting’s body asks (`党工委要求X…`, `管委会责成X…`)', () => {
    const record = hospital('一、关于迎检\n党工委要求城管科加强巡查,本月底前完成整治。\n二、关于验收\n管委会责成规划建设局于6月底前完成验收。')
    expect(owners(record)).toEqual([[['城管科', '本月底前']], [['规划建设局', '于6月底前']]])
  })

  it('should keep a unit that opens with a body’s name (`常委会办公室要…`)', () => {
    const record = council('一、关于会务\n常委会办公室要做好会务保障。')
    expect(owners(record)).toEqual([[['常委会办公室', null]]])
  })
})

describe('round 27: a lead marked in brackets, one named to a role', () => {
  it('should read a unit with its role in brackets as one of joint owners (`县公安局(牵头)、县城管局…`)', () => {
    const record = council('一、关于整治\n县公安局(牵头)、县城管局要联合开展集中整治,7月31日前完成。')
    expect(record.items[0]?.assignments.map((assignment) => assignment.owners)).toEqual([['县公安局', '县城管局']])
  })

  it('should read the one the meeting names to a person’s role as the owner (`指定X同志为联络人,负责…`)', () => {
    const record = council('一、关于联络\n会议指定县政府办公室副主任吕涛同志为联络人,负责每周汇总进展。')
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['县政府办公室', '为联络人,负责每周汇总进展']])
  })
})
