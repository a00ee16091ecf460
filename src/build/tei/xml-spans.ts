/**
 * Where everything is in an XML file's text: each element with the offsets of its start tag and
 * end tag, each run of character data. The build adds to a TEI source's published copy, and
 * `lectio link` tags names in the source itself, by inserting text at these offsets, so that
 * everything else stays byte for byte as the editor wrote it (a parsed and re-serialised tree
 * would not: attribute quotes, entity references, white space in tags, comments all change).
 * Only for text that has been checked to be well-formed (the validator runs first).
 */

export interface ElementSpan {
  type: 'element'
  /** The qualified name as written (`persName`, `tei:p`). */
  name: string
  /** Attribute values with their references decoded. */
  attributes: Record<string, string>
  /** Offset of the start tag's `<`. */
  start: number
  /** Offset just after the last attribute of the start tag: where another attribute can go. */
  attributesEnd: number
  /** Offset just after the start tag's `>` (or `/>`). */
  startTagEnd: number
  /** Offset of the end tag's `<`; `startTagEnd` for an empty-element tag. */
  endTagStart: number
  /** Offset just after the end tag. */
  end: number
  selfClosing: boolean
  children: XmlSpan[]
}

/** Character data between markup, references not yet decoded. */
export interface TextSpan { type: 'text'; start: number; end: number }
/** Comments, CDATA sections, processing instructions: never touched. */
export interface OtherSpan { type: 'comment' | 'cdata' | 'pi'; start: number; end: number }
export type XmlSpan = ElementSpan | TextSpan | OtherSpan

export interface XmlLayout { text: string; root: ElementSpan }

export const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** The layout of a well-formed XML text; throws on markup it cannot read (a programming error here). */
export function scanXml(text: string): XmlLayout {
  const stack: ElementSpan[] = []
  let root: ElementSpan | undefined
  const add = (span: XmlSpan) => { stack.at(-1)?.children.push(span) }
  let i = 0
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const textEnd = lt < 0 ? text.length : lt
    if (textEnd > i && stack.length) add({ type: 'text', start: i, end: textEnd })
    if (lt < 0) break
    i = lt
    if (text.startsWith('<!--', i)) i = other('comment', i, closeOf(text, i, '-->'), add)
    else if (text.startsWith('<![CDATA[', i)) i = other('cdata', i, closeOf(text, i, ']]>'), add)
    else if (text.startsWith('<?', i)) i = other('pi', i, closeOf(text, i, '?>'), add)
    else if (text.startsWith('<!', i)) i = skipDoctype(text, i)
    else if (text[i + 1] === '/') {
      const open = stack.pop()
      const gt = text.indexOf('>', i)
      if (!open || gt < 0) throw new Error(`unbalanced end tag at offset ${i}`)
      open.endTagStart = i
      open.end = gt + 1
      i = gt + 1
    } else {
      const el = readStartTag(text, i)
      add(el)
      if (!stack.length && !root) root = el
      if (!el.selfClosing) stack.push(el)
      i = el.startTagEnd
    }
  }
  if (!root || stack.length) throw new Error('the XML text has no complete root element')
  return { text, root }
}

function closeOf(text: string, from: number, close: string): number {
  const at = text.indexOf(close, from + 2)
  if (at < 0) throw new Error(`unterminated markup at offset ${from}`)
  return at + close.length
}

function other(type: OtherSpan['type'], start: number, end: number, add: (s: XmlSpan) => void): number {
  add({ type, start, end })
  return end
}

/** Past a DOCTYPE declaration, its internal subset included (quoted strings and comments in it may hold `]` or `>`). */
function skipDoctype(text: string, from: number): number {
  let i = from + 2
  let inSubset = false
  while (i < text.length) {
    const c = text[i]
    if (c === '"' || c === "'") i = text.indexOf(c, i + 1) + 1
    else if (inSubset && text.startsWith('<!--', i)) i = closeOf(text, i, '-->')
    else if (c === '[') { inSubset = true; i++ }
    else if (c === ']') { inSubset = false; i++ }
    else if (c === '>' && !inSubset) return i + 1
    else i++
    if (i <= 0) break
  }
  throw new Error(`unterminated DOCTYPE at offset ${from}`)
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y

function readStartTag(text: string, start: number): ElementSpan {
  const nameMatch = /<([^\s/>]+)/y
  nameMatch.lastIndex = start
  const name = nameMatch.exec(text)![1]
  const attributes: Record<string, string> = {}
  let i = start + 1 + name.length
  ATTRIBUTE.lastIndex = i
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    attributes[m[1]] = decodeReferences(normaliseAttribute(m[2] ?? m[3]))
    i = ATTRIBUTE.lastIndex
  }
  const close = /\s*(\/?)>/y
  close.lastIndex = i
  const m = close.exec(text)
  if (!m) throw new Error(`unreadable start tag at offset ${start}`)
  const end = close.lastIndex
  return { type: 'element', name, attributes, start, attributesEnd: i, startTagEnd: end, endTagStart: end, end, selfClosing: m[1] === '/', children: [] }
}

/** XML 1.0 §3.3.3: white space characters in an attribute value are read as spaces. */
const normaliseAttribute = (v: string) => v.replace(/[\t\n\r]/g, ' ')

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Character and predefined entity references decoded; other entity references are kept as written. */
export function decodeReferences(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (all, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? all
    const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : all
  })
}

/** Stands for a reference to a declared entity in decoded text: neither a letter nor a space, so no name runs through it. */
export const ENTITY_MARK = '\u0001'

/**
 * The characters of a text span as a reader has them, each with the offsets in the file it was
 * read from: `value[k]` comes from `text.slice(from[k], to[k])`.
 */
export function decodeTextSpan(text: string, span: { start: number; end: number }): { value: string; from: number[]; to: number[] } {
  let value = ''
  const from: number[] = []
  const to: number[] = []
  const re = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|[\s\S]/gu
  re.lastIndex = span.start
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const end = m.index + m[0].length
    const chars = m[1] === undefined ? m[0] : m[1][0] === '#' || PREDEFINED[m[1]] ? decodeReferences(m[0]) : ENTITY_MARK
    for (let k = 0; k < chars.length; k++) { from.push(m.index); to.push(end) }
    value += chars
  }
  return { value, from, to }
}

/** Elements in document order (the root first). */
export function allElements(root: ElementSpan): ElementSpan[] {
  const out: ElementSpan[] = []
  const walk = (el: ElementSpan) => {
    out.push(el)
    for (const c of el.children) if (c.type === 'element') walk(c)
  }
  walk(root)
  return out
}

/** The first descendant (or the element itself) with this local name. */
export function findSpan(root: ElementSpan, name: string): ElementSpan | undefined {
  if (localName(root.name) === name) return root
  for (const c of root.children) {
    if (c.type !== 'element') continue
    const found = findSpan(c, name)
    if (found) return found
  }
  return undefined
}

/** The text content of an element (references decoded, comments and PIs left out, CDATA kept). */
export function spanText(text: string, el: ElementSpan): string {
  let out = ''
  for (const c of el.children) {
    if (c.type === 'text') out += decodeTextSpan(text, c).value
    else if (c.type === 'cdata') out += text.slice(c.start + 9, c.end - 3)
    else if (c.type === 'element') out += spanText(text, c)
  }
  return out
}
