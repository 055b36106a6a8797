import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of institutions (universities, hospitals, companies, councils, bureaus) written for these tests in the genre's forms. */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
  return {text, ...analyze(text)}
}

describe('structure of minutes of institutions and of their web copies', () => {
  it('should split items that a web copy runs on in one line after the lead-in `纪要如下:`', () => {
    const {text, record} = read('inst-party-standing-oneline.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '传达学习上级会议精神'],
      ['二', '研究学校“十四五”规划中期评估工作'],
      ['三', '研究干部选拔任用事项'],
      ['四', '审议《学校巡察工作实施办法(修订)》']
    ])
    for (const item of record.items) {
      const {start, end} = item.positions.heading ?? item.position
      expect(text.slice(start.offset, end.offset)).toBe(item.heading)
    }
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该方案'])
    expect(record.items[3].points.map((point) => point.text)).toEqual(['要突出政治巡察定位;', '要强化巡察整改落实;', '要加强巡察队伍建设。'])
  })

  it('should keep the lead paragraph out of the items when it ends in a glued `一、`', () => {
    const {record} = analyze('某大学校长办公会议纪要\n9月1日,校长王海主持召开校长办公会议。现纪要如下:一、研究迎新工作。会议同意迎新方案。二、研究军训工作。会议同意军训方案。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['研究迎新工作', '研究军训工作'])
    expect(record.items.map((item) => item.decisions.length)).toEqual([1, 1])
  })

  it('should not split at a colon that does not lead in to the items', () => {
    const {record} = analyze('某局局务会议纪要\n会议研究了以下议题:一、安全工作;二、防汛工作。\n一、研究安全工作\n会议同意排查方案。\n二、研究防汛工作\n会议同意防汛预案。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['研究安全工作', '研究防汛工作'])
    // A lead that previews the matters after its lead-in, the matters then on lines of their own.
    const preview = analyze('某局局务会议纪要\n会议研究了以下事项:一、安全工作;二、防汛工作。\n一、研究安全工作\n会议同意排查方案。\n二、研究防汛工作\n会议同意防汛预案。\n')
    expect(preview.record.items.map((item) => item.heading)).toEqual(['研究安全工作', '研究防汛工作'])
  })

  it('should read a motion voted down (`审议未通过`) as the item’s decision, and a tally of votes as none', () => {
    const {record} = read('inst-board-voted-down.txt')
    expect(record.items).toHaveLength(5)
    const rejected = record.items[3]
    expect(rejected.decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['审议未通过《关于设立环保科技子公司的议案》', '审议未通过']
    ])
    // `表决结果:同意6票,反对1票` under 三 counts votes: the item has its heading and its `会议同意…` only.
    expect(record.items[2].decisions.map((decision) => decision.verb)).toEqual(['审议通过', '同意'])
  })

  it('should keep `会议研究决定,…` with the matter before it, not open a new one', () => {
    const {record} = read('inst-hospital-party-unnumbered.txt')
    expect(record.items).toHaveLength(4)
    const last = record.items[3]
    expect(last.heading).toBe('会上,纪委书记胡明通报了近期医药领域腐败问题典型案例')
    expect(last.decisions.map((decision) => decision.verb)).toEqual(['研究决定'])
    expect(last.points.map((point) => point.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should still open the one matter with `会议研究决定` as the first paragraph after the lead', () => {
    const {record} = analyze('某医院党委会议纪要\n3月2日,书记李明主持召开党委会议。\n会议研究决定,成立院史编纂工作组。\n')
    expect(record.items).toHaveLength(1)
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议研究决定,成立院史编纂工作组'])
  })

  it('should not take arrangements as decisions when the clause before the colon is no decision lead-in', () => {
    const {record} = read('inst-univ-arrangements.txt')
    const first = record.items[0]
    expect(first.decisions.map((decision) => decision.verb)).toEqual(['同意'])
    expect(first.points.map((point) => [point.ordinal, point.points.length])).toEqual([
      ['1', 2],
      ['2', 0],
      ['3', 0]
    ])
    // The agenda under `会议议题:` is the meeting's, not an item.
    expect(record.items.map((item) => item.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should still take the points under `会议听取了…,决定:` as decisions', () => {
    const {record} = analyze('某局局务会议纪要\n一、研究采购事项\n会议听取了办公室的汇报,决定:\n1.同意采购打印机5台;\n2.暂缓采购公务车。\n')
    expect(record.items[0].decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['同意采购打印机5台;', '同意'],
      ['暂缓采购公务车。', '暂缓']
    ])
  })

  it('should read `一、二、三、` under `会议强调:` in minutes of paragraph matters as points, not items', () => {
    const {record} = read('inst-college-news-points.txt')
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议听取了后勤处关于冬季校园安全和后勤保障工作的汇报',
      '会议审议了《学院教职工考勤管理办法》',
      '会议研究了2025年元旦放假安排'
    ])
    expect(record.items[0].points.map((point) => [point.ordinal, point.text])).toEqual([
      ['一', '要加强校园消防安全检查,及时消除火灾隐患;'],
      ['二', '要做好供暖保障,确保师生温暖过冬;'],
      ['三', '要加强食堂食品安全管理,严把食材采购关。']
    ])
    expect(record.items[0].instructions.map((instruction) => [instruction.cue, instruction.points.length])).toEqual([['会议强调', 3]])
  })

  it('should take `一、二、` as items when they head matters of their own, even after `会议强调:`', () => {
    const {record} = analyze(
      '某区教育局局务会议纪要\n6月3日,局长王刚主持召开局务会议。\n会议听取了办公室关于上月工作的汇报。会议强调:\n一、抓好安全工作\n会议认为,安全形势总体平稳。\n二、抓好招生工作\n会议同意招生方案。\n'
    )
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '抓好安全工作'],
      ['二', '抓好招生工作']
    ])
  })

  it('should read a board’s `议案一:` as the first item, its votes no decision', () => {
    const {record} = read('inst-bank-board-motions.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '《2023年度董事会工作报告》'],
      ['二', '《2023年度财务决算报告及2024年度财务预算方案》'],
      ['三', '《关于2023年度利润分配的预案》'],
      ['四', '《关于聘任高级管理人员的议案》']
    ])
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 1, 1, 1])
  })

  it('should read `一是` glued to its addressee as the start of an enumeration (`要求各工委一是…;二是…`)', () => {
    const {record} = analyze('某县人大常委会主任会议纪要\n一、研究监督工作\n会议要求各工委一是要精心组织调研;二是要加强跟踪监督;三是要注重实效。\n')
    expect(record.items[0].points.map((point) => [point.ordinal, point.text])).toEqual([
      ['一', '要精心组织调研;'],
      ['二', '要加强跟踪监督;'],
      ['三', '要注重实效。']
    ])
  })

  it('should not take `一是` inside a word for a new enumeration while one is open', () => {
    const {record} = analyze('某局局务会议纪要\n一、研究工作\n会议要求,一是坚持统一是前提;二是加强协调。\n')
    expect(record.items[0].points.map((point) => point.text)).toEqual(['坚持统一是前提;', '加强协调。'])
  })

  it('should take the line under a bare `议题一:` as the item’s heading', () => {
    const {text, record} = read('inst-bureau-topic-next-line.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '学习贯彻《中华人民共和国法律援助法》实施一周年座谈会精神'],
      ['二', '研究“八五”普法中期评估迎检工作'],
      ['三', '研究社区矫正对象教育帮扶工作']
    ])
    const heading = record.items[1].positions.heading
    expect(heading && text.slice(heading.start.offset, heading.end.offset)).toBe('研究“八五”普法中期评估迎检工作')
    expect(record.items[1].reporters).toEqual(['普法与依法治理科'])
  })

  it('should read the points after `会议同意…,并明确:` as decisions, each once', () => {
    const {record} = read('inst-bureau-topic-next-line.txt')
    expect(record.items[1].decisions.map((decision) => [decision.text, decision.verb])).toEqual([
      ['会议同意迎检工作方案', '同意'],
      ['普法与依法治理科负责台账资料整理;', '明确'],
      ['办公室负责迎检后勤保障;', '明确'],
      ['各司法所负责基层普法阵地的自查自纠。', '明确']
    ])
  })

  it('should not count the lead-in `会议同意:` as a decision of its own before its inline points', () => {
    const {record} = read('inst-party-group-inline-decisions.txt')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual([
      '成立局主题教育领导小组及办公室;',
      '印发局主题教育实施方案;',
      '主题教育期间每周五下午开展集中学习。'
    ])
    expect(record.items[0].points).toHaveLength(3)
  })

  it('should take short lines that say what the meeting did (`研究…事项`, `部署…工作`) as headings of unnumbered minutes', () => {
    const {record} = read('inst-company-party-heading-lines.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading, item.decisions.length, item.points.length])).toEqual([
      [null, '传达学习上级精神', 0, 0],
      [null, '研究“三重一大”事项', 2, 0],
      [null, '部署近期重点工作', 0, 3]
    ])
  })

  it('should read `第一项议程:` as an item', () => {
    const {record} = analyze('某公司总经理办公会议纪要\n3月2日,总经理王强主持召开总经理办公会议。\n第一项议程:研究采购事项\n会议同意采购方案。\n第二项议程:研究招聘事项\n会议同意招聘计划。\n')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '研究采购事项'],
      ['二', '研究招聘事项']
    ])
  })

  it('should split the first item glued after `会议议定以下事项:` and read each form of decision once', () => {
    const {record} = read('inst-zone-decision-forms.txt')
    expect(record.items.map((item) => [item.ordinal, item.reporters])).toEqual([
      ['一', ['招商局']],
      ['二', ['建设局']],
      ['三', ['经发局']],
      ['四', ['安监局']]
    ])
    expect(record.items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([['同意'], ['原则同意', '明确'], ['暂缓'], ['议定', '议定']])
  })

  it('should split `(一)(二)(三)` items that a web copy runs on in the lead’s line after `纪要如下:`', () => {
    const {text, record} = read('inst-bureau-oneline-paren.txt')
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于春耕生产工作'],
      ['二', '关于高标准农田建设项目'],
      ['三', '关于动物防疫工作']
    ])
    const {start, end} = record.items[2].position
    expect(text.slice(start.offset, end.offset)).toBe('(三)关于动物防疫工作。会议同意开展春季重大动物疫病集中免疫,由畜牧兽医站负责组织实施。')
    expect(record.items.map((item) => item.decisions.length)).toEqual([0, 1, 1])
  })

  it('should read the unit under `汇报科室:` as the reporter of an item of working minutes', () => {
    const {record} = read('inst-hospital-labelled-items.txt')
    expect(record.items.map((item) => item.reporters)).toEqual([['药剂科'], ['设备科'], ['党政办']])
    expect(record.items[1].decisions.map((decision) => decision.verb)).toEqual(['原则同意'])
  })

  it('should not split an inline list of an entry’s body for the next entry', () => {
    const {record} = analyze(
      '某局局长办公会议纪要\n3月2日,局长王强主持召开局长办公会议。现将会议议定事项纪要如下:(一)关于安全工作。会议要求:(一)要排查隐患。(二)要落实责任。(二)关于招聘工作。会议同意招聘方案。\n'
    )
    expect(record.items.map((item) => item.heading)).toEqual(['关于安全工作', '关于招聘工作'])
    expect(record.items[0].points.map((point) => point.text)).toEqual(['要排查隐患。', '要落实责任。'])
  })

  it('should read Word’s enclosed numbers `㈠` and `⑴` as `(一)` and `(1)` points', () => {
    const {record} = read('inst-bureau-word-enclosed.txt')
    expect(record.items.map((item) => item.points.map((point) => [point.ordinal, point.level]))).toEqual([
      [
        ['㈠', 'subsection'],
        ['㈡', 'subsection'],
        ['㈢', 'subsection']
      ],
      [
        ['⑴', 'paren-arabic'],
        ['⑵', 'paren-arabic']
      ]
    ])
    // `要求:` alone leads in to the points: it is not part of the decision before it.
    expect(record.items[1].decisions.map((decision) => decision.text)).toEqual(['会议同意开展第36个爱国卫生月活动'])
  })

  it('should end a heading at a colon that leads in to numbered points, and read the points as its decisions', () => {
    const {text, record} = read('inst-hospital-heading-points.txt')
    const first = record.items[0]
    expect(first.heading).toBe('研究干部人事事项')
    expect(first.points.map((point) => point.ordinal)).toEqual(['一', '二'])
    expect(first.decisions.map((decision) => decision.text)).toEqual(['同意任命韩冰为医务部副主任(试用期一年)', '同意免去邵华护理部副主任职务'])
    for (const decision of first.decisions) expect(text.slice(decision.position.start.offset, decision.position.end.offset)).toBe(decision.text)
    expect(record.items.map((item) => item.heading)).toEqual(['研究干部人事事项', '审议通过《医院“三重一大”决策制度实施办法(修订)》', '研究捐赠事项'])
  })

  it('should read no items in a text cut off inside its lead', () => {
    const {record} = analyze('某集团召开总经理办公会\n3月12日,总经理邹明主持召开总经理办公会,集团领导班子成员参加会议。会议听取了各部门工作汇报,研究了\n')
    expect(record.items).toEqual([])
  })

  it('should read both units that report at `会上,X部主任阎芳通报了…,Y部主任…通报了…`', () => {
    const {record} = read('inst-hospital-news.txt')
    expect(record.items.map((item) => item.reporters)).toEqual([['医务部', '护理部'], [], []])
    // `最后,院长…提出三点要求:一要…` goes on with the last matter.
    expect(record.items[2].points.map((point) => point.ordinal)).toEqual(['一', '二', '三'])
  })

  it('should open a matter at a paragraph that names it first (`关于X,会议…`)', () => {
    const {record} = read('inst-bureau-topic-first.txt')
    expect(record.items.map((item) => item.heading?.slice(0, item.heading.indexOf(',')))).toEqual([
      '关于防汛备汛工作',
      '关于农村供水工程建设',
      '关于河湖长制工作',
      '关于机关作风建设'
    ])
    expect(record.items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([[], ['同意'], ['明确'], []])
  })

  it('should not open a matter at `关于` whose clause the meeting does not speak in', () => {
    const {record} = analyze('某局局务会议纪要\n6月3日,局长王强主持召开局务会议。\n会议听取了办公室关于上半年工作的汇报。\n关于这项工作存在的问题,办公室已列出清单。\n')
    expect(record.items).toHaveLength(1)
  })

  it('should open an item at each `议题:` label of working minutes, its heading the matter after the label', () => {
    const {text, record} = read('inst-hospital-topic-labels.txt')
    expect(record.items.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于住院部电梯改造', ['总务科']],
      ['关于院感防控督查情况', ['院感科']],
      ['关于信息系统等保测评', ['信息科']]
    ])
    const heading = record.items[1].positions.heading
    expect(heading && text.slice(heading.start.offset, heading.end.offset)).toBe('关于院感防控督查情况')
  })

  it('should leave a single `会议议题:` line to the meeting’s agenda', () => {
    const {record} = analyze('某局局务会议纪要\n会议议题:研究防汛工作\n6月3日,局长王强主持召开局务会议。\n会议听取了水利股关于防汛工作的汇报。\n')
    expect(record.items.map((item) => item.heading)).toEqual(['会议听取了水利股关于防汛工作的汇报'])
  })

  it('should open a matter at `会议讨论通过了《…》` as at `会议审议通过了`, but keep `会议研究决定` with it', () => {
    const {record} = analyze(
      '某学院党委会议纪要\n3月2日,书记李明主持召开党委会议。\n会议传达学习了上级会议精神。会议要求抓好落实。\n会议讨论通过了《学院督查督办工作办法》。\n会议研究决定,成立督查工作组。\n'
    )
    expect(record.items.map((item) => [item.heading, item.decisions.map((decision) => decision.verb)])).toEqual([
      ['会议传达学习了上级会议精神', []],
      ['会议讨论通过了《学院督查督办工作办法》', ['讨论通过', '研究决定']]
    ])
  })
})
