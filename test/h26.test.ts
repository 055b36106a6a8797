import {describe, expect, it} from 'vitest'
import {analyze, parseMinutes} from '../src/index.js'

describe('h26: a header field that tells the year the lead leaves out', () => {
  it('should take the year from a 时间: line whose month and day agree with the lead', () => {
    const text =
      '关于推进城西片区改造的专题会议纪要\n' +
      '时间:2022年6月9日上午\n' +
      '地点:区政府三楼会议室\n' +
      '6月9日上午,副区长林海主持召开专题会议,研究城西片区改造有关问题。现纪要如下:\n' +
      '一、关于拆迁安置\n' +
      '会议要求区住建局于7月底前完成安置房选址。\n'
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2022-06-09')
    expect(record.meeting.chair?.name).toBe('林海')
  })

  it('should not take the year from a 时间: line of another day', () => {
    // The field names a different day: it does not tell the lead's year.
    const text =
      '关于推进城西片区改造的专题会议纪要\n' +
      '时间:2022年6月8日\n' +
      '6月9日上午,副区长林海主持召开专题会议,研究城西片区改造有关问题。现纪要如下:\n' +
      '一、关于拆迁安置\n' +
      '会议要求区住建局于7月底前完成安置房选址。\n'
    expect(parseMinutes(text).meeting.date).toBeNull()
  })
})

describe('h26: who an item trailer names as presenting', () => {
  const lead = '2024年9月18日下午,学院召开党政联席会议。会议由院长罗志刚主持。纪要如下:\n'

  it('should read the one who leads a study in a (主持:A 领学:B) trailer', () => {
    const text = lead + '议题一 学习贯彻全国教育大会精神\n(主持:罗志刚 领学:党委书记 郑丽华)\n会议集体学习了重要讲话精神。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['郑丽华'])
  })

  it('should read a post titled by its function before a name as the person (汇报:人事秘书 X)', () => {
    const text = lead + '议题一 研究教师研修人选推荐\n(主持:罗志刚 汇报:人事秘书 冯婷)\n会议同意推荐何子健、吴雅琴2人。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['冯婷'])
  })

  it('should still read a unit before a name as the unit (汇报:学工办 X)', () => {
    const text = lead + '议题一 研究新生入学教育安排\n(主持:罗志刚 汇报:学工办 黄晓燕)\n会议同意入学教育方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['学工办'])
  })
})

describe('h26: a sidebar of links above the article', () => {
  const page =
    '首页 > 政务公开 > 区政府常务会议\n' +
    '热点推荐\n' +
    '· 区政府召开第13次常务会议 2023-02-20\n' +
    '· 副区长调研春耕生产 2023-03-02\n' +
    '发布日期:2023-03-08\n' +
    '柳湾区人民政府第14次常务会议纪要\n' +
    '3月6日,区长韩松主持召开区政府第14次常务会议。现将会议议定事项纪要如下:\n' +
    '一、研究春季植树造林工作\n' +
    '会议要求区林业局于3月20日前完成苗木调运。\n'

  it('should not date the meeting by the links listed above it', () => {
    // The sidebar's 2023-03-02 would put 3月6日 in 2022; the page's own date says 2023.
    expect(parseMinutes(page).meeting.date).toBe('2023-03-06')
  })

  it('should take the minutes title, not a link, for the title', () => {
    expect(parseMinutes(page).meeting.title).toBe('柳湾区人民政府第14次常务会议纪要')
  })

  it('should stop the sidebar at the first line that is no link', () => {
    // An empty sidebar: the title right under its heading is no link (no bullet, no date).
    const text = page.replace('· 区政府召开第13次常务会议 2023-02-20\n· 副区长调研春耕生产 2023-03-02\n发布日期:2023-03-08\n', '')
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('柳湾区人民政府第14次常务会议纪要')
    expect(record.items).toHaveLength(1)
  })
})

describe('h26: links and a menu bar above the article with no heading', () => {
  const page =
    '首页 机构概况 政务公开 政务服务 互动交流\n' +
    '· 北岸区召开防汛工作会议 2024-06-03\n' +
    '· 区政府召开2024年第11次常务会议 2024-05-27\n' +
    '高明主持召开区政府2024年第12次常务会议\n' +
    '发布时间:2024-06-12 信息来源:区政府办公室\n' +
    '6月11日,区长高明主持召开区政府常务会议,研究防汛工作。\n' +
    '会议听取了区水利局关于防汛工作的汇报。会议要求区水利局加强水库巡查。\n'

  it('should read bulleted, dated lines as links, not as the title', () => {
    const record = parseMinutes(page)
    expect(record.meeting.title).toBe('高明主持召开区政府2024年第12次常务会议')
    // The title adds the session the lead lacks.
    expect(record.meeting.name).toBe('区政府2024年第12次常务会议')
  })

  it('should not date the meeting by a link above it', () => {
    // The link's 2024-06-03 would put 6月11日 in 2023.
    expect(parseMinutes(page).meeting.date).toBe('2024-06-11')
  })

  it('should read a menu bar as page chrome and a bulleted line without a date as content', () => {
    const {tree} = analyze(page)
    const preamble = tree.children[0]
    expect(preamble.type).toBe('preamble')
    const first = preamble.type === 'preamble' ? preamble.children[0] : null
    expect(first?.type === 'noise' ? first.kind : first?.type).toBe('breadcrumb')
    // `· 会议要求…` carries no date: not a link.
    const agenda = parseMinutes('2024年6月11日,区长高明主持召开区政府常务会议。\n· 会议听取了区水利局关于防汛工作的汇报。\n')
    expect(agenda.items).toHaveLength(1)
  })
})

describe('h26: a page of model texts holding several minutes (篇1, 篇2)', () => {
  const page =
    '范文大全 > 专题会议纪要\n' +
    '专题会议纪要 篇1\n' +
    '2022年7月6日上午,副县长谭明主持召开专题会议,研究棚户区改造工作。现将会议议定事项纪要如下:\n' +
    '一、街道办事处要于8月底前完成剩余住户签约。\n' +
    '二、县财政局要及时拨付补偿资金。\n' +
    '专题会议纪要 篇2\n' +
    '2021年3月12日下午,副县长林芳主持召开专题会议,研究大班额问题。会议听取了县教育局的汇报,形成如下意见:\n' +
    '一、同意新建城区第六小学。\n'

  it('should read the first piece only', () => {
    const record = parseMinutes(page)
    expect(record.meeting.chair?.name).toBe('谭明')
    expect(record.meeting.date).toBe('2022-07-06')
    expect(record.items.map((item) => item.ordinal)).toEqual(['一', '二'])
    // The second piece's report and decision are not the first's.
    expect(record.items[1].reporters).toEqual([])
    expect(record.items[1].decisions).toEqual([])
  })

  it('should read a breadcrumb of two words about one arrow as page chrome, not the title', () => {
    const record = parseMinutes(page)
    expect(record.meeting.title ?? '').not.toContain('>')
    expect(record.meeting.name).toBe('专题会议')
  })
})

describe('h26: links led by their date in brackets above the article', () => {
  it('should not date the meeting by them', () => {
    const text =
      '[2025-05-27] 市政府召开全市安全生产工作会议\n' +
      '[2025-05-12] 市政府召开第27次常务会议\n' +
      '宁远市人民政府市长办公会议纪要\n' +
      '宁远市人民政府办公室 2025年6月4日\n' +
      '6月2日上午,市长柯新主持召开市长办公会议。会议纪要如下:\n' +
      '一、关于城市公交问题\n' +
      '会议要求市公交集团于7月1日前完成车辆调配。\n'
    const record = parseMinutes(text)
    // The link's 2025-05-27 would put 6月2日 in 2024; the issuing line says 2025.
    expect(record.meeting.date).toBe('2025-06-02')
    expect(record.meeting.title).toBe('宁远市人民政府市长办公会议纪要')
  })
})

describe('h26: a news release that names its chair after the matters, with those who attend', () => {
  const release =
    '学校召开2024年第15次校长办公会\n' +
    '发布时间:2024/06/12\n' +
    '6月10日下午,学校召开2024年第15次校长办公会,研究暑期校园建设等事项。\n' +
    '会议听取了基建处关于暑期工程项目安排的汇报。会议要求基建处8月28日前全部完工。\n' +
    '会议还研究了其他事项。\n'

  it('should read the chair from `X主持会议,Y出席会议。`', () => {
    const text = release + '校长黄立军主持会议,副校长潘建国、吴晓梅出席会议,相关职能部门负责人列席会议。\n'
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('黄立军')
    expect(record.meeting.date).toBe('2024-06-10')
  })

  it('should not read a chair from a task to chair another meeting', () => {
    // `要求…主持召开…会议`: a task, not the chair of this one.
    const text = release + '会议要求分管副校长主持召开专题会议,研究出席人员安排。\n'
    expect(parseMinutes(text).meeting.chair).toBeNull()
  })
})

describe('h26: links led by a bracketed month and day above the title', () => {
  it('should take the minutes headline for the title, and its session for the name', () => {
    const text =
      '[05-27] 市政府召开第27次常务会议\n' +
      '[05-20] 市领导调研重点项目建设\n' +
      '市政府召开第28次常务会议\n' +
      '发布时间:2025-06-12\n' +
      '6月10日上午,市长钱明主持召开市政府常务会议,研究防汛工作。\n' +
      '会议听取了市水利局关于防汛工作的汇报。\n'
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('市政府召开第28次常务会议')
    // Not the 27th, which a link names.
    expect(record.meeting.name).toBe('市政府第28次常务会议')
  })
})

describe('h26: a joint meeting whose first part is the body party group', () => {
  it('should keep the convening body before 党组(扩大)会议暨…', () => {
    const text = '4月15日上午,区政府召开党组(扩大)会议暨第31次常务会议。会议由区长王强同志主持。\n会议听取了区发改局关于经济运行情况的汇报。\n'
    expect(parseMinutes(text).meeting.name).toBe('区政府党组(扩大)会议暨第31次常务会议')
  })

  it('should still leave a name with its own body alone', () => {
    const text = '4月15日上午,区政府召开区政府党组会议。会议由区长王强同志主持。\n会议听取了区发改局的汇报。\n'
    expect(parseMinutes(text).meeting.name).toBe('区政府党组会议')
  })
})

describe('h26: an owner before 对 and what the task works on', () => {
  it('should not read 对全县 into the owner (X对全县在建…开展…)', () => {
    const text = '2024年12月30日,县长闫海波主持召开县长办公会议。纪要如下:\n一、关于农民工工资\n会议要求县住建局对全县在建工程项目开展工资支付专项检查,1月20日前完成全覆盖检查。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('县住建局')
    expect(assignment.due).toBe('1月20日前')
  })
})

describe('h26: an owner before the words that open what its task works on', () => {
  const office = (body: string) => parseMinutes('2024年12月30日,县长闫海波主持召开县长办公会议。纪要如下:\n一、关于校舍\n' + body + '\n')

  it('should end the owner before 针对 (X针对全县中小学校舍…)', () => {
    const [assignment] = office('会议要求县教育局针对全县中小学校舍开展安全鉴定。').items[0].assignments
    expect(assignment.owner).toBe('县教育局')
    expect(assignment.task).toBe('针对全县中小学校舍开展安全鉴定')
  })

  it('should end the owner before 围绕 (X围绕县城片区开发…)', () => {
    const [assignment] = office('会议要求县城投公司围绕县城片区开发做好融资工作。').items[0].assignments
    expect(assignment.owner).toBe('县城投公司')
  })

  it('should still read a unit named with 对口 whole', () => {
    const [assignment] = office('会议要求县对口支援办公室做好协作项目对接。').items[0].assignments
    expect(assignment.owner).toBe('县对口支援办公室')
  })
})

describe('h26: an owner before a word that opens what the task draws on or aims at', () => {
  const owners = (sentence: string) =>
    parseMinutes('2024年12月30日,县长闫海波主持召开县长办公会议。纪要如下:\n一、关于民生\n会议要求' + sentence + '\n').items[0].assignments.map((each) => each.owner)

  it('should end the owner before 依托 / 参照 / 利用', () => {
    expect(owners('县民政局依托全县养老服务中心开展助餐服务。')).toEqual(['县民政局'])
    expect(owners('县交通运输局参照全市做法制定公交补贴办法。')).toEqual(['县交通运输局'])
    expect(owners('县文旅局利用全县景区资源策划旅游线路。')).toEqual(['县文旅局'])
  })

  it('should read 局 before 面向 as the unit’s end, not 局面', () => {
    expect(owners('县人社局面向全县高校毕业生开展招聘。')).toEqual(['县人社局'])
  })

  it('should end the owner before 重点 / 督导, and not run on over 牵头', () => {
    expect(owners('县卫健局重点对全县乡镇卫生院开展检查。')).toEqual(['县卫健局'])
    expect(owners('县教育局督导全县中小学落实减负。')).toEqual(['县教育局'])
    expect(owners('县发改局牵头全县重点项目调度。')).toEqual(['县发改局'])
  })
})

describe('h26: a leader who attends and chairs (出席并主持)', () => {
  it('should read the meeting after 出席并主持, without 并主持', () => {
    const text = '3月21日上午,县委副书记、县长欧阳志远出席并主持县政府第十二次常务会议。\n会议听取了县林业局的汇报。\n'
    const record = parseMinutes(text)
    expect(record.meeting.name).toBe('县政府第十二次常务会议')
    expect(record.meeting.chair?.name).toBe('欧阳志远')
  })
})

describe('h26: a lead that names its chair first (由X主持的Y会议于…召开)', () => {
  const named = (lead: string) => parseMinutes(lead + '\n发布时间:2024-06-13\n会议听取了县财政局的汇报。\n').meeting

  it('should read the name of 由X主持的Y会议于…召开', () => {
    const meeting = named('由县长王明主持的县政府第5次常务会议于6月11日召开。')
    expect(meeting.name).toBe('县政府第5次常务会议')
    expect(meeting.date).toBe('2024-06-11')
    expect(meeting.chair?.name).toBe('王明')
  })
})

describe('h26: a lead that names several matters before 会议议定如下:', () => {
  it('should read a top-level list under it as the items, one matter each', () => {
    const text =
      '8月15日下午,县长蒙国强主持召开县长办公会议,研究城乡供水一体化、县城污水管网建设等工作。会议议定如下:\n' +
      '1.会议同意县水利局提出的城乡供水一体化实施方案,由县水利局牵头组织实施。\n' +
      '2.会议同意将县城污水管网建设项目纳入2023年县级重点项目,县住建局要加快项目前期工作。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.ordinal)).toEqual(['1', '2'])
    expect(record.items[1].assignments.map((each) => each.owner)).toEqual(['县住建局'])
  })

  it('should still read one matter’s decisions as its points (听取X的汇报。会议议定:)', () => {
    const text =
      '县长办公会议纪要\n8月15日下午,县长蒙国强主持召开县长办公会议,听取县水利局关于城乡供水一体化工作的汇报,研究相关问题。会议议定:\n' +
      '(一)原则同意县水利局提出的实施方案,首批实施两个片区。\n' +
      '(二)县财政局要做好资金筹措。\n'
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].points).toHaveLength(2)
  })
})
