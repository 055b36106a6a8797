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

const minutes = '县人民政府常务会议纪要\n　　3月2日上午，县长柯望舒主持召开县政府第9次常务会议。现纪要如下：\n'

describe('限 before a placed unit sets it a term (blind20-h51 r2)', () => {
  it('should give the task to the unit after 限, not to 限县X', () => {
    const text = `${minutes}　　一、关于防溺水工作\n　　会议要求，限县文旅局于4月底前完成全部景区水域警示牌设置。\n`
    expect(read(text)[0].tasks).toEqual([['县文旅局', '于4月底前完成全部景区水域警示牌设置', '于4月底前']])
  })

  it('should leave 限期 and 限时 as terms, not owners', () => {
    const text = `${minutes}　　一、关于防溺水工作\n　　会议要求，县水利局要对山塘逐一排查，限期10日内整改到位。\n`
    expect(read(text)[0].tasks.map(([owner]) => owner)).toEqual(['县水利局'])
  })
})

describe('a problem named first after a document deliberated (blind20-h51 r4)', () => {
  const news = '区政府召开第2次常务会议\n1月13日，代区长言若水主持召开区政府第2次常务会议。\n'

  it('should open a matter of its own at 就X问题 after 会议审议了《…》', () => {
    const text = `${news}会议审议了《区2027年民生实事项目安排》。会议原则同意该安排。\n就农民工工资支付问题，会议强调，区人社局要开展欠薪专项整治，春节前实现动态清零。\n`
    const items = read(text)
    expect(items.map((item) => item.tasks)).toEqual([[], [['区人社局', '要开展欠薪专项整治，春节前实现动态清零', '春节前']]])
  })

  it('should still keep 就X问题 with a report the meeting heard', () => {
    const text = `${news}会议听取了区农业农村局关于春耕备耕的汇报。\n就化肥价格上涨问题，会议明确，由区财政局安排专项补贴资金。\n`
    expect(read(text)).toHaveLength(1)
  })
})

describe('a building topped out by a date (blind20-h51 r4)', () => {
  it('should read the date before 主体结顶 as the deadline', () => {
    const text = `${minutes}　　一、关于县医院新院区建设\n　　会议要求，县城投公司要倒排工期，确保10月底主体结顶。\n`
    expect(read(text)[0].tasks).toEqual([['县城投公司', '要倒排工期，确保10月底主体结顶', '10月底']])
  })
})

describe('a task written before its owner and a verb with a deadline or a step after it (blind20-h51 r6)', () => {
  it('should start the task at the funds a unit is to hand down by a date', () => {
    const text = `${minutes}　　一、关于春节慰问工作\n　　会议同意县民政局提出的慰问方案，慰问资金由县财政局于1月10日前下达。\n`
    expect(read(text)[0].tasks).toEqual([['县财政局', '慰问资金由县财政局于1月10日前下达', '于1月10日前']])
  })

  it('should start the task at the paper a unit drafts before sending it up', () => {
    const text = `${minutes}　　一、关于招商项目落地\n　　会议要求，具体包联安排由县商务局拟定后报县长审定。\n`
    expect(read(text)[0].tasks).toEqual([['县商务局', '具体包联安排由县商务局拟定后报县长审定', null]])
  })

  it('should leave a task that names its means after the owner as it was', () => {
    const text = `${minutes}　　一、关于学校开办\n　　会议要求，两校开办经费由县财政局在年初预算中统筹解决。\n`
    expect(read(text)[0].tasks).toEqual([['县财政局', '在年初预算中统筹解决', null]])
  })
})

describe('works counted back, a matter handed by 交, a proposal not backed (blind20-h51 r7)', () => {
  it('should give the deadline of 两项工作均于… to each task listed before it', () => {
    const text = `${minutes}　　一、关于冬季供暖\n　　会议要求，县发改局负责煤炭储备监测、县财政局负责供暖补贴资金保障，两项工作均于10月底前落实到位。\n`
    expect(read(text)[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([
      ['县发改局', '于10月底前'],
      ['县财政局', '于10月底前']
    ])
  })

  it('should give a paper named before 交 and a placed unit to that unit, the task starting at the paper', () => {
    const text = `${minutes}　　一、关于农村公路养护\n　　会议同意实行以奖代补，奖补办法交县交通运输局研究制定。\n`
    expect(read(text)[0].tasks).toEqual([['县交通运输局', '奖补办法交县交通运输局研究制定', null]])
    // Not a paper sent up by its maker.
    const sent = `${minutes}　　一、关于农村公路养护\n　　会议要求，养护方案提交县政府审定。\n`
    expect(read(sent)[0].tasks).toEqual([])
  })

  it('should read 不予支持 as a refusal, its maker as who proposed, and give no one the work it turns down', () => {
    const text = `${minutes}　　一、关于管网改造资金\n　　会议不予支持县城投公司提出的由县财政兜底偿还贷款的意见，请县城投公司、县财政局分头对接政策性银行贷款。\n`
    const [item] = read(text)
    expect(item.decisions).toEqual(['会议不予支持县城投公司提出的由县财政兜底偿还贷款的意见'])
    expect(item.reporters).toEqual(['县城投公司'])
    expect(item.tasks).toEqual([['县城投公司、县财政局', '分头对接政策性银行贷款', null]])
  })
})

describe('a chair named as the one who speaks while chairing (blind20-h51 r7)', () => {
  it('should read the chair from 市长X在主持会议时强调 after the matters', () => {
    const text = '市政府第8次常务会议召开\n　　5月6日，市政府召开第8次常务会议。\n　　会议听取了市水利局关于防汛工作的汇报。\n　　市长公孙岳在主持会议时强调，各部门要压实责任。\n　　副市长甘霖出席会议。\n'
    expect(analyze(text).record.meeting.chair?.name).toBe('公孙岳')
  })
})

describe('further outcomes listed after 会议还, a partner before a fronted verb (blind20-h51 r9)', () => {
  const news = '县政府召开第9次常务会议\n　　8月5日，县长柯望舒主持召开县政府第9次常务会议。\n'

  it('should open a matter at 会议还原则同意了以下事项： over its list, each entry a decision', () => {
    const text = `${news}　　会议听取了县林草局关于防火工作的汇报。会议要求，县林草局要清理防火通道。\n　　会议还原则同意了以下事项：\n　　1.县一中食堂改造项目立项；\n　　2.县农机站闲置用房公开招租方案。\n`
    const items = read(text)
    expect(items).toHaveLength(2)
    expect(items[1].decisions).toEqual(['县一中食堂改造项目立项；', '县农机站闲置用房公开招租方案。'])
  })

  it('should keep a lone outcome paragraph with the matter in hand', () => {
    const text = `${news}　　会议听取了县林草局关于防火工作的汇报。\n　　会议原则同意县林草局提出的防火工作方案。\n`
    expect(read(text)).toHaveLength(1)
  })

  it('should start the task at the matter written before 由X与Y and its verb', () => {
    const text = `${minutes}　　一、关于新区管理体制\n　　会议同意调整新区管理体制，人员转隶有关事宜由县委编办与县人社局对接办理。\n`
    expect(read(text)[0].tasks).toEqual([['县委编办', '人员转隶有关事宜由县委编办与县人社局对接办理', null]])
  })
})

describe('a town acting as the locality (blind20-h51 r10)', () => {
  it('should give the task to the unit named before 作为属地', () => {
    const text = `${minutes}　　一、关于垃圾焚烧项目\n　　会议要求，北山镇作为属地，负责做好群众思想疏导工作。\n`
    expect(read(text)[0].tasks).toEqual([['北山镇', '作为属地，负责做好群众思想疏导工作', null]])
  })

  it('should still give an audience acting as the locality no task', () => {
    const text = `${minutes}　　一、关于共享单车\n　　会议要求，各街道作为属地，负责辖区巡查。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a bracket of owners with a term set by 限 or a time label, and a bracket of only 长期坚持 (blind20-h51 r11)', () => {
  it('should read 限…前 and 时间要求： as the last part of a bracket of owners', () => {
    const text = `${minutes}　　一、关于安全生产\n　　会议要求，开展燃气安全回头看（县住建局牵头，县公安局配合，限9月30日前完成）；开展危化品运输专项执法（县交通运输局负责，时间要求：9月20日前）。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县住建局', '开展燃气安全回头看', '9月30日前'],
      ['县公安局', '开展燃气安全回头看', '9月30日前'],
      ['县交通运输局', '开展危化品运输专项执法', '9月20日前']
    ])
  })

  it('should pass over an audience that carries the lead’s work out inside the bracket', () => {
    const text = `${minutes}　　一、关于重点项目\n　　会议要求，对滞后项目实行专班推进（县发改局牵头，各项目业主单位落实，限10月底前完成年度投资计划的80%）。\n`
    expect(read(text)[0].tasks).toEqual([['县发改局', '对滞后项目实行专班推进', '10月底前']])
  })

  it('should read 长期坚持 standing alone in a bracket after the task as its term', () => {
    const text = `${minutes}　　一、关于秋季开学\n　　会议要求，县交警大队要在开学首周于各校门口设置护学岗（长期坚持）。\n`
    expect(read(text)[0].tasks.map(([owner, , due]) => [owner, due])).toEqual([['县交警大队', '长期坚持']])
  })
})

describe('a word of how between 由X and a fronted verb (blind20-h51 r12)', () => {
  it('should start the task at the funds a unit pays as incurred', () => {
    const text = `${minutes}　　一、关于老年助餐\n　　会议同意试点建设老年助餐点，试点期间运营补贴由县财政局据实拨付。\n`
    expect(read(text)[0].tasks).toEqual([['县财政局', '试点期间运营补贴由县财政局据实拨付', null]])
  })
})

describe('units named before their count (blind20-h51 r13)', () => {
  it('should read X、Y两家单位 and X、Y两部门 as the units named', () => {
    const text = `${minutes}　　一、关于汛前准备\n　　会议要求，县水利局、县自然资源局两家单位要对隐患点开展拉网式排查；县水利局、县林业局两部门要加强联合巡查。\n`
    expect(read(text)[0].tasks.map(([owner]) => owner)).toEqual(['县水利局、县自然资源局', '县水利局、县林业局'])
  })
})

describe('the units of each project as an audience (blind20-h51 r14)', () => {
  it('should end the owner’s task before 项目牵头单位要…', () => {
    const text = `${minutes}　　一、关于民生实事\n　　会议要求，县财政局要做好资金保障，项目牵头单位要在春节前细化实施方案。\n`
    expect(read(text)[0].tasks).toEqual([['县财政局', '要做好资金保障', null]])
  })
})
