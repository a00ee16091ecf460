/**
 * Deposit of a hand-made edition (test/fixtures/deposit/edition: two TEI documents written by
 * hand, HTML, a PDF, a register): metadata content, reproducibility across time zones, paths that
 * need encoding or are unsafe, unreadable TEI, and damage reported at its line.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { buildDeposit, verifyDeposit } from '../../src/deposit/index.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { loadEdition } from '../../src/core/edition.js'

const dir = 'test/fixtures/deposit/edition'
const { edition } = loadEdition(dir)
const payloadDir = join(dir, 'payload')
const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]))
const files = new Map<string, Uint8Array | string>(walk(payloadDir).map((f) => [relative(payloadDir, f).split('\\').join('/'), new Uint8Array(readFileSync(f))]))
const root = 'deposit-fixture-2.1.0/'
const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex')
const text = (d: Uint8Array) => new TextDecoder().decode(d)

let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)
const validate = (xml: string, f: string) => validator.validate(xml, f).filter((d) => d.severity === 'error')

describe('deposit of the hand-made edition', () => {
  const built = buildDeposit({ edition: edition.config, files })
  const entries = unzipSync(built.zip)
  const get = (p: string) => text(entries[root + p])

  it('packs every given file byte for byte, plus the metadata, with no diagnostics', () => {
    expect(built.name).toBe('deposit-fixture-2.1.0.zip')
    expect(built.diagnostics).toEqual([])
    for (const [p, d] of files) expect(sha(entries[`${root}data/${p}`]), p).toBe(sha(d as Uint8Array))
    expect(Object.keys(entries).filter((n) => n.includes('/metadata/')).sort()).toEqual(['cmif.xml', 'datacite.xml', 'dublin-core.xml', 'teiCorpus.xml'].map((f) => `${root}data/metadata/${f}`))
    expect(verifyDeposit(built.zip, 'f.zip', validate)).toEqual([])
    // every TEI file is handed to the validator: the documents, the teiCorpus and CMIF; not DataCite or Dublin Core
    const validated: string[] = []
    verifyDeposit(built.zip, 'f.zip', (_, f) => { validated.push(f); return [] })
    expect(validated.sort()).toEqual(['data/metadata/cmif.xml', 'data/metadata/teiCorpus.xml', 'data/tei/essay.xml', 'data/tei/letter.xml'].map((p) => `f.zip!${p}`))
  })

  it('writes bag-info with the edition date, the editors and the payload size', () => {
    const octets = [...files.values()].reduce((n, d) => n + (d as Uint8Array).length, 0) + ['cmif.xml', 'datacite.xml', 'dublin-core.xml', 'teiCorpus.xml'].reduce((n, f) => n + entries[`${root}data/metadata/${f}`].length, 0)
    expect(get('bag-info.txt')).toBe([
      'Source-Organization: Lectio tests',
      'Contact-Name: Rosa Editor',
      'Contact-Name: Ivo Second',
      'External-Identifier: deposit-fixture-2.1.0',
      'External-Description: Deposit Fixture Edition',
      'Bag-Software-Agent: Lectio 0.1.0',
      'Bag-Group-Identifier: deposit-fixture',
      `Payload-Oxum: ${octets}.${files.size + 4}`,
      `Bag-Size: ${(octets / 1024).toFixed(1)} KB`,
      'Bagging-Date: 2024-02-29',
      '',
    ].join('\n'))
  })

  it('builds CMIF from the correspDesc: authority URIs from the standOff idno or the ref itself, a link to the letter', () => {
    const cmif = get('data/metadata/cmif.xml')
    expect(validate(cmif, 'cmif.xml')).toEqual([])
    expect(cmif).toContain('<correspDesc key="letter" ref="../tei/letter.xml" source="#source-letter">')
    expect(cmif).toContain('<correspAction type="sent"><persName>Ben Writer</persName><placeName ref="https://www.geonames.org/2643743">London</placeName><date when="1901-05-02">2 May 1901</date></correspAction>')
    expect(cmif).toContain('<correspAction type="received"><persName ref="https://example.org/persons/ada">Ada</persName></correspAction>')
    expect(cmif.match(/<correspDesc /g)).toHaveLength(1)
  })

  it('indexes a letter transmitted in several witnesses once, from the base witness', () => {
    const copy = (files.get('tei/letter.xml') as Uint8Array)
    const withCopy = new Map(files).set('tei/letter-copy.xml', text(copy).replace('xml:id="letter"', 'xml:id="letter-copy"'))
    const works = [{ id: 'letter-work', title: 'A letter to Ada', witnesses: ['letter-copy', 'letter'], base: 'letter' }]
    const r = buildDeposit({ edition: { ...edition.config, works }, files: withCopy })
    const cmif = text(unzipSync(r.zip)[`${root}data/metadata/cmif.xml`])
    expect(cmif.match(/<correspDesc /g)).toHaveLength(1)
    expect(cmif).toContain('ref="../tei/letter.xml"')
    // both witnesses are still in the corpus
    expect(text(unzipSync(r.zip)[`${root}data/metadata/teiCorpus.xml`]).match(/<TEI /g)).toHaveLength(3)
  })

  it('embeds both documents in a valid teiCorpus, the shared register entry once', () => {
    const corpus = get('data/metadata/teiCorpus.xml')
    expect(validate(corpus, 'teiCorpus.xml')).toEqual([])
    expect(corpus.match(/<TEI /g)).toHaveLength(2)
    expect(corpus.match(/<person xml:id="ada">/g)).toHaveLength(1)
    expect(corpus).toContain('<title>Deposit Fixture Edition</title>')
  })

  it('writes DataCite and Dublin Core that parse, with the authors, editors, dates and licence', () => {
    const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true })
    for (const f of ['datacite.xml', 'dublin-core.xml']) expect(XMLValidator.validate(get(`data/metadata/${f}`)), f).toBe(true)
    const dc = parser.parse(get('data/metadata/datacite.xml')).resource
    expect(dc.creators.creator.map((c: { creatorName: string }) => c.creatorName)).toEqual(['Ada Reader', 'Ben Writer'])
    expect(dc.publicationYear).toBe(2024)
    expect(dc.rightsList.rights['@_rightsURI']).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(dc.descriptions.description['#text']).toBe('A small edition & its metadata, written by hand for the deposit tests.')
    const oai = parser.parse(get('data/metadata/dublin-core.xml')).dc
    expect(oai.creator).toEqual(['Ada Reader', 'Ben Writer'])
    expect(oai.contributor).toEqual(['Rosa Editor', 'Ivo Second'])
    expect(oai.date).toBe('2024-02-29')
  })

  it('stores every entry as a readable Unix file (rw-r--r--) dated noon of the edition date, in sorted order', () => {
    // the zip's central directory, read by hand (APPNOTE 4.3.12, 4.3.16)
    const z = built.zip
    const view = new DataView(z.buffer, z.byteOffset, z.byteLength)
    let eocd = z.length - 22
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--
    let at = view.getUint32(eocd + 16, true)
    const seen: string[] = []
    for (let k = view.getUint16(eocd + 10, true); k > 0; k--) {
      expect(view.getUint32(at, true)).toBe(0x02014b50)
      const nameLength = view.getUint16(at + 28, true)
      const name = text(z.subarray(at + 46, at + 46 + nameLength))
      seen.push(name)
      expect(z[at + 5], name).toBe(3)
      expect((view.getUint32(at + 38, true) >>> 16).toString(8), name).toBe('100644')
      const time = view.getUint16(at + 12, true)
      const date = view.getUint16(at + 14, true)
      expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63], name).toEqual([2024, 2, 29, 12, 0])
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    }
    expect(seen).toEqual([...seen].sort())
    expect(seen).toHaveLength(Object.keys(entries).length)
  })

  it('is byte-identical whatever the time zone of the machine', () => {
    const tz = process.env.TZ
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      const east = buildDeposit({ edition: edition.config, files }).zip
      process.env.TZ = 'America/Los_Angeles'
      const west = buildDeposit({ edition: edition.config, files }).zip
      expect(sha(east)).toBe(sha(west))
      expect(sha(east)).toBe(sha(built.zip))
    } finally {
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })
})

describe('deposit paths and unreadable input', () => {
  it('percent-encodes % in manifest paths (RFC 8493) and verifies them', () => {
    const withPercent = new Map(files).set('html/100%.html', '<!doctype html><title>x</title>')
    const { zip } = buildDeposit({ edition: edition.config, files: withPercent })
    const entries = unzipSync(zip)
    const manifest = text(entries[`${root}manifest-sha256.txt`])
    expect(manifest).toContain(`${sha(new TextEncoder().encode('<!doctype html><title>x</title>'))}  data/html/100%25.html\n`)
    expect(entries[`${root}data/html/100%.html`]).toBeDefined()
    expect(verifyDeposit(zip, 'p.zip')).toEqual([])
  })

  it('leaves out unsafe or reserved payload paths and says so', () => {
    const bad = new Map(files).set('../escape.txt', 'x').set('metadata/datacite.xml', '<x/>')
    const r = buildDeposit({ edition: edition.config, files: bad })
    expect(r.diagnostics.map((d) => `${d.file}: ${d.severity} [${d.code}] ${d.message}`)).toEqual([
      '../escape.txt: error [deposit-path-unsafe] the payload path "../escape.txt" is not a safe relative path: left out',
      'metadata/datacite.xml: error [deposit-path-unsafe] the payload path "metadata/datacite.xml" is reserved for the generated metadata: left out',
    ])
    const names = Object.keys(unzipSync(r.zip))
    expect(names.some((n) => n.includes('escape'))).toBe(false)
    expect(text(unzipSync(r.zip)[`${root}data/metadata/datacite.xml`])).toContain('<resource')
  })

  it('packs a TEI file that does not parse, reports it at its line, and leaves it out of the metadata', () => {
    const broken = new Map(files).set('tei/broken.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>\n')
    const r = buildDeposit({ edition: edition.config, files: broken })
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'deposit-tei-unreadable', severity: 'warning', file: 'tei/broken.xml', line: 3 })
    const entries = unzipSync(r.zip)
    expect(text(entries[`${root}data/tei/broken.xml`])).toContain('<teiHeader>')
    expect(text(entries[`${root}data/metadata/teiCorpus.xml`]).match(/<TEI /g)).toHaveLength(2)
    // verification validates every TEI file of the payload: the broken one is reported
    const ds = verifyDeposit(r.zip, 'b.zip', validate)
    expect(ds.length).toBeGreaterThan(0)
    expect(ds.every((d) => d.file === 'b.zip!data/tei/broken.xml')).toBe(true)
  })

  it('with no TEI at all: no teiCorpus, a warning, still a sound bag', () => {
    const r = buildDeposit({ edition: edition.config, files: new Map([['html/index.html', '<!doctype html><title>x</title>']]) })
    expect(r.diagnostics.map((d) => d.code)).toEqual(['deposit-no-tei'])
    expect(Object.keys(unzipSync(r.zip)).some((n) => n.endsWith('teiCorpus.xml'))).toBe(false)
    expect(verifyDeposit(r.zip, 'n.zip')).toEqual([])
  })
})

describe('verifyDeposit on damaged tag files', () => {
  const entries = () => unzipSync(buildDeposit({ edition: edition.config, files }).zip)
  const rezip = (e: Record<string, Uint8Array>) => zipSync(e)

  it('locates a malformed or duplicated manifest line and a path that leaves the bag', () => {
    const e = entries()
    const lines = text(e[`${root}manifest-sha256.txt`]).split('\n')
    lines.splice(1, 0, 'not a checksum line', lines[0], `${'0'.repeat(64)}  data/../../etc/passwd`)
    e[`${root}manifest-sha256.txt`] = new TextEncoder().encode(lines.join('\n'))
    const ds = verifyDeposit(rezip(e), 'm.zip')
    const at = (code: string) => ds.filter((d) => d.code === code).map((d) => `${d.file}:${d.line}:${d.column}`)
    expect(at('deposit-manifest-line')).toEqual(['m.zip!manifest-sha256.txt:2:1', 'm.zip!manifest-sha256.txt:3:1'])
    expect(at('deposit-path-unsafe')).toEqual(['m.zip!manifest-sha256.txt:4:1'])
    // the manifest itself changed: the tag manifest says so
    expect(ds.find((d) => d.code === 'deposit-checksum')?.message).toBe('manifest-sha256.txt: tag file missing or changed')
  })

  it('reports a bag-info line that is not "Label: value", and fetch.txt', () => {
    const e = entries()
    e[`${root}bag-info.txt`] = new TextEncoder().encode(text(e[`${root}bag-info.txt`]).replace('Bagging-Date: 2024-02-29\n', 'Bagging-Date: 2024-02-29\nno colon here\n  continued: fine\n'))
    e[`${root}fetch.txt`] = new TextEncoder().encode('https://example.org/x 10 data/x\n')
    const ds = verifyDeposit(rezip(e), 'i.zip')
    expect(ds.filter((d) => d.code === 'deposit-bag-info')).toMatchObject([{ file: 'i.zip!bag-info.txt', line: 11, message: '"no colon here" is not a "Label: value" line' }])
    expect(ds.filter((d) => d.code === 'deposit-fetch')).toHaveLength(1)
  })

  it('reports missing tag files', () => {
    const e = entries()
    delete e[`${root}bagit.txt`]
    delete e[`${root}bag-info.txt`]
    const msgs = verifyDeposit(rezip(e), 't.zip').map((d) => d.message)
    expect(msgs).toContain('bagit.txt is missing or does not declare a BagIt version')
    expect(msgs).toContain('bag-info.txt is missing')
  })
})
