#!/usr/bin/env node
// npm run bench [-- --n 1000] [--jobs N] [--pdf-sample 3] [--rounds 3] [--keep]
// Generates a synthetic edition of N letters, times each stage in one thread (documents/s, MB/s),
// then the real parallel `lectio build --no-pdf`, a no-op rebuild and a one-source rebuild, with
// peak memory; then the reference runs on the build's own TEI files (scripts/bench/references.mjs):
// TEI Stylesheets' HTML step on Saxon-HE Java against the build, jing against `lectio validate`
// (alternately, --rounds times), and prints the two ratios. Writes bench-results/bench-<N>.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs'
import { tmpdir, cpus, availableParallelism } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateEdition } from './bench/generate-edition.mjs'
import { htmlReferenceSetup, median, runHtmlReference, runValidateReference, teiFiles } from './bench/references.mjs'
import { benchSearch } from './bench/search.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' }, jobs: { type: 'string' }, 'pdf-sample': { type: 'string', default: '3' }, keep: { type: 'boolean' } } })
const n = Number(values.n)
if (!Number.isInteger(n) || n < 1) { console.error('bench: --n takes a whole number ≥ 1'); process.exit(2) }
const dist = (p) => import(join(root, 'dist', p))

const work = mkdtempSync(join(tmpdir(), 'lectio-bench-'))
const dir = join(work, 'edition')
process.stderr.write(`generating ${n} letters in ${dir}\n`)
const gen = generateEdition(dir, n)
const mb = gen.bytes / 1e6

const { loadEdition } = await dist('core/edition.js')
const { decodeSource } = await dist('core/read-source.js')
const { importText, checkFidelity } = await dist('import/index.js')
const { enrichDocument } = await dist('enrich/index.js')
const { serializeTei } = await dist('core/xml/serialize.js')
const { createTeiValidator } = await dist('validate/index.js')
const { renderDocumentPage, digestDocument, renderEditionPages } = await dist('render/html/index.js')
const { createPdfRenderer } = await dist('render/print/index.js')

const { edition } = loadEdition(dir)
const t = { import: 0, enrich: 0, validate: 0, html: 0, pdf: 0, schemaLoad: 0 }
let now = performance.now()
const validator = await createTeiValidator()
t.schemaLoad = performance.now() - now
const digests = []
const pdfDocs = []
const pdfSample = Math.min(Number(values['pdf-sample']), n)
let i = 0
const bigBodies = []
let bigBytes = 0
let bigShell
for (const s of edition.config.sources) {
  const bytes = readFileSync(edition.sourcePath(s))
  now = performance.now()
  const { source } = decodeSource(bytes, s.file)
  const imported = importText(source, { id: s.id, kind: s.kind, metadata: { title: s.title, author: s.author, date: s.date }, edition: edition.config })
  t.import += performance.now() - now
  now = performance.now()
  const enriched = enrichDocument(imported.doc, { registers: edition.registers })
  checkFidelity(enriched.doc)
  t.enrich += performance.now() - now
  now = performance.now()
  const xml = serializeTei(enriched.doc.tree)
  validator.validate(xml, `${s.id}.xml`, { registers: edition.registers, letter: true })
  t.validate += performance.now() - now
  // the bodies of the first letters, for one ~1 MB document (ids dropped: they repeat)
  if (bigBytes < 1e6) { const b = /<body>([\s\S]*)<\/body>/.exec(xml)?.[1] ?? ''; bigBodies.push(b.replace(/ xml:id="[^"]*"/g, '')); bigBytes += b.length; bigShell ??= xml }
  now = performance.now()
  // the document's page (neighbours' links left out: they cost nothing) and its digest for the edition pages
  renderDocumentPage(edition.config, s.id, xml, {})
  const d = digestDocument(s.id, xml, edition.config)
  digests.push({ rows: d.rows, entries: d.entries, search: d.search })
  t.html += performance.now() - now
  if (pdfDocs.length < pdfSample) pdfDocs.push({ id: s.id, teiXml: xml })
  if (++i % 250 === 0) process.stderr.write(`  stage timings: ${i}/${n}\n`)
}
now = performance.now()
renderEditionPages(edition.config, digests)
t.html += performance.now() - now
const htmlDocs = n
if (pdfSample > 0) {
  const renderer = await createPdfRenderer()
  now = performance.now()
  for (const d of pdfDocs) await renderer.renderDocument(d.teiXml, `${d.id}.xml`)
  t.pdf = performance.now() - now
  await renderer.close()
}

const cli = (args, env = {}) => {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [join(root, 'bin/lectio.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  const ms = performance.now() - t0
  const mem = /peak memory: (\d+) MB/.exec(r.stderr)
  if (r.status !== 0 && r.status !== 1) { console.error(r.stderr); process.exit(1) }
  return { ms, peakMB: mem ? Number(mem[1]) : undefined, status: r.status }
}
const jobsArgs = values.jobs ? ['--jobs', values.jobs] : []
process.stderr.write('full build (parallel, without PDF)\n')
const full = cli(['build', dir, '--no-pdf', '--quiet', ...jobsArgs], { LECTIO_REPORT_MEMORY: '1' })
process.stderr.write('no-op rebuild\n')
const noop = cli(['build', dir, '--no-pdf', '--quiet', ...jobsArgs])
appendFileSync(edition.sourcePath(edition.config.sources[0]), '\nP.S. One more line for the incremental build.\n')
process.stderr.write('rebuild after changing one source\n')
const one = cli(['build', dir, '--no-pdf', '--quiet', ...jobsArgs])

// the reference runs, over the TEI files the build wrote
const tei = teiFiles(dir)
const htmlSetup = htmlReferenceSetup()
let htmlReferenceMs
if (!htmlSetup.missing) {
  process.stderr.write(`reference: TEI Stylesheets html/html.xsl on Saxon-HE over ${tei.length} TEI files\n`)
  htmlReferenceMs = runHtmlReference(htmlSetup, tei, work)
}
process.stderr.write(`reference: jing and lectio validate over ${tei.length} TEI files, ${values.rounds} rounds each\n`)
const validateReference = runValidateReference(root, tei, Number(values.rounds))

// the search: its index against the site, the time to first results in Chromium, and the build
// without it (edition.json "search": false, a full build into another folder; run last, so the
// file cache favours it, not the build with search)
process.stderr.write('search: index size and time to first results in Chromium\n')
const search = await benchSearch(join(dir, 'dist', 'html'), ['time', 'Zurich', 'Greta Hartmann', 'because people'])
const config = readFileSync(join(dir, 'edition.json'), 'utf8')
writeFileSync(join(dir, 'edition.json'), JSON.stringify({ ...JSON.parse(config), search: false }, null, 2) + '\n')
process.stderr.write('full build without search\n')
const noSearch = cli(['build', dir, '--no-pdf', '--quiet', '--out', join(dir, 'dist-no-search'), ...jobsArgs])
writeFileSync(join(dir, 'edition.json'), config)

// one ~1 MB TEI document, validated after the schema is loaded (best of three runs)
const big = bigShell.replace(/<body>[\s\S]*<\/body>/, () => `<body>${bigBodies.join('\n')}</body>`)
let bigMs = Infinity
for (let k = 0; k < 3; k++) { now = performance.now(); validator.validate(big, 'one-megabyte.xml', { registers: edition.registers, letter: true }); bigMs = Math.min(bigMs, performance.now() - now) }

const perStage = (ms, count = n, bytes = mb) => ({ ms: Math.round(ms), docsPerSecond: +(count / (ms / 1000)).toFixed(1), mbPerSecond: +((bytes * count / n) / (ms / 1000)).toFixed(2) })
const results = {
  machine: { cpus: cpus()[0]?.model, cores: availableParallelism(), node: process.version },
  documents: n, megabytes: +mb.toFixed(2),
  singleThread: {
    schemaLoadMs: Math.round(t.schemaLoad),
    validateOneDocument: { megabytes: +(big.length / 1e6).toFixed(2), ms: Math.round(bigMs) },
    import: perStage(t.import), enrich: perStage(t.enrich), validate: perStage(t.validate),
    html: perStage(t.html, htmlDocs), pdf: pdfSample ? perStage(t.pdf, pdfSample) : null,
  },
  build: { wallSeconds: +(full.ms / 1000).toFixed(2), peakMemoryMB: full.peakMB, noopRebuildSeconds: +(noop.ms / 1000).toFixed(2), oneSourceRebuildSeconds: +(one.ms / 1000).toFixed(2) },
  references: references(),
  search: { ...search, buildWithoutSearchSeconds: +(noSearch.ms / 1000).toFixed(2), buildSlowerPercent: +((full.ms / noSearch.ms - 1) * 100).toFixed(1) },
}

function references() {
  const seconds = (ms) => +(ms / 1000).toFixed(2)
  const html = htmlSetup.missing
    ? { missing: htmlSetup.missing }
    : { teiStylesheetsSeconds: seconds(htmlReferenceMs), buildSeconds: seconds(full.ms), ratio: +(full.ms / htmlReferenceMs).toFixed(2) }
  if (validateReference.missing) return { html, validate: { missing: validateReference.missing } }
  const { jing, lectio } = validateReference
  const ratios = lectio.map((l, i) => l / jing[i])
  const validate = {
    files: tei.length, jingSeconds: jing.map(seconds), lectioSeconds: lectio.map(seconds),
    ratio: +median(ratios).toFixed(2), ratioRange: [+Math.min(...ratios).toFixed(2), +Math.max(...ratios).toFixed(2)],
  }
  return { html, validate }
}
const row = (name, s) => s ? `${name.padEnd(10)} ${String(s.ms).padStart(8)} ms ${String(s.docsPerSecond).padStart(9)} docs/s ${String(s.mbPerSecond).padStart(7)} MB/s` : `${name.padEnd(10)} (skipped)`
console.log(`\nLectio benchmark: ${n} letters, ${results.megabytes} MB, ${results.machine.cores} cores, Node ${process.version}`)
console.log('\nper stage, one thread:')
console.log(`schema load ${results.singleThread.schemaLoadMs} ms (once per process); one ${results.singleThread.validateOneDocument.megabytes} MB TEI document validates in ${results.singleThread.validateOneDocument.ms} ms`)
for (const k of ['import', 'enrich', 'validate', 'html']) console.log(row(k, results.singleThread[k]))
console.log(row(`pdf (${pdfSample})`, results.singleThread.pdf))
console.log(`\nlectio build --no-pdf: ${results.build.wallSeconds} s, peak memory ${results.build.peakMemoryMB} MB`)
console.log(`no-op rebuild: ${results.build.noopRebuildSeconds} s; after changing one source: ${results.build.oneSourceRebuildSeconds} s`)
const { html, validate } = results.references
console.log('\nagainst the references, same machine, same TEI files:')
if (html.missing) console.log(`build vs TEI Stylesheets HTML: not measured, missing ${html.missing.join('; ')}`)
else console.log(`build vs TEI Stylesheets HTML: ${html.ratio}× (lectio build --no-pdf ${html.buildSeconds} s; html/html.xsl on Saxon-HE Java ${html.teiStylesheetsSeconds} s)`)
if (validate.missing) console.log(`validate vs jing: not measured, missing ${validate.missing.join('; ')}`)
else console.log(`validate vs jing: ${validate.ratio}× (median of ${validate.lectioSeconds.length}, range ${validate.ratioRange.join('–')}; lectio validate ${validate.lectioSeconds.join(', ')} s; jing ${validate.jingSeconds.join(', ')} s; ${validate.files} files)`)
console.log(`search: index ${(search.indexBytes / 1e6).toFixed(2)} MB = ${search.indexShare} % of the site (${(search.siteBytes / 1e6).toFixed(1)} MB), ${search.shards} shards; build ${results.search.buildSlowerPercent} % slower than without search (${results.search.buildWithoutSearchSeconds} s)`)
for (const [q, r] of Object.entries(search.firstResults)) console.log(`  first results for "${q}" (${r.results}): median ${r.medianMs} ms, max ${r.maxMs} ms`)
mkdirSync(join(root, 'bench-results'), { recursive: true })
const out = join(root, 'bench-results', `bench-${n}.json`)
writeFileSync(out, JSON.stringify(results, null, 2) + '\n')
console.log(`\nresults: ${out}`)
if (!values.keep) rmSync(work, { recursive: true, force: true })
