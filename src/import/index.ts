/**
 * The import stage: a plain-text source → a TEI document (teiHeader + text), losing no word.
 * See passes.ts for the steps (one module each, over the draft of draft.ts); header/tei-header.ts
 * for the header; fidelity.ts for the check that proves no word was lost (run again after every
 * later stage).
 */
import { createSourceFile, type SourceFile } from '../core/source-file.js'
import { replaceForbidden } from '../core/read-source.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig, SourceKind } from '../core/edition.js'
import type { StageResult } from '../core/document.js'
import { el, root, TEI_NS } from '../core/tei.js'
import { readText } from './read-text.js'
import { buildTeiHeader } from './header/tei-header.js'

export { checkFidelity } from './fidelity.js'

export interface ImportOptions {
  id: string
  kind?: SourceKind
  metadata?: { title?: string; author?: string; date?: string; language?: string; bibl?: string; url?: string; witness?: string }
  edition?: EditionConfig
  pageOrder?: string[]
  /** HTML (its tags are markup) or plain text (a tag is text); by default decided from the file name and the text. */
  markup?: 'html' | 'text'
}

export function importText(given: SourceFile, options: ImportOptions): StageResult {
  // decoding (read-source.ts) has done this for every file; a text given directly may still hold
  // characters XML cannot, which the importer also uses as its own marks
  const replaced: Diagnostic[] = []
  const repaired = replaceForbidden(given.text, given.path, replaced)
  // a form feed ends a page (pdftotext): remembered as a page change, a space in the text (offsets kept)
  const formFeeds = [...repaired.matchAll(/\f/g)].map((m) => m.index)
  const text = formFeeds.length ? repaired.replace(/\f/g, ' ') : repaired
  const source = text === given.text ? given : createSourceFile(given.path, text)
  const meta = options.metadata ?? {}
  // the source's declared language, or the one its text reads in (the edition's when unclear)
  const read = readText(source, { kind: options.kind, author: meta.author, pageOrder: options.pageOrder, formFeeds, markup: options.markup, language: meta.language, defaultLanguage: options.edition?.language })
  const language = read.language
  const header = buildTeiHeader({
    title: meta.title || read.title || options.id,
    author: meta.author || read.author,
    date: meta.date || read.date,
    language,
    bibl: meta.bibl,
    url: meta.url,
    witness: meta.witness,
    colophon: read.colophon,
    citations: read.citations,
    normalisations: read.normalisations,
    edition: options.edition,
  })
  const tei = el('TEI', { xmlns: TEI_NS, 'xml:id': xmlId(options.id), 'xml:lang': language }, [header, read.text])
  return { doc: { id: options.id, source, tree: root(tei), removed: read.removed, hyphenJoins: read.hyphenJoins }, diagnostics: [...replaced, ...read.diagnostics] }
}

/** A valid xml:id (NCName) from a document id. */
function xmlId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '_')
  return /^[A-Za-z_]/.test(clean) ? clean : `d${clean}`
}
