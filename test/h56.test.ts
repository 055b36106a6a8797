import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The reporters of each item. */
function reporters(text: string) {
  return analyze(text).record.items.map((item) => item.reporters)
}

const lead = '2026年5月6日上午，副州长杨光明主持召开州人民政府第9次常务会议。现纪要如下：\n'

describe('presenters of a label line, with four-character names (blind21-h56 r1)', () => {
  it('should read a unit whose officer has a name of four characters', () => {
    expect(reporters(`${lead}一、审议《州级储备粮管理办法》\n汇报人：州粮食局局长　阿鲁木呷\n会议原则同意该《办法》。\n`)).toEqual([['州粮食局']])
  })

  it('should read each designated person parted by a comma', () => {
    const text = `${lead}一、听取春耕备耕工作汇报\n汇报人：州农业农村局局长　俄木拉哈，州气象局副局长　罗　平\n会议要求，抓好农资调运。\n`
    expect(reporters(text)).toEqual([['州农业农村局', '州气象局']])
  })

  it('should read each designated person parted by 、 after a name of four', () => {
    const text = `${lead}一、听取春耕备耕工作汇报\n汇报人：州农业农村局局长　俄木拉哈、州气象局副局长　罗　平\n会议要求，抓好农资调运。\n`
    expect(reporters(text)).toEqual([['州农业农村局', '州气象局']])
  })

  it('should read no presenter in a clause after the comma', () => {
    const text = `${lead}一、审议《州级储备粮管理办法》\n汇报人：州粮食局局长　阿鲁木呷，会议原则同意该《办法》。\n`
    expect(reporters(text)).toEqual([['州粮食局']])
  })
})

/** The decisions of each item, as written. */
function decisions(text: string) {
  return analyze(text).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

describe('a work or a site the meeting puts off (blind21-h56 r2)', () => {
  it('should read a site named in full before 暂缓 as a decision', () => {
    const text = `${lead}一、关于便民摊点设置\n会议原则同意设置8处便民摊点；北门广场摊点暂缓设置。\n`
    expect(decisions(text)).toEqual([['会议原则同意设置8处便民摊点', '北门广场摊点暂缓设置']])
  })

  it('should read a work named in full before 暂缓 as a decision', () => {
    const text = `${lead}一、关于道路改造\n会议同意该方案；南环路拓宽工程暂缓实施。\n`
    expect(decisions(text)).toEqual([['会议同意该方案', '南环路拓宽工程暂缓实施']])
  })

  it('should read no decision where the outcome and its verb describe a noun', () => {
    const text = `${lead}一、关于试点工作\n会议听取了试点进展情况，部分试点暂缓推进的原因是资金不足。\n`
    expect(decisions(text)).toEqual([[]])
  })
})

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

describe('the legal person a project is built by owns its work (blind21-h56 r3)', () => {
  it('should give X作为项目法人,要… the task', () => {
    const text = `${lead}一、关于环湖公路\n州路桥公司作为项目法人，要倒排工期，确保9月底前建成通车。\n`
    expect(tasks(text)).toEqual([expect.objectContaining({owner: '州路桥公司', due: '9月底前'})])
    expect(tasks(text)[0].task).toContain('倒排工期')
  })
})

describe("a banner's townships and villages are units (blind21-h56 r4)", () => {
  const banner = '2026年6月2日上午，旗长巴特尔主持召开旗长办公会议。纪要如下：\n'

  it('should give a 苏木 its task', () => {
    const text = `${banner}一、关于育肥场项目\n会议要求，乌兰苏木要加强对项目的日常监管。\n`
    expect(tasks(text)).toEqual([expect.objectContaining({owner: '乌兰苏木'})])
  })

  it('should read a 嘎查 whose request is agreed as presenting it', () => {
    const text = `${banner}一、关于集体经济\n会议同意哈达嘎查关于建设饲草料基地的申请。\n`
    expect(reporters(text)).toEqual([['哈达嘎查']])
  })

  it("should keep the lead's name under a title with the banner's name", () => {
    const text = `察干旗旗长办公会议纪要\n\n${banner}一、关于集体经济\n会议同意该方案。\n`
    expect(analyze(text).record.meeting.name).toBe('旗长办公会议')
  })

  it('should read no owner in a flag raised', () => {
    const text = `${banner}一、关于国庆活动\n会议要求，各学校要规范升挂国旗，国旗要保持整洁。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('an office meeting named in full decides (blind21-h56 r6)', () => {
  it('should read 主任办公会议议定: as the meeting deciding', () => {
    const text = `2026年2月10日下午，管委会主任王强主持召开主任办公会议。纪要如下：\n（一）企业用工\n人社局汇报了用工情况。主任办公会议议定：对重点企业用工缺口实行周调度，由人社局牵头。\n（二）其他事项\n管委会同意该方案。\n`
    expect(decisions(text)).toEqual([['主任办公会议议定：对重点企业用工缺口实行周调度，由人社局牵头'], ['管委会同意该方案']])
  })
})

describe('a date line naming the site that posted it (blind21-h56 r7)', () => {
  it("should take the year of a lead's yearless date from it", () => {
    const text = `市长办公会议研究防汛工作\n\n2026-05-19　　临川市政府门户网站\n\n　　5月18日下午，市长王强主持召开市长办公会议，研究防汛工作。\n\n　　会议听取了市水利局关于防汛准备的汇报。\n`
    expect(analyze(text).record.meeting.date).toBe('2026-05-18')
  })

  it('should read a date line with a paper as the date of posting', () => {
    const text = `县政府召开常务会议\n\n2027-01-06　清江日报\n\n　　1月5日，县长王强主持召开县政府第3次常务会议。\n\n　　会议听取了县财政局关于预算执行的汇报。\n`
    expect(analyze(text).record.meeting.date).toBe('2027-01-05')
  })
})

describe('a lead that names its meeting as the subject of what it took up (blind21-h56 r8)', () => {
  it('should read the numbered name before 审议了', () => {
    const text = `清溪区人民政府常务会议纪要\n\n会议时间：2026年10月28日下午\n主持人：区长 王强\n\n　　区政府第14次常务会议审议了预算调整方案。现纪要如下：\n\n　　一、审议预算调整方案\n　　会议原则同意该方案。\n`
    expect(analyze(text).record.meeting.name).toBe('区政府第14次常务会议')
  })

  it('should read no name from a bare 会议研究了', () => {
    const text = `清溪区人民政府常务会议纪要\n\n会议时间：2026年10月28日下午\n\n　　会议研究了预算调整方案。现纪要如下：\n\n　　一、审议预算调整方案\n　　会议原则同意该方案。\n`
    expect(analyze(text).record.meeting.name).toBe('清溪区人民政府常务会议')
  })
})

describe("an officer's name of four before a verb of presenting (blind21-h56 r8)", () => {
  it("should read a government secretary's name of four in person", () => {
    const text = `${lead}一、传达学习会议精神\n州政府秘书长多吉次仁传达了全省安全生产会议精神。\n`
    expect(reporters(text)).toEqual([['多吉次仁']])
  })

  it('should read a bureau head with a name of four as the bureau', () => {
    const text = `${lead}一、听取草原防火工作汇报\n州林草局局长巴特尔吉汇报了草原防火工作。\n`
    expect(reporters(text)).toEqual([['州林草局']])
  })
})

describe('designated presenters parted by a semicolon (blind21-h56 r9)', () => {
  it('should read each unit of a label line parted by ；', () => {
    const text = `${lead}一、关于污水处理厂提标改造\n汇报人：州生态环境局局长　鲍志新；州住建局副局长　游　慧\n会议原则同意提标改造方案。\n`
    expect(reporters(text)).toEqual([['州生态环境局', '州住建局']])
  })

  it('should read no presenter in the next label after ；', () => {
    const text = `${lead}一、关于污水处理厂提标改造\n汇报单位：州生态环境局；汇报人：局长　鲍志新\n会议原则同意提标改造方案。\n`
    expect(reporters(text)).toEqual([['州生态环境局']])
  })
})

describe('a news lead that names the meeting before when and where it was held (blind21-h56 r12)', () => {
  it('should read the name after the 的 of its agenda', () => {
    const text = `州政府召开常务会议\n\n2026-03-19 08:40:12　来源：川州人民政府网\n\n　　研究部署春季防火等工作的十四届州人民政府第45次常务会议，3月18日在州府召开。州长王强主持会议。\n\n　　会议听取了州林业局关于春季防火工作的汇报。\n`
    const {meeting} = analyze(text).record
    expect(meeting.name).toBe('十四届州人民政府第45次常务会议')
    expect(meeting.date).toBe('2026-03-18')
  })
})

describe('a leader who organises a meeting chairs it (blind21-h56 r13)', () => {
  it('should read X组织召开 as chairing', () => {
    const text = `2026-08-05　来源：旗人民政府\n\n　　8月4日，副旗长巴图组织召开城区供热改造专题会议，旗住建局负责同志参加会议。\n\n　　会上，旗热电公司汇报了供热管网改造进展。\n`
    expect(analyze(text).record.meeting.chair).toMatchObject({name: '巴图', title: '副旗长'})
  })
})

describe('the maker of what the meeting studied and agreed (blind21-h56 r14)', () => {
  it('should read X of 会议研究同意X提出的… without 同意', () => {
    const text = `${lead}一、关于招商政策\n会议研究同意州投资促进局提出的新引进项目租金减免方案。\n`
    expect(reporters(text)).toEqual([['州投资促进局']])
  })
})

describe('a lead that names the meeting and who chairs it before when it was held (blind21-h56 r15)', () => {
  it('should read the name before 由…主持,于…召开', () => {
    const text = `南溪县人民政府常务会议纪要\n\n　　县人民政府第18次常务会议由常务副县长王强主持，于2026年5月18日下午在县政府第二会议室召开。现纪要如下：\n\n　　一、审议《市政设施维护管理办法》\n　　会议原则同意该《办法》。\n`
    const {meeting} = analyze(text).record
    expect(meeting.name).toBe('县人民政府第18次常务会议')
    expect(meeting.chair).toMatchObject({name: '王强'})
    expect(meeting.date).toBe('2026-05-18')
  })
})

describe("a label's list wrapped onto the next line (blind21-h56 r16)", () => {
  it('should read the units on the aligned line after a trailing 、', () => {
    const text = `${lead}一、研究医院改扩建项目融资问题\n汇报单位：州卫生健康委、州财政局、\n　　　　　州城投集团\n会议同意该融资方案。\n`
    expect(reporters(text)).toEqual([['州卫生健康委', '州财政局', '州城投集团']])
  })
})
