import {describe, expect, it} from 'vitest'
import {classifyLine} from '../src/parse/line.js'

const preamble = {inPreamble: true}
const body = {inPreamble: false}

describe('classifyLine: page noise', () => {
  it('should take metadata table rows and their separator as metadata', () => {
    expect(classifyLine('索引号 | 001122/2024-0031 | 主题分类 | 政务公开 |', preamble)).toEqual({kind: 'noise', noise: 'metadata'})
    expect(classifyLine('---|---|---|---|', preamble)).toEqual({kind: 'noise', noise: 'metadata'})
    expect(classifyLine('| 成文日期: | 2024-05-06 | 发布机构: | 东湖区政府办公室 |', preamble)).toEqual({kind: 'noise', noise: 'metadata'})
    expect(classifyLine('| 文 号: | 东政办〔2024〕7号 |', preamble)).toEqual({kind: 'noise', noise: 'metadata'})
  })

  it('should take a web page’s sharing, next-article and footer lines as page noise', () => {
    expect(classifyLine('分享到：微信 微博 QQ空间', body)).toEqual({kind: 'noise', noise: 'byline'})
    expect(classifyLine('上一篇：区政府第14次常务会议纪要', body)).toEqual({kind: 'noise', noise: 'byline'})
    expect(classifyLine('主办：XX区人民政府办公室　承办：XX区大数据中心', body)).toEqual({kind: 'noise', noise: 'byline'})
    expect(classifyLine('扫一扫在手机打开当前页', body)).toEqual({kind: 'noise', noise: 'label'})
    // Owner labels that start alike stay content.
    expect(classifyLine('承办单位：市交通局', body)).toBe(null)
    expect(classifyLine('主办单位：市交通局、市财政局', body)).toBe(null)
  })

  it('should take the page numbers of a printed document as page', () => {
    for (const line of ['— 2 —', '－ １２ －', '- 4 -', '第3页 共5页', '第 3 页，共 5 页', '共5页 第3页', '3/5', '第12页']) {
      expect(classifyLine(line, {inPreamble: false}), line).toEqual({kind: 'noise', noise: 'page'})
    }
    for (const line of ['第3页的内容有误', '一、3/5的事项', '— 会议纪要 —', '2024/5']) {
      expect(classifyLine(line, {inPreamble: false})?.kind === 'noise' && classifyLine(line, {inPreamble: false}), line).not.toEqual({kind: 'noise', noise: 'page'})
    }
  })

  it('should take publication date lines as publication-date', () => {
    expect(classifyLine('发布日期:2024-05-08', preamble)).toEqual({kind: 'noise', noise: 'publication-date'})
    expect(classifyLine('发布时间：2024年05月08日', preamble)).toEqual({kind: 'noise', noise: 'publication-date'})
    expect(classifyLine('   时间:2024-05-08 09:30来源:区政府办公室作者:', preamble)).toEqual({kind: 'noise', noise: 'publication-date'})
  })

  it('should not take a meeting time line as noise', () => {
    expect(classifyLine('时间：2024年5月6日上午', preamble)).toBeNull()
  })

  it('should take document numbers as document-number', () => {
    expect(classifyLine('〔2024〕12号', preamble)).toEqual({kind: 'noise', noise: 'document-number'})
    expect(classifyLine('清政办纪〔2024〕3号(清河市人民政府常务会议纪要)', preamble)).toEqual({kind: 'noise', noise: 'document-number'})
    expect(classifyLine('第12期', preamble)).toEqual({kind: 'noise', noise: 'document-number'})
  })

  it('should take bylines as byline', () => {
    expect(classifyLine('作者：周小文  发布日期：2024-05-08', preamble)).toEqual({kind: 'noise', noise: 'byline'})
    expect(classifyLine('责任编辑：刘青', body)).toEqual({kind: 'noise', noise: 'byline'})
    expect(classifyLine('来源: 发布时间:2024年05月08日', preamble)).toEqual({kind: 'noise', noise: 'byline'})
  })

  it('should take breadcrumbs and bullet labels', () => {
    expect(classifyLine('首页 > 政务公开 > 会议纪要', preamble)).toEqual({kind: 'noise', noise: 'breadcrumb'})
    expect(classifyLine('• 会议议题 •', preamble)).toEqual({kind: 'noise', noise: 'label'})
  })

  it('should take the issuing office and its date as a signature', () => {
    expect(classifyLine('清河市人民政府办公室 2024-5-10', preamble)).toEqual({kind: 'noise', noise: 'signature'})
    expect(classifyLine('东湖区人民政府办公室 二〇二四年五月十日', body)).toEqual({kind: 'noise', noise: 'signature'})
    expect(classifyLine('学院办公室', body)).toEqual({kind: 'noise', noise: 'signature'})
    expect(classifyLine('2024年5月10日', body)).toEqual({kind: 'noise', noise: 'signature'})
  })

  it('should take the heading of a page’s links to other pages as page chrome, and not a sentence that starts alike', () => {
    expect(classifyLine('相关信息', body)).toEqual({kind: 'noise', noise: 'label'})
    expect(classifyLine('【相关链接】', body)).toEqual({kind: 'noise', noise: 'label'})
    expect(classifyLine('推荐阅读：', body)).toEqual({kind: 'noise', noise: 'label'})
    expect(classifyLine('相关信息由县统计局统一发布。', body)).toBeNull()
  })

  it('should not take a short body line that ends like a unit as a signature', () => {
    expect(classifyLine('牵头单位 区政府办', body)).toBeNull()
  })

  it('should take an office line with 印发 after the date, issue numbers in brackets and page chrome', () => {
    expect(classifyLine('清河市人民政府办公室  2024年1月10日印发', body)).toEqual({kind: 'noise', noise: 'signature'})
    expect(classifyLine('（第3期）', preamble)).toEqual({kind: 'noise', noise: 'document-number'})
    expect(classifyLine('【打印本页】【关闭窗口】', body)).toEqual({kind: 'noise', noise: 'label'})
    expect(classifyLine('签发人：王明远', preamble)).toEqual({kind: 'noise', noise: 'byline'})
  })

  it('should take distribution lines', () => {
    expect(classifyLine('抄送：市委办公室，市人大常委会办公室。', body)).toEqual({kind: 'noise', noise: 'distribution'})
    expect(classifyLine('分送:各镇、街道，市各有关部门', body)).toEqual({kind: 'noise', noise: 'distribution'})
  })

  it('should not take a body sentence that mentions a notice number as noise', () => {
    expect(classifyLine('会议传达了《关于做好防汛工作的通知》(公告编号:2024-011)的要求，强调各镇要抓好落实。', body)).toBeNull()
  })
})

describe('classifyLine: titles', () => {
  it('should take a …纪要 line as the title, with or without a bracketed date', () => {
    expect(classifyLine('清河市人民政府第12次常务会议纪要', preamble)).toEqual({kind: 'title'})
    expect(classifyLine('第12次常务会议纪要', preamble)).toEqual({kind: 'title'})
    expect(classifyLine('学院党政联席会议纪要（5月6日）', preamble)).toEqual({kind: 'title'})
  })

  it('should not take a numbered heading that ends in 纪要 as the title', () => {
    expect(classifyLine('一、关于落实上次会议纪要', body)).toBeNull()
    expect(classifyLine('（二）督办第5次常务会议纪要', preamble)).toBeNull()
  })

  it('should take a news headline as the title only in the preamble', () => {
    expect(classifyLine('东湖区召开第8次区长办公会议', preamble)).toEqual({kind: 'title'})
    expect(classifyLine('县人大常委会第五次主任会议召开', preamble)).toEqual({kind: 'title'})
    expect(classifyLine('东湖区召开第8次区长办公会议', body)).toBeNull()
  })

  it('should not take the lead paragraph as a headline', () => {
    expect(classifyLine('5月6日上午，区长王明远主持召开区政府第8次常务会议，研究了有关事项。', preamble)).toBeNull()
    expect(classifyLine('2024年5月6日区政府召开常务会议', preamble)).toBeNull()
  })
})

describe('classifyLine: attendance', () => {
  it('should give the role, the label span and where the names start', () => {
    const line = '出席：王明远　李建国　赵红梅'
    const found = classifyLine(line, preamble)
    expect(found).toEqual({kind: 'attendance', role: 'attendees', labelStart: 0, labelEnd: 2, contentStart: 3})
  })

  it('should accept spaced labels, half-width colons and leading white space', () => {
    const line = '  参 会: 王明远 李建国'
    expect(classifyLine(line, body)).toEqual({kind: 'attendance', role: 'attendees', labelStart: 2, labelEnd: 5, contentStart: 7})
    expect(line.slice(2, 5)).toBe('参 会')
    expect(line.slice(7)).toBe('王明远 李建国')
  })

  it('should know every role', () => {
    const roleOf = (line: string) => {
      const found = classifyLine(line, body)
      return found && found.kind === 'attendance' ? found.role : null
    }
    expect(roleOf('列席：市发改委、市财政局')).toBe('observers')
    expect(roleOf('列席会议人员:')).toBe('observers')
    expect(roleOf('请假：李建国（出差）')).toBe('absentees')
    expect(roleOf('缺席：赵红梅')).toBe('absentees')
    expect(roleOf('记录：孙小燕')).toBe('recorder')
    expect(roleOf('参会人员：全体班子成员')).toBe('attendees')
    expect(roleOf('参加会议的有：王明远、李建国')).toBe('attendees')
    expect(roleOf('出席领导：王明远')).toBe('attendees')
    expect(roleOf('列席单位：区发改局')).toBe('observers')
    expect(roleOf('纪要整理：孙小燕')).toBe('recorder')
  })

  it('should take a label set off by white space before a short list', () => {
    expect(classifyLine('出席　王明远　李建国', body)).toEqual({kind: 'attendance', role: 'attendees', labelStart: 0, labelEnd: 2, contentStart: 3})
    expect(classifyLine('列席 区发改局、区财政局', body)).toEqual({kind: 'attendance', role: 'observers', labelStart: 0, labelEnd: 2, contentStart: 3})
    expect(classifyLine('出席 全区安全生产大会的同志要提前到场。', body)).toBeNull()
  })

  it('should put the content start at the line end when the names follow on later lines', () => {
    const line = '列席会议人员：'
    expect(classifyLine(line, body)).toEqual({kind: 'attendance', role: 'observers', labelStart: 0, labelEnd: 6, contentStart: 7})
  })

  it('should not take a body sentence that mentions attendance as a block', () => {
    expect(classifyLine('出席会议的领导强调，要抓好安全生产。', body)).toBeNull()
    expect(classifyLine('会议要求参会人员认真学习文件精神。', body)).toBeNull()
    expect(classifyLine('列席单位要按时报送材料。', body)).toBeNull()
  })

  it('should leave ordinary content alone', () => {
    expect(classifyLine('一、审议《东湖区老旧小区改造实施方案》', body)).toBeNull()
    expect(classifyLine('会议原则同意该方案，会后由区住建局修改完善。', body)).toBeNull()
    expect(classifyLine('', body)).toBeNull()
  })
})

describe('classifyLine: attachments and the note on publication', () => {
  it('should take 附件： lines as attachment and （此件公开发布） as note', () => {
    expect(classifyLine('附件：1.县城区供水改造方案', body)).toEqual({kind: 'noise', noise: 'attachment'})
    expect(classifyLine('附 件：资金测算表', body)).toEqual({kind: 'noise', noise: 'attachment'})
    expect(classifyLine('（此件公开发布）', body)).toEqual({kind: 'noise', noise: 'note'})
    expect(classifyLine('(此件主动公开)', preamble)).toEqual({kind: 'noise', noise: 'note'})
  })

  it('should not take a sentence about attachments for the list', () => {
    expect(classifyLine('附件所列项目由县发改局牵头实施。', body)).toBeNull()
  })
})
