import {describe, expect, it} from 'vitest'
import {analyze, parse, parseMinutes} from '../src/index.js'
import {matchMarker, ordinalNumber} from '../src/parse/numbering.js'
import type {List, Paragraph, Root} from '../src/index.js'

const lead = '2024年3月5日上午，王明市长主持召开市政府第12次常务会议。现纪要如下：\n'

function items(tree: Root) {
  return tree.children.filter((child) => child.type === 'item')
}

describe('numbering grammar', () => {
  it('should read Chinese ordinals past ten', () => {
    expect(ordinalNumber('十')).toBe(10)
    expect(ordinalNumber('十一')).toBe(11)
    expect(ordinalNumber('二十')).toBe(20)
    expect(ordinalNumber('二十三')).toBe(23)
    expect(ordinalNumber('九十九')).toBe(99)
    expect(ordinalNumber('12')).toBe(12)
    expect(Number.isNaN(ordinalNumber('两'))).toBe(true)
  })

  it('should match every level in full- and half-width forms', () => {
    const cases: Array<[string, string, number]> = [
      ['一、审议', 'section', 1],
      ['十一、听取', 'section', 11],
      ['议题三:研究', 'section', 3],
      ['(二)要', 'subsection', 2],
      ['(二)要', 'subsection', 2],
      ['3.要', 'arabic', 3],
      ['3、要', 'arabic', 3],
      ['(4)要', 'paren-arabic', 4],
      ['⑤要', 'circled', 5],
      ['一是要', 'enumeration', 1],
      ['二要加强', 'enumeration', 2],
      ['第三,要', 'enumeration', 3]
    ]
    for (const [text, level, number] of cases) {
      const match = matchMarker(text.replace('(二)', '（二）'), 0, true) ?? matchMarker(text, 0, true)
      expect(match, text).not.toBe(null)
      expect([match?.level, match?.number], text).toEqual([level, number])
    }
  })

  it('should read numbered matters at a line start: 议题1：, 第一项：, 第二个议题：', () => {
    const cases: Array<[string, string, number, string]> = [
      ['议题1:研究', 'section', 1, '议题1:'],
      ['议题12 研究', 'section', 12, '议题12 '],
      ['第一项:研究', 'section', 1, '第一项:'],
      ['第二个议题:研究', 'section', 2, '第二个议题:'],
      ['第三项议题 研究', 'section', 3, '第三项议题 ']
    ]
    for (const [text, level, number, marker] of cases) {
      const match = matchMarker(text, 0, true)
      expect(match && [match.level, match.number, text.slice(match.start, match.end)], text).toEqual([level, number, marker])
    }
    // Inside a sentence `第一项` is no marker, and `第一项工作` no matter.
    expect(matchMarker('第一项:研究', 0, false)?.level).not.toBe('section')
    expect(matchMarker('第一项工作', 0, true)).toBe(null)
    expect(matchMarker('议题0:', 0, true)).toBe(null)
  })

  it('should read 一， and 一. headings, and 1） points, at a line start only', () => {
    const cases: Array<[string, string, number, string]> = [
      ['一,关于春季农业生产工作', 'section', 1, '一,'],
      ['三.关于城乡环境整治工作', 'section', 3, '三.'],
      ['1)要加强', 'paren-arabic', 1, '1)'],
      ['12)、要加强', 'paren-arabic', 12, '12)、']
    ]
    for (const [text, level, number, marker] of cases) {
      const match = matchMarker(text, 0, true)
      expect(match && [match.level, match.number, text.slice(match.start, match.end)], text).toEqual([level, number, marker])
    }
    // Inside a sentence they are text: `见附件1)`, `一,二季度`.
    expect(matchMarker('1)要加强', 0, false)).toBe(null)
    expect(matchMarker('一,关于', 0, false)).toBe(null)
    expect(matchMarker('一,二季度', 0, true)).toBe(null)
    expect(matchMarker('0)要加强', 0, true)).toBe(null)
    // As written, full-width: `1）` and `一，` items of a whole document.
    const record = parseMinutes(lead + '一，关于春季农业生产工作\n1）县农业农村局要抓好春耕备耕。\n2）县水利局要保障灌溉用水。\n二，关于城乡环境整治工作\n会议同意。\n')
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.map((point) => point.ordinal)])).toEqual([
      ['一', '关于春季农业生产工作', ['1', '2']],
      ['二', '关于城乡环境整治工作', []]
    ])
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['县农业农村局', '县水利局'])
  })

  it('should not take numbers, decimals or years for markers', () => {
    expect(matchMarker('一、二季度经济运行平稳', 0, true)).toBe(null)
    expect(matchMarker('1.5亿元', 0, true)).toBe(null)
    expect(matchMarker('2021.11', 0, true)).toBe(null)
    expect(matchMarker('第一季度', 0, true)).toBe(null)
    // Inside a line, `一、` before an Arabic digit is a run of numbers too.
    expect(matchMarker('一、2季度', 0, false)).toBe(null)
  })

  it('should take `一、` before an Arabic digit at a line start for a section: a heading may open with one', () => {
    expect(matchMarker('一、8月份安全生产情况通报', 0, true)).toMatchObject({level: 'section', ordinal: '一', number: 1, end: 2})
  })

  it('should split inline （一） points inside a paragraph', () => {
    const text = lead + '一、审议《城市更新办法》\n会议强调，（一）要加快进度。（二）要压实责任。（三）要强化保障。\n'
    const [item] = items(parse(text))
    const paragraph = item.children[0] as Paragraph
    const statement = paragraph.children[0]
    expect(statement.type).toBe('statement')
    const list = (statement as {children: unknown[]}).children.find((node) => (node as List).type === 'list') as List
    expect(list.inline).toBe(true)
    expect(list.children.map((point) => point.marker.ordinal)).toEqual(['一', '二', '三'])
    expect(parseMinutes(text).items[0].points.map((point) => point.text)).toEqual(['要加快进度。', '要压实责任。', '要强化保障。'])
  })

  it('should split 一是…二是… mid-paragraph', () => {
    const text = lead + '一、研究防汛工作\n会议要求，各部门要提高认识。一是要落实责任。二是要加强巡查；三是要备足物资。\n'
    expect(parseMinutes(text).items[0].points.map((point) => [point.ordinal, point.text])).toEqual([
      ['一', '要落实责任。'],
      ['二', '要加强巡查;'.replace(';', '；')],
      ['三', '要备足物资。']
    ])
  })

  it('should not split on a marker that continues no sequence', () => {
    const text = lead + '一、研究经济运行\n会议认为，一、二季度经济运行平稳，（二）字样不成列表。\n二、研究第一季度工作\n会议强调，要做好《关于（一）类项目的通知》落实。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.heading)).toEqual(['研究经济运行', '研究第一季度工作'])
    expect(record.items.map((item) => item.points.length)).toEqual([0, 0])
    // 统一要求 holds 一要 but not after a clause boundary.
    expect(parseMinutes(lead + '一、研究事项\n会议强调，全市统一要求。二要加快。\n').items[0].points).toEqual([])
  })

  it('should take half-width markers and ASCII punctuation', () => {
    const text = '2024年3月5日,李强区长主持召开区政府第3次常务会议。\n一、审议《方案》\n会议强调,(一)要抓落实。(二)要抓进度。\n二、听取汇报\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '审议《方案》', 2],
      ['二', '听取汇报', 0]
    ])
  })

  it('should read items past ten and warn about a skipped ordinal', () => {
    const headings = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十三']
    const text = lead + headings.map((ordinal) => `${ordinal}、研究事项${ordinal}\n会议原则同意。`).join('\n')
    const {record, messages} = analyze(text)
    expect(record.items.map((item) => item.ordinal)).toEqual(headings)
    expect(messages.filter((message) => message.ruleId === 'skipped-ordinal').map((message) => message.place.start.line)).toEqual([24])
  })

  it('should not take a backwards ordinal for a heading', () => {
    const text = lead + '一、研究甲事项\n二、研究乙事项\n一、二两项工作由办公室负责。\n'
    const {record, messages} = analyze(text)
    expect(record.items).toHaveLength(2)
    expect(messages.map((message) => message.ruleId)).not.toContain('duplicate-ordinal')
  })

  it('should split a heading glued after a sentence end', () => {
    const text = '本公告内容真实准确。一、会议召开情况\n会议于2024年5月6日召开。\n二、会议审议情况\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.heading)).toEqual(['会议召开情况', '会议审议情况'])
  })

  it('should end a heading that runs on at its first 。', () => {
    const text = lead + '一、张伟副校长通报了招生工作。会议同意该方案。\n'
    const [item] = parseMinutes(text).items
    expect(item.heading).toBe('张伟副校长通报了招生工作')
    expect(item.reporters).toEqual(['张伟'])
    expect(item.decisions.map((decision) => decision.text)).toEqual(['会议同意该方案'])
  })

  it('should nest line-start levels: （一） then 1. then （1）', () => {
    const text =
      lead +
      '一、研究重点项目\n会议确定：\n（一）关于甲项目。\n1.由市发改委牵头推进。\n2.由市财政局保障资金。\n（1）资金年底前到位。\n（2）按月拨付。\n（二）关于乙项目。\n二、其他事项\n'
    const record = parseMinutes(text)
    const [first] = record.items
    expect(first.points.map((point) => point.ordinal)).toEqual(['一', '二'])
    expect(first.points[0].points.map((point) => point.ordinal)).toEqual(['1', '2'])
    expect(first.points[0].points[1].points.map((point) => point.text)).toEqual(['资金年底前到位。', '按月拨付。'])
    expect(first.assignments.map((assignment) => [assignment.owner, assignment.role])).toEqual([
      ['市发改委', 'lead'],
      ['市财政局', 'responsible']
    ])
    // Points under a lead-in such as 会议确定： are decisions.
    expect(first.decisions.map((decision) => decision.text)).toEqual(['关于甲项目。', '关于乙项目。'])
  })

  it('should open items at paragraphs that open a matter when there is no level-1 numbering', () => {
    const text =
      '5月8日下午，李华县长主持召开县政府第7次常务会议。\n会议听取了县教育局关于校舍改造的汇报。会议原则同意该方案。\n会议强调，要确保质量。\n会议还研究了其他事项。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      [null, '会议听取了县教育局关于校舍改造的汇报'],
      [null, '会议还研究了其他事项']
    ])
    expect(record.items[0].reporters).toEqual(['县教育局'])
    expect(record.items[0].instructions).toHaveLength(1)
  })

  it('should make items of a list at top level right after the preamble', () => {
    const text = '6月1日，学校召开校长办公会。会议议定如下：\n1.审议通过《实验室管理办法》。\n2.研究招生计划，由招生办负责落实。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['1', '审议通过《实验室管理办法》'],
      ['2', '研究招生计划，由招生办负责落实']
    ])
    expect(record.items[1].assignments.map((assignment) => assignment.owner)).toEqual(['招生办'])
  })

  it('should keep a list before the first item out of the items and warn', () => {
    const text = '（1）说明文字\n' + lead + '一、研究事项\n'
    const {record, messages} = analyze(text)
    expect(record.items).toHaveLength(1)
    expect(messages.map((message) => message.ruleId)).toContain('orphan-point')
  })
})

describe('reporters and decisions in other forms', () => {
  it('should report each unit of a joint report, and labelled reporters', () => {
    const text =
      lead +
      '一、研究背街小巷整治\n会议听取了市住建局、市城管局关于背街小巷整治的汇报。会议不同意增加收费项目。\n（汇报单位：市住建局）\n二、研究学校布局\n会议听取了副市长赵丽关于学校布局的说明。\n'
    const record = parseMinutes(text)
    expect(record.items[0].reporters).toEqual(['市住建局', '市城管局'])
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议不同意增加收费项目'])
    expect(record.items[1].reporters).toEqual(['赵丽'])
  })

  it('should report X in …，由X作起草说明, and give X no task for it', () => {
    const record = parseMinutes(lead + '一、审议条例草案\n会议审议了《供水条例（草案）》，由市司法局作起草说明。会议原则同意，请市司法局于下次会议汇报修改情况。\n')
    expect(record.items[0].reporters).toEqual(['市司法局'])
    expect(record.items[0].assignments.map((each) => [each.owner, each.task])).toEqual([['市司法局', '于下次会议汇报修改情况']])
  })

  it('should report each unit that 分别/共同 reports at a clause start', () => {
    const text = lead + '一、研究重点项目\n市发改委、市财政局分别汇报了重点项目资金保障情况。会议同意。\n二、研究供水\n市水务局和市城投公司共同汇报了供水改造方案。\n'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.reporters)).toEqual([
      ['市发改委', '市财政局'],
      ['市水务局', '市城投公司']
    ])
  })
})

describe('enumerations on their own lines', () => {
  it('should read 一是… lines as points of the current item', () => {
    const text = lead + '一、研究防汛工作\n会议要求：\n一是压实防汛责任。\n二是加强隐患排查。\n三是做好物资储备。\n'
    const [item] = parseMinutes(text).items
    expect(item.points.map((point) => [point.ordinal, point.level, point.text])).toEqual([
      ['一', 'enumeration', '压实防汛责任。'],
      ['二', 'enumeration', '加强隐患排查。'],
      ['三', 'enumeration', '做好物资储备。']
    ])
  })
})

describe('decision verbs', () => {
  it('should read 研究同意, 原则上同意 and 表决通过 as decisions', () => {
    const text = lead + '一、研究人事事项\n会议研究同意张某某任办公室副主任。会议原则上同意调整方案。会议表决通过了《议事规则》。\n'
    expect(parseMinutes(text).items[0].decisions.map((decision) => decision.verb)).toEqual(['研究同意', '原则上同意', '表决通过'])
  })

  it('should read 会议审定 as a decision, but not 审定 alone as a step to come', () => {
    const text = lead + '一、研究规划\n会议审定了《城区控制性详细规划》。请市自然资源局修改完善，审定后印发。\n'
    expect(parseMinutes(text).items[0].decisions.map((decision) => [decision.verb, decision.text])).toEqual([['审定', '会议审定了《城区控制性详细规划》']])
  })
})

describe('news-style transitions', () => {
  it('should open an item at 随后，会议听取了…', () => {
    const text = '9月2日，校长李强主持召开校长办公会议。\n会议传达学习了有关文件精神。\n随后，会议听取了教务处关于新学期教学准备的汇报。\n最后，会议研究了其他事项。\n'
    expect(parseMinutes(text).items.map((item) => item.heading)).toEqual([
      '会议传达学习了有关文件精神',
      '随后，会议听取了教务处关于新学期教学准备的汇报',
      '最后，会议研究了其他事项'
    ])
  })
})
