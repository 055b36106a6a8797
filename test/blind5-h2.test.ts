import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'
import type {Assignment} from '../src/record.js'

/** Owner(s), role, the task's first characters and the deadline of each assignment of an item. */
function rows(assignments: Assignment[], taskLength = 6) {
  return assignments.map((assignment) => [assignment.owners, assignment.role, assignment.task.slice(0, taskLength), assignment.due])
}

/** The assignments of the first item of minutes written in the genre's forms. */
function first(body: string) {
  return analyze(`某镇党政联席会议纪要\n一、研究有关工作\n${body}\n`).record.items[0].assignments
}

/** A deadline found in a task: what it says, its kind and its date. */
function due(task: string, meetingDate: string) {
  const found = findDue(task, meetingDate)
  return found && {text: task.slice(found.start, found.end), kind: found.kind, date: found.date}
}

/** A blind text of this round, read by jiyao. */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/blind5-h2/${name}`, import.meta.url), 'utf8')
  return analyze(text).record
}

describe('deadlines of school terms, farm seasons and prompt starts', () => {
  it('should read 本学期内 and 下学期末前 as deadlines with no date', () => {
    expect(due('本学期内完成全部培训课时', '2025-08-25')).toMatchObject({text: '本学期内', kind: 'absolute', date: null})
    expect(due('于下学期末前完成评估', '2025-08-25')).toMatchObject({text: '于下学期末前', kind: 'absolute', date: null})
  })

  it('should read the term named before 开学 with it (秋季开学前)', () => {
    expect(due('在秋季开学前完成校舍维修', '2025-06-20')).toMatchObject({text: '在秋季开学前', date: null})
    expect(due('春季开学前完成排查', '2025-12-20')).toMatchObject({text: '春季开学前', date: null})
  })

  it('should not read a name that cuts an office (县政府办|公室行) or a unit that holds a period (每月)', () => {
    expect(first('会议同意该办法，由县政府办公室行文印发。').map((each) => [each.owner, each.task])).toEqual([['县政府办公室', '行文印发']])
    expect(first('会议要求由局办公室每月在局网站公布考核排名。').map((each) => [each.owner, each.task])).toEqual([['局办公室', '每月在局网站公布考核排名']])
  })

  it('should read the task of an item whose heading is an agreed matter with its owner', () => {
    const text = '某县专题会议纪要\n现将会议议定事项纪要如下：\n一、原则同意县住建局提出的实施方案。\n二、县财政局要积极争取上级资金，不足部分由县城投公司筹措。\n三、研究县城供水工作\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.assignments.map((each) => [each.owner, each.task]))).toEqual([
      [],
      [
        ['县财政局', '要积极争取上级资金'],
        // (What is raised, written before `由X`, is part of the task since h37 and h38: `A由X筹措`.)
        ['县城投公司', '不足部分由县城投公司筹措']
      ],
      // A heading with no sentence in it gives no task.
      []
    ])
  })

  it('should read a board that asks as the meeting does (理事会要求秘书处…), not its office as a board', () => {
    expect(first('会议审议未通过该议案，理事会要求秘书处重新论证后提交下次会议审议。').map((each) => [each.owner, each.task])).toEqual([
      ['秘书处', '重新论证后提交下次会议审议']
    ])
    expect(first('董事会办公室负责做好信息披露。').map((each) => each.owner)).toEqual(['董事会办公室'])
  })

  it('should end joint owners before an adverb that opens their task (密切协作)', () => {
    expect(first('会议要求市应急管理局、市民政局密切协作，严防森林火灾发生。').map((each) => [each.owners, each.task])).toEqual([
      [['市应急管理局', '市民政局'], '密切协作，严防森林火灾发生']
    ])
  })

  it('should read a committee named after its two fields as one owner (市政协文史和学习委员会)', () => {
    const [assignment] = first('会议要求市政协文史和学习委员会牵头做好史料征集工作。')
    expect(assignment.owners).toEqual(['市政协文史和学习委员会'])
    // Two units each with its place are two owners.
    expect(first('会议要求市民政局和市财政局做好救助资金发放工作。')[0].owners).toEqual(['市民政局', '市财政局'])
  })

  it('should read 春耕前 and 寒假前 as days that bound a task, as 汛期前 is', () => {
    expect(due('春耕前组织一次农技培训', '2025-03-12')).toMatchObject({text: '春耕前', date: null})
    expect(due('寒假前完成校舍安全排查', '2025-11-03')).toMatchObject({text: '寒假前', date: null})
  })

  it('should read 即日起 that leads a clause as a prompt start, and keep an end after it', () => {
    expect(due('负责落实值班制度，即日起执行', '2025-06-03')).toMatchObject({text: '即日起', kind: 'vague'})
    expect(due('即日起至9月30日实行24小时值班', '2025-06-03')).toMatchObject({text: '至9月30日', kind: 'absolute'})
  })

  it('should prefer a prompt start written before a recurring report', () => {
    expect(due('成立工作专班，即日起实行周调度，每周五报告进展', '2025-09-16')).toMatchObject({text: '即日起'})
    expect(due('每月5日前报送进展，立即组织排查', '2025-09-16')).toMatchObject({text: '每月5日前', kind: 'recurring'})
  })
})

describe('owners of these minutes', () => {
  it('should read a division named after the two things it manages as one owner (`实验室与设备管理处`)', () => {
    expect(rows(first('由实验室与设备管理处牵头，对危化品进行清查。'))).toEqual([[['实验室与设备管理处'], 'lead', '牵头，对危化', null]])
    expect(rows(first('资产与后勤管理中心要在月底前完成盘点。'))[0][0]).toEqual(['资产与后勤管理中心'])
  })

  it('should still read two units over 与 as two owners', () => {
    expect(rows(first('党政办与财政所要在月底前完成清查。'))[0][0]).toEqual(['党政办', '财政所'])
    expect(rows(first('后勤处与保卫处负责校门口值守。'))[0][0]).toEqual(['后勤处', '保卫处'])
  })

  it('should give the task to a supporting owner listed after the lead with 、 (`X牵头、Y配合`)', () => {
    expect(rows(first('会议决定，由综治办牵头、司法所配合，本月内完成积案化解。'))).toEqual([
      [['综治办'], 'lead', '牵头、司法所', '本月内'],
      [['司法所'], 'support', '配合，本月内', '本月内']
    ])
  })

  it('should run the task of `X同志负责,` on into its clause of 组织Y…, which names no owner', () => {
    expect(rows(first('分管副镇长王海同志负责，组织应急办对山塘开展排查，汛期前完成整改。'), 4)).toEqual([[['王海'], 'responsible', '负责，组', '汛期前']])
  })

  it('should name a village organ’s officer in person as an owner, and keep a bare organ and a county unit’s head', () => {
    const village = analyze('某村“两委”会议纪要\n一、春耕生产\n村委会副主任赵某兰要在3月20日前摸清撂荒地底数；村妇联主席钱某负责垃圾清理。由村委会负责公示。\n').record
    expect(village.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['赵某兰', '钱某', '村委会'])
    expect(rows(first('县水利局局长周平同志负责督导。'))[0][0]).toEqual(['县水利局'])
  })
})

describe('known misses of owners and shared deadlines', () => {
  it('should end the owner after 请 before 补充 and 重新 (`请公司经营层补充…后重新提交董事会`)', () => {
    const record = analyze('某公司董事会会议纪要\n一、审议设立子公司的议案\n请公司经营层补充市场调研后重新提交董事会审议。\n').record
    expect(rows(record.items[0].assignments, 4)).toEqual([[['公司经营层'], 'responsible', '补充市场', null]])
  })

  it('should give the shared outcome’s deadline to the first owner after a clause of 会议明确', () => {
    expect(rows(first('会议明确,由项目中心负责组织实施,财务科负责资金拨付,确保11月底前全部完工。'), 4)).toEqual([
      [['项目中心'], 'responsible', '负责组织', '11月底前'],
      [['财务科'], 'responsible', '负责资金', '11月底前']
    ])
  })
})

describe('blind round 1 (fixtures/genre/blind5-h2/r1)', () => {
  it('should read the school’s tasks with their owners and deadlines', () => {
    const record = read('r1/e-school-affairs.txt')
    expect(record.items.map((item) => rows(item.assignments, 4))).toEqual([
      [
        [['教务处'], 'responsible', '要在开学', '在开学前'],
        [['后勤处'], 'responsible', '负责校园', '8月30日前']
      ],
      [
        [['实验室与设备管理处'], 'lead', '牵头、后', '9月10日前'],
        [['后勤处'], 'support', '配合,对', '9月10日前'],
        [['实验室与设备管理处'], 'responsible', '要每月5', '每月5日前']
      ],
      [[['教务处'], 'responsible', '会同德育', '本学期内']],
      [[['德育处', '后勤处'], 'responsible', '按职责分', '即日起']]
    ])
  })

  it('should read the village officers as owners in person', () => {
    const record = read('r1/c-village-two-committees.txt')
    expect(record.items.slice(0, 3).map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([
      [
        ['李秀兰', '在3月20日前'],
        ['赵强', '春耕前']
      ],
      [
        ['孙美华', '月底前'],
        ['周德明', null]
      ],
      [['钱丽', '5个工作日内']]
    ])
  })
})

describe('round 2: labels, suffixes inside verbs, things led, reports at a time of day', () => {
  it('should read no unit ending inside 办理 (`会议要求加快办理…`), and give the task to the labelled owner below, past the overseeing leader’s line', () => {
    const record = analyze('某县调度会议纪要\n一、某项目\n会议要求加快办理用地手续。\n责任领导：马振华\n牵头单位：县自然资源局\n完成时间：11月20日前\n').record
    expect(rows(record.items[0].assignments)).toEqual([[['县自然资源局'], 'lead', '加快办理用地', '11月20日前']])
  })

  it('should read a bare name after 责任人: as the owner in person', () => {
    const record = analyze('某村“两委”会议纪要\n一、某项目\n做好村道硬化工程质量监督。责任人：钱某良；完成时限：5月1日前。\n').record
    expect(rows(record.items[0].assignments)).toEqual([[['钱某良'], 'responsible', '做好村道硬化', '5月1日前']])
  })

  it('should not take what an owner led, named as a thing (`X牵头的专项行动已办结`), for a task', () => {
    expect(first('市人社局牵头的专项行动已按期办结，会议予以肯定。')).toEqual([])
  })

  it('should read a recurring report at a time of day (`每周一上午报送`)', () => {
    expect(due('要加强跟踪问效，每周一上午报送督办台账', '2025-12-03')).toEqual({text: '每周一上午', kind: 'recurring', date: null})
    expect(due('每月5日下午报送进度', '2025-12-03')).toEqual({text: '每月5日下午', kind: 'recurring', date: null})
  })

  it('should read the street committee’s tasks with a person leading and two offices supporting', () => {
    const record = read('r2/c-street-party-work.txt')
    expect(rows(record.items[1].assignments, 4)).toEqual([
      [['赵敏'], 'lead', '牵头,综', '国庆前'],
      [['综治办', '派出所'], 'support', '配合,国', '国庆前'],
      [['城管科'], 'responsible', '负责节日', '9月28日前'],
      [['财政所'], 'responsible', '要保障节', '本周五前']
    ])
  })
})

describe('round 3: short labels, officers of a body named whole, meetings as deadlines', () => {
  it('should read a line of short labels (`牵头:X;配合:Y;时限:Z`) under its task, but not `由X牵头:`', () => {
    const record = analyze('某县专题会议纪要\n（一）确保按时供暖。热力公司要完成管网试压。\n牵头：县住建局；配合：县发改局；时限：11月15日前\n').record
    expect(rows(record.items[0].assignments, 4)).toEqual([
      [['热力公司'], 'responsible', '要完成管', null],
      [['县住建局'], 'lead', '热力公司', '11月15日前'],
      [['县发改局'], 'support', '热力公司', '11月15日前']
    ])
    expect(rows(first('会议要求，由县住建局牵头：做好供暖保障。'), 4)).toEqual([[['县住建局'], 'lead', '牵头：做', null]])
  })

  it('should name an officer of a body named whole (`纪委书记X`, `社区民警X同志`) in person, not a unit with a place', () => {
    expect(first('纪委书记赵某红要加强日常监督。社区民警周某同志要加强治安巡逻。').map((assignment) => assignment.owner)).toEqual(['赵某红', '周某'])
    expect(first('镇纪委书记赵某红要加强日常监督。').map((assignment) => assignment.owner)).toEqual(['镇纪委'])
  })

  it('should read `董事会召开前` as a deadline with no date', () => {
    expect(due('董事会召开前补充风险评估报告', '2025-08-12')).toEqual({text: '董事会召开前', kind: 'absolute', date: null})
  })

  it('should give an owner read from its clause start and from its 由 one assignment', () => {
    expect(rows(first('慰问工作由社区党委副书记林某红牵头，居委会委员宋某配合，春节前完成走访。'), 4)).toEqual([
      // A task set before its owner starts with what is to be done (blind7-h8: the titles before a name hold no 由).
      [['林某红'], 'lead', '慰问工作', '春节前'],
      // The support shares the task set before the lead (blind18-h44 r2: `A由X牵头，Y配合，…`).
      [['宋某'], 'support', '慰问工作', '春节前']
    ])
  })

  it('should read a decision on a matter of the 后勤 office (`会议同意后勤保障处提出的…`), not a step to come', () => {
    const record = analyze('某大学校长办公会议纪要\n一、研究暑期维修工程\n会议同意后勤保障处提出的暑期维修计划。会议审议通过后印发。\n').record
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意后勤保障处提出的暑期维修计划'])
  })
})

describe('round 4: web copies that lost their line breaks, labels in brackets, grade groups, station heads', () => {
  it('should read the tasks of a heading that runs on after a space into its first point or a statement', () => {
    const record = analyze('某县调度会议纪要\n一、关于综合利用 1.县农业局要制定补助办法,10日内报县政府审定。2.县财政局负责拨付资金。\n二、关于信息报送 会议要求,县农业局汇总巡查情况,每周五下班前报县政府办公室。\n').record
    expect(record.items.map((item) => rows(item.assignments, 4))).toEqual([
      [
        [['县农业局'], 'responsible', '要制定补', '10日内'],
        [['县财政局'], 'responsible', '负责拨付', null]
      ],
      [[['县农业局'], 'responsible', '汇总巡查', '每周五下班前']]
    ])
    // The heading ends at the space, and the points after it are points.
    expect(record.items.map((item) => [item.heading, item.points.length])).toEqual([
      ['关于综合利用', 2],
      ['关于信息报送', 0]
    ])
  })

  it('should end a task before a bracket of labels, and let the bracket’s deadline win over a vague one for all who share the task', () => {
    expect(rows(first('县生态环境分局牵头,县公安局配合,即日起开展巡查(责任单位:县生态环境分局;完成时限:11月30日前)。'), 10)).toEqual([
      [['县生态环境分局'], 'lead', '牵头,县公安局配合,', '11月30日前'],
      [['县公安局'], 'support', '配合,即日起开展巡查', '11月30日前']
    ])
  })

  it('should read a grade group as a unit, and a station’s head as the station', () => {
    expect(first('高三年级组要制定复习方案,3月10日前报教务处。').map((assignment) => assignment.owner)).toEqual(['高三年级组'])
    expect(first('各年级组要做好收心教育。')).toEqual([])
    expect(rows(first('责成安监站站长罗某同志建立隐患台账,每月底前报党政办。'), 4)).toEqual([[['安监站'], 'responsible', '建立隐患', '每月底前']])
  })

  it('should take `X对…依法查处` as a task of X', () => {
    expect(rows(first('县公安局对焚烧秸秆行为依法查处。'), 4)).toEqual([[['县公安局'], 'responsible', '对焚烧秸', null]])
  })
})

describe('round 5: 作为牵头单位, group heads in a list, counted persons, days and events as deadlines', () => {
  it('should read `X作为牵头单位,会同Y于…前完成…` as a task X leads', () => {
    expect(rows(first('县应急管理局作为牵头单位，会同县消防救援大队于1月20日前完成消防安全检查。'), 6)).toEqual([
      [['县应急管理局'], 'lead', '会同县消防救', '于1月20日前']
    ])
  })

  it('should give the tasks of group heads in a list to their groups', () => {
    expect(first('第一村民小组组长陈某福、第二村民小组组长方某强负责发动群众。')[0].owners).toEqual(['第一村民小组', '第二村民小组'])
  })

  it('should read persons counted before their title (`请X、Y两位副主任…`) as owners', () => {
    expect(rows(first('请蒋某平、王某两位副主任分片包干督导。'), 4)).toEqual([[['蒋某平', '王某'], 'responsible', '分片包干', null]])
  })

  it('should name a work team’s member in person (`驻村工作队队员X`)', () => {
    expect(first('驻村工作队队员潘某要会同村妇联组织防溺水教育。').map((assignment) => assignment.owner)).toEqual(['潘某'])
  })

  it('should read the meeting’s day or the next with a time (`明天下班前`), and weather and inspections (`台风来临前`, `迎检前`)', () => {
    expect(due('负责物资储备检查,明天下班前上报', '2025-07-14')).toEqual({text: '明天下班前', kind: 'relative', date: '2025-07-15'})
    expect(due('今日12时前报送', '2025-07-14')).toEqual({text: '今日12时前', kind: 'relative', date: '2025-07-14'})
    expect(due('要在台风来临前完成广告牌加固', '2025-07-14')).toEqual({text: '在台风来临前', kind: 'absolute', date: null})
    expect(due('迎检前完成问题整改', '2025-07-14')).toEqual({text: '迎检前', kind: 'absolute', date: null})
    expect(due('明天上午召开会议', '2025-07-14')).toBeNull()
  })
})

describe('round 6: leader labels in a bracket, 同步, subject groups, 今年底, examinations', () => {
  it('should end the task of a 责任人 label before the leader’s label in the same bracket', () => {
    expect(rows(first('1.农田建设:农业服务中心负责,8月20日前完成验收。(责任领导:副镇长周某;责任人:张某强)'), 30)).toEqual([
      [['张某强'], 'responsible', '农田建设:农业服务中心负责,8月20日前完成验收', '8月20日前'],
      [['农业服务中心'], 'responsible', '负责,8月20日前完成验收', '8月20日前']
    ])
  })

  it('should read `,X同步制定…` as a task of X', () => {
    expect(rows(first('请市财政局于4月10日前下达资金,市水利局同步制定管理办法。'), 4)).toEqual([
      [['市财政局'], 'responsible', '于4月1', '于4月10日前'],
      [['市水利局'], 'responsible', '同步制定', null]
    ])
  })

  it('should read a school’s subject group as a unit that presents and owns (`体育组`)', () => {
    const record = analyze('某小学校务会议纪要\n一、秋季运动会\n会议原则同意体育组提出的运动会方案。由体育组牵头，德育处、总务处协助，10月15日前完成场地准备。\n').record
    expect(record.items[0].reporters).toEqual(['体育组'])
    expect(rows(record.items[0].assignments, 4)).toEqual([
      [['体育组'], 'lead', '牵头，德', '10月15日前'],
      [['德育处', '总务处'], 'support', '协助，1', '10月15日前']
    ])
  })

  it('should read `今年底前` whole, with its year, and a school’s examinations as deadlines', () => {
    expect(due('于今年底前完成', '2025-03-12')).toEqual({text: '于今年底前', kind: 'absolute', date: '2025-12-31'})
    expect(due('期中考试前形成排查报告', '2025-09-22')).toEqual({text: '期中考试前', kind: 'absolute', date: null})
  })
})

describe('round 7: those who take part, weather before a task', () => {
  it('should give those who take part (`由X负责,Y、Z参与`) the task as support, but not what they took part in', () => {
    expect(rows(first('由区审批局负责,区发改局、区商务局参与,推行容缺受理。'), 4)).toEqual([
      [['区审批局'], 'responsible', '负责,区', null],
      [['区发改局', '区商务局'], 'support', '参与,推', null]
    ])
    expect(first('区财政局参与了方案起草。')).toEqual([])
  })

  it('should read `降雪前` as a deadline', () => {
    expect(due('做好除雪保畅准备,降雪前完成物资储备', '2025-12-08')).toEqual({text: '降雪前', kind: 'absolute', date: null})
  })
})
