import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h28: a deputy singled out as the one in charge (分管副院长)', () => {
  const lead = '2025年5月6日下午,学院召开党政联席会议。会议由院长唐振宇主持。纪要如下:\n'

  it('should read the name after 汇报:分管副院长 as the reporter', () => {
    const text = lead + '议题1:研究本科毕业论文抽检工作\n汇报:分管副院长 乔明远\n会议审议了抽检工作方案。会议同意该方案。\n'
    expect(parseMinutes(text).items[0].reporters).toEqual(['乔明远'])
  })

  it('should give a task to 分管副院长 after a comma of what the meeting asks', () => {
    const text = lead + '议题1:研究本科毕业论文抽检工作\n会议要求教学秘书于5月20日前报送抽检名单,分管副院长负责抽检全过程督导。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => each.owner)).toEqual(['教学秘书', '分管副院长'])
    expect(assignments[1].task).toBe('负责抽检全过程督导')
  })

  it('should give a task to 主管副总经理 after 由', () => {
    const text =
      '2025年6月3日,公司总经理邹强主持召开总经理办公会。会议纪要如下:\n' +
      '一、关于仓储中心扩建\n会议同意扩建方案,由主管副总经理负责组织实施,年内完工。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([['主管副总经理', '年内']])
  })

  it('should still give no task to a bare deputy title (副院长), which names none of several', () => {
    const text = lead + '议题1:研究实验室开放\n会议同意实验室周末开放,由副院长负责组织实施。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => each.owner)).not.toContain('副院长')
  })
})

describe('h28: a school season right after an asked office (政教处开学前组织…)', () => {
  const lead = '2025年8月20日,校长孟庆华主持召开校务会。纪要如下:\n一、秋季开学安全工作\n会议要求:\n'

  it('should give the point to the office before 开学前, with that deadline', () => {
    const text = lead + '1.总务处对教学楼护栏逐一检查;\n2.德育处开学前组织一次消防演练;\n3.教务处做好课表编排。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['总务处', null],
      ['德育处', '开学前'],
      ['教务处', null]
    ])
  })

  it('should read 寒假前 after an office the same way', () => {
    const text = lead + '1.后勤处寒假前完成锅炉检修;\n2.教务处做好期末考试安排。\n'
    const assignments = parseMinutes(text).items[0].assignments
    expect(assignments.map((each) => [each.owner, each.due])).toEqual([
      ['后勤处', '寒假前'],
      ['教务处', null]
    ])
  })
})

describe('h28: a title that writes the place in full and adds the session', () => {
  const body = '会议议定事项如下:\n一、研究代表建议办理工作\n会议同意办理方案。\n'

  it('should take the title (栖霞县…第五十二次主任会议) over the lead (县人大常委会主任会议)', () => {
    const text = '兰溪县人大常委会第四十次主任会议纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('兰溪县人大常委会第四十次主任会议')
  })

  it('should keep the lead where the title adds no session', () => {
    const text = '兰溪县人大常委会主任会议纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('县人大常委会主任会议')
  })

  it('should keep the lead where the session follows the place alone (青石镇…第2次党委会议)', () => {
    const text = '青石镇2025年第2次党委会议纪要\n2025年2月12日,镇党委书记胡立新主持召开镇党委会议。' + body
    expect(parseMinutes(text).meeting.name).toBe('镇党委会议')
  })

  it('should keep the lead under a subject line (关于…的纪要)', () => {
    const text = '关于兰溪县人大常委会第四十次主任会议的纪要\n2024年10月9日上午,县人大常委会主任会议在机关三楼会议室召开。会议由县人大常委会主任秦立民主持。' + body
    expect(parseMinutes(text).meeting.name).toBe('县人大常委会主任会议')
  })
})
