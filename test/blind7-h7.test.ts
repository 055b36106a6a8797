/**
 * Minutes written blind by helper h7 (fixtures/genre/blind7-h7) in kinds seen
 * little so far: village "两委" meetings, congress councils, CPPCC chairs'
 * meetings, company party committees and manager meetings, hospital,
 * university and college meetings, party groups, bureau and zone office
 * meetings, joint conferences, a foundation's council. Inputs here are short
 * sentences of the genre's forms; the fixtures are scored by
 * `JIYAO_CORPUS=fixtures/genre/blind7-h7 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('reporters of a report heard after a clause', () => {
  it('should give the unit of an officer who explains a document the meeting examined', () => {
    const text = [
      '3月4日，校长刘军主持召开校长办公会。',
      '一、审议学生资助办法',
      '会议审议了《学生资助管理办法》，学生工作处处长王林作了说明。会议原则通过该办法。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['学生工作处'])
  })

  it('should give the unit of an officer when the second report of a sentence repeats `听取了`', () => {
    const text = [
      '5月6日，县人大常委会主任陈刚主持召开县人大常委会第八次主任会议。',
      '会议听取了县人大常委会教科文卫工作委员会关于义务教育情况的汇报,听取了县人大常委会法制工作委员会主任宁波关于条例草案修改情况的说明。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['县人大常委会教科文卫工作委员会', '县人大常委会法制工作委员会'])
  })

  it('should keep a person who presents alone after a document the meeting examined', () => {
    const text = [
      '3月4日，校长刘军主持召开校长办公会。',
      '一、审议学生资助办法',
      '会议审议了《学生资助管理办法》，副校长王林作了说明。会议原则通过该办法。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['王林'])
  })
})

describe('a bureau’s chief of its trade', () => {
  it('should read a 总统计师 who makes the arrangements of an item as its reporter', () => {
    const text = [
      '2月5日，局长赵明主持召开局党组会议。',
      '一、会议研究了统计督察工作。党组成员、总统计师钱伟同志就督察工作作了部署。'
    ].join('\n')
    expect(parseMinutes(text).items[0].reporters).toEqual(['钱伟'])
  })

  it('should read a 总规划师 as a chair', () => {
    const text = '6月3日，局总规划师孙立主持召开专题会议。\n一、研究控规调整\n会议同意该方案。'
    expect(parseMinutes(text).meeting.chair?.name).toBe('孙立')
  })
})

describe('a note in brackets inside a chair’s designation', () => {
  it('should read the chair after `校长(主持工作)`', () => {
    const text = '11月2日上午，党委副书记、校长（主持工作）周建主持召开党委常委会2023年第5次会议。\n会议听取了组织部关于干部考核的汇报。'
    const {meeting} = parseMinutes(text)
    expect(meeting.chair?.name).toBe('周建')
    expect(meeting.chair?.note).toBe('主持工作')
  })

  it('should read the chair after `副县长(挂职)`', () => {
    const text = '9月3日，副县长(挂职)林涛在县政府四楼会议室主持召开专题协调会。\n一、同意该方案。'
    expect(parseMinutes(text).meeting.chair?.name).toBe('林涛')
  })
})

describe('a council or board elected for a term', () => {
  it('should keep a foundation’s council meeting with the foundation, as an association’s (blind7-lead)', () => {
    const text = '江城市助学基金会第二届理事会第四次会议纪要\n2024年5月8日，江城市助学基金会第二届理事会第四次会议召开。会议由理事长王平主持。\n一、审议通过《2023年度工作报告》。'
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('江城市助学基金会第二届理事会第四次会议')
    expect(meeting.chair?.name).toBe('王平')
  })

  it('should still name a company’s board meeting from its term on', () => {
    const text = '2024年9月26日，江海港务集团有限公司第二届董事会第十次会议召开。会议由董事长贺邦主持。\n一、审议通过《半年度经营情况的报告》。'
    expect(parseMinutes(text).meeting.name).toBe('第二届董事会第十次会议')
  })

  it('should keep an association’s meeting whose body is not a termed council whole', () => {
    const text = '2024年5月8日，市律师协会第五届会员代表大会第二次会议在市会议中心召开，会长王平主持会议。\n一、审议通过《理事会工作报告》。'
    expect(parseMinutes(text).meeting.name).toBe('市律师协会第五届会员代表大会第二次会议')
  })
})

describe('a lead that calls the organisation of the title by its kind', () => {
  it('should keep the lead’s `街道党政联席会议` under a title `新华街道党政联席会议纪要`', () => {
    const text = '东城街道党政联席会议纪要\n2024年第3期\n2024年5月21日下午，街道党工委书记钱海、办事处主任莫丽共同主持召开街道党政联席会议。\n(一)会议同意新建养老服务站。'
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('街道党政联席会议')
    expect(meeting.chair?.name).toBe('钱海')
  })

  it('should keep the lead’s `社区"两委"联席会议` under a title that names the community', () => {
    const text = '和平社区"两委"联席会议纪要\n2024年6月3日，社区党委书记孙梅主持召开社区"两委"联席会议。\n一、研究消夏晚会\n会议同意举办消夏晚会。'
    expect(parseMinutes(text).meeting.name).toBe('社区"两委"联席会议')
  })
})

describe('header fields after the items', () => {
  it('should read the date and chair of a `会议时间:` / `主持人:` block that ends the document', () => {
    const text = [
      '县林业局局长办公会议纪要',
      '局长办公会议研究了近期重点工作，纪要如下：',
      '一、关于森林防火',
      '会议要求防火办加强巡查。',
      '二、关于苗木采购',
      '会议同意采购计划。',
      '会议时间：2024年3月12日（星期二）下午',
      '会议地点：局三楼会议室',
      '主持人：吴明',
      '出席人员：吴明、郑芳、王涛'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect(meeting.date).toBe('2024-03-12')
    expect(meeting.chair?.name).toBe('吴明')
  })

  it('should keep the lead’s date and chair over such a block', () => {
    const text = [
      '2024年3月10日，局长吴明主持召开局长办公会议。',
      '一、关于森林防火',
      '会议要求防火办加强巡查。',
      '会议时间：2024年3月12日',
      '主持人：郑芳'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect(meeting.date).toBe('2024-03-10')
    expect(meeting.chair?.name).toBe('吴明')
  })
})

describe('a convener’s line', () => {
  it('should read the chair of a `召集人:` header field', () => {
    const text = '关于城东片区改造的专题协调会纪要\n时间：2024年8月13日下午\n召集人：副区长 乔东\n一、区住建局要加快进度，8月底前完成签约。'
    expect(parseMinutes(text).meeting.chair?.name).toBe('乔东')
  })
})

describe('presenters written with their title in brackets or set off by a space', () => {
  it('should read `X同志(副镇长)` and `X(副镇长)` as the person', () => {
    const heard = (who: string) => parseMinutes(`12月3日，镇长尤平主持召开镇长办公会议。\n一、会议听取了${who}关于冬修水利的汇报。`).items[0].reporters
    expect(heard('殷龙同志（副镇长）')).toEqual(['殷龙'])
    expect(heard('殷龙（副镇长）')).toEqual(['殷龙'])
  })

  it('should give the task of an owner `X同志(副镇长)` without the bracket', () => {
    const text = '12月3日，镇长尤平主持召开镇长办公会议。\n一、研究冬修水利\n会议要求殷龙同志（副镇长）牵头抓好落实。'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('殷龙')
    expect(assignment.task).toBe('牵头抓好落实')
  })

  it('should read the name after a title set off by a space in `(汇报人:网格员 X)`', () => {
    const text = '时间：2024年7月9日\n主持人：葛兰\n一、讨论消防排查工作（汇报人：网格员　黄明）\n会议决定开展一次排查。\n二、讨论邻里节（汇报人：办公室　卜军）\n会议同意举办。'
    const {items} = parseMinutes(text)
    expect(items[0].reporters).toEqual(['黄明'])
    expect(items[1].reporters).toEqual(['办公室'])
  })

  it('should report the committee of a secretary who reports', () => {
    const text = '6月18日，院长杭强主持召开党政联席会议。\n会议听取了学院学位评定分委员会秘书吉琳关于学位授予审核情况的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['学院学位评定分委员会'])
  })
})

describe('round 3: presenters', () => {
  it('should read a name surnamed 习 after a unit and title', () => {
    const text = '3月5日，区政协主席鲁建主持召开主席会议。\n一、会议研究了考评办法。区政协办公室主任习海涛作了说明。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['区政协办公室'])
  })

  it('should not read a name out of 学习 in a study item', () => {
    const text = '3月5日，局长鲁建主持召开局党组会议。\n一、会议传达学习了全会精神，会议要求抓好学习贯彻。'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })

  it('should read the unit of a heading’s `(由X汇报)` and `(X汇报)`', () => {
    const text = [
      '2024年11月6日，集团党委召开党委会会议，会议由党委书记柯明召集并主持。',
      '一、研究年度投资计划（由战略投资部汇报）',
      '会议原则同意年度投资计划。',
      '二、研究机构调整方案（人力资源部汇报）',
      '会议同意调整方案。'
    ].join('\n')
    const {items} = parseMinutes(text)
    expect(items[0].reporters).toEqual(['战略投资部'])
    expect(items[1].reporters).toEqual(['人力资源部'])
  })

  it('should read a leader who 作了具体安排 on an item as its reporter', () => {
    const text = '5月20日，局长沈东主持召开局党组（扩大）会议。\n会议传达学习了督察整改推进会精神。局党组成员、副局长韦强就整改工作作了具体安排。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['韦强'])
  })
})

describe('round 4: fields on one line and joint presenters', () => {
  it('should read each field of a header line that runs several together', () => {
    const text = '西湖社区居民议事会会议纪要\n时间：2024年5月6日 地点：社区服务中心 主持人：汪燕 参会人员：居民代表共20人\n一、议题：加装电梯（汇报人：许平）\n会议同意征集意向。'
    const {meeting} = parseMinutes(text)
    expect(meeting.date).toBe('2024-05-06')
    expect(meeting.location).toBe('社区服务中心')
    expect(meeting.chair?.name).toBe('汪燕')
  })

  it('should give each titled person of `X、Y分别汇报了` by name', () => {
    const text = '8月26日，镇党委书记包斌主持召开镇党委会议。\n一、关于防火\n副镇长邝勇、武装部长巫东分别汇报了防火准备情况。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['邝勇', '巫东'])
  })

  it('should keep the units of officers in `X、Y分别汇报了`', () => {
    const text = '8月26日，镇党委书记包斌主持召开镇党委会议。\n一、关于清查\n镇纪委书记孔丽、镇经管站站长姚明分别汇报了清查方案。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['镇纪委', '镇经管站'])
  })

  it('should read bare names before one `同志` as persons who report', () => {
    const text = '8月26日，镇党委书记包斌主持召开镇党委会议。\n一、关于清查\n会议听取了王明、李强同志关于清查方案的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['王明', '李强'])
  })

  it('should not read a list of words before `同志` as persons', () => {
    const text = '8月26日，镇党委书记包斌主持召开镇党委会议。\n一、关于清查\n会议听取了各村、各站所负责同志关于清查方案的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })
})

describe('round 5: a chair named after the matters', () => {
  it('should read the chair of a news release’s closing `市长X主持会议。`', () => {
    const text = [
      '市政府召开第52次常务会议',
      '12月23日，市政府召开第52次常务会议。',
      '会议听取了市应急管理局关于安全生产形势的汇报。',
      '市长颜国主持会议。副市长吕东、谭丽出席会议。'
    ].join('\n')
    expect(parseMinutes(text).meeting.chair?.name).toBe('颜国')
  })

  it('should not take a leader told to chair a later meeting for the chair', () => {
    const text = [
      '12月23日，市政府召开第52次常务会议。',
      '会议听取了市应急管理局关于安全生产形势的汇报。',
      '会议要求，由副市长吕东主持召开专题会议研究具体方案。'
    ].join('\n')
    expect(parseMinutes(text).meeting.chair).toBeNull()
  })
})

describe('round 6: chairs and presenters in rarer forms', () => {
  it('should read the chair of `在X的主持下,…召开`', () => {
    const text = '11月4日，在乡党委书记卢龙的主持下，乡党委召开2024年第12次党委会议。\n会议听取了乡长向海关于水利建设的汇报。'
    expect(parseMinutes(text).meeting.chair?.name).toBe('卢龙')
  })

  it('should read the date and chair of a header table written with bars', () => {
    const text = [
      '区发展和改革局局务会议纪要',
      '| 会议时间 | 2024年10月8日下午 | 会议地点 | 局三楼会议室 |',
      '|---|---|---|---|',
      '| 主持人 | 佟业 | 记录人 | 鄂雨 |',
      '一、关于重大项目投资调度情况',
      '投资科汇报了投资完成情况。'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect(meeting.date).toBe('2024-10-08')
    expect(meeting.chair?.name).toBe('佟业')
  })

  it('should keep the lead’s name where the title adds only the organisation’s kind', () => {
    const text = '街道党工委会议纪要\n2024年9月3日，街道党工委书记冀红主持召开党工委会议。\n一、会议同意招聘社区工作者12名。'
    expect(parseMinutes(text).meeting.name).toBe('党工委会议')
  })

  it('should read a presenter who reports `受…委托所作的` report', () => {
    const text = '8月27日，县人大常委会主任汤民主持召开主任会议。\n会议听取了副县长钭华受县人民政府委托所作的关于耕地保护工作情况的报告。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['钭华'])
  })

  it('should report the unit of `X的Y同志`', () => {
    const text = '9月3日，街道党工委书记冀红主持召开党工委会议。\n一、会议听取了社会事务办的石磊同志关于秋季征兵工作的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['社会事务办'])
  })
})

describe('round 7: presenters on behalf of a body, listed units, council members', () => {
  it('should report the unit of an officer who reports on behalf of a committee', () => {
    const text = '2024年1月25日，市总工会召开全体会议，会议由常务副主席裘红主持。\n会议听取并审议了市总工会常务副主席裘红代表市总工会常务委员会所作的工作报告。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['市总工会'])
  })

  it('should keep a committee whose name holds 代表 whole', () => {
    const text = '9月9日，市人大常委会主任黎栋主持召开主任会议。\n会议听取了市人大常委会代表工作委员会关于代表建议办理情况的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['市人大常委会代表工作委员会'])
  })

  it('should read each unit of a trailer’s `汇报:A B` set off by spaces, not an officer’s name', () => {
    const text = [
      '2024年10月22日，学校召开校长办公会议。',
      '议题一：研究学生公寓空调安装事宜',
      '会议同意安装空调。',
      '（主持：邰宏　汇报：后勤管理处　资产管理处）',
      '议题二：研究年度预算',
      '会议同意预算方案。',
      '（主持：邰宏　汇报：财务处　许军）'
    ].join('\n')
    const {items} = parseMinutes(text)
    expect(items[0].reporters).toEqual(['后勤管理处', '资产管理处'])
    expect(items[1].reporters).toEqual(['财务处'])
  })

  it('should read a council member `理事X` as the owner of a task', () => {
    const text = '2024年2月20日，理事长伍春主持召开理事会会议。\n一、讨论春播农资采购方案。会议决定，由理事陆平负责联系农资供应商，3月5日前完成采购。'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('陆平')
    expect(assignment.due).toBe('3月5日前')
  })
})

describe('round 8: reports made and approved by a congress, drafting notes', () => {
  it('should read the unit of `由X作了起草说明`', () => {
    const text = '11月28日，县长项良主持召开第40次县政府常务会议。\n一、会议审议并原则通过了《薪酬管理办法》，由县国资中心作了起草说明。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县国资中心'])
  })

  it('should read the unit of an officer who made the report (`X作的关于…的报告`)', () => {
    const text = '6月27日，县人大常委会主任伏国主持会议。\n一、会议听取和审议了县人民政府副县长蔚丽作的关于2023年县级财政决算的报告，审查批准了2023年县级财政决算。'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['县人民政府'])
    expect(item.decisions.map((decision) => decision.text)).toEqual(['审查批准了2023年县级财政决算'])
  })

  it('should not take an agenda’s `审查批准…` for a decision', () => {
    const text = '6月4日，县人大常委会主任谭福主持召开主任会议。\n会议研究了常委会会议有关事项，决定常委会会议于6月下旬召开。会议建议的议程为：审查批准2024年县级决算；审议人事任免事项。'
    expect(parseMinutes(text).items[0].decisions).toHaveLength(1)
  })

  it('should keep the person of `X所作的《…》`, not a unit `X所`', () => {
    const text = '1月2日，董事长王一主持召开董事会会议。\n一、研究年度报告\n会议听取了总经理吴斌所作的《年度总经理工作报告》。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['吴斌'])
  })

  it('should read the unit of an officer surnamed 宦', () => {
    const text = '6月7日，学术委员会主任委员芮栋主持召开学术委员会会议。\n一、会议审议了学科建设中期评估报告，学科办主任宦平作了说明。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['学科办'])
  })
})

describe('round 9: officers whose surname the list lacks, drafts led by a unit', () => {
  it('should report the unit of `unit + title + name` whatever the surname', () => {
    const text = '9月10日，县长欧峰主持召开县政府常务会议。\n一、县审计局局长苍立新汇报了审计发现问题整改情况。会议要求县审计局跟踪督促。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县审计局'])
  })

  it('should report the unit heard as `听取了X局局长Y关于…` whatever the surname', () => {
    const text = '9月10日，县长欧峰主持召开县政府常务会议。\n一、会议听取了县审计局局长苍立新关于审计整改情况的汇报。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县审计局'])
  })

  it('should not take a unit’s own meeting for an officer (`X局局长办公会研究了…`)', () => {
    const text = '9月10日，县长欧峰主持召开县政府常务会议。\n一、会议听取了关于审计整改情况的汇报。县审计局局长办公会研究了整改方案。'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })

  it('should read the unit of `听取了由X牵头起草的《…》的起草说明`', () => {
    const text = '9月10日，县长欧峰主持召开县政府常务会议。\n一、会议听取了由县卫健局牵头起草的《三年行动方案》的起草说明，原则同意该方案。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县卫健局'])
  })
})

describe('a chair whose surname the list lacks', () => {
  it('should read the name after the title before `主持`', () => {
    const text = '2024年8月27日上午，县人大常委会主任滑建民主持召开县十八届人大常委会第十九次主任会议。\n会议听取了县财政局关于预算执行的汇报。'
    const {chair} = parseMinutes(text).meeting
    expect(chair?.name).toBe('滑建民')
    expect(chair?.title).toBe('主任')
  })

  it('should read no name from a title and an adverb (`局长专门主持`)', () => {
    const text = '2024年8月27日上午，局长专门主持召开局务会议。\n会议听取了办公室关于预算执行的汇报。'
    const {chair} = parseMinutes(text).meeting
    expect(chair?.name ?? null).toBeNull()
  })

  it('should read no name from titles alone (`副县长主持`)', () => {
    const text = '2024年8月27日上午，分管副县长主持召开专题会议。\n会议听取了县财政局关于预算执行的汇报。'
    expect(parseMinutes(text).meeting.chair?.name ?? null).toBeNull()
  })
})

describe('round 10: roles, shareholders, trailers with unit and head, tallies', () => {
  it('should read the unit that presents in a role (`X作为牵头科室汇报了`)', () => {
    const text = '11月12日，局长甘新主持召开局务会议。\n一、关于加装电梯工作。城建科作为牵头科室汇报了推进情况。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['城建科'])
  })

  it('should name a shareholders’ meeting without the company, and not take the board that convenes it for the chair', () => {
    const text = '宏达股份有限公司2024年第二次临时股东大会于2024年11月22日召开。会议由公司董事会召集，董事长邬国主持。\n一、审议通过《关于变更经营范围的议案》。'
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('2024年第二次临时股东大会')
    expect(meeting.chair?.name).toBe('邬国')
  })

  it('should give the unit of `汇报单位:X;汇报人:处长 Y` once', () => {
    const text = '时间：2024年12月24日\n主持：党委书记 严华\n一、研究综合预算安排（汇报单位：财务处；汇报人：处长 凤丽）\n会议原则同意预算安排。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['财务处'])
  })

  it('should give the person of `汇报人:党委常委、组织部部长 X`', () => {
    const text = '时间：2024年12月24日\n主持：党委书记 严华\n一、研究干部考核结果（汇报人：党委常委、组织部部长 诸葛明）\n会议同意考核结果。'
    expect(parseMinutes(text).items[0].reporters).toEqual(['诸葛明'])
  })

  it('should read the chair of a footer `主持人:书记 X` whatever the surname', () => {
    const text = '东岭村村务联席会议纪要\n时间：2024年6月18日\n一、会议讨论了道路硬化项目，同意申报奖补项目。\n主持人：村党支部书记 贝海洋'
    expect(parseMinutes(text).meeting.chair?.name).toBe('贝海洋')
  })

  it('should read `同意11名…任职` as a decision and `同意36人` or `同意8,650万股,…` as tallies', () => {
    const text = [
      '2024年1月2日，董事长王一主持召开董事会会议。',
      '一、审议通过《议案一》。',
      '表决结果：同意36人',
      '二、审议通过《议案二》。同意8,650万股，占出席会议股东所持表决权的100%。',
      '三、研究干部。会议同意11名处级干部试用期满正式任职。'
    ].join('\n')
    const decisions = parseMinutes(text).items.map((item) => item.decisions.map((decision) => decision.text))
    expect(decisions).toEqual([['审议通过《议案一》'], ['审议通过《议案二》'], ['会议同意11名处级干部试用期满正式任职']])
  })
})

describe('round 11: the year of the imprint’s line of issue', () => {
  it('should take the year of `(X办公室 2024年3月14日印发)` for a lead dated without one', () => {
    const text = '市审计局局务会议纪要\n3月12日上午，姜华局长主持召开局务会议。\n一、会议听取了法规处关于审计计划的汇报。\n（市审计局办公室　2024年3月14日印发）'
    expect(parseMinutes(text).meeting.date).toBe('2024-03-12')
  })

  it('should not take the year of a sentence that only mentions a date', () => {
    const text = '市审计局局务会议纪要\n3月12日上午，姜华局长主持召开局务会议。\n一、会议要求法规处于2024年3月14日前印发审计计划，抓好落实。'
    expect(parseMinutes(text).meeting.date).toBeNull()
  })
})
