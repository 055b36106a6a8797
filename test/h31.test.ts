import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading and assignments as owner, owners, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.owners, assignment.task, assignment.due])
  }))
}

const head = '社区居委会会议纪要\n2026年4月16日，社区主任任秋萍主持召开会议。\n一、关于充电设施建设\n会议听取了社区综治办的汇报。'

describe('a joint owner whose part is a post by its title alone', () => {
  it('should split a deputy in charge and a department head joined by 与', () => {
    const text = `${head}会议要求人事科按程序办理聘任手续，由分管副院长与护理部主任开展任前谈话。\n`
    expect(read(text)[0].tasks).toEqual([
      ['人事科', ['人事科'], '按程序办理聘任手续', null],
      ['分管副院长与护理部主任', ['分管副院长', '护理部'], '开展任前谈话', null]
    ])
  })

  it('should split a staff post and a company joined by 与, not read them as one company', () => {
    const text = `${head}由网格员与物业公司共同做好居民意见征询，4月30日前完成。\n`
    expect(read(text)[0].tasks).toEqual([['网格员与物业公司', ['网格员', '物业公司'], '共同做好居民意见征询，4月30日前完成', '4月30日前']])
  })

  it('should still read designations before a titled person as that person, not owners', () => {
    const text = `${head}由党组成员、副局长林晓同志负责修改完善。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['林晓'])
  })
})

describe('a village officer by charge in a later clause of what the meeting asks', () => {
  it('should read the officer, not a unit ending in 队 that runs over the verb', () => {
    const text = `${head}会议要求，各村民小组长做好宣传；村治保主任组织护林队每日巡山。\n`
    expect(read(text)[0].tasks).toEqual([['村治保主任', ['村治保主任'], '组织护林队每日巡山', null]])
  })
})

describe('a post before 于 and a stretch after an event', () => {
  it('should read the post as the owner of a point under 会议要求', () => {
    const text = `${head}会议要求：\n1.各党支部严格执行程序；\n2.组织员于每批名单确定后3个工作日内完成公示；\n3.党委办公室于6月底前完成材料审核。\n`
    expect(read(text)[0].tasks).toEqual([
      ['组织员', ['组织员'], '于每批名单确定后3个工作日内完成公示', '3个工作日内'],
      ['党委办公室', ['党委办公室'], '于6月底前完成材料审核', '于6月底前']
    ])
  })
})

describe('a second owner after a comma of what the meeting asks', () => {
  it('should give each department its clause where 会议要求 runs on to the first owner', () => {
    const text = `${head}会议要求教务处完成排课，学工处组织新生入学教育。\n`
    expect(read(text)[0].tasks).toEqual([
      ['教务处', ['教务处'], '完成排课', null],
      ['学工处', ['学工处'], '组织新生入学教育', null]
    ])
  })

  it('should leave a second clause without an owner to the first owner', () => {
    const text = `${head}会议要求区住建局加快施工，严把质量关。\n`
    expect(read(text)[0].tasks).toEqual([['区住建局', ['区住建局'], '加快施工，严把质量关', null]])
  })
})

describe('a joint meeting on a work, 联席会议', () => {
  it('should open the item at the name of a work 联席会议 that the lead says was held', () => {
    const text = '区召开联席会议\n6月4日下午，全区校园周边安全工作联席会议在区教育局召开。会议由副区长欧阳岚主持。\n会议要求，区公安分局要落实护学岗；区城管局负责清理占道经营。\n'
    const {record} = analyze(text)
    expect(record.meeting.name).toBe('全区校园周边安全工作联席会议')
    expect(read(text)).toEqual([{heading: '全区校园周边安全工作联席会议在区教育局召开', tasks: [['区公安分局', ['区公安分局'], '要落实护学岗', null], ['区城管局', ['区城管局'], '负责清理占道经营', null]]}])
  })

  it('should do so for a 联席会议 named by its matter without 工作', () => {
    const text = '6月4日下午，全县安全生产联席会议在县应急管理局召开。\n会议要求，县应急管理局要开展隐患排查。\n'
    expect(read(text).map((item) => item.tasks.map((task) => task[0]))).toEqual([['县应急管理局']])
  })
})

describe('a short page run on in one line', () => {
  it('should break a page under 150 characters at its header labels and items', () => {
    const text = '西岭村村民委员会会议纪要 时间:2026年3月5日 地点:村委会会议室 主持:柯长青 一、研究春耕备耕工作。会议要求村治保主任组织护林队每日巡山。二、研究村道硬化项目。会议同意实施,由村报账员3月底前完成预算。'
    expect(text.length).toBeLessThan(150)
    const {record} = analyze(text)
    expect([record.meeting.date, record.meeting.chair?.name]).toEqual(['2026-03-05', '柯长青'])
    expect(read(text)).toEqual([
      {heading: '研究春耕备耕工作', tasks: [['村治保主任', ['村治保主任'], '组织护林队每日巡山', null]]},
      {heading: '研究村道硬化项目', tasks: [['村报账员', ['村报账员'], '3月底前完成预算', '3月底前']]}
    ])
  })

  it('should read a short one-line page as its lines read', () => {
    const lines = '区城管局局务会议纪要\n2026年3月5日,局长钟凯主持召开局务会议。\n一、研究背街小巷整治工作\n会议要求:\n(一)市容科3月底前完成整治;\n(二)执法大队加强夜间巡查。\n出席:钟凯、骆文、晏青'
    const flat = lines.replace(/\n/g, '')
    const shape = (text: string) => analyze(text).record.items.map((item) => [item.heading, item.points.length, item.assignments.map((assignment) => assignment.owner)])
    expect(shape(flat)).toEqual(shape(lines))
    expect(shape(flat)).toEqual([['研究背街小巷整治工作', 2, ['市容科', '执法大队']]])
  })
})

describe('a department asked after the first owner, before a verb of its work', () => {
  it('should read the department, not a run on to a later word in 室', () => {
    const text = `${head}会议要求教务处3月1日前完成排课，后勤处检修全校教室照明。\n`
    expect(read(text)[0].tasks).toEqual([
      ['教务处', ['教务处'], '3月1日前完成排课', '3月1日前'],
      ['后勤处', ['后勤处'], '检修全校教室照明', null]
    ])
  })

  it('should give no owner to a thing the meeting decides on, nor to a word of the object of a task in 室', () => {
    expect(read(`${head}会议决定，园区展示中心运营管理委托区文旅集团承担。\n`)[0].tasks).toEqual([])
    expect(read(`${head}会议要求保卫处开展安全排查，重点做好实验室、宿舍的安全管理。\n`)[0].tasks.map((task) => task[0])).toEqual(['保卫处'])
  })
})

describe('a post by its title alone that a word of charging follows', () => {
  it('should read a post after a decision with no asking cue (社区民警做好…)', () => {
    const text = `${head}会议同意先行建设，由社区综治办负责对接。社区民警做好楼道飞线充电清理。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['社区综治办', '社区民警'])
  })

  it('should read a post in a later clause of what the meeting asks', () => {
    const text = `${head}会议要求社区妇女主任组织志愿队巡查低洼院落；网格员做好独居老人联系。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['社区妇女主任', '组织志愿队巡查低洼院落'], ['网格员', '做好独居老人联系']])
  })

  it('should not read members a title names as a group', () => {
    expect(read(`${head}会议要求，党组成员要带头学习。\n`)[0].tasks).toEqual([])
  })

  it('should not read titles listed with 、 as two owners (one holder)', () => {
    const text = `${head}会议决定成立安全工作领导小组，由党委书记、院长任组长。\n`
    expect(analyze(text).record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议决定成立安全工作领导小组，由党委书记、院长任组长'])
  })
})

describe('a stretch after an event that opens a unit\'s clause', () => {
  it('should read the unit before 于 and an event with a stretch after it', () => {
    const text = `${head}会议同意项目实施。工程部于初步设计批复后10个工作日内启动施工招标。\n`
    expect(read(text)[0].tasks).toEqual([['工程部', ['工程部'], '于初步设计批复后10个工作日内启动施工招标', '10个工作日内']])
  })

  it('should read a staff post before such a stretch', () => {
    const text = `${head}会议要求，安全员于每次排查结束后2个工作日内上报台账。\n`
    expect(read(text)[0].tasks).toEqual([['安全员', ['安全员'], '于每次排查结束后2个工作日内上报台账', '2个工作日内']])
  })
})

describe('failing checks of earlier sets, each in other words', () => {
  it('should read no deadline where the work starts in a week of the term (从开学第一周起)', () => {
    const text = `${head}会议要求，区交警大队从开学第一周起实行护学岗制度；政教处开学第二周组织疏散演练。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[3]])).toEqual([['区交警大队', null], ['政教处', '开学第二周']])
  })

  it('should read each placed unit over a label of the meeting\'s opinion (会议意见:X…,Y…)', () => {
    const text = `${head}会议意见：县卫健委负责协调设计单位完善图纸，县住建局开辟审图快速通道。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['县卫健委', '负责协调设计单位完善图纸'], ['县住建局', '开辟审图快速通道']])
  })

  it('should read a placed unit before a verb of carrying out the work, in a clause with no cue', () => {
    const text = `${head}县农业农村局负责秸秆还田补助，11月底前下达资金；县气象局实行火险日报告，县公安局依法查处焚烧行为。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农业农村局', '县气象局', '县公安局'])
  })

  it('should not read a placed unit whose work is told as done (了)', () => {
    expect(read(`${head}会议指出，县农业农村局组织专家对方案进行了论证。\n`)[0].tasks).toEqual([])
  })
})

describe('departments in later clauses of what the meeting asks after a colon', () => {
  it('should read a department before a word that charges it, after 会议意见: or 会议要求:', () => {
    for (const cue of ['会议意见：', '会议要求：']) {
      const text = `${head}${cue}质控科牵头制定检查方案，药剂科组织处方点评。\n`
      expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['质控科', '牵头制定检查方案'], ['药剂科', '组织处方点评']])
    }
  })

  it('should read no department in a verb and its object after such a clause', () => {
    const text = `${head}会议要求，安监部要督促各班组做好防护，严防高处坠落事故发生。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['安监部'])
  })

  it('should read a department before a verb of its work, not a run on to 校 of 校舍', () => {
    const text = `${head}会议要求后勤处检修校舍门窗，保卫科要每日巡查校园周边。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['后勤处', '检修校舍门窗'], ['保卫科', '要每日巡查校园周边']])
  })
})
