import {describe, expect, it} from 'vitest'
import {createDoc} from '../src/doc.js'
import {parseMinutes} from '../src/index.js'
import {runOnBreaks} from '../src/parse/line.js'
import type {MinutesRecord} from '../src/record.js'

// Minutes written for these tests in the genre's forms (no corpus text). Each is read as
// written and as a database field or scraped page has it: every line break gone, with the
// white space around it (`flatten`).

const bureau = `东岭县水利局局务会议纪要
〔2025〕7号
2025年3月14日上午，局长韩志远在局四楼会议室主持召开2025年第7次局务会议，研究春季水利工程建设等事项。现将会议议定事项纪要如下：
一、关于春季水利工程建设
会议听取了工程建设股关于春季水利工程开工情况的汇报。会议决定：
1.同意将北渠节制闸维修纳入年度计划，所需资金由局财务股统筹安排。
2.工程建设股要于4月15日前完成全部在建工程安全检查。
二、关于河湖长制工作
河湖管理股汇报了一季度巡河情况。会议要求，河湖管理股牵头，各水管站配合，于5月底前完成问题整改销号。
三、其他事项
会议原则同意办公室提出的公务接待管理办法，请办公室按程序印发。
出席：韩志远 周立平 宋晓梅 杜鹏
列席：陈洁（办公室） 吴涛（财务股）
请假：梁海（出差）
记录：孙婷
`

const webPage = `首页 > 政务公开 > 会议纪要
城南区政府召开第21次常务会议
发布时间：2025-06-10 09:30 来源：区政府办公室 浏览次数：215
6月9日下午，区长罗建华主持召开区政府第21次常务会议，副区长许敏、邓志强出席会议。
会议听取了区教育局关于暑期校园安全工作的汇报。会议要求，区教育局要在7月1日前完成全部校舍安全排查。
会议审议通过了《城南区老旧小区改造实施方案》，由区住建局按程序组织实施。
会议还研究了其他事项。
`

const hospitalForm = `市第三人民医院院长办公会议纪要
会议时间：2025年4月22日15:00
会议地点：行政楼三楼会议室
主 持 人：院长 邹文杰
参会人员：院领导班子成员、各职能科室负责人
记 录 人：黎敏
（一）关于急诊综合楼改造
汇报科室：总务科
会议意见：同意总务科提出的急诊综合楼改造方案，改造资金从医院发展基金列支。
责任科室：总务科、财务科
完成时限：2025年9月30日前
（二）关于护理质量提升
汇报科室：护理部
会议意见：护理部要在5月底前完成全院护理质量专项检查。
`

const townParty = `中共青石镇委员会会议纪要
第9期
2025年5月8日上午，镇党委书记龚文斌主持召开镇党委会议，镇党委委员参加会议，镇纪委书记列席会议。会议纪要如下：
一、研究汛前安全检查工作
会议要求：
（一）各村要在5月20日前完成山塘水库隐患排查；
（二）镇应急办负责组建抢险队伍，5月底前完成集中培训。
二、研究农村人居环境整治工作
镇农业服务中心汇报了春季环境整治进展情况。会议同意追加整治经费8万元，由镇财政所按程序拨付。
会议还研究了其他事项。
中共青石镇委员会办公室
2025年5月9日
`

const newsPoints = `县应急管理局召开防汛工作调度会
发布时间：2025-05-12 来源：县应急管理局
5月10日下午，局长闵志刚主持召开防汛工作调度会，各股室负责人参加会议。
会议听取了防汛办关于汛前准备工作的汇报。会议强调：
一、要压实防汛责任，落实领导包片制度；
二、要加强隐患排查，做到不留死角；
三、要严格值班值守，确保信息畅通。
会议研究了防汛物资储备工作。会议要求：
1.防汛办要在5月20日前完成物资盘点。牵头单位：防汛办 完成时限：5月20日前
2.财务股负责落实物资采购资金。
会议还研究了其他事项。
`

/** The text with every line break gone, and the white space around it. */
function flatten(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, '')
}

/** What the comparison of a flattened copy with its original looks at. */
function reading(record: MinutesRecord) {
  const {meeting} = record
  return {
    title: meeting.title,
    name: meeting.name,
    date: meeting.date,
    chair: meeting.chair?.name ?? null,
    attendees: meeting.attendees.map((person) => person.name ?? person.unit),
    observers: meeting.observers.map((person) => person.name ?? person.unit),
    absentees: meeting.absentees.map((person) => person.name),
    recorder: meeting.recorder?.name ?? null,
    items: record.items.map((item) => ({
      ordinal: item.ordinal,
      heading: item.heading,
      reporters: item.reporters,
      decisions: item.decisions.length,
      points: item.points.length,
      assignments: item.assignments.map((assignment) => [assignment.owner, assignment.due])
    }))
  }
}

/** The lines a flattened text is read as (normalized view). */
function linesOf(text: string): string[] {
  const doc = createDoc(text)
  const cuts = [0, ...runOnBreaks(doc, 0, doc.norm.length), doc.norm.length]
  return cuts.slice(1).map((end, index) => doc.norm.slice(cuts[index], end))
}

describe('minutes that lost their line breaks', () => {
  it('should read a bureau meeting run on in one line as its lined original', () => {
    const flat = parseMinutes(flatten(bureau))
    expect(reading(flat)).toEqual(reading(parseMinutes(bureau)))
    const {meeting} = flat
    expect([meeting.title, meeting.name, meeting.date, meeting.chair?.name]).toEqual(['东岭县水利局局务会议纪要', '2025年第7次局务会议', '2025-03-14', '韩志远'])
    expect(meeting.attendees.map((person) => person.name)).toEqual(['韩志远', '周立平', '宋晓梅', '杜鹏'])
    expect(meeting.observers.map((person) => [person.name, person.note])).toEqual([
      ['陈洁', '办公室'],
      ['吴涛', '财务股']
    ])
    expect([meeting.absentees.map((person) => person.name), meeting.recorder?.name]).toEqual([['梁海'], '孙婷'])
    expect(flat.items.map((item) => [item.ordinal, item.heading, item.decisions.length])).toEqual([
      ['一', '关于春季水利工程建设', 2],
      ['二', '关于河湖长制工作', 0],
      ['三', '其他事项', 1]
    ])
    expect(flat.items[0].reporters).toEqual(['工程建设股'])
    expect(flat.items[1].reporters).toEqual(['河湖管理股'])
  })

  it('should split title, number, lead, headings, bodies, points and attendance where their lines ended', () => {
    expect(linesOf(flatten(bureau))).toEqual([
      '东岭县水利局局务会议纪要',
      '〔2025〕7号',
      '2025年3月14日上午,局长韩志远在局四楼会议室主持召开2025年第7次局务会议,研究春季水利工程建设等事项。现将会议议定事项纪要如下:',
      '一、关于春季水利工程建设',
      '会议听取了工程建设股关于春季水利工程开工情况的汇报。会议决定:',
      '1.同意将北渠节制闸维修纳入年度计划,所需资金由局财务股统筹安排。',
      '2.工程建设股要于4月15日前完成全部在建工程安全检查。',
      '二、关于河湖长制工作',
      '河湖管理股汇报了一季度巡河情况。会议要求,河湖管理股牵头,各水管站配合,于5月底前完成问题整改销号。',
      '三、其他事项',
      '会议原则同意办公室提出的公务接待管理办法,请办公室按程序印发。',
      '出席:韩志远 周立平 宋晓梅 杜鹏',
      '列席:陈洁(办公室) 吴涛(财务股)',
      '请假:梁海(出差)',
      '记录:孙婷'
    ])
  })

  it('should split a web page after its breadcrumb, before its byline and before the lead glued to a count', () => {
    expect(linesOf(flatten(webPage)).slice(0, 4)).toEqual([
      '首页 > 政务公开 > 会议纪要',
      '城南区政府召开第21次常务会议',
      '发布时间:2025-06-10 09:30 来源:区政府办公室 浏览次数:215',
      '6月9日下午,区长罗建华主持召开区政府第21次常务会议,副区长许敏、邓志强出席会议。'
    ])
    const flat = parseMinutes(flatten(webPage))
    expect(reading(flat)).toEqual(reading(parseMinutes(webPage)))
    expect([flat.meeting.title, flat.meeting.name, flat.meeting.date, flat.meeting.chair?.name]).toEqual(['城南区政府召开第21次常务会议', '区政府第21次常务会议', '2025-06-09', '罗建华'])
    expect(flat.items.map((item) => item.heading)).toEqual([
      '会议听取了区教育局关于暑期校园安全工作的汇报',
      '会议审议通过了《城南区老旧小区改造实施方案》，由区住建局按程序组织实施',
      '会议还研究了其他事项'
    ])
  })

  it('should read a form with header labels and (一) items as its lined original', () => {
    const flat = parseMinutes(flatten(hospitalForm))
    expect(reading(flat)).toEqual(reading(parseMinutes(hospitalForm)))
    expect([flat.meeting.date, flat.meeting.chair?.name, flat.meeting.recorder?.name]).toEqual(['2025-04-22', '邹文杰', '黎敏'])
    expect(flat.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于急诊综合楼改造', ['总务科']],
      ['关于护理质量提升', ['护理部']]
    ])
    expect(flat.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['总务科', '2025年9月30日前'],
      ['财务科', '2025年9月30日前']
    ])
  })

  it('should split points under a colon and the sign-off after the last sentence', () => {
    const lines = linesOf(flatten(townParty))
    expect(lines.slice(0, 2)).toEqual(['中共青石镇委员会会议纪要', '第9期'])
    expect(lines.slice(4, 7)).toEqual(['会议要求:', '(一)各村要在5月20日前完成山塘水库隐患排查;', '(二)镇应急办负责组建抢险队伍,5月底前完成集中培训。'])
    expect(lines.at(-1)).toBe('中共青石镇委员会办公室2025年5月9日')
    const flat = parseMinutes(flatten(townParty))
    expect(reading(flat)).toEqual(reading(parseMinutes(townParty)))
    expect(flat.items.map((item) => [item.heading, item.points.length])).toEqual([
      ['研究汛前安全检查工作', 2],
      ['研究农村人居环境整治工作', 0]
    ])
  })

  it('should split matters, points under a statement and a list after a colon, keeping owners on their point', () => {
    expect(linesOf(flatten(newsPoints)).slice(3)).toEqual([
      '会议听取了防汛办关于汛前准备工作的汇报。会议强调:',
      '一、要压实防汛责任,落实领导包片制度;',
      '二、要加强隐患排查,做到不留死角;',
      '三、要严格值班值守,确保信息畅通。',
      '会议研究了防汛物资储备工作。会议要求:',
      '1.防汛办要在5月20日前完成物资盘点。牵头单位:防汛办 完成时限:5月20日前',
      '2.财务股负责落实物资采购资金。',
      '会议还研究了其他事项。'
    ])
    const flat = parseMinutes(flatten(newsPoints))
    expect(reading(flat)).toEqual(reading(parseMinutes(newsPoints)))
    expect(flat.items.map((item) => [item.heading, item.points.length])).toEqual([
      ['会议听取了防汛办关于汛前准备工作的汇报', 3],
      ['会议研究了防汛物资储备工作', 2],
      ['会议还研究了其他事项', 0]
    ])
  })

  it('should not split any line of the lined originals', () => {
    for (const text of [bureau, webPage, hospitalForm, townParty, newsPoints]) {
      const doc = createDoc(text)
      let start = 0
      for (const line of text.split('\n')) {
        const end = start + line.length
        if (line.trim() !== '') expect(runOnBreaks(doc, doc.toNorm(start), doc.toNorm(end))).toEqual([])
        start = end + 1
      }
    }
  })

  it('should leave a long paragraph with an inline list alone where the text keeps its other lines', () => {
    const text = `${bureau.split('\n').slice(0, 3).join('\n')}\n一、关于防汛工作\n会议听取了防汛办关于汛前准备情况的汇报，会议认为，今年汛前准备工作总体有序，但仍有部分山塘水库隐患排查不到位、物资储备不足、值班值守不严格等问题。会议要求：（一）防汛办要在5月底前完成全部隐患点复查；（二）各水管站要补足防汛物资，落实24小时值班；（三）工程建设股要加强在建工程度汛安全管理。二、关于其他事项\n会议还研究了其他事项。\n`
    const doc = createDoc(text)
    const start = text.indexOf('会议听取了防汛办')
    const end = text.indexOf('\n', start)
    expect(runOnBreaks(doc, doc.toNorm(start), doc.toNorm(end))).toEqual([])
  })

  it('should not take an attendance label inside the lead for a line of its own', () => {
    const text = flatten(townParty).replace('主持召开镇党委会议', '列席：主持召开镇党委会议')
    const lines = linesOf(text)
    expect(lines.some((line) => line.startsWith('列席:'))).toBe(false)
    expect(parseMinutes(text).meeting.date).toBe('2025-05-08')
  })
})
