import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findDue} from '../src/extract/due.js'

/** The deadline as written, its date and kind. */
function due(task: string, meetingDate: string | null) {
  const found = findDue(task, meetingDate)
  return found ? [task.slice(found.start, found.end), found.date, found.kind] : null
}

describe('findDue: absolute deadlines', () => {
  it('should resolve a month end against the meeting year', () => {
    expect(due('区住建局要在6月底前完成方案修改', '2024-05-06')).toEqual(['在6月底前', '2024-06-30', 'absolute'])
    expect(due('于2月底前上报', '2024-01-10')).toEqual(['于2月底前', '2024-02-29', 'absolute'])
  })

  it('should put a month before the meeting month in the next year', () => {
    expect(due('1月底前完成验收', '2024-11-20')).toEqual(['1月底前', '2025-01-31', 'absolute'])
  })

  it('should resolve the parts of a month', () => {
    expect(due('9月中旬前报送', '2024-08-01')).toEqual(['9月中旬前', '2024-09-20', 'absolute'])
    expect(due('9月上旬前报送', '2024-08-01')).toEqual(['9月上旬前', '2024-09-10', 'absolute'])
  })

  it('should keep 于 and 前 of a day deadline as written', () => {
    expect(due('请县财政局于8月15日前拨付到位', '2024-08-01')).toEqual(['于8月15日前', '2024-08-15', 'absolute'])
    expect(due('2024年12月31日前全部建成', '2024-03-01')).toEqual(['2024年12月31日前', '2024-12-31', 'absolute'])
    expect(due('于9月1日完成招标', '2024-08-01')).toEqual(['于9月1日', '2024-09-01', 'absolute'])
  })

  it('should resolve year and month ends', () => {
    expect(due('确保年底前投入使用', '2024-05-06')).toEqual(['年底前', '2024-12-31', 'absolute'])
    expect(due('明年年底前完成', '2024-05-06')).toEqual(['明年年底前', '2025-12-31', 'absolute'])
    expect(due('本月底前拿出方案', '2024-02-06')).toEqual(['本月底前', '2024-02-29', 'absolute'])
    expect(due('月底前报区政府', '2024-04-06')).toEqual(['月底前', '2024-04-30', 'absolute'])
  })

  it('should keep the phrase when there is no meeting date to resolve against', () => {
    expect(due('11月底前完成', null)).toEqual(['11月底前', null, 'absolute'])
    expect(due('2024年6月30日前完成', null)).toEqual(['2024年6月30日前', '2024-06-30', 'absolute'])
  })

  it('should read full-width digits and traditional characters, keeping the phrase as written', () => {
    expect(due('於6月底前完成', '2024-05-06')).toEqual(['於6月底前', '2024-06-30', 'absolute'])
    expect(due('于６月１５日前完成', '2024-05-06')).toEqual(['于６月１５日前', '2024-06-15', 'absolute'])
  })
})

describe('findDue: a date bounded by 内', () => {
  it('should read X月X日内 as the date, not a count of days inside it', () => {
    expect(due('要在5月十五日内完成水库安全检查', '2024-02-26')).toEqual(['在5月十五日内', '2024-05-15', 'absolute'])
    expect(due('于6月30日以内报送', '2024-02-26')).toEqual(['于6月30日以内', '2024-06-30', 'absolute'])
  })

  it('should read a bound that ends the text, where no character follows it', () => {
    expect(due('于6月30日以内', '2024-02-26')).toEqual(['于6月30日以内', '2024-06-30', 'absolute'])
    // 2024-11-07 is a Thursday.
    expect(due('下周一前', '2024-11-07')).toEqual(['下周一前', '2024-11-11', 'relative'])
    expect(due('三个月内', '2024-02-26')).toEqual(['三个月内', '2024-05-26', 'relative'])
  })

  it('should not take the 内 of a word after a date as a bound', () => {
    expect(due('在3月5日内部会议上通报', '2024-02-26')).toEqual(null)
  })
})

describe('findDue: months and holidays', () => {
  it('should read 9月前 and 9月份之前 as the last day before the month, in the year it comes next', () => {
    expect(due('9月份前报区政府', '2023-08-21')).toEqual(['9月份前', '2023-08-31', 'absolute'])
    expect(due('于3月之前完成', '2023-08-21')).toEqual(['于3月之前', '2024-02-29', 'absolute'])
    expect(due('1月前完成', '2023-08-21')).toEqual(['1月前', '2023-12-31', 'absolute'])
  })

  it('should not read a count of months ago as a deadline', () => {
    expect(due('3个月前已经启动', '2023-08-21')).toEqual(null)
  })

  it('should read the day before a holiday of the solar calendar, and no date for a lunar one', () => {
    expect(due('国庆节前完成', '2023-08-21')).toEqual(['国庆节前', '2023-09-30', 'absolute'])
    expect(due('国庆节前完成', '2023-10-21')).toEqual(['国庆节前', '2024-09-30', 'absolute'])
    expect(due('明年元旦前投入使用', '2023-08-21')).toEqual(['明年元旦前', '2023-12-31', 'absolute'])
    // The Spring Festival of 2024 fell on 10 February.
    expect(due('春节前发放到位', '2023-08-21')).toEqual(['春节前', '2024-02-09', 'absolute'])
  })

  it('should read the day before a festival of the Chinese calendar from its table', () => {
    // 春节 2026: 17 February; 中秋 2025: 6 October; 端午 2025: 31 May, 2026: 19 June; 元宵 2026: 3 March.
    expect(due('春节前发放到位', '2025-12-10')).toEqual(['春节前', '2026-02-16', 'absolute'])
    expect(due('中秋节前完成', '2025-08-01')).toEqual(['中秋节前', '2025-10-05', 'absolute'])
    expect(due('端午节前完成', '2025-06-10')).toEqual(['端午节前', '2026-06-18', 'absolute'])
    expect(due('元宵节前完成', '2026-01-05')).toEqual(['元宵节前', '2026-03-02', 'absolute'])
    // A stretch after it counts from its day.
    expect(due('春节后一周内完成', '2025-12-10')).toEqual(['春节后一周内', '2026-02-24', 'absolute'])
    // Outside the table's years (2000–2050), no day.
    expect(due('春节前发放到位', '1998-05-01')).toEqual(['春节前', null, 'absolute'])
  })

  it('should read the day before 清明, a solar term on 4 or 5 April', () => {
    // 清明 fell on 4 April 2025 and falls on 5 April 2026.
    expect(due('清明节前完成', '2025-03-06')).toEqual(['清明节前', '2025-04-03', 'absolute'])
    expect(due('清明前完成排查', '2026-02-10')).toEqual(['清明前', '2026-04-04', 'absolute'])
    // Past this year's, the next one.
    expect(due('清明节前完成', '2025-05-01')).toEqual(['清明节前', '2026-04-04', 'absolute'])
    expect(due('明年清明节前完成', '2025-03-06')).toEqual(['明年清明节前', '2026-04-04', 'absolute'])
    // A stretch after it counts from its day (4 April 2024).
    expect(due('清明节后一周内完成', '2024-03-01')).toEqual(['清明节后一周内', '2024-04-11', 'absolute'])
  })
})

describe('findDue: days of this month or the next, and stretches of time', () => {
  it('should read 本月20日前 and 下月10日前 against the meeting month', () => {
    expect(due('本月20日前完成', '2024-03-05')).toEqual(['本月20日前', '2024-03-20', 'absolute'])
    expect(due('下月10日前报送', '2024-12-05')).toEqual(['下月10日前', '2025-01-10', 'absolute'])
  })

  it('should read the end of a stretch (至4月底) and the later part of a month (中下旬)', () => {
    expect(due('即日起至4月底', '2024-03-05')).toEqual(['至4月底', '2024-04-30', 'absolute'])
    expect(due('4月中下旬前完成', '2024-03-05')).toEqual(['4月中下旬前', '2024-04-30', 'absolute'])
  })

  it('should read 半个月内 as fifteen days', () => {
    expect(due('半个月内完成', '2024-03-05')).toEqual(['半个月内', '2024-03-20', 'relative'])
  })
})

describe('findDue: quarters and halves of a year', () => {
  it('should read the end of a quarter or half, in the year it next comes', () => {
    expect(due('三季度末前完成', '2024-03-05')).toEqual(['三季度末前', '2024-09-30', 'absolute'])
    expect(due('于2024年第三季度完成', '2024-03-05')).toEqual(['于2024年第三季度', '2024-09-30', 'absolute'])
    expect(due('一季度末前完成', '2024-11-05')).toEqual(['一季度末前', '2025-03-31', 'absolute'])
    expect(due('上半年完成', '2024-03-05')).toEqual(['上半年', '2024-06-30', 'absolute'])
    expect(due('下半年内完成', '2024-03-05')).toEqual(['下半年内', '2024-12-31', 'absolute'])
  })

  it('should read 第二季度前 as the last day before the quarter', () => {
    expect(due('第二季度前完成', '2024-03-05')).toEqual(['第二季度前', '2024-03-31', 'absolute'])
    expect(due('2025年第一季度前', '2024-03-05')).toEqual(['2025年第一季度前', '2024-12-31', 'absolute'])
  })

  it('should read 第三季度前 said inside the third quarter as that quarter’s end, not a year on', () => {
    expect(due('第三季度前完成项目论证', '2025-08-19')).toEqual(['第三季度前', '2025-09-30', 'absolute'])
    // Said after the quarter, it is the next year's: the day before it begins.
    expect(due('第三季度前完成项目论证', '2025-11-03')).toEqual(['第三季度前', '2026-06-30', 'absolute'])
  })

  it('should not read a quarter that bounds nothing', () => {
    expect(due('三季度经济运行平稳', '2024-03-05')).toEqual(null)
  })
})

describe('findDue: days of the week', () => {
  it('should read 本周五前 and 下周一前 against the meeting’s week', () => {
    // 2024-11-07 is a Thursday.
    expect(due('本周五前在网站发布', '2024-11-07')).toEqual(['本周五前', '2024-11-08', 'relative'])
    expect(due('下周一前报送', '2024-11-07')).toEqual(['下周一前', '2024-11-11', 'relative'])
    expect(due('于下星期日之前完成', '2024-11-07')).toEqual(['于下星期日之前', '2024-11-17', 'relative'])
  })
})

describe('findDue: relative deadlines', () => {
  it('should count working days without weekends', () => {
    // 2024-05-10 is a Friday: five working days end on Friday 2024-05-17.
    expect(due('5个工作日内反馈意见', '2024-05-10')).toEqual(['5个工作日内', '2024-05-17', 'relative'])
  })

  it('should count calendar days, weeks and months', () => {
    expect(due('三日内报送', '2024-05-30')).toEqual(['三日内', '2024-06-02', 'relative'])
    expect(due('10天内完成整改', '2024-05-30')).toEqual(['10天内', '2024-06-09', 'relative'])
    expect(due('两周内拿出方案', '2024-05-30')).toEqual(['两周内', '2024-06-13', 'relative'])
    expect(due('1个月内完成', '2024-01-31')).toEqual(['1个月内', '2024-02-29', 'relative'])
  })

  it('should end 本周内 on the Sunday of the meeting week', () => {
    // 2024-05-08 is a Wednesday.
    expect(due('本周内完成报名', '2024-05-08')).toEqual(['本周内', '2024-05-12', 'relative'])
  })
})

describe('findDue: vague deadlines and non-deadlines', () => {
  it('should take 尽快 and 抓紧 as vague', () => {
    expect(due('尽快完善方案后报批', '2024-05-06')).toEqual(['尽快', null, 'vague'])
    expect(due('抓紧推进征迁工作', '2024-05-06')).toEqual(['抓紧', null, 'vague'])
  })

  it('should take a vague word only where it leads a clause of the task', () => {
    expect(due('要尽快拿出整改方案', '2024-05-06')).toEqual(['尽快', null, 'vague'])
    expect(due('修改完善，抓紧上报', '2024-05-06')).toEqual(['抓紧', null, 'vague'])
    expect(due('制定实施方案并尽快提交区政府', '2024-05-06')).toBeNull()
    expect(due('推动产业园项目尽早投产', '2024-05-06')).toBeNull()
  })

  it('should prefer a dated deadline over a vague one', () => {
    expect(due('抓紧修改，于6月10日前印发', '2024-05-06')).toEqual(['于6月10日前', '2024-06-10', 'absolute'])
  })

  it('should not take a start date as a deadline', () => {
    expect(due('从6月1日起实行新标准', '2024-05-06')).toBeNull()
    expect(due('自7月1日起施行', '2024-05-06')).toBeNull()
  })

  it('should not take a plain date or a span of years as a deadline', () => {
    expect(due('6月1日召开动员会', '2024-05-06')).toBeNull()
    expect(due('三年内不得转让', '2024-05-06')).toEqual(null)
  })
})

describe('findDue on any text', () => {
  const pieces = ['于', '在', '从', '11月', '底', '中旬', '前', '起', '2024年', '6月30日', '年底', '月底', '本', '下', '3个', '工作日', '日', '内', '尽快', '抓紧', '，', '完成', '區(qū)', '１２月']
  // The forms added later: recurring, bounds, stretches after an event, times of day, parts of the meeting's month.
  const laterPieces = ['每', '按', '月', '季度', '周五', '半年', '报送', '向', '截至', '不晚于', '会后', '限期', '后', '国庆节', '春节', '的', '（星期五）', '17时', '下午', '中', '初', '年内', '明年', '当', '不得', '期间']

  it('should give a span inside the task that reads as a deadline, and a valid ISO date', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, ...laterPieces), {maxLength: 12}), fc.constantFrom(null, '2024-02-29', '2024-12-31'), (parts, meetingDate) => {
        const task = parts.join('')
        const found = findDue(task, meetingDate)
        if (!found) return
        expect(found.start).toBeGreaterThanOrEqual(0)
        expect(found.end).toBeLessThanOrEqual(task.length)
        expect(found.end).toBeGreaterThan(found.start)
        if (found.date) expect(new Date(`${found.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(found.date)
        if (found.kind === 'recurring') expect(found.date).toBe(null)
      }),
      {numRuns: 2000}
    )
  })
})

describe('deadlines that do not resolve', () => {
  it('should give no date for a runaway number of months', () => {
    const due = findDue('在' + '9'.repeat(400) + '个月内完成', '2024-03-05')
    expect(due === null || due.date === null).toBe(true)
  })
})
