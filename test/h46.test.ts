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

const news = '县政府召开第6次常务会议\n5月8日，县长柏青原主持召开县政府第6次常务会议。\n'

describe('a bracketed topic in 事项 heads its matter (blind19-h46 r2)', () => {
  it('should head a matter by a topic such as 【人事事项】', () => {
    const text = `${news}【乡村道路】\n会议听取了县交通局关于乡村道路养护的汇报。\n【人事事项】\n会议研究了干部任免事项。\n`
    expect(read(text).map((item) => item.heading)).toEqual(['乡村道路', '人事事项'])
  })

  it('should still pass over a label of a kind of matters such as 【审议事项】', () => {
    const text = `${news}【审议事项】\n会议审议了《县河道采砂管理办法》。\n会议审议了《县公共资源交易目录》。\n【其他事项】\n会议还研究了其他事项。\n`
    expect(read(text).map((item) => item.heading)).toEqual(['会议审议了《县河道采砂管理办法》', '会议审议了《县公共资源交易目录》', '会议还研究了其他事项'])
  })
})

describe('a bracket of owners after a point (blind19-h46 r3)', () => {
  it('should give the task to the owner in brackets, not to the thing before 要', () => {
    const text = `${news}会议听取了县水利局关于排涝工程的汇报。会议要求：一是城南泵站要倒排工期，确保汛期前试运行（县城投公司负责，县水利局督导）；二是县交通局要同步改造排水管网。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县城投公司', '城南泵站要倒排工期，确保汛期前试运行', '汛期前'],
      ['县交通局', '要同步改造排水管网', null]
    ])
  })

  it('should keep the owner before 要 where the bracket only names who supports', () => {
    const text = `${news}会议听取了县水利局关于排涝工程的汇报。会议要求，县住建局要加快管网改造（县财政局配合）。\n`
    expect(read(text)[0].tasks.map(([owner]) => owner)).toEqual(['县住建局', '县财政局'])
  })
})

describe('a project milestone bounds a task (blind19-h46 r3)', () => {
  it('should read the start of the works as an event before which the task is done', () => {
    const text = `${news}会议研究了农贸市场改造。会议明确，城关镇负责摊位临时安置，改造开工前完成安置点搭建；县商务局要在项目交付前完成验收备案。\n`
    expect(read(text)[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([['城关镇', '改造开工前'], ['县商务局', '交付前']])
  })

  it('should read no deadline in an early stage of the works', () => {
    const text = `${news}会议研究了农贸市场改造。会议要求，县商务局要做好开工前期准备工作。\n`
    expect(read(text)[0].tasks).toEqual([['县商务局', '要做好开工前期准备工作', null]])
  })
})

describe('short labels in 【】 after a point (blind19-h46 r4)', () => {
  it('should read 【牵头：X；配合：Y；时限：Z】 as the owners and deadline of the point before', () => {
    const text = `${news}会议听取了县水务局的汇报。会议议决：\n1．对农村供水管网开展一次防冻排查。【牵头：县水务局；配合：县财政局；时限：12月15日前】\n2．建立水质公示制度。【牵头：县卫健委；时限：每月底前】\n`
    expect(read(text)[0].tasks).toEqual([
      ['县水务局', '对农村供水管网开展一次防冻排查', '12月15日前'],
      ['县财政局', '对农村供水管网开展一次防冻排查', '12月15日前'],
      ['县卫健委', '建立水质公示制度', '每月底前']
    ])
  })

  it('should end the task before the bracket of full labels too', () => {
    const text = `${news}会议研究了供水工作。会议议决：\n1．更换老旧水表。【责任单位：县水务公司；完成时限：10月底前】\n`
    expect(read(text)[0].tasks).toEqual([['县水务公司', '更换老旧水表', '10月底前']])
  })
})

describe('a holiday said as its break bounds a task (blind19-h46 r4)', () => {
  it('should read 清明假期前 over a vague 抓紧 before it', () => {
    const text = `${news}会议研究了校园安全工作。会议要求县教育局抓紧排查校舍风险点，清明假期前完成首轮排查。\n`
    expect(read(text)[0].tasks).toEqual([['县教育局', '抓紧排查校舍风险点，清明假期前完成首轮排查', '清明假期前']])
  })
})


describe('header fields over a lead that only leads in (blind19-h46 r5)', () => {
  it('should read （一）关于… entries as the items after 会议研究了…。纪要如下：', () => {
    const text = '青川县人民政府常务会议纪要\n时间：2026年4月14日上午\n主持：县长　汪季平\n　　会议研究了就业帮扶、停车治理两项议题。纪要如下：\n　　（一）关于就业帮扶车间认定事宜\n　　会议听取了县人社局的汇报，同意认定9家企业为帮扶车间。\n　　（二）关于停车治理方案\n　　会议听取了县城管局的汇报。\n'
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual(['关于就业帮扶车间认定事宜', '关于停车治理方案'])
    expect(items.map((item) => item.reporters)).toEqual([['县人社局'], ['县城管局']])
  })
})

describe('an owner that has another body do the work (blind19-h46 r5)', () => {
  it('should end a point\'s owner before 督促', () => {
    const text = `${news}会议研究了消防安全。会议要求：\n1．县住建局督促物业服务企业落实维保责任，6月30日前完成检测；\n2．县财政局安排改造资金。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县住建局', '督促物业服务企业落实维保责任，6月30日前完成检测', '6月30日前'],
      ['县财政局', '安排改造资金', null]
    ])
  })

  it('should keep a unit named for its guidance whole', () => {
    const text = `${news}会议研究了就业工作。会议要求，县就业指导中心要做好返乡人员就业帮扶。\n`
    expect(read(text)[0].tasks.map(([owner]) => owner)).toEqual(['县就业指导中心'])
  })
})

describe('a banner government (blind19-h46 r6)', () => {
  const banner = '旗人民政府常务会议纪要\n　　2027年1月8日，旗长那顺巴雅尔在旗政府二楼会议室主持召开旗人民政府2027年第1次常务会议。纪要如下：\n'

  it('should read a chair\'s name of five characters after the title', () => {
    expect(analyze(`${banner}一、关于防灾\n会议听取了旗应急管理局的汇报。\n`).record.meeting.chair?.name).toBe('那顺巴雅尔')
  })

  it('should read no name in a phrase after the title', () => {
    const text = '县政府常务会议纪要\n　　2027年1月8日，副县长百忙中抽空主持召开县政府第1次常务会议。纪要如下：\n一、关于防灾\n会议听取了县应急管理局的汇报。\n'
    expect(analyze(text).record.meeting.chair?.name ?? null).toBe(null)
  })

  it('should read the banner\'s bureaus as owners, funds set aside and teams set up as their tasks', () => {
    const text = `${banner}一、关于防灾\n会议听取了旗应急管理局的汇报。\n议定：1.旗交通运输局组建3支除雪队伍；2.旗财政局预拨防灾资金200万元。\n`
    expect(read(text)[0].tasks.map(([owner, task]) => [owner, task])).toEqual([
      ['旗交通运输局', '组建3支除雪队伍'],
      ['旗财政局', '预拨防灾资金200万元']
    ])
  })
})

describe('a dated byline labelled 时间 (blind19-h46 r6)', () => {
  it('should take the year from 时间：date with 作者：, not the meeting\'s date', () => {
    const text = '县政府召开第27次常务会议\n时间：2027-02-26　　作者：县融媒体中心　　点击数：\n　　2月25日上午，县长柏青原主持召开县政府第27次常务会议。\n　　会议听取了县农业局的汇报。\n'
    expect(analyze(text).record.meeting.date).toBe('2027-02-25')
  })

  it('should still read a form\'s 时间： as the meeting\'s date', () => {
    const text = '县政府专题会议纪要\n时间：2027年2月26日上午\n地点：县政府三楼会议室\n　　会议由副县长柏青原主持。会议听取了县农业局的汇报。\n'
    expect(analyze(text).record.meeting.date).toBe('2027-02-26')
  })
})

describe('blocks numbered 01 | … with a space each side of the bar (blind19-h46 r7)', () => {
  it('should read each block as an item headed by its topic', () => {
    const text = '县政府召开第9次常务会议\n6月6日，县长柏青原主持召开县政府第9次常务会议。\n01 | 研究电力保供工作\n会议听取了县发改局的汇报。\n02 | 研究高考保障工作\n会议要求，县教育局要制定考点应急预案。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([['01', '研究电力保供工作'], ['02', '研究高考保障工作']])
  })
})

describe('deadlines of r7 (blind19-h46 r7)', () => {
  it('should read the last working day of each month as a recurring deadline', () => {
    const text = `${news}会议研究了惠企政策。会议要求，县营商办每月最后一个工作日前通报政策兑现进度。\n`
    const [assignment] = analyze(text).record.items[0].assignments
    expect([assignment.due, assignment.dueKind]).toEqual(['每月最后一个工作日前', 'recurring'])
  })

  it('should read no deadline in the last sitting of a month', () => {
    const text = `${news}会议研究了惠企政策。会议要求，县营商办要在每月最后一次调度会上通报进度。\n`
    expect(read(text)[0].tasks).toEqual([['县营商办', '要在每月最后一次调度会上通报进度', null]])
  })

  it('should read the peak of demand as an event before which the task is done', () => {
    const text = `${news}会议研究了电力保供。会议要求，县供电公司要在用电高峰到来前完成线路增容改造。\n`
    expect(read(text)[0].tasks[0][2]).toBe('在用电高峰到来前')
  })
})

describe('a proposal the meeting refuses (blind19-h46 r8)', () => {
  it('should read the maker of a refused proposal without the refusal', () => {
    const text = `${news}会议听取了县国资局的汇报。会议同意划转方案；不同意县交投公司提出的作价入股方案，请县国资局另行研究。\n`
    expect(read(text)[0].reporters).toEqual(['县国资局', '县交投公司'])
  })
})

describe('owners listed on lines after a dash (blind19-h46 r9)', () => {
  it('should read ——X：task as X\'s task', () => {
    const text = `${news}会议听取了县应急管理局的汇报。会议明确了以下分工：\n——县应急管理局：牵头组织节前安全大检查，9月28日前完成；\n——县公安局：加强节日期间巡逻防控。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县应急管理局', '牵头组织节前安全大检查，9月28日前完成', '9月28日前'],
      ['县公安局', '加强节日期间巡逻防控', null]
    ])
  })
})

describe('a paragraph that gives the meeting\'s view, then takes a matter up (blind19-h46 r10)', () => {
  it('should open the matter at 会议听取了 after the view\'s sentence', () => {
    const text = '区政府第35次常务会议召开\n　　3月14日下午，区长房启文主持召开区政府第35次常务会议。\n　　会议指出，优化营商环境是一把手工程。会议听取了区发改局关于营商环境评价结果的汇报，要求区发改局6月底前整改到位。\n　　会议听取了区城管局关于精细化管理的汇报。\n'
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual(['会议听取了区发改局关于营商环境评价结果的汇报，要求区发改局6月底前整改到位', '会议听取了区城管局关于精细化管理的汇报'])
    expect(items[0].tasks).toEqual([['区发改局', '6月底前整改到位', '6月底前']])
  })
})

describe('lines under the meeting speaking in a one-matter news release (blind19-h46 r11)', () => {
  it('should open the lead\'s matter over 会议要求： and bulleted lines of owners', () => {
    const text = '县政府召开集贸市场搬迁专题会议\n　　5月10日，副县长柯清源主持召开集贸市场搬迁专题会议，听取了县商务局关于搬迁准备情况的汇报。\n　　会议要求：\n　　◆县商务局要完成摊位分配方案，5月20日前公开摇号；\n　　◆城关镇负责经营户的动员工作；\n　　◆县交通运输局要在防火期开始前完成道路巡查。\n'
    const [item] = read(text)
    expect(item.reporters).toEqual(['县商务局'])
    expect(item.tasks.map(([owner, , due]) => [owner, due])).toEqual([['县商务局', '5月20日前'], ['城关镇', null], ['县交通运输局', '在防火期开始前']])
  })
})

describe('work done in parts (blind19-h46 r11)', () => {
  it('should read a unit before 分年度 as the owner in a terse clause', () => {
    const text = `${news}会议研究了福利院改扩建工程。会议决定，工程由县城投公司代建；县财政局分年度安排建设资金。\n`
    expect(read(text)[0].tasks.map(([owner, task]) => [owner, task])).toEqual([['县城投公司', '代建'], ['县财政局', '分年度安排建设资金']])
  })
})

describe('a lead time of months before an event (blind19-h46 r12)', () => {
  it('should read 开幕式前一个月 as the deadline', () => {
    const text = `${news}会议研究了运动会筹备。会议要求，县体育局牵头成立筹委会，开幕式前一个月完成场馆验收。\n`
    expect(read(text)[0].tasks[0][2]).toBe('开幕式前一个月')
  })

  it('should count the months back from a holiday by the calendar', () => {
    const text = '县政府常务会议纪要\n2026年9月1日，县长柏青原主持召开县政府第5次常务会议。现纪要如下：\n一、研究场馆\n会议要求，县体育局要在国庆节前一个月完成场馆验收。\n'
    const [assignment] = analyze(text).record.items[0].assignments
    expect([assignment.due, assignment.dueDate]).toEqual(['在国庆节前一个月', '2026-09-01'])
  })
})
