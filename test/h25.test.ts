import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, and its assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    points: item.points.length,
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

describe('a news release that names its one matter only in the lead', () => {
  const head = '县政府召开常务会议研究部署防汛工作\n发布时间:2026-06-12 来源:县政府办\n\n'

  it('should open the item at the lead\'s matter when the meeting speaks of it in the lead\'s own paragraph', () => {
    const text = `${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。会议指出,今年汛情偏重。\n会议要求,县水利局要加强水库巡查,6月20日前完成除险加固。\n`
    expect(read(text)).toEqual([{heading: '研究部署防汛工作', points: 0, tasks: [['县水利局', '要加强水库巡查,6月20日前完成除险加固', '6月20日前']]}])
  })

  it('should read the matter of a lead whose one paragraph is all there is, the meeting speaking after its first sentence', () => {
    const text = `${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。会议要求,县应急管理局要做好物资储备。\n`
    expect(read(text)).toEqual([{heading: '研究部署防汛工作', points: 0, tasks: [['县应急管理局', '要做好物资储备', null]]}])
  })

  it('should leave a lead alone that only names its matter, the meeting saying nothing after it', () => {
    expect(read(`${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。\n`)).toEqual([])
  })

  it('should take the leader the lead names speaking (`X要求,…`) as the meeting speaking', () => {
    const text = `${head}6月11日,县政府召开专题会议,研究部署防汛工作。副县长周敏出席会议并讲话。\n周敏指出,防汛形势严峻。\n周敏要求,县水利局要落实水库安全度汛措施。\n`
    expect(read(text).map((item) => [item.heading, item.tasks.map((task) => task[0])])).toEqual([['研究部署防汛工作', ['县水利局']]])
  })

  it('should not take a person the lead does not name for the meeting speaking', () => {
    const text = `${head}6月11日,县政府召开专题会议,研究部署防汛工作。\n周敏指出,防汛形势严峻。县水利局要落实水库安全度汛措施。\n`
    expect(read(text)).toEqual([])
  })

  it('should let an attendance sentence and a bracketed editor line close the page after the meeting spoke', () => {
    const text = `${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。\n会议要求,县水利局要加强水库巡查。\n副县长李青、王川出席会议。\n(责任编辑:张敏)\n`
    const {record, tree} = analyze(text)
    expect(record.items.map((item) => [item.heading?.slice(0, 8), item.assignments.map((assignment) => assignment.owner)])).toEqual([['研究部署防汛工作', ['县水利局']]])
    expect(tree.children.map((child) => child.type)).toEqual(['preamble', 'item', 'closing'])
  })

  it('should still make no item where a line other than the meeting speaking stands between', () => {
    const text = `${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。\n会议要求,县水利局要加强水库巡查。\n县防汛办将于近期组织一次演练。\n`
    expect(read(text)).toEqual([])
  })

  it('should read a list under `会议强调:` after the lead as the points of the lead\'s matter, not as items', () => {
    const text = `镇党委召开会议研究秸秆禁烧工作\n\n9月25日,镇党委书记吴平主持召开镇党委会议,专题研究部署秸秆禁烧工作。\n会议强调:\n1.镇农业服务中心要牵头做好还田机具调度,10月15日前完成还田作业;\n2.镇综合执法队要组建巡查专班。\n`
    expect(read(text)).toEqual([
      {
        heading: '专题研究部署秸秆禁烧工作',
        points: 2,
        tasks: [
          ['镇农业服务中心', '要牵头做好还田机具调度,10月15日前完成还田作业', '10月15日前'],
          ['镇综合执法队', '要组建巡查专班', null]
        ]
      }
    ])
  })

  it('should read `一是…` lines under `会议强调:` after the lead as the points of its matter', () => {
    const text = `${head}6月11日,县长江海主持召开县政府常务会议,研究部署防汛工作。\n会议强调:\n一是县水利局要加强水库巡查;\n二是县应急管理局要做好物资储备。\n`
    expect(read(text)).toEqual([
      {
        heading: '研究部署防汛工作',
        points: 2,
        tasks: [
          ['县水利局', '要加强水库巡查', null],
          ['县应急管理局', '要做好物资储备', null]
        ]
      }
    ])
  })

  it('should keep the lead\'s matter in the preamble where a paragraph after it opens a matter (README rule 4)', () => {
    const text = `${head}4月9日,县长江海主持召开县政府第27次常务会议,研究部署森林防火工作。\n会议指出,当前正值防火关键期。\n会议听取了县财政局关于预算执行情况的汇报,要求县财政局按程序报县人大常委会审议。\n`
    const items = read(text)
    expect(items.length).toBe(1)
    expect(items[0].heading?.startsWith('会议听取了县财政局')).toBe(true)
  })
})

describe('the lines that close a news release', () => {
  it('should read who attended from `副县长X、Y出席会议。` after the matters', () => {
    const text = '县政府召开常务会议\n\n6月11日,县长江海主持召开县政府常务会议。\n会议听取了县水利局关于防汛工作的汇报。会议要求,县水利局要加强水库巡查。\n副县长李青、王川出席会议。\n'
    expect(analyze(text).record.meeting.attendees.map((person) => [person.name, person.title])).toEqual([
      ['李青', '副县长'],
      ['王川', '副县长']
    ])
  })

  it('should not read attendance from a sentence that gives a task (`X要…参加会议`)', () => {
    const text = '县政府召开常务会议\n\n6月11日,县长江海主持召开县政府常务会议。\n会议听取了县水利局关于防汛工作的汇报。\n县水利局要派员参加会议。\n'
    expect(analyze(text).record.meeting.attendees).toEqual([])
  })

  it('should take a bracketed editor line (`(责任编辑:X)`) for page noise, not a paragraph of the last matter', () => {
    const text = '县政府召开常务会议\n\n6月11日,县长江海主持召开县政府常务会议。\n会议听取了县水利局关于防汛工作的汇报。\n（责任编辑:张敏）\n'
    const {tree} = analyze(text)
    const closing = tree.children.find((child) => child.type === 'closing')
    expect(closing?.children.map((child) => child.type)).toEqual(['noise'])
  })
})

/** Minutes of a dated district meeting whose numbered body is `body`: each item's owners and tasks. */
function owned(body: string) {
  const text = `区政府常务会议纪要\n2026年5月8日,区长王明主持召开区政府第12次常务会议。纪要如下:\n${body}\n`
  return analyze(text).record.items.map((item) => item.assignments.map((assignment) => [assignment.owner, assignment.role, assignment.task, assignment.due]))
}

describe('owners: a post of a unit\'s staff', () => {
  it('should read `社区网格员` as the owner, not the community', () => {
    expect(owned('一、关于防溺水工作\n会议要求,社区网格员要每日巡查重点水域。')).toEqual([[['社区网格员', 'responsible', '要每日巡查重点水域', null]]])
  })

  it('should still read a unit\'s head without a name as the unit (`区住建局局长要…` → 区住建局)', () => {
    expect(owned('一、关于燃气安全\n会议要求,区住建局局长要带队检查燃气场站。').map((tasks) => tasks.map((task) => task[0]))).toEqual([['区住建局']])
  })
})

describe('owners: a supporting unit with work of its own', () => {
  it('should end the support\'s task at its own clause, the outcome after it the lead\'s, its deadline shared', () => {
    expect(owned('一、关于学校建设\n会议同意该方案。区城投公司负责代建,区教育局、区住建局配合做好征地拆迁,确保2027年8月底前交付使用。')).toEqual([
      [
        ['区城投公司', 'responsible', '负责代建,区教育局、区住建局配合做好征地拆迁,确保2027年8月底前交付使用', '2027年8月底前'],
        ['区教育局、区住建局', 'support', '配合做好征地拆迁', '2027年8月底前']
      ]
    ])
  })

  it('should keep a support with only its verb sharing the lead\'s task (`Y配合,确保…`)', () => {
    expect(owned('一、关于学校建设\n会议同意该方案。区城投公司负责代建,区教育局配合,确保2027年8月底前交付使用。')[0][1]).toEqual([
      '区教育局',
      'support',
      '负责代建,区教育局配合,确保2027年8月底前交付使用',
      '2027年8月底前'
    ])
  })

  it('should let a support\'s own work run on where no outcome word opens the next clause', () => {
    expect(owned('一、关于学校建设\n会议同意该方案。区城投公司负责代建,区教育局配合做好征地拆迁,6月底前完成交地。')[0][1]).toEqual(['区教育局', 'support', '配合做好征地拆迁,6月底前完成交地', '6月底前'])
  })
})

describe('owners: a unit named by the role it acts in', () => {
  it('should read `X作为项目业主,要…` opening its own sentence', () => {
    expect(owned('一、关于医院建设\n会议同意该方案。区人民医院作为项目业主,要加强建设全过程监管。')).toEqual([[['区人民医院', 'responsible', '作为项目业主,要加强建设全过程监管', null]]])
  })

  it('should read a role ending in 单位 or 业主 before a comma and the task (`X作为代建单位,要…`)', () => {
    expect(owned('一、关于医院建设\n会议同意该方案。区城投公司作为代建单位,要严格控制投资。区医院作为项目建设业主,负责设备采购。').map((tasks) => tasks.map((task) => [task[0], task[2]]))).toEqual([
      [
        ['区城投公司', '作为代建单位,要严格控制投资'],
        ['区医院', '作为项目建设业主,负责设备采购']
      ]
    ])
  })

  it('should read no task where the unit in its role only reported (`X作为牵头单位汇报了…`)', () => {
    expect(owned('一、关于医院建设\n区卫健局作为牵头单位汇报了项目前期工作情况。会议同意该方案。')).toEqual([[]])
  })
})

describe('owners: who leads the team (`带队`)', () => {
  it('should read the leader of a government named whole in person (`由区政府副区长X带队,…`)', () => {
    expect(owned('一、关于建议办理\n会议决定,由区政府副区长邱明远带队,于6月底前开展一次专项督查。')).toEqual([[['邱明远', 'responsible', '带队,于6月底前开展一次专项督查', '于6月底前']]])
  })

  it('should give a task set before `由X带队` to X, with the deadline of the clauses after', () => {
    expect(owned('一、关于执法检查\n会议同意检查方案。执法检查由常委会副主任王刚带队,6月中旬前完成实地检查。')).toEqual([[['王刚', 'responsible', '执法检查由常委会副主任王刚带队,6月中旬前完成实地检查', '6月中旬前']]])
  })

  it('should still read a department\'s head as the department (`区住建局局长X带队…`)', () => {
    expect(owned('一、关于燃气安全\n会议要求,区住建局局长李明带队开展燃气安全检查。').map((tasks) => tasks.map((task) => task[0]))).toEqual([['区住建局']])
  })

  it('should read no task where the leader led a team before the meeting (`X带队实地察看了…`)', () => {
    expect(owned('一、关于燃气安全\n会前,区政府副区长邱明远带队实地察看了燃气场站。会议同意整治方案。')).toEqual([[]])
  })
})

describe('owners: `会同` before a noun that opens with 意', () => {
  it('should read `X会同意向企业…` as X working with the firms, not a body `X会` that agrees', () => {
    expect(owned('一、关于招商引资\n会议要求,区商务局会同意向投资企业开展对接洽谈,6月底前形成签约项目清单。')).toEqual([
      [['区商务局', 'responsible', '会同意向投资企业开展对接洽谈,6月底前形成签约项目清单', '6月底前']]
    ])
  })

  it('should read `X会同意见较多的…` opening its own sentence', () => {
    expect(owned('一、关于履职平台\n会议听取了汇报。县人大常委会办公室会同意见较多的乡镇,9月底前完成平台优化。').map((tasks) => tasks.map((task) => [task[0], task[3]]))).toEqual([[['县人大常委会办公室', '9月底前']]])
  })

  it('should still read `管委会同意…` as the meeting deciding, with no owner', () => {
    const {record} = analyze('开发区管委会会议纪要\n2026年5月8日,主任王明主持召开管委会会议。纪要如下:\n一、关于厂房租赁\n管委会同意该租赁方案。\n')
    expect(record.items.map((item) => [item.decisions.length, item.assignments.length])).toEqual([[1, 0]])
  })
})

describe('a news release that names its one matter only in the lead: who speaks, and how', () => {
  const head = '县政府召开专题会议部署森林防火工作\n发布时间:2026-02-27 来源:县应急管理局\n\n'

  it('should take `X在讲话中强调` of the leader the lead names as the meeting speaking', () => {
    const text = `${head}2月26日,县政府召开专题会议,安排部署春季森林防火工作。副县长屠海波出席会议并讲话。\n屠海波在讲话中强调,要克服麻痹思想。\n屠海波要求,县林业局要在3月10日前完成防火隔离带清理。\n`
    expect(read(text)).toEqual([{heading: '安排部署春季森林防火工作', points: 0, tasks: [['县林业局', '要在3月10日前完成防火隔离带清理', '在3月10日前']]}])
  })

  it('should take `会议还强调` for the meeting speaking still', () => {
    const text = `${head}2月26日,县长江海主持召开县政府常务会议,研究部署森林防火工作。\n会议要求,县林业局要加强巡山护林。\n会议还强调,各乡镇要落实属地责任。\n`
    expect(read(text).map((item) => item.tasks.map((task) => task[0]))).toEqual([['县林业局']])
  })
})
