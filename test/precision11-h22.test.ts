import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a dated county meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某县人民政府常务会议纪要\n2026年5月12日上午，县长韩立主持召开县政府第14次常务会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's assignments as owner, task. */
function tasks(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task]))
}

/** Each item's owners. */
function owners(body: string) {
  return minutes(body).record.items.map((item) => item.assignments.map((assignment) => assignment.owner))
}

describe('form 1: the word that asks, waits or reports up is no part of an owner', () => {
  it('should read no owner `请有限公司` where the company is named by its legal form alone', () => {
    expect(owners('一、关于安全生产\n会议强调，要压实安全责任。请有限公司于6月10日前组织一次消防演练。')).toEqual([[]])
  })

  it('should read the named company after `请` still', () => {
    expect(owners('一、关于安全生产\n会议强调，要压实安全责任。请县燃气有限公司于6月10日前组织一次消防演练。')).toEqual([['县燃气有限公司']])
  })

  it('should read no owner `待县财政局` in a matter that waits for a step', () => {
    expect(owners('一、关于环卫经费\n会议听取了县城管局的汇报，决定暂缓研究，待县财政局测算后另行研究。')).toEqual([[]])
  })

  it('should keep a unit whose name opens with 待 (`待遇保障股`)', () => {
    expect(owners('一、关于医保征缴\n会议同意该方案，要求待遇保障股会同县税务局做好征缴宣传。')).toEqual([['待遇保障股']])
  })

  it('should read no owner `责令相关村` (an audience after 责令), and the named unit after 责令', () => {
    expect(owners('一、关于项目验收\n会议同意8个项目通过验收，对不合格的项目，责令相关村于11月30日前整改到位。')).toEqual([[]])
    expect(tasks('一、关于河道保洁\n会议指出，部分河段保洁不到位。责令县水利局限期整改，整改情况报县政府。')).toEqual([[['县水利局', '限期整改，整改情况报县政府']]])
  })

  it('should read no owner `报区委` in the body a matter goes up to', () => {
    expect(tasks('一、关于改革方案\n会议原则同意该方案，请县司法局根据会议意见修改完善，报县委全面深化改革委员会审议。')).toEqual([[['县司法局', '根据会议意见修改完善，报县委全面深化改革委员会审议']]])
  })
})

describe('form 2: an owner is not cut out of a longer word', () => {
  it('should read no owner `主席会` out of `主席会议成员`', () => {
    expect(owners('一、关于重点提案\n会议确定8件重点提案，由主席会议成员领衔督办。')).toEqual([[]])
  })

  it('should not end a unit inside `委托` (`食堂委|托`), and read the body before the verb', () => {
    expect(tasks('一、关于机关食堂\n会议同意由县华丰餐饮公司承接县政府机关食堂委托经营，合同期三年。')).toEqual([[['县华丰餐饮公司', '承接县政府机关食堂委托经营，合同期三年']]])
  })

  it('should read no unit `整改情况纳入科室` (a verb and `情况` stand in no unit)', () => {
    expect(owners('一、关于质量检查\n会议要求，县卫健局于6月20日前完成整改；整改情况纳入科室年度考核。')).toEqual([['县卫健局']])
  })

  it('should read no person `单位` after a member designation (`各副会长单位要…`)', () => {
    expect(owners('一、关于协会工作\n会议要求：秘书处要于4月20日前拟定全年活动计划；各副会长单位要带头开展节约宣传。')).toEqual([['秘书处']])
  })
})

describe('form 3: a fund that pays is no owner', () => {
  it('should read no owner in `费用由社区公益金补贴`', () => {
    expect(owners('一、关于老年食堂\n会议同意延长老年食堂供餐时间，增加的费用由社区公益金补贴。')).toEqual([[]])
  })

  it('should still read the body that pays from its budget (`由县财政统筹安排`)', () => {
    expect(tasks('一、关于防汛物资\n会议同意补充采购防汛物资，所需资金由县财政统筹安排。')).toEqual([[['县财政', '统筹安排']]])
  })
})

describe('form 4: a session named after its body is no owner', () => {
  it('should read no owner in `会议决定,县人大常委会第十二次会议于…召开`', () => {
    expect(owners('一、关于会议安排\n会议决定，县人大常委会第十二次会议于9月下旬召开。')).toEqual([[]])
  })
})

describe('form 5: a task with no work is none', () => {
  it('should read no task `要会同` from a text cut off after it, and keep the owner before', () => {
    expect(tasks('一、关于小区治理\n会议要求，城关镇政府要指导各小区成立业主委员会，县住建局要会同')).toEqual([[['城关镇政府', '要指导各小区成立业主委员会']]])
  })

  it('should read no task `要` alone', () => {
    expect(owners('一、关于校园周边\n会议要求，县教育局要联合县公安局开展校园周边整治。县交通运输局要')).toEqual([['县教育局']])
  })
})

describe('form 6: what the meeting refuses or assesses charges no one', () => {
  it('should read no owner after `不同意由`, and the owner the meeting agrees to still', () => {
    expect(tasks('一、关于农商行增资\n会议不同意由县财政直接注资。会议同意由县国资公司按市场化方式参与增资扩股。')).toEqual([[['县国资公司', '按市场化方式参与增资扩股']]])
  })

  it('should read no owner the meeting assesses for what it did (`会议指出,X认真落实…,取得了…`)', () => {
    expect(owners('一、关于义务教育\n会议指出，县教育局认真落实课后服务政策，取得了明显成效。')).toEqual([[]])
  })

  it('should still read an owner the meeting charges after `会议指出,`', () => {
    expect(owners('一、关于义务教育\n会议指出，县教育局要加快课后服务提质，年底前完成评估。')).toEqual([['县教育局']])
  })
})

describe('form 7: an audience is no owner, though a named body is listed in it', () => {
  it('should read no owner `各科室、司法所` after `要求`', () => {
    expect(owners('一、关于学习贯彻\n会议传达学习了全市政法工作会议精神，要求各科室、司法所结合工作实际抓好贯彻落实。')).toEqual([[]])
  })

  it('should keep a named unit listed before the audience (`县住建局、各街道`)', () => {
    expect(owners('一、关于燃气安全\n会议要求县住建局、各街道于6月底前完成燃气管道隐患排查。')).toEqual([['县住建局、各街道']])
  })

  it('should read no person `相关镇` in an owner label, nor the task label `督办要求:` in the task', () => {
    expect(tasks('一、农业产业强镇创建\n督办要求：对照创建标准补齐短板，做好迎检准备。\n责任单位：县农业农村局，相关镇')).toEqual([[['县农业农村局', '对照创建标准补齐短板，做好迎检准备']]])
  })
})

describe('form 8: a unit and the name of its officer after a space are one owner', () => {
  it('should read the officer of a village organ in a table cell, not the organ too', () => {
    const body = '一、春耕备耕\n| 序号 | 工作任务 | 责任人 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 组织农资团购 | 村委会主任 周大山 | 3月20日前 |\n| 2 | 清理沟渠垃圾 | 村委委员 钱小红 | 3月15日前 |'
    expect(owners(body)).toEqual([['周大山', '钱小红']])
  })

  it('should read a department with its officer as the department, not the officer too', () => {
    expect(owners('一、关于医疗废物管理\n会议要求，医疗废物实行双人双锁管理。\n责任人：院感科 章丽华\n完成时限：7月31日前')).toEqual([['院感科']])
  })

  it('should still read two units parted by a space as two owners', () => {
    expect(owners('一、关于背街小巷\n会议同意整治背街小巷30条。\n责任单位：县城管局 县住建局\n完成时限：10月底前')).toEqual([['县城管局', '县住建局']])
  })
})

describe('form 9: the report clause before a labelled decision is no part of its task', () => {
  it('should start the task at `同意` after `会议听取了X的汇报,`', () => {
    expect(tasks('一、关于背街小巷整治\n会议听取了县城管局的汇报，同意今年整治背街小巷30条。\n责任单位：县城管局\n完成时限：10月底前')).toEqual([[['县城管局', '同意今年整治背街小巷30条']]])
  })
})

describe('form 10: a unit before the group of its people is not the owner', () => {
  it('should read no owner `包案县` out of `由包案县领导牵头`, nor `社区` out of `由社区法律顾问…`', () => {
    expect(owners('一、关于信访积案\n会议要求，对6件积案实行专班化解，由包案县领导牵头，30日内拿出化解方案。')).toEqual([[]])
    expect(owners('一、关于加装电梯\n会议议定：对意见分歧较大的楼栋，由社区法律顾问协助调解。')).toEqual([[]])
  })

  it('should still read the unit before `负责人员…` (`负责` and `人员`, not `负责人`)', () => {
    expect(tasks('一、关于机构调整\n会议同意撤销企业管理部，由人力资源部负责人员转岗安置。')).toEqual([[['人力资源部', '负责人员转岗安置']]])
  })
})

describe("form 11: a website's footer is no owner label", () => {
  it('should read no owner from `主办单位:X  备案号:Y` at the end of a page', () => {
    const body = '一、关于学位供给\n会议同意将城东小学扩建项目列入年度投资计划，由县教育局负责组织实施。\n主办单位：某县人民政府办公室　　备案号：湘ICP备00000000号'
    expect(owners(body)).toEqual([['县教育局']])
  })
})

describe('form 12: who drafted the document before the meeting owns no task', () => {
  it('should read no owner in `该办法由X起草`, and the owner the meeting charges after it', () => {
    expect(owners('一、关于集体资产管理\n会议审议了《某县农村集体资产管理办法》，该办法由县农业农村局起草。会议原则通过该办法，由县政府办公室行文印发。')).toEqual([['县政府办公室']])
  })

  it('should still read an owner who is to draft a document (`细则由X起草,…前报…`)', () => {
    expect(owners('一、关于集体资产管理\n会议同意制定实施细则，细则由县司法局起草，6月底前报县政府。')).toEqual([['县司法局']])
  })
})

describe("form 13: a labelled task is the work, not the meeting's lead-in", () => {
  it('should start the task after `会议明确,` and keep `会议原则同意…` whole', () => {
    const body = '一、关于加装电梯\n会议原则同意县住建局提出的补贴方案。\n责任单位：县住建局；完成时限：10月31日前。\n会议明确，加装电梯项目实行联合审查。\n责任单位：县行政审批局；完成时限：20个工作日内。'
    expect(tasks(body)).toEqual([
      [
        ['县住建局', '会议原则同意县住建局提出的补贴方案'],
        ['县行政审批局', '加装电梯项目实行联合审查']
      ]
    ])
  })
})

describe("form 14: the meeting's cue before `由X牵头` and an opinion label are no part of the task", () => {
  it('should start the task at the verb after `会议同意由X牵头,`', () => {
    expect(tasks('一、关于加装电梯\n会议同意由社区居委会牵头，5月底前完成住户意向征集。')).toEqual([[['社区居委会', '牵头，5月底前完成住户意向征集']]])
  })

  it('should still take the work named before `由X负责` as the task', () => {
    expect(tasks('一、关于工程招标\n工程招投标工作由县公共资源交易中心负责，按照不见面开标方式组织。')).toEqual([[['县公共资源交易中心', '工程招投标工作由县公共资源交易中心负责，按照不见面开标方式组织']]])
  })

  it('should start a labelled task after `会议意见:`', () => {
    expect(tasks('一、关于急诊扩建\n会议意见:同意急诊科扩建方案,概算控制在900万元以内。\n责任科室:基建办\n完成时限:9月底前')).toEqual([[['基建办', '同意急诊科扩建方案,概算控制在900万元以内']]])
  })
})

describe("form 15: an owner's role label opens no task, and a role it reports in gives none", () => {
  it('should start the tasks after `X为牵头单位,Y为配合单位,` and keep their roles', () => {
    const made = minutes('一、关于污水处理厂提标改造\n会议同意实施提标改造工程。县住建局为牵头单位,县生态环境分局为配合单位,6月底前完成可研报告编制。').record.items[0]?.assignments
    expect(made?.map((each) => [each.owner, each.role, each.task])).toEqual([
      ['县住建局', 'lead', '6月底前完成可研报告编制'],
      ['县生态环境分局', 'support', '6月底前完成可研报告编制']
    ])
  })

  it('should keep a role the minutes name (`作为项目业主`) in the task', () => {
    expect(tasks('一、关于水厂扩建\n会议同意实施水厂扩建工程,由县水务局作为项目业主,年内完成工程建设。')).toEqual([[['县水务局', '作为项目业主,年内完成工程建设']]])
  })

  it('should read no owner that reports in its role (`X作为牵头科室汇报了…`)', () => {
    expect(owners('一、关于加装电梯\n城建股作为牵头科室汇报了加装电梯推进情况。会议要求城建股12月底前完成年度加装任务。')).toEqual([['城建股']])
  })
})

describe('form 16: the bodies of a place or a sector named by that alone are an audience', () => {
  it('should read no owner `属地政府和行业主管部门` after 责成', () => {
    expect(owners('一、关于安全隐患\n会议要求，对重大隐患，责成属地政府和行业主管部门限期整改。')).toEqual([[]])
  })

  it('should still read a unit named in the role of the sector’s authority (`X作为行业主管部门负责…`)', () => {
    expect(owners('一、关于污水管网\n会议明确，县住建局作为行业主管部门负责监督指导。')).toEqual([['县住建局']])
  })
})

describe('form 17: the step after the work (后报, 后交) is no part of the owner', () => {
  it('should read the unit before `测算后报…`, not a unit run on to `…后报院办`', () => {
    expect(tasks('一、关于夜班补贴\n会议同意护理部提出的夜班补贴方案，由人事科测算后报院办公会审议。')).toEqual([[['人事科', '测算后报院办公会审议']]])
  })

  it('should give `由X核算后交Y…` to X, and no task to a meeting a matter goes to', () => {
    expect(tasks('一、关于绩效方案\n会议同意该方案，由财务科核算后交院长办公会研究。')).toEqual([[['财务科', '核算后交院长办公会研究']]])
  })

  it('should still give a matter handed on after a step to the placed unit (`…经修改后交县人民政府研究处理`)', () => {
    expect(owners('一、关于调研报告\n调研报告经修改后交县人民政府研究处理。')).toEqual([['县人民政府']])
  })
})

describe('form 18: a unit that entrusts another is not one unit with it', () => {
  it('should read `由法务部委托律师事务所…` as a task of 法务部', () => {
    const text = '某集团有限公司总经理办公会议纪要\n2026年5月12日，总经理陈刚主持召开总经理办公会议。\n一、关于欠款清收\n会议同意由法务部委托律师事务所起诉欠款单位。\n'
    expect(analyze(text).record.items.map((item) => item.assignments.map((each) => [each.owner, each.task]))).toEqual([[['法务部', '委托律师事务所起诉欠款单位']]])
  })
})

describe('form 19: an owner cut off at the end of a copied text leaves no task', () => {
  it('should read no owner `县住建` and task `局` from `由县住建局` at the end', () => {
    expect(owners('一、关于道路改造\n会议要求,由县住建局')).toEqual([[]])
  })

  it('should still read `由X实施` and `由县财政安排`', () => {
    expect(tasks('一、关于道路改造\n会议同意该项目由县住建局实施，所需资金由县财政安排。')).toEqual([[['县住建局', '实施'], ['县财政', '安排']]])
  })
})

describe('form 20: a task ends before the holders of a post in each unit (`各备课组长…`)', () => {
  it('should end the task of 教务处 before `各备课组长负责审题`', () => {
    expect(tasks('一、关于期末考试\n会议同意由教务处统一命题，各备课组长负责审题。')).toEqual([[['教务处', '统一命题']]])
  })

  it('should still share a deadline with an audience of units that carries the work out', () => {
    expect(minutes('一、关于期末考试\n会议要求，由教务处牵头组织，各年级组具体实施，1月16日前完成期末考试。').record.items[0]?.assignments.map((each) => [each.owner, each.due])).toEqual([['教务处', '1月16日前']])
  })
})

describe('form 21: who presented at the meeting after 由 owns no task', () => {
  it('should read no owner in `…,由X、Y分别作了说明`, and the owner asked after it', () => {
    expect(owners('一、关于网络安全\n会议研究了等级保护测评工作，由县大数据中心、县公安局分别作了说明。会议要求县大数据中心于12月20日前完成测评整改。')).toEqual([['县大数据中心']])
  })
})

describe('form 22: a unit whose last character begins its head’s title, and a unit cut off after 要求', () => {
  it('should read `武装部长` as the head of 武装部, no person named 武装', () => {
    const text = '某镇党委会议纪要\n2026年5月12日，镇党委书记何军主持召开党委会议。\n一、关于征兵工作\n会议要求，由武装部长负责做好应征青年体检政审工作。\n'
    expect(analyze(text).record.items.map((item) => item.assignments.map((each) => each.owner))).toEqual([['武装部']])
  })

  it('should read no owner `市交通` and task `运输局` from `要求市交通运输局` at the end', () => {
    expect(owners('一、关于春运\n会议研究了春运组织工作,要求市交通运输局')).toEqual([[]])
  })

  it('should still read the head of a unit named whole before its title (`县财政局局长`)', () => {
    expect(owners('一、关于资金\n会议要求，县财政局局长要亲自督办资金拨付。')).toEqual([['县财政局']])
  })
})
