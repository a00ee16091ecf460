#!/usr/bin/env node
// Compares Lectio's TEI validation with jing's on any set of files (one jing run, one Lectio
// process): verdicts, and whether each of Lectio's schema errors sits on a line where jing
// reports one. Prints the disagreements; exit status 1 if Lectio accepts a file jing rejects.
// After `npm run build`: node scripts/relaxng/compare-jing.mjs [--schema tei_all.rng] FILE|DIR...
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { schema: { type: 'string' }, verbose: { type: 'boolean' } } })
const schema = resolve(values.schema ?? join(root, 'schema', 'tei_all.rng'))
const files = positionals.flatMap((p) => collect(resolve(p))).sort()
if (!files.length) { console.error('compare-jing: no .xml, .tei or .odd files given'); process.exit(2) }

function collect(path) {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path).flatMap((f) => collect(join(path, f))).filter((f) => /\.(xml|tei|odd)$/.test(f))
}

/** jing's error lines per file (an empty list: valid; line 0: jing could not read the file). */
function jingVerdicts() {
  const lines = new Map(files.map((f) => [f, []]))
  // jing gives up the whole run at a fatal error; a DTD it cannot read names no file, so files
  // with a DOCTYPE run alone, and the others again after a file that is not well-formed
  const withDoctype = files.filter((f) => readFileSync(f, 'utf8').includes('<!DOCTYPE'))
  const batches = [files.filter((f) => !withDoctype.includes(f)), ...withDoctype.map((f) => [f])]
  for (let batch of batches) {
    while (batch.length) {
      const r = spawnSync('jing', [schema, ...batch], { encoding: 'utf8', maxBuffer: 1 << 28 })
      if (r.error) throw r.error
      for (const m of r.stdout.matchAll(/^(.*?):(\d+):\d+: (?:error|fatal):/gm)) lines.get(m[1])?.push(Number(m[2]))
      const fatal = /^(?:(.*?):\d+:\d+: )?fatal:/m.exec(r.stdout)
      if (!fatal) break
      if (!fatal[1] && batch.length > 1) throw new Error(`jing stopped on a fatal error: ${fatal[0]}`)
      if (!fatal[1]) lines.get(batch[0]).push(0)
      batch = fatal[1] ? batch.slice(batch.indexOf(fatal[1]) + 1) : []
    }
  }
  return lines
}

/** Lectio's schema errors per file (project rules left out: jing knows nothing of them). */
async function lectioVerdicts() {
  const dist = (p) => import(pathToFileURL(join(root, 'dist', ...p.split('/'))).href)
  const { createTeiValidator } = await dist('validate/index.js')
  const { compileRng, loadTeiGrammar, checkAgainstSchema } = await dist('validate/relaxng.js')
  const { loadSchema } = await dist('validate/relaxng/schema.js')
  const grammar = values.schema ? loadSchema(await compileRng(schema)) : await loadTeiGrammar()
  const validator = await createTeiValidator()
  return new Map(files.map((f) => {
    const xml = readFileSync(f, 'utf8')
    // a DOCTYPE with entities is refused before the schema is looked at
    const refused = xml.includes('<!DOCTYPE') ? validator.validate(xml, f).filter((d) => d.code === 'xml-doctype-refused') : []
    return [f, refused.length ? refused : checkAgainstSchema(grammar, xml, f).diagnostics]
  }))
}

const jing = jingVerdicts()
const ours = await lectioVerdicts()
let unsafe = 0
let stricter = 0
let misplaced = 0
for (const f of files) {
  const j = jing.get(f)
  const o = ours.get(f)
  const shown = f.startsWith(process.cwd()) ? f.slice(process.cwd().length + 1) : f
  if (j.length && !o.length) { unsafe++; console.log(`ACCEPTED BY LECTIO, REFUSED BY JING: ${shown} (jing: lines ${j.join(', ')})`) }
  else if (!j.length && o.length) { stricter++; console.log(`refused by Lectio, accepted by jing: ${shown}: ${o.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message}`).join('; ')}`) }
  else if (o.length) {
    const away = o.filter((d) => !j.some((l) => Math.abs(l - d.line) <= 3))
    if (away.length) misplaced++
    if (away.length && values.verbose) console.log(`errors where jing has none: ${shown}: ${away.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message}`).join('; ')} (jing: lines ${[...new Set(j)].join(', ')})`)
  }
}
const invalid = files.filter((f) => jing.get(f).length).length
console.log(`${files.length} files (${files.length - invalid} valid and ${invalid} invalid for jing): ${unsafe} accepted by Lectio only, ${stricter} refused by Lectio only; ${misplaced} invalid files with a Lectio error more than 3 lines from any of jing's`)
process.exitCode = unsafe ? 1 : 0
