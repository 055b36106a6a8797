import {describe, expect, it} from 'vitest'
import {staffPosts, titles} from '../src/lexicon.js'

describe('lexicon: lists that must stay in step', () => {
  it('should list every staff post (`网格员`, `安全员`) among the titles too', () => {
    // A post the title lookup does not know owns nothing: `学院安全员` read no owner until
    // 安全员 was added to `titles` as well (blind14-lead r1).
    const known = new Set(titles)
    expect(staffPosts.filter((post) => !known.has(post))).toEqual([])
  })
})
