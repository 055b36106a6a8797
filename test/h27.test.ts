import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h27: a bare week at the head of a task clause as its deadline', () => {
  const lead = '2025年3月5日(星期三)上午,副县长梁海主持召开专题会议,研究春季植树工作。纪要如下:\n'

  it('should read 下周 that opens a clause as the deadline, by the next week’s Sunday', () => {
    const text = lead + '一、关于苗木采购\n会议要求县林业局要核实苗木需求,下周拿出采购方案。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('县林业局')
    expect(assignment.due).toBe('下周')
    // The meeting is on a Wednesday (2025-03-05): next week ends on Sunday 2025-03-16.
    expect(assignment.dueDate).toBe('2025-03-16')
  })

  it('should read 本周 after 于 as the deadline, by this week’s Sunday', () => {
    const text = lead + '一、关于植树点位\n会议要求县自然资源局于本周报送植树点位清单。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.due).toBe('于本周')
    expect(assignment.dueDate).toBe('2025-03-09')
  })

  it('should still read 下周五前 as a weekday, not as the bare week', () => {
    const text = lead + '一、关于苗木采购\n会议要求县林业局下周五前拿出采购方案。\n'
    expect(parseMinutes(text).items[0].assignments[0].due).toBe('下周五前')
  })

  it('should not read 下周 inside a clause as a deadline (…在下周的会上…)', () => {
    const text = lead + '一、关于苗木采购\n会议要求县林业局将采购方案提交在下周召开的县长办公会审议。\n'
    expect(parseMinutes(text).items[0].assignments[0].due).toBeNull()
  })
})

describe('h27: an inline 一、…;二、… after a decision’s colon', () => {
  const lead = '5月12日上午,街道党工委书记谭立主持召开街道党工委会议。会议纪要如下:\n'

  it('should read the inline sections as points and decisions of the item', () => {
    const text =
      lead +
      '议题一:关于社区食堂建设\n' +
      '会议听取了社会事务办的汇报。会议明确:一、同意在三个社区试点建设社区食堂;二、城市管理办于6月10日前完成选址。会议要求党政办做好宣传。\n'
    const [item] = parseMinutes(text).items
    expect(item.points).toHaveLength(2)
    expect(item.decisions).toHaveLength(2)
    expect(item.decisions[1].text).toContain('城市管理办于6月10日前完成选址')
    expect(item.assignments.map((each) => [each.owner, each.due])).toEqual([
      ['城市管理办', '于6月10日前'],
      ['党政办', null]
    ])
  })

  it('should still read 一、 glued after a 。 as items of a copy that lost its breaks', () => {
    const text = lead.trimEnd() + '一、关于社区食堂建设。会议同意试点建设。二、关于防汛工作。会议要求平安建设办加强值守。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.ordinal)).toEqual(['一', '二'])
  })
})

describe('h27: a 和 inside the name of the unit a task is done with', () => {
  it('should read 抓紧 after 会同 a unit whose name holds 和 as the vague deadline', () => {
    const text =
      '2025年9月22日下午,市长孔立主持召开市长办公会议。会议纪要如下:\n' +
      '1.学位保障工作。会议要求,市教育局要会同市自然资源和规划局抓紧落实学校用地。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('市教育局')
    expect(assignment.due).toBe('抓紧')
  })
})

describe('h27: the meeting named again after a comma', () => {
  it('should read a 会议议定: list after …的汇报, as the item’s decisions', () => {
    const text =
      '2025年9月22日下午,市长孔立主持召开市长办公会议。会议纪要如下:\n' +
      '1.新院区建设工作。会议听取了市卫健委的汇报,会议议定:(1)一期工程由市城投集团代建;(2)请市发改委于10月15日前完成立项批复;(3)设备资金由医院自筹。\n'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['市卫健委'])
    expect(item.points).toHaveLength(3)
    expect(item.decisions).toHaveLength(3)
    expect(item.decisions[2].text).toContain('设备资金由医院自筹')
  })
})

describe('h27: discipline’s words after the unit that acts', () => {
  const lead = '2025年9月3日,镇党委书记章立主持召开镇党委会议。会议研究了以下事项:\n一、关于秸秆禁烧\n'

  it('should not read 查处违 as a person after 由镇纪委', () => {
    const [assignment] = parseMinutes(lead + '由镇纪委查处违规焚烧行为。\n').items[0].assignments
    expect(assignment.owner).toBe('镇纪委')
    expect(assignment.task).toBe('查处违规焚烧行为')
  })

  it('should not read 严肃查处 into the unit’s name (a 处 is no office here)', () => {
    const [assignment] = parseMinutes(lead + '对出现火点的村,由镇纪委严肃追责问责。\n').items[0].assignments
    expect(assignment.owner).toBe('镇纪委')
    expect(assignment.task).toBe('严肃追责问责')
  })
})

describe('h27: the unit a work rests on (以X为主)', () => {
  const lead = '2025年6月3日下午,副县长蒋立主持召开专题会议。现将会议议定事项纪要如下:\n'

  it('should read 以X为主 as the owner of the work after it', () => {
    const text = lead + '一、项目资金以县城投公司为主筹措,县财政局配合做好专项债券申报,力争三季度末前发行。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['县城投公司', '县财政局'])
    expect(assignments[0].task.startsWith('筹措')).toBe(true)
    expect(assignments[1].due).toBe('三季度末前')
  })

  it('should not read 以此为主 or a kind of units as an owner', () => {
    const text = lead + '一、今年改造以老旧小区为主,兼顾背街小巷。\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('h27: deadlines of an emergency meeting and of soon', () => {
  const lead = '2025年6月21日晚,县长刘敏主持召开县政府常务会议,研究防汛工作。\n'

  it('should read 今晚12时前 as a deadline on the meeting’s day', () => {
    const text = lead + '会议要求,县水利局要逐库落实巡查责任人,今晚12时前完成巡查。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.due).toBe('今晚12时前')
    expect(assignment.dueDate).toBe('2025-06-21')
  })

  it('should read 近期 that leads the task as a vague deadline', () => {
    const text = lead + '会议审议通过了《县防汛应急预案》。会议要求县防汛办根据会议意见进一步完善,近期印发实施。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('县防汛办')
    expect(assignment.due).toBe('近期')
    expect(assignment.dueDate).toBeNull()
  })
})

describe('h27: a news item whose matter units present after 会上', () => {
  it('should open an item at 会上,X、Y分别就A和B作了汇报 with a long matter', () => {
    const text =
      '4月18日,刘建军副县长主持召开全县防汛工作专题会议,安排部署防汛备汛工作。\n' +
      '会上,县气象局、县水利局分别就今年主汛期降水趋势预测和中小水库安全度汛准备情况作了汇报。\n' +
      '刘建军要求,一是县水利局要在5月10日前完成水库汛前检查;二是县应急管理局要修订防汛应急预案。\n'
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].reporters).toEqual(['县气象局', '县水利局'])
    expect(record.items[0].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['县水利局', '在5月10日前'],
      ['县应急管理局', null]
    ])
  })
})

describe('h27: the officer of a street’s office owns a task in person', () => {
  it('should read 由街道办事处副主任X负责 as X', () => {
    const text =
      '10月9日下午,青石街道召开党政联席会议。现纪要如下:\n' +
      '1.关于燃气安全。会议议定:由街道办事处副主任孙立负责,平安办于10月底前完成报警器安装检查。\n'
    const owners = parseMinutes(text).items[0].assignments.map((each) => each.owner)
    expect(owners).toEqual(['孙立', '平安办'])
  })
})

describe('h27: a sign-off in brackets that names the chair and the recorder', () => {
  const body = '10月9日下午,青石街道召开党政联席会议。现纪要如下:\n1.关于燃气安全。会议要求平安办加强巡查。\n2.关于人事事项。会议同意招聘网格员5名。\n'

  it('should read the chair from (主持人:X 记录人:Y) at the end', () => {
    expect(parseMinutes(body + '(主持人:刘春华 记录人:邹静)\n').meeting.chair?.name).toBe('刘春华')
  })

  it('should not read an item’s own (主持:X 汇报:Y) as the meeting’s chair', () => {
    expect(parseMinutes(body + '(主持:刘春华 汇报:邹静)\n').meeting.chair).toBeNull()
  })
})

describe('h27: a news item that names the meeting as its setting', () => {
  const lead =
    '11月20日,市长邵华赴高新区调研重点项目建设,并主持召开现场办公会,协调解决项目推进中的问题。\n' +
    '邵华一行先后来到产业园、孵化基地等项目现场,了解项目建设进度。\n'

  it('should open the item at 在随后召开的现场办公会上,X汇报了…', () => {
    const text =
      lead +
      '在随后召开的现场办公会上,高新区管委会汇报了重点项目推进情况。\n' +
      '邵华要求,市自然资源和规划局要开辟用地审批绿色通道,12月10日前完成土地挂牌;市供电公司要加快变电站建设。\n'
    const record = parseMinutes(text)
    expect(record.meeting.name).toBe('现场办公会')
    expect(record.items).toHaveLength(1)
    expect(record.items[0].reporters).toEqual(['高新区管委会'])
    expect(record.items[0].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['市自然资源和规划局', '12月10日前'],
      ['市供电公司', null]
    ])
  })

  it('should not take a setting that runs past its clause (在…,…会上)', () => {
    const text = lead + '在调研中,邵华指出,会上提出的问题要逐一解决。\n'
    expect(parseMinutes(text).items).toHaveLength(0)
  })
})

describe('h27: a government’s secretary-general presents in person', () => {
  const lead = '2025年5月7日上午,市长田群主持召开市政府第93次常务会议。会议纪要如下:\n'

  it('should read 市政府秘书长X传达了… as X', () => {
    const text = lead + '一、传达学习省政府常务会议精神\n市政府秘书长周敬传达了省政府常务会议精神。会议要求市政府办公室5月15日前印发任务清单。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['周敬'])
  })

  it('should still read a government reporting to a congress as the unit', () => {
    const text =
      '2025年6月5日,县人大常委会主任王明主持召开主任会议。\n' +
      '会议听取了县人民政府副县长蔚丽关于全县民生实事项目推进情况的报告。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县人民政府'])
  })
})

describe('h27: the one the meeting agrees to entrust', () => {
  it('should read 会议同意委托X… as both a decision and X’s task', () => {
    const text =
      '2025年5月7日上午,市长田群主持召开市政府第93次常务会议。会议纪要如下:\n' +
      '五、其他事项\n会议同意委托市土地储备中心对原纺织厂地块实施收储,所需资金由市城投集团筹措。\n'
    const [item] = parseMinutes(text).items
    expect(item.decisions).toHaveLength(1)
    expect(item.decisions[0].text).toContain('同意委托市土地储备中心对原纺织厂地块实施收储')
    expect(item.assignments.map((each) => each.owner)).toEqual(['市土地储备中心', '市城投集团'])
  })

  it('should still read 会议同意X… as no owner', () => {
    const text =
      '2025年5月7日上午,市长田群主持召开市政府第93次常务会议。会议纪要如下:\n' +
      '五、其他事项\n会议同意市土地储备中心对原纺织厂地块实施收储。\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('h27: a placed unit right before a term named by its part or holiday', () => {
  const lead = '2025年4月1日下午,区长翁立主持召开区政府常务会议。\n'

  it('should read 区政府督查室年底前… as the office and its deadline', () => {
    const text = lead + '会议审议通过了《为民办实事项目实施方案》,要求区发改局每季度通报进展,区政府督查室年底前开展一次专项督查。\n'
    const last = parseMinutes(text).items[0].assignments.at(-1)
    expect(last?.owner).toBe('区政府督查室')
    expect(last?.due).toBe('年底前')
  })

  it('should not read a thing before 年内 as an owner (互联网医院年内上线)', () => {
    const text =
      '2025年3月2日,院长林海主持召开院长办公会议。纪要如下:\n' +
      '一、关于智慧医院建设\n会议要求推进智慧医院建设,由信息科负责,互联网医院年内上线。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('信息科')
    expect(assignment.due).toBe('年内')
  })
})

describe('h27: an agreed item whose owner stands after a generic one or before its period', () => {
  const lead = '9月3日下午,副县长曹胜主持召开专题会议。现将会议议定事项纪要如下:\n一、会议同意整治方案。\n'

  it('should read a placed unit that opens a later clause of the item (各单位…,县城管局每半月…)', () => {
    const text = lead + '二、各责任单位要于每周五下午将进展报县城管局汇总,县城管局每半月向县政府报告一次整治情况。\n'
    const assignments = parseMinutes(text).items[1].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['县城管局', '每半月']])
  })

  it('should read an item that is one owner and its period (县城管局每半月向县政府报告…)', () => {
    const text = lead + '二、县城管局每半月向县政府报告一次整治情况。\n'
    expect(parseMinutes(text).items[1].assignments.map((each) => each.owner)).toEqual(['县城管局'])
  })

  it('should still give no task to a heading that names a unit alone', () => {
    const text = '9月3日下午,副县长曹胜主持召开专题会议。纪要如下:\n一、县城管局\n会议听取了县城管局的汇报。\n'
    expect(parseMinutes(text).items[0].assignments).toEqual([])
  })
})

describe('h27: a lunar day as a deadline', () => {
  it('should read 腊月二十五前 as the deadline, with no date resolved', () => {
    const text =
      '1月16日上午,县长杨全主持召开县长办公会议。\n' +
      '会议研究了春节走访慰问工作,由县民政局做好困难群众走访慰问工作,腊月二十五前完成。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('县民政局')
    expect(assignment.due).toBe('腊月二十五前')
    expect(assignment.dueDate).toBeNull()
  })

  it('should read 正月初八前 too', () => {
    const text = '1月16日上午,县长杨全主持召开县长办公会议。\n会议研究了春风行动工作。会议要求,县人社局正月初八前举办春风行动招聘会。\n'
    expect(parseMinutes(text).items[0].assignments[0].due).toBe('正月初八前')
  })
})

describe('h27: units that pledge their part at a push meeting', () => {
  it('should read X、Y作了表态发言 as presenting the matter with the report', () => {
    const text =
      '3月4日上午,区政府召开全区违法建设整治工作推进会。会议由副区长邬平主持。\n' +
      '会上,区城管局通报了2月份违法建设整治工作进展情况,东城街道、西城街道作了表态发言。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['区城管局', '东城街道', '西城街道'])
  })
})

describe('h27: an agreed point that opens with 明确由', () => {
  it('should read 二、明确由X组建… as a decision and X’s task', () => {
    const text =
      '11月18日下午,副区长欧阳琪主持召开专题会议,研究配餐改革。现将会议议定事项纪要如下:\n' +
      '一、原则同意区教育局提出的配餐改革方案。\n' +
      '二、明确由区国资公司组建配餐企业,负责中央厨房建设,12月底前完成企业注册登记。\n'
    const item = parseMinutes(text).items[1]
    expect(item.decisions).toHaveLength(1)
    expect(item.decisions[0].text.startsWith('明确由区国资公司组建配餐企业')).toBe(true)
    expect(item.assignments.map((each) => [each.owner, each.due])).toEqual([['区国资公司', '12月底前']])
  })
})

describe('h27: a leader who takes a case in personal charge', () => {
  it('should read 由分管副县长X包案督导 as X’s task, apart from the unit’s before it', () => {
    const text =
      '9月24日下午,县长向明主持召开县长办公会议。纪要如下:\n一、关于安全稳定工作\n' +
      '县信访局要在节前完成重点信访事项化解,由分管副县长庞玉梅包案督导。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task])).toEqual([
      ['县信访局', '要在节前完成重点信访事项化解'],
      ['庞玉梅', '包案督导']
    ])
  })
})

describe('h27: a role label that names its unit with 为', () => {
  it('should read 牵头单位为X,要… as X’s task', () => {
    const text =
      '2025年10月20日下午,常务副县长任国主持召开专题会议。会议议定事项纪要如下:\n' +
      '一、安置房项目由县城投公司作为业主单位。\n' +
      '二、安置房建设资金牵头单位为县财政局,要积极争取保障性安居工程专项资金。\n'
    const [assignment] = parseMinutes(text).items[1].assignments
    expect(assignment.owner).toBe('县财政局')
    expect(assignment.task).toBe('要积极争取保障性安居工程专项资金')
  })
})

describe('h27: one who convenes and another who chairs', () => {
  it('should take the one who chairs (由乡长X召集,副乡长Y主持)', () => {
    const text =
      '2025年5月14日上午,乡长办公会议在乡政府会议室召开。会议由乡长孟华召集,副乡长廖燕主持。会议纪要如下:\n' +
      '一、关于烟叶移栽工作\n会议要求乡烟草站5月20日前完成移栽。\n'
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('廖燕')
    expect(record.meeting.name).toBe('乡长办公会议')
  })

  it('should still take the one who convenes where no one chairs (X召集…召开专题会议)', () => {
    const text = '5月14日,副县长孟华召集县水利局、县应急局召开专题会议,研究防汛工作。\n会议要求县水利局5月20日前完成水库检查。\n'
    expect(parseMinutes(text).meeting.chair?.name).toBe('孟华')
  })
})

describe('h27: a table row’s deadline cell', () => {
  it('should win over a time the task names (开展节前…大排查 | 平安办 | 9月28日前)', () => {
    const text =
      '2025年9月12日上午,街道党工委书记范刚主持召开党工委会议,研究国庆期间安全稳定工作。会议听取了平安办的工作汇报,议定事项如下:\n' +
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |\n' +
      '| 1 | 开展节前矛盾纠纷大排查大化解 | 平安办 | 9月28日前 |\n' +
      '| 2 | 完成主次干道沿街立面整治 | 城管办 | 国庆节前 |\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['平安办', '9月28日前'],
      ['城管办', '国庆节前']
    ])
  })
})

describe('h27: a lead whose audience does its part before the shared outcome', () => {
  it('should give 由X负责牵头,县直各相关部门按职责分工负责,确保…前… the outcome’s deadline', () => {
    const text =
      '2025年7月3日下午,县长诸葛云主持召开县长办公会议。纪要如下:\n一、关于老旧小区改造\n' +
      '会议要求,由县政府办公室负责牵头,县直各相关部门按职责分工负责,确保9月底前全部开工。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['县政府办公室', '9月底前']])
  })
})

describe('h27: a party group’s post is no person named 党组', () => {
  it('should read 区政府党组副书记、常务副区长X领学了… as X alone', () => {
    const text =
      '2025年4月18日,区长夏志远主持召开区政府党组(扩大)会议。会议纪要如下:\n' +
      '一、传达学习重要讲话精神\n会议由区政府党组副书记、常务副区长冷雪松领学了重要讲话精神。会议要求区政府办4月底前制定学习计划。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['冷雪松'])
  })
})

describe('h27: a 会议名称 field with its session in brackets', () => {
  it('should read the name with the session as written', () => {
    const text =
      '| 会议名称 | 管委会主任办公会议（2025年第9次） |\n| 会议时间 | 2025年6月24日上午 |\n| 主持人 | 管委会常务副主任 令狐青 |\n' +
      '一、关于用电保障\n会议要求经济发展局6月30日前报送有序用电方案。\n'
    const {meeting} = parseMinutes(text)
    expect(meeting.name).toBe('管委会主任办公会议（2025年第9次）')
    expect(meeting.chair?.name).toBe('令狐青')
  })

  it('should still not take a value that names no meeting', () => {
    const text = '会议名称：关于用电保障的安排\n会议时间：2025年6月24日\n一、关于用电保障\n会议要求经济发展局6月30日前报送方案。\n'
    expect(parseMinutes(text).meeting.name).toBeNull()
  })
})
