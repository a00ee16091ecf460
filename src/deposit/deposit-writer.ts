/**
 * The one implementation of the deposit: a single pass over the payload files, in path order,
 * each read once, checksummed, compressed into a spool and let go; TEI documents are parsed on the
 * way and leave behind their teiCorpus text and their letters (spooled too) and a few strings
 * (authors, register entries). What is kept per file is a fixed-size record (sizes, CRC, SHA-256).
 * Then the archive is assembled in zipSync's sorted order: bag-info and bagit (now that the
 * payload size is known), the spooled payload with the metadata in its sorted place, the
 * manifests, the central directory.
 */
import { createHash } from 'node:crypto'
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import type { TeiElement } from '../core/tree.js'
import { toolVersion } from '../core/package-paths.js'
import { BAGIT_TXT, bagInfo, FILE_ATTRIBUTES, manifestLine, safePayloadPath, sha256, zipTime } from './bagit.js'
import type { ByteSink } from '../core/zip/byte-sink.js'
import { cmifFrame, cmifLetters, corpusFrame, dataCite, type DocSummary, dublinCore, isEditionTei, letterCopies, ownElement, readDocument, sourcePieces } from './metadata.js'
import { entryName, type EntryStyle, writeCentralDirectory, writeEntry, writeStreamedEntry, type ZipEntry } from '../core/zip/zip-writer.js'

/** A payload file, read when the deposit gets to it (once), e.g. `() => readFileSync(file)`. */
export interface DepositSource { path: string; read: () => Uint8Array | string }

/** Where the writer puts bytes: the final archive, and spools for what it assembles later. */
export interface DepositSinks { out: ByteSink; spool: () => ByteSink }

export const depositName = (e: EditionConfig) => `${e.id}-${e.version}`

const utf8 = (s: string) => new TextEncoder().encode(s)
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
// the generated metadata sorts between the payload paths before and after "metadata/"
const METADATA = 'metadata/'

/** Lines of text written to a spool, read back one at a time. */
function* spooledLines(sink: ByteSink): Iterable<string> {
  const decoder = new TextDecoder()
  let rest = ''
  for (const piece of sink.read(0, sink.size)) {
    const lines = (rest + decoder.decode(piece, { stream: true })).split('\n')
    rest = lines.pop()!
    yield* lines
  }
  if (rest + decoder.decode()) throw new Error('a spooled line has no end')
}

/** A metadata file: its size is known before it is written (bag-info comes first). */
interface MetadataFile { path: string; size: number; pieces: () => Iterable<Uint8Array> }

export function writeDepositTo(edition: EditionConfig, sources: Iterable<DepositSource>, sinks: DepositSinks): { name: string; diagnostics: Diagnostic[] } {
  const spools: ByteSink[] = []
  const spool = () => { const s = sinks.spool(); spools.push(s); return s }
  try {
    return write(edition, sources, sinks.out, spool)
  } finally {
    for (const s of spools) s.close()
  }
}

function write(e: EditionConfig, sources: Iterable<DepositSource>, out: ByteSink, spool: () => ByteSink): { name: string; diagnostics: Diagnostic[] } {
  const name = depositName(e)
  const style: EntryStyle = { mtime: zipTime(e.date), os: 3, attrs: FILE_ATTRIBUTES }
  const readDiagnostics: Diagnostic[] = []
  const pathDiagnostics: Diagnostic[] = []

  // which files go in: safe, not reserved, each path once
  const accepted = new Map<string, DepositSource>()
  for (const s of sources) {
    const path = s.path
    // the metadata folder is the deposit's own; other paths must stay inside data/
    if (!safePayloadPath(path) || path.startsWith(METADATA)) {
      pathDiagnostics.push({ code: 'deposit-path-unsafe', severity: 'error', stage: 'deposit', file: path, line: 1, column: 1, message: `the payload path "${path}" ${path.startsWith(METADATA) ? 'is reserved for the generated metadata' : 'is not a safe relative path'}: left out` })
    } else if (accepted.has(path)) {
      pathDiagnostics.push({ code: 'deposit-path-duplicate', severity: 'error', stage: 'deposit', file: path, line: 1, column: 1, message: `the payload path "${path}" is given twice: the first is packed` })
    } else accepted.set(path, s)
  }
  const paths = [...accepted.keys()].sort(byPath)
  const n = paths.length
  const record = { crc: new Uint32Array(n), csize: new Float64Array(n), size: new Float64Array(n), offset: new Float64Array(n), sha: new Uint8Array(32 * n) }
  const entryOf = (i: number, shift: number): ZipEntry => ({ ...entryName(`${name}/data/${paths[i]}`), crc: record.crc[i], csize: record.csize[i], size: record.size[i], offset: record.offset[i] + shift })
  const hexOf = (i: number) => Buffer.from(record.sha.buffer, 32 * i, 32).toString('hex')

  // one pass over the payload
  const payload = spool()
  const corpus = spool()
  const letters = spool()
  let octets = 0
  let split = n // the index of the first path after "metadata/"
  let splitOffset = 0
  const authors = new Set<string>()
  const registerEntries = new Map<string | undefined, TeiElement>()
  const authorityUris = new Map<string, string>()
  let docs = 0
  for (let i = 0; i < n; i++) {
    const path = paths[i]
    const raw = accepted.get(path)!.read()
    const data = typeof raw === 'string' ? utf8(raw) : raw
    if (isEditionTei(path)) {
      const r = readDocument(path, data)
      if ('diagnostic' in r) readDiagnostics.push(r.diagnostic)
      else {
        docs++
        for (const a of r.summary.authors) authors.add(a)
        // a register entry shared by several documents is in the corpus once, as first seen
        for (const x of r.summary.registerEntries) if (!registerEntries.has(x.attributes['xml:id'])) registerEntries.set(x.attributes['xml:id'], ownElement(x))
        for (const [ref, uri] of r.summary.authorityUris) authorityUris.set(ref, uri)
        if (r.summary.letters.length) letters.write(utf8(`${JSON.stringify({ path, letters: r.summary.letters } satisfies Pick<DocSummary, 'path' | 'letters'>)}\n`))
        corpus.write(utf8(r.member))
      }
    }
    record.sha.set(createHash('sha256').update(data).digest(), 32 * i)
    octets += data.length
    if (path > METADATA && split === n) { split = i; splitOffset = payload.size }
    const entry = writeEntry(payload, `${name}/data/${path}`, data, style)
    record.crc[i] = entry.crc
    record.csize[i] = entry.csize
    record.size[i] = entry.size
    record.offset[i] = entry.offset
  }
  if (split === n) splitOffset = payload.size

  // the metadata: DataCite and Dublin Core are small; CMIF and the teiCorpus are spooled
  const metadata: MetadataFile[] = []
  const small = (path: string, text: string) => { const d = utf8(text); metadata.push({ path, size: d.length, pieces: () => [d] }) }
  // a frame's parts around the spooled pieces: the sources (when the frame has a place for them), then the body
  const framed = (path: string, frame: { parts: string[]; sourcesAt?: number }, sourceAttributes: Record<string, string>, body: ByteSink) => {
    const segments: (Uint8Array | ByteSink)[] = frame.parts.map(utf8)
    if (frame.sourcesAt !== undefined) {
      const sources = spool()
      for (const piece of sourcePieces(e, sourceAttributes)) sources.write(utf8(piece))
      segments.splice(frame.sourcesAt, 0, sources)
    }
    segments.splice(segments.length - 1, 0, body)
    const size = segments.reduce((n, x) => n + (x instanceof Uint8Array ? x.length : x.size), 0)
    metadata.push({ path, size, pieces: function* () { for (const x of segments) if (x instanceof Uint8Array) yield x; else yield* x.read(0, x.size) } })
  }
  const sortedAuthors = [...authors].sort()
  small('datacite.xml', dataCite(e, sortedAuthors))
  small('dublin-core.xml', dublinCore(e, sortedAuthors))
  const cmif = spool()
  const copies = letterCopies(e)
  for (const line of spooledLines(letters)) for (const piece of cmifLetters(JSON.parse(line), copies, authorityUris)) cmif.write(utf8(piece))
  if (cmif.size) framed('cmif.xml', cmifFrame(e), { type: 'online' }, cmif)
  // a teiCorpus holds at least one TEI document
  if (docs) framed('teiCorpus.xml', corpusFrame(e, registerEntries.values()), {}, corpus)
  metadata.sort((a, b) => byPath(a.path, b.path))
  for (const m of metadata) octets += m.size

  // the archive, in sorted order
  const entries: ZipEntry[] = []
  const info = utf8(bagInfo([
    ['Source-Organization', e.publisher],
    ...e.editors.map((x): [string, string] => ['Contact-Name', x.name]),
    ['External-Identifier', name],
    ['External-Description', e.title],
    ['Bag-Software-Agent', `Lectio ${toolVersion()}`],
    ['Bag-Group-Identifier', e.id],
  ], octets, n + metadata.length, e.date))
  const bagit = utf8(BAGIT_TXT)
  entries.push(writeEntry(out, `${name}/bag-info.txt`, info, style), writeEntry(out, `${name}/bagit.txt`, bagit, style))
  const copy = (from: number, to: number) => {
    const shift = out.size - from
    for (const piece of payload.read(from, to)) out.write(piece)
    return shift
  }
  const shiftBefore = copy(0, splitOffset)
  const metadataHashes = new Map<string, string>()
  for (const m of metadata) {
    const path = `data/metadata/${m.path}`
    const hash = createHash('sha256')
    const hashed = function* () { for (const p of m.pieces()) { hash.update(p); yield p } }
    entries.push(writeStreamedEntry(out, `${name}/${path}`, hashed(), style))
    metadataHashes.set(path, hash.digest('hex'))
  }
  const shiftAfter = copy(splitOffset, payload.size)

  // the payload manifest, in path order: the payload before "metadata/", the metadata, the rest
  const manifestHash = createHash('sha256')
  const manifestLines = function* () {
    for (let i = 0; i < split; i++) yield manifestLine(hexOf(i), `data/${paths[i]}`)
    for (const [p, h] of metadataHashes) yield manifestLine(h, p)
    for (let i = split; i < n; i++) yield manifestLine(hexOf(i), `data/${paths[i]}`)
  }
  const manifestPieces = function* () {
    // lines in batches of about 64 KB: a piece per line would be an array per file
    let text = ''
    const out = () => { const d = utf8(text); manifestHash.update(d); text = ''; return d }
    for (const l of manifestLines()) { text += l; if (text.length >= 1 << 16) yield out() }
    yield out()
  }
  entries.push(writeStreamedEntry(out, `${name}/manifest-sha256.txt`, manifestPieces(), style))
  const tagManifest = utf8(`${sha256(info)}  bag-info.txt\n${sha256(bagit)}  bagit.txt\n${manifestHash.digest('hex')}  manifest-sha256.txt\n`)
  const tagEntry = writeEntry(out, `${name}/tagmanifest-sha256.txt`, tagManifest, style)

  // the central directory, in the order of the entries: tag files, payload before, metadata, payload after, manifests
  const [infoEntry, bagitEntry, ...metadataEntries] = entries
  const manifestEntry = metadataEntries.pop()!
  writeCentralDirectory(out, (function* () {
    yield infoEntry
    yield bagitEntry
    for (let i = 0; i < split; i++) yield entryOf(i, shiftBefore)
    yield* metadataEntries
    for (let i = split; i < n; i++) yield entryOf(i, shiftAfter)
    yield manifestEntry
    yield tagEntry
  })(), style)

  const diagnostics = [...readDiagnostics, ...pathDiagnostics]
  if (!docs) diagnostics.push({ code: 'deposit-no-tei', severity: 'warning', stage: 'deposit', file: `${name}.zip`, line: 1, column: 1, message: 'no readable TEI documents (tei/*.xml) among the files: the deposit has no teiCorpus' })
  return { name: `${name}.zip`, diagnostics }
}
