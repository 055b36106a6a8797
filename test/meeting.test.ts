import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createDoc} from '../src/doc.js'
import {extractMeeting, readLead} from '../src/extract/meeting.js'
import type {Message} from '../src/message.js'
import {parse} from '../src/parse/index.js'
import {parseMinutes} from '../src/minutes.js'
import type {Meeting, Person} from '../src/record.js'
import {expectSlicesBack} from './meeting.slices.js'

/** Extract the meeting of a text and check that every positioned value slices back. */
function meetingOf(text: string, messages: Message[] = []): Meeting {
  const meeting = extractMeeting(parse(text), text, {messages})
  expectSlicesBack(meeting, text)
  return meeting
}

/** A person without its position, for whole-value assertions. */
function who(person: Person | null) {
  if (!person) return null
  const {position, ...rest} = person
  void position
  return rest
}

describe('extractMeeting on the sample', () => {
  const text = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
  const meeting = meetingOf(text)

  it('should read name, session, date, time of day and chair', () => {
    expect(meeting.name).toBe('市政府第63次常务会议')
    expect(meeting.session).toBe(63)
    expect(meeting.date).toBe('2021-11-01')
    expect(meeting.timeOfDay).toBe('上午')
    expect(who(meeting.chair)).toEqual({name: '胡卫江', title: '代市长', unit: null, note: null})
    expect(meeting.title).toBeNull()
  })

  it('should list the five matters of the lead paragraph', () => {
    expect(meeting.agenda).toHaveLength(5)
    expect(meeting.agenda[0]).toBe('传达学习《许昆林同志在省政府季度工作会议上的讲话》')
    expect(meeting.agenda[1].startsWith('审议《做好今冬明春全市电力保供工作若干措施》')).toBe(true)
    expect(meeting.agenda[4]).toBe('听取关于城厢镇开展城市更新工作的情况汇报')
  })

  it('should place the date on the date as written', () => {
    expect(meeting.positions.date).toEqual({start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 12, offset: 11}})
  })
})

describe('extractMeeting: the date of a lead run on after the issue date', () => {
  it('should take the second of two dates back to back, the one the lead tells', () => {
    // A web copy that lost its line breaks runs the issue date into the lead.
    const record = parseMinutes('县政府办公室 2024年4月8日2024年4月3日，县长周志强主持召开县政府第5次常务会议。现纪要如下：一、研究停车设施建设。会议同意。\n')
    expect(record.meeting.date).toBe('2024-04-03')
    expect(record.meeting.chair?.name).toBe('周志强')
  })
})

describe('extractMeeting: names and sessions', () => {
  it('should take the name after 召开 and the session in Arabic or Chinese numbers', () => {
    const meeting = meetingOf('2024年3月5日上午，王明远市长主持召开市政府第12次常务会议，研究有关事项。\n一、审议《清河市文旅发展三年行动计划》')
    expect(meeting.name).toBe('市政府第12次常务会议')
    expect(meeting.session).toBe(12)
    const chinese = meetingOf('2024年3月5日，县政府召开十二届三十一次政府常务会议。\n会议审议了有关事项。')
    expect(chinese.name).toBe('十二届三十一次政府常务会议')
    expect(chinese.session).toBe(31)
  })

  it('should take the name before 于 … 召开', () => {
    const meeting = meetingOf('清河市第十七届人大常委会第八次主任会议于2024年4月2日在常委会会议室召开。\n会议听取了有关汇报。')
    expect(meeting.name).toBe('清河市第十七届人大常委会第八次主任会议')
    expect(meeting.session).toBe(8)
    expect(meeting.date).toBe('2024-04-02')
  })

  it('should take the name from the title when the lead has none, without 纪要', () => {
    const meeting = meetingOf('清河市人民政府第15次常务会议纪要\n2024年6月3日上午，王明远市长主持召开会议，研究有关事项。\n一、审议《方案》')
    expect(meeting.title).toBe('清河市人民政府第15次常务会议纪要')
    expect(meeting.name).toBe('清河市人民政府第15次常务会议')
    expect(meeting.session).toBe(15)
  })

  it('should prefer a headline that numbers the unnumbered name of the lead', () => {
    const meeting = meetingOf('学校召开2024年第3次校长办公会议\n发布时间：2024-03-12\n3月11日，周立新主持召开校长办公会议。\n会议研究了有关事项。')
    expect(meeting.title).toBe('学校召开2024年第3次校长办公会议')
    expect(meeting.name).toBe('2024年第3次校长办公会议')
    expect(meeting.session).toBe(3)
    expect(meeting.date).toBe('2024-03-11')
  })

  it('should keep the lead\'s name where the title adds only the organisation that holds the meeting', () => {
    const hospital = meetingOf('市中心医院党委会议纪要\n9月2日，党委书记赵启明主持召开党委会议。\n一、研究干部事项')
    expect(hospital.title).toBe('市中心医院党委会议纪要')
    expect(hospital.name).toBe('党委会议')
    // The organisation's last character begins the lead's name: `局` of `局党组会议`.
    const bureau = meetingOf('县水利局党组会议纪要\n5月8日，局党组书记钱立主持召开局党组会议。\n一、研究防汛工作')
    expect(bureau.name).toBe('局党组会议')
    // A convening body belongs to the name, as `X召开专题会议` in a lead would give it.
    const topic = meetingOf('县政府专题会议纪要\n5月8日，副县长钱立主持召开专题会议。\n一、研究防汛工作')
    expect(topic.name).toBe('县政府专题会议')
    // The matter a title says the meeting was about is no part of its name.
    const about = meetingOf('关于城区防汛工作的专题会议纪要\n5月8日，副县长钱立主持召开专题会议。\n一、研究防汛工作')
    expect(about.name).toBe('专题会议')
  })

  it('should name a board\'s meeting from its term on, without the company', () => {
    const text = '东岭能源股份有限公司第二届董事会第六次会议纪要\n东岭能源股份有限公司第二届董事会第六次会议于2025年3月4日召开，会议由董事长孔维主持。\n一、审议通过《议案》'
    const meeting = meetingOf(text)
    expect(meeting.name).toBe('第二届董事会第六次会议')
    expect(meeting.chair?.name).toBe('孔维')
    // The company with its short name in brackets, as a board's notices write it.
    const notice = '东岭能源股份有限公司（以下简称“公司”）第二届董事会第六次会议于2025年3月4日召开，会议由董事长孔维主持。\n一、审议通过《议案》'
    expect(meetingOf(notice).name).toBe('第二届董事会第六次会议')
    // A company's meeting without a term keeps its name as written.
    expect(meetingOf('东岭能源有限公司总经理办公会议纪要\n3月4日，总经理孔维主持召开总经理办公会议。\n一、审议《议案》').name).toBe('总经理办公会议')
  })

  it('should join a title split over two lines, and name the meeting from its own line', () => {
    const meeting = meetingOf('清河市人民政府\n第15次常务会议纪要\n2024年6月3日上午，王明远市长主持召开会议。\n一、审议《方案》')
    expect(meeting.title).toBe('清河市人民政府\n第15次常务会议纪要')
    expect(meeting.name).toBe('第15次常务会议')
  })
})

describe('extractMeeting: dates', () => {
  it('should read a date written in Chinese numerals', () => {
    expect(meetingOf('二〇二四年三月五日下午，县长刘长青主持召开县政府常务会议。\n会议研究了有关事项。').date).toBe('2024-03-05')
  })

  it('should read the time of day after a weekday', () => {
    const meeting = meetingOf('2024年3月5日（星期二）下午，区长方明主持召开区政府常务会议。\n会议研究了有关事项。')
    expect(meeting.date).toBe('2024-03-05')
    expect(meeting.timeOfDay).toBe('下午')
  })

  it('should take the year from the meeting name', () => {
    const meeting = meetingOf('3月5日下午，方明主持召开东湖区人民政府2024年第6次常务会议。\n会议研究了有关事项。')
    expect(meeting.date).toBe('2024-03-05')
    expect(meeting.positions.date && meeting.positions.date.start.offset).toBe(0)
  })

  it('should take the year of an academic year from the month', () => {
    expect(meetingOf('9月8日，学校召开2024-2025学年度第一次校长办公会。\n会议研究了有关事项。').date).toBe('2024-09-08')
    expect(meetingOf('3月8日，学校召开2024-2025学年度第九次校长办公会。\n会议研究了有关事项。').date).toBe('2025-03-08')
  })

  it('should take the year from a date line, the year before when the day comes later', () => {
    expect(meetingOf('发布日期：2024-03-08\n3月5日上午，区长方明主持召开区政府常务会议。\n会议研究了有关事项。').date).toBe('2024-03-05')
    expect(meetingOf('发布时间：2024-01-05\n12月28日，区长方明主持召开区政府常务会议。\n会议研究了有关事项。').date).toBe('2023-12-28')
    expect(meetingOf('〔2024〕9号\n清河市人民政府办公室 二〇二四年五月二十日\n5月14日下午，市政府召开市长办公会议。\n会议研究了有关事项。').date).toBe('2024-05-14')
  })

  it('should take the year from the document or issue number when no date line gives one', () => {
    expect(meetingOf('县政府常务会议纪要\n〔2024〕5号\n3月5日上午，县长王明主持召开县政府常务会议。\n会议研究了有关事项。').date).toBe('2024-03-05')
    expect(meetingOf('院长办公会议纪要\n（2023年第9期）\n9月12日，院长李华主持召开院长办公会议。\n会议研究了有关事项。').date).toBe('2023-09-12')
    // A full date line still comes first: it also tells the year before.
    expect(meetingOf('〔2025〕1号\n发布日期：2025-01-03\n12月29日，区长方明主持召开区政府常务会议。\n会议研究了有关事项。').date).toBe('2024-12-29')
  })

  it('should take the meeting date, not the date a notice was sent', () => {
    const meeting = meetingOf('公司第二届董事会第五次会议通知于2024年4月1日以邮件方式发出，会议于2024年4月10日以现场方式召开。会议由董事长吴建华先生主持。')
    expect(meeting.date).toBe('2024-04-10')
    expect(who(meeting.chair)).toEqual({name: '吴建华', title: '董事长', unit: null, note: null})
  })

  it('should give null and a no-date warning when the text does not tell the year', () => {
    const messages: Message[] = []
    const meeting = meetingOf('6月3日下午，区长方明主持召开区政府常务会议。\n会议研究了有关事项。', messages)
    expect(meeting.date).toBeNull()
    expect(meeting.positions.date).toBeNull()
    expect(messages.map((message) => message.ruleId)).toEqual(['no-date'])
    expect(messages[0].place.start.offset).toBe(0)
  })

  it('should take a date line under the title when the lead has no date', () => {
    expect(meetingOf('清河市人民政府第15次常务会议纪要\n（2024年6月3日）\n王明远市长主持召开市政府第15次常务会议。\n一、审议《方案》').date).toBe('2024-06-03')
    expect(meetingOf('东湖学院党政联席会议纪要（2024年6月3日）\n院长林海主持召开会议。\n一、审议《方案》').date).toBe('2024-06-03')
  })

  it('should read labels spaced to align, and keep the manner out of the place', () => {
    const meeting = meetingOf('清河市防汛专题会议纪要\n会议时间：2024年1月8日下午\n主 持 人：王明远\n记　　录：孙小燕\n一、关于防汛')
    expect(who(meeting.chair)).toEqual({name: '王明远', title: null, unit: null, note: null})
    expect(meeting.recorder?.name).toBe('孙小燕')
    expect(meeting.date).toBe('2024-01-08')
    expect(meetingOf('2024年1月8日，公司在总部会议室以现场结合通讯方式召开第三届董事会第五次会议。').location).toBe('总部会议室')
  })

  it('should read labelled header lines', () => {
    const meeting = meetingOf('清河市城建专题会议纪要\n时间：2024年5月6日下午\n地点：市民中心第三会议室\n主持人：副市长李建国\n一、关于城市更新项目')
    expect(meeting.date).toBe('2024-05-06')
    expect(meeting.timeOfDay).toBe('下午')
    expect(meeting.location).toBe('市民中心第三会议室')
    expect(who(meeting.chair)).toEqual({name: '李建国', title: '副市长', unit: null, note: null})
    expect(meeting.name).toBe('清河市城建专题会议')
  })
})

describe('extractMeeting: chairs', () => {
  const chairOf = (lead: string) => who(meetingOf(`${lead}\n会议研究了有关事项。`).chair)

  it('should split a title after or before the name', () => {
    expect(chairOf('2024年3月5日，方明区长主持召开区政府常务会议。')).toEqual({name: '方明', title: '区长', unit: null, note: null})
    expect(chairOf('2024年3月5日，区长于海平主持召开区政府常务会议。')).toEqual({name: '于海平', title: '区长', unit: null, note: null})
  })

  it('should cut the place after the chair and keep joined titles and units', () => {
    expect(chairOf('2024年3月5日，区委常委、副区长方明在区政府三楼会议室主持召开区政府常务会议。')).toEqual({
      name: '方明',
      title: '区委常委、副区长',
      unit: null,
      note: null
    })
    expect(chairOf('4月2日上午，市人大常委会主任宋文清主持召开主任会议。')).toEqual({name: '宋文清', title: '主任', unit: '市人大常委会', note: null})
  })

  it('should read 会议由X主持 and a chair named after the attendee sentence', () => {
    expect(chairOf('2024年3月5日，学校召开校长办公会。会议由陈光校长主持，其他班子成员参加。')).toEqual({name: '陈光', title: '校长', unit: null, note: null})
    expect(chairOf('3月5日，市政府在市民中心会议室召开2024年第9次市长办公会议。参加会议的有各副市长及有关部门负责人。代市长李建国主持会议。')).toEqual({
      name: '李建国',
      title: '代市长',
      unit: null,
      note: null
    })
  })

  it('should keep traditional characters and converter residue as written', () => {
    const meeting = meetingOf('2024年3月5日上午，區(qū)長韓立同志在區(qū)政府會議室主持召開區(qū)政府第9次常務會議。')
    expect(who(meeting.chair)).toEqual({name: '韓立', title: '區(qū)長', unit: null, note: null})
    expect(meeting.name).toBe('區(qū)政府第9次常務會議')
    expect(meeting.location).toBe('區(qū)政府會議室')
  })

  it('should read a chair in a paragraph of its own and a title in brackets', () => {
    const meeting = meetingOf('2024年3月5日，学校召开第6次校长办公会。\n主持人：陈光（校长）\n会议研究了有关事项。')
    expect(who(meeting.chair)).toEqual({name: '陈光', title: '校长', unit: null, note: null})
    const own = meetingOf('2024年3月5日，学校召开第6次校长办公会。\n会议由副校长林海主持，班子成员周立、李春出席。\n会议研究了有关事项。')
    const opening = meetingOf('2024年3月5日，学校召开第6次校长办公会。\n一、会议由副校长林海主持，研究了招生工作。')
    expect(who(opening.chair)).toEqual({name: '林海', title: '副校长', unit: null, note: null})
    expect(who(own.chair)).toEqual({name: '林海', title: '副校长', unit: null, note: null})
    expect(own.attendees.map((person) => person.name)).toEqual(['周立', '李春'])
  })

  it('should take the first of two chairs who chair together', () => {
    expect(chairOf('2024年1月8日，王明远市长、周立副市长共同主持召开联席会议。')).toEqual({name: '王明远', title: '市长', unit: null, note: null})
  })

  it('should give a chair named by title alone, and none when no one chairs', () => {
    expect(chairOf('2024年3月5日，区长主持召开区政府常务会议。')).toEqual({name: null, title: '区长', unit: null, note: null})
    expect(chairOf('2024年3月5日，市政府召开第9次常务会议。')).toBeNull()
  })
})

describe('extractMeeting: attendance', () => {
  it('should read attendance in running text with reasons', () => {
    const meeting = meetingOf(
      '2024年3月5日，区长方明主持召开区政府第9次常务会议，副区长周立、李春出席会议，区财政局主要负责同志列席会议，副区长赵红梅因公缺席。\n会议研究了有关事项。'
    )
    expect(meeting.attendees.map(who)).toEqual([
      {name: '周立', title: '副区长', unit: null, note: null},
      {name: '李春', title: '副区长', unit: null, note: null}
    ])
    expect(meeting.observers.map(who)).toEqual([{name: null, title: null, unit: '区财政局主要负责同志', note: null}])
    expect(meeting.absentees.map(who)).toEqual([{name: '赵红梅', title: '副区长', unit: null, note: '因公'}])
  })

  it('should read several labels on one line, parted by ；', () => {
    const meeting = meetingOf('2024年3月5日，区长方明主持召开区政府第9次常务会议。\n出席：方明、周立；列席：区财政局；请假：李春（出差）；记录：赵红\n一、研究有关事项\n会议同意。')
    expect([meeting.attendees, meeting.observers, meeting.absentees].map((people) => people.map(who))).toEqual([
      [
        {name: '方明', title: null, unit: null, note: null},
        {name: '周立', title: null, unit: null, note: null}
      ],
      [{name: null, title: null, unit: '区财政局', note: null}],
      [{name: '李春', title: null, unit: null, note: '出差'}]
    ])
    expect(who(meeting.recorder)).toEqual({name: '赵红', title: null, unit: null, note: null})
  })

  it('should read labelled blocks anywhere, padded names and reasons', () => {
    const text = [
      '2024年3月5日，区长方明主持召开区政府第9次常务会议。',
      '一、审议《东湖区老旧小区改造方案》',
      '会议原则同意该方案。',
      '出席：方明　周立　李　春',
      '列席：区发改局、区财政局',
      '请假：赵红梅（出差）',
      '记录：孙小燕'
    ].join('\n')
    const meeting = meetingOf(text)
    expect(meeting.attendees.map((person) => person.name)).toEqual(['方明', '周立', '李　春'])
    expect(meeting.observers.map(who)).toEqual([
      {name: null, title: null, unit: '区发改局', note: null},
      {name: null, title: null, unit: '区财政局', note: null}
    ])
    expect(meeting.absentees.map(who)).toEqual([{name: '赵红梅', title: null, unit: null, note: '出差'}])
    expect(who(meeting.recorder)).toEqual({name: '孙小燕', title: null, unit: null, note: null})
  })

  it('should run an attendee list back over commas, but not into the lead clause', () => {
    const meeting = meetingOf('2024年1月8日，市长王明远主持召开市政府第20次常务会议，副市长周立、李春，秘书长孙小燕出席会议，市水利局、市应急局等单位负责同志列席会议。\n会议听取了有关汇报。')
    expect(meeting.attendees.map(who)).toEqual([
      {name: '周立', title: '副市长', unit: null, note: null},
      {name: '李春', title: '副市长', unit: null, note: null},
      {name: '孙小燕', title: '秘书长', unit: null, note: null}
    ])
    expect(meeting.observers.map(who)).toEqual([
      {name: null, title: null, unit: '市水利局', note: null},
      {name: null, title: null, unit: '市应急局等单位负责同志', note: null}
    ])
  })

  it('should read a list after 参加会议的有 to the end of its sentence', () => {
    const meeting = meetingOf('3月5日，市政府召开2024年第9次市长办公会议。参加会议的有副市长周立、李春，市发改委、市财政局负责人。代市长李建国主持会议。\n会议听取了有关汇报。')
    expect(meeting.attendees.map(who)).toEqual([
      {name: '周立', title: '副市长', unit: null, note: null},
      {name: '李春', title: '副市长', unit: null, note: null},
      {name: null, title: null, unit: '市发改委', note: null},
      {name: null, title: null, unit: '市财政局负责人', note: null}
    ])
    expect(meeting.chair?.name).toBe('李建国')
  })

  it('should read a list that wraps onto indented lines or lines of names', () => {
    const text = '2024年3月5日，区政府召开第9次常务会议。\n会议审议通过了《方案》。\n出席：方明　周立　李春\n　　　赵红梅　孙小燕\n列席：区发改局\n　　　区财政局\n记录：王强\n会议要求抓好落实。'
    const meeting = meetingOf(text)
    expect(meeting.attendees.map((person) => person.name)).toEqual(['方明', '周立', '李春', '赵红梅', '孙小燕'])
    expect(meeting.observers.map((person) => person.unit)).toEqual(['区发改局', '区财政局'])
    expect(meeting.recorder?.name).toBe('王强')
  })

  it('should read the lines after a label that stands alone', () => {
    const text = '2024年3月5日，区政府召开第9次常务会议。\n会议审议通过了《方案》。\n列席会议人员：\n区政府有关部门\n\n区融媒体中心记者'
    expect(meetingOf(text).observers.map(who)).toEqual([
      {name: null, title: null, unit: '区政府有关部门', note: null},
      {name: null, title: null, unit: '区融媒体中心记者', note: null}
    ])
  })

  it('should not take a body sentence about attendance as attendance', () => {
    const meeting = meetingOf('2024年3月5日，区长方明主持召开区政府常务会议。\n一、关于安全生产\n会议要求各镇主要负责同志出席全区安全生产大会。')
    expect(meeting.attendees).toEqual([])
  })
})

describe('readLead', () => {
  it('should read location and agenda of a lead paragraph', () => {
    const text = '2024年3月5日上午，王明远市长在市民中心会议室主持召开市政府第12次常务会议，专题研究城市更新工作，审议《清河市文旅发展三年行动计划》《清河市养老服务条例(草案)》，听取关于一季度经济运行情况的汇报，现纪要如下：'
    const doc = createDoc(text)
    const lead = readLead(doc, 0, doc.norm.length)
    expect(lead.location?.value).toBe('市民中心会议室')
    expect(lead.agenda.map((entry) => entry.value)).toEqual([
      '研究城市更新工作',
      '审议《清河市文旅发展三年行动计划》《清河市养老服务条例(草案)》',
      '听取关于一季度经济运行情况的汇报'
    ])
    expect(lead.timeOfDay?.value).toBe('上午')
  })

  it('should find no name in a lead that does not name the meeting', () => {
    const doc = createDoc('6月3日，会议以通讯方式召开。')
    expect(readLead(doc, 0, doc.norm.length).name).toBeNull()
  })
})

describe('extractMeeting on any text', () => {
  const pieces = ['2024年3月5日', '3月5日', '上午', '，', '。', '\n', '区长', '方明', '主持', '召开', '区政府', '第9次', '常务会议', '纪要', '出席', '列席：', '因公', '缺席', '、', '在', '会议室', '由', '審議', '區(qū)', '（', '）', ' ', '一、', '会议听取了', '参加会议的有']

  it('should never throw, and slice every value back', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        meetingOf(parts.join(''))
      }),
      {numRuns: 300}
    )
  })
})

describe('a title line followed by other lines', () => {
  it('should not join a line after the title to it', () => {
    const record = parseMinutes('会议纪要\n!')
    expect(record.meeting.title).toBe('会议纪要')
    expect(record.meeting.positions.title?.start.offset).toBe(0)
  })
})
