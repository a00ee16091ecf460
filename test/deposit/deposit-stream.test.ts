/**
 * The streamed deposit (writeDeposit): the same bytes as buildDeposit for the same files, a bag the
 * verifier accepts, each file read once and in path order, a teiCorpus written in pieces that is
 * exactly the whole-tree serialization, and no zip at all (nor temporary files) when a read fails.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { XMLValidator } from 'fast-xml-parser'
import { buildDeposit, depositFileName, verifyDeposit, writeDeposit, type DepositSource } from '../../src/deposit/index.js'
import { corpusFrame, corpusMember, sourcePieces } from '../../src/deposit/metadata.js'
import { FILE_ATTRIBUTES, zipTime } from '../../src/deposit/bagit.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { loadEdition } from '../../src/core/edition.js'
import { parseXml } from '../../src/core/xml/parse.js'
import { findAll, rootElement, type TeiElement } from '../../src/core/tree.js'
import { el, root, TEI_NS } from '../../src/core/tei.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

const dir = 'test/fixtures/deposit/edition'
const { edition } = loadEdition(dir)
const payloadDir = join(dir, 'payload')
const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]))
const files = new Map<string, Uint8Array | string>(walk(payloadDir).map((f) => [relative(payloadDir, f).split('\\').join('/'), new Uint8Array(readFileSync(f))]))
const text = (d: Uint8Array) => new TextDecoder().decode(d)
const root0 = 'deposit-fixture-2.1.0/'

/** An edition of `n` letters (copies of the fixture letter, each its own id and correspondent), beside the fixture files. */
function manyLetters(n: number): Map<string, Uint8Array | string> {
  const letter = text(files.get('tei/letter.xml') as Uint8Array)
  const out = new Map(files)
  for (let i = 0; i < n; i++) out.set(`tei/l${String(i).padStart(4, '0')}.xml`, letter.replace('xml:id="letter"', `xml:id="l${i}"`).replace('>Ada<', `>Ada ${i}<`))
  return out
}

/** Sources that count their reads, handed in reverse order: the deposit sorts them. */
function counted(map: Map<string, Uint8Array | string>) {
  const reads: string[] = []
  const sources: DepositSource[] = [...map].reverse().map(([path, data]) => ({ path, read: () => { reads.push(path); return data } }))
  return { sources, reads }
}

let validator: TeiValidator
let work: string
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)
afterEach(() => { if (work) rmSync(work, { recursive: true, force: true }) })
const tempDir = () => (work = mkdtempSync(join(tmpdir(), 'lectio-deposit-')))

describe('writeDeposit', () => {
  it('writes the same bytes as buildDeposit, with the same diagnostics, and a bag the verifier accepts', () => {
    const out = join(tempDir(), 'deposit', depositFileName(edition.config))
    const streamed = writeDeposit({ edition: edition.config, files: counted(files).sources }, out)
    const built = buildDeposit({ edition: edition.config, files })
    expect(streamed).toEqual({ name: 'deposit-fixture-2.1.0.zip', diagnostics: [] })
    expect(Buffer.compare(readFileSync(out), Buffer.from(built.zip))).toBe(0)
    expect(verifyDeposit(readFileSync(out), 'f.zip', (xml, f) => validator.validate(xml, f).filter((d) => d.severity === 'error'))).toEqual([])
    // only the zip is left: the spools and the temporary folder are gone
    expect(readdirSync(join(work, 'deposit'))).toEqual(['deposit-fixture-2.1.0.zip'])
  })

  it('reads every file once, in path order, and an unsafe path never', () => {
    const withBad = new Map(files).set('../escape.txt', 'x').set('metadata/cmif.xml', '<x/>')
    const { sources, reads } = counted(withBad)
    const r = writeDeposit({ edition: edition.config, files: sources }, join(tempDir(), 'd.zip'))
    expect(reads).toEqual([...files.keys()].sort())
    expect(r.diagnostics.map((d) => `${d.file} [${d.code}]`).sort()).toEqual(['../escape.txt [deposit-path-unsafe]', 'metadata/cmif.xml [deposit-path-unsafe]'])
  })

  it('packs a path given twice once, the first, and says so', () => {
    const sources: DepositSource[] = [...files].map(([path, data]) => ({ path, read: () => data }))
    sources.push({ path: 'html/index.html', read: () => 'second' })
    const out = join(tempDir(), 'd.zip')
    const r = writeDeposit({ edition: edition.config, files: sources }, out)
    expect(r.diagnostics.map((d) => `${d.file} [${d.code}]`)).toEqual(['html/index.html [deposit-path-duplicate]'])
    expect(Buffer.compare(readFileSync(out), Buffer.from(buildDeposit({ edition: edition.config, files }).zip))).toBe(0)
  })

  it('leaves no zip and no temporary file when a read fails, and an older zip untouched', () => {
    const out = join(tempDir(), 'd.zip')
    const broken: DepositSource[] = [...files].map(([path, data]) => ({ path, read: () => (path === 'pdf/letter.pdf' ? (() => { throw new Error('disk gone') })() : data) }))
    expect(() => writeDeposit({ edition: edition.config, files: broken }, out)).toThrow('disk gone')
    expect(readdirSync(work)).toEqual([])
    writeFileSync(out, 'the previous deposit')
    expect(() => writeDeposit({ edition: edition.config, files: broken }, out)).toThrow('disk gone')
    expect(readdirSync(work)).toEqual(['d.zip'])
    expect(readFileSync(out, 'utf8')).toBe('the previous deposit')
  })

  it('streams a teiCorpus larger than one compression piece: same bytes as buildDeposit, complete and sound', () => {
    const big = manyLetters(300)
    const out = join(tempDir(), 'big.zip')
    const { sources, reads } = counted(big)
    writeDeposit({ edition: edition.config, files: sources }, out)
    expect(reads).toHaveLength(big.size)
    const zip = readFileSync(out)
    expect(Buffer.compare(zip, Buffer.from(buildDeposit({ edition: edition.config, files: big }).zip))).toBe(0)
    expect(verifyDeposit(zip, 'big.zip')).toEqual([])
    const entries = unzipSync(zip)
    const corpus = text(entries[`${root0}data/metadata/teiCorpus.xml`])
    expect(corpus.length).toBeGreaterThan(4 * 65536)
    expect(XMLValidator.validate(corpus)).toBe(true)
    expect(corpus.match(/<TEI /g)).toHaveLength(302)
    // the register entry every letter shares is in the corpus once
    expect(corpus.match(/<person xml:id="ada">/g)).toHaveLength(1)
    expect(text(entries[`${root0}data/metadata/cmif.xml`]).match(/<correspDesc /g)).toHaveLength(301)
  })
})

describe('the zip layout', () => {
  it('is what fflate zipSync makes of the same entries, byte for byte', () => {
    const { zip } = buildDeposit({ edition: edition.config, files })
    const mtime = zipTime(edition.config.date)
    const entries = unzipSync(zip)
    const zippable: Zippable = {}
    for (const name of Object.keys(entries)) zippable[name] = [entries[name], { mtime, level: 6, os: 3, attrs: FILE_ATTRIBUTES }]
    expect(Buffer.compare(Buffer.from(zipSync(zippable, { mtime })), Buffer.from(zip))).toBe(0)
  })
})

describe('the teiCorpus in pieces', () => {
  it('is exactly the serialization of the whole corpus tree', () => {
    const docs = ['tei/essay.xml', 'tei/letter.xml'].map((p) => rootElement(parseXml(text(files.get(p) as Uint8Array), p, 'deposit').tree))
    const entries = docs.flatMap((d) => d.children.filter((c): c is TeiElement => c.type === 'element' && c.name === 'standOff').flatMap((so) => findAll(so, 'person')))
    const unique = [...new Map(entries.reverse().map((x) => [x.attributes['xml:id'], x])).values()]
    const { parts, sourcesAt } = corpusFrame(edition.config, unique)
    expect(sourcesAt).toBe(1)
    const sources = [...sourcePieces(edition.config)].join('')
    const pieces = parts[0] + sources + parts[1] + docs.map(corpusMember).join('') + parts[2]
    // the whole tree, built as one: header, standOff, the documents without theirs
    const head = rootElement(parseXml(parts[0] + sources + parts[1] + parts[2], 'head.xml', 'deposit').tree)
    const members = docs.map((d) => ({ ...d, attributes: Object.fromEntries(Object.entries(d.attributes).filter(([k]) => k !== 'xmlns')), children: d.children.filter((c) => !(c.type === 'element' && c.name === 'standOff')) }))
    const whole = serializeTei(root(el('teiCorpus', { xmlns: TEI_NS }, [...head.children.filter((c): c is TeiElement => c.type === 'element'), ...members])))
    expect(pieces).toBe(whole)
    expect(validator.validate(pieces, 'teiCorpus.xml').filter((d) => d.severity === 'error')).toEqual([])
  })
})
