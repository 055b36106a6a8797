import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Position} from '../src/record.js'

/** Minutes written for these tests in forms the first genre fixtures do not cover (no corpus text). */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}

/** The source text a position covers. */
function slice(text: string, position: Position | null) {
  return position ? text.slice(position.start.offset, position.end.offset) : null
}

describe('hospital 院长办公会 minutes: 议定事项 under each 议题, 科室 owners, a page footer', () => {
  const {text, record, tree, messages} = read('hospital-office-meeting.txt')

  it('should keep the breadcrumb and the footer out, and warn of nothing', () => {
    expect(messages).toEqual([])
    expect(record.meeting.title).toBe('南川市第二人民医院2025年第7次院长办公会议纪要')
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type).toBe('closing')
  })

  it('should read the meeting and a title such as 总会计师 before a name', () => {
    const {meeting} = record
    expect([meeting.name, meeting.session, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '2025年第7次院长办公会议',
      7,
      '2025-04-18',
      '下午',
      '行政楼二楼会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['邵明远', '院长'])
    expect(meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['邵明远', null],
      ['韩丽萍', '党委书记'],
      ['蔡志强', '副院长'],
      ['欧阳晓岚', '副院长'],
      ['吕文', '总会计师']
    ])
    expect(meeting.observers.map((person) => [person.unit, person.title, person.name])).toEqual([
      ['医务科', '科长', '田野'],
      ['护理部', '主任', '姜秀梅'],
      ['信息中心', '主任', '常鹏'],
      ['院办', '主任', '范小青']
    ])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([['孔德明', '外出学习']])
    expect([meeting.recorder?.unit, meeting.recorder?.name]).toEqual(['院办', '钱悦'])
  })

  it('should read each 议题 with its reporting 科室 and the points after 议定事项： as decisions', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '关于门诊流程优化的议题', ['医务科']],
      ['二', '关于护理人员配置的议题', ['护理部']],
      ['三', '关于信息系统升级改造的议题', ['信息中心']]
    ])
    expect(record.items.map((item) => item.decisions.length)).toEqual([3, 3, 2])
    expect(record.items.map((item) => item.points.length)).toEqual([3, 3, 3])
  })

  it('should give each decision its own outcome as the verb, and the lead-in’s otherwise', () => {
    expect(record.items[1].decisions.map((decision) => decision.verb)).toEqual(['同意', '议定', '暂缓'])
    expect(record.items[2].decisions[0].verb).toBe('原则通过')
    // What the point passes is the item's document, though it stands under the lead-in.
    expect(record.items[2].documents).toEqual(['南川市第二人民医院电子病历系统升级改造方案'])
  })

  it('should read 3.会议要求： as an instruction over the （一）（二） under it, not as a decision', () => {
    const item = record.items[2]
    expect(item.decisions.some((decision) => decision.text.startsWith('会议要求'))).toBe(false)
    expect(item.points.map((point) => [point.ordinal, point.points.map((sub) => sub.ordinal)])).toEqual([
      ['1', []],
      ['2', []],
      ['3', ['一', '二']]
    ])
    const [instruction] = item.instructions
    expect([instruction.cue, instruction.points.map((point) => point.text)]).toEqual([
      '会议要求',
      ['各临床科室要指定专人配合系统测试；', '信息中心要做好数据备份，确保升级期间业务不中断。']
    ])
  })

  it('should read 科室 owners: lead and support, joint owners, and deadlines', () => {
    expect(record.items[0].assignments.map((each) => [each.owner, each.role, each.dueDate])).toEqual([
      ['门诊部', 'lead', '2025-05-20'],
      ['医务科、后勤保障处', 'support', '2025-05-20'],
      ['医务科', 'responsible', null],
      ['信息中心', 'responsible', '2025-04-30']
    ])
    expect(record.items[1].assignments.map((each) => [each.owner, each.dueDate])).toEqual([
      ['人力资源部', '2025-06-30'],
      ['护理部', null]
    ])
    // The task that leads in to （1）（2） below ends before its ：.
    expect(record.items[1].assignments[1].task).toBe('要加强重症医学科、急诊科护理梯队建设')
    const [joint, backup] = record.items[2].assignments
    expect(joint.owners).toEqual(['信息中心', '财务科'])
    expect(joint.task.startsWith('共同负责编制项目预算')).toBe(true)
    expect(slice(text, joint.positions.owner)).toBe('信息中心、财务科')
    expect([backup.owner, slice(text, backup.positions.task)]).toEqual(['信息中心', '要做好数据备份，确保升级期间业务不中断'])
  })
})

describe('township 党政联席会议 minutes: 关于…的问题 items, 站所 and 村 owners, 会议决定： lists', () => {
  const {text, record, messages} = read('township-joint-meeting.txt')

  it('should read the meeting from the lead, its year from the issue line, and 镇党委书记 as one title', () => {
    expect(messages).toEqual([])
    const {meeting} = record
    expect([meeting.name, meeting.session, meeting.date, meeting.timeOfDay]).toEqual(['党政联席会议', null, '2025-08-06', '上午'])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title, meeting.chair.unit]).toEqual(['黄振宇', '镇党委书记', null])
    expect(meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['谢文斌', '镇长'],
      ['周玉兰', '党委副书记、人大主席团主席'],
      ['罗建', '副镇长'],
      ['丁晓梅', '副镇长']
    ])
    expect(meeting.observers.map((person) => person.name ?? person.unit)).toEqual(['冯涛', '镇农业服务中心', '镇社会事务服务中心', '镇规划建设办负责人'])
  })

  it('should read four items with the 站所 that reported', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '关于秋粮生产和防汛抗旱的问题', ['镇农业服务中心']],
      ['二', '关于农村人居环境整治的问题', ['镇规划建设办']],
      ['三', '关于低保对象动态调整的问题', ['镇社会事务服务中心']],
      ['四', '其他事项', ['东湖村党支部']]
    ])
    expect(record.items.map((item) => [item.decisions.length, item.points.length])).toEqual([
      [3, 3],
      [3, 3],
      [1, 3],
      [1, 2]
    ])
  })

  it('should give tasks to 站所 and 村, not to 各村', () => {
    expect(record.items[0].assignments.map((each) => [each.owner, each.role, each.dueDate])).toEqual([
      ['镇农业服务中心', 'lead', '2025-08-10'],
      ['东湖村、西岭村', 'responsible', null],
      ['镇应急办', 'responsible', null]
    ])
    expect(record.items[0].assignments[1].owners).toEqual(['东湖村', '西岭村'])
    expect(record.items[1].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['镇财政所', null],
      ['镇规划建设办', '于9月底前'],
      ['镇纪委', null]
    ])
  })

  it('should read 一要…二要… after 会议强调 as the instruction’s points', () => {
    const [instruction] = record.items[2].instructions
    expect(instruction.points.map((point) => point.text)).toEqual(['坚持应保尽保，', '严格民主评议，', '做到公开透明，严禁优亲厚友。'])
  })

  it('should end a task at the ： before its inline （1）（2） points', () => {
    const [, lead, support] = record.items[3].assignments
    expect([lead.owner, lead.role, slice(text, lead.positions.task)]).toEqual(['丁晓梅', 'lead', '牵头，镇财政所、镇经管站配合，对东湖村近三年村级财务开展离任审计'])
    expect([support.owners, support.role, support.task.endsWith('开展离任审计')]).toEqual([['镇财政所', '镇经管站'], 'support', true])
    expect(record.items[3].assignments[0].dueDate).toBe('2025-08-31')
  })
})

describe('state enterprise 总经理办公会 minutes: labelled header lines, 部门 owners, 责任部门/完成时间 labels', () => {
  const {text, record, tree, messages} = read('soe-general-manager.txt')

  it('should read a title under the company’s line, and an issue number with its year as noise', () => {
    expect(messages).toEqual([])
    expect(record.meeting.title).toBe('恒远交通投资集团有限公司\n总经理办公会议纪要')
    const preamble = tree.children[0]
    expect(preamble.type === 'preamble' && preamble.children.filter((child) => child.type === 'noise').map((child) => child.kind)).toEqual([
      'breadcrumb',
      'document-number',
      'publication-date'
    ])
  })

  it('should read the header lines: date, chair, and 出席/列席/缺席 with titles such as 总工程师', () => {
    const {meeting} = record
    expect([meeting.name, meeting.date, meeting.timeOfDay, meeting.location]).toEqual(['总经理办公会议', '2025-06-27', '下午', '集团本部5楼第一会议室'])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['卢志远', '总经理'])
    expect(meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['易海峰', '副总经理'],
      ['钟晓东', '副总经理'],
      ['何静', '总会计师'],
      ['邹立明', '总工程师']
    ])
    expect(meeting.observers[4] && [meeting.observers[4].unit, meeting.observers[4].title, meeting.observers[4].name]).toEqual([
      '恒远建设公司',
      '总经理',
      '范德胜'
    ])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([['宋凯', '公务出差']])
  })

  it('should read 议题一： items with the 部门 that reported', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '关于2025年上半年经营情况的汇报', ['财务部']],
      ['二', '关于恒远建设公司增资的议题', ['投资发展部']],
      ['三', '关于2025年度校园招聘计划的议题', ['人力资源部']]
    ])
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 3, 2])
    expect(record.items[0].instructions[0].points).toHaveLength(2)
  })

  it('should give a labelled deadline to the owner the text names, once', () => {
    const [only] = record.items[0].assignments
    expect(record.items[0].assignments).toHaveLength(1)
    expect([only.owner, only.role, only.dueDate, slice(text, only.positions.due)]).toEqual(['财务部', 'lead', '2025-08-31', '2025年8月31日'])
  })

  it('should keep label lines under the points out of the last point, and give their deadline to owners without one', () => {
    const item = record.items[1]
    expect(item.decisions[2].text).toBe('恒远建设公司要于7月15日前修订公司章程，并报集团法务合规部审核。')
    expect(item.assignments.map((each) => [each.owner, each.task.slice(0, 8), each.due])).toEqual([
      ['投资发展部、财务部', '按照国资监管规定', '2025年7月底前'],
      ['恒远建设公司', '要于7月15日前', '于7月15日前']
    ])
  })

  it('should end 一是…二是…三是… at its sentence’s end, before the task that follows', () => {
    const item = record.items[2]
    expect(item.instructions[0].points.map((point) => point.text)).toEqual(['严格招聘程序，', '向一线和专业技术岗位倾斜，', '做好新员工入职培训。'])
    expect(item.assignments.map((each) => [each.owner, each.dueDate])).toEqual([['人力资源部', '2025-09-30']])
    expect(item.documents).toEqual(['集团2025年度校园招聘计划'])
  })
})

describe('专题会议纪要 led by 会议指出/会议要求 paragraphs, with a closing 参加人员 list', () => {
  const {text, record, tree, messages} = read('special-topic-pointed.txt')

  it('should name the meeting as the lead does, not by the matter of a 关于…专题会议纪要 title, and read a chair with titles before and 同志 after', () => {
    expect(messages).toEqual([])
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '关于加快推进城区供水管网改造的专题会议纪要',
      '专题会议',
      '2025-03-12',
      '下午',
      '区政府3号会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['宁卫东', '常务副区长'])
  })

  it('should make the body after 纪要如下： one matter, opened by 会议指出, with the （一） list as its points', () => {
    expect(record.items).toHaveLength(1)
    const [item] = record.items
    expect([item.ordinal, item.heading.startsWith('会议指出，城区部分供水管网')]).toEqual([null, true])
    expect(item.statements.map((statement) => statement.cue)).toEqual(['会议指出', '会议要求', '会议明确', '会议强调'])
    expect(item.points.map((point) => point.ordinal)).toEqual(['一', '二', '三', '一', '二', '三'])
    expect(item.decisions.map((decision) => decision.verb)).toEqual(['明确', '明确', '同意'])
    expect(tree.children.map((child) => child.type)).toEqual(['preamble', 'item', 'closing'])
  })

  it('should read the 一是…二是…三是 points of 会议要求, each running over its sentences', () => {
    const [required, stressed] = record.items[0].instructions
    expect(required.points.map((point) => point.text.slice(0, 6))).toEqual(['加强统筹协调', '倒排工期推进', '强化资金保障'])
    expect(stressed.points).toEqual([])
  })

  it('should keep owners apart from the verbs after them, and end a task before another owner’s 由', () => {
    expect(record.items[0].assignments.map((each) => [each.owner, each.task.slice(0, 6)])).toEqual([
      ['区水务局', '要会同城投公'],
      ['区财政局', '要积极争取上'],
      ['城投公司', '通过市场化方'],
      ['区城管执法局、区住房城乡建设局', '联合审批，审'],
      ['区水务局', '提前48小时'],
      ['城投公司', '负责设置临时'],
      // `具体方案由X牵头制定`: the object written before 由 is the task's (blind9-h12 r10).
      ['区住房城乡建设局', '具体方案由区'],
      ['区纪委监委', '要全程跟踪监']
    ])
    const finance = record.items[0].assignments[1]
    expect(slice(text, finance.positions.task)).toBe('要积极争取上级专项资金')
    const [first] = record.items[0].assignments
    expect([first.due, first.dueDate]).toEqual(['于3月底前', '2025-03-31'])
    expect(record.items[0].assignments[6].dueDate).toBe('2025-03-21')
  })

  it('should read the closing 参加人员 with designations set off by a space before padded names', () => {
    const listed = record.meeting.attendees.filter((person) => person.name !== null)
    expect(listed.map((person) => [person.name, person.title, person.unit])).toEqual([
      ['宁卫东', null, null],
      ['孟　凡', '副主任', '区政府办'],
      ['林振华', '局长', '区水务局'],
      ['邵琳', '副局长', '区财政局'],
      ['杜建军', null, '区住房城乡建设局'],
      ['关　海', '总经理', '城投公司'],
      ['鲁冰', '副局长', '区城管执法局']
    ])
    // As every named person, placed on the name.
    const padded = listed[1]
    expect(slice(text, padded.position)).toBe('孟　凡')
  })
})

describe('enterprise lead-ins to decisions (会议决议：, 会议商定：)', () => {
  it('should make each point under 会议决议： or 会议商定： a decision', () => {
    for (const [lead, verb] of [
      ['会议决议：', '决议'],
      ['会议商定：', '商定']
    ]) {
      const {record} = analyze(
        `江源机械有限公司总经理办公会纪要\n\n2025年5月6日，总经理任海波主持召开总经理办公会。现纪要如下：\n\n一、关于厂区改造的议题\n工程部汇报了厂区改造方案。${lead}\n1.同意厂区改造方案。\n2.由工程部负责，6月底前完成施工招标。\n`
      )
      expect(record.items[0].decisions.map((decision) => decision.verb)).toEqual(['同意', verb])
    }
  })
})

describe('a unit written with the other name it works under', () => {
  it('should take 党群工作部（人力资源部） as one owner', () => {
    const {record} = analyze(
      '江源机械有限公司总经理办公会纪要\n\n2025年5月6日，总经理任海波主持召开总经理办公会。现纪要如下：\n\n一、关于职工培训的议题\n会议决定：由党群工作部（人力资源部）负责组织实施，财务部（审计部）要保障培训经费。\n'
    )
    expect(record.items[0].assignments.map((each) => [each.owner, each.task])).toEqual([
      ['党群工作部（人力资源部）', '负责组织实施'],
      ['财务部（审计部）', '要保障培训经费']
    ])
  })
})

describe('a 专题会议 convened by the official who 召集 the units', () => {
  it('should take the person before 召集 as the chair', () => {
    const {record} = analyze(
      '关于河道清淤的专题会议纪要\n\n为推进汛前河道清淤，2025年3月12日下午，副区长宁卫东召集区水务局、区财政局召开专题会议。现纪要如下：\n\n会议要求，区水务局要于4月底前完成清淤。\n'
    )
    expect(record.meeting.chair && [record.meeting.chair.name, record.meeting.chair.title]).toEqual(['宁卫东', '副区长'])
    expect(record.meeting.date).toBe('2025-03-12')
  })
})

describe('attendance labels of hospitals and enterprises', () => {
  it('should read 参会科室：, 列席科室： and 记录人员： as attendance blocks', () => {
    const {record} = analyze(
      '南川市第二人民医院院长办公会纪要\n\n2025年5月6日，院长邵明远主持召开院长办公会。现纪要如下：\n参会科室：医务科、护理部\n列席科室：信息中心\n记录人员：钱悦\n一、关于门诊改造的议题\n会议同意门诊改造方案。\n'
    )
    const {meeting} = record
    expect([meeting.attendees.map((person) => person.unit), meeting.observers.map((person) => person.unit), meeting.recorder?.name]).toEqual([
      ['医务科', '护理部'],
      ['信息中心'],
      '钱悦'
    ])
    expect(record.items).toHaveLength(1)
  })
})

describe('topics numbered in brackets', () => {
  for (const [first, second] of [
    ['【议题一】', '【议题二】'],
    ['议题（一）', '议题（二）']
  ]) {
    it(`should take ${first} lines as the items`, () => {
      const text = `南川市第二人民医院院长办公会纪要\n\n2025年5月6日，院长邵明远主持召开院长办公会。现纪要如下：\n\n${first}关于门诊改造\n医务科汇报了方案。会议同意该方案。\n${second}关于设备采购\n设备科汇报了方案。会议同意该方案。\n`
      const {record} = analyze(text)
      expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
        ['一', '关于门诊改造', ['医务科']],
        ['二', '关于设备采购', ['设备科']]
      ])
      // The ordinal's position covers the marker as written, as for `议题二：`.
      expect(slice(text, record.items[1].positions.ordinal)).toBe(second)
    })
  }
})
