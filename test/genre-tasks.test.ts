import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'
import type {Assignment} from '../src/record.js'
import {expectSlices} from './assignment-slices.js'

/**
 * Minutes dense with tasks (调度会, 现场办公会, 联席会议, 周例会, 推进会 …),
 * written for these tests in the genre's forms (no corpus text): what the
 * 督查督办 office reads from them, owner, task and deadline.
 */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}

/** Owner, task, deadline as written and resolved, of each assignment. */
function rows(assignments: Assignment[]) {
  return assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due, assignment.dueDate])
}


describe('deadlines that task-dense minutes write', () => {
  it('should read 本周末前 and 下周末前 as the Sunday of the meeting’s week or the next', () => {
    // 2025-05-14 is a Wednesday.
    expect(findDue('本周末前完成管网平衡调试', '2025-05-14')).toEqual({start: 0, end: 4, date: '2025-05-18', kind: 'relative'})
    expect(findDue('下周末前报送', '2025-05-14')).toEqual({start: 0, end: 4, date: '2025-05-25', kind: 'relative'})
    expect(findDue('上周末前已完成', '2025-05-14')).toBeNull()
  })

  it('should read 于本周内 with its 于, by the Sunday of the week', () => {
    // 2025-02-24 is a Monday.
    expect(findDue('于本周内完成考核汇总', '2025-02-24')).toEqual({start: 0, end: 4, date: '2025-03-02', kind: 'relative'})
  })

  it('should read 年前 and 节前 as a festival bound without a day', () => {
    expect(findDue('于年前拨付到位', '2024-12-18')).toEqual({start: 0, end: 3, date: null, kind: 'absolute'})
    expect(findDue('力争年前完成验收', '2024-12-18')).toEqual({start: 2, end: 4, date: null, kind: 'absolute'})
    expect(findDue('于节前完成慰问金发放', '2025-09-20')).toEqual({start: 0, end: 3, date: null, kind: 'absolute'})
  })

  it('should not read 年前 in a count of years, a year said before a count, or 节前 in a word ending in 节', () => {
    expect(findDue('该项目三年前建成', '2024-12-18')).toBeNull()
    expect(findDue('对比去年前三季度数据', '2024-12-18')).toBeNull()
    expect(findDue('把好关键环节前的审核关', '2024-12-18')).toBeNull()
  })

  it('should count a stretch after 节后 from the festival, with no day', () => {
    expect(findDue('节后一个月内完成签约', '2025-01-06')).toEqual({start: 0, end: 6, date: null, kind: 'absolute'})
  })

  it('should read 每季度首月10日前 as recurring', () => {
    expect(findDue('每季度首月10日前报送抽检分析报告', '2024-09-10')).toEqual({start: 0, end: 9, date: null, kind: 'recurring'})
    expect(findDue('每季度首月报送上季度情况', '2024-09-10')).toEqual({start: 0, end: 5, date: null, kind: 'recurring'})
  })

  it('should not read a target for a process (压缩至, 控制在) as the task’s deadline', () => {
    expect(findDue('审批时限压缩至10个工作日以内', '2025-01-06')).toBeNull()
    expect(findDue('办结时间控制在3日内', '2025-01-06')).toBeNull()
    expect(findDue('在10个工作日内完成', '2025-01-06')?.date).toBe('2025-01-20')
  })

  it('should read a month before 投运, 完工 or 通车 as a deadline', () => {
    expect(findDue('确保6月份投运', '2025-03-28')).toEqual({start: 2, end: 5, date: '2025-06-30', kind: 'absolute'})
    expect(findDue('9月底通车', '2025-03-28')?.date).toBe('2025-09-30')
  })

  it('should give a task the first of its one-off deadlines, absolute or relative', () => {
    expect(findDue('要在两周内完成复核，年底前全部整改到位', '2025-03-12')).toEqual({start: 1, end: 5, date: '2025-03-26', kind: 'relative'})
    expect(findDue('6月底前完成改造，验收后10个工作日内报送', '2025-03-12')).toEqual({start: 0, end: 4, date: '2025-06-30', kind: 'absolute'})
  })

  it('should read 限时 and 马上 leading a clause as vague deadlines', () => {
    expect(findDue('限时完成整改', null)).toEqual({start: 0, end: 2, date: null, kind: 'vague'})
    expect(findDue('马上组织整改', null)).toEqual({start: 0, end: 2, date: null, kind: 'vague'})
  })

  it('should read 两会前 as a bound without a day, and 每半月报送 as recurring', () => {
    expect(findDue('两会前完成矛盾纠纷排查', '2025-01-10')).toEqual({start: 0, end: 3, date: null, kind: 'absolute'})
    expect(findDue('两会期间做好信访维稳', '2025-01-10')).toBeNull()
    expect(findDue('每半月报送一次进展', '2025-01-10')).toEqual({start: 0, end: 3, date: null, kind: 'recurring'})
  })
})

describe('owners that task-dense minutes name', () => {
  it('should read owner lines under a task, each on its own line, with the deadline two lines below', () => {
    const {text, record} = read('tasks-food-joint.txt')
    const [first, second, third, fourth] = record.items
    expect(first.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due])).toEqual([
      ['市教育局', 'lead', '2024年10月31日前'],
      ['市市场监管局', 'support', '2024年10月31日前'],
      ['市卫生健康委', 'support', '2024年10月31日前']
    ])
    // `各县(市、区)政府` is an audience: no owner.
    expect(second.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due, assignment.dueDate])).toEqual([
      ['市农业农村局', 'lead', '进一步完善农村集体聚餐备案和指导制度，开展乡村厨师培训', '2024年12月底前', '2024-12-31'],
      ['市市场监管局', 'support', '进一步完善农村集体聚餐备案和指导制度，开展乡村厨师培训', '2024年12月底前', '2024-12-31']
    ])
    // A body named after the meeting owns tasks; the members' recurring deadline is theirs, not its.
    expect(rows(third.assignments)).toEqual([
      ['联席会议办公室', '负责汇总后报市政府', null, null],
      ['市市场监管局', '要牵头做好食品安全风险会商，每季度首月10日前报送上季度抽检分析报告', '每季度首月10日前', null]
    ])
    expect(rows(fourth.assignments)).toEqual([['联席会议办公室', '于年底前制定年度考核评议办法，报召集人审定后印发实施', '于年底前', '2024-12-31']])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should end a task before `由X会同Y…`, a task of X’s own, and read 年前 and 具体负责', () => {
    const {text, record} = read('tasks-heating-topic.txt')
    const [heat, subsidy, coal] = record.items
    expect(rows(heat.assignments)).toEqual([
      ['区热力公司', '要立即组织对投诉集中的小区逐户排查，本周末前完成管网平衡调试', '本周末前', null],
      ['区住建局', '负责督导，每日通报整改进展', null, null]
    ])
    expect(rows(subsidy.assignments)).toEqual([
      ['区财政局', '于年前拨付到位', '于年前', null],
      ['区财政局', '会同区发改局另行研究', null, null],
      ['区发改局', '会同国网供电公司，在15个工作日内完成剩余1200户电网改造验收', '在15个工作日内', null]
    ])
    expect(coal.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task])).toEqual([
      ['区城管局、区生态环境分局', 'responsible', '联合开展散煤销售点专项整治，春节前实现建成区散煤“清零”'],
      // (The lead of only its role shares the work after the owners of only theirs.)
      ['李副区长', 'lead', '牵头，区城管局具体负责，建立散煤治理联席机制，节后召开第一次会议'],
      ['区城管局', 'responsible', '具体负责，建立散煤治理联席机制，节后召开第一次会议'],
      ['区城管局', 'responsible', '要将散煤巡查纳入日常执法，长期坚持']
    ])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should read 节后一个月内 whole, and no deadline in a target for a process', () => {
    const {text, record} = read('tasks-district-projects.txt')
    const [factors, approval] = record.items
    expect(factors.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['区自然资源分局、区发改局', '于1月20日前'],
      ['区财政局', '春节前'],
      ['区城投集团', null],
      // In the order of their places: the labelled owners' task is the whole point, which starts first.
      ['东湖街道', '节后一个月内'],
      ['桥头镇', '节后一个月内'],
      ['区征收中心', '节后一个月内']
    ])
    expect(rows(approval.assignments)).toEqual([
      ['区发改局', '要会同区行政审批局建立重大项目审批"绿色通道",实行容缺受理、并联审批,审批时限压缩至10个工作日以内', null, null],
      ['区行政审批局', '要在2月底前出台具体实施细则', '在2月底前', null],
      ['区生态环境分局', '对涉及环评的项目实行专人跟踪服务,年前完成3个重点项目环评批复', '年前', null]
    ])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should take an owner before 限时, and 于本周内 as the deadline of the owner before it', () => {
    const {text, record} = read('tasks-transport-weekly.txt')
    expect(rows(record.items[1].assignments)).toEqual([
      ['建设科', '牵头，会同市公路中心，于3月10日前督促所有在建项目全面复工', '于3月10日前', '2025-03-10'],
      ['市公路中心', '要每周向局长报告一次复工进展', '每周', null],
      ['质监站', '限时完成开工前安全条件核查，3月5日前报送核查结果', '3月5日前', '2025-03-05']
    ])
    expect(rows(record.items[3].assignments)).toEqual([
      ['办公室', '要做好全国两会期间信访维稳工作', null, null],
      ['政工人事科', '于本周内完成年度考核结果汇总', '于本周内', '2025-03-02']
    ])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should take a unit before 做好 as an owner, ending the task of the owner before', () => {
    const {text, record} = read('tasks-county-mayor-office.txt')
    expect(rows(record.items[1].assignments)).toEqual([
      ['县水利局', '每月25日前报送农村供水工程运行情况', '每月25日前', null],
      ['东山镇、西岭乡', '要于7月1日前完成应急水源工程建设', '于7月1日前', '2025-07-01'],
      ['县水利局', '做好技术指导', null, null]
    ])
    // A leader leads; the units that 具体负责 own the task, and the label restates them without a second row.
    // The leader's task (`牵头`) shares the deadline of the outcome after the units' clause.
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due])).toEqual([
      ['王文明', 'lead', '下周一前'],
      ['县住建局、县公安局', 'responsible', '下周一前'],
      ['县自然资源局', 'responsible', '在十个工作日内'],
      ['县财政局', 'responsible', null],
      ['县公安局、县城管局', 'responsible', '今年年底前']
    ])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should read a person after 分管领导 as the owner', () => {
    const {record} = read('tasks-soe-gm-office.txt')
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due, assignment.dueDate])).toEqual([
      ['人力资源部', 'responsible', '二季度末前', '2025-06-30'],
      ['孙总', 'lead', '年内', '2025-12-31']
    ])
  })

  it('should not read `会同X` after 并 as an owner', () => {
    const {record} = analyze('某区政府常务会议纪要\n一、研究消费券发放工作\n会议要求，区商务局本周内印发实施细则，并会同区财政局做好资金兑付。\n')
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['区商务局'])
  })

  it('should give a point’s labels the task without the point’s number', () => {
    const {record} = read('tasks-flood-dispatch.txt')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])).toEqual([
      ['区水利局', 'lead', '全面开展水库、山塘、河道堤防隐患排查,对排查发现的问题建立台账,逐项整改销号', '汛期前'],
      ['区住建局', 'lead', '开展城区易涝点排查,完善"一点一策"应急预案', '6月10日前'],
      ['区城管局', 'support', '开展城区易涝点排查,完善"一点一策"应急预案', '6月10日前'],
      ['区交警大队', 'support', '开展城区易涝点排查,完善"一点一策"应急预案', '6月10日前'],
      ['区自然资源局', 'responsible', '要对地质灾害隐患点开展拉网式排查,落实群测群防责任人', null]
    ])
  })

  it('should read the sections of a county bureau (`耕地保护股`, `城建股`), but no owner in `集团控股`', () => {
    const text = '2024年5月6日，县自然资源局局长王明远主持召开局务会议。纪要如下：\n一、研究耕地保护工作\n会议听取了耕地保护股的汇报。会议要求，耕地保护股要于6月底前完成图斑核查；城建股配合做好用地保障。市城投集团控股的项目公司要加快建设。\n'
    const {record} = analyze(text)
    expect(record.items[0].reporters).toEqual(['耕地保护股'])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due])).toEqual([
      ['耕地保护股', 'responsible', '于6月底前'],
      ['城建股', 'support', null]
    ])
    expectSlices(text, record.items[0].assignments)
  })

  it('should give the role a unit is named to (`X为牵头单位`, `Y为配合单位`)', () => {
    const text = '2024年5月6日，市长王明远主持召开市政府第15次常务会议。纪要如下：\n一、研究安全生产工作\n会议明确，市应急管理局为牵头单位，市公安局为配合单位，高新区为属地第一责任单位，共同抓好整治工作。\n'
    const {record} = analyze(text)
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role])).toEqual([
      ['市应急管理局', 'lead'],
      ['市公安局', 'support'],
      ['高新区', 'responsible']
    ])
    expectSlices(text, record.items[0].assignments)
  })

  it('should give an owner in brackets after its task (`…(市水务局负责)`) the sentence before, and read 负总责', () => {
    const {text, record} = read('tasks-ecology-inspection.txt')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])).toEqual([
      ['市水务局', 'responsible', '加快截污纳管和清淤工程建设，9月底前完成主体工程', '9月底前'],
      ['市住建局', 'responsible', '负总责，统筹协调沿线排口整治，限8月20日前完成排口溯源', '8月20日前'],
      ['高新区、经开区', 'responsible', '为属地第一责任单位，按照职责分工抓好落实', null]
    ])
    expectSlices(text, record.items.flatMap((item) => item.assignments))
  })

  it('should read bracketed owners with their roles, and not give an owner the task the text already gave it', () => {
    const {record} = analyze('某区政府常务会议纪要\n一、研究停车场建设\n会议要求，年底前建成3个公共停车场（区住建局牵头，区财政局配合）。区城管局要做好停车秩序管理（区城管局负责）。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])).toEqual([
      ['区住建局', 'lead', '年底前建成3个公共停车场', '年底前'],
      ['区财政局', 'support', '年底前建成3个公共停车场', '年底前'],
      ['区城管局', 'responsible', '要做好停车秩序管理', null]
    ])
  })

  it('should read no owner in brackets that hold no actor and verb', () => {
    const {record} = analyze('某区政府常务会议纪要\n一、研究停车场建设\n会议要求，年底前建成3个公共停车场（含地下停车场）。\n')
    expect(record.items[0].assignments).toEqual([])
  })

  it('should read a label with a word of its own (`整改责任人:`) as labelling the sentence before it', () => {
    const {record} = read('tasks-ecology-inspection.txt')
    expect(record.items[2].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['市督察整改办', '要对已完成整改的问题逐项组织验收，符合条件的于印发之日起30日内完成销号'],
      ['市生态环境局', '市督察整改办要对已完成整改的问题逐项组织验收，符合条件的于印发之日起30日内完成销号']
    ])
  })

  it('should read `X、Y等单位配合` as supporting owners that share the lead’s task', () => {
    const {record} = read('tasks-township-party.txt')
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.dueDate])).toEqual([
      ['镇武装部', 'lead', '牵头，镇派出所、镇卫生院等单位配合，做好应征青年政治考核和体检组织工作，确保12月上旬前完成征兵任务', '2025-12-10'],
      ['镇派出所、镇卫生院', 'support', '配合，做好应征青年政治考核和体检组织工作，确保12月上旬前完成征兵任务', '2025-12-10']
    ])
    // 元旦前 after a November meeting: the coming New Year's Day, the day before it.
    expect(record.items[2].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([['镇党政办', '元旦前', '2025-12-31']])
  })

  it('should take a unit before 根据 as an owner', () => {
    const {record} = read('tasks-university-office.txt')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['实验室与设备管理处', '根据会议意见修改完善后，按程序提交党委常委会审议']
    ])
  })

  it('should take `X对Y…` with a verb of a task as X’s task, and not a presentation or a stance', () => {
    const {record} = read('tasks-district-projects.txt')
    expect(record.items[1].assignments[2].owner).toBe('区生态环境分局')
    expect(rows(record.items[2].assignments)).toEqual([
      ['区重大项目办', '每月5日前通报项目进展情况', '每月5日前', null],
      ['区委区政府督查室', '对进度滞后的项目实行挂牌督办,限时整改到位', '限时', null]
    ])
    const heading = '某区政府常务会议纪要\n一、研究工作\n'
    for (const sentence of ['市发改委对《方案》进行说明。', '市发改委对《方案》起草情况作了说明。', '市财政局对此表示支持。']) {
      expect(analyze(heading + sentence + '\n').record.items[0].assignments, sentence).toEqual([])
    }
  })

  it('should take `X为…责任单位` as naming X the owner of what follows, and `X为Y做…` as nothing', () => {
    const {record} = read('tasks-ecology-inspection.txt')
    expect(record.items[0].assignments[2].owners).toEqual(['高新区', '经开区'])
    expect(analyze('某区政府常务会议纪要\n一、研究工作\n市财政局为该项目安排资金。\n').record.items[0].assignments).toEqual([])
  })

  it('should take an owner before the period it does a task in (`X每半月通报一次`), with no deadline', () => {
    const {record} = read('tasks-county-rectify-meeting.txt')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      ['县委巡察办', null, null],
      ['县纪委监委、县委组织部', null, null],
      ['县财政局、县审计局', '6月30日前', '2025-06-30'],
      ['张书记', '于5月上旬', '2025-05-10']
    ])
  })

  it('should read a period before 开工 as a deadline, and 本周五前 / 下周一前 of a Monday meeting', () => {
    const {record} = read('tasks-bureau-project-weekly.txt')
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate]))).toEqual([
      [['投资处', '本周五前', '2025-06-20']],
      [['财金处', '6月25日前', '2025-06-25']],
      [['重点项目服务中心', '三季度', '2025-09-30']],
      [['办公室', '下周一前', '2025-06-23']]
    ])
  })

  it('should read owners of a division of labour written `1.X:负责…`', () => {
    const {record} = analyze('某市政府专题会议纪要\n一、研究马拉松赛事保障\n具体分工如下：\n1.市公安局：负责现场交通管制和安全保卫；\n2.市交通局：负责运力保障，10月1日前完成车辆调配；\n3.市住建局：今年以来已完成沿线改造。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['市公安局', '负责现场交通管制和安全保卫', null],
      ['市交通局', '负责运力保障，10月1日前完成车辆调配', '10月1日前']
    ])
  })

  it('should take no owner from an audience with 各 inside (`市直各部门`), nor after 请', () => {
    const heading = '某市政府常务会议纪要\n一、研究工作\n'
    for (const sentence of ['各县区、市直各部门要抓好落实。', '请各地各部门抓好贯彻落实。']) {
      expect(analyze(heading + sentence + '\n').record.items[0].assignments, sentence).toEqual([])
    }
  })

  it('should take owners before 按职责', () => {
    const {record} = analyze('某区委常委会会议纪要\n一、研究工作\n区委组织部、区委宣传部按职责抓好落实。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owners, assignment.task])).toEqual([[['区委组织部', '区委宣传部'], '按职责抓好落实']])
  })

  it('should give a task ended by another owner’s the deadline of the outcome they share, and no other', () => {
    const {record} = analyze('某区政府专题会议纪要\n一、研究改造项目\n剩余征收工作由南岸街道统筹，区城投集团落实资金，力争10月中旬前全部签约。区住建局负责设计，区城管局负责施工，市交通局要在6月底前完成道路改造。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['南岸街道', '统筹', '10月中旬前'],
      ['区城投集团', '落实资金，力争10月中旬前全部签约', '10月中旬前'],
      ['区住建局', '负责设计', null],
      ['区城管局', '负责施工', null],
      ['市交通局', '要在6月底前完成道路改造', '在6月底前']
    ])
  })

  it('should read 半年内 as a stretch before any verb, and not before a ban', () => {
    expect(findDue('半年内实现融资落地', '2025-08-29')).toEqual({start: 0, end: 3, date: '2026-02-28', kind: 'relative'})
    expect(findDue('半年内不得转让', '2025-08-29')).toBeNull()
  })
})
