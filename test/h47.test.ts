import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, decisions and assignments (owner, task, deadline). */
function items(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    assignments: item.assignments.map(({owner, task, due}) => ({owner, task, due}))
  }))
}

describe('an agenda table whose opinion column says what the meeting found (blind19-h47 r2)', () => {
  it('should read a 会议研究结果 column as the meeting speaking', () => {
    const text = '中共北岭学院委员会常委会会议纪要\n2026年3月4日，党委书记闻一舟主持召开党委常委会会议。会议研究了以下议题：\n| 序号 | 议题 | 汇报人 | 会议研究结果 |\n| --- | --- | --- | --- |\n| 1 | 关于教职工疗休养安排 | 校工会 叶知秋 | 同意疗休养安排，由校工会5月底前组织实施。 |\n| 2 | 关于图书馆改造 | 后勤处 庞　辉 | 暂缓研究。 |\n'
    expect(items(text)).toEqual([
      {heading: '关于教职工疗休养安排', reporters: ['校工会'], decisions: ['同意疗休养安排'], assignments: [{owner: '校工会', task: '5月底前组织实施', due: '5月底前'}]},
      {heading: '关于图书馆改造', reporters: ['后勤处'], decisions: ['暂缓研究'], assignments: []}
    ])
  })
})

describe('a council\'s resolutions numbered 第一项决议 (blind19-h47 r3)', () => {
  it('should make each 第N项决议： an item, its tally no decision', () => {
    const text = '青溪湿地保护基金会第一届理事会第三次会议决议\n会议于2026年5月8日召开，由理事长柏舟主持，形成决议如下：\n第一项决议：审议通过《2025年度工作报告》。\n表决结果：9票赞成，0票反对，0票弃权。\n第二项议案：同意增设宣传部，由秘书处负责筹建。\n表决结果：9票赞成，0票反对，0票弃权。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一', '二'])
    expect(items(text)).toEqual([
      {heading: '审议通过《2025年度工作报告》', reporters: [], decisions: ['审议通过《2025年度工作报告》'], assignments: []},
      {heading: '同意增设宣传部，由秘书处负责筹建', reporters: [], decisions: ['同意增设宣传部'], assignments: [{owner: '秘书处', task: '负责筹建', due: null}]}
    ])
  })
})

describe('a board\'s members as the subject of its outcome (blind19-h47 r4)', () => {
  it('should read 全体董事一致同意… as a decision', () => {
    const text = '一、关于年度分红的议案\n经审议，全体董事一致同意按每股0.3元派发现金红利。\n表决情况：同意7票，反对0票，弃权0票。\n'
    expect(items(text)[0]?.decisions).toEqual(['全体董事一致同意按每股0.3元派发现金红利'])
  })

  it('should read 与会理事一致同意… as one too', () => {
    const text = '一、关于会费\n与会理事一致同意会费标准维持不变。\n'
    expect(items(text)[0]?.decisions).toEqual(['与会理事一致同意会费标准维持不变'])
  })
})

describe('a titled person the minutes introduce, asked or empowered before any verb (blind19-h47 r4)', () => {
  it('should give 授权董事长X签署… to X', () => {
    const text = '出席董事：柯远山、梅若雪\n一、关于对外投资的议案\n董事会同意出资2000万元设立子公司。授权董事长柯远山签署出资协议。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '柯远山', task: '签署出资协议', due: null}])
  })

  // (Merged with h50's rule, blind19-h50 r6: a title and a name after 请 or 授权 name the holder even
  // where the minutes introduce the person nowhere else.)
  it('should give it to the titled person named where the minutes introduce no one', () => {
    const text = '一、关于对外投资的议案\n董事会同意出资2000万元设立子公司。请总经理柯远山签署出资协议。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '柯远山', task: '签署出资协议', due: null}])
  })
})

describe('a party committee\'s department after 由 (blind19-h47 r4)', () => {
  it('should read 党委组织部 whole before a verb', () => {
    const text = '一、关于干部兼职\n会议同意清理超范围兼职。由党委组织部逐一谈话提醒。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '党委组织部', task: '逐一谈话提醒', due: null}])
  })

  it('should still read 组织部分… as the verb 组织 and its object', () => {
    const text = '一、关于河道保洁\n会议同意开展巡河。由村委会组织部分党员开展巡河。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '村委会', task: '组织部分党员开展巡河', due: null}])
  })
})

describe('an agenda table\'s deadline column over a time its opinion names (blind19-h47 r4)', () => {
  it('should take the row\'s deadline cell', () => {
    const text = '岭南中学校务会会议纪要\n时间：2026年2月26日\n序号\t议题\t汇报人\t研究决定\t责任部门\t完成时限\n1\t开学安全检查\t总务处 杭　宇\t同意检查方案，开学前对校舍进行全面排查\t总务处\t3月1日前\n2\t一模考试\t教务处 闵晓春\t同意组织一模考试\t教务处\t3月10日前\n'
    expect(items(text).map((item) => item.assignments)).toEqual([
      [{owner: '总务处', task: '同意检查方案，开学前对校舍进行全面排查', due: '3月1日前'}],
      [{owner: '教务处', task: '同意组织一模考试', due: '3月10日前'}]
    ])
  })
})

describe('a lead-in of the meeting studying over circled points (blind19-h47 r7)', () => {
  it('should make each point under 经校务会研究： a decision', () => {
    const text = '一、关于运动会\n体育组汇报了筹备情况。经校务会研究：①运动会定于10月20日举行；②各班主任10月10日前上报名单。\n'
    expect(items(text)[0]?.decisions).toEqual(['运动会定于10月20日举行；', '各班主任10月10日前上报名单。'])
  })

  it('should not make 会议研究了以下事项： a lead-in to decisions', () => {
    const text = '2026年5月6日，校长办公会召开。会议研究了以下事项：\n1.关于运动会\n体育组汇报了筹备情况。\n2.关于校服\n总务处汇报了采购情况。\n'
    expect(items(text).map((item) => item.heading)).toEqual(['关于运动会', '关于校服'])
  })
})

describe('a unit that sums up a matter presents it (blind19-h47 r7)', () => {
  it('should read 大队部X老师总结了… as the unit reporting', () => {
    const text = '1.关于读书节总结\n大队部吕青老师总结了读书节活动开展情况。\n2.关于家长会\n教导处汇报了家长会安排。\n'
    expect(items(text).map((item) => item.reporters)).toEqual([['大队部'], ['教导处']])
  })
})

describe('a topic label on the line under a bare matter number (blind19-h47 r7)', () => {
  it('should leave 议题名称： out of the heading', () => {
    const text = '第一项\n议题名称：关于申报重点实验室的事项\n审议意见：同意申报。\n第二项\n议题名称：关于博士后待遇的事项\n审议意见：暂缓。\n'
    expect(items(text).map((item) => item.heading)).toEqual(['关于申报重点实验室的事项', '关于博士后待遇的事项'])
  })
})

describe('a vote table whose outcome cell is 通过 (blind19-h47 r7)', () => {
  it('should read 通过 alone in the outcome column as a decision', () => {
    const text = '会议审议了以下议案，表决情况如下：\n| 序号 | 议案名称 | 同意 | 反对 | 弃权 | 表决结果 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | 《年度工作报告》 | 9 | 0 | 0 | 通过 |\n| 2 | 《年度财务报告》 | 9 | 0 | 0 | 通过 |\n'
    expect(items(text).map((item) => item.decisions)).toEqual([['通过'], ['通过']])
  })

  it('should still read 通过 before a means as none', () => {
    const text = '一、关于招租\n会议认为，应通过公开招租盘活资产。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('owner labels in lenticular brackets with their values after (blind19-h47 r7)', () => {
  it('should read 落实要求：【责任部门】X【完成时限】Y as labels of the task above', () => {
    const text = '第一项\n议题名称：关于申报重点实验室的事项\n审议意见：同意申报省重点实验室。\n落实要求：【责任部门】科技处、人事处【完成时限】6月10日前\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '科技处', task: '同意申报省重点实验室', due: '6月10日前'},
      {owner: '人事处', task: '同意申报省重点实验室', due: '6月10日前'}
    ])
  })
})

describe('a support with an adverb of how (blind19-h47 r8)', () => {
  it('should read Y密切配合 after a lead as Y\'s support', () => {
    const text = '一、关于迎新\n会议同意迎新方案。由学生工作部牵头，招生就业处、后勤处密切配合，8月31日前完成场地布置。\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '学生工作部', task: '牵头，招生就业处、后勤处密切配合，8月31日前完成场地布置', due: '8月31日前'},
      {owner: '招生就业处、后勤处', task: '密切配合，8月31日前完成场地布置', due: '8月31日前'}
    ])
  })
})

describe('tasks numbered 任务一： under the tasks a meeting set (blind19-h47 r8)', () => {
  it('should count them as the item\'s points', () => {
    const text = '一、关于阅读月活动\n会议同意活动方案。会议确定以下工作任务：\n任务一：制定宣传方案。责任人：办公室；完成时间：9月30日前。\n任务二：组织评选。责任人：推广部；完成时间：11月5日前。\n'
    const [item] = analyze(text).record.items
    expect(item?.points.map((point) => point.ordinal)).toEqual(['一', '二'])
  })

  it('should not number 任务一 without its colon', () => {
    const text = '一、关于阅读月活动\n会议同意活动方案。\n任务一 已经完成。\n'
    expect(analyze(text).record.items[0]?.points).toEqual([])
  })
})

describe('a board\'s resolutions numbered 决议一： (blind19-h47 r11)', () => {
  it('should make each an item, its heading the outcome', () => {
    const text = '兹决议如下：\n决议一：审议通过《关于年度预算的议案》。\n表决结果：同意5票；反对0票；弃权0票。\n决议二：审议通过《关于聘任总经理的议案》。\n同意聘任韦一鸣为公司总经理。\n'
    expect(items(text).map(({heading, decisions}) => ({heading, decisions}))).toEqual([
      {heading: '审议通过《关于年度预算的议案》', decisions: ['审议通过《关于年度预算的议案》']},
      {heading: '审议通过《关于聘任总经理的议案》', decisions: ['审议通过《关于聘任总经理的议案》', '同意聘任韦一鸣为公司总经理']}
    ])
  })
})

describe('persons named before their count and 同志 (blind19-h47 r11)', () => {
  it('should give 由X、Y两位同志负责… to X and Y', () => {
    const text = '参会人员：柯望、莫小川、祁慕白\n一、关于发展对象\n会议同意确定5名同志为发展对象，由莫小川、祁慕白两位同志负责组织集中培训。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '莫小川、祁慕白', task: '负责组织集中培训', due: null}])
  })
})

describe('a council electing its officers (blind19-h47 r13)', () => {
  it('should read 会议选举X为Y and a second 选举 clause as decisions', () => {
    const text = '（一）选举产生领导机构。经无记名投票，会议选举韦知行为会长，选举柯一、庞二为副会长。\n（二）审议通过《工作要点》。\n'
    expect(items(text)[0]?.decisions).toEqual(['会议选举韦知行为会长', '选举柯一、庞二为副会长'])
  })

  it('should not read the matter named by 选举产生 as one', () => {
    const text = '一、关于换届\n会议研究了选举产生新一届领导机构的筹备工作。\n'
    expect(items(text)[0]?.decisions).toEqual([])
  })
})

describe('labels of the department that handles a task and of who supervises it (blind19-h47 r13)', () => {
  it('should give 承办部门：X the task, 督办人：Y none', () => {
    const text = '一、关于调度方案\n会议研究决定：同意调度方案。\n承办部门：生产技术部；督办人：鲍志远；办结时限：12月20日前\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '生产技术部', task: '同意调度方案', due: '12月20日前'}])
  })
})

describe('a unit\'s officer by surname and title (blind19-h47 r14)', () => {
  it('should read 保健部郑主任汇报了… as the unit reporting', () => {
    const text = '一、关于建设方案\n保健部郑主任汇报了建设方案。\n二、关于排班\n医务科景科长汇报了排班安排。\n'
    expect(items(text).map((item) => item.reporters)).toEqual([['保健部'], ['医务科']])
  })

  it('should read an agenda table\'s reporter cell 保健部 景主任 as the unit', () => {
    const text = '会议研究了以下议题：\n序号\t议题\t汇报人\t会议意见\n1\t建设方案\t保健部 景主任\t同意建设方案\n2\t停车收费\t总务科 郑科长\t暂缓调整\n'
    expect(items(text).map((item) => item.reporters)).toEqual([['保健部'], ['总务科']])
  })
})

describe('a group set up to draw up a plan, and a researcher by rank (blind19-h47 r14)', () => {
  it('should read 规划编制组 as the owner and X研究员 as a person', () => {
    const text = '一、关于规划\n会议要求，规划编制组要广泛征求意见，5月底前形成初稿。由吕清源研究员牵头组织专家论证。\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '规划编制组', task: '要广泛征求意见，5月底前形成初稿', due: '5月底前'},
      {owner: '吕清源', task: '牵头组织专家论证', due: null}
    ])
  })
})

describe('a bracket that names a person answering for a unit\'s task (blind19-h47 r15)', () => {
  it('should give its deadline to the unit\'s task too', () => {
    const text = '出席：黄若溪、史映秋\n一、关于缴存基数调整\n会议原则同意调整方案。请归集管理科做好政策宣传解读（责任人：史映秋同志；完成时限：6月30日前）。\n'
    expect(items(text)[0]?.assignments).toEqual([
      {owner: '史映秋', task: '请归集管理科做好政策宣传解读', due: '6月30日前'},
      {owner: '归集管理科', task: '做好政策宣传解读', due: '6月30日前'}
    ])
  })
})

describe('a lead-in over a list run on inline, the meeting going on after it (blind19-h47 r15)', () => {
  it('should keep the paragraph one matter, the list its points', () => {
    const text = '2029年5月8日，公司党委书记甘棠主持召开党委会议。\n会议前置研究了以下事项：1.投资计划调整；2.引进战略投资者方案。会议认为，上述事项符合规定，同意提交董事会决策。\n会议还研究了党风廉政建设工作，要求纪委办公室开展廉洁风险点排查。\n'
    const record = analyze(text).record
    expect(record.items.map((item) => item.points.length)).toEqual([2, 0])
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([['同意提交董事会决策'], []])
  })

  it('should still split entries glued after a lead-in that ends its line\'s sentence', () => {
    const text = '2029年5月8日，县长甘棠主持召开县政府常务会议。现纪要如下：1.关于投资计划。会议同意该计划。2.关于招商方案。会议原则同意。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['1', '2'])
  })
})

describe('a titled person the minutes introduce, before a run that reads on to a short name (blind19-h47 r16)', () => {
  it('should give 授权秘书长X签订捐赠协议 to X, not a body ending in 协', () => {
    const text = '列席人员：秘书长 武清欢\n议题一：审议关于接受定向捐赠的议案\n理事会同意接受定向捐赠500万元。授权秘书长武清欢签订捐赠协议。\n'
    expect(items(text)[0]?.assignments).toEqual([{owner: '武清欢', task: '签订捐赠协议', due: null}])
  })
})
