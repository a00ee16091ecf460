/**
 * The EPUB 3 edition (`dist/epub/<edition>.epub`): the documents' XHTML from the site's XSLT
 * (xslt/tei-to-epub.xsl imports tei-to-html.xsl), notes as pop-up footnotes, the indexes in the
 * print edition's order and form, a navigation document from the contents, EB Garamond
 * embedded, metadata from edition.json. Made in two steps, so that a build renders each document
 * once and can keep it: `renderEpubDocument` (one TEI → its content document and a small
 * summary), then `assembleEpub` (the summaries → title page, navigation, indexes; the package
 * document; the zip). The same input gives the same bytes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EditionConfig } from '../../core/edition.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { packageRoot } from '../../core/package-paths.js'
import { transformXml } from '../saxon.js'
import { containerDocument, packageDocument, type ManifestItem } from './package-document.js'
import { epubZip, writeEpubZip } from './epub-zip.js'
import type { ByteSink } from '../../core/zip/byte-sink.js'

/** One document of the book, rendered: its file name in the book, XHTML and summary. */
export interface EpubDocument { file: string; xhtml: string; summary: string }

const OEBPS = 'OEBPS'
const FONTS = ['eb-garamond-latin-400-normal.woff2', 'eb-garamond-latin-400-italic.woff2', 'eb-garamond-latin-600-normal.woff2', 'eb-garamond-latin-ext-400-normal.woff2']
const fontDir = join(packageRoot, 'node_modules', '@fontsource', 'eb-garamond', 'files')
const XHTML = 'application/xhtml+xml'

/** The file name of a document in the book: its id, in letters a file name and an href both take. */
export function epubFileName(id: string): string {
  return `d-${id.replace(/[^A-Za-z0-9_-]/g, '_')}.xhtml`
}

const params = (edition: EditionConfig) => ({
  'edition-title': edition.title,
  'edition-language': edition.language,
  'edition-subtitle': edition.subtitle ?? '',
  editors: edition.editors.map((e) => e.name).join(', '),
  publisher: edition.publisher,
  'edition-date': edition.date,
  licence: edition.licence.name,
})

/** One TEI document → its content document and its summary (xslt/epub/document.xsl). */
export function renderEpubDocument(edition: EditionConfig, id: string, teiXml: string, file = `${id}.xml`): { document: EpubDocument; diagnostics: Diagnostic[] } {
  const name = epubFileName(id)
  const r = transformXml('tei-to-epub', teiXml, file, { ...params(edition), part: 'document', file: name })
  return { document: { file: name, xhtml: r.output, summary: r.documents.get('summary') ?? '' }, diagnostics: r.diagnostics }
}

/** The book's own pages (title page, contents, indexes) from the documents' summaries, in edition order. */
export function renderEpubEditionPages(edition: EditionConfig, summaries: readonly string[]): { pages: Record<string, string>; diagnostics: Diagnostic[] } {
  const site = `<lx:epub xmlns:lx="urn:lectio">${summaries.join('')}</lx:epub>`
  const r = transformXml('tei-to-epub', site, 'edition', { ...params(edition), part: 'edition' })
  return { pages: Object.fromEntries(r.documents), diagnostics: r.diagnostics }
}

/** A document of the book as the zip needs it first: its file name (its XHTML comes later, one at a time). */
export interface EpubEntry { file: string }

/**
 * The book: the documents in edition order, with the pages made from their summaries
 * (`editionPages`: those pages when already made from the same summaries).
 */
export function assembleEpub(edition: EditionConfig, documents: readonly EpubDocument[], editionPages?: ReturnType<typeof renderEpubEditionPages>): { epub: Uint8Array; diagnostics: Diagnostic[] } {
  const r = editionPages ?? renderEpubEditionPages(edition, documents.map((d) => d.summary))
  return { epub: epubZip(bookFiles(edition, documents, (i) => documents[i].xhtml, r), edition.date), diagnostics: r.diagnostics }
}

/**
 * The book written into `sink` entry by entry: each document's XHTML is asked for (`xhtmlOf`, by
 * its place in `documents`) only when its entry is written, so no more than one is held at a time.
 */
export function writeEpub(edition: EditionConfig, documents: readonly EpubEntry[], xhtmlOf: (i: number) => string, editionPages: ReturnType<typeof renderEpubEditionPages>, sink: ByteSink): { diagnostics: Diagnostic[] } {
  writeEpubZip(sink, bookFiles(edition, documents, xhtmlOf, editionPages), edition.date)
  return { diagnostics: editionPages.diagnostics }
}

/** The book's files in zip order: container, package document, reading order, stylesheet, fonts. */
function* bookFiles(edition: EditionConfig, documents: readonly EpubEntry[], xhtmlOf: (i: number) => string, r: ReturnType<typeof renderEpubEditionPages>): Generator<[string, Uint8Array]> {
  const page = (href: string) => {
    const xhtml = r.pages[href]
    if (xhtml === undefined) throw new Error(`tei-to-epub made no ${href}`)
    return xhtml
  }
  const indexes = ['persons.xhtml', 'places.xhtml', 'organisations.xhtml'].filter((f) => f in r.pages)
  // reading order: title page, contents, the documents, the indexes
  const content: [ManifestItem, () => string][] = [
    [{ id: 'title', href: 'title.xhtml', mediaType: XHTML, inSpine: true }, () => page('title.xhtml')],
    [{ id: 'nav', href: 'nav.xhtml', mediaType: XHTML, properties: 'nav', inSpine: true }, () => page('nav.xhtml')],
    ...documents.map((d, i): [ManifestItem, () => string] => [{ id: `doc-${i + 1}`, href: d.file, mediaType: XHTML, inSpine: true }, () => xhtmlOf(i)]),
    ...indexes.map((f, i): [ManifestItem, () => string] => [{ id: `index-${i + 1}`, href: f, mediaType: XHTML, inSpine: true }, () => page(f)]),
  ]
  const css: [ManifestItem, () => Uint8Array] = [{ id: 'css', href: 'epub.css', mediaType: 'text/css' }, () => readFileSync(join(packageRoot, 'src', 'render', 'epub', 'epub.css'))]
  const fonts = FONTS.map((f, i): [ManifestItem, () => Uint8Array] => [{ id: `font-${i + 1}`, href: `fonts/${f}`, mediaType: 'font/woff2' }, () => readFileSync(join(fontDir, f))])
  const encode = (s: string) => new TextEncoder().encode(s)
  const items: [ManifestItem, () => Uint8Array][] = [...content.map(([item, text]): [ManifestItem, () => Uint8Array] => [item, () => encode(text())]), css, ...fonts]
  yield ['META-INF/container.xml', encode(containerDocument(`${OEBPS}/content.opf`))]
  yield [`${OEBPS}/content.opf`, encode(packageDocument(edition, items.map(([item]) => item)))]
  for (const [item, bytes] of items) yield [`${OEBPS}/${item.href}`, bytes()]
}
