import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The meeting's name, date and chair. */
function meeting(text: string) {
  const {name, date, chair} = analyze(text).record.meeting
  return {name, date, chair: chair ? chair.name : null}
}

describe('a board notice whose held section has sub-sections (blind18-h45 r2)', () => {
  const head = '证券代码：870001    证券简称：岚溪股份    公告编号：2026-012\n岚溪材料股份有限公司\n第二届董事会第六次会议决议公告\n'

  it('should read 会议召开时间 and 会议主持人 under （一）会议召开情况', () => {
    const text = `${head}一、会议召开和出席情况\n（一）会议召开情况\n1．会议召开时间：2026年3月18日\n2．会议召开地点：公司会议室\n3．会议主持人：董事长庞思远\n（二）会议出席情况\n会议应出席董事5人，实际出席董事5人。\n二、议案审议情况\n（一）审议通过《关于聘任财务总监的议案》\n表决结果：同意5票，反对0票，弃权0票。\n`
    expect(meeting(text)).toMatchObject({date: '2026-03-18', chair: '庞思远'})
  })

  it('should read the labels when the section has no sub-sections', () => {
    const text = `${head}一、会议召开情况\n1．会议召开时间：2026年5月6日\n2．会议主持人：董事长庞思远\n二、议案审议情况\n（一）审议通过《关于年度报告的议案》\n`
    expect(meeting(text)).toMatchObject({date: '2026-05-06', chair: '庞思远'})
  })
})

describe('a header line labelled 召开时间 (blind18-h45 r2)', () => {
  it('should take the date from it', () => {
    const text = '蓝桥镇党政联席会议纪要\n召开时间：2026年7月2日上午\n主持人：镇长 聂书同\n会议研究了防汛值守安排。\n'
    expect(meeting(text)).toMatchObject({date: '2026-07-02', chair: '聂书同'})
  })
})

describe('听取和讨论 without 了 before a reporter (blind18-h45 r4)', () => {
  it('should read the body after 听取和讨论 as the reporter', () => {
    const text = '柳川县人大常委会主任会议纪要\n2026年3月5日，县人大常委会主任钟南山主持召开主任会议。纪要如下：\n议题一：听取和讨论县政府关于农村供水保障情况的报告。会议同意提请常委会会议审议。\n议题二：听取和研究县卫健局关于基层医疗机构建设情况的汇报。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.reporters)).toEqual([['县政府'], ['县卫健局']])
  })
})

describe('a council committee named after its two fields (blind18-h45 r6)', () => {
  const head = '白沙县人大常委会召开主任会议\n2026年4月8日，县人大常委会主任雷振东主持召开县人大常委会第九次主任会议。\n'

  it('should keep 农业与农村工作委员会 one owner', () => {
    const text = `${head}会议研究了秋粮收购监督工作，要求农业与农村工作委员会开展专题调研，5月底前形成报告。\n`
    const tasks = analyze(text).record.items[0].assignments.map((assignment) => [assignment.owner, assignment.due])
    expect(tasks).toEqual([['农业与农村工作委员会', '5月底前']])
  })

  it('should read such a committee with its officer as the reporter, the unit alone', () => {
    const text = `${head}会议听取了县人大常委会环境与资源保护工作委员会主任沙凤鸣关于河湖长制落实情况的汇报。\n`
    expect(analyze(text).record.items[0].reporters).toEqual(['县人大常委会环境与资源保护工作委员会'])
  })

  it('should still part a bureau and a committee over 与', () => {
    const text = `${head}会议研究了预算联网监督工作，由县财政局与预算工作委员会负责，6月底前完成系统对接。\n`
    const owners = analyze(text).record.items[0].assignments.map((assignment) => assignment.owner)
    expect(owners).not.toContain('县财政局与预算工作委员会')
  })
})
