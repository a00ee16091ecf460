/**
 * Applies a DOCTYPE's internal subset to the document, as XML 1.0 asks of every processor: each
 * reference to a declared entity is replaced by its replacement text (parsed in turn, so an entity
 * may hold markup and other references), and attribute defaults are added to start tags that lack
 * the attribute. The DOCTYPE itself is blanked (spaces, line ends kept), so the result is plain XML
 * any parser reads, and `toOriginal` maps each of its offsets back: expanded text to the reference
 * it came from, everything else to itself.
 *
 * A fixed budget bounds the work: MAX_EXPANSION characters of replacement text in all and
 * MAX_ENTITY_DEPTH nested references (the "billion laughs" is refused at the reference that
 * exceeds it). References inside comments, CDATA sections and processing instructions are text.
 */
import { NAME, NAME_AT } from './xml-chars.js'
import type { XmlFail } from './dtd-cursor.js'
import type { AttributeDefault, Doctype } from './doctype.js'

/** Characters of replacement text one document may expand to, in all. */
export const MAX_EXPANSION = 10_000_000
/** References within references within …: deeper nesting is refused. */
export const MAX_ENTITY_DEPTH = 16
const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos'])
const BUDGET = 'xml-entity-budget-exceeded'

export interface ExpandedXml { text: string; toOriginal(offset: number): number }

/** Where one run of the output comes from: offsets from `orig` on, or (fixed) all from `orig`. */
interface Segment { at: number; orig: number; fixed: boolean }

/** A text being read: the document itself, or a replacement text standing for a reference at `origin`. */
interface Source { s: string; origin?: number; entities: string[] }

interface Expansion {
  dt: Doctype
  fail: XmlFail
  parts: string[]
  length: number
  segments: Segment[]
  /** Characters of replacement text so far (the budget). */
  expanded: number
  /** Elements open at this point of the output: a reference outside the root element is an error. */
  depth: number
}

export function expandEntities(text: string, dt: Doctype, fail: XmlFail): ExpandedXml {
  const x: Expansion = { dt, fail, parts: [], length: 0, segments: [], expanded: 0, depth: 0 }
  const doc: Source = { s: text, entities: [] }
  emit(x, doc, 0, dt.start)
  // the DOCTYPE becomes white space of the same length, so lines and columns stay
  emitText(x, text.slice(dt.start, dt.end).replace(/[^\r\n]/g, ' '), dt.start, false)
  if (dt.entities.size || dt.defaults.size) readContent(x, doc, dt.end, text.length)
  else emit(x, doc, dt.end, text.length)
  const out = x.parts.join('')
  const segments = x.segments
  return {
    text: out,
    toOriginal(offset) {
      let lo = 0
      let hi = segments.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (segments[mid].at <= offset) lo = mid
        else hi = mid - 1
      }
      const seg = segments[lo]
      return seg.fixed ? seg.orig : seg.orig + (offset - seg.at)
    },
  }
}

/** Copies s[from, to) of a source to the output. */
function emit(x: Expansion, src: Source, from: number, to: number): void {
  if (to <= from) return
  if (src.origin === undefined) emitText(x, src.s.slice(from, to), from, false)
  else emitText(x, src.s.slice(from, to), src.origin, true)
}

function emitText(x: Expansion, s: string, orig: number, fixed: boolean): void {
  if (!s) return
  const last = x.segments[x.segments.length - 1]
  const continues = last && last.fixed === fixed && (fixed ? last.orig === orig : last.orig + (x.length - last.at) === orig)
  if (!continues) x.segments.push({ at: x.length, orig, fixed })
  x.parts.push(s)
  x.length += s.length
}

/** Where a problem in `src` at index i is, in the original file. */
function placeOf(src: Source, i: number): number {
  return src.origin ?? i
}

/**
 * Reads content: character data, markup and references. Inside a replacement text every piece of
 * markup must be complete and the elements balanced (XML 1.0 §4.3.2, WFC: Parsed Entity).
 */
function readContent(x: Expansion, src: Source, from: number, to: number): void {
  const open: string[] = []
  const inEntity = src.origin !== undefined
  let i = from
  let copied = from
  for (;;) {
    const j = nextMarkup(src.s, i, to)
    if (j < 0) break
    if (src.s[j] === '&') {
      emit(x, src, copied, j)
      copied = i = readReference(x, src, j, to, 'content')
      continue
    }
    const close = markupEnd(src.s, j, to)
    if (close !== undefined) {
      if (close < 0) {
        if (inEntity) x.fail(placeOf(src, j), `the replacement text of &${src.entities[src.entities.length - 1]}; is not well-formed: a comment, CDATA section or processing instruction in it is not closed`)
        break
      }
      i = close
    } else if (src.s[j + 1] === '/') {
      i = readEndTag(x, src, j, to, open)
    } else {
      emit(x, src, copied, j)
      const after = readStartTag(x, src, j, to, open)
      // a start tag Lectio cannot read is ill-formed: the rest goes to the XML parser as it is
      if (after < 0) {
        if (inEntity) x.fail(placeOf(src, j), `the replacement text of &${src.entities[src.entities.length - 1]}; holds a start tag that is not well-formed`)
        copied = j
        break
      }
      copied = i = after
    }
  }
  emit(x, src, copied, to)
  if (inEntity && open.length) x.fail(placeOf(src, from), `the replacement text of &${src.entities[src.entities.length - 1]}; opens <${open[open.length - 1]}> without closing it (an entity's markup must be complete)`)
}

function nextMarkup(s: string, i: number, to: number): number {
  for (let k = i; k < to; k++) {
    const c = s.charCodeAt(k)
    if (c === 0x26 || c === 0x3c) return k
  }
  return -1
}

/** What closes each kind of markup that holds no references: comments, CDATA, PIs, declarations. */
const CLOSERS: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']]

/** For a comment, CDATA section or PI at j: the index after it (-1 if unclosed); otherwise undefined. */
function markupEnd(s: string, j: number, to: number): number | undefined {
  const kind = CLOSERS.find(([open]) => s.startsWith(open, j))
  if (!kind) return undefined
  const k = s.indexOf(kind[1], j + kind[0].length)
  return k < 0 || k + kind[1].length > to ? -1 : k + kind[1].length
}

function readEndTag(x: Expansion, src: Source, j: number, to: number, open: string[]): number {
  NAME_AT.lastIndex = j + 2
  const name = NAME_AT.exec(src.s)?.[0]
  const k = src.s.indexOf('>', j)
  const end = k < 0 || k >= to ? to : k + 1
  x.depth--
  if (src.origin !== undefined) {
    const top = open.pop()
    if (top !== name) x.fail(src.origin, `the replacement text of &${src.entities[src.entities.length - 1]}; ${top ? `closes <${top}> with </${name}>` : `closes </${name}>, which it did not open`} (an entity's markup must be complete)`)
  }
  return end
}

/** A start tag: its attribute values have their references expanded, missing defaults are added. */
function readStartTag(x: Expansion, src: Source, j: number, to: number, open: string[]): number {
  const s = src.s
  NAME_AT.lastIndex = j + 1
  const name = NAME_AT.exec(s)?.[0]
  if (!name) return -1
  const mark = { parts: x.parts.length, length: x.length, segments: x.segments.length }
  const present = new Set<string>()
  let i = j + 1 + name.length
  let copied = j
  const attribute = /\s*([^\s=/>]+)\s*=\s*(["'])/y
  for (;;) {
    attribute.lastIndex = i
    const m = attribute.exec(s)
    if (!m || m.index >= to) break
    const valueStart = m.index + m[0].length
    const valueEnd = s.indexOf(m[2], valueStart)
    if (valueEnd < 0 || valueEnd >= to) break
    emit(x, src, copied, valueStart)
    readAttributeValue(x, src, valueStart, valueEnd)
    present.add(m[1])
    copied = valueEnd // the closing quote is copied with what follows
    i = valueEnd + 1
  }
  const rest = /\s*(\/?>)/y
  rest.lastIndex = i
  const end = rest.exec(s)
  if (!end || end.index >= to) return rollBack(x, mark)
  const close = end.index + end[0].length - end[1].length
  emit(x, src, copied, close)
  for (const d of x.dt.defaults.get(name) ?? []) if (!present.has(d.name)) addDefault(x, placeOf(src, j), d)
  emit(x, src, close, end.index + end[0].length)
  if (end[1] === '>') {
    x.depth++
    if (src.origin !== undefined) open.push(name)
  }
  return end.index + end[0].length
}

/** Undoes the output since `mark` (a tag that turned out ill-formed); -1. */
function rollBack(x: Expansion, mark: { parts: number; length: number; segments: number }): -1 {
  x.parts.length = mark.parts
  x.length = mark.length
  x.segments.length = mark.segments
  return -1
}

/** ` name="value"` for a default the tag lacks; the value is read at its declaration. */
function addDefault(x: Expansion, at: number, d: AttributeDefault): void {
  emitText(x, ` ${d.name}="`, at, true)
  readAttributeValue(x, { s: d.literal, origin: d.offset, entities: [] }, 0, d.literal.length)
  emitText(x, '"', at, true)
}

/** An attribute value's text: references expanded; what comes from an entity is escaped for the quotes. */
function readAttributeValue(x: Expansion, src: Source, from: number, to: number): void {
  let copied = from
  for (let j = src.s.indexOf('&', from); j >= 0 && j < to; j = src.s.indexOf('&', copied)) {
    emitValue(x, src, copied, j)
    copied = readReference(x, src, j, to, 'attribute')
  }
  emitValue(x, src, copied, to)
}

function emitValue(x: Expansion, src: Source, from: number, to: number): void {
  if (src.origin === undefined) return emit(x, src, from, to)
  const s = src.s.slice(from, to)
  const lt = s.indexOf('<')
  if (lt >= 0 && src.entities.length) x.fail(src.origin, `&${src.entities[src.entities.length - 1]}; is used in an attribute value but its text contains "<"`)
  // each white space character of replacement text is a space in an attribute value (XML 1.0 §3.3.3)
  emitText(x, s.replace(/[\t\n\r]/g, ' ').replace(/"/g, '&quot;').replace(/'/g, '&apos;'), src.origin, true)
}

/** The reference at j: a declared entity is expanded (within the budget); anything else is copied. */
function readReference(x: Expansion, src: Source, j: number, to: number, context: 'content' | 'attribute'): number {
  const s = src.s
  const at = placeOf(src, j)
  const semi = s.indexOf(';', j)
  const body = semi < 0 || semi >= to ? '' : s.slice(j + 1, semi)
  // a character reference is copied: the XML parser reads it (and judges the character)
  if (body.startsWith('#')) return emitThrough(x, src, j, semi + 1)
  if (!NAME.test(body)) x.fail(at, 'a "&" must start a reference (&name; or &#…;); write &amp; for an ampersand')
  if (context === 'content' && x.depth === 0) x.fail(at, `&${body}; stands outside the root element`)
  if (PREDEFINED.has(body)) return emitThrough(x, src, j, semi + 1)
  const decl = x.dt.entities.get(body)
  if (!decl) return x.fail(at, undeclaredEntityMessage(body, x.dt))
  if (src.entities.includes(body)) x.fail(at, `&${body}; refers to itself (through ${src.entities.map((e) => `&${e};`).join(' → ')}): an entity cannot contain itself`)
  if (src.entities.length >= MAX_ENTITY_DEPTH) x.fail(at, `entity references nest more than ${MAX_ENTITY_DEPTH} deep at &${body};: refused`, BUDGET)
  x.expanded += decl.value.length
  if (x.expanded > MAX_EXPANSION) x.fail(at, `the entities of this file expand to more than ${MAX_EXPANSION.toLocaleString('en')} characters (at &${src.entities[0] ?? body};): refused, as an entity expansion attack would be`, BUDGET)
  const inner: Source = { s: decl.value, origin: at, entities: [...src.entities, body] }
  if (context === 'attribute') readAttributeValue(x, inner, 0, decl.value.length)
  else readReplacementContent(x, inner)
  return semi + 1
}

function emitThrough(x: Expansion, src: Source, from: number, to: number): number {
  emit(x, src, from, to)
  return to
}

/** Replacement text in content; a carriage return it holds (from &#13;) must survive line-end handling. */
function readReplacementContent(x: Expansion, src: Source): void {
  if (!src.s.includes('\r')) return readContent(x, src, 0, src.s.length)
  readContent(x, { ...src, s: src.s.replace(/\r/g, '&#13;') }, 0, src.s.length + (src.s.match(/\r/g)?.length ?? 0) * 4)
}

/** The message for a reference to an entity no declaration in the file defines. */
export function undeclaredEntityMessage(name: string, dt?: Pick<Doctype, 'systemId' | 'publicId'>): string {
  if (dt?.systemId || dt?.publicId) {
    return `&${name}; is not declared in the file: it may be declared in the external DTD "${dt.systemId ?? dt.publicId}", which Lectio does not read; declare it in the DOCTYPE (<!ENTITY ${name} "…">) or write the character itself`
  }
  return `undefined entity or stray "&": "&${name};" (write &amp; for an ampersand, or declare the entity in a DOCTYPE)`
}
