import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item as its ordinal, heading and reporters. */
function items(text: string) {
  return analyze(text).record.items.map(({ordinal, heading, reporters}) => ({ordinal, heading, reporters}))
}

describe('bare topics set as headings with no number (blind22-h65 r1)', () => {
  const text =
    '6月2日上午，副区长葛青山主持召开专题会议。现将有关事项纪要如下：\n' +
    '　　河道保洁工作\n' +
    '　　会议听取了区水务局关于河道保洁外包情况的汇报。会议强调，要压实河长责任。\n' +
    '　　农贸市场改造问题\n' +
    '　　会议听取了区商务局关于农贸市场提升改造的汇报。会议原则同意改造方案。\n'

  it('should open a matter at each topic, the paragraph under it its body', () => {
    expect(items(text)).toEqual([
      {ordinal: null, heading: '河道保洁工作', reporters: ['区水务局']},
      {ordinal: null, heading: '农贸市场改造问题', reporters: ['区商务局']}
    ])
  })

  it('should not take a topic over a paragraph that takes no matter up', () => {
    const plain = '6月2日上午，副区长葛青山主持召开专题会议。现将有关事项纪要如下：\n会议听取了区水务局的汇报。\n河道保洁工作\n会议强调，要压实河长责任。\n'
    expect(items(plain).map((item) => item.heading)).toEqual(['会议听取了区水务局的汇报'])
  })
})

/** Each assignment of each item as owner and due. */
function dues(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, due, dueDate}) => ({owner, due, dueDate})))
}

describe('a venue opening bounds a task with the venue named (blind22-h65 r3)', () => {
  const lead = '2026年3月2日上午，街道党工委书记戚远山主持召开党政联席会议。现纪要如下：\n一、关于便民服务\n'

  it('should keep the venue before its opening', () => {
    expect(dues(`${lead}会议要求，城建办要在菜场开业前完成周边道路白改黑。\n`)).toEqual([{owner: '城建办', due: '菜场开业前', dueDate: null}])
    expect(dues(`${lead}会议要求，区文旅局要在新图书馆开馆前完成图书上架。\n`)).toEqual([{owner: '区文旅局', due: '新图书馆开馆前', dueDate: null}])
  })

  it('should not take the owner or a verb for the venue', () => {
    expect(dues(`${lead}会议要求，区商务局开业前完成验收。\n`)).toEqual([{owner: '区商务局', due: '开业前', dueDate: null}])
  })
})

describe('bare topics of any wording over their paragraphs (blind22-h65 r4)', () => {
  const text =
    '北溪学院2026年第3次院长办公会议纪要\n' +
    '时间：2026年3月4日上午\n主持：院长　葛知远\n出席：葛知远　潘　越\n\n' +
    '食堂承包经营\n后勤处汇报了食堂承包合同到期后的续约方案。会议同意续约一年。\n' +
    '实验室安全检查\n会议强调，资产处要在4月底前完成全部实验室的安全检查。\n'

  it('should open a matter at each topic where the text sets two or more', () => {
    expect(items(text)).toEqual([
      {ordinal: null, heading: '食堂承包经营', reporters: ['后勤处']},
      {ordinal: null, heading: '实验室安全检查', reporters: []}
    ])
  })

  it('should not take photo captions or a post\'s block numbers for topics', () => {
    const captions =
      '2026年3月4日上午，区长葛知远主持召开区政府常务会议。\n▲区长葛知远讲话\n会议听取了区商务局关于招商引资的汇报。会议要求抓好项目落地。\n' +
      '▲会议现场\n会议审议了《区级储备粮管理办法》。会议原则同意该办法。\n'
    expect(items(captions).map((item) => item.heading)).toEqual(['会议听取了区商务局关于招商引资的汇报', '会议审议了《区级储备粮管理办法》'])
  })

  it('should not take one short line alone for a topic', () => {
    const one = '2026年3月4日上午，院长葛知远主持召开院长办公会议。\n后勤处汇报了食堂续约方案。会议同意续约一年。\n补充说明\n会议强调，资产处要在4月底前完成实验室安全检查。\n'
    expect(items(one).map((item) => item.heading)).toEqual(['后勤处汇报了食堂续约方案'])
  })
})

/** The decisions of each item, as text. */
function decisions(text: string) {
  return analyze(text).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('a table copied one cell a line under a lead-in to decisions (blind22-h65 r6)', () => {
  const text =
    '2026年9月1日上午，区长严少卿主持召开区政府第8次常务会议。现纪要如下：\n' +
    '一、关于背街小巷改造\n会议同意实施背街小巷改造12条。议定事项分工如下：\n' +
    '序号\n事项\n责任单位\n完成时限\n1\n改造方案编制\n区城管局\n9月20日前\n2\n改造资金安排\n区财政局\n10月10日前\n'

  it('should make no decision of the header or the cells', () => {
    expect(decisions(text)).toEqual([['会议同意实施背街小巷改造12条']])
  })

  it('should still read each row as a task', () => {
    expect(dues(text)).toEqual([
      {owner: '区城管局', due: '9月20日前', dueDate: '2026-09-20'},
      {owner: '区财政局', due: '10月10日前', dueDate: '2026-10-10'}
    ])
  })

  it('should keep lines without a number label under the lead-in as decisions', () => {
    const plain = '2026年9月1日上午，区长严少卿主持召开区政府第8次常务会议。现纪要如下：\n一、关于背街小巷改造\n会议决定：\n同意实施背街小巷改造12条；\n改造资金纳入年度预算。\n'
    expect(decisions(plain)[0]).toHaveLength(2)
  })
})

describe('the signing of a contract bounds a task (blind22-h65 r8)', () => {
  it('should read `合同签订前` and `协议签订前` as deadlines with no day', () => {
    const lead = '2026年4月21日，总经理闵少川主持召开总经理办公会议。现纪要如下：\n一、关于物业外包\n'
    expect(dues(`${lead}会议要求，法务部要在合同签订前完成条款审查。\n`)).toEqual([{owner: '法务部', due: '在合同签订前', dueDate: null}])
    expect(dues(`${lead}会议要求，财务部协议签订前完成资信调查。\n`)).toEqual([{owner: '财务部', due: '协议签订前', dueDate: null}])
  })
})

describe('a stretch each incoming case is answered in (blind22-h65 r9)', () => {
  const lead = '2026年11月3日上午，市长邝远山主持召开市政府常务会议。现纪要如下：\n一、关于供热保障\n'

  it('should give no deadline to a standard after the case it answers', () => {
    expect(dues(`${lead}会议要求，市城管局要加强投诉受理，确保投诉24小时内响应。\n`)).toEqual([{owner: '市城管局', due: null, dueDate: null}])
    expect(dues(`${lead}会议要求，市热力公司要开通报修热线，报修2小时内到场。\n`)).toEqual([{owner: '市热力公司', due: null, dueDate: null}])
  })

  it('should still read a stretch the task itself is done in', () => {
    expect(dues(`${lead}会议要求，市城管局要在3日内完成投诉台账整理。\n`)).toEqual([{owner: '市城管局', due: '在3日内', dueDate: '2026-11-06'}])
  })
})

describe('a section of agreed matters named with 的 (blind22-h65 r10)', () => {
  it('should read each point under `会议议定的事项` as a decision', () => {
    const text =
      '2026年12月8日上午，院长宁子衿主持召开院长办公会议。现纪要如下：\n' +
      '一、听取的工作汇报\n（一）后勤处汇报了供暖准备情况。\n二、会议议定的事项\n' +
      '（一）同意供暖方案。\n（二）后勤处要在12月15日前完成锅炉检修。\n'
    expect(decisions(text)).toEqual([[], ['同意供暖方案。', '后勤处要在12月15日前完成锅炉检修。']])
  })
})

describe('a heading set on two lines, the second indented under the first (blind22-h65 r11)', () => {
  const lead = '2026年6月2日上午，局长卓一帆主持召开局务会议。会议研究了以下事项：\n'

  it('should join the indented line to the heading', () => {
    const text = `${lead}　　一、关于进一步规范全县农村土地承包经营权\n　　　　流转管理工作的意见\n　　经管股汇报了《意见》起草情况。会议原则同意《意见》。\n`
    expect(items(text)).toEqual([{ordinal: '一', heading: '关于进一步规范全县农村土地承包经营权\n　　　　流转管理工作的意见', reporters: ['经管股']}])
  })

  it('should not join a body line or a line at the indent of the heading', () => {
    const body = `${lead}　　一、关于春季造林\n　　　　林业站汇报了造林进度。\n`
    expect(items(body)[0]?.heading).toBe('关于春季造林')
    const level = `${lead}　　一、关于进一步规范全县农村土地承包经营权\n　　流转管理工作的意见\n`
    expect(items(level)[0]?.heading).toBe('关于进一步规范全县农村土地承包经营权')
  })
})

describe('a further matter taken up mid-paragraph (blind22-h65 r13)', () => {
  const lead = '2026年5月6日上午，镇长柴映雪主持召开镇长办公会议。现将会议有关情况纪要如下：\n'

  it('should open a matter at `。会议还研究了…` inside a paragraph', () => {
    const text = `${lead}会议听取了镇林业站关于春季造林的汇报。会议要求镇林业站抓好苗木管护。会议还研究了集镇路灯维修问题，同意更换路灯40盏。\n`
    expect(items(text)).toEqual([
      {ordinal: null, heading: '会议听取了镇林业站关于春季造林的汇报', reporters: ['镇林业站']},
      {ordinal: null, heading: '会议还研究了集镇路灯维修问题，同意更换路灯40盏', reporters: []}
    ])
  })

  it('should make no empty matter where the sentence already opens a line of its own', () => {
    const text =
      '区政协召开十一届第七次主席会议\n　　4月9日上午，区政协主席甘棠主持召开十一届第七次主席会议。\n' +
      '　　会议协商讨论了《区政协年度协商计划》，同意提交常委会会议审议。会议还听取了区政协提案委员会关于提案办理情况的汇报，要求提案委员会5月10日前形成报告。\n'
    expect(items(text).every((item) => item.heading !== '')).toBe(true)
  })

  it('should keep a further matter under the topic heading above it', () => {
    const text =
      '9月18日，集团党委书记庞建业主持召开党委会。\n研究“三重一大”事项\n' +
      '会议听取了投资部关于物流园投资的汇报，同意提交董事会决策。会议还研究了中层干部选拔方案，同意按程序实施。\n' +
      '部署近期重点工作\n会议要求，各单位要抓好安全生产。\n'
    expect(items(text).map((item) => item.heading)).toEqual(['研究“三重一大”事项', '部署近期重点工作'])
  })

  it('should leave `会议还强调` with the matter in hand', () => {
    const text = `${lead}会议听取了镇林业站关于春季造林的汇报。会议还强调，要严防森林火灾。\n`
    expect(items(text)).toHaveLength(1)
  })
})

describe('a point that names its matter before the meeting takes it up (blind22-h65 r13)', () => {
  it('should read who presents after a long matter label', () => {
    const text =
      '2026年10月12日上午，市长班若谷主持召开市政府第19次常务会议。现纪要如下：\n一、审议事项\n' +
      '（一）审议《岷江市城市绿线与蓝线管理办法》。会议听取了市园林局关于《办法》起草情况的说明，原则通过该《办法》。\n' +
      '（二）审议《岷江市政府投资项目代建管理办法》。会议听取了市发改委的说明，原则通过该《办法》。\n'
    expect(items(text)).toEqual([{ordinal: '一', heading: '审议事项', reporters: ['市园林局', '市发改委']}])
  })
})

describe('matters numbered 第1项 in digits (blind22-h65 r16)', () => {
  const lead = '2026年5月27日下午，集团总经理喻晓岚主持召开总经理办公会。会议研究了以下事项：\n'

  it('should read `第1项：` as `第一项：` is read', () => {
    const text = `${lead}　　第1项：管网改造\n　　工程部汇报了管网改造计划。会议同意改造计划。\n　　第2项：其他事项\n　　会议同意参加行业年会。\n`
    expect(items(text)).toEqual([
      {ordinal: '1', heading: '管网改造', reporters: ['工程部']},
      {ordinal: '2', heading: '其他事项', reporters: []}
    ])
  })

  it('should not read `第1次` or `第2项工作` inside a sentence as a matter', () => {
    const text = `${lead}　　第1项：管网改造\n　　会议同意第2项工作先行实施。\n`
    expect(items(text)).toHaveLength(1)
  })
})

describe('items numbered `1.` over points numbered `1、` (blind22-h65 r19)', () => {
  const lead = '2026年10月13日上午，局长柏青禾主持召开局务会议。现纪要如下：\n'

  it('should read the run with the other mark as the points of the entry above', () => {
    const text = `${lead}1.关于冬修水利\n会议要求：\n1、农水股要在11月15日前完成项目开工；\n2、财务股要及时拨付补助资金。\n2.关于河道采砂\n会议同意开展联合执法。\n`
    const record = analyze(text).record
    expect(record.items.map((item) => [item.heading, item.points.length])).toEqual([
      ['关于冬修水利', 2],
      ['关于河道采砂', 0]
    ])
  })

  it('should still take entries written with one mark throughout as the items', () => {
    const text = `${lead}1、关于冬修水利\n会议同意冬修计划。\n2、关于河道采砂\n会议同意开展联合执法。\n`
    expect(items(text).map((item) => item.heading)).toEqual(['关于冬修水利', '关于河道采砂'])
  })
})

describe('section numbers followed by a colon, or inside a heading\'s brackets (blind22-h65 r20)', () => {
  const lead = '2026年8月25日上午，县长庞子昂主持召开县政府第21次常务会议。现纪要如下：\n'

  it('should read `一：` at a line start as `一、`', () => {
    const text = `${lead}一：关于秋季开学\n会议听取了县教育局的汇报。\n二：关于垃圾分类\n会议听取了县城管局的汇报。\n`
    expect(items(text)).toEqual([
      {ordinal: '一', heading: '关于秋季开学', reporters: ['县教育局']},
      {ordinal: '二', heading: '关于垃圾分类', reporters: ['县城管局']}
    ])
  })

  it('should read `【一、关于X】` as a numbered matter, the paragraph under it its body', () => {
    const text = `${lead}【一、关于节日安全生产】\n会议听取了县应急管理局的汇报。\n【二、关于景区交通】\n会议听取了县交警大队的汇报。\n`
    expect(items(text)).toEqual([
      {ordinal: '一', heading: '关于节日安全生产', reporters: ['县应急管理局']},
      {ordinal: '二', heading: '关于景区交通', reporters: ['县交警大队']}
    ])
  })
})
