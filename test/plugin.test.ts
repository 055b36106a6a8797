import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {jiyaoParse, jiyaoStringify, parseMinutes, serialize} from '../src/index.js'

const text = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')

describe('unified plugins', () => {
  it('should give the same JSON and YAML as parseMinutes through unified', async () => {
    const json = await unified().use(jiyaoParse).use(jiyaoStringify, {format: 'json'}).process(text)
    expect(String(json)).toBe(serialize(parseMinutes(text), 'json'))
    expect(json.data.record?.items).toHaveLength(9)
    const yaml = await unified().use(jiyaoParse).use(jiyaoStringify).process(text)
    expect(String(yaml)).toBe(serialize(parseMinutes(text), 'yaml'))
  })

  it('should turn content problems into vfile messages with rule ids and places', async () => {
    const file = await unified()
      .use(jiyaoParse)
      .use(jiyaoStringify)
      .process('2024年3月5日，李明县长主持召开县政府第3次常务会议。\n一、研究甲事项\n三、研究丙事项\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([
      ['skipped-ordinal', 3, 1, false]
    ])
  })
})
