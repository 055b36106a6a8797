import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's decisions (text), assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const county = '柘林县人民政府常务会议纪要\n2025年3月4日，县长尤振华主持召开县政府常务会议。纪要如下：\n一、关于春耕备耕\n'
const party = '柘林县人民医院党委会议纪要\n2025年3月4日，党委书记裴静主持召开党委会议。纪要如下：\n一、关于人事事项\n'

describe('owners who form a group to do work', () => {
  it('should give the offices that form a joint group the work after it', () => {
    const text = `${county}县农业农村局、县市场监管局组成联合检查组，对农资经营门店开展拉网式检查。\n`
    expect(read(text)[0].tasks).toEqual([['县农业农村局、县市场监管局', '对农资经营门店开展拉网式检查', null]])
  })

  it('should give the work after the group to owners who draw staff to form it, or form it jointly after `由`', () => {
    const text = `${county}县农业农村局、县公安局抽调骨干组成联合执法队，春耕前对农资市场开展专项执法。由县供销社、县农机站联合组成服务小组，每周下村开展农机检修。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县农业农村局、县公安局', '春耕前对农资市场开展专项执法', '春耕前'],
      ['县供销社、县农机站', '每周下村开展农机检修', null]
    ])
  })

  it('should give nothing where the group is only made up of members', () => {
    const text = `${county}会议同意成立春耕工作专班，成员由各乡镇分管负责人组成。\n`
    expect(read(text)[0].tasks).toEqual([])
  })

  it('should leave the group to the lead where it is formed with another owner', () => {
    const text = `${county}由县农业农村局牵头，会同县供销社、县市场监管局组成3个检查组，3月底前完成农资质量抽检。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农业农村局'])
  })
})

describe('an agreement that lists its matters after a colon', () => {
  it('should decide each matter parted by `；`', () => {
    const text = `${party}会议同意：任命柏晓东为药剂科副主任；免去苗新兰检验科副主任职务。由人事科按程序办理。\n`
    expect(read(text)[0]).toEqual({
      decisions: ['会议同意：任命柏晓东为药剂科副主任', '免去苗新兰检验科副主任职务'],
      tasks: [['人事科', '按程序办理', null]]
    })
  })

  it('should stop at a matter that is an assignment', () => {
    const text = `${party}会议原则同意：聘任柏晓东为药剂科主任；由人事科办理聘任手续。\n`
    expect(read(text)[0].decisions).toEqual(['会议原则同意：聘任柏晓东为药剂科主任'])
  })

  it('should keep a decision led in by `决定：` one statement', () => {
    const text = `${party}会议决定：成立药事管理专班，由副院长柏晓东任组长；将合理用药纳入科室考核。\n`
    expect(read(text)[0].decisions).toHaveLength(1)
  })
})

describe('a second owner listed after the first one\'s short task', () => {
  it('should give each owner its own task', () => {
    const text = `${county}农机服务中心由县供销社投资建设、县农机站负责技术培训，5月底前投入使用。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县供销社', '投资建设', null],
      ['县农机站', '负责技术培训，5月底前投入使用', '5月底前']
    ])
  })

  it('should part a longer task of the first owner where the unit after `、` has its own verb', () => {
    const text = `${county}县农机站负责组织机手培训、县供销社负责农资调运，3月25日前完成。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([
      ['县农机站', null],
      ['县供销社', '3月25日前']
    ])
  })

  it('should leave owners of a clause of their own after the lead', () => {
    const text = `${county}由副县长邰秀英牵头，县农机站、县供销社负责，3月25日前完成农资调运。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['邰秀英', '县农机站、县供销社'])
  })

  it('should not part an owner\'s own list of works', () => {
    const text = `${county}县供销社负责采购化肥、种子和农膜，3月20日前到位。\n`
    expect(read(text)[0].tasks).toEqual([['县供销社', '负责采购化肥、种子和农膜，3月20日前到位', '3月20日前']])
  })
})

/** Each item's assignments with their resolved dates. */
function dated(text: string) {
  return analyze(text).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.due, assignment.dueDate]))
}

const college = '桐江学院院长办公会议纪要\n2025年9月2日，院长褚文亮主持召开院长办公会议。纪要如下：\n一、关于安全工作\n'

describe('a group\'s head and the decision that appoints it', () => {
  it('should end the decision before the head\'s work', () => {
    const text = `${county}会议决定成立春耕生产督导组，由副县长邰秀英任组长，4月10日前完成全县农资储备核查。\n`
    expect(read(text)[0]).toEqual({
      decisions: ['会议决定成立春耕生产督导组，由副县长邰秀英任组长'],
      tasks: [['邰秀英', '4月10日前完成全县农资储备核查', '4月10日前']]
    })
  })

  it('should pass over a deputy\'s appointment to the head\'s work', () => {
    const text = `${county}会议决定成立春耕生产督导组，由县长尤振华任组长，副县长邰秀英任副组长，4月10日前完成农资储备核查。\n`
    expect(read(text)[0].decisions).toEqual(['会议决定成立春耕生产督导组，由县长尤振华任组长，副县长邰秀英任副组长'])
  })
})

describe('subjects that own no work', () => {
  it('should give a meeting held at its time no task', () => {
    const text = `${college}年度教职工述职评议会于12月下旬召开，人事处负责制定评议办法，12月10日前报院长办公会。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['人事处'])
  })

  it('should not take a unit whose safety is the subject for an owner', () => {
    const text = `${college}会议强调，实训室安全是学院安全工作的底线；实训室安全责任要落实到人。保卫处要在9月20日前完成消防设施检查。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['保卫处'])
  })

  it('should not take a unit whose project is sited for an owner', () => {
    const text = `${county}会议明确，县妇幼保健院迁建项目选址于城东片区，用地面积约50亩。县自然资源局要在5月底前完成用地预审。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县自然资源局'])
  })

  it('should read a count of sites as no office', () => {
    const text = `${county}第二批15处于6月底前建成，县农机站负责日常管理。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农机站'])
  })

  it('should read a hospital\'s campus as no unit, nor the hospital before it', () => {
    const text = `${county}会议议定：\n1.县妇幼保健院东院区建设资金缺口3000万元，由县财政局统筹解决；\n2.县卫健局要加快设备采购。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县财政局', '县卫健局'])
  })
})

describe('`次月` after a recurring period', () => {
  it('should leave the date open where the sentence reports each quarter', () => {
    const text = `${county}各乡镇每季度结束后10日内报送春耕进展，县农业农村局汇总后于次月20日前形成通报。\n`
    expect(dated(text)[0]).toEqual([['县农业农村局', '于次月20日前', null]])
  })

  it('should still date `次月` where no period recurs', () => {
    const text = `${county}县农业农村局要制定春耕方案，次月10日前报县政府。\n`
    expect(dated(text)[0]).toEqual([['县农业农村局', '次月10日前', '2025-04-10']])
  })
})

describe('owners named in other ways', () => {
  it('should read a bare name of two ending in 方 before `负责`', () => {
    const text = `${county}县农业农村局负责汇总备耕情况，由夏方负责建立农资台账。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农业农村局', '夏方'])
  })

  it('should not read a side named by 方 as a person', () => {
    const text = `${county}县农业农村局负责汇总备耕情况，由官方负责发布价格信息。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农业农村局'])
  })

  it('should read a unit named as a force before its task', () => {
    const text = `${county}县消防救援大队作为应急抢险主要力量，要在4月15日前完成抢险装备检修。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['县消防救援大队', '在4月15日前']])
  })
})

describe('words a unit\'s name does not end inside', () => {
  it('should not cut `部门` to name a unit in `部`', () => {
    const text = `${county}会议决定：（1）同意春耕资金安排方案；（2）县直部门公用经费统一按3%压减，由县财政局负责扣减。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县财政局'])
  })

  it('should not cut a committee whose name holds `联络`, in a text cut after it', () => {
    const text = `${county}会议听取了县人大常委会的汇报。会议要求人事代表联络工作委员会`
    expect(read(text)[0].tasks).toEqual([])
  })

  it('should read a town\'s centre as no unit', () => {
    const text = `${county}会议决定，镇区污水管网项目暂缓实施，待上级资金下达后再行研究。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('words that end in a unit\'s suffix but name none', () => {
  it('should read a website, a relation and a return to school as no unit', () => {
    const text = `${college}会议原则同意改版方案，要求在国庆节前完成新网站上线。会议要求参训教师返校后开展一次二次培训。会议认为，全院师生团结协作，师生关系持续改善。\n`
    expect(read(text)[0].tasks).toEqual([])
  })

  it('should read the body a report goes to as no owner', () => {
    const text = `${college}会议要求科研秘书按月统计经费执行进度，报学院办公室汇总。会议要求各科室开展自查，自查结果报局办公室汇总。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['科研秘书'])
  })
})

describe('a unit and a work of its own before `要`', () => {
  it('should give the unit the task after `要`', () => {
    const text = `${county}县农业农村局春耕备耕工作要提早谋划，3月10日前完成种子储备。县供销社工作要点已印发。\n`
    expect(read(text)[0].tasks).toEqual([['县农业农村局', '要提早谋划，3月10日前完成种子储备', '3月10日前']])
  })
})
