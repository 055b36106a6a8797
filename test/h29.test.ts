import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../src/index.js'

describe('h29: an index table line that repeats the page title', () => {
  const lead =
    '6月3日上午,市长韩立主持召开市长办公会议,研究城区停车场建设等事项。现将会议议定事项纪要如下:\n' +
    '一、关于城区停车场建设\n' +
    '会议要求市城管局于7月底前完成选址。\n'

  it('should not take a spaced 标　　题: line for the title, and keep the lead name', () => {
    const text =
      '索 引 号:113300/2025-00012\n' +
      '标　　题:临川市人民政府市长办公会议纪要\n' +
      '发布日期:2025年06月05日\n' +
      '临川市人民政府市长办公会议纪要\n' +
      lead
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('临川市人民政府市长办公会议纪要')
    expect(record.meeting.name).toBe('市长办公会议')
  })

  it('should not take a 名称: line for the title either', () => {
    const text = '名称:临川市人民政府市长办公会议纪要\n文号:临政阅〔2025〕9号\n' + lead
    const record = parseMinutes(text)
    expect(record.meeting.title).toBeNull()
    expect(record.meeting.name).toBe('市长办公会议')
    expect(record.items[0].assignments[0].owner).toBe('市城管局')
  })
})

describe('h29: a PDF header whose letters and digits are spaced out', () => {
  const body =
    '3 月 12 日上午，副区长林涛主持召开专题会议，研究城北学校建设有关问题。现纪要如下：\n' +
    '一、关于用地保障\n' +
    '区自然资源局要于 4 月底前完成用地报批。\n'

  it('should take the year from a letter-spaced issuing line (办 公 室 and a date)', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n桐 山 区 人 民 政 府 办 公 室        2025 年 3 月 14 日\n' + body
    expect(parseMinutes(text).meeting.date).toBe('2025-03-12')
  })

  it('should take the year from an issue number spaced as 〔2025〕第 7 期', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n〔2025〕第 7 期\n' + body
    expect(parseMinutes(text).meeting.date).toBe('2025-03-12')
  })

  it('should not read a spaced issue number as an item or a point', () => {
    const text = '区 政 府 专 题 会 议 纪 要\n〔2025〕第 7 期\n' + body
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].heading).toBe('关于用地保障')
  })
})

describe('h29: a page cut inside its lead, before the verb', () => {
  const head = '市政府召开第12次常务会议\n发布时间:2025-05-09 来源:市政府办公室\n'

  it('should read the date of a lead the text stops in before 主持召开', () => {
    const record = parseMinutes(head + '5月8日上午,市委副书记、市长齐东明在市行政中心第一会议室')
    expect(record.meeting.date).toBe('2025-05-08')
    expect(record.items).toHaveLength(0)
  })

  it('should read it after a news dateline too (本报讯(通讯员 X))', () => {
    const record = parseMinutes(head + '本报讯(通讯员 贾雯)5月8日上午,市委副书记、市长')
    expect(record.meeting.date).toBe('2025-05-08')
  })

  it('should not take a date the cut paragraph gives after a clause of its own', () => {
    // A sentence of another kind, not a lead: its date follows a clause.
    const record = parseMinutes('关于城区绿化工作的情况\n为做好城区绿化工作,市园林局于5月8日')
    expect(record.meeting.date).toBeNull()
  })
})

describe('h29: a sidebar of dated links under the site name and its menus', () => {
  const page =
    '桐溪县人民政府门户网站\n' +
    '政务公开\n政策文件\n' +
    '最新信息\n' +
    '县政府召开第八次常务会议 2025-04-10\n' +
    '县长调研春耕生产 2025-04-18\n' +
    '县政府召开第九次常务会议\n' +
    '发布时间:2025-05-06\n' +
    '4月28日上午,县长方志诚主持召开县政府第九次常务会议,研究防汛工作。\n' +
    '会议要求,县水利局要在5月15日前完成水库安全检查。\n'

  it('should not take a dated link above the article for the title or the name', () => {
    const record = parseMinutes(page.replace('主持召开县政府第九次常务会议', '主持召开常务会议'))
    expect(record.meeting.title).toBe('县政府召开第九次常务会议')
  })

  it('should not date the meeting by a link above the article', () => {
    // Read by the link of 2025-04-10 (the first dated line), 4月28日 would go to 2024; by the byline it is 2025.
    const record = parseMinutes(page)
    expect(record.meeting.date).toBe('2025-04-28')
  })

  it('should read links ending in a bracketed date as links (图片新闻)', () => {
    const text =
      '图片新闻\n学校举行毕业典礼(2025-06-28)\n学校召开科技大会(2025-06-25)\n' +
      '学校召开2025年第9次校长办公会议\n' +
      '6月26日,校长龚平主持召开2025年第9次校长办公会议。\n' +
      '会议听取了教务处关于招生工作的汇报。\n'
    const record = parseMinutes(text)
    expect(record.meeting.title).toBe('学校召开2025年第9次校长办公会议')
    expect(record.meeting.date).toBe('2025-06-26')
  })
})

describe('h29: a topic heading glued to a body that opens 会议对… / 会议就…', () => {
  it('should end the heading before 会议对 in a copy without line breaks', () => {
    const text =
      '首页>>学院新闻>>正文 化学学院召开党政联席会议 发布时间:2025-06-06 浏览次数:6月5日,学院召开党政联席会议。会议由院长乔峰主持。议题一:审议学院实验室安全管理办法(修订)会议对修订稿进行了讨论。会议原则通过该办法。议题二:研究暑期社会实践工作会议就实践团队组建进行了研究。会议同意组建12支团队。'
    const record = parseMinutes(text)
    expect(record.items.map((item) => item.heading)).toEqual(['审议学院实验室安全管理办法(修订)', '研究暑期社会实践工作'])
    expect(record.items[0].decisions.map((decision) => decision.text)).toEqual(['会议原则通过该办法'])
  })
})

describe('h29: a template page whose samples are labelled 范文1, 范文2 …', () => {
  const first =
    '专题会议纪要范文1\n' +
    '关于城区停车难问题的专题会议纪要\n' +
    '5月6日上午,副市长钱进主持召开专题会议,研究城区停车难问题。会议议定:\n' +
    '一、市城管局要在6月底前新增公共泊位500个。\n' +
    '二、市公安局交警支队要加强违停治理。\n'
  const second = '关于农村公路养护的专题会议纪要\n4月2日,副市长吕新主持召开专题会议。会议议定:\n一、市交通运输局要制定养护方案。\n'

  it('should end the document at the label of the second sample (范文2)', () => {
    const record = parseMinutes(first + '专题会议纪要范文2\n' + second)
    expect(record.items).toHaveLength(2)
    expect(record.items[1].decisions).toHaveLength(0)
    expect(record.items.flatMap((item) => item.assignments.map((task) => task.owner))).toEqual(['市城管局', '市公安局交警支队'])
  })

  it('should end it at a label before the second title (第二篇:…纪要)', () => {
    const record = parseMinutes(first + '第二篇:' + second)
    expect(record.items.flatMap((item) => item.assignments.map((task) => task.owner))).toEqual(['市城管局', '市公安局交警支队'])
  })
})

describe('h29: a new term as a deadline', () => {
  const lead = '3月2日,副县长韦宁主持召开专题会议,研究职业教育工作。会议议定:\n'

  it('should read 9月新学期前 whole, month and all', () => {
    const record = parseMinutes(lead + '一、县教育局要组织县职中与企业开展订单式培养,9月新学期前确定首批合作专业。\n')
    expect(record.items[0].assignments[0].due).toBe('9月新学期前')
  })

  it('should read 新学期前 without a month', () => {
    const record = parseMinutes(lead + '一、县教育局要在新学期前完成校舍维修。\n')
    expect(record.items[0].assignments[0].due).toContain('新学期前')
  })
})

describe('h29: groups a council sends out, reporting back', () => {
  const lead = '5月6日,县人大常委会主任宁波主持召开主任会议。\n'

  it('should read 县人大常委会执法检查组 as the reporter of its report', () => {
    const record = parseMinutes(lead + '会议审议了县人大常委会执法检查组关于检查《消防法》实施情况的报告。会议决定将报告提交常委会会议审议。\n')
    expect(record.items[0].reporters).toEqual(['县人大常委会执法检查组'])
  })

  it('should read a 调研组 given a task as its owner', () => {
    const record = parseMinutes(lead + '会议听取了农村饮水安全工作情况的汇报。会议要求,常委会调研组要于6月底前形成调研报告。\n')
    expect(record.items[0].assignments.map((task) => task.owner)).toEqual(['常委会调研组'])
  })
})

describe('h29: a headline with its dated byline glued on', () => {
  const text =
    '首页 > 新闻中心 > 部门动态\n' +
    '区政府召开老旧小区改造推进会2025-08-13 10:21:07 来源:区住建局 作者:林木 浏览量:\n' +
    '8月12日下午,副区长甘露主持召开老旧小区改造推进会,协调解决改造中的难点问题。\n' +
    '会议听取了区住建局关于改造进度的汇报。会议要求,区住建局要在9月底前完成年度任务。\n'

  it('should take the day of the lead, not the byline glued to the headline', () => {
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2025-08-12')
    expect(record.meeting.title).toBe('区政府召开老旧小区改造推进会')
    expect(record.meeting.chair?.name).toBe('甘露')
  })
})

describe('h29: a PDF copy with a space after every character', () => {
  const text =
    '区 政 府 专 题 会 议 纪 要\n' +
    '〔 2025 〕 第 4 期\n' +
    '2 月 18 日 上 午 ， 副 区 长 任 飞 主 持 召 开 专 题 会 议 ， 研 究 春 耕 生 产 工 作 。 现 纪 要 如 下 ：\n' +
    '一 、 关 于 春 耕 物 资 保 障\n' +
    '会 议 听 取 了 区 农 业 农 村 局 的 汇 报 。 区 农 业 农 村 局 要 在 3 月 10 日 前 完 成 化 肥 调 运 。\n'

  it('should read the meeting, its items and tasks, values as written', () => {
    const record = parseMinutes(text)
    // The title adds the convening body to the lead's 专题会议 (a settled convention).
    expect(record.meeting.name).toBe('区 政 府 专 题 会 议')
    expect(record.meeting.date).toBe('2025-02-18')
    expect(record.meeting.chair?.name).toBe('任 飞')
    expect(record.items.map((item) => item.heading)).toEqual(['关 于 春 耕 物 资 保 障'])
    expect(record.items[0].reporters).toEqual(['区 农 业 农 村 局'])
    expect(record.items[0].assignments[0].owner).toBe('区 农 业 农 村 局')
    expect(record.items[0].assignments[0].due).toContain('3 月 10 日 前')
  })

  it('should keep the lead name over a letter-spaced title that names the same meeting', () => {
    const record = parseMinutes('专 题 会 议 纪 要\n2月18日上午,副区长任飞主持召开专题会议,研究春耕生产工作。\n会议要求区农业农村局抓好落实。\n')
    expect(record.meeting.name).toBe('专题会议')
  })

  it('should leave a line of spaced words as it is (a menu bar)', () => {
    const record = parseMinutes('首页 政务公开 政务服务 互动交流\n2月18日上午,副区长任飞主持召开专题会议。\n会议听取了区农业农村局的汇报。\n')
    expect(record.meeting.name).toBe('专题会议')
    expect(record.items[0].reporters).toEqual(['区农业农村局'])
  })
})

describe('h29: days of the year that bound planting and school work', () => {
  const lead = '2月26日,副区长严青主持召开专题会议,研究春季绿化工作。会议议定:\n'

  it('should read 植树节前 whole as the deadline', () => {
    const record = parseMinutes(lead + '一、区林业局要在植树节前完成苗木调运。\n')
    expect(record.items[0].assignments[0].due).toContain('植树节前')
  })

  it('should read “六一”前 as the deadline', () => {
    const record = parseMinutes(lead + '一、区教育局要在“六一”前完成校园绿化改造。\n')
    expect(record.items[0].assignments[0].due).toContain('六一')
  })
})

describe('h29: a news release reposted by an account', () => {
  const body =
    '5月6日下午,县长秦海主持召开县政府第二十四次常务会议。\n' +
    '会议听取了县农业农村局关于夏收准备情况的汇报。会议要求,县农业农村局要统筹调度农机具。\n' +
    '会议还研究了其他事项。\n'

  it('should date the meeting by the account line (原创 … 2024-05-07 18:30 发表于…)', () => {
    const record = parseMinutes('原创 清水发布 清水发布 2024-05-07 18:30 发表于河北\n点击蓝字 关注我们\n' + body)
    expect(record.meeting.date).toBe('2024-05-06')
  })

  it('should date it by a stamp with the account glued on (2024-08-22 20:15X官方账号)', () => {
    const record = parseMinutes('清水融媒\n2024-05-07 18:30清水县融媒体中心官方账号\n关注\n' + body)
    expect(record.meeting.date).toBe('2024-05-06')
  })

  it('should read the sign-off (编辑 | X, 审核 | Y) and 往期推荐 links as chrome, not items', () => {
    const record = parseMinutes(body + '编辑 | 葛苗\n审核 | 庞建\n往期推荐\n县政府召开第二十三次常务会议\n分享 收藏 点赞 在看\n')
    expect(record.items.map((item) => item.heading)).toEqual(['会议听取了县农业农村局关于夏收准备情况的汇报', '会议还研究了其他事项'])
  })
})

describe('h29: a lead whose name opens with a spaced number', () => {
  it('should not start the name with the space a PDF set before the year', () => {
    const record = parseMinutes('7 月 3 日，校长陆明主持召开 2024 年第 14 次校长办公会议。\n会议听取了基建处的汇报。\n')
    expect(record.meeting.name).toBe('2024 年第 14 次校长办公会议')
  })
})

describe('h29: a 推荐新闻 list after the article', () => {
  it('should not read its heading (推荐…) or its dated link as another matter', () => {
    const text =
      '3月5日,县长林海主持召开县政府第5次常务会议。\n' +
      '会议听取了县教育局关于春季开学工作的汇报。会议要求,县教育局要在3月10日前完成校舍检查。\n' +
      '会议审议通过了《县级储备粮管理办法》。\n' +
      '推荐新闻\n县政府召开第4次常务会议 2024-03-01\n'
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(2)
    expect(record.items[1].decisions).toHaveLength(1)
  })
})

describe('h29: links to notices above the article, each ending in its date', () => {
  const body =
    '县政府召开第5次常务会议\n发布时间:2024-03-06\n' +
    '3月5日,县长林海主持召开常务会议。\n' +
    '会议听取了县教育局关于春季开学工作的汇报。会议要求,县教育局要在3月10日前完成校舍检查。\n' +
    '会议审议通过了《县级储备粮管理办法》。\n'

  it('should not read a 关于… link dated at its end as a matter, with or without 通知公告 over it', () => {
    for (const head of ['', '通知公告\n']) {
      const record = parseMinutes(head + '关于2023年度县级预算的公示 2023-12-28\n关于开展安全生产检查的通知 2023-12-20\n' + body)
      expect(record.items).toHaveLength(2)
      expect(record.meeting.title).toBe('县政府召开第5次常务会议')
      expect(record.meeting.name).toBe('县政府第5次常务会议')
    }
  })

  it('should still date the meeting by a signature that ends in a date', () => {
    const record = parseMinutes('3月5日,县长林海主持召开县政府常务会议。\n会议听取了县教育局关于春季开学工作的汇报。\n县政府办公室 2024-03-06\n')
    expect(record.meeting.date).toBe('2024-03-05')
  })
})

describe('h29: a vague deadline after a partner whose name holds 和', () => {
  it('should read 抓紧 in 要会同市自然资源和规划局抓紧完成…', () => {
    const text = '1月29日,市长詹卫主持召开市政府常务会议。\n会议研究了新院区建设。市卫健委要会同市自然资源和规划局抓紧完成项目选址论证。\n'
    const task = parseMinutes(text).items[0].assignments[0]
    expect(task.owner).toBe('市卫健委')
    expect(task.due).toBe('抓紧')
  })
})

describe('h29: a page turned into Markdown', () => {
  const text =
    '# 县政府召开第9次常务会议\n\n' +
    '> 4月15日,县长葛文主持召开县政府第9次常务会议。\n\n' +
    '**会议听取了县农业农村局关于人居环境整治工作的汇报。**会议要求:\n\n' +
    '- 县农业农村局要在5月底前完成户厕问题整改;\n' +
    '- 县住建局要加快垃圾收运体系建设。\n\n' +
    '*(来源:县政府办公室 2024-04-16)*\n'

  it('should read tasks under `- ` bullets and the year of an italic source line', () => {
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2024-04-15')
    expect(record.items[0].assignments.map((task) => [task.owner, task.due])).toEqual([
      ['县农业农村局', '在5月底前'],
      ['县住建局', null]
    ])
  })

  it('should keep a page number written with hyphens (- 2 -)', () => {
    const record = parseMinutes('4月15日,县长葛文主持召开县政府第9次常务会议。\n会议听取了县农业农村局的汇报。会议要求县住建局抓好落实,\n- 2 -\n确保按期完成。\n')
    expect(record.items).toHaveLength(1)
    expect(record.items[0].assignments[0].owner).toBe('县住建局')
  })
})

describe('h29: a site menu above the title whose lines read like matters', () => {
  it('should not open an item at a menu line (学习贯彻…精神) before the lead', () => {
    const text =
      '政务服务\n个人办事\n专题专栏\n学习贯彻党的二十届三中全会精神\n优化营商环境\n' +
      '县政府召开第5次常务会议\n发布时间:2024-03-06\n' +
      '3月5日,县长林海主持召开县政府第5次常务会议。\n' +
      '会议听取了县教育局关于春季开学工作的汇报。会议要求,县教育局要在3月10日前完成校舍检查。\n'
    const record = parseMinutes(text)
    expect(record.meeting.date).toBe('2024-03-05')
    expect(record.items.map((item) => item.heading)).toEqual(['会议听取了县教育局关于春季开学工作的汇报'])
  })

  it('should still open one at a heading on its own line after a lead', () => {
    const text = '3月5日,县长林海主持召开县政府第5次常务会议。\n研究春季开学工作\n会议要求,县教育局要在3月10日前完成校舍检查。\n'
    expect(parseMinutes(text).items.map((item) => item.heading)).toEqual(['研究春季开学工作'])
  })
})

describe('h29: 会议议定 run on in the lead that took up one matter', () => {
  it('should open the item at the lead clause of the matter, the 一是… its decisions', () => {
    const text =
      '关于城北排涝工程建设的专题会议纪要\n' +
      '2024年5月8日,副市长邝东主持召开专题会议,研究加快推进城北排涝工程建设有关问题。市水务局、市财政局负责同志参加会议。会议议定:一是市水务局要倒排工期,6月15日前完成泵站主体工程;二是市财政局要在5月底前拨付建设资金。\n'
    const record = parseMinutes(text)
    expect(record.items).toHaveLength(1)
    expect(record.items[0].heading).toContain('城北排涝工程建设有关问题')
    expect(record.items[0].points).toHaveLength(2)
    expect(record.items[0].assignments.map((task) => task.owner)).toEqual(['市水务局', '市财政局'])
  })
})

describe('h29: a board notice copied on one line, codes set off by spaces', () => {
  it('should read the title after 公告编号:… and a space, and name the meeting from it', () => {
    const text =
      '证券代码:300912 证券简称:凯龙科技 公告编号:2024-041 凯龙科技股份有限公司第四届董事会第七次会议决议公告 本公司及董事会全体成员保证信息披露的内容真实、准确、完整。一、董事会会议召开情况 凯龙科技股份有限公司第四届董事会第七次会议通知于2024年8月16日以电子邮件方式送达全体董事,会议于2024年8月26日在公司会议室召开。会议由董事长邹建平先生主持。二、董事会会议审议情况 (一)审议通过《关于公司2024年半年度报告的议案》 表决结果:7票同意,0票反对,0票弃权。'
    const record = parseMinutes(text)
    expect(record.meeting.name).toBe('第四届董事会第七次会议')
    expect(record.meeting.date).toBe('2024-08-26')
    expect(record.meeting.chair?.name).toBe('邹建平')
  })
})

describe('h29: spaces that are not letter-spacing', () => {
  it('should keep a row of two-character names padded with spaces as names', () => {
    const record = parseMinutes('3月5日,县长林海主持召开县政府常务会议。\n出席:\n张 伟 刘 洋\n会议听取了县教育局的汇报。\n')
    expect(record.meeting.attendees.map((person) => person.name)).toEqual(['张 伟', '刘 洋'])
  })

  it('should keep a mark that ends a heading (关于1#楼改造*)', () => {
    const record = parseMinutes('3月5日,县长林海主持召开县政府常务会议。现纪要如下:\n一、关于1#楼改造*\n会议同意改造方案。\n')
    expect(record.items[0].heading).toBe('关于1#楼改造*')
  })
})
