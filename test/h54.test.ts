import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's points as [ordinal, first characters, line ends left out]. */
function points(text: string) {
  return analyze(text).record.items.map((item) => item.points.map((point) => [point.ordinal, point.text.replace(/\n/g, '').slice(0, 6)]))
}

describe('a hard-wrapped paragraph whose width falls just before an inline point (blind20-h54 r1)', () => {
  // Lines wrapped at 30 characters, as a PDF's text layer gives them.
  const wrapped = (between: string) =>
    [
      '2027年2月8日上午，县长冉立新主持召开县政府第3次常务会议，研究了',
      '城区停车治理等事项。现将会议议定事项纪要如下：',
      '一、研究城区停车治理工作',
      '会议听取了县公安局关于城区停车治理工作情况的汇报。会议要求，（一）县',
      '公安局要在城区主干道开展违停专项整治，每周通报一次；（二）县城管局要',
      '加快建设临时停车场，尽量利用闲置地块，做到应划尽划，方便群众停放；',
      ...(between ? [between] : []),
      '（三）县住建局要在新建小区规划中足额配建停车位，严格竣工验收把关。',
      '二、研究春季植树造林工作',
      '会议听取了县林业局关于春季植树造林工作安排的汇报。会议要求，县林业局',
      '要会同各乡镇抓住植树有利时机，科学选择造林树种，确保苗木成活率达到九',
      '成以上，并在四月底前完成全部造林任务。'
    ].join('\n') + '\n'

  it('should read the point on the next line as the inline list going on', () => {
    expect(points(wrapped(''))).toEqual([[['一', '县公安局要在'], ['二', '县城管局要加'], ['三', '县住建局要在']], []])
  })

  it('should read it so over a page number and a running header', () => {
    expect(points(wrapped('\n— 1 —\n\n县政府常务会议纪要\n'))).toEqual([[['一', '县公安局要在'], ['二', '县城管局要加'], ['三', '县住建局要在']], []])
  })
})

describe('blocks of a post numbered with keycap digits (blind20-h54 r2)', () => {
  const post = (one: string, two: string) =>
    `9月2日上午，县长钟远山主持召开县长办公会议。\n\n${one} 研究秋季森林防火工作\n\n会议听取了县林业局的汇报。会议要求，县林业局要在9月20日前完成护林员培训。\n\n${two} 研究城区停车场建设\n\n会议原则同意该方案。\n`

  it('should read 1️⃣ and 2️⃣ as the items, the heading after the keycap', () => {
    const {items} = analyze(post('1\ufe0f\u20e3', '2\ufe0f\u20e3')).record
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['1', '研究秋季森林防火工作'],
      ['2', '研究城区停车场建设']
    ])
  })

  it('should read a keycap without its variation selector too', () => {
    expect(analyze(post('1\u20e3', '2\u20e3')).record.items.map((item) => item.ordinal)).toEqual(['1', '2'])
  })

  it('should keep a keycap inside a sentence as text', () => {
    const text = '9月2日上午，县长钟远山主持召开县长办公会议。\n一、研究秋季森林防火工作\n会议要求，要做到3\ufe0f\u20e3个到位。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一'])
  })
})

describe('a post\'s bullet before each topic number (blind20-h54 r4)', () => {
  const post = (bullet: string) =>
    `12月3日上午，局长韦新田主持召开局务会议。\n\n${bullet}议题一  研究冬季道路除冰工作\n\n会议同意该预案。\n\n${bullet}议题二  研究路灯维护工作\n\n会议同意维护计划。\n`

  it('should read the topics after a pictograph or a bullet as the items', () => {
    for (const bullet of ['🔸', '◆', '● ']) {
      expect(analyze(post(bullet)).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
        ['一', '研究冬季道路除冰工作'],
        ['二', '研究路灯维护工作']
      ])
    }
  })

  it('should keep a bulleted line with no number as it was', () => {
    const text = '12月3日上午，局长韦新田主持召开局务会议。\n一、研究冬季道路除冰工作\n会议同意该预案。\n◆ 相关链接\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一'])
  })
})

describe('a holiday deadline named with the holiday before it (blind20-h54 r4)', () => {
  const lead = '12月3日上午，局长韦新田主持召开局务会议。\n一、研究节日市场供应\n'
  const due = (sentence: string) => analyze(`${lead}${sentence}\n`).record.items[0].assignments.map((assignment) => assignment.due)

  it('should read 在元旦、春节前 whole', () => {
    expect(due('会议要求，市商务局要在元旦、春节前组织两轮市场巡查。')).toEqual(['在元旦、春节前'])
    expect(due('会议要求，市商务局要于中秋和国庆前完成储备。')).toEqual(['于中秋和国庆前'])
  })

  it('should read one holiday alone as before', () => {
    expect(due('会议要求，市商务局要在春节前组织市场巡查。')).toEqual(['在春节前'])
  })
})

describe('a post\'s bar before each matter\'s topic (blind20-h54 r5)', () => {
  it('should head each matter with the topic after ▍', () => {
    const text = '3月8日下午，院长沙远主持召开院长办公会。\n\n▍医疗质量\n\n会议听取了医务部关于医疗质量的汇报。\n\n▍后勤保障\n\n会议研究了电梯更新改造事项，同意更换电梯2部。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['医疗质量', '后勤保障'])
  })
})

describe('负责 before 人选 (blind20-h54 r6)', () => {
  it('should read 由X负责人选推荐 as X answering for the choice of a person', () => {
    const text = '3月29日下午，书记卓怀主持召开党委常委会会议。\n一、研究对口帮扶工作\n会议同意选派驻村第一书记1名，由党委组织部负责人选推荐，4月15日前完成选派。\n'
    const [assignment] = analyze(text).record.items[0].assignments
    expect([assignment.owner, assignment.task.includes('人选推荐')]).toEqual(['党委组织部', true])
  })

  it('should still read X负责人 as the unit where a verb follows', () => {
    const text = '3月29日下午，书记卓怀主持召开党委常委会会议。\n一、研究对口帮扶工作\n会议要求，党委组织部负责人要亲自抓好选派工作。\n'
    expect(analyze(text).record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['党委组织部'])
  })
})

describe('a hand pointing right for a colon in a post (blind20-h54 r6)', () => {
  const post = (mark: string) => `4月7日，书记阚振主持召开党工委会议。\n\n01丨研究防汛准备工作\n\n会议要求${mark}应急办要在汛前完成低洼点位排查，物业服务中心要及时清理雨水管网。\n`

  it('should read the owners after 会议要求👉 as after 会议要求：', () => {
    for (const mark of ['👉', '👉\ufe0f', '：']) {
      expect(analyze(post(mark)).record.items[0].assignments.map((assignment) => assignment.owner)).toEqual(['应急办', '物业服务中心'])
    }
  })

  it('should keep other pictographs inside a line as they were', () => {
    expect(analyze(post('👍')).record.items[0].assignments.map((assignment) => assignment.owner)).not.toContain('要求')
  })
})

describe('a post\'s arrow before a topic number and check marks before tasks (blind20-h54 r7)', () => {
  const post = '4月22日下午，局长蓝启主持召开局务会议。\n\n▶ 议题一：假期市场安全工作\n\n会议要求：\n\n✅ 市场管理科要在4月28日前完成景区检查；\n\n✅ 资源开发科要指导景区落实限量要求。\n\n▶ 议题二：城市旅游推介活动\n\n会议原则同意推介活动方案。\n'

  it('should read the topics after ▶ as the items, and the owners after ✅', () => {
    const {items} = analyze(post).record
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '假期市场安全工作'],
      ['二', '城市旅游推介活动']
    ])
    expect(items[0].assignments.map((assignment) => [assignment.owner, assignment.due])).toEqual([
      ['市场管理科', '在4月28日前'],
      ['资源开发科', null]
    ])
  })
})

describe('a matter taken up beside the one before (blind20-h54 r9)', () => {
  it('should open a matter at 会议同时研究了', () => {
    const text = '7月5日下午，院长喻汉主持召开院长办公会议。\n会议听取了护理部关于示范病区创建的汇报。会议同意该方案。\n会议同时研究了停车场改造事宜。会议原则同意改造方案。\n'
    expect(analyze(text).record.items.map((item) => item.decisions.length)).toEqual([1, 1])
  })

  it('should keep 会议同时要求 inside the matter before', () => {
    const text = '7月5日下午，院长喻汉主持召开院长办公会议。\n会议听取了护理部关于示范病区创建的汇报。会议同意该方案。\n会议同时要求，护理部要加强培训。\n'
    expect(analyze(text).record.items).toHaveLength(1)
  })
})

describe('a post that lost its line breaks, a pictograph after each sentence end (blind20-h54 r10)', () => {
  it('should open each matter after 。🔹', () => {
    const text = '7月19日上午，主任焦伯主持召开主任办公会议。🔹会议听取了归集管理科关于归集扩面的汇报。🔹会议审议了信贷管理科提交的请示，同意调整贷款额度。🔹会议还研究了档案数字化工作。编辑：郑婷\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['归集管理科'], ['信贷管理科'], []])
  })
})

describe('blocks of a post numbered with the financial numerals (blind20-h54 r11)', () => {
  const post = (one: string, two: string) =>
    `8月26日下午，校长邵怀主持召开校长办公会。\n\n${one}研究开学准备工作\n\n会议要求，教务处要在8月31日前完成课表编排。\n\n${two}研究自习室改造工作\n\n会议同意改造方案。\n\n审核丨鲁清\n`

  it('should read 壹丨 and 贰丨 as the items', () => {
    for (const [one, two] of [['壹丨', '贰丨'], ['壹 | ', '贰 | ']]) {
      expect(analyze(post(one, two)).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
        ['壹', '研究开学准备工作'],
        ['贰', '研究自习室改造工作']
      ])
    }
  })

  it('should not number a line opening with 壹 but no bar', () => {
    const text = '8月26日下午，校长邵怀主持召开校长办公会。\n一、研究开学准备工作\n壹万元以上的采购须经审批。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一'])
  })
})

describe('a list of points over a page break under the issuing office repeated (blind20-h54 r12)', () => {
  it('should go on with the list after the page number and the issuing office', () => {
    const text = '10月20日下午，书记尹向主持召开党委常委会会议。\n一、研究规划编制工作\n会议决定：\n（一）成立规划编制工作领导小组；\n（二）发展规划处要在11月底前形成规划初稿；\n第 1 页 共 2 页\n中共青岚大学委员会办公室\n（三）各二级单位要同步启动专项规划编制；\n（四）所需经费由财务处统筹安排。\n'
    expect(analyze(text).record.items[0].points.map((point) => point.ordinal)).toEqual(['一', '二', '三', '四'])
  })
})

describe('blocks of a post numbered NO.1, NO.2 (blind20-h54 r14)', () => {
  it('should read NO.1 and No.2 before a heading as the items', () => {
    const text = '2月18日下午，校长庞立主持召开校务会议。\n\nNO.1 研究开学工作\n\n会议要求，教务处要在2月23日前完成课程安排。\n\nNo.2 研究中考备考工作\n\n会议同意该计划。\n'
    expect(analyze(text).record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['1', '研究开学工作'],
      ['2', '研究中考备考工作']
    ])
  })

  it('should not number a line opening with a Latin word', () => {
    const text = '2月18日下午，校长庞立主持召开校务会议。\n一、研究开学工作\nNOTE 会议同意该方案。\n'
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual(['一'])
  })
})

describe('a copy that kept its page\'s tags in one line (blind20-h54 r14)', () => {
  it('should end a paragraph at </p>, the points after <br/> staying inline', () => {
    const text = '县人民政府常务会议纪要\n<p>1月10日下午，县长陶致主持召开县人民政府常务会议。现将会议议定事项纪要如下：</p><p>一、研究保供稳价工作</p><p>会议要求：<br/>1.县商务局要增加肉菜储备；<br/>2.县市场监督管理局要打击哄抬物价。</p><p>二、研究其他事项</p><p>会议同意寒假校园维修计划。</p>\n'
    const {items} = analyze(text).record
    expect(items.map((item) => [item.heading, item.points.length])).toEqual([
      ['研究保供稳价工作', 2],
      ['研究其他事项', 0]
    ])
  })
})
