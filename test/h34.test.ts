import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

// Minutes of my own in the forms they are stored in by the processes that publish them
// (blind15-h34): text taken out of a PDF with its page footers and running headers, HTML
// residue, OCR noise.

/** Each assignment as a reader checks it: owner, the task on one line, deadline. */
function owners(text: string, item: number) {
  return parseMinutes(text).items[item].assignments.map((assignment) => [assignment.owner, assignment.task.replace(/\s*\n[^]*\n\s*|\n/g, ''), assignment.due])
}

describe('a PDF page broken mid-sentence', () => {
  // Wrapped at 60 columns; the footer `第 1 页 共 2 页` and the title repeated on top of the next
  // page stand between `…督促供水企` and `业落实…`, with no blank lines around them.
  const lines = [
    '青川县人民政府',
    '专题会议纪要',
    '',
    '  2025年2月10日上午，副县长冉启东在县政府二楼会议室主持召开',
    '专题会议，研究春季农村供水保障工作。县水利局、县财政局、县卫健',
    '局、县自来水公司负责人参加会议。现将会议议定事项纪要如下：',
    '  一、关于水源地保护',
    '  会议听取了县水利局关于全县农村饮用水水源地保护情况的汇报。会',
    '议要求，县水利局要于3月15日前完成全部千吨万人水源地的界标设置',
    '和隔离防护；县卫健局要督促乡镇卫生院按月开展水质检测，县自来水',
    '公司要督促各供水站落实消毒设备，确保出厂水质全部达标。',
    '  二、关于供水管网维修资金'
  ]
  const body = [
    '  会议同意安排农村供水管网维修资金300万元，由县财政局于3月底前',
    '拨付到位。'
  ]

  it('should read the task on over the page footer and the running header', () => {
    const text = [...lines.slice(0, 9), '第 1 页 共 2 页', '青川县人民政府专题会议纪要', ...lines.slice(9), ...body, '第 2 页 共 2 页', ''].join('\n')
    expect(owners(text, 0)).toEqual([
      ['县水利局', '要于3月15日前完成全部千吨万人水源地的界标设置和隔离防护', '于3月15日前'],
      ['县卫健局', '要督促乡镇卫生院按月开展水质检测', null],
      ['县自来水\n公司', '要督促各供水站落实消毒设备', null]
    ].map(([owner, task, due]) => [owner, expect.stringContaining(task as string), due]))
  })
})

describe('a header table laid out with spaces, as a PDF gives it', () => {
  const text = `芦塘区人民政府专题会议纪要
 会议名称   关于背街小巷整治的专题会议
 会议时间   2025年4月8日下午              会议地点   区政府三楼会议室
 主 持 人   副区长 卜建华                  记 录 人   汤 悦
 参会单位   区城管局、区住建局、区财政局
    一、关于整治范围
    会议同意将老城区42条背街小巷纳入2025年整治计划，由区城管局于5月底前完成设计。
`

  it('should read the name, date and chair from the cells', () => {
    const record = parseMinutes(text)
    expect([record.meeting.name, record.meeting.date, record.meeting.chair?.name]).toEqual(['关于背街小巷整治的专题会议', '2025-04-08', '卜建华'])
  })
})

describe('a point whose (一) lost its stroke in a scan', () => {
  const text = `院长办公会议纪要
2025年3月4日,院长费明主持召开院长办公会议。会议纪要如下:
一、审议《学生资助工作实施细则》
学生工作处汇报了细则起草情况。会议原则同意该细则,并提出以下意见:
()学生工作处要在3月20日前完成家庭经济困难学生认定;
(二)财务处要按时发放助学金;
(三)各二级学院要做好政策宣传。
`

  it('should read `()` over `(二)` as the first point', () => {
    const item = parseMinutes(text).items[0]
    expect(item.points.length).toBe(3)
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['学生工作处', '在3月20日前'],
      ['财务处', null]
    ])
  })

  it('should not read empty brackets without a `(二)` under them', () => {
    const ballot = text.replace('(二)', '').replace('(三)', '')
    expect(parseMinutes(ballot).items[0].points.length).toBe(0)
  })
})

describe('a paragraph broken once after a comma', () => {
  const text = `    2025年6月2日，区长谷雨田主持召开区政府第12次常务会议。现纪要如下：
    一、关于汛期排涝
    会议要求，区水务局要加强泵站值守，在低洼片区预置抽排设备，
并于6月15日前完成全部排水管网清淤。
    二、关于菜市场改造
    会议同意改造城西菜市场，由区商务局负责实施。
`

  it('should join the line after the comma to its sentence', () => {
    const [owner] = parseMinutes(text).items[0].assignments
    expect([owner.owner, owner.task.includes('排水管网清淤'), owner.due]).toEqual(['区水务局', true, '于6月15日前'])
  })
})

describe('a year whose 〇 a scan read as a digit or a letter', () => {
  it('should read 二0二五年 and 二O二五年 as 2025', () => {
    for (const year of ['二0二五', '二O二五']) {
      const text = `${year}年一月九日上午,局长蒙立新主持召开局务会议。\n一、关于春运安全\n会议要求运输科做好春运期间客运站安全检查。\n`
      expect(parseMinutes(text).meeting.date).toBe('2025-01-09')
    }
  })
})

describe('sections numbered with a space before a noun phrase', () => {
  const text = `    2025年5月6日下午，校长郝一鸣主持召开校长办公会议。现纪要如下：
    一　春季学期教学检查结果
    教务处汇报了教学检查结果。会议要求教务处5月20日前完成整改通报。
    二　学生食堂承包经营
    后勤处汇报了食堂承包经营方案。会议同意该方案。
    三　图书馆延时开放
    会议同意图书馆考试周延时开放至晚上十一点。
`

  it('should read each as an item where the list numbers them the same way', () => {
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '春季学期教学检查结果'],
      ['二', '学生食堂承包经营'],
      ['三', '图书馆延时开放']
    ])
  })

  it('should not read a lone numeral and a space before a noun phrase as a section', () => {
    const lone = text.replace('    二　学生食堂承包经营\n', '').replace('    三　图书馆延时开放\n', '')
    expect(parseMinutes(lone).items.map((item) => item.ordinal)).not.toContain('一')
  })
})

describe('a page a word processor saved as HTML, kept as text', () => {
  const text = `<p class="MsoNormal"><b><span style="font-size:18.0pt">总经理办公会议纪要<span lang="EN-US"><o:p></o:p></span></span></b></p>
<p class="MsoNormal"><span><span lang="EN-US">2025</span>年<span lang="EN-US">3</span>月<span lang="EN-US">4</span>日，公司总经理计明远主持召开总经理办公会议。会议议定事项如下：<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal"><b><span>一、关于仓储物流中心租赁<span lang="EN-US"><o:p></o:p></span></span></b></p>
<p class="MsoNormal"><span>会议同意续租城北仓储物流中心，由物流管理部负责续签合同。<span lang="EN-US"><o:p></o:p></span></span></p>
`

  it('should leave Word\'s <o:p></o:p> out of the heading and read the date over the tags', () => {
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2025-03-04')
    expect(record.items.map((item) => item.heading)).toEqual(['关于仓储物流中心租赁'])
  })
})

describe('a scan whose OCR lost the stroke of 一、 or read the 0 of a year as O', () => {
  const text = `院长办公会议纪要
时间:2O25年2月18日上午
主持人:院长 申国栋
、关于春季传染病防控
会议要求感染管理科加强发热门诊预检分诊。
二、关于病案质量检查
会议要求病案室3月底前完成上年度病案质量抽查。
`

  it('should read `、关于…` over a `二、` line as section 一, and 2O25 as 2025', () => {
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2025-02-18')
    expect(record.items.map((item) => item.heading)).toEqual(['关于春季传染病防控', '关于病案质量检查'])
  })

  it('should not read a line opening with `、` as section 一 where a line opens with `一、`', () => {
    const wrapped = `一、关于春季传染病防控\n会议要求感染管理科、护理部\n、院办加强预检分诊。\n二、关于病案质量检查\n会议要求病案室做好抽查。\n`
    expect(parseMinutes(wrapped).items.length).toBe(2)
  })
})

describe('a running header with its document number, over a page break', () => {
  const text = [
    '                 青石建设集团有限公司',
    '                   总经理办公会议纪要',
    '',
    '    2025年4月7日，集团总经理闻道远在集团总部第二会议室主持',
    '召开2025年第4次总经理办公会议，集团领导班子成员及各部门负责',
    '人参加会议。现将会议议定事项纪要如下：',
    '    一、关于汛前安全检查',
    '    会议要求，安全管理部要在4月20日前组织完成对全部在建项目',
    '                       第 1 页，共 2 页',
    '青石建设集团总经理办公会议纪要〔2025〕4号',
    '的汛前安全检查，对发现的隐患实行销号管理，并向集团报告。',
    '    二、关于职工体检',
    '    会议同意组织全体职工开展年度健康体检，由工会负责组织实施。',
    ''
  ].join('\n')

  it('should read the task on over the footer and the header', () => {
    const [owner] = parseMinutes(text).items[0].assignments
    expect([owner.owner, owner.task.includes('销号管理'), owner.due]).toEqual(['安全管理部', true, '在4月20日前'])
  })
})

describe('a list whose (一) a scan read as (二)', () => {
  const text = `一、关于城区绿化提升\n会议要求:\n(二)市园林局要在4月底前完成主干道补植;\n(二)市城管局要加强绿地管护;\n(三)市财政局要保障养护经费。\n二、关于夜市管理\n会议同意设立滨河夜市。\n`

  it('should count three points', () => {
    expect(parseMinutes(text).items[0].points.length).toBe(3)
  })

  it('should keep a list that reads (一)(二)(二) as three points too', () => {
    expect(parseMinutes(text.replace('(二)市园林局', '(一)市园林局').replace('(三)市财政局', '(二)市财政局')).items[0].points.length).toBe(3)
  })
})

describe('an HTML table of header fields left in the text', () => {
  const text = `<table>
<tr><td>会议时间</td><td>2025年9月16日下午</td></tr>
<tr><td>主持人</td><td>院长 祝明远</td></tr>
</table>
<p>一、研究迎新工作</p>
<p>会议要求学生工作处9月20日前完成新生报到方案。</p>
`

  it('should read the cells as a header table', () => {
    const record = parseMinutes(text)
    expect([record.meeting.date, record.meeting.chair?.name]).toEqual(['2025-09-16', '祝明远'])
  })
})

describe('a task table laid out with spaces, its numbers centred under their label', () => {
  const text = `一、关于任务分工
 序号   工作任务                         责任单位          完成时限
  1     完成污水管网改造方案编制         县住建局          6月30日前
  2     落实项目用地指标，做好征地       县自然资源局      7月15日前
        拆迁前期工作
  3     完成项目环评审批                 县生态环境局      7月31日前
`

  it('should read a row whose number is indented further than the header', () => {
    expect(parseMinutes(text).items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['县住建局', '6月30日前'],
      ['县自然资源局', '7月15日前'],
      ['县生态环境局', '7月31日前']
    ])
  })
})

describe('entities escaped twice by a page editor', () => {
  const text = `2025年11月4日，院长邹明哲主持召开院长办公会议。会议纪要如下：<br />
&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;一、研究&amp;ldquo;一站式&amp;rdquo;学生社区建设<br />
&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;会议同意建设学生社区综合服务站，由学生工作处负责实施。<br />
&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;二、研究教师节表彰<br />
&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;会议同意表彰优秀教师20名。<br />
`

  it('should read &amp;nbsp; as an indent and &amp;ldquo; as a quote', () => {
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.heading)).toEqual(['研究&amp;ldquo;一站式&amp;rdquo;学生社区建设', '研究教师节表彰'])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['学生工作处'])
  })
})

describe('an enumeration whose third word a scan read as the second', () => {
  const text = `会议听取了规划股关于城区道路建设计划的汇报。会议要求:一是规划股要在5月10日前完成设计审查;二是建设股要加强质量监管;二是财务股要按进度拨付资金。\n`

  it('should count the repeated 二是 as the third point', () => {
    const [item] = parseMinutes(text).items
    expect(item.points.length).toBe(3)
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['规划股', '建设股', '财务股'])
  })
})

describe('sections numbered with a tab for the 、', () => {
  const text = `\t2025年3月3日上午，局长温如海主持召开局务会议。现纪要如下：
\t一\t关于春季植树活动
\t会议要求绿化科3月12日前组织开展义务植树活动。
\t二\t关于办公楼维修
\t会议同意维修办公楼屋面防水，由办公室组织实施。
`

  it('should read `一\\t关于…` as section 一', () => {
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于春季植树活动'],
      ['二', '关于办公楼维修']
    ])
  })
})

describe('a label word inside the task a label line labels', () => {
  const text = `一、关于水库安全度汛
会议要求全面落实小型水库防汛"三个责任人",对病险水库实行空库运行。
责任股室:水旱灾害防御股
完成时限:主汛期结束前
二、关于河道保洁
会议同意聘用河道保洁员12名。
`

  it('should not end the task at 责任人 without its colon', () => {
    const [owner] = parseMinutes(text).items[0].assignments
    expect([owner.owner, owner.task.includes('空库运行'), owner.due]).toEqual(['水旱灾害防御股', true, '主汛期结束前'])
  })
})

describe('a PDF text layer that gives ideographs as Kangxi radicals', () => {
  const text = `⽯湾县⼈民政府专题会议纪要
5⽉6⽇上午，副县长⽥启明主持召开专题会议。现纪要如下：
⼀、关于防汛物资储备
会议要求县应急管理局于5⽉20⽇前完成防汛物资补充。
⼆、关于⻛险隐患排查
会议要求县⽔利局开展⽔库⻛险隐患排查。
`

  it('should read ⼀ ⼆ ⽉ ⽇ ⽔ ⻛ as the ideographs they stand for, the values as written', () => {
    const record = parseMinutes(text)
    expect(record.meeting.chair?.name).toBe('⽥启明')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于防汛物资储备'],
      ['二', '关于⻛险隐患排查']
    ])
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([
      [['县应急管理局', '于5⽉20⽇前']],
      [['县⽔利局', null]]
    ])
  })
})

describe('a PDF converted to a page with a <p> for every line', () => {
  const text = `<p>新城区人民政府专题会议纪要</p>
<p>　　2025年3月10日下午，副区长曹子昂在区政府三楼会议室主持召开专</p>
<p>题会议，研究城区公园改造提升工作。现将会议议定事项纪要如下：</p>
<p>　　一、关于改造计划</p>
<p>　　会议同意将人民公园、滨河公园纳入2025年改造提升计划。区园林局</p>
<p>要在4月30日前完成两个公园的改造设计方案，并报区政府审定后实施。</p>
<p>　　二、关于资金保障</p>
<p>　　会议明确，改造资金由区财政统筹安排。区财政局要在改造方案审定</p>
<p>后及时拨付首批资金，区审计局要对资金使用情况开展跟踪审计工作。</p>
`

  it('should join the lines of a paragraph as a PDF\'s hard-wrapped text', () => {
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([
      [['区园林局', '在4月30日前']],
      // (`由区财政统筹安排`: an abbreviated department after a place owns, README.)
      [['区财政', null], ['区财政局', null], ['区审计局', null]]
    ])
  })
})

describe('points numbered with a space for the dot', () => {
  const text = `一、关于汛前准备
会议要求:
1 防汛办要在5月10日前完成全部山塘水库的汛前检查;
2 水文站要加强雨情水情监测;
3 应急抢险队要开展一次抢险演练。
二、关于其他
会议同意采购冲锋舟2艘。
`

  it('should read `1 X` over `2 Y` as points', () => {
    const [item] = parseMinutes(text).items
    expect(item.points.length).toBe(3)
    expect(item.assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['防汛办', '在5月10日前'],
      ['水文站', null],
      ['应急抢险队', null]
    ])
  })

  it('should leave a table\'s rows with one space between cells to the table', () => {
    const table = `一、关于任务分工\n序号 工作任务 责任单位 完成时限\n1 教师周转房装修改造 区教育局 8月底前\n2 校园周边道路完善 区住建局 开学前\n`
    expect(parseMinutes(table).items[0].points.length).toBe(0)
  })
})
