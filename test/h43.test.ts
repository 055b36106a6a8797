import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Each item's decisions (text), assignments as owner, task, due. */
function read(text: string) {
  return analyze(text).record.items.map((item) => ({
    decisions: item.decisions.map((decision) => decision.text),
    tasks: item.assignments.map((assignment) => [assignment.owner, assignment.task, assignment.due])
  }))
}

const county = '柘林县人民政府常务会议纪要\n2025年3月4日，县长尤振华主持召开县政府常务会议。纪要如下：\n一、关于春耕备耕\n'
const party = '柘林县人民医院党委会议纪要\n2025年3月4日，党委书记裴静主持召开党委会议。纪要如下：\n一、关于人事事项\n'

describe('owners who form a group to do work', () => {
  it('should give the offices that form a joint group the work after it', () => {
    const text = `${county}县农业农村局、县市场监管局组成联合检查组，对农资经营门店开展拉网式检查。\n`
    expect(read(text)[0].tasks).toEqual([['县农业农村局、县市场监管局', '对农资经营门店开展拉网式检查', null]])
  })

  it('should give nothing where the group is only made up of members', () => {
    const text = `${county}会议同意成立春耕工作专班，成员由各乡镇分管负责人组成。\n`
    expect(read(text)[0].tasks).toEqual([])
  })

  it('should leave the group to the lead where it is formed with another owner', () => {
    const text = `${county}由县农业农村局牵头，会同县供销社、县市场监管局组成3个检查组，3月底前完成农资质量抽检。\n`
    expect(read(text)[0].tasks.map((task) => task[0])).toEqual(['县农业农村局'])
  })
})

describe('an agreement that lists its matters after a colon', () => {
  it('should decide each matter parted by `；`', () => {
    const text = `${party}会议同意：任命柏晓东为药剂科副主任；免去苗新兰检验科副主任职务。由人事科按程序办理。\n`
    expect(read(text)[0]).toEqual({
      decisions: ['会议同意：任命柏晓东为药剂科副主任', '免去苗新兰检验科副主任职务'],
      tasks: [['人事科', '按程序办理', null]]
    })
  })

  it('should stop at a matter that is an assignment', () => {
    const text = `${party}会议原则同意：聘任柏晓东为药剂科主任；由人事科办理聘任手续。\n`
    expect(read(text)[0].decisions).toEqual(['会议原则同意：聘任柏晓东为药剂科主任'])
  })

  it('should keep a decision led in by `决定：` one statement', () => {
    const text = `${party}会议决定：成立药事管理专班，由副院长柏晓东任组长；将合理用药纳入科室考核。\n`
    expect(read(text)[0].decisions).toHaveLength(1)
  })
})

describe('a second owner listed after the first one\'s short task', () => {
  it('should give each owner its own task', () => {
    const text = `${county}农机服务中心由县供销社投资建设、县农机站负责技术培训，5月底前投入使用。\n`
    expect(read(text)[0].tasks).toEqual([
      ['县供销社', '投资建设', null],
      ['县农机站', '负责技术培训，5月底前投入使用', '5月底前']
    ])
  })

  it('should not part an owner\'s own list of works', () => {
    const text = `${county}县供销社负责采购化肥、种子和农膜，3月20日前到位。\n`
    expect(read(text)[0].tasks).toEqual([['县供销社', '负责采购化肥、种子和农膜，3月20日前到位', '3月20日前']])
  })
})
