/**
 * The enrich stage: names linked to the registers, dates normalised, correspDesc for letters,
 * the referenced register entries as standOff. It only adds elements: the text is unchanged
 * (the fidelity check runs again after it). Order matters: names before candidates (a register
 * name is never a candidate), dates last (a date inside a name is not tagged).
 */
import type { Registers } from '../core/registers.js'
import type { StageResult, TeiDocument } from '../core/document.js'
import { tagNames } from './entities/tag-names.js'
import { findCandidates, type Candidate } from './entities/candidates.js'
import { tagDates } from './dates/tag-dates.js'
import { addCorrespDesc } from './corresp-desc.js'
import { addStandOff } from './stand-off.js'
import { personMatcher } from './entities/person-matcher.js'
import { addStableIds } from './stable-ids.js'

export { suggestRegister } from './suggest-register.js'

export interface EnrichOptions { registers: Registers; language?: string }

export interface DocumentEntityReport {
  id: string
  entities: { kind: 'person' | 'place' | 'org'; ref: string; text: string; line: number; column: number }[]
  candidates: Candidate[]
  ambiguous: { text: string; refs: string[]; line: number; column: number }[]
  dates: { text: string; when?: string; from?: string; to?: string; cert?: string; line: number; column: number }[]
}

export function enrichDocument(doc: TeiDocument, options: EnrichOptions): StageResult & { report: DocumentEntityReport } {
  const names = tagNames(doc, options.registers)
  const candidates = findCandidates(doc)
  const dates = tagDates(doc)
  const matchPerson = personMatcher(options.registers)
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
