#!/usr/bin/env node
// npm run eval -- DIR [--partial] [--kind KIND] [--keep OUT] [--verbose]
// Converts every DIR/input/<id>.txt as `lectio import --register` does, with the document's own
// register (DIR/input/<id>.register.json, or .register.partial.json with --partial; ids and refs
// as written there, refs that are not http(s) URIs dropped), writes the TEI to a temporary folder
// (or OUT) and prints the figures of DIR/tools/score.mjs against DIR/gold. A document whose import
// reports an error is counted as lost, as `lectio import` writes nothing for it.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname, basename } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { partial: { type: 'boolean' }, kind: { type: 'string', default: 'auto' }, keep: { type: 'string' }, verbose: { type: 'boolean' }, 'no-notes': { type: 'boolean' }, only: { type: 'string' } },
})
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- DIR [--partial] [--kind KIND] [--keep OUT] [--verbose] [--no-notes] [--only SUBSTRING]')
  process.exit(2)
}
const dir = resolve(positionals[0])
for (const part of ['input', 'gold', 'tools/score.mjs']) {
  if (!existsSync(join(dir, part))) { console.error(`eval: ${join(dir, part)} is missing: DIR must hold input/, gold/ and tools/score.mjs`); process.exit(2) }
}
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href)
const { convertTextFile } = await dist('cli/commands/import.js')
const { loadRegisterData } = await dist('core/registers.js')

const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'lectio-eval-'))
mkdirSync(out, { recursive: true })
const suffix = values.partial ? '.register.partial.json' : '.register.json'
const ids = readdirSync(join(dir, 'input')).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'))
  .filter((id) => !values.only || id.includes(values.only)).sort()
const lost = []
const t0 = performance.now()
for (const id of ids) {
  const regFile = join(dir, 'input', id + suffix)
  const registerText = existsSync(regFile) ? dropNonUriRefs(readFileSync(regFile, 'utf8')) : undefined
  const file = join(dir, 'input', `${id}.txt`)
  try {
    const registers = registerText ? loadRegisterData([{ text: registerText, shown: regFile }]) : undefined
    const result = await convertTextFile(file, file, { registers: registers?.registers, kind: values.kind })
    const errors = result.diagnostics.filter((d) => d.severity === 'error')
    if (errors.length) { lost.push(`${id}: ${errors[0].code}: ${errors[0].message}`); continue }
    writeFileSync(join(out, `${id}.xml`), result.xml)
  } catch (e) {
    lost.push(`${id}: ${e?.diagnostics?.[0]?.message ?? e?.message ?? e}`)
  }
}
const seconds = (performance.now() - t0) / 1000
const args = [join(dir, 'tools/score.mjs'), '--dir', join(dir, 'gold'), out, '--register-dir', join(dir, 'input')]
if (values['no-notes']) args.push('--no-notes')
const gold = join(dir, 'gold')
if (values.only) {
  // score only the selected documents: a gold folder of links to them
  const sub = mkdtempSync(join(tmpdir(), 'lectio-eval-gold-'))
  for (const id of ids) writeFileSync(join(sub, `${id}.xml`), readFileSync(join(gold, `${id}.xml`)))
  args[2] = sub
}
const scored = spawnSync(process.execPath, args, { encoding: 'utf8' })
process.stdout.write(values.verbose ? scored.stdout : scored.stdout.split('\n').filter((l) => !/^\S+\s+\d\.\d\d\s/.test(l) || true).join('\n'))
if (scored.status !== 0) process.stderr.write(scored.stderr)
console.log(`${ids.length} documents converted in ${seconds.toFixed(1)} s; ${lost.length} produced no TEI${lost.length ? ':' : ''}`)
for (const l of lost) console.log(`  ${l}`)
if (!values.keep) console.log(`(TEI in ${out})`)

/** The dev set's registers hold the editors' pointers as `ref`; Lectio's `ref` is an authority URI. */
function dropNonUriRefs(text) {
  const data = JSON.parse(text)
  for (const kind of Object.keys(data)) {
    if (!Array.isArray(data[kind])) continue
    for (const e of data[kind]) if (typeof e.ref !== 'string' || !/^https?:\/\//.test(e.ref)) delete e.ref
  }
  return JSON.stringify(data, null, 2)
}
