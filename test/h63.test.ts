import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading. */
function headings(text: string) {
  return analyze(text).record.items.map((item) => item.heading)
}

/** The meeting's name, date and chair. */
function meeting(text: string) {
  const {name, date, chair} = analyze(text).record.meeting
  return {name, date, chair: chair?.name ?? null}
}

describe('a second meeting a news page reports after the first (blind22-h63 r2)', () => {
  const text =
    '2026年9月2日，市长韦如松主持召开市政府第12次常务会议。\n' +
    '　　会议听取了市交通运输局关于城区公交线网优化的汇报。会议要求，市交通运输局要9月底前完成线网调整。\n' +
    '　　同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神。会议要求，党组成员要带头抓好落实。\n'

  it('should open one more matter at the paragraph that convenes it', () => {
    expect(headings(text)).toEqual(['会议听取了市交通运输局关于城区公交线网优化的汇报', '同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神'])
  })

  it('should keep the first meeting as the record\'s', () => {
    expect(meeting(text)).toEqual({name: '市政府第12次常务会议', date: '2026-09-02', chair: '韦如松'})
  })

  it('should open it after the first meeting ends too', () => {
    const after = text.replace('同日，韦如松还', '会议结束后，韦如松又')
    expect(headings(after)).toHaveLength(2)
  })

  it('should open it when held the next day or that evening, a time of day after the word', () => {
    for (const day of ['次日上午，', '当晚，']) expect(headings(text.replace('同日，', day))).toHaveLength(2)
  })

  it('should not open a matter at a task to convene one', () => {
    const task = text.replace('同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神。', '会后由市交通运输局召开专题会议，研究站点调整。')
    expect(headings(task)).toHaveLength(1)
  })

  it('should not open a matter where the day word leads in to no meeting', () => {
    const plain = text.replace('同日，韦如松还主持召开市政府党组会议，传达学习省委有关会议精神。', '同日，市交通运输局召开专题部署，抓好落实。')
    expect(headings(plain)).toHaveLength(1)
  })
})

describe('news of a standing committee that dates its meeting before the verb (blind22-h63 r4)', () => {
  it('should join the bare 会议 to the body across the date', () => {
    const text = '区委常委会5月9日召开会议，研究部署汛期安全工作。区委书记钟岳主持会议。\n会议听取了区应急管理局关于汛前检查的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('区委常委会会议')
  })

  it('should keep a time of day between the date and the verb', () => {
    const text = '县委常委会3月2日上午召开会议，研究春耕工作。县委书记祝平川主持会议。\n会议听取了县农业农村局关于春耕备耕的汇报。\n'
    expect(analyze(text).record.meeting.name).toBe('县委常委会会议')
  })
})

describe('a newspaper that tells the day from the day it prints (blind22-h63 r4)', () => {
  const page = (stamp: string, day: string) =>
    `区政府召开常务会议\n${stamp}　来源：某区日报\n　　本报讯（记者 尚知微）${day}下午，区长简丰年主持召开区政府第7次常务会议。\n　　会议听取了区财政局关于预算执行的汇报。\n`

  it('should take the month and year of the page date', () => {
    const {date, timeOfDay} = analyze(page('2026-05-06 08:15', '昨天（5日）')).record.meeting
    expect({date, timeOfDay}).toEqual({date: '2026-05-05', timeOfDay: '下午'})
  })

  it('should take the month before where the day is later than the page date', () => {
    expect(analyze(page('2026-03-01 07:00', '昨天（28日）')).record.meeting.date).toBe('2026-02-28')
  })

  it('should give no date without the page date', () => {
    expect(analyze(page('', '昨天（5日）')).record.meeting.date).toBeNull()
  })
})

describe('a prefecture commissioner chairing (blind22-h63 r4)', () => {
  it('should read 行署专员 as the title before a transliterated name', () => {
    const text = '2026年10月12日，地委副书记、行署专员努尔兰·沙比提主持召开行署第3次专员办公会议。\n会议听取了行署交通运输局关于冬季道路保通的汇报。\n'
    expect(meeting(text)).toEqual({name: '行署第3次专员办公会议', date: '2026-10-12', chair: '努尔兰·沙比提'})
  })
})

describe('a newspaper page of its digital edition (blind22-h63 r8)', () => {
  const text =
    '2026年03月12日　星期四　第02版：要闻\n上一期　下一期　版面导航\n\n区委常委会召开会议\n研究部署春季植树和森林防火工作\n\n' +
    '　　本报讯（记者 古月明）11日上午，区委常委会召开会议。区委书记阮青岚主持会议。\n' +
    '　　会议研究部署了春季植树工作。会议要求，区林业局要3月底前完成造林任务。\n'

  it('should read the page line and the edition chrome as no part of the minutes, the subtitle as no matter', () => {
    expect(headings(text)).toEqual(['会议研究部署了春季植树工作'])
  })

  it('should date a bare day after the dateline by the page, its value the day alone', () => {
    const {date, timeOfDay, positions} = analyze(text).record.meeting
    expect({date, timeOfDay}).toEqual({date: '2026-03-11', timeOfDay: '上午'})
    expect(positions.date && text.slice(positions.date.start.offset, positions.date.end.offset)).toBe('11日')
  })
})

describe('a league head and a lead that only coordinates (blind22-h63 r8)', () => {
  it('should read 盟长 as a title', () => {
    const text = '2026年4月15日，盟委副书记、盟长那顺·朝鲁主持召开盟行署2026年第6次常务会议。\n会议听取了盟林草局关于春季防火的汇报。\n'
    expect(meeting(text).chair).toBe('那顺·朝鲁')
  })

  it('should give the outcome after an audience to an owner that only 负责统筹推进', () => {
    const text = '2026年9月7日，街道党工委书记符晓川主持召开党工委会议。\n会议研究了加装电梯工作。会议明确，由街道城建科负责统筹推进，各社区做好居民协商工作，10月底前完成首批电梯加装。\n'
    const [task] = analyze(text).record.items.flatMap((item) => item.assignments)
    expect({owner: task?.owner, due: task?.due}).toEqual({owner: '街道城建科', due: '10月底前'})
  })
})

describe('a deadline before where the work is done (blind22-h63 r9)', () => {
  it('should read no owner in the place after the deadline, the task going on', () => {
    const text = '2026年10月21日，省长柏修远主持召开省政府常务会议，研究部署秋冬种工作。\n会议指出，省农业农村厅要及早落实种子储备，11月上旬前在平原片区全面启动冬小麦播种。\n'
    const tasks = analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, due}) => ({owner, due})))
    expect(tasks).toEqual([{owner: '省农业农村厅', due: '11月上旬前'}])
  })
})

describe('minority leaders named in four to six ideographs without a dot (blind22-h63 r12)', () => {
  /** Each assignment as owner and due. */
  const owners = (text: string) => analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, due}) => ({owner, due})))
  const lead = '2026年8月25日，州长阿苏拉格主持召开州人民政府第31次常务会议。\n'

  it('should read a Yi name after its title as the owner who leads', () => {
    const text = `${lead}会议听取了州民政局关于养老机构改造的汇报。会议要求，由副州长吉克木呷牵头，州民政局配合，10月底前完成改造。\n`
    expect(owners(text)[0]).toEqual({owner: '吉克木呷', due: '10月底前'})
  })

  it('should read a Tibetan name after titles joined by 、', () => {
    const text = `${lead}会议研究了稳控工作。会议要求，由县委常委、政法委书记次仁卓玛牵头，县公安局配合，12月15日前完成稳控措施落实。\n`
    expect(owners(text)[0]).toEqual({owner: '次仁卓玛', due: '12月15日前'})
  })

  it('should not read two names joined by 和 as one', () => {
    const text = `${lead}会议研究了稳控工作。会议要求，由副州长吉克和阿果牵头，12月15日前完成稳控措施落实。\n`
    expect(owners(text).map((each) => each.owner)).not.toContain('吉克和阿果')
  })
})

describe('a town page of two meetings, each taking up its matter in its lead (blind22-h63 r13)', () => {
  const text =
    '青杉镇召开镇政府常务会议和党委会议\n发布时间：2026-10-30\n' +
    '　　10月29日上午，镇长杜若溪主持召开镇政府常务会议，研究秸秆禁烧工作。会议要求，镇农业服务中心要落实网格化巡查。\n' +
    '　　同日下午，镇党委书记韩墨林主持召开镇党委会议，听取了镇纪委关于专项整治的汇报。会议要求，镇纪委要建立问题台账。\n'

  it('should open the first meeting\'s matter at its lead and the second at its paragraph', () => {
    expect(headings(text)).toEqual(['研究秸秆禁烧工作', '同日下午，镇党委书记韩墨林主持召开镇党委会议，听取了镇纪委关于专项整治的汇报'])
  })

  it('should name the first meeting, not the headline\'s pair', () => {
    expect(meeting(text)).toEqual({name: '镇政府常务会议', date: '2026-10-29', chair: '杜若溪'})
  })
})

describe('a study session before the meeting and a headline joining two with 暨 (blind22-h63 r16)', () => {
  it('should keep a lead that only previews the matters out of the items before a meeting held before it', () => {
    const text =
      '2026年10月16日，县长宋知秋主持召开县政府第41次常务会议，研究森林防火、低保提标等工作。\n' +
      '　　会前，宋知秋主持召开县政府党组理论学习中心组学习会，专题学习了森林法。\n' +
      '　　会议听取了县林业局关于森林防火工作的汇报。\n'
    expect(headings(text)).toEqual(['会前，宋知秋主持召开县政府党组理论学习中心组学习会，专题学习了森林法', '会议听取了县林业局关于森林防火工作的汇报'])
  })

  it('should name the lead\'s meeting where the headline joins another to it with 暨', () => {
    const text =
      '区委常委会召开会议暨区委全面依法治区委员会会议\n' +
      '2026年9月29日，区委书记温如玉主持召开区委常委会会议，研究部署国庆安全工作。会议强调，区公安分局要加强巡逻防控。\n' +
      '随后，温如玉主持召开区委全面依法治区委员会会议，审议通过了《法治政府建设实施方案》。\n'
    expect(meeting(text).name).toBe('区委常委会会议')
    expect(headings(text)).toEqual(['研究部署国庆安全工作', '随后，温如玉主持召开区委全面依法治区委员会会议，审议通过了《法治政府建设实施方案》'])
  })
})

describe('a vice governor with a long name who reports (blind22-h63 r17)', () => {
  it('should give the name as the reporter', () => {
    const text = '2026年11月3日，州长俄木拉则主持召开州政府第35次常务会议。\n会议听取了副州长吉克阿依关于控辍保学工作的汇报。会议要求，州教育体育局要建立台账。\n'
    expect(analyze(text).record.items.map((item) => item.reporters)).toEqual([['吉克阿依']])
  })
})
