import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due, dueDate and kind. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

// A Thursday: 2026-07-02.
const lead = '2026年7月2日上午，副县长贺明川主持召开督办会议。现纪要如下：\n'

describe('a labelled range of months is due as written (blind22-h62 r1)', () => {
  it('should read 完成时限：7月至9月 whole, by the end of September', () => {
    const text = `${lead}一、秸秆综合利用\n任务内容：完成秸秆还田试点3万亩。\n责任单位：县农业农村局\n完成时限：7月至9月\n`
    expect(tasks(text)).toMatchObject([{owner: '县农业农村局', due: '7月至9月', dueDate: '2026-09-30'}])
  })

  it('should read a range of days the same way', () => {
    const text = `${lead}一、暑期托管\n任务内容：开放社区暑期托管点12个。\n责任单位：县教育局\n完成时限：7月10日至8月20日\n`
    expect(tasks(text)).toMatchObject([{owner: '县教育局', due: '7月10日至8月20日', dueDate: '2026-08-20'}])
  })
})

describe('a label line under a paragraph that ends in labels (blind22-h62 r2)', () => {
  // A Tuesday: 2026-03-24.
  const text =
    '2026年3月24日，县委常委龚立山主持召开推进会议。纪要如下：\n一、关于安置房办证\n' +
    '会议听取了县住建局关于安置房办证的汇报。责成县住建局对未办证住户逐户核实，形成处置方案。责任单位：县住建局　完成时限：4月20日前\n' +
    '配合单位：县税务局\n'

  it('should give the support the deadline of the labels ending the paragraph', () => {
    expect(tasks(text)).toContainEqual(expect.objectContaining({owner: '县税务局', due: '4月20日前', dueDate: '2026-04-20'}))
  })

  it('should leave the report before the charging sentence out of the task', () => {
    const support = tasks(text).find((each) => each.owner === '县税务局')
    expect(support?.task).toBe('责成县住建局对未办证住户逐户核实，形成处置方案')
  })
})

describe('a (一) list under a numbered 交办事项 (blind22-h62 r3)', () => {
  const text =
    '2026年10月27日，区长贺云主持召开交办会议。现将交办事项纪要如下：\n' +
    '交办事项一：河道保洁\n责任单位：区水务局\n完成时限：11月30日前\n' +
    '交办事项二：办理要求\n（一）各责任单位要按时报送进展。\n（二）区政府督查室负责跟踪督办。\n'

  it('should keep the 交办事项 as the items and the (一) lines as points of the last', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['河道保洁', '办理要求'])
    expect(items[1].points.length).toBe(2)
  })
})

describe('a stretch after an event that is no holiday (blind22-h62 r3)', () => {
  // A Tuesday: 2026-12-08.
  const lead = '2026年12月8日，总经理韩立主持召开总经理办公会议。纪要如下：\n一、关于招租\n'

  it('should read the stretch alone, and no date', () => {
    const text = `${lead}资产运营部负责挂牌招租，招租结果出来后一周内报集团备案。\n`
    expect(tasks(text)).toMatchObject([{owner: '资产运营部', due: '一周内', dueDate: null, dueKind: 'relative'}])
  })

  it('should still own the task where the event follows the owner and 在', () => {
    const text = `${lead}财务部要在6月20日前完成预算评审；工程部在评审完成后15日内重新招标。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '财务部', due: '在6月20日前'},
      {owner: '工程部', due: '15日内', dueDate: null}
    ])
  })
})

describe('a subject line names the meeting it records (blind22-h62 r4)', () => {
  it('should leave 关于 out of the title name that wins', () => {
    const text = '关于市政府2027年第2次专题会议议定事项的纪要\n\n1月20日，副市长芮青主持召开专题会议。现纪要如下：\n一、关于保供\n市商务局要在节前投放储备肉。\n'
    expect(analyze(text).record.meeting.name).toBe('市政府2027年第2次专题会议')
  })
})

describe('a paragraph that points to the table below (blind22-h62 r4)', () => {
  it('should make no decision under a section of decisions', () => {
    const text =
      '2027年1月14日，副市长芮青主持召开专题会议。现纪要如下：\n一、会议议定事项\n会议逐项研究了节前重点工作，明确了责任分工（见下表）。\n' +
      '| 序号 | 议定事项 | 牵头单位 | 完成时限 |\n| 1 | 开展燃气安全检查 | 市住建局 | 一周内 |\n'
    const item = analyze(text).record.items[0]
    expect(item.decisions).toEqual([])
    expect(tasks(text)).toMatchObject([{owner: '市住建局', due: '一周内', dueDate: '2027-01-21'}])
  })
})

describe('an event with no day before a stretch, with what it is of (blind22-h62 r4)', () => {
  const lead = '2026年6月9日，副县长贾南枝主持召开专题会议。纪要如下：\n一、关于资金\n'

  it('should give a clause of the event before its owner to the task', () => {
    const text = `${lead}县财政局负责拨付首批资金；项目竣工验收后一个月内，由县财政局牵头组织决算审计。\n`
    expect(tasks(text)[1]).toMatchObject({owner: '县财政局', due: '竣工验收后一个月内', dueDate: null})
  })

  it('should leave a hedge before the event out', () => {
    const text = `${lead}县教育局力争秋季开学后两周内完成复核。\n`
    expect(tasks(text)).toMatchObject([{owner: '县教育局', due: '秋季开学后两周内'}])
  })
})

describe('a lead of only its verb, then owners that carry it out (blind22-h62 r5)', () => {
  it('should give the lead the work after 具体落实', () => {
    // A Tuesday: 2026-09-22.
    const text = '2026年9月22日，县长钮伯谦主持召开推进会议。纪要如下：\n一、关于新院区\n副县长车晓岚同志负责，县卫健局、县发改局具体落实，抓紧完成设备采购方案论证，10月15日前报县政府。\n'
    expect(tasks(text)).toMatchObject([
      {owner: '车晓岚', due: '10月15日前', dueDate: '2026-10-15'},
      {owner: '县卫健局、县发改局', due: '10月15日前'}
    ])
    expect(tasks(text)[0].task).toContain('设备采购方案')
  })
})

describe('forms of a deadline met in a district and a city (blind22-h62 r7)', () => {
  // A Thursday: 2026-08-27.
  const lead = '2026年8月27日，区长晁文钦主持召开区长办公会议。纪要如下：\n一、关于开学\n'

  it('should read a label that starts a term with no end as ongoing', () => {
    const text = `${lead}1．优化学校周边交通组织。责任单位：区公安分局　　完成时限：开学后长期坚持\n`
    expect(tasks(text)).toMatchObject([{owner: '区公安分局', due: '开学后长期坚持', dueDate: null, dueKind: 'ongoing'}])
  })

  it('should read a month before 下达 as the deadline of issuing funds', () => {
    const text = `${lead}市财政局于10月份下达资金。\n`
    expect(tasks(text)).toMatchObject([{owner: '市财政局', due: '于10月份', dueDate: '2026-10-31'}])
  })
})

describe('names under one title, then 同志 and 共同牵头 (blind22-h62 r8)', () => {
  it('should give the persons named after the title the task together', () => {
    // A Tuesday: 2026-11-10.
    const text = '2026年11月10日，县长隋景行主持召开县政府常务会议，副县长仇冬青、欧阳晴出席会议。纪要如下：\n一、关于救助\n由副县长仇冬青、欧阳晴同志共同牵头，县民政局具体负责，元旦前完成救助资金发放。\n'
    expect(tasks(text)[0]).toMatchObject({owner: '仇冬青、欧阳晴', due: '元旦前', dueDate: '2026-12-31'})
    expect(tasks(text)[0].task.startsWith('共同牵头')).toBe(true)
  })
})

describe('a lead-in whose next clause sends to the table below (blind22-h62 r8)', () => {
  it('should make no decision of 会议确定，各项目按下表推进：', () => {
    const text =
      '2026年6月2日，街道党工委书记濮阳澈主持召开推进会议。纪要如下：\n一、任务分解\n会议确定，各项目按下表推进：\n' +
      '｜序号｜项目名称｜牵头科室｜完成时限｜\n｜1｜加装电梯12台｜城建科｜9月30日前｜\n'
    expect(analyze(text).record.items[0].decisions).toEqual([])
    expect(tasks(text)).toMatchObject([{owner: '城建科', dueDate: '2026-09-30'}])
  })
})

describe('a ledger of 主责单位, 协助单位 and 完成节点 (blind22-h62 r9)', () => {
  it('should read the labels under a heading as owners of the matter and its deadline', () => {
    const text = '2026年11月3日，县长龙泽远主持召开交办会议。纪要如下：\n一、冬季森林防火\n主责单位：县林业局\n协助单位：县应急管理局\n完成节点：11月30日前完成扑火队伍集训\n'
    expect(tasks(text)).toMatchObject([
      {owner: '县林业局', task: '冬季森林防火', due: '11月30日前', dueDate: '2026-11-30'},
      {owner: '县应急管理局', task: '冬季森林防火', due: '11月30日前'}
    ])
  })
})

describe('a stretch after an event told in the clause before the owner (blind22-h62 r9)', () => {
  // A Thursday: 2026-04-16.
  const lead = '2026年4月16日，副市长冼慕白主持召开专题会议。纪要如下：\n一、关于用地\n'

  it('should give the stretch no day', () => {
    const text = `${lead}土地摘牌后，由新区管委会负责在10个工作日内完成净地交付。\n`
    expect(tasks(text)).toMatchObject([{owner: '新区管委会', due: '在10个工作日内', dueDate: null, dueKind: 'relative'}])
  })

  it('should still count a stretch from the meeting after a clause of the meeting', () => {
    const text = `${lead}会议结束后，由新区管委会负责在10个工作日内完成净地交付。\n`
    expect(tasks(text)).toMatchObject([{owner: '新区管委会', dueDate: '2026-04-30'}])
  })
})

describe('two days of each month before one ending (blind22-h62 r9)', () => {
  it('should read 每月5日、20日前 as one recurring deadline', () => {
    const text = '2026年4月16日，副市长冼慕白主持召开专题会议。纪要如下：\n一、关于报送\n新区管委会每月5日、20日前向市政府报送项目推进情况。\n'
    expect(tasks(text)).toMatchObject([{owner: '新区管委会', due: '每月5日、20日前', dueDate: null, dueKind: 'recurring'}])
  })
})

describe('a table whose owner column names who answers for each unit (blind22-h62 r10)', () => {
  it('should read the unit before the bracketed officer as the owner', () => {
    const text =
      '2026年7月7日，市长司马承主持召开推进会议。纪要如下：\n一、滞后任务\n' +
      '| 序号 | 任务内容 | 牵头单位（责任人） | 完成时限 |\n| --- | --- | --- | --- |\n' +
      '| 1 | 新建口袋公园15个 | 市城管局（局长　阮一舟） | 9月30日前 |\n'
    expect(tasks(text)).toMatchObject([{owner: '市城管局', task: '新建口袋公园15个', due: '9月30日前', dueDate: '2026-09-30'}])
  })
})

describe('a teaching week after the term opens, before 前 (blind22-h62 r10)', () => {
  it('should keep 前 in the deadline', () => {
    const text = '2026年9月3日，校长慕容川主持召开校长办公会议。纪要如下：\n一、关于开学\n教务处负责在开学第3周前完成新生入学资格复查。\n'
    expect(tasks(text)).toMatchObject([{owner: '教务处', due: '在开学第3周前', dueDate: null}])
  })
})

describe('a unit officer of only its verb, then a unit that carries it out (blind22-h62 r11)', () => {
  it('should give the officer\'s unit the work after 具体实施', () => {
    // A Thursday: 2026-07-16.
    const text = '2026年7月16日，副区长蓝星澜主持召开专题会议。纪要如下：\n一、关于补偿\n区住建局局长钱永丰同志负责，区征收中心具体实施，本周五下班前将补偿方案报区政府审定。\n'
    expect(tasks(text)).toMatchObject([
      {owner: '区住建局', due: '本周五下班前', dueDate: '2026-07-17'},
      {owner: '区征收中心', due: '本周五下班前'}
    ])
    expect(tasks(text)[0].task).toContain('补偿方案')
  })
})

describe('a contract signed bounds a task, and an audience\'s stretch after an event ends the task (blind22-h62 r12)', () => {
  // A Thursday: 2026-11-26.
  const lead = '2026年11月26日，副县长卫嘉言主持召开调度会议。纪要如下：\n一、关于公园\n'

  it('should read 合同签订前 as the first deadline written', () => {
    const text = `${lead}县住建局要在合同签订前完成招标控制价审核，月中前完成合同签订。\n`
    expect(tasks(text)).toMatchObject([{owner: '县住建局', due: '在合同签订前', dueDate: null}])
  })

  it('should end the task before an audience with a stretch after an event of its own', () => {
    const text = `${lead}区文明办负责建立问题整改台账，各责任单位整改完成后3日内报区文明办复核销号。\n`
    expect(tasks(text)).toMatchObject([{owner: '区文明办', task: '负责建立问题整改台账', due: null}])
  })
})

describe('holidays and seasons a county and a city bound tasks by (blind22-h62 r13)', () => {
  // A Tuesday: 2026-12-15; the Spring Festival of 2027 falls on 6 February.
  const lead = '2026年12月15日，县长司空朗主持召开县政府常务会议。纪要如下：\n一、关于保供\n'

  it('should read two holidays written together, the later bounding the task', () => {
    const text = `${lead}商务局牵头，元旦春节前组织开展保供稳价专项行动。\n`
    expect(tasks(text)).toMatchObject([{owner: '商务局', due: '元旦春节前', dueDate: '2027-02-05'}])
  })

  it('should read 今冬明春 before a verb of delivery as the deadline, over a recurring report', () => {
    const text = `${lead}市住建局负责，今冬明春完成12处内涝点改造，每两周向市政府督查室报送一次进展。\n`
    expect(tasks(text)).toMatchObject([{owner: '市住建局', due: '今冬明春', dueDate: null}])
  })
})

describe('a lead-in that names the division of work it opens (blind22-h62 r14)', () => {
  it('should make no decision of 会议明确了…分工：由X牵头…', () => {
    // A Tuesday: 2026-06-23.
    const text = '2026年6月23日，秘书长阎知微主持召开筹备工作会议。纪要如下：\n一、会议明确了各项筹备工作的分工：由市委组织部牵头，周五前确定表彰对象名单；市财政局负责落实活动经费，6月28日前拨付到位。\n'
    expect(analyze(text).record.items[0].decisions).toEqual([])
    expect(tasks(text)).toMatchObject([
      {owner: '市委组织部', due: '周五前', dueDate: '2026-06-26'},
      {owner: '市财政局', due: '6月28日前', dueDate: '2026-06-28'}
    ])
  })

  it('should still make a decision of a bare 会议明确 before an owner', () => {
    const text = '2026年6月23日，秘书长阎知微主持召开筹备工作会议。纪要如下：\n一、关于表彰\n会议明确，由市委组织部牵头，周五前确定表彰对象名单。\n'
    expect(analyze(text).record.items[0].decisions.length).toBe(1)
  })
})

describe('a label whose value is 即时 (blind22-h62 r14)', () => {
  it('should read it as a vague deadline', () => {
    const text = '2026年12月1日,代县长宗政明主持召开推进会议。纪要如下:\n一、违法建设拆除\n会议要求,对存量违法建设开展集中拆除。\n责任单位:县城管局\n完成时限:即时\n'
    expect(tasks(text)).toMatchObject([{owner: '县城管局', due: '即时', dueDate: null, dueKind: 'vague'}])
  })
})

describe('two anchors of each day or week before one ending (blind22-h62 r16)', () => {
  const lead = '2026年7月8日，区长章台柳主持召开防汛调度会议。纪要如下：\n一、关于报告\n'

  it('should read 每日8时、17时前 as one recurring deadline', () => {
    expect(tasks(`${lead}区应急管理局每日8时、17时前向区政府报告雨情汛情。\n`)).toMatchObject([{owner: '区应急管理局', due: '每日8时、17时前', dueDate: null, dueKind: 'recurring'}])
  })

  it('should read 每周一、周四下班前 as one, not the next Thursday', () => {
    expect(tasks(`${lead}区政府办公室于每周一、周四下班前汇总上报落实情况。\n`)).toMatchObject([{owner: '区政府办公室', due: '每周一、周四下班前', dueDate: null, dueKind: 'recurring'}])
  })
})

describe('a label of the owners and the deadline at once (blind22-h62 r16)', () => {
  // A Tuesday: 2026-06-16.
  const lead = '2026年6月16日，副市长钟灵秀主持召开专题会议。纪要如下：\n'

  it('should give the owner the matter above and the deadline after the comma', () => {
    const text = `${lead}一、停车设施规划\n会议要求，尽快完成停车设施专项规划修编。\n责任单位及完成时限：市自然资源和规划局，8月31日前\n`
    expect(tasks(text)).toMatchObject([{owner: '市自然资源和规划局', task: '尽快完成停车设施专项规划修编', due: '8月31日前', dueDate: '2026-08-31'}])
  })

  it('should read owners with their role verbs in it, and nothing as running text', () => {
    const text = `${lead}一、停车设施建设\n会议要求，今年新建公共停车泊位5000个以上。\n责任单位及完成时限：市住建局牵头，市城投集团配合，12月底前\n`
    expect(tasks(text)).toMatchObject([
      {owner: '市住建局', task: '今年新建公共停车泊位5000个以上', due: '12月底前', dueDate: '2026-12-31'},
      {owner: '市城投集团', task: '今年新建公共停车泊位5000个以上', due: '12月底前'}
    ])
    expect(tasks(text).length).toBe(2)
  })
})

describe('owners who take part after a lead (blind22-h62 r15)', () => {
  // A Tuesday: 2026-10-20.
  const lead = '2026年10月20日，副市长庞振海主持召开专题会议。纪要如下：\n一、关于库存检查\n'

  it('should give the ones before 参加， the lead\'s task and deadline', () => {
    const text = `${lead}会议明确，由市发改委牵头，市粮食局、市财政局参加，会后一周内组成联合检查组。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '市发改委', due: '会后一周内', dueDate: '2026-10-27'},
      {owner: '市粮食局、市财政局', due: '会后一周内', dueDate: '2026-10-27'}
    ])
  })

  it('should not make an owner of one that attends a meeting', () => {
    const text = `${lead}市发改委、市财政局参加会议并汇报。\n`
    expect(tasks(text)).toEqual([])
  })
})
