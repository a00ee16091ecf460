/**
 * Tags register names in the text: persName / placeName / orgName with ref="#id"; a form that
 * belongs to two entries is tagged without @ref and reported as ambiguous.
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Registers } from '../../core/registers.js'
import { el } from '../../core/tei.js'
import { locateMatch } from '../locate-match.js'
import { textNodes, wrapInText, type Wrap } from '../wrap-matches.js'
import { buildNameIndex, ELEMENT_FOR, type EntityType } from './name-index.js'
import { compileMatcher } from './match-names.js'

export interface TaggedEntity { kind: EntityType; ref: string; text: string; line: number; column: number }
export interface AmbiguousName { text: string; refs: string[]; line: number; column: number }

export function tagNames(doc: TeiDocument, registers: Registers): { entities: TaggedEntity[]; ambiguous: AmbiguousName[]; diagnostics: Diagnostic[]; referenced: Set<string> } {
  const match = compileMatcher(buildNameIndex(registers))
  const entities: TaggedEntity[] = []
  const ambiguous: AmbiguousName[] = []
  const diagnostics: Diagnostic[] = []
  const referenced = new Set<string>()
  for (const { node, parent } of textNodes(doc.tree)) {
    const found = match(node.value)
    if (!found.length) continue
    const wraps: Wrap[] = []
    for (const m of found) {
      let { index, length } = m
      // initials before a person's surname belong to the name: "J. S. Mill"
      if (m.form.type === 'person') {
        const before = /(?:\p{Lu}\.\s?){1,3}$/u.exec(node.value.slice(0, index))
        if (before) { index -= before[0].length; length += before[0].length }
      }
      const p = locateMatch(node, parent, index, doc.source)
      const text = node.value.slice(index, index + length)
      if (m.form.ids.length === 1) {
        const ref = m.form.ids[0]
        referenced.add(ref)
        entities.push({ kind: m.form.type, ref: `#${ref}`, text, line: p.line, column: p.column })
        wraps.push({ index, length, make: (inner) => el(ELEMENT_FOR[m.form.type], { ref: `#${ref}` }, [inner]) })
      } else {
        ambiguous.push({ text, refs: m.form.ids.map((i) => `#${i}`), line: p.line, column: p.column })
        diagnostics.push({ code: 'name-ambiguous', severity: 'warning', stage: 'enrich', file: doc.source.path, line: p.line, column: p.column, message: `"${text}" may be ${m.form.ids.join(' or ')}; tagged without @ref (add a fuller form or an alias to one entry to decide)` })
        wraps.push({ index, length, make: (inner) => el(ELEMENT_FOR[m.form.type], {}, [inner]) })
      }
    }
    wrapInText(parent, node, wraps)
  }
  return { entities, ambiguous, diagnostics, referenced }
}
