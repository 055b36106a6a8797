import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze, parseMinutes} from '../src/index.js'

/** Minutes of a dated meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某县人民政府县长办公会议纪要\n2026年3月2日，县长李明主持召开县长办公会议，研究有关事项。现纪要如下：\n\n${body}\n`
  return analyze(text).record
}

/** Owner, task and deadline of every assignment of every item. */
function tasks(body: string) {
  return minutes(body).items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due]))
}

const fixture = (name: string): string => fs.readFileSync(new URL(`../fixtures/genre/blind10-h16/${name}`, import.meta.url), 'utf8')

describe('table cells that wrapped onto the next line', () => {
  it('should read the owner whole where the opinion cell of a table parted by spaces breaks inside it (`由县财政` / `局于…`)', () => {
    // (The owner's value holds the source's line end: values are sliced from the source.)
    expect(tasks('序号  议题  汇报单位  会议意见\n1  关于春耕资金安排  县农业农村局  同意安排资金800万元,由县财政\n局于3月10日前拨付到位\n2  关于渡口改造  县交通运输局  暂缓研究')).toEqual([
      [['县财政\n局', '于3月10日前拨付到位', '于3月10日前']],
      []
    ])
  })

  it('should read the task whole where the cell breaks after the owner (`由县财政局` / `于…`), the last row too', () => {
    expect(tasks('序号  议题  汇报单位  会议意见\n1  关于春耕资金安排  县农业农村局  同意安排资金800万元,由县财政局\n于3月10日前拨付到位\n\n出席:李明 王强')).toEqual([
      [['县财政局', '于3月10日前拨付到位', '于3月10日前']]
    ])
  })

  it('should keep a row whole where a tab-parted cell breaks and the next line holds the rest of the row', () => {
    const record = minutes('会议听取了县水利局关于防汛准备的汇报,议定如下:\n\n序号\t议定事项\t责任单位\t完成时限\n1\t落实防汛物资储备资金\t县财\n政局\t6月20日前\n2\t完成易涝点排水改造\t县水利局\t6月25日前')
    // (The owner's value holds the source's line end: values are sliced from the source.)
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['县财\n政局', '落实防汛物资储备资金', '6月20日前'],
      ['县水利局', '完成易涝点排水改造', '6月25日前']
    ])
  })

  it('should not join a paragraph after the table that opens with the meeting speaking, nor a label', () => {
    const record = minutes('序号  议题  汇报单位  会议意见\n1  关于春耕资金安排  县农业农村局  原则同意,由县农业农村局组织实施\n会议还听取了县教育局关于校舍安全的汇报。\n列席:县财政局')
    expect(record.items.map((item) => item.heading)).toEqual(['关于春耕资金安排', '会议还听取了县教育局关于校舍安全的汇报'])
    expect(record.items[0]?.assignments.map((assignment) => assignment.task)).toEqual(['组织实施'])
  })

  it('should read the blind county minutes with four wrapped opinion cells as its gold has them', () => {
    const record = parseMinutes(fixture('r1/a01-county-mayor-space-table-wrap.txt'))
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([
      [['县住建局', '于3月31日前']],
      [['县发改委', '于4月10日前']],
      [['县卫健委', null]],
      [['县财政局', '于4月15日前']]
    ])
  })
})

describe('a body named by its word alone', () => {
  it('should give no task to `有限公司` or `公司` asked with nothing before it, and keep the named company', () => {
    expect(tasks('一、关于融资\n会议要求有限公司要抓紧与合作银行对接,5月底前完成授信审批。\n二、关于整合\n会议要求公司要抓紧与合作银行对接。湘江物业服务有限公司要于6月底前完成人员安置。')).toEqual([
      [],
      [['湘江物业服务有限公司', '要于6月底前完成人员安置', '于6月底前']]
    ])
  })

  it('should give no task to `股份有限公司` as the subject of a clause, but to a company with its name', () => {
    expect(tasks('一、关于安全生产\n会议强调,股份有限公司要落实安全生产责任。城投置业有限公司要立即开展隐患排查。')).toEqual([[['城投置业有限公司', '要立即开展隐患排查', '立即']]])
  })

  it('should read the blind company minutes with a bare 有限公司 as its gold has them, with no owner `有限公司`', () => {
    const record = parseMinutes(fixture('r1/a05-soe-gm-office-bare-company.txt'))
    expect(record.items.map((item) => item.assignments.map((assignment) => assignment.owner))).toEqual([['财务管理部'], ['湘江物业服务有限公司'], ['湘江建设工程有限公司']])
  })
})

describe('text hard-wrapped at a count of characters', () => {
  /** Paragraphs cut every `count` characters, as a PDF's text layer may give them. */
  function wrapAt(count: number, paragraphs: string[]): string {
    const lines: string[] = []
    for (const paragraph of paragraphs) for (let at = 0; at < paragraph.length; at += count) lines.push(paragraph.slice(at, at + count))
    return lines.join('\n') + '\n'
  }

  it('should join lines cut at 24 characters, digits counted one each, so the lead keeps its date and the owner its name', () => {
    const text = wrapAt(24, [
      '2026年8月12日上午，县长周立平主持召开县人民政府第31次常务会议，研究有关事项。现纪要如下：',
      '一、研究城区12所学校校舍维修工作',
      '会议听取了县教育局关于校舍维修计划的汇报。会议同意安排维修资金860万元，由县教育局于9月1日前完成维修，县财政局要按进度拨付资金。'
    ])
    // Every line of a full paragraph holds 24 characters: by display width they differ by the digits in them.
    expect(text.split('\n').slice(0, 2).map((line) => line.length)).toEqual([24, 24])
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2026-08-12')
    expect(record.meeting.chair?.name).toBe('周立平')
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([
      [
        ['县教育局', '于9月1日前'],
        ['县财政局', null]
      ]
    ])
  })

  it('should read the blind county minutes cut at 30 characters with their lead date and the session the lead names', () => {
    const record = parseMinutes(fixture('r1/a06-county-cw-pdf-charcount.txt'))
    expect(record.meeting.date).toBe('2026-07-22')
    expect(record.meeting.name).toBe('县人民政府第23\n次常务会议')
    expect(record.items.map((item) => item.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should take no room for zero-width spaces a copy left in the lines, in either measure', () => {
    const text = fixture('r1/a06-county-cw-pdf-charcount.txt').replace(/(?<=[\u4e00-\u9fff]{5})(?=[\u4e00-\u9fff])/g, '\u200b')
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2026-07-22')
    expect(record.items[2]?.assignments.map((assignment) => assignment.due)).toEqual(['于8月15日前'])
  })
})

describe('matters numbered with ordinal words', () => {
  it('should make a run of `第一,` lines the items and a run that starts again under one its points', () => {
    const record = minutes('第一,春季森林防火\n会议要求:\n第一,要严格火源管控;\n第二,要加强值班值守,镇应急办要实行24小时值班;\n第三,要备足扑火物资。\n第二,农村人居环境整治\n会议同意镇农业服务中心提出的考核方案。')
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '春季森林防火', 3],
      ['二', '农村人居环境整治', 0]
    ])
    expect(record.items[0]?.assignments.map((assignment) => assignment.owner)).toEqual(['镇应急办'])
  })

  it('should give the next matter its number back where the run under an entry ends in a sentence end', () => {
    const record = minutes('第一,春季森林防火\n会议要求:\n第一,要严格火源管控。\n第二,农村人居环境整治\n会议同意考核方案。\n第三,村级财务审计\n会议决定开展审计。')
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '春季森林防火', 1],
      ['二', '农村人居环境整治', 0],
      ['三', '村级财务审计', 0]
    ])
  })

  it('should keep a sentence numbered as the next matter would be in the run (`第二,安全股要…。`), and a heading (`第二,关于…`) for the matter', () => {
    const record = minutes('第一,关于校园安全\n第一,要严格排查,全面摸清底数。\n第二,安全股要于4月20日前完成整改。\n第二,关于教师招聘\n会议同意人事股提出的方案。')
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '关于校园安全', 2],
      ['二', '关于教师招聘', 0]
    ])
  })

  it('should read labelled matters (`交办事项一` alone on its line, `议定事项1:`) as items', () => {
    expect(parseMinutes(fixture('r2/b04-county-mayor-jiaoban-own-line.txt')).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '县城第二水厂扩建工程'],
      ['二', '城区学校学位扩容'],
      ['三', '教师周转宿舍建设']
    ])
    expect(parseMinutes(fixture('r2/b03-city-joint-yiding-digits-ascii.txt')).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['1', '烟花爆竹安全整治'],
      ['2', '道路交通安全'],
      ['3', '汛期地质灾害防范']
    ])
  })
})

describe('round 3: what ends a table, and a lead over labelled matters', () => {
  it('should end a table parted by spaces at an attendance line whose names are parted by spaces too', () => {
    const record = minutes('序号  议题  汇报单位  会议意见\n1  关于渡口改造  县交通运输局  原则同意\n2  关于校舍维修  县教育局  同意\n\n出席:李明  王强  赵丽  孙涛')
    expect(record.items.map((item) => item.heading)).toEqual(['关于渡口改造', '关于校舍维修'])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['李明', '王强', '赵丽', '孙涛'])
  })

  it('should join a cell wrapped onto a line aligned under the last column', () => {
    const record = parseMinutes(fixture('r3/c01-county-cw-aligned-space-table.txt'))
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner.replace(/\s+/g, ''), assignment.due]))).toEqual([
      [
        ['县住建局', '5月20日前'],
        ['县城管局', '5月20日前']
      ],
      [['县财政局', '于4月30日前']],
      [['县卫健局', null]]
    ])
  })

  it('should take a paragraph that leads in to the minutes (`…纪要如下:`) over `督办事项一、` for the lead, the labelled entries for the matters', () => {
    const text = '坡子街街道党工委会议纪要\n时间:2026年11月4日\n主持:街道党工委书记 刘佳\n\n会议传达学习了区委全会精神,研究了近期重点工作。现将会议督办事项纪要如下:\n督办事项一、老旧小区加装电梯\n城市管理办要于11月底前完成8台电梯签约。\n督办事项二、冬季消防安全\n应急管理办要于11月15日前组织一次消防演练。\n'
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading, item.assignments.map((assignment) => assignment.owner)])).toEqual([
      ['一', '老旧小区加装电梯', ['城市管理办']],
      ['二', '冬季消防安全', ['应急管理办']]
    ])
  })

  it('should keep a matter paragraph that leads in to a `1.` list as the matter, the list its points', () => {
    const text = '街道工作例会纪要\n时间:2026年11月4日\n主持:街道办事处主任林涛\n\n会上,各办汇报了上周工作,林涛主任对本周工作进行了部署。现纪要如下:\n1.安全生产。平安办要开展安全检查。\n2.民生实事。党建办要做好敬老活动。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.points.length])).toEqual([[null, 2]])
  })
})

describe('round 4: tables of tasks laid out with spaces', () => {
  const lead = '某县人民政府专题会议纪要\n2026年3月2日，副县长李明主持召开专题会议。\n会议听取了县水利局关于防汛工作的汇报，议定如下：\n'

  it('should read a table of tasks whose cells are parted by runs of spaces, its rows no decisions', () => {
    const record = parseMinutes(`${lead}序号  工作任务  责任单位  完成时限\n1  完成水库除险加固设计审查  县水利局  3月底前\n2  落实配套资金2400万元  县财政局  11月30日前\n`)
    const [item] = record.items
    expect(item?.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['县水利局', '完成水库除险加固设计审查', '3月底前'],
      ['县财政局', '落实配套资金2400万元', '11月30日前']
    ])
    expect(item?.decisions).toEqual([])
  })

  it('should pass over the lines where aligned cells wrapped, keeping each row and the rows after them', () => {
    const record = parseMinutes(fixture('r4/d01-county-topic-space-task-table-header-wrap.txt'))
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['县水利局', '2027年3月'],
      ['县财政局', '11月30日前'],
      ['县自然资源局', '12月20日前']
    ])
    // `会议议定的具体事项如下:` announces the table; it decides nothing.
    expect(record.items[0]?.decisions.map((decision) => decision.text)).toEqual(['会议同意该计划'])
  })
})

describe('round 4: a row read once', () => {
  it('should not read a task again from the clause of a row (`由区城管局牵头`) that the owner cell names', () => {
    const record = parseMinutes(fixture('r1/a02-district-topic-tab-task-table.txt'))
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['区城管局', '6月30日前'],
      ['区应急局', '7月10日前'],
      ['区财\n政局', '6月20日前'],
      ['区水务局', '6月25日前'],
      ['区应急局', '每周']
    ])
  })
})

describe('round 5: more wrapped cells', () => {
  it('should join a row of a table written with bars that closes its bar on the next line', () => {
    expect(tasks('| 序号 | 议题 | 汇报单位 | 会议意见 |\n| --- | --- | --- | --- |\n| 1 | 关于学位保障 | 区教育局 | 同意新增学位1200个,由区财政局\n于8月31日前落实经费 |\n| 2 | 关于养老服务 | 区民政局 | 同意 |')).toEqual([
      [['区财政局', '于8月31日前落实经费', '于8月31日前']],
      []
    ])
  })

  it('should join an opinion cell that runs over three lines, its supporting units one task', () => {
    const record = parseMinutes(fixture('r5/e03-county-mayor-tab-cell-three-lines.txt'))
    expect(record.items[0]?.assignments.map((assignment) => [assignment.owners, assignment.due])).toEqual([
      [['县商务局'], '于6月30日前'],
      [['县市场监管局', '县住建局', '县城管局'], '于6月30日前']
    ])
  })
})

describe('round 6: verbs that end like an office', () => {
  it('should take no `X开办` for an office (`企业开办全程网办`, the heading run on into its body), but `乡村振兴办` still', () => {
    const flat = fixture('r1/a04-joint-meeting-jiaoban-labels.txt').replace(/\s*\n\s*/g, '')
    expect(parseMinutes(flat).items[0]?.assignments.map((assignment) => assignment.owner)).toEqual(['市政务服务中心'])
    expect(tasks('一、关于美丽庭院创建\n乡村振兴办负责活动组织实施。')).toEqual([[['乡村振兴办', '负责活动组织实施', null]]])
  })
})
