#!/usr/bin/env node
// npm run eval:candidates -- DIR [--only SUBSTRING] [--verbose] [--json FILE]
// How well Lectio finds the names a register lacks. For each DIR/input/<id>.txt of a dev-set folder
// (layout of npm run eval), the entries of <id>.register.json that <id>.register.partial.json
// withholds are the names to find. The text is converted with the partial register, as
// `lectio import` does, and its name candidates (the report `lectio suggest` prints) are compared
// with the withheld entries:
//   recall     withheld entries (persons and places) that some candidate names;
//   precision  candidates that name an entry of the full register;
//   kind       of the candidates that name an entry, the share whose kind (person/place) is the
//              entry's (a candidate of unknown kind counts as wrong).
// A candidate names an entry when it equals one of the entry's forms, compared as the register
// loader compares forms (case, diacritics, quotes folded), after leading titles, articles and
// salutation words and a trailing possessive are taken off both. Then the draft register made from
// the candidates (lectio suggest --write) is added to the partial register and the text converted
// again: the scorer's figures before and after show what accepting the draft gives.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname, basename } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, verbose: { type: 'boolean' }, json: { type: 'string' } } })
if (positionals.length !== 1) {
  console.error('usage: npm run eval:candidates -- DIR [--only SUBSTRING] [--verbose] [--json FILE]')
  process.exit(2)
}
const dir = resolve(positionals[0])
for (const part of ['input', 'gold', 'tools/score.mjs']) {
  if (!existsSync(join(dir, part))) { console.error(`eval-candidates: ${join(dir, part)} is missing`); process.exit(2) }
}
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href)
const { convertTextFile } = await dist('cli/commands/import.js')
const { processTextFile } = await dist('build/text-document.js')
const { loadRegisterData, normaliseForm } = await dist('core/registers.js')
const { suggestRegister } = await dist('enrich/index.js')

const LEADING = /^(?:(?:my|our|your|his|her|the|dear|poor|little|old|young|der|die|das|den|dem|des|le|la|les|l'|mon|ma|mes|cher|chère|mr|mrs|mrst|miss|ms|dr|sir|lady|lord|herr|herrn|frau|fräulein|monsieur|madame|mme|mlle|m|prof|professor|general|comte|comtesse|graf|gräfin|baron)\.?\s+)+/u
/** A form as compared: folded, without leading titles and articles or a trailing possessive. */
const core = (s) => normaliseForm(s).replace(LEADING, '').replace(/^[dl]'/u, '').replace(/['’]s$|[.,;:]+$/u, '').trim()

const ids = readdirSync(join(dir, 'input')).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'))
  .filter((id) => !values.only || id.includes(values.only)).sort()
const outBefore = mkdtempSync(join(tmpdir(), 'lectio-cand-before-'))
const outAfter = mkdtempSync(join(tmpdir(), 'lectio-cand-after-'))
const totals = { drafted: 0, draftedNaming: 0, draftedKindRight: 0, withheld: 0, found: 0, partly: 0, candidates: 0, naming: 0, namingWithheld: 0, kindRight: 0, byKind: { person: [0, 0], place: [0, 0] } }
const perDoc = []
for (const id of ids) {
  const full = JSON.parse(readFileSync(join(dir, 'input', `${id}.register.json`), 'utf8'))
  const partialFile = join(dir, 'input', `${id}.register.partial.json`)
  const partialText = readFileSync(partialFile, 'utf8')
  const partial = JSON.parse(partialText)
  const kept = new Set(['persons', 'places', 'orgs'].flatMap((k) => (partial[k] ?? []).map((e) => `${k}:${e.id}`)))
  const entries = ['persons', 'places'].flatMap((k) => (full[k] ?? []).map((e) => ({ kind: k === 'persons' ? 'person' : 'place', id: e.id, withheld: !kept.has(`${k}:${e.id}`), keys: new Set([e.name, ...(e.aliases ?? [])].map(core).filter(Boolean)) })))
  const file = join(dir, 'input', `${id}.txt`)
  const registers = loadRegisterData([{ text: partialText, shown: partialFile }]).registers
  const { report } = processTextFile(file, file, { id, registers })
  const candidates = report.candidates.filter((c) => c.kind !== 'org')
  const doc = { id, withheld: 0, found: 0, candidates: candidates.length, naming: 0, missed: [], falseOnes: [] }
  const named = new Set()
  for (const c of candidates) {
    const hits = entries.filter((e) => e.keys.has(core(c.text)))
    if (c.kind !== 'unknown') {
      totals.drafted++
      if (hits.length) totals.draftedNaming++
      if (hits.some((e) => e.kind === c.kind)) totals.draftedKindRight++
    }
    if (!hits.length) { doc.falseOnes.push(`${c.kind} ${c.text}`); continue }
    doc.naming++
    totals.naming++
    if (hits.some((e) => e.withheld)) totals.namingWithheld++
    if (hits.some((e) => e.kind === c.kind)) totals.kindRight++
    for (const e of hits) named.add(e)
  }
  const candidateWords = candidates.map((c) => new Set(core(c.text).split(/[\s-]+/)))
  for (const e of entries.filter((x) => x.withheld)) {
    doc.withheld++
    totals.byKind[e.kind][1]++
    if (named.has(e)) { doc.found++; totals.byKind[e.kind][0]++; continue }
    // a candidate that shares a word with one of the entry's forms names it in part
    const partly = [...e.keys].some((k) => k.split(/[\s-]+/).some((w) => w.length > 2 && candidateWords.some((c) => c.has(w))))
    if (partly) totals.partly++
    doc.missed.push(`${e.kind} ${[...e.keys][0] ?? e.id}${partly ? ' (in part)' : ''}`)
  }
  totals.withheld += doc.withheld
  totals.found += doc.found
  totals.candidates += doc.candidates
  perDoc.push(doc)
  // before and after accepting the draft register, as lectio import would convert the text
  const draft = suggestRegister([report])
  const before = await convertTextFile(file, file, { registers })
  writeFileSync(join(outBefore, `${id}.xml`), before.xml)
  const merged = loadRegisterData([{ text: partialText, shown: partialFile }, { text: JSON.stringify(draft), shown: 'draft.json' }]).registers
  const after = await convertTextFile(file, file, { registers: merged })
  writeFileSync(join(outAfter, `${id}.xml`), after.xml)
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a')
if (values.verbose) {
  for (const d of perDoc) {
    console.log(`${d.id}: ${d.found}/${d.withheld} withheld found, ${d.naming}/${d.candidates} candidates name an entry`)
    for (const m of d.missed) console.log(`    missed  ${m}`)
    for (const f of d.falseOnes) console.log(`    false   ${f}`)
  }
}
const score = (out) => {
  const r = spawnSync(process.execPath, [join(dir, 'tools/score.mjs'), '--dir', values.only ? subsetGold() : join(dir, 'gold'), out, '--register-dir', join(dir, 'input')], { encoding: 'utf8' })
  return r.stdout.trim().split('\n').pop()
}
let subset
function subsetGold() {
  if (subset) return subset
  subset = mkdtempSync(join(tmpdir(), 'lectio-cand-gold-'))
  for (const id of ids) writeFileSync(join(subset, `${id}.xml`), readFileSync(join(dir, 'gold', `${id}.xml`)))
  return subset
}
const summary = {
  documents: ids.length,
  withheld: totals.withheld,
  recall: totals.found / totals.withheld,
  recallInPart: (totals.found + totals.partly) / totals.withheld,
  recallPersons: totals.byKind.person[0] / totals.byKind.person[1],
  recallPlaces: totals.byKind.place[0] / totals.byKind.place[1],
  candidates: totals.candidates,
  precision: totals.naming / totals.candidates,
  precisionWithheld: totals.namingWithheld / totals.candidates,
  kind: totals.kindRight / totals.naming,
  drafted: totals.drafted,
  draftedPrecision: totals.draftedNaming / totals.drafted,
  draftedKind: totals.draftedKindRight / totals.draftedNaming,
}
console.log(`${ids.length} documents, ${totals.withheld} withheld persons and places`)
console.log(`recall    ${pct(totals.found, totals.withheld)} % of the withheld entries named by a candidate (persons ${pct(...totals.byKind.person)} %, places ${pct(...totals.byKind.place)} %)`)
console.log(`          ${pct(totals.found + totals.partly, totals.withheld)} % named at least in part (a candidate shares a word with a form)`)
console.log(`precision ${pct(totals.naming, totals.candidates)} % of ${totals.candidates} candidates name an entry of the full register (${pct(totals.namingWithheld, totals.candidates)} % a withheld one)`)
console.log(`kind      ${pct(totals.kindRight, totals.naming)} % of those carry the entry's kind`)
console.log(`drafted   ${totals.drafted} candidates of a known kind (the draft register): ${pct(totals.draftedNaming, totals.drafted)} % name an entry, ${pct(totals.draftedKindRight, totals.draftedNaming)} % of those with the entry's kind`)
console.log(`partial register:               ${score(outBefore)}`)
console.log(`partial register + draft:       ${score(outAfter)}`)
if (values.json) writeFileSync(values.json, JSON.stringify({ summary, documents: perDoc }, null, 2) + '\n')
