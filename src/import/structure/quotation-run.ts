/**
 * Quotations set off as paragraphs of their own, after an introduction ending with a colon ("…he
 * wrote:"). The colon alone does not make the next paragraphs a quotation (a list, an explanation
 * may follow); each quoted paragraph must also show it: it is wholly in quotation marks, it has
 * elisions ("...", "…"), or it speaks in the first or second person where the surrounding narrative
 * does not. The run ends at the first paragraph without such evidence.
 */

const PERSON: Record<string, RegExp> = {
  // "I" only in capitals; the others also at a sentence start ("US" and "Sie" are left out: they name others too)
  en: /\b(I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b/u,
  de: /\b([Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein\p{L}*|[Ww]ir|[Uu]ns|[Uu]nser\p{L}*|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\p{L}*)\b/u,
  fr: /\b(je|j'|me|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos|tu|toi|ton|ta|tes)\b/iu,
}

/** The paragraph without the passages it quotes itself (speech inside a narrative paragraph). */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/gu, ' ')
}

function speaksInPerson(text: string, language: string): boolean {
  const re = PERSON[language.toLowerCase().split('-')[0]]
  return !!re && re.test(outsideQuotes(text))
}

/**
 * Is the first or second person evidence of a quotation in this text? Only when the narrative
 * (the paragraphs) mostly avoids it: in a letter or a memoir everything is in the first person.
 */
export function personIsEvidence(paragraphs: string[], language: string): boolean {
  if (paragraphs.length < 5) return false
  const inPerson = paragraphs.filter((p) => speaksInPerson(p, language)).length
  return inPerson <= 0.2 * paragraphs.length
}

export function looksQuoted(text: string, language: string, personEvidence: boolean): boolean {
  const t = text.trim()
  if (/^[“"«‘]/u.test(t) && /[”"»’][.,;!?]?$/u.test(t)) return true
  if (/\.\.\.|…|\[\.\.\.\]/u.test(t)) return true
  return personEvidence && speaksInPerson(t, language)
}

/** Does this paragraph introduce a quotation (end with a colon)? */
export function introducesQuotation(text: string): boolean {
  return /:\s*$/u.test(text)
}
