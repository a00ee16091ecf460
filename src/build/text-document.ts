/**
 * The import → enrich → fidelity part of the pipeline for one plain-text file, shared by
 * `build`, `import`, `suggest` and `collate`.
 */
import { readFileSync } from 'node:fs'
import { decodeSource } from '../core/read-source.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig, SourceConfig } from '../core/edition.js'
import type { Registers } from '../core/registers.js'
import type { TeiDocument } from '../core/document.js'
import { importText, checkFidelity } from '../import/index.js'
import { enrichDocument, type DocumentEntityReport } from '../enrich/index.js'

export interface TextDocumentResult {
  doc: TeiDocument
  report: DocumentEntityReport
  diagnostics: Diagnostic[]
}

export function readTextFile(absPath: string, shownPath: string): ReturnType<typeof decodeSource> {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(absPath)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new LectioError({ code: 'source-unreadable', severity: 'error', stage: 'import', file: shownPath, line: 1, column: 1, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a directory, not a text file' : `cannot read the file (${code})` })
  }
  return decodeSource(bytes, shownPath)
}

export function processTextFile(
  absPath: string,
  shownPath: string,
  options: { id: string; source?: SourceConfig; edition?: EditionConfig; registers: Registers },
): TextDocumentResult {
  const read = readTextFile(absPath, shownPath)
  const s = options.source
  const imported = importText(read.source, {
    id: options.id,
    kind: s?.kind,
    metadata: s ? { title: s.title, author: s.author, date: s.date, language: s.language, bibl: s.bibl, url: s.url, witness: s.witness } : undefined,
    edition: options.edition,
    pageOrder: s?.pageOrder,
  })
  const dates = options.edition?.dates || s?.dates ? { ...options.edition?.dates, ...s?.dates } : undefined
  const enriched = enrichDocument(imported.doc, { registers: options.registers, language: s?.language ?? options.edition?.language, dates })
  const fidelity = checkFidelity(enriched.doc)
  return {
    doc: enriched.doc,
    report: enriched.report,
    diagnostics: [...read.diagnostics, ...imported.diagnostics, ...enriched.diagnostics, ...fidelity],
  }
}
