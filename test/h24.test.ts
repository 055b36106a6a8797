import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a college's president's office meeting, and `body`. */
function college(body: string) {
  const text = `某职业技术学院院长办公会议纪要\n2026年3月9日,院长钟明远主持召开第5次院长办公会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

describe('round 2: points that open with a date (`1.6月28日前…`)', () => {
  it('should read `1.` before a month and day as a marker, not a decimal', () => {
    const record = college(
      '一、关于新生报到\n会议议定:\n1.8月30日前完成宿舍分配,由后勤处负责;\n2.10月底前完成新生体检;\n3.2027年起实行网上报到。'
    )
    expect(record.items.map((item) => item.points.length)).toEqual([3])
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['后勤处', '8月30日前']])
  })

  it('should still read `1.5` as a number, not a marker', () => {
    const record = college('一、关于实验室建设\n会议同意追加经费\n1.5万元用于设备维修。')
    expect(record.items.map((item) => item.points.length)).toEqual([0])
  })
})

/** Each item's assignments as owner, deadline. */
function owners(record: ReturnType<typeof college>) {
  return record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 3: a university office meeting, a college joint meeting', () => {
  it('should read the holiday before `开学前` as part of the deadline (`寒假开学前`)', () => {
    const record = college('一、关于教室改造\n会议同意改造方案,由资产管理处负责组织施工,暑假开学前完工。')
    expect(owners(record)).toEqual([[['资产管理处', '暑假开学前']]])
  })

  it('should read a decision after what the meeting did first (`会议讨论后同意…`)', () => {
    const record = college('一、关于奖学金\n会议研究后同意设立校友专项奖学金,每年评选一次。')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议研究后同意设立校友专项奖学金,每年评选一次'])
  })

  it('should read a drafting group as a unit that reports and owns a task (`规划起草组`)', () => {
    const record = college('一、关于学院章程修订\n会议听取了章程起草组的汇报,请起草组根据会议意见修改后,于5月中旬提交教代会讨论。')
    expect(record.items[0].reporters).toEqual(['章程起草组'])
    expect(owners(record)).toEqual([[['起草组', '于5月中旬']]])
  })
})

describe('round 5: deadlines of a school and of a council', () => {
  it('should read students leaving school as a deadline (`在学生离校前`)', () => {
    const record = college('一、关于宿舍检查\n会议要求,后勤处要在学生离校前完成宿舍水电检查。')
    expect(owners(record)).toEqual([[['后勤处', '在学生离校前']]])
  })

  it('should read `在会前` as a deadline, and not a past `会前,…`', () => {
    const before = college('一、关于人事事项\n会议同意提请审议,由人事科在会前完成材料审核。')
    expect(owners(before)).toEqual([[['人事科', '在会前']]])
    const past = college('一、关于安全生产\n会前,与会人员观看了警示片。会议要求安全办加强隐患排查。')
    expect(owners(past)).toEqual([[['安全办', null]]])
  })
})

describe('round 7: a board notice, a people’s congress council', () => {
  it('should read the whole transliterated name after the longest title (`董事长买买提·依明`)', () => {
    const text = '某某股份有限公司第一届董事会第三次会议决议公告\n公司第一届董事会第三次会议于2026年2月3日召开。会议由董事长艾尔肯·吐尔逊先生主持。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('艾尔肯·吐尔逊')
  })

  it('should not read the council that holds its own 主任会议 as the presenter of its draft', () => {
    const text =
      '市人大常委会召开第八次主任会议\n3月2日,市人大常委会主任范立德主持召开市人大常委会第八次主任会议。\n会议审议了市人大常委会关于加强预算审查监督的决定(草案),原则通过。\n会议听取了市人大常委会财经工委关于预算执行情况的汇报。\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([[], ['市人大常委会财经工委']])
  })

  it('should still read the council presenting to another body’s meeting', () => {
    const text = '县委常委会会议纪要\n3月2日,县委书记方晓东主持召开县委常委会会议。\n会议听取了县人大常委会关于年度工作的汇报。\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['县人大常委会']])
  })
})

describe('round 8: a term that runs to a date, a time before the sitting', () => {
  it('should not read the end of a term after `至` as a deadline (`用工期限至6月30日`)', () => {
    const record = college('一、关于食堂用工\n会议同意由后勤处招聘临时工4名,用工期限至2026年6月30日。')
    expect(owners(record)).toEqual([[['后勤处', null]]])
  })

  it('should still read a deadline after `至` that ends a stretch of work (`即日起至4月底`)', () => {
    const record = college('一、关于校园整治\n会议要求保卫处即日起至4月底开展校园周边环境整治。')
    expect(owners(record)[0][0][1]).toContain('4月底')
  })

  it('should read days before the sitting as a deadline (`会前7天送达`)', () => {
    const record = college('一、关于教代会筹备\n会议要求工会办公室做好会议材料印发工作,会前7天送达全体代表。')
    expect(owners(record)).toEqual([[['工会办公室', '会前7天']]])
  })
})

describe('round 9: a board meeting chaired in the chair’s stead', () => {
  it('should read the one entrusted to chair in the chair’s stead (`委托副董事长Y代为主持`)', () => {
    const text =
      '某某科技股份有限公司第二届董事会第五次会议决议公告\n公司第二届董事会第五次会议于2026年4月9日召开。董事长钱立平因公出差,委托副董事长俞晓红代为主持会议。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('俞晓红')
  })
})

describe('round 10: approvals and school days', () => {
  it('should read the maker of what the meeting approves as its presenter (`批准X提出的…`)', () => {
    const record = college('一、关于访学资助\n会议批准教务处提出的访学资助方案。')
    expect(record.items.map((item) => item.reporters)).toEqual([['教务处']])
  })

  it('should read Teachers’ Day as a deadline with its day (`教师节前`)', () => {
    const record = analyze('某学院院长办公会议纪要\n2026年3月9日,院长钟明远主持召开第5次院长办公会议。纪要如下:\n一、关于表彰\n会议要求工会在教师节前完成评选。\n').record
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueDate]).toEqual(['工会', '在教师节前', '2026-09-09'])
  })
})

describe('round 12: a school year, a talk, officers of the organs’ party committee', () => {
  it('should read a school year as a deadline (`于本学年内`), not the year inside it', () => {
    const record = college('一、关于宿舍调整\n会议同意调整方案,由学生处于本学年内分批实施。')
    expect(owners(record)).toEqual([[['学生处', '于本学年内']]])
  })

  it('should read a person who holds a talk as its owner (`由X进行约谈`)', () => {
    const record = college('一、关于考核\n考核不合格的,由院长钟明远进行约谈。')
    expect(owners(record)).toEqual([[['钟明远', null]]])
  })

  it('should read an officer of the organs’ party committee as the owner in person, and the committee as the reporter', () => {
    const text =
      '机关党委会议纪要\n2026年5月6日,机关党委书记伍立新主持召开机关党委会议。纪要如下:\n一、关于支部换届\n机关党委副书记梅华汇报了换届安排。会议同意该安排,由机关党委副书记梅华具体负责指导。\n'
    const [item] = analyze(text).record.items
    expect(item.reporters).toEqual(['机关党委'])
    expect(item.assignments.map((assignment) => assignment.owner)).toEqual(['梅华'])
  })
})

describe('round 18: a board notice that tells how the meeting was held point by point', () => {
  it('should read the date and the chair from the points of `一、董事会会议召开情况`', () => {
    const text =
      '某某股份有限公司\n第二届董事会第九次会议决议公告\n一、董事会会议召开情况\n1、本次会议通知于2026年6月2日以邮件方式送达全体董事。\n2、本次会议于2026年6月12日在公司会议室召开。\n3、本次会议应出席董事5人,实际出席董事5人。\n4、本次会议由副董事长卢海峰先生主持。\n二、董事会会议审议情况\n1、审议通过《关于修订公司章程的议案》\n'
    const {meeting} = analyze(text).record
    expect([meeting.name, meeting.date, meeting.chair?.name]).toEqual(['第二届董事会第九次会议', '2026-06-12', '卢海峰'])
  })

  it('should not read a chair from the points of a section that tells no sitting', () => {
    const text = '某县政府专题会议纪要\n2026年6月12日,县政府召开专题会议。\n一、关于防汛工作\n1、由副县长侯振东主持召开防汛调度会,部署汛期工作。\n'
    expect(analyze(text).record.meeting.chair).toBeNull()
  })
})

describe('round 19: labelled points and a dated point after the first three', () => {
  it('should read the chair from a labelled point (`5．会议主持人:董事长X先生`)', () => {
    const text =
      '某某股份有限公司\n第一届董事会第六次会议决议公告\n一、董事会会议召开情况\n1．会议通知时间:2026年3月1日。\n2．会议召开时间:2026年3月11日上午9:30。\n3．会议召开地点:公司会议室。\n4．会议出席情况:应出席董事5名,实际出席5名。\n5．会议主持人:董事长闵国强先生。\n二、董事会会议审议情况\n'
    const {meeting} = analyze(text).record
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-03-11', '闵国强'])
  })

  it('should read the date from the fourth point of the section', () => {
    const text =
      '某某股份有限公司\n第一届监事会第四次会议决议公告\n一、监事会会议召开情况\n1.本次会议的召开符合有关规定。\n2.本次会议通知于2026年5月6日送达全体监事。\n3.本次会议应出席监事3人。\n4.本次会议于2026年5月16日在公司会议室召开。\n5.本次会议由监事会主席时丽娟女士主持。\n'
    const {meeting} = analyze(text).record
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-05-16', '时丽娟'])
  })
})

describe('round 21: a notice whose held section has label lines and a chair in the stead of the one who convened', () => {
  it('should read the date from `会议时间:` and the chair from `…召集,因…,由副董事长Y主持`', () => {
    const text =
      '某某股份有限公司\n第三届董事会第二次会议决议公告\n一、董事会会议召开情况\n会议时间:2026年9月8日(星期二)\n会议地点:公司会议室\n本次会议由董事长石建国先生召集,因石建国先生另有公务,由副董事长龙海燕女士主持。\n二、董事会会议审议情况\n'
    const {meeting} = analyze(text).record
    expect([meeting.date, meeting.chair?.name]).toEqual(['2026-09-08', '龙海燕'])
  })
})

describe('round 28: departments asked one after another, each with its deadline', () => {
  it('should read a department with its deadline right after it in a later clause of what the meeting asks', () => {
    const record = college('一、关于期末工作\n会议要求教务处要做好考务安排,人事处月底前完成考核,保卫处国庆节后一周内完成演练。')
    expect(owners(record)).toEqual([[['教务处', null], ['人事处', '月底前'], ['保卫处', '国庆节后一周内']]])
  })

  it('should not read a place that is no department before a deadline (`教学楼月底前完成维修`)', () => {
    const record = college('一、关于维修\n会议要求后勤处做好维修,教学楼月底前完成维修。')
    expect(owners(record)).toEqual([[['后勤处', '月底前']]])
  })
})

describe('round 29: a term’s weeks and its end', () => {
  it('should read a weekday of a teaching week and the term’s end as deadlines', () => {
    const record = college('一、关于教学检查\n会议要求教务处做好选课,学生处于第二周周五前完成核对,财务处在学期末完成结算。')
    expect(owners(record)).toEqual([[['教务处', null], ['学生处', '于第二周周五前'], ['财务处', '在学期末']]])
  })

  it('should end an owner’s task at an audience with its own deadline (`各系第三周周五前完成…`)', () => {
    const record = college('一、关于教学检查\n会议要求,教学办要做好教学检查,各系第三周周五前完成教学日历报送。')
    expect(owners(record)).toEqual([[['教学办', null]]])
  })
})

describe('round 30: a department whose task a longer run would read on over', () => {
  it('should read the department alone before its deadline (`后勤处寒假前完成学生离校…`)', () => {
    const record = college('一、关于寒假工作\n会议要求教务处严肃考风考纪,后勤处寒假前完成学生离校安全检查。')
    expect(owners(record)).toEqual([[['教务处', null], ['后勤处', '寒假前']]])
  })
})
