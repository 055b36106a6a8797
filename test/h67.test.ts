import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's reporters. */
function reporters(text: string) {
  return analyze(text).record.items.map((item) => item.reporters)
}

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

const lead = '2026年10月12日，校长邵启帆主持召开第7次校务会议。纪要如下：\n'

describe('a school names who presents under 报告人 (blind23-h67 r1)', () => {
  it('should read the unit of an officer set off from the name', () => {
    const text = `${lead}一、关于秋季运动会筹备\n报告人：体卫处主任 符德安\n会议同意运动会方案。\n`
    expect(reporters(text)).toMatchObject([['体卫处']])
  })

  it('should read a person after a title alone, and a unit under 报告单位', () => {
    const text = `${lead}一、关于食堂招标\n报告人：副校长 季红梅\n会议同意招标方案。\n二、关于校服征订\n报告单位：总务处\n会议同意征订方案。\n`
    expect(reporters(text)).toMatchObject([['季红梅'], ['总务处']])
  })

  it('should not take a report the task ends in for a label', () => {
    const text = `${lead}一、关于实验室检查\n会议要求教务处完成检查并形成报告（报告人：略）。\n`
    expect(tasks(text)).toMatchObject([{owner: '教务处'}])
  })
})

describe('a Markdown agenda whose topic cells carry the item numbers (blind23-h67 r3)', () => {
  const text =
    '2026年5月12日，院长祁玉衡主持召开第4次党政联席会议。会议研究事项如下：\n' +
    '| 议题 | 汇报人 | 会议决定 |\n| --- | --- | --- |\n' +
    '| 一、研究实验楼用房调整 | 副院长 贝承志 | 同意调整方案 |\n' +
    '| 二、研究新进教师导师配备 | 院长 祁玉衡 | 同意配备名单 |\n'

  it('should take 一、 of the cell for the ordinal, out of the heading', () => {
    const items = analyze(text).record.items
    expect(items.map(({ordinal, heading}) => ({ordinal, heading}))).toEqual([
      {ordinal: '一', heading: '研究实验楼用房调整'},
      {ordinal: '二', heading: '研究新进教师导师配备'}
    ])
  })

  it('should keep the heading position on the cell text after the ordinal', () => {
    const [item] = analyze(text).record.items
    const at = item?.positions.heading
    expect(at && text.slice(at.start.offset, at.end.offset)).toBe('研究实验楼用房调整')
  })
})

describe('通过 after a bare conjunction is a means, not a decision (blind23-h67 r3)', () => {
  const school = '2026年12月1日，校长焦若愚主持召开第8次校务会议。纪要如下：\n一、关于冬季防火\n'

  it('should read no decision in 并通过家长会告知…', () => {
    const text = `${school}会议要求德育处组织学生观看防火视频，并通过家长会告知家长用电注意事项。\n`
    expect(analyze(text).record.items[0]?.decisions).toEqual([])
  })

  it('should still read one in 并通过该方案', () => {
    const text = `${school}会议审议了防火检查方案，并通过该方案。\n`
    expect(analyze(text).record.items[0]?.decisions.map((each) => each.text)).toEqual(['并通过该方案'])
  })
})

describe('an agenda table whose last column is headed 决定 (blind23-h67 r5)', () => {
  it('should read each row\'s decision and assignment from that column', () => {
    const text =
      '2026年11月9日下午，党委书记尉迟恒主持召开第30次党委常委会会议。会议研究议题及决定如下：\n' +
      '序号｜议题｜汇报单位｜决定\n' +
      '1｜研究教职工体检方案｜工会（主席 甘露）｜同意该方案，由工会负责在寒假前组织实施\n'
    const [item] = analyze(text).record.items
    expect(item?.decisions.map((each) => each.text)).toEqual(['同意该方案'])
    expect(item?.assignments.map(({owner, due}) => ({owner, due}))).toEqual([{owner: '工会', due: '在寒假前'}])
  })
})

describe('a header that dates the meeting keeps the lead out of the body (blind23-h67 r7)', () => {
  const text =
    '梧桐中学校务会议纪要\n时间：2026年9月15日（星期二）下午\n主持人：校长 柴望舒\n会议纪要如下：\n' +
    '一、国庆假期安排。会议确定国庆假期为10月1日至7日。德育处负责在放假前召开安全主题班会。\n'

  it('should date the meeting by the header, not by a task that convenes a class meeting', () => {
    const {meeting} = analyze(text).record
    expect({name: meeting.name, date: meeting.date, chair: meeting.chair?.name}).toEqual({name: '梧桐中学校务会议', date: '2026-09-15', chair: '柴望舒'})
  })
})

describe('a department, then 于 or 在 and a stretch after a holiday or the term (blind23-h67 r7)', () => {
  const school = '2026年9月15日，校长柴望舒主持召开校务会议。纪要如下：\n一、关于假期安全\n'

  it('should give a later clause\'s 总务处于国庆节后第一周内… its own owner', () => {
    const text = `${school}德育处负责召开安全主题班会，总务处于国庆节后第一周内完成宿舍安全检查。\n`
    expect(tasks(text)).toEqual([
      {owner: '德育处', task: '负责召开安全主题班会', due: null},
      {owner: '总务处', task: '于国庆节后第一周内完成宿舍安全检查', due: '国庆节后第一周内'}
    ])
  })

  it('should do so after 在 and a stretch after the term opens', () => {
    const text = `${school}德育处负责召开安全主题班会，教务处在开学后两周内完成选课调整。\n`
    expect(tasks(text)).toContainEqual({owner: '教务处', task: '在开学后两周内完成选课调整', due: '开学后两周内'})
  })
})

describe('a week of a named term is read with its term (blind23-h67 r8)', () => {
  const school = '2027年1月11日，校长邢雁南主持召开校务会议。纪要如下：\n一、关于寒假研修\n'

  it('should keep 下学期 in 下学期第一周内', () => {
    expect(tasks(`${school}由教研处于下学期第一周内完成研修成果收集。\n`)).toEqual([{owner: '教研处', task: '于下学期第一周内完成研修成果收集', due: '下学期第一周内'}])
  })

  it('should keep 秋季学期 in 秋季学期第2周前', () => {
    expect(tasks(`${school}教务处在秋季学期第2周前完成选课调整。\n`)).toEqual([{owner: '教务处', task: '在秋季学期第2周前完成选课调整', due: '秋季学期第2周前'}])
  })
})

describe('暑期 bounds a task as 暑假 does (blind23-h67 r9)', () => {
  const hospital = '2026年4月22日，院长褚云开主持召开院长办公会。纪要如下：\n一、关于电梯更新\n'

  it('should read 暑期 right before a verb of delivery', () => {
    expect(tasks(`${hospital}由总务处按程序组织采购，暑期完成安装。\n`)).toEqual([{owner: '总务处', task: '按程序组织采购，暑期完成安装', due: '暑期'}])
  })

  it('should read 于暑期内, and leave 暑期 naming a kind of work alone', () => {
    expect(tasks(`${hospital}由总务处于暑期内完成改造。\n`)).toEqual([{owner: '总务处', task: '于暑期内完成改造', due: '于暑期内'}])
    expect(tasks(`${hospital}由团委组织暑期社会实践。\n`)).toEqual([{owner: '团委', task: '组织暑期社会实践', due: null}])
  })
})

describe('the unit in brackets that ends a submission\'s heading presents it (blind23-h67 r12)', () => {
  const lead = '2026年12月8日，院长雍谦主持召开第25次院长办公会议。纪要如下：\n'

  it('should read 关于…的请示（后勤管理处） as presented by that unit', () => {
    const text = `${lead}一、关于食堂灶具更换的请示（后勤管理处）\n会议同意更换灶具。\n`
    expect(reporters(text)).toEqual([['后勤管理处']])
  })

  it('should read no reporter from a note of the paper\'s state', () => {
    const text = `${lead}一、关于学生请假管理办法（修订）\n会议同意该办法。\n`
    expect(reporters(text)).toEqual([[]])
  })
})

describe('a lead-in that names the work and its division before 如下 (blind23-h67 r15)', () => {
  it('should read no decision in 会议明确新学期重点工作任务及分工如下：', () => {
    const text = '2026年8月31日，院长褚明远主持召开院长办公会议。纪要如下：\n一、关于开学准备\n会议明确新学期重点工作任务及分工如下：\n1.学生处负责新生报到，开学第二周完成。\n'
    expect(analyze(text).record.items[0]?.decisions.map((each) => each.text)).not.toContain('会议明确新学期重点工作任务及分工如下')
  })
})

describe('具体负责 after a lead shares its task (blind23-h67 r15)', () => {
  it('should give the lead the work the next owner is charged with', () => {
    const text = '2026年5月7日，院长鲍承武主持召开党政联席会议。纪要如下：\n一、研究运动会\n由岳明川副院长牵头，学生工作办公室具体负责竞赛组织，5月20日前完成。\n'
    expect(tasks(text)).toEqual([
      {owner: '岳明川', task: '牵头，学生工作办公室具体负责竞赛组织，5月20日前完成', due: '5月20日前'},
      {owner: '学生工作办公室', task: '具体负责竞赛组织，5月20日前完成', due: '5月20日前'}
    ])
  })
})

describe('具体承办 after one who answers for the whole shares the work (blind23-h67 r17)', () => {
  it('should give 负总责 the deadline and the work the next owner carries', () => {
    const text = '2026年3月19日，党委书记端木青主持召开党政联席会议。纪要如下：\n一、关于重点工作\n会议议定：\n（一）迎评工作由白鹭洲院长负总责，教学办公室具体承办，5月底前完成自评报告。\n'
    expect(tasks(text)).toContainEqual(expect.objectContaining({owner: '白鹭洲', due: '5月底前'}))
    expect(tasks(text).find((each) => each.owner === '白鹭洲')?.task).toContain('自评报告')
  })
})

describe('the first week after a holiday, bare (blind23-h67 r15)', () => {
  const school = '2026年9月9日，校长石敬亭主持召开校务会议。纪要如下：\n一、关于常规检查\n'

  it('should read 在国庆后第一周 as the deadline, dated as 国庆后第一周内 is', () => {
    const [task] = analyze(`${school}会议要求教务处在国庆后第一周组织开展教学常规检查。\n`).record.items[0]?.assignments ?? []
    expect({due: task?.due, dueDate: task?.dueDate}).toEqual({due: '在国庆后第一周', dueDate: '2026-10-08'})
  })

  it('should leave a week the work starts from alone', () => {
    expect(tasks(`${school}会议要求教务处从国庆后第一周起组织开展教学常规检查。\n`)).toMatchObject([{owner: '教务处', due: null}])
  })
})

describe('期末 and 期中 bound a task as the examinations do (blind23-h67 r18)', () => {
  const school = '2026年1月5日，园长卓婉清主持召开园务会议。纪要如下：\n一、关于期末评价\n'

  it('should read 在期末前 as the deadline', () => {
    expect(tasks(`${school}会议要求保教主任在期末前完成成长档案整理。\n`)).toEqual([{owner: '保教主任', task: '在期末前完成成长档案整理', due: '在期末前'}])
  })

  it('should leave 期末 naming a kind of work alone', () => {
    expect(tasks(`${school}会议要求保教主任做好期末复习工作。\n`)).toEqual([{owner: '保教主任', task: '做好期末复习工作', due: null}])
  })
})

describe('the head of a school\'s group presents for the group (blind23-h67 r19)', () => {
  const lead = '2026年11月4日，校长栾书远主持召开第7次校务会。纪要如下：\n'

  it('should read 初三年级组长 X as the grade\'s group, not 初三 as a name', () => {
    const text = `${lead}议题一：研究家长会安排（汇报人：初三年级组长 濮存文）\n会议同意召开家长会。\n`
    expect(reporters(text)).toEqual([['初三年级组']])
  })

  it('should read a subject group the same way, and a bare 年级组长 X as the person', () => {
    const text = `${lead}一、关于公开课\n汇报人：数学教研组长 闵若兰\n会议同意。\n二、关于晚自习\n汇报人：年级组长 甘棠\n会议同意。\n`
    expect(reporters(text)).toEqual([['数学教研组'], ['甘棠']])
  })
})
