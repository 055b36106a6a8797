import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'
import type {Assignment} from '../src/record.js'

/** Owner as written, role, task and deadline of each assignment. */
function rows(assignments: Assignment[]) {
  return assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])
}

/** The assignments of the only item of dated minutes whose body is `body`. */
function tasks(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月6日，县长王立主持召开县政府第3次常务会议。\n一、研究有关工作\n${body}\n`
  return analyze(text).record.items[0].assignments
}

/** A deadline found in a task: what it says, its kind and its date. */
function due(task: string, meetingDate = '2026-05-06') {
  const found = findDue(task, meetingDate)
  return found && {text: task.slice(found.start, found.end), kind: found.kind, date: found.date}
}

/** A blind text of this round, read by jiyao. */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/blind7-h8/${name}`, import.meta.url), 'utf8')
  return analyze(text).record
}

describe('owners the meeting asks', () => {
  it('should end an asked owner before an adverb of how (主动, 全力), not at a unit word further on (市局)', () => {
    expect(rows(tasks('会议要求县水利局主动对接市局，6月10日前完成方案报批。'))).toEqual([
      ['县水利局', 'responsible', '主动对接市局，6月10日前完成方案报批', '6月10日前']
    ])
    expect(rows(tasks('会议要求县商务局全力做好节日市场供应。'))).toEqual([['县商务局', 'responsible', '全力做好节日市场供应', null]])
  })

  it('should read a unit that opens the next part of what the meeting asks, after a `;`', () => {
    expect(rows(tasks('会议要求县交通局加快道路施工，6月底前完成路基；县供电公司督促施工单位迁改线路。'))).toEqual([
      ['县交通局', 'responsible', '加快道路施工，6月底前完成路基', '6月底前'],
      ['县供电公司', 'responsible', '督促施工单位迁改线路', null]
    ])
  })

  it('should not read a unit after a `;` as asked where the sentence before was no asking', () => {
    expect(rows(tasks('会议听取了县财政局的汇报；县供电公司督促施工单位迁改线路。'))).toEqual([])
  })
})

describe('tasks whose owner is a lead with others that share it', () => {
  it('should run the lead’s task on through owners that do their part by duty (按职责分工)', () => {
    const found = tasks('会议要求县生态环境局牵头，县工信局、县交通局按职责分工抓好落实，9月底前完成错峰生产清单编制。')
    expect(found.map((each) => [each.owner, each.role, each.task.endsWith('错峰生产清单编制'), each.due])).toEqual([
      ['县生态环境局', 'lead', true, '9月底前'],
      ['县工信局、县交通局', 'responsible', true, '9月底前']
    ])
  })

  it('should end a task before another owner that does its part by duty where no lead was named', () => {
    expect(rows(tasks('县财政局负责资金保障，县住建局按职责做好质量监管。'))).toEqual([
      ['县财政局', 'responsible', '负责资金保障', null],
      ['县住建局', 'responsible', '按职责做好质量监管', null]
    ])
  })
})

describe('tasks set before their owner', () => {
  it('should read a task handed to its owner (交由X办理, 转由X承办) from the clause start', () => {
    expect(rows(tasks('招生计划调整方案交由县教育局拟定，下次局务会前提交审议。'))).toEqual([
      ['县教育局', 'responsible', '招生计划调整方案交由县教育局拟定，下次局务会前提交审议', '下次局务会前']
    ])
    expect(rows(tasks('群众来信反映的噪声问题转由县生态环境局办理。'))).toEqual([
      ['县生态环境局', 'responsible', '群众来信反映的噪声问题转由县生态环境局办理', null]
    ])
  })

  it('should read 总负责 as a verb of responsibility after a task set before its owner', () => {
    expect(rows(tasks('会议明确，信息系统升级项目由县大数据中心总负责，年底前上线运行。'))).toEqual([
      ['县大数据中心', 'responsible', '信息系统升级项目由县大数据中心总负责，年底前上线运行', '年底前']
    ])
  })

  it('should take the deadline after the owner over a time that names the work before it', () => {
    const [assignment] = tasks('开学前校舍安全排查工作由县教育局负责，8月25日前完成全覆盖检查。')
    expect([assignment.due, assignment.dueDate]).toEqual(['8月25日前', '2026-08-25'])
    // With none after the owner, the one before stays the task's.
    expect(tasks('汛期前堤防隐患排查工作由县水利局负责。')[0].due).toBe('汛期前')
  })

  it('should give a task set before its owner the owner’s role (由X牵头 → lead)', () => {
    expect(tasks('地质灾害巡查工作由县自然资源局牵头，各乡镇具体落实。').map((each) => [each.owner, each.role])).toEqual([['县自然资源局', 'lead']])
  })
})

describe('deadlines of the forms 督查督办 track', () => {
  it('should read the next sitting of a meeting as a deadline with no date', () => {
    expect(due('在下次调度会前将推进情况汇总报县政府')).toEqual({text: '在下次调度会前', kind: 'absolute', date: null})
    expect(due('下一次党委会议召开前印发')).toEqual({text: '下一次党委会议召开前', kind: 'absolute', date: null})
    expect(due('下次会议前提交')).toEqual({text: '下次会议前', kind: 'absolute', date: null})
  })

  it('should not read a next meeting that a matter goes to as a deadline (提交下次常务会议审议)', () => {
    expect(due('修改完善后提交下次常务会议审议')).toBeNull()
  })

  it('should read a period before 实现 or 具备 as a deadline, as before 完成', () => {
    expect(due('确保第三季度实现通水调试')).toEqual({text: '第三季度', kind: 'absolute', date: '2026-09-30'})
    expect(due('确保11月底具备送电条件')).toEqual({text: '11月底', kind: 'absolute', date: '2026-11-30'})
  })

  it('should read an owner followed by a recurring deadline after 于 (X于每月5日前报送)', () => {
    expect(rows(tasks('县统计局于每月5日前报送上月经济运行分析。'))).toEqual([
      ['县统计局', 'responsible', '于每月5日前报送上月经济运行分析', '每月5日前']
    ])
  })

  it('should read a deadline label past a recurring report to the one-off deadline after it', () => {
    const text = '县政府督办会议纪要\n2026年6月30日，县长王立主持召开县政府督办会议。\n一、政务服务改革\n督办事项：推动高频事项全程网办。\n责任单位：县行政审批局\n完成时限：每月25日前报送进展，年底前完成\n'
    const [assignment] = analyze(text).record.items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueDate, assignment.dueKind]).toEqual(['县行政审批局', '年底前', '2026-12-31', 'absolute'])
  })
})

describe('round 2: banks, audiences, labels and management', () => {
  it('should read banks as county minutes shorten them (县农发行) as units among owners', () => {
    expect(tasks('会议要求，由副县长刘强牵头，县财政局、县农发行配合，做好收购资金保障。').map((each) => [each.owners, each.role])).toEqual([
      [['刘强'], 'lead'],
      [['县财政局', '县农发行'], 'support']
    ])
  })

  it('should give the outcome after an audience to an owner whose clause is only its verb', () => {
    const [assignment] = tasks('会议明确，水库除险加固工程由县水利局负总责，各乡镇做好群众工作，确保年底前全部完工。')
    expect([assignment.owner, assignment.due, assignment.dueDate]).toEqual(['县水利局', '年底前', '2026-12-31'])
    // An owner with a task of its own keeps none of it: the audience's outcome is the audience's.
    expect(rows(tasks('由县住建局负责建设管理，各乡镇做好群众工作，确保年底前完工。'))).toEqual([['县住建局', 'responsible', '负责建设管理', null]])
  })

  it('should take a deadline label over a vague word in the task (抓紧完成…(完成时限:…))', () => {
    const [assignment] = tasks('同意出让项目一期用地，抓紧完成土地收储工作（责任单位：县自然资源局；完成时限：2026年5月31日前）。')
    expect([assignment.owner, assignment.due, assignment.dueDate, assignment.dueKind]).toEqual(['县自然资源局', '2026年5月31日前', '2026-05-31', 'absolute'])
  })

  it('should read a company’s management named alone as an owner (授权经营层…)', () => {
    expect(rows(tasks('会议同意该方案。授权经营层组织项目招标。'))).toEqual([['经营层', 'responsible', '组织项目招标', null]])
  })
})

describe('round 3: officers after a task, seasons, terms, mid-year, named works', () => {
  it('should not read a task before 由 as the titles of the person after it (秸秆禁烧由村治保主任X牵头)', () => {
    const [assignment] = tasks('秸秆禁烧由村治保主任李强牵头，秋收前完成禁烧宣传全覆盖。')
    expect([assignment.owner, assignment.role, assignment.task.slice(0, 4), assignment.due]).toEqual(['李强', 'lead', '秸秆禁烧', '秋收前'])
    // Titles joined before a name are still that person's (`区委常委、副区长X`).
    expect(rows(tasks('会议要求，区委常委、副区长李文牵头做好协调。'))).toEqual([['李文', 'lead', '牵头做好协调', null]])
  })

  it('should read 汛前 as 汛期前, but not 防汛前期 (an early stage)', () => {
    expect(due('汛前全部完成泵站改造')).toEqual({text: '汛前', kind: 'absolute', date: null})
    expect(due('做好防汛前期准备工作')).toBeNull()
  })

  it('should read a term with no qualifier (学期末前), but not the last term (上学期末前)', () => {
    expect(due('于学期末前完成全部课程成绩录入', '2026-12-08')).toEqual({text: '于学期末前', kind: 'absolute', date: null})
    expect(due('补录上学期末前的成绩', '2026-12-08')).toBeNull()
  })

  it('should take a deadline written later over a time that names the work after a verb of doing', () => {
    expect(due('负责做好寒假前学生离校安全教育，1月10日前完成离校学生信息登记', '2026-12-08')).toEqual({text: '1月10日前', kind: 'absolute', date: '2027-01-10'})
    // With no other deadline, the time stays the task's.
    // 春节 2027 falls on 6 February.
    expect(due('要做好春节前各项准备工作', '2026-12-08')).toEqual({text: '春节前', kind: 'absolute', date: '2027-02-05'})
  })

  it('should read 年中 as the 30 June of the year, where it bounds a task', () => {
    expect(due('于年中对投资计划完成情况开展中期评估', '2026-03-30')).toEqual({text: '于年中', kind: 'absolute', date: '2026-06-30'})
    expect(due('明年年中前建成投用', '2026-03-30')).toEqual({text: '明年年中前', kind: 'absolute', date: '2027-06-30'})
    // After June it is the next year's.
    expect(due('年中前完成', '2026-09-01')).toEqual({text: '年中前', kind: 'absolute', date: '2027-06-30'})
    expect(due('认真贯彻今年中央一号文件精神', '2026-03-30')).toBeNull()
    expect(due('组织年中考核', '2026-03-30')).toBeNull()
  })

  it('should read an owner named as 责任主体 (X作为责任主体，要…)', () => {
    expect(rows(tasks('考核处作为责任主体，要于4月中旬前将办法印发各企业。'))).toEqual([
      ['考核处', 'responsible', '作为责任主体，要于4月中旬前将办法印发各企业', '于4月中旬前']
    ])
  })
})

describe('round 4: duties, tasks in the clauses before 由X负责, deadlines before their owner', () => {
  it('should read owners that support by their own duties (按各自职责配合) and run the lead’s task through them', () => {
    const found = tasks('会议要求，节日检查由县市场监管局牵头，县农业农村局、县商务局按各自职责配合，中秋节前完成全覆盖检查。')
    expect(found.map((each) => [each.owners, each.role, each.task.endsWith('完成全覆盖检查'), each.due])).toEqual([
      [['县市场监管局'], 'lead', true, '中秋节前'],
      [['县农业农村局', '县商务局'], 'responsible', true, '中秋节前']
    ])
  })

  it('should give a clause of only 由X负责 the task set out in the clauses before it', () => {
    expect(rows(tasks('会议要求，加快推进老旧小区改造，由县住建局牵头。'))).toEqual([['县住建局', 'lead', '加快推进老旧小区改造，由县住建局牵头', null]])
    const [joint] = tasks('对全县中小学食堂开展一轮专项检查，由县教育局和县市场监管局共同负责。')
    expect([joint.owners, joint.task.slice(0, 5)]).toEqual([['县教育局', '县市场监管局'], '对全县中小'])
    // Not what the meeting agreed, nor a time that says only when.
    expect(rows(tasks('会议同意该方案，由县财政局负责。'))).toEqual([['县财政局', 'responsible', '负责', null]])
    expect(tasks('换届前，由副镇长丁红牵头，对村级财务开展审计。')[0].task.startsWith('牵头')).toBe(true)
  })

  it('should read a deadline that opens its owner’s clause (五一节前平安办要…) as the task’s', () => {
    expect(rows(tasks('会议要求，五一节前县公安局要牵头开展一次安全隐患大排查。'))).toEqual([
      ['县公安局', 'lead', '要牵头开展一次安全隐患大排查', '五一节前']
    ])
  })

  it('should read a weekday with its date in brackets (本周五（7月10日）前)', () => {
    expect(due('本周五（7月10日）前拿出赶工方案', '2026-07-07')).toEqual({text: '本周五（7月10日）前', kind: 'relative', date: '2026-07-10'})
  })

  it('should read a working group (专班) as an owner, and no task in an appointment whose name took 任', () => {
    expect(rows(tasks('专班要于5月15日前制定改造实施方案。'))).toEqual([['专班', 'responsible', '要于5月15日前制定改造实施方案', '于5月15日前']])
    expect(tasks('会议决定成立工作专班，由街道办事处主任孙明任组长，副主任吕晓任副组长。')).toEqual([])
  })

  it('should read the commander of a headquarters as the chair (指挥长X主持召开)', () => {
    const {record} = analyze('县防汛抗旱指挥部会议纪要\n10月28日，县长、县防汛抗旱指挥部指挥长邓国强主持召开指挥部会议。\n会议听取了县水利局的汇报。\n')
    expect(record.meeting.chair?.name).toBe('邓国强')
  })
})

describe('blind round 7 (h8): minutes dense with assignments', () => {
  it('should read a chair written after the title 总裁 (主持人：总裁 X)', () => {
    expect(read('r1/a14-private-company.txt').meeting.chair?.name).toBe('钱明辉')
  })

  it('should read the owners of hard-wrapped executive minutes, line ends kept where they run over one', () => {
    const record = read('r2/b02-county-exec-wrapped.txt')
    expect(record.items.flatMap((item) => item.assignments.map((each) => [each.owners, each.role, each.due, each.dueDate]))).toEqual([
      [['刘强'], 'lead', '10月10日前', '2026-10-10'],
      [['县\n发改局', '县财政局', '县农发行'], 'support', '10月10日前', '2026-10-10'],
      [['县市场\n监管局'], 'responsible', null, null],
      // 汛期前 is set by each place: no date.
      [['县水利局'], 'responsible', '明年汛期前', null],
      [['县财政局'], 'responsible', '在11月15日\n前', '2026-11-15'],
      [['县住建局'], 'responsible', '于10月底前', '2026-10-31'],
      [['县公共\n资源交易中心'], 'responsible', null, null]
    ])
  })

  it('should read the owners, deadlines and dates of a subdistrict’s office meeting', () => {
    const record = read('r1/a07-street-weekly.txt')
    expect(record.meeting.date).toBe('2026-01-12')
    // 本周内 of Monday 12 January 2026 is Sunday the 18th; 春节 2026 falls on 17 February.
    expect(record.items.flatMap((item) => item.assignments.map((each) => [each.owner, each.due, each.dueDate]))).toEqual([
      ['王勇', '春节前', '2026-02-16'],
      ['应急管理办公室、综合执法队', '春节前', '2026-02-16'],
      ['社会事务办', '1月20日前', '2026-01-20'],
      ['财政所', '在1月23日前', '2026-01-23'],
      ['城建办、幸福里社区', '本周内', '2026-01-18'],
      ['城建办', '于3月底前', '2026-03-31']
    ])
  })
})
