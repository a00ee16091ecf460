/**
 * `lectio build`: the whole pipeline for one edition.
 *   per document (in parallel): import → enrich → fidelity → serialize → validate
 *   per work: collate;  per edition: HTML site, PDFs, deposit package
 * Nothing invalid is published: a document with errors goes to `rejected/` for inspection only and
 * is left out of the site, the PDFs and the deposit. Outputs are staged and swapped in at the end
 * (output-dir.ts). Incremental: content hashes decide what is stale (build-cache.ts); a build with
 * nothing changed only checks the hashes.
 */
import { join, relative } from 'node:path'
import { cpSync, existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs'
import { loadEdition, type Edition } from '../../core/edition.js'
import { applySeverityOverrides, type Diagnostic } from '../../core/diagnostic.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { LectioError } from '../../core/errors.js'
import { collateWitnesses } from '../../collate/index.js'
import { renderSite } from '../../render/html/index.js'
import { createPdfRenderer } from '../../render/print/index.js'
import { buildDeposit } from '../../deposit/index.js'
import { suggestRegister, type DocumentEntityReport } from '../../enrich/index.js'
import { stageOutput, recover } from './output-dir.js'
import { besidePath, isHandEdited, writeRecorded } from './output-record.js'
import { formatEntityReport } from './entity-report.js'
import { hashParts, toolFingerprint } from './fingerprint.js'
import { readBuildRecord, readCachedDocument, writeBuildRecord, writeCachedDocument, type BuildRecord } from './build-cache.js'
import { runDocumentJobs } from './document-pool.js'
import { sharedValidator, type DocumentOutcome } from './process-document.js'
import type { Reporter } from '../report.js'

export interface BuildOptions {
  editionDir: string
  outDir?: string
  pdf?: boolean
  force?: boolean
  /** Worker threads for the per-document stages (default: one per core). */
  jobs?: number
}

export interface BuildResult {
  diagnostics: Diagnostic[]
  outDir: string
  documents: number
  published: number
  upToDate: boolean
}

export async function buildEdition(options: BuildOptions, reporter: Reporter): Promise<BuildResult> {
  const started = performance.now()
  const { edition, diagnostics: configDiagnostics } = loadEdition(options.editionDir)
  const outDir = options.outDir ?? join(edition.dir, 'dist')
  recover(outDir)
  const shownOut = edition.display(outDir)
  const sources = edition.config.sources
  const withPdf = options.pdf !== false

  // Keys: the tool, the edition-level inputs, each source.
  const tool = toolFingerprint()
  const editionKey = hashParts(tool, readFileSync(join(edition.dir, 'edition.json')), JSON.stringify(edition.registers))
  const documentKeys: Record<string, string> = {}
  for (const s of sources) {
    let bytes: Uint8Array = new Uint8Array()
    try { bytes = readFileSync(edition.sourcePath(s)) } catch { /* reported by the import */ }
    documentKeys[s.id] = hashParts(editionKey, JSON.stringify(s), bytes)
  }
  const buildKey = hashParts(editionKey, JSON.stringify(documentKeys), withPdf ? 'pdf' : 'no-pdf')
  const previous = readBuildRecord(outDir)
  const edited = sources.filter((s) => isHandEdited(join(outDir, 'tei', `${s.id}.xml`)))

  if (previous?.buildKey === buildKey && !options.force && edited.length === 0) {
    const diagnostics = JSON.parse(readFileSync(join(outDir, 'reports', 'diagnostics.json'), 'utf8')) as Diagnostic[]
    reporter.progress(`lectio build ${edition.displayDir}: nothing changed since the last build; ${shownOut} is up to date (${Math.round(performance.now() - started)} ms)`)
    const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
    return { diagnostics, outDir, documents: sources.length, published: sources.length - failed.size, upToDate: true }
  }

  reporter.progress(`lectio build ${edition.displayDir} → ${shownOut} (${sources.length} source${sources.length === 1 ? '' : 's'})`)
  const all: Diagnostic[] = [...configDiagnostics]

  // Per document: from the cache when its inputs are unchanged, otherwise processed in parallel.
  const outcomes = new Map<string, DocumentOutcome>()
  const todo = []
  for (const s of sources) {
    const cached = options.force ? undefined : readCachedDocument(outDir, s.id, documentKeys[s.id])
    if (cached) outcomes.set(s.id, cached)
    else todo.push({ editionDir: edition.dir, outDir, sourceId: s.id, cwd: process.cwd() })
  }
  if (outcomes.size) reporter.progress(`${outcomes.size} document${outcomes.size === 1 ? '' : 's'} unchanged, taken from the last build`)
  const fresh = await runDocumentJobs(todo, {
    jobs: options.jobs,
    onDone: (o, n) => {
      const errors = o.diagnostics.filter((d) => d.severity === 'error').length
      const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length
      reporter.progress(`[${n}/${todo.length}] ${o.id}: ${errors ? `${errors} error${errors === 1 ? '' : 's'}, not published` : 'valid TEI'}` +
        `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${Math.round(o.ms)} ms)`)
    },
  })
  for (const o of fresh) outcomes.set(o.id, o)
  const built = sources.map((s) => ({ source: s, outcome: outcomes.get(s.id)! }))
  for (const b of built) all.push(...b.outcome.diagnostics)

  if (edited.length && !options.force) {
    const ds: Diagnostic[] = edited.map((s) => {
      const target = join(outDir, 'tei', `${s.id}.xml`)
      const beside = besidePath(target)
      writeFileAtomic(beside, outcomes.get(s.id)!.xml)
      return {
        code: 'output-hand-edited', severity: 'error', stage: 'cli', file: edition.display(target), line: 1, column: 1,
        message: `this file was changed after Lectio wrote it; nothing was overwritten. The new version is in ${edition.display(beside)}: compare them, keep your edits in the source or registers, then rerun with --force`,
      }
    })
    throw new LectioError(ds)
  }

  const stage = stageOutput(outDir)
  try {
    const ok = built.filter((b) => b.outcome.ok)
    for (const b of built) {
      writeCachedDocument(stage.dir, documentKeys[b.source.id], b.outcome)
      if (b.outcome.ok) writeRecorded(join(stage.dir, 'tei', `${b.source.id}.xml`), b.outcome.xml)
      else if (b.outcome.xml) writeFileAtomic(join(stage.dir, 'rejected', `${b.source.id}.xml`), b.outcome.xml)
    }
    const apparatus = await collateWorks(edition, built, stage.dir, outDir, all, reporter)

    const reports = built.map((b) => b.outcome.report).filter((r): r is DocumentEntityReport => r !== null)
    writeFileAtomic(join(stage.dir, 'reports', 'entities.json'), JSON.stringify(reports, null, 2) + '\n')
    writeFileAtomic(join(stage.dir, 'reports', 'entities.txt'), formatEntityReport(reports))
    writeFileAtomic(join(stage.dir, 'reports', 'register-draft.json'), JSON.stringify(suggestRegister(reports), null, 2) + '\n')

    const publishedKey = hashParts(editionKey, ...ok.map((b) => documentKeys[b.source.id]), ...apparatus.map((a) => a.teiXml))

    // HTML site: re-rendered only when a published document, the edition or the tool changed.
    let t0 = performance.now()
    const siteKey = hashParts(publishedKey, withPdf ? 'pdf-links' : '')
    if (previous?.siteKey === siteKey && existsSync(join(outDir, 'html'))) {
      cpSync(join(outDir, 'html'), join(stage.dir, 'html'), { recursive: true })
      reporter.progress('html: unchanged')
    } else {
      const site = renderSite({
        edition: edition.config,
        registers: edition.registers,
        documents: ok.map((b) => ({ id: b.source.id, teiXml: b.outcome.xml, teiHref: `../tei/${b.source.id}.xml`, pdfHref: withPdf ? `../pdf/${b.source.id}.pdf` : undefined })),
        apparatus,
      })
      all.push(...site.diagnostics)
      for (const [path, content] of [...site.files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileAtomic(join(stage.dir, 'html', path), content)
      reporter.progress(`html: ${site.files.size} files (${Math.round(performance.now() - t0)} ms)`)
    }

    // PDFs.
    const pdfKey = withPdf ? publishedKey : ''
    if (withPdf) {
      t0 = performance.now()
      if (previous?.pdfKey === pdfKey && existsSync(join(outDir, 'pdf'))) {
        cpSync(join(outDir, 'pdf'), join(stage.dir, 'pdf'), { recursive: true })
        reporter.progress('pdf: unchanged')
      } else {
        const renderer = await createPdfRenderer()
        try {
          const pdfs = await renderer.renderEdition(
            { edition: edition.config, registers: edition.registers, documents: ok.map((b) => ({ id: b.source.id, teiXml: b.outcome.xml })), apparatus },
            (m: string) => reporter.progress(`pdf: ${m}`),
          )
          all.push(...pdfs.diagnostics)
          for (const [path, content] of [...pdfs.files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileAtomic(join(stage.dir, 'pdf', path), content)
          reporter.progress(`pdf: ${pdfs.files.size} files (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
        } finally {
          await renderer.close()
        }
      }
    }

    // Deposit package: everything published, with metadata and checksums.
    t0 = performance.now()
    const deposit = buildDeposit({ edition: edition.config, files: collectPayload(stage.dir, edition) })
    all.push(...deposit.diagnostics)
    writeFileAtomic(join(stage.dir, 'deposit', deposit.name), deposit.zip)
    reporter.progress(`deposit: ${deposit.name} (${Math.round(performance.now() - t0)} ms)`)

    writeFileAtomic(join(stage.dir, 'reports', 'diagnostics.json'), JSON.stringify(all, null, 2) + '\n')
    const record: BuildRecord = { buildKey, siteKey, pdfKey, documentKeys }
    writeBuildRecord(stage.dir, record)
    stage.commit()
  } catch (e) {
    stage.abandon()
    throw e
  }
  const published = built.filter((b) => b.outcome.ok).length
  reporter.progress(`built ${published} of ${built.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { diagnostics: all, outDir, documents: built.length, published, upToDate: false }
}

/** Works transmitted in several witnesses → a collation apparatus each (tei/<work>.apparatus.xml). */
async function collateWorks(
  edition: Edition,
  built: { source: Edition['config']['sources'][number]; outcome: DocumentOutcome }[],
  stageDir: string,
  outDir: string,
  all: Diagnostic[],
  reporter: Reporter,
): Promise<{ workId: string; title: string; teiXml: string }[]> {
  const apparatus: { workId: string; title: string; teiXml: string }[] = []
  const works = edition.config.works ?? []
  if (!works.length) return apparatus
  const validator = await sharedValidator()
  for (const work of works) {
    const witnesses = work.witnesses.map((wid) => built.find((b) => b.source.id === wid)!)
    if (witnesses.some((w) => !w.outcome.ok)) {
      all.push({ code: 'collation-skipped', severity: 'warning', stage: 'cli', file: edition.display(join(edition.dir, 'edition.json')), line: 1, column: 1, message: `work "${work.id}" was not collated: a witness has errors` })
      continue
    }
    const t0 = performance.now()
    const sigla = witnesses.map((w, k) => w.source.witness ?? String.fromCharCode(65 + k))
    const collation = collateWitnesses(
      witnesses.map((w, k) => ({ siglum: sigla[k], id: w.source.id, title: w.source.title, teiXml: w.outcome.xml })),
      { workId: work.id, title: work.title, base: sigla[work.witnesses.indexOf(work.base)], ignoreCase: work.ignoreCase, ignorePunctuation: work.ignorePunctuation, edition: edition.config },
    )
    const shown = edition.display(join(outDir, 'tei', `${work.id}.apparatus.xml`))
    const ds = applySeverityOverrides([...collation.diagnostics, ...validator.validate(collation.teiXml, shown, { registers: edition.registers })], edition.config.rules)
    all.push(...ds)
    if (ds.some((d) => d.severity === 'error')) {
      writeFileAtomic(join(stageDir, 'rejected', `${work.id}.apparatus.xml`), collation.teiXml)
      reporter.progress(`collate ${work.id}: errors, not published`)
      continue
    }
    writeRecorded(join(stageDir, 'tei', `${work.id}.apparatus.xml`), collation.teiXml)
    apparatus.push({ workId: work.id, title: work.title, teiXml: collation.teiXml })
    reporter.progress(`collate ${work.id}: ${work.witnesses.length} witnesses (${Math.round(performance.now() - t0)} ms) → ${shown}`)
  }
  return apparatus
}

/** Files that go into the deposit, read back from the staged output (tei, html, pdf) and the registers. */
function collectPayload(stageDir: string, edition: Edition): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  const add = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return
    for (const rel of listFiles(dir)) {
      if (rel.split('/').some((p) => p.startsWith('.'))) continue
      files.set(`${prefix}/${rel}`, readFileSync(join(dir, rel)))
    }
  }
  add(join(stageDir, 'tei'), 'tei')
  add(join(stageDir, 'html'), 'html')
  add(join(stageDir, 'pdf'), 'pdf')
  add(join(edition.dir, 'registers'), 'registers')
  return files
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = []
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p, base))
    else out.push(relative(base, p).split('\\').join('/'))
  }
  return out
}
