/**
 * Quotations set off as paragraphs of their own, after an introduction ending with a colon ("…he
 * wrote:"). The colon alone does not make the next paragraphs a quotation (a list, an explanation
 * may follow); each quoted paragraph must also show it: it is wholly in quotation marks, it has
 * elisions ("...", "…"), or it speaks in the first or second person where the surrounding narrative
 * does not. The run ends at the first paragraph without such evidence.
 */
import { concatText } from '../../core/text-origin.js'
import { languageOf, type ImportPass, type Unit } from '../draft.js'
import { isSalutation } from './letter-parts.js'

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

/** Paragraphs quoted after an introduction ending with a colon become one block quotation. */
export const quotationRun: ImportPass = {
  name: 'structure/quotation-run',
  run(draft) {
    const { units } = draft
    const language = languageOf(draft)
    // the narrative's person, judged without the paragraphs that may be quotations
    const narrative = units.filter((u, k) => u.kind === 'para' && !(k > 0 && introduces(units[k - 1])))
    const personEvidence = personIsEvidence(narrative.map((u) => u.text.value), language)
    for (let k = 0; k < units.length - 1; k++) {
      if (!introduces(units[k])) continue
      const end = quotedRunEnd(units, k + 1, language, personEvidence)
      const run = units.slice(k + 1, end).filter((u) => u.kind !== 'note-continued')
      if (!run.length) continue
      // a note continued from an earlier page may sit between the quoted paragraphs: it goes before
      const moved = units.slice(k + 1, end).filter((u) => u.kind === 'note-continued')
      units.splice(k + 1, end - k - 1, ...moved, {
        kind: 'quote', text: concatText(run.map((u) => u.text)), lines: run.flatMap((u) => u.lines), pbBefore: run[0].pbBefore,
        quote: { parts: run.map((u) => u.text), pbs: run.map((u, i) => (i === 0 ? undefined : u.pbBefore)) },
      })
      draft.normalisations.add('quotations-set-off')
    }
  },
}

/** An introduction: prose ending with a colon (not a salutation "Dear Sir:"). */
function introduces(u: Unit): boolean {
  return (u.kind === 'para' || (u.kind === 'lines' && u.lines.length === 1)) &&
    introducesQuotation(u.text.value) && !isSalutation(u.text.value) && u.text.value.trim().split(/\s+/).length >= 4
}

/** The end (exclusive) of the quoted paragraphs from `from`: after the last one that looks quoted. */
function quotedRunEnd(units: Unit[], from: number, language: string, personEvidence: boolean): number {
  let end = from
  for (let j = from; j < units.length; j++) {
    if (units[j].kind === 'note-continued') continue
    if (units[j].kind !== 'para' || !looksQuoted(units[j].text.value, language, personEvidence)) break
    end = j + 1
  }
  return end
}
