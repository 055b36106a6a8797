import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

describe('news of an on-site office that goes from site to site (blind21-h59 r3)', () => {
  const news = [
    '副县长谭一鸣到工业园区现场办公',
    '',
    '5月8日，副县长谭一鸣带队到工业园区开展项目现场办公，察看项目进度，协调解决问题。',
    '',
    '在园区供水管网工程现场，谭一鸣听取了施工方汇报。他要求，县水利局要加快管网铺设，6月10日前完成主管道连通。',
    '',
    '随后，谭一鸣一行来到标准厂房二期工地，要求县工信局抓紧做好招商对接。',
    '',
    '县发改局、县住建局负责同志参加现场办公。',
  ].join('\n')

  it('should make one matter from the lead, opening at the office it holds', () => {
    const {record} = analyze(news)
    expect(record.items).toHaveLength(1)
    expect(record.items[0]?.heading.startsWith('开展项目现场办公')).toBe(true)
  })

  it('should read the tasks given at each site', () => {
    expect(tasks(news)).toEqual([
      {owner: '县水利局', task: '要加快管网铺设，6月10日前完成主管道连通', due: '6月10日前'},
      {owner: '县工信局', task: '抓紧做好招商对接', due: '抓紧'},
    ])
  })

  it('should not take the headline, which has no sentence, for the lead', () => {
    const {record} = analyze(news.split('\n').slice(0, 1).join('\n') + '\n\n县发改局负责同志参加会议。')
    expect(record.items).toHaveLength(0)
  })
})

describe('a leader named bare, with a title elsewhere, asks an owner (blind21-h59 r3)', () => {
  const lead = '2025年7月2日，区长胡启航主持召开会议，研究校舍问题。会议纪要如下：\n一、关于南湖学校\n'

  it('should give the task to the unit asked after 要求', () => {
    expect(tasks(`${lead}针对配套滞后的问题，胡启航要求区教育局加快室外工程招标，确保秋季开学前交付使用。\n`)).toEqual([
      {owner: '区教育局', task: '加快室外工程招标，确保秋季开学前交付使用', due: '秋季开学前'},
    ])
  })

  it('should give nothing after a name the text never introduces', () => {
    expect(tasks(`${lead}王五要求区教育局加快室外工程招标。\n`)).toEqual([])
  })
})

describe('a report gathered on a weekday, sent on in the clause after (blind21-h59 r5)', () => {
  const lead = '2025年12月16日上午，副市长甘露主持召开联席会议。会议议定以下事项：\n'

  it('should read 每周一汇总…，报召集人 as recurring', () => {
    const [task] = analyze(`${lead}一、联席会议办公室每周一汇总各成员单位工作进展，报召集人。\n`).record.items.flatMap((item) => item.assignments)
    expect(task).toMatchObject({owner: '联席会议办公室', due: '每周一', dueDate: null, dueKind: 'recurring'})
  })

  it('should leave a weekday of work alone when no report follows', () => {
    const [task] = analyze(`${lead}一、联席会议办公室每周一汇总各成员单位工作进展，形成台账。\n`).record.items.flatMap((item) => item.assignments)
    expect(task?.due ?? null).toBe(null)
  })
})

describe('units counted in digits after 等 and a report to come again (blind21-h59 r6)', () => {
  const lead = '2025年9月25日，区长邢远主持召开调度会。\n\n'

  it('should give each unit before 等8个单位 as a reporter', () => {
    const {record} = analyze(`${lead}会上，区住建局、区交通运输局等8个单位分别汇报了项目进展。\n`)
    expect(record.items[0]?.reporters).toEqual(['区住建局', '区交通运输局'])
  })

  it('should not make a leader who comments a reporter for a 每半月通报 he asks for', () => {
    const {record} = analyze(`${lead}会上，区发改局通报了建设情况。\n\n邢远对各项目逐一点评，并提出要求：一是区发改局要实行预警，每半月通报一次；二是区自然资源局要加快报批。\n`)
    expect(record.items[0]?.reporters).toEqual(['区发改局'])
  })

  it('should still read 定期通报 as no presentation, 通报了 as one', () => {
    const {record} = analyze(`${lead}会上，区发改局通报了建设情况。\n\n邢远对各项目逐一点评，要求区发改局定期通报进度。\n`)
    expect(record.items[0]?.reporters).toEqual(['区发改局'])
  })
})

describe('news of an on-site office that convenes it and says what it decided (blind21-h59 r7)', () => {
  const news = [
    '县长邝明到石桥镇召开乡村振兴现场办公会',
    '',
    '4月15日，县长邝明率县直有关部门负责同志，先后来到石桥镇茶园和灌区施工现场，召开乡村振兴现场办公会，协调解决项目推进中的问题。',
    '',
    '现场办公会议定：一是县农业农村局要牵头做好茶园二期用地调规，5月底前完成；二是县水利局负责灌区渠系配套。',
    '',
    '邝明强调，各部门要主动靠前服务。',
    '',
    '副县长苟云峰参加现场办公会。',
  ].join('\n')

  it('should open the one matter at the office named for its work, its points what it decided', () => {
    const {record} = analyze(news)
    expect(record.items).toHaveLength(1)
    const [item] = record.items
    expect(item?.heading.startsWith('乡村振兴现场办公会')).toBe(true)
    expect(item?.points).toHaveLength(2)
    expect(item?.decisions).toHaveLength(2)
    expect(item?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '县农业农村局', due: '5月底前'},
      {owner: '县水利局', due: null},
    ])
  })

  it('should not take a leader title before the office for its work (no matter found there, as before)', () => {
    const {record} = analyze(news.replace('召开乡村振兴现场办公会，协调', '召开县长现场办公会，协调'))
    expect(record.items).toHaveLength(0)
  })
})

describe('an owner named by its role with 是, a body seated in another, the first week after a holiday (blind21-h59 r10)', () => {
  // A Tuesday: 2025-09-23.
  const lead = '2025年9月23日上午，副县长甘棠主持召开专题会议。纪要如下：\n一、关于背街小巷\n'

  it('should give the task to X of X是…的责任主体，要…', () => {
    expect(tasks(`${lead}城关镇是背街小巷改造的责任主体，要于本月内完成施工队伍进场。\n`)).toEqual([
      {owner: '城关镇', task: '是背街小巷改造的责任主体，要于本月内完成施工队伍进场', due: '本月内'},
    ])
  })

  it('should give nothing where 是 names no owner role', () => {
    expect(tasks(`${lead}城关镇是全县先进单位，要发挥带头作用。\n`)).toEqual([])
  })

  it('should give the work after the comma to a body seated in another', () => {
    expect(tasks(`${lead}联席会议办公室设在县住建局，负责日常工作，每月底前汇总工作情况报召集人。\n`)).toEqual([
      {owner: '联席会议办公室', task: '负责日常工作，每月底前汇总工作情况报召集人', due: '每月底前'},
    ])
    expect(tasks(`${lead}领导小组办公室设在县住建局，办公室主任由李强兼任。\n`)).toEqual([])
  })

  it('should not give a duty to an office the sentence sets up with its group', () => {
    expect(tasks(`${lead}会议要求，成立由甘棠副县长任组长的工作专班，专班办公室设在县住建局，负责日常调度。\n`)).toEqual([])
  })

  it('should read 国庆节后第一周内 as 国庆节后一周内', () => {
    const [task] = analyze(`${lead}县城管局要于国庆节后第一周内完成摊贩疏导。\n`).record.items.flatMap((item) => item.assignments)
    expect(task).toMatchObject({owner: '县城管局', due: '国庆节后第一周内', dueDate: '2025-10-08'})
  })
})

describe('news of an on-site office that ends in a forum (blind21-h59 r11)', () => {
  const news = [
    '市长宁远到开发区现场办公',
    '',
    '2025-06-19 09:12:45　来源：市政府网',
    '',
    '6月18日，市长宁远到开发区现场办公，实地察看项目建设情况，召开座谈会研究解决企业困难。',
    '',
    '宁远一行先后来到甲公司和乙产业园。在甲公司，宁远要求市发改委帮助企业争取能耗指标，7月底前拿出方案。',
    '',
    '座谈会上，宁远指出，要把企业的烦心事当作政府的心头事。他要求，市人社局要帮助企业解决技工招引问题。',
    '',
    '副市长伍振华参加活动。',
  ].join('\n')

  it('should keep the meeting of the lead whole: the forum, its day and the leader', () => {
    const {meeting} = analyze(news).record
    expect({name: meeting.name, date: meeting.date, chair: meeting.chair?.name}).toEqual({name: '座谈会', date: '2025-06-18', chair: '宁远'})
  })

  it('should open the one matter at the office, its stops and the forum its body', () => {
    const {items} = analyze(news).record
    expect(items).toHaveLength(1)
    expect(items[0]?.heading.startsWith('现场办公')).toBe(true)
    expect(items[0]?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '市发改委', due: '7月底前'},
      {owner: '市人社局', due: null},
    ])
  })
})

describe('an on-site office whose forum the body names later, and a unit work report (blind21-h59 r12)', () => {
  const news = [
    '县委书记常宁到柳河镇开展现场办公',
    '',
    '发布时间：2025年11月06日　来源：县委办公室',
    '',
    '11月5日，县委书记常宁到柳河镇开展现场办公，副县长姚冰陪同。',
    '',
    '常宁一行先后来到柳河镇中心小学和千亩蔬菜基地。',
    '',
    '在随后召开的现场办公会上，常宁听取了柳河镇工作汇报，现场交办了事项：县卫健局要为柳河镇卫生院增派2名全科医生，12月底前到岗。',
  ].join('\n')

  it('should read the meeting from the lead of the office, not from the forum in the body', () => {
    const {meeting} = analyze(news).record
    expect({date: meeting.date, chair: meeting.chair?.name}).toEqual({date: '2025-11-05', chair: '常宁'})
  })

  it('should give the unit of 听取了X工作汇报 as a reporter, not a topic', () => {
    const {items} = analyze(news).record
    expect(items[0]?.reporters).toEqual(['柳河镇'])
    const topic = analyze('2025年9月2日，区长甲乙主持召开会议。纪要如下：\n一、关于安全\n会议听取了安全生产工作汇报。\n').record
    expect(topic.items[0]?.reporters).toEqual([])
  })
})

describe('a unit asked to get ahead with its work (blind21-h59 r13)', () => {
  const lead = '2025年7月24日上午，副市长甘露主持召开专题会议。纪要如下：\n一、安置房配套学校\n'

  it('should give the unit of X提前谋划… a task after another owner clause', () => {
    expect(tasks(`${lead}市自然资源局要在8月底前完成用地规划调整，市教育局提前谋划学校办学方案。\n`)).toEqual([
      {owner: '市自然资源局', task: '要在8月底前完成用地规划调整', due: '在8月底前'},
      {owner: '市教育局', task: '提前谋划学校办学方案', due: null},
    ])
  })

  it('should give nothing for what a unit did ahead (提前完成了)', () => {
    expect(tasks(`${lead}市教育局提前完成了年度招生任务。\n`)).toEqual([])
  })
})

describe('two leaders who lead an on-site office together (blind21-h59 r15)', () => {
  const tail = '到石溪村开展现场办公。现将议定事项纪要如下：\n（一）石溪村。由镇建设环保办负责村道修复。\n'

  it('should make the first the chair, the second a co-chair', () => {
    const {meeting} = analyze(`2025年3月20日，镇党委书记宋远山、镇长贝晓光带领镇相关站所负责人，${tail}`).record
    expect({chair: meeting.chair?.name, coChairs: meeting.coChairs.map((each) => each.name)}).toEqual({chair: '宋远山', coChairs: ['贝晓光']})
  })

  it('should keep titles joined by 、 for one leader', () => {
    const {meeting} = analyze(`2025年3月20日，县委常委、副县长宋远山带领相关部门负责人${tail}`).record
    expect({chair: meeting.chair?.name, title: meeting.chair?.title, coChairs: meeting.coChairs}).toEqual({chair: '宋远山', title: '县委常委、副县长', coChairs: []})
  })
})

describe('news of an on-site office whose stops are companies (blind21-h59 r16)', () => {
  const news = [
    '区长管宁到经开区现场办公',
    '',
    '4月23日，区长管宁到经开区现场办公，协调解决企业生产经营中的困难。',
    '',
    '在甲新材料有限公司，管宁要求区自然资源局5月15日前完成扩产用地规划选址。',
    '',
    '在乙精密制造有限公司，针对企业反映的用工问题，管宁要求区人社局组织专场招聘。',
    '',
    '区政府办负责同志参加现场办公。',
  ].join('\n')

  it('should take each place after 在 the leader is named at as a stop', () => {
    const {items} = analyze(news).record
    expect(items).toHaveLength(1)
    expect(items[0]?.assignments.map(({owner}) => owner)).toEqual(['区自然资源局', '区人社局'])
  })

  it('should not take a paragraph at a place where someone else speaks', () => {
    const {items} = analyze(news.replace('在乙精密制造有限公司，针对企业反映的用工问题，管宁要求', '在乙精密制造有限公司，企业负责人反映用工问题，希望')).record
    expect(items).toHaveLength(0)
  })
})

describe('a stop opened by where the leader came, and officers who took part (blind21-h59 r17)', () => {
  const news = [
    '5月14日，县长柯宁率县直有关部门负责同志到城南片区现场办公，协调推进民生项目建设。',
    '',
    '来到城南学校扩建工地，柯宁要求县教育局确保8月20日前完成主体工程验收。',
    '',
    '县政府办公室、县发改局负责同志参加。',
  ].join('\n')

  it('should read the stop and close the page at the officers', () => {
    const {items} = analyze(news).record
    expect(items).toHaveLength(1)
    expect(items[0]?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([{owner: '县教育局', due: '8月20日前'}])
  })
})

describe('the forum an on-site office holds, named before 会上 (blind21-h59 r18)', () => {
  it('should read 现场办公会上，X提出… as a stop, its 一要… the points', () => {
    const news = [
      '9月3日，副市长杭宁带队到临港片区开展现场办公，察看项目建设情况。',
      '',
      '现场办公会上，杭宁提出两点要求：一要抢抓工期，临港片区管委会要确保冷链物流园年底前投入运营；二要强化保障，市商务局要帮助企业拓展业务。',
    ].join('\n')
    const {items} = analyze(news).record
    expect(items).toHaveLength(1)
    expect(items[0]?.points).toHaveLength(2)
    expect(items[0]?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([
      {owner: '临港片区管委会', due: '年底前'},
      {owner: '市商务局', due: null},
    ])
  })
})
