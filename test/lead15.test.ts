import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

/** Owner, task and deadline of each assignment of the first item. */
function tasks(text: string): Array<[string, string, string | null]> {
  return parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.task, each.due])
}

describe('lead15: the points after a report the meeting heard, then `研究决定:`', () => {
  const lead = '2025年3月4日,校长任远主持召开党委常委会会议。\n一、研究干部任用\n'

  it('should take every point as a decision, one without a decision verb too', () => {
    const text = lead + '会议听取了组织部关于干部任用的汇报,研究决定:(一)同意对2名人选进行公示;(二)试用期满的4名干部按期转正。\n'
    const [item] = parseMinutes(text).items
    expect(item.reporters).toEqual(['组织部'])
    expect(item.decisions.map((each) => each.text)).toEqual(['同意对2名人选进行公示;', '试用期满的4名干部按期转正。'])
  })

  it('should still take no decision from a report’s list under `强调`', () => {
    const text = lead + '会议听取了组织部的汇报,强调:(一)严把人选政治关;(二)试用期满的干部要及时考核。\n'
    expect(parseMinutes(text).items[0].decisions).toEqual([])
  })
})

describe('lead15: a unit that compiles (`汇总`) owns its clause', () => {
  const lead = '2025年11月4日,总经理邵明主持召开总经理办公会议。\n一、关于预算编制\n'

  it('should give `财务部汇总后提交…` to 财务部', () => {
    const text = lead + '会议原则同意预算编制安排。各部门将草案报送财务部,财务部汇总后提交董事会审议。\n'
    expect(tasks(text)).toEqual([['财务部', '汇总后提交董事会审议', null]])
  })

  it('should not give what a unit compiled (`X汇总了…`) to it', () => {
    expect(tasks(lead + '财务部汇总了各部门预算草案。\n')).toEqual([])
  })
})

describe('lead15: sites staffed for one kind of work own their task as stations do', () => {
  const lead = '2025年8月5日,街道党工委书记詹明主持召开党工委会议。\n一、研究防汛工作\n'

  it('should give `物资储备点要于…` its own task and deadline, apart from the clause before', () => {
    const text = lead + '会议强调,应急办要实行24小时值班,物资储备点要于8月10日前补齐沙袋。\n'
    expect(tasks(text)).toEqual([
      ['应急办', '要实行24小时值班', null],
      ['物资储备点', '要于8月10日前补齐沙袋', '于8月10日前']
    ])
  })

  it('should not read a point of the work (`重点`, `试点`) as one', () => {
    expect(tasks(lead + '会议强调,重点要放在排查上,试点要于8月底前总结。\n')).toEqual([])
  })
})

describe('lead15: a space left where a one-line copy lost the heading’s line end bounds who presents', () => {
  const lead = '2025年4月14日下午,校长夏明主持召开校长办公会议。会议纪要如下:'

  it('should end the heading at the space before a unit that presents', () => {
    const [item] = parseMinutes(lead + '一、关于本科招生计划 招生处汇报了招生计划编制情况。会议同意招生计划。二、关于图书馆改造 会议原则同意改造方案。').items
    expect(item.heading).toBe('关于本科招生计划')
    expect(item.reporters).toEqual(['招生处'])
  })

  it('should end it before a title and name too (`副校长X汇报了`)', () => {
    const [item] = parseMinutes(lead + '一、关于本科招生计划 副校长雷丹汇报了招生计划编制情况。会议同意招生计划。二、关于图书馆改造 会议原则同意改造方案。').items
    expect(item.heading).toBe('关于本科招生计划')
    expect(item.reporters).toEqual(['雷丹'])
  })

  it('should not end it at a space before words that name no presenter', () => {
    const [item] = parseMinutes(lead + '一、关于本科招生计划 关于计划汇报了编制情况。会议同意招生计划。二、关于图书馆改造 会议原则同意改造方案。').items
    expect(item.reporters).toEqual([])
  })
})

describe('lead15: a task table parted by single spaces under a decision lead-in', () => {
  const text =
    '2025年6月25日,党委书记仲立主持召开党委会议。\n' +
    '一、研究专项整治工作\n' +
    '会议明确以下分工:\n' +
    '序号 工作任务 责任科室 完成时限\n' +
    '1 开展问题自查自纠 纪委办公室 7月15日前\n' +
    '2 修订考核细则 医务部 7月31日前\n'

  it('should read the rows as the table’s tasks, not the header and rows as decisions', () => {
    const [item] = parseMinutes(text).items
    expect(item.decisions).toEqual([])
    expect(item.assignments.map((each) => [each.owner, each.task, each.due])).toEqual([
      ['纪委办公室', '开展问题自查自纠', '7月15日前'],
      ['医务部', '修订考核细则', '7月31日前']
    ])
  })

  it('should still take lines without a table’s header as decisions under `会议决定:`', () => {
    const lines = '2025年6月25日,党委书记仲立主持召开党委会议。\n一、研究人事事项\n会议决定:\n同意聘任张伟为内科主任\n同意李娜转正\n'
    expect(parseMinutes(lines).items[0].decisions.map((each) => each.text)).toEqual(['同意聘任张伟为内科主任', '同意李娜转正'])
  })
})

describe('lead15: a label’s written date over a festival in the text, now that festivals have days', () => {
  it('should keep `完成时限:2026年2月15日前` over the text’s `明年春节前`', () => {
    const text =
      '2025年11月3日,县长王明主持召开县政府常务会议。\n' +
      '一、关于冬春水利建设\n' +
      '会议要求,各乡镇要组织施工,确保明年春节前完成塘坝清淤。(牵头单位:县水利局;完成时限:2026年2月15日前)\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([['县水利局', '2026年2月15日前', '2026-02-15']])
  })

  it('should keep the label’s date over `明年春節前` in a mirror’s traditional characters too', () => {
    const text =
      '2025年11月3日,縣長王明主持召開縣政府常務會議。\n' +
      '一、關於冬春水利建設\n' +
      '會議要求,各鄉鎮要組織施工,確保明年春節前完成塘壩清淤。(牽頭單位:縣水利局;完成時限:2026年2月15日前)\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.due, each.dueDate])).toEqual([['2026年2月15日前', '2026-02-15']])
  })

  it('should date the text’s `春节前` where no label gives a date (春节 2026: 17 February)', () => {
    const text = '2025年11月3日,县长王明主持召开县政府常务会议。\n一、关于冬春水利建设\n会议要求,县水利局要在春节前完成塘坝清淤。\n'
    expect(parseMinutes(text).items[0].assignments.map((each) => [each.owner, each.due, each.dueDate])).toEqual([['县水利局', '在春节前', '2026-02-16']])
  })
})

describe('lead15: the list of attachments run on after the last sentence', () => {
  const lead = '2025年3月12日,县长殷立群主持召开县政府常务会议。\n一、研究资金问题\n'

  it('should not read `附件:1.…2.…` after a full stop as the item’s points', () => {
    const [item] = parseMinutes(lead + '会议同意安排1500万元,县财政局于3月底前拨付到位。附件:1.任务分解表 2.管理办法(修改稿)\n').items
    expect(item.points).toEqual([])
    expect(item.assignments.map((each) => [each.owner, each.due])).toEqual([['县财政局', '于3月底前']])
  })

  it('should still read points a sentence leads in to with a list', () => {
    const [item] = parseMinutes(lead + '会议要求:1.县财政局于3月底前拨付到位;2.县审计局跟踪审计。\n').items
    expect(item.points.length).toBe(2)
  })
})

describe('lead15: a heading ending in 进度 or 进展 run on into who presents', () => {
  it('should end `…改造工程进度` before `工程管理部汇报了`', () => {
    const text = '2025年11月4日,总经理邵明主持召开总经理办公会议。会议纪要如下:议题一:关于三号泊位改造工程进度工程管理部汇报了进展情况。会议要求工程管理部加快施工。议题二:关于预算 会议同意预算安排。'
    const [item] = parseMinutes(text).items
    expect(item.heading).toBe('关于三号泊位改造工程进度')
    expect(item.reporters).toEqual(['工程管理部'])
  })
})

describe('lead15: a body and what it works on (`学校对食堂`) are no one unit', () => {
  const lead = '2026年10月9日,校长王明主持召开校长办公会议。\n一、关于食堂\n'

  it('should give `二是学校对食堂给予补贴` no owner `学校对食堂`', () => {
    expect(tasks(lead + '会议议定:一是同意菜品价格上调;二是学校对食堂给予一次性补贴50万元。\n')).toEqual([])
  })

  it('should keep names that open with 对外 and 对口', () => {
    expect(tasks(lead + '会议要求,市对外经济合作局要做好对接。\n')).toEqual([['市对外经济合作局', '要做好对接', null]])
    expect(tasks(lead + '会议要求,县对口支援办公室要做好对接。\n')).toEqual([['县对口支援办公室', '要做好对接', null]])
  })
})
