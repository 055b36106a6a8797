import {describe, expect, it} from 'vitest'
import {analyze, parseMinutes} from '../src/index.js'

describe('blind minutes, round 5 (structure)', () => {
  it('should read who presents a matter written 经X介绍, without 经', () => {
    const text =
      '2024年9月2日，局长许达主持召开局务会议。纪要如下：\n' +
      '一、经计财科介绍，会议研究了办公楼维修经费事宜。\n' +
      '会议同意维修方案。\n'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['计财科'])
  })

  it('should not read 经 before a verb of the meeting for a presenter', () => {
    const text = '2024年9月2日，局长许达主持召开局务会议。纪要如下：\n一、关于办公楼维修\n经会议研究，同意维修方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual([])
  })

  it('should read the person who reports on behalf of a body: X代表Y作了报告', () => {
    const text =
      '2025年3月8日，协会第三届理事会第二次会议召开，会议由会长冯岩主持。会议审议通过了以下事项：\n' +
      '1.审议通过《协会2024年度工作报告》。副秘书长孟凡代表秘书处作了报告。\n' +
      '2.同意增补两名理事。\n'
    const record = parseMinutes(text)
    expect(record.items[0].reporters).toEqual(['孟凡'])
  })

  it('should read the chair of a society council with the title 理事长', () => {
    const text =
      '2025年1月11日，省园艺学会第五届理事会第二次会议召开。会议由理事长邱建明主持。会议审议通过了以下事项：\n' +
      '1.审议通过《学会2024年度工作报告》。\n' +
      '2.同意增补两名理事。\n'
    expect(parseMinutes(text).meeting.chair?.name).toBe('邱建明')
  })

  it('should let the next top-level 3、 item follow one attachment named without a number', () => {
    const text =
      '2025年7月2日，主任柯立主持召开主任办公会议。会议研究了以下事项：\n' +
      '1、关于职工培训计划\n' +
      '会议原则同意该培训计划。\n' +
      '附件：职工培训计划表\n' +
      '2、关于网站改版\n' +
      '会议同意网站改版方案。\n'
    const {items} = parseMinutes(text)
    expect(items.map((item) => item.heading)).toEqual(['关于职工培训计划', '关于网站改版'])
    expect(items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该培训计划'])
  })

  it('should still take numbered lines under 附件：1. for the attachment list', () => {
    const text =
      '2025年7月2日，主任柯立主持召开主任办公会议。会议研究了以下事项：\n' +
      '1、关于两项制度\n' +
      '会议原则通过两项制度。\n' +
      '附件：1.考勤制度\n' +
      '2.报销制度\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(1)
    expect(items[0].points).toEqual([])
  })

  it('should open a matter of unnumbered minutes with 会议还对X进行了表决', () => {
    const text =
      '2025年3月28日，理事长邵文主持召开理事会会议。\n' +
      '会议听取了秘书处关于年度工作的汇报。会议要求秘书处拓宽募捐渠道。\n' +
      '会议还对理事调整事项进行了表决，同意增补一名理事。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(2)
    expect(items[1].heading).toBe('会议还对理事调整事项进行了表决，同意增补一名理事')
  })

  it('should not open a matter with 会议就上述问题进行了研究, which concludes the one in hand', () => {
    const text =
      '2025年3月28日，理事长邵文主持召开理事会会议。\n' +
      '会议听取了秘书处关于年度工作的汇报。\n' +
      '会议就上述问题进行了研究，同意秘书处的安排。\n'
    expect(parseMinutes(text).items.length).toBe(1)
  })

  it('should read the unit of a named officer who presents: X负责人Y就…作了说明', () => {
    const text =
      '2025年3月28日，理事长邵文主持召开理事会会议。\n' +
      '会议审议通过了《年度财务决算报告》。财务部负责人孔玲就上述报告作了说明。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['财务部'])
  })

  it('should read each of joint presenters after 由: 由X、Y分别作了说明', () => {
    const text =
      '2025年8月12日，市长蔡宏主持召开市政府第三十四次常务会议。现纪要如下：\n' +
      '一、会议审议并原则通过《甲办法》《乙规定》，由市司法局、市城管局分别作了说明。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['市司法局', '市城管局'])
  })

  it('should not take units counted back (两局) for reporters', () => {
    const text =
      '2025年6月16日，县长池强主持召开县政府第26次常务会议，现将会议议定事项纪要如下：\n' +
      '一、会议听取了县教育局、县卫健局关于共同体建设的汇报，会议同意两局提出的下阶段工作安排。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县教育局', '县卫健局'])
  })

  it('should not take a verb alone before a colon (会议同意：) for a decision of its own', () => {
    const text =
      '2025年9月1日，省长魏远主持召开省政府第58次常务会议。现纪要如下：\n' +
      '一、关于大气污染防治\n' +
      '会议同意：\n' +
      '1.《攻坚行动方案》以省政府办公厅名义印发；\n' +
      '2.省财政安排专项资金3亿元。\n'
    const [item] = parseMinutes(text).items
    expect(item.decisions.map((decision) => decision.text)).toEqual(['《攻坚行动方案》以省政府办公厅名义印发；', '省财政安排专项资金3亿元。'])
  })

  it('should still read 会议同意：X on one line as a decision', () => {
    const text = '2025年9月1日，省长魏远主持召开省政府第58次常务会议。现纪要如下：\n一、关于某方案\n会议同意：《某方案》以省政府办公厅名义印发。\n'
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意：《某方案》以省政府办公厅名义印发'])
  })

  it('should open a matter with 会议还就X交换了意见 and read 明确由X… after it as a decision', () => {
    const text =
      '4月21日上午，馆长甘群主持召开2025年第4次馆务会。\n' +
      '会议研究了古籍修复室改造事项，同意列入基建计划。\n' +
      '会议还就自助借还设备的点位布局交换了意见，明确由技术部提出布局方案。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(2)
    expect(items[1].decisions.map((decision) => decision.text)).toEqual(['明确由技术部提出布局方案'])
    expect(items[1].assignments.map((assignment) => assignment.owner)).toEqual(['技术部'])
  })

  it('should read 会议明确由X负责… as a decision, as 会议决定由X… is', () => {
    const text = '2025年9月1日，馆长魏远主持召开馆务会。现纪要如下：\n一、关于布局\n会议明确由技术部提出布局方案。\n'
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['会议明确由技术部提出布局方案'])
  })

  it('should read who presents a point after the point\'s short label: (一)项目进展。X汇报了…', () => {
    const text =
      '2025年6月26日，副市长邢东主持召开城市更新专题会议。会议议定事项如下：\n' +
      '一、关于老城片区更新项目\n' +
      '（一）项目进展。市城投集团汇报了项目征收进展情况。\n' +
      '（二）存在问题。会议要求加快签约。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['市城投集团'])
  })

  it('should read who presents from a line of its own in brackets: （由X作说明）', () => {
    const text =
      '2025年12月2日，院长简平主持召开院长办公会议。会议议定事项如下：\n' +
      '一、研究2026年招生计划\n' +
      '（由招生就业处作说明）\n' +
      '（一）同意2026年招生计划总数为5200人。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['招生就业处'])
  })

  it('should read a school\'s grade team as a unit that reports and is given a task', () => {
    const text =
      '2025年5月13日，校长鲁华主持召开校务会议。会议纪要如下：\n' +
      '一、关于中考备考工作\n' +
      '初三年级组汇报了模拟考试质量分析情况。会议要求，初三年级组要制定提升计划。\n'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['初三年级组'])
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['初三年级组'])
  })

  it('should name the meeting as the lead does where the title adds only a school before it', () => {
    const text = 'XX市职业中专党政联席会议纪要\n2025年3月6日，党委书记单军主持召开党政联席会议。现纪要如下：\n一、关于规划编制\n会议同意成立领导小组。\n'
    expect(parseMinutes(text).meeting.name).toBe('党政联席会议')
  })

  it('should open matters of unnumbered minutes with more verbs: 分析研判, 逐一审议, 安排部署, 审核', () => {
    const text =
      '2025年4月2日，市长葛亮主持召开市政府第八次常务会议。\n' +
      '会议分析研判了一季度经济运行形势。会议要求市统计局加强监测。\n' +
      '会议逐一审议了《甲办法》《乙规定》。会议原则通过上述两个文件。\n' +
      '会议安排部署了安全生产大检查工作。\n' +
      '会议审核了2025年市级政府投资项目计划，同意按程序报市人大常委会。\n'
    expect(parseMinutes(text).items.map((item) => item.heading.slice(0, 8))).toEqual(['会议分析研判了一', '会议逐一审议了《', '会议安排部署了安', '会议审核了202'])
  })

  it('should open a matter with the hearing first: 听取X关于…的汇报后，会议认为…', () => {
    const text =
      '2025年4月2日，市长葛亮主持召开市政府第八次常务会议。\n' +
      '会议研究了安全生产工作。\n' +
      '听取市住建局关于保障性住房建设情况的汇报后，会议认为，进度总体符合预期。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(2)
    expect(items[1].reporters).toEqual(['市住建局'])
  })

  it('should open a matter named first with 针对 or 就, as with 关于', () => {
    const text =
      '2025年8月6日下午，副区长戚华主持召开专题会议，研究城中村改造有关问题。纪要如下：\n' +
      '针对改造项目资金缺口问题，会议研究决定，由区财政局牵头研究制定专项债券申报方案。\n' +
      '就历史遗留用地问题，会议明确如下：\n' +
      '1.区自然资源分局负责逐宗核查用地手续；\n' +
      '2.相关街道负责做好群众解释工作。\n' +
      '关于安置房建设标准，会议同意区住建局提出的建设标准。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(3)
    expect(items[1].points.length).toBe(2)
    expect(items[1].decisions.length).toBe(2)
  })

  it('should not open a matter with 就此，会议…, which points back', () => {
    const text = '2025年8月6日下午，副区长戚华主持召开专题会议。纪要如下：\n会议研究了资金缺口问题。\n就此，会议要求区财政局研究方案。\n'
    expect(parseMinutes(text).items.length).toBe(1)
  })

  it('should end a heading at a colon where the meeting speaks after it: 一、关于X：会议…', () => {
    const text =
      '2025年9月16日，市长蔡伟主持召开市政府第二十六次常务会议。现将会议议定事项纪要如下：\n' +
      '一、关于市区供热管网改造：会议同意市城投集团提出的改造计划，总投资2.3亿元。\n' +
      '二、关于道路命名：经研究，原则同意市民政局提出的命名方案。\n' +
      '三、关于干部人事：(一)同意甲；(二)同意乙。\n'
    const {items} = parseMinutes(text)
    expect(items.map((item) => item.heading)).toEqual(['关于市区供热管网改造', '关于道路命名', '关于干部人事'])
    expect(items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意市城投集团提出的改造计划，总投资2.3亿元'])
    expect(items[2].points.length).toBe(2)
  })

  it('should keep a colon in a heading that the meeting does not speak after', () => {
    const text = '2025年9月16日，市长蔡伟主持召开市政府常务会议。现纪要如下：\n一、议题：关于城市道路命名\n会议原则同意命名方案。\n'
    expect(parseMinutes(text).items[0].heading).toBe('议题：关于城市道路命名')
  })

  it('should open an item at each bulleted heading line (◆ 关于…) of unnumbered minutes, without the bullet', () => {
    const text =
      '2025年10月9日，街道党工委书记蒲华主持召开党工委会议。\n' +
      '◆ 关于换届筹备工作\n' +
      '组织办汇报了换届筹备方案。会议同意该方案。\n' +
      '◆ 关于老旧电梯更新\n' +
      '会议同意申报第一批更新电梯28台。\n'
    const {items} = parseMinutes(text)
    expect(items.map((item) => item.heading)).toEqual(['关于换届筹备工作', '关于老旧电梯更新'])
    expect(items[0].reporters).toEqual(['组织办'])
  })

  it('should leave one bulleted label alone as page noise', () => {
    const text = '2025年10月9日，街道党工委书记蒲华主持召开党工委会议。\n◆ 关于我们\n会议研究了换届工作，同意筹备方案。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(1)
    expect(items[0].heading).toBe('会议研究了换届工作，同意筹备方案')
  })

  it('should not read the bodies of an agenda laid out for a session to come as reporters', () => {
    const text =
      '2025年10月13日，县人大常委会主任储平主持召开县人大常委会第四十五次主任会议。纪要如下：\n' +
      '一、会议决定，常委会第三十次会议于10月下旬召开。会议议程为：听取和审议县人民政府关于预算执行情况的报告；审议人事任免事项。\n' +
      '二、会议建议议程为：(一)审议县人民政府关于某条例的议案；(二)听取和审议县人民政府关于养老服务的报告。\n' +
      '三、会议听取了县人大常委会法工委关于立法工作计划的说明。\n'
    expect(parseMinutes(text).items.map((item) => item.reporters)).toEqual([[], [], ['县人大常委会法工委']])
  })

  it('should read who made the report heard: 听取了总经理X所作的《…》', () => {
    const text = '2025年1月20日，董事长程刚主持召开第三届董事会第五次会议。会议纪要如下：\n一、会议听取了总经理吴斌所作的《2024年度总经理工作报告》。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['吴斌'])
  })

  it('should go on with a list of points over an attachment named under a point and over a page break', () => {
    const text =
      '2025年7月22日，台长侯坚主持召开台务会议。纪要如下：\n' +
      '一、关于融媒体中心建设\n' +
      '会议议定：\n' +
      '1.同意二期建设方案（见附件1）；\n' +
      '附件1：二期建设方案\n' +
      '2.技术中心负责完成设备招标；\n' +
      '－ 2 －\n' +
      '3.财务部负责落实建设资金。\n'
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('侯坚')
    expect(record.items[0].points.length).toBe(3)
    expect(record.items[0].decisions.length).toBe(3)
  })

  it('should take 一 关于… at a line start for a section, the 、 lost', () => {
    const text =
      '2025年3月18日,县长万梁主持召开县政府第20次常务会议。现纪要如下:\n' +
      '一 关于春季森林防火工作\n' +
      '会议要求县林业局加强巡查值守。\n' +
      '二 研究污水处理厂提标改造\n' +
      '会议同意提标改造方案。\n'
    const {items} = parseMinutes(text)
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于春季森林防火工作'],
      ['二', '研究污水处理厂提标改造']
    ])
  })

  it('should not take a numeral and a space before other text for a section', () => {
    const text = '2025年3月18日,县长万梁主持召开县政府第20次常务会议。\n会议研究了经济运行工作。\n一 季度全县生产总值增长5%。\n'
    expect(parseMinutes(text).items.length).toBe(1)
  })

  it('should read 议程一： and 事项一： as item labels, as 议题一： is', () => {
    const text =
      '2025年4月25日，会长柴国主持召开理事会会议。\n' +
      '议程一：审议《年度工作报告》\n' +
      '秘书长董红作工作报告。会议审议通过了工作报告。\n' +
      '议程二：选举事项\n' +
      '会议选举产生了副会长2名。\n'
    const {items} = parseMinutes(text)
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '审议《年度工作报告》'],
      ['二', '选举事项']
    ])
    expect(items[0].reporters).toEqual(['董红'])
    const other = parseMinutes('2025年6月3日，局长邹辉主持召开局长办公会议。会议纪要如下：\n事项一：关于物业服务采购\n会议同意公开招标。\n事项二：关于公务用车\n会议要求加强调度。\n')
    expect(other.items.map((item) => item.heading)).toEqual(['关于物业服务采购', '关于公务用车'])
  })

  it('should read …，决定X in a sentence where the meeting takes a matter up as a decision', () => {
    const text = '2025年3月11日，校长温东主持召开校务会。\n会议研究了运动会筹备工作，决定运动会于4月中旬举行。\n'
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.text)).toEqual(['决定运动会于4月中旬举行'])
  })

  it('should not read …，明确责任 in the meeting\'s instruction as a decision', () => {
    const text = '2025年3月11日，校长温东主持召开校务会。\n会议研究了安全工作。会议要求，各部门要加强协调，明确责任，确保安全。\n'
    expect(parseMinutes(text).items[0].decisions).toEqual([])
  })

  it('should open a matter named first in a sentence of its own: 关于X。会议同意…', () => {
    const text =
      '2025年9月9日，院长钟宇主持召开院长办公会议，研究了以下事项：\n' +
      '关于学生公寓维修改造。会议同意对3号学生公寓进行维修改造。\n' +
      '关于校园网络提速。经研究，同意网络中心提出的提速方案。\n'
    const {items} = parseMinutes(text)
    expect(items.length).toBe(2)
    expect(items[1].reporters).toEqual(['网络中心'])
  })

  it('should read (议题一) at a line start as an item label', () => {
    const text =
      '2025年10月21日，局长景卫主持召开局务会议。现纪要如下：\n' +
      '（议题一）关于医保集中征缴工作\n' +
      '会议同意征缴方案。\n' +
      '（议题二）关于定点医药机构年度考核\n' +
      '会议同意考核结果。\n'
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于医保集中征缴工作'],
      ['二', '关于定点医药机构年度考核']
    ])
  })

  it('should read the maker of each report heard when the verb is left out before the next: 听取了X关于…的报告，Y关于…的报告', () => {
    const text =
      '2025年11月7日，主任邹明主持召开县人大常委会第三十六次主任会议。\n' +
      '会议听取了县人民法院关于行政审判工作情况的报告，县人民检察院关于公益诉讼检察工作情况的报告。会议决定将上述报告提请常委会审议。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县人民法院', '县人民检察院'])
  })

  it('should stop at a clause that is no report: 听取了X关于…的汇报，要求…', () => {
    const text = '2025年11月7日，主任邹明主持召开主任会议。\n会议听取了县财政局关于预算执行的汇报，要求县税务局加强征管。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县财政局'])
  })

  it('should keep the tree in order when a list goes on over a page number at the end of the minutes', () => {
    const {tree, record} = analyze(
      '2025年7月22日，台长侯坚主持召开台务会议。纪要如下：\n一、关于融媒体建设\n会议议定：\n1.同意建设方案；\n－ 2 －\n2.财务部负责落实资金。\n－ 3 －\n'
    )
    expect(record.items[0].points.length).toBe(2)
    const item = tree.children.find((child) => child.type === 'item')
    for (const children of [tree.children, item && item.type === 'item' ? item.children : []]) {
      const ends = children.flatMap((child) => [child.position.start.offset, child.position.end.offset])
      expect(ends).toEqual([...ends].sort((a, b) => a - b))
    }
    const closing = tree.children[tree.children.length - 1]
    expect(closing.type).toBe('closing')
  })

  it('should keep a unit named with 和 inside whole: 市政协文史和学习委员会', () => {
    const text = '2025年5月6日，主席秦明主持召开市政协主席会议。\n会议听取了市政协文史和学习委员会关于文史资料征编工作的汇报。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['市政协文史和学习委员会'])
  })

  it('should still read each of two units joined by 和', () => {
    const text = '2025年5月6日，县长秦明主持召开县政府常务会议。\n会议听取了县住建局和县财政局关于老旧小区改造的汇报。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['县住建局', '县财政局'])
  })

  it('should open a matter with 会议还就X等工作进行了安排', () => {
    const text =
      '12月16日，镇党委书记廖勇主持召开党委扩大会议。\n' +
      '会议对安全生产工作进行了部署。会议要求镇安监站开展一次大排查。\n' +
      '会议还就做好冬春森林防火等工作进行了安排。\n'
    expect(parseMinutes(text).items.length).toBe(2)
  })
})
