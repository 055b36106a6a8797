import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a dated meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某区人民政府常务会议纪要\n2026年6月2日，区长李明主持召开区政府第9次常务会议。会议研究了以下事项：\n${body}\n`
  return analyze(text)
}

/** Heading, reporters, decisions and owners of each item. */
function summary(body: string) {
  return minutes(body).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    owners: item.assignments.map((assignment) => assignment.owner)
  }))
}

describe('agenda tables', () => {
  it('should make each row of a Markdown agenda table an item, with the reporter cell as reporter and the opinion cell read as the meeting speaking', () => {
    expect(
      summary('| 序号 | 议题 | 汇报单位 | 会议意见 |\n| --- | --- | --- | --- |\n| 1 | 区级储备粮轮换计划 | 区粮食局 | 原则同意，由区粮食局组织实施 |\n| 2 | 河道保洁经费安排 | 区水利局 | 暂缓研究 |')
    ).toEqual([
      {heading: '区级储备粮轮换计划', reporters: ['区粮食局'], decisions: ['原则同意'], owners: ['区粮食局']},
      {heading: '河道保洁经费安排', reporters: ['区水利局'], decisions: ['暂缓研究'], owners: []}
    ])
  })

  it('should read a table whose cells are parted by tabs, and one parted by runs of spaces', () => {
    const tabs = summary('序号\t议题\t汇报科室\t会议意见\n1\t关于更新救护车的请示\t总务科\t同意更新')
    const spaces = summary('序号  议题  汇报科室  会议意见\n1  关于更新救护车的请示  总务科  同意更新')
    const expected = [{heading: '关于更新救护车的请示', reporters: ['总务科'], decisions: ['同意更新'], owners: []}]
    expect(tabs).toEqual(expected)
    expect(spaces).toEqual(expected)
  })

  it('should read a header spaced to align (`议  题`) and a table with no reporter column', () => {
    expect(summary('议  题\t会议决定\n城区停车收费调整\t原则通过')).toEqual([{heading: '城区停车收费调整', reporters: [], decisions: ['原则通过'], owners: []}])
  })

  it('should give the reporter the position of its cell', () => {
    const {record} = minutes('| 议题 | 汇报单位 | 会议意见 |\n| 校车采购 | 区教育局 | 同意采购 |')
    const text = `某区人民政府常务会议纪要\n2026年6月2日，区长李明主持召开区政府第9次常务会议。会议研究了以下事项：\n| 议题 | 汇报单位 | 会议意见 |\n| 校车采购 | 区教育局 | 同意采购 |\n`
    const position = record.items[0].positions.reporters[0]
    expect(text.slice(position.start.offset, position.end.offset)).toBe('区教育局')
    const heading = record.items[0].positions.heading
    expect(text.slice(heading.start.offset, heading.end.offset)).toBe('校车采购')
  })

  it('should not take a table without a topic column for an agenda (a table of tasks stays one)', () => {
    const {record} = minutes('一、研究防汛工作\n会议听取了区水利局的汇报。\n序号\t议定事项\t责任单位\t完成时限\n1\t清理排水管网\t区城管局\t6月20日前')
    expect(record.items).toHaveLength(1)
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['区城管局', '6月20日前']])
  })
})

describe('reporters in rounds of reports and in the meeting’s view', () => {
  it('should take the office before a colon as reporter under a heading of reports, and where a presenting verb follows the colon', () => {
    const under = summary('一、各科室工作汇报\n办公室：上周完成了档案整理。\n财务科：本周将开展月度对账。\n二、其他事项\n会议同意。')
    expect(under[0].reporters).toEqual(['办公室', '财务科'])
    const verb = summary('一、上周工作情况\n财务科：汇报了月度对账情况。')
    expect(verb[0].reporters).toEqual(['财务科'])
  })

  it('should not take an office before a colon for a reporter where the heading is no round of reports and no presenting verb follows', () => {
    const record = summary('一、会议要求\n财务科：本周内完成对账。')
    expect(record[0].reporters).toEqual([])
  })

  it('should take no reporter from a sentence where the meeting gives its view of what others did (`会议指出,X…作出了部署`)', () => {
    const record = summary('一、传达学习市委全会精神\n会议指出，市委全会对全市今年工作作出了全面部署。')
    expect(record[0].reporters).toEqual([])
  })
})

describe('round 2: lead-ins, subject-line titles, glued points', () => {
  it('should not take the line that leads in to an agenda table for a matter of its own', () => {
    const text = '某中学校务会议纪要\n时间：2026年4月7日\n主持：校长 何伟\n会议研究议题及意见如下：\n｜议题｜汇报人｜会议意见｜\n｜关于运动会安排｜体育组 陈亮｜同意安排｜\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.reporters, item.decisions.map((decision) => decision.text)])).toEqual([['关于运动会安排', ['体育组'], ['同意安排']]])
  })

  it('should name the meeting as the lead does where the title is a subject line opening with 关于', () => {
    const text = '关于城北片区改造现场办公会议的纪要\n2026年5月6日，副市长张平到城北片区召开现场办公会议。\n一、关于拆迁问题\n会议明确，由市住建局负责。\n'
    expect(analyze(text).record.meeting.name).toBe('现场办公会议')
  })

  it('should keep the session a subject-line title adds', () => {
    const text = '关于县政府第12次常务会议的纪要\n2026年5月6日，县长张平主持召开县政府常务会议。\n一、研究防汛工作\n会议同意该方案。\n'
    expect(analyze(text).record.meeting.name).toBe('县政府第12次常务会议')
  })

  it('should part a point line that runs on into the next points after `;` (1.…;2.…;3.…)', () => {
    const text = '某公司周例会纪要\n2026年5月11日，总经理王强主持召开周例会。\n一、会议要求\n1.生产部要调配人员;2.采购部于周三前提出方案;3.质量部要开展分析。\n'
    const item = analyze(text).record.items[0]
    expect(item.points.map((point) => point.text)).toEqual(['生产部要调配人员;', '采购部于周三前提出方案;', '质量部要开展分析。'])
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['生产部', '采购部', '质量部'])
  })

  it('should not part a point at a number that does not continue its list (`1.…;3.…`)', () => {
    const text = '某公司周例会纪要\n2026年5月11日，总经理王强主持召开周例会。\n一、会议要求\n1.生产部要调配人员;3.采购部要提出方案。\n'
    expect(analyze(text).record.items[0].points).toHaveLength(1)
  })
})

describe('round 3: a village record of proposals and votes', () => {
  it('should read a table whose columns name who proposed a matter and how it was voted (提议人 | 表决情况)', () => {
    const text = '某村“两委”会议记录\n会议时间：2026年3月5日\n主持人：村支书 周平\n序号\t议题\t提议人\t表决情况\n1\t修缮村文化礼堂\t村委会主任 吴刚\t同意5票,一致通过\n'
    const item = analyze(text).record.items[0]
    expect([item.heading, item.reporters, item.decisions.map((decision) => decision.text)]).toEqual(['修缮村文化礼堂', ['村委会'], ['一致通过']])
  })

  it('should take a bare 通过 that ends a tally of votes for the decision, and not a 通过 that is a means', () => {
    const voted = minutes('| 议题 | 表决情况 |\n| 增补村民小组长 | 同意6票,弃权1票,通过 |').record.items[0]
    expect(voted.decisions.map((decision) => decision.text)).toEqual(['通过'])
    const means = minutes('一、研究招商工作\n会议要求,各部门要通过开展走访,摸清企业需求。').record.items[0]
    expect(means.decisions).toEqual([])
  })
})

describe('round 4: tables cell by cell, numbered decisions, label lines between points, submissions studied', () => {
  it('should read an agenda table copied one cell a line, the rows kept in step by their numbers', () => {
    const body = '序号\n议题\n汇报单位\n会议意见\n1\n关于乡镇卫生院设备购置\n县卫健局\n同意购置。\n2\n关于农村公路养护经费\n县交通局\n原则同意,由县财政局安排。'
    expect(summary(body)).toEqual([
      {heading: '关于乡镇卫生院设备购置', reporters: ['县卫健局'], decisions: ['同意购置'], owners: []},
      {heading: '关于农村公路养护经费', reporters: ['县交通局'], decisions: ['原则同意'], owners: ['县财政局']}
    ])
  })

  it('should not read label lines one a line as a table without a number column', () => {
    const records = summary('议题\n会议意见\n关于乡镇卫生院设备购置\n会议同意购置。')
    expect(records.map((item) => item.heading)).not.toContain('议题')
    expect(records.every((item) => item.reporters.length === 0)).toBe(true)
  })

  it('should make `议定事项一:` number the items, as `议题一:` does', () => {
    const text = '某街道党政联席会议纪要\n2026年9月7日，街道党工委书记王兰主持召开街道党政联席会议。\n议定事项一：关于燃气安全整治\n会议议定，由平安办牵头整治。\n议定事项二：关于环境卫生整治\n会议议定，由城管科负责整治。\n'
    expect(analyze(text).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于燃气安全整治'],
      ['二', '关于环境卫生整治']
    ])
  })

  it('should keep the points after label lines (`责任单位:`, `完成时限:`) decisions of the lead-in above them', () => {
    const item = summary('一、关于地块收储\n会议议定：\n1.地块由区国资公司负责收储。\n责任单位：区国资公司\n完成时限：7月底前\n2.规划条件由区规划分局研究提出。\n责任单位：区规划分局')[0]
    expect(item.decisions).toEqual(['地块由区国资公司负责收储。', '规划条件由区规划分局研究提出。'])
  })

  it('should take the office in brackets opening a line under a heading of reports, not under one of tasks', () => {
    expect(summary('一、上周工作完成情况\n【经发局】新签约项目3个。\n【建设局】完成路灯维修。')[0].reporters).toEqual(['经发局', '建设局'])
    expect(summary('一、本周工作安排\n【建设局】启动绿化招标。')[0].reporters).toEqual([])
  })

  it('should take the unit whose request the meeting studies for the reporter, not the body whose directive it studies, nor 研究生院', () => {
    expect(summary('一、研究区教育局关于增设公办幼儿园的请示\n会议同意增设。')[0].reporters).toEqual(['区教育局'])
    expect(summary('一、研究市委关于加强基层治理的意见\n会议要求抓好落实。')[0].reporters).toEqual([])
    expect(summary('一、研究生院关于招生计划的报告\n会议同意该计划。')[0].reporters).not.toContain('生院')
  })
})

describe('round 5: agenda tables with task columns, a written year before a holiday', () => {
  it('should give each owner of an agenda row’s owner cell the opinion as task, by the row’s deadline cell', () => {
    const {record} = minutes('| 议题 | 汇报单位 | 会议意见 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 河道清淤 | 区水利局 | 同意实施 | 区水利局、区财政局 | 11月底前 |')
    const item = record.items[0]
    expect(item.reporters).toEqual(['区水利局'])
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])).toEqual([
      ['区水利局', 'responsible', '同意实施', '11月底前'],
      ['区财政局', 'responsible', '同意实施', '11月底前']
    ])
  })

  it('should not give an owner of the owner cell a second task where the opinion already gives it one', () => {
    const {record} = minutes('| 议题 | 会议意见 | 牵头单位 | 完成时限 |\n| 校舍维修 | 同意,由区教育局组织实施 | 区教育局 | 8月底前 |')
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['区教育局'])
  })

  it('should keep a written year before a holiday or the start of a school term in the deadline', () => {
    const {record} = minutes('一、研究学位扩容\n会议明确,县教育局要于2026年秋季开学前完成扩容;县住建局要在2026年国庆节前完工。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      ['县教育局', '于2026年秋季开学前', null],
      ['县住建局', '在2026年国庆节前', '2026-09-30']
    ])
  })
})

describe('round 6: (一) alone on its line, a matter opened in a news lead, 会议明确,一是…', () => {
  it('should take the line under `(一)` alone on its line for the item’s heading, as under `一、`', () => {
    const text = '某公司总经理办公会纪要\n2026年9月3日，总经理严明主持召开总经理办公会。\n（一）\n关于仓库租赁\n会议同意续租。\n（二）\n关于车辆更新\n会议同意更新两辆货车。\n'
    expect(analyze(text).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于仓库租赁'],
      ['二', '关于车辆更新']
    ])
  })

  it('should open the one matter of a news report at the lead’s sentence that takes it up, the paragraphs after as its body', () => {
    const text = '本网讯 3月2日，副市长林海主持召开防汛工作专题协调会。会议听取了市水利局关于汛前准备情况的汇报。\n会议要求，市水利局要在4月底前完成水库安全鉴定。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([['会议听取了市水利局关于汛前准备情况的汇报', ['市水利局']]])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['市水利局', '在4月底前']])
  })

  it('should leave a lead alone that takes up no matter after its first sentence', () => {
    const text = '本网讯 3月2日，副市长林海主持召开防汛工作专题协调会。市水利局等单位参加会议。\n会议要求，市水利局要在4月底前完成水库安全鉴定。\n'
    expect(analyze(text).record.items).toEqual([])
  })

  it('should read each point after the cue alone and a comma (`会议明确,一是…;二是…`) as a decision, but not after 同意 and its object', () => {
    const decided = summary('一、研究供暖保障\n会议明确，一是市热力公司要完成管网改造；二是市发改委负责协调气源。')[0]
    expect(decided.decisions).toEqual(['市热力公司要完成管网改造；', '市发改委负责协调气源。'])
    const agreed = summary('一、研究供暖保障\n会议同意该方案，一是市热力公司要完成管网改造；二是市发改委负责协调气源。')[0]
    expect(agreed.decisions).toHaveLength(1)
  })
})

describe('round 7: a table of a round of reports', () => {
  it('should take the first cell of each row of a table under a heading of reports for a reporter', () => {
    const item = summary('一、各科室工作汇报\n| 科室 | 上周完成情况 | 本周计划 |\n| --- | --- | --- |\n| 财务科 | 完成对账 | 编制预算 |\n| 人事科 | 完成招聘 | 组织培训 |')[0]
    expect(item.reporters).toEqual(['财务科', '人事科'])
  })

  it('should read such a table with cells parted by tabs, and take no reporter from one under a heading of tasks', () => {
    expect(summary('一、上周工作完成情况\n部门\t完成情况\n财务科\t完成对账')[0].reporters).toEqual(['财务科'])
    expect(summary('一、本周工作安排\n部门\t工作安排\n财务科\t编制预算')[0].reporters).toEqual([])
  })
})

describe('round 8: colon after a topic, lists of persons in a reporter cell, merged reporter cells', () => {
  it('should end a `关于…问题` heading at its colon whatever follows (an owner, an outcome)', () => {
    const records = summary('一、关于村道改造问题：由区交通局负责纳入明年计划。\n二、关于冷库建设问题：原则同意选址方案。')
    expect(records.map((item) => [item.heading, item.decisions, item.owners])).toEqual([
      ['关于村道改造问题', [], ['区交通局']],
      ['关于冷库建设问题', ['原则同意选址方案'], []]
    ])
  })

  it('should not end a heading at a colon after text that is no topic (`会议要求:`)', () => {
    expect(summary('一、研究安全生产工作，会议要求：各部门加强巡查。')[0].heading).toBe('研究安全生产工作，会议要求：各部门加强巡查')
  })

  it('should read each person of a list in a reporter cell, a unit with its officer as the unit', () => {
    expect(summary('| 议题 | 汇报人 | 会议意见 |\n| 人才引进计划 | 副院长 伏华、人事科科长 程敏 | 原则同意 |')[0].reporters).toEqual(['伏华', '人事科'])
  })

  it('should carry a reporter over a blank (merged) cell of a tab-separated table, not of a Markdown one', () => {
    const tabs = summary('议题\t汇报单位\t会议意见\n民生实事项目\t县发改局\t原则同意\n项目前期经费\t\t同意安排')
    expect(tabs.map((item) => item.reporters)).toEqual([['县发改局'], ['县发改局']])
    const pipes = summary('| 议题 | 汇报单位 | 会议意见 |\n| 民生实事项目 | 县发改局 | 原则同意 |\n| 项目前期经费 | | 同意安排 |')
    expect(pipes.map((item) => item.reporters)).toEqual([['县发改局'], []])
  })
})

describe('round 9: lines under 会议决定: that decide in their own words', () => {
  it('should keep reading the lines under `会议决定:` as decisions after one that opens with its own verb (`同意…;`)', () => {
    const item = summary('一、研究基建计划\n会议决定：\n同意启动教学楼项目；\n上述项目由基建处按程序组织实施。')[0]
    expect(item.decisions).toEqual(['同意启动教学楼项目', '上述项目由基建处按程序组织实施。'])
    expect(item.owners).toEqual(['基建处'])
  })

  it('should not carry the lead-in past a line that is no decision (`会议要求,…`)', () => {
    const item = summary('一、研究基建计划\n会议决定：\n同意启动教学楼项目；\n会议要求，基建处要加强安全管理。')[0]
    expect(item.decisions).toEqual(['同意启动教学楼项目'])
  })
})

describe('round 10: a table of votes', () => {
  it('should read a residents’ table of matters voted on (表决事项 | 表决结果), the bare 通过 its decision', () => {
    const records = summary('序号\t表决事项\t表决结果\n1\t公益服务项目清单\t赞成36票，反对0票，弃权1票，通过')
    expect(records).toEqual([{heading: '公益服务项目清单', reporters: [], decisions: ['通过'], owners: []}])
  })
})

describe('round 11: a 主汇报单位 column, a 股长', () => {
  it('should read a 主汇报单位 column as the reporter, with a 列席单位 column beside it left alone', () => {
    const records = summary('| 会议议题 | 主汇报单位 | 列席单位 | 审议意见 |\n| 重大项目计划 | 区发改局 | 区财政局 | 原则同意 |')
    expect(records).toEqual([{heading: '重大项目计划', reporters: ['区发改局'], decisions: ['原则同意'], owners: []}])
  })

  it('should take a bureau section’s head (`预算股股长 X`) as the section', () => {
    expect(summary('议题\t汇报人\t会议意见\n预算编制安排\t预算股股长 尤丽\t原则同意')[0].reporters).toEqual(['预算股'])
  })
})

describe('round 13: a bare 意见 column, an outcome that announces its list', () => {
  it('should read a table parted by bars without outer ones, its columns 议题 | 汇报 | 意见', () => {
    expect(summary('议题 | 汇报 | 意见\n春节保供 | 区商务局 | 同意工作方案')).toEqual([{heading: '春节保供', reporters: ['区商务局'], decisions: ['同意工作方案'], owners: []}])
  })

  it('should read each point after `审议通过了以下议案:` as a decision of its own', () => {
    const item = summary('一、审议议案\n会议审议通过了以下议案：（一）《关于财务决算的议案》；（二）《关于投资计划的议案》。')[0]
    expect(item.decisions).toEqual(['《关于财务决算的议案》；', '《关于投资计划的议案》。'])
  })

  it('should not take a list after `以下` for decisions where no outcome stands before it (`会议听取了以下汇报:`)', () => {
    const item = summary('一、听取汇报\n会议听取了以下汇报：（一）区财政局关于预算的汇报；（二）区审计局关于审计的汇报。')[0]
    expect(item.decisions).toEqual([])
  })
})

describe('round 14: a news report that decides in its lead, deadline lines, owners that oversee', () => {
  it('should open the one matter of a one-paragraph report at `现场办公会议定:`, each enumerated point a decision', () => {
    const text = '副市长到园区现场办公\n3月2日，副市长林海到园区召开现场办公会。现场办公会议定：一是由市工信局牵头制定扶持政策，2月底前出台；二是市人社局负责组织招聘会。\n'
    const {record} = analyze(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['由市工信局牵头制定扶持政策，2月底前出台；', '市人社局负责组织招聘会。'])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['市工信局', '市人社局'])
  })

  it('should not open a matter at a colon that follows no meeting (`主要内容:`)', () => {
    const text = '副市长到园区调研\n3月2日，副市长林海到园区调研。主要内容：一是察看项目；二是走访企业。\n'
    expect(analyze(text).record.items).toEqual([])
  })

  it('should give the tasks of a line the deadline on the label line under it (`完成时限:`)', () => {
    const item = minutes('一、污水处理厂二期\n会议要求，由城北街道负责加快征地拆迁，区住建局要督促施工单位增加班组。\n完成时限：2027年3月31日前').record.items[0]
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['城北街道', '2027年3月31日前'],
      ['区住建局', '2027年3月31日前']
    ])
  })
})

describe('round 15: a point labelled 汇报情况', () => {
  it('should take the one who reports in the sentence after a short label that says 汇报 (`(一)汇报情况。X汇报了…`)', () => {
    const item = summary('一、关于业绩考核\n（一）汇报情况。人力资源部汇报了考核结果。\n（二）会议意见。会议原则同意考核结果。')[0]
    expect(item.reporters).toEqual(['人力资源部'])
    expect(item.decisions).toEqual(['会议原则同意考核结果'])
  })
})

describe('round 16: a rule drawn with long dashes', () => {
  it('should take `｜——｜——｜` under a header for the rule of the table, not a row', () => {
    const records = summary('｜议题｜汇报单位｜会议意见｜\n｜——｜——｜——｜\n｜民生项目｜县发改局｜原则同意｜')
    expect(records.map((item) => item.heading)).toEqual(['民生项目'])
  })
})

describe('round 17: a header spaced out to align, a caption over the table', () => {
  it('should join a label spaced out over a run of spaces (`议　　题`) and take a caption (`表1 …`) for part of the table', () => {
    const text = '某局局务会议纪要\n2027年1月26日，局长钟海主持召开局务会议。会议研究事项如下：\n表1　会议议题及议定意见\n序号　　议　　题　　　　汇报股室　　会议意见\n1　　　校外培训治理　　基础教育股　　同意方案\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.reporters, item.decisions.map((decision) => decision.text)])).toEqual([['校外培训治理', ['基础教育股'], ['同意方案']]])
  })
})

describe('round 18: a board’s table of motions', () => {
  it('should read a board’s table of motions (议案名称 | 提交部门 | 表决结果), the outcome after the tally its decision', () => {
    const records = summary('| 序号 | 议案名称 | 提交部门 | 表决结果 |\n| --- | --- | --- | --- |\n| 1 | 关于年度经营计划的议案 | 计划财务部 | 同意8票，弃权1票，审议通过 |')
    expect(records).toEqual([{heading: '关于年度经营计划的议案', reporters: ['计划财务部'], decisions: ['审议通过'], owners: []}])
  })
})

describe('round 21: a table that previews the agenda', () => {
  it('should not make items of an agenda table over numbered matters; the sections are the items', () => {
    const records = summary('| 序号 | 议题 | 汇报单位 |\n| --- | --- | --- |\n| 1 | 关于停车规划 | 县住建局 |\n现将会议议定事项纪要如下：\n一、关于停车规划\n会议听取了县住建局的汇报，原则同意该规划。')
    expect(records.map((item) => [item.heading, item.reporters, item.decisions])).toEqual([['关于停车规划', ['县住建局'], ['原则同意该规划']]])
  })
})

describe('round 22: a table of topics over paragraphs that take them up', () => {
  it('should leave a table without opinions to the paragraphs below it that take the matters up', () => {
    const records = summary('议题\t汇报单位\n资产出租办法\t区财政局\n会议审议了《资产出租办法》，原则通过该办法。')
    expect(records.map((item) => [item.heading, item.decisions])).toEqual([['会议审议了《资产出租办法》，原则通过该办法', ['原则通过该办法']]])
  })

  it('should still read a table with opinions as the items where no paragraph takes a matter up after it', () => {
    expect(summary('议题\t汇报单位\t会议意见\n资产出租办法\t区财政局\t原则通过\n会议强调，各部门要抓好落实。').map((item) => item.heading)).toEqual(['资产出租办法'])
  })
})

describe('after the merge of main: 【X】 lines and announcing outcomes on a line of their own', () => {
  it('should still take the office in 【】 opening a line of a round of reports, though 【】 may now be skipped as a label', () => {
    expect(summary('一、上周工作完成情况\n【经发局】新签约项目3个。')[0].reporters).toEqual(['经发局'])
  })

  it('should not count `会议审议通过了以下议案:` on its own line as a decision over the points it leads in to', () => {
    const item = summary('一、审议议案\n会议审议通过了以下议案：\n（一）《关于财务决算的议案》；\n（二）《关于投资计划的议案》。')[0]
    expect(item.decisions).toEqual(['《关于财务决算的议案》；', '《关于投资计划的议案》。'])
  })
})

describe('round 24: 由X提交…', () => {
  it('should end the owner after 由 before 提交 (`由村委会提交村民代表会议决议`), not read a unit across the verb', () => {
    const item = summary('一、关于收益分配\n会议同意分配方案。方案由村委会提交村民代表会议决议后公示。')[0]
    expect(item.owners).toEqual(['村委会'])
  })
})
