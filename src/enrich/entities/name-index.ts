/**
 * The forms under which register entries are recognised: the name and its aliases as written,
 * and for persons the surname alone (derived), which an editor accepts too. A form can point to
 * several entries (a shared alias, a surname two persons bear, a name that is a person and a
 * place): the tagger decides each mention (resolve-ambiguous.ts). An explicit form wins over a
 * derived one. A form the register writes in lower case (`the farm`, `d'Estournelles`) is
 * matched in that case only (or with a capital at a sentence start).
 */
import type { RegisterEntry, Registers } from '../../core/registers.js'
import { normaliseForm } from '../../core/registers.js'
import { ALL_ROLE_NOUNS } from './name-conventions.js'

export type EntityType = 'person' | 'place' | 'org'
export const ELEMENT_FOR: Record<EntityType, string> = { person: 'persName', place: 'placeName', org: 'orgName' }

export interface NameTarget { type: EntityType; id: string; derived: boolean }

export interface NameForm {
  /** The comparison form (normaliseForm). */
  key: string
  /** Written with a lower-case first letter in the register: to be matched in that case only. */
  lowerCase: boolean
  /** The register's spellings of the form, diacritics folded but case kept (for `lowerCase`). */
  written: string[]
  targets: NameTarget[]
}

/** Forms by their comparison key; at most one capitalised and one lower-case form per key. */
export type NameIndex = Map<string, NameForm[]>

const PARTICLES = new Set(['de', 'da', 'di', 'von', 'van', 'der', 'den', 'du', 'la', 'le', 'del', 'y', 'of', 'the', 'zu', 'vom', 'zum', 'zur', 'des', 'les', "d'", "l'"])

const startsLowerCase = (form: string) => /^\P{L}*\p{Ll}/u.test(form)

/** Case kept, diacritics and typography folded: how a lower-case form is compared with the text. */
export function writtenForm(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim()
}

/**
 * The surname of a person's name, for the surname alone as a derived form: the last word when it
 * is capitalised, not a regnal number, not a rank or office (`Lord Chancellor`) and not the place
 * of a title (`Duke of Fife`).
 */
export function surnameOf(name: string): string | undefined {
  const words = name.replace(/\(.*?\)/g, '').trim().split(/\s+/)
  if (words.length < 2) return undefined
  const last = words[words.length - 1]
  if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?|jun\.?|sen\.?)$/.test(last)) return undefined
  if (/^(of|the)$/i.test(words[words.length - 2])) return undefined
  if (ALL_ROLE_NOUNS.has(last) || ALL_ROLE_NOUNS.has(last.replace(/s$/, ''))) return undefined
  return /^\p{Lu}/u.test(last) && last.length >= 3 ? last : undefined
}

export function buildNameIndex(registers: Registers): NameIndex {
  const index: NameIndex = new Map()
  const add = (form: string, type: EntityType, id: string, derived: boolean) => {
    const key = normaliseForm(form)
    if (!key || PARTICLES.has(key)) return
    const lowerCase = startsLowerCase(form)
    const variants = index.get(key) ?? []
    let f = variants.find((v) => v.lowerCase === lowerCase)
    if (!f) {
      f = { key, lowerCase, written: [], targets: [] }
      variants.push(f)
      index.set(key, variants)
    }
    const written = writtenForm(form)
    if (!f.written.includes(written)) f.written.push(written)
    const same = f.targets.find((t) => t.id === id && t.type === type)
    if (same) same.derived &&= derived
    else f.targets.push({ type, id, derived })
  }
  const lists: [RegisterEntry[], EntityType][] = [[registers.persons, 'person'], [registers.places, 'place'], [registers.orgs, 'org']]
  for (const [list, type] of lists) for (const e of list) for (const f of formsOf(e)) add(f, type, e.id, false)
  for (const e of registers.persons) {
    for (const f of formsOf(e)) {
      const s = surnameOf(f)
      if (s) add(s, 'person', e.id, true)
    }
  }
  return index
}

function formsOf(e: RegisterEntry): string[] {
  return [e.name, ...(e.aliases ?? [])].filter((f) => f.trim())
}

/** The targets a form stands for: the explicit ones when there are any, else the derived ones. */
export function targetsOf(form: NameForm): NameTarget[] {
  const explicit = form.targets.filter((t) => !t.derived)
  return explicit.length ? explicit : form.targets
}
