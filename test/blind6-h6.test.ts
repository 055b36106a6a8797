import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

const lead = '6月3日,县长李明主持召开县政府第9次常务会议。现纪要如下:\n'

/** The first item of minutes made of `lead` and one numbered item with `body`. */
function first(body: string) {
  const {record} = analyze(lead + '一、研究有关事项\n' + body + '\n')
  return record.items[0]
}

describe('blind6-h6: tasks set before their owner', () => {
  it('should keep the task written before `由X负责` in the task', () => {
    const [made] = first('会议明确,全县应急物资调配由县商务局负责,确保6月底前到位。').assignments
    expect(made.owner).toBe('县商务局')
    expect(made.task).toBe('全县应急物资调配由县商务局负责,确保6月底前到位')
    expect(made.due).toBe('6月底前')
  })

  it('should not take an adverb before `由X负责` for a task', () => {
    const [made] = first('会议同意该方案,并由县财政局负责资金保障。').assignments
    expect(made.owner).toBe('县财政局')
    expect(made.task).toBe('负责资金保障')
  })
})

describe('blind6-h6: officers who present with their body', () => {
  it('should give the body for `党委副书记X介绍了…`, as for a unit with a person', () => {
    const text = '5月8日,学院召开2025年第4次党政联席会议。现纪要如下:\n一、审议年度考核方案\n会上,党委副书记周敏介绍了年度考核方案。会议审议通过该方案。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['党委'])
  })

  it('should give one person written with the body and in the trailer once, by name', () => {
    const text = '5月8日,学院召开2025年第4次党政联席会议。现纪要如下:\n一、审议年度考核方案\n会上,党委副书记周敏介绍了年度考核方案。会议审议通过该方案。\n(主持:李明 汇报:周敏)\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['周敏'])
  })

  it('should keep a unit with a place for a unit officer who presents', () => {
    const text = lead + '一、研究城区供水工作\n会上,县水利局局长王强汇报了城区供水工作。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['县水利局'])
  })
})

describe('blind6-h6: deadlines of a school calendar', () => {
  it('should read a holiday the task is done in (`寒假期间`) as its deadline', () => {
    const [made] = first('会议要求县教育局于寒假期间完成校舍维修。').assignments
    expect(made.owner).toBe('县教育局')
    expect(made.due).toBe('于寒假期间')
  })

  it('should read a term with its year (`2026年秋季学期前`) as a deadline', () => {
    const [made] = first('会议明确,城西中学扩建由县城投公司代建,2026年秋季学期前投入使用。').assignments
    expect(made.owner).toBe('县城投公司')
    expect(made.due).toBe('2026年秋季学期前')
  })

  it('should not read a span that is no deadline (`寒假期间的值班安排`) for a task without one', () => {
    const [made] = first('会议要求县教育局做好寒假期间的值班安排。').assignments
    expect(made.due).toBeNull()
  })

  it('should leave a point marker out of a task set before its owner', () => {
    const assignments = first('会议要求:(一)教师招聘由县人社局牵头,5月底前完成;(二)校车更新由县交通局负责。').assignments
    expect(assignments.map((made) => [made.owner, made.task])).toEqual([
      ['县人社局', '教师招聘由县人社局牵头,5月底前完成'],
      ['县交通局', '校车更新由县交通局负责']
    ])
  })
})

describe('blind6-h6: bare names and the deadlines of a lead', () => {
  const branch = '党支部委员会会议纪要\n时间:2025年5月6日\n主持:党支部书记 林红\n出席:林红 马东 白云峰\n一、研究主题党日活动\n'

  it('should take a bare name the minutes list elsewhere for the owner of `由X负责`', () => {
    const {record} = analyze(branch + '会议决定开展主题党日活动,由白云峰负责活动方案制定。\n')
    expect(record.items[0].assignments.map((made) => [made.owner, made.task])).toEqual([['白云峰', '负责活动方案制定']])
  })

  it('should take no owner for a name-like word listed nowhere (`由单位负责`)', () => {
    const {record} = analyze(branch + '会议决定开展主题党日活动,由单位负责活动经费。\n')
    expect(record.items[0].assignments).toEqual([])
  })

  it('should give the deadline after `由Y牵头` to Y alone, not to the owner before', () => {
    const assignments = first('会议要求,县教育局要做好在校生安置工作,由分管副县长王强牵头,6月上旬前完成新校区验收。').assignments
    expect(assignments.map((made) => [made.owner, made.due])).toEqual([
      ['县教育局', null],
      ['王强', '6月上旬前']
    ])
  })
})

describe('blind6-h6: the members of a party committee by their charge', () => {
  it('should read `组织委员` as a title, so that the committee written with its member presents', () => {
    const text = lead + '一、研究党费收缴情况\n机关党委组织委员陶亮通报了党费收缴情况。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['机关党委'])
  })

  it('should give a task to the member named with `宣传委员`', () => {
    const [made] = first('会议决定,由宣传委员陶亮负责活动宣传报道。').assignments
    expect([made.owner, made.task]).toEqual(['陶亮', '负责活动宣传报道'])
  })
})

describe('blind6-h6: common surnames', () => {
  it('should read a chair whose surname is 傅, 赖 or 萧', () => {
    for (const name of ['傅建新', '赖国华', '萧敏']) {
      const {record} = analyze(`机关党委会议纪要\n时间:2025年8月28日\n主持人:机关党委书记 ${name}\n一、研究有关事项\n会议同意该事项。\n`)
      expect(record.meeting.chair?.name).toBe(name)
    }
  })
})

describe('blind6-h6: owners of a topic meeting', () => {
  it('should end the owner before `统一` (`由X统一协调`)', () => {
    const [made] = first('管线迁改由县住建局统一协调,各产权单位要服从总体安排。').assignments
    expect(made.owner).toBe('县住建局')
    expect(made.task.startsWith('统一协调')).toBe(true)
  })

  it('should take a unit before `按季度` at a clause start for an owner', () => {
    const assignments = first('县城投公司要积极争取银行贷款,县财政局按季度拨付配套资金。').assignments
    expect(assignments.map((made) => [made.owner, made.task])).toEqual([
      ['县城投公司', '要积极争取银行贷款'],
      ['县财政局', '按季度拨付配套资金']
    ])
  })

  it('should keep `会议同意X落实…` a decision, with no owner `同意X`', () => {
    const item = first('会议同意县财政局落实项目配套资金。')
    expect(item.decisions.map((decision) => decision.text)).toEqual(['会议同意县财政局落实项目配套资金'])
    expect(item.assignments).toEqual([])
  })
})

describe('blind6-h6: round 6 forms', () => {
  it('should read `会议议定事项:` as a lead-in, not a decision', () => {
    const item = first('会议议定事项:\n(一)同意增设两处公交站点。\n(二)站点建设由县交通局负责。')
    expect(item.decisions.map((decision) => decision.text)).toEqual(['同意增设两处公交站点。', '站点建设由县交通局负责。'])
  })

  it('should give both named units of `X、Y汇报了…` as reporters', () => {
    expect(first('县教育局、县公安局汇报了校园安全工作安排。').reporters).toEqual(['县教育局', '县公安局'])
  })

  it('should give the unit that submitted what the meeting `审议并原则通过` as its reporter', () => {
    expect(first('会议审议并原则通过县财政局提交的预算调整方案。').reporters).toEqual(['县财政局'])
  })

  it('should take a unit that `具体实施` after a leader for an owner, sharing the deadline', () => {
    const assignments = first('城中村改造由分管副县长王强同志牵头,县住建局具体实施,确保年底前完成征收签约。').assignments
    expect(assignments.map((made) => [made.owner, made.due])).toEqual([
      ['王强', '年底前'],
      ['县住建局', '年底前']
    ])
  })

  it('should not take a holiday that is a span of duty (`寒假期间校园安全由X负总责`) for a deadline', () => {
    const [made] = first('寒假期间校园安全由县教育局负总责。').assignments
    expect(made.owner).toBe('县教育局')
    expect(made.due).toBeNull()
  })

  it('should let a leader share the outcome after an audience that only carries it out', () => {
    const [made] = first('期末考试由县教研室牵头组织,各学校具体实施,1月16日前完成阅卷。').assignments
    expect([made.owner, made.due]).toEqual(['县教研室', '1月16日前'])
  })
})

describe('blind6-h6: round 7 forms', () => {
  it('should not take `节前` that names a work (`组织节前安全检查`) for the deadline before a dated one', () => {
    const [made] = first('县应急局要牵头组织节前安全生产检查,9月30日前完成全覆盖。').assignments
    expect([made.owner, made.due]).toEqual(['县应急局', '9月30日前'])
  })

  it('should end the owner before a frequency (`由X副院长每周调度一次`)', () => {
    const [made] = first('会议要求逐一对接学生,由张强副县长每周调度一次,6月30日前完成。').assignments
    expect([made.owner, made.due]).toEqual(['张强', '6月30日前'])
  })
})
