/**
 * Minutes written blind by the lead in the eighth session
 * (fixtures/genre/blind10-lead): what they showed jiyao missing. Inputs here
 * are short sentences of the genre's forms; the fixtures are scored by
 * `JIYAO_CORPUS=fixtures/genre/blind10-lead node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

const lead = '2025年11月6日上午,副区长卢振华主持召开专题协调会议。'

/** Owner, task, deadline and role of each assignment of the first item. */
function tasks(body: string): Array<[string, string, string | null, string]> {
  const record = parseMinutes([lead, '一、研究有关事项', body].join('\n'))
  return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due, assignment.role])
}

describe('a supporting owner after a lead that has its own task', () => {
  it('should give `Y配合` the lead’s task before it, and the outcome after it', () => {
    expect(tasks('城东街道负责违章搭建的拆除工作,区城管局配合,确保年底前完成。')).toEqual([
      ['城东街道', '负责违章搭建的拆除工作,区城管局配合,确保年底前完成', '年底前', 'responsible'],
      ['区城管局', '负责违章搭建的拆除工作,区城管局配合,确保年底前完成', '年底前', 'support']
    ])
  })

  it('should do so where `Y协助` ends the sentence', () => {
    expect(tasks('由区水务局负责管网改造,区住建局协助。')).toEqual([
      ['区水务局', '负责管网改造,区住建局协助', null, 'responsible'],
      ['区住建局', '负责管网改造,区住建局协助', null, 'support']
    ])
  })

  it('should leave the task after `X牵头,Y配合` to both, from where each is named', () => {
    expect(tasks('区城管局牵头,区交通局配合,9月底前完成路灯维修。')).toEqual([
      ['区城管局', '牵头,区交通局配合,9月底前完成路灯维修', '9月底前', 'lead'],
      ['区交通局', '配合,9月底前完成路灯维修', '9月底前', 'support']
    ])
  })
})

describe('a task written before `由X负责` and a verb of building or running', () => {
  it('should give 城建公司 the road it builds, written before 由', () => {
    expect(tasks('项目配套道路由城建公司负责建设,年底前建成通车。')).toEqual([
      ['城建公司', '项目配套道路由城建公司负责建设,年底前建成通车', '年底前', 'responsible']
    ])
  })

  it('should give the unit that runs it the centre written before 由', () => {
    expect(tasks('会议明确,人才驿站由区人才服务中心负责运营。')).toEqual([['区人才服务中心', '人才驿站由区人才服务中心负责运营', null, 'responsible']])
  })
})

describe('a date before a verb of coming into service', () => {
  it('should read `力争明年一季度通水` as the deadline of the waterworks', () => {
    expect(tasks('会议要求,县水务集团要加快施工进度,力争明年一季度通水。')).toEqual([
      ['县水务集团', '要加快施工进度,力争明年一季度通水', '明年一季度', 'responsible']
    ])
  })

  it('should read `9月底开通` as a deadline', () => {
    expect(tasks('区交通局要优化公交线网,9月底开通3条微循环公交线路。')).toEqual([
      ['区交通局', '要优化公交线网,9月底开通3条微循环公交线路', '9月底', 'responsible']
    ])
  })
})

describe('a lead-in that hands out tasks', () => {
  const decisions = (body: string): string[] =>
    parseMinutes([lead, '一、研究有关事项', body].join('\n')).items[0].decisions.map((decision) => decision.text)

  it('should not take `会议明确了…工作任务:` for a decision, but each point after it', () => {
    expect(decisions('会议明确了下一阶段各成员单位工作任务:\n(一)市住建局:负责统筹协调。\n(二)市消防救援支队:负责督促检查。')).toEqual([
      '市住建局:负责统筹协调。',
      '市消防救援支队:负责督促检查。'
    ])
  })

  it('should still take `会议明确了…任务` with no list after it for a decision', () => {
    expect(decisions('会议明确了各成员单位的工作任务。')).toEqual(['会议明确了各成员单位的工作任务'])
  })

  it('should keep a labelled `议定事项:` line apart from the decision on it', () => {
    expect(decisions('议定事项:同意该实施方案。')).toEqual(['同意该实施方案'])
  })
})

describe('a deadline and a verb of handing up after the next owner', () => {
  it('should keep `11月15日前报省财政厅` to the owner before it, not share it with the one ahead', () => {
    expect(tasks('会议同意由市城投集团通过发行专项债券筹措建设资金,市财政局要指导做好债券申报工作,11月15日前报省财政厅。')).toEqual([
      ['市城投集团', '通过发行专项债券筹措建设资金', null, 'responsible'],
      ['市财政局', '要指导做好债券申报工作,11月15日前报省财政厅', '11月15日前', 'responsible']
    ])
  })

  it('should still share an outcome after an owner that only carries the work (`力争…全部签约`)', () => {
    expect(tasks('由区招商局统筹,区财政局落实资金,力争10月中旬前全部签约。').map(([owner, , due]) => [owner, due])).toEqual([
      ['区招商局', '10月中旬前'],
      ['区财政局', '10月中旬前']
    ])
  })
})

describe('an audience under an office ends the task before it', () => {
  it('should end the task before `局属各单位要…`', () => {
    expect(tasks('会议要求,局安全监督科要牵头开展安全生产月活动,局属各单位要结合实际制定具体方案。')).toEqual([
      ['局安全监督科', '要牵头开展安全生产月活动', null, 'lead']
    ])
  })

  it('should end it before `各单位要…` and `各二级单位落实…` too', () => {
    expect(tasks('会议要求,局办公室要做好统筹,各单位要按时报送材料。').map(([owner, task]) => [owner, task])).toEqual([['局办公室', '要做好统筹']])
    expect(tasks('寒假期间校园安全由保卫处负总责,各二级单位落实值班制度。').map(([owner, task]) => [owner, task])).toEqual([
      ['保卫处', '寒假期间校园安全由保卫处负总责']
    ])
  })

  it('should still let `各单位配合` support the task', () => {
    expect(tasks('会议要求,局办公室牵头做好迎检工作,各单位配合。').map(([owner, task]) => [owner, task])).toEqual([['局办公室', '牵头做好迎检工作,各单位配合']])
  })
})

describe('a header field that names the meeting', () => {
  it('should read `会议名称:` as the meeting’s name, with the date and chair of the fields below', () => {
    const {meeting} = parseMinutes('会议纪要\n会议名称:区教育局2025年第3次局务会\n会议时间:2025年7月18日\n主 持 人:局长 王明\n一、研究招生工作\n会议同意招生方案。')
    expect([meeting.name, meeting.session, meeting.date, meeting.chair?.name]).toEqual(['区教育局2025年第3次局务会', 3, '2025-07-18', '王明'])
  })

  it('should not take a `会议名称:` that names no meeting', () => {
    const {meeting} = parseMinutes('会议纪要\n会议名称:见附件\n会议时间:2025年7月18日\n主持人:局长 王明\n一、研究招生工作\n会议同意招生方案。')
    expect(meeting.name).toBe(null)
  })
})

describe('the task that label lines give owners', () => {
  it('should leave out the report before what the meeting decided, and the lead-in', () => {
    const text = [lead, '一、关于医保基金自查', '医保办汇报了自查自纠进展。会议议定:对发现的问题逐项整改。', '责任科室:医保办、财务科', '完成时限:10月15日前'].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['医保办', '对发现的问题逐项整改', '10月15日前'],
      ['财务科', '对发现的问题逐项整改', '10月15日前']
    ])
  })

  it('should leave out `会议听取了…的汇报。` before what the meeting asks', () => {
    const text = [lead, '一、关于加装电梯', '会议听取了城建科的汇报。会议要求,加快协调审批。', '责任人:汪涛'].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task])).toEqual([['汪涛', '加快协调审批']])
  })

  it('should keep a decision that is the task, with its verb (`会议同意在全院推行…`)', () => {
    const text = [lead, '一、关于预约诊疗', '会议同意在全院推行分时段预约诊疗。', '责任科室:门诊部'].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task])).toEqual([['门诊部', '会议同意在全院推行分时段预约诊疗']])
  })
})

describe('a task under its own label', () => {
  it('should leave the label (`督办事项:`) out of the task its owner lines give', () => {
    const text = [lead, '一、城市生活垃圾处理中心建设', '督办事项:加快二期设备安装,完成试运行。', '牵头单位:市城管局', '完成时限:9月30日前'].join('\n')
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['市城管局', '加快二期设备安装,完成试运行', '9月30日前']
    ])
  })
})

describe('an owner named in what the meeting heard', () => {
  it('should give no task to X in `听取了由X牵头起草的《方案》的说明`', () => {
    expect(tasks('会议听取了由县卫健局牵头起草的《基层医疗服务提升方案》的起草说明,原则同意该方案。')).toEqual([])
  })

  it('should still give X its task in `由X牵头起草《方案》`', () => {
    expect(tasks('会议要求,由县卫健局牵头起草《基层医疗服务提升方案》。').map(([owner]) => owner)).toEqual(['县卫健局'])
  })
})
