/**
 * A document page's Cite section (xslt/html/metadata.xsl, lx:cite) gets the edition's citation
 * facts as parameters, and gives back what it read of the document ("citation", JSON): from the
 * two, its BibTeX and CSL-JSON downloads (cite/<id>.bib, cite/<id>.json beside the page).
 */
import { bibtex, cslItem, documentUrl, editionCitation, type DocumentCitation } from '../../core/citation.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { EditionConfig } from '../../core/edition.js'

const pageOf = (id: string) => `${encodeURIComponent(id)}.html`

/** The stylesheet parameters of the Cite section of document `id`. */
export function citationParams(edition: EditionConfig, id: string): Record<string, string> {
  const c = editionCitation(edition)
  return {
    'cite-id': id, 'cite-edition': c.subtitle ? `${c.title}: ${c.subtitle}` : c.title, 'cite-editors': c.editors.join(', '),
    'cite-publisher': c.publisher, 'cite-version': c.version, 'cite-issued': c.issued,
    'cite-url': documentUrl(c, { id, page: pageOf(id), title: '', authors: [], date: '', letter: false }) ?? '',
  }
}

/** The downloads, from the facts the stylesheet read (none when it gave none). */
export function citationFiles(edition: EditionConfig, id: string, facts: string | undefined): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string>()
  if (facts === undefined) return { files, diagnostics: [] }
  let f: { title?: string; authors?: string[]; date?: string; letter?: boolean }
  try {
    f = JSON.parse(facts) as typeof f
  } catch {
    return { files, diagnostics: [{ code: 'render-failed', severity: 'error', stage: 'render', file: `${id}.xml`, line: 1, column: 1, message: 'the citation facts of the document could not be read (a bug in xslt/html/metadata.xsl)' }] }
  }
  const c = editionCitation(edition)
  const d: DocumentCitation = { id, page: pageOf(id), title: String(f.title ?? ''), authors: (f.authors ?? []).map(String), date: String(f.date ?? ''), letter: f.letter === true }
  files.set(`cite/${id}.bib`, bibtex(c, d))
  files.set(`cite/${id}.json`, `${JSON.stringify([cslItem(c, d)], null, 2)}\n`)
  return { files, diagnostics: [] }
}
