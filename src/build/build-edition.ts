/**
 * `lectio build`: the whole pipeline for one edition.
 *   per document (in parallel): import → enrich → fidelity → serialize → validate → digest
 *   per work: collate;  per document (in parallel): its HTML page
 *   per edition: the edition pages (from the digests), PDFs, EPUB; the deposit package when asked
 * Nothing invalid is published: a document with errors goes to `rejected/` for inspection only and
 * is left out of the site, the PDFs and the deposit. Outputs are staged and swapped in at the end
 * (output-dir.ts). Incremental: content hashes decide what is stale (build-cache.ts); a build with
 * nothing changed only checks the hashes. Memory: documents go from the workers to files, and the
 * main thread keeps a small summary of each (diagnostics, title, digest), never the corpus — except
 * for the PDF edition volume, which needs every document at once.
 */
import { join, relative } from 'node:path'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { loadEdition, type Edition } from '../core/edition.js'
import { applySeverityOverrides, type Diagnostic } from '../core/diagnostic.js'
import { openFileAtomic, writeFileAtomic } from '../core/write-atomic.js'
import { LectioError } from '../core/errors.js'
import { collateWitnesses } from '../collate/index.js'
import { renderApparatusPages } from '../render/html/index.js'
import { createPdfRenderer } from '../render/print/index.js'
import { buildEpub } from './epub-step.js'
import { depositFileName } from '../deposit/index.js'
import { suggestRegister, type DocumentEntityReport } from '../enrich/index.js'
import { carryOver, carryOverTree, stageOutput, recover, writeStaged } from './output-dir.js'
import { besidePath, handEditedIn, OutputRecorder } from './output-record.js'
import { formatEntityReport } from './entity-report.js'
import { hashParts, sha256File, toolFingerprint } from './fingerprint.js'
import { cachedTeiPath, copyCachedDocument, documentCacheDir, readBuildRecord, readCachedReport, readCachedSummary, writeBuildRecord, type BuildRecord } from './build-cache.js'
import { runBuildJobs } from './document-pool.js'
import { sharedValidator, type DocumentJob, type DocumentSummary, type PageJob, type PageOutcome } from './process-document.js'
import type { DepositOutcome, SiteOutcome } from './edition-jobs.js'
import type { Reporter } from '../core/reporter.js'
import type { BuildEntityReport } from './tei/tei-report.js'

export interface BuildOptions {
  editionDir: string
  outDir?: string
  pdf?: boolean
  /** The EPUB edition (default: made). */
  epub?: boolean
  force?: boolean
  /** Worker threads for the per-document stages (default: one per core). */
  jobs?: number
  /**
   * Make the deposit package (`lectio deposit`, `lectio build --deposit`). Without it, a build
   * keeps the deposit of an earlier build only while nothing it holds has changed.
   */
  deposit?: boolean
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
    let content = ''
    try { content = sha256File(edition.sourcePath(s)) } catch { /* reported by the import */ }
    documentKeys[s.id] = hashParts(editionKey, JSON.stringify(s), content)
  }
  // the register files' bytes: the deposit holds them as they are (parsed, they are in editionKey)
  const registerFiles = registerFilesKey(edition)
  const buildKey = hashParts(editionKey, JSON.stringify(documentKeys), withPdf ? 'pdf' : 'no-pdf', options.epub === false ? 'no-epub' : 'epub', registerFiles)
  const previous = readBuildRecord(outDir)
  const edited = handEditedIn(join(outDir, 'tei'), sources.map((s) => `${s.id}.xml`)).map((f) => f.slice(0, -'.xml'.length))

  const depositCurrent = !options.deposit || (previous?.depositKey !== undefined && existsSync(join(outDir, 'deposit', depositFileName(edition.config))))
  if (previous?.buildKey === buildKey && depositCurrent && !options.force && edited.length === 0) {
    const diagnostics = JSON.parse(readFileSync(join(outDir, 'reports', 'diagnostics.json'), 'utf8')) as Diagnostic[]
    reporter.progress(`lectio build ${edition.displayDir}: nothing changed since the last build; ${shownOut} is up to date (${Math.round(performance.now() - started)} ms)`)
    const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
    return { diagnostics, outDir, documents: sources.length, published: sources.length - failed.size, upToDate: true }
  }

  reporter.progress(`lectio build ${edition.displayDir} → ${shownOut} (${sources.length} source${sources.length === 1 ? '' : 's'})`)
  const all: Diagnostic[] = [...configDiagnostics]
  const stage = stageOutput(outDir)
  try {
    const cacheDir = documentCacheDir(stage.dir)
    const summaries = await buildDocuments(edition, outDir, cacheDir, documentKeys, options, reporter)
    for (const s of summaries) all.push(...s.diagnostics)

    if (edited.length && !options.force) throw new LectioError(handEdited(edition, edited, outDir, cacheDir, summaries))

    const recorder = new OutputRecorder()
    const ok = summaries.filter((s) => s.ok)
    for (const s of summaries) {
      if (s.ok) recorder.write(join(stage.dir, 'tei', `${s.id}.xml`), readFileSync(cachedTeiPath(cacheDir, s.id)))
      else if (s.hasTei) writeStaged(join(stage.dir, 'rejected', `${s.id}.xml`), readFileSync(cachedTeiPath(cacheDir, s.id)))
    }
    const teiOf = (id: string) => readFileSync(cachedTeiPath(cacheDir, id), 'utf8')
    const apparatus = await collateWorks(edition, summaries, teiOf, stage.dir, outDir, recorder, all, reporter)
    recorder.flush()
    writeEntityReports(join(stage.dir, 'reports'), summaries.map((s) => s.id), (id) => readCachedReport(cacheDir, id))

    const publishedKey = hashParts(editionKey, ...ok.map((s) => documentKeys[s.id]), ...apparatus.map((a) => a.teiXml))

    // HTML site: re-rendered only when a published document, the edition or the tool changed,
    // and then only the pages whose document or neighbours changed, and the edition pages.
    let t0 = performance.now()
    const siteKey = hashParts(publishedKey, withPdf ? 'pdf-links' : '')
    let pageKeys: Record<string, string> = previous?.pageKeys ?? {}
    let editionPages: Promise<Diagnostic[]> = Promise.resolve([])
    if (previous?.siteKey === siteKey && existsSync(join(outDir, 'html'))) {
      carryOverTree(join(outDir, 'html'), join(stage.dir, 'html'))
      reporter.progress('html: unchanged')
    } else {
      const html = await renderHtml(edition, ok, cacheDir, stage.dir, outDir, documentKeys, previous?.pageKeys ?? {}, apparatus, withPdf, options, all, reporter)
      pageKeys = html.pageKeys
      editionPages = html.editionPages.then((ds) => {
        reporter.progress(`html: ${ok.length + 2 * apparatus.length} document pages and the edition pages (${Math.round(performance.now() - t0)} ms)`)
        return ds
      })
    }

    // EPUB: each changed document's content document, then the book, each only when changed
    // (epub-step.ts); on this thread while a worker writes the edition pages
    const epubDiagnostics: Diagnostic[] = []
    try {
      if (options.epub !== false) {
        const t1 = performance.now()
        const epub = buildEpub(edition, ok.map((s) => ({ id: s.id, key: documentKeys[s.id] })), teiOf, outDir, stage.dir)
        epubDiagnostics.push(...epub.diagnostics)
        reporter.progress(`epub: ${edition.config.id}.epub${epub.unchanged ? ' unchanged' : ''} (${Math.round(performance.now() - t1)} ms)`)
      }
    } finally {
      // the edition pages' messages come before the EPUB's, as when the steps ran one after the other
      all.push(...await editionPages)
    }
    all.push(...epubDiagnostics)

    // PDFs: the edition volume needs every document at once, so this is the one step that reads
    // the whole corpus into memory (leave it out with --no-pdf for very large editions).
    const pdfKey = withPdf ? publishedKey : ''
    if (withPdf) {
      t0 = performance.now()
      if (previous?.pdfKey === pdfKey && existsSync(join(outDir, 'pdf'))) {
        carryOverTree(join(outDir, 'pdf'), join(stage.dir, 'pdf'))
        reporter.progress('pdf: unchanged')
      } else {
        const renderer = await createPdfRenderer()
        try {
          const pdfs = await renderer.renderEdition(
            { edition: edition.config, registers: edition.registers, documents: ok.map((s) => ({ id: s.id, teiXml: teiOf(s.id), sourcePath: edition.config.sources.find((c) => c.id === s.id)?.file })), apparatus, editionDir: edition.dir },
            (m: string) => reporter.progress(`pdf: ${m}`),
          )
          all.push(...pdfs.diagnostics)
          for (const [path, content] of [...pdfs.files].sort(([a], [b]) => (a < b ? -1 : 1))) writeStaged(join(stage.dir, 'pdf', path), content)
          reporter.progress(`pdf: ${pdfs.files.size} files (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
        } finally {
          await renderer.close()
        }
      }
    }

    const depositKey = await depositStep(edition, hashParts(siteKey, pdfKey, registerFiles), previous, outDir, stage.dir, options, all, reporter)

    writeStaged(join(stage.dir, 'reports', 'diagnostics.json'), JSON.stringify(all, null, 2) + '\n')
    const record: BuildRecord = { buildKey, siteKey, pdfKey, depositKey, documentKeys, pageKeys }
    writeBuildRecord(stage.dir, record)
    stage.commit()
    const published = ok.length
    reporter.progress(`built ${published} of ${summaries.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return { diagnostics: all, outDir, documents: summaries.length, published, upToDate: false }
  } catch (e) {
    stage.abandon()
    throw e
  }
}

/**
 * The deposit package is a release step: made when asked for (in a worker with a capped heap,
 * streamed one file at a time), kept while everything it holds (the site, the PDFs, the TEI,
 * the registers: `key`) is unchanged, and otherwise left out, so that a stale package never
 * stands beside a newer site. Returns the key of the deposit now in the output, if any.
 */
async function depositStep(
  edition: Edition, key: string, previous: BuildRecord | undefined, outDir: string, stageDir: string,
  options: BuildOptions, all: Diagnostic[], reporter: Reporter,
): Promise<string | undefined> {
  const name = depositFileName(edition.config)
  const current = previous?.depositKey === key && existsSync(join(outDir, 'deposit', name))
  if (current) {
    carryOver(join(outDir, 'deposit', name), join(stageDir, 'deposit', name))
    reporter.progress(`deposit: unchanged (${name})`)
    return key
  }
  if (options.deposit) {
    const t0 = performance.now()
    const [deposit] = await runBuildJobs<DepositOutcome>([{ kind: 'deposit', editionDir: edition.dir, stageDir }], { isolate: true, jobs: options.jobs, heapMb: workerHeapMb(edition) })
    all.push(...deposit.diagnostics)
    reporter.progress(`deposit: ${deposit.name} (${Math.round(performance.now() - t0)} ms)`)
    return key
  }
  if (existsSync(join(outDir, 'deposit'))) reporter.progress(`deposit out of date: removed; run lectio deposit ${edition.displayDir} to make it again`)
  return undefined
}

/** The register files as they are on disk (the deposit holds them byte for byte, not as parsed). */
function registerFilesKey(edition: Edition): string {
  const dir = join(edition.dir, 'registers')
  if (!existsSync(dir)) return ''
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name))).sort()
  return hashParts(...files.flatMap((f) => [f, sha256File(join(dir, f))]))
}

/**
 * The published TEI files an editor changed: nothing is overwritten; the new version is written
 * beside each, and the message says how to keep the edits — for a converted text, by adopting the
 * edited file as the source (then the editor works on the TEI); for a TEI source, in the source.
 */
function handEdited(edition: Edition, edited: string[], outDir: string, cacheDir: string, summaries: DocumentSummary[]): Diagnostic[] {
  return edited.map((id) => {
    const target = join(outDir, 'tei', `${id}.xml`)
    const beside = besidePath(target)
    if (summaries.find((s) => s.id === id)?.hasTei) writeFileAtomic(beside, readFileSync(cachedTeiPath(cacheDir, id)))
    const source = edition.config.sources.find((s) => s.id === id)!
    const shownSource = edition.display(edition.sourcePath(source))
    const keep = edition.sourceFormat(source) === 'tei'
      ? `it is the published copy of the TEI source ${shownSource}: make your edits there, then rerun with --force`
      : `to keep your edits and work on the TEI from now on, make this file the source: lectio adopt ${edition.displayDir} ${id} --from-dist; or carry them into ${shownSource} or the registers and rerun with --force`
    return {
      code: 'output-hand-edited', severity: 'error', stage: 'cli', file: edition.display(target), line: 1, column: 1,
      message: `this file was changed after Lectio wrote it; nothing was overwritten. The new version is in ${edition.display(beside)}: compare them. ${keep[0].toUpperCase()}${keep.slice(1)}`,
    }
  })
}

/**
 * Every document, from the previous build's cache when its inputs are unchanged, otherwise
 * processed in parallel; their TEI, reports and summaries land in `cacheDir`.
 */
async function buildDocuments(edition: Edition, outDir: string, cacheDir: string, documentKeys: Record<string, string>, options: BuildOptions, reporter: Reporter): Promise<DocumentSummary[]> {
  const previousCache = documentCacheDir(outDir)
  const sources = edition.config.sources
  const summaries: DocumentSummary[] = new Array(sources.length)
  const todo: DocumentJob[] = []
  const slots: number[] = []
  sources.forEach((s, i) => {
    const key = documentKeys[s.id]
    const cached = options.force ? undefined : readCachedSummary(previousCache, s.id, key)
    if (cached) {
      copyCachedDocument(previousCache, cacheDir, s.id, cached.hasTei)
      summaries[i] = cached
    } else {
      todo.push({ kind: 'document', editionDir: edition.dir, outDir, sourceId: s.id, cwd: process.cwd(), key, cacheDir })
      slots.push(i)
    }
  })
  const t0 = performance.now()
  const reused = sources.length - todo.length
  if (reused) reporter.progress(`${reused} document${reused === 1 ? '' : 's'} unchanged, taken from the last build`)
  const fresh = await runBuildJobs<DocumentSummary>(todo, {
    jobs: options.jobs,
    heapMb: workerHeapMb(edition),
    onDone: (o, n) => {
      const errors = o.diagnostics.filter((d) => d.severity === 'error').length
      const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length
      // a line per document for small editions; for large ones the rejected ones and a tally
      if (todo.length <= 100 || errors) {
        reporter.progress(`[${n}/${todo.length}] ${o.id}: ${errors ? `${errors} error${errors === 1 ? '' : 's'}, not published` : 'valid TEI'}` +
          `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${Math.round(o.ms)} ms)`)
      }
      if (todo.length > 100 && (n % 500 === 0 || n === todo.length)) {
        const seconds = (performance.now() - t0) / 1000
        reporter.progress(`[${n}/${todo.length}] documents processed (${(n / seconds).toFixed(0)}/s)`)
      }
    },
  })
  fresh.forEach((o, k) => { summaries[slots[k]] = { ...o, ms: 0 } })
  return summaries
}

/**
 * The heap each worker may use: enough for the largest source (measured: importing a 50 MB text
 * peaks near 2.7 GB, about 50 MB of heap per MB of text), and small otherwise, so that garbage
 * is collected instead of piling up as the corpus grows.
 */
function workerHeapMb(edition: Edition): number {
  let largest = 0
  for (const s of edition.config.sources) {
    try { largest = Math.max(largest, statSync(edition.sourcePath(s)).size) } catch { /* reported by the import */ }
  }
  return Math.max(256, 128 + Math.ceil((largest / 2 ** 20) * 64))
}

/** reports/entities.json, entities.txt and register-draft.json, one document's report at a time. */
function writeEntityReports(dir: string, ids: readonly string[], reportOf: (id: string) => BuildEntityReport | null): void {
  const json = openFileAtomic(join(dir, 'entities.json'))
  const text = openFileAtomic(join(dir, 'entities.txt'))
  const candidates: DocumentEntityReport[] = []
  try {
    let first = true
    for (const id of ids) {
      const r = reportOf(id)
      if (!r) continue
      // the layout of JSON.stringify(reports, null, 2), one element at a time
      json.write(`${first ? '[\n' : ',\n'}${JSON.stringify(r, null, 2).replace(/^/gm, '  ')}`)
      text.write(`${first ? '' : '\n'}${formatEntityReport([r])}`)
      candidates.push({ id: r.id, candidates: r.candidates, entities: [], ambiguous: [], dates: [] })
      first = false
    }
    json.write(first ? '[]\n' : '\n]\n')
    json.commit()
    text.commit()
  } catch (e) {
    json.abort()
    text.abort()
    throw e
  }
  writeStaged(join(dir, 'register-draft.json'), JSON.stringify(suggestRegister(candidates), null, 2) + '\n')
}

/**
 * The site: each document's page (in parallel; a page is kept from the last build when its
 * document and its neighbours are unchanged), the apparatus pages, and the edition pages from the
 * documents' digests. Returns the page keys for the next build, and the edition pages' messages
 * once a worker has written them.
 */
async function renderHtml(
  edition: Edition, ok: DocumentSummary[], cacheDir: string, stageDir: string, outDir: string,
  documentKeys: Record<string, string>, previousPageKeys: Record<string, string>,
  apparatus: { workId: string; title: string; teiXml: string }[], withPdf: boolean, options: BuildOptions, all: Diagnostic[], reporter: Reporter,
): Promise<{ pageKeys: Record<string, string>; editionPages: Promise<Diagnostic[]> }> {
  const htmlDir = join(stageDir, 'html')
  // the images of pages kept from the last build come with them (pages rendered now copy theirs)
  if (existsSync(join(outDir, 'html', 'media'))) carryOverTree(join(outDir, 'html', 'media'), join(htmlDir, 'media'))
  const pageKeys: Record<string, string> = {}
  const jobs: PageJob[] = []
  ok.forEach((s, i) => {
    const link = (d: DocumentSummary | undefined) => (d ? { id: d.id, title: d.title } : undefined)
    const prev = link(ok[i - 1])
    const next = link(ok[i + 1])
    const key = hashParts(documentKeys[s.id], JSON.stringify({ prev, next }), withPdf ? 'pdf-links' : '')
    pageKeys[s.id] = key
    const file = `${s.id}.html`
    if (previousPageKeys[s.id] === key && existsSync(join(outDir, 'html', file))) {
      // the page and its citation downloads (cite/<id>.bib, .json)
      for (const f of [file, `cite/${s.id}.bib`, `cite/${s.id}.json`]) if (existsSync(join(outDir, 'html', f))) carryOver(join(outDir, 'html', f), join(htmlDir, f))
      return
    }
    jobs.push({ kind: 'page', editionDir: edition.dir, id: s.id, teiFile: cachedTeiPath(cacheDir, s.id), htmlFile: join(htmlDir, file), teiHref: `../tei/${s.id}.xml`, pdfHref: withPdf ? `../pdf/${s.id}.pdf` : undefined, prev, next })
  })
  if (jobs.length < ok.length) reporter.progress(`html: ${ok.length - jobs.length} document pages unchanged`)
  const pages = await runBuildJobs<PageOutcome>(jobs, { jobs: options.jobs, heapMb: workerHeapMb(edition), onDone: (_, n) => { if (n % 500 === 0) reporter.progress(`html: ${n}/${jobs.length} pages`) } })
  for (const p of pages) all.push(...p.diagnostics)
  for (const a of apparatus) {
    const r = renderApparatusPages(edition.config, a, { pdfHref: withPdf ? `../pdf/${a.workId}.apparatus.pdf` : undefined })
    all.push(...r.diagnostics)
    for (const [path, content] of r.files) writeStaged(join(htmlDir, path), content)
  }
  // the edition pages, from the digests read back one at a time, in a worker with a capped heap;
  // not awaited here, so that the EPUB is made meanwhile
  const works = apparatus.map((a) => ({ workId: a.workId, title: a.title }))
  const editionPages = runBuildJobs<SiteOutcome>([{ kind: 'site', editionDir: edition.dir, cacheDir, ids: ok.map((s) => s.id), works, htmlDir }], { isolate: true, jobs: options.jobs, heapMb: workerHeapMb(edition) })
    .then(([site]) => site.diagnostics)
  return { pageKeys, editionPages }
}

/** Works transmitted in several witnesses → a collation apparatus each (tei/<work>.apparatus.xml). */
async function collateWorks(
  edition: Edition,
  summaries: DocumentSummary[],
  teiOf: (id: string) => string,
  stageDir: string,
  outDir: string,
  recorder: OutputRecorder,
  all: Diagnostic[],
  reporter: Reporter,
): Promise<{ workId: string; title: string; teiXml: string }[]> {
  const apparatus: { workId: string; title: string; teiXml: string }[] = []
  const works = edition.config.works ?? []
  if (!works.length) return apparatus
  const validator = await sharedValidator()
  for (const work of works) {
    const witnesses = work.witnesses.map((wid) => ({ source: edition.config.sources.find((s) => s.id === wid)!, summary: summaries.find((s) => s.id === wid)! }))
    if (witnesses.some((w) => !w.summary.ok)) {
      all.push({ code: 'collation-skipped', severity: 'warning', stage: 'cli', file: edition.display(join(edition.dir, 'edition.json')), line: 1, column: 1, message: `work "${work.id}" was not collated: a witness has errors` })
      continue
    }
    const t0 = performance.now()
    const sigla = witnesses.map((w, k) => w.source.witness ?? String.fromCharCode(65 + k))
    const collation = collateWitnesses(
      witnesses.map((w, k) => ({ siglum: sigla[k], id: w.source.id, title: w.source.title ?? (w.summary.title || w.source.id), teiXml: teiOf(w.source.id) })),
      { workId: work.id, title: work.title, base: sigla[work.witnesses.indexOf(work.base)], ignoreCase: work.ignoreCase, ignorePunctuation: work.ignorePunctuation, edition: edition.config },
    )
    const shown = edition.display(join(outDir, 'tei', `${work.id}.apparatus.xml`))
    const ds = applySeverityOverrides([...collation.diagnostics, ...validator.validate(collation.teiXml, shown, { registers: edition.registers })], edition.config.rules)
    all.push(...ds)
    if (ds.some((d) => d.severity === 'error')) {
      writeStaged(join(stageDir, 'rejected', `${work.id}.apparatus.xml`), collation.teiXml)
      reporter.progress(`collate ${work.id}: errors, not published`)
      continue
    }
    recorder.write(join(stageDir, 'tei', `${work.id}.apparatus.xml`), collation.teiXml)
    apparatus.push({ workId: work.id, title: work.title, teiXml: collation.teiXml })
    reporter.progress(`collate ${work.id}: ${work.witnesses.length} witnesses (${Math.round(performance.now() - t0)} ms) → ${shown}`)
  }
  return apparatus
}

