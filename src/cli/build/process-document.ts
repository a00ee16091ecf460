/**
 * The per-document part of a build (import → enrich → fidelity → serialize → validate), as a
 * plain function of serialisable inputs, so it runs the same in the main thread and in workers.
 */
import { join } from 'node:path'
import { loadEdition, type Edition } from '../../core/edition.js'
import { applySeverityOverrides, type Diagnostic } from '../../core/diagnostic.js'
import { serializeTei } from '../../core/xml/serialize.js'
import { buildOriginIndex, withSourceOrigins } from '../../core/xml/position-index.js'
import { LectioError } from '../../core/errors.js'
import { processTextFile } from '../text-document.js'
import { createTeiValidator, type TeiValidator } from '../../validate/index.js'
import type { DocumentEntityReport } from '../../enrich/index.js'

export interface DocumentJob { editionDir: string; outDir: string; sourceId: string; cwd: string }
export interface DocumentOutcome { id: string; xml: string; report: DocumentEntityReport | null; diagnostics: Diagnostic[]; ok: boolean; ms: number }

const editions = new Map<string, Edition>()
let validator: Promise<TeiValidator> | undefined

/** The TEI validator of this thread: the schema is loaded once, on first use. */
export function sharedValidator(): Promise<TeiValidator> {
  return (validator ??= createTeiValidator())
}

/** Loads (once per thread) the edition and the schema, then processes one source. */
export async function processDocument(job: DocumentJob): Promise<DocumentOutcome> {
  const t0 = performance.now()
  let edition = editions.get(job.editionDir)
  if (!edition) {
    edition = loadEdition(job.editionDir).edition
    editions.set(job.editionDir, edition)
  }
  const v = await sharedValidator()
  const source = edition.config.sources.find((s) => s.id === job.sourceId)!
  const shownSource = edition.display(edition.sourcePath(source))
  try {
    const result = processTextFile(edition.sourcePath(source), shownSource, { id: source.id, source, edition: edition.config, registers: edition.registers })
    const xml = serializeTei(result.doc.tree)
    const teiShown = edition.display(join(job.outDir, 'tei', `${source.id}.xml`))
    let validation = v.validate(xml, teiShown, { registers: edition.registers, letter: source.kind === 'letter' || source.kind === 'letters' })
    if (validation.length) validation = withSourceOrigins(validation, buildOriginIndex(result.doc.tree, xml, result.doc.source), shownSource)
    const diagnostics = applySeverityOverrides([...result.diagnostics, ...validation], edition.config.rules)
    return { id: source.id, xml, report: result.report, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error'), ms: performance.now() - t0 }
  } catch (e) {
    // A fatal problem with one source (binary, empty, unreadable) stops that document only.
    if (e instanceof LectioError) return { id: source.id, xml: '', report: null, diagnostics: e.diagnostics, ok: false, ms: performance.now() - t0 }
    throw e
  }
}
