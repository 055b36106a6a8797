import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The meeting's name, date and chair as written. */
function meeting(text: string) {
  const {name, date, chair} = analyze(text).record.meeting
  return {name, date, chair: chair?.name ?? null}
}

describe('a news page headline with the stock code after the short name (blind23-h68 r2)', () => {
  it('should drop the short name, the code and the colon before the term', () => {
    const text =
      '苇原科技(300918):第二届监事会第八次会议决议公告\n' +
      '证券代码:300918 证券简称:苇原科技 公告编号:2027-009\n' +
      '一、监事会会议召开情况\n' +
      '苇原科技股份有限公司第二届监事会第八次会议于2027年3月18日在公司会议室召开。会议由监事会主席龙沁女士主持。\n'
    expect(meeting(text)).toEqual({name: '第二届监事会第八次会议', date: '2027-03-18', chair: '龙沁'})
  })

  it('should keep a bracket that is no stock code', () => {
    const text = '苇原科技(草案):第二届监事会第八次会议决议公告\n会议于2027年3月18日召开。\n'
    expect(meeting(text).name).not.toBe('第二届监事会第八次会议')
  })
})

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

describe('a company body meeting with neither term nor session (blind23-h68 r4)', () => {
  it('should name the shareholders’ meeting without the company and its short name', () => {
    const text =
      '蓝汀物流有限公司\n股东会决议\n' +
      '蓝汀物流有限公司（以下简称“公司”）股东会于2027年4月9日在公司会议室召开，会议由执行董事庞思远主持。形成决议如下：\n' +
      '一、同意公司增加经营范围。\n'
    expect(meeting(text)).toEqual({name: '股东会', date: '2027-04-09', chair: '庞思远'})
  })

  it('should keep a board that comes before its year’s session, the company dropped', () => {
    const text = '岚川投资集团有限公司董事会2027年第二次会议于2027年5月6日在集团本部召开，会议由董事长阮松庭主持。\n一、同意年度预算。\n'
    expect(meeting(text).name).toBe('董事会2027年第二次会议')
  })

  it('should name a board meeting the same way', () => {
    const text = '蓝汀物流有限公司董事会会议于2027年4月9日召开，会议由董事长庞思远主持。\n一、同意公司增加经营范围。\n'
    expect(meeting(text).name).toBe('董事会会议')
  })
})

describe('a company’s financial officer before the name (blind23-h68 r4)', () => {
  it('should give the task to the person titled 财务负责人', () => {
    const text =
      '2027年4月9日，公司召开股东会，会议由执行董事庞思远主持。形成决议如下：\n' +
      '一、同意向股东分配利润300万元，由财务负责人裘一苇负责具体办理。\n'
    expect(tasks(text)).toEqual([{owner: '裘一苇', task: '负责具体办理', due: null}])
  })
})

describe('a tab table of tasks and the sentence under it (blind23-h68 r5)', () => {
  const text =
    '2027年2月3日，总经理庄慕白主持召开总经理办公会议。纪要如下：\n' +
    '一、关于一季度重点工作\n' +
    '会议确定以下事项由各责任部门抓紧落实：\n' +
    '序号\t工作事项\t责任部门\t完成时限\n' +
    '1\t仓储中心消防改造\t安全保卫部\t3月底前\n' +
    '2\t子公司章程修订\t法务部\t下一次董事会前\n' +
    '综合办公室负责对上述事项跟踪督办，每月10日前通报进展。\n'
  const read = () => tasks(text)

  it('should end the last row at its closed deadline, so the sentence under it owns its task', () => {
    expect(read()).toEqual([
      {owner: '安全保卫部', task: '仓储中心消防改造', due: '3月底前'},
      {owner: '法务部', task: '子公司章程修订', due: '下一次董事会前'},
      {owner: '综合办公室', task: '负责对上述事项跟踪督办，每月10日前通报进展', due: '每月10日前'}
    ])
  })

  it('should take the lead-in that hands the list to its owners for no decision', () => {
    expect(analyze(text).record.items[0].decisions).toEqual([])
  })

  it('should still join a deadline cell that wrapped', () => {
    const wrapped = text.replace('3月底前\n', '3月\n底前\n')
    // (The value keeps the line end it spans, as written.)
    expect(tasks(wrapped)[0]).toEqual({owner: '安全保卫部', task: '仓储中心消防改造', due: '3月\n底前'})
  })
})

describe('a department that pays as the contract says (blind23-h68 r5)', () => {
  it('should give the payment to the department after the agreement', () => {
    const text =
      '2027年2月3日，总经理庄慕白主持召开总经理办公会议。纪要如下：\n' +
      '一、关于仓库屋面维修结算\n会议同意维修结算意见。财务部按合同约定支付维修尾款；资产部按协议约定收回押金。\n'
    expect(tasks(text)).toEqual([
      {owner: '财务部', task: '按合同约定支付维修尾款', due: null},
      {owner: '资产部', task: '按协议约定收回押金', due: null}
    ])
  })
})

describe('a shareholders’ notice whose convener is the board and whose presider is named (blind23-h68 r7)', () => {
  it('should take the presider for the chair, not the convening body', () => {
    const text =
      '栖梧股份有限公司\n2026年第一次临时股东大会决议公告\n一、会议召开和出席情况\n' +
      '1、现场会议召开时间：2026年3月12日下午14:30\n' +
      '2、会议召集人：公司董事会\n' +
      '3、会议主持人：董事长欧阳清和先生\n'
    expect(meeting(text)).toEqual({name: '2026年第一次临时股东大会', date: '2026-03-12', chair: '欧阳清和'})
  })

  it('should keep a convener that is a person', () => {
    const text = '会议时间：2026年3月12日\n召集人：副市长柯云帆\n主持人：市政府办公室\n会议纪要如下：\n一、关于供水\n会议同意方案。\n'
    expect(meeting(text).chair).toBe('柯云帆')
  })
})


describe('a milestone on a date before its ending (blind23-h68 r8)', () => {
  const lead = '2026年8月5日，总经理贺兰舟主持召开总经理办公会议。纪要如下：\n一、关于项目投标\n'

  it('should read 8月20日开标前 whole, due on the date', () => {
    const [task] = analyze(`${lead}经营部要在8月20日开标前完成标书审核。\n`).record.items[0].assignments
    expect({due: task?.due, dueDate: task?.dueDate}).toEqual({due: '在8月20日开标前', dueDate: '2026-08-20'})
  })

  it('should read a park opening the same way, and a plain date as before', () => {
    const text = `${lead}文旅公司要于9月1日开园前完成招聘；工程部要于8月25日前完成验收。\n`
    expect(tasks(text).map((task) => task.due)).toEqual(['于9月1日开园前', '于8月25日前'])
  })
})

describe('double surnames of the old lists (blind23-h68 r9)', () => {
  it('should read a relayer whose surname is 百里 after a chain of titles', () => {
    const text =
      '2026年9月8日，党委书记、董事长申屠砚主持召开党委会议。纪要如下：\n' +
      '一、传达学习上级会议精神\n会议由党委副书记、总经理百里行之传达了上级会议精神。\n' +
      '二、研究人事事项\n会议听取了组织人事部的汇报。由羊舌怀远同志负责考察工作。\n'
    const items = analyze(text).record.items
    expect(items[0].reporters).toEqual(['百里行之'])
    expect(tasks(text).map((task) => task.owner)).toEqual(['羊舌怀远'])
  })
})

describe('times a group’s business meeting speaks of (blind23-h68 r10)', () => {
  const lead = '2026年11月3日，总经理淳于明主持召开11月经营工作例会。纪要如下：\n一、会议议定事项\n'

  it('should not read the year’s end seized as a chance as the deadline', () => {
    const text = `${lead}置业公司要抓住年末销售窗口期，制定专项营销方案，11月10日前报集团审定。\n`
    expect(tasks(text).map((task) => task.due)).toEqual(['11月10日前'])
  })

  it('should not read the year’s end that names the work as the deadline', () => {
    expect(tasks(`${lead}码头公司要抓好年末货源组织，确保全年吞吐量突破8000万吨。\n`).map((task) => task.due)).toEqual([null])
  })

  it('should still read a bare year’s end before a verb as one', () => {
    expect(tasks(`${lead}置业公司要年底完成全部尾盘销售。\n`).map((task) => task.due)).toEqual(['年底'])
  })

  it('should read the next meeting at which a report is made as the deadline', () => {
    const text = `${lead}集团办公室要对议定事项跟踪督办，在下次例会上通报落实情况。\n`
    expect(tasks(text).map((task) => task.due)).toEqual(['在下次例会上'])
  })

  it('should not read the next meeting where others explain', () => {
    const text = `${lead}集团办公室要跟踪督办，未完成的在下次例会上作专题说明。\n`
    expect(tasks(text).map((task) => task.due)).toEqual([null])
  })
})

describe('a body’s next session at which a report is made (blind23-h68 r10)', () => {
  it('should not read 下次会议上, with no kind of meeting named, as a deadline', () => {
    const text = '2026年11月3日，工会主席韦一舟主持召开职工代表大会。纪要如下：\n一、关于提案\n由工会负责跟踪办理情况，并在下次会议上通报。\n'
    expect(tasks(text).map((task) => task.due)).toEqual([null])
  })
})

describe('an investment’s post-evaluation agreed to (blind23-h68 r11)', () => {
  const lead = '2026年10月20日，总经理梁丘慕言主持召开经营分析会。纪要如下：\n一、关于投资项目后评价\n'

  it('should read 同意后评价报告 as an agreement, not a step after agreeing', () => {
    const text = `${lead}会议原则同意后评价报告，投资部要在下一次董事会前完成整改建议汇总。\n`
    expect(analyze(text).record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则同意后评价报告'])
  })

  it('should still take 同意后 before a step for what follows the agreement', () => {
    const text = `${lead}方案经董事会同意后实施。\n`
    expect(analyze(text).record.items[0].decisions).toEqual([])
  })
})

describe('a board’s motions numbered under a plain section (blind23-h68 r17)', () => {
  const text =
    '一、会议基本情况\n会议时间：2026年12月10日\n主持人：董事长 鲁望川\n' +
    '二、会议审议事项\n' +
    '议案一：关于年度经营计划的议案\n会议同意该经营计划。请经营层于1月15日前签订目标责任书。\n' +
    '议案二：关于计提减值准备的议案\n会议同意计提减值准备。\n'

  it('should keep the sections as the items and the motions as points of the second', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => [item.ordinal, item.heading, item.points.length])).toEqual([
      ['一', '会议基本情况', 0],
      ['二', '会议审议事项', 2]
    ])
    expect(tasks(text)).toEqual([{owner: '经营层', task: '于1月15日前签订目标责任书', due: '于1月15日前'}])
  })

  it('should still take motions at top level for the items', () => {
    const top = '会议时间：2026年12月10日\n主持人：董事长 鲁望川\n议案一：关于年度经营计划的议案\n会议同意。\n议案二：关于计提减值准备的议案\n会议同意。\n'
    expect(analyze(top).record.items.map((item) => item.ordinal)).toEqual(['一', '二'])
  })
})

describe('bodies a phrase picks out, with their own deadline (blind23-h68 r17)', () => {
  it('should end the owner’s task before them', () => {
    const text =
      '2026年7月22日，党委书记梁远帆主持召开党委会议。纪要如下：\n一、研究考核结果\n' +
      '会议要求，党建工作部要将考核结果在集团内部通报，考核等次为“一般”的党组织要于9月底前提交整改报告。\n'
    expect(tasks(text)).toEqual([{owner: '党建工作部', task: '要将考核结果在集团内部通报', due: null}])
  })
})

describe('the end of the quarter, bare (blind23-h68 r18)', () => {
  const lead = '2026年10月9日，总经理拓跋长风主持召开10月份经营例会。纪要如下：\n一、关于项目结算\n'
  const read = (sentence: string) => analyze(`${lead}${sentence}\n`).record.items[0].assignments.map(({due, dueDate}) => ({due, dueDate}))

  it('should read 季度末前 as the end of the meeting’s quarter', () => {
    expect(read('财务部要在季度末前完成回款对账。')).toEqual([{due: '在季度末前', dueDate: '2026-12-31'}])
  })

  it('should leave 一季度末前 and 每季度末前 to their own readings', () => {
    expect(read('财务部要在明年一季度末前完成回款对账。')[0]?.dueDate).toBe('2027-03-31')
    expect(read('财务部要在每季度末前报送回款情况。')[0]?.dueDate).toBeNull()
  })
})
