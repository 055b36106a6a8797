import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's reporters, decisions (text), assignments as owner, task, due, and point count. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due]),
    points: item.points.length
  }))
}

const union = '石埠镇工会委员会会议纪要\n2026年1月6日，镇工会主席柯永梅主持召开工会委员会会议。纪要如下：\n一、关于春节走访\n'
const hospital = '沙河县中医院院长办公会议纪要\n2026年3月2日，院长祁文涛主持召开院长办公会议。纪要如下：\n一、关于康复科建设\n'

describe('a thing\'s time before the one `由X` charges', () => {
  it('should give X the time of the clause before, where X\'s own work names none', () => {
    const text = `${union}会议同意走访困难职工8户。帮扶物资于1月20日前采购到位，由镇工会副主席蓝海生带队入户走访。\n`
    expect(read(text)[0].tasks).toEqual([['镇工会', '带队入户走访', '于1月20日前']])
  })

  it('should keep X\'s own time where X\'s work names one', () => {
    const text = `${union}帮扶物资于1月20日前采购到位，由镇工会副主席蓝海生带队，1月25日前完成入户走访。\n`
    expect(read(text)[0].tasks.map((task) => task[2])).toEqual(['1月25日前'])
  })

  it('should not give X the time the meeting sets for an audience', () => {
    const text = `${union}会议要求各村工会于1月15日前上报名单，由镇工会副主席蓝海生负责汇总。\n`
    expect(read(text)[0].tasks).toEqual([['镇工会', '负责汇总', null]])
  })
})

describe('a group\'s head named by a post', () => {
  it('should give the group\'s work to a head by post alone', () => {
    const text = `${hospital}会议同意成立康复科建设专班，由分管副院长任组长，5月底前完成科室布局调整。\n`
    expect(read(text)[0].tasks).toEqual([['分管副院长', '5月底前完成科室布局调整', '5月底前']])
  })

  it('should give a head by post nothing where the group has owners of its own', () => {
    const text = `${hospital}会议同意成立康复科建设专班，由分管副院长任组长，总务科、设备科配合，5月底前完成布局调整。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['总务科、设备科'])
  })
})

describe('a bare name of three that owns a task', () => {
  it('should read a bare name before `负责` as its owner', () => {
    const text = `${hospital}会议明确，康复门诊排班由芮佳音负责统筹。\n`
    expect(read(text)[0].tasks).toEqual([['芮佳音', '负责统筹', null]])
  })

  it('should read a bare name of two before `负责` as its owner', () => {
    const text = `${hospital}会议明确，康复治疗技术指导由裘芸负责。\n`
    expect(read(text)[0].tasks).toEqual([['裘芸', '康复治疗技术指导由裘芸负责', null]])
  })

  it('should read no owner in a party named by its role', () => {
    for (const party of ['施工方', '申请人', '原单位', '项目组', '车主', '家长', '单位', '双方', '原告']) {
      const text = `${hospital}会议明确，相关手续由${party}负责办理。\n`
      expect(read(text)[0].tasks).toEqual([])
    }
  })
})

describe('a property manager by the kind the regulations name it', () => {
  const community = '荷塘社区物业管理联席会议纪要\n2026年4月9日，社区党委书记温婉清主持召开物业管理联席会议。纪要如下：\n一、关于小区消防通道\n'

  it('should read `物业服务企业` as a reporter and an owner', () => {
    const text = `${community}物业服务企业汇报了消防通道清理情况。会议要求，物业服务企业要在5月10日前完成通道划线。\n`
    expect(read(text)[0].reporters).toEqual(['物业服务企业'])
    expect(read(text)[0].tasks).toEqual([['物业服务企业', '要在5月10日前完成通道划线', '在5月10日前']])
  })

  it('should still read `企业` alone as no one', () => {
    const text = `${community}会议要求，企业要在5月10日前完成通道划线。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a rectification list appended after the last item', () => {
  const head = '荷塘社区物业管理联席会议纪要\n\n　　2026年4月9日，社区党委书记温婉清主持召开物业管理联席会议。会议议定事项详见附件《整改清单》。会议要求，社区居委会要逐项跟踪销号。纪要如下：\n'
  const items = '　　一、关于小区消防通道\n　　会议同意清理消防通道。\n　　二、关于垃圾分类\n　　会议同意增设分类亭2处。\n'
  const list = '\n　　附件：整改清单\n　　序号　整改事项　　　　　　责任单位　　　完成时限\n　　1　　　清理消防通道杂物　　物业服务企业　4月30日前\n　　2　　　增设垃圾分类亭　　　社区居委会　　5月20日前\n'

  it('should read its rows under a `整改事项` column as the last item\'s tasks, with the lead\'s own ask', () => {
    expect(read(head + items + list)[1].tasks).toEqual([
      ['社区居委会', '要逐项跟踪销号', null],
      ['物业服务企业', '清理消防通道杂物', '4月30日前'],
      ['社区居委会', '增设垃圾分类亭', '5月20日前']
    ])
  })

  it('should leave the lead\'s ask in the preamble where no list is appended', () => {
    expect(read(head + items)[1].tasks).toEqual([])
  })
})

describe('`1 X` points whose line sets a date\'s digits apart', () => {
  it('should read the points where spaces stand only around the digits of a date', () => {
    const text = '桑园县人民政府常务会议纪要\n2026年5月6日，县长穆清远主持召开县政府常务会议。现纪要如下：\n一、关于防汛工作\n会议要求：\n1 县水利局要在 5 月 20 日前完成水库巡查；\n2 县应急管理局要于 5 月底前组织一次演练。\n'
    const [item] = read(text)
    expect(item?.points).toBe(2)
    expect(item?.tasks.map((task) => [task[0], task[2]])).toEqual([['县水利局', '在 5 月 20 日前'], ['县应急管理局', '于 5 月底前']])
  })

  it('should still read a row whose cells a space parts as no point', () => {
    const text = '桑园县人民政府常务会议纪要\n2026年5月6日，县长穆清远主持召开县政府常务会议。现纪要如下：\n一、关于防汛工作\n会议明确以下分工：\n1 水库巡查 县水利局 5 月 20 日前\n2 防汛演练 县应急管理局 5 月底前\n'
    expect(read(text)[0]?.points).toBe(0)
  })
})

describe('a running header of the issuing office\'s name alone', () => {
  it('should pass over the office\'s name under a page number where a sentence goes on', async () => {
    const {readFileSync} = await import('node:fs')
    const text = readFileSync(new URL('../fixtures/genre/blind16-h39/r1/r1-d-county-exec-pdf-header-office.txt', import.meta.url), 'utf8')
    const tasks = read(text)[1]?.tasks ?? []
    // (A value keeps what it runs over in the source: the page number and the header inside the task.)
    expect(tasks.map((task) => [task[0], (task[1] ?? '').replace(/\s+/g, ''), task[2]])).toEqual([
      ['县城投公司', '作为项—1—崇阳县人民政府办公室目业主负责建设', '2026年6月底前'],
      ['县财政局', '负责资金筹措，力争2026年6月底前全面完工', '2026年6月底前']
    ])
  })
})

describe('a thing\'s time before `由X` and work of X\'s own', () => {
  it('should not give X the time where X\'s work is no leading or answering for the thing', () => {
    const text = `${union}慰问名单于1月10日前公示，由镇工会副主席蓝海生值班接待来访。\n`
    expect(read(text)[0].tasks).toEqual([['镇工会', '值班接待来访', null]])
  })
})

describe('a point that disposes of a case beside a point the meeting agrees in', () => {
  const college = '北岭学院院长办公会议纪要\n2026年6月3日，院长蒙启明主持召开院长办公会议。纪要如下：\n一、关于学生违纪处理\n学生处汇报了调查情况。\n'

  it('should read a sanction with no cue of its own as decided', () => {
    const text = `${college}（一）同意给予2名学生警告处分；\n（二）对违规的3个班级取消本学期评优资格；\n（三）学生处要在6月10日前书面告知学生家长。\n`
    expect(read(text)[0].decisions).toEqual(['同意给予2名学生警告处分', '对违规的3个班级取消本学期评优资格；'])  // (a point's decision keeps its mark, as under a lead-in)
  })

  it('should not read a point that charges someone with work as decided', () => {
    const text = `${college}（一）同意给予2名学生警告处分；\n（二）对违规班级要加强日常教育。\n`
    expect(read(text)[0].decisions).toEqual(['同意给予2名学生警告处分'])
  })

  it('should not read a disposal as decided where no point is agreed in', () => {
    const text = `${college}（一）加强宿舍用电检查；\n（二）对违规的3个班级取消本学期评优资格。\n`
    expect(read(text)[0].decisions).toEqual([])
  })
})

describe('a row of a single-space table whose owner cell names two units', () => {
  it('should give the row\'s task to each unit', () => {
    const text = '石湾镇推进会会议纪要\n2026年3月3日，镇长冷德明主持召开推进会。纪要如下：\n一、关于河道整治\n会议明确以下分工：\n序号 工作任务 责任单位 完成时限\n1 清理河道漂浮物 镇水利站 3月20日前\n2 拆除违建码头 镇自然资源所 镇综合执法队 4月30日前\n'
    expect(read(text)[0].tasks).toEqual([
      ['镇水利站', '清理河道漂浮物', '3月20日前'],
      ['镇自然资源所', '拆除违建码头', '4月30日前'],
      ['镇综合执法队', '拆除违建码头', '4月30日前']
    ])
  })
})

describe('a whole text run on, with its attachments after an item', () => {
  const flat = (text: string) => text.replace(/\n/g, '\u3000\u3000')
  const head = '白沙区区长办公会议纪要\n5月6日上午，区长仇志远主持召开区长办公会议。现纪要如下：\n'

  it('should read the item after the attachments and the attendance after them, as the copy with its line breaks', () => {
    const text = `${head}一、关于背街小巷改造\n区住建局汇报了改造方案。会议同意改造方案，区住建局要在6月底前开工。\n附件：1.背街小巷改造清单\n　　　2.资金安排表\n二、关于防汛\n会议要求，区水利局要加强值守。\n出席：仇志远　蓝　天　柏晓东\n`
    const record = (input: string) => analyze(input).record
    const lined = record(text)
    const run = record(flat(text))
    expect(run.items.map((item) => item.heading)).toEqual(lined.items.map((item) => item.heading))
    expect(run.items.map((item) => item.heading)).toEqual(['关于背街小巷改造', '关于防汛'])
    expect(run.meeting.attendees.map((each) => each.name)).toEqual(lined.meeting.attendees.map((each) => each.name))
  })
})

describe('a single-space table run on in one line, a row\'s owner cell naming two units', () => {
  it('should read every row and the item after the table', () => {
    const text = '竹山镇党委会议纪要 2026年4月2日，镇党委书记计东海主持召开镇党委会议。会议研究了以下事项：一、关于春季防火 会议明确以下分工：序号 工作任务 责任单位 完成时限 1 开展林区巡查 镇林业站 4月10日前 2 查处违规用火 镇综合执法队 镇派出所 4月底前 3 补充扑火物资 镇应急办 5月10日前 二、关于植树活动 会议同意植树活动方案，要求镇林业站于4月5日前组织实施。'
    const items = read(text)
    expect(items.length).toBe(2)
    expect(items[0]?.tasks.map((task) => [task[0], task[1], task[2]])).toEqual([
      ['镇林业站', '开展林区巡查', '4月10日前'],
      ['镇综合执法队', '查处违规用火', '4月底前'],
      ['镇派出所', '查处违规用火', '4月底前'],
      ['镇应急办', '补充扑火物资', '5月10日前']
    ])
  })
})

describe('a space-laid table in a copy that indented only the lines opening with a character', () => {
  it('should read the row after a cell\'s wrapped fragment', () => {
    const nb = '\u00a0\u00a0\u00a0\u00a0'
    const lines = [
      '桐乡县人民政府专题会议纪要',
      '2026年2月3日，副县长阮思远主持召开专题会议。',
      '会议听取了县农业农村局关于春耕备耕的汇报，会议同意备耕方案。会议议定的具体事项如下：',
      '序号  工作任务                          责任单位        完成时限',
      '1     完成全县春耕农资储备库存核查与补    县农业农村局    2月20日前',
      '      充',
      '2     拨付春耕生产补助资金              县财政局        2月28日前',
      '3     开展农资市场专项检查              县市场监管局    3月10日前'
    ]
    const text = lines.map((line) => (line.startsWith(' ') ? line : nb + line)).join('\n') + '\n'
    expect(read(text)[0]?.tasks.map((task) => [task[0], task[2]])).toEqual([
      ['县农业农村局', '2月20日前'],
      ['县财政局', '2月28日前'],
      ['县市场监管局', '3月10日前']
    ])
  })
})

describe('a name whose surname is also a modal, after a title', () => {
  const village = '南岗村“两委”联席会议纪要\n2026年3月2日，村党支部书记骆永年主持召开“两委”联席会议。纪要如下：\n一、关于环境整治\n'

  it('should read `应X` after a title as the officer\'s name before a verb of responsibility', () => {
    const text = `${village}会议决定开展集中清理，由村妇联主席应晓梅牵头，3月20日前完成。\n`
    // (The work the meeting decides on is the task, since h37: `会议决定开展A,由X牵头`.)
    expect(read(text)[0].tasks).toEqual([['应晓梅', '开展集中清理，由村妇联主席应晓梅牵头，3月20日前完成', '3月20日前']])
  })

  it('should still read `应当` after a title as a modal', () => {
    const text = `${village}会议要求，由村委会主任应当牵头做好清理。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['村委会'])
  })
})

describe('a verb ending in 理 before `由`', () => {
  it('should read the owner after `办理由`, `处理由`', () => {
    const text = `${hospital}会议明确，出院结算手续办理由财务科牵头，医保办配合。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[1]])).toEqual([
      ['财务科', '出院结算手续办理由财务科牵头，医保办配合'],
      // The support shares the task set before the lead (blind18-h44 r2: `A由X牵头，Y配合`).
      ['医保办', '出院结算手续办理由财务科牵头，医保办配合']
    ])
  })

  it('should still read no owner after `理由`, a reason', () => {
    const text = `${hospital}会议认为，该申请缺乏充分理由，暂不同意。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a thing\'s time the meeting agrees to, before `由X`', () => {
  it('should give X the time of what the meeting agrees to', () => {
    const text = `${hospital}会议同意康复病房于4月15日前完成改造，由后勤科负责组织施工。\n`
    expect(read(text)[0].tasks).toEqual([['后勤科', '负责组织施工', '于4月15日前']])
  })

  it('should not give X the time the meeting agrees to for a unit', () => {
    const text = `${hospital}会议同意康复科于4月15日前完成设备调试，由设备科负责技术支持。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['设备科', null]])
  })
})

describe('a text run on with no breaks at all, an attachment\'s title glued to the next item', () => {
  it('should keep the items\' sequence across the attachments', () => {
    const text = '桑林县人民政府常务会议纪要2025年11月3日上午，县长苗德成主持召开县政府第九次常务会议。现纪要如下：一、关于冬季供暖保障县住建局汇报了供暖准备情况。会议原则同意供暖保障方案。县住建局要在11月15日前完成管网试压，县财政局负责落实供暖补贴。附件：桑林县冬季供暖保障方案二、关于农村饮水安全县水利局汇报了农村饮水工程运行情况。会议同意实施农村供水管网改造，县水利局要在年底前完成招标。出席：苗德成　尤晓峰　裴国梁列席：县住建局、县财政局、县水利局负责同志'
    const items = read(text)
    expect(items.length).toBe(2)
    expect(items[1]?.tasks.map((task) => [task[0], task[2]])).toEqual([['县水利局', '在年底前']])
  })
})
