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
  // Each way of looking up is built on its first use: a start of the command
  // makes some 90 lookups, a plain conversion uses only some of them, and
  // most of those one way only (a cold start pays for every table it builds).
  const lookup: Words = {
    at(text, at) {
      lookup.at = byEdge(list, true)
      return lookup.at(text, at)
    },
    before(text, end) {
      lookup.before = byEdge(list, false)
      return lookup.before(text, end)
    },
    has(word) {
      const all = new Set(list)
      lookup.has = (word) => all.has(word)
      return all.has(word)
    }
  }
  cache.set(list, lookup)
  return lookup
}

/**
 * The lookup of the words that start (`first`) or end at an offset, longest
 * first.
 */
function byEdge(list: readonly string[], first: boolean): (text: string, offset: number) => string | undefined {
  const byCode = new Map<number, string[]>()
  // A bit per code unit that starts (ends) some word, folded into 1,024 bits
  // (code units a multiple of 1,024 apart share one): most offsets of a text
  // start no word, and a bit test turns them away before any map lookup. A
  // full table of 65,536 bits took 16 kB per list, allocated for the ~90
  // lists at every start.
  const codes = new Uint32Array(32)
  // (A stable sort: words of one length keep the list's order. A word listed
  // twice is only tried twice, to the same answer.)
  const sorted = list.filter((word) => word.length > 0).sort((a, b) => b.length - a.length)
  for (let index = 0; index < sorted.length; index++) {
    const word = sorted[index]
    const code = word.charCodeAt(first ? 0 : word.length - 1)
    push(byCode, code, word)
    codes[(code & 0x3ff) >> 5] |= 1 << (code & 31)
  }
  // Indexed loops: a cold start runs these in the interpreter, where `for…of`
  // allocates an iterator result for every word tried.
  return first
    ? (text, at) => {
        const code = text.charCodeAt(at)
        // Past either end the code is NaN: it reads the bit of code 0, and the map then has no candidates for it.
        if ((codes[(code & 0x3ff) >> 5] & (1 << (code & 31))) === 0) return undefined
        const candidates = byCode.get(code)
        if (!candidates) return undefined
        for (let index = 0; index < candidates.length; index++) {
          if (text.startsWith(candidates[index], at)) return candidates[index]
        }
        return undefined
      }
    : (text, end) => {
        const code = text.charCodeAt(end - 1)
        if ((codes[(code & 0x3ff) >> 5] & (1 << (code & 31))) === 0) return undefined
        const candidates = byCode.get(code)
        if (!candidates) return undefined
        for (let index = 0; index < candidates.length; index++) {
          const word = candidates[index]
          if (end - word.length >= 0 && text.startsWith(word, end - word.length)) return word
        }
        return undefined
      }
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key)
  if (list) list.push(word)
  else map.set(key, [word])
}
