/**
 * `lectio link`: tags register names in the edition's TEI sources, in place. Each file is
 * changed only by inserted tags and attributes (plan-links.ts), never re-serialised; the
 * result is checked against the schema, and a tag TEI does not allow where it would go is left
 * out (the schema is the judge, not a list kept here). The file is replaced atomically, and the
 * version before is kept as `<file>.bak`.
 */
import { readFileSync } from 'node:fs'
import { loadEdition, type Edition, type SourceConfig } from '../../core/edition.js'
import { decodeXml } from '../../core/xml/decode.js'
import { computeLineStarts, createSourceFile } from '../../core/source-file.js'
import { LectioError } from '../../core/errors.js'
import { parseXml } from '../../core/xml/parse.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { createTeiValidator, type TeiValidator } from '../../validate/index.js'
import { scanXml } from '../tei/xml-spans.js'
import { applyInsertions, originalOffset } from '../tei/insertions.js'
import { insertionsOf, planLinks, type LinkChange } from './plan-links.js'

export interface LinkOptions { editionDir: string; sources?: string[]; dryRun?: boolean }

export interface LinkedFile {
  id: string
  /** The file as shown in messages. */
  file: string
  before: string
  after: string
  /** What was (or, on a dry run, would be) changed, in file order. */
  applied: LinkChange[]
  diagnostics: Diagnostic[]
  backup?: string
}

export async function linkSources(options: LinkOptions): Promise<{ files: LinkedFile[]; skipped: string[] }> {
  const { edition } = loadEdition(options.editionDir)
  const chosen = chooseSources(edition, options.sources)
  const validator = await createTeiValidator()
  const files: LinkedFile[] = []
  for (const source of chosen.tei) {
    const linked = linkOne(edition, source, validator)
    if (!options.dryRun && linked.after !== linked.before && !linked.diagnostics.some((d) => d.severity === 'error')) {
      const path = edition.sourcePath(source)
      const bytes = readFileSync(path)
      linked.backup = `${linked.file}.bak`
      writeFileAtomic(`${path}.bak`, bytes)
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : ''
      writeFileAtomic(path, bom + linked.after)
    }
    files.push(linked)
  }
  return { files, skipped: chosen.text.map((s) => s.id) }
}

/** The sources named (by id or file), or all; a plain-text source named explicitly is an error. */
function chooseSources(edition: Edition, names: string[] | undefined): { tei: SourceConfig[]; text: SourceConfig[] } {
  const all = edition.config.sources
  const picked = names?.length ? names.map((n) => {
    const s = all.find((x) => x.id === n || x.file === n || edition.sourcePath(x) === edition.sourcePath({ ...x, file: n }))
    if (!s) throw new LectioError({ code: 'link-source-unknown', severity: 'error', stage: 'cli', file: edition.display(`${edition.dir}/edition.json`), line: 1, column: 1, message: `no source "${n}" in the edition` })
    if (edition.sourceFormat(s) !== 'tei') throw new LectioError({ code: 'link-source-not-tei', severity: 'error', stage: 'cli', file: edition.display(edition.sourcePath(s)), line: 1, column: 1, message: `"${s.id}" is a plain-text source: the build tags its names at every build (lectio adopt ${edition.displayDir} ${s.id} makes it a TEI source)` })
    return s
  }) : all
  return { tei: picked.filter((s) => edition.sourceFormat(s) === 'tei'), text: picked.filter((s) => edition.sourceFormat(s) !== 'tei') }
}

function linkOne(edition: Edition, source: SourceConfig, validator: TeiValidator): LinkedFile {
  const file = edition.display(edition.sourcePath(source))
  const unchanged = (diagnostics: Diagnostic[], text = ''): LinkedFile => ({ id: source.id, file, before: text, after: text, applied: [], diagnostics })
  const { text, encoding } = decodeXml(readFileSync(edition.sourcePath(source)), file)
  if (encoding !== 'utf-8') {
    return unchanged([{ code: 'link-encoding', severity: 'error', stage: 'cli', file, line: 1, column: 1, message: `the file is in ${encoding}; lectio link edits UTF-8 files only (save it as UTF-8)` }], text)
  }
  try {
    parseXml(text, file, 'validate')
  } catch (e) {
    if (e instanceof LectioError) return unchanged(e.diagnostics, text)
    throw e
  }
  const planned = planLinks(scanXml(text), edition.registers, { ...edition.config.link, language: source.language ?? edition.config.language })
  const { kept, after, refused } = keepValid(text, planned.filter((c) => c.insertions.length), validator, file, edition)
  const located = createSourceFile(file, text)
  const diagnostics = planned.filter((c) => !c.insertions.length || kept.includes(c) || refused.includes(c)).map((c) => changeDiagnostic(c, file, located.locate(c.offset), refused.includes(c)))
  return { id: source.id, file, before: text, after, applied: kept, diagnostics }
}

/**
 * The changes whose result TEI allows: the linked text is validated, and a change at which a new
 * schema error appears is dropped, until no new error is left (a few rounds at most).
 */
function keepValid(text: string, changes: LinkChange[], validator: TeiValidator, file: string, edition: Edition): { kept: LinkChange[]; after: string; refused: LinkChange[] } {
  const opts = { registers: edition.registers }
  const before = countErrors(validator.validate(text, file, opts))
  let kept = changes
  const refused: LinkChange[] = []
  for (let round = 0; round < 5 && kept.length; round++) {
    const insertions = insertionsOf(kept)
    const after = applyInsertions(text, insertions)
    const fresh = newErrors(before, validator.validate(after, file, opts))
    if (!fresh.length) return { kept, after, refused }
    const lineStarts = computeLineStarts(after)
    const bad = new Set<LinkChange>()
    for (const d of fresh) {
      const at = originalOffset(Math.min(after.length, (lineStarts[(d.line ?? 1) - 1] ?? 0) + (d.column ?? 1) - 1), insertions)
      // the change whose tags enclose the error's place, else the last one before it
      const culprit = kept.find((c) => c.insertions[0].offset <= at && at <= c.insertions[c.insertions.length - 1].offset) ?? nearest(kept, at)
      if (culprit) bad.add(culprit)
    }
    refused.push(...bad)
    kept = kept.filter((c) => !bad.has(c))
  }
  return { kept, after: applyInsertions(text, insertionsOf(kept)), refused }
}

function nearest(changes: LinkChange[], at: number): LinkChange | undefined {
  let best: LinkChange | undefined
  for (const c of changes) if (c.offset <= at && (!best || c.offset > best.offset)) best = c
  return best
}

function countErrors(ds: Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const d of ds) if (d.severity === 'error') m.set(`${d.code}\0${d.message}`, (m.get(`${d.code}\0${d.message}`) ?? 0) + 1)
  return m
}

function newErrors(before: Map<string, number>, ds: Diagnostic[]): Diagnostic[] {
  const left = new Map(before)
  return ds.filter((d) => {
    if (d.severity !== 'error') return false
    const k = `${d.code}\0${d.message}`
    const n = left.get(k) ?? 0
    if (n > 0) { left.set(k, n - 1); return false }
    return true
  })
}

function changeDiagnostic(c: LinkChange, file: string, p: { line: number; column: number }, refused: boolean): Diagnostic {
  const base = { severity: 'info' as const, stage: 'enrich' as const, file, line: p.line, column: p.column }
  if (refused) return { ...base, severity: 'warning', code: 'name-link-refused', message: `"${c.text}" (${c.ids.map((i) => `#${i}`).join(' ')}) was not tagged: TEI does not allow <${c.element}> there` }
  if (c.kind === 'ambiguous') return { ...base, severity: 'warning', code: 'name-ambiguous', message: `"${c.text}" may be ${c.ids.map((i) => `#${i}`).join(' or ')}; not tagged (tag it by hand, or add a fuller form to one entry)` }
  if (c.kind === 'ref-added') return { ...base, code: 'name-ref-added', message: `<${c.element}>${c.text}</${c.element}> now points to ${c.ids.map((i) => `#${i}`).join(' ')} (ref="${c.ref}")` }
  return { ...base, code: 'name-linked', message: `tagged "${c.text}" as <${c.element} ref="${c.ref}">` }
}
