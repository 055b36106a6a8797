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

/** A record of who said what, its header fields, then `body` under one topic label. */
const record = (body: string) =>
  `柏树湾乡综合执法专班第5次例会记录\n\n时间：2026年6月2日上午\n主持人：副乡长 岑向东\n参加人员：岑向东、骆明华、池秀云、乡执法队联络员\n\n议题：汛期河道违建清理\n${body}`

describe('the record of a meeting named in 会 (blind20-h55 r1)', () => {
  it('should take `…专班第5次例会记录` as the title and name the meeting without 记录', () => {
    const {meeting} = analyze(record('岑向东：今天只议一件事。\n')).record
    expect(meeting.title).toBe('柏树湾乡综合执法专班第5次例会记录')
    expect(meeting.name).toBe('柏树湾乡综合执法专班第5次例会')
  })

  it('should name a bureau’s `…局务会记录` the same way', () => {
    const {meeting} = analyze('县林业局局务会记录\n\n时间：2026年6月2日\n主持人：局长 蒙海波\n\n议题：森林防火\n蒙海波：请各股室做好准备。\n').record
    expect(meeting.name).toBe('县林业局局务会')
  })
})

describe('one the chair calls on presents, in a record of who said what (blind20-h55 r1, blind19-h48 r14)', () => {
  it('should read `先请X同志汇报…` and `再请Y同志汇报…` as the reporters', () => {
    const items = read(record('岑向东：先请骆明华同志汇报排查情况。\n骆明华：沿河共排查违建23处。\n岑向东：再请池秀云同志汇报拆除方案。\n池秀云：拟分两批拆除。\n'))
    expect(items[0].reporters).toEqual(['骆明华', '池秀云'])
  })

  it('should read a unit with its officer as the unit (`请乡规建办X同志汇报`)', () => {
    const items = read(record('岑向东：首先请乡规建办骆明华同志汇报排查情况。\n骆明华：沿河共排查违建23处。\n'))
    expect(items[0].reporters).toEqual(['乡规建办'])
  })

  it('should read one called on to lead a study by name (`请X同志领学…`)', () => {
    const items = read(record('岑向东：请池秀云同志领学防汛条例有关条款。\n池秀云：（领学，略）\n'))
    expect(items[0].reporters).toEqual(['池秀云'])
  })

  it('should not read `请X…汇报` the meeting asks for, outside a member’s line and with no word of turns', () => {
    const text = '乡党委会议纪要\n\n　　2026年6月2日，乡党委书记岑向东主持召开乡党委会议。会议纪要如下：\n　　一、关于河道违建清理\n　　会议要求，请乡规建办于6月底前汇报清理进展。\n'
    expect(read(text)[0].reporters).toEqual([])
  })

  it('should not read a plenary (`县委全会对…作了部署`) as a unit with a person named 全会', () => {
    const items = read(record('岑向东：县委全会对汛期工作作了部署，我们要抓好落实。\n'))
    expect(items[0].reporters).toEqual([])
  })
})

describe('a record’s `决议：` states what the meeting resolved (blind20-h55 r1)', () => {
  it('should read `决议：实行…` as a decision, up to the owner’s clause', () => {
    const items = read(record('骆明华：建议分片包干。\n决议：实行乡干部分片包干责任制，由骆明华同志负责总协调。\n'))
    expect(items[0].decisions).toEqual(['决议：实行乡干部分片包干责任制'])
    expect(items[0].tasks).toEqual([['骆明华', '负责总协调', null]])
  })

  it('should not read a draft named `决议草案` as one', () => {
    const items = read(record('骆明华：决议草案已送各位审阅。\n'))
    expect(items[0].decisions).toEqual([])
  })
})

describe('a decision that opens with the time of a stretch of work (blind20-h55 r1, blind19-h48 r15)', () => {
  const minutes = (body: string) => `县审计局党组会议纪要\n\n　　2026年6月2日，局党组书记、局长葛长庚主持召开局党组会议。会议纪要如下：\n　　一、关于专项审计\n　　${body}\n`

  it('should run `会议决定，即日起至年底，由X牵头…` on to the owner’s work, which takes `至年底`', () => {
    const [item] = read(minutes('会议决定，即日起至年底，由经责审计股牵头开展村级财务专项审计。'))
    expect(item.decisions).toEqual(['会议决定，即日起至年底，由经责审计股牵头开展村级财务专项审计'])
    expect(item.tasks).toEqual([['经责审计股', '牵头开展村级财务专项审计', '至年底']])
  })

  it('should do so after a start alone (`自7月1日起`)', () => {
    const [item] = read(minutes('会议决定，自7月1日起，由经责审计股牵头开展村级财务专项审计。'))
    expect(item.decisions).toEqual(['会议决定，自7月1日起，由经责审计股牵头开展村级财务专项审计'])
  })

  it('should read `即日起至年底` inside a task as `至年底`, as `即日起至4月底` is', () => {
    const [item] = read(minutes('会议要求，经责审计股要即日起至年底开展村级财务专项审计。'))
    expect(item.tasks).toEqual([['经责审计股', '要即日起至年底开展村级财务专项审计', '至年底']])
  })
})

describe('who relays after 由 at a clause start (blind20-h55 r3)', () => {
  const street = (body: string) => `街道工作例会纪要\n\n　　2026年4月13日，街道党工委书记宁海波主持召开工作例会。现纪要如下：\n　　一、传达学习\n　　${body}\n`

  it('should read `由党工委副书记X传达了…` as the person, by name', () => {
    expect(read(street('由党工委副书记、办事处主任柴映雪传达了区委全会精神。'))[0].reporters).toEqual(['柴映雪'])
  })

  it('should read a unit’s officer who leads a study as the unit (`县农业农村局局长X领学了…`, as blind10-h15 r2 settles)', () => {
    expect(read(street('会议传达学习了全省农村工作会议精神，县农业农村局局长霍金川领学了会议主要内容。'))[0].reporters).toEqual(['县农业农村局'])
  })
})

describe('a unit’s officer who speaks in a record of who said what (blind20-h55 r2)', () => {
  const zone = (lines: string) => `开发区管委会主任办公会议记录\n\n时间：2026年8月4日\n主持：管委会主任 莫远山\n\n一、关于园区道路改造\n${lines}`

  it('should read the unit of `建设局 X：…` and `招商中心Y：…` as reporters', () => {
    const items = read(zone('建设局 柴文涛：改造路段共2.4公里，需迁改管线三处。\n招商中心钮晓兰：沿线企业希望错峰施工。\n莫远山：同意分段施工。\n'))
    expect(items[0].reporters).toEqual(['建设局', '招商中心'])
  })

  it('should not read a member who speaks by name alone', () => {
    const items = read(zone('柴文涛：改造路段共2.4公里。\n莫远山：同意分段施工。\n'))
    expect(items[0].reporters).toEqual([])
  })
})

describe('a session to come run by a unit (blind20-h55 r2)', () => {
  it('should give `会议由办公室负责做好会务保障` to the office', () => {
    const text = '县人大常委会主任会议纪要\n\n　　2026年7月9日，主任骆承志主持召开主任会议。会议纪要如下：\n　　一、会议研究了常委会会议准备工作，决定会议于7月下旬召开。会议由办公室负责做好会务保障。\n'
    expect(read(text)[0].tasks).toEqual([['办公室', '负责做好会务保障', null]])
  })

  it('should still give no task in `会议由X传达了…`', () => {
    const text = '县人大常委会主任会议纪要\n\n　　2026年7月9日，主任骆承志主持召开主任会议。会议纪要如下：\n　　一、传达学习有关精神\n　　会议由副主任闵晓春传达了省人大常委会会议精神。\n'
    const [item] = read(text)
    expect(item.tasks).toEqual([])
    expect(item.reporters).toEqual(['闵晓春'])
  })
})

describe('members of the body’s own organs who speak (blind20-h55 r3)', () => {
  it('should not read `村委委员 X：` or `监委会主任X：` as a unit reporting', () => {
    const text = '青山坳村“两委”会议记录\n\n时间：2026年4月21日\n主持人：村党支部书记 龙德全\n\n议题一：合作社分红\n村委委员 吴雪梅：拟按股分红29万元。\n监委会主任石开元：分红方案要先公示。\n'
    expect(read(text)[0].reporters).toEqual([])
  })
})

describe('work set out after an agreement, then `由X负责` (blind20-h55 r3)', () => {
  const village = (body: string) => `青山坳村“两委”会议记录\n\n时间：2026年4月21日\n主持人：村党支部书记 龙德全\n参会人员：龙德全、村委委员 吴雪梅\n\n议题一：合作社分红\n${body}\n`

  it('should give X the work between the agreement and its clause', () => {
    expect(read(village('会议决定：同意分红方案，在村务公开栏公示7天后发放，由吴雪梅负责。'))[0].tasks).toEqual([['吴雪梅', '在村务公开栏公示7天后发放，由吴雪梅负责', null]])
  })

  it('should still give no work where the agreement alone comes before (`同意该方案，由X负责`)', () => {
    expect(read(village('会议同意该方案，由吴雪梅负责。'))[0].tasks).toEqual([['吴雪梅', '负责', null]])
  })
})

describe('a record whose members speak by title, and units that state their case (blind20-h55 r4)', () => {
  const hq = (lines: string) => `南湖片区建设指挥部第3次调度会会议记录\n\n时间：2026年9月10日\n主持人：指挥长 卜长青\n参加人员：副指挥长 滕立夫\n\n一、湖滨路工程\n${lines}`

  it('should name the meeting without 会议记录 after a meeting named in 会', () => {
    expect(analyze(hq('指挥长：抓紧推进。\n')).record.meeting.name).toBe('南湖片区建设指挥部第3次调度会')
  })

  it('should read no decision in the chief’s line by title (`指挥长：同意…`) or a titled member’s', () => {
    const items = read(hq('工程一部：路基完成九成。\n副指挥长滕立夫：同意先做围堰。\n指挥长：同意滕指挥长的意见。\n'))
    expect(items[0].decisions).toEqual([])
  })

  it('should read a unit before a colon among such speakers as a reporter, not a party by its role', () => {
    const items = read(hq('工程一部：路基完成九成。\n监理单位：桥梁方案需补充。\n指挥长：抓紧推进。\n'))
    expect(items[0].reporters).toEqual(['工程一部'])
  })

  it('should not read a label’s unit as one where no member speaks', () => {
    const text = '县水利局局务会议纪要\n\n　　2026年9月10日，局长卜长青主持召开局务会议。会议纪要如下：\n　　一、关于水库除险加固\n　　会议同意加固方案。\n　　工程建设股：负责组织实施。\n'
    expect(read(text)[0].reporters).toEqual([])
  })
})

describe('a department that opens a point of what the meeting agreed, inline (blind20-h55 r4)', () => {
  it('should give `…；三是投诉举报中心实行…` to the centre', () => {
    const text = '县市场监管局局务会议纪要\n\n　　2026年9月16日，局长韩佩玲主持召开局务会议。会议纪要如下：\n　　一、研究节日保障\n　　会议议定：一是成立督查组开展巡查；二是投诉举报中心实行节日期间24小时值班。\n'
    expect(read(text)[0].tasks).toEqual([['投诉举报中心', '实行节日期间24小时值班', null]])
  })
})

describe('a village assembly’s record (blind20-h55 r5)', () => {
  const assembly = (body: string) => `柳河村村民代表会议记录\n\n时间：2026年10月25日\n主持人：村党支部书记 韦国强\n\n会议议题：审议道路硬化项目\n${body}`

  it('should read no decision in numbered lines of representatives who speak (`1.代表X（三组）：同意…`)', () => {
    const items = read(assembly('一、代表发言\n1.代表蒙德胜（三组）：同意修路，筹资标准要按户公示。\n2.委员覃秀英：同意。\n'))
    expect(items[0].decisions).toEqual([])
  })

  it('should read the paragraph under a heading `会议决定` as what was decided', () => {
    const items = read(assembly('一、会议决定\n项目由村委会副主任农永福负责实施，村务监督委员会全程监督。\n'))
    expect(items[0].decisions).toEqual(['项目由村委会副主任农永福负责实施，村务监督委员会全程监督。'])
    expect(items[0].tasks.map((task) => task[0])).toEqual(['农永福', '村务监督委员会'])
  })
})

describe('`X具体抓` carries out the lead’s work (blind20-h55 r5)', () => {
  it('should give the centre that 具体抓 the task with the lead’s deadline', () => {
    const text = '河西镇镇长办公会议记录\n\n会议时间：2026年10月20日\n主持人：镇长 房立新\n出席人员：房立新、副镇长 蓝海燕\n\n议题一：人居环境整治\n房立新：由蓝海燕副镇长牵头，农业服务中心具体抓，11月底前完成整改。\n'
    expect(read(text)[0].tasks).toContainEqual(['农业服务中心', '具体抓，11月底前完成整改', '11月底前'])
  })
})

describe('points of what the meeting studied, each with who relays it (blind20-h55 r6)', () => {
  it('should read `…精神，由副局长X传达；` and `…，由X股股长Y领学；` in the points', () => {
    const text = '县统计局党组会议纪要\n\n　　2026年11月3日，局党组书记冉宏达主持召开局党组会议。会议纪要如下：\n　　一、传达学习有关精神\n　　会议传达学习了以下内容：\n　　1.全市统计工作会议精神，由党组成员、副局长尹秀兰传达；\n　　2.新修订的统计执法办法，由执法监督股股长郜明领学。\n'
    expect(read(text)[0].reporters).toEqual(['尹秀兰', '执法监督股'])
  })
})

describe('a task force’s weekly meeting (blind20-h55 r6)', () => {
  const weekly = (body: string) => `城南片区改造工作专班第8次周例会纪要\n\n　　2026年11月17日上午，城南片区改造工作专班召开第8次周例会，专班副组长、区住建局局长上官月主持会议。\n${body}`

  it('should join the task force to the meeting it convenes (`X专班召开第8次周例会`)', () => {
    expect(analyze(weekly('　　一、上周工作进展\n　　征收组：完成签约23户。\n')).record.meeting.name).toBe('城南片区改造工作专班第8次周例会')
  })

  it('should read its working groups’ lines under a heading of progress as reporters', () => {
    expect(read(weekly('　　一、上周工作进展\n　　征收组：完成签约23户。\n　　安置组：二期完成主体验收。\n'))[0].reporters).toEqual(['征收组', '安置组'])
  })

  it('should give each group its line under a heading of the work to come', () => {
    const [item] = read(weekly('　　一、本周工作安排\n　　征收组：对剩余38户逐户上门，11月24日前再签约15户以上。\n　　综合组：11月20日前完成补偿资金申请。\n'))
    expect(item.tasks).toEqual([
      ['征收组', '对剩余38户逐户上门，11月24日前再签约15户以上', '11月24日前'],
      ['综合组', '11月20日前完成补偿资金申请', '11月20日前']
    ])
  })

  it('should not read a village group by its number (`三组：`) as a working group', () => {
    const [item] = read(weekly('　　一、本周工作安排\n　　三组：完成剩余农户签约。\n'))
    expect(item.tasks).toEqual([])
  })
})

describe('a headquarters that is the place, not the convener (blind20-h55 r6)', () => {
  it('should not join `并在工程指挥部召开专题会议` into the name', () => {
    const text = '副市长调研水利工程并召开专题会议\n\n　　2026年5月21日，副市长魏思成带队调研，并在工程指挥部召开专题会议，研究推进水利工程建设。\n　　会议听取了市水利局的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('专题会议')
  })

  it('should join a headquarters that convenes (`X指挥部召开第9次调度会`)', () => {
    const text = '调度会纪要\n\n　　2026年9月10日，北滨新城建设指挥部召开第9次调度会，指挥长万启东主持。\n　　会议听取了工程一部的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('北滨新城建设指挥部第9次调度会')
  })
})

describe('the meeting’s words inside a member’s line, and a vote’s tally (blind20-h55 r7)', () => {
  const township = (body: string) => `龙泉乡党委会议记录\n\n时间：2026年12月1日\n主持人：乡党委书记 岳长河\n出席：岳长河、韦金山、甘露\n\n议题一：森林防火\n${body}`

  it('should read `会议决定：…` that the chair announces in his line, not his own `同意`', () => {
    const items = read(township('岳书记：同意。会议决定：成立乡森林防火指挥部，由韦金山任指挥长。\n'))
    expect(items[0].decisions).toEqual(['会议决定：成立乡森林防火指挥部，由韦金山任指挥长'])
  })

  it('should read no decision in `表决：到会委员5人，一致同意。`', () => {
    const items = read(township('表决：到会委员5人，一致同意。\n会议决定：同意确定石小燕等6名同志为发展对象。\n'))
    expect(items[0].decisions).toEqual(['会议决定：同意确定石小燕等6名同志为发展对象'])
  })
})

describe('forms of the eighth round (blind20-h55 r8)', () => {
  it('should read one who tutors the meeting on its study (`X同志作了辅导`) as the reporter', () => {
    const text = '区纪委常委会召开会议\n\n　　2027年1月6日，区纪委书记满江红主持召开区纪委常委会会议。\n　　会议传达学习了全会精神，区纪委副书记、区监委副主任单雪峰同志作了辅导。\n'
    expect(read(text)[0].reporters).toEqual(['单雪峰'])
  })

  it('should run `会议决定，即日起至春节后一周，由X牵头…` on to the owner’s work', () => {
    const text = '区纪委常委会召开会议\n\n　　2027年1月6日，区纪委书记满江红主持召开区纪委常委会会议。\n　　会议听取了第三纪检监察室的汇报。会议决定，即日起至春节后一周，由第三纪检监察室牵头开展明察暗访。\n'
    expect(read(text)[0].decisions).toEqual(['会议决定，即日起至春节后一周，由第三纪检监察室牵头开展明察暗访'])
  })

  it('should read a bare name the chair calls on (`下面请汤建明汇报…`) where the list of those present names him', () => {
    const text = '石桥村“两委”会议记录\n\n时间：2027年1月18日\n主持人：村党总支书记 魏长顺\n参加人员：魏长顺、村会计 汤建明\n\n议题：困难群众慰问\n魏长顺：今天议一件事。下面请汤建明汇报慰问资金安排。\n汤建明：拟慰问58户。\n'
    expect(read(text)[0].reporters).toEqual(['汤建明'])
  })
})

describe('report lines with who spoke in brackets, and a working committee’s officer (blind20-h55 r9)', () => {
  it('should read `党政办（杭佳）：…` under a heading of reports as the office', () => {
    const text = '南苑街道第22次工作例会记录\n\n时间：2027年3月8日\n主持：街道办事处主任 谭晓川\n\n一、上周工作汇报\n党政办（杭佳）：完成代表建议答复3件。\n城建科（萧宁）：改造项目已全部进场。\n'
    expect(read(text)[0].reporters).toEqual(['党政办', '城建科'])
  })

  it('should read a working committee’s officer who speaks (`人事代表工委主任 X：`) as the committee', () => {
    const text = '城东区人大常委会第41次主任会议记录\n\n时间：2027年3月22日\n主持：区人大常委会主任 诸葛明远\n\n一、关于人事任免事项\n人事代表工委主任 訾晓岚：区政府提请任命2名部门负责人。\n主任：同意提请常委会会议审议。\n'
    const [item] = read(text)
    expect(item.reporters).toEqual(['人事代表工委'])
    expect(item.decisions).toEqual([])
  })
})

describe('a record’s closing line of signatures (blind20-h55 r10)', () => {
  it('should read `参会人员签字：…` as attendance, not a decision under the agreed points', () => {
    const text = '杏林社区居委会会议记录\n\n会议时间：2027年4月6日\n主持人：社区居委会主任 潘海燕\n参加人员：潘海燕、居委会副主任 程立\n\n议题：楼道杂物清理\n议定事项：\n1.由程立负责，4月15日前完成楼道杂物清理动员。\n2.物业公司配合清运。\n\n参会人员签字：潘海燕 程立\n'
    const [item] = read(text)
    expect(item.decisions).toEqual(['由程立负责，4月15日前完成楼道杂物清理动员。', '物业公司配合清运。'])
  })
})
