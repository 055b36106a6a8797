import {describe, expect, it} from 'vitest'
import {createDoc} from '../src/doc.js'
import {isName, readPeople, readPerson, splitDesignation} from '../src/extract/person.js'

/** Read one person from a whole string, and check the position slices back. */
function person(text: string) {
  const doc = createDoc(text)
  const found = readPerson(doc, 0, doc.norm.length)
  if (!found) return null
  const {position, ...rest} = found
  const slice = text.slice(position.start.offset, position.end.offset)
  expect(slice).toBe(found.name ?? slice)
  return rest
}

function people(text: string) {
  const doc = createDoc(text)
  return readPeople(doc, 0, doc.norm.length).map((found) => {
    expect(text.slice(found.position.start.offset, found.position.end.offset)).toBe(found.name ?? text.slice(found.position.start.offset, found.position.end.offset))
    return [found.name, found.title, found.unit, found.note]
  })
}

describe('isName', () => {
  it('should know names from groups', () => {
    expect(isName('王明远')).toBe(true)
    expect(isName('欧阳晓东')).toBe(true)
    expect(isName('徐 炎')).toBe(true)
    expect(isName('区领导')).toBe(false)
    expect(isName('市发改委')).toBe(false)
  })

  it('should not take a body after a place for a name, though 区 is a surname', () => {
    expect(isName('区政府')).toBe(false)
    expect(isName('区政协')).toBe(false)
    expect(isName('县人大')).toBe(false)
    expect(isName('区伟')).toBe(true)
    expect(people('区人大常委会、区政府、区政协有关负责同志')).toEqual([
      [null, null, '区人大常委会', null],
      [null, null, '区政府', null],
      [null, null, '区政协有关负责同志', null]
    ])
  })
})

describe('readPerson', () => {
  it('should split a name from a title after it', () => {
    expect(person('周立新代市长')).toEqual({name: '周立新', title: '代市长', unit: null, note: null})
    expect(person('陈光校长')).toEqual({name: '陈光', title: '校长', unit: null, note: null})
  })

  it('should split a name from a title set off after it by white space', () => {
    // `主持人:刘伟 校长`, as header fields write it.
    expect(person('刘伟 校长')).toEqual({name: '刘伟', title: '校长', unit: null, note: null})
    expect(person('周立新\t代市长')).toEqual({name: '周立新', title: '代市长', unit: null, note: null})
  })

  it('should split a name from a title before it', () => {
    expect(person('区长于海平')).toEqual({name: '于海平', title: '区长', unit: null, note: null})
    expect(person('副区长周立')).toEqual({name: '周立', title: '副区长', unit: null, note: null})
  })

  it('should keep titles joined by 、 as one title', () => {
    expect(person('区委常委、副区长方明')).toEqual({name: '方明', title: '区委常委、副区长', unit: null, note: null})
  })

  it('should keep a title, a unit and its title joined by 、 as one title', () => {
    expect(person('副县长、县公安局局长周立')).toEqual({name: '周立', title: '副县长、县公安局局长', unit: null, note: null})
  })

  it('should give the unit before a title', () => {
    expect(person('市人大常委会副主任宋文清')).toEqual({name: '宋文清', title: '副主任', unit: '市人大常委会', note: null})
    expect(person('学院党委书记林海')).toEqual({name: '林海', title: '党委书记', unit: '学院', note: null})
    expect(person('县教育局李四')).toEqual({name: '李四', title: null, unit: '县教育局', note: null})
  })

  it('should drop an honorific and keep a note in brackets', () => {
    expect(person('县长韩立同志')).toEqual({name: '韩立', title: '县长', unit: null, note: null})
    expect(person('董事长周建业先生')).toEqual({name: '周建业', title: '董事长', unit: null, note: null})
    expect(person('李建国（出差）')).toEqual({name: '李建国', title: null, unit: null, note: '出差'})
  })

  it('should keep values as written in traditional characters with converter residue', () => {
    expect(person('區(qū)長韓立同志')).toEqual({name: '韓立', title: '區(qū)長', unit: null, note: null})
  })

  it('should give a title alone and a group without a name', () => {
    expect(person('区长')).toEqual({name: null, title: '区长', unit: null, note: null})
    expect(person('市政府有关部门')).toEqual({name: null, title: null, unit: '市政府有关部门', note: null})
  })
})

describe('splitDesignation', () => {
  it('should fold a prefix that is not a unit into the title', () => {
    const value = '东湖区委副书记、区长'
    const split = splitDesignation(value)
    expect(value.slice(split.titleStart)).toBe('东湖区委副书记、区长')
  })
})

describe('readPeople', () => {
  it('should split on 、 and white space, keeping padded names whole', () => {
    expect(people('王明远 李建国 徐 炎 赵红梅')).toEqual([
      ['王明远', null, null, null],
      ['李建国', null, null, null],
      ['徐 炎', null, null, null],
      ['赵红梅', null, null, null]
    ])
    expect(people('王明远、李建国和赵红梅')).toEqual([
      ['王明远', null, null, null],
      ['李建国', null, null, null],
      ['赵红梅', null, null, null]
    ])
  })

  it('should pair off padded names in a row', () => {
    // Name lists pad two-character names to three with a space, to align them.
    expect(people('李建国　张　伟　刘　洋　陈晓东').map(([name]) => name)).toEqual(['李建国', '张　伟', '刘　洋', '陈晓东'])
    expect(people('张 伟 刘 洋').map(([name]) => name)).toEqual(['张 伟', '刘 洋'])
    // A padded name that ends the list, with the text going on right after it (a copy that lost its line breaks).
    const doc = createDoc('出席：李建国　杜　鹏列席：王强')
    expect(readPeople(doc, 3, 10).map((found) => found.name)).toEqual(['李建国', '杜　鹏'])
  })

  it('should keep titles joined by 、 before one name as that person’s title', () => {
    expect(people('县委常委、常务副县长黄立新，副县长吴晓, 郑凯')).toEqual([
      ['黄立新', '县委常委、常务副县长', null, null],
      ['吴晓', '副县长', null, null],
      ['郑凯', '副县长', null, null]
    ])
  })

  it('should give a designation set off by white space to the bare name after it', () => {
    expect(people('市长 王明 副市长 李强 赵红梅')).toEqual([
      ['王明', '市长', null, null],
      ['李强', '副市长', null, null],
      // A title written once heads the names after it, as in `副区长吴敏、郑凯`.
      ['赵红梅', '副市长', null, null]
    ])
    expect(person('集团办公室主任 蒋红')).toEqual({name: '蒋红', title: '主任', unit: '集团办公室', note: null})
  })

  it('should keep titles without names as entries of their own', () => {
    expect(people('县长、副县长')).toEqual([
      [null, '县长', null, null],
      [null, '副县长', null, null]
    ])
  })

  it('should not split a name that holds 和', () => {
    expect(people('王和平、李建国')).toEqual([
      ['王和平', null, null, null],
      ['李建国', null, null, null]
    ])
  })

  it('should give a designation written once to each name after it', () => {
    expect(people('副县长方明、周立、李春')).toEqual([
      ['方明', '副县长', null, null],
      ['周立', '副县长', null, null],
      ['李春', '副县长', null, null]
    ])
  })

  it('should give a group label to the names it heads and skip debris', () => {
    expect(people('(1)县领导:方明、周立;(2)部门:县财政局;(')).toEqual([
      ['方明', '县领导', null, null],
      ['周立', '县领导', null, null],
      [null, null, '县财政局', null]
    ])
  })

  it('should keep reasons of absence', () => {
    expect(people('李建国（出差）、赵红梅（病假）')).toEqual([
      ['李建国', null, null, '出差'],
      ['赵红梅', null, null, '病假']
    ])
  })
})
