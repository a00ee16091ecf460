/**
 * The rules of EPUBCheck that can be checked without Java, on an EPUB's bytes: the OCF container
 * (mimetype first, stored, without extra field, at byte 38; META-INF/container.xml naming the
 * package document), the package document (version 3.0, the unique identifier, title, language,
 * dcterms:modified; a manifest whose every item is in the zip with its media type, and every file
 * of the zip in the manifest; one nav item; a spine of XHTML items), every XHTML content document
 * well-formed in the XHTML namespace, links and fragment ids that resolve inside the book, the
 * navigation document's toc, footnotes that answer their references, fonts the CSS names present.
 * Returns what is wrong, as EPUBCheck would say it, in words.
 */
import { unzipSync } from 'fflate'
import { posix } from 'node:path'
import { parseXml } from '../../src/core/xml/parse.js'
import type { TeiElement, TeiNode } from '../../src/core/tree.js'

const MEDIA_TYPES: Record<string, string> = { xhtml: 'application/xhtml+xml', css: 'text/css', woff2: 'font/woff2', woff: 'font/woff', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' }

function elements(nodes: TeiNode[], out: TeiElement[] = []): TeiElement[] {
  for (const n of nodes) if (n.type === 'element') { out.push(n); elements(n.children, out) }
  return out
}
const text = (e: TeiElement): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('')

/** The zip's local headers in order: name, method, extra-field length, data offset. */
function localEntries(zip: Uint8Array): { name: string; method: number; extra: number; at: number }[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const out = []
  for (let at = 0; at + 30 <= zip.length && v.getUint32(at, true) === 0x04034b50;) {
    const method = v.getUint16(at + 8, true)
    const csize = v.getUint32(at + 18, true)
    const nameLength = v.getUint16(at + 26, true)
    const extra = v.getUint16(at + 28, true)
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength))
    out.push({ name, method, extra, at: at + 30 + nameLength + extra })
    at += 30 + nameLength + extra + csize
  }
  return out
}

export interface EpubStructure { problems: string[]; files: Record<string, Uint8Array>; opf: TeiElement; spine: string[] }

export function checkEpubStructure(epub: Uint8Array): EpubStructure {
  const problems: string[] = []
  const files = unzipSync(epub)
  const local = localEntries(epub)
  const first = local[0]
  if (!first || first.name !== 'mimetype') problems.push('the first entry of the zip is not "mimetype"')
  else {
    if (first.method !== 0) problems.push('mimetype is compressed')
    if (first.extra !== 0) problems.push('mimetype has an extra field')
    if (new TextDecoder().decode(epub.subarray(38, 58)) !== 'application/epub+zip') problems.push('mimetype does not read "application/epub+zip" at byte 38')
  }
  const read = (name: string) => new TextDecoder().decode(files[name])
  const xml = (name: string): TeiElement | undefined => {
    try {
      return parseXml(read(name), name).tree.children.find((c): c is TeiElement => c.type === 'element')
    } catch (e) {
      problems.push(`${name} is not well-formed XML: ${(e as Error).message}`)
      return undefined
    }
  }
  if (!files['META-INF/container.xml']) problems.push('META-INF/container.xml is missing')
  const rootfile = elements(xml('META-INF/container.xml')?.children ?? []).find((e) => e.name === 'rootfile')
  const opfPath = rootfile?.attributes['full-path'] ?? ''
  if (rootfile?.attributes['media-type'] !== 'application/oebps-package+xml') problems.push('the container names no package document of media type application/oebps-package+xml')
  if (!files[opfPath]) { problems.push(`the package document ${opfPath} is missing`); return { problems, files, opf: { type: 'element', name: 'package', attributes: {}, children: [] }, spine: [] } }
  const opf = xml(opfPath)!
  checkPackage(opf, opfPath, files, problems)
  const base = posix.dirname(opfPath)
  const items = elements(opf.children).filter((e) => e.name === 'item')
  const byId = new Map(items.map((i) => [i.attributes.id, i]))
  const spine = elements(opf.children).filter((e) => e.name === 'itemref').map((r) => posix.join(base, byId.get(r.attributes.idref)?.attributes.href ?? ''))
  const xhtml = items.filter((i) => i.attributes['media-type'] === MEDIA_TYPES.xhtml).map((i) => posix.join(base, i.attributes.href))
  const docs = new Map(xhtml.filter((f) => files[f]).map((f) => [f, xml(f)]))
  for (const [file, root] of docs) if (root) checkContent(file, root, docs, files, problems)
  const nav = items.find((i) => (i.attributes.properties ?? '').split(' ').includes('nav'))
  const navRoot = nav && docs.get(posix.join(base, nav.attributes.href))
  if (!navRoot || !elements(navRoot.children).some((e) => e.name === 'nav' && e.attributes['epub:type'] === 'toc' && e.children.some((c) => c.type === 'element' && c.name === 'ol'))) problems.push('the navigation document has no nav epub:type="toc" with an ol')
  for (const [file, bytes] of Object.entries(files)) {
    if (!file.endsWith('.css')) continue
    for (const m of new TextDecoder().decode(bytes).matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
      if (!files[posix.join(posix.dirname(file), m[1])]) problems.push(`${file} names ${m[1]}, which is not in the book`)
    }
  }
  return { problems, files, opf, spine }
}

function checkPackage(opf: TeiElement, opfPath: string, files: Record<string, Uint8Array>, problems: string[]): void {
  const all = elements(opf.children)
  if (opf.name !== 'package' || opf.attributes.version !== '3.0' || opf.attributes.xmlns !== 'http://www.idpf.org/2007/opf') problems.push('the package document is not an OPF 3.0 package')
  const identifier = all.find((e) => e.name === 'dc:identifier' && e.attributes.id === opf.attributes['unique-identifier'])
  if (!identifier || !text(identifier).trim()) problems.push('the unique-identifier names no dc:identifier')
  for (const name of ['dc:title', 'dc:language']) if (!all.some((e) => e.name === name && text(e).trim())) problems.push(`the package has no ${name}`)
  const modified = all.find((e) => e.name === 'meta' && e.attributes.property === 'dcterms:modified')
  if (!modified || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(text(modified))) problems.push('the package has no dcterms:modified of the form CCYY-MM-DDThh:mm:ssZ')
  const base = posix.dirname(opfPath)
  const items = all.filter((e) => e.name === 'item')
  const ids = new Set<string>()
  for (const item of items) {
    const { id, href, 'media-type': type } = item.attributes
    if (ids.has(id)) problems.push(`the manifest has the id ${id} twice`)
    ids.add(id)
    const path = posix.join(base, href)
    if (!files[path]) problems.push(`the manifest item ${href} is not in the zip`)
    const expected = MEDIA_TYPES[href.slice(href.lastIndexOf('.') + 1)]
    if (expected && type !== expected) problems.push(`${href} is declared ${type}, not ${expected}`)
  }
  const listed = new Set(items.map((i) => posix.join(base, i.attributes.href)))
  for (const f of Object.keys(files)) if (!['mimetype', 'META-INF/container.xml', opfPath].includes(f) && !listed.has(f)) problems.push(`${f} is in the zip but not in the manifest`)
  if (items.filter((i) => (i.attributes.properties ?? '').split(' ').includes('nav')).length !== 1) problems.push('the manifest does not have exactly one nav item')
  const refs = all.filter((e) => e.name === 'itemref')
  if (!refs.length) problems.push('the spine is empty')
  for (const r of refs) {
    const item = items.find((i) => i.attributes.id === r.attributes.idref)
    if (!item) problems.push(`the spine names ${r.attributes.idref}, which is not in the manifest`)
    else if (item.attributes['media-type'] !== MEDIA_TYPES.xhtml) problems.push(`the spine holds ${item.attributes.href}, which is not XHTML`)
  }
}

/** A content document: XHTML, links that resolve, footnotes with their references and back-links. */
function checkContent(file: string, root: TeiElement, docs: Map<string, TeiElement | undefined>, files: Record<string, Uint8Array>, problems: string[]): void {
  if (root.name !== 'html' || root.attributes.xmlns !== 'http://www.w3.org/1999/xhtml') problems.push(`${file}: the root is not an XHTML html element`)
  const all = elements(root.children)
  const ids = new Set(all.map((e) => e.attributes.id).filter(Boolean))
  const idsOf = (f: string) => new Set(elements(docs.get(f)?.children ?? []).map((e) => e.attributes.id).filter(Boolean))
  for (const e of all) {
    const href = e.attributes.href
    if (href === undefined || /^(https?:|mailto:)/.test(href)) continue
    const [path, fragment] = href.split('#')
    const target = path ? posix.join(posix.dirname(file), path) : file
    if (!files[target]) { problems.push(`${file}: ${href} is not in the book`); continue }
    if (fragment && !(target === file ? ids : idsOf(target)).has(fragment)) problems.push(`${file}: ${href} names no id of ${target}`)
  }
  for (const ref of all.filter((e) => e.attributes['epub:type'] === 'noteref')) {
    const note = all.find((e) => e.attributes.id === (ref.attributes.href ?? '').slice(1))
    if (!note || note.name !== 'aside' || note.attributes['epub:type'] !== 'footnote') problems.push(`${file}: the note reference ${ref.attributes.href} leads to no aside epub:type="footnote"`)
    else if (!elements(note.children).some((e) => e.attributes.href === `#${ref.attributes.id}`)) problems.push(`${file}: the footnote ${ref.attributes.href} has no link back to its reference`)
  }
}
