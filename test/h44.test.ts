import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions (text) and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const city = '柘川市人民政府常务会议纪要\n2026年5月11日，市长庞远征主持召开市政府第8次常务会议。现纪要如下：\n'

describe('a recurring deadline counted after the period closes (blind18-h44 r1)', () => {
  it('should read 每季度终了后N日内 whole, as 结束后', () => {
    const text = `${city}一、关于债券资金\n会议要求，市财政局每季度终了后15日内向市政府报送资金使用情况。\n`
    expect(read(text)[0].tasks).toEqual([['市财政局', expect.stringContaining('资金使用情况'), '每季度终了后15日内']])
  })

  it('should read 每年度终了后一个月内 too', () => {
    const text = `${city}一、关于国资报告\n会议要求，市国资委每年度终了后一个月内报告监管企业经营情况。\n`
    expect(read(text)[0].tasks[0][2]).toBe('每年度终了后一个月内')
  })
})

describe('a support after a lead whose task is set before it (blind18-h44 r2)', () => {
  it('should give Y the task of `A由X牵头，Y配合，…`', () => {
    const text = `${city}一、关于停车场建设\n会议议定：（一）公共停车场选址由市城管局牵头，市自然资源局、市交警支队配合，9月底前提出方案。\n`
    expect(read(text)[0].tasks).toEqual([
      ['市城管局', '公共停车场选址由市城管局牵头，市自然资源局、市交警支队配合，9月底前提出方案', '9月底前'],
      ['市自然资源局、市交警支队', '公共停车场选址由市城管局牵头，市自然资源局、市交警支队配合，9月底前提出方案', '9月底前']
    ])
  })

  it('should leave a support with work of its own its clause', () => {
    const text = `${city}一、关于停车场建设\n会议同意该项目由市城投公司实施，市财政局配合做好资金保障。\n`
    expect(read(text)[0].tasks[1]).toEqual(['市财政局', '配合做好资金保障', null])
  })
})

describe('the year from a header line of the issuing office (blind18-h44 r2)', () => {
  it('should date `8月1日` by `X办公室编 2025年8月4日` above the lead', () => {
    const text = '柘川区人民政府常务会议纪要\n第9期\n柘川区人民政府办公室编　　2026年7月6日\n7月3日，区长卢嘉林主持召开区政府第20次常务会议。会议纪要如下：\n一、关于防汛\n会议要求区水利局做好值守。\n'
    expect(analyze(text).record.meeting.date).toBe('2026-07-03')
  })

})

describe('an event before `后N内` read whole (blind18-h44 r4)', () => {
  it('should keep 秋季 of 秋季开学后两周内', () => {
    const text = `${city}一、关于开学工作\n会议要求，市卫健委要配合市教育局做好学校传染病防控，秋季开学后两周内完成学生健康体检。\n`
    expect(read(text)[0].tasks[0][2]).toBe('秋季开学后两周内')
  })
})

describe('an owner asked before a deadline of an event (blind18-h44 r4)', () => {
  it('should end the owner of `会议要求X开学前完成全区…` before the deadline', () => {
    const text = `${city}一、关于开学工作\n会议要求市教育局开学前完成全市校舍安全排查。\n`
    expect(read(text)[0].tasks).toEqual([['市教育局', '开学前完成全市校舍安全排查', '开学前']])
  })

  it('should do so for joint owners before a season', () => {
    const text = `${city}一、关于防汛\n会议要求市水利局、市城管局汛期前完成全区排涝设施检修。\n`
    expect(read(text)[0].tasks).toEqual([['市水利局、市城管局', '汛期前完成全区排涝设施检修', '汛期前']])
  })
})

describe('科学 after a bureau asked is a manner of work, no section (blind18-h44 r5)', () => {
  it('should end the owner of `会议要求X科学制定…` at X', () => {
    const text = `${city}一、关于植树造林\n会议要求市林业局科学制定造林计划，本月20日前将任务分解到各区。\n`
    expect(read(text)[0].tasks).toEqual([['市林业局', '科学制定造林计划，本月20日前将任务分解到各区', '本月20日前']])
  })

  it('should still end a section named 科 before 科学', () => {
    const text = `${city}一、关于课时\n会议要求市教育局基础教育科科学安排课时。\n`
    expect(read(text)[0].tasks[0][0]).toBe('市教育局基础教育科')
  })
})

describe('an unnamed examination before a verb of delivery (blind18-h44 r6)', () => {
  it('should read `考前完成…` as a deadline opening its clause', () => {
    const text = `${city}一、关于高考保障\n会议要求，市供电公司要对各考点实行双电源保障，考前完成设备检修。\n`
    expect(read(text)[0].tasks[0][2]).toBe('考前')
  })

  it('should not read a meeting before the examination as one', () => {
    const text = `${city}一、关于高考保障\n会议要求，市教育局要组织考前动员会。\n`
    expect(read(text)[0].tasks[0][2]).toBeNull()
  })
})
