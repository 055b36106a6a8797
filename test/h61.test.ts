import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task, due, dueDate and kind. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) =>
    item.assignments.map(({owner, task, due, dueDate, dueKind}) => ({owner, task, due, dueDate, dueKind}))
  )
}

// A Tuesday: 2026-02-10.
const lead = '2026年2月10日下午，代理县长祝远帆主持召开县政府第8次常务会议。现纪要如下：\n'

describe('a lunar day with its calendar named (blind22-h61 r1)', () => {
  it('should keep 农历 in the deadline as written', () => {
    const text = `${lead}一、关于集镇改造\n会议要求，县自然资源局要在农历正月初十前完成征地报批。\n`
    // (The `在` before a lunar date stays in the deadline, as before a solar one: h64's rule, met at the merge.)
    expect(tasks(text)).toMatchObject([{owner: '县自然资源局', due: '在农历正月初十前', dueDate: null}])
  })

  it('should read a lunar month by its number after 农历', () => {
    const text = `${lead}一、关于集镇改造\n会议要求，县文旅局要在农历八月十五前办好灯会。\n`
    expect(tasks(text)).toMatchObject([{owner: '县文旅局', due: '在农历八月十五前', dueDate: null}])
  })
})

/** The reporters of each item. */
function reporters(text: string) {
  return analyze(text).record.items.map((item) => item.reporters)
}

describe('a unit heard with its officer named beside it (blind22-h61 r2)', () => {
  it('should read the unit before its officer in brackets', () => {
    const text = `${lead}一、关于春耕\n会议听取了县农业局（局长骆晨阳）关于春耕备耕的汇报。\n二、关于防汛\n会议听取了县水利局(副局长 蔡一鸣)关于防汛的汇报。\n`
    expect(reporters(text)).toEqual([['县农业局'], ['县水利局']])
  })

  it('should not add the head a trailer names after the unit heard', () => {
    const text = `${lead}会议听取了县商务局关于城区夜市经营的汇报（汇报人：局长　冯思远）。会议同意。\n`
    expect(reporters(text)).toEqual([['县商务局']])
  })

  it('should still read the trailer where the report names no maker', () => {
    const text = `${lead}会议听取了关于城区夜市经营的汇报（汇报人：局长　冯思远）。会议同意。\n`
    expect(reporters(text)).toEqual([['冯思远']])
  })
})

describe('a session in brackets after the name (blind22-h61 r2)', () => {
  it('should keep the bracket in the name', () => {
    const text = '　　县长办公会议（2026年第6次）于7月14日上午在县政府二楼会议室召开，代县长阮清泉主持会议。现纪要如下：\n一、关于防汛\n会议同意。\n'
    const {name, date, session} = analyze(text).record.meeting
    expect({name, date, session}).toEqual({name: '县长办公会议（2026年第6次）', date: '2026-07-14', session: 6})
  })
})

describe('lunar days as almanacs write them (blind22-h61 r3)', () => {
  it('should read 廿 as twenty', () => {
    const text = `${lead}一、关于春运\n会议要求，县交通局要在腊月廿三前完成客运车辆安全检查。\n`
    expect(tasks(text)).toMatchObject([{owner: '县交通局', due: '在腊月廿三前', dueDate: null}])
  })

  it('should read the end of a lunar month over the solar month of that number', () => {
    const text = `${lead}一、关于秋播\n会议要求，县农业局要组织技术人员下乡指导，农历十月底前完成播种。\n`
    expect(tasks(text)).toMatchObject([{owner: '县农业局', due: '农历十月底前', dueDate: null}])
  })
})

describe('new years of other calendars bound tasks (blind22-h61 r4)', () => {
  it('should read a stretch after the Tibetan new year as written, with no date', () => {
    const text = `${lead}一、关于培训\n会议明确，州人社局负责组织实施，藏历新年后一个月内启动首期培训。\n`
    expect(tasks(text)).toMatchObject([{owner: '州人社局', due: '藏历新年后一个月内', dueDate: null}])
  })

  it('should read the Spring Festival by its calendar name as the Spring Festival', () => {
    // 2026-02-17 is the Spring Festival after a meeting of 2026-02-10.
    const text = `${lead}一、关于保供\n会议要求，县商务局要在农历新年前完成储备肉投放。\n`
    expect(tasks(text)).toMatchObject([{owner: '县商务局', due: '在农历新年前', dueDate: '2026-02-16'}])
  })
})

describe('a 汇报单位 label with the officer in brackets (blind22-h61 r5)', () => {
  it('should read the unit, and the next unit of the list', () => {
    const text = `${lead}一、关于春运\n汇报单位：县交通局（局长　蒋一帆）、县公安局（副局长 许可）\n会议同意。\n`
    expect(reporters(text)).toEqual([['县交通局', '县公安局']])
  })
})

describe('a holiday glossed in brackets before its ending (blind22-h61 r8)', () => {
  it('should read the holiday with its gloss', () => {
    const text = `${lead}一、关于保供\n会议要求，县商务局要在春节（农历正月初一）前组织商超备足节日商品。\n`
    expect(tasks(text)).toMatchObject([{owner: '县商务局', due: '在春节（农历正月初一）前', dueDate: '2026-02-16'}])
  })
})

describe('a note of duties in brackets between the chair\'s title and name (blind22-h61 r9)', () => {
  it('should read the name after the note', () => {
    const text = '　　9月3日上午，市委常委、常务副市长（主持市政府全面工作）祁远山在市行政中心主持召开市人民政府第28次常务会议。\n一、关于节日保供\n会议同意。\n'
    const chair = analyze(text).record.meeting.chair
    expect({name: chair?.name, title: chair?.title, note: chair?.note}).toEqual({name: '祁远山', title: '市委常委、常务副市长', note: '主持市政府全面工作'})
  })
})

describe('a 汇报单位 list with a unit\'s other name in brackets (blind22-h61 r11)', () => {
  it('should read each unit, the bracketed one whole', () => {
    const text = `${lead}一、关于保供\n（汇报单位：县发改局（县粮食局）、县商务局）\n会议同意。\n二、关于春耕\n汇报单位：县商务局、县发改局（县粮食局）\n会议同意。\n`
    expect(reporters(text)).toEqual([['县发改局（县粮食局）', '县商务局'], ['县商务局', '县发改局（县粮食局）']])
  })
})

describe('the eve and the Little New Year (blind22-h61 r11)', () => {
  it('should read 小年前 with no date, as the north and the south keep it on different days', () => {
    const text = `${lead}一、关于保供\n会议要求，县发改局要加强价格监测，小年前启动节日市场价格巡查。\n`
    expect(tasks(text)).toMatchObject([{owner: '县发改局', due: '小年前', dueDate: null}])
  })

  it('should read 大年三十 as the eve of the Spring Festival', () => {
    const text = `${lead}一、关于保供\n会议要求，县民政局要在大年三十前将慰问金发放到户。\n`
    expect(tasks(text)).toMatchObject([{owner: '县民政局', due: '在大年三十前', dueDate: '2026-02-15'}])
  })
})

describe('the end of the lunar year, and a year in Chinese digits before a month (blind22-h61 r12)', () => {
  it('should read 农历年底前 as the eve of the coming Spring Festival', () => {
    // A meeting of 2026-02-10: the eve is 2026-02-16.
    const text = `${lead}一、关于年货节\n会议要求，县商务局要抓紧完成招商布展，农历年底前闭展。\n`
    expect(tasks(text)).toMatchObject([{owner: '县商务局', due: '农历年底前', dueDate: '2026-02-16'}])
  })

  it('should read a year in Chinese digits before the end of a month', () => {
    const text = `${lead}一、关于国企改革\n会议要求，县国资办要建立改革任务台账，二〇二七年一月底前完成年度改革任务评估。\n`
    expect(tasks(text)).toMatchObject([{owner: '县国资办', due: '二〇二七年一月底前', dueDate: '2027-01-31'}])
  })
})

describe('a festival of the Zhuang calendar, quoted and glossed (blind22-h61 r13)', () => {
  it('should read “三月三” with its gloss as a deadline with no date', () => {
    const text = `${lead}一、关于节庆\n会议要求，县文旅局要在“三月三”（农历三月初三）前完成活动场地布置。\n`
    expect(tasks(text)).toMatchObject([{owner: '县文旅局', due: '在“三月三”（农历三月初三）前', dueDate: null}])
  })

  it('should leave a date of the third of March alone', () => {
    const text = `${lead}一、关于节庆\n会议要求，县文旅局要在三月三日前完成活动场地布置。\n`
    expect(tasks(text)).toMatchObject([{owner: '县文旅局', due: '在三月三日前', dueDate: '2026-03-03'}])
  })
})

describe('a group set up under the unit that leads it (blind22-h61 r14)', () => {
  it('should give the group\'s work in the next clause to the unit that leads it', () => {
    const text = `${lead}一、关于清欠\n会议决定，成立由县人社局牵头的农民工工资清欠专班，腊月二十三前实现在建项目欠薪动态清零。\n`
    expect(tasks(text)).toMatchObject([{owner: '县人社局', task: '腊月二十三前实现在建项目欠薪动态清零', due: '腊月二十三前'}])
  })

  it('should give no work where the next clause only seats the group', () => {
    const text = `${lead}一、关于清欠\n会议决定，成立由县人社局牵头的清欠专班，专班办公室设在县人社局。\n`
    expect(tasks(text)).toEqual([])
  })
})

describe('a unit\'s officer presenting in brackets after a heading (blind22-h61 r17)', () => {
  it('should read the unit, not a person read from the heading into the bracket', () => {
    const text = `${lead}一、关于春节期间市场供应工作（县商务局局长严立新汇报）\n会议同意。\n二、关于春运（副县长邹明汇报）\n会议同意。\n`
    expect(reporters(text)).toEqual([['县商务局'], ['邹明']])
  })
})

describe('an owner before a rate written by its number (blind22-h61 r17)', () => {
  it('should end the task before it and give it its own', () => {
    const text = `${lead}一、关于元宵活动\n会议明确，活动由县文旅局承办，县财政局按30万元标准安排活动经费。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '县文旅局', task: '活动由县文旅局承办'},
      {owner: '县财政局', task: '按30万元标准安排活动经费'}
    ])
  })
})

describe('the first working day after a festival (blind22-h61 r17)', () => {
  it('should read it as a deadline with no date, named or not', () => {
    const text = `${lead}一、关于元宵活动\n会议要求，县文旅局要在节后第一个工作日报送安全预案；县教育局要于春节后第一个工作日前报送开学方案。\n`
    expect(tasks(text)).toMatchObject([
      {owner: '县文旅局', due: '在节后第一个工作日', dueDate: null},
      {owner: '县教育局', due: '于春节后第一个工作日前', dueDate: null}
    ])
  })
})

describe('who presents after a dash that ends the heading (blind22-h61 r18)', () => {
  it('should read each unit named before 汇报', () => {
    const text = `${lead}一、冬季清洁取暖改造工作——县发改局汇报\n会议同意。\n二、老城区消防通道整治工作——县应急管理局、县消防救援大队汇报\n会议同意。\n三、听取全县防汛工作汇报\n会议同意。\n`
    expect(reporters(text)).toEqual([['县发改局'], ['县应急管理局', '县消防救援大队'], []])
  })
})

describe('a lunar day glossed in brackets (blind22-h61 r18)', () => {
  it('should read the day with its gloss', () => {
    const text = `${lead}一、关于灯会\n会议要求，县文旅局要在正月十五（元宵节）前完成灯组布展和安全验收。\n`
    expect(tasks(text)).toMatchObject([{owner: '县文旅局', due: '在正月十五（元宵节）前', dueDate: null}])
  })
})

describe('a part of a month with the month counted in (blind22-h61 r20)', () => {
  it('should read 6月底（含）前 whole, to the month\'s last day', () => {
    const text = `${lead}一、关于无废城市\n会议要求，县城管局负责建筑垃圾资源化利用项目推进，6月底（含）前建成投运。\n`
    expect(tasks(text)).toMatchObject([{owner: '县城管局', due: '6月底（含）前', dueDate: '2026-06-30'}])
  })
})
