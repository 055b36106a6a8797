import {describe, expect, it} from 'vitest'
import {analyze, parseMinutes} from '../src/index.js'

/** Each assignment of each item as `owner|task|due`. */
function tasks(text: string): string[][] {
  return parseMinutes(text).items.map((item) => item.assignments.map((each) => [each.owner, each.task, each.due ?? ''].join('|')))
}

describe('lead21: a row of labels written with bars', () => {
  const lead = '2026年5月6日，局长主持召开局务会议。\n\n'

  it('should read `责任科室｜X　　完成时限｜Y` as labels with their values', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n责任科室｜办公室　　配合科室｜财务科　　完成时限｜6月30日前\n'
    expect(tasks(text)).toEqual([['办公室|会议同意档案室搬至三楼|6月30日前', '财务科|会议同意档案室搬至三楼|6月30日前']])
  })

  it('should read the same row with a half-width bar', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n责任科室|办公室  完成时限|6月30日前\n'
    expect(tasks(text)).toEqual([['办公室|会议同意档案室搬至三楼|6月30日前']])
  })

  it('should not read a table’s header cells as labels', () => {
    const text = lead + '一、关于档案室搬迁\n会议同意档案室搬至三楼。\n| 事项 | 责任科室 | 完成时限 |\n| --- | --- | --- |\n| 搬迁 | 办公室 | 6月30日前 |\n'
    expect(tasks(text)).toEqual([['办公室|搬迁|6月30日前']])
  })
})

describe('lead21: a building’s number after a point’s `1.`', () => {
  const lead = '2026年5月6日，社区居委会主任主持召开居委会会议。\n\n一、关于老旧小区改造\n会议议定：\n'

  /** Each item's points as `ordinal text`. */
  function points(text: string): string[][] {
    return parseMinutes(text).items.map((item) => item.points.map((each) => each.ordinal + ' ' + each.text))
  }

  it('should read `1.3号楼…` as point 1 about building 3, not the number 1.3', () => {
    const text = lead + '1.3号楼外墙由物业公司负责修补。\n2.12栋楼道灯由居委会更换。\n'
    expect(points(text)).toEqual([['1 3号楼外墙由物业公司负责修补。', '2 12栋楼道灯由居委会更换。']])
  })

  it('should still read a decimal at a line’s start as no marker', () => {
    const text = lead + '1.5亿元的配套资金由区财政安排。\n'
    expect(points(text)).toEqual([[]])
  })
})

describe('lead21: a last line that ends whole without a sentence’s mark', () => {
  const body = '某县人民政府常务会议纪要\n2026年5月6日，县长王立主持召开县政府第3次常务会议。\n一、研究有关工作\n会议同意该方案，由县财政局负责。\n'

  /** Whether the text gets the `truncated` warning. */
  function cut(last: string): boolean {
    return analyze(body + last + '\n').messages.some((message) => message.ruleId === 'truncated')
  }

  it('should take page controls and a post’s footer as whole', () => {
    expect(cut('1 2 下一页 尾页')).toBe(false)
    expect(cut('【分享到】微信　微博　QQ空间')).toBe(false)
    expect(cut('阅读 1203')).toBe(false)
    expect(cut('—— END ——')).toBe(false)
    expect(cut('内部资料　注意保存')).toBe(false)
    expect(cut('▲会议现场')).toBe(false)
  })

  it('should take a line of labels by its last label and value', () => {
    expect(cut('牵头单位：县水利局 配合单位：县财政局 完成时限：9月底前')).toBe(false)
    expect(cut('撰稿：周小禾　编辑：林一　审核：宋文')).toBe(false)
    expect(cut('终审｜宋文')).toBe(false)
    expect(cut('【完成时限】6月30日前')).toBe(false)
    expect(cut('牵头单位：县水利局 完成时限：7月')).toBe(true)
  })

  it('should take names, titles and units laid out with spaces as whole', () => {
    expect(cut('　　县交通运输局局长　何　平')).toBe(false)
    expect(cut('罗一鸣　柏小溪　卜青　田原')).toBe(false)
    expect(cut('2　改造县城老旧管网　县住建局　10月15日前')).toBe(false)
  })

  it('should still warn on a sentence cut off, spaced out letter by letter or in a table’s row', () => {
    expect(cut('县住建局要会同县财政局抓紧')).toBe(true)
    expect(cut('会 议 要 求 各 单 位')).toBe(true)
    expect(cut('| 3 | 国道改线 | 县交通运输局 | 7月')).toBe(true)
  })
})

describe('lead21: the place in the lead', () => {
  /** The meeting's location. */
  function place(lead: string): string | null {
    return parseMinutes(lead + '\n一、关于城区停车\n会议同意。\n').meeting.location
  }

  it('should read no place from the 在 of a chair’s name', () => {
    expect(place('2026年4月26日上午，县长龙在川主持召开县政府第21次常务会议。')).toBe(null)
    expect(place('2026年4月26日上午，县长龙在川在县政府三楼会议室主持召开县政府第21次常务会议。')).toBe('县政府三楼会议室')
  })

  it('should leave `共同` of two chairs out of the place', () => {
    expect(place('2026年4月16日下午，学院党委书记何东、院长赖平在学院第二会议室共同主持召开党政联席会议。')).toBe('学院第二会议室')
  })

  it('should read a place set off by a comma after the day', () => {
    expect(place('2026年4月16日下午，在县行政中心三楼会议室，县长林一主持召开县政府常务会议。')).toBe('县行政中心三楼会议室')
    expect(place('在县行政中心三楼会议室，县长林一主持召开县政府常务会议。')).toBe('县行政中心三楼会议室')
  })
})

describe('lead21: the agenda’s list numbered', () => {
  /** The meeting's agenda. */
  function agenda(lead: string): string[] {
    return parseMinutes(lead + '\n一、关于城区停车\n会议同意。\n').meeting.agenda
  }

  it('should read each matter of a lead’s list after its number', () => {
    expect(agenda('6月3日，县长林一主持召开县政府常务会议。会议议程有两项：一是听取全县防汛工作汇报；二是研究城区停车收费调整。')).toEqual(['听取全县防汛工作汇报', '研究城区停车收费调整'])
    expect(agenda('6月3日，县长林一主持召开县政府常务会议，1.听取全县防汛工作汇报；2.审议《县城区停车管理办法》。')).toEqual(['听取全县防汛工作汇报', '审议《县城区停车管理办法》'])
  })

  it('should read a labelled agenda’s matters after their numbers', () => {
    expect(agenda('6月3日，县长林一主持召开县政府常务会议。\n会议议程：1.听取全县防汛工作汇报；2.研究城区停车收费调整\n')).toEqual(['听取全县防汛工作汇报', '研究城区停车收费调整'])
  })
})

describe('lead21: a date before 取得', () => {
  it('should read `12月中旬取得批复` as a deadline, as `12月中旬完成` is', () => {
    const text = '2026年10月20日下午，副市长闵书航主持召开专题会议。\n\n一、关于环评审批\n市生态环境局要完善环境影响报告书，力争12月中旬取得批复。\n'
    expect(tasks(text)).toEqual([['市生态环境局|要完善环境影响报告书，力争12月中旬取得批复|12月中旬']])
  })
})

describe('lead21: a contract signed or renewed bounds a task', () => {
  it('should read `续签前` and `签约前` as deadlines', () => {
    const lead = '2026年8月26日下午，校长司马文韬主持召开校长办公会议。\n\n一、关于食堂承包合同\n'
    expect(tasks(lead + '会议同意续签一年合同，续签前由总务处组织一次满意度调查。\n')).toEqual([['总务处|组织一次满意度调查|续签前']])
    expect(tasks(lead + '总务处要在签约前完成承包方资质审查。\n')).toEqual([['总务处|要在签约前完成承包方资质审查|在签约前']])
  })
})

describe('lead21: a CSV task table in the forms copies take', () => {
  const rows = ['序号,工作任务,责任单位,完成时限', '1,完成一期路基施工,县园区管委会,9月30日前', '2,办理施工许可,县住建局,8月20日前']
  const lead = '2026年8月12日，县长黎川主持召开县长办公会议。\n\n一、研究园区道路建设\n会议明确分工如下：\n'
  const expected = [['县园区管委会|完成一期路基施工|9月30日前', '县住建局|办理施工许可|8月20日前']]

  it('should read its rows with CRLF line ends and with a blank line between rows', () => {
    expect(tasks(lead + rows.join('\n') + '\n')).toEqual(expected)
    expect(tasks((lead + rows.join('\n') + '\n').replaceAll('\n', '\r\n'))).toEqual(expected)
    expect(tasks(lead + rows.join('\n\n') + '\n')).toEqual(expected)
  })

  it('should read its header in traditional characters (`序號,`)', () => {
    expect(tasks(lead + ['序號,工作任務,責任單位,完成時限', ...rows.slice(1)].join('\n') + '\n')).toEqual(expected)
  })

  it('should end the table at a paragraph with as many ASCII commas that opens with no number', () => {
    const text = lead + rows.join('\n') + '\n\n会议要求,各单位要抓好落实,确保质量,按期完工。\n'
    expect(tasks(text)).toEqual(expected)
  })
})

describe('lead21: a reporters’ label wrapped onto the next line, with CRLF line ends', () => {
  it('should read the list on as with LF', () => {
    const text = '2026年10月10日，州长李文华主持召开州人民政府第22次常务会议。\n\n一、研究医院改扩建项目融资问题\n　　汇报单位：州卫生健康委、州财政局、\n　　　　　　　州城投集团\n　　会议同意该方案。\n'
    const reporters = (source: string) => parseMinutes(source).items.map((item) => item.reporters)
    expect(reporters(text)).toEqual([['州卫生健康委', '州财政局', '州城投集团']])
    expect(reporters(text.replaceAll('\n', '\r\n'))).toEqual([['州卫生健康委', '州财政局', '州城投集团']])
  })
})
