/** The forms of a single line that several passes judge by: prose or not, capitals, a section number. */
import type { Line } from './lines.js'

/** A line too long to be a title, a dateline or a signature: prose. */
export const isLongLine = (l: Line): boolean => l.text.trim().length > 100

/** A line that ends a sentence of several words (after any footnote mark): prose, not a title. */
export function isSentenceLine(text: string): boolean {
  const t = text.trim().replace(/(<sup>[^<]*<\/sup>|\[\d{1,3}\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u, '')
  return /[.!?;]["”’)]?$/.test(t) && t.split(/\s+/).length >= 4
}

/** Line b continues line a: a does not end a sentence and b starts in lower case. */
export const continues = (a: Line, b: Line): boolean => !/[.!?:;"”’)]$/.test(a.text.trim()) && /^\p{Ll}/u.test(b.text.trim())

/** A line that is only a roman section number. */
export const SECTION_NUMBER = /^\s*[IVXLC]{1,7}\.?\s*$/

/** Three or more letters, all capitals. */
export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}
