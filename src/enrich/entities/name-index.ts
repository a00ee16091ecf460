/**
 * The forms under which register entries are recognised: the name, its aliases, and forms an
 * editor would accept as well — the surname alone and initials + surname for persons — kept only
 * when they point to one entry. A derived form shared by two entries is "ambiguous": tagged
 * without @ref and reported.
 */
import type { RegisterEntry, Registers } from '../../core/registers.js'
import { normaliseForm } from '../../core/registers.js'

export type EntityType = 'person' | 'place' | 'org'
export const ELEMENT_FOR: Record<EntityType, string> = { person: 'persName', place: 'placeName', org: 'orgName' }

export interface NameForm { form: string; type: EntityType; ids: string[]; derived: boolean }

const PARTICLES = new Set(['de', 'da', 'di', 'von', 'van', 'der', 'den', 'du', 'la', 'le', 'del', 'y', 'of', 'the'])

function surnameOf(name: string): string | undefined {
  const words = name.replace(/\(.*?\)/g, '').trim().split(/\s+/)
  if (words.length < 2) return undefined
  const last = words[words.length - 1]
  if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?)$/.test(last)) return undefined
  return /^\p{Lu}/u.test(last) && last.length >= 3 ? last : undefined
}

export function buildNameIndex(registers: Registers): Map<string, NameForm> {
  const index = new Map<string, NameForm>()
  const add = (form: string, type: EntityType, id: string, derived: boolean) => {
    const key = normaliseForm(form)
    if (!key || PARTICLES.has(key)) return
    const existing = index.get(key)
    if (!existing) index.set(key, { form, type, ids: [id], derived })
    else if (!existing.ids.includes(id)) {
      // an explicit form wins over a derived one; two derived (or two explicit) forms are ambiguous
      if (existing.derived && !derived) index.set(key, { form, type, ids: [id], derived })
      else if (existing.derived === derived) existing.ids.push(id)
    }
  }
  const lists: [RegisterEntry[], EntityType][] = [[registers.persons, 'person'], [registers.places, 'place'], [registers.orgs, 'org']]
  for (const [list, type] of lists) for (const e of list) for (const f of [e.name, ...(e.aliases ?? [])]) add(f, type, e.id, false)
  for (const e of registers.persons) {
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      const s = surnameOf(f)
      if (s) add(s, 'person', e.id, true)
    }
  }
  return index
}
