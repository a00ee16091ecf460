/**
 * `lectio build`: the whole pipeline for one edition.
 *   import → enrich → fidelity → serialize → validate   (per document)
 *   collate (per work) → render HTML site → render PDFs → deposit package
 * Nothing invalid is published: a document with errors is written to `rejected/` for inspection
 * only, and is left out of the site, the PDFs and the deposit. Outputs are staged and swapped in
 * at the end (output-dir.ts), so an interrupted build never leaves half-written outputs.
 */
import { join, relative } from 'node:path'
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs'
import { loadEdition, type Edition, type SourceConfig } from '../../core/edition.js'
import { applySeverityOverrides, type Diagnostic } from '../../core/diagnostic.js'
import { serializeTei } from '../../core/xml/serialize.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { LectioError } from '../../core/errors.js'
import { processTextFile } from '../text-document.js'
import { createTeiValidator } from '../../validate/index.js'
import { collateWitnesses } from '../../collate/index.js'
import { renderSite } from '../../render/html/index.js'
import { createPdfRenderer } from '../../render/print/index.js'
import { buildDeposit } from '../../deposit/index.js'
import { suggestRegister, type DocumentEntityReport } from '../../enrich/index.js'
import { stageOutput } from './output-dir.js'
import { besidePath, isHandEdited, writeRecorded } from './output-record.js'
import { formatEntityReport } from './entity-report.js'
import type { Reporter } from '../report.js'

export interface BuildOptions {
  editionDir: string
  outDir?: string
  pdf?: boolean
  force?: boolean
}

export interface BuildResult {
  diagnostics: Diagnostic[]
  outDir: string
  documents: number
  published: number
}

interface BuiltDocument { source: SourceConfig; id: string; xml: string; report: DocumentEntityReport; ok: boolean }

export async function buildEdition(options: BuildOptions, reporter: Reporter): Promise<BuildResult> {
  const started = performance.now()
  const { edition, diagnostics: configDiagnostics } = loadEdition(options.editionDir)
  const outDir = options.outDir ?? join(edition.dir, 'dist')
  const shownOut = edition.display(outDir)
  const all: Diagnostic[] = [...configDiagnostics]
  const sources = edition.config.sources
  reporter.progress(`lectio build ${edition.displayDir} → ${shownOut} (${sources.length} source${sources.length === 1 ? '' : 's'})`)

  // Refuse to overwrite TEI that an editor changed by hand since the last build.
  const edited = sources.filter((s) => isHandEdited(join(outDir, 'tei', `${s.id}.xml`)))

  const validator = await createTeiValidator()
  const built: BuiltDocument[] = []
  for (const [i, source] of sources.entries()) {
    const t0 = performance.now()
    const shownSource = edition.display(edition.sourcePath(source))
    const result = processTextFile(edition.sourcePath(source), shownSource, {
      id: source.id, source, edition: edition.config, registers: edition.registers,
    })
    const xml = serializeTei(result.doc.tree)
    const teiShown = edition.display(join(outDir, 'tei', `${source.id}.xml`))
    const validation = validator.validate(xml, teiShown, { registers: edition.registers, letter: source.kind === 'letter' || source.kind === 'letters' })
    const ds = applySeverityOverrides([...result.diagnostics, ...validation], edition.config.rules)
    all.push(...ds)
    const errors = ds.filter((d) => d.severity === 'error').length
    const warnings = ds.filter((d) => d.severity === 'warning').length
    built.push({ source, id: source.id, xml, report: result.report, ok: errors === 0 })
    reporter.progress(`[${i + 1}/${sources.length}] ${source.id}: ${errors ? `${errors} error${errors === 1 ? '' : 's'}, not published` : 'valid TEI'}` +
      `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${Math.round(performance.now() - t0)} ms)`)
  }

  if (edited.length && !options.force) {
    const ds: Diagnostic[] = edited.map((s) => {
      const target = join(outDir, 'tei', `${s.id}.xml`)
      const beside = besidePath(target)
      writeFileAtomic(beside, built.find((b) => b.id === s.id)!.xml)
      return {
        code: 'output-hand-edited', severity: 'error', stage: 'cli', file: edition.display(target), line: 1, column: 1,
        message: `this file was changed after Lectio wrote it; nothing was overwritten. The new version is in ${edition.display(beside)}: compare them, keep your edits in the source or registers, then rerun with --force`,
      }
    })
    throw new LectioError(ds)
  }

  const stage = stageOutput(outDir)
  try {
    const ok = built.filter((b) => b.ok)
    for (const b of built) {
      if (b.ok) writeRecorded(join(stage.dir, 'tei', `${b.id}.xml`), b.xml)
      else writeFileAtomic(join(stage.dir, 'rejected', `${b.id}.xml`), b.xml)
    }

    // Works transmitted in several witnesses → a collation apparatus.
    const apparatus: { workId: string; title: string; teiXml: string }[] = []
    for (const work of edition.config.works ?? []) {
      const witnesses = work.witnesses.map((wid) => built.find((b) => b.id === wid)!)
      if (witnesses.some((w) => !w.ok)) {
        all.push({ code: 'collation-skipped', severity: 'warning', stage: 'cli', file: edition.display(join(edition.dir, 'edition.json')), line: 1, column: 1, message: `work "${work.id}" not collated: a witness has errors` })
        continue
      }
      const t0 = performance.now()
      const sigla = work.witnesses.map((wid, k) => built.find((b) => b.id === wid)!.source.witness ?? String.fromCharCode(65 + k))
      const collation = collateWitnesses(
        witnesses.map((w, k) => ({ siglum: sigla[k], id: w.id, title: w.source.title, teiXml: w.xml })),
        { workId: work.id, title: work.title, base: sigla[work.witnesses.indexOf(work.base)], ignoreCase: work.ignoreCase, ignorePunctuation: work.ignorePunctuation, edition: edition.config },
      )
      const shown = edition.display(join(outDir, 'tei', `${work.id}.apparatus.xml`))
      const vds = validator.validate(collation.teiXml, shown, { registers: edition.registers })
      const ds = applySeverityOverrides([...collation.diagnostics, ...vds], edition.config.rules)
      all.push(...ds)
      if (ds.some((d) => d.severity === 'error')) {
        writeFileAtomic(join(stage.dir, 'rejected', `${work.id}.apparatus.xml`), collation.teiXml)
        reporter.progress(`collate ${work.id}: errors, not published`)
        continue
      }
      writeRecorded(join(stage.dir, 'tei', `${work.id}.apparatus.xml`), collation.teiXml)
      apparatus.push({ workId: work.id, title: work.title, teiXml: collation.teiXml })
      reporter.progress(`collate ${work.id}: ${work.witnesses.length} witnesses (${Math.round(performance.now() - t0)} ms)`)
    }

    // Reports: entities per document, and every diagnostic as JSON for tools.
    const reports = built.map((b) => b.report)
    writeFileAtomic(join(stage.dir, 'reports', 'entities.json'), JSON.stringify(reports, null, 2) + '\n')
    writeFileAtomic(join(stage.dir, 'reports', 'entities.txt'), formatEntityReport(reports))
    writeFileAtomic(join(stage.dir, 'reports', 'register-draft.json'), JSON.stringify(suggestRegister(reports), null, 2) + '\n')

    // HTML site.
    let t0 = performance.now()
    const site = renderSite({
      edition: edition.config,
      registers: edition.registers,
      documents: ok.map((b) => ({ id: b.id, teiXml: b.xml, teiHref: `../tei/${b.id}.xml`, pdfHref: options.pdf === false ? undefined : `../pdf/${b.id}.pdf` })),
      apparatus,
    })
    all.push(...site.diagnostics)
    for (const [path, content] of [...site.files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileAtomic(join(stage.dir, 'html', path), content)
    reporter.progress(`html: ${site.files.size} files (${Math.round(performance.now() - t0)} ms)`)

    // PDFs.
    if (options.pdf !== false) {
      t0 = performance.now()
      const renderer = await createPdfRenderer()
      try {
        const pdfs = await renderer.renderEdition(
          { edition: edition.config, registers: edition.registers, documents: ok.map((b) => ({ id: b.id, teiXml: b.xml })), apparatus },
          (m) => reporter.progress(`pdf: ${m}`),
        )
        all.push(...pdfs.diagnostics)
        for (const [path, content] of [...pdfs.files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileAtomic(join(stage.dir, 'pdf', path), content)
        reporter.progress(`pdf: ${pdfs.files.size} files (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
      } finally {
        await renderer.close()
      }
    }

    // Deposit package: everything published, with metadata and checksums.
    t0 = performance.now()
    const payload = collectPayload(stage.dir, edition)
    const deposit = buildDeposit({ edition: edition.config, files: payload })
    all.push(...deposit.diagnostics)
    writeFileAtomic(join(stage.dir, 'deposit', deposit.name), deposit.zip)
    reporter.progress(`deposit: ${deposit.name} (${Math.round(performance.now() - t0)} ms)`)

    writeFileAtomic(join(stage.dir, 'reports', 'diagnostics.json'), JSON.stringify(all, null, 2) + '\n')
    stage.commit()
  } catch (e) {
    stage.abandon()
    throw e
  }
  const published = built.filter((b) => b.ok).length
  reporter.progress(`built ${published} of ${built.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { diagnostics: all, outDir, documents: built.length, published }
}

/** Files that go into the deposit, read back from the staged output (tei, html, pdf, registers). */
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
  for (const e of readdirSyncSorted(dir)) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p, base))
    else out.push(relative(base, p).split('\\').join('/'))
  }
  return out
}

function readdirSyncSorted(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
