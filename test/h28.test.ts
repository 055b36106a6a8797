import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h28: a deputy singled out as the one in charge (分管副院长)', () => {
  const lead = '2025年5月6日下午,学院召开党政联席会议。会议由院长唐振宇主持。纪要如下:\n'

  it('should read the name after 汇报:分管副院长 as the reporter', () => {
    const text = lead + '议题1:研究本科毕业论文抽检工作\n汇报:分管副院长 乔明远\n会议审议了抽检工作方案。会议同意该方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['乔明远'])
  })

  it('should give a task to 分管副院长 after a comma of what the meeting asks', () => {
    const text = lead + '议题1:研究本科毕业论文抽检工作\n会议要求教学秘书于5月20日前报送抽检名单,分管副院长负责抽检全过程督导。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['教学秘书', '分管副院长'])
    expect(assignments[1].task).toBe('负责抽检全过程督导')
  })

  it('should give a task to 主管副总经理 after 由', () => {
    const text =
      '2025年6月3日,公司总经理邹强主持召开总经理办公会。会议纪要如下:\n' +
      '一、关于仓储中心扩建\n会议同意扩建方案,由主管副总经理负责组织实施,年内完工。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['主管副总经理', '年内']])
  })

  it('should still give no task to a bare deputy title (副院长), which names none of several', () => {
    const text = lead + '议题1:研究实验室开放\n会议同意实验室周末开放,由副院长负责组织实施。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => each.owner)).not.toContain('副院长')
  })
})

describe('h28: a school season right after an asked office (政教处开学前组织…)', () => {
  const lead = '2025年8月20日,校长孟庆华主持召开校务会。纪要如下:\n一、秋季开学安全工作\n会议要求:\n'

  it('should give the point to the office before 开学前, with that deadline', () => {
    const text = lead + '1.总务处对教学楼护栏逐一检查;\n2.德育处开学前组织一次消防演练;\n3.教务处做好课表编排。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['总务处', null],
      ['德育处', '开学前'],
      ['教务处', null]
    ])
  })

  it('should read 寒假前 after an office the same way', () => {
    const text = lead + '1.后勤处寒假前完成锅炉检修;\n2.教务处做好期末考试安排。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['后勤处', '寒假前'],
      ['教务处', null]
    ])
  })
})

describe('h28: a title that writes the place in full and adds the session', () => {
  const body = '会议议定事项如下:\n一、研究代表建议办理工作\n会议同意办理方案。\n'

  it('should take the title (栖霞县…第五十二次主任会议) over the lead (县人大常委会主任会议)', () => {
    const text = '兰溪县人大常委会第四十次主任会议纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('兰溪县人大常委会第四十次主任会议')
  })

  it('should keep the lead where the title adds no session', () => {
    const text = '兰溪县人大常委会主任会议纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('县人大常委会主任会议')
  })

  it('should keep the lead where the session follows the place alone (青石镇…第2次党委会议)', () => {
    const text = '青石镇2025年第2次党委会议纪要\n2025年2月12日,镇党委书记胡立新主持召开镇党委会议。' + body
    expect(parseMinutes(text).meeting.name).toBe('镇党委会议')
  })

  it('should keep the lead under a subject line (关于…的纪要)', () => {
    const text = '关于兰溪县人大常委会第四十次主任会议的纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('县人大常委会主任会议')
  })
})

describe('h28: a copy that ends its sentences with an ASCII `.`', () => {
  const lead = '2025年4月1日下午,学院党委书记柳青主持召开党委会议.现将会议议定事项纪要如下:\n'

  it('should read an agreement after a report that ends with `.` as a decision', () => {
    const text = lead + '一、研究年度考核推荐\n学院办公室汇报了考核工作情况.会议同意推荐王磊等5名同志为优秀等次人选,由学院办公室公示.\n'
    const item = parseMinutes(text).items[0]
    expect(item.decisions.map((each) => each.text)).toEqual(['会议同意推荐王磊等5名同志为优秀等次人选'])
    expect(item.reporters).toEqual(['学院办公室'])
    expect(item.assignments.map((each) => [each.owner, each.task])).toEqual([['学院办公室', '公示']])
  })

  it('should keep the points under 会议要求: as tasks, not decisions, after a `.`', () => {
    const text = lead + '一、研究学生党员发展计划\n学院团委汇报了培养考察情况.会议同意发展学生党员20名.会议要求:\n1.各学生党支部严格执行发展程序;\n2.党委办公室于6月底前完成材料审核.\n'
    const item = parseMinutes(text).items[0]
    expect(item.decisions.map((each) => each.text)).toEqual(['会议同意发展学生党员20名'])
    expect(item.points).toHaveLength(2)
    expect(item.assignments.map((each) => [each.owner, each.due])).toEqual([['党委办公室', '于6月底前']])
  })

  it('should leave a list marker and a decimal as they are (1.各部门, 3.5亿元)', () => {
    const text = lead + '一、研究预算\n会议同意预算总额3.5亿元.会议要求:\n1.财务处做好资金拨付;\n2.审计处加强监督.\n'
    const item = parseMinutes(text).items[0]
    expect(item.points.map((each) => each.ordinal)).toEqual(['1', '2'])
    expect(item.decisions.map((each) => each.text)).toEqual(['会议同意预算总额3.5亿元'])
  })

  it('should keep `一.` at a line start as an item marker', () => {
    const text = '2025年7月8日,集团党委书记钱峰主持召开党委会议。会议纪要如下:\n一.学习贯彻上级会议精神\n会议要求各党支部组织专题学习。\n二.研究年度投资计划\n投资部汇报了计划编制情况。会议同意该计划。\n'
    const record = parseMinutes(text)
    expect(record.items.map((each) => [each.ordinal, each.heading])).toEqual([
      ['一', '学习贯彻上级会议精神'],
      ['二', '研究年度投资计划']
    ])
  })
})

describe('h28: a village officer by charge, named or alone (村治保主任, 村民政联络员X, 村报账员)', () => {
  const lead = '2025年11月3日晚,村党支部书记袁海主持召开村"两委"联席会议。会议纪要如下:\n'

  it('should give the task to 村治保主任 asked by the meeting', () => {
    const text = lead + '1、关于冬季防火。会议要求村治保主任负责巡山值守,12月1日前排好班次。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['村治保主任', '12月1日前']])
  })

  it('should read the person after 村民政联络员, not a unit ending in 联', () => {
    const text = lead + '1、关于低保复核。会议同意复核名单。由村民政联络员魏芳负责入户告知,本周内完成。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['魏芳', '本周内']])
  })

  it('should end 村报账员 before 在 and a place', () => {
    const text = lead + '1、关于门面房出租。会议决定公开招租,由村报账员在镇产权交易平台发布公告。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task])).toEqual([['村报账员', '在镇产权交易平台发布公告']])
  })
})

describe('h28: a `.` after a percent sign ends a sentence', () => {
  it('should read the meeting asking after 达到71.3%.', () => {
    const text =
      '2025年5月20日,学院召开党政联席会议.会议由院长孔明主持.纪要如下:\n' +
      '议题一:关于就业工作\n会议意见:学院毕业生去向落实率为71.3%.会议要求学工办实行精准帮扶,6月底前落实率达到85%以上.\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['学工办', '6月底前']])
  })
})

describe('h28: a `.` after an ASCII closing quote ends a sentence', () => {
  it('should read the owner of the sentence after "…".', () => {
    const text =
      '2026年9月16日,县长白涛主持召开县政府常务会议.\n' +
      '会议研究了秋粮收购工作.会议强调,要确保农民"种粮卖得出".县粮食局要做好仓容准备,国庆节前完成;县市场监管局要加强价格监管.\n'
    const record = parseMinutes(text)
    expect(record.items[0].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['县粮食局', '国庆节前'],
      ['县市场监管局', null]
    ])
  })
})

describe('h28: a topic number right before its bracketed heading (议题一【…】)', () => {
  it('should read each 议题N【…】 line as an item, its heading from the bracket on', () => {
    const text =
      '2025年11月18日下午,校长方正主持召开校长办公会。现将会议议定事项纪要如下:\n' +
      '议题一【研究生奖助办法修订】(汇报单位:研究生院)\n会议原则通过修订稿。\n' +
      '议题二【冬季供暖保障】(汇报单位:后勤处)\n会议要求后勤处寒假前完成锅炉检修。\n'
    const items = parseMinutes(text).items
    expect(items.map((each) => [each.ordinal, each.heading, each.reporters])).toEqual([
      ['一', '【研究生奖助办法修订】(汇报单位:研究生院)', ['研究生院']],
      ['二', '【冬季供暖保障】(汇报单位:后勤处)', ['后勤处']]
    ])
  })
})

describe('h28: a presenter whose name a page sets off by spaces (村委会副主任 X 介绍了…)', () => {
  const lead = '2025年9月6日上午,村党支部书记莫云主持召开村民代表会议。纪要如下:\n'

  it('should read unit, post and spaced name as the unit', () => {
    const text = lead + '一、审议巷道硬化方案\n村委会副主任 洪建国 介绍了巷道硬化方案。会议通过该方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['村委会'])
  })

  it('should read a title and a spaced name as the person', () => {
    const text = lead + '一、审议巷道硬化方案\n副主任 洪建国 介绍了巷道硬化方案。会议通过该方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['洪建国'])
  })

  it('should still read a bracketed 汇报人:unit+post, spaced name, as the unit', () => {
    const text = lead + '一、审议巷道硬化方案\n会议听取了巷道硬化方案的汇报(汇报人:村委会主任 洪建国)。会议通过该方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['村委会'])
  })
})

describe('h28: a school office asked before its break, and a school head by charge (总务主任)', () => {
  const lead = '2025年9月22日下午,校长姚振主持召开校务会。会议纪要如下:\n(一)假期安全\n'

  it('should end the office before 放假前, not run on to 全校', () => {
    const text = lead + '会议要求政教处放假前召开一次全校安全教育大会。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.task, each.due])).toEqual([['政教处', '放假前召开一次全校安全教育大会', '放假前']])
  })

  it('should give a task to 总务主任 alone', () => {
    const text = lead + '会议明确,总务主任负责假期值班安排,本周五前公布值班表。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['总务主任', '本周五前']])
  })

  it('should read 教导主任 and a name as the person who reported', () => {
    const text = lead + '教导主任孔丽汇报了假期作业布置情况。会议同意作业布置方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['孔丽'])
  })
})

describe('h28: a bureau section or team asked in a 一是…二是 list (种植业股, 执法大队)', () => {
  it('should give each 是-point to the section or team that opens it, whatever its verb', () => {
    const text =
      '2025年3月4日上午,局长韦立主持召开局务会议。纪要如下:\n一、春耕生产\n' +
      '会议要求:一是植保站组织病虫害测报;二是农业综合执法大队开展种子市场检查,4月底前完成;三是各乡镇做好苗情监测。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['植保站', null],
      ['农业综合执法大队', '4月底前']
    ])
  })
})

describe('h28: an office asked with a word of manner before its task (精心, 扎实)', () => {
  it('should not cut 党委组织部 into 党委 + 组织部精心…', () => {
    const text = '2025年12月9日,党委书记林海主持召开党委常委会会议。纪要如下:\n一、年度考核\n会议要求党委组织部精心组织考核测评,元旦前完成民主测评。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['党委组织部', '元旦前']])
  })
})

describe('h28: a post asked with its deadline right after it (村治保主任春节前组织…)', () => {
  const lead = '2025年1月18日上午,村委会主任石磊主持召开村民代表会议。纪要如下:\n一、节日安全\n'

  it('should give the task to a village post the meeting asks, a holiday deadline after it', () => {
    const text = lead + '会议要求村治保主任春节前组织一次消防安全检查;各村民小组长做好安全提醒。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['村治保主任', '春节前']])
  })

  it('should give the task to a post by its title alone, a date deadline after it', () => {
    const text = lead + '会议要求报账员3月10日前报送年度收支明细。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['报账员', '3月10日前']])
  })
})

describe('h28: an agreed point whose office works against a standard (医务部对照…)', () => {
  it('should give the point to the office before 对照', () => {
    const text =
      '2025年5月14日下午,院长郑和主持召开院长办公会议。纪要如下:\n一、关于等级评审\n会议议定:\n' +
      '(一)成立迎评工作专班;\n(二)医务部对照评审标准逐条自查,本季度末前完成自查报告。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['医务部', '本季度末前']])
  })
})

describe('h28: a village post before a name in a label (汇报人:村报账员 X)', () => {
  it('should read the name after 汇报人:村报账员 as the person who reported', () => {
    const lead = '2025年11月20日晚,村党支部书记苗德兴主持召开村民代表会议。纪要如下:\n'
    const text = lead + '议题一:年度收益分配\n汇报人:村报账员 陶敏\n会议同意分红方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['陶敏'])
  })
})

describe('h28: a college post after its bare word (学院组织员)', () => {
  it('should give the task to 学院组织员 after 由', () => {
    const text = '2026年3月10日上午,学院党委书记陆平主持召开学院党委会。\n会议研究了发展党员工作。会议同意接收3名预备党员,由学院组织员按程序报送材料。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task])).toEqual([['学院组织员', '按程序报送材料']])
  })
})


describe('h28: an item that agrees in the meeting voice, the meeting left out (二、同意X,确定Y)', () => {
  it('should read the later 确定 clause as a decision of its own', () => {
    const text =
      '2026年1月28日上午,县政协主席董立主持召开主席会议。会议议定事项如下:\n' +
      '一、同意县政协2026年度协商计划,确定"乡村医疗"等4个协商议题。\n'
    expect(parseMinutes(text).items[0].decisions.map((each) => each.text)).toEqual(['同意县政协2026年度协商计划', '确定"乡村医疗"等4个协商议题'])
  })
})

describe('h28: a village post the meeting asks, whatever its verb (要求村民兵连长组建…)', () => {
  it('should give the task to 村民兵连长 before a plain verb', () => {
    const text = '2026年5月12日晚,村党支部书记鄢华主持召开村"两委"会议。纪要如下:\n一、防汛工作\n会议要求村民兵连长组建防汛抢险队,5月底前完成物资储备。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])).toEqual([['村民兵连长', '5月底前']])
  })
})
