import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'

/** Minutes of a dated county meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年4月8日上午，县长郑远主持召开县政府第11次常务会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's assignments as owner, deadline. */
function owners(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

/** Each item's assignments as owner, task. */
function tasks(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
}

/** Each item's decisions as written. */
function decisions(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('gap 1: a deadline after `于` is the time of the owner it follows', () => {
  it('should keep `于…前完成` to the last owner, not share it with the one before (`由X…统筹解决,Y负责…`)', () => {
    expect(owners('一、关于产业园标准厂房建设\n由县财政局对厂房建设资金缺口统筹解决，县工信局负责督促代建单位加快进度，于6月15日前完成二期厂房交付。')).toEqual([
      [
        ['县财政局', null],
        ['县工信局', '于6月15日前']
      ]
    ])
  })

  it('should still share an outcome the clauses give to all (`两项工程均须…`, `确保…建成通车`, `于…前全部完工`)', () => {
    expect(owners('一、关于农村基础设施\n会议明确，县交通运输局负责桥梁加固，县水利局负责山塘整治，两项工程均须于7月20日前完工。')).toEqual([
      [
        ['县交通运输局', '于7月20日前'],
        ['县水利局', '于7月20日前']
      ]
    ])
    expect(owners('一、关于滨江大道\n会议决定，由县住建局负责道路施工，县城投公司负责筹集资金，确保10月底前建成通车。')).toEqual([
      [
        ['县住建局', '10月底前'],
        ['县城投公司', '10月底前']
      ]
    ])
    expect(owners('一、关于农贸市场改造\n会议决定，县商务局负责市场改造，县市场监管局负责摊位规范，于9月30日前全部完工。')).toEqual([
      [
        ['县商务局', '于9月30日前'],
        ['县市场监管局', '于9月30日前']
      ]
    ])
  })

  it('should still share a bare outcome after `于` (`…,于6月底前完成`), which ends the work of all', () => {
    expect(owners('一、关于城区绿化\n会议明确，县林业局负责行道树补植，县城管局负责绿地改造，于5月底前完成。')).toEqual([
      [
        ['县林业局', '于5月底前'],
        ['县城管局', '于5月底前']
      ]
    ])
  })

  it('should still share a deadline after an audience that only carries the work out', () => {
    expect(owners('一、关于期中考试\n期中考试由教务处牵头组织，各年级组具体实施，4月25日前完成阅卷。')).toEqual([[['教务处', '4月25日前']]])
  })
})

describe('gap 2: `认可` approves a plan, but praises work done', () => {
  it('should read `会议认可…方案` as a decision', () => {
    expect(decisions('一、关于机关绩效考核办法\n县委办汇报了起草情况。会议认可该考核办法，请县委办印发执行。')).toEqual([['会议认可该考核办法']])
    expect(decisions('一、关于征收补偿\n会议认可了调整后的补偿标准。')).toEqual([['会议认可了调整后的补偿标准']])
  })

  it('should read no decision where the meeting praises work or its results', () => {
    expect(decisions('一、关于上半年招商引资\n会议认可了县商务局上半年的工作。\n二、关于森林防火\n会议认可县林业局取得的成绩，要求县林业局加强巡护。')).toEqual([[], []])
  })
})

describe('gap 3: a unit that sends its staff (`X派员…`) owns the task', () => {
  it('should read `X派员全程参与` and `X派专人…` as X’s task, ending the task of the owner before', () => {
    expect(tasks('一、关于城东学校建设\n会议明确，由县城投公司负责代建，县教育局派员全程参与，县审计局派专人跟踪审计。')).toEqual([
      [
        ['县城投公司', '负责代建'],
        ['县教育局', '派员全程参与'],
        ['县审计局', '派专人跟踪审计']
      ]
    ])
  })

  it('should keep the time of an event before the unit out of its name (`验收时X派员参加`)', () => {
    expect(tasks('一、关于监控设备更换\n由物业公司负责采购安装，验收时业委会派员参加。')).toEqual([
      [
        ['物业公司', '负责采购安装'],
        ['业委会', '派员参加']
      ]
    ])
  })
})

describe('gap 4: a start time between a unit and its verb', () => {
  it('should read the unit before `自…起` or `从…起` as the owner', () => {
    expect(tasks('一、关于城乡环境整治\n会议要求，县城管局自5月1日起开展占道经营专项整治；县市场监管局从下月起实行农贸市场每日巡查。县应急管理局自即日起落实24小时值班。')).toEqual([
      [
        ['县城管局', '自5月1日起开展占道经营专项整治'],
        ['县市场监管局', '从下月起实行农贸市场每日巡查'],
        ['县应急管理局', '自即日起落实24小时值班']
      ]
    ])
  })

  it('should read the unit before a time and `以后` as the owner, and no deadline in a start (`月底以后`)', () => {
    expect(owners('一、关于公交线路\n会议同意调整3条公交线路。县公交公司8月中旬以后分批调整线路，县交通运输局月底以后恢复夜班公交。')).toEqual([
      [
        ['县公交公司', null],
        ['县交通运输局', null]
      ]
    ])
    expect(findDue('年底以后启动二期工程', '2026-04-08')).toBeNull()
    expect(findDue('下月初起执行新标准', '2026-04-08')).toBeNull()
    expect(findDue('月底前完成', '2026-04-08')?.date).toBe('2026-04-30')
  })

  it('should read no task in work done from a time gone by', () => {
    expect(tasks('一、关于文明旅游\n县文旅局从去年起开展了文明旅游宣传月活动。')).toEqual([[]])
  })
})

describe('gap 5: a post after `由` before a verb of doing', () => {
  it('should read the post (`人事秘书`, `教学秘书`) as the owner, the rest as its task', () => {
    expect(tasks('一、关于兼职教师聘任\n会议同意聘任兼职教师3名，由人事秘书联系学校人事处办理聘任手续。\n二、关于课表调整\n由教学秘书对接教务处调整实验课时。')).toEqual([
      [['人事秘书', '联系学校人事处办理聘任手续']],
      [['教学秘书', '对接教务处调整实验课时']]
    ])
  })

  it('should read a secretary who gathers (`由科研秘书汇总…`) as the owner', () => {
    expect(tasks('一、关于课题申报\n由科研秘书汇总各系申报书，科研处于5月8日前组织专家初审。')).toEqual([
      [
        ['科研秘书', '汇总各系申报书'],
        ['科研处', '于5月8日前组织专家初审']
      ]
    ])
  })

  it('should still read a unit named after a title as the unit (`由总经理办公室负责…`)', () => {
    expect(tasks('一、关于年会筹备\n由总经理办公室负责场地预订。')).toEqual([[['总经理办公室', '负责场地预订']]])
  })
})

describe('gap 6: a housing estate is a place, not an owner', () => {
  it('should read no owner in `改由小区内公示`, and keep it in the task before', () => {
    expect(tasks('一、关于老旧小区加装电梯\n县住建局要简化审批流程，不再实行报纸公示，改由小区内张榜公示7日。')).toEqual([
      [['县住建局', '要简化审批流程，不再实行报纸公示，改由小区内张榜公示7日']]
    ])
  })

  it('should still read a company named after its estate (`小区物业公司`) as an owner', () => {
    expect(tasks('一、关于垃圾分类\n由小区物业公司负责设置分类投放点。')).toEqual([[['小区物业公司', '负责设置分类投放点']]])
  })
})

describe('gap 7: a county named 会同 against the clause word 会同', () => {
  /** Minutes of a city's topic meeting whose body is `body`. */
  function cityTasks(body: string) {
    const text = `专题会议纪要\n2026年6月3日，副市长罗军主持召开专题会议。现将会议议定事项纪要如下：\n${body}\n`
    return analyze(text).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
  }

  it('should read 会同县政府 as the owner where it opens a clause with a subject’s mark or follows 由', () => {
    expect(cityTasks('一、关于地灾搬迁\n会议要求，会同县政府要抓紧实施避险搬迁；由会同县人民政府负责安置点建设。')).toEqual([
      [
        ['会同县政府', '要抓紧实施避险搬迁'],
        ['会同县人民政府', '负责安置点建设']
      ]
    ])
  })

  it('should still read 会同 as the clause word after an owner (`X会同县Y…`, `X牵头,会同县Y于…`)', () => {
    expect(tasks('一、关于消防检查\n县应急管理局牵头，会同县消防救援大队于3月底前完成商场消防检查。县住建局会同县城管局整治违规停车。')).toEqual([
      [
        ['县应急管理局', '牵头，会同县消防救援大队于3月底前完成商场消防检查'],
        ['县住建局', '会同县城管局整治违规停车']
      ]
    ])
  })

  it('should drop the county’s government from the name of its meeting, as of any county', () => {
    const text = '会同县人民政府县长办公会议纪要\n2026年2月9日，县长石明主持召开县长办公会议。会议纪要如下：\n一、关于春耕备耕\n县农业农村局要做好种子调运。\n'
    expect(analyze(text).record.meeting.name).toBe('县长办公会议')
  })
})

describe('round 3: the gaps in harder wordings', () => {
  it('should keep a deadline after `在` to the owner it follows, as after `于`', () => {
    expect(owners('一、关于污水管网\n由县财政局对配套资金统筹调度，县水务公司负责督促施工单位倒排工期，在11月15日前完成主管铺设。')).toEqual([
      [
        ['县财政局', null],
        ['县水务公司', '在11月15日前']
      ]
    ])
  })

  it('should read a unit that draws staff (`X抽调专人…`, `X选派人员…`) as the owner', () => {
    expect(tasks('一、关于违建整治\n县城管局抽调专人参与拆除行动，县司法局选派人员提供法律咨询。')).toEqual([
      [
        ['县城管局', '抽调专人参与拆除行动'],
        ['县司法局', '选派人员提供法律咨询']
      ]
    ])
  })

  it('should read a start time of words, not digits (`从开学第一周起`, `自寒假起`), but not a word that opens with 起', () => {
    expect(tasks('一、关于开学保障\n县公安局从开学第一周起实行护学岗制度，县教育局自寒假起分批维修校舍。')).toEqual([
      [
        ['县公安局', '从开学第一周起实行护学岗制度'],
        ['县教育局', '自寒假起分批维修校舍']
      ]
    ])
    expect(tasks('一、关于信访积案\n县检察院从快起诉一批案件。')).toEqual([[]])
  })

  it('should read no person in a unit and a verb that opens with a surname (`区住建局张贴的…`)', () => {
    expect(tasks('一、关于施工公告\n原定由县住建局张贴的施工公告，改由社区居委会公示。由县住建局张贴安全告示。')).toEqual([
      [
        ['社区居委会', '公示'],
        ['县住建局', '张贴安全告示']
      ]
    ])
  })
})

describe('round 4: 开始, 派出, an audience before 于, a post before a start time', () => {
  it('should read a unit before `从…开始` as the owner', () => {
    expect(tasks('一、关于停车管理\n县城投公司从10月份开始建设停车诱导系统。')).toEqual([[['县城投公司', '从10月份开始建设停车诱导系统']]])
  })

  it('should read a unit that sends out a team (`X派出…`) as the owner, but not a police station (`派出所`)', () => {
    expect(tasks('一、关于违停治理\n县城管局派出执法中队开展夜间巡查，城东派出所要配合做好秩序维护。')).toEqual([
      [
        ['县城管局', '派出执法中队开展夜间巡查'],
        ['城东派出所', '要配合做好秩序维护']
      ]
    ])
  })

  it('should share a deadline after `于` with the lead where only an audience that carries it out stands between', () => {
    expect(owners('一、关于水毁修复\n县交通运输局负责下达修复资金，各乡镇具体实施，于9月底前完成水毁路段修复。')).toEqual([[['县交通运输局', '于9月底前']]])
  })

  it('should read a post followed by a start time (`由教学秘书自本周起…`) as the owner', () => {
    expect(tasks('一、关于教学检查\n由教学秘书自下周起收集各系听课记录。')).toEqual([[['教学秘书', '自下周起收集各系听课记录']]])
  })
})
