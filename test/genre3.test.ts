import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {expectSlices} from './assignment-slices.js'

/** Minutes written for these tests in the genre's forms (no corpus text). */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}


describe('rules of the genre that minutes of other kinds need', () => {
  it('should read a web page footer after the attendance as page noise, ending the last item', () => {
    const text = '某县人大常委会主任会议纪要\n一、研究代表工作\n会议同意代表工作方案。\n出席：王强、李明\n版权所有：某县人民代表大会常务委员会  技术支持：某县融媒体中心\n'
    const {tree, record, messages} = analyze(text)
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type).toBe('closing')
    expect(record.items[0].position.end.line).toBe(3)
    expect(messages.map((message) => message.ruleId)).not.toContain('truncated')
  })

  it('should keep a padded two-character name whole before a bracketed note', () => {
    const {record} = analyze('某局局务会议纪要\n一、研究工作\n会议同意该方案。\n请假：陈　涛（外出学习）、王　芳\n')
    expect(record.meeting.absentees.map((person) => [person.name, person.note])).toEqual([
      ['陈　涛', '外出学习'],
      ['王　芳', null]
    ])
  })

  it('should know 主任委员 as a title, so that the committee reports', () => {
    const {record} = analyze('某县人大常委会主任会议纪要\n一、研究条例草案\n县人大常委会法制工作委员会主任委员周海燕作了说明。会议同意该草案。\n')
    expect(record.items[0].reporters).toEqual(['县人大常委会法制工作委员会'])
  })

  it('should not take the meeting’s speech verb into the owner after it (`,强调X要…`, `明确由X负责`)', () => {
    const {record} = analyze(
      '某县政府常务会议纪要\n一、研究防汛工作\n会议听取了县水利局关于防汛工作的汇报，强调县应急局要做好物资储备。会议明确由县财政局负责资金保障。\n'
    )
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['县应急局', '要做好物资储备'],
      ['县财政局', '负责资金保障']
    ])
  })

  it('should open an instruction at `,要求` in a sentence the meeting speaks, leaving the comma out of both', () => {
    const {record} = analyze('某县政府常务会议纪要\n一、研究防汛工作\n会议听取了县水利局关于防汛工作的汇报，要求县水利局于6月10日前完成水库巡查。\n')
    expect(record.items[0].statements.map((statement) => [statement.kind, statement.text])).toEqual([
      ['report', '会议听取了县水利局关于防汛工作的汇报'],
      ['instruction', '要求县水利局于6月10日前完成水库巡查。']
    ])
  })

  it('should not split a clause the meeting does not speak, nor a cue right after a cue', () => {
    const {record} = analyze('某县政府常务会议纪要\n一、研究防汛工作\n会议强调，要求各乡镇加强巡查。县水利局介绍了汛情，要求各方配合。\n')
    expect(record.items[0].statements.map((statement) => statement.kind)).toEqual(['instruction'])
  })
  it('should read an issue line with its year and a count of printed copies as page noise', () => {
    const text = '某大学党委常委会会议纪要\n〔2024〕第15期\n（2024年第6期）\n一、研究工作\n会议同意该方案。\n出席：王强、李明\n（共印30份）\n'
    const {tree, record} = analyze(text)
    const [preamble] = tree.children
    expect(preamble.type === 'preamble' && preamble.children.map((child) => child.type)).toEqual(['title', 'noise', 'noise'])
    expect(tree.children[tree.children.length - 1].type).toBe('closing')
    expect(record.meeting.session).toBeNull()
  })

  it('should read `经会议研究,决定:` as a lead-in, not a decision', () => {
    const {record} = analyze('某大学党委常委会会议纪要\n一、研究干部任免事项\n经会议研究，决定：\n同意张某某同志任图书馆馆长；\n同意免去李某某同志档案馆馆长职务。\n')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual([
      '同意张某某同志任图书馆馆长',
      '同意免去李某某同志档案馆馆长职务'
    ])
  })

  it('should take the whole unit as owner when a shorter unit’s next word could start a task (`党委组织部按…`)', () => {
    const {record} = analyze('某大学党委常委会会议纪要\n一、研究干部任免事项\n会议要求党委组织部按程序做好任前公示。责成党委宣传部组织开展专题宣传。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([
      ['党委组织部', '按程序做好任前公示'],
      ['党委宣传部', '组织开展专题宣传']
    ])
  })

  it('should take who leads the study (`X领学了…`) as a reporter', () => {
    const {record} = analyze('某大学党委常委会会议纪要\n一、会议传达学习了全国教育大会精神\n党委宣传部部长许某某领学了有关内容。会议指出，要深刻领会。\n')
    expect(record.items[0].reporters).toEqual(['党委宣传部'])
  })

  it('should read a unit with another name of it in brackets as one unit (`学生工作部（处）`)', () => {
    const text = '某大学校长办公会议纪要\n一、研究学生资助工作\n会议听取了学生工作部（处）关于学生资助工作的汇报。会议同意该方案，由党委教师工作部（人事处）负责落实。\n'
    const {record} = analyze(text)
    const [item] = record.items
    expect(item.reporters).toEqual(['学生工作部（处）'])
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['党委教师工作部（人事处）'])
    const {start, end} = item.positions.reporters[0]
    expect(text.slice(start.offset, end.offset)).toBe('学生工作部（处）')
  })

  it('should list the people a block names once, without the lead’s descriptions of them', () => {
    const {record} = analyze(
      '某大学党委常委会会议纪要\n2024年5月6日，党委书记王某某主持召开党委常委会会议。党委常委出席会议，纪委副书记列席会议。\n一、研究工作\n会议同意该方案。\n出席：王某某、李某某\n列席：纪委副书记马某某\n'
    )
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['王某某', '李某某'])
    expect(record.meeting.observers.map((person) => [person.name, person.title])).toEqual([['马某某', '副书记']])
  })

  it('should open an item at a heading in brackets, and keep page controls in brackets noise', () => {
    const text = '某街道工作例会纪要\n时间：2024年9月23日上午\n【本周工作安排】\n（一）安全生产\n城建科要做好燃气安全检查。\n【其他事项】\n经研究，同意该方案。\n【打印本页】\n'
    const {tree, record} = analyze(text)
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      [null, '本周工作安排'],
      [null, '其他事项']
    ])
    expect(record.items[0].points.map((point) => point.ordinal)).toEqual(['一'])
    const {start, end} = record.items[0].positions.heading
    expect(text.slice(start.offset, end.offset)).toBe('本周工作安排')
    expect(tree.children[tree.children.length - 1].type).toBe('closing')
  })

  it('should sign off minutes without level-1 numbering past the page controls under the date', () => {
    const text = '某街道工作例会纪要\n时间：2024年9月23日上午\n【其他事项】\n经研究，同意该方案。\n某街道党政办公室\n2024年9月23日\n【打印本页】【关闭窗口】\n'
    const {tree, record, messages} = analyze(text)
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => child.type === 'noise' && child.kind)).toEqual(['signature', 'signature', 'label'])
    expect(record.items[0].position.end.line).toBe(4)
    expect(messages).toEqual([])
  })

  it('should read the links a web page lists under `相关信息` as page chrome, ending the last item', () => {
    const text =
      '县政府召开第7次常务会议。\n一、研究供水工作\n会议要求，县住建局要抓紧推进。\n【打印本页】\n相关信息\n某县人民政府第6次常务会议纪要\n陈县长调研春耕生产，强调抓好农时 2024-03-01\n主办：某县人民政府办公室\n'
    const {tree, record, messages} = analyze(text)
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => child.type === 'noise' && child.kind)).toEqual(['label', 'label', 'label', 'label', 'byline'])
    expect(record.items.length).toBe(1)
    expect(record.items[0].position.end.line).toBe(3)
    // The last line of the minutes ends its sentence: nothing is cut off.
    expect(messages.map((message) => message.ruleId)).toEqual(['no-date'])
  })

  it('should end the links at a line that reads as a sentence', () => {
    const text = '县政府召开第7次常务会议。\n一、研究供水工作\n会议要求，县住建局要抓紧推进。\n相关文件\n会议还研究了其他事项，同意县财政局提出的方案。\n'
    const {record} = analyze(text)
    expect(record.items[0].position.end.line).toBe(5)
  })

  it('should read a padded name set off by a space after its unit (`党政办 陈　静`)', () => {
    const {record} = analyze('某街道工作例会纪要\n一、研究工作\n会议同意该方案。\n记录：党政办 陈　静\n')
    expect(record.meeting.recorder && [record.meeting.recorder.name, record.meeting.recorder.unit]).toEqual(['陈　静', '党政办'])
  })

  it('should read a named community as a unit, and a generic one as none', () => {
    const {record} = analyze('某街道工作例会纪要\n一、研究工作\n幸福社区要推进老年食堂建设；城乡社区要加强巡查。\n')
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['幸福社区'])
  })

  it('should read a leader named by surname and title as a person (`李书记`, `王主任`)', () => {
    const {record} = analyze(
      '某街道工作例会纪要\n参加人员：李书记、欧阳主任、张副主任\n一、研究工作\n会议同意该方案，由王主任负责协调，向主任报告的事项另行研究。\n'
    )
    expect(record.meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['李书记', '书记'],
      ['欧阳主任', '主任'],
      ['张副主任', '副主任']
    ])
    // `向` before a title is the preposition, not a surname.
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['王主任', '负责协调，向主任报告的事项另行研究']])
  })

  it('should read what a leader stresses or asks as an instruction (`李书记强调：`, `王建军主任要求，`)', () => {
    const {record} = analyze(
      '某街道工作例会纪要\n一、领导讲话\n李书记强调：一是各科室要查漏补缺；二是城建科要抓好安全检查。王建军主任要求，财政所要在月底前完成预算分析。城建科要求各社区配合。\n'
    )
    const [item] = record.items
    expect(item.instructions.map((instruction) => [instruction.cue, instruction.points.length])).toEqual([
      ['李书记强调', 2],
      ['王建军主任要求', 0]
    ])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.dueDate])).toEqual([
      ['城建科', null],
      ['财政所', null]
    ])
  })

  it('should read a breadcrumb with `>>` between its steps as page noise', () => {
    const {record} = analyze('某镇人民政府网 >> 村务公开 >> 会议纪要\n某村村民代表会议纪要\n2024年3月15日下午，村民代表会议召开。\n一、审议项目\n会议同意实施该项目。\n')
    // The lead names the meeting (`村民代表会议召开`); the title adds only the village that holds it.
    expect([record.meeting.title, record.meeting.name]).toEqual(['某村村民代表会议纪要', '村民代表会议'])
  })

  it('should read a bare 村委会 as an owner and a reporter', () => {
    const {record} = analyze('某村村民代表会议纪要\n一、审议项目\n村委会副主任杨某某介绍了项目情况。会议同意实施该项目，由村委会负责将表决结果公示。\n')
    expect(record.items[0].reporters).toEqual(['村委会'])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['村委会', '负责将表决结果公示']])
  })

  it('should not take a count of votes by persons (`同意36人`) for a decision', () => {
    const {record} = analyze('某村村民代表会议纪要\n一、审议项目\n表决结果：应到代表40人，实到38人，同意36人，反对0人，弃权2人。会议同意实施该项目。\n')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意实施该项目'])
  })

  it('should know the village officers’ titles (文书, 会计)', () => {
    const {record} = analyze('某村村民代表会议纪要\n记录人：村委会文书 何某梅\n一、审议项目\n会议同意实施该项目。\n')
    expect(record.meeting.recorder && [record.meeting.recorder.name, record.meeting.recorder.title, record.meeting.recorder.unit]).toEqual([
      '何某梅',
      '文书',
      '村委会'
    ])
  })

  it('should read a clause with its own attendance verb inside a block (`…，镇包村干部X列席会议。`)', () => {
    const {record} = analyze('某村村民代表会议纪要\n参会人员：村两委成员、村民代表共38人，镇包村干部刘某远列席会议。\n一、审议项目\n会议同意实施该项目。\n')
    expect(record.meeting.attendees.map((person) => person.unit)).toEqual(['村两委成员', '村民代表共38人'])
    expect(record.meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([['刘某远', '镇包村干部', null]])
  })

  it('should give joint owners under one title their units (`第三村民小组、第五村民小组组长`)', () => {
    const {record} = analyze('某村村民代表会议纪要\n一、审议方案\n会议同意该方案。第三村民小组、第五村民小组组长要做好群众工作。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.owners])).toEqual([
      ['第三村民小组、第五村民小组组长', ['第三村民小组', '第五村民小组']]
    ])
  })

  it('should not read a leader over a line end (`!` then `区长来源：`)', () => {
    // The property test's counterexample: the cue of the first line ran over its end into the next.
    const {tree} = analyze('!\n区长来源：')
    const [preamble] = tree.children
    const read = preamble.type === 'preamble' ? preamble.children.map((paragraph) => ('children' in paragraph ? paragraph.children : []).map((node) => [node.type, node.position.start.offset, node.position.end.offset, node.type === 'statement' ? node.cuePosition.end.offset : null])) : []
    // `!` is text; the second line alone reads as a cue with a colon (title + two characters), inside its line.
    expect(read).toEqual([[['text', 0, 1, null]], [['statement', 2, 7, 6]]])
  })

  it('should read `会议决定，由X…` as a decision as well as an assignment', () => {
    const {record} = analyze('某村村民代表会议纪要\n一、讨论村规民约\n会议决定，由村两委根据代表意见修改完善后，于下次会议再行表决。\n')
    const [item] = record.items
    expect(item.decisions.map((decision) => [decision.verb, decision.text])).toEqual([['决定', '会议决定，由村两委根据代表意见修改完善后，于下次会议再行表决']])
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['村两委'])
  })

  it('should read the owner a leader names (`王建军主任要求组织办于…`)', () => {
    const {record} = analyze('某街道党工委会议纪要\n一、研究换届工作\n王建军主任要求组织办于5月20日前制定工作方案。李书记强调，民政办要做好复核。\n')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['组织办', '于5月20日前制定工作方案', '于5月20日前'],
      ['民政办', '要做好复核', null]
    ])
  })

  it('should open an item at the heading of a part of working minutes standing alone (`本周工作安排`)', () => {
    const text = '某街道办事处周例会纪要\n时间：2024年6月17日上午\n上周工作回顾\n上周城建科完成了背街小巷整治。\n本周工作安排\n1.城建科要于6月21日前完成排水管网疏通。\n2.综治中心负责做好防汛值班。\n其他事项\n王主任要求各科室按时报送半年总结。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.points.length, item.assignments.length])).toEqual([
      ['上周工作回顾', 0, 0],
      ['本周工作安排', 2, 2],
      ['其他事项', 0, 0]
    ])
  })

  it('should make `其他事项：…` after the numbered matters an item of its own', () => {
    const text = '某村村民代表会议纪要\n一、审议项目\n会议同意实施该项目。\n其他事项：村会计王某顺通报了村级财务收支情况。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.ordinal, item.heading, item.reporters])).toEqual([
      ['一', '审议项目', []],
      [null, '其他事项', ['王某顺']]
    ])
    const {start, end} = record.items[1].positions.heading
    expect(text.slice(start.offset, end.offset)).toBe('其他事项')
  })

  it('should read owners labelled by office or person (`责任科室：`, `责任人：`)', () => {
    const text = '某街道办事处工作例会纪要\n时间：2024年10月8日上午\n【工作部署】\n1.开展安全生产大检查。（责任科室：应急办；完成时限：10月15日前）\n2.做好重阳节慰问。（责任人：赵副主任；完成时间：10月11日）\n'
    const {record} = analyze(text)
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.dueDate])).toEqual([
      ['应急办', '开展安全生产大检查', '2024-10-15'],
      ['赵副主任', '做好重阳节慰问', '2024-10-11']
    ])
  })

  it('should give a title that reads like a group (`党委委员`) to the names after it', () => {
    const {record} = analyze('某大学党委会会议纪要\n2024年12月3日，党委书记马某远主持召开党委会。党委委员、副院长陈红、刘刚出席会议。\n一、研究工作\n会议同意该方案。\n')
    expect(record.meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['陈红', '党委委员、副院长'],
      ['刘刚', '党委委员、副院长']
    ])
  })

  it('should not take a step after a vote (`表决通过后公示7天`) for a decision', () => {
    const {record} = analyze('某村两委联席会议纪要\n一、关于集体资产出租\n经研究，同意将村集体厂房出租。此事项须提交村民代表会议表决，表决通过后公示7天。\n')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['经研究，同意将村集体厂房出租'])
  })

  it('should read a leader’s words after a name and a colon (`李书记：一是…`) as an instruction', () => {
    const {record} = analyze('某街道工作例会纪要\n时间：2024年11月4日上午\n【领导讲话】\n李书记：一是各科室要抓好收尾；二是城建科要在11月15日前完成供暖排查。\n王主任：财政所要加快资金支付进度。\n')
    expect(record.items[0].instructions.map((instruction) => [instruction.cue, instruction.points.length])).toEqual([
      ['李书记', 2],
      ['王主任', 0]
    ])
  })

  it('should end a task where the next clause gives an audience its own task, not where it supports', () => {
    const {record} = analyze(
      '某县人大常委会主任会议纪要\n一、研究会议筹备\n由常委会办公室负责会务筹备，各工作委员会于6月25日前提交会议材料。由城管中队牵头，各社区配合，本周内完成整治。\n'
    )
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['常委会办公室', '负责会务筹备', null],
      ['城管中队', '牵头，各社区配合，本周内完成整治', '本周内']
    ])
  })

})

describe('minutes a village or a community records (会议记录)', () => {
  const village = '青石村村民代表会议记录\n时间：2024年8月16日晚7时\n主持人：村党支部书记 杨树林\n'

  it('should read a title ending in 会议记录 as the title, its name keeping 会议', () => {
    const {record} = analyze(village + '议题一：关于修路\n会议同意修路。\n')
    expect([record.meeting.title, record.meeting.name]).toEqual(['青石村村民代表会议记录', '青石村村民代表会议'])
    // `会议记录` alone names no meeting.
    expect(analyze('会议记录\n时间：2024年8月16日\n议题一：关于修路\n会议同意修路。\n').record.meeting.name).toBeNull()
  })

  it('should read what a vote passes after its tally as a decision, and not `通过` as a means', () => {
    const {record} = analyze(village + '议题一：关于厂房出租\n经举手表决，31人同意，0人反对，通过厂房出租方案，租期5年。会议要求通过公开招租确定租户。\n')
    expect(record.items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([['通过厂房出租方案，租期5年', '通过']])
  })

  it('should read headings that open with an Arabic digit as the items, not the numbered points under them', () => {
    const text = '安全生产月度例会纪要\n主持人：生产副总 熊伟\n一、8月份安全生产情况通报\n安环部曹刚通报了8月份安全检查情况。\n二、存在问题及整改要求\n1.二车间行车钢丝绳磨损超标，设备部负责更换。\n2.危化品仓库记录不全。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '8月份安全生产情况通报', 0],
      ['二', '存在问题及整改要求', 2]
    ])
    // `副总`, a company's deputy written short, is a title.
    expect(record.meeting.chair && [record.meeting.chair.name, record.meeting.chair.title]).toEqual(['熊伟', '生产副总'])
  })

  it('should take a bare name that presents with `对…作了说明`, and give an organ’s secretary’s task to the organ', () => {
    const coop = '某合作社理事会会议记录\n时间：2024年11月22日\n出席：理事长 万志刚，理事 钱多多\n'
    expect(analyze(coop + '（一）盈余分配方案。钱多多对分配方案作了说明。\n').record.items[0].reporters).toEqual(['钱多多'])
    const {record} = analyze(coop + '（一）下次会议。由理事会秘书负责通知。由公司副总负责协调。\n')
    // No owner runs over the verb of responsibility (`公司副总负责协`, before 协 of 协会).
    expect(record.items[0].assignments.map((made) => [made.owner, made.task])).toEqual([['理事会', '负责通知']])
  })

  it('should not read an owner over the end of a point (`…由季红负责统筹;(二)…由教研室副主任殷俊负责`)', () => {
    const text = '某教研室会议纪要\n一、教学安排\n会议明确：（一）A级班由季红负责统筹；（二）第3周前完成教案检查，由教研室副主任殷俊负责。\n'
    // 季红 owns her own point's work, a bare name before `负责` (blind7-lead r3 b's gold, blind16-h39); 殷俊 owns
    // the second point only, as the unit's officer (the task set out before `由X负责` in that point is the task: blind7-h8).
    expect(analyze(text).record.items[0].assignments.map((made) => [made.owner, made.task])).toEqual([['季红', '负责统筹'], ['教研室', '第3周前完成教案检查，由教研室副主任殷俊负责']])
  })

  it('should read a company officer’s English initials as a title (`主持：CTO 罗振宇`)', () => {
    const {record} = analyze('技术部周会纪要\n日期：2024年4月8日\n主持：CTO 罗振宇\n一、上周进展\n会议同意该方案。\n')
    expect(record.meeting.chair && [record.meeting.chair.name, record.meeting.chair.title]).toEqual(['罗振宇', 'CTO'])
  })

  it('should give a task to the officer of the village committee written short (`村委委员X`), in person', () => {
    const {record} = analyze(village + '议题一：关于修路\n由村委委员曾宪平负责组织施工，9月底前完工。\n')
    expect(record.items[0].assignments.map((made) => [made.owner, made.due])).toEqual([['曾宪平', '9月底前']])
  })
})

describe('reporters joined by 和 and units that open with 经, and the year of an issue number', () => {
  const lead = '2024年5月6日，县长王明主持召开县政府第3次常务会议。\n'

  it('should give each maker of matters joined by 和 in one clause (`同意X提出的A和Y提出的B`)', () => {
    expect(analyze(lead + '一、研究放假安排\n会议同意教务处提出的期末考试安排和学生工作部提出的寒假放假安排。\n').record.items[0].reporters).toEqual(['教务处', '学生工作部'])
    expect(analyze(lead + '一、研究防汛工作\n会议听取了县水利局关于汛前检查情况的汇报和县气象局关于汛期气候趋势的预测。\n').record.items[0].reporters).toEqual(['县水利局', '县气象局'])
    // A matter joined to the first maker's is no maker: `X关于A和B的汇报`.
    expect(analyze(lead + '一、研究防汛工作\n会议听取了县水利局关于汛前检查和物资储备情况的汇报。\n').record.items[0].reporters).toEqual(['县水利局'])
  })

  it('should keep the 经 that opens a unit’s name, not read it as `经X介绍`', () => {
    expect(analyze(lead + '一、研究用电保障\n经济发展局汇报了迎峰度夏用电保障预案。\n').record.items[0].reporters).toEqual(['经济发展局'])
    expect(analyze(lead + '一、研究用电保障\n经县发改局介绍，会议同意该预案。\n').record.items[0].reporters).toEqual(['县发改局'])
  })

  it('should take the year of the meeting from an issue number `2024年第4期`, on its line or run into the lead', () => {
    expect(analyze('某团委常委会会议纪要\n2024年第4期\n4月23日，团委书记王明主持召开常委会会议。\n一、研究工作\n会议同意。\n').record.meeting.date).toBe('2024-04-23')
    expect(analyze('某镇党委会议纪要 2026年第26期 12月15日，镇党委书记王明主持召开镇党委会议。会议研究了工作。\n').record.meeting.date).toBe('2026-12-15')
  })
})

describe('owners left after the merges of round 7', () => {
  const lead = '2024年7月6日，区长王明主持召开专题会议。经研究，明确以下事项：\n'

  it('should give the task to a unit before `按进度` and kin, as before `要`', () => {
    const {record} = analyze(lead + '一、关于征迁\n县自然资源局负责办理用地报批手续，县财政局按进度拨付征迁资金。\n')
    expect(record.items[0].assignments.map((made) => [made.owner, made.task])).toEqual([
      ['县自然资源局', '负责办理用地报批手续'],
      ['县财政局', '按进度拨付征迁资金']
    ])
  })

  it('should read a numbered heading of one clause where a unit 负责 a task as that unit’s task', () => {
    const {record} = analyze(lead + '一、区财政局要于8月20日前拨付补偿资金。\n二、区自然资源分局负责做好地块收储工作。\n')
    expect(record.items.map((item) => item.assignments.map((made) => [made.owner, made.task]))).toEqual([
      [['区财政局', '要于8月20日前拨付补偿资金']],
      [['区自然资源分局', '负责做好地块收储工作']]
    ])
  })
})

describe('a county people’s congress council of chairs (县人大常委会主任会议纪要)', () => {
  const {text, tree, record, messages} = read('county-npc-council.txt')

  it('should read the meeting, its chair and the attendance blocks at the end', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.session, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '清溪县人大常委会第二十三次主任会议纪要',
      '第二十三次主任会议',
      23,
      '2024-08-23',
      '上午',
      '常委会二楼会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title, meeting.chair.unit]).toEqual(['刘宏远', '主任', '县人大常委会'])
    expect(meeting.attendees.map((person) => person.name)).toEqual(['刘宏远', '王建新', '李淑芬', '陈　涛', '赵国梁'])
    expect(meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([
      ['宋志刚', '主任', '县人大常委会办公室'],
      ['周海燕', '主任委员', '县人大常委会法制工作委员会'],
      ['孙明杰', '副县长', '县政府']
    ])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([['陈　涛', '外出学习']])
    expect(meeting.recorder?.name).toBe('黄小燕')
    expect(messages).toEqual([])
  })

  it('should make the four numbered matters the items, and the closing lines none of them', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '研究县人大常委会第十九次会议议程草案'],
      ['二', '研究《清溪县农村生活垃圾治理条例（草案）》修改情况'],
      ['三', '研究县级预算调整方案初审意见'],
      ['四', '研究2024年下半年执法检查工作']
    ])
    expect(record.items[3].position.end.line).toBe(18)
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type).toBe('closing')
  })

  it('should take the office and the committees as reporters, a committee also whose report a member presents', () => {
    // `X关于…的初审报告由副主任Y作了汇报`: the report is X's.
    expect(record.items.map((item) => item.reporters)).toEqual([
      ['县人大常委会办公室'],
      ['县人大常委会法制工作委员会'],
      ['县人大常委会财政经济工作委员会'],
      []
    ])
    for (const item of record.items) {
      item.reporters.forEach((reporter, index) => {
        const {start, end} = item.positions.reporters[index]
        expect(text.slice(start.offset, end.offset)).toBe(reporter)
      })
    }
  })

  it('should read the matters sent on to the standing committee under 会议同意将…审议：', () => {
    const [first] = record.items
    expect(first.decisions[0].text).toBe('会议同意将以下事项提请县人大常委会第十九次会议审议')
    expect(first.points.map((point) => [point.ordinal, point.level])).toEqual([
      ['一', 'subsection'],
      ['二', 'subsection'],
      ['三', 'subsection']
    ])
  })

  it('should read each owner, joint owners, roles and deadlines of several forms', () => {
    const rows = record.items.map((item) =>
      item.assignments.map((assignment) => [assignment.owners, assignment.role, assignment.task.slice(0, 4), assignment.due, assignment.dueDate])
    )
    expect(rows).toEqual([
      [
        [['常委会办公室'], 'responsible', '要于8月', '于8月26日前', '2024-08-26'],
        [['县政府办公室', '县财政局'], 'responsible', '要按时提', null, null]
      ],
      [[['法制工作委员会'], 'responsible', '要会同县', null, null]],
      [
        [['财政经济工作委员会'], 'lead', '牵头，县', '在9月15日之前', '2024-09-15'],
        [['县财政局', '县审计局'], 'support', '配合，在', '在9月15日之前', '2024-09-15']
      ],
      [[['教育科学文化卫生工作委员会'], 'responsible', '负责制定', '本月底前', '2024-08-31']]
    ])
    for (const item of record.items) expectSlices(text, item.assignments)
  })

  it('should read the inline （1） points of an instruction, and the instruction of a trailing paragraph', () => {
    expect(record.items[1].instructions[0].points.map((point) => point.ordinal)).toEqual(['1', '2'])
    expect(record.items[3].instructions.map((instruction) => instruction.text.slice(0, 9))).toEqual(['要求各工作委员会在'])
    // `各工作委员会`, `各乡镇人大主席团` are audiences, not owners.
    expect(record.items[3].assignments).toHaveLength(1)
  })
})

describe('a university party standing committee (高校党委常委会会议纪要)', () => {
  const {text, tree, record, messages} = read('university-party-standing.txt')

  it('should read the meeting, and each person of the blocks at the end once', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.session, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '中共东江理工大学委员会常委会会议纪要',
      '党委常委会会议',
      null,
      '2024-10-16',
      '下午',
      '行政楼第一会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['林振华', '党委书记'])
    expect(meeting.attendees.map((person) => person.name)).toEqual(['林振华', '周立群', '陈晓东', '王丽娟', '吴倩', '许文杰'])
    expect(meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([
      ['马骏', '副书记', '纪委'],
      ['黄一鸣', '主任', '党委办公室'],
      ['邓佳', '主任', '校长办公室']
    ])
    expect(meeting.recorder && [meeting.recorder.name, meeting.recorder.unit]).toEqual(['郑小雨', '党委办公室'])
    expect(messages).toEqual([])
  })

  it('should keep the issue line, the signature and the count of copies out of the items', () => {
    const [preamble] = tree.children
    expect(preamble.type === 'preamble' && preamble.children.map((child) => child.type)).toEqual(['noise', 'title', 'noise', 'paragraph'])
    expect(tree.children[tree.children.length - 1].type).toBe('closing')
    expect(record.items.map((item) => [item.ordinal, item.heading.slice(0, 8)])).toEqual([
      ['一', '会议传达学习了习'],
      ['二', '会议审议了《东江'],
      ['三', '研究干部任免事项'],
      ['四', '研究2024年学'],
      ['五', '其他事项']
    ])
    expect(record.items[4].position.end.line).toBe(23)
  })

  it('should take the presenters, a department with its second name among them', () => {
    expect(record.items.map((item) => item.reporters)).toEqual([['党委宣传部'], ['陈晓东'], ['党委组织部'], ['学生工作部（处）'], []])
    expect(record.items[1].documents).toEqual(['东江理工大学“十五五”事业发展规划编制工作方案'])
  })

  it('should read numbered decisions after 会议研究决定： and personnel decisions after 经会议研究，决定：', () => {
    expect(record.items[1].decisions.map((decision) => decision.text.slice(0, 6))).toEqual(['原则通过该工', '成立规划编制', '发展规划处牵'])
    expect(record.items[2].decisions.map((decision) => decision.text)).toEqual([
      '同意张伟明同志任机械工程学院院长（试用期一年）',
      '同意刘晓燕同志任计划财务处处长，免去其审计处副处长职务',
      '同意免去赵国栋同志图书馆馆长职务'
    ])
  })

  it('should read the owners among 处, 部 and 学院, joint and supporting, with their deadlines', () => {
    const rows = record.items.map((item) =>
      item.assignments.map((assignment) => [assignment.owners, assignment.role, assignment.task.slice(0, 4), assignment.due, assignment.dueDate])
    )
    expect(rows).toEqual([
      [[['党委宣传部', '党委组织部'], 'responsible', '要制定学', '于10月25日前', '2024-10-25']],
      [
        [['发展规划处'], 'responsible', '根据会议', null, null],
        [['发展规划处'], 'lead', '牵头，计', '12月20日前', '2024-12-20'],
        [['计划财务处', '人事处'], 'support', '配合，1', '12月20日前', '2024-12-20']
      ],
      [[['党委组织部'], 'responsible', '按程序做', '于11月上旬', '2024-11-10']],
      [[['计划财务处'], 'responsible', '要确保资', null, null]],
      [
        [['保卫处'], 'lead', '要牵头开', '于11月15日前', '2024-11-15'],
        [['机械工程学院', '材料学院'], 'support', '配合做好', '于11月15日前', '2024-11-15']
      ]
    ])
    for (const item of record.items) expectSlices(text, item.assignments)
  })

  it('should read the （一） points on their own lines and the inline （1） points', () => {
    expect(record.items[0].instructions[0].points.map((point) => [point.ordinal, point.level])).toEqual([
      ['一', 'subsection'],
      ['二', 'subsection']
    ])
    expect(record.items[3].instructions[0].points.map((point) => point.text.slice(0, 5))).toEqual(['计划财务处', '各学院要做'])
  })

  it('should read what the meeting is told (`会议通报了…`) as a report', () => {
    expect(record.items[4].statements.map((statement) => [statement.kind, statement.cue])).toEqual([['report', '会议通报了']])
  })
})

describe('a subdistrict office’s weekly working meeting (街道办事处工作例会纪要)', () => {
  const {text, tree, record, messages} = read('subdistrict-weekly.txt')

  it('should read the header lines, leaders named by surname and title, and the recorder', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '桂园街道办事处工作例会纪要',
      '桂园街道办事处工作例会',
      '2024-09-23',
      '上午',
      '街道办三楼会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title, meeting.chair.unit]).toEqual(['王建军', '主任', '街道办事处'])
    expect(meeting.attendees.slice(0, 3).map((person) => [person.name, person.title])).toEqual([
      ['李书记', '书记'],
      ['王主任', '主任'],
      ['张副主任', '副主任']
    ])
    expect(meeting.recorder && [meeting.recorder.name, meeting.recorder.unit]).toEqual(['陈　静', '党政办'])
    expect(messages).toEqual([])
  })

  it('should make an item of each bracketed heading, and sign off past the page controls', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      [null, '上周工作回顾'],
      [null, '本周工作安排'],
      [null, '领导讲话'],
      [null, '其他事项']
    ])
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type === 'closing' && closing.children.map((child) => child.type === 'noise' && child.kind)).toEqual(['signature', 'signature', 'label'])
  })

  it('should give last week’s review no task, and this week’s plan its （一） parts with their tasks', () => {
    expect(record.items[0].assignments).toEqual([])
    const plan = record.items[1]
    expect(plan.points.map((point) => [point.ordinal, point.points.map((sub) => sub.ordinal)])).toEqual([
      ['一', ['1', '2']],
      ['二', []],
      ['三', []]
    ])
    expect(plan.assignments.map((assignment) => [assignment.owners, assignment.role, assignment.task.slice(0, 4), assignment.due, assignment.dueDate])).toEqual([
      [['城建科', '应急办'], 'responsible', '要于9月', '于9月27日前', '2024-09-27'],
      [['城管中队'], 'lead', '牵头，各', '本周内', '2024-09-29'],
      [['宣传办'], 'responsible', '负责更新', '9月30日前', '2024-09-30'],
      [['综治中心'], 'responsible', '负责统筹', null, null]
    ])
    expectSlices(text, plan.assignments)
  })

  it('should read the leaders’ words as instructions, with their points and owners', () => {
    const speech = record.items[2]
    expect(speech.instructions.map((instruction) => [instruction.cue, instruction.points.map((point) => point.ordinal)])).toEqual([
      ['李书记强调', ['一', '二', '三']],
      ['王主任要求', ['1', '2']]
    ])
    expect(speech.assignments.map((assignment) => [assignment.owner, assignment.task.slice(0, 5), assignment.due, assignment.dueDate])).toEqual([
      ['幸福社区', '要抓紧推进', '10月中旬', '2024-10-20'],
      ['财政所', '要在月底前', '在月底前', '2024-09-30'],
      ['社会事务办', '要做好国庆', null, null]
    ])
    expectSlices(text, speech.assignments)
  })

  it('should read the decision of the other matters, its money and its publicity step', () => {
    const other = record.items[3]
    expect(other.decisions.map((decision) => decision.text)).toEqual(['经研究，同意和平社区使用社区党组织服务群众经费2.6万元用于活动室改造'])
    expect(other.assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['社区', '按规定程序做好公示后实施']])
  })
})

describe('a village representatives’ meeting (村民代表会议纪要)', () => {
  const {text, tree, record, messages} = read('village-representatives.txt')

  it('should read the header lines past the site’s breadcrumb, the agenda and the attendance', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      '石桥镇柳塘村村民代表会议纪要',
      '石桥镇柳塘村村民代表会议',
      '2024-03-15',
      '下午',
      '柳塘村村民委员会会议室'
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['周国华', '村党支部书记、村委会主任'])
    expect(meeting.agenda).toEqual(['审议2024年村集体经济发展项目', '审议村道硬化工程实施方案', '讨论村规民约修订草案'])
    expect(meeting.attendees.map((person) => person.unit)).toEqual(['村两委成员', '村务监督委员会成员', '村民代表共38人'])
    expect(meeting.observers.map((person) => [person.name, person.title, person.unit])).toEqual([['刘明远', '镇包村干部', null]])
    expect(meeting.absentees.map((person) => [person.name, person.note])).toEqual([
      ['陈永福', '外出务工'],
      ['赵桂英', '因病']
    ])
    expect(meeting.recorder && [meeting.recorder.name, meeting.recorder.title, meeting.recorder.unit]).toEqual(['何晓梅', '文书', '村委会'])
    expect(messages).toEqual([])
    expect(tree.children[tree.children.length - 1].type).toBe('closing')
  })

  it('should make the other matters after the numbered ones an item, reported by the accountant', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading.slice(0, 6)])).toEqual([
      ['一', '审议2024'],
      ['二', '审议村道硬化'],
      ['三', '讨论村规民约'],
      [null, '其他事项']
    ])
    expect(record.items[3].reporters).toEqual(['王德顺'])
  })

  it('should read the decisions after the vote tallies, not the tallies', () => {
    expect(record.items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([['同意'], ['一致通过'], ['决定'], []])
    expect(record.items[0].decisions[0].text).toBe('会议同意实施该项目')
  })

  it('should take the village committee and the party branch as reporters', () => {
    expect(record.items.map((item) => item.reporters)).toEqual([['村委会'], ['村党支部'], [], ['王德顺']])
  })

  it('should read the tasks of the committees and the villager groups, with the publicity step and deadlines', () => {
    const rows = record.items.map((item) =>
      item.assignments.map((assignment) => [assignment.owners, assignment.role, assignment.task.slice(0, 5), assignment.due, assignment.dueDate, assignment.dueKind])
    )
    expect(rows).toEqual([
      [
        [['村委会'], 'responsible', '要于4月1', '于4月10日前', '2024-04-10', 'absolute'],
        [['村务监督委员会'], 'responsible', '负责全程监', '每季度', null, 'recurring']
      ],
      [
        [['村委会'], 'responsible', '负责将表决', null, null, null],
        [['第三村民小组', '第五村民小组'], 'support', '配合做好沿', '5月1日前', '2024-05-01', 'absolute']
      ],
      [
        [['村两委'], 'responsible', '根据代表意', null, null, null],
        [['村务监督委员会'], 'responsible', '要在4月底', '在4月底之前', '2024-04-30', 'absolute']
      ],
      []
    ])
    expect(record.items[1].assignments[0].task).toContain('公示')
    for (const item of record.items) expectSlices(text, item.assignments)
  })

  it('should read the （一） points of 会议要求： and the inline （1） points', () => {
    expect(record.items[0].instructions[0].points.map((point) => [point.ordinal, point.level])).toEqual([
      ['一', 'subsection'],
      ['二', 'subsection']
    ])
    expect(record.items[2].instructions[0].points.map((point) => [point.ordinal, point.level])).toEqual([
      ['1', 'paren-arabic'],
      ['2', 'paren-arabic']
    ])
  })
})
