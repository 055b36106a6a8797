import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's decisions (text) and assignments as owner, task, due, dueDate, dueKind. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due, assignment.dueDate, assignment.dueKind])
  }))
}

const county = '松川县人民政府常务会议纪要\n2025年3月12日，县长甘立民主持召开县政府第五次常务会议。\n一、关于有关事项\n'

describe('blind16-h38 r1: a term that runs on from a start, a coordinator, a discipline body', () => {
  it('should read 长期坚持 after a start of its own clause as a task with no term', () => {
    const text = `${county}会议要求，县交警大队负责学校门口交通疏导，开学后长期坚持。\n`
    expect(read(text)[0].tasks).toEqual([['县交警大队', '负责学校门口交通疏导，开学后长期坚持', '长期坚持', null, 'ongoing']])
  })

  it('should read 今后长期坚持 the same way', () => {
    const text = `${county}会议要求，县城管局负责夜市油烟巡查，今后长期坚持。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['长期坚持', null, 'ongoing'])
  })

  it('should not read 长期坚持 inside a longer clause as the term', () => {
    const text = `${county}会议要求，县教育局要把长期坚持的好做法总结推广。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual([null, null, null])
  })

  it('should give one who coordinates (统筹调度) the outcome after the owners it leads', () => {
    const text = `${county}会议明确，管网工程由副县长龚海明统筹调度，县水务局具体负责，县交通局配合，力争9月底前全部完工。\n`
    const tasks = read(text)[0].tasks
    expect(tasks[0]).toEqual(['龚海明', '统筹调度', '9月底前', '2025-09-30', 'absolute'])
    expect(tasks[1].slice(0, 1).concat(tasks[1].slice(2))).toEqual(['县水务局', '9月底前', '2025-09-30', 'absolute'])
  })

  it('should read a discipline body that follows a case through (一查到底) as its owner', () => {
    const text = `${county}会议要求，县纪委监委派驻第三纪检组对拖延办理问题一查到底。\n`
    expect(read(text)[0].tasks.map((task) => task.slice(0, 2))).toEqual([['县纪委监委派驻第三纪检组', '对拖延办理问题一查到底']])
  })
})

describe('blind16-h38 r2: a review or an acceptance check bounds a task', () => {
  const hospital = '青禾县人民医院院长办公会议纪要\n2025年11月6日，院长牛家栋主持召开院长办公会议。\n一、关于迎接复审\n'

  it('should read a lead time before a review in a deadline column as the whole value', () => {
    const text = `${hospital}| 序号 | 议定事项 | 责任部门 | 完成时限 |\n| 1 | 迎检标识标牌更换 | 后勤保障部 | 复审前一周 |\n`
    expect(read(text)[0].tasks).toEqual([['后勤保障部', '迎检标识标牌更换', '复审前一周', null, 'absolute']])
  })

  it('should read before an acceptance check in running text, with no date', () => {
    const text = `${hospital}会议要求，基建科负责门诊楼改造资料归档，竣工验收前完成。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['竣工验收前', null, 'absolute'])
  })

  it('should not read the early stage of a review as a deadline', () => {
    const text = `${hospital}会议要求，医务部要做好评审前期准备工作。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual([null, null, null])
  })
})

describe('blind16-h38 r3: a ledger cleared, 负责人员…, a fronted ledger, 主要负责同志', () => {
  const city = '岚江市人民政府常务会议纪要\n2025年12月23日，市长邹启航主持召开市政府第9次常务会议。\n一、关于有关事项\n'

  it('should read a half year right before 清零 as the deadline, next year when said so', () => {
    const text = `${city}会议要求，市人社局负责欠薪线索核查，明年上半年全部清零。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['明年上半年', '2026-06-30', 'absolute'])
  })

  it('should read 负责 before 人员密集场所 as the verb, not a unit officer', () => {
    const text = `${city}会议要求，市消防救援支队负责人员密集场所夜间巡查，长期坚持。\n`
    expect(read(text)[0].tasks).toEqual([['市消防救援支队', '负责人员密集场所夜间巡查，长期坚持', '长期坚持', null, 'ongoing']])
  })

  it('should start a task at the ledger written before 由X负责建立', () => {
    const text = `${city}会议要求，农民工工资专户台账由市住建局负责建立，3月底前完成。\n`
    expect(read(text)[0].tasks[0].slice(0, 3)).toEqual(['市住建局', '农民工工资专户台账由市住建局负责建立，3月底前完成', '3月底前'])
  })

  it('should not read units before 主要负责同志 as owners of their attendance', () => {
    const text = `${city}市交通局、各区县主要负责同志参加会议。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('blind16-h38 r4: brackets of owners one after another, a paper made known', () => {
  const hospital = '平川县人民医院医疗质量专题会议纪要\n2025年9月25日，副院长伍承志主持召开医疗质量专题会议。\n一、关于病历质量\n'

  it('should give each bracket of owners the clauses after the bracket before it', () => {
    const text = `${hospital}会议要求开展病案首页专项整改（病案室负责，10月底前完成），对缺陷病历责任医师进行约谈（医务部负责，国庆节后一周内完成）。\n`
    expect(read(text)[0].tasks).toEqual([
      ['病案室', '开展病案首页专项整改', '10月底前', '2025-10-31', 'absolute'],
      ['医务部', '对缺陷病历责任医师进行约谈', '国庆节后一周内', '2025-10-08', 'absolute']
    ])
  })

  it('should read a lead in a bracket past an audience that supports it', () => {
    const text = `${hospital}会议要求对缺陷病历责任医师进行约谈（医务部牵头，各临床科室配合，11月15日前完成）。\n`
    expect(read(text)[0].tasks).toEqual([['医务部', '对缺陷病历责任医师进行约谈', '11月15日前', '2025-11-15', 'absolute']])
  })

  it('should start a task at the paper written before 由X…在…上通报', () => {
    const text = `${hospital}会议要求，抗菌药物点评结果由药学部于每月15日前在院周会上通报。\n`
    expect(read(text)[0].tasks).toEqual([['药学部', '抗菌药物点评结果由药学部于每月15日前在院周会上通报', '每月15日前', null, 'recurring']])
  })

  it('should start a task at the funds written before 由X负责筹措', () => {
    const text = `${hospital}会议要求，设备购置资金由财务科负责筹措，10日内拨付到位。\n`
    expect(read(text)[0].tasks[0].slice(0, 3)).toEqual(['财务科', '设备购置资金由财务科负责筹措，10日内拨付到位', '10日内'])
  })
})

describe('blind16-h38 r5: one deadline for the tasks above, an examination, 负责 before 人…', () => {
  const city = '汀州市人民政府专题会议纪要\n2025年7月15日，副市长龙启明主持召开专题会议。\n一、关于易涝点整治\n'

  it('should give a deadline stated once after the tasks of its paragraph to each that has none', () => {
    const text = `${city}会议要求，市住建局负责雨水管网改造，市城管局负责排水口清掏。上述工作须于8月15日前完成。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2], task[3]])).toEqual([
      ['市住建局', '于8月15日前', '2025-08-15'],
      ['市城管局', '于8月15日前', '2025-08-15']
    ])
  })

  it('should leave a task with a deadline of its own, and not share a recurring one', () => {
    const text = `${city}市住建局负责雨水管网改造，7月底前完成；市城管局负责排水口清掏。以上工作每周五前报送进展。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([
      ['市住建局', '7月底前'],
      ['市城管局', null]
    ])
  })

  it('should read 负责 before a road named 人民路 as the verb', () => {
    const text = `${city}会议要求，市住建局负责人民路雨水管网改造。\n`
    expect(read(text)[0].tasks[0].slice(0, 2)).toEqual(['市住建局', '负责人民路雨水管网改造'])
  })

  const college = '文法学院党政联席会议纪要\n2025年12月2日，院长梅如海主持召开党政联席会议。\n一、关于期末考试\n'

  it('should read a lead time before an unnamed examination as the deadline, with no date', () => {
    const text = `${college}会议要求，学工办负责考风考纪教育，考前一周召开年级大会。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['考前一周', null, 'absolute'])
  })

  it('should not read 考前 naming a meeting, or inside a word, as a deadline', () => {
    const text = `${college}会议要求，学工办负责组织考前动员会，参考前几年做法制定方案。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual([null, null, null])
  })
})

describe('blind16-h38 r6: a discipline body starts an accountability procedure', () => {
  it('should read X对Y启动问责程序 as a task of X', () => {
    const text = '柳岸街道工作推进会纪要\n2025年8月12日，街道党工委书记邵晴主持召开工作推进会。\n一、工作要求\n街道纪工委对推进不力的科室启动问责程序。\n'
    expect(read(text)[0].tasks.map((task) => task.slice(0, 2))).toEqual([['街道纪工委', '对推进不力的科室启动问责程序']])
  })
})

describe('blind16-h38 r7: labels under each point, a person who answers for all, papers each period', () => {
  const hospital = '白鹭市妇幼保健院党委会议纪要\n2025年9月9日，院党委书记叶远舟主持召开党委会议。\n一、研究整改工作\n会议议定：\n'

  it('should read a point of labels whose owner the point before also had', () => {
    const text = `${hospital}1．建立整改台账。\n牵头部门：党委办公室\n完成时限：9月20日前\n2．整改进展按月上报市委巡察办。\n牵头部门：党委办公室\n完成时限：每月5日前\n`
    expect(read(text)[0].tasks.map((task) => task.slice(0, 3))).toEqual([
      ['党委办公室', '建立整改台账', '9月20日前'],
      ['党委办公室', '整改进展按月上报市委巡察办', '每月5日前']
    ])
  })

  const county = '沙坪县人民政府常务会议纪要\n2025年12月30日，县长贺青云主持召开县政府常务会议。\n一、关于国企改革\n'

  it('should give a person after 由 who answers for all of it (负总责) the task', () => {
    const text = `${county}此项工作由常务副县长宁致远负总责，县国资中心具体负责，下周一前成立工作专班。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2], task[3]])).toEqual([
      ['宁致远', '下周一前', '2026-01-05'],
      ['县国资中心', '下周一前', '2026-01-05']
    ])
  })

  it('should give an owner of 负责落实 the work set out in the clause before', () => {
    const text = `${county}节日期间县城交通疏导工作，由县公安局交警大队负责落实。\n`
    expect(read(text)[0].tasks[0].slice(0, 2)).toEqual(['县公安局交警大队', '节日期间县城交通疏导工作，由县公安局交警大队负责落实'])
  })

  it('should read a month before 发放 and the ground freezing as deadlines', () => {
    const text = `${county}县财政局负责种粮补贴，11月份发放到户。县交通局负责，封冻前完成路面坑槽修补。\n`
    expect(read(text)[0].tasks.map((task) => task.slice(2))).toEqual([['11月份', '2026-11-30', 'absolute'], ['封冻前', null, 'absolute']])
  })
})

describe('blind16-h38 r7: an ownerless sentence of a deadline after a sentence of tasks', () => {
  const county = '沙坪县人民政府常务会议纪要\n2025年12月30日，县长贺青云主持召开县政府常务会议。\n一、关于民生实事\n'

  it('should give the task of the sentence before the deadline of a sentence that opens with one and names no owner', () => {
    const text = `${county}项目清单由县发改局负责分解下达。下月10日前完成项目任务分解。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['下月10日前', '2026-01-10', 'absolute'])
  })

  it('should leave a sentence whose deadline clause is followed by its own owner to that owner', () => {
    const text = `${county}县发改局负责项目清单分解。1月底前，县财政局完成资金安排。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['县发改局', null], ['县财政局', '1月底前']])
  })
})

describe('blind16-h38 r8: a lead over an audience that carries it out, the two festivals named', () => {
  const bureau = '桐柏区教育局局务会议纪要\n2025年8月21日，局长米思源主持召开局务会议。\n一、校舍安全\n'

  it('should give the lead the work after an audience that only carries it out', () => {
    const text = `${bureau}会议要求，基建科牵头，各中小学校落实，秋季开学前完成校舍隐患排查整改。\n`
    expect(read(text)[0].tasks).toEqual([['基建科', '牵头，各中小学校落实，秋季开学前完成校舍隐患排查整改', '秋季开学前', null, 'absolute']])
  })

  it('should read 两节前 with the two festivals it names as the deadline of the owner after it', () => {
    const text = `${bureau}中秋、国庆两节前，纪检组要开展一次作风纪律专项检查。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['中秋、国庆两节前', null, 'absolute'])
  })
})

describe('blind16-h38 r9: a bracket of a unit and its deadline, a mock examination', () => {
  const street = '湖畔街道办事处主任办公会议纪要\n2025年10月16日，街道办事处主任顾念秋主持召开主任办公会议。\n一、冬季消防安全\n'

  it('should read a bracket of a named unit and a deadline, with no verb, as the owner of the clauses before', () => {
    const text = `${street}开展消防通道清理（平安办牵头，各物业企业配合，10月31日前完成）。对出租房逐户排查（社区事务科，11月15日前）。\n`
    expect(read(text)[0].tasks).toEqual([
      ['平安办', '开展消防通道清理', '10月31日前', '2025-10-31', 'absolute'],
      ['社区事务科', '对出租房逐户排查', '11月15日前', '2025-11-15', 'absolute']
    ])
  })

  it('should read a bracket of a unit and 长期坚持 as a task with no term', () => {
    const text = `${street}建立长效保洁机制（环卫所，长期坚持）。\n`
    expect(read(text)[0].tasks).toEqual([['环卫所', '建立长效保洁机制', '长期坚持', null, 'ongoing']])
  })

  it('should not read a bracket of a note and a deadline as an owner', () => {
    const text = `${street}开展专项整治（详见附件，11月15日前）。\n`
    expect(read(text)[0].tasks).toEqual([])
  })

  it('should count a stretch from a mock examination, named whole', () => {
    const text = '青峰县第二中学行政会议纪要\n2025年3月4日，校长吕清源主持召开行政会议。\n一、高三备考\n高三年级组牵头，一模考试后一周内完成质量分析。\n'
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['一模考试后一周内', null, 'absolute'])
  })
})

describe('blind16-h38 r10: a role named at length, an office named by its verb', () => {
  const county = '安宁河县乡村振兴工作专题会议纪要\n2025年11月11日，县长助理雷鸿飞主持召开乡村振兴工作专题会议。\n一、和美乡村建设\n'

  it('should read X作为…的责任单位 before a comma and a deadline as X owning the work after it', () => {
    const text = `${county}县住建局作为农房风貌提升的责任单位，年内完成首批农房改造设计。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2], task[3]])).toEqual([['县住建局', '年内', '2025-12-31']])
  })

  it('should not part an office named by a verb (督查室) into a body and a task', () => {
    const text = `${county}县委督查室、县政府督查室组成联合督查组，对各乡镇开展暗访。\n`
    expect(read(text)[0].tasks.filter((task) => task[0] === '县委')).toEqual([])
  })

  it('should still read 负责组织 after a unit as its verb', () => {
    const text = `${county}扑火物资采购由县财政局负责保障，县应急管理局负责组织采购，月中前到位。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县财政局', '县应急管理局'])
  })
})

describe('blind16-h38 r11: a half year before 新增 and a verb of going live', () => {
  const district = '云岫区人民政府常务会议纪要\n2026年2月24日，区长龚韶华主持召开区政府第六次常务会议。\n一、政务服务\n'

  it('should read a period before 新增上线 as the deadline', () => {
    const text = `${district}区数据局负责推进“高效办成一件事”，上半年新增上线10个事项。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual(['上半年', '2026-06-30', 'absolute'])
  })

  it('should not read a period before 新增 and a count of people as a deadline', () => {
    const text = `${district}区人社局负责推进就业工作，上半年新增就业1000人。\n`
    expect(read(text)[0].tasks[0].slice(2)).toEqual([null, null, null])
  })
})
