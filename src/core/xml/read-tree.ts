/**
 * Prepared XML text → TEI tree, with saxes: a namespace-aware XML 1.0 parser that passes the W3C
 * conformance suite's well-formedness tests outside DTDs (which prepare.ts handles). The first
 * problem stops the reading and is reported where it is, in words an editor can act on.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import type { SourceFile } from '../source-file.js'
import type { TeiElement, TeiNode, TeiRoot } from '../tree.js'
import type { XmlFail } from './dtd-cursor.js'
import type { PreparedXml } from './prepare.js'
import { undeclaredEntityMessage } from './expand-entities.js'

interface Open { el: TeiElement; start: number }

/** Thrown from saxes's error handler to stop at the first problem. */
const STOP = Symbol('stop')

export function readTree(prepared: PreparedXml, source: SourceFile, fail: XmlFail): TeiRoot {
  const text = prepared.text
  const parser = new SaxesParser({ xmlns: true, position: true })
  const root: TeiRoot = { type: 'root', children: [] }
  const open: Open[] = []
  const at = (offset: number) => source.locate(prepared.toOriginal(offset))
  const children = (): TeiNode[] => (open.length ? open[open.length - 1].el.children : root.children)
  let tagStart = 0
  let closed: Open | undefined
  /** Where the root element ends (text after it is an error, reported where it starts). */
  let rootEnd = -1
  let problem: { offset: number; message: string } | undefined
  parser.on('error', (e) => {
    problem = explain(e.message, { position: parser.position, text, open, closed, rootEnd, prepared, source })
    throw STOP
  })
  parser.on('opentagstart', () => { tagStart = text.lastIndexOf('<', parser.position - 1) })
  parser.on('opentag', (node: SaxesTagNS) => {
    const attributes: Record<string, string> = {}
    const types = prepared.doctype?.types.get(node.name)
    for (const [name, a] of Object.entries(node.attributes)) {
      // a value of a declared type other than CDATA has its spaces collapsed (XML 1.0 §3.3.3)
      const type = types?.get(name)
      attributes[name] = type && type !== 'CDATA' ? a.value.replace(/ +/g, ' ').trim() : a.value
    }
    const el: TeiElement = { type: 'element', name: node.name, attributes, children: [], position: { start: at(tagStart) } }
    children().push(el)
    open.push({ el, start: tagStart })
  })
  parser.on('closetag', () => {
    closed = open.pop()
    if (closed) closed.el.position!.end = at(parser.position)
    if (!open.length) rootEnd = parser.position
  })
  const addText = (t: string) => {
    if (!open.length || t === '') return // white space around the root element is no content
    const list = children()
    const last = list[list.length - 1]
    if (last?.type === 'text') last.value += t
    else list.push({ type: 'text', value: t })
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('comment', (c) => { children().push({ type: 'comment', value: c }) })
  try {
    parser.write(text).close()
  } catch (e) {
    if (e !== STOP) throw e
  }
  if (problem) fail(prepared.toOriginal(problem.offset), problem.message)
  return root
}

interface ErrorContext {
  position: number
  text: string
  open: Open[]
  closed: Open | undefined
  rootEnd: number
  prepared: PreparedXml
  source: SourceFile
}

/** saxes's message → where the problem is and what to say about it. */
function explain(raw: string, c: ErrorContext): { offset: number; message: string } {
  const { text, open, closed } = c
  const message = raw.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '')
  const where = (offset: number) => { const p = c.source.locate(c.prepared.toOriginal(offset)); return `${p.line}:${p.column}` }
  const before = Math.max(0, c.position - 1)
  const tag = text.lastIndexOf('<', before)
  const unclosed = /^(unclosed tag|unexpected end|document must contain)/.test(message) ? unclosedMarkup(text) : undefined
  if (unclosed) return unclosed
  if (message === 'unexpected close tag' && closed) {
    const end = text.lastIndexOf('</', before)
    const name = /^<\/([^\s>]*)/.exec(text.slice(end))?.[1] ?? ''
    return { offset: end, message: `</${name}> found where </${closed.el.name}> must come first (<${closed.el.name}> opened at ${where(closed.start)})` }
  }
  if (message.startsWith('unmatched closing tag')) return { offset: text.lastIndexOf('</', before), message: `</${message.replace(/^.*?: /, '')}> closes no open element` }
  if (message.startsWith('unclosed tag') && open.length) {
    const top = open[open.length - 1]
    return { offset: text.length, message: `the file ends while <${top.el.name}> (opened at ${where(top.start)}) is still open` }
  }
  if (message === 'undefined entity') {
    const amp = text.lastIndexOf('&', before)
    const name = /^&([^;]*)/.exec(text.slice(amp))?.[1] ?? ''
    return { offset: amp, message: undeclaredEntityMessage(name, c.prepared.doctype) }
  }
  if (message === 'malformed character entity') {
    const amp = text.lastIndexOf('&', before)
    return { offset: amp, message: `"${text.slice(amp, c.position)}" is not a reference to a character XML allows` }
  }
  if (message === 'disallowed character') return disallowedCharacter(text, c.position)
  if (message === 'document must contain a root element') return { offset: 0, message: 'the file holds no XML element' }
  if (message === 'text data outside of root node') {
    const ink = c.rootEnd >= 0 ? text.slice(c.rootEnd).search(/[^ \t\r\n]/) : -1
    return { offset: ink >= 0 ? c.rootEnd + ink : before, message: 'text outside the root element (a TEI file holds one element, <TEI>, with everything inside it)' }
  }
  if (/attribute|prefix|namespace|xmlns|tag name|opening tag|only one root/.test(message)) return { offset: Math.max(0, tag), message: `not well-formed XML: ${message}` }
  return { offset: before, message: `not well-formed XML: ${message}` }
}

function disallowedCharacter(text: string, position: number): { offset: number; message: string } {
  const ch = charBefore(text, position)
  if (ch.code === 0x3c) return { offset: ch.offset, message: 'an attribute value cannot contain "<" (write &lt;)' }
  return { offset: ch.offset, message: `character U+${ch.code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML` }
}

const MARKUP: [string, string, string][] = [['<!--', '-->', 'comment'], ['<![CDATA[', ']]>', 'CDATA section'], ['<?', '?>', 'processing instruction']]

/** A comment, CDATA section or PI never closed, or a stray "&" (saxes only notices at the end of the file). */
function unclosedMarkup(text: string): { offset: number; message: string } | undefined {
  // saxes reads "&" up to the next ";", so a stray ampersand also shows only at the end
  const amp = strayAmpersand(text)
  let found: { offset: number; message: string } | undefined = amp >= 0 ? { offset: amp, message: 'a "&" must start a reference (&name; or &#…;); write &amp; for an ampersand' } : undefined
  for (const [open, close, what] of MARKUP) {
    const k = text.lastIndexOf(open)
    if (k >= 0 && text.indexOf(close, k + open.length) < 0 && (!found || k < found.offset)) found = { offset: k, message: `the ${what} is not closed with "${close}"` }
  }
  return found
}

/** The first "&" that starts no reference, outside comments, CDATA sections and PIs; or -1. */
function strayAmpersand(text: string): number {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|&(?![^\s&;<>]+;)/g
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] === '&') return m.index
  return -1
}

/** The character (code point) saxes just read, at the end of `text.slice(0, position)`. */
function charBefore(text: string, position: number): { offset: number; code: number } {
  const low = text.charCodeAt(position - 1)
  if (low >= 0xdc00 && low <= 0xdfff && position >= 2) {
    const high = text.charCodeAt(position - 2)
    if (high >= 0xd800 && high <= 0xdbff) return { offset: position - 2, code: text.codePointAt(position - 2)! }
  }
  return { offset: position - 1, code: low }
}
