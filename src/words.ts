/**
 * Fast lookups of lexicon words in text: by first character for words that
 * start at an offset, by last character for words that end at one. Longest
 * words are tried first.
 */

/** A set of words that can be looked up at an offset. */
export interface Words {
  /** The longest word that starts at `at`, or undefined. */
  at(text: string, at: number): string | undefined
  /** The longest word that ends at `end` (exclusive), or undefined. */
  before(text: string, end: number): string | undefined
  /** Whether the word is in the set. */
  has(word: string): boolean
}

const cache = new WeakMap<readonly string[], Words>()

/**
 * Make (or reuse) the lookup of a word list.
 *
 * @param list
 *   Words; the same array gives the same lookup.
 * @returns
 *   The lookup.
 */
export function words(list: readonly string[]): Words {
  const cached = cache.get(list)
  if (cached) return cached
  // Built on first use: a start of the command makes some 90 lookups, and a
  // plain conversion uses only some of them.
  const lookup: Words = {
    at(text, at) {
      Object.assign(lookup, build(list))
      return lookup.at(text, at)
    },
    before(text, end) {
      Object.assign(lookup, build(list))
      return lookup.before(text, end)
    },
    has(word) {
      Object.assign(lookup, build(list))
      return lookup.has(word)
    }
  }
  cache.set(list, lookup)
  return lookup
}

/** The lookup of a word list. */
function build(list: readonly string[]): Words {
  const byFirst = new Map<number, string[]>()
  const byLast = new Map<number, string[]>()
  // A bit per code unit that starts (ends) some word, folded into 1,024 bits
  // (code units a multiple of 1,024 apart share one): most offsets of a text
  // start no word, and a bit test turns them away before any map lookup. A
  // full table of 65,536 bits took 16 kB per list, allocated for the ~90
  // lists at every start.
  const firsts = new Uint32Array(32)
  const lasts = new Uint32Array(32)
  const sorted = [...new Set(list)].filter((word) => word.length > 0).sort((a, b) => b.length - a.length)
  for (const word of sorted) {
    const first = word.charCodeAt(0)
    const last = word.charCodeAt(word.length - 1)
    push(byFirst, first, word)
    push(byLast, last, word)
    firsts[(first & 0x3ff) >> 5] |= 1 << (first & 31)
    lasts[(last & 0x3ff) >> 5] |= 1 << (last & 31)
  }
  const all = new Set(sorted)
  return {
    at(text, at) {
      const code = text.charCodeAt(at)
      // Past either end the code is NaN: it reads the bit of code 0, and the map then has no candidates for it.
      if ((firsts[(code & 0x3ff) >> 5] & (1 << (code & 31))) === 0) return undefined
      const candidates = byFirst.get(code)
      if (!candidates) return undefined
      for (const word of candidates) if (text.startsWith(word, at)) return word
      return undefined
    },
    before(text, end) {
      const code = text.charCodeAt(end - 1)
      if ((lasts[(code & 0x3ff) >> 5] & (1 << (code & 31))) === 0) return undefined
      const candidates = byLast.get(code)
      if (!candidates) return undefined
      for (const word of candidates) if (end - word.length >= 0 && text.startsWith(word, end - word.length)) return word
      return undefined
    },
    has: (word) => all.has(word)
  }
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key)
  if (list) list.push(word)
  else map.set(key, [word])
}
