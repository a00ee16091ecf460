/**
 * A paragraph that ends in the middle of a sentence: no closing punctuation, and either the next
 * paragraph starts in lower case or this one ends on a word that cannot end a sentence (an article,
 * a preposition, a conjunction). Extraction cuts paragraphs so at page and column changes; an author
 * does not end a paragraph with "for the".
 */
const CANNOT_END: Record<string, Set<string>> = {
  en: new Set('the a an of to in on at by for from with into upon and or but nor than that as its their our your my his whose which'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer und oder aber von zu mit für auf an in aus bei nach über unter'.split(' ')),
  fr: new Set('le la les un une des du de et ou mais pour par avec dans sur à au aux que'.split(' ')),
}

const CLOSED = /[.!?:;"”’»)\]…]$/u

/**
 * Words the text writes with a capital in the middle of a sentence (after a lower-case word or a
 * comma): names, which may also start the second half of a cut sentence ("for the | Jacobins").
 */
export function midSentenceCapitals(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/[\p{Ll},] +(\p{Lu}[\p{L}'’-]+)/gu)) out.add(m[1])
  return out
}

/**
 * Does `text` stop in the middle of a sentence that `next` continues? Either `next` starts in
 * lower case, or `text` ends on a word that cannot end a sentence and `next` starts with a name
 * (a word this text capitalises mid-sentence). Anything else after an open sentence may be an
 * unrelated page: that is for the page-order check to report, not to join.
 */
export function endsMidSentence(text: string, next: string, language: string, names: Set<string> = new Set()): boolean {
  const end = text.trimEnd()
  if (!end || CLOSED.test(end)) return false
  const start = next.trimStart()
  if (/^\p{Ll}/u.test(start)) return true
  const last = /([\p{L}]+)$/u.exec(end)?.[1]?.toLowerCase()
  const table = CANNOT_END[language.toLowerCase().split('-')[0]]
  const first = /^[\p{L}'’-]+/u.exec(start)?.[0]
  return !!last && !!table?.has(last) && !!first && names.has(first)
}
