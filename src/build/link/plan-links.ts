/**
 * What `lectio link` would change in one TEI source, as insertions at offsets of the file:
 * - a register name in taggable text (link-runs.ts) is wrapped in `persName`/`placeName`/`orgName`
 *   with `@ref`, written the way this document writes its pointers (register-refs.ts);
 * - an editor's `persName`/`placeName`/`orgName` without `@ref` (and without `@key`, `@sameAs`,
 *   `@corresp`) whose whole text is one register form of its kind gets `@ref`.
 * A form that names two entries is tagged nowhere and reported. Phrases listed in edition.json
 * `"link": { "exclude": [...] }` are never tagged. The same matching as the enrich stage's:
 * a TEI source is tagged as a text source would be, only on the editor's command.
 */
import type { Registers } from '../../core/registers.js'
import { foldText, originalSpan, type NameMatch } from '../../enrich/index.js'
import { registerNames, type RegisterNames } from '../tei/register-names.js'
import { escapeXml, type Insertion } from '../tei/insertions.js'
import { allElements, localName, spanText, type ElementSpan, type XmlLayout } from '../tei/xml-spans.js'
import { NAME_ELEMENT, TYPE_OF_ELEMENT, prefixDefsOf, refStyles, type EntityType } from '../tei/register-refs.js'
import { linkableRuns, parseSkipRules, skippedBy, type SkipRule, type TextRun } from './link-runs.js'

export interface LinkChange {
  kind: 'tagged' | 'ref-added' | 'ambiguous'
  /** The change concerns an element the editor wrote (a @ref for it), not untagged text. */
  existing: boolean
  /** Offset in the file where the name starts. */
  offset: number
  text: string
  /** The element made or given a @ref (`persName`); for an ambiguous form, the one it would be. */
  element: string
  ref?: string
  /** The register ids the form names (one, unless ambiguous). */
  ids: string[]
  /** The insertions that make this change (none for an ambiguous form). */
  insertions: Insertion[]
}

export interface LinkSettings {
  exclude?: readonly string[]
  skip?: readonly string[]
  /** The edition's language, for the naming conventions; the document's own xml:lang wins. */
  language?: string
}

export function planLinks(layout: XmlLayout, registers: Registers, settings: LinkSettings = {}): LinkChange[] {
  const names = registerNames(registers, layout.root.attributes['xml:lang'] ?? settings.language)
  const styles = refStyles(layout.root, registers, prefixDefsOf(layout.root))
  // inserted elements take the prefix of the document's own, if it writes them prefixed (tei:TEI)
  const prefix = layout.root.name.includes(':') ? `${layout.root.name.slice(0, layout.root.name.indexOf(':'))}:` : ''
  const rules = parseSkipRules(settings.skip)
  const changes = [
    ...untaggedNames(layout, names, rules, exclusions(settings.exclude ?? []), (type, id) => ({ ref: styles[type](id), prefix })),
    ...namesWithoutRef(layout, rules).map((el) => refFor(el, layout, names, styles)).filter((c): c is LinkChange => !!c),
  ]
  return changes.sort((a, b) => a.offset - b.offset)
}

type Pointer = (type: EntityType, id: string) => { ref: string; prefix: string }

/** Register names in taggable text: wrapped when they name one entry, reported when several. */
function untaggedNames(layout: XmlLayout, names: RegisterNames, rules: readonly SkipRule[], excluded: (v: string) => [number, number][], pointer: Pointer): LinkChange[] {
  const changes: LinkChange[] = []
  for (const run of linkableRuns(layout, rules)) {
    const blocked = excluded(run.value)
    for (const found of names.find(run.value)) {
      const m = withInitials(found, run.value)
      if (blocked.some(([a, b]) => m.index < b && a < m.index + m.length)) continue
      const start = run.from[m.index]
      const ids = m.targets.map((t) => t.id)
      const element = NAME_ELEMENT[m.targets[0].type]
      if (m.targets.length !== 1) {
        changes.push({ kind: 'ambiguous', existing: false, offset: start, text: m.text, element, ids, insertions: [] })
        continue
      }
      const { ref, prefix } = pointer(m.targets[0].type, ids[0])
      const end = run.to[m.index + m.length - 1]
      changes.push({
        kind: 'tagged', existing: false, offset: start, text: m.text, element, ref, ids,
        insertions: [{ offset: start, text: `<${prefix}${element} ref="${escapeXml(ref)}">` }, { offset: end, text: `</${prefix}${element}>` }],
      })
    }
  }
  return changes
}

/** An editor's name without @ref, whose whole text is a register form of its kind. */
function refFor(el: ElementSpan, layout: XmlLayout, names: RegisterNames, styles: Record<EntityType, (id: string) => string>): LinkChange | undefined {
  const element = localName(el.name)
  const type = TYPE_OF_ELEMENT[element]
  const text = spanText(layout.text, el)
  const ids = names.whole(text, type)
  if (!ids.length) return undefined
  if (ids.length > 1) return { kind: 'ambiguous', existing: true, offset: el.start, text, element, ids, insertions: [] }
  const ref = styles[type](ids[0])
  return { kind: 'ref-added', existing: true, offset: el.start, text, element, ref, ids, insertions: [{ offset: el.attributesEnd, text: ` ref="${escapeXml(ref)}"` }] }
}

/**
 * The editor's name elements in the text and in correspDesc that point nowhere yet. A name
 * inside another name (a `persName` in an `orgName`) is left to the editor, and so is one in a
 * "no name" wrapper or a skipped element.
 */
function namesWithoutRef(layout: XmlLayout, rules: readonly SkipRule[]): ElementSpan[] {
  const out: ElementSpan[] = []
  const visit = (el: ElementSpan, where: boolean, blocked: boolean) => {
    const name = localName(el.name)
    const inside = where || name === 'text' || name === 'correspDesc'
    if (inside && TYPE_OF_ELEMENT[name]) {
      const a = el.attributes
      if (!blocked && a.ref === undefined && a.key === undefined && a.sameAs === undefined && a.corresp === undefined) out.push(el)
      return
    }
    const blocks = inside && skippedBy(el, rules)
    for (const c of el.children) if (c.type === 'element') visit(c, inside, blocked || blocks)
  }
  visit(layout.root, false, false)
  return out
}

/** Initials before a person's surname belong to the name, as the enrich stage tags them: "J. S. Mill". */
function withInitials(m: NameMatch, value: string): NameMatch {
  if (!m.targets.every((t) => t.type === 'person')) return m
  const before = /(?<![\p{L}.])(?:\p{Lu}\.\s?){1,3}$/u.exec(value.slice(0, m.index))
  return before ? { ...m, index: m.index - before[0].length, length: m.length + before[0].length, text: before[0] + m.text } : m
}

/** The spans of a run's value that an excluded phrase covers (folded as register names are). */
function exclusions(phrases: readonly string[]): (value: string) => [number, number][] {
  const forms = phrases.map((p) => foldText(p).text.trim()).filter(Boolean)
  if (!forms.length) return () => []
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (value) => {
    const folded = foldText(value)
    return [...folded.text.matchAll(re)].map((m) => {
      const span = originalSpan(folded, m.index, m.index + m[0].length)
      return [span.index, span.index + span.length]
    })
  }
}

/** Every insertion of the changes, in the order they are to be made. */
export function insertionsOf(changes: readonly LinkChange[]): Insertion[] {
  return changes.flatMap((c) => c.insertions)
}

export type { TextRun }
