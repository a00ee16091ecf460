/**
 * Which register entry a TEI pointer names, in the ways editions write them: `#id`,
 * `registers/persons.xml#id` (any file, the fragment is the id), or a prefix declared with
 * `prefixDef` (`pers:id`, expanded by its patterns), or an undeclared `prefix:id` whose id is in
 * the registers. And the other way round: how this document writes a pointer to an entry, so
 * that what Lectio adds looks like what the editor wrote.
 */
import type { Registers } from '../../core/registers.js'
import { allElements, localName, type ElementSpan } from './xml-spans.js'

export type EntityType = 'person' | 'place' | 'org'
export const NAME_ELEMENT: Record<EntityType, string> = { person: 'persName', place: 'placeName', org: 'orgName' }
export const TYPE_OF_ELEMENT: Record<string, EntityType> = { persName: 'person', placeName: 'place', orgName: 'org' }

export interface PrefixDef { ident: string; match: RegExp; replacement: string }

/** The document's `prefixDef`s (a bad pattern is skipped: the schema check reports the file). */
export function prefixDefsOf(root: ElementSpan): PrefixDef[] {
  const out: PrefixDef[] = []
  for (const el of allElements(root)) {
    if (localName(el.name) !== 'prefixDef') continue
    const { ident, matchPattern, replacementPattern } = el.attributes
    if (!ident || matchPattern === undefined || replacementPattern === undefined) continue
    try {
      out.push({ ident, match: new RegExp(`^(?:${matchPattern})$`, 'u'), replacement: replacementPattern })
    } catch { /* an invalid pattern resolves nothing */ }
  }
  return out
}

/** The register ids by kind of entry. */
export function registerIds(registers: Registers): Map<string, EntityType> {
  const ids = new Map<string, EntityType>()
  for (const e of registers.persons) ids.set(e.id, 'person')
  for (const e of registers.places) ids.set(e.id, 'place')
  for (const e of registers.orgs) ids.set(e.id, 'org')
  return ids
}

/** The register id one pointer names, if any. */
export function registerIdOf(pointer: string, ids: ReadonlyMap<string, unknown>, prefixes: readonly PrefixDef[]): string | undefined {
  let uri = pointer
  const colon = /^([A-Za-z][\w.-]*):(.*)$/.exec(pointer)
  if (colon) {
    const def = prefixes.find((p) => p.ident === colon[1])
    if (def) {
      const m = def.match.exec(colon[2])
      if (m) uri = def.replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')
    } else if (ids.has(colon[2])) return colon[2]
  }
  const hash = uri.lastIndexOf('#')
  if (hash < 0) return undefined
  const id = uri.slice(hash + 1)
  return ids.has(id) ? id : undefined
}

/** The register ids a `@ref` (or `@key`-less list of pointers) names. */
export function registerIdsOf(value: string | undefined, ids: ReadonlyMap<string, unknown>, prefixes: readonly PrefixDef[]): string[] {
  if (!value) return []
  return value.trim().split(/\s+/).map((p) => registerIdOf(p, ids, prefixes)).filter((id): id is string => id !== undefined)
}

/**
 * How the document points at register entries of each kind: the most common form among its
 * name elements' @ref (`#{id}`, `pers:{id}`, `../persons.xml#{id}`), else `#{id}`. Ties go to the
 * form met first, so the choice is deterministic.
 */
export function refStyles(root: ElementSpan, ids: ReadonlyMap<string, EntityType>, prefixes: readonly PrefixDef[]): Record<EntityType, (id: string) => string> {
  const counts: Record<EntityType, Map<string, number>> = { person: new Map(), place: new Map(), org: new Map() }
  for (const el of allElements(root)) {
    const type = TYPE_OF_ELEMENT[localName(el.name)]
    const ref = el.attributes.ref?.trim()
    if (!type || !ref || /\s/.test(ref)) continue
    const id = registerIdOf(ref, ids, prefixes)
    if (!id || !ref.endsWith(id)) continue
    const pattern = ref.slice(0, ref.length - id.length)
    counts[type].set(pattern, (counts[type].get(pattern) ?? 0) + 1)
  }
  const style = (type: EntityType) => {
    let best = '#'
    let n = 0
    for (const [pattern, count] of counts[type]) if (count > n) { best = pattern; n = count }
    // a form that would not lead back to the entry (a prefix whose pattern does not match the id) is not used
    return (id: string) => (registerIdOf(`${best}${id}`, ids, prefixes) === id ? `${best}${id}` : `#${id}`)
  }
  return { person: style('person'), place: style('place'), org: style('org') }
}
