import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'
import type {MinutesRecord} from '../src/record.js'

// Minutes of my own that lost every line break (h42): each is read as a copy whose lines were
// joined with nothing between them (`flatten`, as bench/forms.mjs `flattened` and
// /work/notes/lead/flatset.mjs make them), and as written, which must read the same.

const flatten = (text: string): string => text.replace(/\s*\r?\n\s*/g, '')

/** What a reader checks: per item its heading, reporters, decisions and owners. */
function items(record: MinutesRecord) {
  return record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.length,
    owners: item.assignments.map((assignment) => assignment.owner)
  }))
}

describe('a news matter that opens with who presents it', () => {
  const news = `石川县政府召开第18次常务会议
9月3日上午,县政府召开第18次常务会议,县长葛云舟主持。
县交通运输局、县财政局分别汇报了农村公路危桥改造方案和资金筹措情况。会议原则同意改造方案,请县交通运输局于10月底前完成首批8座危桥加固。
县市场监管局局长龙晓汇报了秋季学校食堂检查情况。会议要求,县市场监管局要会同县教育局开展开学季食品安全专项检查。
会议还研究了城区停车场建设事宜。县住建局就停车场选址作了说明。会议同意在北门片区先建一处立体停车场,由县住建局负责组织实施。`

  it('reads the same flattened as written: a matter at each presenter after the lead or a matter, not after the sentence that took one up', () => {
    const lined = items(parseMinutes(news))
    expect(lined.map((item) => item.heading)).toEqual([
      '县交通运输局、县财政局分别汇报了农村公路危桥改造方案和资金筹措情况',
      '县市场监管局局长龙晓汇报了秋季学校食堂检查情况',
      '会议还研究了城区停车场建设事宜'
    ])
    expect(items(parseMinutes(flatten(news)))).toEqual(lined)
  })

  it('keeps a topic named in its own sentence with the account after it', () => {
    const topics = `青禾镇党政联席会议纪要
2026年4月2日,镇党委书记梅子轩主持召开党政联席会议,班子成员参加。现将议定事项纪要如下:
关于春季植树工作。镇林业站汇报了植树苗木准备情况。会议要求,镇林业站于4月15日前完成补植。
关于集镇垃圾清运。镇城管办汇报了清运车辆调度情况。会议同意增加一班夜间清运。`
    const lined = items(parseMinutes(topics))
    expect(lined).toHaveLength(2)
    expect(items(parseMinutes(flatten(topics)))).toEqual(lined)
  })
})

describe('the meeting deciding on the report it heard', () => {
  const news = `临江大学召开第9次校长办公会
5月6日下午,学校召开第9次校长办公会,校长沈一鸣主持。
会议听取了教务处关于2026年辅修专业设置方案的汇报。会议审议通过了辅修专业设置方案,由教务处于5月底前发布招生通知。
会议听取了后勤处关于学生公寓热水系统改造的汇报,同意改造方案。
会议研究了校园文化节筹备工作,由团委负责组织实施。`

  it('reads the decision with its hearing, flattened as written; a hearing with its own decision, then another matter, stays two', () => {
    const lined = items(parseMinutes(news))
    expect(lined.map((item) => item.heading)).toEqual([
      '会议听取了教务处关于2026年辅修专业设置方案的汇报',
      '会议听取了后勤处关于学生公寓热水系统改造的汇报,同意改造方案',
      '会议研究了校园文化节筹备工作,由团委负责组织实施'
    ])
    expect(items(parseMinutes(flatten(news)))).toEqual(lined)
  })

  it('keeps the paragraphs of a copy that kept their indents', () => {
    const indented = news.replace(/\n/g, '\u3000\u3000')
    expect(items(parseMinutes(indented))).toEqual(items(parseMinutes(news)))
  })
})

describe('a copy that ends its sentences in `.`', () => {
  const dotted = `桐溪村"两委"联席会议纪要
2026年3月2日晚,村党支部书记龚海主持召开村"两委"联席会议,村"两委"成员参加.会议纪要如下:
1、关于春季河道清淤.会议要求村治保主任组织清淤队伍,3月20日前完成主河道清淤.
2、关于村卫生室改造.村委会委员邬青通报了改造方案.会议同意改造方案,由邬青负责施工协调.
3、关于农家书屋管理.会议确定由村文书负责书屋日常开放.`

  it('reads the `.` before the next item number as a full stop, flattened as written', () => {
    const lined = items(parseMinutes(dotted))
    expect(lined).toHaveLength(3)
    expect(items(parseMinutes(flatten(dotted)))).toEqual(lined)
  })

  it('keeps a decimal a decimal', () => {
    const record = parseMinutes(flatten(dotted.replace('3月20日前完成主河道清淤', '清淤长度2.5公里')))
    expect(record.items[0].assignments.map((assignment) => assignment.task).join('')).toContain('2.5公里')
  })
})

describe('a matter numbered `第一项议题:`', () => {
  const labelled = `松岭社区居民议事会会议纪要
时间:2026年5月8日上午
主持:社区党委书记 费晓岚
参加:社区"两委"成员、居民代表
第一项议题:关于小区垃圾分类驿站选址
社区居委会委员卞涛介绍了两处备选点位.会议同意在南门广场东侧设置驿站,由卞涛负责协调物业,5月底前建成.
第二项议题:关于暑期青少年托管服务
会议确定托管服务于7月10日开始,由社区团支部负责招募志愿者.`

  it('reads `议题:` after the matter\'s number as part of it, flattened as written', () => {
    const lined = items(parseMinutes(labelled))
    expect(lined.map((item) => item.heading)).toEqual(['关于小区垃圾分类驿站选址', '关于暑期青少年托管服务'])
    expect(items(parseMinutes(flatten(labelled)))).toEqual(lined)
  })
})

describe('a heading glued to the meeting speaking', () => {
  const glued = `岚山街道党工委会议纪要
2026年6月3日,街道党工委书记盛安主持召开党工委会议,班子成员参加。现将会议议定事项纪要如下:
一、关于成立夜市经济工作专班
会议决定成立夜市经济工作专班,由分管副主任任组长,6月底前拿出夜市布局方案。
二、关于辖区消费稳增长
会议不同意在主干道两侧增设临时摊点,请街道城管科另行选址后再提交。
三、关于推选优秀网格员
经表决,同意推荐庞小燕、伏强为区级优秀网格员。
四、关于城管队员培训
会议暂缓研究培训方案,请街道城管科征求各社区意见后再提交。`

  it('ends the heading before the meeting speaks, flattened as written', () => {
    const lined = items(parseMinutes(glued))
    expect(lined.map((item) => item.heading)).toEqual(['关于成立夜市经济工作专班', '关于辖区消费稳增长', '关于推选优秀网格员', '关于城管队员培训'])
    expect(items(parseMinutes(flatten(glued)))).toEqual(lined)
  })

  it('keeps a meeting named by a head\'s title in its heading', () => {
    const named = parseMinutes(flatten(glued.replace('关于城管队员培训', '传达区长会议精神')))
    expect(named.items[3].heading).toBe('传达区长会议精神')
  })
})

describe('who presents a matter, by the verbs of an account', () => {
  const accounts = `梅园医院院长办公会议纪要
2026年7月14日,院长吕青主持召开院长办公会议,院领导班子成员参加。纪要如下:
一、关于夜间急诊分诊
急诊科就夜间分诊流程优化方案进行了说明。会议同意试行新的分诊流程。
二、关于药品库存盘点
药剂科向会议报告了上半年药品库存盘点结果。会议要求药剂科于8月底前处理近效期药品。
三、关于院内停车管理
保卫科就停车位紧张问题作了通报。会议同意错时开放职工停车场。`

  it('ends the heading before the unit that presents it, flattened as written', () => {
    const lined = items(parseMinutes(accounts))
    expect(lined.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于夜间急诊分诊', ['急诊科']],
      ['关于药品库存盘点', ['药剂科']],
      ['关于院内停车管理', ['保卫科']]
    ])
    expect(items(parseMinutes(flatten(accounts)))).toEqual(lined)
  })
})

describe('items `1、关于` glued to the chair\'s name, a group that presents', () => {
  const college = `外国语学院院务会议纪要
时间:2026年9月8日 地点:外语楼302 主持人:院长 申屠敏
1、关于2026年秋季新生入学教育工作
迎新工作小组组长禹芳汇报了新生入学教育安排。会议同意入学教育方案,由学工办负责组织实施。
2、关于语音实验室设备更新
会议同意更新语音实验室设备,由实验中心负责采购。`

  it('opens the sequence at `1、关于` after the chair\'s name and ends the heading before the group, flattened as written', () => {
    const lined = items(parseMinutes(college))
    expect(lined.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于2026年秋季新生入学教育工作', ['迎新工作小组']],
      ['关于语音实验室设备更新', []]
    ])
    expect(items(parseMinutes(flatten(college)))).toEqual(lined)
  })
})

describe('Markdown headings `### 二、`', () => {
  const markdown = `## 溪口镇人民政府镇长办公会议纪要

2026年8月5日上午,镇长柯文主持召开镇长办公会议。现纪要如下:

### 一、关于秋季森林防火

会议要求镇林业站于9月底前完成防火通道清理。

### 二、关于集镇污水管网维修

会议同意维修集镇污水管网,由镇建设办负责组织实施。`

  it('reads the items, flattened as written', () => {
    const lined = items(parseMinutes(markdown))
    expect(lined.map((item) => item.heading)).toEqual(['关于秋季森林防火', '关于集镇污水管网维修'])
    expect(items(parseMinutes(flatten(markdown)))).toEqual(lined)
  })
})

describe('a label in brackets under a heading (【汇报情况】)', () => {
  const bracketed = `秀屿区人民医院院务会议纪要
2026年3月12日,院长姬红主持召开院务会议,院领导班子成员参加。
议题一:关于日间手术中心建设
【汇报情况】医务部汇报了日间手术中心建设方案。
【会议决定】同意建设方案,由医务部于5月底前完成场地改造。
议题二:关于护士长轮岗
【汇报情况】护理部汇报了护士长轮岗安排。
【会议决定】同意轮岗安排。`

  it('ends the heading before the label, flattened as written', () => {
    const lined = items(parseMinutes(bracketed))
    expect(lined.map((item) => [item.heading, item.reporters])).toEqual([
      ['关于日间手术中心建设', ['医务部']],
      ['关于护士长轮岗', ['护理部']]
    ])
    expect(items(parseMinutes(flatten(bracketed))).map((item) => [item.heading, item.reporters])).toEqual(lined.map((item) => [item.heading, item.reporters]))
  })
})

describe('a byline glued to the lead\'s date and its weekday', () => {
  const page = `青川市人民政府门户网站
您的位置:首页 > 新闻中心 > 政务要闻
市政府召开第12次常务会议
2026-03-09 10:20 来源:青川日报 作者:记者 田禾
3月6日(周五)上午,市政府召开第12次常务会议,市长卓远山主持。
会议研究了春季植树造林工作,要求市林业局于4月底前完成造林任务。
会议还研究了其他事项。`

  it('reads the meeting\'s date and chair from the lead, flattened as written', () => {
    const record = parseMinutes(flatten(page))
    expect(record.meeting.date).toBe(parseMinutes(page).meeting.date)
    expect(record.meeting.date).toMatch(/-03-06$/)
    expect(record.meeting.chair?.name).toBe('卓远山')
  })
})
