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
  const byFirst = new Map<number, string[]>()
  const byLast = new Map<number, string[]>()
  const sorted = [...new Set(list)].filter((word) => word.length > 0).sort((a, b) => b.length - a.length)
  for (const word of sorted) {
    push(byFirst, word.charCodeAt(0), word)
    push(byLast, word.charCodeAt(word.length - 1), word)
  }
  const all = new Set(sorted)
  const lookup: Words = {
    at(text, at) {
      const candidates = byFirst.get(text.charCodeAt(at))
      if (!candidates) return undefined
      for (const word of candidates) if (text.startsWith(word, at)) return word
      return undefined
    },
    before(text, end) {
      const candidates = byLast.get(text.charCodeAt(end - 1))
      if (!candidates) return undefined
      for (const word of candidates) if (end - word.length >= 0 && text.startsWith(word, end - word.length)) return word
      return undefined
    },
    has: (word) => all.has(word)
  }
  cache.set(list, lookup)
  return lookup
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key)
  if (list) list.push(word)
  else map.set(key, [word])
}
