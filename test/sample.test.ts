import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {parseMinutes, serialize} from '../src/index.js'

const text = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')
const record = parseMinutes(text, {path: 'fixtures/sample.txt'})

describe('the sample minutes (市政府第63次常务会议)', () => {
  it('should read the meeting from the lead paragraph', () => {
    const {meeting} = record
    expect([meeting.title, meeting.name, meeting.session, meeting.date, meeting.timeOfDay, meeting.location]).toEqual([
      null,
      '市政府第63次常务会议',
      63,
      '2021-11-01',
      '上午',
      null
    ])
    expect(meeting.chair && [meeting.chair.name, meeting.chair.title]).toEqual(['胡卫江', '代市长'])
    expect(meeting.agenda).toEqual([
      '传达学习《许昆林同志在省政府季度工作会议上的讲话》',
      '审议《做好今冬明春全市电力保供工作若干措施》《太仓市“十四五”工业发展规划》《太仓市“十四五”生态环境保护规划》',
      '听取关于全市中小学德育工作情况、省人社一体化信息平台上线后太仓市人社领域部分差异化政策执行问题、全市城镇垃圾处理费征管事项调整情况的汇报',
      '讨论《星河动力基金实施方案》《凯辉二期基金、元生三期基金、启高二期基金立项方案》',
      '听取关于城厢镇开展城市更新工作的情况汇报'
    ])
    expect(meeting.attendees).toEqual([])
    expect(text.slice(meeting.positions.date!.start.offset, meeting.positions.date!.end.offset)).toBe('2021年11月1日')
  })

  it('should find the nine numbered items with their headings', () => {
    expect(record.items.map((item) => [item.ordinal, item.heading])).toEqual([
      ['一', '学习《许昆林同志在省政府季度工作会议上的讲话》'],
      ['二', '审议《做好今冬明春全市电力保供工作若干措施》'],
      ['三', '审议《太仓市“十四五”工业发展规划》'],
      ['四', '审议《太仓市“十四五”生态环境保护规划》'],
      ['五', '听取《关于全市中小学德育工作的情况汇报》'],
      ['六', '听取《省人社一体化信息平台上线后太仓市人社领域部分差异化政策执行问题》的汇报'],
      ['七', '听取《全市城镇垃圾处理费征管事项调整的情况汇报》'],
      ['八', '讨论《星河动力基金实施方案》《凯辉二期基金、元生三期基金、启高二期基金立项方案》'],
      ['九', '听取《关于城厢镇开展城市更新工作的情况汇报》']
    ])
    expect(record.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('should name who reported each matter', () => {
    expect(record.items.map((item) => item.reporters)).toEqual([
      ['胡卫江'],
      ['市发改委'],
      ['市工信局'],
      ['太仓生态环境局'],
      ['市教育局'],
      ['市人社局'],
      ['市城管局'],
      ['市资产集团'],
      ['城厢镇']
    ])
  })

  it('should read one decision per decided item, none for item 一', () => {
    expect(record.items.map((item) => item.decisions.map((decision) => decision.text))).toEqual([
      [],
      ['会议明确，原则同意该《措施》'],
      ['会议明确，原则同意该《规划》'],
      ['会议明确，原则同意该《规划》'],
      ['会议原则同意该汇报'],
      ['会议原则同意该汇报'],
      ['会议原则同意该汇报'],
      ['会议明确，会议原则同意此次汇报的1支专项子基金的实施方案、3支合作子基金的立项方案'],
      ['会议原则同意该汇报']
    ])
    expect(record.items[1].decisions[0].verb).toBe('原则同意')
  })

  it('should read the named assignments and leave generic addressees out', () => {
    const owners = record.items.map((item) => item.assignments.map((assignment) => assignment.owner))
    expect(owners[0]).toEqual([])
    expect(owners[1]).toEqual(['市发改委'])
    expect(owners[2]).toEqual(['市工信局'])
    expect(owners[3]).toEqual(['太仓生态环境局'])
    expect(owners[4]).toEqual([])
    expect(owners[5]).toEqual(['市人社局'])
    expect(owners[6]).toEqual(['市城管局'])
    expect(owners[7]).toEqual([
      '市资产集团',
      '市产业基金管理公司',
      '港区',
      '市产业基金管理公司',
      '引导基金管理委员会',
      '引导基金管理委员会与市产业基金管理公司'
    ])
    // 会由由城厢镇…: the slip for 会后由 still gives the owner.
    expect(owners[8]).toEqual(['城厢镇', '城厢镇', '资规、住建部门'])
  })

  it('should keep each task as written, up to its sentence end', () => {
    const [first] = record.items[1].assignments
    expect(first.task).toBe('根据会议讨论情况修改完善，以市政府办公室名义印发')
    expect(first.due).toBe(null)
    expect(first.role).toBe('responsible')
    expect(record.items[7].assignments[1].task).toBe('要与落地区镇协同配合，落实各项投资条款，加快签订专项子基金合伙协议')
    expect(record.items[7].assignments[5].owners).toEqual(['引导基金管理委员会', '市产业基金管理公司'])
    expect(record.items[8].assignments[1].task).toBe('要落实属地责任，扛起首位担当，加快推进三个地块的拆迁“清零”工作')
    // A task ends where the sentence gives the next owner its own.
    expect(record.items[7].assignments[3].task).toBe('要加快做好尽职调查等工作，制订和完善相应基金实施方案并尽快提交至引导基金管理委员会')
    expect(record.items[7].assignments[4].task).toBe('要加强全面指导，积极推进方案落地')
  })

  it('should count the points directly under each item', () => {
    expect(record.items.map((item) => item.points.length)).toEqual([3, 3, 3, 3, 3, 2, 3, 3, 0])
    expect(record.items[0].points.map((point) => [point.ordinal, point.level, point.text.slice(0, 7)])).toEqual([
      ['一', 'enumeration', '目标要再明确。'],
      ['二', 'enumeration', '举措要再落实。'],
      ['三', 'enumeration', '底线要再筑牢。']
    ])
    expect(record.items[5].points[1].text).toBe(
      '要做好政策宣讲和舆情稳控工作，密切关注政策转换引发的社会影响，做好应急预案，第一时间发现问题、解决问题，为省一体化平台平稳切换奠定扎实基础。'
    )
  })

  it('should read the documents and actions of each heading', () => {
    expect(record.items.map((item) => item.actions)).toEqual([
      ['学习'],
      ['审议'],
      ['审议'],
      ['审议'],
      ['听取'],
      ['听取'],
      ['听取'],
      ['讨论'],
      ['听取']
    ])
    expect(record.items[7].documents).toEqual(['星河动力基金实施方案', '凯辉二期基金、元生三期基金、启高二期基金立项方案'])
    expect(record.items[5].documents).toEqual(['省人社一体化信息平台上线后太仓市人社领域部分差异化政策执行问题'])
  })

  it('should list the instructions with their points', () => {
    const second = record.items[1].instructions
    expect(second).toHaveLength(1)
    expect(second[0].cue).toBe('会议强调')
    expect(second[0].points.map((point) => point.ordinal)).toEqual(['一', '二', '三'])
    expect(record.items[8].instructions[0].points).toEqual([])
  })

  it('should list every cue-led statement by kind', () => {
    expect(record.items[2].statements.map((statement) => [statement.kind, statement.cue])).toEqual([
      ['report', '会议听取并审议了'],
      ['opinion', '会议认为'],
      ['decision', '会议明确'],
      ['instruction', '会议强调']
    ])
  })
})

describe('the sample as YAML', () => {
  it('should write no anchors or aliases, and read back as the record', () => {
    const yaml = serialize(record, 'yaml')
    expect(yaml).not.toMatch(/[&*]a\d/)
    expect(parseYaml(yaml)).toEqual(JSON.parse(JSON.stringify(record)))
    expect(yaml).toContain('date: "2021-11-01"')
  })
})
