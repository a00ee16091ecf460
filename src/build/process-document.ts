/**
 * The per-document parts of a build, as plain functions of serialisable inputs, so they run the
 * same in the main thread and in workers:
 *   processDocument: import → enrich → fidelity → serialize → validate → the rows of the edition pages;
 *   renderPage: the document's HTML reading page.
 * Both write their results to files and return only what the main thread needs (diagnostics,
 * title), so the main thread never holds the corpus; the rows for the edition pages stay in
 * the cache until the pages are made.
 */
import { dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'
import { loadEdition, type Edition, type SourceConfig } from '../core/edition.js'
import { applySeverityOverrides, type Diagnostic } from '../core/diagnostic.js'
import { serializeTei } from '../core/xml/serialize.js'
import { buildOriginIndex, withSourceOrigins } from '../core/xml/position-index.js'
import { LectioError } from '../core/errors.js'
import { writeStaged } from './output-dir.js'
import { processTextFile } from './text-document.js'
import { processTeiFile } from './tei-document.js'
import type { BuildEntityReport } from './tei/tei-report.js'
import { createTeiValidator, type TeiValidator } from '../validate/index.js'
import { digestDocument, renderDocumentPage, type PageLink, type SearchRecord } from '../render/html/index.js'
import { writeCachedDocument } from './build-cache.js'
import { copyMedia } from '../render/media.js'

export interface DocumentJob { kind: 'document'; editionDir: string; outDir: string; sourceId: string; cwd: string; key: string; cacheDir: string }
export interface PageJob { kind: 'page'; editionDir: string; id: string; teiFile: string; htmlFile: string; teiHref: string; pdfHref?: string; prev?: PageLink; next?: PageLink }

/** What the main thread keeps of a document: no TEI, no report (both are in the cache files). */
export interface DocumentSummary {
  id: string
  ok: boolean
  /** False when the source could not be read at all: there is no TEI. */
  hasTei: boolean
  diagnostics: Diagnostic[]
  title: string
  ms: number
}
/** What the edition pages need of a published document: its rows, register entries and search record (kept in the cache, read when the pages are made). */
export interface SiteRows { rows: string; entries: [string, string][]; search?: SearchRecord }
export interface PageOutcome { id: string; diagnostics: Diagnostic[]; ms: number }

const editions = new Map<string, Edition>()
let validator: Promise<TeiValidator> | undefined

/** The TEI validator of this thread: the schema is loaded once, on first use. */
export function sharedValidator(): Promise<TeiValidator> {
  return (validator ??= createTeiValidator())
}

/** The edition of a build job, loaded once per thread. */
export function editionOf(dir: string): Edition {
  let edition = editions.get(dir)
  if (!edition) {
    edition = loadEdition(dir).edition
    editions.set(dir, edition)
  }
  return edition
}

/** Processes one source and writes its TEI, report and edition-page rows to the cache directory. */
export async function processDocument(job: DocumentJob): Promise<DocumentSummary> {
  const t0 = performance.now()
  const edition = editionOf(job.editionDir)
  const v = await sharedValidator()
  const source = edition.config.sources.find((s) => s.id === job.sourceId)!
  let summary: DocumentSummary
  let made: MadeDocument = { xml: '', report: null, diagnostics: [] }
  let site: SiteRows | undefined
  try {
    made = edition.sourceFormat(source) === 'tei' ? teiDocument(edition, source, job, v) : textDocument(edition, source, job, v)
    const diagnostics = applySeverityOverrides(made.diagnostics, edition.config.rules)
    const ok = made.xml !== '' && !diagnostics.some((d) => d.severity === 'error')
    // only published documents reach the site
    const digest = ok ? digestDocument(source.id, made.xml, edition.config) : undefined
    if (digest) diagnostics.push(...digest.diagnostics)
    summary = { id: source.id, ok, hasTei: made.xml !== '', diagnostics, title: digest?.title ?? '', ms: 0 }
    if (digest) site = { rows: digest.rows, entries: [...digest.entries], search: digest.search }
  } catch (e) {
    // A fatal problem with one source (binary, empty, unreadable) stops that document only.
    if (!(e instanceof LectioError)) throw e
    summary = { id: source.id, ok: false, hasTei: false, diagnostics: e.diagnostics, title: '', ms: 0 }
  }
  writeCachedDocument(job.cacheDir, job.key, summary, made.report, made.xml, site)
  return { ...summary, ms: performance.now() - t0 }
}

interface MadeDocument { xml: string; report: BuildEntityReport | null; diagnostics: Diagnostic[] }

/** A plain-text source: import → enrich → fidelity → serialize, then validate (located in the TEI, with the source place). */
function textDocument(edition: Edition, source: SourceConfig, job: DocumentJob, v: TeiValidator): MadeDocument {
  const shownSource = edition.display(edition.sourcePath(source))
  const result = processTextFile(edition.sourcePath(source), shownSource, { id: source.id, source, edition: edition.config, registers: edition.registers })
  const xml = serializeTei(result.doc.tree)
  const teiShown = edition.display(join(job.outDir, 'tei', `${source.id}.xml`))
  let validation = v.validate(xml, teiShown, { registers: edition.registers, letter: source.kind === 'letter' || source.kind === 'letters' })
  if (validation.length) validation = withSourceOrigins(validation, buildOriginIndex(result.doc.tree, xml, result.doc.source), shownSource)
  return { xml, report: result.report, diagnostics: [...result.diagnostics, ...validation] }
}

/** A TEI source: checked where the editor wrote it, published with the build's additions. */
function teiDocument(edition: Edition, source: SourceConfig, job: DocumentJob, v: TeiValidator): MadeDocument {
  const publishedPath = edition.display(join(job.outDir, 'tei', `${source.id}.xml`))
  return processTeiFile(edition.sourcePath(source), edition.display(edition.sourcePath(source)), { source, edition: edition.config, registers: edition.registers, validator: v, publishedPath })
}

/** Renders one document's reading page from its TEI file. */
export function renderPage(job: PageJob): PageOutcome {
  const t0 = performance.now()
  const edition = editionOf(job.editionDir)
  // images (figures, page images) are the edition folder's, named relative to the source file
  const source = edition.config.sources.find((s) => s.id === job.id)
  const media = { dir: edition.dir, sourcePaths: [source?.file ?? `${job.id}.xml`] }
  const page = renderDocumentPage(edition.config, job.id, readFileSync(job.teiFile, 'utf8'), { teiHref: job.teiHref, pdfHref: job.pdfHref, prev: job.prev, next: job.next, media })
  writeStaged(job.htmlFile, page.html)
  copyMedia(page.media, edition.dir, dirname(job.htmlFile))
  for (const [path, text] of page.files) writeStaged(join(dirname(job.htmlFile), path), text)
  return { id: job.id, diagnostics: page.diagnostics, ms: performance.now() - t0 }
}
