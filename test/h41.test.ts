import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The first item's assignments as owner, task, due. */
function tasks(text: string) {
  return analyze(text).record.items[0]?.assignments.map((each) => [each.owner, each.task, each.due])
}

const city = '桐川市人民政府常务会议纪要\n2026年5月11日，市长柯远航主持召开市政府第9次常务会议。现纪要如下：\n'

describe('a part after `;` with no subject goes on with the task before it (blind17-h41 r1)', () => {
  it('should run the task on over `;对A，要…` to its deadline', () => {
    const text = `${city}一、研究公共资源交易\n会议强调，市公管办要规范交易流程；对长期闲置的场地，要登记造册、分类盘活，10月底前处置完毕。\n`
    expect(tasks(text)).toEqual([['市公管办', '要规范交易流程；对长期闲置的场地，要登记造册、分类盘活，10月底前处置完毕', '10月底前']])
  })

  it('should run it on over `;同时要…`', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；同时要建立价格监测机制，每月5日前报送监测数据。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积；同时要建立价格监测机制，每月5日前报送监测数据', '每月5日前']])
  })

  it('should stop at `;` before another owner', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；市商务局要做好市场保供，春节前投放储备肉。\n`
    expect(tasks(text)).toEqual([
      ['市农业农村局', '要稳定蔬菜种植面积', null],
      ['市商务局', '要做好市场保供，春节前投放储备肉', '春节前']
    ])
  })

  it('should stop at `;` before a part that is not the owner going on', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积；各县区政府要落实属地责任，年底前完成目标。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积', null]])
  })

  it('should not run on over `。`', () => {
    const text = `${city}一、研究菜篮子工程\n会议要求，市农业农村局要稳定蔬菜种植面积。要建立价格监测机制，6月底前报送监测数据。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要稳定蔬菜种植面积', null]])
  })
})

describe('who reports, who heads, who supports (blind17-h41 r3)', () => {
  const college = '青岚学院2026年第3次党政联席会议纪要\n主持人：党委书记　温若兰\n参会人员：院长钟启明，副院长方晓\n'

  it('should read a post by its title alone that reports at a clause start', () => {
    const text = `${college}议题一：研究博士招生工作\n科研秘书汇报了博士招生计划。会议同意该计划。\n`
    expect(analyze(text).record.items[0]?.reporters).toEqual(['科研秘书'])
  })

  it('should give a group’s work to its head named bare when the minutes introduce that name', () => {
    const text = `${college}议题一：研究博士招生工作\n会议决定，成立招生工作小组，由钟启明任组长，全面负责招生组织工作。\n`
    expect(tasks(text)).toEqual([['钟启明', '全面负责招生组织工作', null]])
  })

  it('should not give it to a bare name the minutes do not introduce', () => {
    const text = `${college}议题一：研究博士招生工作\n会议决定，成立招生工作小组，由钟启亮任组长，全面负责招生组织工作。\n`
    expect(tasks(text)).toEqual([])
  })

  it('should read supports joined with the bodies along a line, each of them an audience', () => {
    const text = `${city}一、研究河道整治\n会议要求，市水利局牵头，市执法局、沿河各乡镇配合，8月底前完成清淤。\n`
    expect(tasks(text)).toEqual([
      ['市水利局', '牵头，市执法局、沿河各乡镇配合，8月底前完成清淤', '8月底前'],
      ['市执法局、沿河各乡镇', '配合，8月底前完成清淤', '8月底前']
    ])
    const owners = analyze(text).record.items[0]?.assignments[1]?.owners
    expect(owners).toEqual(['市执法局'])
  })

  it('should give an audience along a line no task', () => {
    const text = `${city}一、研究河道整治\n会议要求，周边各村要加强巡查。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('a deadline that opens a clause before `由X` is X’s (blind17-h41 r4)', () => {
  it('should give X a one-off deadline written before `由`', () => {
    const text = `${city}一、研究项目调度\n会议要求，6月10日前由市发改委汇总各项目进展情况。\n`
    expect(tasks(text)).toEqual([['市发改委', '汇总各项目进展情况', '6月10日前']])
  })

  it('should give X a recurring one written before `由`', () => {
    const text = `${city}一、研究项目调度\n会议要求，每季度首月10日前由市发改委汇总上季度进展情况。\n`
    expect(tasks(text)).toEqual([['市发改委', '汇总上季度进展情况', '每季度首月10日前']])
  })
})

describe('a grade owns its task; a period before `将X报…` recurs (blind17-h41 r5)', () => {
  const school = '溪岸中学校长办公会议纪要\n2026年3月2日，校长柴明远主持召开校长办公会议。纪要如下：\n'

  it('should read a grade named whole as the owner', () => {
    const text = `${school}一、研究毕业班工作\n会议要求，高三年级要制定高考备考方案，3月15日前报教务处。\n`
    expect(tasks(text)).toEqual([['高三年级', '要制定高考备考方案，3月15日前报教务处', '3月15日前']])
  })

  it('should give the grades as a whole no task', () => {
    const text = `${school}一、研究毕业班工作\n会议要求，各年级要加强课间管理。\n`
    expect(tasks(text)).toEqual([])
  })

  it('should read a period before `将` and what is reported as a recurring deadline', () => {
    const text = `${city}一、研究干部培训\n会议要求，市人社局要按季度组织培训，每季度末将培训情况报市政府。\n`
    expect(tasks(text)).toEqual([['市人社局', '要按季度组织培训，每季度末将培训情况报市政府', '每季度末']])
  })

  it('should not read one before `将` and another verb', () => {
    const text = `${city}一、研究统计工作\n会议要求，市统计局要每月将数据纳入台账管理。\n`
    expect(tasks(text)).toEqual([['市统计局', '要每月将数据纳入台账管理', null]])
  })
})

describe('inline points of a task and a study group (blind17-h41 r6)', () => {
  it('should run a task on over the points it opens inline', () => {
    const text = `${city}一、研究产业帮扶\n会议要求，市农业农村局要抓好产业帮扶，1.推动茶叶产业提质增效；2.年内新培育龙头企业3家。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要抓好产业帮扶，1.推动茶叶产业提质增效；2.年内新培育龙头企业3家', '年内']])
  })

  it('should not run the point an owner is one of into the next point', () => {
    const text = `${city}一、研究产业帮扶\n会议要求，一是市农业农村局要抓好产业帮扶；二是各乡镇要年内新培育龙头企业3家。\n`
    expect(tasks(text)).toEqual([['市农业农村局', '要抓好产业帮扶', null]])
  })

  it('should read a party group’s study group whole', () => {
    const text = `${city}一、研究理论学习\n会议要求，市政府党组理论学习中心组要在11月上旬前开展一次专题学习。\n`
    expect(tasks(text)).toEqual([['市政府党组理论学习中心组', '要在11月上旬前开展一次专题学习', '在11月上旬前']])
  })
})

describe('an account’s numbered blocks and the next season (blind17-h41 r7)', () => {
  const post = '党委会｜医院召开第5次党委会议\n原创　党委办公室　2026年3月5日 17:45\n3月4日，医院党委书记严立平主持召开2026年第5次党委会议。\n'

  it('should read `01丨heading` lines as the items, the paragraphs under them their bodies', () => {
    const text = `${post}01丨研究干部培训工作\n会议同意干部培训方案，由组织人事部具体实施。\n02丨研究后勤保障工作\n会议听取了总务科关于冬季供暖的汇报。\n`
    const items = analyze(text).record.items
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([['01', '研究干部培训工作'], ['02', '研究后勤保障工作']])
    expect(items[1]?.reporters).toEqual(['总务科'])
  })

  it('should not read two digits without the bar as a block', () => {
    const text = `${post}会议听取了总务科关于冬季供暖的汇报。\n01号楼的供暖已恢复。\n`
    expect(analyze(text).record.items.map((item) => item.ordinal)).toEqual([null])
  })

  it('should keep `下一` before a season a deadline counts to', () => {
    const text = `${city}一、研究供热价格\n会议决定，由市发改委开展成本监审，并于下一供暖季开始前提交市政府研究。\n`
    expect(tasks(text)).toEqual([['市发改委', '开展成本监审，并于下一供暖季开始前提交市政府研究', '于下一供暖季开始前']])
  })
})

describe('a half-year before a target reached is its deadline (blind17-h41 r3)', () => {
  it('should read `下半年至少引进…`', () => {
    const text = `${city}一、研究招商引资\n会议要求，市商务局要围绕两条产业链，下半年至少引进亿元以上项目8个。\n`
    expect(tasks(text)).toEqual([['市商务局', '要围绕两条产业链，下半年至少引进亿元以上项目8个', '下半年']])
  })

  it('should not read a half-year that qualifies a noun', () => {
    const text = `${city}一、研究招商引资\n会议要求，市商务局要总结下半年引进的项目情况。\n`
    expect(tasks(text)).toEqual([['市商务局', '要总结下半年引进的项目情况', null]])
  })
})

describe('standards of service and stretches that come back (blind17-h41 r9)', () => {
  it('should read `做到…后N小时内完成` and the standard after it as no deadline', () => {
    const text = `${city}一、研究清雪工作\n会议要求，市城管局要完善清雪预案，主干道做到雪停后24小时内完成，次干道48小时内完成。\n`
    expect(tasks(text)).toEqual([['市城管局', '要完善清雪预案，主干道做到雪停后24小时内完成，次干道48小时内完成', null]])
  })

  it('should still read a stretch after a clause that sets no standard', () => {
    const text = `${city}一、研究清雪工作\n会议要求，市城管局要做到预案完备，48小时内完成清雪车辆检修。\n`
    expect(tasks(text)).toEqual([['市城管局', '要做到预案完备，48小时内完成清雪车辆检修', '48小时内']])
  })

  it('should keep `每学期` before a stretch after an event, as a recurring deadline', () => {
    const text = `${city}一、研究学生资助\n会议要求，市教育局要于每学期开学后一个月内完成资助资金发放。\n`
    const assignment = analyze(text).record.items[0]?.assignments[0]
    expect([assignment?.due, assignment?.dueKind, assignment?.dueDate]).toEqual(['每学期开学后一个月内', 'recurring', null])
  })
})

describe('an inspection bounds the work before it (blind17-h41 r10)', () => {
  it('should read `检查前一周` as the deadline', () => {
    const text = `${city}一、研究迎检工作\n会议要求，市教育局要做好迎检准备，检查前一周完成档案自查。\n`
    expect(tasks(text)).toEqual([['市教育局', '要做好迎检准备，检查前一周完成档案自查', '检查前一周']])
  })

  it('should not read the early stage of an inspection', () => {
    const text = `${city}一、研究迎检工作\n会议要求，市卫健局要做好安全检查前期准备工作。\n`
    expect(tasks(text)).toEqual([['市卫健局', '要做好安全检查前期准备工作', null]])
  })
})

describe('a group’s head owns the work done in the months after it (blind17-h41 r11)', () => {
  const council = '临川区人大常委会主任会议纪要\n2026年8月3日，区人大常委会主任伍德明主持召开第12次主任会议。\n'

  it('should give the head the work that opens with its months', () => {
    const text = `${council}一、会议同意组成执法检查组，由副主任蓝小春任组长，9月至10月开展执法检查。\n`
    expect(tasks(text)).toEqual([['蓝小春', '9月至10月开展执法检查', null]])
  })

  it('should give none where the clause after the head is no work', () => {
    const text = `${council}一、会议同意组成执法检查组，由副主任蓝小春任组长，9月份的检查重点另行研究。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('a school year or term recurs (blind17-h41 r13)', () => {
  it('should read `每学年结束后一个月内` as a recurring deadline', () => {
    const text = `${city}一、研究校服管理\n会议要求，市教育局要督促学校严格执行，每学年结束后一个月内将采购情况报市政府备案。\n`
    const assignment = analyze(text).record.items[0]?.assignments[0]
    expect([assignment?.due, assignment?.dueKind]).toEqual(['每学年结束后一个月内', 'recurring'])
  })

  it('should read a term before a verb of doing as a frequency', () => {
    const text = `${city}一、研究学校体育\n会议要求，市体育局要每学期组织一次校园运动会。\n`
    expect(tasks(text)).toEqual([['市体育局', '要每学期组织一次校园运动会', null]])
  })
})
