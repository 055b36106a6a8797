/**
 * Word (.docx) → minutes text: the body's paragraphs in order, one per line,
 * each led by the list number Word displays for it (`一、`, `（一）`, `1.`),
 * read from `word/numbering.xml` and the styles, since the numbers of
 * automatic lists are not in the text. Positions refer to this text.
 */

import {ReadError} from './error.js'
import {formatOrdinal} from './ordinal.js'
import {unzip} from './unzip.js'
import type {XmlElement} from './xml.js'
import {childElement, childElements, parseXml, path} from './xml.js'

/** One level of a list definition (`w:lvl`). */
interface ListLevel {
  start: number
  /** `w:numFmt`: `chineseCounting`, `decimal`, `bullet` … */
  format: string
  /** `w:lvlText`: `%1、`, `（%1）`, `%1.%2` … */
  text: string
  /** What follows the number: a tab, a space or nothing. */
  suffix: string
  /** `w:isLgl`: show every level's number in decimal. */
  legal: boolean
  /** `w:pStyle`: a paragraph style tied to this level. */
  style: string | undefined
}

/** A list instance (`w:num`): its definition and any level overrides. */
interface ListInstance {
  abstractId: string
  levels: Map<number, ListLevel>
  startOverrides: Map<number, number>
}

/** Everything numbering needs from the package. */
interface Numbering {
  abstracts: Map<string, Map<number, ListLevel>>
  instances: Map<string, ListInstance>
  /** Paragraph styles: numbering set on the style, and the style it is based on. */
  styles: Map<string, {numId?: string; level?: number; basedOn?: string}>
  defaultStyle: string | undefined
}

const relationshipTypes = {
  document: /\/officeDocument$/,
  numbering: /\/numbering$/,
  styles: /\/styles$/
}

/**
 * Read the text of a Word document.
 *
 * @param bytes
 *   The `.docx` file.
 * @param name
 *   The file's name, for messages.
 * @returns
 *   One line per paragraph, with displayed list numbers; throws `ReadError`
 *   when the bytes are not a Word document.
 */
export function readDocx(bytes: Uint8Array, name: string): string {
  let parts: Map<string, () => Uint8Array>
  try {
    parts = unzip(bytes)
  } catch (error) {
    throw new ReadError(`${name}: not a Word document (${(error as Error).message})`)
  }

  const read = (part: string | undefined): XmlElement | undefined => {
    const entry = part === undefined ? undefined : parts.get(part)
    if (!entry) return undefined
    try {
      return parseXml(decodeXml(entry()))
    } catch (error) {
      throw new ReadError(`${name}: damaged Word document (${part}: ${(error as Error).message})`)
    }
  }

  const documentPart = target(read('_rels/.rels'), '', relationshipTypes.document) ?? 'word/document.xml'
  const document = read(documentPart)
  const body = path(document, 'w:document', 'w:body')
  if (!body) throw new ReadError(`${name}: not a Word document (no ${documentPart})`)

  const base = documentPart.slice(0, documentPart.lastIndexOf('/') + 1)
  const relationships = read(`${base}_rels/${documentPart.slice(base.length)}.rels`)
  const numbering = readNumbering(
    read(target(relationships, base, relationshipTypes.numbering) ?? `${base}numbering.xml`),
    read(target(relationships, base, relationshipTypes.styles) ?? `${base}styles.xml`)
  )

  const lines: string[] = []
  const counters = new Map<string, number[]>()
  const paragraphText = (paragraph: XmlElement): string => listNumber(paragraph, numbering, counters) + runText(paragraph)
  for (const line of blockLines(body)) lines.push(line.map((cell) => cell.map(paragraphText).join('')).join('\t'))
  return lines.join('\n')
}

/** XML parts are UTF-8 or, with a byte order mark, UTF-16. */
function decodeXml(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  return new TextDecoder(encoding).decode(bytes)
}

/** The part a relationship of some type points to, resolved against `base`. */
function target(relationships: XmlElement | undefined, base: string, type: RegExp): string | undefined {
  const relationship = childElements(childElement(relationships, 'Relationships'), 'Relationship').find((element) =>
    type.test(element.attributes.Type ?? '')
  )
  const value = relationship?.attributes.Target
  if (!value) return undefined
  return value.startsWith('/') ? value.slice(1) : base + value
}

/** Block containers whose paragraphs are read in order. */
const blockContainers = new Set(['w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo'])

/**
 * The lines of the body in reading order, through tables and content
 * controls. A line is a list of cells, each a list of paragraphs: a paragraph
 * is a line of one cell; a table row whose cells hold one paragraph each is one
 * line of tab-separated cells (`出席	张明、李华`), as the HTML reader gives it.
 */
function* blockLines(element: XmlElement): Generator<XmlElement[][]> {
  for (const child of childElements(element)) {
    if (child.name === 'w:p') {
      // A text box (a red-letter title, a signature block) reads before the paragraph it is anchored in.
      for (const box of textBoxes(child)) yield* blockLines(box)
      yield [[child]]
    }
    else if (child.name === 'w:tr' && isSimpleRow(child)) yield childElements(child, 'w:tc').map((cell) => childElements(cell, 'w:p'))
    else if (blockContainers.has(child.name)) yield* blockLines(child)
  }
}

/** The text boxes inside a paragraph's runs; of an `mc:AlternateContent`, only the first choice, not its fallback copy. */
function textBoxes(element: XmlElement): XmlElement[] {
  const boxes: XmlElement[] = []
  for (const child of childElements(element)) {
    if (child.name === 'w:txbxContent') boxes.push(child)
    else if (child.name === 'mc:AlternateContent') boxes.push(...textBoxes(childElement(child, 'mc:Choice') ?? child))
    else if (child.name !== 'mc:Fallback') boxes.push(...textBoxes(child))
  }
  return boxes
}

function isSimpleRow(row: XmlElement): boolean {
  const cells = childElements(row, 'w:tc')
  return cells.length > 1 && cells.every((cell) => childElements(cell).every((part) => part.name === 'w:p' || part.name === 'w:tcPr') && childElements(cell, 'w:p').length <= 1)
}

/** Inline containers whose runs are shown; deleted and moved-away runs are not. */
const inlineContainers = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:customXml', 'w:moveTo', 'w:dir', 'w:bdo'])

function runText(element: XmlElement): string {
  let text = ''
  for (const child of childElements(element)) {
    if (child.name === 'w:r') text += isHidden(child) ? '' : runContent(child)
    else if (inlineContainers.has(child.name)) text += runText(child)
  }
  return text
}

function runContent(run: XmlElement): string {
  let text = ''
  for (const child of childElements(run)) {
    if (child.name === 'w:t') text += child.children.filter((part) => typeof part === 'string').join('')
    else if (child.name === 'w:tab') text += '\t'
    else if (child.name === 'w:noBreakHyphen') text += '-'
    else if ((child.name === 'w:br' && (child.attributes['w:type'] ?? 'textWrapping') === 'textWrapping') || child.name === 'w:cr') {
      text += '\n'
    }
  }
  return text
}

function isHidden(run: XmlElement): boolean {
  const vanish = path(run, 'w:rPr', 'w:vanish')
  return vanish !== undefined && !['0', 'false', 'off'].includes(vanish.attributes['w:val'] ?? 'true')
}

function readNumbering(numberingXml: XmlElement | undefined, stylesXml: XmlElement | undefined): Numbering {
  const numbering: Numbering = {abstracts: new Map(), instances: new Map(), styles: new Map(), defaultStyle: undefined}
  const root = childElement(numberingXml, 'w:numbering')
  const links = new Map<string, string>()

  for (const abstract of childElements(root, 'w:abstractNum')) {
    const levels = new Map<number, ListLevel>()
    for (const level of childElements(abstract, 'w:lvl')) levels.set(Number(level.attributes['w:ilvl'] ?? 0), readLevel(level))
    const id = abstract.attributes['w:abstractNumId'] ?? ''
    numbering.abstracts.set(id, levels)
    // A list that names a numbering style takes its levels from the list that style uses.
    const link = childElement(abstract, 'w:numStyleLink')?.attributes['w:val']
    if (link) links.set(id, link)
  }

  for (const num of childElements(root, 'w:num')) {
    const instance: ListInstance = {
      abstractId: childElement(num, 'w:abstractNumId')?.attributes['w:val'] ?? '',
      levels: new Map(),
      startOverrides: new Map()
    }
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = Number(override.attributes['w:ilvl'] ?? 0)
      const start = childElement(override, 'w:startOverride')?.attributes['w:val']
      if (start !== undefined) instance.startOverrides.set(index, Number(start))
      const level = childElement(override, 'w:lvl')
      if (level) instance.levels.set(index, readLevel(level))
    }
    numbering.instances.set(num.attributes['w:numId'] ?? '', instance)
  }

  for (const style of childElements(childElement(stylesXml, 'w:styles'), 'w:style')) {
    const id = style.attributes['w:styleId'] ?? ''
    const numPr = path(style, 'w:pPr', 'w:numPr')
    const level = childElement(numPr, 'w:ilvl')?.attributes['w:val']
    numbering.styles.set(id, {
      numId: childElement(numPr, 'w:numId')?.attributes['w:val'],
      level: level === undefined ? undefined : Number(level),
      basedOn: childElement(style, 'w:basedOn')?.attributes['w:val']
    })
    if (style.attributes['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) {
      numbering.defaultStyle = id
    }
  }

  for (const [id, style] of links) {
    const styleNum = numbering.styles.get(style)?.numId
    const linked = styleNum === undefined ? undefined : numbering.instances.get(styleNum)
    const levels = linked ? numbering.abstracts.get(linked.abstractId) : undefined
    if (levels && levels.size > 0) numbering.abstracts.set(id, levels)
  }

  return numbering
}

function readLevel(level: XmlElement): ListLevel {
  const value = (name: string): string | undefined => childElement(level, name)?.attributes['w:val']
  const legal = childElement(level, 'w:isLgl')
  return {
    start: Number(value('w:start') ?? 1),
    format: value('w:numFmt') ?? 'decimal',
    text: value('w:lvlText') ?? '',
    suffix: value('w:suff') ?? 'tab',
    legal: legal !== undefined && !['0', 'false', 'off'].includes(legal.attributes['w:val'] ?? 'true'),
    style: value('w:pStyle')
  }
}

/**
 * The number Word shows before a paragraph, counting as it goes: `一、` for
 * the first paragraph of a `chineseCounting` list with text `%1、`.
 */
function listNumber(paragraph: XmlElement, numbering: Numbering, counters: Map<string, number[]>): string {
  const reference = numberingOf(paragraph, numbering)
  if (!reference) return ''
  const instance = numbering.instances.get(reference.numId)
  const abstract = instance ? numbering.abstracts.get(instance.abstractId) : undefined
  if (!instance || !abstract) return ''

  const levelOf = (index: number): ListLevel | undefined => instance.levels.get(index) ?? abstract.get(index)
  const level = levelOf(reference.level)
  if (!level) return ''

  // Lists with their own start overrides count on their own; others continue their definition's count.
  const key = instance.startOverrides.size > 0 || instance.levels.size > 0 ? `num:${reference.numId}` : `abstract:${instance.abstractId}`
  const counts = counters.get(key) ?? []
  const startOf = (index: number): number => instance.startOverrides.get(index) ?? levelOf(index)?.start ?? 1
  counts[reference.level] = counts[reference.level] === undefined ? startOf(reference.level) : counts[reference.level] + 1
  counts.length = reference.level + 1
  counters.set(key, counts)

  if (level.format === 'bullet') return ''
  const shown = level.text.replace(/%([1-9])/g, (_, digit: string) => {
    const index = Number(digit) - 1
    const format = level.legal ? 'decimal' : levelOf(index)?.format ?? 'decimal'
    return formatOrdinal(counts[index] ?? startOf(index), format)
  })
  return shown + separator(shown, level.suffix)
}

/**
 * What stands between the number and the text: nothing after `、` `）` `.` `①`;
 * a space where Word puts a tab or space after a bare `1` or `一`.
 */
function separator(shown: string, suffix: string): string {
  return suffix !== 'nothing' && /[\p{L}\p{Nd}]$/u.test(shown) ? ' ' : ''
}

/** The list a paragraph belongs to: its own `w:numPr`, else its style's, following `w:basedOn`. */
function numberingOf(paragraph: XmlElement, numbering: Numbering): {numId: string; level: number} | undefined {
  const properties = childElement(paragraph, 'w:pPr')
  const numPr = childElement(properties, 'w:numPr')
  let numId = childElement(numPr, 'w:numId')?.attributes['w:val']
  const ownLevel = childElement(numPr, 'w:ilvl')?.attributes['w:val']
  let level = ownLevel === undefined ? undefined : Number(ownLevel)

  let styleId = childElement(properties, 'w:pStyle')?.attributes['w:val'] ?? numbering.defaultStyle
  const seen = new Set<string>()
  while (styleId !== undefined && !seen.has(styleId) && (numId === undefined || level === undefined)) {
    seen.add(styleId)
    const style = numbering.styles.get(styleId)
    numId ??= style?.numId
    level ??= style?.level ?? levelForStyle(numbering, numId, styleId)
    styleId = style?.basedOn
  }

  if (numId === undefined || numId === '0') return undefined
  return {numId, level: level ?? 0}
}

/** A style tied to a list level by that level's `w:pStyle`. */
function levelForStyle(numbering: Numbering, numId: string | undefined, styleId: string): number | undefined {
  const instance = numId === undefined ? undefined : numbering.instances.get(numId)
  const levels = instance ? numbering.abstracts.get(instance.abstractId) : undefined
  for (const [index, level] of levels ?? []) if (level.style === styleId) return index
  return undefined
}
