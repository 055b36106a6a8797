/**
 * Minutes written blind by helper h12 (fixtures/genre/blind9-h12) of the dev
 * corpus's kinds: government 常务会议 and 专题会议, township 党委会议, bureau
 * 局务会议, university 校长办公会议, hospital 院长办公会议, a company's
 * 总经理办公会. Inputs here are short sentences of the genre's forms; the
 * fixtures are scored by `JIYAO_CORPUS=fixtures/genre/blind9-h12 node bench/eval.mjs`.
 */

import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

const hospital = '2024年3月5日，院长林建华主持召开院长办公会议。现纪要如下：'
const township = '2024年7月2日，镇党委书记许平主持召开镇党委会议。现纪要如下：'

/** Each item's assignments as `[owner, task, due]`. */
function tasks(text: string): Array<Array<[string, string, string | null]>> {
  return parseMinutes(text).items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due]))
}

describe('a unit that brings a proposal', () => {
  it('should make the unit that opens an item with X提出…的建议 its reporter', () => {
    const record = parseMinutes([hospital, '1、药剂科提出调整门诊药房排班的建议。会议同意。', '2、信息科提交了关于升级挂号系统的请示。会议原则同意。'].join('\n'))
    expect(record.items.map((item) => item.reporters)).toEqual([['药剂科'], ['信息科']])
  })

  it('should not make a reporter of members who comment, of a leader, nor of the proposer the meeting agrees to twice', () => {
    const record = parseMinutes(
      [
        hospital,
        '1、会议听取了医务科关于病历质量的汇报，院党委委员提出了修改建议。',
        '2、副院长高明提出加强夜班管理的建议。会议同意。',
        '3、原则同意后勤科提出的改造方案，由后勤科作为实施主体。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([['医务科'], [], ['后勤科']])
  })
})

describe('a unit that draws money or staff from a source', () => {
  it('should give X从…中安排 a task of X, with 由 or without', () => {
    expect(tasks([township, '一、关于防汛物资', '会议议定：', '1．镇财政所从预备费中列支物资采购资金8万元；', '2．由镇综治办从各村抽调10名巡查员。'].join('\n'))).toEqual([
      [
        ['镇财政所', '从预备费中列支物资采购资金8万元', null],
        ['镇综治办', '从各村抽调10名巡查员', null]
      ]
    ])
  })

  it('should give no task where X从 opens what X did or how it spoke', () => {
    expect(tasks([township, '一、关于工作汇报', '镇农业服务中心从三个方面汇报了上半年工作。镇农业服务中心从严把关项目申报。'].join('\n'))).toEqual([[]])
  })
})

describe('the return to work after a holiday as a deadline', () => {
  it('should read 在节后复工前 and 复工前 as deadlines without a day', () => {
    const record = parseMinutes(
      [
        '1月20日，公司总经理周健主持召开总经理办公会。',
        '会议研究了安全生产工作。会议要求，安全管理部要在节后复工前完成一次全面隐患排查，设备部要于复工前完成锅炉检修。'
      ].join('\n')
    )
    const assignments = record.items[0].assignments
    expect(assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate ?? null])).toEqual([
      ['安全管理部', '在节后复工前', null],
      ['设备部', '于复工前', null]
    ])
  })
})

describe('the year of a lead without one, from a disclosure table', () => {
  it('should take the year from a 生成日期 row, which is no meeting date of its own', () => {
    const record = parseMinutes(['索引号：AB0001/2023-00017', '生成日期：2023-09-20', '', '县政府第八次常务会议纪要', '', '9月18日，县长方毅主持召开县政府第八次常务会议。', '一、关于秋粮收购', '会议同意收购方案。'].join('\n'))
    expect(record.meeting.date).toBe('2023-09-18')
  })

  it('should take the year from the bracket of a 文号 row when no full date is given', () => {
    const record = parseMinutes(['索引号：AB0001/2023-00017', '文　　号：县政会纪〔2022〕9号', '', '11月2日，县长方毅主持召开县政府第九次常务会议。', '一、关于冬季供暖', '会议同意供暖方案。'].join('\n'))
    expect(record.meeting.date).toBe('2022-11-02')
  })
})

describe('the maker of what the meeting studies', () => {
  it('should make X the reporter of 会议研究了X提出的… and 会议讨论了X提交的…', () => {
    const record = parseMinutes(
      ['3月5日，区长钱宁主持召开区政府常务会议。', '一、关于停车收费', '会议研究了区发展改革局提出的停车收费调整方案，决定暂缓实施。', '二、关于道路养护', '会议讨论了区交通运输局提交的道路养护计划。'].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([['区发展改革局'], ['区交通运输局']])
  })

  it('should read no reporter where 研究 is part of a name or where the meeting studies a matter by its title', () => {
    const record = parseMinutes(
      ['3月5日，校长钱宁主持召开校长办公会议。', '一、关于招生计划', '会议同意研究生院提出的招生计划。', '二、关于实验室', '会议研究了关于实验室建设的有关问题。'].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([['研究生院'], []])
  })
})

describe('a company party committee that studies a matter before its board', () => {
  it('should open a matter with 会议前置研究了…, as with 会议研究了…', () => {
    const record = parseMinutes(
      ['5月6日，公司党委书记严正主持召开党委会议。', '会议前置研究了公司年度融资计划，同意提交董事会审议。', '会议前置研究了子公司增资方案，原则同意。', '会议学习了廉洁从业有关规定。'].join('\n')
    )
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议前置研究了公司年度融资计划，同意提交董事会审议',
      '会议前置研究了子公司增资方案，原则同意',
      '会议学习了廉洁从业有关规定'
    ])
  })
})

describe('the unit whose plan the meeting agrees to', () => {
  it('should make X the reporter of 同意X的…方案 and 同意X的…请示', () => {
    const record = parseMinutes(
      ['3月5日，县长严正主持召开县长办公会议。', '一、关于设备采购', '会议原则同意县卫健局的设备采购方案，预算不超过500万元。', '二、关于人员招聘', '会议同意县教育局的教师招聘请示。'].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([['县卫健局'], ['县教育局']])
  })

  it('should read no maker from 同意将X的…, nor from X的 before what is no proposal', () => {
    const record = parseMinutes(
      ['3月5日，县长严正主持召开县长办公会议。', '一、关于用地', '会议同意将县粮食局的闲置仓库调整为应急物资库。', '二、关于经费', '会议同意县文旅局的经费按进度拨付。'].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([[], []])
  })
})

describe('a clause that works with units after an owner', () => {
  it('should keep 协调X街道… and 督促各… in the task of the owner before, with its deadline', () => {
    expect(
      tasks(['3月2日，公司总经理程远主持召开总经理办公会议。纪要如下：', '一、关于拆迁。会议明确，拆迁工作由公司拆迁办负责，协调沿线两个街道加快推进，5月10日前完成全部签约。'].join('\n'))
    ).toEqual([[['公司拆迁办', '拆迁工作由公司拆迁办负责，协调沿线两个街道加快推进，5月10日前完成全部签约', '5月10日前']]])
  })

  it('should still read a unit named after such a verb as an owner (组织部, 引导资金管理委员会要…)', () => {
    expect(tasks(['3月2日，党委书记程远主持召开党委会议。纪要如下：', '一、关于培训。组织部负责制定培训计划，6月底前报党委。'].join('\n'))).toEqual([[['组织部', '负责制定培训计划，6月底前报党委', '6月底前']]])
    expect(
      tasks(['3月2日，市长程远主持召开市政府常务会议。纪要如下：', '一、关于基金。市财政局要尽快拨付首期资金，引导资金管理委员会要加强对子基金的监管。'].join('\n')).map((item) => item.map(([owner]) => owner))
    ).toEqual([['市财政局', '引导资金管理委员会']])
  })
})

describe('forms found by probing between rounds', () => {
  it('should name the meeting of a title 关于召开X推进会的会议纪要 as X, as the lead does', () => {
    const record = parseMinutes(['关于召开全县秋粮收购工作推进会的会议纪要', '9月20日，副县长石峰主持召开全县秋粮收购工作推进会。', '会议听取了县粮食局的汇报。'].join('\n'))
    expect(record.meeting.name).toBe('全县秋粮收购工作推进会')
  })

  it('should read 暂不作调整 at a clause start as an outcome, as 暂缓 is', () => {
    const record = parseMinutes(['6月3日，市长石峰主持召开市政府常务会议。', '会议研究了公交票价调整方案，暂不作调整，由市交通局进一步开展成本监审。'].join('\n'))
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['暂不作调整'])
  })

  it('should read 第一项，… as a numbered matter, on its own line or run on in one paragraph', () => {
    const lines = ['10月8日，镇党委书记石峰主持召开镇党委会议。会议研究了以下事项：', '第一项，研究冬季消防工作。会议同意。', '第二项，研究敬老院改造。会议同意。']
    expect(parseMinutes(lines.join('\n')).items.map((item) => item.heading)).toEqual(['研究冬季消防工作', '研究敬老院改造'])
    expect(parseMinutes(lines.join('')).items.map((item) => item.heading)).toEqual(['研究冬季消防工作', '研究敬老院改造'])
  })
})

describe('owners that are no owners', () => {
  it('should give 会议明确，X由Y运营 to Y alone: X is the topic', () => {
    expect(tasks(['6月7日，市长陶建华主持召开市政府常务会议。', '一、关于场馆', '会议明确，市会展中心由市国投集团统一运营。'].join('\n'))).toEqual([[['市国投集团', '统一运营', null]]])
  })

  it('should take 市直有关部门, 县直各单位 and 区直部门 for audiences, alone or joined to 各…', () => {
    expect(
      tasks(
        ['6月7日，市长陶建华主持召开市政府常务会议。', '一、关于排查', '会议要求，各县市区、市直有关部门要立即开展排查。县直各单位要落实值班制度。区直部门要加强宣传。市应急局要每日调度。'].join('\n')
      )
    ).toEqual([[['市应急局', '要每日调度', null]]])
  })
})

describe('round 7 forms', () => {
  it('should take the year of an issue line 第N期 with its date set off by spaces', () => {
    const record = parseMinutes(['区人民政府区长办公会议纪要', '第4期                    2023.11.02', '11月1日，区长文涛主持召开区长办公会议。会议纪要如下：', '1、关于供暖。会议同意。'].join('\n'))
    expect(record.meeting.date).toBe('2023-11-01')
  })

  it('should read 审议并表决通过了… and 投票表决通过 as outcomes', () => {
    const record = parseMinutes(['12月9日，党委书记文涛主持召开党委会。', '会议审议并表决通过了年度培训计划。', '会议审议并投票表决通过了先进集体名单。'].join('\n'))
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([['会议审议并表决通过了年度培训计划'], ['会议审议并投票表决通过了先进集体名单']])
  })

  it('should not make a reporter of 由X作为项目业主 in a sentence that heard another report', () => {
    const record = parseMinutes(['7月6日，县长文涛主持召开县政府常务会议。', '一、研究管网项目', '会议听取了县水利局的汇报，同意项目采取EPC模式，由县水务公司作为项目业主。'].join('\n'))
    expect(record.items[0].reporters).toEqual(['县水利局'])
  })
})

describe('a report heard and agreed to at once, and a document named with its maker', () => {
  it('should read 听取并原则同意X《…》 as X reporting and the meeting agreeing, and 研究同意X《…的请示》 as X the maker', () => {
    const record = parseMinutes(
      ['5月6日，县长潘立主持召开县政府常务会议。', '一、听取并原则同意县统计局《关于经济运行情况的汇报》', '会议同意。', '二、研究同意县民政局《关于调整低保标准的请示》', '由县民政局负责实施。'].join('\n')
    )
    expect(record.items.map((item) => item.reporters)).toEqual([['县统计局'], ['县民政局']])
    expect(record.items[0].decisions.map((decision) => decision.text)[0]).toBe('听取并原则同意县统计局《关于经济运行情况的汇报》')
  })
})

describe('units that report together', () => {
  it('should make each of X、Y联合汇报了… a reporter, as with 分别 and 共同', () => {
    const record = parseMinutes(['9月3日，校长高原主持召开校长办公会议。', '一、关于捐赠', '校友工作办公室、基金会秘书处联合汇报了捐赠项目。会议同意接受捐赠。'].join('\n'))
    expect(record.items[0].reporters).toEqual(['校友工作办公室', '基金会秘书处'])
  })
})

describe('the month after the meeting written 次月', () => {
  it('should read 次月5日前, 次月底前 and 次月内 as days of the next month', () => {
    const record = parseMinutes(['2024年9月20日，区长方正主持召开区长办公会议。', '一、关于资金', '区财政局要于次月5日前拨付资金。区税务局要于次月底前完成清算。区审计局要在次月内完成审计。'].join('\n'))
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate])).toEqual([
      ['区财政局', '于次月5日前', '2024-10-05'],
      ['区税务局', '于次月底前', '2024-10-31'],
      ['区审计局', '次月内', '2024-10-31']
    ])
  })
})

describe('a meeting named where a leader attends it', () => {
  it('should name the meeting after 出席 where no verb convenes it, and not a bare 会议', () => {
    const named = parseMinutes(['3月5日，市委书记高山出席市政府第8次常务会议并讲话，市长林海主持会议。', '一、关于供水', '会议同意。'].join('\n'))
    expect([named.meeting.name, named.meeting.chair?.name]).toEqual(['市政府第8次常务会议', '林海'])
    const bare = parseMinutes(['3月5日，市长林海主持会议，副市长高山出席会议。', '一、关于供水', '会议同意。'].join('\n'))
    expect(bare.meeting.name).toBeNull()
  })
})

describe('joint makers of their own reports', () => {
  it('should make each of 听取了X、Y分别关于…的汇报 a reporter', () => {
    const record = parseMinutes(['3月5日，区长李强主持召开区政府常务会议。', '会议听取了区民政局、区残联分别关于养老服务和助残工作的汇报。'].join('\n'))
    expect(record.items[0].reporters).toEqual(['区民政局', '区残联'])
  })
})

describe('round 10 forms', () => {
  it('should open a matter with 会议集体研究了…', () => {
    const record = parseMinutes(['3月11日，院长郗文斌主持召开院长办公会。', '会议通报了质量检查情况。', '会议集体研究了门诊改造项目，同意设计方案。', '会议审议通过了绩效方案。'].join('\n'))
    expect(record.items.map((item) => item.heading)).toEqual(['会议通报了质量检查情况', '会议集体研究了门诊改造项目，同意设计方案', '会议审议通过了绩效方案'])
  })

  it('should give the owner of X由Y负责制定 the fronted object with its verb', () => {
    expect(tasks(['2月20日，总经理丰杰主持召开总经理办公会。', '一、关于营销', '1.夏季促销方案由市场部负责制定,4月5日前报总经理办公会审定。'].join('\n'))).toEqual([
      [['市场部', '夏季促销方案由市场部负责制定,4月5日前报总经理办公会审定', '4月5日前']]
    ])
  })

  it('should keep the task from the verb where the owner goes on with its own object (由Y负责制定实施细则)', () => {
    expect(tasks(['2月20日，总经理丰杰主持召开总经理办公会。', '一、关于营销', '会议同意促销方案,由市场部负责制定实施细则。'].join('\n'))).toEqual([[['市场部', '负责制定实施细则', null]]])
  })
})

describe('outcomes with a subject or a verb of granting', () => {
  it('should read 与会人员一致同意…, 原则予以同意 and 予以通过 as decisions', () => {
    const record = parseMinutes(
      [
        '3月5日，区长李强主持召开区长办公会议。',
        '一、关于家庭医生',
        '与会人员一致同意区卫健局提出的签约服务方案。',
        '二、关于停车场',
        '会议认为，该方案基本可行，原则予以同意。',
        '三、关于预算',
        '会议对预算调整方案进行了审议，予以通过。'
      ].join('\n')
    )
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['与会人员一致同意区卫健局提出的签约服务方案'],
      ['原则予以同意'],
      ['予以通过']
    ])
  })
})

describe('owners named by the meeting or after the matter', () => {
  it('should read 会议指定X为牵头单位 and 此事由X… as tasks of X', () => {
    expect(
      tasks(['3月5日，区长李强主持召开区长办公会议。', '一、关于招商', '会议指定区商务局为牵头单位，负责编制实施方案。', '二、关于合同', '此事由区司法局在10个工作日内出具法律意见。'].join('\n'))
    ).toEqual([[['区商务局', '负责编制实施方案', null]], [['区司法局', '在10个工作日内出具法律意见', '在10个工作日内']]])
  })

  it('should still read no owner after 事由, a cause', () => {
    expect(tasks(['3月5日，区长李强主持召开区长办公会议。', '一、关于请假', '请假事由由本人书面说明。'].join('\n'))).toEqual([[]])
  })
})

describe('a session in brackets after the lead name', () => {
  it('should take the year of 校长办公会（2024年第5次） for a lead date without one', () => {
    const record = parseMinutes(['4月2日，学校召开校长办公会（2024年第5次），校长王强主持。', '一、关于招生', '会议同意。'].join('\n'))
    expect(record.meeting.date).toBe('2024-04-02')
  })
})

describe('a bracket of labels on a line of its own', () => {
  it('should give the owners of (责任科室:X) under a numbered line that line as their task, with its deadline', () => {
    expect(
      tasks(['2024年3月19日，局长牛建主持召开局务会议。会议议定以下事项：', '1.开展春季苗木质量抽检，4月10日前完成。', '（责任科室：种苗站）', '2.做好清明期间森林防火工作。', '（责任科室：防火科；完成时限：4月6日前）'].join('\n'))
    ).toEqual([[['种苗站', '开展春季苗木质量抽检，4月10日前完成', '4月10日前']], [['防火科', '做好清明期间森林防火工作', '4月6日前']]])
  })
})

describe('topics a web page tags, and a space before 、', () => {
  it('should open a matter at each 【topic】 paragraph, whatever the meeting says, and read past the tag', () => {
    const record = parseMinutes(
      ['5月6日，区长吴山主持召开区政府常务会议。', '【民生实事】会议听取了区发改局关于民生实事进展的汇报。', '【城市管理】会议同意道路提升方案，由区城管局组织实施。', '【安全生产】会议要求区应急局开展专项检查。'].join('\n')
    )
    expect(record.items.map((item) => [item.decisions.map((decision) => decision.text), item.assignments.map((assignment) => assignment.owner)])).toEqual([
      [[], []],
      [['会议同意道路提升方案'], ['区城管局']],
      [[], ['区应急局']]
    ])
  })

  it('should read 一 、关于… with a space before the 、 as a numbered item', () => {
    const record = parseMinutes(['5月6日，区长吴山主持召开区政府常务会议。', '一 、关于民生实事', '会议同意。', '二 、关于城市管理', '会议同意。'].join('\n'))
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于民生实事'],
      ['二', '关于城市管理']
    ])
  })
})

describe('a meeting named inside a heading that runs on', () => {
  it('should keep 提交主任会议审定 in the heading: 会议 ends a meeting’s name there, no subject', () => {
    const record = parseMinutes(
      ['12月3日，县人大常委会主任宋立群主持召开第四十六次主任会议。会议纪要如下：', '一、会议讨论了《工作要点（征求意见稿）》，要求办公室修改完善，于12月20日前提交主任会议审定。'].join('\n')
    )
    expect(record.items[0].heading).toBe('会议讨论了《工作要点（征求意见稿）》，要求办公室修改完善，于12月20日前提交主任会议审定')
    expect(record.items[0].decisions).toEqual([])
  })
})

describe('a partner unit with its other name in brackets', () => {
  it('should read 要会同区财政局（国资办）尽快… as vague, as 要会同区财政局尽快… is, and leave 各镇 to the task', () => {
    const record = parseMinutes(
      ['2024年7月9日，区长韩松主持召开区政府常务会议。', '一、关于甲', '区文旅局要会同区财政局（国资办）尽快拿出方案。区商务局要会同各镇抓紧组织实施。'].join('\n')
    )
    expect(record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['区文旅局', '尽快'],
      ['区商务局', null]
    ])
  })
})
