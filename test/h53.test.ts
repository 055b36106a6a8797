import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions and assignments (owner, task, deadline). */
function items(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    assignments: item.assignments.map(({owner, task, due}) => ({owner, task, due}))
  }))
}

describe('a heading whose only 汇报 is its presenter\'s label (blind20-h53 r1)', () => {
  it('should not read an owner label line under it as a report', () => {
    const text = '会议议定事项如下：\n一、关于实验楼改造方案（汇报人：基建处 柳成荫）\n会议同意改造方案。\n责任部门：基建处　　完成时间：7月15日前\n'
    expect(items(text)[0]?.reporters).toEqual(['基建处'])
  })

  it('should still read offices before colons under a heading of reports', () => {
    const text = '会议纪要如下：\n一、各部门工作汇报\n办公室：汇报了档案整理进度。\n'
    expect(items(text)[0]?.reporters).toEqual(['办公室'])
  })
})

describe('a matter put off to a later sitting (blind20-h53 r1)', () => {
  it('should read 此事修改后再议 as a decision', () => {
    const text = '一、研究食堂承包合同续签\n会议认为，承包费标准偏低，此事修改后再议。由后勤处牵头，10月底前拿出新方案。\n'
    expect(items(text)[0]?.decisions).toEqual(['此事修改后再议'])
  })

  it('should read 待…后再行研究 after the meeting as one', () => {
    const text = '一、研究车库改建\n会议决定，待产权核实后再行研究。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议决定，待产权核实后再行研究'])
  })

  it('should join it to a decision before it in its sentence', () => {
    const text = '一、研究车库改建\n会议决定暂缓招标，待产权核实后再议。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议决定暂缓招标，待产权核实后再议'])
  })

  it('should not read a request to revise first as a decision', () => {
    const text = '一、研究车库改建\n请后勤处修改后再议。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('a deadline label before the owner labels on their line (blind20-h53 r2)', () => {
  it('should give the line\'s owners the task above and the deadline before them', () => {
    const text = '议题一：研究门诊楼电梯更换\n会议原则同意更换门诊楼电梯4部。\n完成时间：11月30日前　　责任部门：总务科　　配合部门：设备科\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '总务科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'},
      {owner: '设备科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'}
    ])
  })

  it('should still read the deadline label after the owner label', () => {
    const text = '议题一：研究门诊楼电梯更换\n会议原则同意更换门诊楼电梯4部。\n责任部门：总务科　　完成时间：11月30日前\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '总务科', task: '会议原则同意更换门诊楼电梯4部', due: '11月30日前'}])
  })
})

describe('the meeting declining to decide this time (blind20-h53 r3)', () => {
  it('should read 本次会议不予决策 as a decision', () => {
    const text = '（一）仓库扩建\n仓储部汇报了扩建方案。会议决议：该项目选址论证不足，本次会议不予决策，由仓储部补充论证后重新上会。\n'
    // (`会议决议：` opens a decision since h55's rule of the same session: the statement under it is one decision.)
    expect(items(text)[0]?.decisions).toEqual(['会议决议：该项目选址论证不足，本次会议不予决策'])
  })
})

describe('a motion\'s outcome told of the motion (blind20-h53 r3)', () => {
  it('should read 本议案以N票同意…获得通过 as a decision', () => {
    const text = '一、审议《关于租赁厂房的议案》\n关联董事杭远回避表决。本议案以6票同意、0票反对、0票弃权获得通过。\n'
    expect(items(text)[0]?.decisions).toEqual(['本议案以6票同意、0票反对、0票弃权获得通过'])
  })

  it('should read 本议案未获通过 as one too', () => {
    const text = '一、审议《关于对外担保的议案》\n本议案未获通过。\n'
    expect(items(text)[0]?.decisions).toEqual(['本议案未获通过'])
  })
})

describe('a unit going house by house after the lead (blind20-h53 r3)', () => {
  it('should give 营销部逐户落实… to the unit, apart from the lead', () => {
    const text = '一、应收账款清收\n会议要求，由财务部牵头，营销部逐户落实清收责任，9月底前完成。\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '财务部', task: '牵头', due: '9月底前'},
      {owner: '营销部', task: '逐户落实清收责任，9月底前完成', due: '9月底前'}
    ])
  })
})

describe('a lead-in of the meeting forming its view over inline points (blind20-h53 r4)', () => {
  it('should read each point after 形成以下意见： as a decision', () => {
    const text = '一、关于实验室夜间值守\n保卫处汇报了值守情况。经会议研究，形成以下意见：（一）实验楼22时后实行门禁管理；（二）确需夜间实验的，须报学院审批。\n'
    expect(items(text)[0]?.decisions).toEqual(['实验楼22时后实行门禁管理；', '确需夜间实验的，须报学院审批。'])
  })

  it('should not read views the meeting offers as decisions', () => {
    const text = '一、关于实验室夜间值守\n保卫处汇报了值守情况。会议提出以下意见：（一）加强门禁管理；（二）做好巡查记录。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('a bracket of labels on its own line under a sentence that names its owner (blind20-h53 r4)', () => {
  it('should give the bracket\'s deadline to the owner the sentence names', () => {
    const text = '一、关于申报工程中心\n会议同意申报省级工程中心，请总工程师谭远舟牵头组建申报专班。\n（责任院领导：谭远舟；责任部门：科技处；时限：2028年3月1日前）\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '科技处', task: '会议同意申报省级工程中心，请总工程师谭远舟牵头组建申报专班', due: '2028年3月1日前'},
      {owner: '谭远舟', task: '牵头组建申报专班', due: '2028年3月1日前'}
    ])
  })
})

describe('a body that meets somewhere and holds a bare 会议 (blind20-h53 r4)', () => {
  it('should name the meeting after the body before 在', () => {
    const text = '2027年5月6日上午，机械学院学术委员会在学院报告厅召开会议，主任委员裴知远主持。\n一、审议学术规范\n会议同意该规范。\n'
    expect(analyze(text).record.meeting.name).toBe('机械学院学术委员会会议')
  })
})

describe('votes of a committee on persons (blind20-h53 r4)', () => {
  it('should read the vote won, the refusal and the post that presented', () => {
    const text = '1. 教授职称推荐\n学院人事秘书介绍了申报情况。经无记名投票，柏清和获得三分之二以上委员同意，推荐至学校评审委员会。祁望秋未达到规定票数，不予推荐。\n'
    expect(items(text)[0]).toMatchObject({
      reporters: ['学院人事秘书'],
      decisions: ['柏清和获得三分之二以上委员同意，推荐至学校评审委员会', '不予推荐']
    })
  })

  it('should not read a consent got from a body as a vote', () => {
    const text = '1. 实验室改造\n该项目已获得市发改委同意，会议要求抓紧实施。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('a vote table with a tally column before its outcome column (blind20-h53 r5)', () => {
  it('should read the outcome cell, passed or not', () => {
    const text = '会议对以下议案进行了表决：\n| 序号 | 议案名称 | 表决情况 | 表决结果 |\n| --- | --- | --- | --- |\n| 1 | 《年度预算报告》 | 同意7票，反对0票，弃权0票 | 通过 |\n| 2 | 《关于出售车辆的议案》 | 同意2票，反对5票，弃权0票 | 未通过 |\n'
    expect(items(text).map((item) => item.decisions)).toEqual([['通过'], ['未通过']])
  })

  it('should not read 未通过 with an object as an outcome', () => {
    const text = '一、关于项目验收\n会议要求，未通过验收的项目要限期整改。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('an office that tells those who act (blind20-h53 r5)', () => {
  it('should give 由X通知其所在单位… to X, 其所 no institute', () => {
    const text = '一、审议学位授予名单\n会议决定暂缓授予2人学位，由研究生院通知其所在学院督促修改。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '研究生院', task: '通知其所在学院督促修改', due: null}])
  })
})

describe('labels of the department that runs a task (blind20-h53 r6)', () => {
  it('should read 主办： as an owner label beside 协办：', () => {
    const text = '一、关于食堂改造\n会议原则同意食堂改造方案。（主办：后勤部；协办：财务部；时限：11月30日前）\n'
    expect(items(text)[0]?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '后勤部', due: '11月30日前'},
      {owner: '财务部', due: '11月30日前'}
    ])
  })
})

describe('a lead-in that passes all the matters below it (blind20-h53 r6)', () => {
  it('should make the numbered headings under 会议审议并通过以下事项： the items', () => {
    const text = '2027年3月2日，学会第二届理事会第四次会议在学会会议室召开，理事长华明远主持。\n会议审议并通过以下事项：\n一、审议《年度工作报告》\n秘书长鲁一帆代表秘书处作了报告。会议审议通过该报告。\n二、审议关于调整会费的议案\n会议同意调整会费标准。\n'
    expect(items(text).map((item) => item.heading)).toEqual(['审议《年度工作报告》', '审议关于调整会费的议案'])
  })
})

describe('points under a view the meeting formed, on lines of their own (blind20-h53 r4, blind16-h39)', () => {
  it('should leave a point that hands out a task no decision, inline too', () => {
    const text = '一、关于违纪处理\n学生处汇报了调查结果。会议研究，形成以下意见：（一）同意给予2名学生警告处分；（二）学生处要在6月1日前将处理决定送达本人。\n'
    expect(items(text)[0]?.decisions).toEqual(['同意给予2名学生警告处分；'])
  })
})

describe('an outcome approved after it was done (blind20-h53 r7)', () => {
  it('should read 会议对…予以追认 as a decision', () => {
    const text = '一、研究应急采购事项\n会议对节前应急采购的2台监护仪予以追认。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议对节前应急采购的2台监护仪予以追认'])
  })
})

describe('a school record\'s lines of what was concluded and who carries it out (blind20-h53 r7)', () => {
  it('should read 讨论结果： as a decision and 落实人：/落实时间： as owner and deadline', () => {
    const text = '议题一：课外阅读安排\n汇报人：语文组 韦长风\n讨论结果：各班每周增加一节阅读课，书目由语文组推荐。\n落实人：语文组　　落实时间：9月30日前\n'
    expect(items(text)[0]).toMatchObject({
      decisions: ['讨论结果：各班每周增加一节阅读课，书目由语文组推荐'],
      assignments: [{owner: '语文组', due: '9月30日前'}]
    })
  })
})

describe('a school\'s officers titled by their charge (blind20-h53 r8)', () => {
  it('should read 保教主任汇报了… as the reporter and 后勤主任 as the owner before a verb', () => {
    const text = '一、幼儿午睡安排\n保教主任汇报了午睡管理方案。会议同意该方案，由后勤主任联系厂家更换午睡床，3月10日前落实。\n'
    expect(items(text)[0]).toMatchObject({
      reporters: ['保教主任'],
      assignments: [{owner: '后勤主任', task: '联系厂家更换午睡床，3月10日前落实', due: '3月10日前'}]
    })
  })
})

describe('a committee recognizing results, and a group that looked into a case (blind20-h53 r9)', () => {
  it('should read 不予认定 as a decision of its own', () => {
    const text = '一、成果奖励认定\n经审议，会议认定3项成果为所级一等奖；对1项材料不全的申报，不予认定。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议认定3项成果为所级一等奖', '不予认定'])
  })

  it('should read the group whose head gave the report of its inquiry', () => {
    const text = '一、举报调查结论\n会议听取了调查组组长的调查情况报告。\n'
    expect(items(text)[0]?.reporters).toEqual(['调查组'])
  })
})

describe('an office asked to talk a matter over first (blind20-h53 r10)', () => {
  it('should give 请X协商后… to X, no unit X协', () => {
    const text = '事项一：关于土地流转费用调整\n会议认为，调整幅度需与农户进一步协商，本次会议暂不作决定，请基地管理处协商后重新提出方案。\n'
    expect(items(text)[0]).toMatchObject({
      decisions: ['本次会议暂不作决定'],
      assignments: [{owner: '基地管理处', task: '协商后重新提出方案', due: null}]
    })
  })
})

describe('a presenter\'s label naming the person, then the unit in brackets (blind20-h53 r12)', () => {
  it('should read the unit in brackets as the reporter', () => {
    const text = '会议纪要如下：\n一、审定年度采购计划（汇报人：祁远舟（资产管理处））\n会议审定了年度采购计划。\n'
    expect(items(text)[0]?.reporters).toEqual(['资产管理处'])
  })

  it('should still read a bare name in the label as the person', () => {
    const text = '会议纪要如下：\n一、审定年度采购计划（汇报人：祁远舟）\n会议审定了年度采购计划。\n'
    expect(items(text)[0]?.reporters).toEqual(['祁远舟'])
  })
})

describe('a tally named as the vote\'s result before the verb (blind20-h53 r13)', () => {
  it('should read 以N票同意…的表决结果通过该议案 as a decision', () => {
    const text = '一、审议《关于购置拖轮的议案》\n经审议，董事会以8票同意、1票反对、0票弃权的表决结果通过该议案。\n'
    expect(items(text)[0]?.decisions).toEqual(['董事会以8票同意、1票反对、0票弃权的表决结果通过该议案'])
  })
})
