/**
 * A TEI source through the build: the editor's file is the master and is never changed.
 *   check it (well-formed, tei_all, project rules — located in the source itself)
 *   → its published copy: the source with the build's additions (publish-additions.ts)
 *   → the entities report (what the editor tagged; what `lectio link` could tag).
 * Nothing is re-tagged and nothing is converted: the published copy is the editor's text byte
 * for byte, plus the inserted elements, each of them reported.
 */
import { readFileSync } from 'node:fs'
import { decodeXml } from '../core/xml/decode.js'
import { parseXml } from '../core/xml/parse.js'
import { findDoctype } from '../core/xml/doctype.js'
import { createSourceFile } from '../core/source-file.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { Registers } from '../core/registers.js'
import type { EditionConfig, SourceConfig } from '../core/edition.js'
import type { TeiValidator } from '../validate/index.js'
import { scanXml } from './tei/xml-spans.js'
import { applyInsertions } from './tei/insertions.js'
import { publishAdditions } from './tei/publish-additions.js'
import { teiEntityReport, type BuildEntityReport } from './tei/tei-report.js'

export interface TeiDocumentResult {
  /** The published copy; '' when the source is not well-formed. */
  xml: string
  report: BuildEntityReport | null
  diagnostics: Diagnostic[]
}

export interface TeiDocumentOptions {
  source: SourceConfig
  edition: EditionConfig
  registers: Registers
  validator: TeiValidator
  /** The published copy's path, as shown in messages. */
  publishedPath: string
}

/** Reads a TEI source's text as an XML processor would (a located error when it cannot). */
export function readTeiText(absPath: string, shownPath: string): string {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(absPath)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new LectioError({ code: 'source-unreadable', severity: 'error', stage: 'import', file: shownPath, line: 1, column: 1, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})` })
  }
  return decodeXml(bytes, shownPath).text
}

export function processTeiFile(absPath: string, shownPath: string, options: TeiDocumentOptions): TeiDocumentResult {
  const text = readTeiText(absPath, shownPath)
  const letter = options.source.kind === 'letter' || options.source.kind === 'letters'
  const { registers, validator } = options
  let parsed
  try {
    parsed = parseXml(text, shownPath, 'validate')
  } catch (e) {
    if (!(e instanceof LectioError)) throw e
    // the validator words well-formedness errors as `lectio validate` does
    const found = validator.validate(text, shownPath, { registers, letter })
    return { xml: '', report: null, diagnostics: found.some((d) => d.severity === 'error') ? found : e.diagnostics }
  }
  const layout = scanXml(text)
  const added = publishAdditions(layout, parsed, { registers, letter, id: options.source.id, language: options.source.language ?? options.edition.language })
  const hasCorrespDesc = added.additions.some((a) => a.what === 'correspDesc')
  // a letter without correspDesc gets one in its published copy (reported below): no need to ask for it
  const diagnostics = validator.validate(text, shownPath, { registers, letter: letter && !hasCorrespDesc })
    .filter((d) => !(hasCorrespDesc && d.code === 'corresp-desc-missing'))
  const xml = asUtf8(withoutDoctype(applyInsertions(text, added.insertions), parsed.text !== text, shownPath))
  if (added.insertions.length) diagnostics.push(...newProblems(diagnostics, validator.validate(xml, options.publishedPath, { registers, letter })))
  const located = createSourceFile(shownPath, text)
  for (const a of added.additions) {
    const p = located.locate(a.offset)
    diagnostics.push({ code: 'published-addition', severity: 'info', stage: 'enrich', file: shownPath, line: p.line, column: p.column, message: `the published copy ${options.publishedPath} has ${a.description}; the source is unchanged` })
  }
  const report = teiEntityReport(options.source.id, shownPath, layout, registers, { ...options.edition.link, language: options.edition.language })
  report.report.additions = added.additions.map((a) => a.description)
  return { xml, report: report.report, diagnostics: [...diagnostics, ...report.diagnostics] }
}

/**
 * The published copy has no DOCTYPE: XSLT and the other tools it is read by know no DTDs, so
 * the internal entities are expanded (by core's parser, within its budget) and the declaration
 * goes. The source keeps both.
 */
function withoutDoctype(xml: string, hasDoctype: boolean, path: string): string {
  if (!hasDoctype) return xml
  const start = findDoctype(xml)
  // the parser blanks the DOCTYPE (same length) and expands the references
  const expanded = parseXml(xml, path, 'validate').text
  const before = expanded.slice(0, start)
  return before + expanded.slice(start).replace(/^\s+/, /\n$/.test(before) ? '' : '\n')
}

/** The published copy is UTF-8: a declaration naming another encoding is corrected, a BOM dropped. */
function asUtf8(xml: string): string {
  return xml.replace(/^\uFEFF/, '').replace(/^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2')
}

/** Problems of the published copy that the source does not have: the additions caused them (a bug, or a register entry TEI cannot hold). */
function newProblems(source: Diagnostic[], published: Diagnostic[]): Diagnostic[] {
  const known = new Map<string, number>()
  for (const d of source) known.set(`${d.code}\0${d.message}`, (known.get(`${d.code}\0${d.message}`) ?? 0) + 1)
  return published.filter((d) => {
    const k = `${d.code}\0${d.message}`
    const n = known.get(k) ?? 0
    if (n > 0) { known.set(k, n - 1); return false }
    return d.severity === 'error'
  })
}

/**
 * The entities report of a TEI source alone (for `lectio suggest`): what the editor tagged, the
 * names tagged without @ref the registers do not know, and what `lectio link` could tag.
 */
export function teiSourceReport(absPath: string, shownPath: string, id: string, registers: Registers, edition: EditionConfig): BuildEntityReport {
  const text = readTeiText(absPath, shownPath)
  parseXml(text, shownPath, 'validate') // a located error when the file is not well-formed
  return teiEntityReport(id, shownPath, scanXml(text), registers, { ...edition.link, language: edition.language }).report
}
