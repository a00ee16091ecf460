/**
 * A reading position in the text of a DOCTYPE declaration, with the small steps its grammar is
 * made of (white space, names, literals, keywords). Every failure is located: `fail` throws.
 */
import { NAME_AT, NMTOKEN_AT, PUBID_CHARS, isXmlSpace } from './xml-chars.js'

/** Throws a located error (a LectioError) at `offset` of the XML text. */
export type XmlFail = (offset: number, message: string, code?: string) => never

export interface DtdCursor { text: string; i: number; fail: XmlFail }

/** Skips white space; when `required`, there must be some (`what` says before what). */
export function skipSpace(c: DtdCursor, required = false, what = 'the next part'): void {
  const start = c.i
  while (isXmlSpace(c.text[c.i])) c.i++
  if (required && c.i === start) c.fail(c.i, `white space is needed before ${what}`)
}

export function readName(c: DtdCursor, what: string): string {
  return readToken(c, NAME_AT, `${what} must be an XML name here`)
}

export function readNmtoken(c: DtdCursor, what: string): string {
  return readToken(c, NMTOKEN_AT, `${what} must be a name token here`)
}

function readToken(c: DtdCursor, sticky: RegExp, expected: string): string {
  sticky.lastIndex = c.i
  const m = sticky.exec(c.text)
  if (!m) c.fail(c.i, `${expected}, not ${shown(c)}`)
  c.i += m[0].length
  return m[0]
}

/** Whether the text continues with `s` here (and steps over it if so). */
export function take(c: DtdCursor, s: string): boolean {
  if (!c.text.startsWith(s, c.i)) return false
  c.i += s.length
  return true
}

export function expect(c: DtdCursor, s: string, where: string): void {
  if (!take(c, s)) c.fail(c.i, `"${s}" expected ${where}, found ${shown(c)}`)
}

/** A quoted literal; returns its content and the offset of its first character. */
export function readQuoted(c: DtdCursor, what: string): { value: string; offset: number } {
  const q = c.text[c.i]
  if (q !== '"' && q !== "'") c.fail(c.i, `${what} must be in quotes, found ${shown(c)}`)
  const end = c.text.indexOf(q, c.i + 1)
  if (end < 0) c.fail(c.i, `${what} is not closed: the ${q === '"' ? 'double' : 'single'} quote that ends it is missing`)
  const offset = c.i + 1
  c.i = end + 1
  return { value: c.text.slice(offset, end), offset }
}

/** The text at the cursor, quoted for a message. */
export function shown(c: DtdCursor): string {
  if (c.i >= c.text.length) return 'the end of the file'
  const s = c.text.slice(c.i, c.i + 12).split('\n')[0]
  return `"${s}${c.text.length > c.i + 12 ? '…' : ''}"`
}

/** SYSTEM "uri" | PUBLIC "pubid" "uri" (the system literal optional when `publicOnly` is allowed). */
export function readExternalId(c: DtdCursor, publicOnly: boolean): { system?: string; public?: string } {
  if (take(c, 'SYSTEM')) {
    skipSpace(c, true, 'the system identifier')
    return { system: readQuoted(c, 'the system identifier').value }
  }
  if (!take(c, 'PUBLIC')) return c.fail(c.i, 'SYSTEM or PUBLIC expected')
  skipSpace(c, true, 'the public identifier')
  const pub = readQuoted(c, 'the public identifier')
  if (!PUBID_CHARS.test(pub.value)) c.fail(pub.offset, `the public identifier "${pub.value}" holds a character a public identifier cannot`)
  const before = c.i
  skipSpace(c)
  if (publicOnly && c.text[c.i] === '>') return { public: pub.value }
  if (c.i === before) c.fail(c.i, 'white space is needed before the system identifier')
  return { public: pub.value, system: readQuoted(c, 'the system identifier').value }
}
