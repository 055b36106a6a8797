import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDates} from '../src/extract/date.js'

/** Minutes of a dated district meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某区人民政府区长办公会议纪要\n2025年9月3日上午，区长程远主持召开区长办公会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's decisions as written. */
function decisions(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

/** Each item's count of points. */
function points(body: string) {
  return minutes(body).record.items.map((item) => item.points.length)
}

/** Each item's decisions as verbs. */
function verbs(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.verb))
}

describe('a matter named back before its outcome (`该采购计划不予同意`)', () => {
  it('should read a refusal whose subject is the matter named back with 该', () => {
    const body = '一、关于区中医院设备购置的议题\n区卫健局汇报了购置计划。会议认为，部分设备超出需求，该购置计划不予同意，请区卫健局重新论证。'
    expect(decisions(body)).toEqual([['该购置计划不予同意']])
    expect(verbs(body)).toEqual([['不予同意']])
  })

  it('should read a deferral and an approval whose subject is named back with 此 or 该', () => {
    expect(decisions('一、关于街道办公用房维修事宜\n区机关事务中心汇报了维修方案。此项申请暂缓办理。\n二、关于区图书馆夜间开放的议题\n区文旅局汇报了开放方案。该方案原则通过。')).toEqual([
      ['此项申请暂缓办理'],
      ['该方案原则通过']
    ])
  })

  it('should read a refusal of a project that names its outcome (`不予立项`)', () => {
    expect(verbs('一、关于区文体中心扩建的议题\n区文旅局汇报了扩建设想。该项目不予立项。')).toEqual([['不予立项']])
  })

  it('should not read how a matter stands as a decision (`该项目暂不具备实施条件`)', () => {
    expect(decisions('一、关于城西停车场建设的议题\n区城管局汇报了项目选址情况。会议指出，该项目暂不具备实施条件。')).toEqual([[]])
  })

  it('should not read a matter in the middle of a clause (`有关采购计划不予同意的意见`)', () => {
    expect(decisions('一、关于区二院设备购置的议题\n区卫健局汇报了购置计划。会议听取了说明，有关采购计划不予同意的意见由区财政局反馈。')).toEqual([[]])
  })
})

describe('refusals told as not done, and a bare matter before its outcome', () => {
  it('should read `会议未同意` and `未予同意` as decisions', () => {
    expect(verbs('一、关于两名教师进修申请事宜\n人事科汇报了进修申请。会议同意李明老师的申请；张华老师的申请因课时无法调整，会议未同意。\n二、关于食堂承包合同续签的议题\n后勤办汇报了续签方案。会议认为，方案价格偏高，未予同意，请后勤办重新议价。')).toEqual([
      ['同意', '未同意'],
      ['未予同意']
    ])
  })

  it('should read a matter noun opening its clause before an outcome (`方案暂缓执行`)', () => {
    expect(decisions('一、关于机关食堂改造的议题\n区机关事务中心汇报了改造方案。会议认为还需进一步论证，方案暂缓执行。')).toEqual([['方案暂缓执行']])
  })
})

describe('the chair named elsewhere than the lead', () => {
  it('should read the chair from a news title `X主持召开…` when the lead names none', () => {
    const text = '邵建平主持召开县政府第18次常务会议\n2025-05-15 来源：某县融媒体中心\n5月14日，县政府召开第18次常务会议，研究城区防汛等工作。\n会议研究了城区防汛工作。县水利局作了汇报。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('邵建平')
  })

  it('should read the one entrusted before a comma and the place (`X受县长委托,在…主持召开`)', () => {
    const text = '县长办公会议纪要\n〔2025〕12号\n6月3日上午，副县长邓莉受县长邵建平委托，在县政府第二会议室主持召开县长办公会议。纪要如下：\n一、关于城区停车管理的议题\n县公安局汇报了停车管理方案。会议同意该方案。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('邓莉')
  })
})

describe('a run of sequence words closed by 最后', () => {
  it('should count `首先…其次…最后` as three points', () => {
    const body = '一、关于汛期安全工作\n区水务局汇报了防汛准备情况。会议要求，首先要排查易涝点，其次要备足防汛物资，最后要落实24小时值班。'
    expect(points(body)).toEqual([3])
  })

  it('should not take 最后 alone for a point (`会议最后强调`)', () => {
    const body = '一、关于汛期安全工作\n区水务局汇报了防汛准备情况。会议最后强调，要落实24小时值班，最后一公里的巡查要到位。'
    expect(points(body)).toEqual([0])
  })
})

describe('the chair named in the closing sentence of a news release', () => {
  it('should read `会议由县长X主持。` after the matters and the attendance', () => {
    const text =
      '县政府召开第9次常务会议\n发布时间：2025-04-03\n4月2日上午，县政府召开第9次常务会议。\n会议研究了春季森林防火工作。县林业局作了汇报。\n' +
      '会议审议了县城供水价格调整方案。会议同意该方案。\n会议还研究了春耕生产工作。县农业农村局作了汇报。\n会议强调，要抓好春播备耕。\n' +
      '副县长黎明、田甜参加会议。会议由县委副书记、县长童可主持。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('童可')
  })
})

describe('a heading ending at a colon before who presents the matter', () => {
  it('should end `(二)关于X细则:` at the colon when the body opens with a presenter', () => {
    const text = '某学院党委会议纪要\n2025年3月4日，党委书记陆平主持召开党委会议。会议议定事项如下：\n（一）关于教师考勤管理细则：人事处处长章华介绍了细则修订情况。会议原则同意该细则。\n（二）关于实验室安全工作：会议同意安全检查方案。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['关于教师考勤管理细则', '关于实验室安全工作'])
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['人事处'], []])
  })

  it('should keep a label colon inside the heading (`议题:…`), where no 关于 opens the topic', () => {
    const text = '某小区业主委员会会议纪要\n2025年3月4日，业委会主任吕方主持召开业委会会议。纪要如下：\n一、议题：公共区域停车位划线\n物业公司汇报了划线方案。会议同意该方案。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['议题：公共区域停车位划线'])
  })
})

describe('outcomes told with 并 or 原则 before the verb of passing', () => {
  it('should read `讨论并通过了`, `研究并通过了` and `原则审议通过了` as decisions', () => {
    expect(verbs('一、关于社区养老服务的议题\n区民政局汇报了服务方案。会议讨论并通过了《社区养老服务提升方案》。\n二、关于区图书馆分馆建设的议题\n区文旅局汇报了建设计划。会议研究并通过了分馆建设计划。\n三、关于公益岗位开发的议题\n区人社局汇报了开发方案。会议原则审议通过了公益岗位开发方案。')).toEqual([
      ['讨论并通过'],
      ['研究并通过'],
      ['原则审议通过']
    ])
  })
})

describe('circled points glued to the word before them', () => {
  it('should count `要求①…;②…;③…` as three points', () => {
    const body = '一、关于区级预算编制的议题\n区财政局汇报了预算编制情况。会议原则同意预算草案，要求①压减一般性支出；②保障民生支出；③加强绩效评价。'
    expect(points(body)).toEqual([3])
  })

  it('should not make a point of a lone circled numeral (`见图①`)', () => {
    const body = '一、关于区级预算编制的议题\n区财政局汇报了预算编制情况，支出结构见图①。会议原则同意预算草案。'
    expect(points(body)).toEqual([0])
  })
})

/** Each item's reporters as written. */
function reporters(body: string) {
  return minutes(body).record.items.map((item) => item.reporters)
}

describe('reporters written with their officer or their account', () => {
  it('should read the unit of an officer who `作了关于…的报告`', () => {
    expect(reporters('一、关于食品安全监管工作的报告\n区市场监管局局长甘露作了关于上半年食品安全监管工作的报告。会议同意该报告。')).toEqual([['区市场监管局']])
  })

  it('should drop `相关负责同志` after a unit that presents (`X、Y相关负责同志分别汇报了`)', () => {
    expect(reporters('一、关于秋冬季防火工作\n区应急管理局、区消防救援大队相关负责同志分别汇报了防火准备情况。会议要求各街道落实责任。')).toEqual([['区应急管理局', '区消防救援大队']])
  })
})

describe('a matter taken up on paper opens an item', () => {
  it('should open an item at `会议以书面形式审议了…` and at `会议还书面审议了…`', () => {
    const text =
      '区政府召开第12次常务会议\n发布时间：2025-03-06\n3月5日上午，区长齐悦主持召开区政府第12次常务会议。\n' +
      '会议听取了区发改局关于重点项目的汇报。会议同意项目计划。\n' +
      '会议以书面形式审议了《区政府合同管理办法》，原则通过该办法。\n' +
      '会议还书面审议了区审计局关于经济责任审计情况的报告，同意印发。\n'
    expect(analyze(text).record.items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([['同意'], ['原则通过'], ['同意']])
  })
})

describe('a stretch of days whose first day has no 日 (`3月5—6日`)', () => {
  it('should read the first day of `3月5—6日`, `2025年3月5-6日` and `3月5至6日`', () => {
    expect(findDates('3月5—6日，副市长召集').map((date) => [date.year, date.month, date.day])).toEqual([[null, 3, 5]])
    expect(findDates('2025年3月5-6日').map((date) => [date.year, date.month, date.day])).toEqual([[2025, 3, 5]])
    expect(findDates('3月5至6日').map((date) => [date.year, date.month, date.day])).toEqual([[null, 3, 5]])
  })

  it('should date a meeting held `3月5—6日` on its first day', () => {
    const text = '某市人民政府专题会议纪要\n〔2025〕9号\n3月5—6日，副市长季风召集并主持专题会议，研究内涝治理工作。纪要如下：\n一、关于易涝点整治问题\n市住建局汇报了整治方案。会议同意该方案。\n'
    expect(analyze(text).record.meeting.date).toBe('2025-03-05')
  })

  it('should not read a day cut off before its dash (`3月5—` and no day after)', () => {
    expect(findDates('3月5—')).toEqual([])
  })
})

describe('a matter named first, then who presents it after a comma', () => {
  it('should open an item at each `关于X问题,Y汇报了…` paragraph', () => {
    const text =
      '某县人民政府专题会议纪要\n2025年11月20日上午，副县长伍军主持召开专题会议。会议纪要如下：\n' +
      '关于城南小学扩建用地问题，县自然资源局汇报了报批进展。会议同意划入储备用地。\n' +
      '关于教育专项资金问题，县财政局汇报了测算情况，会议同意。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.reporters)).toEqual([['县自然资源局'], ['县财政局']])
  })

  it('should not open an item at `关于X,要…` that neither the meeting nor a presenter speaks', () => {
    const text =
      '某县人民政府专题会议纪要\n2025年11月20日上午，副县长伍军主持召开专题会议。会议纪要如下：\n' +
      '会议听取了县教育局关于学校建设的汇报。会议同意扩建方案。\n' +
      '关于资金问题，要由县财政局统筹安排。\n'
    expect(analyze(text).record.items).toHaveLength(1)
  })
})

describe('a draft sent back for revision (`退回X修改`)', () => {
  it('should read `退回县财政局修改` after the meeting’s view as a decision', () => {
    expect(verbs('一、关于购买服务管理办法的议题\n区财政局汇报了办法起草情况。会议认为该办法部分条款不够严谨，退回区财政局修改。')).toEqual([['退回']])
  })

  it('should not read a return of money as a decision (`退回多收的费用`)', () => {
    expect(decisions('一、关于停车收费问题的议题\n区发改局汇报了收费检查情况。会议要求，停车场经营单位要退回多收的费用。')).toEqual([[]])
  })
})

describe('a numbered topic that runs on after a comma (`一、关于X问题,会议…`)', () => {
  it('should end the heading at the comma where the meeting or a presenter speaks after it', () => {
    const body = '一、关于城区停车难问题，会议听取了区交警大队的汇报，同意新建2处停车库。\n二、关于医疗设备更新问题，会议经认真讨论，原则同意设备更新计划。\n三、关于教师招聘事宜，区教育局汇报了招聘计划，会议同意招聘60名。'
    const items = minutes(body).record.items
    expect(items.map((item) => item.heading)).toEqual(['关于城区停车难问题', '关于医疗设备更新问题', '关于教师招聘事宜'])
    expect(decisions(body)).toEqual([['同意新建2处停车库'], ['原则同意设备更新计划'], ['会议同意招聘60名']])
  })

  it('should keep a heading whole whose comma is not followed by the meeting (`一、关于A、B,C的议题`)', () => {
    expect(minutes('一、关于城东片区，城西片区供水改造的议题\n区水务局汇报了改造方案。会议同意该方案。').record.items.map((item) => item.heading)).toEqual(['关于城东片区，城西片区供水改造的议题'])
  })
})

describe('a matter named after 就 and its own verb done (`会议就X问题听取了…`)', () => {
  it('should open an item at `会议就X问题听取了Y的汇报`', () => {
    const text =
      '县政府召开第7次常务会议\n发布时间：2025-08-29\n8月28日下午，县长石磊主持召开县政府第7次常务会议。\n' +
      '会议听取了县发改局关于重点项目的汇报。会议同意项目计划。\n' +
      '会议就西山村土地征收补偿问题听取了西山村委会的汇报。会议同意补偿方案。\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['县发改局'], ['西山村委会']])
  })

  it('should not open an item at `会议就此强调…`, which points back', () => {
    const text =
      '县政府召开第7次常务会议\n发布时间：2025-08-29\n8月28日下午，县长石磊主持召开县政府第7次常务会议。\n' +
      '会议听取了县发改局关于重点项目的汇报。会议同意项目计划。\n' +
      '会议就此强调，各部门要加快进度。\n'
    expect(analyze(text).record.items).toHaveLength(1)
  })
})

describe('a lead that convenes with 召集 and no 召开 or 主持', () => {
  it('should read the date of `12月9日上午,副市长X召集…单位,专题研究…`', () => {
    const text = '某市人民政府专题会议纪要\n〔2025〕第52号\n12月9日上午，副市长卓越召集市住建局、市财政局等单位，专题研究保障房建设事项。现将会议议定事项纪要如下：\n一、关于项目选址\n市住建局汇报了备选地块。会议同意选用东区地块。\n'
    const meeting = analyze(text).record.meeting
    expect([meeting.date, meeting.chair?.name]).toEqual(['2025-12-09', '卓越'])
  })
})

describe('an outcome for this time only (`本次暂不定价`)', () => {
  it('should read `本次暂不定价` and `此次暂缓调整` as decisions', () => {
    expect(decisions('一、关于配售价格\n会议认为，价格须按成本确定，本次暂不定价。\n二、关于租金标准\n区住建局汇报了测算情况。此次暂缓调整。')).toEqual([['本次暂不定价'], ['此次暂缓调整']])
  })
})

describe('bracketed points glued to the word before them (`要求各部门(一)…;(二)…`)', () => {
  it('should count `(一)(二)(三)` after their addressee as three points', () => {
    expect(points('一、关于四季度工作\n区发改局汇报了前三季度经济运行情况。会议要求各部门（一）盯紧年度目标；（二）抓好项目投资；（三）促进消费回暖。')).toEqual([3])
  })

  it('should not make a point of a glued `(一)` with no `(二)` after it in its sentence', () => {
    expect(points('一、关于四季度工作\n区发改局汇报了前三季度经济运行情况，详见附表（一）。会议同意该报告。')).toEqual([0])
  })
})

describe('a matter named in full before an outcome that refuses or puts it off', () => {
  it('should read `新聘1名教师事宜暂缓` after a semicolon as a decision of its own', () => {
    expect(decisions('一、研究外聘教师事宜\n人事办汇报了聘用计划。会议同意续聘2名教师，聘期一年；新聘1名教师事宜暂缓，另行研究。')).toEqual([['会议同意续聘2名教师，聘期一年', '新聘1名教师事宜暂缓，另行研究']])
  })

  it('should keep a refusal that goes on with the decision of its sentence one decision (`准予…,另1个项目不予立项`)', () => {
    expect(decisions('一、研究科研项目立项\n科研办汇报了评审情况。会议准予其中3个项目立项，另2个项目不予立项。')).toEqual([['会议准予其中3个项目立项，另2个项目不予立项']])
  })

  it('should not read a grant told of the past (`部分项目原则同意后迟迟未开工`)', () => {
    expect(decisions('一、研究项目开工问题\n区发改局汇报了项目进展。会议指出，部分项目原则同意后迟迟未开工。')).toEqual([[]])
  })
})

describe('a chair named after a label inside the lead (`会议主持人:…`)', () => {
  it('should read `会议主持人：区人大常委会主任X。` in the lead sentence', () => {
    const text = '区人大常委会主任会议纪要\n2025年9月23日上午，区人大常委会第十五次主任会议在机关会议室召开。会议主持人：区人大常委会主任聂远。副主任两人出席会议。\n会议听取了区政府关于计划执行情况的报告。会议同意提请常委会审议。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('聂远')
  })
})
