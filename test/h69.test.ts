import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due and dueDate. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate}) => ({owner, task, due, dueDate}))
  )
}

describe('a headline that names its meeting, then what it took up (blind23-h69 r2)', () => {
  it('should end the name at the first 会议 a verb of taking up follows', () => {
    const text =
      '市审计局召开党组会议传达学习全市审计工作会议精神\n\n' +
      '3月4日上午，市审计局党组书记、局长谭启明主持召开党组会议。\n\n' +
      '会议传达学习了全市审计工作会议精神。会议要求，办公室要拟定贯彻措施。\n'
    const {meeting} = analyze(text).record
    expect(meeting.name).toBe('党组会议')
    expect(meeting.chair?.name).toBe('谭启明')
  })

  it('should keep a headline whose meeting is the last 会议 whole', () => {
    const text = '区政府召开第十二次常务会议\n\n5月6日，区长邱立人主持召开区政府第十二次常务会议。\n\n会议研究了夏粮收购工作。\n'
    expect(analyze(text).record.meeting.name).toBe('区政府第十二次常务会议')
  })
})

describe('a relay the meeting took first (blind23-h69 r2)', () => {
  it('should read the one who relays after 会议首先由', () => {
    const text =
      '2026年3月9日，局长柴宏远主持召开局党组会议。\n\n' +
      '会议首先由党组成员、副局长欧阳琳传达了全省民政工作会议精神。会议要求，各科室抓好落实。\n\n' +
      '会议还由副局长詹子墨领学了《信访工作条例》。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.reporters)).toEqual([['欧阳琳'], ['詹子墨']])
  })
})

describe('a chair label with the name before the offices (blind23-h69 r2)', () => {
  it('should read the name set off by white space before its offices', () => {
    const text =
      '中共青禾县纪律检查委员会常务委员会会议纪要\n\n时　间：2026年5月12日下午\n' +
      '主　持：卢嘉言　县委常委、县纪委书记、县监委主任\n出　席：洪一帆　廖思远\n\n' +
      '一、传达学习有关会议精神\n会议要求，各室抓好落实。\n'
    const chair = analyze(text).record.meeting.chair
    expect(chair?.name).toBe('卢嘉言')
    expect(text.slice(chair?.position?.start.offset, chair?.position?.end.offset)).toBe('卢嘉言')
  })
})

describe('a day named short in quotes, then in full (blind23-h69 r2)', () => {
  it('should read “三八”国际妇女节前 whole, due the day before', () => {
    const text =
      '2026年2月3日，县妇联主席甘雨桐主持召开主席办公会议。\n\n' +
      '一、会议研究了表彰活动。会议要求，县妇联组织部要在“三八”国际妇女节前完成表彰名单公示。\n'
    expect(tasks(text)).toMatchObject([{owner: '县妇联组织部', due: '在“三八”国际妇女节前', dueDate: '2026-03-07'}])
  })

  it('should still keep a quoted name with no day as no deadline', () => {
    const text =
      '2026年2月3日，县妇联主席甘雨桐主持召开主席办公会议。\n\n' +
      '一、会议研究了宣传活动。会议要求，县妇联宣传部要组织“巾帼建新功”主题宣讲，3月底前完成。\n'
    expect(tasks(text)).toMatchObject([{owner: '县妇联宣传部', due: '3月底前'}])
  })
})

describe('a court division that brings a case to its judicial committee (blind23-h69 r3)', () => {
  const text =
    '2026年8月11日，院长申屠宁主持召开审判委员会会议。\n\n' +
    '会议讨论了刑事审判第二庭提交请示的一起职务侵占案件，要求刑事审判第二庭在8月20日前补充完善审理报告。\n\n' +
    '会议讨论了城西人民法庭提交的一起民间借贷纠纷案件。\n'

  it('should read the division as the reporter and as the owner', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => item.reporters)).toEqual([['刑事审判第二庭'], ['城西人民法庭']])
    expect(tasks(text)).toMatchObject([{owner: '刑事审判第二庭', due: '在8月20日前', dueDate: '2026-08-20'}])
  })

  it('should not read a household as a court division', () => {
    const plain = '2026年8月11日，镇长申屠宁主持召开镇长办公会议。\n\n一、会议研究了救助工作。困难家庭要按时申报。\n'
    expect(tasks(plain)).toEqual([])
  })
})

describe('how the meeting came to its outcome, after 经 (blind23-h69 r3)', () => {
  it('should read 经讨论表决，同意… as one decision', () => {
    const text =
      '2026年7月2日，总支书记邬立新主持召开党总支委员会会议。\n\n' +
      '1．研究发展党员工作。会议听取了第一支部的情况汇报，经讨论表决，同意接收蔺小川为中共预备党员。\n'
    const decisions = analyze(text).record.items[0].decisions
    expect(decisions.map((decision) => decision.text)).toEqual(['经讨论表决，同意接收蔺小川为中共预备党员'])
    expect(decisions[0].verb).toBe('同意')
  })
})

describe('下一周内, the next week written with 一 (blind23-h69 r3)', () => {
  it('should read it whole, by the Sunday of the next week', () => {
    // A Wednesday: 2026-06-03.
    const text = '2026年6月3日，院长申屠宁主持召开审判委员会会议。\n\n一、会议原则通过该细则。会议要求，研究室下一周内印发细则。\n'
    expect(tasks(text)).toMatchObject([{owner: '研究室', due: '下一周内', dueDate: '2026-06-14'}])
  })
})

describe('the partner an owner consults, after 商 (blind23-h69 r6)', () => {
  const lead = '2026年9月8日，市人大常委会主任卓远航主持召开第三十次主任会议。会议纪要如下：\n'

  it('should end the owner before 商 and a place, after 由 and as a subject', () => {
    const text =
      `${lead}一、会议研究了条例草案。由教育科学文化卫生委员会商市教育局在近期召开座谈会，听取学校意见。\n` +
      '二、会议研究了预算调整。市财政局商市发改委抓紧提出调整意见。\n'
    expect(tasks(text)).toMatchObject([
      {owner: '教育科学文化卫生委员会', task: '商市教育局在近期召开座谈会，听取学校意见', due: '在近期'},
      {owner: '市财政局', due: '抓紧'}
    ])
  })

  it('should keep a bureau of investment promotion whole', () => {
    const text = `${lead}一、会议研究了展会筹备。县招商局要牵头做好展会筹备。\n`
    expect(tasks(text)).toMatchObject([{owner: '县招商局'}])
  })
})

describe('协商确定了, a council settling in consultation (blind23-h69 r6)', () => {
  it('should read it as a decision after a report heard, not in a topic heading', () => {
    const text =
      '2026年6月2日，县政协主席吕正清主持召开主席会议。\n\n' +
      '议程一：协商确定常委会议议程\n' +
      '会议听取了县政协办公室的汇报，协商确定了“山区教育”等2个专题协商议题。\n'
    const decisions = analyze(text).record.items[0].decisions
    expect(decisions.map((decision) => decision.text)).toEqual(['协商确定了“山区教育”等2个专题协商议题'])
  })
})

describe('a judicial committee named for the meeting (blind23-h69 r7)', () => {
  const lead = '青溪县人民法院审判委员会会议纪要\n\n会议时间：2026年5月19日下午\n主 持 人：院长　卜文涛\n\n'

  it('should read 审委会讨论决定： and 经审委会讨论，决定 as decisions', () => {
    const text =
      `${lead}一、关于被告人某某盗窃一案\n刑事审判庭汇报了案件情况。审委会讨论决定：对被告人判处有期徒刑八个月。\n` +
      '二、关于某公司合同纠纷一案\n民事审判庭汇报了审理情况。经审委会讨论，决定本案继续调解。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      ['审委会讨论决定：对被告人判处有期徒刑八个月'],
      ['经审委会讨论，决定本案继续调解']
    ])
    expect(items.map((item) => item.reporters)).toEqual([['刑事审判庭'], ['民事审判庭']])
  })
})

describe('a lead time before the sitting, and a festival quoted before 节 (blind23-h69 probes after r7)', () => {
  // A Thursday: 2026-02-05.
  const lead = '2026年2月5日，县人大常委会主任古月明主持召开第十二次主任会议。会议纪要如下：\n'

  it('should read 于会前一周 whole', () => {
    const text = `${lead}一、会议研究了预算调整方案。财政经济工作委员会于会前一周将初审报告送常委会组成人员。\n`
    expect(tasks(text)).toMatchObject([{owner: '财政经济工作委员会', due: '于会前一周', dueDate: null}])
  })

  it('should read 于“三八”节前 whole, due the day before', () => {
    const text = `${lead}一、会议研究了普法宣传。县妇联权益部牵头，会同县司法局于“三八”节前开展普法宣传周活动。\n`
    expect(tasks(text)).toMatchObject([{owner: '县妇联权益部', due: '于“三八”节前', dueDate: '2026-03-07'}])
  })
})

describe('a congress presidium, a lead time after the sitting, a section of disease control (blind23-h69 r8)', () => {
  it('should name the meeting after the last 的 of a subject line about convening another', () => {
    const text =
      '关于召开乡第八届人民代表大会第三次会议的主席团会议纪要\n\n' +
      '2026年12月1日，白沙乡人大主席团召开主席团会议，乡人大主席甄立新主持会议。\n\n会议研究了会议筹备工作。\n'
    expect(analyze(text).record.meeting.name).toBe('主席团会议')
  })

  it('should read 于常委会会议召开7日前 whole, on no day', () => {
    const text =
      '2026年10月12日，区人大常委会主任章明哲主持召开第四十次主任会议。会议纪要如下：\n' +
      '一、会议决定召开常委会会议。由常委会办公室于常委会会议召开7日前将会议材料送达常委会组成人员。\n'
    expect(tasks(text)).toMatchObject([{owner: '常委会办公室', due: '于常委会会议召开7日前', dueDate: null}])
  })

  it('should read 疾控股 as a section, reporter and owner', () => {
    const text =
      '2026年12月8日，区卫健局局长尉迟斌主持召开局务会议。现将会议议定事项纪要如下：\n' +
      '一、关于冬季防病工作。会议听取了疾控股关于呼吸道疾病形势的汇报。会议要求，疾控股于12月20日前完成重点人群疫苗接种。\n'
    const [item] = analyze(text).record.items
    expect(item.reporters).toEqual(['疾控股'])
    expect(tasks(text)).toMatchObject([{owner: '疾控股', dueDate: '2026-12-20'}])
  })
})

describe('an agreement by a vote (blind23-h69 r11)', () => {
  it('should read 表决同意 as a decision, also after how the vote was taken', () => {
    const text =
      '2026年5月12日，机关党委书记柯文亮主持召开机关党委委员会议。\n\n' +
      '会议审议了办公室党支部关于祝晓芸同志预备党员转正的请示，表决同意祝晓芸同志按期转为中共正式党员。\n\n' +
      '会议审议了党建工作要点，以举手方式表决同意该要点。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.decisions.map((decision) => decision.verb))).toEqual([['表决同意'], ['表决同意']])
    expect(items[0].reporters).toEqual(['办公室党支部'])
  })
})

describe('names under one title of a whole body (blind23-h69 r14)', () => {
  it('should give the task to the persons, not to the body', () => {
    const text =
      '2026年5月14日，县人大常委会主任闻人达主持召开第三十三次主任会议，副主任骆文涛、竺丽君出席会议。纪要如下：\n' +
      '一、会议研究了代表建议办理工作，决定对5件建议进行重点督办，分别由常委会副主任骆文涛、竺丽君领衔督办。\n'
    expect(tasks(text)).toMatchObject([{owner: '骆文涛、竺丽君', task: '领衔督办'}])
  })
})
