import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a county mayor's office meeting, and `body`. */
function county(body: string) {
  const text = `县长办公会议纪要\n2023年10月12日上午,县长江怀远主持召开县长办公会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

/** Each item's decisions as text. */
function decided(record: ReturnType<typeof county>) {
  return record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('round 1: a district executive meeting, a mayor’s office news release, a template site’s sample', () => {
  it('should keep the owner in a decision that names its scope first (`会议明确,对X,由Y…`)', () => {
    const record = county('一、关于农房改造\n会议明确,对列入今年计划的危房,由县住建局组织鉴定。')
    expect(decided(record)).toEqual([['会议明确,对列入今年计划的危房,由县住建局组织鉴定']])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['县住建局'])
  })

  it('should still end a decision at an assignment after a clause that names no scope', () => {
    const record = county('一、关于农房改造\n会议同意改造方案,县住建局要组织鉴定。')
    expect(decided(record)).toEqual([['会议同意改造方案']])
  })

  it('should read the meeting’s name past a template site’s label (`篇1:关于…的专题会议纪要`)', () => {
    const text = '篇2:关于城西污水厂扩建的专题会议纪要\n5月9日,副县长杜明轩主持召开专题会议,研究城西污水厂扩建问题。纪要如下:\n一、关于扩建用地\n会议同意扩建用地方案。\n'
    expect(analyze(text).record.meeting.name).toBe('专题会议')
  })
})

/** Each item's assignments as owner, deadline. */
function owners(record: ReturnType<typeof county>) {
  return record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 3: a mayor’s office meeting, a district meeting with trailers, a template site’s points', () => {
  it('should read a lead-in that agrees to a named plan as a decision, and its presenter (`会议同意X提出的方案:(1)…`)', () => {
    const record = county('一、关于资金筹措\n会议同意县财政局提出的筹资方案:(1)首期资金由县财政一次拨付;(2)其余资金由县城投公司融资解决。')
    expect(decided(record)).toEqual([['会议同意县财政局提出的筹资方案', '首期资金由县财政一次拨付;', '其余资金由县城投公司融资解决。']])
    expect(record.items[0].reporters).toEqual(['县财政局'])
  })

  it('should still read a lead-in that only announces as no decision (`会议同意以下事项:(1)…`)', () => {
    const record = county('一、关于资金筹措\n会议同意以下事项:(1)首期资金由县财政一次拨付;(2)其余资金由县城投公司融资解决。')
    expect(decided(record)).toEqual([['首期资金由县财政一次拨付;', '其余资金由县城投公司融资解决。']])
  })

  it('should read a month and day parted by a dot before `前` as a deadline (`在11.30前完成`)', () => {
    const record = county('一、关于子公司清理\n县城投集团要在11.30前完成清理注销工作。')
    expect(owners(record)).toEqual([[['县城投集团', '在11.30前']]])
    expect(record.items[0].assignments[0].dueDate).toBe('2023-11-30')
  })

  it('should not read a decimal as a deadline (`增长11.3个百分点`)', () => {
    const record = county('一、关于经济运行\n县统计局要分析增长11.3个百分点的原因。')
    expect(owners(record)).toEqual([[['县统计局', null]]])
  })

  it('should read a named term before a verb of completion as a deadline (`于二〇二四年秋季学期投入使用`)', () => {
    const record = county('一、关于新校区\n县教育局要力争于二〇二四年秋季学期投入使用。')
    expect(owners(record)).toEqual([[['县教育局', '于二〇二四年秋季学期']]])
  })

  it('should read a half year before `确定` as a deadline (`力争上半年确定中标方案`)', () => {
    const record = county('一、关于城市设计\n县住建局负责组织方案征集,力争上半年确定中标方案。')
    expect(owners(record)).toEqual([[['县住建局', '上半年']]])
  })
})

describe('round 5: a topic meeting run on, a city meeting with a table, a county mayor’s office meeting', () => {
  it('should read the paper before `由X` as the task of one who sends it for approval (`A由X于…前报Y审批`)', () => {
    const record = county('一、关于储备库建设\n会议同意建设储备库,可研报告由县发改局于11月底前报县政府审定。')
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.task, assignment.due]).toEqual(['县发改局', '可研报告由县发改局于11月底前报县政府审定', '于11月底前'])
  })

  it('should keep the task after the owner where the owner sends a paper of its own (`X要将A报Y备案`)', () => {
    const record = county('一、关于整改\n县水利局要将整改方案报县政府备案。')
    expect(record.items[0].assignments.map((assignment) => assignment.task)).toEqual(['要将整改方案报县政府备案'])
  })

  it('should read a quarter before `投入试运行` as a deadline (`力争明年一季度投入试运行`)', () => {
    const record = county('一、关于污水处理厂\n会议决定,由县城投公司负责二期工程建设,力争明年一季度投入试运行。')
    expect(owners(record)).toEqual([[['县城投公司', '明年一季度']]])
    expect(record.items[0].assignments[0].dueDate).toBe('2024-03-31')
  })
})

describe('round 6: joint party-group and executive meetings (own reading of what round 4 and 6 left unscored)', () => {
  it('should read no owner in a body’s members named by a title (`县政府党组成员要带头学习`)', () => {
    const record = county('一、关于学习全会精神\n会议要求,县政府党组成员要带头学习,县政府办公室要做好统筹安排。')
    expect(owners(record)).toEqual([[['县政府办公室', null]]])
  })

  it('should still read a unit whose head is charged (`县财政局局长要亲自抓`)', () => {
    const record = county('一、关于预算执行\n县财政局局长要亲自抓预算执行。')
    expect(owners(record)).toEqual([[['县财政局', null]]])
  })
})

describe('round 7: a one-matter mayor’s office meeting whose lead leads in to its decisions', () => {
  const lead = '县长办公会议纪要\n3月20日,县长龙海生主持召开县长办公会议,听取县商务局关于市场改造的汇报,研究相关问题。会议议定:\n'

  it('should read a list of decisions under a one-matter lead as the points of that matter, not items', () => {
    const record = analyze(`${lead}(一)原则同意市场改造方案,首批改造两个市场。\n(二)改造资金由县财政局统筹安排。\n(三)县城管局负责设置临时疏解点。\n`).record
    expect(record.items.map((item) => [item.heading, item.points.length, item.decisions.length])).toEqual([['听取县商务局关于市场改造的汇报,研究相关问题', 3, 3]])
    expect(record.items[0].reporters).toEqual(['县商务局'])
  })

  it('should still read entries that name matters under such a lead as items (`(一)关于用地问题。`)', () => {
    const record = analyze(`${lead}(一)关于用地问题。会议同意用地方案。\n(二)关于资金问题。会议同意资金方案。\n`).record
    expect(record.items.map((item) => item.heading)).toEqual(['关于用地问题', '关于资金问题'])
  })

  it('should still read entries under a lead-in to the minutes as items (`纪要如下:`)', () => {
    const text = '县长办公会议纪要\n3月20日,县长龙海生主持召开县长办公会议,听取县商务局关于市场改造的汇报。现将会议议定事项纪要如下:\n(一)原则同意市场改造方案,首批改造两个市场。\n(二)改造资金由县财政局统筹安排。\n'
    expect(analyze(text).record.items).toHaveLength(2)
  })

  it('should read an event before which a labelled task is done as its deadline (`(完成时限:改造开工前)`)', () => {
    const record = county('一、关于市场改造\n县城管局负责设置临时疏解点(完成时限:改造开工前)。')
    expect(owners(record)).toEqual([[['县城管局', '改造开工前']]])
  })
})

describe('round 7: reports heard together, and an outcome that takes up the last owner’s work again', () => {
  it('should read a body whose own opinion is heard after another’s report (`X关于…的说明和Y的审查意见`)', () => {
    const record = county('一、关于排水管理办法\n会议听取了县住建局关于《办法》起草情况的说明和县司法局的审查意见。')
    expect(record.items[0].reporters).toEqual(['县住建局', '县司法局'])
  })

  it('should not read a body after `和` inside the matter heard (`X关于A和B的汇报`)', () => {
    const record = county('一、关于校舍\n会议听取了县教育局关于校舍维修和县一中扩建的汇报。')
    expect(record.items[0].reporters).toEqual(['县教育局'])
  })

  it('should keep an outcome that repeats the last owner’s verb to that owner (`Y督促企业整改…,X内整改到位`)', () => {
    const record = county('一、关于安置小区\n城东街道要组织完成配套设施移交,县住建局负责督促开发企业整改质量问题,国庆节后十五个工作日内整改到位。')
    expect(owners(record)).toEqual([[['城东街道', null], ['县住建局', '国庆节后十五个工作日内']]])
  })

  it('should still share a bare outcome after the owners (`…,Y负责督促,10月底前全部完成`)', () => {
    const record = county('一、关于安置小区\n城东街道要组织配套设施移交,县住建局负责督促开发企业整改,10月底前全部完成。')
    expect(owners(record)).toEqual([[['城东街道', '10月底前'], ['县住建局', '10月底前']]])
  })
})

describe('round 10: a county executive meeting whose decision has a condition', () => {
  it('should read the owner a condition on a decision asks (`原则同意《办法》,但要求X…`)', () => {
    const record = county('一、关于养犬管理办法\n会议原则同意《办法》,但要求县公安局进一步明确执法责任分工。')
    expect(owners(record)).toEqual([[['县公安局', null]]])
    expect(decided(record)).toEqual([['会议原则同意《办法》']])
  })
})

describe('round 12: web copies that kept HTML entities', () => {
  it('should read a quoted term written with entities as one task, kept as written (`&ldquo;…&rdquo;`)', () => {
    const record = county('一、关于扬尘管控\n县住建局要严格落实&ldquo;六个百分之百&rdquo;,11月10日前完成检查。')
    expect(owners(record)).toEqual([[['县住建局', '11月10日前']]])
    expect(record.items[0].assignments[0].task).toBe('要严格落实&ldquo;六个百分之百&rdquo;,11月10日前完成检查')
  })

  it('should end a value that ends in an entity after all of it (`…&rdquo;`)', () => {
    const text = '县长办公会议纪要\n2023年10月12日上午,县长江怀远主持召开县长办公会议。纪要如下:\n一、关于&#8220;两违&#8221;整治\n会议同意整治方案。\n'
    const record = analyze(text).record
    expect(record.items[0].heading).toBe('关于&#8220;两违&#8221;整治')
    const assignmentText = '县城管局要落实&ldquo;门前三包&rdquo;'
    const task = county(`一、关于市容\n${assignmentText}。`).items[0].assignments[0]
    expect(task.task).toBe('要落实&ldquo;门前三包&rdquo;')
    expect(task.positions.task.end.offset - task.positions.task.start.offset).toBe(task.task.length)
  })
})

describe('round 12: a PDF’s text with spaces set around its digits', () => {
  it('should read a month with a space before `月` as a deadline (`确保 6 月底前建成`)', () => {
    const record = county('一、关于水厂\n县自来水公司要加快扩建,确保 6 月底前建成通水。')
    expect(owners(record)).toEqual([[['县自来水公司', '6 月底前']]])
    expect(record.items[0].assignments[0].dueDate).toBe('2024-06-30')
  })

  it('should join lines wrapped at one width that spaced digits make look wider (blind12-h23 r12b)', () => {
    const text = fs.readFileSync(new URL('../fixtures/genre/blind12-h23/r12/r12b-county-pdf-spaced-pages.txt', import.meta.url), 'utf8')
    const record = analyze(text).record
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['县财政局', null],
      // (With its digits' spaces out of the view, `在` before the date is read with it, as in `在5月15日前`.)
      ['县交通运输局', '在 5 月 15 日前']
    ])
  })
})

describe('round 13: a district head’s office meeting with headings run on after a colon', () => {
  it('should read a school holiday before a verb of carrying the work out as its deadline (`寒假期间组织施工`)', () => {
    const record = county('一、关于校舍维修\n会议同意安排维修资金,由县教育局统筹用于屋面防水,寒假期间组织施工。')
    expect(owners(record)).toEqual([[['县教育局', '寒假期间']]])
  })

  it('should still read no deadline in a holiday that frames who is responsible (`寒假期间校园安全由X负责`)', () => {
    const record = county('一、关于校园安全\n寒假期间校园安全由县教育局负责。')
    expect(owners(record)).toEqual([[['县教育局', null]]])
  })
})

describe('round 14: a county news release, a mayor’s office news item on a platform', () => {
  it('should read each maker of reports heard in one list (`听取了X关于A、Y关于B的汇报`)', () => {
    const record = county('一、关于开学工作\n会议先后听取了县教育局关于秋季开学工作、县卫健局关于传染病防控工作的汇报。')
    expect(record.items[0].reporters).toEqual(['县教育局', '县卫健局'])
  })

  it('should read no maker in bodies listed inside one topic (`关于县一中、县二中扩建的汇报`)', () => {
    const record = county('一、关于学校扩建\n会议听取了县教育局关于县一中、县二中扩建工作的汇报。')
    expect(record.items[0].reporters).toEqual(['县教育局'])
  })

  it('should read an outcome that limits the decision before as one of its own (`原则同意该方案,但暂缓实施…`)', () => {
    const record = county('一、关于停车方案\n会议原则同意该方案,但暂缓实施收费部分。')
    expect(record.items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['会议原则同意该方案', '原则同意'],
      ['但暂缓实施收费部分', '暂缓']
    ])
  })

  it('should take the year from a platform’s byline (`2023-03-15 18:22 发布于:湖南`)', () => {
    const text = '县长办公会议研究项目建设\n2023-03-15 18:22 发布于:湖南\n3月14日下午,县长吕宏亮主持召开县长办公会议,研究重点项目建设。\n会议听取了县发改局的汇报。\n'
    expect(analyze(text).record.meeting.date).toBe('2023-03-14')
  })
})

describe('round 12 (left at first, fixed in round 15): a news copy that lost its commas to spaces', () => {
  it('should read a decision after a space left for a lost comma (`…的汇报 同意安排…`)', () => {
    const record = county('一、关于春节慰问\n会议听取了县民政局关于春节慰问工作的汇报 同意安排慰问资金260万元。')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['同意安排慰问资金260万元'])
    expect(record.items[0].reporters).toEqual(['县民政局'])
  })

})

describe('round 16: a city meeting that settles matters, a county meeting cut off', () => {
  it('should read the maker of what the meeting settles as its presenter (`会议审定了X提交的…`)', () => {
    const record = county('一、审定民生实事项目\n会议审定了县发改委提交的十件民生实事项目。')
    expect(record.items[0].reporters).toEqual(['县发改委'])
  })

  it('should read a unit that opens a clause with `提供` as its owner (`Y提供技术支持`)', () => {
    const record = county('一、关于追溯平台\n会议同意建设追溯平台,由县农业农村局负责建设运维,县大数据中心提供技术支持。')
    expect(owners(record)).toEqual([[['县农业农村局', null], ['县大数据中心', null]]])
  })

  it('should read no owner in a unit that made what was provided (`县统计局提供的数据`)', () => {
    const record = county('一、关于经济运行\n会议认为,县统计局提供的数据表明经济运行平稳。')
    expect(owners(record)).toEqual([[]])
  })
})

describe('round 17: a county mayor’s office meeting with short labels, a county meeting dated in Chinese numerals', () => {
  it('should read the object before `由X会同Y确定` as X’s task, also before a bracket of labels', () => {
    const record = county('一、关于学校建设\n1.项目选址由县自然资源局会同县教育局确定(牵头:县自然资源局;配合:县教育局)。')
    const lead = record.items[0].assignments.find((assignment) => assignment.owner === '县自然资源局')
    expect(lead?.task).toBe('项目选址由县自然资源局会同县教育局确定')
  })

  it('should read `元月` as January in a deadline (`元月底前`)', () => {
    const record = county('一、关于春耕\n县农业农村局要提前谋划,元月底前制定种植计划。')
    expect(owners(record)).toEqual([[['县农业农村局', '元月底前']]])
    expect(record.items[0].assignments[0].dueDate).toBe('2024-01-31')
  })
})

describe('round 18: a district title with the session, a county mayor’s office meeting with agreed sections', () => {
  it('should name the meeting by a title that writes the government in full and adds the session (`X区人民政府第十九次常务会议`)', () => {
    const text = '青溪区人民政府第十九次常务会议纪要\n5月8日,区长祝海明主持召开区政府常务会议。纪要如下:\n一、关于公厕改造\n会议同意改造方案。\n'
    expect(analyze(text).record.meeting.name).toBe('青溪区人民政府第十九次常务会议')
  })

  it('should read the maker of a budget it drew up as its presenter (`同意X编制的预算`)', () => {
    const record = county('一、关于国有资本经营预算\n会议同意县国资中心编制的2024年国有资本经营预算。')
    expect(record.items[0].reporters).toEqual(['县国资中心'])
  })

  it('should read the owners of a section heading that names work after `由X` (`二、A由X筹措,B由Y申请贷款解决`)', () => {
    const record = county('一、项目资本金由县财政局筹措,其余资金由县水务公司申请政策性银行贷款解决。')
    expect(owners(record)).toEqual([[['县财政局', null], ['县水务公司', null]]])
  })
})

describe('round 19: news whose matters open with the body that presents them', () => {
  const lead = '区政府召开第52次常务会议\n11月28日下午,区长庞振华主持召开区政府第52次常务会议。\n'

  it('should open a matter at a paragraph whose body or official presents it (`区财政局局长X汇报了…`)', () => {
    const record = analyze(`${lead}区财政局局长柴明汇报了2024年预算编制情况。会议原则同意预算草案。\n区应急管理局通报了冬春火灾防控工作。会议要求加强检查。\n`).record
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['区财政局局长柴明汇报了2024年预算编制情况', ['区财政局']],
      ['区应急管理局通报了冬春火灾防控工作', ['区应急管理局']]
    ])
  })

  it('should keep an official who lays out the work with the matter before (`副区长X就…作了部署`)', () => {
    const record = analyze(`${lead}区财政局汇报了2024年预算编制情况。\n副区长邝丽就冬春火灾防控工作作了部署。\n`).record
    expect(record.items.map((item) => item.reporters)).toEqual([['区财政局', '邝丽']])
  })
})

describe('round 20: labels set off by spaces, fronted work a unit supervises', () => {
  it('should read no deadline in a year’s end that names the work (`开展年末安全生产检查`), and take the label’s', () => {
    const record = county('一、关于年末安全生产\n1.县应急管理局要组织开展年末安全生产检查。 牵头单位:县应急管理局 完成时限:12月31日24时前')
    expect(owners(record)).toEqual([[['县应急管理局', '12月31日24时前']]])
  })

  it('should still read a year’s end before a verb of completion as a deadline (`年末完成`)', () => {
    const record = county('一、关于安置房\n县住建局要加快建设,确保年末完成交付。')
    expect(owners(record)).toEqual([[['县住建局', '年末']]])
  })

  it('should read the work before `由X负责督导` as X’s task (`A由X负责督导,年底前完成整治`)', () => {
    const record = county('一、关于化工园区\n会议明确:园区污水管网排查整治由县生态环境局负责督导,年底前完成整治。')
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.task, assignment.due]).toEqual(['县生态环境局', '园区污水管网排查整治由县生态环境局负责督导,年底前完成整治', '年底前'])
  })
})

describe('round 22: a news lead that names its one matter, then what the meeting decided', () => {
  it('should open the matter in the lead when the paragraph after it decides (`会议议定:一是…`)', () => {
    const text = '县政府召开常务会议\n2月20日,县长石立人主持召开县政府第19次常务会议,听取县教育局关于县城学位扩容工作的汇报。\n会议议定:一是同意新建县城第五小学;二是县教育局要抓紧开展选址论证,3月底前确定选址。\n'
    const record = analyze(text).record
    expect(record.items.map((item) => [item.heading, item.reporters, item.points.length])).toEqual([['听取县教育局关于县城学位扩容工作的汇报', ['县教育局'], 2]])
    expect(owners(record)).toEqual([[['县教育局', '3月底前']]])
  })
})
