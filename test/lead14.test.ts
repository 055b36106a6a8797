import {describe, expect, it} from 'vitest'
import {createDoc, unbroken} from '../src/doc.js'
import {parseMinutes} from '../src/index.js'

/** Owner, task and deadline of each assignment of the first item. */
function tasks(text: string): Array<[string, string, string | null]> {
  return parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])
}

describe('lead14: a body’s officers for safety, information and publicity own their task', () => {
  const lead = '2025年4月8日,学院召开党政联席会议,院长邵启明主持。\n一、研究实验室安全\n'

  it('should give a numbered point to 学院安全员 as written', () => {
    const text = lead + '会议要求:1.实验中心4月底前完成库房改造;2.学院安全员建立隐患整改台账。\n'
    expect(tasks(text)).toEqual([
      ['实验中心', '4月底前完成库房改造', '4月底前'],
      ['学院安全员', '建立隐患整改台账', null]
    ])
  })

  it('should give 学院信息员 the clause after 要', () => {
    expect(tasks(lead + '会议要求,学院信息员要及时更新网站。\n')).toEqual([['学院信息员', '要及时更新网站', null]])
  })

  it('should read 社区安全员 as the post, not a person named 安全员', () => {
    expect(tasks(lead + '会议要求,社区安全员每周开展巡查。\n')).toEqual([['社区安全员', '每周开展巡查', null]])
  })

  it('should still give nothing to every village’s officer (各村信息员)', () => {
    expect(tasks(lead + '会议要求,各村信息员要及时上报。\n')).toEqual([])
  })
})

describe('lead14: spaces a portal sets between ideographs and digits (2024 年 5 月 6 日)', () => {
  const text =
    '2024 年 5 月 6 日上午，区长王明主持召开区政府第 9 次常务会议。\n' +
    '一、审议《道路养护办法》\n' +
    '会议原则同意，由区交通局于 6 月 30 日前修改完善；区财政局要在 3 日内拨付资金。\n' +
    '二、研究城市更新\n' +
    '会议要求：1.区住建局 8 月底前完成评估；2.区规划局做好配合。\n'

  it('should read the date, the session and the deadlines whole, values keeping their spaces', () => {
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2024-05-06')
    expect(record.meeting.name).toBe('区政府第 9 次常务会议')
    expect(record.meeting.session).toBe(9)
    expect(record.items[0].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['区交通局', '于 6 月 30 日前'],
      ['区财政局', '在 3 日内']
    ])
    expect(record.items[1].assignments.map((each) => [each.owner, each.due])).toEqual([
      ['区住建局', '8 月底前'],
      ['区规划局', null]
    ])
  })

  it('should slice every spaced value back from the source', () => {
    const record = parseMinutes(text)
    const due = record.items[0].assignments[0]
    expect(text.slice(due.positions.due!.start.offset, due.positions.due!.end.offset)).toBe('于 6 月 30 日前')
  })

  it('should keep the space before a point’s number that a heading runs on into (关于X 1.…)', () => {
    const spaced = '2024 年 5 月 6 日，县长王明主持召开县政府第 3 次常务会议。\n一、关于禁烧巡查 1.各乡镇要落实巡查责任；2.县生态环境局 11 月 30 日前完成督查。\n'
    const item = parseMinutes(spaced).items[0]
    expect(item.heading).toBe('关于禁烧巡查')
    expect(item.points.length).toBe(2)
  })

  it('should leave a text that writes digits with its words alone (one space in a table cell)', () => {
    const plain = '会议要求县交通局6月30日前完成修复，县财政局 3月10日前拨付资金，第2批项目于4月开工。'
    expect(createDoc(plain).norm).toBe(plain.replace(/，/g, ','))
    const spaced = '会议要求县交通局 6 月 30 日前完成修复，县财政局 3 月 10 日前拨付资金。'
    expect(createDoc(spaced).norm).toBe('会议要求县交通局6月30日前完成修复,县财政局3月10日前拨付资金。')
  })

  it('should read full-width digits set apart as ASCII ones (于 １０ 月 １５ 日前)', () => {
    const spaced = '要求县交通局于 １０ 月 １５ 日前完成，县财政局于 ３ 月底前拨付，第 ２ 批项目 ６ 月开工。'
    expect(createDoc(spaced).norm).toBe('要求县交通局于10月15日前完成,县财政局于3月底前拨付,第2批项目6月开工。')
  })
})

describe('lead14: a headline with the time its page was posted after a space', () => {
  const body = '\n7月8日下午，副区长倪海洋主持召开城市更新专题会议，听取项目进展汇报。\n会议要求，区住建局要加快进度。\n'

  it('should take the posted date for the year only, the lead for the day (with a byline)', () => {
    const record = parseMinutes('区政府召开城市更新专题会议 2024-07-09 09:12:33 来源：区住建局' + body)
    expect([record.meeting.title, record.meeting.date]).toEqual(['区政府召开城市更新专题会议', '2024-07-08'])
  })

  it('should do so with the stamp alone after the headline', () => {
    const record = parseMinutes('区政府召开城市更新专题会议 2024-07-09 09:12:33' + body)
    expect([record.meeting.title, record.meeting.date]).toEqual(['区政府召开城市更新专题会议', '2024-07-08'])
  })

  it('should leave a list of dated links (no time) to the page chrome', () => {
    const text = '热点推荐\n· 区政府召开第27次常务会议 2025-03-12\n· 区政府召开全区安全生产工作会议 2025-03-25\n发布日期:2025-04-02\n' +
      '云岭区人民政府第28次常务会议纪要\n4月1日，区长沈立群主持召开区政府第28次常务会议。\n一、研究防汛\n会议要求区水利局做好准备。\n'
    const record = parseMinutes(text)
    expect([record.meeting.name, record.meeting.date]).toEqual(['区政府第28次常务会议', '2025-04-01'])
  })
})

describe('lead14: a mirror site’s copy in traditional characters reads as its simplified original', () => {
  it('should keep both chairs of a joint lead whose titles are written in traditional characters', () => {
    const meeting = parseMinutes('2025年4月16日下午,學院黨委書記何振東、院長賴國平在學院第二會議室共同主持召開黨政聯席會議。').meeting
    expect([meeting.chair?.name, meeting.chair?.title, meeting.coChairs.map((each) => each.name)]).toEqual(['何振東', '黨委書記', ['賴國平']])
  })

  it('should not take the council for the reporter of its own draft at its 主任會議', () => {
    const text =
      '3月4日,縣人大常委會主任包立軍主持召開縣人大常委會第三十四次主任會議。\n' +
      '會議審議了縣人大常委會關於召開縣十八屆人大常委會第二十二次會議的決定(草案),決定於3月下旬召開常委會第二十二次會議。\n'
    const record = parseMinutes(text)
    expect(record.meeting.chair?.unit).toBe('縣人大常委會')
    expect(record.items[0].reporters).toEqual([])
  })

  it('should compare values as the view reads them (unbroken)', () => {
    expect(unbroken('縣人大\n常委會')).toBe('县人大常委会')
    expect(unbroken('（一）县住\u200b建局')).toBe('(一)县住建局')
  })
})

describe('lead14: spaces a web copy leaves at the end of its lines', () => {
  const lead = '2025年4月15日，镇党委书记杨志远主持召开党委会议。  \n'

  it('should read a matter’s number alone on its line before them (议题一, 第一项议题)', () => {
    const text = lead + '议题一  \n审议《办法》  \n会议原则同意。  \n第二项议题 \n研究项目  \n会议同意。  \n'
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '审议《办法》'],
      ['二', '研究项目']
    ])
  })

  it('should read an italic source line before them as the page’s (its year dates the meeting)', () => {
    const text = '4月15日，县长葛文斌主持召开县政府第9次常务会议。  \n会议研究了供水工作。  \n*（来源：县政府办公室 2024-04-16）*  \n'
    expect(parseMinutes(text).meeting.date).toBe('2024-04-15')
  })
})

describe('lead14: sections numbered 一. as ASCII copies write them', () => {
  it('should not take a numbered line for a title (一.董事会会议召开情况)', () => {
    const text =
      '第四届董事会第十一次会议决议公告\n' +
      '一.董事会会议召开情况\n公司第四届董事会第十一次会议于2025年8月26日召开,会议由董事长钟鸣远主持。\n' +
      '二.董事会会议审议情况\n(一)审议通过《关于公司2025年半年度报告的议案》\n(二)审议通过《关于现金管理的议案》\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '董事会会议召开情况', 0],
      ['二', '董事会会议审议情况', 2]
    ])
  })

  it('should read 一. as a section, not a full stop, in a text that ends its sentences in .', () => {
    const text =
      '2026年4月16日,县长孟庆林主持召开县长办公会议.\n' +
      '一.关于安置小区建设资金\n会议同意由县财政局统筹解决.县住建局要加快建设.\n' +
      '二.关于污水处理厂提标改造\n会议原则同意改造方案.县水务局负责组织实施.\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于安置小区建设资金'],
      ['二', '关于污水处理厂提标改造']
    ])
    expect(record.items[1].assignments.map((each) => [each.owner, each.task])).toEqual([['县水务局', '负责组织实施']])
  })

  it('should do so under an indent of no-break spaces', () => {
    const text =
      '2026年4月16日,县长孟庆林主持召开县长办公会议.\n' +
      '\u00a0\u00a0一.关于安置小区建设资金\n\u00a0\u00a0会议同意由县财政局统筹解决.县住建局要加快建设.\n' +
      '\u00a0\u00a0二.关于污水处理厂提标改造\n\u00a0\u00a0会议原则同意改造方案.县水务局负责组织实施.\n'
    expect(parseMinutes(text).items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于安置小区建设资金'],
      ['二', '关于污水处理厂提标改造']
    ])
  })
})

describe('lead14: a label dates a counted stretch in a traditional copy too', () => {
  it('should take the label’s date over 10個工作日內, as over 10个工作日内', () => {
    const simplified = '2025年4月18日，副市长韩振东主持召开专题会议。\n一、关于资金保障\n市财政局要抓紧，10个工作日内拿出资金方案（责任单位：市财政局；完成时限：5月6日前）。\n'
    const traditional = '2025年4月18日，副市長韓振東主持召開專題會議。\n一、關於資金保障\n市財政局要抓緊，10個工作日內拿出資金方案（責任單位：市財政局；完成時限：5月6日前）。\n'
    const due = (text: string) => parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due])
    expect(due(simplified)).toEqual([['市财政局', '5月6日前']])
    expect(due(traditional)).toEqual([['市財政局', '5月6日前']])
  })
})

describe('lead14: a post by its title alone presents the matter in a trailer', () => {
  it('should read 汇报人:学院人事秘书 and 汇报人:财务总监 as posts, and still not a bare deputy', () => {
    const text =
      '2025年5月6日,学院召开党政联席会议。\n' +
      '一、审议职称推荐名单(汇报人:学院人事秘书)\n会议同意。\n' +
      '二、审议资金计划(汇报人:财务总监)\n会议同意。\n' +
      '三、审议招生计划(汇报人:副院长)\n会议同意。\n'
    expect(parseMinutes(text).items.map((item) => item.reporters)).toEqual([['学院人事秘书'], ['财务总监'], []])
  })
})
