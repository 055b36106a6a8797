import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions (text) and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const partyGroup = '中共桐岭县水利局党组会议纪要\n2026年3月2日，局党组书记、局长韦长河主持召开局党组会议。会议纪要如下：\n'

describe('who leads a study after 由 at a clause start (blind19-h48 r3)', () => {
  it('should read the titled person of `…精神，由副局长X领学` as the reporter, by name', () => {
    const text = `${partyGroup}一、传达学习有关精神\n会议传达学习了全省水利工作会议精神，由局党组成员、副局长苗立新领学。\n`
    expect(read(text)[0].reporters).toEqual(['苗立新'])
  })

  it('should read a name with 同志 the minutes give elsewhere too', () => {
    const text = `${partyGroup}一、传达学习有关精神\n会议学习了新修订的河道管理条例，由苗立新同志领学。\n出席：韦长河　苗立新\n`
    expect(read(text)[0].reporters).toEqual(['苗立新'])
  })

  it('should still read `由X负责` as a task, not a report', () => {
    const text = `${partyGroup}一、关于河道清淤\n会议同意实施城区河道清淤，由局河湖科负责。\n`
    expect(read(text)[0].reporters).toEqual([])
  })
})

describe('a sitting of a congress session (blind19-h48 r4)', () => {
  const lead = (clause: string) => `临川市人大常委会会议闭幕\n\n　　${clause}市人大常委会主任解文海主持会议。\n　　会议表决通过了有关人事任免事项。\n`

  it('should name the session, not its sitting, in `X第N次会议在…举行第二次全体会议`', () => {
    const {meeting} = analyze(lead('6月27日，市十五届人大常委会第十九次会议在市人大会议中心举行第二次全体会议。')).record
    expect(meeting.name).toBe('市十五届人大常委会第十九次会议')
  })

  it('should do so with no place between the session and 举行', () => {
    const {meeting} = analyze(lead('6月26日，市十五届人大常委会第十九次会议举行第一次全体会议。')).record
    expect(meeting.name).toBe('市十五届人大常委会第十九次会议')
  })

  it('should keep a body’s own plenary meeting (`区政府召开第三次全体会议`)', () => {
    const {meeting} = analyze(lead('6月26日，区政府召开第三次全体会议。')).record
    expect(meeting.name).toBe('区政府第三次全体会议')
  })
})

describe('a consultative body’s 协商通过 opens a matter (blind19-h48 r5)', () => {
  it('should open an item at `会议协商通过了…` in minutes whose matters are paragraphs', () => {
    const text = '市政协召开主席会议\n\n　　3月4日，市政协主席滕远山主持召开十届市政协第八次主席会议。\n　　会议审议通过了市政协2026年度协商计划，要求办公室做好组织协调。\n　　会议协商通过了关于增补市政协委员的建议名单，同意提请常委会会议审议。\n'
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual([
      '会议审议通过了市政协2026年度协商计划，要求办公室做好组织协调',
      '会议协商通过了关于增补市政协委员的建议名单，同意提请常委会会议审议'
    ])
    expect(items[1].decisions).toEqual(['会议协商通过了关于增补市政协委员的建议名单', '同意提请常委会会议审议'])
  })
})

describe('a township committee’s member with a second title in a presenter label (blind19-h48 r6)', () => {
  const record = (label: string) => `枫岭乡党委会议记录\n\n会议时间：2026年4月7日\n主 持 人：乡党委书记 郜长林\n出席人员：郜长林、简文涛\n\n议题一：研究敬老院改造\n${label}\n议定事项：会议同意改造方案。\n`

  it('should read `汇报人：乡党委委员、副乡长 X` as the person, as without the space', () => {
    expect(read(record('汇报人：乡党委委员、副乡长 简文涛'))[0].reporters).toEqual(['简文涛'])
    expect(read(record('汇报人：乡党委委员、副乡长简文涛'))[0].reporters).toEqual(['简文涛'])
  })

  it('should keep the organ of `汇报人：乡党委委员 X`, with no second title', () => {
    expect(read(record('汇报人：乡党委委员 简文涛'))[0].reporters).toEqual(['乡党委'])
  })
})

describe('a council leader who heads the handling of motions (blind19-h48 r7)', () => {
  const directors = (body: string) => `县人大常委会主任会议纪要\n\n2026年6月9日，县人大常委会主任祁东升主持召开第十二次主任会议。副主任桂文涛、苗佳出席会议。\n\n一、关于建议督办\n${body}\n`

  it('should give each `副主任X领衔督办…` its own motions', () => {
    const text = directors('会议决定实行领衔督办，由副主任桂文涛领衔督办教育类建议，副主任苗佳领衔督办医疗类建议。')
    expect(read(text)[0].tasks).toEqual([
      ['桂文涛', '领衔督办教育类建议', null],
      ['苗佳', '领衔督办医疗类建议', null]
    ])
  })

  it('should read a clause opening with the titled leader too', () => {
    expect(read(directors('会议决定，副主任苗佳领衔督办医疗类建议。'))[0].tasks).toEqual([['苗佳', '领衔督办医疗类建议', null]])
  })

  it('should name no owner in `由主任会议成员领衔督办`', () => {
    expect(read(directors('会议同意由主任会议成员领衔督办重点建议。'))[0].tasks).toEqual([])
  })
})

describe('an outcome that takes up the work of both owners before it (blind19-h48 r7)', () => {
  it('should share `10月底前督办到位` after two leaders who each supervise', () => {
    const text = '县人大常委会主任会议纪要\n\n2026年6月9日，县人大常委会主任祁东升主持召开第十二次主任会议。副主任桂文涛、苗佳出席会议。\n\n一、关于建议督办\n会议决定，由副主任桂文涛领衔督办教育类建议，副主任苗佳领衔督办医疗类建议，10月底前督办到位。\n'
    expect(read(text)[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([
      ['桂文涛', '10月底前'],
      ['苗佳', '10月底前']
    ])
  })

  it('should keep an outcome that repeats only the last owner’s work to it', () => {
    const text = `${partyGroup}一、关于河道整治\n会议要求，局河湖科完成河道清理，局执法大队负责督促企业整改排污口，国庆节后15个工作日内整改到位。\n`
    expect(read(text)[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([
      ['局河湖科', null],
      ['局执法大队', '国庆节后15个工作日内']
    ])
  })
})

describe('a matter handed on to a body’s own department (blind19-h48 r8)', () => {
  const bureau = (body: string) => `${partyGroup}一、关于明年工作\n${body}\n`

  it('should read `…,交综合科汇总` as the department’s task, without 交', () => {
    expect(read(bureau('会议要求，各科室要12月15日前提出明年工作思路，交综合科汇总。'))[0].tasks).toEqual([['综合科', '汇总', null]])
  })

  it('should not read 交通, 交流 or 交警 as handing on', () => {
    expect(read(bureau('会议要求，交通运输科要做好节日运输保障。'))[0].tasks.map(([owner]) => owner)).toEqual(['交通运输科'])
    expect(read(bureau('会议同意交流轮岗，由人事科办理手续。'))[0].tasks.map(([owner]) => owner)).toEqual(['人事科'])
  })
})

describe('an entrusted chair whose entrusting clause ends in a comma (blind19-h48 r9)', () => {
  const lead = (sentence: string) => `凤岭高新区管委会主任办公会议纪要\n\n${sentence}\n\n一、关于企业服务\n会议同意该制度。\n`

  it('should read X of `X受主任Y委托，主持召开…` as the chair', () => {
    const {chair} = analyze(lead('2026年5月6日上午，管委会常务副主任骆永康受主任甄立新委托，主持召开2026年第9次主任办公会议。')).record.meeting
    expect(chair?.name).toBe('骆永康')
  })

  it('should still read it before a place (`X受…委托，在…主持召开`)', () => {
    const {chair} = analyze(lead('2026年5月6日上午，管委会常务副主任骆永康受主任甄立新委托，在三楼会议室主持召开主任办公会议。')).record.meeting
    expect(chair?.name).toBe('骆永康')
  })
})

describe('who briefs the meeting, in a trailer (blind19-h48 r12)', () => {
  const bureau = (trailer: string) => `${partyGroup}一、关于作风建设\n会议通报了2起违反工作纪律问题的处理情况${trailer}。会议要求，各股室要引以为戒。\n`

  it('should read `（通报人：X室主任 Y）` as the unit, as `（汇报人：…）` is', () => {
    expect(read(bureau('（通报人：纪检监察室主任 顾晓岚）'))[0].reporters).toEqual(['纪检监察室'])
  })

  it('should read `（传达人：副局长 Y）` as the person', () => {
    expect(read(bureau('（传达人：副局长 顾晓岚）'))[0].reporters).toEqual(['顾晓岚'])
  })

  it('should not read what a `通报：` label opens as who presents', () => {
    const text = `${partyGroup}一、关于安全生产\n情况通报：县应急管理局对3家企业立案查处。会议要求加强监管。\n`
    expect(read(text)[0].reporters).toEqual([])
  })
})

describe('a pictograph before each matter of a phone post (blind19-h48 r13)', () => {
  const post = (bullet: string) =>
    `区人大常委会召开主任会议\n原创 江城人大 2026年04月20日 18:02\n\n4月20日，区人大常委会主任邬明远主持召开第十二次主任会议。\n\n${bullet} 会议听取了区人大常委会教科文卫工委关于义务教育情况的调研报告，同意提请常委会会议审议。\n\n${bullet} 会议研究了常委会第九次会议议程草案，决定第九次会议于5月上旬召开。\n`

  it('should open a matter at each `📌 会议…` paragraph, as at `◆ 会议…`', () => {
    for (const bullet of ['📌', '🔹', '🔸', '👉']) {
      const items = read(post(bullet))
      expect(items.map((item) => item.decisions)).toEqual([['同意提请常委会会议审议'], ['决定第九次会议于5月上旬召开']])
      expect(items[0].heading.startsWith('会议听取了')).toBe(true)
    }
  })

  it('should keep a pictograph inside a line as it is', () => {
    const {record} = analyze(post('◆').replace('调研报告', '调研报告📌'))
    expect(record.items[0].heading).toContain('调研报告📌')
  })
})

describe('one topic label over a record of who said what (blind19-h48 r14)', () => {
  it('should open the one matter at `议题：X`, the list under `会议决定：` its points', () => {
    const text = '青石镇党委会议记录\n\n时间：2026年1月6日上午\n主持人：镇党委书记 贺长青\n参会人员：贺长青、柏文、汤小宁\n\n议题：研究春节前安全生产工作\n\n贺长青：请柏文同志先说说排查情况。\n柏文：全镇已排查企业46家。\n会议决定：\n1.由柏文负责组织节前安全检查，1月20日前完成。\n2.由汤小宁负责节日值班安排。\n'
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual(['研究春节前安全生产工作'])
    expect(items[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([
      ['柏文', '1月20日前'],
      ['汤小宁', null]
    ])
    expect(analyze(text).record.items[0].points).toHaveLength(2)
  })
})

describe('what one member says in a record of who said what (blind19-h48 r14)', () => {
  const record = (line: string) => `青石镇党委会议记录\n\n时间：2026年1月6日上午\n主持人：镇党委书记 贺长青\n参会人员：贺长青、柏文、汤小宁\n\n议题：研究春节前安全生产工作\n\n柏文：建议对烟花爆竹经营点开展专项检查。\n${line}\n会议决定：\n1.同意开展烟花爆竹经营点专项检查。\n`

  it('should read no decision of the meeting in `贺长青：同意柏文同志的意见。`', () => {
    expect(read(record('贺长青：同意柏文同志的意见。'))[0].decisions).toEqual(['同意开展烟花爆竹经营点专项检查。'])
  })

  it('should still read a decision after a label that is no name (`形成意见：同意…`)', () => {
    const text = '红星社区居委会会议记录\n会议时间：2026年2月3日\n主持人：居委会主任 孔令梅\n一、关于元宵活动\n形成意见：同意举办元宵灯谜会。\n'
    expect(read(text)[0].decisions).toEqual(['同意举办元宵灯谜会'])
  })
})

describe('a refusal told as a draft not passed (blind19-h48 r15)', () => {
  it('should read `未予通过` as the meeting’s outcome', () => {
    const text = `${partyGroup}一、关于食堂经营\n会议讨论了局机关食堂委托经营方案，认为考核条款不足，未予通过，请办公室完善后重新提交。\n`
    expect(analyze(text).record.items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([['未予通过', '未予通过']])
  })
})
