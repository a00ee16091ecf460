/**
 * The entities report of a TEI source: what the editor tagged (names with the entries they point
 * to, dates with their values), names the editor tagged without @ref that the registers do not
 * know (candidates for the register draft), and what `lectio link` could do — register names in
 * untagged text, and tagged names a register form identifies. The build tags nothing itself.
 */
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Registers } from '../../core/registers.js'
import { createSourceFile } from '../../core/source-file.js'
import type { DocumentEntityReport } from '../../enrich/index.js'
import { planLinks, type LinkChange, type LinkSettings } from '../link/plan-links.js'
import { allElements, localName, spanText, type ElementSpan, type XmlLayout } from './xml-spans.js'
import { TYPE_OF_ELEMENT, prefixDefsOf, registerIdOf, type EntityType } from './register-refs.js'

/** A register name `lectio link` could tag, or a tagged name it could give a @ref. */
export interface UnlinkedName { kind: EntityType; text: string; refs: string[]; line: number; column: number; tagged: boolean; ambiguous: boolean }

/** The build's report of a document: the enrich stage's, plus what a TEI source's published copy adds and what could be linked. */
export type BuildEntityReport = DocumentEntityReport & { additions?: string[]; unlinked?: UnlinkedName[] }

type Candidates = DocumentEntityReport['candidates']

export function teiEntityReport(id: string, shownPath: string, layout: XmlLayout, registers: Registers, link: LinkSettings): { report: BuildEntityReport; diagnostics: Diagnostic[] } {
  const file = createSourceFile(shownPath, layout.text)
  const at = (offset: number) => { const p = file.locate(offset); return { line: p.line, column: p.column } }
  const prefixes = prefixDefsOf(layout.root)
  const entities: BuildEntityReport['entities'] = []
  const dates: BuildEntityReport['dates'] = []
  const untagged = new Map<string, Candidates[number]>()
  for (const el of textElements(layout.root)) {
    const name = localName(el.name)
    const kind = TYPE_OF_ELEMENT[name]
    const text = spanText(layout.text, el).replace(/\s+/g, ' ').trim()
    if (kind && el.attributes.ref) {
      for (const ref of el.attributes.ref.trim().split(/\s+/)) {
        const rid = registerIdOf(ref, registers, prefixes)
        entities.push({ kind, ref: rid ? `#${rid}` : ref, text, ...at(el.start) })
      }
    } else if (kind && text) addCandidate(untagged, kind, text, at(el.start).line)
    if (name === 'date') {
      const a = el.attributes
      dates.push({ text, when: a.when, from: a.from ?? a.notBefore, to: a.to ?? a.notAfter, cert: a.cert, ...at(el.start) })
    }
  }
  const changes = planLinks(layout, registers, link)
  // a tagged name that a register form identifies is no candidate for the register draft
  for (const c of changes) if (c.existing) untagged.delete(c.text.replace(/\s+/g, ' ').trim())
  const unlinked = changes.map((c) => unlinkedName(c, at(c.offset)))
  return {
    report: { id, entities, candidates: [...untagged.values()], ambiguous: [], dates, unlinked },
    diagnostics: unlinked.map((u) => unlinkedDiagnostic(u, shownPath)),
  }
}

/** Elements inside `<text>`, in document order. */
function textElements(root: ElementSpan): ElementSpan[] {
  const text = allElements(root).filter((e) => localName(e.name) === 'text')
  const outer = text.filter((t) => !text.some((o) => o !== t && o.start < t.start && t.end <= o.end))
  return outer.flatMap((t) => allElements(t).slice(1))
}

function addCandidate(found: Map<string, Candidates[number]>, kind: EntityType, text: string, line: number): void {
  const c = found.get(text) ?? { kind, text, count: 0, lines: [], tagged: true, evidence: 'tagged by the editor without @ref; not in the registers' }
  c.count++
  if (!c.lines.includes(line)) c.lines.push(line)
  found.set(text, c)
}

function unlinkedName(c: LinkChange, p: { line: number; column: number }): UnlinkedName {
  const kind = TYPE_OF_ELEMENT[c.element]
  return { kind, text: c.text.replace(/\s+/g, ' ').trim(), refs: c.ids.map((i) => `#${i}`), ...p, tagged: c.existing, ambiguous: c.kind === 'ambiguous' }
}

function unlinkedDiagnostic(u: UnlinkedName, file: string): Diagnostic {
  const base = { code: 'name-unlinked', severity: 'info' as const, stage: 'enrich' as const, file, line: u.line, column: u.column }
  if (u.ambiguous) return { ...base, message: `"${u.text}" may be ${u.refs.join(' or ')} in the registers; not tagged (tag it by hand, or add a fuller form to one entry)` }
  if (u.tagged) return { ...base, message: `"${u.text}" is tagged without @ref; it is ${u.refs[0]} in the registers: \`lectio link\` can add the @ref` }
  return { ...base, message: `"${u.text}" is ${u.refs[0]} in the registers but not tagged here: \`lectio link\` can tag it` }
}
