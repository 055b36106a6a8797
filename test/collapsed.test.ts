/**
 * A web copy that lost its line breaks: the same minutes on one line read as
 * they do with their lines (items, headings, decisions, owners, the date).
 */

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'

const lines = [
  'XX县人民政府',
  '常务会议纪要',
  '县政府办公室 2024年4月8日',
  '2024年4月3日，县长周志强主持召开县政府第5次常务会议，研究了以下事项。现纪要如下：',
  '一、研究《XX县城区停车设施建设三年行动方案》',
  '会议听取了县住建局关于《XX县城区停车设施建设三年行动方案》起草情况的汇报，原则同意该方案，由县住建局根据会议意见修改完善后，以县政府办公室名义印发实施。',
  '二、研究县第一人民医院新院区建设资金筹措事宜',
  '会议听取了县卫健局、县财政局的汇报。会议明确：（一）新院区建设资金采取财政补助和医院自筹相结合的方式筹措；（二）县财政局要在5月底前将首期补助资金拨付到位。',
  '三、研究2024年县级储备粮轮换计划',
  '会议同意县发改局提出的2024年县级储备粮轮换计划。',
  '出席：周志强、吴建华、郑丽',
  '列席：县政府办公室、县住建局、县发改局负责人',
  '记录：王晓'
]

/** What a reader compares: the meeting and, per item, heading, reporters, decisions and owners. */
function reading(record: MinutesRecord) {
  return {
    name: record.meeting.name,
    date: record.meeting.date,
    chair: record.meeting.chair?.name,
    items: record.items.map((item) => ({
      heading: item.heading,
      reporters: item.reporters,
      decisions: item.decisions.map((decision) => decision.text),
      assignments: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
    }))
  }
}

describe('a copy that lost its line breaks', () => {
  it('should read as the minutes with their lines', () => {
    const withLines = reading(parseMinutes(lines.join('\n') + '\n'))
    // Hand-checked, the reading both must give.
    expect(withLines.date).toBe('2024-04-03')
    expect(withLines.items.map((item) => item.heading)).toEqual([
      '研究《XX县城区停车设施建设三年行动方案》',
      '研究县第一人民医院新院区建设资金筹措事宜',
      '研究2024年县级储备粮轮换计划'
    ])
    expect(withLines.items[2]).toEqual({
      heading: '研究2024年县级储备粮轮换计划',
      reporters: ['县发改局'],
      decisions: ['会议同意县发改局提出的2024年县级储备粮轮换计划'],
      assignments: []
    })
    const collapsed = reading(parseMinutes(lines.join('') + '\n'))
    expect(collapsed.items).toEqual(withLines.items)
    expect([collapsed.name, collapsed.date, collapsed.chair]).toEqual([withLines.name, withLines.date, withLines.chair])
  })

  it('should read as the minutes with their lines where each paragraph kept its indent (`…如下:　　一、研究…　　会议听取了…`)', () => {
    const withLines = reading(parseMinutes(lines.join('\n') + '\n'))
    // A scraped page keeps the two ideographic spaces that indent each paragraph, or the no-break spaces of `&nbsp;`.
    for (const indent of ['\u3000\u3000', '\u00a0\u00a0\u00a0\u00a0']) {
      const indented = reading(parseMinutes(indent + lines.join(indent) + '\n'))
      expect(indented.items, JSON.stringify(indent)).toEqual(withLines.items)
      expect([indented.name, indented.date, indented.chair]).toEqual(['县政府第5次常务会议', '2024-04-03', '周志强'])
    }
  })

  it('should break a copy at each kept indent, before headings without a marker and before `第一,` items', () => {
    // Every line break lost, two ideographic spaces left where each paragraph began.
    const indented = (name: string) =>
      readFileSync(new URL(`../fixtures/genre/${name}`, import.meta.url), 'utf8')
        .replace(/\r?\n[ \t]*(?=\u3000)/g, '')
        .replace(/\r?\n/g, '\u3000\u3000')
    const headings = parseMinutes(indented('county-heading-lines.txt'))
    expect([headings.meeting.name, headings.meeting.date, headings.meeting.chair?.name]).toEqual(['县政府第十二次常务会议', '2024-07-02', '江涛'])
    expect(headings.items.map((item) => [item.heading, item.reporters, item.assignments.map((each) => [each.owner, each.due])])).toEqual([
      ['关于城区停车场建设问题', ['县住建局'], [['县住建局', '抓紧']]],
      ['关于秋粮收购工作', ['县粮食局'], [['县粮食局', '于9月底前']]]
    ])
    const ordinals = parseMinutes(indented('bureau-ordinal-items.txt'))
    expect(ordinals.items.map((item) => [item.heading, item.assignments.map((each) => [each.owner, each.due])])).toEqual([
      ['关于2024年防汛准备工作', [['局防汛办', '在5月十五日内']]],
      ['关于水资源税改革试点工作', [['局水资源处', '于3月31日前'], ['局财务审计处', '于3月31日前']]],
      ['关于干部培训工作', [['局办公室', '下周五前']]]
    ])
  })

  it('should not end a heading at a meeting named in it (`提交市政府常务会议审议`)', () => {
    const record = parseMinutes(
      '2024年4月3日，县长周志强主持召开县政府第5次常务会议。现纪要如下：\n一、会议原则同意《县森林防火工作方案》，由县林业局修改完善后，再提交县政府常务会议审议。\n二、研究安全生产专题会议研究部署的事项。会议同意。\n'
    )
    expect(record.items.map((item) => item.heading)).toEqual([
      '会议原则同意《县森林防火工作方案》，由县林业局修改完善后，再提交县政府常务会议审议',
      '研究安全生产专题会议研究部署的事项'
    ])
  })
})

describe('a board notice that lost its line breaks', () => {
  it('should not run the name on over when the meeting was held (`…会议于2024年8月26日在公司会议室召开`)', () => {
    const text =
      '证券代码:000000 证券简称:某某电气 公告编号:2024-036某某电气股份有限公司第四届董事会第九次会议决议公告本公司及董事会全体成员保证信息披露的内容真实、准确、完整。一、董事会会议召开情况某某电气股份有限公司(以下简称"公司")第四届董事会第九次会议于2024年8月26日在公司三楼会议室以现场方式召开,会议应出席董事7名。'
    expect(parseMinutes(text).meeting.name).toBe('第四届董事会第九次会议')
  })
})

describe('header fields that lost their line breaks', () => {
  it('should read each field of header lines run on with no space between them', () => {
    const text = '某村村民代表会议记录\n时间：2024年8月16日晚7时地点：村委会议室主持人：村党支部书记 杨树林记录人：村会计 邱月\n议题一：关于厂房出租\n会议同意出租方案。\n'
    const {meeting} = parseMinutes(text)
    expect([meeting.date, meeting.chair?.name, meeting.location]).toEqual(['2024-08-16', '杨树林', '村委会议室'])
  })
})

