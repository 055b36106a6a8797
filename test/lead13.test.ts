import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('an on-site office meeting led by its leader (lead, eleventh session)', () => {
  it('should read the date and the chair of `X月X日,副区长X率…负责同志到Y现场办公`', () => {
    const record = parseMinutes(
      '关于加快河西片区道路建设的现场办公会议纪要\n发布日期:2027-03-12\n3月10日上午,副区长孔令仪率区住建局、区财政局负责同志,到河西片区建设现场办公,协调解决项目推进问题。现将议定事项纪要如下:\n一、关于拆迁问题。区住建局要在3月底前完成拆迁。\n'
    )
    expect(record.meeting.date).toBe('2027-03-10')
    expect(record.meeting.chair?.name).toBe('孔令仪')
    expect(record.meeting.chair?.title).toBe('副区长')
  })

  it('should not take a rate (`效率`) for leading others', () => {
    const record = parseMinutes('一、关于政务服务\n3月10日,会议要求提高审批效率。\n')
    expect(record.meeting.chair).toBe(null)
  })
})

describe('the end of an attendance list that goes on unnamed (lead, eleventh session)', () => {
  /** Name, unit and title of the attendees of a block line. */
  function attendees(line: string) {
    const record = parseMinutes(`2026年3月1日,县长王强主持召开县政府常务会议。\n${line}\n一、关于农村公路\n会议同意。\n`)
    return record.meeting.attendees.map((person) => [person.name, person.unit, person.title])
  }

  it('should end the last name before `等`, `等同志` and an ellipsis', () => {
    expect(attendees('出席:王强、李明等')).toEqual([['王强', null, null], ['李明', null, null]])
    expect(attendees('出席：王强、李明等同志。')).toEqual([['王强', null, null], ['李明', null, null]])
    expect(attendees('参加人员:王强、区财政局庞浩……')).toEqual([['王强', null, null], ['庞浩', '区财政局', null]])
  })
})

describe('an owner who convenes others to do the work (lead, eleventh session)', () => {
  /** Owners and tasks of an item of a mayor's office meeting. */
  function assignments(body: string) {
    const record = parseMinutes(`县长办公会议纪要\n2026年3月1日,县长王强主持召开县长办公会议。\n一、关于招商工作\n${body}\n`)
    return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task])
  }

  it('should end the owner before `召集` (`由X副县长召集相关部门会商`)', () => {
    expect(assignments('会议强调,对未开工项目,由周敏副县长召集相关部门逐一会商。')).toEqual([['周敏', '召集相关部门逐一会商']])
    expect(assignments('由县发改局召集相关部门会商。')).toEqual([['县发改局', '召集相关部门会商']])
    expect(assignments('县发改局召集相关部门会商。')).toEqual([['县发改局', '召集相关部门会商']])
  })
})

describe('zero-width spaces a page sets inside words (lead, eleventh session)', () => {
  it('should give a labelled owner its task once where the sentence writes it with a zero-width space', () => {
    const text = '县长办公会议纪要\n2026年3月1日,县长王强主持召开县长办公会议。\n一、关于背街小巷改造\n会议同意改造方案,由县住\u200b建局牵头实施,5月20日前完成(责任单位:县住建局)。\n'
    const record = parseMinutes(text)
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['县住\u200b建局', '5月20日前']])
  })

  it('should keep a council from presenting its own draft where a zero-width space splits its name', () => {
    const text = '2026年4月15日,县人大常委会主任莫振东主持召开县人大常委会第十九次主任会议。\n会议审议了县人大常委\u200b会关于召开常委会第十三次会议的决定(草案)。\n'
    expect(parseMinutes(text).items.map((item) => item.reporters)).toEqual([[]])
  })
})

describe('the first weeks of a term (lead, eleventh session)', () => {
  /** Owners and deadlines of an item of a school's meeting. */
  function dues(body: string) {
    const record = parseMinutes(`2026年8月20日,校长周立主持召开校务会议。\n一、关于开学工作\n${body}\n`)
    return record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])
  }

  it('should read a week counted from the term’s opening as the deadline (`开学第一周`, `开学后第二周内`)', () => {
    expect(dues('政教处开学第一周组织一次消防演练。')).toEqual([['政教处', '开学第一周']])
    expect(dues('请教务处于开学后第二周内完成排课调整。')).toEqual([['教务处', '于开学后第二周内']])
  })

  it('should still read no deadline in a week of the term with no ending (`在第3周召开`)', () => {
    expect(dues('教务处要在第3周组织期中教学检查。')).toEqual([['教务处', null]])
  })
})
