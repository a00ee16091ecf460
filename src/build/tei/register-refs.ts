/**
 * Which register entry a TEI pointer names — core's resolver (`#id`, `registers/persons.xml#id`,
 * a prefix declared with `prefixDef`), read here from a file's layout — and the other way round:
 * how this document writes a pointer to an entry, so that what Lectio adds looks like what the
 * editor wrote.
 */
import type { Registers } from '../../core/registers.js'
import { registerEntryOf, type PrefixDef } from '../../core/references.js'
import { allElements, localName, type ElementSpan } from './xml-spans.js'

export type EntityType = 'person' | 'place' | 'org'
export const NAME_ELEMENT: Record<EntityType, string> = { person: 'persName', place: 'placeName', org: 'orgName' }
export const TYPE_OF_ELEMENT: Record<string, EntityType> = { persName: 'person', placeName: 'place', orgName: 'org' }

/** The document's `prefixDef`s, in document order. */
export function prefixDefsOf(root: ElementSpan): PrefixDef[] {
  return allElements(root)
    .filter((el) => localName(el.name) === 'prefixDef')
    .map((el) => el.attributes)
    .filter((a) => a.ident && a.matchPattern !== undefined && a.replacementPattern !== undefined)
    .map((a) => ({ ident: a.ident, matchPattern: a.matchPattern, replacementPattern: a.replacementPattern }))
}

/** The register id one pointer names, if any. */
export function registerIdOf(pointer: string, registers: Registers, prefixes: readonly PrefixDef[]): string | undefined {
  return registerEntryOf(pointer, registers, { prefixes })?.entry.id
}

/** The register ids a `@ref` (a list of pointers) names. */
export function registerIdsOf(value: string | undefined, registers: Registers, prefixes: readonly PrefixDef[]): string[] {
  if (!value) return []
  return value.trim().split(/\s+/).map((p) => registerIdOf(p, registers, prefixes)).filter((id): id is string => id !== undefined)
}

/**
 * How the document points at register entries of each kind: the most common form among its
 * name elements' @ref (`#{id}`, `pers:{id}`, `../persons.xml#{id}`), else `#{id}`. Ties go to the
 * form met first, so the choice is deterministic.
 */
export function refStyles(root: ElementSpan, registers: Registers, prefixes: readonly PrefixDef[]): Record<EntityType, (id: string) => string> {
  const counts: Record<EntityType, Map<string, number>> = { person: new Map(), place: new Map(), org: new Map() }
  for (const el of allElements(root)) {
    const type = TYPE_OF_ELEMENT[localName(el.name)]
    const ref = el.attributes.ref?.trim()
    if (!type || !ref || /\s/.test(ref)) continue
    const id = registerIdOf(ref, registers, prefixes)
    if (!id || !ref.endsWith(id)) continue
    const pattern = ref.slice(0, ref.length - id.length)
    counts[type].set(pattern, (counts[type].get(pattern) ?? 0) + 1)
  }
  const style = (type: EntityType) => {
    let best = '#'
    let n = 0
    for (const [pattern, count] of counts[type]) if (count > n) { best = pattern; n = count }
    // a form that would not lead back to the entry (a prefix whose pattern does not match the id) is not used
    return (id: string) => (registerIdOf(`${best}${id}`, registers, prefixes) === id ? `${best}${id}` : `#${id}`)
  }
  return { person: style('person'), place: style('place'), org: style('org') }
}
