/**
 * The enrich stage: names linked to the registers, dates normalised, correspDesc for letters,
 * the referenced register entries as standOff. It only adds elements: the text is unchanged
 * (the fidelity check runs again after it). Order matters: names before candidates (a register
 * name is never a candidate), dates last (a date inside a name is not tagged).
 */
import type { Registers } from '../core/registers.js'
import type { StageResult, TeiDocument } from '../core/document.js'
import type { DatesConfig } from '../core/edition.js'
import { languageOf, tagNames } from './entities/tag-names.js'
import { rootElement } from '../core/tree.js'
import { findCandidates, type Candidate } from './entities/candidates.js'
import type { AmbiguousName } from './entities/tag-names.js'
import { tagDates } from './dates/tag-dates.js'
import { addCorrespDesc } from './corresp-desc.js'
import { addStandOff } from './stand-off.js'
import { personMatcher } from './entities/person-matcher.js'
import { addStableIds } from './stable-ids.js'

export { suggestRegister } from './suggest-register.js'
// the pieces the build uses on TEI sources, which it publishes with additions but never re-tags
export { addCorrespDesc } from './corresp-desc.js'
export { addStandOff } from './stand-off.js'
export { personMatcher } from './entities/person-matcher.js'
export { buildNameIndex } from './entities/name-index.js'
export { compileMatcher, type NameMatch } from './entities/match-names.js'
export { conventionsFor } from './entities/name-conventions.js'
export { foldText, originalSpan } from './entities/fold-text.js'

export interface EnrichOptions {
  registers: Registers
  language?: string
  /** The edition's date settings, a source's overriding them. */
  dates?: DatesConfig
}

export interface DocumentEntityReport {
  id: string
  entities: { kind: 'person' | 'place' | 'org'; ref: string; text: string; line: number; column: number }[]
  candidates: Candidate[]
  ambiguous: AmbiguousName[]
  dates: { text: string; when?: string; from?: string; to?: string; cert?: string; line: number; column: number }[]
}

export function enrichDocument(doc: TeiDocument, options: EnrichOptions): StageResult & { report: DocumentEntityReport } {
  const names = tagNames(doc, options.registers, { language: options.language })
  const candidates = findCandidates(doc)
  const dates = tagDates(doc, { dates: options.dates, language: options.language })
  const matchPerson = personMatcher(options.registers, languageOf([rootElement(doc.tree)], options.language))
  // the header's author may be linked in correspDesc only: its entry goes to standOff too
  addCorrespDesc(doc, (name) => {
    const ref = matchPerson(name)
    if (ref) names.referenced.add(ref.slice(1))
    return ref
  })
  addStandOff(doc, options.registers, names.referenced)
  addStableIds(doc)
  return {
    doc,
    diagnostics: [...names.diagnostics, ...candidates.diagnostics, ...dates.diagnostics],
    report: { id: doc.id, entities: names.entities, candidates: candidates.candidates, ambiguous: names.ambiguous, dates: dates.dates },
  }
}
