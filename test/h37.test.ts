import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's heading, reporters, decisions (text) and assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    heading: item.heading,
    reporters: item.reporters,
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const city = '枫岭市人民政府常务会议纪要\n2026年3月9日，市长方启明主持召开市政府第5次常务会议。现纪要如下：\n'

describe('a note in brackets after a heading (blind16-h37 r4)', () => {
  const head = '鹭洲学院校长办公会议纪要\n2026年4月2日，校长邢晚舟主持召开校长办公会议。纪要如下：\n'

  it('should keep the colon of a note of who presents inside the heading', () => {
    const text = `${head}一、关于学生宿舍维修（汇报：后勤处）\n会议同意维修方案。\n二、关于教材选用（汇报：教务处）\n会议同意选用目录。\n`
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual(['关于学生宿舍维修（汇报：后勤处）', '关于教材选用（汇报：教务处）'])
    expect(items.map((item) => item.reporters)).toEqual([['后勤处'], ['教务处']])
  })

  it('should keep it in ASCII brackets too', () => {
    const text = `${head}一、关于校园绿化(汇报:资产处)\n会议同意绿化计划。\n`
    expect(read(text)[0]).toMatchObject({heading: '关于校园绿化(汇报:资产处)', reporters: ['资产处']})
  })

  it('should still end a heading at a colon outside brackets before the meeting speaking', () => {
    const text = `${head}一、关于校园绿化：会议同意绿化计划。\n`
    expect(read(text)[0].heading).toBe('关于校园绿化')
  })
})

describe('a standard of service is no deadline (blind16-h37 r4)', () => {
  it('should not read hours to answer a complaint as the deadline', () => {
    const text = `${city}一、研究冬季供暖\n会议要求，市热力公司要开通报修热线，做到报修24小时内响应。\n`
    expect(read(text)[0].tasks).toEqual([['市热力公司', '要开通报修热线，做到报修24小时内响应', null]])
  })

  it('should not read days to reply after 做到 as the deadline', () => {
    const text = `${city}一、研究信访工作\n会议要求，市信访局要做到群众来信5个工作日内答复。\n`
    expect(read(text)[0].tasks).toEqual([['市信访局', '要做到群众来信5个工作日内答复', null]])
  })

  it('should still read days to finish a task as the deadline', () => {
    const text = `${city}一、研究信访工作\n会议要求，市信访局要在5个工作日内答复市人大代表的询问。\n`
    expect(read(text)[0].tasks).toEqual([['市信访局', '要在5个工作日内答复市人大代表的询问', '在5个工作日内']])
  })
})

describe('a heading glued to its body after 工作 or 问题 (blind16-h37 r5)', () => {
  it('should end a topic on a work where the meeting heard a report with 了', () => {
    const text = `${city}一、关于城区供水保障工作会议听取了市水务局关于供水管网改造的汇报。会议原则同意改造方案。\n`
    expect(read(text)[0]).toMatchObject({heading: '关于城区供水保障工作', reporters: ['市水务局']})
  })

  it('should end a topic on a question where a cue and its comma follow', () => {
    const text = `${city}一、关于农贸市场搬迁问题会议认为，搬迁要充分听取商户意见。\n`
    expect(read(text)[0].heading).toBe('关于农贸市场搬迁问题')
  })

  it('should keep a work meeting named in a heading whole', () => {
    const text = `${city}一、关于落实全市经济工作会议精神\n会议要求，市发改委要细化分解目标任务。\n`
    expect(read(text)[0].heading).toBe('关于落实全市经济工作会议精神')
  })
})

describe('a paper set before 由X and a verb alone (blind16-h37 r5)', () => {
  it('should give the owner the paper written before 由', () => {
    const text = `${city}一、研究保障房分配\n会议决定，分配细则由市住建局制定，经市司法局审核后公布。\n`
    expect(read(text)[0].tasks).toEqual([['市住建局', '分配细则由市住建局制定，经市司法局审核后公布', null]])
  })
})

describe('a deadline and a bare outcome after an owner told what to do (blind16-h37 r5)', () => {
  it('should keep the deadline with the owner whose clause has 要', () => {
    const text = `${city}一、研究汛期安全\n会议责成市水务局严格落实汛期值班制度，市住建局要对在建工地开展一次防汛检查，7月10日前完成。\n`
    expect(read(text)[0].tasks).toEqual([
      ['市水务局', '严格落实汛期值班制度', null],
      ['市住建局', '要对在建工地开展一次防汛检查，7月10日前完成', '7月10日前']
    ])
  })

  it('should still share an outcome after an owner with no 要', () => {
    const text = `${city}一、研究项目签约\n会议明确，由市商务局统筹，市财政局落实资金，力争10月中旬前全部签约。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['市商务局', '10月中旬前'], ['市财政局', '10月中旬前']])
  })
})

describe('what the meeting agrees be done before a clause of only 由X负责 (blind16-h37 r6)', () => {
  it('should give the owner the work agreed to after 同意对', () => {
    const text = `${city}一、研究闲置土地\n会议议定：1、同意对城北2宗闲置工业用地启动收回程序，由市自然资源局负责，8月31日前完成；2、同意调整园区道路命名。\n`
    expect(read(text)[0].tasks).toEqual([['市自然资源局', '对城北2宗闲置工业用地启动收回程序，由市自然资源局负责，8月31日前完成', '8月31日前']])
  })

  it('should still not make a plan agreed to the task', () => {
    const text = `${city}一、研究停车规划\n会议同意该规划，由市住建局负责。\n`
    expect(read(text)[0].tasks.map((task) => task[1])).toEqual(['负责'])
  })
})

describe('an owner given a phase of its own before 由 (blind16-h37 r6)', () => {
  it('should not share its deadline with the owner before it', () => {
    const text = `${city}一、研究公交运营\n会议同意合同期满后由市公交集团接管线路，接管前由市交通局对现有车辆进行核查，6月30日前完成评估。\n`
    expect(read(text)[0].tasks.map((task) => [task[0], task[2]])).toEqual([['市公交集团', null], ['市交通局', '6月30日前']])
  })
})

describe('a division named by two words after a short name (blind16-h37 r8)', () => {
  const bureau = '市自然资源和规划局局务会议纪要\n11月4日，局长詹鸿飞主持召开局务会议。纪要如下：\n'

  it('should read the whole division after 由, not the short name', () => {
    const text = `${bureau}一、关于规划体检\n会议同意该方案，由规划实施监督处负责组织实施。\n`
    expect(read(text)[0].tasks).toEqual([['规划实施监督处', '负责组织实施', null]])
  })

  it('should read it before 牵头 too', () => {
    const text = `${bureau}一、关于执法检查\n会议要求，由规划实施监督处牵头，执法监督处配合，开展一次专项检查。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['规划实施监督处', '执法监督处'])
  })

  it('should not run a unit with its suffix on over its verb and the body it works with', () => {
    const text = `${bureau}一、关于校园安全\n会议要求，基教股要督促学校落实晨检制度。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['基教股'])
  })

  it('should not run a person on over its verb and the body it speaks for', () => {
    const text = '市摄影家协会理事会会议纪要\n2026年5月6日，主席鲁一鸣主持召开理事会会议。纪要如下：\n1.审议年度工作报告\n秘书长韦思齐代表秘书处作了年度工作报告。\n'
    expect(analyze(text).record.items[0].reporters).toEqual(['韦思齐'])
  })
})

describe('what the meeting decides be done before a clause of only 由X负责 (blind16-h37 r9)', () => {
  it('should give the owner the work decided on after 会议决定对', () => {
    const text = `${city}一、研究村级审计\n会议决定对12个村集体经济收支开展专项审计，由市审计局负责，上半年完成。\n`
    expect(read(text)[0].tasks).toEqual([['市审计局', '对12个村集体经济收支开展专项审计，由市审计局负责，上半年完成', '上半年']])
  })
})

describe('a unit the meeting agrees lead the work (blind16-h37 r11)', () => {
  it('should give the unit after 会议同意 and before 牵头 the work', () => {
    const text = `${city}一、研究医联体建设\n会议同意市第一人民医院牵头组建城市医疗集团，吸纳6家社区卫生服务中心参加。\n`
    expect(read(text)[0].tasks).toEqual([['市第一人民医院', '牵头组建城市医疗集团，吸纳6家社区卫生服务中心参加', null]])
  })

  it('should not make an owner of a plan agreed to', () => {
    const text = `${city}一、研究医联体建设\n会议同意市卫健委提出的医联体建设方案。\n`
    expect(read(text)[0].tasks).toEqual([])
  })
})

describe('a lead time before a race (blind16-h37 r11)', () => {
  it('should read a week before the race as the deadline', () => {
    const text = `${city}一、研究马拉松赛筹备\n会议要求，市卫健委要在赛道沿线设置救护点，赛前一周完成医护人员培训。\n`
    expect(read(text)[0].tasks.map((task) => task[2])).toEqual(['赛前一周'])
  })
})

describe('a second matter the meeting also took up in the same paragraph (blind16-h37 r17)', () => {
  const lead = '县政府召开第3次常务会议\n3月4日，县长霍子明主持召开县政府第3次常务会议。\n'

  it('should open an item at 会议还听取了 after a full stop', () => {
    const text = `${lead}会议听取了县水利局关于水库除险加固的汇报，要求县水利局5月底前完工。会议还听取了县林业局关于松材线虫病防治的汇报，要求县林业局4月底前完成疫木清理。\n`
    const items = read(text)
    expect(items.map((item) => item.reporters)).toEqual([['县水利局'], ['县林业局']])
    expect(items.map((item) => item.tasks.map((task) => task[2]))).toEqual([['5月底前'], ['4月底前']])
  })

  it('should keep both matters of a paragraph under a heading line in its item', () => {
    const text = `${lead}研究重点项目\n会议听取了县发改局关于重点项目的汇报。会议还研究了县城停车场建设事宜，同意按程序实施。\n部署近期工作\n会议要求，各乡镇要抓好春耕生产。\n`
    expect(read(text).length).toBe(2)
  })
})

describe('work the meeting agrees be done before a clause of only 由X负责 (blind16-h37 r17 probe)', () => {
  it('should give the owner the work after 同意实施', () => {
    const text = `${city}一、关于城区绿化\n会议同意实施滨河公园绿化提升工程，由市城管局负责，5月底前完成。\n`
    expect(read(text)[0].tasks).toEqual([['市城管局', '实施滨河公园绿化提升工程，由市城管局负责，5月底前完成', '5月底前']])
  })

  it('should still not make a plan agreed to the task', () => {
    const text = `${city}一、关于城区绿化\n会议同意绿化提升方案，由市城管局负责，5月底前完成。\n`
    expect(read(text)[0].tasks.map((task) => task[1])).toEqual(['负责，5月底前完成'])
  })
})

describe('a table of tasks under a lead that takes up one matter (blind16-h37 r18)', () => {
  const lead = '应急管理局专题会议纪要\n2026年11月20日，局长钟立行主持召开专题会议，研究部署冬季安全防范工作。会议明确了以下任务分工：\n'

  it('should open the lead\'s matter over a table parted by tabs', () => {
    const text = `${lead}序号\t工作任务\t责任科室\t完成时限\n1\t开展燃气安全检查\t综合协调科\t12月20日前\n会议要求，局办公室每周五前汇总进展。\n`
    const items = read(text)
    expect(items.map((item) => item.heading)).toEqual(['研究部署冬季安全防范工作'])
    expect(items[0].tasks).toEqual([['综合协调科', '开展燃气安全检查', '12月20日前'], ['局办公室', '每周五前汇总进展', '每周五前']])
  })

  it('should open it over a table parted by |', () => {
    const text = `${lead}| 序号 | 工作任务 | 责任科室 | 完成时限 |\n| 1 | 开展燃气安全检查 | 综合协调科 | 12月20日前 |\n`
    expect(read(text)[0].tasks).toEqual([['综合协调科', '开展燃气安全检查', '12月20日前']])
  })

  it('should make no matter of a lead followed by other lines', () => {
    const text = '应急管理局专题会议纪要\n2026年11月20日，局长钟立行主持召开专题会议，研究部署冬季安全防范工作。\n首页　机构　信息公开\n'
    expect(read(text)).toEqual([])
  })
})

describe('the named ones among an audience after 其中 (blind16-h37 probe)', () => {
  it('should not read 其中 into the owner', () => {
    const text = `${city}一、研究秸秆禁烧\n会议要求，各乡镇要抓好秸秆禁烧，其中城关镇、河口镇要在5月20日前完成重点区域巡查。\n`
    expect(read(text)[0].tasks).toEqual([['城关镇、河口镇', '要在5月20日前完成重点区域巡查', '在5月20日前']])
  })
})

describe('an officer asked to see to the work in person (blind16-h37 probe)', () => {
  it('should read the unit and its officer before 亲自 as the owner', () => {
    const text = `${city}一、研究春耕生产\n会议要求市农业农村局局长汪立本亲自抓，4月底前完成早稻插秧。\n`
    expect(read(text)[0].tasks).toEqual([['市农业农村局', '亲自抓，4月底前完成早稻插秧', '4月底前']])
  })
})
