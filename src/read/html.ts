/**
 * HTML → minutes text: the page's text in reading order, as
 * `hast-util-to-text` renders it (block elements on their own lines, `<br>` a
 * line break, white space collapsed), with scripts, styles, navigation and
 * hidden elements dropped. Each unit of the text remembers where in the HTML
 * it came from.
 */

import type {Element, ElementContent, Root, Text} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Origin} from './origin.js'
import {alignText, createBuilder, finishBuilder, pushAligned, pushSynthetic} from './origin.js'

/** Elements whose content is not part of the page's text. */
const dropped = new Set([
  'datalist',
  'head',
  'iframe',
  'nav',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'rp',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'title'
])

/** Characters `hast-util-to-text` may collapse or remove: white space and bidi controls. */
const collapsible = /[\t\n\f\r \u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/** A text node of the page with where each unit of its value came from. */
interface SourceText {
  value: string
  starts: number[]
  ends: number[]
}

/**
 * Extract the minutes text from an HTML page.
 *
 * @param source
 *   The HTML, decoded.
 * @returns
 *   The text and its origin in `source`.
 */
export function extractHtml(source: string): {text: string; origin: Origin} {
  const tree = prune(unified().use(rehypeParse).parse(source))
  const text = toText(tree)
  const texts: SourceText[] = []
  collectTexts(tree, source, texts)
  return align(text, source, texts)
}

/** A copy of the tree without the elements that carry no page text. */
function prune(tree: Root): Root {
  const copy = <Node extends Root | Element>(node: Node, inContent: boolean): Node => {
    const content = inContent || (node.type === 'element' && contentElements.has(node.tagName))
    return {
      ...node,
      children: node.children
        .filter((child) => child.type !== 'element' || !isDropped(child, content))
        .map((child) => (child.type === 'element' ? copy(child, content) : child))
    }
  }
  return copy(tree, false)
}

/** Elements that hold an article: a `<header>` inside one is the article's, not the page's. */
const contentElements = new Set(['article', 'main'])

/** ARIA roles of page furniture. */
const droppedRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])

/**
 * Class and id tokens of page furniture on sites without semantic markup
 * (`<div class="footer">`, `<div id="nav">`); whole tokens only, so
 * `article-header` stays.
 */
const droppedNames = new Set(['nav', 'navbar', 'navigation', 'menu', 'footer', 'foot', 'sidebar', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs'])

function isDropped(element: Element, inContent: boolean): boolean {
  const {properties} = element
  const style = String(properties.style ?? '').replace(/\s+/g, '').toLowerCase()
  const names = [...(Array.isArray(properties.className) ? properties.className : []), properties.id].map((name) => String(name ?? '').toLowerCase())
  return (
    dropped.has(element.tagName) ||
    element.tagName === 'footer' ||
    element.tagName === 'aside' ||
    (element.tagName === 'header' && !inContent) ||
    Boolean(properties.hidden) ||
    droppedRoles.has(String(properties.role ?? '')) ||
    names.some((name) => droppedNames.has(name)) ||
    String(properties.ariaHidden ?? '') === 'true' ||
    style.includes('display:none') ||
    (element.tagName === 'dialog' && !properties.open)
  )
}

function collectTexts(node: Root | ElementContent, source: string, texts: SourceText[]): void {
  if (node.type === 'text') {
    texts.push(withOrigin(node, source))
  } else if (node.type === 'root' || node.type === 'element') {
    for (const child of node.children) {
      if (child.type !== 'doctype') collectTexts(child, source, texts)
    }
  }
}

function withOrigin(node: Text, source: string): SourceText {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) {
    return {value: node.value, starts: Array(node.value.length).fill(0), ends: Array(node.value.length).fill(0)}
  }
  return {value: node.value, ...alignText(node.value, source, from, to)}
}

/** East Asian wide characters: CJK ideographs and punctuation, full-width forms (not Hangul). */
const wide = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/

/**
 * Tie each unit of the rendered text to the text node unit it came from:
 * rendering only drops, collapses or adds white space, so every other
 * character is the next one of the text nodes, in order.
 *
 * One rule of CSS Text that `hast-util-to-text` leaves out is applied here:
 * a line break in the source between two wide characters is removed, not
 * made a space, so `市交通\n局` reads `市交通局`.
 */
function align(text: string, source: string, texts: SourceText[]): {text: string; origin: Origin} {
  const builder = createBuilder(source)
  let node = 0
  let unit = 0

  const next = (): string | undefined => {
    while (node < texts.length && unit >= texts[node].value.length) {
      node++
      unit = 0
    }
    return node < texts.length ? texts[node].value[unit] : undefined
  }

  /** Whether the collapsible run ahead holds a line break. */
  const lineBreakAhead = (): boolean => {
    for (let at = node, offset = unit; at < texts.length; at++, offset = 0) {
      for (const char of texts[at].value.slice(offset)) {
        if (char === '\n' || char === '\r') return true
        if (!collapsible.test(char)) return false
      }
    }
    return false
  }

  for (let index = 0; index < text.length; index++) {
    const part = text[index]
    // The blank line after a `<p>` is dropped: minutes text has none.
    if (part === '\n' && builder.parts.at(-1)?.endsWith('\n')) continue
    if (part === ' ' && wide.test(text[index - 1] ?? '') && wide.test(text[index + 1] ?? '') && lineBreakAhead()) continue
    if (!collapsible.test(part)) {
      while (next() !== undefined && next() !== part && collapsible.test(next() ?? '')) unit++
    }
    if (next() === part) {
      const current = texts[node]
      pushAligned(builder, part, [current.starts[unit]], [current.ends[unit]])
      unit++
    } else {
      // A line break or space the rendering adds between blocks.
      pushSynthetic(builder, part)
    }
  }

  return finishBuilder(builder)
}
