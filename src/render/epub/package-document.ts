/**
 * The EPUB package document (OPF 3): the book's metadata from edition.json (identifier, title,
 * language, editors, publisher, date, licence; modified = the edition's date, so the same edition
 * gives the same bytes), its manifest (every file of the book, in order) and its spine (the
 * reading order). The identifier is a name-based UUID of the edition's id and version: the same
 * edition is the same book, a new version a new one.
 */
import { createHash } from 'node:crypto'
import { create } from 'xmlbuilder2'
import type { EditionConfig } from '../../core/edition.js'

export interface ManifestItem { id: string; href: string; mediaType: string; properties?: string; inSpine?: boolean }

/** A UUID (version 5 layout) from the SHA-1 of `name`. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(name).digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

/** The edition's date as dcterms:modified wants it (CCYY-MM-DDThh:mm:ssZ), from "2026", "2026-11" or "2026-11-24". */
export function modifiedDate(date: string): string {
  const [y, m, d] = date.split('-')
  return `${y}-${(m ?? '01').padStart(2, '0')}-${(d ?? '01').padStart(2, '0')}T00:00:00Z`
}

/** MARC relator codes for the editors' roles that have one. */
const RELATORS: Record<string, string> = { editor: 'edt', author: 'aut', translator: 'trl', transcriber: 'trc', compiler: 'com', contributor: 'ctb' }

export function packageDocument(edition: EditionConfig, items: readonly ManifestItem[]): string {
  const pkg = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('http://www.idpf.org/2007/opf', 'package', { version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': edition.language })
  const meta = pkg.ele('metadata').att('http://www.w3.org/2000/xmlns/', 'xmlns:dc', 'http://purl.org/dc/elements/1.1/')
  const dc = (name: string, text: string, attrs: Record<string, string> = {}) => meta.ele('http://purl.org/dc/elements/1.1/', `dc:${name}`, attrs).txt(text)
  dc('identifier', `urn:uuid:${nameUuid(`lectio:${edition.id}:${edition.version}`)}`, { id: 'book-id' })
  dc('title', edition.title)
  dc('language', edition.language)
  edition.editors.forEach((e, i) => {
    dc('creator', e.name, { id: `editor-${i + 1}` })
    const code = RELATORS[(e.role ?? 'editor').toLowerCase()]
    if (code) meta.ele('meta', { refines: `#editor-${i + 1}`, property: 'role', scheme: 'marc:relators' }).txt(code)
  })
  dc('publisher', edition.publisher)
  dc('date', edition.date)
  dc('rights', edition.licence.name)
  if (edition.subtitle) dc('description', edition.subtitle)
  meta.ele('meta', { property: 'dcterms:modified' }).txt(modifiedDate(edition.date))
  const manifest = pkg.ele('manifest')
  for (const item of items) manifest.ele('item', { id: item.id, href: item.href, 'media-type': item.mediaType, ...(item.properties ? { properties: item.properties } : {}) })
  const spine = pkg.ele('spine')
  for (const item of items) if (item.inSpine) spine.ele('itemref', { idref: item.id })
  return pkg.end({ prettyPrint: true }) + '\n'
}

/** META-INF/container.xml: where the package document is. */
export function containerDocument(opfPath: string): string {
  return create({ version: '1.0', encoding: 'UTF-8' })
    .ele('urn:oasis:names:tc:opendocument:xmlns:container', 'container', { version: '1.0' })
    .ele('rootfiles').ele('rootfile', { 'full-path': opfPath, 'media-type': 'application/oebps-package+xml' })
    .doc().end({ prettyPrint: true }) + '\n'
}
