/**
 * A small XML reader for the parts of an Office document: elements,
 * attributes and text, with the predefined and numeric entities. No DTDs, no
 * namespaces resolution (names keep their prefix, `w:p`).
 */

/** An XML element. */
export interface XmlElement {
  /** The qualified name as written: `w:p`. */
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
}

const predefined: Readonly<Record<string, string>> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}

const tag = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * Parse an XML document.
 *
 * @param xml
 *   The document.
 * @returns
 *   The root element; throws an `Error` on malformed markup.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = {name: '#document', attributes: {}, children: []}
  const stack = [root]
  let cursor = 0

  while (cursor < xml.length) {
    const open = xml.indexOf('<', cursor)
    const textEnd = open === -1 ? xml.length : open
    if (textEnd > cursor) stack.at(-1)?.children.push(decodeEntities(xml.slice(cursor, textEnd)))
    if (open === -1) break

    if (xml.startsWith('<?', open)) cursor = after(xml, '?>', open)
    else if (xml.startsWith('<!--', open)) cursor = after(xml, '-->', open)
    else if (xml.startsWith('<![CDATA[', open)) {
      cursor = after(xml, ']]>', open)
      stack.at(-1)?.children.push(xml.slice(open + 9, cursor - 3))
    } else if (xml.startsWith('<!', open)) cursor = after(xml, '>', open)
    else {
      tag.lastIndex = open
      const match = tag.exec(xml)
      if (!match) throw new Error(`malformed XML at offset ${open}`)
      cursor = tag.lastIndex
      const [, closing, name, attributes, selfClosing] = match
      if (closing) {
        if (stack.length < 2 || stack.at(-1)?.name !== name) throw new Error(`unexpected </${name}> at offset ${open}`)
        stack.pop()
        continue
      }
      const element: XmlElement = {name, attributes: {}, children: []}
      for (const [, key, double, single] of attributes.matchAll(attribute)) element.attributes[key] = decodeEntities(double ?? single)
      stack.at(-1)?.children.push(element)
      if (!selfClosing) stack.push(element)
    }
  }

  return root
}

function after(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from)
  if (index === -1) throw new Error(`unterminated markup at offset ${from}`)
  return index + terminator.length
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return predefined[name] ?? whole
  })
}

/**
 * The element children of an element, optionally only those with a name.
 *
 * @param element
 *   The parent.
 * @param name
 *   The qualified name to keep (`w:lvl`), or undefined for all.
 * @returns
 *   The child elements, in order.
 */
export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return []
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name))
}

/**
 * The first child element with a name.
 *
 * @param element
 *   The parent.
 * @param name
 *   The qualified name.
 * @returns
 *   The child, or undefined.
 */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childElements(element, name)[0]
}

/**
 * Follow a path of child names: `path(p, 'w:pPr', 'w:numPr', 'w:numId')`.
 *
 * @param element
 *   Where to start.
 * @param names
 *   Child names, in order.
 * @returns
 *   The element at the end of the path, or undefined.
 */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element
  for (const name of names) current = childElement(current, name)
  return current
}
