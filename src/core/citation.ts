/**
 * How the edition and its documents are cited: one set of facts from edition.json (title,
 * editors, publisher, version, date, the URL it is published at: `baseUrl`), used by the
 * document pages' Cite section and their BibTeX and CSL-JSON downloads (render) and by the
 * deposit's DataCite metadata (deposit), so they never disagree.
 */
import type { EditionConfig } from './edition.js'

export interface EditionCitation {
  title: string
  subtitle?: string
  editors: string[]
  publisher: string
  pubPlace?: string
  version: string
  /** the edition's date, YYYY-MM-DD */
  issued: string
  /** where the site is published, ending with "/"; absent when edition.json has no baseUrl */
  url?: string
}

/** What a document adds to the edition's citation. */
export interface DocumentCitation {
  id: string
  title: string
  authors: string[]
  /** the document's own date (a letter's sending), ISO, or '' */
  date: string
  letter: boolean
  /** the document's page in the site (`<id>.html`) */
  page: string
}

export function editionCitation(e: EditionConfig): EditionCitation {
  const base = e.baseUrl?.trim()
  return {
    title: e.title, subtitle: e.subtitle, editors: e.editors.map((x) => x.name), publisher: e.publisher, pubPlace: e.pubPlace,
    version: e.version, issued: e.date, url: base ? (base.endsWith('/') ? base : `${base}/`) : undefined,
  }
}

/** The address of a document's page, when the edition has a baseUrl. */
export const documentUrl = (c: EditionCitation, d: DocumentCitation) => (c.url ? c.url + d.page : undefined)

const dateParts = (iso: string) => {
  const m = /^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(iso)
  return m ? [m.slice(1).filter(Boolean).map(Number)] : undefined
}

/** A CSL-JSON item (the format of Zotero, Pandoc and citeproc), keys in a fixed order. */
export function cslItem(c: EditionCitation, d: DocumentCitation): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: d.id,
    type: d.letter ? 'letter' : 'chapter',
    title: d.title,
    author: d.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(d.date || c.issued) },
    'container-title': c.subtitle ? `${c.title}: ${c.subtitle}` : c.title,
    editor: c.editors.map((literal) => ({ literal })),
    publisher: c.publisher,
    'publisher-place': c.pubPlace,
    version: c.version,
    URL: documentUrl(c, d),
  }
  if (d.date) item.note = `Edition version ${c.version}, ${c.issued}`
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)))
}

const texEscape = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (ch) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[ch] ?? `\\${ch}`)

/** A BibTeX entry (@incollection in the edition), the key made from the document's id. */
export function bibtex(c: EditionCitation, d: DocumentCitation): string {
  const fields: [string, string | undefined][] = [
    ['author', d.authors.length ? d.authors.map((a) => `{${texEscape(a)}}`).join(' and ') : undefined],
    ['title', `{${texEscape(d.title)}}`],
    ['booktitle', `{${texEscape(c.subtitle ? `${c.title}: ${c.subtitle}` : c.title)}}`],
    ['editor', c.editors.length ? c.editors.map((a) => `{${texEscape(a)}}`).join(' and ') : undefined],
    ['publisher', texEscape(c.publisher)],
    ['address', c.pubPlace && texEscape(c.pubPlace)],
    ['year', c.issued.slice(0, 4)],
    ['edition', `Version ${texEscape(c.version)}`],
    ['note', d.date ? `${d.letter ? 'Letter' : 'Document'} dated ${d.date}` : undefined],
    ['url', documentUrl(c, d)],
  ]
  const key = `${d.id.replace(/[^A-Za-z0-9_.:-]/g, '_')}`
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`).join(',\n')
  return `@incollection{${key},\n${body}\n}\n`
}
