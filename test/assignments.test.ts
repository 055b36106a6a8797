import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

const lead = '2024年3月5日上午，王明市长主持召开市政府第12次常务会议。现纪要如下：\n一、研究有关事项\n'

function assignmentsOf(body: string) {
  return parseMinutes(lead + body).items[0].assignments.map((assignment) => [assignment.owner, assignment.task])
}

describe('assignments', () => {
  it('should read 会后由X… and 由X负责…', () => {
    expect(assignmentsOf('会议原则同意该方案，会后由市民政局根据会议意见修改完善后印发。')).toEqual([
      ['市民政局', '根据会议意见修改完善后印发']
    ])
    expect(assignmentsOf('会议同意设立专班，由区住建局负责日常协调。')).toEqual([['区住建局', '负责日常协调']])
  })

  it('should end the owner after 请 before an adverb or 会后 that opens the task', () => {
    // Without these as task starters the longest unit ran on: `办公室广泛征求意见后提请常委会`, `社会建设工委会`.
    expect(assignmentsOf('会议同意该要点，请办公室广泛征求意见后提请常委会会议审议。')).toEqual([['办公室', '广泛征求意见后提请常委会会议审议']])
    expect(assignmentsOf('会议同意印发调研报告，请社会建设工委会后进一步修改完善。')).toEqual([['社会建设工委', '会后进一步修改完善']])
  })

  it('should read the management a board authorizes: 授权公司经营层办理…', () => {
    expect(assignmentsOf('会议同意公司申请综合授信额度，授权公司经营层办理具体事宜。')).toEqual([['公司经营层', '办理具体事宜']])
    expect(assignmentsOf('会议同意调整组织架构，授权总经理办公会制定各部门职责。')).toEqual([['总经理办公会', '制定各部门职责']])
  })

  it('should give a unit that oversees the work a task of its own: X负责…，Y全程监督', () => {
    expect(assignmentsOf('会议同意实施该工程，由后勤保障科负责组织实施，纪检监察室全程监督。')).toEqual([
      ['后勤保障科', '负责组织实施'],
      ['纪检监察室', '全程监督']
    ])
  })

  it('should survive a doubled 由 and a missing 后', () => {
    expect(assignmentsOf('会议原则同意，会由由东城街道抓紧组织实施。')).toEqual([['东城街道', '抓紧组织实施']])
  })

  it('should read 责成X, 要求X and X要 at a clause start', () => {
    expect(assignmentsOf('会议责成县审计局于月底前完成审计。')).toEqual([['县审计局', '于月底前完成审计']])
    expect(assignmentsOf('会议要求市场监管局加强节日市场检查。')).toEqual([['市场监管局', '加强节日市场检查']])
    expect(assignmentsOf('会议强调，市公安局要加强巡逻防控，确保节日安全。')).toEqual([['市公安局', '要加强巡逻防控，确保节日安全']])
  })

  it('should take titles joined by 、 before one person for that person, not joint owners', () => {
    expect(assignmentsOf('会议同意，由县委常委、副县长李强牵头负责。')).toEqual([['李强', '牵头负责']])
    expect(parseMinutes(lead + '会议听取了区委常委、副区长周平关于防汛工作的汇报。').items[0].reporters).toEqual(['周平'])
    expect(assignmentsOf('会议同意，由县住建局、县城管局负责。')).toEqual([['县住建局、县城管局', '负责']])
  })

  it('should split joint owners and keep the owner as written', () => {
    const [assignment] = parseMinutes(lead + '会议明确，由高新区和市自然资源局负责落实。').items[0].assignments
    expect(assignment.owner).toBe('高新区和市自然资源局')
    expect(assignment.owners).toEqual(['高新区', '市自然资源局'])
  })

  it('should take a village or residents’ committee for a unit, but not 农村 or 乡村', () => {
    expect(assignmentsOf('会议同意，由东风村负责完成土地流转。')).toEqual([['东风村', '负责完成土地流转']])
    expect(assignmentsOf('会议同意，由新华社区居委会负责摸底。')).toEqual([['新华社区居委会', '负责摸底']])
    expect(assignmentsOf('会议强调，农村要加快发展，乡村要全面振兴。')).toEqual([])
  })

  it('should take people’s organizations for units: 市妇联, 市工商联, 市科协', () => {
    expect(assignmentsOf('会议同意，由市妇联牵头，市工商联、市科协配合。')).toEqual([
      ['市妇联', '牵头，市工商联、市科协配合'],
      ['市工商联、市科协', '配合']
    ])
  })

  it('should leave generic addressees, 由于 and appointments out', () => {
    expect(assignmentsOf('会议强调，各地各部门要高度重视。有关单位要密切配合。')).toEqual([])
    expect(assignmentsOf('由于时间紧迫，全市上下要加快进度。')).toEqual([])
    expect(assignmentsOf('会议同意成立工作专班，由张华同志担任组长。')).toEqual([])
    expect(assignmentsOf('会议认为，领导干部要带头深入基层。')).toEqual([])
  })

  it('should name a person owner without the title', () => {
    expect(assignmentsOf('经会议研究，原则同意，由刘洋副主任负责具体实施。')).toEqual([['刘洋', '负责具体实施']])
  })

  it('should mark lead and support roles', () => {
    const assignments = parseMinutes(lead + '会议明确，由市发改委牵头，市财政局配合，抓紧制定实施细则。').items[0].assignments
    expect(assignments.map((assignment) => [assignment.owner, assignment.role])).toEqual([
      ['市发改委', 'lead'],
      ['市财政局', 'support']
    ])
  })

  it('should read labelled owners after a task', () => {
    const body = '会议确定：\n1.加快建设污水管网，确保年内完工。（牵头单位：县住建局；配合单位：县财政局、县水利局）\n'
    const assignments = parseMinutes(lead + body).items[0].assignments
    expect(assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task])).toEqual([
      ['县住建局', 'lead', '加快建设污水管网，确保年内完工'],
      ['县财政局', 'support', '加快建设污水管网，确保年内完工'],
      ['县水利局', 'support', '加快建设污水管网，确保年内完工']
    ])
  })

  it('should read labels set apart by spaces, with a deadline label among them', () => {
    const body = '会议确定：\n1.做好资金保障（牵头单位：县财政局　配合单位：县发改局　时限：9月30日前）\n'
    const assignments = parseMinutes(lead + body).items[0].assignments
    expect(assignments.map((assignment) => [assignment.owner, assignment.role, assignment.due, assignment.dueDate])).toEqual([
      ['县财政局', 'lead', '9月30日前', '2024-09-30'],
      ['县发改局', 'support', '9月30日前', '2024-09-30']
    ])
  })

  it('should read traditional characters and keep them as written', () => {
    const text = '2023年5月6日上午，區長李明主持召開區政府第5次常務會議。\n一、研究安全生產工作\n會議強調，區應急管理局要會同各單位開展檢查。\n'
    const [assignment] = parseMinutes(text).items[0].assignments
    expect(assignment.owner).toBe('區應急管理局')
    expect(assignment.task).toBe('要會同各單位開展檢查')
  })
})

describe('bare names of persons the minutes introduce elsewhere', () => {
  const topic = '某县专题会议纪要\n2024年3月5日，副县长王海涛主持召开专题会议，县住建局局长李明、张伟同志参加。\n一、研究停车场建设\n'

  it('should take a bare name given a title elsewhere as the lead after 由, and one as the support in the next clause', () => {
    const {items} = parseMinutes(topic + '会议要求，由王海涛牵头，李明配合，于3月底前完成选址。\n')
    expect(items[0].assignments.map((made) => [made.owner, made.role, made.task, made.due])).toEqual([
      ['王海涛', 'lead', '牵头，李明配合，于3月底前完成选址', '于3月底前'],
      ['李明', 'support', '配合，于3月底前完成选址', '于3月底前']
    ])
  })

  it('should take a bare name named elsewhere with 同志 as the owner at a clause start', () => {
    const {items} = parseMinutes(topic + '会议明确，张伟负责与施工单位对接。\n')
    expect(items[0].assignments.map((made) => [made.owner, made.task])).toEqual([['张伟', '负责与施工单位对接']])
  })

  it('should take no owner for a name-like word the minutes introduce nowhere', () => {
    const {items} = parseMinutes(topic + '会议要求，由赵敏牵头，于3月底前完成选址；单位负责车位管理。\n')
    expect(items[0].assignments).toEqual([])
  })
})

describe('labelled owners after an instruction', () => {
  it('should leave the cue of the meeting asking out of the labelled task', () => {
    const [assignment] = parseMinutes(lead + '会议要求，加快推进道路改造工程。（牵头单位：市交通局；截止时间：6月30日）\n').items[0].assignments
    expect([assignment.owner, assignment.role, assignment.task, assignment.dueDate]).toEqual(['市交通局', 'lead', '加快推进道路改造工程', '2024-06-30'])
  })

  it('should keep a decision cue, which is what the owner carries out', () => {
    const [assignment] = parseMinutes(lead + '会议同意《城区道路改造方案》。（责任单位：市交通局）\n').items[0].assignments
    expect(assignment.task).toBe('会议同意《城区道路改造方案》')
  })
})
