import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** The record of a text, each decision checked to slice back from the source. */
function read(text: string) {
  const {record} = analyze(text)
  for (const item of record.items) {
    for (const decision of item.decisions) {
      const {start, end} = decision.position
      expect(text.slice(start.offset, end.offset)).toBe(decision.text)
    }
  }
  return record
}

describe('h60: minutes of institutions and bodies (blind21-h60)', () => {
  it('should read a residents council record: 议事时间 dates it, 议事结果 lists what it resolved', () => {
    const text = [
      '柳溪社区居民议事会会议记录',
      '',
      '议事时间：2027年3月9日下午',
      '主持人：社区党委书记 韩晓梅',
      '',
      '一、讨论发言',
      '居民代表许长青（2栋）：同意改造。',
      '二、议事结果',
      '经表决，同意改造小区南门。',
      '1.由社区居委会负责申请资金，4月底前完成；',
      '2.物业公司负责施工期间的秩序维护。',
    ].join('\n')
    const record = read(text)
    expect(record.meeting.date).toBe('2027-03-09')
    const result = record.items[1]
    expect(result.decisions.map((d) => d.text)).toEqual([
      '经表决，同意改造小区南门。',
      '由社区居委会负责申请资金，4月底前完成；',
      '物业公司负责施工期间的秩序维护。',
    ])
    expect(result.decisions[1].verb).toBe('议定')
    expect(record.items[0].decisions).toEqual([])
  })

  it('should read a unit speaking in a record with who spoke for it in brackets', () => {
    const text = [
      '南湖县中医院院长办公会会议记录',
      '',
      '会议时间：2027年6月2日上午',
      '会议主持：院长 秦书远',
      '参会人员：秦书远、副院长 殷若水',
      '',
      '一、关于药房改造',
      '药剂科（主任 欧阳青）：门诊药房窗口不足，高峰时段排队超过半小时。',
      '殷若水：可先增开两个窗口。',
      '会议决定：同意改造门诊药房，由总务科8月底前完成。',
    ].join('\n')
    const item = read(text).items[0]
    expect(item.reporters).toEqual(['药剂科'])
  })

  it('should take no reporter from a member agreeing in his own line, but from the meeting agreeing', () => {
    const head = '丰乐县政协第九次主席会议记录\n\n时间：2027年5月6日\n主持：县政协主席 任雪松\n出席：副主席 邓嘉禾，秘书长 阮青\n\n议程一：研究视察安排\n'
    const own = read(head + '任雪松：同意秘书长提出的建议。会议商定：视察于5月20日进行。\n').items[0]
    expect(own.reporters).toEqual([])
    const meeting = read(head + '阮青：建议视察农村公路。\n会议同意县交通运输局提出的视察路线。\n').items[0]
    expect(meeting.reporters).toEqual(['县交通运输局'])
  })

  it('should read a member line with a verb of speaking before its colon as the member’s, no decision', () => {
    const text = [
      '中共青岚学院委员会常委会会议记录',
      '',
      '时　　间：2027年9月2日上午',
      '主 持 人：党委书记 柯望舒',
      '出席常委：柯望舒、桂念真、卫子谦',
      '',
      '议题一：新学期安全工作方案',
      '保卫处处长 汪澄 汇报：方案共六个部分。',
      '桂念真 发言：同意。',
      '卫子谦发言：同意方案，建议增加演练。',
      '会议决定：通过安全工作方案，保卫处9月10日前组织演练。',
    ].join('\n')
    const item = read(text).items[0]
    expect(item.decisions.map((d) => d.text)).toEqual(['会议决定：通过安全工作方案'])
    expect(item.reporters).toEqual(['保卫处'])
  })

  it('should read report lines of units with who spoke for them in brackets, a title before the name', () => {
    const text = [
      '蓝溪水务集团总经理办公会会议记录',
      '',
      '会议时间：2027年3月1日上午',
      '主持人：总经理 闻一舟',
      '',
      '一、各部门工作汇报',
      '1.供水调度部（经理 舒岚）：一季度供水量同比增长4%。',
      '2.客户服务部：热线接通率99%。',
      '3.管网运维部（沈照）：完成管网巡检320公里。',
    ].join('\n')
    expect(read(text).items[0].reporters).toEqual(['供水调度部', '客户服务部', '管网运维部'])
  })

  it('should read who reports in a heading that names the hearing, `关于听取X关于…的汇报`, not from 关于', () => {
    const text = '平川县人大常委会主任会议纪要\n\n2027年6月1日，主任邱海平主持召开主任会议。\n\n一、关于听取县政府关于城乡供水工作情况的汇报\n会议同意将该报告提请常委会会议审议。\n'
    expect(read(text).items[0].reporters).toEqual(['县政府'])
  })

  it('should read all present agreeing as the meeting deciding, and a matter put off as its problem', () => {
    const text = [
      '柿子沟村两委联席会议记录',
      '',
      '时间：2027年4月2日',
      '主持人：村党支部书记 严守田',
      '',
      '议题一：村道修补',
      '严书记说：雨季前要把村道坑洼补好。',
      '大家一致同意用村集体资金修补村道，由村委委员喻兰负责。',
      '议题二：停车',
      '会议达成以下意见：',
      '1.同意在村部前划设停车位20个；',
      '2.村口停车问题暂缓，待镇里规划后再议。',
    ].join('\n')
    const record = read(text)
    expect(record.items[0].decisions.map((d) => d.text)).toEqual(['大家一致同意用村集体资金修补村道'])
    expect(record.items[1].decisions.map((d) => d.text)).toEqual(['同意在村部前划设停车位20个', '村口停车问题暂缓，待镇里规划后再议'])
  })

  it('should read a unit speaking with its officer and a verb of speaking before the colon, title set apart', () => {
    const head = '南屏医院党委会会议记录\n\n时间：2027年10月9日\n主持：党委书记 蓝若溪\n出席：蓝若溪、院长 车前\n\n议题一：关于进修安排\n'
    for (const line of ['科教科 科长 苗青 介绍：拟选派8人进修。', '科教科 科长 苗青：拟选派8人进修。', '科教科苗青说明：拟选派8人进修。']) {
      expect(read(head + line + '\n车前：同意。\n').items[0].reporters).toEqual(['科教科'])
    }
    // (A member by name with a verb of speaking decides nothing in his line.)
    expect(read(head + '车前说：同意进修安排。\n').items[0].decisions).toEqual([])
  })

  it('should take no owner from a body whose review the work waits for (`经X审核后`), and bound the one after 由 by its time', () => {
    const text = '柳湾村村民代表会议记录\n\n时间：2027年12月6日\n主持人：村委会主任 郑伟\n\n议题：收益分配\n会议决议：通过收益分配方案，经镇农经站审核后于春节前发放到户，由村会计江月负责造册。\n'
    const tasks = read(text).items[0].assignments.map((a) => [a.owner, a.task, a.due])
    expect(tasks).toEqual([['江月', '负责造册', '于春节前']])
  })

  it('should read the chair speaking as 主持人 and a company with its representative in brackets as speakers, the shareholders’ meeting deciding', () => {
    const text = [
      '青川燃气有限公司2027年第二次股东会会议记录',
      '',
      '会议时间：2027年9月8日上午',
      '召集人、主持人：董事长 应泽',
      '',
      '一、审议《关于更新老旧管网的议案》',
      '主持人：请总经理介绍议案。',
      '青川城市发展投资集团有限公司（股东代表 冀北）：同意更新方案。',
      '港华能源有限公司（股东代表 史今）：同意。',
      '主持人：同意。',
      '股东会决议：通过老旧管网更新方案，由公司经营层组织实施。',
    ].join('\n')
    const item = read(text).items[0]
    expect(item.decisions.map((d) => d.text)).toEqual(['股东会决议：通过老旧管网更新方案'])
  })

  it('should give the work of sorting views to the office after 由 (`意见由X整理后报送…`)', () => {
    const text = '南川县政协主席会议纪要\n\n2027年7月1日，县政协主席龙启明主持召开主席会议。\n\n一、会议建议县政府加快养老服务设施建设，相关意见由县政协办公室整理后报送县委。\n'
    const item = read(text).items[0]
    expect(item.assignments.map((a) => a.owner)).toEqual(['县政协办公室'])
    expect(item.decisions).toEqual([])
  })

  it('should read an appeal turned down and a project refused after 对 as decisions', () => {
    const text = '青溪学院校长办公会议纪要\n\n2027年6月2日，校长程远主持召开校长办公会议。\n\n一、关于申诉\n会议驳回了学生丙的申诉，维持原处分决定。\n二、关于立项\n会议批准20个项目立项；对1个重复申报的项目不予立项。\n'
    const record = read(text)
    expect(record.items[0].decisions.map((d) => d.verb)).toEqual(['驳回'])
    expect(record.items[1].decisions).toHaveLength(2)
  })

  it('should read a name with its unit and post in brackets as the unit speaking, under a heading of reports too', () => {
    const text = '石门区人大常委会主任会议记录\n\n日期：2027年10月8日\n主持人：区人大常委会主任 毛文远\n出席：副主任 骆川\n\n议题一：区政府关于重点项目推进情况的报告\n邵平（区发展改革局局长）：12个项目已开工10个。\n骆川：要加快进度。\n'
    expect(read(text).items[0].reporters).toEqual(['区发展改革局'])
  })

  it('should give the one after 由 the work of watching over it (`由纪检委员X监督`), and keep 市场监督管理局 whole', () => {
    const head = '石桥茶业有限公司党支部委员会会议记录\n\n时间：2027年3月2日\n主持人：党支部书记 温良\n\n议题：茶青收购\n'
    const tasks = (line: string) => read(head + line + '\n').items[0].assignments.map((a) => a.owner)
    expect(tasks('会议决定：收购全过程由支部纪检委员许诺监督。')).toEqual(['许诺'])
    expect(tasks('会议决定：由县市场监督管理局负责抽检。')).toEqual(['县市场监督管理局'])
  })

  it('should read a member’s line with 同志 as his, and one marked (汇报) as presenting', () => {
    const text = [
      '中共安溪县政协党组会议记录',
      '',
      '时间：2027年4月1日',
      '主持人：党组书记、主席 华章',
      '列席：县政协办公室主任 闵捷',
      '',
      '议题一：年度协商计划',
      '闵捷同志（汇报）：计划安排专题协商2次。',
      '华章同志：选题要避免重复。',
      '会议决定：原则同意年度协商计划。',
    ].join('\n')
    const item = read(text).items[0]
    expect(item.reporters).toEqual(['闵捷'])
    expect(item.assignments).toEqual([])
    expect(item.decisions.map((d) => d.text)).toEqual(['会议决定：原则同意年度协商计划'])
  })

  it('should read a unit named in full before its officer speaking in a record, past the usual reach of a colon', () => {
    const text = '翠湖社区两委联席会议记录\n\n时间：2027年8月3日\n主持人：社区党委书记 闻莺\n\n议题：停车整治\n嘉禾物业服务有限公司翠湖项目部经理 晁盖：夜间占道约40辆次。\n闻莺：要整治到位。\n'
    expect(read(text).items[0].reporters).toEqual(['嘉禾物业服务有限公司翠湖项目部'])
  })

  it('should read a technician the lead introduces as presenting by name', () => {
    const text = '桑园村两委联席会议\n\n9月2日晚，村党支部书记关平主持召开村“两委”联席会议，镇农技站技术员廖化应邀参会。\n\n会上，廖化介绍了秋种技术要点。会议决定成立秋种工作专班。\n'
    expect(read(text).items[0].reporters).toEqual(['廖化'])
  })

  it('should name a residents’ council from a title ending in 议事记录', () => {
    const text = '荷塘社区居民议事会议事记录\n\n议事时间：2027年6月1日晚\n主持人：社区居委会副主任 许宣\n\n议题：楼道照明\n许宣：请大家议一议。\n议事结果：同意更换楼道灯具。\n'
    const record = read(text)
    expect(record.meeting.name).toBe('荷塘社区居民议事会')
    expect(record.meeting.date).toBe('2027-06-01')
  })

  it('should read a member by titles joined with 、 as a speaker, and the discipline secretary as a member, not the unit', () => {
    const text = [
      '江宁港务集团有限公司党委会会议记录',
      '',
      '时间：2027年10月2日',
      '主持人：党委书记、董事长 鲍照',
      '出席：鲍照、纪委书记 庾信',
      '',
      '议题一：前置研究码头改造招标方案',
      '工程部部长 谢朓：拟公开招标。',
      '纪委书记 庾信：纪检部门派员监督。',
      '党委书记、董事长 鲍照：同意。',
      '会议研究意见：同意招标方案，提交董事会审议。',
    ].join('\n')
    const item = read(text).items[0]
    expect(item.reporters).toEqual(['工程部'])
    expect(item.decisions).toHaveLength(1)
  })

  it('should read recommendations a committee’s vote won as a decision', () => {
    const text = '材料学院学术委员会会议记录\n\n时间：2027年12月1日\n主持人：学术委员会主任 江淹\n\n议题：项目推荐\n投票结果：12项申请全部获得三分之二以上到会委员同意推荐。\n'
    expect(read(text).items[0].decisions.map((d) => d.text)).toEqual(['12项申请全部获得三分之二以上到会委员同意推荐'])
  })
})
