import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes written for these tests in the genre's forms (no corpus text). */
function read(name: string) {
  return analyze(readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8'))
}

describe('a bureau meeting (局务会议纪要) with labelled attendance', () => {
  const {record, messages} = read('bureau-meeting.txt')

  it('should read title, meeting, chair and attendance blocks', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.session, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '青山县交通运输局局务会议纪要',
      '2024年第5次局务会议',
      5,
      '2024-04-12',
      '下午',
      '局三楼会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title, meeting.chair.unit]).toEqual(['陈建国', '局长', '县交通运输局'])
    expect(meeting.attendees.map((person) => person.name)).toEqual(['陈建国', '李明华', '王　强', '赵晓燕'])
    expect(meeting.observers.map((person) => [person.name, person.note])).toEqual([
      ['张伟', '局办公室'],
      ['刘芳', '财务科']
    ])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([['孙立新', '出差']])
    expect(meeting.recorder?.name).toBe('周丽')
    expect(messages).toEqual([])
  })

  it('should take the points under 会议决定： as decisions, not the lead-in itself', () => {
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual([
      '同意将G205线K12至K18段纳入年度大中修计划，所需资金由局财务科统筹安排。',
      '公路养护中心要于5月底前完成全县危桥排查，形成台账报局办公室。'
    ])
    expect(record.items[0].points.map((point) => point.ordinal)).toEqual(['1', '2'])
  })

  it('should resolve deadlines against the meeting date', () => {
    const [, second] = record.items[0].assignments
    expect([second.owner, second.due, second.dueDate, second.dueKind]).toEqual(['公路养护中心', '于5月底前', '2024-05-31', 'absolute'])
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.dueDate])).toEqual([
      ['运输管理所', 'lead', '2024-06-30'],
      ['执法大队', 'support', '2024-06-30']
    ])
  })

  it('should read 一要…二要… separated by ； as points of an instruction', () => {
    const [instruction] = record.items[1].instructions
    expect(instruction.points.map((point) => point.text)).toEqual(['压实企业主体责任；', '强化源头监管；', '严格执法检查。'])
  })

  it('should take the body’s own office as a reporter and an owner', () => {
    expect(record.items[2].reporters).toEqual(['办公室'])
    expect(record.items[2].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['办公室', '按程序印发']])
  })

  it('should keep the attendance lines after the last item out of it', () => {
    const {tree} = read('bureau-meeting.txt')
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type).toBe('closing')
    expect(record.items[2].decisions).toHaveLength(1)
  })
})

describe('unnumbered district minutes with indented paragraphs', () => {
  const {record, messages} = read('district-unnumbered.txt')

  it('should open an item at each paragraph that takes up a matter', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading, item.actions])).toEqual([
      [null, '会议传达学习了省委十三届四次全会精神', ['传达学习']],
      [null, '会议听取了区财政局局长黄丽关于2023年上半年预算执行情况的汇报', ['听取']],
      [null, '会议审议了《东湖区老旧小区改造三年行动方案（送审稿）》', ['审议']],
      [null, '会议还研究了其他事项', ['研究']]
    ])
    expect(messages).toEqual([])
  })

  it('should read the meeting with a title, a chinese session number and attendees in running text', () => {
    const {meeting} = record
    expect([meeting.name, meeting.session, meeting.date, meeting.chair?.name, meeting.chair?.title]).toEqual([
      '区政府第十二次常务会议',
      12,
      '2023-09-08',
      '林海涛',
      '区长'
    ])
    expect(meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['吴敏', '副区长'],
      ['郑凯', '副区长'],
      ['何平', '主任']
    ])
  })

  it('should give a unit with its head as the unit, and read each assignment of the item', () => {
    const item = record.items[1]
    expect(item.reporters).toEqual(['区财政局'])
    expect(item.decisions.map((decision) => decision.text)).toEqual(['会议原则同意区财政局提出的下半年预算调整建议'])
    expect(item.assignments.map((assignment) => assignment.task)).toEqual(['按程序提请区人大常委会审议', '要加强收入征管，确保全年收支平衡'])
  })

  it('should attach the decision after 会议决定， and the inline points after 会议强调：', () => {
    const item = record.items[2]
    expect(item.documents).toEqual(['东湖区老旧小区改造三年行动方案（送审稿）'])
    expect(item.decisions.map((decision) => decision.text)).toEqual(['会议决定，原则通过该方案'])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      ['区住房城乡建设局', '于9月30日前', '2023-09-30']
    ])
    expect(item.points.map((point) => point.text)).toEqual(['要坚持居民自愿；', '要统筹资金保障；', '要加强质量监管。'])
  })
})

describe('college minutes whose items are （一） lines after the lead', () => {
  const {record} = read('college-subsections.txt')

  it('should make the top-level （一） list the items', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '审议《南江学院科研经费管理办法（修订）》'],
      ['二', '研究暑期校园维修项目'],
      ['三', '听取关于迎新工作筹备情况的汇报']
    ])
    expect(record.meeting.date).toBe('2024-05-20')
  })

  it('should read presenters written as unit, title and name, and clause-start reports', () => {
    expect(record.items.map((item) => item.reporters)).toEqual([['科研处'], [], ['学生工作处']])
  })

  it('should read 请X…, 由X牵头，Y配合 and vague deadlines', () => {
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.dueDate])).toEqual([['科研处', '2024-05-31']])
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due, assignment.dueKind])).toEqual([
      ['后勤管理处', 'lead', '尽快', 'vague'],
      ['财务处', 'support', '尽快', 'vague']
    ])
    // 各二级学院 is an audience.
    expect(record.items[2].assignments).toEqual([])
  })
})

describe('minutes with page noise, 议题一： items, a trailer and a withheld item', () => {
  const {record, tree, messages} = read('topics-with-page-noise.txt')

  it('should keep page noise out of the record and read the meeting under a two-line title', () => {
    expect(tree.children[0].type).toBe('preamble')
    expect(record.meeting.title).toBe('西山区人民政府常务会议纪要')
    expect([record.meeting.name, record.meeting.date, record.meeting.chair?.name]).toEqual(['区政府第31次常务会议', '2024-06-18', '马骏'])
    expect(messages).toEqual([])
  })

  it('should take 议题一： as level-1 items and keep a withheld item', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '研究区属国有企业改革工作'],
      ['二', '审议《西山区促进消费若干措施》'],
      ['三', '略']
    ])
  })

  it('should read the reporter from a 汇报单位 trailer and 责成X', () => {
    const [item] = record.items
    expect(item.reporters).toEqual(['区国资局'])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate, assignment.dueKind])).toEqual([
      // 10 working days after Tuesday 2024-06-18.
      ['区国资局', '于10个工作日内', '2024-07-02', 'relative']
    ])
  })

  it('should read 请X本周内… with the deadline first', () => {
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      // The Sunday of the meeting's week.
      ['区商务局', '本周内', '2024-06-23']
    ])
  })
})

describe('minutes from a mirror site: traditional characters with pinyin residue', () => {
  const {record} = read('traditional-with-residue.txt')

  it('should read everything, keeping values as written', () => {
    expect([record.meeting.name, record.meeting.chair?.name, record.meeting.chair?.title]).toEqual(['區(qū)政府第8次常務會議', '陳國強', '區(qū)長'])
    expect(record.items.map((item) => item.heading)).toEqual(['聽取全區(qū)冬春季森林防火工作情況匯報', '審議《區(qū)本級政府投資項目管理辦法（送審稿）》'])
    expect(record.items[0].reporters).toEqual(['區(qū)林業局'])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      ['區(qū)林業局', '於1月底前', '2024-01-31']
    ])
    expect(record.items[1].assignments.map((assignment) => assignment.owner)).toEqual(['區(qū)發展改革局'])
  })

  it('should give verbs and actions in the lexicon’s simplified form', () => {
    expect(record.items[1].decisions.map((decision) => [decision.text, decision.verb])).toEqual([['會議原則通過該辦法', '原则通过']])
    expect(record.items[0].actions).toEqual(['听取'])
  })
})

describe('city minutes with a two-line title, an issue number and a closing', () => {
  const {record, tree} = read('city-with-closing.txt')

  it('should set the title, issue number and issuing line apart from the lead', () => {
    expect(record.meeting.title).toBe('北湖市人民政府\n第45次常务会议纪要')
    // The meeting date, not the issuing date.
    expect([record.meeting.name, record.meeting.date, record.meeting.chair?.name]).toEqual(['市政府第45次常务会议', '2024-07-30', '许文'])
    const preamble = tree.children[0]
    expect(preamble.type === 'preamble' && preamble.children.map((child) => child.type)).toEqual(['paragraph', 'title', 'noise', 'noise', 'paragraph'])
  })

  it('should put attendance, distribution and the issuing line after the items in the closing', () => {
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => (child.type === 'noise' ? child.kind : child.type))).toEqual([
      'attendance',
      'attendance',
      'distribution',
      'distribution',
      'signature'
    ])
    expect(record.items).toHaveLength(2)
  })

  it('should read units written as observers as units, not names', () => {
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['许文', '吴刚', '陈丽'])
    expect(record.meeting.observers.map((person) => [person.name, person.unit])).toEqual([
      [null, '市政府办公室'],
      [null, '市应急管理局'],
      [null, '市教育局负责同志']
    ])
  })
})

describe('unnumbered college minutes where presenters open the matters (会上，X汇报了…)', () => {
  const {record, messages} = read('college-presenters.txt')

  it('should open an item at each 会上，X汇报/通报了… paragraph', () => {
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['会上，副院长孙莉汇报了本科教学审核评估准备情况', ['孙莉']],
      ['会上，办公室主任周涛通报了实验楼改造进展', ['办公室']]
    ])
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['经会议研究，同意追加改造经费20万元'])
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['办公室', '负责跟进落实']])
  })

  it('should warn that no year makes the date unknown', () => {
    expect(record.meeting.date).toBe(null)
    expect(messages.map((message) => message.ruleId)).toEqual(['no-date'])
  })
})

describe('unnumbered county minutes signed off by the office and the date', () => {
  const {tree, record, messages} = read('county-signed-off.txt')

  it('should take the office and the date under the last matter as the sign-off, not a cut-off sentence', () => {
    expect(messages).toEqual([])
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => [child.type, child.type === 'noise' && child.kind, child.position.start.line])).toEqual([
      ['noise', 'signature', 11],
      ['noise', 'signature', 12]
    ])
    expect(record.items.map((item) => item.position.end.line)).toEqual([5, 7, 9])
  })

  it('should take the year of the meeting date from the sign-off date', () => {
    expect([record.meeting.name, record.meeting.session, record.meeting.date, record.meeting.chair?.name]).toEqual(['县政府第十五次常务会议', 15, '2024-03-12', '张建华'])
  })

  it('should give titles joined by 、 before a name to that attendee', () => {
    expect(record.meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['黄立明', '县委常委、常务副县长'],
      ['吴晓燕', '副县长'],
      ['郑凯', '副县长']
    ])
  })

  it('should read 一要…二要… owners, a lead role after 要, and a deadline in working days', () => {
    expect(record.items[0].assignments.map((each) => [each.owner, each.role, each.dueDate])).toEqual([
      ['县应急管理局', 'lead', '2024-04-15'],
      ['县交通运输局', 'responsible', null],
      ['县政府督查室', 'responsible', null]
    ])
    // 3月12日 (Tuesday) + 10 working days: 13-15, 18-22, 25, 26.
    expect(record.items[2].assignments.map((each) => [each.owner, each.due, each.dueDate, each.dueKind])).toEqual([['县林业局', '10个工作日内', '2024-03-26', 'relative']])
  })
})

describe('bureau minutes whose matters are 第一，第二， lines', () => {
  const {record, messages} = read('bureau-ordinal-items.txt')

  it('should make the 第一，… lines the items when there is no level-1 numbering', () => {
    expect(messages).toEqual([])
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于2024年防汛准备工作'],
      ['二', '关于水资源税改革试点工作'],
      ['三', '关于干部培训工作']
    ])
  })

  it('should leave the lead-in 研究了以下事项 out of the agenda', () => {
    expect(record.meeting.agenda).toEqual([])
  })

  it('should read a date written 5月十五日内 as the deadline', () => {
    expect(record.items[0].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([['局防汛办', '在5月十五日内', '2024-05-15']])
  })

  it('should read 下周五前 as the Friday of the week after the meeting', () => {
    // 2024-02-26 is a Monday.
    expect(record.items[2].assignments.map((each) => [each.owner, each.due, each.dueDate, each.dueKind])).toEqual([['局办公室', '下周五前', '2024-03-08', 'relative']])
  })

  it('should read lead and support owners and the decision of the second matter', () => {
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意局水资源处提出的工作方案'])
    expect(record.items[1].assignments.map((each) => [each.owner, each.role, each.dueDate])).toEqual([
      ['局水资源处', 'lead', '2024-03-31'],
      ['局财务审计处', 'support', '2024-03-31']
    ])
  })
})

describe('special-topic minutes with owner and deadline labels (责任单位：…；完成时限：…)', () => {
  const {record, messages} = read('special-topic-labels.txt')

  it('should read the deadline of a 完成时限 label beside the owner labels', () => {
    expect(messages).toEqual([])
    expect(record.items[0].assignments.map((each) => [each.owner, each.role, each.task, each.due, each.dueDate])).toEqual([
      ['市财政局', 'responsible', '改造资金按市、区两级1:1比例分担', '2024年6月底', '2024-06-30'],
      ['市住建局', 'lead', '加快办理项目前期手续', null, null],
      ['市自然资源和规划局', 'support', '加快办理项目前期手续', null, null],
      ['市行政审批局', 'support', '加快办理项目前期手续', null, null]
    ])
  })

  it('should take the points after 会议议定以下事项： as the decisions, not the lead-in', () => {
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual([
      '改造资金按市、区两级1:1比例分担。（责任单位：市财政局；完成时限：2024年6月底）',
      '加快办理项目前期手续。（牵头单位：市住建局；配合单位：市自然资源和规划局、市行政审批局）'
    ])
  })

  it('should give a task to joint owners who 共同负责', () => {
    expect(record.items[1].assignments.map((each) => [each.owners, each.task, each.dueDate])).toEqual([
      [['市城投集团', '市文广旅局'], '共同负责，于7月15日前完成方案深化', '2024-07-15']
    ])
  })

  it('should split a designation in brackets after a name into unit and title', () => {
    const attendee = record.meeting.attendees.find((person) => person.name === '王建平')
    expect(attendee && [attendee.title, attendee.unit, attendee.note]).toEqual(['副秘书长', '市政府', null])
  })
})

describe('district minutes with outcomes, month and holiday deadlines, and 要求X… owners', () => {
  const {record, messages} = read('district-outcomes.txt')

  it('should read the date under the title and every item without warnings', () => {
    expect(messages).toEqual([])
    expect([record.meeting.name, record.meeting.date, record.items.length]).toEqual(['区政府第二十三次常务会议', '2023-08-21', 4])
  })

  it('should give the outcome after 会议决定 as the verb', () => {
    expect(record.items[2].decisions.map((decision) => [decision.verb, decision.text])).toEqual([['暂缓', '会议决定暂缓审议']])
  })

  it('should read 9月份前 as the last day before September', () => {
    expect(record.items[1].assignments.map((each) => [each.owner, each.role, each.due, each.dueDate])).toEqual([
      ['区国资办', 'lead', '9月份前', '2023-08-31'],
      ['区财政局', 'responsible', null, null]
    ])
  })

  it('should read the units after 要求 when a holiday deadline, not a verb, follows them', () => {
    expect(record.items[3].assignments.map((each) => [each.owners, each.due, each.dueDate])).toEqual([[['区应急管理局', '区水利局'], '国庆节前', '2023-09-30']])
  })
})

describe('company minutes with labelled header lines and an agenda list', () => {
  const {record, messages} = read('company-header-fields.txt')

  it('should read the header lines: time, place, a chair set off by a space, and the agenda lines', () => {
    expect(messages).toEqual([])
    const {meeting} = record
    expect([meeting.date, meeting.timeOfDay, meeting.location]).toEqual(['2024-03-15', '上午', '集团总部三楼会议室'])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['许志诚', '总经理'])
    expect(meeting.agenda).toEqual(['审议2024年度经营计划', '研究东区地块开发方案'])
  })

  it('should give a designation set off by a space to the name after it', () => {
    expect(record.meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([['蒋红', '主任', '集团办公室']])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['许志诚', '邓丽君', '韩东', '苏明哲'])
    expect(record.meeting.recorder?.name).toBe('钟晓')
  })

  it('should read the items after the agenda, not the agenda lines as items', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '审议2024年度经营计划', ['财务管理部']],
      ['二', '研究东区地块开发方案', ['投资发展部']]
    ])
  })
})

describe('an agenda list in the header of minutes without level-1 numbering', () => {
  const {record, messages} = analyze('市档案馆馆务会议纪要\n\n会议时间：2024年6月3日\n会议议题：\n1.审议年度预算调整方案；\n2.研究数字档案馆建设。\n\n会议听取了馆办公室关于年度预算调整方案的汇报。会议原则同意该方案。\n')

  it('should keep the agenda lines out of the items', () => {
    expect(messages).toEqual([])
    expect(record.meeting.agenda).toEqual(['审议年度预算调整方案', '研究数字档案馆建设'])
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([[null, '会议听取了馆办公室关于年度预算调整方案的汇报']])
  })
})

describe('party group minutes where a member relays a meeting', () => {
  const {record, messages} = read('party-group-relay.txt')

  it('should report the person who relays, once, and a unit that explains by its head', () => {
    expect(messages).toEqual([])
    expect(record.items.map((item) => item.reporters)).toEqual([['何强'], ['医政医管科'], []])
  })

  it('should read the points after 会议明确： as decisions and their owners', () => {
    expect(record.items[1].decisions.map((decision) => decision.verb)).toEqual(['原则同意', '明确', '明确'])
    expect(record.items[1].assignments.map((each) => [each.owner, each.role, each.dueDate])).toEqual([
      ['医政医管科', 'responsible', '2024-06-10'],
      ['局综合监督执法大队', 'support', null]
    ])
    expect(record.items[2].assignments.map((each) => [each.owner, each.task])).toEqual([['人事科', '抓好组织实施']])
  })

  it('should take a group written for attendees as a group, not a name', () => {
    expect(record.meeting.attendees.map((person) => [person.name, person.unit])).toEqual([[null, '局党组成员']])
  })
})

describe('college minutes with decisions enumerated inline after 会议议定：', () => {
  const {record, messages} = read('college-inline-decisions.txt')

  it('should read a title ending in 助理 with the name after it', () => {
    expect(messages).toEqual([])
    expect(record.meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['孔德明', '副校长'],
      ['沈佳', '副校长'],
      ['唐立军', '副校长'],
      ['白雪', '校长助理']
    ])
    expect(record.meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([['钱峰', '书记', '纪委']])
  })

  it('should make each point after 会议议定： a decision, as points on their own lines are', () => {
    expect(record.items[0].decisions.map((decision) => [decision.verb, decision.text])).toEqual([
      ['同意', '同意对学生公寓供暖管网进行改造，所需经费从学校预留费中列支；'],
      ['议定', '由后勤保障处负责，于11月10日前完成管网改造和试运行；'],
      ['议定', '资产管理处要每月对供暖设备开展一次安全检查。']
    ])
    expect(record.items[0].assignments.map((each) => [each.owner, each.dueDate])).toEqual([
      ['后勤保障处', '2024-11-10'],
      ['资产管理处', null]
    ])
    expect(record.items[0].reporters).toEqual(['后勤保障处'])
  })

  it('should give no owner to an instruction for every college', () => {
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意研究生院提出的招生计划'])
    expect(record.items[1].assignments).toEqual([])
  })
})

describe('city minutes whose numbered headings are the meeting speaking (一、会议审议通过了…)', () => {
  const {record, messages} = read('city-runon-headings.txt')

  it('should read decisions and owners in a heading that runs on', () => {
    expect(messages).toEqual([])
    expect(record.items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([[], ['审议通过'], ['原则同意'], ['同意']])
    expect(record.items[1].documents).toEqual(['临江市公共数据管理办法', '临江市政务服务“一网通办”实施方案'])
    expect(record.items[3].assignments.map((each) => [each.owner, each.task])).toEqual([['市粮食和物资储备局', '按程序组织实施']])
  })

  it('should read weekday deadlines, and one in the clause before its owner', () => {
    // 2024-11-04 is a Monday.
    expect(record.items[1].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([['市数据局', '本周五前', '2024-11-08']])
    expect(record.items[2].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([
      ['市林业局', null, null],
      ['市林业局', '下周一前', '2024-11-11']
    ])
  })

  it('should give the unit of a reporter written with title and name, and a mid-month deadline', () => {
    expect(record.items[0].reporters).toEqual(['市发展改革委'])
    // `每月10日前报送上月分析报告`: a recurring deadline, with no date.
    expect(record.items[0].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([
      ['市发展改革委', '每月10日前', null],
      ['市工信局', '于11月中旬', '2024-11-20']
    ])
  })
})

describe('an instruction cue that leads in to points on the lines below', () => {
  const {record} = analyze('县政府常务会议纪要\n\n2024年3月5日，县长王明主持召开县政府常务会议。\n\n一、研究安全生产工作\n会议强调：\n（一）要压实责任。县应急管理局要牵头开展大检查。\n（二）要加强督查。\n会议同意县应急管理局提出的方案。\n')

  it('should give the instruction the points under it, which stay the item’s points too', () => {
    const [item] = record.items
    expect(item.instructions.map((each) => [each.cue, each.points.map((point) => point.ordinal)])).toEqual([['会议强调', ['一', '二']]])
    expect(item.points.map((point) => point.ordinal)).toEqual(['一', '二'])
    expect(item.assignments.map((each) => [each.owner, each.role])).toEqual([['县应急管理局', 'lead']])
  })
})

describe('unnumbered minutes with a 关于… heading line over each matter', () => {
  const {record, messages} = read('county-heading-lines.txt')

  it('should open an item at each heading line and read the paragraph under it as its body', () => {
    expect(messages).toEqual([])
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      [null, '关于城区停车场建设问题', ['县住建局']],
      [null, '关于秋粮收购工作', ['县粮食局']]
    ])
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该规划'])
    expect(record.items[1].assignments.map((each) => [each.owner, each.dueDate])).toEqual([['县粮食局', '2024-09-30']])
  })

  it('should not take the lead-in 研究了以下事项 for a matter of the agenda', () => {
    expect(record.meeting.agenda).toEqual([])
  })
})

describe('attachments and a note on publication after the last item', () => {
  const {tree, record, messages} = analyze(
    '县政府常务会议纪要\n\n2024年3月5日，县长王明主持召开县政府第3次常务会议。\n\n一、研究供水工作\n会议同意县水务局提出的方案，由县水务局负责实施。\n\n附件：1.县城区供水改造方案\n      2.资金测算表\n\n（此件公开发布）\n\n出席：王明　李强\n'
  )

  it('should put the attachment list, its numbered lines and the note in the closing', () => {
    expect(messages).toEqual([])
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => (child.type === 'noise' ? child.kind : child.type))).toEqual(['attachment', 'attachment', 'note', 'attendance'])
    expect(record.items[0].points).toEqual([])
    expect(record.items[0].position.end.line).toBe(6)
  })
})

describe('board minutes whose headings give the outcome, with vote tallies', () => {
  const {record, messages} = analyze(
    '江川股份有限公司第三届董事会第五次会议纪要\n\n2024年4月20日，公司在总部会议室召开第三届董事会第五次会议，会议由董事长林峰主持。\n\n一、审议通过《关于2023年度利润分配方案的议案》\n表决结果：同意9票，反对0票，弃权0票。\n\n二、审议通过《关于聘任公司副总经理的议案》\n同意聘任周海为公司副总经理。表决结果：同意9票，反对0票，弃权0票。\n'
  )

  it('should take a heading that opens with an outcome for a decision, and a tally of votes for none', () => {
    expect(messages).toEqual([])
    expect(record.items.map((item) => item.decisions.map((decision) => [decision.verb, decision.text]))).toEqual([
      [['审议通过', '审议通过《关于2023年度利润分配方案的议案》']],
      [
        ['审议通过', '审议通过《关于聘任公司副总经理的议案》'],
        ['同意', '同意聘任周海为公司副总经理']
      ]
    ])
    expect(record.items.map((item) => item.heading)).toEqual(['审议通过《关于2023年度利润分配方案的议案》', '审议通过《关于聘任公司副总经理的议案》'])
  })
})
