/**
 * Headings: a single short line standing alone before a paragraph, in capitals or marked up as a
 * markdown heading (not a salutation, nor a signature unless in capitals); a lone section number
 * ("II", "IV.") heads what follows, whatever that is.
 */
import type { ImportPass, Unit } from '../draft.js'
import { isCapitals, isSentenceLine, SECTION_NUMBER } from '../line-forms.js'
import { isSalutation, isSignature } from './letter-parts.js'

export const headings: ImportPass = {
  name: 'structure/headings',
  run({ units }) {
    for (let k = 0; k < units.length - 1; k++) if (isHeading(units[k], units[k + 1])) units[k].kind = 'head'
    for (const u of units) if (u.kind === 'lines' && u.lines.length === 1 && SECTION_NUMBER.test(u.text.value)) u.kind = 'head'
  },
}

function isHeading(u: Unit, next: Unit): boolean {
  const t = u.text.value.trim()
  if (u.kind !== 'lines' || u.lines.length !== 1 || t.length > 80) return false
  if (next.kind !== 'para' && !next.lines.some((l) => isSentenceLine(l.text))) return false
  return (/^#{1,6}\s/.test(t) || isCapitals(t)) && !isSalutation(t) && (!isSignature(t) || isCapitals(t))
}
