import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owners, tasks and deadlines of the first item of minutes made of one body paragraph. */
function assignmentsOf(body: string) {
  const record = parseMinutes(`2026年6月10日,学院召开党政联席会议。\n一、关于有关工作\n${body}\n`)
  return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
}

describe('a work named before its owner and two verbs of responsibility (lead, tenth session)', () => {
  it('should give `A由X牵头负责` the work A, as `A由X负责` has it', () => {
    expect(assignmentsOf('人才引进工作由院长邵永刚牵头负责,学院办公室做好服务保障。')).toEqual([
      ['邵永刚', '人才引进工作由院长邵永刚牵头负责', null],
      ['学院办公室', '做好服务保障', null]
    ])
    expect(assignmentsOf('校友联络工作由学院办公室负责牵头。')).toEqual([['学院办公室', '校友联络工作由学院办公室负责牵头', null]])
  })

  it('should keep a task after the verbs where one is written (`由X牵头负责A`)', () => {
    expect(assignmentsOf('会议决定,由学院办公室牵头负责校庆筹备。')).toEqual([['学院办公室', '牵头负责校庆筹备', null]])
  })
})

describe('a unit before a verb of granting (lead, tenth session)', () => {
  it('should give `X给予…` to X, and end the task before it at its clause', () => {
    expect(assignmentsOf('同意由市城投集团作为投资主体,筹集建设资金,市财政局给予贷款贴息支持。')).toEqual([
      ['市城投集团', '作为投资主体,筹集建设资金', null],
      ['市财政局', '给予贷款贴息支持', null]
    ])
  })
})

describe('a post that reports by its title alone (lead, tenth session)', () => {
  /** Reporters of the first item of a one-paragraph record. */
  const reportersOf = (body: string) => parseMinutes(`2026年9月16日,机关党委召开委员会议。\n${body}\n`).items[0].reporters

  it('should read the post before `关于` as the reporter, as a post owns a task by its title', () => {
    expect(reportersOf('会议听取了组织员关于上半年发展党员工作情况的汇报。')).toEqual(['组织员'])
    expect(reportersOf('会议听取了董事会秘书关于信息披露工作的汇报。')).toEqual(['董事会秘书'])
    expect(reportersOf('会议听取了人事秘书关于招聘工作的汇报。')).toEqual(['人事秘书'])
  })

  it('should not read a deputy’s title alone, which names none of several', () => {
    expect(reportersOf('会议听取了副院长关于招聘工作的汇报。')).toEqual([])
  })
})

describe('a post of a unit’s staff whose title begins as a task may (lead, tenth session)', () => {
  it('should read `机关党委组织员` whole, not `机关党委` with the task `组织员…`', () => {
    expect(assignmentsOf('选举工作由机关党委组织员具体指导。')).toEqual([['机关党委组织员', '具体指导', null]])
  })

  it('should still read a unit that runs on past a shorter one (`党委组织部`)', () => {
    expect(assignmentsOf('机关党委组织部要按程序办理。')).toEqual([['机关党委组织部', '要按程序办理', null]])
  })
})

describe('who reported, in brackets right after the report (lead, tenth session)', () => {
  /** Reporters of the first item of a one-paragraph record. */
  const reportersOf = (body: string) => parseMinutes(`2026年6月10日,县长王明主持召开县政府常务会议。\n${body}\n`).items[0].reporters

  it('should read the unit in `…的汇报(县应急管理局)` as the reporter', () => {
    expect(reportersOf('会议听取了关于全县防汛备汛工作情况的汇报(县应急管理局)。')).toEqual(['县应急管理局'])
  })

  it('should read no reporter from a bracket that names none (`(书面)`, `(有关部门)`)', () => {
    expect(reportersOf('会议听取了关于防汛工作的汇报(书面)。')).toEqual([])
    expect(reportersOf('会议听取了关于防汛工作的汇报(有关部门)。')).toEqual([])
  })
})

describe('the maker of what the meeting reviews, brought to be reviewed (lead, tenth session)', () => {
  it('should read X in `审议了X提交审查的《…》` and `X提请审议的《…》` as the reporter', () => {
    const reportersOf = (body: string) => parseMinutes(`2026年9月24日,县长龙泽宇主持召开县政府第33次常务会议。\n一、审议办法\n${body}\n`).items[0].reporters
    expect(reportersOf('会议审议了县司法局提交审查的《临川县管理办法》,原则同意。')).toEqual(['县司法局'])
    expect(reportersOf('会议审议了县司法局提请审议的《临川县管理办法》,原则同意。')).toEqual(['县司法局'])
  })
})

describe('an owner before a colon and a bare verb of doing; a ratified proposal (lead, tenth session)', () => {
  it('should give `2.区商务局:组织开展…` to the office, as `1.区发改局:牵头…` is', () => {
    const record = parseMinutes('2026年10月29日,区长蒋明远主持召开区政府第52次常务会议。\n一、关于经济运行\n会议要求,具体分工如下:\n1.区发改局:牵头抓好调度。\n2.区商务局:组织开展购物节活动,11月15日前完成。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['区发改局', '牵头抓好调度', null],
      ['区商务局', '组织开展购物节活动,11月15日前完成', '11月15日前']
    ])
  })

  it('should read X, not `追认X`, as who proposed what the meeting ratifies (`同意追认X提出的…`)', () => {
    const record = parseMinutes('2026年10月29日,区长蒋明远主持召开区政府第52次常务会议。\n一、关于其他事项\n会议同意追认区民政局提出的临时救助资金追加方案。\n')
    expect(record.items[0].reporters).toEqual(['区民政局'])
  })
})

describe('a secretary titled by a function named in two words (lead, tenth session)', () => {
  it('should give `请研究生教学秘书于…前…` to the post', () => {
    expect(assignmentsOf('请研究生教学秘书于5月22日前将名单报研究生院。')).toEqual([['研究生教学秘书', '于5月22日前将名单报研究生院', '于5月22日前']])
  })
})

describe('a work named before its owner and two verbs after the role (lead, tenth session)', () => {
  it('should give `A由X牵头组织撰写` and `A由X负责组织实施` the work A', () => {
    const record = parseMinutes('2026年10月13日,院长邹海峰主持召开党政联席会议,副院长兰晓燕参加会议。\n一、关于自评工作\n自评报告由兰晓燕牵头组织撰写,11月10日前提交学校发展规划处。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['兰晓燕', '自评报告由兰晓燕牵头组织撰写,11月10日前提交学校发展规划处', '11月10日前']
    ])
    expect(assignmentsOf('校验工作由医政医管科负责组织实施。')).toEqual([['医政医管科', '校验工作由医政医管科负责组织实施', null]])
  })
})

describe('an agreed matter that opens with when it is done (lead, tenth session)', () => {
  it('should read the owners of `三、改造期间,X负责…;Y负责…` as it does without the time', () => {
    const record = parseMinutes('2026年8月19日,常务副市长柴立军主持召开专题会议。经研究,议定如下:\n一、原则同意改造方案。\n二、改造期间,市公安局交警支队负责制定交通组织方案;市城管局负责做好周边环境整治。\n')
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['市公安局交警支队', '负责制定交通组织方案'],
      ['市城管局', '负责做好周边环境整治']
    ])
  })
})

describe('a lead of only its role, before owners of only theirs (lead, tenth session)', () => {
  it('should give `由X牵头,Y、Z负责,加快推进A` the work A for X too', () => {
    const record = parseMinutes('2026年12月10日,市长杭振东主持召开市政府第71次常务会议,副市长姚立平出席。\n一、研究港口建设问题\n会议要求,由副市长姚立平牵头,市交通运输局、市港口集团负责,加快推进疏港铁路专用线建设,2027年6月底前建成投用。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['姚立平', '牵头,市交通运输局、市港口集团负责,加快推进疏港铁路专用线建设,2027年6月底前建成投用', '2027年6月底前'],
      ['市交通运输局、市港口集团', '负责,加快推进疏港铁路专用线建设,2027年6月底前建成投用', '2027年6月底前']
    ])
  })
})
