/**
 * Reads a document's DOCTYPE declaration (XML 1.0 §2.8): the root name, the external DTD it names
 * (never fetched) and the internal subset (internal-subset.ts), whose entity declarations and
 * attribute defaults Lectio applies, as every XML processor must.
 */
import { NOT_CHAR, isXmlSpace } from './xml-chars.js'
import { expect, readExternalId, readName, skipSpace, take, type DtdCursor, type XmlFail } from './dtd-cursor.js'
import { readInternalSubset } from './internal-subset.js'

/** A general entity with its replacement text (character references already expanded). */
export interface EntityDecl { name: string; value: string; offset: number }
/** A default value for an attribute (its literal, references not yet expanded). */
export interface AttributeDefault { name: string; literal: string; offset: number }

export interface Doctype {
  /** The declaration spans [start, end) of the text. */
  start: number
  end: number
  name: string
  systemId?: string
  publicId?: string
  entities: Map<string, EntityDecl>
  /** Attribute defaults by element name (as written, prefix included). */
  defaults: Map<string, AttributeDefault[]>
  /** Declared attribute types by element and attribute name (the first declaration binds). */
  types: Map<string, Map<string, string>>
  /** How many ENTITY declarations the subset holds (the budget counts them all). */
  declarations: number
}

/** The offset of the DOCTYPE declaration in the prolog, or -1 when there is none. */
export function findDoctype(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    while (isXmlSpace(text[i])) i++
    if (text.startsWith('<!DOCTYPE', i)) return i
    const comment = text.startsWith('<!--', i)
    if (!comment && !text.startsWith('<?', i)) return -1
    const end = comment ? text.indexOf('-->', i + 4) : text.indexOf('?>', i + 2)
    if (end < 0) return -1
    i = end + (comment ? 3 : 2)
  }
}

export function readDoctype(text: string, start: number, fail: XmlFail): Doctype {
  const c: DtdCursor = { text, i: start + '<!DOCTYPE'.length, fail }
  skipSpace(c, true, 'the name of the root element')
  const dt: Doctype = { start, end: start, name: readName(c, "the DOCTYPE's root element name"), entities: new Map(), defaults: new Map(), types: new Map(), declarations: 0 }
  const before = c.i
  skipSpace(c)
  if (c.i > before && /^(SYSTEM|PUBLIC)/.test(text.slice(c.i, c.i + 6))) {
    const id = readExternalId(c, false)
    dt.systemId = id.system
    dt.publicId = id.public
    skipSpace(c)
  }
  if (take(c, '[')) {
    readInternalSubset(c, dt)
    expect(c, ']', 'to end the internal subset')
    skipSpace(c)
  }
  expect(c, '>', 'to end the DOCTYPE declaration')
  dt.end = c.i
  const bad = NOT_CHAR.exec(text.slice(start, dt.end))
  if (bad) fail(start + bad.index, `character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`)
  return dt
}
