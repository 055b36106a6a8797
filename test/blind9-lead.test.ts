/**
 * Minutes written blind by the lead in the seventh session
 * (fixtures/genre/blind9-lead): what they showed jiyao missing. Inputs here
 * are short sentences of the genre's forms; the fixtures are scored by
 * `JIYAO_CORPUS=fixtures/genre/blind9-lead node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

const lead = '2024年6月25日上午,校党委书记詹立平主持召开党委常委会会议。'

/** Owner, task and deadline of each assignment of the first item. */
function tasks(body: string): Array<[string, string, string | null]> {
  const record = parseMinutes([lead, '一、研究有关事项', body].join('\n'))
  return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
}

describe('a unit with its other name in brackets', () => {
  it('should read 党委组织部(机构编制办公室) whole before 按程序, not 党委 with 组织 as its verb', () => {
    expect(tasks('会议同意设立研究院。由党委组织部(机构编制办公室)按程序办理相关手续。')).toEqual([
      ['党委组织部(机构编制办公室)', '按程序办理相关手续', null]
    ])
  })

  it('should still read 党委组织部 alone before 按程序', () => {
    expect(tasks('由党委组织部按程序办理相关手续。')).toEqual([['党委组织部', '按程序办理相关手续', null]])
  })
})

describe('party organisations as an audience', () => {
  it('should end a task where 各二级党组织 is given its own, and leave its deadline to it', () => {
    expect(tasks('会议要求,党委教师工作部要做好文件解读和宣传,各二级党组织于9月30日前完成专题学习。')).toEqual([
      ['党委教师工作部', '要做好文件解读和宣传', null]
    ])
  })

  it('should read a party organisation with its place as an owner (村党组织)', () => {
    expect(tasks('会议要求,村党组织要在10月底前完成换届准备工作。')).toEqual([['村党组织', '要在10月底前完成换届准备工作', '在10月底前']])
  })

  it('should not give a task to the units a passive names (被巡察单位党组织)', () => {
    expect(tasks('会议要求,被巡察单位党组织要切实履行整改主体责任,2个月内报送整改情况。')).toEqual([])
  })
})

describe('what a vote passed', () => {
  const village = '2025年3月18日,村党支部书记符建军主持召开村民代表会议。'

  it('should read X获得通过 and 与会代表一致同意X after a tally as decisions', () => {
    const record = parseMinutes(
      [
        village,
        '一、讨论门面房出租方案',
        '经与会代表讨论,举手表决,同意29票,不同意2票,方案获得通过。',
        '二、讨论路灯安装项目',
        '经表决,与会代表一致同意实施该项目。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.decisions.map((decision) => [decision.text, decision.verb]))).toEqual([
      [['方案获得通过', '通过']],
      [['与会代表一致同意实施该项目', '同意']]
    ])
  })

  it('should not read 通过 at a clause end without a tally before it', () => {
    const record = parseMinutes([village, '一、讨论培训工作', '会议要求,培训要让每名代表都能通过。'].join('\n'))
    expect(record.items[0].decisions).toEqual([])
  })
})

describe('committees as minutes shorten them', () => {
  it('should join a bodiless name to 县安委会 that convenes it, over a joint name with 暨', () => {
    const record = parseMinutes(
      ['4月10日下午,县安委会召开第三次全体(扩大)会议暨安全生产联席会议。', '一、关于道路交通安全', '县交通运输局要开展整治。'].join('\n')
    )
    expect(record.meeting.name).toBe('县安委会第三次全体(扩大)会议暨安全生产联席会议')
  })

  it('should still not join a body to a name that names its own (第N次X联席会议)', () => {
    const record = parseMinutes(['4月10日,县政府召开第三次安全生产联席会议。', '一、关于道路交通安全', '县交通运输局要开展整治。'].join('\n'))
    expect(record.meeting.name).toBe('第三次安全生产联席会议')
  })

  it('should read 县防指 as an owner', () => {
    expect(tasks('县防指要加强会商研判,县水利局要在6月10日前完成水库巡查。')).toEqual([
      ['县防指', '要加强会商研判', null],
      ['县水利局', '要在6月10日前完成水库巡查', '在6月10日前']
    ])
  })
})

describe('a city service and a season as minutes name them', () => {
  it('should read the heating season as a deadline, with no day computed', () => {
    const record = parseMinutes(
      ['2023年12月5日,市长祁振华主持召开市长办公会议。', '一、冬季供暖保障工作', '市住建局要加快老旧供热管网改造,明年供暖季前完成剩余改造任务。'].join('\n')
    )
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueDate]).toEqual(['市住建局', '明年供暖季前', null])
  })

  it('should read 市12345热线 as an owner', () => {
    expect(tasks('市12345热线要对供暖投诉实行24小时受理。')).toEqual([['市12345热线', '要对供暖投诉实行24小时受理', null]])
  })
})

describe('topics after a web page\'s bullets', () => {
  const lead = '6月9日上午,办事处主任黎晓光主持召开街道工作例会,部署了本周重点工作。'

  it('should read ◆文明城市创建 over its paragraph as an item\'s heading, each bullet a matter', () => {
    const record = parseMinutes(
      [lead, '◆文明城市创建', '会议要求,城市管理办要开展背街小巷集中整治。', '◆防汛备汛', '会议强调,应急管理办要在6月15日前完成易涝点位排查。'].join('\n')
    )
    expect(record.items.map((item) => [item.heading, item.assignments.map((assignment) => assignment.owner)])).toEqual([
      ['文明城市创建', ['城市管理办']],
      ['防汛备汛', ['应急管理办']]
    ])
  })

  it('should not read a menu of bullets in a row as matters', () => {
    const record = parseMinutes([lead, '◆首页', '◆政务公开', '◆办事服务', '会议要求,城市管理办要开展背街小巷集中整治。'].join('\n'))
    expect(record.items.map((item) => item.heading)).toEqual([])
  })
})

describe('owners a ledger must not list (found reading the blind set as a ledger)', () => {
  it('should not read a campaign ending in an abbreviated department as a unit (结合主题教育)', () => {
    expect(tasks('会议指出,全市各级党组织要把学习贯彻讲话精神作为重大政治任务,结合主题教育抓好落实。')).toEqual([])
  })

  it('should still read an abbreviated department after its place (县财政)', () => {
    expect(tasks('县财政要在5月底前拨付资金。')).toEqual([['县财政', '要在5月底前拨付资金', '在5月底前']])
  })

  it('should not read 由 before a change as giving a task (地点由X变更为Y)', () => {
    expect(tasks('同意将项目实施地点由公司本部变更为全资子公司所在地。')).toEqual([])
  })
})

describe('spans that only look like units', () => {
  it('should not end a unit inside a noun its suffix begins (农贸市|场, 新校|区)', () => {
    expect(tasks('会议要求加快推进新校区用地征收,确保年底前完成土地交付。')).toEqual([])
    expect(tasks('会议决定,县城东门农贸市场整体搬迁至城南新区。')).toEqual([])
  })

  it('should not read a task the meeting asks for as its owner (开展…, 审议…)', () => {
    expect(tasks('会议要求开展住宅小区物业服务质量专项检查,对排名后10位的物业企业约谈。')).toEqual([])
  })

  it('should not read a count of people as a unit (由15名校内外专家组成)', () => {
    expect(tasks('会议原则同意组建方案,评审委员会由15名校内外专家组成。')).toEqual([])
  })

  it('should not run a unit over 于 and a date (学院人事秘书于12月10日前报学校)', () => {
    expect(tasks('会议同意引进博士教师6名,由学院人事秘书于12月10日前报学校人事处。')).toEqual([])
  })

  it('should still read units whose suffix stands before 分别 or 于 (学生工作部分别, 后勤管理处于)', () => {
    expect(tasks('后勤管理处于寒假期间完成安装调试。')).toEqual([['后勤管理处', '于寒假期间完成安装调试', '于寒假期间']])
  })
})

describe('what was reported, not asked', () => {
  it('should not read X、Y分别汇报了… as a task of theirs', () => {
    expect(tasks('会上,市公安局、市市场监管局分别汇报了案件侦办情况。')).toEqual([])
  })

  it('should still read X、Y分别牵头… as theirs', () => {
    expect(tasks('县发改局、县财政局分别牵头制定方案。')).toEqual([['县发改局、县财政局', '分别牵头制定方案', null]])
  })

  it('should not read the body an audience belongs to as the owner (市政府系统各部门)', () => {
    expect(tasks('会议要求,市政府系统各部门要迅速行动。')).toEqual([])
    expect(tasks('会议要求市直各单位要迅速行动。')).toEqual([])
  })

  it('should not read what the meeting decided or asks for as a unit (决定运动会…, 要求对全区…)', () => {
    expect(tasks('会议决定运动会于4月中旬举行。')).toEqual([])
    expect(tasks('会议要求对全区餐饮场所燃气使用开展全覆盖排查。')).toEqual([])
  })
})

describe('a meeting named inside a heading', () => {
  it('should not end a run-on heading at 会议审定 after 主任 (提交主任会议审定)', () => {
    const record = parseMinutes(
      [
        '2024年12月3日,县人大常委会主任宋立群主持召开第四十六次主任会议。',
        '一、会议讨论了《工作要点(征求意见稿)》,要求常委会办公室修改完善,于12月20日前提交主任会议审定。'
      ].join('\n')
    )
    expect(record.items.map((item) => [item.heading, item.decisions.length])).toEqual([
      ['会议讨论了《工作要点(征求意见稿)》,要求常委会办公室修改完善,于12月20日前提交主任会议审定', 0]
    ])
  })
})

describe('a tag in 【】 before a paragraph', () => {
  it('should read a unit in the tag as who reports, a topic in it as no one (merging h12 and h13)', () => {
    const record = parseMinutes(
      [
        '3月9日,管委会副主任卫东明主持召开机关工作周例会。现将会议主要内容纪要如下:',
        '一、上周工作完成情况及本周工作安排',
        '【党政办】上周完成了考核材料报送工作;本周做好迎检准备。',
        '【经发局】上周新签约项目3个;本周跟进2个在谈项目。',
        '二、城市管理',
        '【城市管理】会议同意开展背街小巷整治,由城管局负责组织实施。'
      ].join('\n')
    )
    expect(record.items.map((item) => [item.reporters, item.decisions.length, item.assignments.map((assignment) => assignment.owner)])).toEqual([
      [['党政办', '经发局'], 0, []],
      [[], 1, ['城管局']]
    ])
  })
})

describe('words that read like names', () => {
  it('should not read 关于 after a title as a person (总书记关于…)', () => {
    expect(tasks('会议学习了总书记关于加强安全生产的重要论述。')).toEqual([])
  })

  it('should still read a name of two after a title (副县长于杰)', () => {
    expect(tasks('由副县长于杰负责协调。')).toEqual([['于杰', '负责协调', null]])
  })
})

describe('an owner before 限', () => {
  it('should read X限10日内… as X\'s task with its deadline (h12 left it)', () => {
    expect(tasks('县财政局限10日内完成拨付。')).toEqual([['县财政局', '限10日内完成拨付', '10日内']])
  })
})

describe('the maker of what the meeting takes up with 对', () => {
  const reporters = (body: string) => parseMinutes(['2024年6月25日,县长王明主持召开县政府常务会议。', '一、研究有关事项', body].join('\n')).items[0].reporters

  it('should read 会议对X提出的《…》进行了审议 as X presenting (h12 left it)', () => {
    expect(reporters('会议对县教育局提出的《课后服务方案》进行了审议,原则同意该方案。')).toEqual(['县教育局'])
  })

  it('should not read 会议对X的工作提出了要求 as X presenting', () => {
    expect(reporters('会议对县教育局的工作提出了要求。')).toEqual([])
  })
})
