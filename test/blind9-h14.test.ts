import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Position} from '../src/record.js'

/** A lead long enough that a text of one paragraph is read as one that lost its line breaks. */
const lead =
  '2025年3月5日上午，县长方立主持召开县政府第十二次常务会议，副县长李明、张华、赵刚，县政府办公室主任钱进出席会议，县直有关部门主要负责同志列席会议。现将会议议定事项纪要如下：'

/** The record and source of minutes in one paragraph: the lead, then `body`. */
function flat(body: string) {
  const text = lead + body
  return {text, record: analyze(text).record}
}

/** What a position covers in the source. */
function slice(text: string, position: Position | null | undefined): string | null {
  return position ? text.slice(position.start.offset, position.end.offset) : null
}

describe('flattened minutes: an item’s heading run on into a body that opens with who presents', () => {
  it('should end the heading before a unit that 作了起草说明 (a kind of account between 作了 and its noun)', () => {
    const {text, record} = flat('一、关于学校扩建项目县教育局作了起草说明。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于学校扩建项目', ['县教育局']],
      ['关于春季造林工作', ['县林业局']]
    ])
    expect(slice(text, record.items[0].positions.heading)).toBe('关于学校扩建项目')
  })

  it('should end the heading before an official who 作了报告', () => {
    const {record} = flat('一、关于学校扩建项目县发改局局长唐明作了报告。会议原则同意扩建方案。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('关于学校扩建项目')
  })

  it('should end the heading before units that 分别汇报了, each named before a 、', () => {
    const {record} = flat('一、关于春季造林工作县林业局、县财政局分别汇报了造林计划和资金安排。会议同意该计划。二、关于学校扩建项目县教育局汇报了扩建方案。会议原则同意。')
    expect(record.items[0].heading).toBe('关于春季造林工作')
    expect(record.items[0].reporters).toEqual(['县林业局', '县财政局'])
  })

  it('should end the heading before 经X介绍, that opens the body', () => {
    const {text, record} = flat('一、关于体育馆开馆筹备经县文旅局介绍，会议研究了开馆筹备事项。会议同意体育馆于9月28日试开馆。二、关于学校扩建项目经研究，会议原则同意扩建方案。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于体育馆开馆筹备', '关于学校扩建项目'])
    expect(record.items[0].reporters).toEqual(['县文旅局'])
    expect(slice(text, record.items[0].positions.reporters[0])).toBe('县文旅局')
    expect(slice(text, record.items[0].positions.heading)).toBe('关于体育馆开馆筹备')
  })

  it('should not take the 作 of 工作报告 in a heading for a presenting verb', () => {
    const {record} = flat('一、听取《县审计局2024年度工作报告》县审计局作了汇报。会议同意该报告。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items[0].heading).toBe('听取《县审计局2024年度工作报告》')
  })

  it('should not take 经济 in a heading for 经X介绍', () => {
    const {record} = flat('一、关于一季度经济运行情况县统计局汇报了一季度经济运行情况。会议要求各部门抓好落实。二、关于春季造林工作县林业局汇报了造林计划。会议同意该计划。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于一季度经济运行情况', '关于春季造林工作'])
  })
})

describe('flattened minutes: the header and the sign-off of a page run on in one line', () => {
  const body =
    '会议听取了县林业局关于春季造林工作的汇报。会议同意县林业局提出的造林计划，由县林业局负责组织实施，4月底前完成全部苗木栽植。会议还研究了学校扩建项目。会议原则同意扩建方案，由县教育局会同县财政局抓紧落实建设资金。'

  it('should keep a byline’s 日期 with its stamp after a headline that ends in 会议, and date the lead by it', () => {
    const text = `县人大常委会召开第十二次主任会议日期:2025-04-10  来源:县人大常委会办公室  点击数:4月9日上午，县人大常委会主任吕正华主持召开第十二次主任会议。${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.chair?.name).toBe('吕正华')
  })

  it('should not take a header’s 会议日期 for a byline', () => {
    const text = `县林业局局务会议纪要会议日期:2025-04-09会议地点:局三楼会议室主持人:局长吕正华参加人员:局班子成员${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.location).toBe('局三楼会议室')
  })

  it('should break a spaced title (专 题 会 议 纪 要) from its issue number and the signature under it', () => {
    const text = `临江县人民政府专 题 会 议 纪 要第9期县政府办公室          2025年4月11日4月9日上午，副县长吕正华主持召开专题会议，研究春季造林工作。${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.name).toBe('专题会议')
  })

  it('should read a header’s 时间 label after a page counter scraped without its number (点击:)', () => {
    const text = `林学院党政联席会议纪要(第五期)作者:院办  发布日期:2025-04-12  点击:时间:2025年4月9日下午地点:学院楼305会议室主持:吕正华${body}`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.meeting.chair?.name).toBe('吕正华')
  })

  it('should date minutes by a sign-off in brackets after the last sentence', () => {
    const text = `县林业局局务会议纪要4月9日上午，局长吕正华主持召开局务会议，局班子成员参加会议，各股室负责人列席会议。${body}（县林业局办公室　2025年4月10日印发）`
    const record = analyze(text).record
    expect(record.meeting.date).toBe('2025-04-09')
    expect(record.items.at(-1)?.decisions.map((each) => each.text)).toEqual(['会议原则同意扩建方案'])
  })
})

describe('a short copy run on in one line: a heading glued to the meeting’s outcome', () => {
  it('should end the heading where the meeting concludes or asks, whatever word the heading ends with', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、关于县城停车场建设会议同意县城停车场建设方案，由县城投公司负责实施。二、关于节后复工复产会议要求，县工信局要帮助企业解决用工问题。'
    const record = analyze(text).record
    expect(record.items.map((item) => [item.heading, item.decisions.map((each) => each.text)])).toEqual([
      ['关于县城停车场建设', ['会议同意县城停车场建设方案']],
      ['关于节后复工复产', []]
    ])
    expect(record.items[1].assignments.map((each) => each.owner)).toEqual(['县工信局'])
    expect(slice(text, record.items[0].positions.heading)).toBe('关于县城停车场建设')
  })

  it('should not end a heading at the 会议 of a meeting’s name (工作会议, 常务会议)', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、关于筹备全县经济工作会议要求各部门报送材料的事项。二、关于县城停车场建设会议同意建设方案。'
    const record = analyze(text).record
    expect(record.items[0].heading).toBe('关于筹备全县经济工作会议要求各部门报送材料的事项')
  })

  it('should not split one sentence at a comma before 会议同意', () => {
    const text = '县人民政府常务会议纪要2025年6月3日，县长陶建国主持召开县政府第二十七次常务会议。现纪要如下：一、会议听取了县教育局关于学校建设的汇报，会议同意下阶段工作安排。二、关于县城停车场建设会议同意建设方案。'
    const record = analyze(text).record
    expect(record.items[0].heading).toBe('会议听取了县教育局关于学校建设的汇报，会议同意下阶段工作安排')
  })
})
