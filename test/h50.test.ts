import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's ordinal and heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => [item.ordinal, item.heading])
}

describe('an item glued after a hijacked mirror\'s bracket between sentences (blind19-h50 r4)', () => {
  const lead = '2025年3月2日,院长柯远主持召开院长办公会。会议研究了以下事项:'

  it('should open the next item after 。【…】', () => {
    const text = `${lead}一、研究教材选用工作。会议同意该方案。二、审议学院差旅费管理细则。会议原则通过该细则。【葡京娱乐 注册送彩金】三、研究校友返校日安排。会议同意于5月举办。\n`
    expect(headings(text)).toEqual([
      ['一', '研究教材选用工作'],
      ['二', '审议学院差旅费管理细则'],
      ['三', '研究校友返校日安排']
    ])
  })

  it('should not open one after a bracket inside a sentence', () => {
    const inside = `${lead}一、研究教材选用工作。会议同意该方案,由教务办【负责】二、三年级教材征订。\n`
    expect(headings(inside)).toEqual([['一', '研究教材选用工作']])
  })
})

/** Each item's assignments as [owner, task]. */
function owners(text: string) {
  return analyze(text).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
}

describe('a named officer empowered to sign (blind19-h50 r6)', () => {
  const lead = '2025年6月3日,董事长祝远航主持召开第三届董事会第四次会议。\n议案一:《关于申请项目贷款的议案》\n'

  it('should give the signing to 董事长X after 授权 or 由', () => {
    expect(owners(`${lead}同意公司申请项目贷款2亿元,授权董事长祝远航签署借款合同及相关文件。\n`)).toEqual([[['祝远航', '签署借款合同及相关文件']]])
    expect(owners(`${lead}同意申请贷款,由总经理葛清签署相关协议。\n`)).toEqual([[['葛清', '签署相关协议']]])
  })

  it('should give it to no one where only the office is named', () => {
    expect(owners(`${lead}同意申请贷款,授权法定代表人签署相关协议。\n`)).toEqual([[]])
  })
})

describe('a news item of one matter on a hijacked mirror, cut in its byline (blind19-h50 r7)', () => {
  const news = (advert: string, close: string) =>
    `学院召开专题院长办公会\n发布日期:2025-11-05 来源:学院办公室\n11月4日上午,学院召开专题院长办公会,研究部署冬季安全工作。院长谷明主持会议。\n会议指出,冬季火灾风险上升。\n${advert}会议要求,实验中心要在11月20日前完成消防器材检查。\n${close}`

  it('should pass over an advert line between the paragraphs that speak of the matter', () => {
    const {items} = analyze(news('真人视讯 百家乐 电子游艺 注册即送彩金\n', '')).record
    expect(items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))).toEqual([[['实验中心', '在11月20日前']]])
  })

  it('should read a byline whose closing bracket the cut took as closing the page', () => {
    expect(analyze(news('', '(编辑:罗丹 ')).record.items).toHaveLength(1)
    expect(analyze(news('', '(编辑:罗丹 审核:谷明)\n')).record.items).toHaveLength(1)
  })

  it('should keep a line with one such word, or a sentence, as content', () => {
    const tree = analyze('2025年3月1日,县长邓明主持召开县政府常务会议。\n一、研究体育彩票公益金使用\n会议同意该方案。\n').tree
    const kinds = JSON.stringify(tree)
    expect(kinds).not.toContain('"advert"')
  })
})

describe('a time right after 加强 names the work (blind19-h50 r7)', () => {
  it('should take the deadline written after it', () => {
    const text = '2025年12月2日,校长闻明主持召开校长办公会。\n一、研究安全工作\n会议要求,学生工作部要加强寒假前学生安全教育,1月10日前完成离校学生去向登记。\n'
    expect(analyze(text).record.items[0]?.assignments.map((assignment) => assignment.due)).toEqual(['1月10日前'])
  })
})

describe('numbered entries under an attendance label standing alone (blind19-h50 r8)', () => {
  const text = '2025年4月16日,市长冉启航主持召开市长办公会议。\n会议研究了停车收费问题,同意实行首小时免费。\n参加会议人员:\n(1)市政府领导:冉启航、雍佳\n(2)有关部门:市发改局、市教育局主要负责人\n'

  it('should read them as attendance, not as points of the last item', () => {
    const {meeting, items} = analyze(text).record
    expect(items.map((item) => item.points.length)).toEqual([0])
    expect(meeting.attendees.map((person) => person.name ?? person.unit)).toEqual(['冉启航', '雍佳', '市发改局', '市教育局主要负责人'])
  })

  it('should leave points under a label that has names of its own', () => {
    const points = '2025年4月16日,市长冉启航主持召开市长办公会议。\n一、研究停车收费问题\n会议要求:\n(1)市发改局:做好价格备案;\n(2)市城管局:加强巡查。\n'
    expect(analyze(points).record.items.map((item) => item.points.length)).toEqual([2])
  })
})

describe('new students arriving bound a task (blind19-h50 r8)', () => {
  it('should read 9月新生入学前 and 新生报到前 as deadlines', () => {
    const text = '2025年6月17日,院长苗振东主持召开院长办公会。\n一、研究空调安装\n后勤处要做好安装协调,确保9月新生入学前完成安装。\n二、研究宿舍\n宿管中心要在新生报到前完成宿舍清洁。\n'
    expect(analyze(text).record.items.map((item) => item.assignments.map((assignment) => assignment.due))).toEqual([['9月新生入学前'], ['在新生报到前']])
  })
})

describe('a phase that opens the clause before its owner (blind19-h50 r10)', () => {
  it('should read the owner after 运营期间, 施工期间', () => {
    const text = '2025年9月23日,市长卓明主持召开市政府第37次常务会议。\n一、研究场馆运营\n会议同意委托运营,由市文旅局选定运营单位;运营期间市财政局每年给予补助不超过80万元。\n二、研究道路施工\n施工期间市交警支队要做好交通疏导。\n'
    expect(owners(text)).toEqual([
      [['市文旅局', '选定运营单位'], ['市财政局', '每年给予补助不超过80万元']],
      [['市交警支队', '要做好交通疏导']]
    ])
  })
})

describe('a phase inside the task stays the task\'s (blind19-h50 r10)', () => {
  it('should keep the owner before 做好…期间', () => {
    const text = '2025年4月1日,校长林远主持召开校长办公会。\n一、研究体质测试\n会议要求,体育组于4月30日前完成数据上报;校医室做好测试期间医疗保障。\n'
    expect(owners(text)[0]?.map(([owner]) => owner)).toEqual(['体育组', '校医室'])
  })
})

describe('a board notice under an aggregator headline with the short name (blind19-h50 r10)', () => {
  it('should name the meeting from its term on, without `简称:`', () => {
    const text = '云帆科技:第二届董事会第三次会议决议公告\n2025-07-10 16:05 来源:全国股转系统\n一、会议召开和出席情况\n1.会议召开时间:2025年7月8日\n2.会议主持人:董事长 林远\n二、议案审议情况\n(一)审议通过《关于半年度报告的议案》\n'
    expect(analyze(text).record.meeting.name).toBe('第二届董事会第三次会议')
  })
})
