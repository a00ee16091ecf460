/**
 * The character classes of XML 1.0 (fifth edition): Char, NameStartChar, NameChar, S, and the
 * characters a public identifier may hold. Shared by the DOCTYPE reader and the entity expander.
 */

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`

/** A Name (production [5]), anchored. */
export const NAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u')
/** A Name at a sticky position (set lastIndex first). */
export const NAME_AT = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'uy')
/** An Nmtoken (production [7]) at a sticky position. */
export const NMTOKEN_AT = new RegExp(`[${NAME_CHAR}]+`, 'uy')
/** The first character that XML 1.0 does not allow anywhere in a document (production [2]). */
export const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
/** Characters allowed in a PUBLIC identifier's literal (production [13]), besides the quote. */
export const PUBID_CHARS = /^[ \r\na-zA-Z0-9\-'()+,./:=?;!*#@$_%]*$/

export function isXmlSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r'
}

/** Whether a code point is a Char of XML 1.0 (what a character reference may name). */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
}

/**
 * The character a reference body names ("#38", "#x1F600"), or undefined when it is not a
 * well-formed character reference to a Char.
 */
export function charFromReference(body: string): string | undefined {
  const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body)
  if (!m) return undefined
  const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10)
  return isXmlChar(cp) ? String.fromCodePoint(cp) : undefined
}
