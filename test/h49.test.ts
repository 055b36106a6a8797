import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, due and dueDate. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

const lead = '2026年4月7日，副县长梁振华主持召开项目推进会。纪要如下：\n'

describe('a project milestone bounds a task (blind19-h49 r1)', () => {
  it('should read 开工前 as an event with no date', () => {
    const [task] = tasks(`${lead}一、关于物流园项目\n县环保局要在开工前完成项目环评批复。\n`)
    expect(task).toMatchObject({owner: '县环保局', due: '在开工前', dueDate: null})
  })

  it('should read 开园前 in a deadline label', () => {
    const [task] = tasks(`${lead}一、关于城南幼儿园\n（一）完成保育员招聘（责任单位：县教育局；完成时限：开园前）。\n`)
    expect(task).toMatchObject({owner: '县教育局', due: '开园前', dueDate: null})
  })

  it('should not read the early stage 施工前期 as a deadline', () => {
    const [task] = tasks(`${lead}一、关于城南幼儿园\n县住建局负责做好施工前期准备工作。\n`)
    expect(task).toMatchObject({owner: '县住建局', due: null})
  })
})

describe('a label whose value names whose event it is (blind19-h49 r1)', () => {
  it('should keep 改造开工前 whole', () => {
    const [task] = tasks(`${lead}一、关于农贸市场\n（一）临时疏解点设置由县城管局负责（完成时限：改造开工前）。\n`)
    expect(task).toMatchObject({owner: '县城管局', due: '改造开工前', dueDate: null})
  })

  it('should still read a date in a label from where it starts', () => {
    const [task] = tasks(`${lead}一、关于农贸市场\n（一）完成摊位改造（责任单位：县商务局；完成时限：力争6月底前）。\n`)
    expect(task).toMatchObject({owner: '县商务局', dueDate: '2026-06-30'})
  })
})

describe('the bodies along a line named by their kind alone (blind19-h49 r2)', () => {
  it('should let 沿线乡镇 stand among supports as an audience', () => {
    const found = tasks(`${lead}一、关于专线工程\n由县交通局牵头，县经济开发区管委会、沿线乡镇配合，会后三天内拿出协调方案。\n`)
    expect(found).toMatchObject([
      {owner: '县交通局', due: '会后三天内', dueDate: '2026-04-10'},
      {owner: '县经济开发区管委会、沿线乡镇', due: '会后三天内', dueDate: '2026-04-10'}
    ])
    expect(analyze(`${lead}一、关于专线工程\n由县交通局牵头，县经济开发区管委会、沿线乡镇配合，会后三天内拿出协调方案。\n`).record.items[0].assignments[1].owners).toEqual(['县经济开发区管委会'])
  })

  it('should give 沿线乡镇 alone no task', () => {
    expect(tasks(`${lead}一、关于专线工程\n沿线乡镇要做好群众工作。\n`)).toEqual([])
  })
})

describe('a clause naming the task before 长期坚持 (blind19-h49 r2)', () => {
  it('should read 此项工作长期坚持 as ongoing', () => {
    const [task] = tasks(`${lead}一、关于主干道\n县执法队要加大巡查频次，此项工作长期坚持。\n`)
    expect(task).toMatchObject({owner: '县执法队', due: '长期坚持', dueDate: null, dueKind: 'ongoing'})
  })

  it('should read 上述工作要长期坚持 as ongoing', () => {
    const [task] = tasks(`${lead}一、关于主干道\n县执法队要加大巡查频次，上述工作要长期坚持。\n`)
    expect(task).toMatchObject({due: '长期坚持', dueKind: 'ongoing'})
  })

  it('should not read 并长期坚持 after a verb as a clause of its own', () => {
    const [task] = tasks(`${lead}一、关于主干道\n县执法队要加大巡查频次，并长期坚持。\n`)
    expect(task).toMatchObject({due: null})
  })
})

describe('a hazard list laid out with spaces (blind19-h49 r3)', () => {
  it('should read 隐患内容 as the task column and 整改时限 as the deadline column', () => {
    const text = `${lead}一、重大隐患督办清单\n序号  隐患内容              责任单位        督办领导    整改时限\n1     农机市场消防通道堵塞  县消防救援大队  梁振华      4月30日前\n2     城北桥梁护栏缺失      县交通运输局    梁振华      5月中旬\n`
    expect(tasks(text)).toMatchObject([
      {owner: '县消防救援大队', task: '农机市场消防通道堵塞', due: '4月30日前', dueDate: '2026-04-30'},
      {owner: '县交通运输局', task: '城北桥梁护栏缺失', due: '5月中旬', dueDate: '2026-05-20'}
    ])
  })

  it('should read 整改时限 as a deadline label', () => {
    const [task] = tasks(`${lead}一、关于隐患整改\n（一）完成加油站油罐防渗改造（责任单位：县商务局；整改时限：6月底前）。\n`)
    expect(task).toMatchObject({owner: '县商务局', due: '6月底前', dueDate: '2026-06-30'})
  })
})

describe('an owner before a colon whose task opens with a deadline or a role (blind19-h49 r4)', () => {
  it('should read 3．X：会后10日内拨付… as X\'s task', () => {
    const [task] = tasks(`${lead}一、科创园项目\n1．财政金融局：会后10日内拨付项目前期经费500万元。\n`)
    expect(task).toMatchObject({owner: '财政金融局', task: '会后10日内拨付项目前期经费500万元', due: '会后10日内', dueDate: '2026-04-17'})
  })

  it('should read X：作为项目业主，要… as X\'s task', () => {
    const [task] = tasks(`${lead}一、科创园项目\n1．开发区城投公司：作为项目业主，要加快厂房主体施工，确保年底前封顶。\n`)
    expect(task).toMatchObject({owner: '开发区城投公司', due: '年底前', dueDate: '2026-12-31'})
  })

  it('should not read a topic before a colon as an owner', () => {
    expect(tasks(`${lead}一、科创园项目\n1．资金保障：会后10日内拨付项目前期经费500万元。\n`)).toEqual([])
  })
})

describe('a sentence of 此项工作 after a task (blind19-h49 r5)', () => {
  it('should give 长期坚持 to the task of the sentence before, over its parts parted by ；', () => {
    const [task] = tasks(`${lead}一、关于督查\n责成县督查室开展暗访督查，每月形成一期督查通报；对工作不力的单位，会同县纪委启动问责程序。此项工作长期坚持。\n`)
    expect(task).toMatchObject({owner: '县督查室', due: '长期坚持', dueKind: 'ongoing'})
  })

  it('should not give it to a task of an earlier sentence', () => {
    const found = tasks(`${lead}一、关于督查\n县财政局负责落实资金。县督查室负责开展暗访督查。此项工作长期坚持。\n`)
    expect(found).toMatchObject([{owner: '县财政局', due: null}, {owner: '县督查室', due: '长期坚持'}])
  })
})

describe('a word of making known to a whole place to come (blind19-h49 r5)', () => {
  const reporters = (body: string) => analyze(`${lead}一、关于督查\n${body}\n`).record.items[0].reporters

  it('should not read 结果在全县通报 as a report to the meeting', () => {
    expect(reporters('县政府督查室对交办事项实行清单化管理，年底前组织一次专项督查，结果在全县通报。')).toEqual([])
  })

  it('should still read X对Y进行了通报 as one', () => {
    expect(reporters('县督查室对交办事项落实情况进行了通报。')).toEqual(['县督查室'])
  })
})

describe('次日 and an assessment visit bound a task (blind19-h49 r6)', () => {
  it('should read 次日下班前 as the day after the meeting', () => {
    const [task] = tasks(`${lead}一、其他事项\n县政府办负责将交办事项纳入督办系统，于次日下班前完成录入。\n`)
    expect(task).toMatchObject({owner: '县政府办', due: '次日下班前', dueDate: '2026-04-08'})
  })

  it('should read 专家进校前一周 as an event with no date', () => {
    const [task] = tasks(`${lead}一、迎评工作\n教务处负责统筹教学档案归档，专家进校前一周完成全部材料上传。\n`)
    expect(task).toMatchObject({owner: '教务处', due: '专家进校前一周', dueDate: null})
  })
})

describe('an industrial park that holds the work together (blind19-h49 r6)', () => {
  it('should read 城南工业园抓总 as an owner among others', () => {
    const found = tasks(`${lead}一、冷链物流园项目\n由县长助理温立平负总责，城南工业园抓总，县招商服务中心具体承办，三个月内完成土地收储。\n`)
    expect(found.map((each) => [each.owner, each.dueDate])).toEqual([
      ['温立平', '2026-07-07'],
      ['城南工业园', '2026-07-07'],
      ['县招商服务中心', '2026-07-07']
    ])
  })
})

describe('当日 and the last working day of each month (blind19-h49 r7)', () => {
  it('should read 当日17时前 as the meeting\'s day', () => {
    const [task] = tasks(`${lead}一、资金保障\n县财政局负责及时拨付资金，当日17时前将拨付文件送达县农业农村局。\n`)
    expect(task).toMatchObject({owner: '县财政局', due: '当日17时前', dueDate: '2026-04-07'})
  })

  it('should read 每月最后一个工作日前 as recurring', () => {
    const [task] = tasks(`${lead}一、督查\n办公室负责将推进情况纳入月度督查，每月最后一个工作日前通报进展。\n`)
    expect(task).toMatchObject({owner: '办公室', due: '每月最后一个工作日前', dueDate: null, dueKind: 'recurring'})
  })
})

describe('a title of a working meeting followed by 会议纪要 (blind19-h49 r7)', () => {
  const name = (text: string) => analyze(text).record.meeting.name

  it('should name X推进会 without the minutes\' 会议', () => {
    expect(name('沙河区教育局秋季开学推进会会议纪要\n\n时间：2026年8月3日上午\n主持人：局长 贝晓东\n\n一、任务分解\n')).toBe('沙河区教育局秋季开学推进会')
  })

  it('should keep a body\'s own 党委会会议', () => {
    expect(name('党委会会议纪要\n\n时间：2026年8月3日上午\n主持人：书记 贝晓东\n\n一、研究干部任免\n')).toBe('党委会会议')
  })
})

describe('a support that organises the work itself (blind19-h49 r8)', () => {
  it('should read Y具体组织 after X牵头 as Y\'s task', () => {
    const found = tasks(`${lead}一、隐患整改\n请常务副总经理宁国栋牵头，安全环保部具体组织，对检查发现的隐患实行一患一档管理，本月25日前完成整改销号。\n`)
    expect(found.map((each) => [each.owner, each.due])).toEqual([
      ['宁国栋', '本月25日前'],
      ['安全环保部', '本月25日前']
    ])
  })
})

describe('an office that runs a matter and one that helps it (blind19-h49 r9)', () => {
  it('should read X主办、Y协办 as a lead and a support', () => {
    const found = tasks(`${lead}一、运力保障\n县交通运输局主办、县公交公司协办，春运前完成客运车辆安全技术检测。\n`)
    expect(found.map((each) => [each.owner, each.due])).toEqual([
      ['县交通运输局', '春运前'],
      ['县公交公司', '春运前']
    ])
    expect(analyze(`${lead}一、运力保障\n县交通运输局主办、县公交公司协办，春运前完成客运车辆安全技术检测。\n`).record.items[0].assignments.map((each) => each.role)).toEqual(['lead', 'support'])
  })
})

describe('a table of projects with a column of measures (blind19-h49 r9)', () => {
  it('should take the measures, not the project\'s name, as the task', () => {
    const text = `${lead}一、项目调度\n序号\t项目名称\t存在问题\t解决措施\t责任单位\t时限\n1\t滨河公园\t2户房屋未拆除\t依法启动拆除程序\t城关镇\t5月10日前\n`
    expect(tasks(text)).toMatchObject([{owner: '城关镇', task: '依法启动拆除程序', due: '5月10日前', dueDate: '2026-05-10'}])
  })

  it('should keep the project\'s name where no other column says what to do', () => {
    const text = `${lead}一、项目调度\n序号\t项目名称\t责任单位\t完成时限\n1\t滨河公园二期\t城关镇\t5月10日前\n`
    expect(tasks(text)).toMatchObject([{owner: '城关镇', task: '滨河公园二期'}])
  })
})

describe('a word of making known at a meeting to come (blind19-h49 r10)', () => {
  const reporters = (body: string) => analyze(`${lead}一、核心制度落实\n${body}\n`).record.items[0].reporters

  it('should not read 督查结果在院周会上通报 as a report', () => {
    expect(reporters('由分管副院长蓝天佑牵头，医务部负责开展全院督查，下周内完成第一轮督查，督查结果在院周会上通报。')).toEqual([])
  })
})

describe('an office\'s bare name before a term named by its part (blind19-h49 r13)', () => {
  it('should read 规建局月内完成… as 规建局\'s task', () => {
    const [task] = tasks(`${lead}一、开工准备\n规建局月内完成新开工项目施工图审查。\n`)
    expect(task).toMatchObject({owner: '规建局', due: '月内', dueDate: '2026-04-30'})
  })

  it('should still give a facility that the task makes none', () => {
    expect(tasks(`${lead}一、信息化\n互联网医院年内上线运行。\n`)).toEqual([])
  })
})

describe('an event right after 完成 names the work (blind19-h49, found by the suite)', () => {
  it('should take the deadline written later in the task', () => {
    const [task] = tasks(`${lead}一、复工准备\n质监站限时完成开工前安全条件核查，4月15日前报送核查结果。\n`)
    expect(task).toMatchObject({owner: '质监站', due: '4月15日前', dueDate: '2026-04-15'})
  })
})
