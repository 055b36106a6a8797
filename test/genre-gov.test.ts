import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Person, Position} from '../src/record.js'
import type {Node} from '../src/tree.js'

/** Government meetings as published on the web, written for these tests in the genre's forms (no corpus text). */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}

function slice(text: string, position: Position | null): string | null {
  return position ? text.slice(position.start.offset, position.end.offset) : null
}

function who(person: Person | null): [string | null, string | null] | null {
  return person && [person.name, person.title]
}

describe('news releases of executive meetings', () => {
  it('should read a chair with the date between name and verb (`总理X11月21日主持召开`), and a decision by `讨论并原则通过`', () => {
    const {record} = read('gov-guowuyuan.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['国务院常务会议', '2025-11-21', ['王建业', '总理']])
    expect(record.items.map((item) => item.ordinal)).toEqual([null, null, null, null])
    expect(record.items[0].reporters).toEqual(['住房城乡建设部'])
    expect(record.items[2].decisions.map((decision) => decision.verb)).toEqual(['讨论并原则通过', '决定'])
    expect(record.items[2].decisions[0].text).toBe('会议讨论并原则通过《城镇排水设施管理条例(草案)》')
  })

  it('should read `X于11月20日下午主持召开` after `受区长委托`: the one who chairs', () => {
    const {record} = read('gov-entrusted.txt')
    expect([record.meeting.name, record.meeting.date, record.meeting.timeOfDay, who(record.meeting.chair)]).toEqual([
      '区政府第十七次常务会议',
      '2024-11-20',
      '下午',
      ['杨建军', '常务副区长']
    ])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['何丽', '蒋文'])
  })

  it('should know 省长 as a title, and take the year from a byline that opens with the date (`2025-03-18 20:16 来源:…`)', () => {
    const {record, tree} = read('gov-province.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['省政府第57次常务会议', '2025-03-18', ['周明德', '省长']])
    const preamble = tree.children[0]
    expect(preamble.type === 'preamble' && preamble.children.map((node) => (node.type === 'noise' ? node.kind : node.type))).toEqual([
      'title',
      'publication-date',
      'paragraph',
      'paragraph'
    ])
    // `会议指出` before any matter is preamble; `会议决定,任命…` stays with the matter before it.
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 2, 0])
  })

  it('should read a 区委常委会 release: name after the body and the year from the dated byline', () => {
    const {record} = read('gov-district-standing.txt')
    expect([record.meeting.name, record.meeting.session, record.meeting.date, who(record.meeting.chair)]).toEqual([
      '区委常委会第56次会议',
      56,
      '2024-04-08',
      ['陈卫东', '区委书记']
    ])
    expect(record.items.map((item) => item.reporters)).toEqual([[], ['区纪委监委'], [], []])
    expect(record.items[2].assignments.map((assignment) => assignment.owner)).toEqual(['区委办'])
  })

  it('should open a matter of a 政协主席会议 at `会议协商讨论了`', () => {
    const {record} = read('gov-cppcc-council.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['十三届市政协第21次主席会议', '2024-05-10', ['孟庆华', '主席']])
    expect(record.items.map((item) => item.actions)).toEqual([['传达学习'], ['协商讨论'], ['审议'], ['研究']])
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['市政协办公室', '修改完善后印发']])
  })
})

describe('news releases: datelines and bylines', () => {
  it('should read the chair after a news agency’s dateline, with the date repeated before the verb', () => {
    const {record} = read('gov-state-council-inline.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['国务院常务会议', null, ['王建业', '总理']])
    // `会议指出` before any matter is preamble; the inline `一要…三要` go with it.
    expect(record.items.map((item) => item.heading)).toEqual(['会议审议通过《关于加快发展银发经济的意见》', '会议还研究了其他事项'])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])).toEqual([['民政部', '要会同有关部门抓好落实']])
  })

  it('should read a local paper’s release (`本报讯(记者 …)`) with `会上,` opening the first matter', () => {
    const {record} = read('gov-district-news.txt')
    expect([record.meeting.name, record.meeting.timeOfDay, who(record.meeting.chair)]).toEqual(['区政府第41次常务会议', '上午', ['方志明', '区委副书记、区长']])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['金鑫', '罗斌', '唐明', '许强'])
    expect(record.items.map((item) => item.actions)).toEqual([['传达学习', '研究'], ['听取'], ['审议'], ['听取']])
    expect(record.items[3].assignments.map((assignment) => assignment.owner)).toEqual(['区教育局'])
  })

  it('should read the chair of `本报讯(记者 X)区长Y4月2日主持召开…` without a comma after the dateline', () => {
    const {record} = analyze('本报讯(记者 李晓)区长方志明4月2日主持召开区政府第41次常务会议。\n会议研究了防汛工作。\n')
    expect(who(record.meeting.chair)).toEqual(['方志明', '区长'])
  })

  it('should take `会议研究并原则同意《…》` as a decision', () => {
    const {record} = read('gov-county-owners.txt')
    expect(record.items[2].decisions.map((decision) => [decision.verb, decision.text])).toEqual([
      ['研究并原则同意', '会议研究并原则同意《县城区生活垃圾分类实施方案》']
    ])
    expect(record.items[1].assignments.map((assignment) => assignment.owners)).toEqual([['县公安局', '县交通运输局'], ['县市场监管局']])
  })
})

describe('the name of a meeting convened by a body', () => {
  it('should keep the body in a traditional-character mirror (`區政府召開第十二次常務會議`)', () => {
    const {record} = read('gov-trad-mirror.txt')
    expect([record.meeting.name, record.meeting.session, record.meeting.date, who(record.meeting.chair)]).toEqual([
      '區政府第十二次常務會議',
      12,
      '2023-09-11',
      ['陳立新', '區長']
    ])
  })

  it('should keep the body of a township’s `镇政府召开2024年第5次镇长办公会议`', () => {
    const {record} = read('gov-town-office.txt')
    expect([record.meeting.name, record.meeting.session, who(record.meeting.chair)]).toEqual(['镇政府2024年第5次镇长办公会议', 5, ['李国平', '镇长']])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['周敏', '郭亮'])
  })

  it('should keep a name with its own body and term (`市十七届人民政府第12次常务会议`)', () => {
    const {record} = read('gov-city-docno.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['市十七届人民政府第12次常务会议', '2024-04-03', ['高远', '市委副书记、市长']])
    expect(record.items.map((item) => item.points.length)).toEqual([3, 0, 0])
    expect(record.items[2].reporters).toEqual(['市农业农村局'])
  })

  it('should read the name before `由X主持召开`', () => {
    const {record} = analyze('2024年3月12日,县政府第8次常务会议由王明县长主持召开。\n会议研究了防汛工作。\n')
    expect([record.meeting.name, who(record.meeting.chair)]).toEqual(['县政府第8次常务会议', ['王明', '县长']])
  })

  it('should keep the body of a name written in full-width digits (`县政府召开２０２４年第３次常务会议`)', () => {
    const text = '２０２４年３月５日，县政府召开２０２４年第３次常务会议，县长王明主持。\n一、研究防汛工作\n'
    const meeting = analyze(text).record.meeting
    expect([meeting.name, meeting.session, meeting.date]).toEqual(['县政府２０２４年第３次常务会议', 3, '2024-03-05'])
  })

  it('should keep the body of `县政府召开第8次常务会议`, placed on the whole phrase', () => {
    const {record, text} = read('gov-county-body.txt')
    expect([record.meeting.name, record.meeting.session, record.meeting.date, who(record.meeting.chair)]).toEqual([
      '县政府第8次常务会议',
      8,
      '2024-03-29',
      ['赵立新', '县委副书记、县长']
    ])
    // From the lead (line 4), not the headline.
    expect(record.meeting.positions.name?.start.line).toBe(4)
    expect(slice(text, record.meeting.positions.name)).toBe('县政府召开第8次常务会议')
    expect(record.items).toHaveLength(5)
    expect(record.items[3].assignments.map((assignment) => [assignment.owner, assignment.role])).toEqual([['县林业局', 'lead']])
  })

  it('should keep the body of `XX县人民政府召开2024年第3次常务会议`', () => {
    const {record} = read('gov-county-people.txt')
    expect([record.meeting.name, record.meeting.session, record.meeting.date, who(record.meeting.chair)]).toEqual([
      '青禾县人民政府2024年第3次常务会议',
      3,
      '2024-03-12',
      ['刘振华', '县长']
    ])
  })

  it('should join the body to a headline’s name too, when the lead names none', () => {
    const text = '区政府召开第12次常务会议\n5月6日,会议由区长王刚主持。\n会议审议了《区道路养护办法》。\n'
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('区政府第12次常务会议')
    expect(slice(text, record.meeting.positions.name)).toBe('区政府召开第12次常务会议')
  })

  it('should keep the body of an unnumbered kind of meeting (`市政府召开常务会议`, `县人大常委会召开主任会议`)', () => {
    const names = ['2024年3月12日,市政府召开常务会议,市长王明主持。', '2024年3月12日,县人大常委会召开主任会议,主任李强主持。'].map(
      (lead) => analyze(lead + '\n会议研究了防汛工作。\n').record.meeting.name
    )
    expect(names).toEqual(['市政府常务会议', '县人大常委会主任会议'])
  })

  it('should not join a body to a conference of its own (`市政府召开全市安全生产工作会议`)', () => {
    const {record} = analyze('2024年3月12日,市政府召开全市安全生产工作会议,市长王明主持。\n会议研究了防汛工作。\n')
    expect(record.meeting.name).toBe('全市安全生产工作会议')
  })

  it('should leave a name that names its body, or that follows the chair, as written', () => {
    const names = [
      '2023年12月13日,市政府召开三届十二次政府常务会议。\n会议审议了《市道路养护办法》。\n',
      '3月29日,县长赵立新主持召开第8次常务会议。\n会议审议了《县道路养护办法》。\n',
      '3月29日,县政府于县行政中心召开第8次常务会议。\n会议审议了《县道路养护办法》。\n'
    ].map((text) => analyze(text).record.meeting.name)
    expect(names).toEqual(['三届十二次政府常务会议', '第8次常务会议', '第8次常务会议'])
  })
})

describe('joint chairs', () => {
  it('should give the first of `X、Y共同主持` as the chair and the second as co-chair', () => {
    const {record, text} = read('gov-joint-chairs.txt')
    expect(who(record.meeting.chair)).toEqual(['黄志远', '县委书记'])
    expect(record.meeting.coChairs.map(who)).toEqual([['林静', '县长']])
    expect(slice(text, record.meeting.coChairs[0].position)).toBe('林静')
  })

  it('should give the first of `X和Y主持` as the chair, not the second', () => {
    const {record} = read('gov-town-and.txt')
    expect(who(record.meeting.chair)).toEqual(['刘海', '镇党委书记'])
    expect(record.meeting.coChairs.map(who)).toEqual([['王涛', '镇长']])
  })

  it('should read one chair with several titles, or a place before the title, as one chair', () => {
    const lead = (chair: string) => analyze(`6月15日,${chair}主持召开区政府常务会议。\n会议研究了防汛工作。\n`).record.meeting
    const one = lead('区委常委、副区长张超')
    expect([who(one.chair), one.coChairs]).toEqual([['张超', '区委常委、副区长'], []])
    const placed = lead('东湖区委副书记、区长王刚')
    expect([placed.chair?.name, placed.coChairs]).toEqual(['王刚', []])
  })

  it('should run joint chairs back over a comma (`区委书记X,区长Y共同主持`)', () => {
    const {record} = analyze('2024年3月12日,区委书记李刚,区长王敏共同主持召开区委常委会扩大会议。\n会议研究了防汛工作。\n')
    expect([who(record.meeting.chair), record.meeting.coChairs.map(who)]).toEqual([['李刚', '区委书记'], [['王敏', '区长']]])
  })

  it('should give the one entrusted as the chair (`X受市长委托主持召开`)', () => {
    const {record} = analyze('2024年3月12日,市委常委、常务副市长王明受市长委托主持召开市政府第8次常务会议。\n会议研究了防汛工作。\n')
    expect([who(record.meeting.chair), record.meeting.coChairs]).toEqual([['王明', '市委常委、常务副市长'], []])
  })

  it('should read the chair of `X出席会议并主持`', () => {
    const {record} = analyze('2024年3月12日,市政府召开第8次常务会议,市长王明出席会议并主持。\n会议研究了防汛工作。\n')
    expect([who(record.meeting.chair), record.meeting.attendees]).toEqual([['王明', '市长'], []])
  })

  it('should read two chairs from a `主持人:` header line', () => {
    const {record} = analyze('某县政府专题会议纪要\n时间:2024年5月6日\n主持人:张明、李强\n一、研究防汛工作\n会议同意防汛方案。\n')
    expect([record.meeting.chair?.name, record.meeting.coChairs.map((person) => person.name)]).toEqual(['张明', ['李强']])
  })
})

describe('joint owners with a unit that has 和 in its name', () => {
  it('should keep `市粮食和储备局` whole among owners joined by `、`', () => {
    const {record} = read('gov-city-numbered.txt')
    expect(record.items.map((item) => item.points.length)).toEqual([3, 0, 0])
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.owners])).toEqual([
      ['市司法局、市粮食和储备局', ['市司法局', '市粮食和储备局']]
    ])
  })

  it('should split `A和B` when each is an owner alone', () => {
    const {record} = analyze('某市政府常务会议纪要\n一、审议办法\n会议要求,市财政局和市税务局要抓紧修改完善。\n')
    expect(record.items[0].assignments.map((assignment) => assignment.owners)).toEqual([['市财政局', '市税务局']])
  })
})

describe('numbered minutes of an executive meeting', () => {
  it('should give the unit a numbered heading hears (`听取X关于…的汇报`) as reporter, not the verb with it', () => {
    const {record} = read('gov-numbered-closing.txt')
    expect(record.items.map((item) => item.reporters)).toEqual([['区市场监管局'], ['区发改局', '区统计局'], []])
    expect([record.meeting.name, record.meeting.date, record.meeting.location, record.meeting.recorder?.name]).toEqual([
      '区政府第15次常务会议',
      '2024-05-06',
      '区政府五楼会议室',
      '孔亮'
    ])
    expect(record.items.map((item) => item.points.length)).toEqual([0, 3, 0])
  })

  it('should read an owner who `统筹` a task at the start of a point under `会议议定:`', () => {
    const {record} = read('gov-agreed-points.txt')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task])).toEqual([
      ['市住建局', 'lead', '牵头,会同市公安局交警支队编制中心城区停车设施专项规划,9月底前报市政府审定'],
      ['市城管局', 'responsible', '负责清理占道经营,释放临时停车泊位'],
      ['市财政局', 'responsible', '统筹安排停车场建设补助资金']
    ])
  })

  it('should read a release past the page chrome, cut off mid-sentence, with its warning', () => {
    const {record, messages} = read('gov-truncated-noise.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['县政府第三十一次常务会议', '2022-11-15', ['邵卫红', '县委副书记、县长']])
    expect(record.items.map((item) => item.assignments.map((assignment) => assignment.owner))).toEqual([['县消防救援大队'], ['县人社局']])
    expect(messages.map((message) => message.ruleId)).toContain('truncated')
  })
})

describe('a lead-in before the matters', () => {
  it('should read `会议研究了以下事项:` before any matter as a lead-in, so that the `(一)` list below makes the items', () => {
    const {record} = read('gov-office-paren.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于冬季燃气安全工作'],
      ['二', '关于县城集中供热价格调整'],
      ['三', '关于春节前农民工工资支付']
    ])
    expect(record.items.map((item) => item.reporters)).toEqual([['县住建局'], ['县发改局'], []])
    expect(record.items[2].assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due])).toEqual([['县人社局', 'lead', '春节前']])
    expect([who(record.meeting.chair), record.meeting.recorder?.name, record.meeting.location]).toEqual([['邱建平', '县长'], '严琪', '县政府三楼第一会议室'])
  })

  it('should still open a matter at `会议还研究了以下事项:` after one', () => {
    const text = '3月5日,市长王明主持召开市政府第10次常务会议。\n会议听取了市财政局关于预算的汇报。\n会议还研究了以下事项:\n1.同意调整公交票价;\n2.同意增设公交线路。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.points.length])).toEqual([
      ['会议听取了市财政局关于预算的汇报', 0],
      ['会议还研究了以下事项:', 2]
    ])
  })

  it('should give a 区委常委会’s numbered item the points of `会议强调:` on the lines below', () => {
    const {record} = read('gov-standing-numbered.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['十三届区委常委会第89次会议', '2024-07-16', ['梁振宇', '区委书记']])
    expect(record.items.map((item) => item.points.length)).toEqual([0, 3, 0])
    expect(record.items[1].instructions.map((instruction) => [instruction.cue, instruction.points.length])).toEqual([['会议强调', 3]])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['区委宣传部', '7月底前'],
      ['区委组织部', null]
    ])
  })
})

describe('a web page’s decoration', () => {
  it('should open a matter at a bulleted paragraph (`◆ 会议听取了…`), leaving the bullet out of the heading and the cues', () => {
    const {record} = read('gov-bullets.txt')
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议传达学习了全国安全生产电视电话会议精神',
      '会议听取了市发改委关于岁末年初市场保供稳价工作的汇报',
      '会议审议并原则通过了《市级应急物资储备管理办法》',
      '会议还研究了其他事项'
    ])
    expect(record.items.map((item) => item.actions)).toEqual([['传达学习'], ['听取'], ['审议'], ['研究']])
    expect(record.items[0].statements.map((statement) => [statement.kind, statement.cue])).toEqual([['instruction', '会议强调']])
    expect(record.items[2].decisions.map((decision) => decision.verb)).toEqual(['审议并原则通过'])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['市应急管理局', '12月底前']])
  })

  it('should leave a column’s tag out of a headline’s name (`【常务会议】区政府召开第35次常务会议`)', () => {
    const text = '【常务会议】区政府召开第35次常务会议\n11月20日,区长王明主持会议。\n会议听取了区财政局关于预算的汇报。\n'
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('区政府第35次常务会议')
    expect(slice(text, record.meeting.positions.name)).toBe('区政府召开第35次常务会议')
  })
})

describe('matters opened with an adverb', () => {
  it('should open a matter at `会议逐项审议了`, `会议分别听取了`, `会议依次研究了`, `会议最后研究了`, with its action', () => {
    const text = [
      '3月5日,市长王明主持召开市政府第10次常务会议。',
      '会议逐项审议了《市道路养护办法》《市公园管理办法》。',
      '会议分别听取了市住建局和市城管局关于城市建设的汇报。',
      '会议依次研究了人事任免事项。',
      '会议认真学习了《信访工作条例》。',
      '会议最后研究了其他事项。',
      ''
    ].join('\n')
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.actions, item.reporters])).toEqual([
      [['审议'], []],
      [['听取'], ['市住建局', '市城管局']],
      [['研究'], []],
      [['学习'], []],
      [['研究'], []]
    ])
  })
})

describe('names and titles of autonomous regions', () => {
  it('should read a transliterated name with a middle dot, its title before or after it', () => {
    const lead = (text: string) => analyze(text + '\n会议研究了防汛工作。\n').record.meeting
    const before = lead('5月8日,县委副书记、县长艾尔肯·吐尼亚孜主持召开县政府第6次常务会议,副县长买买提·依明、李强出席会议。')
    expect([who(before.chair), before.attendees.map(who)]).toEqual([
      ['艾尔肯·吐尼亚孜', '县委副书记、县长'],
      [
        ['买买提·依明', '副县长'],
        ['李强', '副县长']
      ]
    ])
    expect(who(lead('5月8日,会议由阿不都热合曼·买买提县长主持。').chair)).toEqual(['阿不都热合曼·买买提', '县长'])
  })

  it('should know 旗长 and 州长 as titles', () => {
    const chair = (text: string) => who(analyze(text + '\n会议研究了防汛工作。\n').record.meeting.chair)
    expect(chair('5月8日,旗长王立主持召开旗人民政府第6次常务会议。')).toEqual(['王立', '旗长'])
    expect(chair('5月8日,州长李明主持召开州人民政府第6次常务会议。')).toEqual(['李明', '州长'])
  })
})

describe('reporters in releases', () => {
  const reporters = (paragraph: string) => analyze('3月5日,市长王明主持召开市政府第10次常务会议。\n' + paragraph + '\n').record.items.map((item) => item.reporters)

  it('should read the unit of `听取了由X提交的…`', () => {
    expect(reporters('会议听取了由市财政局提交的预算调整报告。')).toEqual([['市财政局']])
  })

  it('should read one person with two designations (`市政府副秘书长、市发改委主任X`) as one reporter, not a unit and a person', () => {
    expect(reporters('会议听取了市政府副秘书长、市发改委主任李强关于项目建设的汇报。')).toEqual([['李强']])
  })
})

describe('names written in full in the title', () => {
  it('should prefer the title’s full name to the lead’s short one (`县长现场办公会议` over `现场办公会`)', () => {
    const names = [
      '县长现场办公会议纪要\n2025年3月2日,县长李明在工业园主持召开现场办公会。\n一、关于园区道路\n会议同意修建园区道路。\n',
      '防汛工作调度会议纪要\n2025年6月2日,局长李明主持召开防汛工作调度会。\n一、关于水库巡查\n会议同意加密巡查。\n'
    ].map((text) => analyze(text).record.meeting.name)
    expect(names).toEqual(['县长现场办公会议', '防汛工作调度会议'])
  })

  it('should keep the lead’s name when the title names another meeting', () => {
    const {record} = analyze('县政府常务会议纪要\n2025年3月2日,县长李明主持召开专题会议。\n一、关于园区道路\n会议同意修建园区道路。\n')
    expect(record.meeting.name).toBe('专题会议')
  })

  it('should know 召集人 as a title (`会议由副县长、联席会议召集人X主持`)', () => {
    const {record} = analyze('2025年3月2日,县安全生产联席会议在县应急局召开,会议由副县长、联席会议召集人王芳主持。\n一、关于隐患排查\n会议同意开展排查。\n')
    expect(who(record.meeting.chair)).toEqual(['王芳', '副县长、联席会议召集人'])
  })
})

describe('reporters at a clause start', () => {
  it('should not take an owner who acts in its clause (`X对…实行挂牌督办`) as a reporter, but one who presents (`X针对…,对…进行了部署`)', () => {
    const reporters = (heading: string, body: string) => analyze(`某区政府常务会议纪要\n一、${heading}\n${body}\n`).record.items[0].reporters
    expect(reporters('关于督查考核', '区重大项目办每月通报项目进展情况,区督查室对进度滞后的项目实行挂牌督办。')).toEqual([])
    expect(reporters('关于防汛', '区应急局针对近期强降雨,对防汛工作进行了部署。会议同意启动应急响应。')).toEqual(['区应急局'])
  })
})

describe('more releases', () => {
  it('should read the chair of `总理X14日主持召开`, with the day alone before the verb', () => {
    const {record} = read('gov-council-inline.txt')
    expect(who(record.meeting.chair)).toEqual(['王建业', '总理'])
    // `会议确定:一是…二是…三是…`: a decision per point; `会议确定了…` opens no matter.
    expect(record.items.map((item) => [item.points.length, item.decisions.length])).toEqual([
      [3, 4],
      [0, 0]
    ])
  })

  it('should keep a numbered name as the lead writes it, and read the reporter of `听取和讨论了X关于…的说明`', () => {
    const {record} = read('gov-npc-council.txt')
    expect([record.meeting.name, record.meeting.session, record.meeting.date, who(record.meeting.chair)]).toEqual([
      '第二十六次主任会议',
      26,
      '2024-10-18',
      ['任志强', '主任']
    ])
    expect(record.items.map((item) => item.reporters)).toEqual([['县人民政府'], ['县人大常委会预算工委'], [], []])
  })

  it('should read decisions and owners of the `(一)` points under `会议确定:`', () => {
    const {record} = read('gov-city-confirmed.txt')
    expect(record.meeting.name).toBe('十五届市政府第9次常务会议')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['市商务局', '年底前'],
      ['市财政局', null],
      ['市市场监管局', null]
    ])
  })

  it('should keep `会议原则同意《…》` after the first matter with that matter', () => {
    const {record} = read('gov-party-committee.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['区委常委会会议', '2023-08-21', ['潘明远', '区委书记']])
    expect(record.items.map((item) => item.decisions.length)).toEqual([1, 0])
  })
})

describe('a township party committee', () => {
  it('should read the points under `会议研究决定:` as decisions of the matter it concludes, and the proposer a point agrees to as reporter', () => {
    const {record} = read('gov-town-party.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['2024年第15次党委会议', '2024-07-09', ['冯立', '镇党委书记']])
    expect(record.items.map((item) => [item.points.length, item.decisions.length, item.reporters])).toEqual([[3, 3, ['镇农业服务中心']]])
    const owners = record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])
    expect(owners).toContainEqual(['镇财政所', null])
    expect(owners).toContainEqual(['镇党政办', '在7月15日前'])
  })

  it('should not take a unit a point only names (`1.由X负责…`) as a reporter', () => {
    const {record} = analyze('2024年7月9日,镇党委书记冯立主持召开镇党委会议。\n会议研究决定:\n1.由镇财政所负责拨付防汛资金;\n2.镇党政办汇总上报。\n')
    expect(record.items[0].reporters).toEqual([])
  })
})

describe('joint chairs in a release', () => {
  it('should read `区委书记X,区委副书记、区长Y共同主持召开…` as two chairs', () => {
    const {record} = read('gov-district-joint.txt')
    expect([who(record.meeting.chair), record.meeting.coChairs.map(who)]).toEqual([['宋志刚', '区委书记'], [['钟琳', '区委副书记、区长']]])
  })
})

describe('owners after 由', () => {
  it('should not cut a title into a unit (`由副镇长牵头负责` gives no owner `副镇`)', () => {
    const {record} = analyze('某镇党委会议纪要\n一、研究人居环境整治\n会议同意成立工作专班,由副镇长牵头负责。会议同意,由镇财政所保障资金。\n')
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['镇财政所'])
  })
})

describe('labels of kinds of matters and reporter lines', () => {
  it('should read `【审议事项】` over matter paragraphs as a label, each paragraph its own item', () => {
    const {record, tree} = read('gov-bracket-sections.txt')
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议集体学习了《中华人民共和国突发事件应对法》',
      '会议审议了《长林县城市供水价格调整方案》',
      '会议审议了《长林县农村公路养护管理办法》',
      '会议还研究了其他事项'
    ])
    const nodes: Node[] = tree.children.flatMap((section): Node[] => [...section.children])
    const labels = nodes.flatMap((node) => (node.type === 'noise' && node.kind === 'label' ? [node.value] : []))
    expect(labels).toEqual(['【学习事项】', '【审议事项】', '【其他事项】'])
    // The year from `2024-09-06 17:42 长林县人民政府办公室` under the title.
    expect(record.meeting.date).toBe('2024-09-05')
  })

  it('should keep a bracketed heading of working minutes (`【本周工作安排】`) as the item', () => {
    const {record} = analyze('某局周例会纪要\n2024年5月6日,局长王明主持召开周例会。\n【本周工作安排】\n办公室要做好文件归档。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['本周工作安排'])
  })

  it('should read every unit of a `汇报单位:A、B` line, and every person of `汇报人:X、Y`', () => {
    const {record} = read('gov-topic-reporter-lines.txt')
    expect(record.items.map((item) => item.reporters)).toEqual([['市商务局'], ['市住建局', '市生态环境局']])
    const people = analyze('某局局务会议纪要\n一、审议方案\n会议审议了《方案》(汇报人:李强、王芳)。\n').record.items[0].reporters
    expect(people).toEqual(['李强', '王芳'])
  })
})

describe('the submitter of a request the meeting agrees to', () => {
  it('should read X of `原则同意X关于…的请示` as the reporter', () => {
    const {record} = read('gov-minutes-mixed.txt')
    expect(record.items.map((item) => item.reporters)).toEqual([['区统计局'], ['区文体旅局'], ['区民政局']])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['区发改局', '区工信局', '区商务局'])
  })

  it('should read joint reporters and the deadline `春节前` of a long county lead', () => {
    const {record} = read('gov-county-long-lead.txt')
    expect([record.meeting.name, record.meeting.date, who(record.meeting.chair)]).toEqual(['县政府2025年第1次常务会议', '2025-01-07', ['柏文涛', '县委副书记、县长']])
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['沈立', '邬晓', '纪川', '霍红'])
    expect(record.items[1].reporters).toEqual(['县人社局', '县住建局'])
  })
})

describe('texts that read right at once', () => {
  it('should read a provincial executive meeting’s numbered minutes, owners with a bracketed second name among them', () => {
    const {record} = read('gov-province-numbered.txt')
    expect([record.meeting.name, who(record.meeting.chair)]).toEqual(['省政府第八十二次常务会议', ['钱永康', '省长']])
    expect(record.items.map((item) => item.assignments.map((assignment) => assignment.owner))).toEqual([
      ['省司法厅、省粮食和物资储备局'],
      ['省发展改革委(省能源局)', '国网省电力公司']
    ])
  })

  it('should read `副区长X受区长委托主持召开` and two presenters of `会上,X汇报了…,Y通报了…`', () => {
    const {record} = read('gov-news-hui-shang.txt')
    expect(who(record.meeting.chair)).toEqual(['杜明', '副区长、区政府党组成员'])
    expect(record.items.map((item) => item.reporters)).toEqual([['区财政局', '区审计局'], ['区城管局']])
  })
})
