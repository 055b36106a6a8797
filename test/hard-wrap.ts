/**
 * Hard-wrap text as a PDF's text layer gives it, for the tests of wrapped
 * minutes.
 */

/** How to wrap. */
export interface WrapOptions {
  /** Display columns per line (ideographs and full-width forms count two). */
  width: number
  /** Two ideographic spaces before each paragraph. */
  indent?: boolean
  /** The line end to write. */
  lineEnd?: string
  /** A page number (`— 2 —`, blank lines around it) after every this many lines; 0 for none. */
  pageLines?: number
}

/**
 * Wrap every paragraph (line) of a text at a width.
 *
 * @param text
 *   The text.
 * @param options
 *   Width, indent, line end, pages.
 * @returns
 *   The wrapped text.
 */
export function hardWrap(text: string, options: WrapOptions): string {
  const {width, indent = false, lineEnd = '\n', pageLines = 0} = options
  const lines: string[] = []
  let page = 1
  const push = (line: string): void => {
    lines.push(line)
    if (pageLines > 0 && lines.length % pageLines === 0) lines.push('', `— ${++page} —`, '')
  }
  for (const paragraph of text.split(/\r\n?|\n/)) {
    if (paragraph.trim() === '') {
      push('')
      continue
    }
    let line = indent ? '\u3000\u3000' : ''
    let columns = indent ? 4 : 0
    for (const character of paragraph.trim()) {
      const wide = (character.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1
      if (columns + wide > width && line !== '') {
        push(line)
        line = ''
        columns = 0
      }
      line += character
      columns += wide
    }
    push(line)
  }
  return lines.join(lineEnd)
}
