/**
 * Markdown → minutes text: every heading, paragraph and list item becomes a
 * line, so `## 一、…` reads as an item heading and an ordered list item as the
 * point `1.…`; emphasis, links and inline code keep their text. Each unit of
 * the text remembers where in the Markdown it came from, and where each
 * heading starts is kept, so that `## 1. …` headings make the items over the
 * `1.` lists under them.
 *
 * Soft line breaks inside a paragraph stay line ends, as they are when the
 * same file is read as text: minutes are not hard-wrapped, and a line that
 * opens with `（二）` must stay a line.
 */

import type {Nodes, Parents, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Origin, TextBuilder} from './origin.js'
import {createBuilder, endLine, finishBuilder, pushSource, pushSynthetic} from './origin.js'

/** What to do with one kind of mdast node. */
type Handler<Kind extends Nodes['type']> = (node: Extract<Nodes, {type: Kind}>, builder: TextBuilder) => void

type Handlers = {[Kind in Nodes['type']]?: Handler<Kind>}

/** Markup that carries no text of the minutes. */
const skip = (): void => {}

const handlers: Handlers = {
  root: blocks,
  blockquote: blocks,
  listItem: blocks,
  heading(node, builder) {
    headingStarts?.push(builder.parts.reduce((length, part) => length + part.length, 0))
    line(node, builder)
  },
  paragraph: line,
  code(node, builder) {
    pushFrom(builder, node.value, node)
    endLine(builder)
  },
  list(node, builder) {
    node.children.forEach((item, index) => {
      // A list shows its own numbers, whatever digits were typed: `1. 1. 1.` reads 1, 2, 3.
      if (node.ordered) ordinal(builder, (node.start ?? 1) + index, item.position?.start.offset ?? 0)
      blocks(item, builder)
    })
  },
  text: (node, builder) => pushFrom(builder, node.value, node),
  inlineCode: (node, builder) => pushFrom(builder, node.value, node),
  emphasis: inlines,
  strong: inlines,
  delete: inlines,
  link: inlines,
  linkReference: inlines,
  break(node, builder) {
    pushSynthetic(builder, '\n', span(node))
  },
  html(node, builder) {
    if (/^<br\s*\/?>$/i.test(node.value)) pushSynthetic(builder, '\n', span(node))
  },
  thematicBreak: skip,
  definition: skip,
  image: skip,
  imageReference: skip
}

/**
 * Extract the minutes text from a Markdown document.
 *
 * @param source
 *   The Markdown, decoded.
 * @returns
 *   The text (one line per block) and its origin in `source`.
 */
export function extractMarkdown(source: string): {text: string; origin: Origin; headings: number[]} {
  const tree: Root = unified().use(remarkParse).parse(source)
  const builder = createBuilder(source)
  const headings: number[] = []
  headingStarts = headings
  try {
    one(tree, builder)
  } finally {
    headingStarts = undefined
  }
  return {...finishBuilder(builder), headings}
}

/** Where the headings of the document being extracted start in its text (set by `extractMarkdown`). */
let headingStarts: number[] | undefined

function one(node: Nodes, builder: TextBuilder): void {
  const handler = handlers[node.type] as Handler<typeof node.type> | undefined
  if (handler) handler(node as never, builder)
  // Unknown nodes (from extensions) keep their text.
  else if ('children' in node) inlines(node, builder)
}

function blocks(node: Parents, builder: TextBuilder): void {
  for (const child of node.children) one(child as RootContent, builder)
}

function line(node: Parents, builder: TextBuilder): void {
  inlines(node, builder)
  endLine(builder)
}

function inlines(node: Parents, builder: TextBuilder): void {
  for (const child of node.children) one(child as RootContent, builder)
}

/** Write the number a list item shows (`3.`), tied to its marker in the source. */
function ordinal(builder: TextBuilder, number: number, at: number): void {
  const shown = `${number}.`
  const written = /^\d{1,9}[.)]/.exec(builder.source.slice(at, at + 10))?.[0] ?? ''
  if (written === shown) pushSource(builder, shown, at, at + shown.length)
  else pushSynthetic(builder, shown, [at, at + written.length])
}

function pushFrom(builder: TextBuilder, value: string, node: Nodes): void {
  const [from, to] = span(node)
  pushSource(builder, value, from, to)
}

function span(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]
}
