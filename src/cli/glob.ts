/**
 * A small glob matcher for patterns the shell did not expand (quoted):
 * `*`, `?`, `**`, `[abc]`, `[!a-z]`, `{md,txt}`. Matching is on `/`-separated
 * paths; `*` and `?` never cross a `/` and never match a leading `.`, as in
 * the shell.
 *
 * No regular expressions: a pattern such as `*a*a*a*b` would make a
 * backtracking engine take polynomial time on a long name. Segments are
 * matched with the two-pointer wildcard algorithm (time linear in the name
 * times the pattern) and `**` with a table over segments.
 */

/** A pattern, split into the directory to walk from and a matcher. */
export interface Glob {
  /** The leading segments without any glob syntax (`.` if none). */
  base: string
  /** How many segments below `base` a match can be; `Infinity` with `**`. */
  depth: number
  /** Test a `/`-separated path, relative to the same place as the pattern. */
  test(path: string): boolean
}

/** One piece of a segment pattern. */
type Token = {type: 'char'; value: string} | {type: 'any'} | {type: 'star'} | {type: 'class'; negated: boolean; ranges: Array<[string, string]>}

/** A segment: `**`, or the alternatives its braces expand to. */
type Segment = 'globstar' | Token[][]

/**
 * Whether an argument uses glob syntax.
 *
 * @param pattern
 *   The argument.
 * @returns
 *   True when it contains `*`, `?`, `[` or `{`.
 */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern)
}

/**
 * Compile a glob pattern.
 *
 * @param pattern
 *   The pattern, `/`-separated.
 * @returns
 *   Base directory, depth and matcher.
 */
export function compileGlob(pattern: string): Glob {
  const parts = pattern.split('/')
  let split = 0
  while (split < parts.length - 1 && !isGlob(parts[split])) split++
  const baseParts = parts.slice(0, split)
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/'
  const rest = parts.slice(split)
  const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.length
  const segments: Segment[] = rest.map((part) => (part === '**' ? 'globstar' : expandBraces(part).map(tokenize)))
  const prefix = baseParts.length === 0 ? '' : base === '/' ? '/' : base + '/'
  return {
    base,
    depth,
    test(path) {
      if (!path.startsWith(prefix)) return false
      return matchSegments(segments, path.slice(prefix.length).split('/'))
    }
  }
}

/** Match path segments against pattern segments; `**` takes zero or more visible segments. */
function matchSegments(pattern: Segment[], names: string[]): boolean {
  // reachable[j]: the pattern so far can consume exactly the first j names.
  let reachable = names.map((_, index) => index === 0)
  reachable.push(names.length === 0)
  for (const segment of pattern) {
    const next = new Array<boolean>(names.length + 1).fill(false)
    for (let start = 0; start <= names.length; start++) {
      if (!reachable[start]) continue
      if (segment === 'globstar') {
        next[start] = true
        for (let end = start; end < names.length && !names[end].startsWith('.'); end++) next[end + 1] = true
      } else if (start < names.length && segment.some((tokens) => matchName(tokens, names[start]))) {
        next[start + 1] = true
      }
    }
    reachable = next
  }
  return reachable[names.length]
}

/** Two-pointer wildcard match of one name: on a mismatch, let the last `*` take one more character. */
function matchName(tokens: Token[], name: string): boolean {
  const chars = Array.from(name)
  // A leading dot is only matched by a literal dot.
  if (chars[0] === '.' && tokens[0]?.type !== 'char') return false
  let token = 0
  let char = 0
  let starToken = -1
  let starChar = 0
  while (char < chars.length) {
    const current = tokens[token]
    if (current && current.type !== 'star' && matchToken(current, chars[char])) {
      token++
      char++
    } else if (current?.type === 'star') {
      starToken = token++
      starChar = char
    } else if (starToken !== -1) {
      token = starToken + 1
      char = ++starChar
    } else {
      return false
    }
  }
  while (tokens[token]?.type === 'star') token++
  return token === tokens.length
}

function matchToken(token: Token, char: string): boolean {
  if (token.type === 'char') return token.value === char
  if (token.type === 'any') return true
  if (token.type === 'class') {
    const inside = token.ranges.some(([low, high]) => char >= low && char <= high)
    return inside !== token.negated
  }
  return false
}

/** Expand `{a,b}` (nested too) into the alternatives; an unclosed brace is literal. */
function expandBraces(part: string): string[] {
  const open = part.indexOf('{')
  if (open === -1) return [part]
  let level = 0
  const commas: number[] = []
  for (let index = open; index < part.length; index++) {
    const char = part[index]
    if (char === '{') level++
    else if (char === '}' && --level === 0) {
      const bounds = [open, ...commas, index]
      const head = part.slice(0, open)
      const tail = part.slice(index + 1)
      const alternatives: string[] = []
      for (let at = 0; at < bounds.length - 1; at++) {
        for (const choice of expandBraces(part.slice(bounds[at] + 1, bounds[at + 1]))) {
          alternatives.push(...expandBraces(head + choice + tail))
        }
      }
      return alternatives
    } else if (char === ',' && level === 1) commas.push(index)
  }
  return [part]
}

function tokenize(part: string): Token[] {
  const chars = Array.from(part)
  const tokens: Token[] = []
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]
    if (char === '\\' && index + 1 < chars.length) {
      tokens.push({type: 'char', value: chars[++index]})
    } else if (char === '*') {
      // Runs of `*` in one segment mean the same as one.
      if (tokens.at(-1)?.type !== 'star') tokens.push({type: 'star'})
    } else if (char === '?') {
      tokens.push({type: 'any'})
    } else if (char === '[' && chars.indexOf(']', index + 2) !== -1) {
      const close = chars.indexOf(']', index + 2)
      let body = chars.slice(index + 1, close)
      const negated = body[0] === '!' || body[0] === '^'
      if (negated) body = body.slice(1)
      const ranges: Array<[string, string]> = []
      for (let at = 0; at < body.length; at++) {
        if (body[at + 1] === '-' && at + 2 < body.length) {
          ranges.push([body[at], body[at + 2]])
          at += 2
        } else {
          ranges.push([body[at], body[at]])
        }
      }
      tokens.push({type: 'class', negated, ranges})
      index = close
    } else {
      tokens.push({type: 'char', value: char})
    }
  }
  return tokens
}
