/**
 * Minutes written blind by helper h1 (fixtures/genre/blind5-h1): meeting
 * fields of party committees, congress and conference councils, vice-mayors'
 * topic meetings and joint meetings, in the layouts they are published in.
 * Inputs here are short sentences of the genre's forms; the fixtures are
 * scored by `JIYAO_CORPUS=fixtures/genre/blind5-h1 node bench/eval.mjs`.
 */

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import {analyzeInput, readInput} from '../src/read/index.js'
import type {Person} from '../src/record.js'

const people = (list: Person[]) => list.map((person) => [person.name, person.unit, person.title])

describe('attendance tables', () => {
  it('should give the designation after a name, alone on its line, to that name', () => {
    const text = [
      '2024年5月6日，副县长张伟主持召开专题会议，研究城区供水有关事宜。',
      '出席：张伟　副县长',
      '　　　李明　县政府办公室副主任',
      '一、关于供水管网改造',
      '会议同意实施供水管网改造工程。'
    ].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['张伟', null, '副县长'],
      ['李明', '县政府办公室', '副主任']
    ])
  })

  it('should keep names apart when the designations stand before them', () => {
    const text = ['2024年5月6日，县长王强主持召开县长办公会议。', '出席：副县长 李明 县长助理 赵刚', '一、关于春耕生产', '会议同意。'].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['李明', null, '副县长'],
      ['赵刚', null, '县长助理']
    ])
  })
})

describe('chairs', () => {
  it('should read two conveners with titles joined by 、 on each side of 和 as chair and co-chair', () => {
    const text = [
      '2024年9月3日上午，市安全生产工作联席会议召开第一次全体会议。联席会议召集人、副市长赵立新和副召集人、市应急管理局局长钱红共同主持会议。',
      '一、会议通报了上半年安全生产形势。'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.chair?.name, meeting.chair?.title]).toEqual(['赵立新', '联席会议召集人、副市长'])
    expect(people(meeting.coChairs)).toEqual([['钱红', null, '副召集人、市应急管理局局长']])
  })

  it('should not read a person out of a meeting that names a body (联席会议召集人)', () => {
    const text = ['2024年9月3日，联席会议召集人、副县长孙强主持召开会议。', '会议听取了县水利局关于防汛工作的汇报。'].join('\n')
    expect(parseMinutes(text).meeting.chair?.name).toBe('孙强')
  })

  it('should take the leader who convenes an on-site meeting, no one said to chair it, for the chair', () => {
    const text = [
      '5月8日，区长韩冰率区住建局、区财政局等部门负责人，到城西街道召开现场办公会，协调解决棚户区改造中的问题。',
      '会议听取了城西街道关于棚户区改造进展的汇报。'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.chair?.name, meeting.chair?.title, meeting.name]).toEqual(['韩冰', '区长', '现场办公会'])
  })

  it('should name no chair where a body convenes the meeting', () => {
    const text = ['5月8日，区政府召开第12次常务会议。', '会议听取了区财政局关于预算执行情况的汇报。'].join('\n')
    expect(parseMinutes(text).meeting.chair).toBeNull()
  })
})

describe('meeting names', () => {
  it('should join a joint meeting that convenes a plenary session to the session', () => {
    const text = ['2024年9月3日，县食品安全工作联席会议召开第三次全体会议。', '会议听取了县市场监管局关于食品安全工作的汇报。'].join('\n')
    expect(parseMinutes(text).meeting.name).toBe('县食品安全工作联席会议第三次全体会议')
  })
})

describe('units', () => {
  it('should read a bank branch as a unit that is given a task', () => {
    const text = ['2024年9月3日，副市长李华主持召开专题会议。', '一、关于普惠金融', '会议要求，人民银行南湖市分行要督促辖区银行落实小微企业贷款政策。'].join('\n')
    const [item] = parseMinutes(text).items
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['人民银行南湖市分行'])
  })
})

describe('a web copy run on in one line', () => {
  const page = [
    '您现在的位置：首页>>乡镇动态 青山镇召开党委会议 来源：青山镇 | 发布时间：2024-05-07 | 浏览次数：40 【字体：大 中 小】 ',
    '5月6日上午，镇党委书记江涛主持召开镇党委会议，研究近期重点工作。镇党委委员参加会议。',
    '会议传达学习了县委全会精神。会议要求，各村要认真抓好学习。',
    '会议研究了秸秆禁烧工作。会议决定，由镇农业服务中心在5月15日前完成巡查值守安排。',
    '会议还研究了其他事项。',
    '【打印本页】【关闭窗口】'
  ].join('')

  it('should read the meeting after the page chrome glued before the lead', () => {
    const {meeting} = parseMinutes(page)
    expect([meeting.name, meeting.date, meeting.chair?.name]).toEqual(['镇党委会议', '2024-05-06', '江涛'])
    expect(meeting.agenda).toEqual(['研究近期重点工作'])
  })

  it('should read each sentence that takes up a matter as an item, and leave the chrome after the text out', () => {
    const {items} = parseMinutes(page)
    expect(items.map((item) => item.heading)).toEqual(['会议传达学习了县委全会精神', '会议研究了秸秆禁烧工作', '会议还研究了其他事项'])
    expect(items[1].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['镇农业服务中心', '在5月15日前']])
  })

  it('should leave a lead paragraph of its own line whole', () => {
    const text = [
      '2024年5月6日上午，镇党委书记江涛主持召开镇党委会议，研究近期重点工作。镇党委委员，镇人大主席团主席，镇政府副镇长，各村党支部书记参加会议。会议由镇党委办公室负责记录。',
      '会议传达学习了县委全会精神。'
    ].join('\n')
    const {meeting, items} = parseMinutes(text)
    expect([meeting.chair?.name, items.length]).toEqual(['江涛', 1])
  })
})

describe('header blocks of a congress council', () => {
  const text = [
    '县人大常委会主任会议纪要（第十二次）',
    '会议时间：二〇二四年六月三日上午',
    '主持人：县人大常委会主任　肖刚',
    '列席：县人民检察院副检察长　吴敏；县人民法院副庭长　郑云',
    '一、会议听取了县人民政府关于河长制工作情况的报告。'
  ].join('\n')

  it('should take the session from the brackets after the title', () => {
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.session, meeting.date, meeting.chair?.name]).toEqual(['县人大常委会主任会议', 12, '2024-06-03', '肖刚'])
  })

  it('should read 副检察长 and 副庭长 as titles after their courts', () => {
    expect(people(parseMinutes(text).meeting.observers)).toEqual([
      ['吴敏', '县人民检察院', '副检察长'],
      ['郑云', '县人民法院', '副庭长']
    ])
  })
})

describe('a closing list of participants by unit', () => {
  it('should read `单位:姓名(职务)` lines under a label alone on its line', () => {
    const text = [
      '6月3日，副区长林涛主持召开专题会议，研究背街小巷改造有关事宜。',
      '一、原则同意区城管局提出的改造方案。',
      '参加人员：',
      '区城管局：马骏（局长）',
      '区财政局：叶青、许文（副局长）'
    ].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['马骏', '区城管局', '局长'],
      ['叶青', '区财政局', null],
      ['许文', '区财政局', '副局长']
    ])
  })

  it('should not take a unit such as 武装部 for a person', () => {
    const text = ['6月3日，街道党工委书记林涛主持召开党工委会议。', '列席人员：街道武装部部长　卢强', '一、研究征兵工作'].join('\n')
    expect(people(parseMinutes(text).meeting.observers)).toEqual([['卢强', '街道武装部', '部长']])
  })
})

describe('leads without a chair’s verb', () => {
  it('should name a meeting the lead says was held (`X全体会议召开`), and take no committee for a chair', () => {
    const text = ['本报讯（记者　王林）4月8日至9日，中共某县第十四届委员会第六次全体会议召开。全会由县委常委会主持。', '全会审议通过了有关决定。', '发布时间：2024年04月10日'].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.session, meeting.date, meeting.chair?.name ?? null]).toEqual(['中共某县第十四届委员会第六次全体会议', 6, '2024-04-08', null])
  })

  it('should read the lead of an on-site meeting where the leader takes others to the place', () => {
    const text = [
      '区长现场办公会议纪要',
      '5月20日，区委副书记、区长彭程带领区住建局、区城管局负责人，深入老城片区现场办公。现纪要如下：',
      '一、关于雨污分流改造。区住建局要在6月底前完成施工。',
      '区政府办公室　　2024年5月22日印发'
    ].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.date, meeting.chair?.name, meeting.chair?.title]).toEqual(['区长现场办公会议', '2024-05-20', '彭程', '区委副书记、区长'])
  })
})

describe('a PDF text layer that sets digits and names off with spaces', () => {
  const text = ['2024 年 4 月 16 日下午，县委书记 钟 毅 主持召开十四届县委常委会第 9 次会议。', '一、会议研究了人事事项。'].join('\n')

  it('should read the name and session over the spaces around a number', () => {
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.session, meeting.date]).toEqual(['十四届县委常委会第 9 次会议', 9, '2024-04-16'])
  })

  it('should read a padded name set off after its title as the chair', () => {
    const {meeting} = parseMinutes(text)
    expect([meeting.chair?.name, meeting.chair?.title]).toEqual(['钟 毅', '县委书记'])
  })
})

describe('web pages', () => {
  it('should take the year from a byline in brackets (`【来源:…】【时间:2024-06-21】`)', () => {
    const text = ['区政协召开第八次主席会议', '【来源：区政协办公室】【时间：2024-06-21】【字号：大 中 小】', '6月20日，区政协主席宁远主持召开第八次主席会议。', '会议听取了区政协办公室关于上半年工作的汇报。'].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.date, meeting.chair?.name]).toEqual(['2024-06-20', '宁远'])
  })

  it('should read the header fields of a table whose cells the reader sets off by tabs', async () => {
    const html = [
      '<html><body><p><b>某乡2024年第2次乡长办公会议纪要</b></p><table>',
      '<tr><td>会议时间</td><td>2024年3月4日</td><td>会议地点</td><td>乡政府会议室</td></tr>',
      '<tr><td>主持人</td><td>乡长　韦强</td><td>记录人</td><td>黄敏</td></tr>',
      '</table><p>一、关于春耕备耕</p><p>会议同意安排春耕补助资金。</p></body></html>'
    ].join('')
    const input = await readInput(new TextEncoder().encode(html), {path: 'page.html'})
    const {meeting} = analyzeInput(input).record
    expect([meeting.date, meeting.location, meeting.chair?.name, meeting.chair?.title]).toEqual(['2024-03-04', '乡政府会议室', '韦强', '乡长'])
  })

  it('should read the blind HTML pages of the fixtures', async () => {
    const page = async (name: string) => {
      const bytes = readFileSync(new URL(`../fixtures/genre/blind5-h1/html/${name}`, import.meta.url))
      return analyzeInput(await readInput(bytes, {path: name})).record
    }
    const party = await page('a-county-party-group.html')
    expect([party.meeting.name, party.meeting.date, party.meeting.chair?.name, party.items.length]).toEqual(['县政府党组2024年第6次会议', '2024-04-11', '甘立群', 3])
    const township = await page('b-township-table.html')
    expect([township.meeting.name, township.meeting.date, township.meeting.chair?.name, township.meeting.location]).toEqual(['白沙乡2024年第4次乡长办公会议', '2024-05-08', '文海波', '乡政府二楼会议室'])
  })
})

describe('party standing committees', () => {
  it('should name a bare `会议` the committee convenes after the committee (`市委常委会召开会议`)', () => {
    const text = ['11月25日，市委常委会召开会议，研究部署冬季安全工作。市委书记向东主持会议。', '会议听取了市应急管理局关于安全生产形势的汇报。'].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.chair?.name]).toEqual(['市委常委会会议', '向东'])
  })

  it('should keep a title in brackets after a name to that name, not give it to the bare names after', () => {
    const text = ['出席：蓝天（区委书记）、洪波（区委副书记、区长）、凤霞、钮林', '2024年11月18日，区委书记蓝天主持召开区委常委会第56次会议。', '一、会议研究了有关人事事项。'].join('\n')
    expect(people(parseMinutes(text).meeting.attendees)).toEqual([
      ['蓝天', null, '区委书记'],
      ['洪波', null, '区委副书记、区长'],
      ['凤霞', null, null],
      ['钮林', null, null]
    ])
  })

  it('should read the place a lead opens with', () => {
    const text = ['在县行政中心五楼会议室，县长滕飞于2024年5月6日下午主持召开县政府第31次常务会议。', '会议研究了其他事项。'].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.location, meeting.date, meeting.chair?.name]).toEqual(['县行政中心五楼会议室', '2024-05-06', '滕飞'])
  })
})

describe('survey visits', () => {
  it('should take the leader who leads a survey team (`带队`) and convenes a dispatch meeting for the chair', () => {
    const text = ['7月18日下午，副市长卓立军带队到城北污水处理厂项目现场调研，并在项目部召开调度会。', '调度会上，卓立军听取了项目建设单位的汇报。'].join('\n')
    const {meeting} = parseMinutes(text)
    expect([meeting.name, meeting.chair?.name, meeting.chair?.title]).toEqual(['调度会', '卓立军', '副市长'])
  })
})

describe('a headline that adds the session', () => {
  it('should take the headline’s name where it adds the session inside the lead’s (`县政府召开第38次常务会议`)', () => {
    const text = ['【常务会议】县政府召开第38次常务会议', '8月8日上午，县长鲍国庆主持召开县政府常务会议，研究部署防汛工作。', '会议听取了县水利局关于防汛工作的汇报。'].join('\n')
    const {meeting, positions} = (({meeting}) => ({meeting, positions: meeting.positions}))(parseMinutes(text))
    expect([meeting.name, meeting.session]).toEqual(['县政府第38次常务会议', 38])
    expect(positions.name && text.slice(positions.name.start.offset, positions.name.end.offset)).toBe('县政府召开第38次常务会议')
  })
})
