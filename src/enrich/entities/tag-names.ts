/**
 * Tags register names in the text: persName / placeName / orgName with ref="#id". Names are found
 * in each text node by the conventions of its language (`xml:lang` of the nearest element that
 * has one); a form that points to several entries is decided by the nearest unambiguous mention
 * (tagged with `cert="medium"`) or tagged without @ref; both are reported.
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Registers } from '../../core/registers.js'
import type { TeiElement } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { locateMatch } from '../locate-match.js'
import { textNodes, wrapInText, type TextVisit, type Wrap } from '../wrap-matches.js'
import { buildNameIndex, ELEMENT_FOR, type EntityType, type NameIndex } from './name-index.js'
import { compileMatcher, type NameMatch } from './match-names.js'
import { conventionsFor, type NameConventions } from './name-conventions.js'
import { personSpan, registerPractice, type RegisterPractice } from './person-span.js'
import { resolveMentions, type Mention, type Resolution } from './resolve-ambiguous.js'
import { givenNameBefore, personGenders, titleGenderBefore, type Gender } from './title-gender.js'
import { FUNCTION_WORDS, WEEKDAYS } from './name-words.js'
import { monthNumber } from '../../core/month-names.js'

export interface TaggedEntity { kind: EntityType; ref: string; text: string; line: number; column: number }
/** A name of several register entries; `chosen` when a nearby mention decided it. */
export interface AmbiguousName { text: string; refs: string[]; line: number; column: number; chosen?: string }

export interface TagNamesResult { entities: TaggedEntity[]; ambiguous: AmbiguousName[]; diagnostics: Diagnostic[]; referenced: Set<string> }

/** A match in a text node, with its span widened by the language's conventions. */
interface Found { visit: TextVisit; match: NameMatch; index: number; length: number; mention: Mention }

/** The language of a text node: `xml:lang` of its nearest ancestor that has one. */
export function languageOf(ancestors: readonly TeiElement[], fallback?: string): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const lang = ancestors[i].attributes['xml:lang']
    if (lang) return lang
  }
  return fallback
}

/** A title, rank, function word, weekday or month: no first name. */
function isTitleOrCommon(word: string, conventions: NameConventions): boolean {
  const lower = word.toLowerCase()
  return conventions.titles.includes(word) || conventions.roleNouns.has(word) || FUNCTION_WORDS.has(lower) || WEEKDAYS.has(lower) || monthNumber.has(lower)
}

/** Every register name of the document, in reading order. */
function findAll(doc: TeiDocument, index: NameIndex, practice: RegisterPractice, genders: Map<string, Gender>, fallbackLanguage?: string): Found[] {
  const matchers = new Map<NameConventions, ReturnType<typeof compileMatcher>>()
  const found: Found[] = []
  let position = 0
  for (const visit of textNodes(doc.tree)) {
    const conventions = conventionsFor(languageOf(visit.ancestors, fallbackLanguage))
    let match = matchers.get(conventions)
    if (!match) matchers.set(conventions, (match = compileMatcher(index, conventions)))
    const text = visit.node.value
    let end = 0
    for (const raw of match(text)) {
      // (a title of the other gender before the name is another person's: "Mrs Whitcombe" is not "Mr Whitcombe")
      const gender = titleGenderBefore(text.slice(Math.max(0, raw.index - 14), raw.index))
      const targets = gender ? raw.targets.filter((t) => t.type !== 'person' || (genders.get(t.id) ?? gender) === gender) : raw.targets
      if (!targets.length) continue
      // (a surname known only from another person's full name, after a first name of its own, is another person: "Anna Kettle")
      const before = text.slice(Math.max(0, raw.index - 40), raw.index)
      if (targets.every((t) => t.type === 'person' && t.derived) && givenNameBefore(before, (w) => isTitleOrCommon(w, conventions), conventions === conventionsFor('de'))) continue
      const m = targets === raw.targets ? raw : { ...raw, targets }
      let span = { index: m.index, length: m.length }
      if (m.targets.every((t) => t.type === 'person') && !m.form.lowerCase) span = personSpan(text, m.index, m.length, conventions, practice)
      // a title or initials never reach into the name before
      if (span.index < end) span = { index: m.index, length: m.length }
      end = span.index + span.length
      found.push({ visit, match: m, ...span, mention: { position: position + m.index, targets: m.targets, before: text.slice(Math.max(0, span.index - 12), span.index) } })
    }
    position += text.length + 1
  }
  return found
}

export function tagNames(doc: TeiDocument, registers: Registers, options: { language?: string } = {}): TagNamesResult {
  const result: TagNamesResult = { entities: [], ambiguous: [], diagnostics: [], referenced: new Set() }
  const found = findAll(doc, buildNameIndex(registers), registerPractice(registers), personGenders(registers), options.language)
  const resolutions = resolveMentions(found.map((f) => f.mention))
  const wraps = new Map<TextVisit, Wrap[]>()
  found.forEach((f, i) => {
    const list = wraps.get(f.visit) ?? []
    list.push(record(doc, f, resolutions[i], result))
    wraps.set(f.visit, list)
  })
  for (const [visit, list] of wraps) wrapInText(visit.parent, visit.node, list)
  return result
}

/** Reports one found name and says how to wrap it. */
function record(doc: TeiDocument, f: Found, r: Resolution, result: TagNamesResult): Wrap {
  const { node, parent } = f.visit
  const p = locateMatch(node, parent, f.index, doc.source)
  const text = node.value.slice(f.index, f.index + f.length)
  const wrap = (type: EntityType, attributes: Record<string, string>): Wrap => ({ index: f.index, length: f.length, make: (inner) => el(ELEMENT_FOR[type], attributes, [inner]) })
  if (r.kind !== 'open') {
    const ref = `#${r.target.id}`
    result.referenced.add(r.target.id)
    result.entities.push({ kind: r.target.type, ref, text, line: p.line, column: p.column })
    if (r.kind === 'sure') return wrap(r.target.type, { ref })
  }
  const refs = f.match.targets.map((t) => `#${t.id}`)
  const diagnostic = { code: 'name-ambiguous', stage: 'enrich' as const, file: doc.source.path, line: p.line, column: p.column }
  if (r.kind === 'nearby') {
    const ref = `#${r.target.id}`
    result.ambiguous.push({ text, refs, line: p.line, column: p.column, chosen: ref })
    result.diagnostics.push({ ...diagnostic, severity: 'info', message: `"${text}" may be ${refs.join(' or ')}; linked to ${ref}, which the nearest unambiguous mention names (cert="medium")` })
    return wrap(r.target.type, { ref, cert: 'medium' })
  }
  result.ambiguous.push({ text, refs, line: p.line, column: p.column })
  result.diagnostics.push({ ...diagnostic, severity: 'warning', message: `"${text}" may be ${refs.join(' or ')}; tagged without @ref (add a fuller form or an alias to one entry to decide)` })
  return wrap(r.type, {})
}
