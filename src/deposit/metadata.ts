/**
 * Metadata files of a deposit: a teiCorpus of all documents (with the edition's header and one
 * standOff for the registers the documents refer to), DataCite (kernel 4), Dublin Core (oai_dc)
 * and, for letters, CMIF (the correspSearch interchange format) from the documents' correspDesc.
 */
import type { EditionConfig } from '../core/edition.js'
import type { TeiElement, TeiNode } from '../core/tree.js'
import { el, root, TEI_NS } from '../core/tei.js'
import { findAll, findFirst, rootElement, textContent } from '../core/tree.js'
import { parseXml } from '../core/xml/parse.js'
import { serializeTei } from '../core/xml/serialize.js'
import { toolVersion } from '../core/package-paths.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface ParsedDoc { path: string; tei: TeiElement }

/**
 * The edition's TEI documents (tei/*.xml, not the collation apparatus), in path order. A file that
 * does not parse is reported and left out of the metadata (it stays in the payload).
 */
export function parseDocuments(files: Map<string, Uint8Array | string>): { docs: ParsedDoc[]; diagnostics: Diagnostic[] } {
  const docs: ParsedDoc[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of [...files.keys()].sort()) {
    if (!/^tei\/[^/]+\.xml$/.test(path) || path.endsWith('.apparatus.xml')) continue
    const data = files.get(path)!
    try {
      const { tree } = parseXml(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'), path, 'deposit')
      const tei = rootElement(tree)
      if (tei.name !== 'TEI') throw new LectioError({ code: 'deposit-tei-unreadable', severity: 'error', stage: 'deposit', file: path, line: 1, column: 1, message: `the root element is <${tei.name}>, not <TEI>` })
      docs.push({ path, tei })
    } catch (e) {
      if (!(e instanceof LectioError)) throw e
      const d = e.diagnostics[0]
      diagnostics.push({ code: 'deposit-tei-unreadable', severity: 'warning', stage: 'deposit', file: path, line: d?.line ?? 1, column: d?.column ?? 1, message: `${d?.message ?? 'not well-formed XML'}: packed as it is, left out of the teiCorpus and the metadata` })
    }
  }
  return { docs, diagnostics }
}

function editionHeader(e: EditionConfig, extraSource: TeiNode[] = []): TeiElement {
  return el('teiHeader', {}, [
    el('fileDesc', {}, [
      el('titleStmt', {}, [el('title', {}, [e.title]), ...e.editors.map((x) => el('editor', { role: x.role, ref: x.ref }, [x.name]))]),
      el('editionStmt', {}, [el('edition', { n: e.version }, [`Version ${e.version}`])]),
      el('publicationStmt', {}, [el('publisher', {}, [e.publisher]), el('date', { when: e.date }, [e.date]), el('availability', {}, [el('licence', { target: e.licence.url }, [e.licence.name])])]),
      el('sourceDesc', {}, [...e.sources.map((s) => el('bibl', { 'xml:id': `source-${s.id}`.replace(/[^A-Za-z0-9_.-]/g, '_') }, [s.bibl ?? s.title])), ...extraSource]),
    ]),
    el('encodingDesc', {}, [el('appInfo', {}, [el('application', { ident: 'lectio', version: toolVersion() }, [el('label', {}, ['Lectio'])])])]),
  ])
}

/** All documents in one teiCorpus; their standOff entries are merged once at corpus level. */
export function teiCorpus(e: EditionConfig, docs: ParsedDoc[]): string {
  const entries = new Map<string, TeiElement>()
  const lists: Record<string, string> = { person: 'listPerson', place: 'listPlace', org: 'listOrg' }
  const members = docs.map(({ tei }) => {
    const copy: TeiElement = { ...tei, attributes: { ...tei.attributes }, children: tei.children.filter((c) => !(c.type === 'element' && c.name === 'standOff')) }
    delete copy.attributes.xmlns
    for (const so of tei.children) {
      if (so.type !== 'element' || so.name !== 'standOff') continue
      for (const kind of Object.keys(lists)) for (const x of findAll(so, kind)) if (!entries.has(x.attributes['xml:id'])) entries.set(x.attributes['xml:id'], x)
    }
    return copy
  })
  const standOffLists = Object.entries(lists).flatMap(([kind, list]) => {
    const xs = [...entries.values()].filter((x) => x.name === kind).sort((a, b) => (a.attributes['xml:id'] < b.attributes['xml:id'] ? -1 : 1))
    return xs.length ? [el(list, {}, xs)] : []
  })
  const corpus = el('teiCorpus', { xmlns: TEI_NS }, [editionHeader(e), ...(standOffLists.length ? [el('standOff', {}, standOffLists)] : []), ...members])
  return serializeTei(root(corpus))
}

export function dataCite(e: EditionConfig, docs: ParsedDoc[]): string {
  const creators = [...new Set(docs.flatMap((d) => findAll(findFirst(d.tei, 'titleStmt')!, 'author').map((a) => textContent(a).trim())))].sort()
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4/metadata.xsd">',
    // the repository mints the DOI; 10.5072 is DataCite's test prefix, to be replaced at deposit
    `  <identifier identifierType="DOI">10.5072/lectio.${esc(e.id)}.${esc(e.version)}</identifier>`,
    '  <creators>',
    ...(creators.length ? creators : e.editors.map((x) => x.name)).map((c) => `    <creator><creatorName>${esc(c)}</creatorName></creator>`),
    '  </creators>',
    `  <titles><title>${esc(e.title)}</title>${e.subtitle ? `<title titleType="Subtitle">${esc(e.subtitle)}</title>` : ''}</titles>`,
    `  <publisher>${esc(e.publisher)}</publisher>`,
    `  <publicationYear>${e.date.slice(0, 4)}</publicationYear>`,
    '  <resourceType resourceTypeGeneral="Text">Scholarly digital edition (TEI P5)</resourceType>',
    '  <contributors>',
    ...e.editors.map((x) => `    <contributor contributorType="Editor"><contributorName>${esc(x.name)}</contributorName></contributor>`),
    '  </contributors>',
    `  <dates><date dateType="Issued">${esc(e.date)}</date></dates>`,
    `  <language>${esc(e.language)}</language>`,
    `  <version>${esc(e.version)}</version>`,
    '  <formats><format>application/tei+xml</format><format>text/html</format><format>application/pdf</format></formats>',
    `  <rightsList><rights${e.licence.url ? ` rightsURI="${esc(e.licence.url)}"` : ''}>${esc(e.licence.name)}</rights></rightsList>`,
    ...(e.introduction ? [`  <descriptions><description descriptionType="Abstract">${esc(e.introduction.replace(/\s+/g, ' ').trim())}</description></descriptions>`] : []),
    '</resource>',
    '',
  ]
  return lines.join('\n')
}

export function dublinCore(e: EditionConfig, docs: ParsedDoc[]): string {
  const authors = [...new Set(docs.flatMap((d) => findAll(findFirst(d.tei, 'titleStmt')!, 'author').map((a) => textContent(a).trim())))].sort()
  const dc = (name: string, value: string) => `  <dc:${name}>${esc(value)}</dc:${name}>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">',
    dc('title', e.title),
    ...authors.map((a) => dc('creator', a)),
    ...e.editors.map((x) => dc('contributor', x.name)),
    dc('publisher', e.publisher),
    dc('date', e.date),
    dc('type', 'Text'),
    dc('format', 'application/tei+xml'),
    dc('language', e.language),
    dc('identifier', `${e.id}-${e.version}`),
    dc('rights', e.licence.url ? `${e.licence.name} (${e.licence.url})` : e.licence.name),
    ...(e.introduction ? [dc('description', e.introduction.replace(/\s+/g, ' ').trim())] : []),
    ...e.sources.map((s) => dc('source', s.bibl ?? s.title)),
    '</oai_dc:dc>',
    '',
  ].join('\n')
}

/**
 * The authority URI for a @ref: the register entry's idno when it points into the standOff,
 * the ref itself when it is already a URI; the first that resolves when there are several.
 */
function authorityUri(ref: string | undefined, standOffRefs: Map<string, string>): string | undefined {
  for (const r of (ref ?? '').split(/\s+/).filter(Boolean)) {
    if (/^https?:\/\//.test(r)) return r
    const uri = standOffRefs.get(r)
    if (uri) return uri
  }
  return undefined
}

/** CMIF (correspSearch): one correspDesc per letter, names and places with authority URIs. */
export function cmif(e: EditionConfig, docs: ParsedDoc[]): string | undefined {
  // authority URIs of the register entries the letters refer to
  const standOffRefs = new Map<string, string>()
  for (const d of docs) {
    const standOff = d.tei.children.find((c): c is TeiElement => c.type === 'element' && c.name === 'standOff')
    if (!standOff) continue
    for (const kind of ['person', 'place', 'org']) for (const x of findAll(standOff, kind)) {
      const uri = findFirst(x, 'idno')
      if (uri) standOffRefs.set(`#${x.attributes['xml:id']}`, textContent(uri).trim())
    }
  }
  // a letter transmitted in several witnesses is one letter: only the base witness is indexed
  const copies = new Set((e.works ?? []).flatMap((w) => w.witnesses.filter((x) => x !== w.base)))
  const descs: TeiElement[] = []
  for (const d of docs) {
    const id = d.path.replace(/^tei\//, '').replace(/\.xml$/, '')
    if (copies.has(id)) continue
    findAll(d.tei, 'correspDesc').forEach((c, i) => {
      const actions = findAll(c, 'correspAction').map((a) => el('correspAction', { type: a.attributes.type }, a.children.filter((x): x is TeiElement => x.type === 'element').map((x) => {
        const uri = authorityUri(x.attributes.ref, standOffRefs)
        return el(x.name, { ref: uri, when: x.attributes.when, from: x.attributes.from, to: x.attributes.to, notBefore: x.attributes.notBefore, notAfter: x.attributes.notAfter }, [textContent(x).trim()])
      }))).filter((a) => a.children.length)
      // a letter of which nothing could be read has nothing to index (and an empty correspDesc is not TEI)
      if (!actions.length) return
      // @ref: the letter itself, relative to this file (data/metadata/cmif.xml → data/tei/…)
      descs.push(el('correspDesc', { key: `${id}${i ? `-${i + 1}` : ''}`, ref: `../${d.path}`, source: `#source-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}` }, actions))
    })
  }
  if (!descs.length) return undefined
  const tei = el('TEI', { xmlns: TEI_NS }, [
    el('teiHeader', {}, [
      el('fileDesc', {}, [
        el('titleStmt', {}, [el('title', {}, [`${e.title}: letters (CMIF)`]), ...e.editors.map((x) => el('editor', {}, [x.name]))]),
        el('publicationStmt', {}, [el('publisher', {}, [e.publisher]), el('idno', { type: 'url' }, [`${e.id}-${e.version}/data/metadata/cmif.xml`]), el('date', { when: e.date }, [e.date]), el('availability', {}, [el('licence', { target: e.licence.url }, [e.licence.name])])]),
        el('sourceDesc', {}, e.sources.map((s) => el('bibl', { type: 'online', 'xml:id': `source-${s.id}`.replace(/[^A-Za-z0-9_.-]/g, '_') }, [s.bibl ?? s.title]))),
      ]),
      el('profileDesc', {}, descs),
    ]),
    el('text', {}, [el('body', {}, [el('p', {}, [])])]),
  ])
  return serializeTei(root(tei))
}
