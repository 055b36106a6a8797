import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a county government's executive meeting, and `body`. */
function county(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月6日,县长邱文斌主持召开县人民政府第九次常务会议。纪要如下:\n${body}\n`
  return analyze(text).record
}

/** Each item's assignments as owner, deadline. */
function owners(record: ReturnType<typeof county>) {
  return record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

describe('round 1: a county executive meeting, a mayor’s office meeting', () => {
  it('should read no reporter in bodies counted after `同意` (`同意新建两所小学的选址方案`)', () => {
    const record = county('一、关于学校建设\n会议听取了县教育局的汇报,原则同意镇区新建三所幼儿园的布点方案。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县教育局']])
  })

  it('should still read a unit whose proposal is agreed to (`同意县卫健委的调整方案`)', () => {
    const record = county('一、关于医疗机构设置\n会议同意县卫健委的调整方案。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县卫健委']])
  })

  it('should read the owner after where the matter lies (`项目所在的X要…`)', () => {
    const record = county('一、关于物流园项目\n会议要求,项目所在的经济开发区管委会要指定专人跟踪服务,确保9月前投产。')
    expect(owners(record)).toEqual([[['经济开发区管委会', '9月前']]])
  })

  it('should keep an owner that comes before `所在` (`X要对所在…`)', () => {
    const record = county('一、关于防汛工作\n会议要求,县水利局要对所在辖区水库逐一排查,6月1日前完成。')
    expect(owners(record)).toEqual([[['县水利局', '6月1日前']]])
  })
})

describe('round 4: a mayor’s office meeting convened on the mayor’s behalf', () => {
  it('should read the one entrusted who convenes as the chair (`受市长委托,X在…召开`)', () => {
    const text = '市长办公会议纪要\n2026年7月3日上午,受市长委托,副市长韦立群在市政府5楼会议室召开市长办公会议,研究河道整治问题。纪要如下:\n一、关于河道整治\n会议同意整治方案。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('韦立群')
  })

  it('should read no chair where an entrusting clause names no one after it (`受市长委托,市政府召开…`)', () => {
    const text = '市长办公会议纪要\n2026年7月3日上午,受市长委托,市政府在5楼会议室召开市长办公会议,研究河道整治问题。纪要如下:\n一、关于河道整治\n会议同意整治方案。\n'
    expect(analyze(text).record.meeting.chair).toBeNull()
  })
})

describe('round 5: owners of a county meeting and a people’s congress council', () => {
  it('should read a unit that opens a clause with `保障` or `拨付` as its owner', () => {
    const record = county('一、关于防汛物资\n会议决定,由县水利局负责采购防汛物资,县财政局保障采购资金。\n二、关于校舍维修\n会议同意维修方案,县财政局拨付维修经费。')
    expect(owners(record)).toEqual([
      [['县水利局', null], ['县财政局', null]],
      [['县财政局', null]]
    ])
  })

  it('should end the owner before a step and the matter handed on (`由X整理后送Y研究处理`)', () => {
    const record = county('一、关于代表建议\n会议同意调研报告的意见,由县人大常委会办公室整理后送县人民政府研究处理。')
    expect(owners(record)).toEqual([[['县人大常委会办公室', null]]])
  })
})

describe('round 6: a city standing meeting, a college joint meeting', () => {
  it('should read the unit that submitted what is reviewed (`审议了X提请的《…》`) as its reporter', () => {
    const record = county('一、关于《县城市容管理办法》\n会议审议了县城管局提请的《县城市容管理办法》,原则同意。')
    expect(record.items.map((item) => item.reporters)).toEqual([['县城管局']])
  })
})

describe('round 7: a mayor’s office meeting reposted on a model-text site', () => {
  it('should read the start of a season as a deadline (`供暖季开始前`, `汛期开始前`)', () => {
    const record = county('一、关于取暖补贴\n会议同意提高补贴标准,县民政局要在供暖季开始前发放到位。\n二、关于水库除险\n县水利局要在汛期开始前完成3座水库除险加固。')
    expect(owners(record)).toEqual([[['县民政局', '在供暖季开始前']], [['县水利局', '在汛期开始前']]])
  })
})

describe('round 9: a county topic meeting', () => {
  it('should leave a report at regular times to the owner whose clause it follows (`Y加强…,每日向县政府报送…`)', () => {
    const record = county('一、关于临时排水\n临时排水方案由县住建局负责审定,县环保分局加强水质监测,每日向县政府报送监测数据。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due === null])).toEqual([
      ['县住建局', true],
      ['县环保分局', false]
    ])
  })

  it('should still share an outcome after the owners’ clauses (`由X牵头…,Y具体负责…,6月底前完成`)', () => {
    const record = county('一、关于平台建设\n会议决定,由县数据局牵头成立工作专班,县电信公司具体负责平台搭建,6月底前完成建设。')
    expect(owners(record)).toEqual([[['县数据局', '6月底前'], ['县电信公司', '6月底前']]])
  })
})

describe('round 12: a county standing meeting with a subtitle in a heading', () => {
  it('should keep a subtitle after a heading’s colon to the line’s end (`关于X问题:近期整治措施`)', () => {
    const record = county('一、关于城区内涝问题:近期整治措施\n会议同意县水利局提出的整治措施。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于城区内涝问题:近期整治措施'])
  })

  it('should still end the heading at its colon before a body (`关于X问题:由Y负责…`)', () => {
    const record = county('一、关于城区内涝问题:由县水利局负责排查积水点。')
    expect(record.items.map((item) => item.heading)).toEqual(['关于城区内涝问题'])
  })
})

describe('round 14: a district topic meeting with labels opening an inline point', () => {
  it('should give the task after labels that open an inline point to the labelled owners', () => {
    const record = county('会议听取了县文旅局的汇报。会议议定:(一)原则同意古镇改造方案;(二)牵头单位:县文旅局,配合单位:城关镇,9月底前完成招商;(三)县财政局要保障前期经费。')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])).toEqual([
      ['县文旅局', '9月底前完成招商', '9月底前'],
      ['城关镇', '9月底前完成招商', '9月底前'],
      ['县财政局', '要保障前期经费', null]
    ])
  })

  it('should keep a second owner after a comma in a line of labels (`责任单位:X,Y`)', () => {
    const record = county('一、关于产业强镇创建\n督办要求:对照标准补齐短板。\n责任单位:县农业农村局,城关镇\n完成时限:11月下旬')
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.task.endsWith('对照标准补齐短板')])).toEqual([
      ['县农业农村局', true],
      ['城关镇', true]
    ])
  })

  it('should leave a generic second owner out (`责任单位:X,相关镇`), as golds leave out 各地各部门', () => {
    const record = county('一、关于产业强镇创建\n督办要求:对照标准补齐短板。\n责任单位:县农业农村局,相关镇\n完成时限:11月下旬')
    expect(record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['县农业农村局'])
  })
})

describe('round 16: a district head’s office meeting whose agreed matters are its items', () => {
  it('should read the owner of an agreed matter written `二、A由X会同Y修订,年内出台`', () => {
    const text = '区长办公会议纪要\n2026年5月27日,区长葛明主持召开区长办公会议。会议议定如下:\n一、同意组建区文旅集团。\n二、区属企业薪酬管理办法由区国资中心会同区人社局修订,年内出台。\n'
    const record = analyze(text).record
    expect(record.items[1].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([['区国资中心', '年内']])
  })
})
