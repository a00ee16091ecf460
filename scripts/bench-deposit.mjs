#!/usr/bin/env node
// node scripts/bench-deposit.mjs [--n 1000 --n 10000 ...] [--probe-gc] [--in-memory] [--node-flag=--max-old-space-size=64 ...] [--keep]
// (after `npm run build`)
// Memory flatness of the streamed deposit: for each N, in a process of its own, generates N
// synthetic TEI letters (~5 KB) and N HTML pages (~10 KB) on disk, deposits them with
// writeDeposit (each file read when the deposit gets to it), and prints the time and the memory:
// RSS before and after, and the peak (resourceUsage().maxRSS).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { n: { type: 'string', multiple: true }, child: { type: 'boolean' }, keep: { type: 'boolean' }, 'node-flag': { type: 'string', multiple: true }, 'probe-gc': { type: 'boolean' }, 'in-memory': { type: 'boolean' }, dir: { type: 'string' } } })
const ns = (values.n ?? ['1000', '10000']).map(Number)
if (ns.some((n) => !Number.isInteger(n) || n < 1)) { console.error('bench-deposit: --n takes a whole number ≥ 1'); process.exit(2) }

// deterministic filler text (a linear congruential generator), so runs are comparable
let seed = 42
const rand = (k) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k)
const WORDS = 'the of and to in that it was for on with as his he be at by had not but from this which or have they one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ')
const words = (k) => Array.from({ length: k }, () => WORDS[rand(WORDS.length)]).join(' ')
const PEOPLE = 200 // a shared register: letters refer to a few of its people each
const pad = (i) => String(i).padStart(6, '0')

function generate(dir, n) {
  mkdirSync(join(dir, 'tei'), { recursive: true })
  mkdirSync(join(dir, 'html'), { recursive: true })
  let bytes = 0
  for (let i = 0; i < n; i++) {
    for (const [file, text] of [[join(dir, 'tei', `l${pad(i)}.xml`), letter(i)], [join(dir, 'html', `l${pad(i)}.html`), page(i)]]) {
      writeFileSync(file, text)
      bytes += Buffer.byteLength(text)
    }
  }
  return bytes
}

function letter(i) {
  const from = rand(PEOPLE), to = rand(PEOPLE), place = rand(50)
  const person = (p) => `<person xml:id="p${p}"><persName>Person ${p}</persName><idno type="URI">https://example.org/person/${p}</idno></person>`
  const paragraphs = Array.from({ length: 6 }, () => `<p>${words(125)}.</p>`).join('\n        ')
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="l${pad(i)}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Letter ${i}</title><author>Person ${from}</author></titleStmt>
      <publicationStmt><publisher>Bench</publisher></publicationStmt>
      <sourceDesc><bibl>Letter ${i}, synthetic.</bibl></sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc>
        <correspAction type="sent"><persName ref="#p${from}">Person ${from}</persName><placeName ref="https://example.org/place/${place}">Place ${place}</placeName><date when="19${String(10 + (i % 80)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}">a date</date></correspAction>
        <correspAction type="received"><persName ref="#p${to}">Person ${to}</persName></correspAction>
      </correspDesc>
    </profileDesc>
  </teiHeader>
  <standOff>
    <listPerson>${person(from)}${from === to ? '' : person(to)}</listPerson>
  </standOff>
  <text>
    <body>
      <div type="letter">
        ${paragraphs}
      </div>
    </body>
  </text>
</TEI>
`
}
const page = (i) => `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Letter ${i}</title></head><body><main>\n${Array.from({ length: 15 }, () => `<p>${words(130)}.</p>`).join('\n')}\n</main></body></html>\n`

if (!values.child) {
  // the files are generated here, the deposit runs in a process of its own per N: the peak RSS
  // of one run (or of the generation) does not leak into the next
  const rows = []
  for (const n of ns) {
    const work = mkdtempSync(join(tmpdir(), 'lectio-bench-deposit-'))
    const t0 = performance.now()
    const payloadBytes = generate(join(work, 'payload'), n)
    const generateMs = performance.now() - t0
    const r = spawnSync(process.execPath, ['--expose-gc', ...(values['node-flag'] ?? []), fileURLToPath(import.meta.url), '--child', '--n', String(n), '--dir', work, ...(values['probe-gc'] ? ['--probe-gc'] : []), ...(values['in-memory'] ? ['--in-memory'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    if (values.keep) process.stderr.write(`kept ${work}\n`)
    else rmSync(work, { recursive: true, force: true })
    if (r.status !== 0) { console.error(`bench-deposit: N=${n} failed`); process.exit(1) }
    rows.push({ ...JSON.parse(r.stdout), generateMs, payloadBytes })
  }
  const mb = (b) => (b / 2 ** 20).toFixed(1)
  console.log(['N', 'payload MB', 'zip MB', 'generate s', 'deposit s', 'RSS before MB', 'RSS after MB', 'peak RSS MB', 'peak RSS in the pass MB', 'peak heap used MB', 'peak heap total MB', 'peak external MB', ...(values['probe-gc'] ? ['live heap before MB', 'max live heap MB'] : [])].join('\t'))
  for (const r of rows) console.log([r.n, mb(r.payloadBytes), mb(r.zipBytes), (r.generateMs / 1000).toFixed(1), (r.depositMs / 1000).toFixed(1), mb(r.rssBefore), mb(r.rssAfter), mb(r.maxRss), mb(r.peakPassRss), mb(r.peakHeap), mb(r.peakHeapTotal), mb(r.peakExternal), ...(values['probe-gc'] ? [mb(r.liveBefore), mb(r.liveMax)] : [])].join('\t'))
  process.exit(0)
}

// --- child: one N ---
const n = ns[0]
const { writeDeposit, buildDeposit } = await import(pathToFileURL(join(root, 'dist', 'deposit', 'index.js')).href)

const work = values.dir
const files = ['tei', 'html'].flatMap((d) => readdirSync(join(work, 'payload', d)).map((f) => ({ path: `${d}/${f}`, file: join(work, 'payload', d, f) })))
const edition = {
  id: 'bench', title: 'Deposit bench', version: '1.0.0', language: 'en', publisher: 'Bench', date: '2025-01-01',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, editors: [{ name: 'A. Editor' }],
  sources: Array.from({ length: n }, (_, i) => ({ id: `l${pad(i)}`, file: `sources/l${pad(i)}.txt`, kind: 'letter', title: `Letter ${i}` })),
}
globalThis.gc?.()
const rssBefore = process.memoryUsage().rss
const liveBefore = process.memoryUsage().heapUsed
const t1 = performance.now()
const out = join(work, 'deposit', 'bench-1.0.0.zip')
// every 100 reads: the memory now (the peak of a sample); with --probe-gc, every 500 reads a full
// collection first, to see the heap that is really held
let reads = 0
let liveMax = 0
let peakHeap = 0
let peakExternal = 0
let peakHeapTotal = 0
let peakPassRss = 0
const probe = values['probe-gc'] && globalThis.gc
const read = (file) => {
  reads++
  if (probe && reads % 500 === 0) { globalThis.gc(); liveMax = Math.max(liveMax, process.memoryUsage().heapUsed) }
  if (reads % 100 === 0) {
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakExternal = Math.max(peakExternal, m.external)
    peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal)
    peakPassRss = Math.max(peakPassRss, m.rss)
  }
  return readFileSync(file)
}
// --in-memory: for comparison, the in-memory way (every file in a Map, the zip built in memory)
const r = values['in-memory']
  ? (() => {
      const built = buildDeposit({ edition, files: new Map(files.map((f) => [f.path, read(f.file)])) })
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, built.zip)
      return built
    })()
  : writeDeposit({ edition, files: files.map((f) => ({ path: f.path, read: () => read(f.file) })) }, out)
const depositMs = performance.now() - t1
const rssAfter = process.memoryUsage().rss
if (r.diagnostics.length) process.stderr.write(`diagnostics: ${JSON.stringify(r.diagnostics.slice(0, 3))}\n`)
const zipBytes = statSync(out).size
console.log(JSON.stringify({ n, zipBytes, depositMs, rssBefore, rssAfter, peakPassRss, peakHeap, peakHeapTotal, peakExternal, liveMax, liveBefore, maxRss: process.resourceUsage().maxRSS * 1024 }))
