/**
 * Metadata files of a deposit: a teiCorpus of all documents (with the edition's header and one
 * standOff for the registers the documents refer to), DataCite (kernel 4), Dublin Core (oai_dc)
 * and, for letters, CMIF (the correspSearch interchange format) from the documents' correspDesc.
 */
import type { EditionConfig } from '../core/edition.js'
import { editionCitation } from '../core/citation.js'
import type { TeiElement } from '../core/tree.js'
import { el, TEI_NS } from '../core/tei.js'
import { findAll, findFirst, rootElement, textContent } from '../core/tree.js'
import { parseXml } from '../core/xml/parse.js'
import { pieceAt, pieceMarker, splitAtMarkers } from './xml-pieces.js'
import { toolVersion } from '../core/package-paths.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** What the metadata needs of one TEI document: a few strings and the register entries, not the document. */
export interface DocSummary {
  path: string
  /** titleStmt/author, trimmed. */
  authors: string[]
  /** person/place/org entries of the standOff, for the corpus-level standOff (part of the document: ownElement() what is kept). */
  registerEntries: TeiElement[]
  /** "#id" → the idno of a register entry, to give CMIF names their authority URI. */
  authorityUris: [string, string][]
  /** One per correspDesc, in document order (empty ones too: the key counts them). */
  letters: CorrespAction[][]
}
interface CorrespAction { type: string | undefined; parts: { name: string; attributes: Record<string, string | undefined>; text: string }[] }

// the attributes CMIF copies from a correspAction's children (ref becomes the authority URI)
const CMIF_ATTRIBUTES = ['ref', 'when', 'from', 'to', 'notBefore', 'notAfter']
const pick = (attributes: Record<string, string>, names: string[]) => Object.fromEntries(names.filter((n) => n in attributes).map((n) => [n, own(attributes[n])]))

// V8 keeps a substring's whole parent string alive, and the parser's strings are substrings of the
// document: what is kept after the document is gone is copied, or every document would stay in memory
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8')

/** A copy of an element that shares no string with the document it came from. */
export function ownElement(x: TeiElement): TeiElement {
  return {
    type: 'element',
    name: own(x.name),
    attributes: Object.fromEntries(Object.entries(x.attributes).map(([k, v]) => [own(k), own(v)])),
    children: x.children.map((c) => (c.type === 'element' ? ownElement(c) : { type: c.type, value: own(c.value) })),
  }
}

/** A TEI document of the edition (tei/*.xml), not the collation apparatus. */
export const isEditionTei = (path: string) => /^tei\/[^/]+\.xml$/.test(path) && !path.endsWith('.apparatus.xml')

/**
 * Reads one TEI document: its summary and its text as a teiCorpus member. A file that does not
 * parse is reported and left out of the metadata (it stays in the payload).
 */
export function readDocument(path: string, data: Uint8Array | string): { summary: DocSummary; member: string } | { diagnostic: Diagnostic } {
  let tei: TeiElement
  try {
    const { tree } = parseXml(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'), path, 'deposit')
    tei = rootElement(tree)
    if (tei.name !== 'TEI') throw new LectioError({ code: 'deposit-tei-unreadable', severity: 'error', stage: 'deposit', file: path, line: 1, column: 1, message: `the root element is <${tei.name}>, not <TEI>` })
  } catch (e) {
    if (!(e instanceof LectioError)) throw e
    const d = e.diagnostics[0]
    return { diagnostic: { code: 'deposit-tei-unreadable', severity: 'warning', stage: 'deposit', file: path, line: d?.line ?? 1, column: d?.column ?? 1, message: `${d?.message ?? 'not well-formed XML'}: packed as it is, left out of the teiCorpus and the metadata` } }
  }
  const titleStmt = findFirst(tei, 'titleStmt')
  const standOffs = tei.children.filter((c): c is TeiElement => c.type === 'element' && c.name === 'standOff')
  const registerEntries = standOffs.flatMap((so) => ['person', 'place', 'org'].flatMap((kind) => findAll(so, kind)))
  // CMIF reads the first standOff only
  const authorityUris = standOffs.slice(0, 1).flatMap((so) => ['person', 'place', 'org'].flatMap((kind) => findAll(so, kind).flatMap((x): [string, string][] => {
    const uri = findFirst(x, 'idno')
    return uri ? [[own(`#${x.attributes['xml:id']}`), own(textContent(uri).trim())]] : []
  })))
  const letters = findAll(tei, 'correspDesc').map((c) => findAll(c, 'correspAction').map((a) => ({
    type: a.attributes.type === undefined ? undefined : own(a.attributes.type),
    parts: a.children.filter((x): x is TeiElement => x.type === 'element').map((x) => ({ name: own(x.name), attributes: pick(x.attributes, CMIF_ATTRIBUTES), text: own(textContent(x).trim()) })),
  })))
  return {
    summary: { path, authors: titleStmt ? findAll(titleStmt, 'author').map((a) => own(textContent(a).trim())) : [], registerEntries, authorityUris, letters },
    member: corpusMember(tei),
  }
}

/** A source as the sourceDesc lists it. */
const sourceBibl = (s: EditionConfig['sources'][number], attributes: Record<string, string> = {}) => el('bibl', { ...attributes, 'xml:id': `source-${s.id}`.replace(/[^A-Za-z0-9_.-]/g, '_') }, [s.bibl ?? s.title ?? s.id])

/**
 * The sources of an edition, one per document, make a sourceDesc as long as the edition: it holds
 * a marker where sourcePieces() go (an empty one is written as it is).
 */
const sourcesOrMarker = (e: EditionConfig) => (e.sources.length ? [pieceMarker()] : [])

/** The bibl pieces of a sourceDesc, at depth 4 (TEI or teiCorpus > teiHeader > fileDesc > sourceDesc > bibl). */
export function* sourcePieces(e: EditionConfig, attributes: Record<string, string> = {}): Iterable<string> {
  for (const s of e.sources) yield pieceAt(sourceBibl(s, attributes), 4)
}

function editionHeader(e: EditionConfig): TeiElement {
  return el('teiHeader', {}, [
    el('fileDesc', {}, [
      el('titleStmt', {}, [el('title', {}, [e.title]), ...e.editors.map((x) => el('editor', { role: x.role, ref: x.ref }, [x.name]))]),
      el('editionStmt', {}, [el('edition', { n: e.version }, [`Version ${e.version}`])]),
      el('publicationStmt', {}, [el('publisher', {}, [e.publisher]), el('date', { when: e.date }, [e.date]), el('availability', {}, [el('licence', { target: e.licence.url }, [e.licence.name])])]),
      el('sourceDesc', {}, sourcesOrMarker(e)),
    ]),
    el('encodingDesc', {}, [el('appInfo', {}, [el('application', { ident: 'lectio', version: toolVersion() }, [el('label', {}, ['Lectio'])])])]),
  ])
}

/*
 * The teiCorpus holds every document whole (without its standOff, merged once at corpus level),
 * so it is as large as the corpus: it is written in pieces — corpusFrame().head, each document's
 * corpusMember() in path order, corpusFrame().tail — which together are exactly the serialization
 * of the whole teiCorpus tree.
 */

/** One document as the teiCorpus holds it, with the indentation it has there. */
export function corpusMember(tei: TeiElement): string {
  const copy: TeiElement = { ...tei, attributes: { ...tei.attributes }, children: tei.children.filter((c) => !(c.type === 'element' && c.name === 'standOff')) }
  delete copy.attributes.xmlns
  return pieceAt(copy, 1)
}

/**
 * The teiCorpus around its documents: the edition's header (the sources go in at sourcesAt, when
 * there are any) and the merged register entries before, the end tag after.
 */
export function corpusFrame(e: EditionConfig, registerEntries: Iterable<TeiElement>): { parts: string[]; sourcesAt?: number } {
  const lists: Record<string, string> = { person: 'listPerson', place: 'listPlace', org: 'listOrg' }
  const all = [...registerEntries]
  const standOffLists = Object.entries(lists).flatMap(([kind, list]) => {
    const xs = all.filter((x) => x.name === kind).sort((a, b) => (a.attributes['xml:id'] < b.attributes['xml:id'] ? -1 : 1))
    return xs.length ? [el(list, {}, xs)] : []
  })
  const parts = splitAtMarkers(el('teiCorpus', { xmlns: TEI_NS }, [editionHeader(e), ...(standOffLists.length ? [el('standOff', {}, standOffLists)] : []), pieceMarker()]))
  return { parts, sourcesAt: e.sources.length ? 1 : undefined }
}

/**
 * DataCite kernel 4, from the edition's citation facts (core/citation.ts: the same as the site's
 * Cite sections); `creators` are all documents' authors, without repeats, sorted (the editors
 * when there are none). The site's address (baseUrl) is given as an alternate identifier.
 */
export function dataCite(e: EditionConfig, creators: string[]): string {
  const c = editionCitation(e)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4/metadata.xsd">',
    // the repository mints the DOI; 10.5072 is DataCite's test prefix, to be replaced at deposit
    `  <identifier identifierType="DOI">10.5072/lectio.${esc(e.id)}.${esc(c.version)}</identifier>`,
    ...(c.url ? [`  <alternateIdentifiers><alternateIdentifier alternateIdentifierType="URL">${esc(c.url)}</alternateIdentifier></alternateIdentifiers>`] : []),
    '  <creators>',
    ...(creators.length ? creators : c.editors).map((x) => `    <creator><creatorName>${esc(x)}</creatorName></creator>`),
    '  </creators>',
    `  <titles><title>${esc(c.title)}</title>${c.subtitle ? `<title titleType="Subtitle">${esc(c.subtitle)}</title>` : ''}</titles>`,
    `  <publisher>${esc(c.publisher)}</publisher>`,
    `  <publicationYear>${c.issued.slice(0, 4)}</publicationYear>`,
    '  <resourceType resourceTypeGeneral="Text">Scholarly digital edition (TEI P5)</resourceType>',
    '  <contributors>',
    ...c.editors.map((x) => `    <contributor contributorType="Editor"><contributorName>${esc(x)}</contributorName></contributor>`),
    '  </contributors>',
    `  <dates><date dateType="Issued">${esc(c.issued)}</date></dates>`,
    `  <language>${esc(e.language)}</language>`,
    `  <version>${esc(c.version)}</version>`,
    '  <formats><format>application/tei+xml</format><format>text/html</format><format>application/pdf</format></formats>',
    `  <rightsList><rights${e.licence.url ? ` rightsURI="${esc(e.licence.url)}"` : ''}>${esc(e.licence.name)}</rights></rightsList>`,
    ...(e.introduction ? [`  <descriptions><description descriptionType="Abstract">${esc(e.introduction.replace(/\s+/g, ' ').trim())}</description></descriptions>`] : []),
    '</resource>',
    '',
  ]
  return lines.join('\n')
}

export function dublinCore(e: EditionConfig, authors: string[]): string {
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
    ...e.sources.map((s) => dc('source', s.bibl ?? s.title ?? s.id)),
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

/**
 * CMIF (correspSearch): one correspDesc per letter, names and places with authority URIs, in
 * pieces like the teiCorpus: the frame, and one piece per letter. `authorityUris` holds the
 * register entries of all documents (a later document's entry wins).
 */
export function cmifFrame(e: EditionConfig): { parts: string[]; sourcesAt?: number } {
  const parts = splitAtMarkers(el('TEI', { xmlns: TEI_NS }, [
    el('teiHeader', {}, [
      el('fileDesc', {}, [
        el('titleStmt', {}, [el('title', {}, [`${e.title}: letters (CMIF)`]), ...e.editors.map((x) => el('editor', {}, [x.name]))]),
        el('publicationStmt', {}, [el('publisher', {}, [e.publisher]), el('idno', { type: 'url' }, [`${e.id}-${e.version}/data/metadata/cmif.xml`]), el('date', { when: e.date }, [e.date]), el('availability', {}, [el('licence', { target: e.licence.url }, [e.licence.name])])]),
        el('sourceDesc', {}, sourcesOrMarker(e)),
      ]),
      el('profileDesc', {}, [pieceMarker()]),
    ]),
    el('text', {}, [el('body', {}, [el('p', {}, [])])]),
  ]))
  return { parts, sourcesAt: e.sources.length ? 1 : undefined }
}

/** A letter transmitted in several witnesses is one letter: only the base witness is indexed, not these. */
export const letterCopies = (e: EditionConfig) => new Set((e.works ?? []).flatMap((w) => w.witnesses.filter((x) => x !== w.base)))

/** The CMIF correspDesc pieces of one document (none for a copy of a letter indexed from its base witness). */
export function* cmifLetters(doc: Pick<DocSummary, 'path' | 'letters'>, copies: Set<string>, authorityUris: Map<string, string>): Iterable<string> {
  const id = doc.path.replace(/^tei\//, '').replace(/\.xml$/, '')
  if (copies.has(id)) return
  for (const [i, c] of doc.letters.entries()) {
    const actions = c.map((a) => el('correspAction', { type: a.type }, a.parts.map((x) => {
      const uri = authorityUri(x.attributes.ref, authorityUris)
      return el(x.name, { ref: uri, when: x.attributes.when, from: x.attributes.from, to: x.attributes.to, notBefore: x.attributes.notBefore, notAfter: x.attributes.notAfter }, [x.text])
    }))).filter((a) => a.children.length)
    // a letter of which nothing could be read has nothing to index (and an empty correspDesc is not TEI)
    if (!actions.length) continue
    // @ref: the letter itself, relative to this file (data/metadata/cmif.xml → data/tei/…)
    yield pieceAt(el('correspDesc', { key: `${id}${i ? `-${i + 1}` : ''}`, ref: `../${doc.path}`, source: `#source-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}` }, actions), 3)
  }
}
