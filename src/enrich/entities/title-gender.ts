/**
 * Who a surname alone is not: the register's person of that surname when the text gives it another
 * first name ("Anna Kettle" is not the register’s "Jane Kettle"), or a title of the other gender.
 *
 * The gender a courtesy title gives a name ("Mr", "Herr", "Monsieur" / "Mrs", "Frau", "Madame"):
 * a surname after "Mrs" is not the register's "Mr Whitcombe", though the surname is the same —
 * she is another person, whom the register may lack (a candidate, not his mention).
 */
import type { Registers } from '../../core/registers.js'
import { GERMAN_DETERMINERS } from './name-words.js'

export type Gender = 'm' | 'f'

const MALE = new Set('mr herr herrn hr hrn monsieur m messieurs sir lord count baron graf grafen comte duc duke prince prinz fürst könig king roi signor'.split(' '))
const FEMALE = new Set('mrs mrst miss ms lady dame madame mme mlle mademoiselle frau fräulein frl jungfer gräfin comtesse countess baroness baronin duchess herzogin princess prinzessin fürstin queen königin signora'.split(' '))

const genderOfWord = (w: string): Gender | undefined => {
  const t = w.toLowerCase().replace(/\.$/, '')
  return MALE.has(t) ? 'm' : FEMALE.has(t) ? 'f' : undefined
}

/** The gender of the title that ends `before` ("… and Mrs "), if any. */
export function titleGenderBefore(before: string): Gender | undefined {
  const word = /(?:^|[^\p{L}])(\p{L}+\.?)\s+$/u.exec(before)?.[1]
  return word ? genderOfWord(word) : undefined
}

/** Each person's gender by the titles of its forms ("Mr Whitcombe"): one gender, or none when they disagree or have no title. */
export function personGenders(registers: Registers): Map<string, Gender> {
  const out = new Map<string, Gender>()
  for (const e of registers.persons) {
    const genders = new Set([e.name, ...(e.aliases ?? [])].map((f) => genderOfWord(f.trim().split(/\s+/)[0])).filter((g): g is Gender => !!g))
    if (genders.size === 1) out.set(e.id, [...genders][0])
  }
  return out
}

/**
 * A first name right before a surname the register knows only from another person's full name:
 * a capitalised word inside the sentence (after a lower-case word or a comma), not a title, a
 * rank, a weekday or a month, and in German not a noun after its article ("die Familie Kettle").
 */
export function givenNameBefore(before: string, isTitleOrCommon: (word: string) => boolean, german: boolean): boolean {
  const m = /([\p{Ll},;])\s+(\p{Lu}\p{Ll}{2,})\s+$/u.exec(before)
  if (!m || isTitleOrCommon(m[2])) return false
  const article = /(?:^|[^\p{L}])(\p{L}+)\s+\p{Lu}\p{Ll}+\s+$/u.exec(before)?.[1]
  if (german && article && GERMAN_DETERMINERS.has(article.toLowerCase())) return false
  return true
}
