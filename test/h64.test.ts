import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, owners, task, due and dueDate. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, owners, task, due, dueDate}) => ({owner, owners, task, due, dueDate}))
  )
}

/** Each item's ordinal and heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => ({ordinal: item.ordinal, heading: item.heading}))
}

describe('an agenda numbered as the matters that follow it (blind22-h64 r2)', () => {
  const text =
    '桃湾村村民代表会议记录\n\n会议时间：2026年11月2日\n主持人：村党支部书记 祝长庚\n会议议题：\n' +
    '一、审议村道拓宽方案；\n二、审议鱼塘承包方案。\n\n' +
    '一、审议村道拓宽方案\n会议决定：同意拓宽方案，由村委会组织实施。\n' +
    '二、审议鱼塘承包方案\n会议决定：同意承包方案，12月10日前公示。\n'

  it('should read the lines under the label as the agenda and the restarted sections as the items', () => {
    expect(headings(text)).toEqual([
      {ordinal: '一', heading: '审议村道拓宽方案'},
      {ordinal: '二', heading: '审议鱼塘承包方案'}
    ])
  })

  it('should keep sections under the label as items where none restarts at 一', () => {
    const alone = '会议议题：\n一、审议村道拓宽方案\n会议决定：同意拓宽方案。\n二、审议鱼塘承包方案\n会议决定：同意承包方案。\n'
    expect(headings(alone).map((item) => item.ordinal)).toEqual(['一', '二'])
  })
})

describe('the head of a villagers\' group owns as written (blind22-h64 r2)', () => {
  const lead = '2026年10月26日，村党总支书记晏大海主持召开村民代表会议。\n一、关于水渠\n'

  it('should give a numbered group\'s head the task after 由', () => {
    expect(tasks(`${lead}会议决定：水渠清淤由三组组长负责，11月10日前完成。\n`)).toMatchObject([
      {owner: '三组组长', due: '11月10日前', dueDate: '2026-11-10'}
    ])
  })

  it('should give two groups\' heads one joint task', () => {
    expect(tasks(`${lead}会议决定：水渠清淤由一组组长、六组组长负责发动群众投工投劳，11月10日前完成。\n`)).toMatchObject([
      {owner: '一组组长、六组组长', owners: ['一组组长', '六组组长'], due: '11月10日前'}
    ])
  })
})

describe('farm seasons and solar terms bound a task (blind22-h64 r2)', () => {
  const lead = '2026年9月2日，镇长蒲应天主持召开镇长办公会议。\n一、关于秋冬种\n'

  it('should read 农忙前 as a deadline with no day', () => {
    expect(tasks(`${lead}会议要求，农业服务中心要在农忙前完成农资储备。\n`)).toMatchObject([
      {owner: '农业服务中心', due: '在农忙前', dueDate: null}
    ])
  })

  it('should read a solar term before 前 as a deadline with no day', () => {
    expect(tasks(`${lead}会议要求，农机站要在立冬前完成农机年检。\n`)).toMatchObject([
      {owner: '农机站', due: '在立冬前', dueDate: null}
    ])
  })
})

describe('a town\'s cadres charged with villages own as written (blind22-h64 r3)', () => {
  const lead = '2026年11月16日，县委副书记宗力行主持召开县委专题会议。\n一、关于集体经济\n'

  it('should give 包村领导 the task after its 要', () => {
    expect(tasks(`${lead}会议强调，包村领导要对所包村项目选址全程把关。\n`)).toMatchObject([{owner: '包村领导', due: null}])
  })

  it('should give 包村干部 the task it does each day', () => {
    expect(tasks(`${lead}会议要求，包村干部每日入户走访。\n`)).toMatchObject([{owner: '包村干部'}])
  })

  it('should still give no owner to members a title names as a group', () => {
    expect(tasks(`${lead}会议要求，党组成员要带头落实。\n`)).toEqual([])
  })
})

describe('a case handed on by 移交 (blind22-h64 r3)', () => {
  it('should give the body it is handed to the check', () => {
    const text = '2026年11月9日，镇党委书记覃海峰主持召开党政联席会议。\n一、关于低保复核\n会议决定：对群众反映的问题线索，移交镇纪委核查。\n'
    expect(tasks(text)).toMatchObject([{owner: '镇纪委', due: null}])
    expect(tasks(text)[0].task).toContain('核查')
  })
})

/** The meeting's name and date. */
function meeting(text: string) {
  const {name, date} = analyze(text).record.meeting
  return {name, date}
}

/** Each item's decisions as text, and its points' count. */
function decided(text: string) {
  return analyze(text).record.items.map((item) => ({decisions: item.decisions.map((decision) => decision.text), points: item.points.length}))
}

describe('a village\'s resolution record under one labelled matter (blind22-h64 r5)', () => {
  const text =
    '石门村村民代表会议决议记录\n\n会议时间：2026年12月5日\n会议主持：村党支部书记 谭守义\n\n' +
    '议题：关于村道硬化工程的决议\n' +
    '商议情况：经村“两委”会议商议，工程总投资20万元。\n' +
    '审议情况：经村党员大会审议，同意提交村民代表会议表决。\n' +
    '表决情况：实到代表30人，同意29人，弃权1人。\n' +
    '形成决议：\n一、同意实施村道硬化工程。\n二、工程由村委会主任白向东牵头组织实施，明年春耕前完工。\n'

  it('should name the meeting without 决议记录', () => {
    expect(meeting(text)).toEqual({name: '石门村村民代表会议', date: '2026-12-05'})
  })

  it('should read 一、二、 under 形成决议： as the matter\'s points, and the other body\'s step as no decision', () => {
    expect(headings(text)).toEqual([{ordinal: null, heading: '关于村道硬化工程的决议'}])
    expect(decided(text)).toEqual([{decisions: ['同意实施村道硬化工程。', '工程由村委会主任白向东牵头组织实施，明年春耕前完工。'], points: 2}])
  })

  it('should still make items of sections with no labelled matter before them', () => {
    const plain = '2026年12月5日，村党支部书记谭守义主持召开村民代表会议。\n形成决议：\n一、同意实施村道硬化工程。\n二、同意调整低保名单。\n'
    expect(headings(plain).map((item) => item.ordinal)).toEqual(['一', '二'])
  })
})

describe('a rare surname of a town\'s officer (blind22-h64 r5)', () => {
  it('should read 厍 as a surname before a name', () => {
    const text = '2026年12月24日，街道党工委书记毋海涛主持召开党工委会议。\n一、关于述职评议\n会议明确，由街道组织委员厍建平负责制定评议方案。\n'
    expect(tasks(text)).toMatchObject([{owner: '厍建平'}])
  })
})

describe('a town\'s year-end terms and labels (blind22-h64 r6)', () => {
  const lead = '2026年12月28日，镇党委书记郗明远主持召开镇党委会议。\n一、关于春节前后安全稳定\n'

  it('should read 小年前 as a deadline with no day', () => {
    expect(tasks(`${lead}镇综治中心牵头开展矛盾纠纷排查，小年前完成首轮化解。\n`)).toMatchObject([{owner: '镇综治中心', due: '小年前', dueDate: null}])
  })

  it('should give the owner after a 决定事项： label its task', () => {
    expect(tasks(`${lead}决定事项：镇人社服务中心在1月20日前举办一场招聘会。\n`)).toMatchObject([{owner: '镇人社服务中心', due: '在1月20日前', dueDate: '2027-01-20'}])
  })

  it('should open a task with a lunar day after 在, as a solar date does', () => {
    expect(tasks(`${lead}镇人社服务中心在正月初八前举办一场招聘会。\n`)).toMatchObject([{owner: '镇人社服务中心', due: '在正月初八前', dueDate: null}])
  })

  it('should give a county leader paired with a village the task after 由', () => {
    const text = `${lead}会议决定，由包联县领导牵头制定整顿方案，县民政局配合，6月底前完成。\n`
    expect(tasks(text).map((task) => task.owner)).toEqual(['包联县领导', '县民政局'])
  })
})

describe('a county party committee\'s special meeting (blind22-h64 r6)', () => {
  it('should join the lead\'s 专题会议 to the title\'s 县委', () => {
    const text = '县委专题会议纪要\n\n2027年1月5日下午，县委常委、组织部长雍立诚主持召开专题会议，研究基层党建工作。现纪要如下：\n一、关于书记培训\n会议同意轮训计划。\n'
    expect(meeting(text)).toEqual({name: '县委专题会议', date: '2027-01-05'})
  })
})

describe('a draft read out to representatives (blind22-h64 r7)', () => {
  it('should give the organ whose officer reads it out as the reporter', () => {
    const text = '2027年1月8日，村党总支书记荀国庆主持召开村民代表会议。\n议题1：审议收益分配方案\n村委会副主任邴春来宣读了分配方案。\n决议：通过分配方案。\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['村委会']])
  })
})

describe('the autumn farm season bounds a task (blind22-h64 r8)', () => {
  it('should read 三秋前 as a deadline with no day', () => {
    const text = '2026年9月7日，镇党委书记芮长青主持召开党政联席会议。\n一、关于秋粮收购\n会议决定：农业服务中心负责协调农机合作社，三秋前落实收割机械200台。\n'
    expect(tasks(text)).toMatchObject([{owner: '农业服务中心', due: '三秋前', dueDate: null}])
  })
})

describe('a compound surname of a village officer (blind22-h64 r9)', () => {
  it('should read 淳于 as a surname after a village officer\'s title', () => {
    const text = '2026年10月26日，村党支部书记冉立德主持召开村“两委”联席会议。\n1、同意修路，由村委委员淳于明负责项目申报，11月15日前报镇农经站。\n'
    expect(tasks(text)).toMatchObject([{owner: '淳于明', due: '11月15日前'}])
  })
})

describe('a village officer introduced elsewhere, then what the work rests on (blind22-h64 r10)', () => {
  const lead = '2027年3月6日，村党支部书记慕容春生主持召开村民代表会议。\n第一项议程：审议村规民约修订稿\n村党支部副书记龚雪梅介绍了修订情况。'

  it('should give the name after 由 the task, not a run read on to a body', () => {
    expect(tasks(`${lead}会议决定修订稿暂缓表决，由龚雪梅根据代表意见修改后，于4月上旬再次提交村民代表会议审议。\n`)).toMatchObject([{owner: '龚雪梅', due: '于4月上旬'}])
  })

  it('should give a post each village has its task after 要', () => {
    expect(tasks(`${lead}会议要求，村级网格员要开展入户宣传。\n`)).toMatchObject([{owner: '村级网格员'}])
  })
})

describe('the head of a villagers\' group as a post (blind22-h64 r11)', () => {
  const lead = '2027年5月20日，村党支部书记祁有福主持召开村“两委”会议。\n一、防汛工作。'

  it('should give 村民小组长 its support after the lead\'s clause', () => {
    const found = tasks(`${lead}会议决定，由村委会副主任关海涛牵头，在汛期前完成清淤，村民小组长配合做好群众动员。\n`)
    expect(found.map((task) => task.owner)).toEqual(['关海涛', '村民小组长'])
  })

  it('should still leave 各村民小组长 an audience', () => {
    expect(tasks(`${lead}会议要求，各村民小组长要在清明节前组织群众清理垃圾。\n`)).toEqual([])
  })
})

describe('a village party branch committee and a village\'s resolutions (blind22-h64 r13)', () => {
  const lead = '2026年10月9日晚，村党支部书记喻德明主持召开村党支部委员会会议。\n'

  it('should read 支委 as a title before a name who reports', () => {
    const text = `${lead}一、研究发展党员工作\n会议听取了支委阳文斌关于入党积极分子培养考察情况的汇报。\n`
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['阳文斌']])
  })

  it('should give a name after 由 the work of the people it leads, and read 农历年前 whole', () => {
    const text = `${lead}支委骆志强、农春燕参加会议。\n一、研究村庄环境整治\n1.由骆志强组织党员志愿服务队对主干道进行集中清理；\n2.农春燕负责联系镇环卫站，农历年前完成垃圾池改造。\n`
    expect(tasks(text)).toMatchObject([{owner: '骆志强'}, {owner: '农春燕', due: '农历年前', dueDate: null}])
  })

  it('should decide a paper passed at the opening of a numbered resolution, not a means', () => {
    const resolved = '2026年10月15日，龙潭村村民代表会议在村委会会议室召开。会议以举手表决方式，通过了如下决议：\n一、通过龙潭村集体林地承包合同续签方案，由村委会主任庄海平负责续签，11月30日前完成。\n二、通过村务公开栏公示筹资方案，接受群众监督。\n'
    expect(decided(resolved).map((item) => item.decisions)).toEqual([['通过龙潭村集体林地承包合同续签方案'], []])
  })

  it('should give a town\'s leader in charge, named by level and post, the lead', () => {
    const text = '2026年10月22日，乡党委书记米建华主持召开乡党委会议。\n一、关于住院部改扩建。由乡分管领导牵头，乡规划建设办负责前期工作，年底前完成立项批复。\n'
    expect(tasks(text).map((task) => task.owner)).toEqual(['乡分管领导', '乡规划建设办'])
  })
})

describe('titled persons who own a task jointly (blind22-h64 r14)', () => {
  it('should split the owners by name, the owner as written', () => {
    const text = '2027年5月8日，村党支部书记康守田主持召开村“两委”会议。\n一、研究麦收安全\n会议决定：由包组干部冯立波、三组组长苗大勇共同负责田间防火巡查。\n'
    expect(tasks(text)).toMatchObject([{owner: '包组干部冯立波、三组组长苗大勇', owners: ['冯立波', '苗大勇']}])
  })
})

describe('a town\'s mayor\'s assistant and a village election (blind22-h64 r15)', () => {
  it('should read 镇长助理 as a title of a joint owner', () => {
    const text = '2027年4月19日，镇长范清源主持召开镇长办公会议。\n一、关于农贸市场改造。由副镇长路明轩、镇长助理伊晓婷共同负责，镇财政所按职责配合，五一前完成招标。\n'
    expect(tasks(text)[0]).toMatchObject({owners: ['路明轩', '伊晓婷'], due: '五一前', dueDate: '2027-04-30'})
  })

  it('should read 换届前 and 选举日前 as deadlines with no day', () => {
    const text = '2027年4月27日，县委副书记田丰年主持召开专题会议。\n一、关于换届。县委组织部要在换届前开展风险排查；县农业农村局要在选举日前公开审计结果。\n'
    expect(tasks(text)).toMatchObject([{owner: '县委组织部', due: '在换届前', dueDate: null}, {owner: '县农业农村局', due: '在选举日前', dueDate: null}])
  })
})

describe('the candidates a vote passed after its tally (blind22-h64 r16)', () => {
  const lead = '2027年6月3日，党工委书记欧阳明远主持召开党工委会议。\n议题一：研究推荐人选\n'

  it('should decide the recommendation after the tally', () => {
    expect(decided(`${lead}经无记名投票，同意7票，推荐招商服务局焦海燕为全市优秀共产党员人选。\n`)[0].decisions).toEqual(['推荐招商服务局焦海燕为全市优秀共产党员人选'])
  })

  it('should decide nothing of a recommendation with no tally before it', () => {
    expect(decided(`${lead}党工委组织部汇报了推荐情况，推荐工作按程序进行。\n`)[0].decisions).toEqual([])
  })
})
