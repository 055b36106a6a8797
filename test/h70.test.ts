import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each assignment of each item as owner, task and due. */
function tasks(text: string) {
  return analyze(text).record.items.flatMap((item) => item.assignments.map(({owner, task, due}) => ({owner, task, due})))
}

describe('a Markdown copy whose converter escaped its markup (blind23-h70 r1)', () => {
  const text =
    '# 松岭学院2026年第4次院长办公会议纪要\n\n\\[ 字体：大 中 小 \\]\n\n' +
    '2026年3月10日，院长舒正平主持召开2026年第4次院长办公会议。纪要如下：\n\n' +
    '**一、审议《松岭学院教材选用管理办法》**\n\n会议原则通过该办法。**会议要求**：\n\n' +
    '1\\. 教务处要根据会议意见修改完善，3月底前印发；\n\n2\\. 各系部要组织学习。\n\n' +
    '\\- 出席：舒正平　阎书朗\n\n\\- 记录：孟　溪\n'

  it('should read `1\\.` as a point number and its owner as the unescaped list does', () => {
    const [item] = analyze(text).record.items
    expect(item.points.map((point) => point.ordinal)).toEqual(['1', '2'])
    expect(tasks(text)).toEqual([{owner: '教务处', task: '要根据会议意见修改完善，3月底前印发', due: '3月底前'}])
  })

  it('should read an escaped bullet before an attendance label as the bullet', () => {
    const {meeting} = analyze(text).record
    expect(meeting.attendees.map((person) => person.name)).toEqual(['舒正平', '阎书朗'])
    expect(meeting.recorder?.name).toBe('孟　溪')
  })

  it('should keep a backslash that escapes nothing', () => {
    const plain = '2026年3月10日，院长舒正平主持召开院长办公会议。\n一、关于资料归档\n会议要求，档案室要将材料存入D:\\档案目录，月底前完成。\n'
    expect(tasks(plain)[0].task).toContain('D:\\档案目录')
  })
})

describe('a wrapped heading whose title runs onto the next line (blind23-h70 r1)', () => {
  const text =
    '　　2026年6月5日上午，县长万启山主持召开县政府第3次\n常务会议，研究了城区道路改造、防汛等事项。现纪要如下\n：\n' +
    '　　一、审议《东岭县城区道路提升改造三年行动实施方案\n（2026—2028年）》\n' +
    '　　会议听取了县住建局关于城区道路提升改造工程前期工\n作进展情况的汇报。会议原则同意该方案，由县住建局根据\n会议意见修改完善后印发实施。\n' +
    '　　二、关于防汛工作\n' +
    '　　会议要求，县水利局要在6月20日前完成全县小型水库\n的汛前检查工作，县应急管理局负责组织开展防汛应急演练\n。\n'

  it('should join a heading that ends with a heading word while its 《 is still open', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['审议《东岭县城区道路提升改造三年行动实施方案\n（2026—2028年）》', '关于防汛工作'])
  })
})

describe("a PDF page's footnotes under their rule (blind23-h70 r3)", () => {
  const text =
    '2026年4月8日，院长卓一帆主持召开院长办公会议。现纪要如下：\n' +
    '一、关于实验室开放共享\n会议同意实验室实行“预约制”①开放。设备处要在5月底前上线预约平台。\n\n' +
    '——————————\n①“预约制”：校内外用户通过平台提前预约使用时段。\n\n·1·\n' +
    '二、关于图书采购\n会议要求，图书馆要做好采购计划。\n'

  it('should read neither the rule nor the note as a point, and keep the next item', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['关于实验室开放共享', '关于图书采购'])
    expect(items[0].points).toEqual([])
    expect(items[0].assignments.map((each) => each.owner)).toEqual(['设备处'])
  })

  it('should still read a ① list under a rule that no mark in the text cites', () => {
    const listed = text.replace('“预约制”①开放', '“预约制”开放')
    expect(analyze(listed).record.items[0].points.map((point) => point.ordinal)).toEqual(['①'])
  })
})

describe("a Word form copied out one cell a line (blind23-h70 r3)", () => {
  it('should read a header label alone on its line with its value the line under it', () => {
    const text =
      '会议纪要\n会议名称\n2026年第6次总经理办公会\n会议时间\n2026年8月3日（星期一）9:00\n主持人\n总经理　庞立诚\n' +
      '一、关于仓库租赁\n运营部汇报了续租方案。会议同意续租。\n'
    const {meeting} = analyze(text).record
    expect(meeting.name).toBe('2026年第6次总经理办公会')
    expect(meeting.date).toBe('2026-08-03')
    expect(meeting.chair?.name).toBe('庞立诚')
  })

  it('should leave a label alone whose value line is not the next one', () => {
    const text = '会议纪要\n会议名称\n\n\n2026年第6次总经理办公会\n一、关于仓库租赁\n会议同意续租。\n'
    expect(analyze(text).record.meeting.name).toBeNull()
  })
})

describe('a bold heading whose body runs on after the bold (blind23-h70 r4)', () => {
  it('should end the heading at the closing ** whatever word it ends with', () => {
    const text =
      '9月3日，校长闻立群主持召开校长办公会议。\n\n' +
      '**一、关于实验楼改造项目**会议听取了基建处关于改造方案的汇报。会议同意该方案。\n\n' +
      '**二、关于新生入学教育**会议要求，学生处要在9月10日前完成入学教育。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['关于实验楼改造项目', '关于新生入学教育'])
    expect(items[0].reporters).toEqual(['基建处'])
  })
})

describe("a page's byline run into the meeting's header fields on one line (blind23-h70 r4)", () => {
  it('should read the fields after the byline as the header', () => {
    const text =
      '宁坪县人民政府县长办公会议纪要\n' +
      '发布日期：2026-11-06　　浏览量：80　　字体：【大 中 小】　　会议时间：2026年11月3日　　主持人：县长　祁　松\n' +
      '　　县长祁松主持召开县长办公会议，研究冬季供暖工作。纪要如下：\n　　一、关于供暖\n　　会议同意供暖方案。\n'
    const {meeting} = analyze(text).record
    expect([meeting.name, meeting.date, meeting.chair?.name]).toEqual(['县长办公会议', '2026-11-03', '祁松'])
  })
})

describe('indents a copy through GBK wrote as ?? (blind23-h70 r7)', () => {
  const text =
    '??9月2日上午，县人大常委会主任苏怀远主持召开县人大常委会第十次主任会议。\n' +
    '??一、会议听取了县教育局关于校舍安全工作的汇报。会议要求，县教育局要在10月底前完成排查。\n' +
    '??二、会议研究了下次常委会会议有关事项。\n'

  it('should read the lines under the lost indent as the items they open', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => item.ordinal)).toEqual(['一', '二'])
    expect(items[0].reporters).toEqual(['县教育局'])
    expect(tasks(text)).toEqual([{owner: '县教育局', task: '要在10月底前完成排查', due: '在10月底前'}])
  })

  it('should keep a run of question marks too long for an indent', () => {
    const asked = '?????一、关于X\n会议同意。\n'
    expect(analyze(asked).record.items).toEqual([])
  })
})

describe("a page's later part saved alone, its items from 三、 on (blind23-h70 r8)", () => {
  const text =
    '临水区人民政府第9次常务会议纪要\n发布时间：2026-07-03\n' +
    '　　三、关于夜市街区建设\n　　会议原则同意该方案。区商务局要在7月底前制定管理办法。\n' +
    '　　四、关于医院改扩建\n　　会议同意列入投资计划。\n' +
    '　　五、关于其他事项\n　　会议同意调整指挥部成员。\n'

  it('should take a run that starts past one and goes on twice as the items', () => {
    const items = analyze(text).record.items
    expect(items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['三', '关于夜市街区建设'],
      ['四', '关于医院改扩建'],
      ['五', '关于其他事项']
    ])
  })

  it('should not where the run stops after two', () => {
    const two = text.slice(0, text.indexOf('　　五、'))
    expect(analyze(two).record.items.map((item) => item.ordinal)).not.toContain('三')
  })
})

describe('a Markdown heading closed by hashes (blind23-h70 r8)', () => {
  it('should leave the closing hashes out of the heading, and keep a # inside a line', () => {
    const text = '2026年4月28日，院长储立言主持召开院长办公会议。纪要如下：\n\n## 一、关于1#楼维修 ##\n\n会议同意维修方案。\n\n## 二、关于招生工作 ##\n\n会议同意招生计划。\n'
    expect(analyze(text).record.items.map((item) => item.heading)).toEqual(['关于1#楼维修', '关于招生工作'])
  })
})

describe('a breadcrumb parted by slashes or arrows (blind23-h70 r9)', () => {
  const minutes = '\n宁川县人民政府第9次常务会议纪要\n6月2日上午，县长钱立明主持召开县政府常务会议。现纪要如下：\n一、关于供水工程\n会议同意供水方案。\n'

  it('should not take a breadcrumb that ends in 会议纪要 for the title', () => {
    for (const crumbs of ['首页 / 政务公开 / 会议纪要', '当前位置：首页 → 政务公开 → 会议纪要', '学校主页 / 新闻网 / 会议纪要']) {
      const {meeting} = analyze(crumbs + minutes).record
      expect(meeting.title).toBe('宁川县人民政府第9次常务会议纪要')
      expect(meeting.name).toBe('宁川县人民政府第9次常务会议')
    }
  })

  it('should keep a sentence with slashes', () => {
    const text = '6月2日上午，县长钱立明主持召开县政府常务会议。\n一、关于招生\n会议同意招生计划 / 录取方案 / 资助办法，由县教育局实施。\n'
    expect(analyze(text).record.items[0].decisions).toHaveLength(1)
  })
})

describe('a lost indent before a bold heading glued to its body (blind23-h70 r11)', () => {
  it('should read the ?? as the indent and end the heading at the bold', () => {
    const text =
      '??3月18日上午，县长郝明川主持召开县政府第9次常务会议。\n' +
      '??**一、关于春季防火工作**会议要求，县林业局要在清明节前完成隔离带清理。\n' +
      '??**二、关于老旧小区改造**会议原则同意改造计划。\n'
    const items = analyze(text).record.items
    expect(items.map((item) => item.heading)).toEqual(['关于春季防火工作', '关于老旧小区改造'])
    expect(tasks(text)).toEqual([{owner: '县林业局', task: '要在清明节前完成隔离带清理', due: '在清明节前'}])
  })
})
