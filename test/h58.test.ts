import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's assignments as [owner, task, due]. */
function tasks(text: string) {
  return analyze(text).record.items.map((item) => item.assignments.map((each) => [each.owner, each.task, each.due]))
}

describe('Word bullets a copy saved as text keeps as private-use characters (blind21-h58 r1)', () => {
  const saved = (bullet: string) =>
    [
      '2026年6月3日上午，副县长韦长林主持召开专题会议，研究防汛准备工作。现纪要如下：',
      '一、\t关于汛前检查',
      '会议强调：',
      `${bullet}\t县水利局牵头组织水库安全检查，6月10日前完成；`,
      `${bullet}\t县应急局要备足抢险物资。`
    ].join('\n') + '\n'

  it('should give each unit after a Wingdings dot and a tab its task', () => {
    expect(tasks(saved('\uf06c'))).toEqual([
      [
        ['县水利局', '牵头组织水库安全检查，6月10日前完成', '6月10日前'],
        ['县应急局', '要备足抢险物资', null]
      ]
    ])
  })

  it('should read a Symbol dot and a Wingdings arrowhead so', () => {
    expect(tasks(saved('\uf0b7'))).toEqual(tasks(saved('\uf06c')))
    expect(tasks(saved('\uf0d8'))).toEqual(tasks(saved('\uf06c')))
  })
})

describe('a Markdown task list under a label of the work to follow up (blind21-h58 r1)', () => {
  const exported = (box: string, label: string) =>
    [
      '# 桐溪县文旅局局务会议纪要',
      '',
      '**会议时间**：2026年7月2日上午',
      '',
      '## 一、研究暑期景区安全工作',
      '',
      '会议同意暑期景区安全检查方案。',
      '',
      label,
      '',
      `- ${box} 市场管理股：收集景区游乐设施检验报告`,
      `- ${box} 办公室：汇总各景区应急预案，7月10日前报局长`
    ].join('\n') + '\n'

  it('should give each unit before its colon the rest of the line', () => {
    expect(tasks(exported('[ ]', '待办：'))).toEqual([
      [
        ['市场管理股', '收集景区游乐设施检验报告', null],
        ['办公室', '汇总各景区应急预案，7月10日前报局长', '7月10日前']
      ]
    ])
  })

  it('should read a ticked box as an open one', () => {
    expect(tasks(exported('[x]', '待办事项：'))).toEqual(tasks(exported('[ ]', '待办：')))
  })

  it('should give a bare unit line no task without such a label', () => {
    expect(tasks(exported('[ ]', '其他：'))[0]?.map((each) => each[0])).toEqual(['办公室'])
  })
})

describe('a Word outline numbered 1 over 1.1, 1.2 (blind21-h58 r2)', () => {
  const post = (bullet: string) =>
    [
      '10月9日下午，院长郁青山主持召开2026年第20次院长办公会议。',
      '',
      `${bullet}1 研究秋季运动会筹备工作`,
      '1.1 体育部汇报了运动会筹备情况。',
      '1.2 会议同意运动会于10月24日举行，由体育部负责制定竞赛规程；',
      '1.3 保卫处要做好赛场安全保障。',
      '',
      `${bullet}2 研究实验室安全检查`,
      '2.1 会议要求，设备处要在10月底前完成全校实验室安全检查。',
      '',
      `${bullet}3 其他事项`,
      '会议同意工会组织教职工参加市级合唱比赛。'
    ].join('\n') + '\n'

  const read = (text: string) => analyze(text).record.items.map((item) => [item.ordinal, item.heading, item.points.map((point) => point.ordinal)])

  it('should read each number alone as an item and its decimal points as points', () => {
    expect(read(post(''))).toEqual([
      ['1', '研究秋季运动会筹备工作', ['1.1', '1.2', '1.3']],
      ['2', '研究实验室安全检查', ['2.1']],
      ['3', '其他事项', []]
    ])
  })

  it('should read them so after a post pictograph before each number', () => {
    expect(read(post('🔹 '))).toEqual(read(post('')))
  })

  it('should give the points owners', () => {
    const owners = analyze(post('')).record.items.map((item) => item.assignments.map((each) => each.owner))
    expect(owners).toEqual([['体育部', '保卫处'], ['设备处'], []])
  })

  it('should read no decimal amount at a line start as a point', () => {
    const text = '会议听取了财务处关于预算执行情况的汇报。\n1.5 亿元专项资金已下达。\n2.5 亿元尚未下达。\n'
    expect(analyze(text).record.items.flatMap((item) => item.points)).toEqual([])
  })
})

describe('a name letter-spaced after its title, as an OCR sets it (blind21-h58 r2)', () => {
  const lead = (chair: string) =>
    `镇长办公会议纪要\n\n　　２０２６年８月３日上午，${chair}主持召开镇长办公会议，研究秋粮收购工作。现纪要如下：\n　　一、关于秋粮收购\n　　会议要求，镇农业服务中心要做好收购点布设。\n`

  it('should read the chair with its spaces as written', () => {
    const {chair} = analyze(lead('镇长 邝 立 山 在镇政府会议室')).record.meeting
    expect([chair?.name, chair?.title]).toEqual(['邝 立 山', '镇长'])
  })

  it('should read a name of two so', () => {
    expect(analyze(lead('镇长 邝 立 在镇政府会议室')).record.meeting.chair?.name).toEqual('邝 立')
  })

  it('should not join a row of spaced names after a label', () => {
    const text = lead('镇长邝立山在镇政府会议室') + '　　出 席：镇长 邝 立 山 副镇长 韩 冬 梅\n'
    expect(analyze(text).record.meeting.chair?.name).toEqual('邝立山')
  })
})

describe('Word bullets shown as letters once their font is lost (blind21-h58 r3)', () => {
  const page = (bullet: string) =>
    [
      '　　9月2日上午，县长滕雨辰主持召开县政府第23次常务会议。会议研究了以下事项：',
      '　　一、研究冬季供暖准备工作',
      '　　会议要求：',
      `${bullet}  县住建局要在10月31日前完成供热管网检修；`,
      `${bullet}  县热力公司要储足燃煤。`
    ].join('\n') + '\n'

  it('should give each unit after `l` and spaces its task', () => {
    expect(tasks(page('l'))).toEqual([
      [
        ['县住建局', '要在10月31日前完成供热管网检修', '在10月31日前'],
        ['县热力公司', '要储足燃煤', null]
      ]
    ])
  })

  it('should read `Ø`, `ü` and `n` so, and keep them in the source', () => {
    for (const bullet of ['Ø', 'ü', 'n']) expect(tasks(page(bullet))).toEqual(tasks(page('l')))
    const record = analyze(page('Ø')).record
    expect(record.items[0]?.assignments[0]?.owner).toEqual('县住建局')
  })

  it('should take no letter inside a line or before a Latin word for a bullet', () => {
    const text = '　　一、研究信息化工作\n　　会议同意采购 l 型服务器2台。\nn Mbps 专线由县大数据中心负责开通。\n'
    expect(analyze(text).record.items[0]?.decisions.map((each) => each.text)).toEqual(['会议同意采购 l 型服务器2台'])
  })
})

describe('a Word agenda table whose last row leaves its deadline cell empty (blind21-h58 r4)', () => {
  const table = [
    '2026年8月4日下午，总经理甘雪松主持召开2026年第15次总经理办公会，研究了以下事项：',
    '',
    '序号\t议题\t汇报部门\t会议决定\t责任部门\t完成时间',
    '1\t物流园二期招商方案\t招商部\t原则同意招商方案\t招商部\t9月底前',
    '2\t办公楼屋面防水维修\t综合部\t暂缓实施，待汛期结束后重新报价\t综合部\t',
    ''
  ].join('\n')

  it('should read the row by its number, the empty cell the last one', () => {
    const items = analyze(table).record.items
    expect(items.map((item) => [item.heading, item.reporters, item.assignments.map((each) => [each.owner, each.due])])).toEqual([
      ['物流园二期招商方案', ['招商部'], [['招商部', '9月底前']]],
      ['办公楼屋面防水维修', ['综合部'], [['综合部', null]]]
    ])
  })
})

describe('an online document export: fields parted by bars, mentions, a paper clip (blind21-h58 r4)', () => {
  const exported = (header: string) =>
    [
      '# 桐江物流集团2026年第6次总经理办公会会议纪要',
      '',
      header,
      '',
      '## 议题一：研究冷链仓库扩建项目',
      '',
      '**会议决定**：同意扩建方案。',
      '',
      '**待办**：',
      '',
      '- [ ] @工程部 9月15日前完成施工图审查',
      '- [ ] @财务部 会同工程部测算投资',
      '',
      '📎 附件：1.扩建方案 2.投资测算表'
    ].join('\n') + '\n'

  it('should read the date after a calendar pictograph and the chair of a field parted by bars', () => {
    const {meeting} = analyze(exported('📅 2026年6月9日 10:00 ｜ 📍 集团三楼会议室 ｜ 👤 主持：总经理 欧阳岚')).record
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-06-09', '欧阳岚'])
  })

  it('should read labelled fields parted by bars so', () => {
    const {meeting} = analyze(exported('时间：2026年6月9日 10:00 | 地点：集团三楼会议室 | 主持：总经理 欧阳岚')).record
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-06-09', '欧阳岚'])
  })

  it('should give each mentioned unit under 待办 the rest of its line, and take the attachments for no points', () => {
    const [item] = analyze(exported('👤 主持：总经理 欧阳岚')).record.items
    expect(item?.assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['工程部', '9月15日前完成施工图审查', '9月15日前'],
      ['财务部', '会同工程部测算投资', null]
    ])
    expect(item?.points).toEqual([])
  })

  it('should keep an address whole', () => {
    const text = '会议听取了信息中心的汇报。会议要求，信息中心要在5月底前开通邮箱xinxi@tongjiang.cn。\n'
    expect(analyze(text).record.items[0]?.assignments[0]?.task).toEqual('要在5月底前开通邮箱xinxi@tongjiang.cn')
  })
})

describe('a post numbered with negative circled digits, a bullet with its emoji selector (blind21-h58 r5)', () => {
  const post = (one: string, two: string) =>
    [
      '6月3日上午，街道党工委书记汤若谷主持召开街道党工委2026年第9次会议。',
      '',
      `${one} 研究防汛备汛工作`,
      '会议听取了街道应急管理办公室的汇报。会议要求：',
      '▪️ 应急管理办公室要在6月10日前完成物资清点；',
      '▪️ 城市管理办公室负责清理辖区排水沟渠。',
      '',
      `${two} 研究其他事项`,
      '会议同意街道综合文化站开展暑期公益课堂。'
    ].join('\n') + '\n'

  const read = (text: string) => analyze(text).record.items.map((item) => [item.heading, item.assignments.map((each) => each.owner)])

  it('should read ❶ and ❷ as the matters, and the units after ▪️ as owners', () => {
    expect(read(post('❶', '❷'))).toEqual([
      ['研究防汛备汛工作', ['应急管理办公室', '城市管理办公室']],
      ['研究其他事项', []]
    ])
  })

  it('should read ➊, ➀ and ⓵ so', () => {
    expect(read(post('➊', '➋'))).toEqual(read(post('❶', '❷')))
    expect(read(post('➀', '➁'))).toEqual(read(post('❶', '❷')))
    expect(read(post('⓵', '⓶'))).toEqual(read(post('❶', '❷')))
  })
})

describe("Word's upper Roman and lower-letter list styles (blind21-h58 r5)", () => {
  const saved = [
    '时间：2026年10月12日下午',
    '主持人：院长 郦景和',
    '',
    'Ⅰ．关于新建住院楼设备采购',
    '设备科汇报了采购计划。会议决定：',
    'a. 原则同意采购计划；',
    'b. 设备科于11月30日前完成招标。',
    'Ⅱ．关于院内停车管理',
    '会议要求保卫科在月底前完成停车位重新施划。'
  ].join('\n') + '\n'

  it('should read Ⅰ and Ⅱ as the sections and a. b. as the points under them', () => {
    const items = analyze(saved).record.items
    expect(items.map((item) => [item.heading, item.points.map((point) => point.ordinal)])).toEqual([
      ['关于新建住院楼设备采购', ['a', 'b']],
      ['关于院内停车管理', []]
    ])
    expect(items[0]?.assignments.map((each) => [each.owner, each.due])).toEqual([['设备科', '于11月30日前']])
  })

  it('should read a letter alone at a line start as no point', () => {
    const text = '一、关于网络改造\n会议同意改造方案。\na. 一楼机房先行改造。\n'
    expect(analyze(text).record.items[0]?.points).toEqual([])
  })
})

describe('an OCR that read the stroke of 一 as a dash and zeros as O (blind21-h58 r6)', () => {
  const scan = [
    '　　二O二六年五月八日上午，乡长 甘为民 主持召开乡长办公会议。现纪要如下：',
    '　　—、关于防汛准备',
    '　　会议要求：（—）乡水利站要在5月2O日前完成山塘巡查；（二）乡应急办要备足物资。',
    '　　二、关于其他事项',
    '　　会议同意乡卫生院开展义诊活动。'
  ].join('\n') + '\n'

  it('should read —、 as the first section and (—) as the first point before (二)', () => {
    const items = analyze(scan).record.items
    expect(items.map((item) => [item.heading, item.points.map((point) => point.ordinal)])).toEqual([
      ['关于防汛准备', ['—', '二']],
      ['关于其他事项', []]
    ])
  })

  it('should read 2O as 20 in a deadline, the value as written', () => {
    const [first] = analyze(scan).record.items
    expect(first?.assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([
      ['乡水利站', '在5月2O日前', '2026-05-20'],
      ['乡应急办', null, null]
    ])
  })

  it('should read no dash before 、 as a section where a line opens with 一、', () => {
    const text = '一、关于防汛\n会议同意方案。\n—、附带说明\n二、关于其他\n会议同意。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['关于防汛', '关于其他'])
  })
})

describe('a Markdown export with ordered lists nested in a list of matters (blind21-h58 r6)', () => {
  const exported = [
    '# 溪南县统计局局长办公会议纪要',
    '',
    '> 2026年第4次 · 2026年5月6日 · 局二楼会议室',
    '',
    '主持：局长 冼志明',
    '',
    '1. **研究经济普查工作**',
    '',
    '   普查中心汇报了筹备情况。会议要求：',
    '',
    '   1. 普查中心要在5月31日前完成普查员选聘；',
    '   2. 办公室负责落实普查经费。',
    '',
    '2. **其他事项**',
    '',
    '   会议同意开展统计开放日活动。'
  ].join('\n') + '\n'

  it('should read the margin entries as matters and the nested ones as their points', () => {
    const items = analyze(exported).record.items
    expect(items.map((item) => [item.heading, item.points.length, item.assignments.map((each) => each.owner)])).toEqual([
      ['研究经济普查工作', 2, ['普查中心', '办公室']],
      ['其他事项', 0, []]
    ])
  })

  it('should read the date of a subtitle that gives the session, the date and the room', () => {
    expect(analyze(exported).record.meeting.date).toEqual('2026-05-06')
  })

  it('should read no date from such a line without the session', () => {
    expect(analyze(exported.replace('2026年第4次 · ', '')).record.meeting.date).toEqual(null)
  })
})

describe("a portal headline that adds a 专题会议's topic (blind21-h58 r8)", () => {
  const page = (headline: string) =>
    `${headline}\n发布时间：2026-08-03　　点击数：211\n8月2日上午，副县长聂冬青主持召开专题会议，研究城区停车治理工作。\n会议听取了县公安局的汇报。会议要求，县城管局要在8月底前完成停车位施划。\n`

  it("should name the meeting as the lead does, the topic left out", () => {
    expect(analyze(page('县政府召开城区停车治理工作专题会议')).record.meeting.name).toEqual('专题会议')
  })

  it('should keep a joint conference named by its work', () => {
    const text = page('全县停车治理工作联席会议纪要').replace('召开专题会议', '召开联席会议')
    expect(analyze(text).record.meeting.name).toEqual('全县停车治理工作联席会议')
  })
})

describe('a text browser dump of a page: box tables, link numbers, References (blind21-h58 r9)', () => {
  const dump = [
    '[1]首页 [2]政务公开',
    '   9月3日上午，县长葛兰舟主持召开县政府第30次常务会议。现纪要如下：',
    '   一、研究秋粮收购工作',
    '   会议明确任务分工如下：',
    '┌──┬──────────┬────────┬────────┐',
    '│序号│工作任务      │责任单位  │完成时限  │',
    '├──┼──────────┼────────┼────────┤',
    '│1 │落实收购网点  │县粮食局  │9月20日前 │',
    '├──┼──────────┼────────┼────────┤',
    '│2 │筹措收购资金  │县财政局  │9月25日前 │',
    '└──┴──────────┴────────┴────────┘',
    '[3]【打印本页】 [4]【关闭窗口】',
    '',
    'References',
    '',
    '   1. http://www.example.gov.cn/',
    '   2. http://www.example.gov.cn/zwgk/'
  ].join('\n') + '\n'

  it('should read the box table as a table of tasks', () => {
    expect(tasks(dump)).toEqual([
      [
        ['县粮食局', '落实收购网点', '9月20日前'],
        ['县财政局', '筹措收购资金', '9月25日前']
      ]
    ])
  })

  it('should take the link list under References and the numbered chrome for no points', () => {
    expect(analyze(dump).record.items[0]?.points).toEqual([])
  })

  it('should keep a note mark after a word', () => {
    const text = '一、研究X\n会议同意该方案[1]。\n'
    expect(analyze(text).record.items[0]?.decisions.map((each) => each.text)).toEqual(['会议同意该方案[1]'])
  })
})

describe('a post numbering its matters 【一】, and the divisions of a bureau (blind21-h58 r9)', () => {
  it('should read 【一】 and 【二】 as the sections, the heading after them', () => {
    const text = '8月5日，区委政法委书记柏青主持召开委员会议。\n\n【一】研究平安建设\n会议要求，区综治中心要在8月底前完成排查。\n\n【二】研究其他事项\n会议同意开展普法宣传。\n'
    expect(analyze(text).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '研究平安建设'],
      ['二', '研究其他事项']
    ])
  })

  it('should read 责任处室 as an owner column', () => {
    const text = '一、研究节日保障\n| 序号 | 工作任务 | 责任处室 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 开展专项抽检 | 食品抽检处 | 9月28日前 |\n'
    expect(tasks(text)).toEqual([[['食品抽检处', '开展专项抽检', '9月28日前']]])
  })
})

describe('a task table pasted as a spreadsheet CSV export (blind21-h58 r10)', () => {
  const minutes = (lead: string) =>
    [
      '一、研究园区道路建设',
      lead,
      '序号,工作任务,责任单位,配合单位,完成时限',
      '1,"完成一期路基施工,同步埋设管线",县园区管委会,县住建局,9月30日前',
      '2,办理施工许可,县住建局,,8月20日前',
      '会议要求，各单位要按时限抓好落实，确保工程质量。'
    ].join('\n') + '\n'

  it('should read the rows by their commas, a quoted cell whole and without its quotes', () => {
    expect(tasks(minutes('会议明确分工如下：'))).toEqual([
      [
        ['县园区管委会', '完成一期路基施工,同步埋设管线', '9月30日前'],
        ['县住建局', '完成一期路基施工,同步埋设管线', '9月30日前'],
        ['县住建局', '办理施工许可', '8月20日前']
      ]
    ])
  })

  it('should take a lead-in with a note in brackets before its colon for no decision', () => {
    expect(analyze(minutes('会议明确分工如下（附后）：')).record.items[0]?.decisions).toEqual([])
  })
})

describe('bars a scan left at line starts, Markdown bullets of owners in bold (blind21-h58 r11)', () => {
  it('should read past a bar and a space at a line start', () => {
    const text = '| 区长办公会议纪要\n　　６月２日，区长吕成主持召开区长办公会议。\n| 　　一、关于防汛\n　　会议要求，区水务局要在６月１０日前完成泵站检修。\n'
    const record = analyze(text).record
    expect([record.meeting.name, record.items.map((item) => item.heading)]).toEqual(['区长办公会议', ['关于防汛']])
  })

  it('should keep a table row that opens with a bar', () => {
    const text = '一、研究X\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 完成泵站检修 | 区水务局 | 6月10日前 |\n'
    expect(tasks(text)).toEqual([[['区水务局', '完成泵站检修', '6月10日前']]])
  })

  it('should read each bold owner bullet as its own entry, its bare 截止 label the deadline', () => {
    const text = [
      '### 1. 研究中考体育考试',
      '',
      '会议同意考试方案。',
      '',
      '- **基础教育科**：做好考点设置和考务培训（截止：5月10日）',
      '- **体卫艺科**：负责考试器材检定和场地验收（截止：5月15日）'
    ].join('\n') + '\n'
    expect(tasks(text)).toEqual([
      [
        ['基础教育科', '做好考点设置和考务培训', '5月10日'],
        ['体卫艺科', '负责考试器材检定和场地验收', '5月15日']
      ]
    ])
  })
})

describe('a mention whose space the view left out, a 负责人 column (blind21-h58 r12)', () => {
  it('should end the mentioned unit where the source had its space', () => {
    const text = '## 一、研究评定结果\n\n会议同意评定结果。\n\n待办：\n\n- [ ] @人力资源部 公示期满后报学校审定\n'
    expect(tasks(text)).toEqual([[['人力资源部', '公示期满后报学校审定', null]]])
  })

  it('should read a 负责人 column of village officers, each owning in person', () => {
    const text = '2026年4月8日，村党支部书记龙继海主持召开村“两委”联席会议。\n一、\t关于道路维修\n会议同意修补村道。\n事项\t负责人\t完成时间\n路面修补\t村委委员杨志刚\t5月15日前\n'
    expect(tasks(text)).toEqual([[['杨志刚', '路面修补', '5月15日前']]])
  })
})
