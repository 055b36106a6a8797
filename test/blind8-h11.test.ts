import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {Assignment} from '../src/record.js'

/** Owner as written, role, task and deadline of each assignment. */
function rows(assignments: Assignment[]) {
  return assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due])
}

/** The record of dated minutes with one numbered item whose body is `body`. */
function numbered(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月6日，县长王立主持召开县政府第3次常务会议。\n一、研究有关工作\n${body}\n`
  return analyze(text).record
}

/** The record of dated minutes whose matters are paragraphs, the first one `body`. */
function unnumbered(body: string) {
  const text = `某县人民政府专题会议纪要\n\n2026年5月6日，副县长李强主持召开专题会议。县财政局、县水利局负责同志参加会议。\n\n${body}\n`
  return analyze(text).record
}

describe('tables of tasks', () => {
  it('should read a Markdown table under minutes whose matters are paragraphs, not take its rows for page metadata', () => {
    const record = unnumbered(
      '会议听取了县水利局关于水库除险加固的汇报，议定如下：\n| 序号 | 议定事项 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 拨付除险加固资金 | 县财政局 | 6月15日前 |\n| 2 | 完成大坝防渗处理 | 县水利局 | 汛期前 |'
    )
    expect(record.items).toHaveLength(1)
    expect(rows(record.items[0].assignments)).toEqual([
      ['县财政局', 'responsible', '拨付除险加固资金', '6月15日前'],
      ['县水利局', 'responsible', '完成大坝防渗处理', '汛期前']
    ])
    // `议定如下:` leads in to the table: it decides nothing itself.
    expect(record.items[0].decisions).toEqual([])
  })

  it('should read a header whose last cell went on to the next line (a Word cell that wrapped), and not take the rows under a lead-in for decisions', () => {
    const record = numbered(
      '会议听取了县水利局的汇报，经研究，明确以下事项：\n序号\t议定事项\t责任单位\t配合单位\t完成\n时限\n1\t完成灌区渠道清淤\t县水利局\t各乡镇\t5月31日前\n2\t落实清淤经费\t县财政局\t\t5月20日前'
    )
    expect(rows(record.items[0].assignments)).toEqual([
      ['县水利局', 'responsible', '完成灌区渠道清淤', '5月31日前'],
      ['县财政局', 'responsible', '落实清淤经费', '5月20日前']
    ])
    expect(record.items[0].decisions).toEqual([])
  })

  it('should read a header over two rows (责任分工 over 牵头单位 | 配合单位)', () => {
    const record = numbered(
      '| 序号 | 议定事项 | 责任分工 | | 完成时限 |\n| --- | --- | --- | --- | --- |\n| | | 牵头单位 | 配合单位 | |\n| 1 | 完成河道保洁招标 | 县水利局 | 县财政局 | 7月10日前 |'
    )
    expect(rows(record.items[0].assignments)).toEqual([
      ['县水利局', 'lead', '完成河道保洁招标', '7月10日前'],
      ['县财政局', 'support', '完成河道保洁招标', '7月10日前']
    ])
  })

  it('should carry a lead owner over a blank (merged) cell, but not a blank supporting one', () => {
    const record = numbered(
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t新建茶园3000亩\t县农业农村局\t县财政局\t6月30日前\n2\t培育龙头企业2家\t\t\t9月30日前'
    )
    expect(rows(record.items[0].assignments)).toEqual([
      ['县农业农村局', 'lead', '新建茶园3000亩', '6月30日前'],
      ['县财政局', 'support', '新建茶园3000亩', '6月30日前'],
      ['县农业农村局', 'lead', '培育龙头企业2家', '9月30日前']
    ])
  })

  it('should take the deadline from the last cell of a row short of cells (a merged cell an HTML table leaves out)', () => {
    const record = numbered('序号\t议定事项\t牵头单位\t配合单位\t完成时限\n1\t完成设计批复\t县卫健委\t10月31日前')
    expect(rows(record.items[0].assignments)).toEqual([['县卫健委', 'lead', '完成设计批复', '10月31日前']])
  })

  it('should read an owner with its role in brackets in a cell or a label (县住建局（牵头）、县热力公司)', () => {
    const table = numbered('| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 更换供热管网 | 县住建局（牵头）、县热力公司 | 11月10日前 |')
    expect(rows(table.items[0].assignments)).toEqual([
      ['县住建局', 'lead', '更换供热管网', '11月10日前'],
      ['县热力公司', 'responsible', '更换供热管网', '11月10日前']
    ])
    const labels = numbered('（一）更换供热管网老旧段。\n责任单位：县住建局（牵头）、县热力公司\n办理时限：11月10日前')
    expect(rows(labels.items[0].assignments)).toEqual([
      ['县住建局', 'lead', '更换供热管网老旧段', '11月10日前'],
      ['县热力公司', 'responsible', '更换供热管网老旧段', '11月10日前']
    ])
  })
})

describe('lines over a list of tasks', () => {
  it('should not take a lead-in that only announces (并明确如下分工:, 会议确定以下督办事项:) for a decision', () => {
    const record = numbered('会议原则同意该方案，并明确如下分工：\n| 序号 | 议定事项 | 责任单位 |\n| 1 | 完成管网改造 | 县住建局 |')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则同意该方案'])
  })

  it('should not take the name of the list (会议议定事项清单) for a decision', () => {
    const record = numbered('会议同意安排维修资金300万元。\n\n会议议定事项清单\n序号\t议定事项\t责任单位\t完成时限\n1\t下达维修资金\t县财政局\t5月31日前')
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议同意安排维修资金300万元'])
    expect(rows(record.items[0].assignments)).toEqual([['县财政局', 'responsible', '下达维修资金', '5月31日前']])
  })
})

describe('督办事项 numbering', () => {
  it('should make items of `督办事项1:` lines right after the preamble', () => {
    const text =
      '某市人民政府督办会议纪要\n2026年6月3日，副市长黄杰主持召开市政府重点工作督办会议。现将督办事项纪要如下：\n督办事项1：城区雨污分流改造\n责任单位：市水务局\n完成时限：2026年6月30日\n督办事项2：充电设施建设\n责任单位：市发展改革委\n完成时限：2026年10月31日\n'
    const record = analyze(text).record
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['1', '城区雨污分流改造'],
      ['2', '充电设施建设']
    ])
    expect(rows(record.items[1].assignments)).toEqual([['市发展改革委', 'responsible', '充电设施建设', '2026年10月31日']])
  })

  it('should make points (decisions, under 会议确定…:) of `督办事项一:` lines under an item', () => {
    const record = numbered(
      '会议确定以下督办事项：\n督办事项一：完成分包商清理（责任部门：工程管理部；完成时限：5月31日前）。\n督办事项二：开展采购复查（责任部门：招标采购中心；完成时限：6月30日前）。'
    )
    expect(record.items).toHaveLength(1)
    expect(record.items[0].points.map((point) => point.ordinal)).toEqual(['一', '二'])
    expect(record.items[0].decisions).toHaveLength(2)
    expect(rows(record.items[0].assignments)).toEqual([
      ['工程管理部', 'responsible', '完成分包商清理', '5月31日前'],
      ['招标采购中心', 'responsible', '开展采购复查', '6月30日前']
    ])
  })
})

describe('labels after a task', () => {
  it('should give each bracket of labels in a sentence the task before it and its own deadline', () => {
    const record = numbered(
      '会议听取了县水利局的汇报。会议要求，尽快形成规划初稿（责任单位：县水利局；完成时限：4月30日前）；同步开展现场踏勘（责任单位：县测绘院；完成时限：5月15日前），修订操作规范（牵头：县司法局；时限：5月底前）。'
    )
    expect(rows(record.items[0].assignments)).toEqual([
      ['县水利局', 'responsible', '尽快形成规划初稿', '4月30日前'],
      ['县测绘院', 'responsible', '同步开展现场踏勘', '5月15日前'],
      ['县司法局', 'lead', '修订操作规范', '5月底前']
    ])
  })

  it('should read a deadline label written as a sentence after the owner label (`。完成时限:Y。`)', () => {
    const record = numbered('1.对全县食品企业开展全覆盖检查。责任股室：食品生产股。完成时限：5月31日前。')
    expect(rows(record.items[0].assignments)).toEqual([['食品生产股', 'responsible', '对全县食品企业开展全覆盖检查', '5月31日前']])
  })
})

describe('deadlines of labels and cells', () => {
  it('should read a quarter in a deadline column with no 前 (`三季度`)', () => {
    const record = numbered('| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 出台招商扶持政策 | 县商务局 | 三季度 |')
    const [assignment] = record.items[0].assignments
    expect([assignment.due, assignment.dueDate]).toEqual(['三季度', '2026-09-30'])
  })

  it('should read `即时办理` as a label’s value as a prompt deadline', () => {
    const record = numbered('（一）妥善处理群众信访诉求。\n牵头单位：县信访局\n办理时限：即时办理')
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueKind]).toEqual(['县信访局', '即时办理', 'vague'])
  })

  it('should take a date written in a bracket of labels over `立即` in the task', () => {
    const record = numbered('会议要求，立即对低洼小区开展排查（责任人：副主任陈刚，7月31日前完成）。\n出席：副主任陈刚')
    expect(rows(record.items[0].assignments)).toEqual([['陈刚', 'responsible', '立即对低洼小区开展排查', '7月31日前']])
  })

  it('should take the date of a deadline label over a time in the task that has none (`开学前`)', () => {
    const record = numbered('1.宿舍维修须在开学前全部完成（责任单位：县教育局；完成时限：8月31日前）。')
    const [assignment] = record.items[0].assignments
    expect([assignment.owner, assignment.due, assignment.dueDate]).toEqual(['县教育局', '8月31日前', '2026-08-31'])
  })

  it('should give labels right under a heading the matter the heading names', () => {
    const text = '某镇党政联席会议纪要\n2026年3月12日，镇党委书记赵立主持召开镇党政联席会议。\n一、集镇污水管网改造\n会议要求加快施工招标。\n牵头单位：镇建设办\n完成时限：5月31日前\n二、高标准农田建设项目验收\n牵头单位：镇农业服务中心\n完成时限：6月底前\n'
    const record = analyze(text).record
    expect(rows(record.items[1].assignments)).toEqual([['镇农业服务中心', 'lead', '高标准农田建设项目验收', '6月底前']])
  })
})

describe('round 2: more column and label forms', () => {
  it('should read a `会议议定事项` task column and a `完成日期` deadline column', () => {
    const record = numbered('序号\t会议议定事项\t牵头领导\t牵头单位\t完成日期\n1\t优化路口信号配时\t副县长方正\t县公安局交警大队\t2026年10月15日')
    expect(rows(record.items[0].assignments)).toEqual([['县公安局交警大队', 'lead', '优化路口信号配时', '2026年10月15日']])
  })

  it('should read a deadline label on its own line before the owner labels', () => {
    const record = numbered('会议同意整治背街小巷40条。\n完成时限：10月底前\n责任单位：县城管局\n配合单位：县住建局')
    expect(rows(record.items[0].assignments)).toEqual([
      ['县城管局', 'responsible', '会议同意整治背街小巷40条', '10月底前'],
      ['县住建局', 'support', '会议同意整治背街小巷40条', '10月底前']
    ])
  })

  it('should read labels that each stand in lenticular brackets (【责任单位：X】【完成时限：Y】)', () => {
    const record = numbered('会议原则同意县卫健委提出的改革方案。\n【责任单位：县卫健委】【配合单位：县人社局、县财政局】【完成时限：6月30日前】')
    expect(rows(record.items[0].assignments)).toEqual([
      ['县卫健委', 'responsible', '会议原则同意县卫健委提出的改革方案', '6月30日前'],
      ['县人社局', 'support', '会议原则同意县卫健委提出的改革方案', '6月30日前'],
      ['县财政局', 'support', '会议原则同意县卫健委提出的改革方案', '6月30日前']
    ])
  })
})

describe('a list of tasks at the end of the minutes', () => {
  it('should not warn that minutes ending in a row of a table stop mid-sentence', () => {
    const text = '某县人民政府常务会议纪要\n2026年5月6日，县长王立主持召开县政府第3次常务会议。\n一、研究有关工作\n会议同意该方案。\n序号\t议定事项\t责任单位\t完成时限\n1\t下达资金\t县财政局\t5月31日前\n'
    expect(analyze(text).messages.map((message) => message.ruleId)).not.toContain('truncated')
    expect(analyze('某县人民政府常务会议纪要\n2026年5月6日，县长王立主持召开县政府第3次常务会议。\n一、研究有关工作\n会议同意该方案，由县财政局负责').messages.map((message) => message.ruleId)).toContain('truncated')
  })
})

describe('round 3: titles, wrapped cells and deadline brackets', () => {
  it('should open an item at the title of a table of tasks that follows the preamble', () => {
    const text =
      '某区城管委全体会议纪要\n\n2026年8月12日，副区长蔡建华主持召开区城管委第4次全体会议，听取了上半年工作情况汇报。\n\n会议认为，上半年工作成效明显。\n\n下半年重点任务分解表\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 新建公共厕所15座 | 区城管局 | 11月30日前 |\n'
    const record = analyze(text).record
    expect(record.items.map((item) => item.heading)).toEqual(['下半年重点任务分解表'])
    expect(rows(record.items[0].assignments)).toEqual([['区城管局', 'responsible', '新建公共厕所15座', '11月30日前']])
  })

  it('should read a row whose task cell wrapped onto the next line (a `重点工作` column)', () => {
    const record = numbered('序号\t重点工作\t责任部门\t完成时间\n1\t清收应收工程款\n（不低于1.2亿元）\t财务资金部\t12月25日前\n2\t组织安全检查\t安全环保部\t12月10日前')
    expect(rows(record.items[0].assignments)).toEqual([
      ['财务资金部', 'responsible', '清收应收工程款\n（不低于1.2亿元）', '12月25日前'],
      ['安全环保部', 'responsible', '组织安全检查', '12月10日前']
    ])
  })

  it('should give a bracket that holds only a deadline label to the task right before it', () => {
    const record = numbered('1.县发改委牵头做好储备粮油轮换投放（完成时限：春节前）。')
    expect(rows(record.items[0].assignments)).toEqual([['县发改委', 'lead', '牵头做好储备粮油轮换投放', '春节前']])
  })
})

describe('round 4: short column labels and tables of how tasks stand', () => {
  it('should read short owner columns (`| 事项 | 牵头 | 配合 | 时限 |`)', () => {
    const record = numbered('| 序号 | 事项 | 牵头 | 配合 | 时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 更换排涝泵站机组 | 县水利局 | 县财政局 | 8月15日前 |')
    expect(rows(record.items[0].assignments)).toEqual([
      ['县水利局', 'lead', '更换排涝泵站机组', '8月15日前'],
      ['县财政局', 'support', '更换排涝泵站机组', '8月15日前']
    ])
  })

  it('should hand out no task from a table of how earlier tasks stand (a `落实情况` column, no deadline column)', () => {
    const record = numbered('| 序号 | 议定事项 | 责任单位 | 落实情况 |\n| 1 | 出台停车收费方案 | 县发改委 | 已完成 |\n\n会议要求，县住建局要加快进度，11月底前完成。')
    expect(rows(record.items[0].assignments)).toEqual([['县住建局', 'responsible', '要加快进度，11月底前完成', '11月底前']])
    // With a deadline column it tracks tasks still to do: they are read.
    const tracked = numbered('| 序号 | 议定事项 | 责任单位 | 完成时限 | 进展情况 |\n| 1 | 出台停车收费方案 | 县发改委 | 12月底前 | 正在起草 |')
    expect(rows(tracked.items[0].assignments)).toEqual([['县发改委', 'responsible', '出台停车收费方案', '12月底前']])
  })
})
