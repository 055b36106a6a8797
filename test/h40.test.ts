import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'

// Minutes of my own that lost every line break (h40): each is read as a copy whose lines were
// joined with nothing between them (`flatten`, bench/forms.mjs `flattened`), and, where the test
// says so, as written, which must read the same.

const flatten = (text: string): string => text.replace(/\s*\r?\n\s*/g, '')

/** What a reader checks: per item its ordinal, heading, reporters, decisions and owners. */
function items(record: MinutesRecord) {
  return record.items.map((item) => ({
    ordinal: item.ordinal,
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.length,
    owners: item.assignments.map((assignment) => assignment.owner)
  }))
}

describe('a matter label glued to its heading (交办事项一, 第一项议题)', () => {
  const assigned = `青枫县人民政府县长办公会议纪要
2026年3月9日上午，县长欧阳岚主持召开县长办公会议，研究城乡建设有关事项。会议交办事项如下：
交办事项一
城北片区雨水管网改造
会议听取了县住建局关于雨水管网改造方案的汇报。会议要求县住建局于5月底前完成主干管铺设。
交办事项二
乡镇敬老院消防改造
会议同意县民政局提出的改造方案，所需资金由县财政局统筹安排。`

  const party = `柳溪镇党委会议纪要
时间：2026年2月3日上午
地点：镇政府二楼会议室
主持人：镇党委书记 程远
出席：程远、范晓梅、祁东、倪虹
记录：党政办 伍芳
第一项议题
研究春季护林防火工作
镇林业站汇报了今冬明春森林防火准备情况。会议要求镇林业站于2月底前完成护林员培训。
第二项议题
研究集镇农贸市场提升方案
会议同意由镇规划建设办牵头实施集镇农贸市场提升改造。`

  it('reads each label as its item, the lined text and the one-line copy alike', () => {
    for (const text of [assigned, party]) {
      const lined = items(parseMinutes(text))
      expect(items(parseMinutes(flatten(text)))).toEqual(lined)
    }
    expect(items(parseMinutes(flatten(assigned))).map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '城北片区雨水管网改造'],
      ['二', '乡镇敬老院消防改造']
    ])
    expect(items(parseMinutes(flatten(party))).map((item) => [item.ordinal, item.heading, item.owners])).toEqual([
      ['一', '研究春季护林防火工作', ['镇林业站']],
      ['二', '研究集镇农贸市场提升方案', ['镇规划建设办']]
    ])
  })

  it('leaves a label that goes on as a word alone (交办事项一律…)', () => {
    const text = flatten(`城东街道工作例会纪要
2026年4月2日，街道办事处主任柯林主持召开工作例会，各科室负责人参加。现纪要如下：
一、关于督办台账管理
会议要求，交办事项一律实行台账管理，由党政办每周通报办理进度。`)
    expect(items(parseMinutes(text)).map((item) => item.heading)).toEqual(['关于督办台账管理'])
  })
})

describe('the first item glued to the last name of an attendance list', () => {
  const record = `石桥村“两委”会议记录
日期:2026年5月12日
主持人:村党支部书记 尤海
参加人:尤海、简丹、项晴、米兰
1、关于村道路灯维修。会议确定更换损坏路灯12盏,由项晴负责在5月底前完成。
2、关于防溺水宣传。会议要求简丹组织网格员在各水塘设立警示牌。`

  it('reads `参加人:` as the attendance label, and `1、` after the last name as the first item', () => {
    const lined = parseMinutes(record)
    expect(lined.meeting.attendees.map((person) => person.name)).toEqual(['尤海', '简丹', '项晴', '米兰'])
    const flat = parseMinutes(flatten(record))
    expect(flat.meeting.attendees.map((person) => person.name)).toEqual(['尤海', '简丹', '项晴', '米兰'])
    expect(items(flat)).toEqual(items(lined))
    expect(items(flat).map((item) => [item.ordinal, item.heading, item.owners])).toEqual([
      ['1', '关于村道路灯维修', ['项晴']],
      ['2', '关于防溺水宣传', ['简丹']]
    ])
  })
})

describe('a number skipped or said twice in the run-on sequence of items', () => {
  const skipped = `南港区人民政府常务会议纪要
2026年1月6日，区长祝文主持召开区政府第8次常务会议。现将会议议定事项纪要如下：
一、关于冬春季节农民工工资支付
区人社局汇报了欠薪隐患排查情况。会议要求区人社局于春节前完成在建项目工资专户核查。
二、关于城区停车场建设
会议同意区城管局提出的城区停车场建设方案。
四、关于区属国有企业年度考核
会议原则同意区国资中心提出的考核办法，由区国资中心组织实施。`

  const doubled = skipped.replace('四、关于区属', '二、关于区属')

  it('goes on from a skipped number (二 → 四) and a repeated one (二 → 二) after a full stop before 关于', () => {
    for (const text of [skipped, doubled]) {
      const flat = items(parseMinutes(flatten(text)))
      expect(flat).toEqual(items(parseMinutes(text)))
      expect(flat.map((item) => item.heading)).toEqual(['关于冬春季节农民工工资支付', '关于城区停车场建设', '关于区属国有企业年度考核'])
    }
    expect(items(parseMinutes(flatten(skipped))).map((item) => item.ordinal)).toEqual(['一', '二', '四'])
  })

  it('keeps the points of the last item out of the sequence (no 关于 after their numbers)', () => {
    const text = flatten(`北岭镇党委会议纪要
2026年2月9日，镇党委书记吉安主持召开党委会议。现纪要如下：
一、关于春耕生产
会议同意镇农业服务中心提出的春耕生产工作方案。
二、关于集镇环境整治
会议要求：一、镇城建办要于3月底前完成集镇主街立面整治。二、镇执法中队要加强占道经营管理。`)
    expect(items(parseMinutes(text)).map((item) => item.heading)).toEqual(['关于春耕生产', '关于集镇环境整治'])
  })
})

describe('a heading whose last word is a plan\'s or a matter\'s noun, glued to who presents it', () => {
  const text = `松川区人民政府常务会议纪要
2026年3月3日，区长甘雨主持召开区政府第12次常务会议。现将会议议定事项纪要如下：
一、关于污水处理厂提标改造资金
区城投公司汇报了资金筹措方案。会议同意区城投公司申请专项债券。
二、关于学校建设用地
区自然资源局要于4月底前完成第九小学用地报批。
三、关于评优评先推荐
区人社局汇报了年度评优名额分配情况。会议同意分配方案。`

  it('ends the heading after 资金, 用地, 推荐 (the rightmost such word), the presenter or owner after it', () => {
    const flat = items(parseMinutes(flatten(text)))
    expect(flat).toEqual(items(parseMinutes(text)))
    expect(flat.map((item) => [item.heading, item.reporters, item.owners])).toEqual([
      ['关于污水处理厂提标改造资金', ['区城投公司'], []],
      ['关于学校建设用地', [], ['区自然资源局']],
      ['关于评优评先推荐', ['区人社局'], []]
    ])
  })
})

describe('who presents by unit, title and name, glued to the heading', () => {
  const text = `鹤川县人民政府常务会议纪要
2026年4月7日，县长俞平主持召开县政府第20次常务会议。现将会议议定事项纪要如下：
一、关于未成年人保护工作推进问题
县人民检察院检察长祁山作了情况说明。会议要求县教育局于5月底前完成校园周边环境排查。
二、研究机关后勤服务外包方案
办公室主任沙琳汇报了方案起草情况。会议同意该方案。`

  it('starts the presenter at the unit (named from its place, or a suffix that is a whole name) after a heading word', () => {
    const flat = items(parseMinutes(flatten(text)))
    expect(flat.map((item) => item.heading)).toEqual(['关于未成年人保护工作推进问题', '研究机关后勤服务外包方案'])
    expect(flat.map((item) => item.heading)).toEqual(items(parseMinutes(text)).map((item) => item.heading))
  })

  it('leaves a heading that is itself the sentence whole (the unit opens it)', () => {
    const one = flatten(`鹤川县人民政府常务会议纪要
2026年4月7日，县长俞平主持召开县政府第20次常务会议。现将会议议定事项纪要如下：
一、县人民检察院检察长祁山汇报了未成年人保护工作。
二、研究机关后勤服务外包方案
会议同意该方案。`)
    expect(items(parseMinutes(one))[0].heading).not.toBe('')
    expect(items(parseMinutes(one))[0].heading?.startsWith('县人民检察院')).toBe(true)
  })
})

describe('the first item glued to the pipe that closes a header table\'s last row', () => {
  const text = `白鹭湾小学校务会议纪要
| 时间 | 2026年3月2日下午 |
| --- | --- |
| 主持 | 校长 温如玉 |
| 记录 | 办公室 孟秋 |
一、关于春季运动会筹备
后勤处汇报了运动会场地准备情况。会议同意于4月中旬举办春季运动会，由体育组负责组织。
二、关于课后服务安排
会议要求教务处于3月10日前公布课后服务课程表。`

  it('opens the items after `|` (not after `||`, the seam of two rows)', () => {
    const flat = items(parseMinutes(flatten(text)))
    expect(flat.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '关于春季运动会筹备'],
      ['二', '关于课后服务安排']
    ])
    expect(flat.map((item) => item.owners)).toEqual([['体育组'], ['教务处']])
  })
})

describe('items numbered `(1)` in a one-line copy', () => {
  const text = `海宁学院党政联席会议纪要
2026年5月6日下午，学院党政联席会议在行政楼召开，会议由院长宫正主持，学院领导班子成员参加会议。
(1)研究学院实验室开放管理办法
会议同意实验室开放管理办法，由实验中心负责解释。
(2)研究暑期社会实践安排
会议要求学工办于6月20日前完成实践团队组建。`

  it('reads `(1)`, `(2)` as the items when no `一、`, `(一)` or `1.` sequence is there', () => {
    const flat = items(parseMinutes(flatten(text)))
    expect(flat.map((item) => [item.ordinal, item.heading, item.owners])).toEqual([
      ['1', '研究学院实验室开放管理办法', ['实验中心']],
      ['2', '研究暑期社会实践安排', ['学工办']]
    ])
    expect(flat).toEqual(items(parseMinutes(text)))
  })
})
