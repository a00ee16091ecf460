/**
 * The declarations of a DOCTYPE's internal subset (XML 1.0 §2.8, §3.2–3.3, §4.2). Each is checked
 * for well-formedness; entity declarations with a literal value and attribute defaults are kept,
 * element and notation declarations only checked. Lectio never follows anything outside the file:
 * external entities and parameter-entity references are refused (xml-doctype-refused).
 */
import { NAME_AT, charFromReference } from './xml-chars.js'
import { expect, readExternalId, readName, readNmtoken, readQuoted, shown, skipSpace, take, type DtdCursor } from './dtd-cursor.js'
import type { Doctype } from './doctype.js'

/** Entity declarations a document may make; more is refused as a denial of service. */
export const MAX_ENTITY_DECLARATIONS = 10_000
const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos'])
const REFUSED = 'xml-doctype-refused'

export function readInternalSubset(c: DtdCursor, dt: Doctype): void {
  for (;;) {
    skipSpace(c)
    if (c.i >= c.text.length) c.fail(dt.start, 'the internal subset of the DOCTYPE is not closed with "]>"')
    if (c.text[c.i] === ']') return
    if (c.text.startsWith('<!--', c.i)) skipComment(c)
    else if (c.text.startsWith('<?', c.i)) skipPi(c)
    else if (keyword(c, '<!ENTITY')) readEntityDecl(c, dt)
    else if (keyword(c, '<!ATTLIST')) readAttlistDecl(c, dt)
    else if (keyword(c, '<!ELEMENT')) readElementDecl(c)
    else if (keyword(c, '<!NOTATION')) readNotationDecl(c)
    else if (c.text[c.i] === '%') refuseParameterReference(c)
    else if (c.text.startsWith('<![', c.i)) c.fail(c.i, 'conditional sections (<![INCLUDE[ … ]]>) are not allowed in the internal subset')
    else c.fail(c.i, `a declaration (<!ENTITY, <!ELEMENT, <!ATTLIST, <!NOTATION), a comment or "]" expected in the DOCTYPE, found ${shown(c)}`)
  }
}

function keyword(c: DtdCursor, k: string): boolean {
  return c.text.startsWith(k, c.i)
}

function skipComment(c: DtdCursor): void {
  const start = c.i
  const end = c.text.indexOf('--', start + 4)
  if (end < 0) c.fail(start, 'the comment is not closed with "-->"')
  if (c.text[end + 2] !== '>') c.fail(end, '"--" is not allowed inside a comment')
  c.i = end + 3
}

function skipPi(c: DtdCursor): void {
  const start = c.i
  c.i += 2
  const target = readName(c, "a processing instruction's target")
  if (/^xml$/i.test(target)) c.fail(start, 'the XML declaration (<?xml …?>) can only stand at the very start of the file')
  if (take(c, '?>')) return
  skipSpace(c, true, "the processing instruction's content")
  const end = c.text.indexOf('?>', c.i)
  if (end < 0) c.fail(start, 'the processing instruction is not closed with "?>"')
  c.i = end + 2
}

function refuseParameterReference(c: DtdCursor): never {
  const start = c.i
  c.i++
  const name = readName(c, 'a parameter entity reference')
  expect(c, ';', `to end the reference %${name}`)
  return c.fail(start, `the DOCTYPE uses the parameter entity %${name}; Lectio never follows parameter entities (they load or build declarations); declare the entities the text needs directly, e.g. <!ENTITY mdash "&#x2014;">`, REFUSED)
}

function readEntityDecl(c: DtdCursor, dt: Doctype): void {
  const start = c.i
  c.i += '<!ENTITY'.length
  skipSpace(c, true, 'the entity name')
  const parameter = take(c, '%')
  if (parameter) skipSpace(c, true, 'the name of the parameter entity')
  const name = readName(c, 'the entity name')
  const shownName = parameter ? `%${name};` : `&${name};`
  skipSpace(c, true, `the value of ${shownName}`)
  if (++dt.declarations > MAX_ENTITY_DECLARATIONS) c.fail(start, `more than ${MAX_ENTITY_DECLARATIONS} entity declarations: refused`, 'xml-entity-budget-exceeded')
  if (c.text[c.i] === '"' || c.text[c.i] === "'") {
    const value = replacementText(c, readQuoted(c, `the value of ${shownName}`))
    skipSpace(c)
    expect(c, '>', `to end the declaration of ${shownName}`)
    // the first declaration binds; the predefined five cannot change; parameter entities are never used
    if (!parameter && !PREDEFINED.has(name) && !dt.entities.has(name)) dt.entities.set(name, { name, value, offset: start })
    return
  }
  const id = readExternalId(c, false)
  const before = c.i
  skipSpace(c)
  if (!parameter && c.i > before && take(c, 'NDATA')) {
    skipSpace(c, true, 'the notation name')
    readName(c, 'the notation name')
    skipSpace(c)
  }
  expect(c, '>', `to end the declaration of ${shownName}`)
  const where = id.public ? `PUBLIC "${id.public}"` : `SYSTEM "${id.system}"`
  c.fail(start, `the DOCTYPE declares ${shownName} as an external entity (${where}); Lectio never reads external entities: put the text into the file, or declare the entity with its value`, REFUSED)
}

/**
 * The replacement text of an entity value (XML 1.0 §4.5): character references are expanded now,
 * entity references kept for when the entity is used, line ends normalised.
 */
function replacementText(c: DtdCursor, literal: { value: string; offset: number }): string {
  const v = literal.value
  let out = ''
  let from = 0
  const refs = /[%&]/g
  for (let m = refs.exec(v); m; m = refs.exec(v)) {
    out += v.slice(from, m.index).replace(/\r\n?/g, '\n')
    const at = literal.offset + m.index
    if (m[0] === '%') c.fail(at, 'a parameter-entity reference cannot stand inside a declaration of the internal subset')
    const ref = referenceAt(c, v, m.index, at)
    out += ref.startsWith('#') ? charFromReference(ref)! : `&${ref};`
    from = m.index + ref.length + 2
    refs.lastIndex = from
  }
  return out + v.slice(from).replace(/\r\n?/g, '\n')
}

/** The body of the reference at `i` of `v` ("amp", "#38"), checked; `at` is its offset in the file. */
export function referenceAt(c: DtdCursor, v: string, i: number, at: number): string {
  const end = v.indexOf(';', i)
  const body = end < 0 ? '' : v.slice(i + 1, end)
  if (body.startsWith('#')) {
    if (charFromReference(body) === undefined) c.fail(at, `"&${body};" is not a reference to a character XML allows`)
    return body
  }
  NAME_AT.lastIndex = 0
  const m = NAME_AT.exec(body)
  if (!m || m[0] !== body) c.fail(at, 'a "&" must start a reference (&name; or &#…;); write &#38; for an ampersand')
  return body
}

function readAttlistDecl(c: DtdCursor, dt: Doctype): void {
  c.i += '<!ATTLIST'.length
  skipSpace(c, true, 'the element name')
  const element = readName(c, 'the element name')
  for (;;) {
    const before = c.i
    skipSpace(c)
    if (take(c, '>')) return
    if (c.i === before) c.fail(c.i, 'white space is needed before the next attribute definition')
    const name = readName(c, 'the attribute name')
    skipSpace(c, true, `the type of @${name}`)
    const type = readAttributeType(c, name)
    const types = dt.types.get(element) ?? new Map<string, string>()
    if (!types.has(name)) dt.types.set(element, types.set(name, type))
    skipSpace(c, true, `the default of @${name}`)
    if (take(c, '#REQUIRED') || take(c, '#IMPLIED')) continue
    if (take(c, '#FIXED')) skipSpace(c, true, `the fixed value of @${name}`)
    const literal = readQuoted(c, `the default value of @${name}`)
    checkAttributeDefault(c, dt, literal)
    const list = dt.defaults.get(element) ?? []
    // the first definition of an attribute binds (XML 1.0 §3.3)
    if (!list.some((d) => d.name === name)) list.push({ name, literal: literal.value, offset: literal.offset })
    dt.defaults.set(element, list)
  }
}

const ATTRIBUTE_TYPES = ['CDATA', 'IDREFS', 'IDREF', 'ID', 'ENTITIES', 'ENTITY', 'NMTOKENS', 'NMTOKEN']

/** Reads an attribute type; returns its keyword (or "(" for a list of values). */
function readAttributeType(c: DtdCursor, name: string): string {
  const simple = ATTRIBUTE_TYPES.find((t) => c.text.startsWith(t, c.i))
  if (simple) {
    c.i += simple.length
    return simple
  }
  const notation = take(c, 'NOTATION')
  if (notation) skipSpace(c, true, 'the list of notations')
  if (c.text[c.i] !== '(') c.fail(c.i, `the type of @${name} must be CDATA, ID, IDREF(S), ENTITY/ENTITIES, NMTOKEN(S), NOTATION (…) or a list (a|b), not ${shown(c)}`)
  c.i++
  for (;;) {
    skipSpace(c)
    if (notation) readName(c, 'a notation name')
    else readNmtoken(c, 'a value of the list')
    skipSpace(c)
    if (take(c, ')')) return notation ? 'NOTATION' : '('
    expect(c, '|', `between the values of @${name}`)
  }
}

/** An attribute default's literal: no "<", and every reference well-formed and already declared. */
function checkAttributeDefault(c: DtdCursor, dt: Doctype, literal: { value: string; offset: number }): void {
  const v = literal.value
  const lt = v.indexOf('<')
  if (lt >= 0) c.fail(literal.offset + lt, 'an attribute value cannot contain "<" (write &lt;)')
  for (let i = v.indexOf('&'); i >= 0; i = v.indexOf('&', i + 1)) {
    const ref = referenceAt(c, v, i, literal.offset + i)
    if (!ref.startsWith('#') && !PREDEFINED.has(ref) && !dt.entities.has(ref)) c.fail(literal.offset + i, `&${ref}; is used before it is declared`)
  }
}

function readElementDecl(c: DtdCursor): void {
  c.i += '<!ELEMENT'.length
  skipSpace(c, true, 'the element name')
  const name = readName(c, 'the element name')
  skipSpace(c, true, `the content model of <${name}>`)
  if (!take(c, 'EMPTY') && !take(c, 'ANY')) {
    if (c.text[c.i] !== '(') c.fail(c.i, `the content model of <${name}> must be EMPTY, ANY or a group in parentheses, not ${shown(c)}`)
    readContentGroup(c, true)
  }
  skipSpace(c)
  expect(c, '>', `to end the declaration of <${name}>`)
}

/** A content model group "( … )" with its repetition mark; #PCDATA only as the first of the outermost. */
function readContentGroup(c: DtdCursor, outermost: boolean): void {
  c.i++
  skipSpace(c)
  if (outermost && take(c, '#PCDATA')) return readMixedContent(c)
  let separator: string | undefined
  for (;;) {
    if (c.text[c.i] === '(') readContentGroup(c, false)
    else readName(c, 'an element name in the content model')
    take(c, '?') || take(c, '*') || take(c, '+')
    skipSpace(c)
    if (take(c, ')')) break
    const sep = c.text[c.i]
    if ((sep !== '|' && sep !== ',') || (separator && sep !== separator)) c.fail(c.i, `${separator ? `"${separator}"` : '"|" or ","'} or ")" expected in the content model, found ${shown(c)}`)
    separator = sep
    c.i++
    skipSpace(c)
  }
  take(c, '?') || take(c, '*') || take(c, '+')
}

/** (#PCDATA) or (#PCDATA | a | b)* — the names need the star. */
function readMixedContent(c: DtdCursor): void {
  let names = 0
  for (;;) {
    skipSpace(c)
    if (take(c, ')')) break
    expect(c, '|', 'between the names of mixed content')
    skipSpace(c)
    readName(c, 'an element name in mixed content')
    names++
  }
  if (!take(c, '*') && names > 0) c.fail(c.i, 'mixed content with element names must end with ")*"')
}

function readNotationDecl(c: DtdCursor): void {
  c.i += '<!NOTATION'.length
  skipSpace(c, true, 'the notation name')
  readName(c, 'the notation name')
  skipSpace(c, true, "the notation's identifier")
  readExternalId(c, true)
  skipSpace(c)
  expect(c, '>', 'to end the notation declaration')
}
