import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const minutes = '县政府常务会议纪要\n\n2026年5月8日，县长李平主持召开县政府第9次常务会议。\n'

describe('a name padded from its title or unit by a space', () => {
  it('should read the leader who leads the work where a full-width space sets the name off its title', () => {
    const text = `${minutes}一、研究防汛工作\n会议听取了县水利局的汇报。由副县长　田野牵头，县水利局负责，做好水库巡查。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['田野', '县水利局'])
  })

  it('should read the unit, not a fragment of it, where an ASCII space sets a name off its unit', () => {
    const text = `${minutes}一、审议《县城停车管理办法》\n会议原则通过该办法。由县公安局 陈东牵头，县城管局配合，修改完善后印发。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县公安局', '县城管局'])
  })

  it('should read the chair of a lead that pads the name from the title', () => {
    const text = '区政府召开常务会议\n\n6月3日，区长 韩立新主持召开区政府第12次常务会议。\n会议听取了区住建局关于燃气管道改造的汇报。会议要求，区住建局要加快施工。\n'
    const {record} = analyze(text)
    expect(record.meeting.chair?.name).toBe('韩立新')
    expect(record.items[0].reporters).toEqual(['区住建局'])
  })

  it('should read the unit of a bracket after a report heard, its speaker padded from it', () => {
    const text = `${minutes}一、研究安全生产工作\n会议听取了关于安全生产形势的汇报（县应急管理局　张明）。会议要求，县应急管理局要加强检查。\n`
    expect(read(text)[0].reporters).toEqual(['县应急管理局'])
  })

  it('should read the unit of a bracket whose speaker is padded from the unit\'s title, but leave a labelled bracket to its label', () => {
    const heard = (bracket: string) => read(`${minutes}一、研究开学工作\n会议听取了关于开学准备情况的汇报${bracket}。会议要求，县教育局要加强检查。\n`)[0].reporters
    expect(heard('(县教育局局长 付小琴)')).toEqual(['县教育局'])
    expect(heard('(汇报人:县教育局局长 付小琴)')).toEqual(['县教育局'])
  })

  it('should read a name padded from its title by two spaces, as a copy writes a full-width one', () => {
    const text = `${minutes}一、研究市场改造\n会议听取了县商务局的汇报。由副县长  叶青牵头，县商务局具体负责，8月底前完成改造。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['叶青', '县商务局'])
  })

  it('should keep the spaces of a list of people, each name set off after its unit', () => {
    const text = `${minutes}参加人员：安环部 曹刚、生产部 夏建\n一、研究消防演练\n会议要求，由曹刚负责制定演练方案。\n`
    expect(read(text)[0].tasks).toEqual([['曹刚', '负责制定演练方案', null]])
  })

  it('should keep a column gap of two spaces in a table row', () => {
    expect(read('序号  议题  汇报单位  会议意见\n1  关于供水改造  县水利局  原则同意,由县水利局于3月底前完成设计\n')[0].heading).toBe('关于供水改造')
  })
})

describe('a month or quarter set off by 在 or 于 before 开展', () => {
  it('should read `在十二月份开展` as the time the work is done in', () => {
    const text = `${minutes}一、研究消防工作\n会议要求，县消防救援大队要在十二月份开展一次专项整治。\n`
    expect(read(text)[0].tasks).toEqual([['县消防救援大队', '要在十二月份开展一次专项整治', '在十二月份']])
  })

  it('should read `于第四季度开展` as the time the work is done in', () => {
    const text = `${minutes}一、研究农村改厕工作\n会议要求，县农业农村局要于第四季度开展问题户厕整改。\n`
    expect(read(text)[0].tasks[0][2]).toBe('于第四季度')
  })

  it('should still read no deadline in a month a meeting or an event is held in', () => {
    const text = `${minutes}一、研究演练工作\n会议要求，县应急管理局要7月下旬开展演练，县教育局要在6月召开推进会。\n`
    expect(read(text)[0].tasks.map((task) => task[2])).toEqual([null, null])
  })
})

describe('a work meeting whose matter is only its name', () => {
  const head = '县政府召开全县防汛工作会议\n发布时间:2026-06-12 来源:县应急管理局\n\n'

  it('should open the item at the name, the meeting speaking of it after the lead', () => {
    const text = `${head}6月11日，县政府召开全县防汛工作会议。副县长周敏出席会议并讲话。\n会议要求，县水利局要加强水库巡查，6月20日前完成除险加固。\n`
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('全县防汛工作会议')
    expect(record.meeting.date).toBe('2026-06-11')
    expect(read(text)).toEqual([{heading: '全县防汛工作会议', reporters: [], tasks: [['县水利局', '要加强水库巡查，6月20日前完成除险加固', '6月20日前']]}])
  })

  it('should read a meeting held to move a piece of work on (`…视频调度会`) as a work meeting', () => {
    const text = '我县召开秸秆禁烧视频调度会\n发布日期:2026-10-12\n\n10月11日,我县召开全县秸秆禁烧视频调度会。\n会议要求,县农业农村局要在10月份开展一次火点核查。\n'
    expect(read(text)).toEqual([{heading: '全县秸秆禁烧视频调度会', reporters: [], tasks: [['县农业农村局', '要在10月份开展一次火点核查', '在10月份']]}])
  })

  it('should leave a leader\'s topic meeting (`…工作专题协调会`) to the matter its lead names', () => {
    const text = '8月2日，副县长周敏主持召开秋粮收购工作专题协调会。县发改局等单位参加会议。\n会议要求，县发改局要做好收购准备。\n'
    expect(read(text)).toEqual([])
  })

  it('should make no item of a body\'s own meeting that names no matter', () => {
    const text = '县政府召开常务会议\n\n6月11日，县政府召开县政府常务会议。\n会议要求，县水利局要加强水库巡查。\n'
    expect(read(text)).toEqual([])
  })
})

describe('a copy that ends its sentences in an ASCII `.`', () => {
  it('should read each `.` after a sentence as its full stop: the lead, the matters and their owners', () => {
    const text = '县政府专题会议纪要\n8月12日,副县长马东主持召开专题会议,研究水厂建设问题.\n会议听取了县水利局的汇报.会议原则同意选址方案.县水利局要完成初步设计,9月15日前报审.\n会议听取了县住建局的汇报.会议要求,县住建局要清理管网.\n'
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('县政府专题会议')
    expect(record.items.map((item) => [item.heading?.slice(0, 12), item.decisions.map((decision) => decision.text), item.assignments.map((assignment) => [assignment.owner, assignment.due])])).toEqual([
      ['会议听取了县水利局的汇报', ['会议原则同意选址方案'], [['县水利局', '9月15日前']]],
      ['会议听取了县住建局的汇报', [], [['县住建局', null]]]
    ])
  })

  it('should read a `.` after a closing ASCII quote as a full stop', () => {
    const text = '县政府专题会议纪要\n8月12日,副县长马东主持召开专题会议,研究秋粮收购工作.\n会议研究了秋粮收购工作.会议强调,要确保"卖得出".县发改局要做好收购资金准备;县市场监管局要加强价格监管.\n'
    expect(read(text).map((item) => item.tasks.map((task) => task[0]))).toEqual([['县发改局', '县市场监管局']])
  })

  it('should leave the dots of numbers, dates and list markers alone', () => {
    const text = '县政府专题会议纪要\n8月12日,副县长马东主持召开专题会议,研究水厂建设问题.\n会议听取了县水利局的汇报.会议要求:\n1.县水利局要在2026.09.15前完成设计;\n2.县财政局要安排资金3.5亿元.\n'
    const {record} = analyze(text)
    expect(record.items.length).toBe(1)
    expect(record.items[0].points.length).toBe(2)
  })

  it('should keep a `.` as it is in a text whose stops are `。`', () => {
    const text = '县政府专题会议纪要\n8月12日，副县长马东主持召开专题会议，研究水厂建设问题。\n会议听取了县水利局的汇报.会议原则同意选址方案。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['会议听取了县水利局的汇报.会议原则同意选址方案'])
  })
})

describe('a month set off by 于 before 提请', () => {
  it('should read `于6月份提请…审议` as a deadline', () => {
    const text = `${minutes}一、审议《城市更新规划》\n会议原则通过该规划。县自然资源局要修改完善，于6月份提请县委常委会审议。\n`
    expect(read(text)[0].tasks[0][2]).toBe('于6月份')
  })
})

describe('a work meeting named before its verb, and a leader speaking over a list', () => {
  it('should open the item at a work meeting named as the subject of `在X召开`, keeping the lead\'s date', () => {
    const text = '全市防汛工作会议召开\n发布时间:2026-05-16 来源:市应急管理局\n\n5月15日上午,全市防汛工作会议在市行政中心召开。副市长王海出席会议并讲话。\n会议要求,市水利局要加强水库巡查,5月31日前完成安全鉴定。\n'
    const {record} = analyze(text)
    expect([record.meeting.name, record.meeting.date]).toEqual(['全市防汛工作会议', '2026-05-15'])
    expect(read(text)).toEqual([{heading: '全市防汛工作会议在市行政中心召开', reporters: [], tasks: [['市水利局', '要加强水库巡查,5月31日前完成安全鉴定', '5月31日前']]}])
  })

  it('should read the list under the leader the lead names (`X要求:`) as the points of the work meeting', () => {
    const text = '镇政府召开森林防火工作部署会\n2026-03-06 来源:镇综治办\n\n3月5日,镇政府召开春季森林防火工作部署会,镇长谭志勇出席会议并讲话。\n谭志勇要求:\n(一)镇林业站要设置检查站;\n(二)镇应急办要于3月份开展一次拉练。\n'
    const {record} = analyze(text)
    expect(record.items.map((item) => [item.heading, item.points.length, item.assignments.map((assignment) => [assignment.owner, assignment.due])])).toEqual([
      ['春季森林防火工作部署会,镇长谭志勇出席会议并讲话', 2, [['镇林业站', null], ['镇应急办', '于3月份']]]
    ])
  })

  it('should not take a person the lead does not name speaking over a list for the meeting', () => {
    const text = '镇政府召开森林防火工作部署会\n\n3月5日,镇政府召开春季森林防火工作部署会。\n周敏要求:\n(一)镇林业站要设置检查站;\n(二)镇应急办要开展拉练。\n'
    expect(read(text).length).toBe(2)
  })
})

describe('a news headline named by the meeting that speaks in it', () => {
  it('should not open a matter at a headline `校长办公会研究部署…` above the lead', () => {
    const text = '校长办公会研究部署暑期维修等工作\n发布时间:2026-06-25\n\n6月24日,校长梁文涛主持召开校长办公会,研究暑期维修等事项。\n会议听取了后勤管理处的汇报。会议要求,后勤管理处要合理安排施工。\n'
    expect(read(text).map((item) => item.heading)).toEqual(['会议听取了后勤管理处的汇报'])
  })
})

describe('a flattened page with a breadcrumb glued before its title', () => {
  it('should split the title off after the breadcrumb, so the name and the date read as on a page with its lines', () => {
    const text = '首页 > 信息公开 > 会议纪要 柏溪市人民政府专题会议纪要〔2026〕第64期 市政府办公室 2026年11月4日 11月2日上午,副市长杭晓峰主持召开专题会议,研究城区冬季供暖保障工作。现纪要如下:一、关于供暖准备情况。会议听取了市城管局的汇报。会议要求,市热力公司要加快管网改造,11月10日前完成试压。二、关于供暖补贴。会议同意对低保家庭给予补贴。市财政局要于12月份完成拨付。'
    const {record} = analyze(text)
    expect([record.meeting.title, record.meeting.name, record.meeting.date]).toEqual(['柏溪市人民政府专题会议纪要', '柏溪市人民政府专题会议', '2026-11-02'])
    expect(record.items.map((item) => item.heading)).toEqual(['关于供暖准备情况', '关于供暖补贴'])
  })
})
