/**
 * Sentences and clauses of a span of the normalized text.
 *
 * A sentence ends at `。` `;` `!` `?`; a clause at `,` or `:` too. Ends inside
 * 《》 and quotes do not count.
 */

/** A span of the normalized text. */
export interface Span {
  start: number
  end: number
}

/** A sentence and its clauses. */
export interface Sentence extends Span {
  clauses: Span[]
}

const sentenceEnds = '。;!?'
const clauseEnds = ',:'
const spaces = ' \t\n\r'

/**
 * Split a span into sentences and clauses, trimmed of white space.
 *
 * @param text
 *   The normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   The sentences, in order.
 */
export function sentences(text: string, start: number, end: number): Sentence[] {
  const result: Sentence[] = []
  let clauses: Span[] = []
  let clauseStart = start
  let sentenceStart = start
  let depth = 0
  let quote = 0

  function pushClause(at: number): void {
    const clause = trim(text, clauseStart, at)
    if (clause.end > clause.start) clauses.push(clause)
  }

  for (let index = start; index < end; index++) {
    const char = text.charAt(index)
    if (char === '《') depth++
    else if (char === '》') depth = Math.max(0, depth - 1)
    else if (char === '“') quote++
    else if (char === '”') quote = Math.max(0, quote - 1)
    else if (char === '\n' || char === '\r') {
      // A line end inside a span (a point continued on the next line) ends a sentence.
      depth = 0
      quote = 0
    }
    if ((depth > 0 || quote > 0) && char !== '\n') continue
    if (sentenceEnds.includes(char) || char === '\n') {
      pushClause(index)
      const sentence = trim(text, sentenceStart, index)
      if (clauses.length > 0) result.push({...sentence, clauses})
      clauses = []
      clauseStart = index + 1
      sentenceStart = index + 1
    } else if (clauseEnds.includes(char)) {
      pushClause(index)
      clauseStart = index + 1
    }
  }
  pushClause(end)
  const sentence = trim(text, sentenceStart, end)
  if (clauses.length > 0) result.push({...sentence, clauses})
  return result
}

/**
 * Trim white space from both ends of a span.
 *
 * @param text
 *   The normalized text.
 * @param start
 *   Span start.
 * @param end
 *   Span end.
 * @returns
 *   The trimmed span.
 */
export function trim(text: string, start: number, end: number): Span {
  while (start < end && spaces.includes(text.charAt(start))) start++
  while (end > start && spaces.includes(text.charAt(end - 1))) end--
  return {start, end}
}

/**
 * The first of `words` that `text` has at `at`, or undefined.
 *
 * @param text
 *   The text.
 * @param at
 *   Where to look.
 * @param words
 *   Candidates, longest first where one is a prefix of another.
 * @returns
 *   The word.
 */
export function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  for (const word of words) if (text.startsWith(word, at)) return word
  return undefined
}
