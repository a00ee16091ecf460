/**
 * The HTML reading edition: one page per document (xslt/tei-to-html.xsl), the edition pages
 * (home, indexes, chronology, about: xslt/tei-to-site.xsl) from small per-document digests
 * (xslt/tei-to-digest.xsl), apparatus pages for collated works, and the assets (CSS, a small
 * script for note pop-ups, the EB Garamond font). TypeScript only orchestrates; the stylesheets
 * do the rendering. The pieces are separate so a build can render document pages in parallel
 * and never hold every document at once; `renderSite` composes them for small inputs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { EditionConfig } from '../../core/edition.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { packageRoot } from '../../core/package-paths.js'
import { transformXml } from '../saxon.js'
import { mediaParams, mediaUsed, type MediaContext } from '../media.js'
import { titleOf } from './title-of.js'
import { citationFiles, citationParams } from './citation.js'
import { searchRecord, type SearchRecord } from '../search/record.js'
import { siteRows, writeEditionPages as writePagesFromRows, type DocumentRows, type PageSink } from './edition-pages.js'

export type { DocumentRows, PageSink } from './edition-pages.js'
export type { SearchRecord } from '../search/record.js'

export interface SiteDocument { id: string; teiXml: string; teiHref?: string; pdfHref?: string; media?: MediaContext }
export interface SiteApparatus { workId: string; title: string; teiXml: string }
export interface SiteInput { edition: EditionConfig; documents: SiteDocument[]; apparatus?: SiteApparatus[] }
export interface PageLink { id: string; title: string }
export interface DocumentPageOptions {
  teiHref?: string; pdfHref?: string; prev?: PageLink; next?: PageLink
  /** Where the document's images are: without it, no image of the edition is shown. */
  media?: MediaContext
}
/** What the edition pages need of one document: the rows they list for it (edition-pages.ts), and its register entries by id. */
export interface DocumentDigest { id: string; title: string; rows: string; entries: Map<string, string>; search?: SearchRecord }

const assetsDir = join(packageRoot, 'src', 'render', 'assets', 'html')
const fontDir = join(packageRoot, 'node_modules', '@fontsource', 'eb-garamond', 'files')
const fonts = ['eb-garamond-latin-400-normal.woff2', 'eb-garamond-latin-400-italic.woff2', 'eb-garamond-latin-600-normal.woff2', 'eb-garamond-latin-ext-400-normal.woff2']

function editionParams(edition: EditionConfig): Record<string, unknown> {
  return {
    'edition-title': edition.title,
    'edition-language': edition.language,
    licence: edition.licence.name,
    'licence-url': edition.licence.url ?? '',
    search: edition.search !== false,
  }
}

/** The link to a page named by an id: the file is `<id>.html`, the href its URL-encoded form. */
export const pageHref = (id: string) => `${encodeURIComponent(id)}.html`

/**
 * The reading page of one document (`<id>.html` in the site), the images it shows (paths in
 * `options.media.dir`, to be copied to `media/` in the site: copyMedia) and the files that go
 * beside it (its citation downloads, `cite/<id>.bib` and `cite/<id>.json`), by path in the site.
 */
export function renderDocumentPage(edition: EditionConfig, id: string, teiXml: string, options: DocumentPageOptions = {}): { html: string; files: Map<string, string>; diagnostics: Diagnostic[]; media: string[] } {
  const { prev, next } = options
  const r = transformXml('tei-to-html', teiXml, `${id}.xml`, {
    ...editionParams(edition), ...citationParams(edition, id),
    ...mediaParams(options.media, teiXml),
    'tei-href': options.teiHref ?? '', 'pdf-href': options.pdfHref ?? '',
    'prev-href': prev ? pageHref(prev.id) : '', 'prev-title': prev?.title ?? '',
    'next-href': next ? pageHref(next.id) : '', 'next-title': next?.title ?? '',
  })
  const cite = citationFiles(edition, id, r.documents.get('citation'))
  return { html: r.output, files: cite.files, diagnostics: [...r.diagnostics, ...cite.diagnostics], media: options.media ? mediaUsed(r.output) : [] }
}

/**
 * What the edition pages need of one document, made when the document is: its digest (title,
 * dates, correspondents, each name with its anchor: xslt/tei-to-digest.xsl), turned into the rows
 * the pages list for it, and the register entries it carries.
 */
export function digestDocument(id: string, teiXml: string, edition?: EditionConfig): DocumentDigest & { diagnostics: Diagnostic[] } {
  const withSearch = edition?.search !== false
  const r = transformXml('tei-to-digest', teiXml, `${id}.xml`, { page: pageHref(id), language: edition?.language ?? 'en', search: withSearch })
  const entries = new Map<string, string>()
  for (const [href, xml] of r.documents) if (href.startsWith('entry/')) entries.set(href.slice('entry/'.length), xml)
  const rows = siteRows(r.output, `${id}.xml`)
  const facts = r.documents.get('search')
  const search = facts === undefined ? undefined : searchRecord(pageHref(id), facts, teiXml, `${id}.xml`)
  return {
    id, title: titleOf(teiXml), rows: rows.rows, entries, search: search?.record,
    diagnostics: [...r.diagnostics, ...rows.diagnostics, ...(search?.diagnostics ?? [])],
  }
}

/** The reading and side-by-side pages of a collated work. */
export function renderApparatusPages(edition: EditionConfig, a: SiteApparatus, options: { pdfHref?: string } = {}): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string>()
  const diagnostics: Diagnostic[] = []
  for (const view of ['reading', 'parallel'] as const) {
    const other = view === 'reading' ? 'parallel' : 'apparatus'
    const r = transformXml('tei-to-html', a.teiXml, `${a.workId}.apparatus.xml`, {
      ...editionParams(edition), view, 'tei-href': `../tei/${a.workId}.apparatus.xml`, 'pdf-href': options.pdfHref ?? '',
      'other-view-href': pageHref(`${a.workId}.${other}`), 'other-view-title': view === 'reading' ? 'witnesses side by side' : 'text with variants',
    })
    diagnostics.push(...r.diagnostics)
    files.set(`${a.workId}.${view === 'reading' ? 'apparatus' : 'parallel'}.html`, r.output)
  }
  return { files, diagnostics }
}

/** The stylesheet parameters of the edition pages. */
function sitePageParams(edition: EditionConfig, works: { workId: string; title: string }[]): Record<string, unknown> {
  return {
    ...editionParams(edition),
    'edition-subtitle': edition.subtitle ?? '',
    editors: edition.editors.map((x) => x.name).join(', '),
    publisher: edition.publisher,
    'edition-date': edition.date,
    'edition-version': edition.version,
    introduction: edition.introduction ?? '',
    principles: edition.editorialPrinciples ?? '',
    citation: edition.citation ?? '',
    // one "id|title" line per work (the id URL-encoded, the title on one line)
    works: works.map((a) => `${encodeURIComponent(a.workId)}|${a.title.replace(/\s+/g, ' ')}`).join('\n'),
  }
}

/** The site's assets (stylesheet, script, fonts) by path in the site. */
export function siteAssets(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  for (const f of readdirSync(assetsDir).sort()) files.set(`assets/${f}`, readFileSync(join(assetsDir, f)))
  for (const f of fonts) files.set(`assets/fonts/${f}`, readFileSync(join(fontDir, f)))
  return files
}

/**
 * Writes the edition pages (index, persons, places, organisations, chronology, about) for the
 * published documents in edition order, read one at a time (edition-pages.ts: the memory used
 * does not grow with the number of documents).
 */
export function writeEditionPages(edition: EditionConfig, documents: Iterable<DocumentRows>, works: { workId: string; title: string }[], sink: PageSink): Diagnostic[] {
  return writePagesFromRows(documents, sitePageParams(edition, works), sink)
}

/** The edition pages and the site's assets, in memory (tests, `lectio render`, small editions). */
export function renderEditionPages(edition: EditionConfig, documents: Iterable<DocumentRows>, works: { workId: string; title: string }[] = []): { files: Map<string, string | Uint8Array>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string | Uint8Array>()
  const diagnostics = writeEditionPages(edition, documents, works, {
    open(path) {
      const parts: string[] = []
      // pages as text, the rest (the search index and its scripts) as bytes, like the assets
      return { write: (text) => parts.push(text), close: () => files.set(path, path.endsWith('.html') ? parts.join('') : Buffer.from(parts.join(''), 'utf8')) }
    },
  })
  for (const [k, v] of siteAssets()) files.set(k, v)
  return { files, diagnostics }
}

/** The whole site at once, for inputs that fit in memory (tests, `lectio render`, small editions). */
export function renderSite(input: SiteInput): { files: Map<string, string | Uint8Array>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string | Uint8Array>()
  const diagnostics: Diagnostic[] = []
  const digests = input.documents.map((d) => digestDocument(d.id, d.teiXml, input.edition))
  input.documents.forEach((d, i) => {
    const link = (k: number): PageLink | undefined => (digests[k] ? { id: digests[k].id, title: digests[k].title } : undefined)
    const page = renderDocumentPage(input.edition, d.id, d.teiXml, { teiHref: d.teiHref, pdfHref: d.pdfHref, prev: link(i - 1), next: link(i + 1), media: d.media })
    diagnostics.push(...digests[i].diagnostics, ...page.diagnostics)
    files.set(`${d.id}.html`, page.html)
    for (const path of page.media) files.set(`media/${path}`, readFileSync(join(d.media!.dir, path)))
    for (const [path, text] of page.files) files.set(path, Buffer.from(text, 'utf8'))
  })
  for (const a of input.apparatus ?? []) {
    const r = renderApparatusPages(input.edition, a)
    diagnostics.push(...r.diagnostics)
    for (const [k, v] of r.files) files.set(k, v)
  }
  const site = renderEditionPages(input.edition, digests, input.apparatus)
  diagnostics.push(...site.diagnostics)
  for (const [k, v] of site.files) files.set(k, v)
  return { files, diagnostics }
}

/** One self-contained page (inline CSS, no links to the site), for `lectio render --to html`. */
export function renderDocumentHtml(teiXml: string, file: string): { html: string; diagnostics: Diagnostic[] } {
  // the site's stylesheet without its @font-face rules: a single page has no font files beside it
  const css = ['edition.css', 'reader.css'].map((f) => readFileSync(join(assetsDir, f), 'utf8')).join('\n').replace(/@font-face\s*\{[^}]*\}\s*/g, '').replace(/<\//g, '<\\/')
  // a page written beside its TEI file: relative image URLs are kept as the TEI writes them
  const r = transformXml('tei-to-html', teiXml, file, { standalone: true, 'inline-css': css, 'edition-title': titleOf(teiXml) || 'TEI document', 'media-mode': 'as-is' })
  return { html: r.output, diagnostics: r.diagnostics }
}
