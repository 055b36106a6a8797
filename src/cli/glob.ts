/**
 * A small glob matcher for patterns the shell did not expand (quoted):
 * `*`, `?`, `**`, `[abc]`, `[!a-z]`, `{md,txt}`. Matching is on `/`-separated
 * paths; `*` and `?` never cross a `/` and never match a leading `.`, as in
 * the shell.
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

const special = /[*?[{]/

/**
 * Whether an argument uses glob syntax.
 *
 * @param pattern
 *   The argument.
 * @returns
 *   True when it contains `*`, `?`, `[` or `{`.
 */
export function isGlob(pattern: string): boolean {
  return special.test(pattern)
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
  const segments = pattern.split('/')
  let split = 0
  while (split < segments.length - 1 && !isGlob(segments[split])) split++
  const baseSegments = segments.slice(0, split)
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/'
  const rest = segments.slice(split)
  const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.length
  let source = baseSegments.map(escape).join('/')
  if (baseSegments.length > 0) source += '/'
  rest.forEach((segment, index) => {
    const last = index === rest.length - 1
    if (segment === '**') {
      // Any number of whole segments, none hidden; each repetition ends at
      // a `/`, so the repetition cannot backtrack over the same text twice.
      source += last ? '(?:(?!\\.)[^/]*(?:/|$))*' : '(?:(?!\\.)[^/]*/)*'
    } else {
      source += (segment.startsWith('.') ? '' : '(?!\\.)') + segmentSource(segment) + (last ? '' : '/')
    }
  })
  const expression = new RegExp('^' + source + '$', 'u')
  return {base, depth, test: (path) => expression.test(path)}
}

/** Translate one segment (no `/`) to a regular expression source. */
function segmentSource(segment: string): string {
  let source = ''
  let braces = 0
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]
    if (char === '\\' && index + 1 < segment.length) {
      source += escape(segment[++index])
    } else if (char === '*') {
      // Runs of `*` in one segment mean the same as one.
      while (segment[index + 1] === '*') index++
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const close = segment.indexOf(']', index + 2)
      if (close === -1) {
        source += '\\['
        continue
      }
      let body = segment.slice(index + 1, close)
      const negated = body.startsWith('!') || body.startsWith('^')
      if (negated) body = body.slice(1)
      source += '[' + (negated ? '^/' : '') + body.replace(/[\\\]^]/g, '\\$&') + ']'
      index = close
    } else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === ',' && braces > 0) {
      source += '|'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else {
      source += escape(char)
    }
  }
  // An unclosed `{` is a literal brace after all.
  return braces > 0 ? escape(segment) : source
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
