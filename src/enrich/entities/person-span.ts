/**
 * Where a person's name starts when the register form leaves something before it: initials
 * belong to the name (`J. S. Mill`), and so does a courtesy title in a language whose editors
 * put it inside the tag (English `Mrs. Miles`, French `Mme Tuck`; German keeps `Herrn` outside).
 *
 * A register that itself writes titles or initials in its forms (`Mrs. Miles`, `A. Böckh`) lists
 * the forms as its editors tag them: then the register alone decides, and a title or initials it
 * does not write stay outside (`General <persName>Knoblauch</persName>`). So does a register that
 * lists many forms as written and none with a title.
 */
import type { Registers } from '../../core/registers.js'
import type { NameConventions } from './name-conventions.js'
import { ALL_TITLES } from './name-conventions.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|')

const titleRes = new WeakMap<NameConventions, RegExp>()

/** `Mr. `, `Mrs `, `Madame ` just before the end of a text (the title's own word, not `Summer`). */
function titleBefore(conventions: NameConventions): RegExp {
  let re = titleRes.get(conventions)
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation(conventions.titles)})\\.?\\s+$`, 'u')
    titleRes.set(conventions, re)
  }
  return re
}

/** Initials before a surname (`J. S. `), each not part of a longer word (`MORTS. `). */
const INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.\s?){1,3}$/u
const STARTS_WITH_INITIAL = /^(?:\p{Lu}\.\s?)+\p{Lu}\p{Ll}/u
const STARTS_WITH_TITLE = new RegExp(`^(?:${alternation(ALL_TITLES)})\\.?\\s`, 'u')

/**
 * What a register writes into its persons' forms itself, and whether it lists the forms as the
 * text has them (a quarter of its names or more a surname alone, "Halder") rather than one
 * canonical name each ("Jonas Halder").
 */
export interface RegisterPractice { titles: boolean; initials: boolean; formsAsWritten: boolean }

export function registerPractice(registers: Registers): RegisterPractice {
  const forms = registers.persons.flatMap((e) => [e.name, ...(e.aliases ?? [])])
  // (a canonical register names persons in full; one of forms as written has many a surname alone, "Halder")
  const surnamesAlone = registers.persons.filter((e) => !/\s/.test(e.name.trim())).length
  return {
    titles: forms.some((f) => STARTS_WITH_TITLE.test(f)), initials: forms.some((f) => STARTS_WITH_INITIAL.test(f)),
    formsAsWritten: registers.persons.length >= 3 && surnamesAlone >= 0.25 * registers.persons.length,
  }
}

export function personSpan(text: string, index: number, length: number, conventions: NameConventions, practice: RegisterPractice): { index: number; length: number } {
  const name = text.slice(index, index + length)
  // only the words just before the name matter
  const window = (end: number) => text.slice(Math.max(0, end - 40), end)
  let start = index
  const initials = practice.initials ? null : INITIALS.exec(window(start))
  if (initials && areInitials(initials[0], window(start - initials[0].length), conventions)) start -= initials[0].length
  // (a register of the forms as written that writes no title has its editors' answer: titles stay outside)
  if (conventions.titlesInside && !practice.titles && !practice.formsAsWritten && !STARTS_WITH_TITLE.test(name)) {
    const title = titleBefore(conventions).exec(window(start))
    if (title) start -= title[0].length
  }
  return { index: start, length: length + index - start }
}

/**
 * Capitals with full stops before a name are its initials, unless they are a title of the
 * language (French `M.`) or a time of day (`at 2 P.M. Nettie`).
 */
function areInitials(initials: string, before: string, conventions: NameConventions): boolean {
  const letters = initials.replace(/[.\s]/g, '')
  if (letters.length === 1 && conventions.titles.includes(letters)) return false
  return !/^[AP]M$/.test(letters) && !/\d\s*$/.test(before)
}
