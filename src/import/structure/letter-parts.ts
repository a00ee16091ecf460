/**
 * Recognises the parts of a letter from their form: a dateline (a short line or two with a date,
 * often a place), a salutation (a short address ending with a comma, colon or exclamation mark,
 * before the first paragraph), a closing formula (a short line ending with a comma near the end)
 * and a signature (a short, name-like line at the end), a postscript ("P.S.").
 */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
const DATE_IN_LINE = new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})\\b|\\b(${MONTHS})\\.?\\b`, 'i')

export function isDatelineLines(lines: string[]): boolean {
  if (lines.length === 0 || lines.length > 3) return false
  const text = lines.join(' ').trim()
  return text.length <= 90 && DATE_IN_LINE.test(text) && !/[.!?]["”’]?$/.test(text.replace(/\d{4}\.$/, '1920')) && /\d/.test(text)
}

const SALUTATION_WORDS = /^(dear|my dear|dearest|esteemed|respected|honou?red|sir|madam|gentlemen|comrades?|friends?|mon|ma|cher|chère|lieber|liebe|sehr|geehrte|hochverehrte|to)\b/i

export function isSalutation(line: string): boolean {
  const t = line.trim()
  return t.length <= 70 && /[,:!]$/.test(t) && (SALUTATION_WORDS.test(t) || t.split(/\s+/).length <= 4) && !/^(yours|with|sincerely|faithfully|best|regards|your)\b/i.test(t) &&
    !LEAD_IN_CLOSING.test(t)
}

/** A salutation by its words ("Dear …", "Sir,"), not only by being a short line ending with a comma. */
export function isSalutationByWords(line: string): boolean {
  return isSalutation(line) && SALUTATION_WORDS.test(line.trim())
}

/** The lead-in of a closing formula: "Believe me, dear Sir,", "I remain,", "I am, Sir,". */
const LEAD_IN_CLOSING = /^(believe me|i remain|i am|i beg to remain|remaining|remain)\b/i
const CLOSING_WORDS = /^(yours|your|with|sincerely|faithfully|cordially|respectfully|affectionately|ever|best|kind|warm|love|regards|greetings|fraternally|in haste|herzlich|mit|bien|votre|salut|believe me|i remain|i beg to remain)\b/i

export function isClosing(line: string): boolean {
  const t = line.trim()
  return t.length <= 60 && /[,.!]$/.test(t) && CLOSING_WORDS.test(t)
}

/** A signature: a short line of one to five words, mostly capitalised or initials, no sentence. */
export function isSignature(line: string): boolean {
  const t = line.trim().replace(/[.,]$/, '')
  if (t.length === 0 || t.length > 50 || /[!?;:]/.test(t)) return false
  const words = t.split(/\s+/)
  return words.length <= 5 && words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|[a-z]{1,3}|\p{Lu}\.)$/u.test(w))
}

export function isPostscript(line: string): boolean {
  return /^\s*(P\.\s?S\.|PS[.:]|Post-?scriptum|N\.\s?B\.)/i.test(line)
}
