import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

/** Minutes of a dated district meeting whose body is `body`. */
function minutes(body: string) {
  const text = `某区人民政府区长办公会议纪要\n2025年9月3日上午，区长程远主持召开区长办公会议。现将会议议定事项纪要如下：\n${body}\n`
  return analyze(text)
}

/** Each item's decisions as written. */
function decisions(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.text))
}

/** Each item's decisions as verbs. */
function verbs(body: string) {
  return minutes(body).record.items.map((item) => item.decisions.map((decision) => decision.verb))
}

describe('a matter named back before its outcome (`该采购计划不予同意`)', () => {
  it('should read a refusal whose subject is the matter named back with 该', () => {
    const body = '一、关于区中医院设备购置的议题\n区卫健局汇报了购置计划。会议认为，部分设备超出需求，该购置计划不予同意，请区卫健局重新论证。'
    expect(decisions(body)).toEqual([['该购置计划不予同意']])
    expect(verbs(body)).toEqual([['不予同意']])
  })

  it('should read a deferral and an approval whose subject is named back with 此 or 该', () => {
    expect(decisions('一、关于街道办公用房维修事宜\n区机关事务中心汇报了维修方案。此项申请暂缓办理。\n二、关于区图书馆夜间开放的议题\n区文旅局汇报了开放方案。该方案原则通过。')).toEqual([
      ['此项申请暂缓办理'],
      ['该方案原则通过']
    ])
  })

  it('should read a refusal of a project that names its outcome (`不予立项`)', () => {
    expect(verbs('一、关于区文体中心扩建的议题\n区文旅局汇报了扩建设想。该项目不予立项。')).toEqual([['不予立项']])
  })

  it('should not read how a matter stands as a decision (`该项目暂不具备实施条件`)', () => {
    expect(decisions('一、关于城西停车场建设的议题\n区城管局汇报了项目选址情况。会议指出，该项目暂不具备实施条件。')).toEqual([[]])
  })

  it('should not read a matter that is not named back (`采购计划不予同意` needs 该 or 此 before it)', () => {
    expect(decisions('一、关于区二院设备购置的议题\n区卫健局汇报了购置计划。会议听取了说明，有关采购计划不予同意的意见由区财政局反馈。')).toEqual([[]])
  })
})
