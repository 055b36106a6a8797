import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {findDue} from '../src/extract/due.js'

/** Minutes of a dated meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某区人民政府常务会议纪要\n2025年9月2日上午，区长何平主持召开区政府第9次常务会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's assignments as owner, task. */
function tasks(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
}

/** Each item's assignments as owner, deadline. */
function owners(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due]))
}

/** Each item's reporters. */
function reporters(body: string) {
  return minutes(body).record.items.map((item) => item.reporters)
}

describe('round 1: less usual owners, deadlines and presenters', () => {
  it('should read `赶在…之前` as a deadline, and the end of a season or holiday before it', () => {
    expect(findDue('赶在国庆节之前完成道路黑化', '2025-09-02')).toMatchObject({start: 0, end: 7, kind: 'absolute'})
    expect(findDue('赶在暑假结束之前完成校舍加固', '2025-06-02')).toMatchObject({start: 0, end: 8})
    expect(findDue('汛期结束前完成复盘', '2025-06-02')).toMatchObject({start: 0, end: 5})
  })

  it('should give a task to a unit written right before `赶在…前` in a later clause', () => {
    expect(owners('一、关于农贸市场改造\n会议同意改造方案。区财政局限于本月内拨付资金,区商务局赶在元旦之前完成改造。')).toEqual([
      [
        ['区财政局', '本月内'],
        ['区商务局', '赶在元旦之前']
      ]
    ])
  })

  it('should take the one asked with `商请` for the owner, without the verb', () => {
    expect(tasks('一、关于马拉松赛事保障\n商请市公安局交警支队做好赛道交通管制。')).toEqual([[['市公安局交警支队', '做好赛道交通管制']]])
  })

  it('should take a head of function titled `财务总监` after 由 for the owner', () => {
    expect(tasks('一、关于办公楼维修\n会议同意维修方案,由财务总监负责资金保障。')).toEqual([[['财务总监', '负责资金保障']]])
  })

  it('should give a unit before a bare verb of doing its clause, but not work done nor a thing made', () => {
    expect(tasks('一、关于秋季防疫\n区卫健委制定秋冬季呼吸道传染病防控方案,区教育局督促各校落实晨午检。')).toEqual([
      [
        ['区卫健委', '制定秋冬季呼吸道传染病防控方案'],
        ['区教育局', '督促各校落实晨午检']
      ]
    ])
    expect(tasks('一、关于秋季防疫\n会议听取了区卫健委的汇报。区卫健委制定了防控方案。')).toEqual([[]])
    expect(tasks('一、关于秋季防疫\n区卫健委制定的防控方案已印发。')).toEqual([[]])
    // `组织` and `开展` follow places and bodies' names too often: `在全区开展…`, `党委组织部`.
    expect(tasks('一、关于安全整治\n在全区开展为期两个月的燃气安全整治。')).toEqual([[]])
  })

  it('should read the unit whose filed plan the meeting notes (`同意备案X上报的…`) as its reporter', () => {
    expect(reporters('一、关于停车场建设\n会议同意备案区城投集团上报的停车场建设方案。')).toEqual([['区城投集团']])
  })

  it('should read a unit that `提出了` a proposal, without `的` before it, as its reporter', () => {
    expect(reporters('一、关于值班补贴\n人事科提出了值班补贴调整建议。会议暂缓研究。')).toEqual([['人事科']])
  })
})

/** Each item's decisions as written. */
function decisions(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('round 2: outcomes granted after their matter, formal charges, departments asked', () => {
  it('should read `会议核定了…` and `会议审批通过…` as decisions', () => {
    expect(decisions('一、关于编制调整\n会议核定了各中心人员编制。')).toEqual([['会议核定了各中心人员编制']])
    expect(decisions('一、关于车队更新\n会议审批通过该项目立项。')).toEqual([['会议审批通过该项目立项']])
  })

  it('should read an outcome granted or refused after the matter that `对` puts first', () => {
    expect(decisions('一、关于保洁服务\n会议对后勤处提交的中标结果不予同意,要求重新招标。')).toEqual([['会议对后勤处提交的中标结果不予同意,要求重新招标']])
    // `会议对…提出了要求` grants nothing.
    expect(decisions('一、关于保洁服务\n会议对保洁服务质量提出了要求。')).toEqual([[]])
  })

  it('should read the unit that `提请会议审议` a matter as its reporter', () => {
    expect(reporters('一、关于用房调整\n办公室提请会议审议机关用房调整方案。会议同意该方案。')).toEqual([['办公室']])
  })

  it('should take the unit charged with `着` for the owner, but not `着力`', () => {
    expect(tasks('一、关于耕地核查\n着执法支队于10月底前完成实地核查。')).toEqual([[['执法支队', '于10月底前完成实地核查']]])
    expect(tasks('一、关于耕地核查\n着力推进耕地保护。')).toEqual([[]])
  })

  it('should give each agreed point its opening unit, whatever its verb, but not a document’s maker', () => {
    expect(tasks('一、关于加装电梯\n会议议定:\n(一)县财政局对每部电梯给予10万元补助。\n(二)县自然资源局简化审批手续。')).toEqual([
      [
        ['县财政局', '对每部电梯给予10万元补助'],
        ['县自然资源局', '简化审批手续']
      ]
    ])
    expect(tasks('一、关于会议议程\n会议同意将以下事项提请审议:\n(一)县人民政府关于上半年预算执行情况的报告;\n(二)人事任免事项。')).toEqual([[]])
  })

  it('should take a department with no place prefix that the meeting asks, whatever its verb, but not a count of places', () => {
    expect(tasks('一、关于节前安全\n会议要求,安全环保部加密节前检查频次。')).toEqual([[['安全环保部', '加密节前检查频次']]])
    // (The work named before `由X负责` is X's task, as a fronted object.)
    expect(tasks('一、关于积水点改造\n会议明确,城区6处积水点改造工程由区水利局负责实施。')).toEqual([[['区水利局', '城区6处积水点改造工程由区水利局负责实施']]])
  })
})

describe('round 3: confirmations, approvals after the fact, proposals followed', () => {
  it('should open a matter with `会议还追认了…` and read it as a decision', () => {
    const {record} = minutes('会议听取了区水务局关于防汛工作的汇报。\n会议还追认了区财政局已拨付的抢险资金500万元。')
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([[], ['会议还追认了区财政局已拨付的抢险资金500万元']])
  })

  it('should read what `会议确认,` states as a decision', () => {
    expect(decisions('一、关于票价政策\n会议确认,学生月票政策不再执行。')).toEqual([['会议确认,学生月票政策不再执行']])
  })

  it('should read the unit on whose proposal (`根据X的提议`) the meeting takes a matter up as its reporter', () => {
    expect(reporters('一、关于制剂室改造\n根据药剂科的提议,会议研究了制剂室改造事项。')).toEqual([['药剂科']])
    // `根据上级的要求` names no proposal.
    expect(reporters('一、关于制剂室改造\n根据上级部门的要求,会议研究了制剂室改造事项。')).toEqual([[]])
  })

  it('should take a unit before `须`, `具体经办` for an owner, and the one `交办` hands to', () => {
    expect(tasks('一、关于森林防火\n会议强调,区林业局统筹调度扑火力量,区应急管理局须于12月15日前完成物资检查。')).toEqual([
      [
        ['区林业局', '统筹调度扑火力量'],
        ['区应急管理局', '须于12月15日前完成物资检查']
      ]
    ])
    expect(tasks('一、关于人员招聘\n会议同意招聘护士10名,由人事科具体经办招聘事宜。')).toEqual([[['人事科', '具体经办招聘事宜']]])
    expect(tasks('一、关于制剂室改造\n会议同意列入基建计划,交办总务科完成设计。')).toEqual([[['总务科', '完成设计']]])
  })
})

describe('round 4: proposals voted down, outcomes after 对, units handed a matter', () => {
  it('should read `会议否决了X提出的…` as a decision, with X its reporter', () => {
    const body = '一、关于污水厂改造\n会议否决了区水务局提出的特许经营方式,决定由区城投集团直接投资。'
    expect(decisions(body)[0]).toContain('会议否决了区水务局提出的特许经营方式')
    expect(reporters(body)).toEqual([['区水务局']])
  })

  it('should read an outcome after the matter that a later clause puts first with 对', () => {
    expect(decisions('一、关于经费调整\n会议审议了办公室提交的经费调整申请,对结余部分予以保留;对追加3万元不予采纳。')).toEqual([
      ['对结余部分予以保留', '对追加3万元不予采纳']
    ])
    // A consent got (`经同意`, `征得同意`) is no outcome of the meeting.
    expect(decisions('一、关于道路开挖\n会议要求,对需开挖的道路须征得同意后施工。')).toEqual([[]])
  })

  it('should read a unit that `向会议报告了` a matter as its reporter', () => {
    expect(reporters('一、关于农贸市场改造\n区商务局向会议报告了改造前期工作情况。')).toEqual([['区商务局']])
  })

  it('should take the placed unit a matter is handed to with `交` for the owner, but not `交通…`', () => {
    expect(tasks('一、关于过渡安置\n会议同意立项,交区市场监管局办理经营户过渡安置。')).toEqual([[['区市场监管局', '办理经营户过渡安置']]])
    expect(tasks('一、关于春运\n交通运输保障要提前谋划。')).toEqual([[]])
  })
})

describe('round 5: leads and splits of work, drafts sent back, stops for now', () => {
  it('should take units before `分头`, `牵总`, `挂帅` for owners', () => {
    expect(tasks('一、关于燃气安全\n会议要求,街道安监办牵总,城管科分头对沿街商铺开展检查。')).toEqual([
      [
        ['街道安监办', '牵总'],
        ['城管科', '分头对沿街商铺开展检查']
      ]
    ])
  })

  it('should read `予以退回` and `暂停实施` as outcomes', () => {
    expect(decisions('一、关于预算草案\n会议审议了财政所提交的预算草案,予以退回重新修改。')).toEqual([['予以退回重新修改']])
    expect(decisions('一、关于道路拓宽\n会议决定,暂停实施原定的道路拓宽工程。')).toEqual([['会议决定,暂停实施原定的道路拓宽工程']])
  })

  it('should read a date with the day counted in (`(含)`) and a holiday’s closing (`春节放假前`) as deadlines', () => {
    expect(findDue('于12月5日(含)前报送检查台账', '2025-11-20')).toMatchObject({start: 0, end: 10, date: '2025-12-05'})
    expect(findDue('赶在春节放假前完成改造', '2025-11-20')).toMatchObject({start: 0, end: 7, kind: 'absolute'})
  })
})

describe('round 6: permissions, approvals by reply, owners of projects', () => {
  it('should read `准许`, `批复同意` and `审议认可了X关于…` as decisions, the last with X its reporter', () => {
    expect(decisions('一、关于设备采购\n会议准许县人民医院分批招标采购。')).toEqual([['会议准许县人民医院分批招标采购']])
    expect(decisions('一、关于设施接管\n会议批复同意接管方案。')).toEqual([['会议批复同意接管方案']])
    const heard = '一、关于审计整改\n会议审议认可了县审计局关于预算执行审计问题的整改方案。'
    expect(decisions(heard)).toEqual([['会议审议认可了县审计局关于预算执行审计问题的整改方案']])
    expect(reporters(heard)).toEqual([['县审计局']])
  })

  it('should read `最晚不超过` before a date as its bound', () => {
    expect(findDue('最晚不超过4月30日结束', '2025-04-14')).toMatchObject({start: 0, end: 10, date: '2025-04-30'})
  })

  it('should take a unit `作为业主单位` for the owner', () => {
    expect(tasks('一、关于设备采购\n县人民医院作为业主单位承担采购主体责任。')).toEqual([[['县人民医院', '作为业主单位承担采购主体责任']]])
  })

  it('should read the unit whose plan a clause names first (`X提出的…方案,`) and whose view the meeting agrees to as reporters', () => {
    expect(reporters('一、关于体检\n工会提出的年度体检方案,会议同意按该方案执行。')).toEqual([['工会']])
    expect(reporters('一、关于处分\n会议同意纪委办公室的意见,决定给予警告处分。')).toEqual([['纪委办公室']])
  })

  it('should take a unit before `出具` in a later clause for an owner', () => {
    expect(tasks('一、关于设施接管\n会议同意接管方案;对拒不移交的小区,法务部出具律师函。')).toEqual([[['法务部', '出具律师函']]])
  })
})

describe('round 7: terse verbs of doing, eves and National Day, marked parts of what is asked', () => {
  it('should take units before `先行`, `审核把关`, `代为`, `扛起`, `会签`, `对接` for owners, but not one a draft is sent to (`报X审核`)', () => {
    expect(tasks('一、关于秋粮收购\n会议同意安排收购资金,镇财政所先行垫付100万元。')).toEqual([[['镇财政所', '先行垫付100万元']]])
    expect(tasks('一、关于场所改造\n会议批准立项。镇建设办审核把关施工图纸。')).toEqual([[['镇建设办', '审核把关施工图纸']]])
    expect(tasks('一、关于供热\n会议确定11月15日正式供暖。市热力集团扛起保供主体责任,市财政局会签拨付文件。')).toEqual([
      [
        ['市热力集团', '扛起保供主体责任'],
        ['市财政局', '会签拨付文件']
      ]
    ])
    expect(tasks('一、关于导师名单\n会议同意导师名单,报研究生院审核。')).toEqual([[]])
  })

  it('should read `十一前`, `元旦前夕` and `下个月初` as deadlines', () => {
    expect(findDue('十一前确定收购网点', '2025-09-26')).toMatchObject({start: 0, end: 3, date: '2025-09-30'})
    expect(findDue('元旦前夕完成换热站改造', '2025-10-30')).toMatchObject({start: 0, end: 4})
    expect(findDue('下个月初印发', '2025-11-05')).toMatchObject({start: 0, end: 4, date: '2025-12-10'})
  })

  it('should take a department the meeting asks after a marker of its part (`;三是X…`)', () => {
    expect(tasks('一、关于学习\n会议要求,一是学院办公室尽早制定学习方案;二是各教研室把精神纳入教学;三是学工办组织学生开展宣讲。')).toEqual([
      [
        ['学院办公室', '尽早制定学习方案'],
        ['学工办', '组织学生开展宣讲']
      ]
    ])
  })
})

describe('round 8: settled and shared views, owners by line of management, seasons of travel', () => {
  it('should read `审核同意` and `认同X关于…的意见` as decisions, the latter with X its reporter', () => {
    expect(decisions('一、关于危桥改造\n会议审核同意公路中心上报的危桥改造计划。')).toEqual([['会议审核同意公路中心上报的危桥改造计划']])
    const shared = '一、关于食堂外包\n会议认同办公室关于食堂外包的意见。'
    expect(decisions(shared)).toEqual([['会议认同办公室关于食堂外包的意见']])
    expect(reporters(shared)).toEqual([['办公室']])
  })

  it('should take units before `归口`, `督查`, `兜底`, `一并`, `另行`, `统一归口` for owners, but not `纳入X统一管理`', () => {
    expect(tasks('一、关于春运\n会议审定该方案。运输科归口管理客运调度,执法大队督查督办非法营运整治。')).toEqual([
      [
        ['运输科', '归口管理客运调度'],
        ['执法大队', '督查督办非法营运整治']
      ]
    ])
    expect(tasks('一、关于搬迁\n会议同意搬迁。后勤科兜底保障病案安全,信息科一并完成网络迁移。')).toEqual([
      [
        ['后勤科', '兜底保障病案安全'],
        ['信息科', '一并完成网络迁移']
      ]
    ])
    expect(tasks('一、关于收费\n会议同意收费标准,收费收入纳入学院统一管理。')).toEqual([[]])
  })

  it('should read `春运前` and `试运行前` as deadlines', () => {
    expect(findDue('春运前完成安检设备检修', '2025-11-26')).toMatchObject({start: 0, end: 3})
    expect(findDue('试运行前完成数据核对', '2025-12-02')).toMatchObject({start: 0, end: 4})
  })
})

describe('round 9: each unit of what the meeting asks, matters sent in', () => {
  it('should give each placed unit opening a later clause of what the meeting asks its clause, whatever its verb', () => {
    expect(tasks('一、关于复工复产\n会议要求,区工信局建立用工监测台账,区人社局开行返岗直通车,区税务局落细减税政策。')).toEqual([
      [
        ['区工信局', '建立用工监测台账'],
        ['区人社局', '开行返岗直通车'],
        ['区税务局', '落细减税政策']
      ]
    ])
  })

  it('should read the unit whose projects the meeting studies as `X报来的…` as their reporter', () => {
    expect(reporters('一、关于校企合作\n会议研究了继续教育学院报来的3个培训项目,准予其中2个项目立项。')).toEqual([['继续教育学院']])
  })
})

describe('round 10: a party committee that studies first, units that act by law or on that basis', () => {
  it('should read `会议前置研究同意…` as a decision and the maker of what it studies first (`X拟定的`) as reporter', () => {
    expect(decisions('一、关于投资计划\n会议前置研究同意该计划,提交董事会审议。')).toEqual([['会议前置研究同意该计划,提交董事会审议']])
    expect(reporters('一、关于混改\n会议前置研究了企业管理部拟定的改革方案。')).toEqual([['企业管理部']])
  })

  it('should take units before `据此`, `依法` and `对…予以` for owners, but not a unit an opinion speaks of (`会议认为,X实行…`)', () => {
    expect(tasks('一、关于秸秆禁烧\n会议强调禁烧责任。县农业农村局对利用项目予以倾斜支持,县公安局依法查处焚烧行为。')).toEqual([
      [
        ['县农业农村局', '对利用项目予以倾斜支持'],
        ['县公安局', '依法查处焚烧行为']
      ]
    ])
    expect(tasks('一、关于投资计划\n会议同意该计划。投资发展部据此分解下达投资指标。')).toEqual([[['投资发展部', '据此分解下达投资指标']]])
    expect(tasks('一、关于体育中心\n会议认为,体育中心实行市场化运营有利于提高利用率。')).toEqual([[]])
  })
})

describe('round 11: bodies named to a role, deadlines at the latest, each answering for its own', () => {
  it('should end the one `指定` names before `为` and its role', () => {
    expect(tasks('一、关于片区更新\n指定市城投集团为片区实施主体。')).toEqual([[['市城投集团', '为片区实施主体']]])
  })

  it('should read `最迟在…以前` as a deadline bound, and the unit before it as owner', () => {
    expect(owners('一、关于主任聘任\n会议同意聘任8名科室主任。组织人事科最迟在3月20日以前发文。')).toEqual([[['组织人事科', '最迟在3月20日以前']]])
  })

  it('should take units before `各负其责` for owners', () => {
    expect(tasks('一、关于专项整治\n会议同意延长整治期限。医务科、护理部各负其责,抓好本条线整改。')).toEqual([[['医务科、护理部', '各负其责,抓好本条线整改']]])
  })
})

describe('guards the full suite asked for', () => {
  it('should not give a unit with a bare verb an owner’s task right after a `;` that ends a report', () => {
    expect(tasks('一、关于线路迁改\n会议听取了县财政局的汇报;县供电公司督促施工单位迁改线路。')).toEqual([[]])
    // After a `;` that ends a task, the next unit's terse clause is a task of its own.
    expect(tasks('一、关于春运\n会议审定该方案。运输科归口管理客运调度;执法大队督查督办非法营运整治。')).toEqual([
      [
        ['运输科', '归口管理客运调度'],
        ['执法大队', '督查督办非法营运整治']
      ]
    ])
  })

  it('should not take a label’s value inside brackets for a unit the meeting asks', () => {
    const found = tasks('一、关于水利规划\n会议要求,尽快形成规划初稿(责任单位:县水利局;完成时限:4月30日前),同步开展现场踏勘。')
    expect(found[0].map(([owner]) => owner)).toEqual(['县水利局'])
  })
})
