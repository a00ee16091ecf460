/**
 * Deposit packages: a BagIt bag that our verifier accepts, that an independent check (manifests
 * recomputed here with node:crypto from the unzipped files) accepts, that is byte-identical when
 * built twice, and whose damage is reported.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { unzipSync, zipSync } from 'fflate'
import { buildDeposit, verifyDeposit } from '../../src/deposit/index.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { loadEdition } from '../../src/core/edition.js'
import { decodeSource } from '../../src/core/read-source.js'
import { importText } from '../../src/import/index.js'
import { enrichDocument } from '../../src/enrich/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

let validator: TeiValidator
const { edition } = loadEdition('test/fixtures/robustness/edition')
const files = new Map<string, Uint8Array | string>()

beforeAll(async () => {
  validator = await createTeiValidator()
  for (const s of edition.config.sources) {
    const { source } = decodeSource(readFileSync(edition.sourcePath(s)), s.file)
    const { doc } = importText(source, { id: s.id, kind: s.kind, metadata: s, edition: edition.config })
    files.set(`tei/${s.id}.xml`, serializeTei(enrichDocument(doc, { registers: edition.registers }).doc.tree))
  }
  files.set('html/index.html', '<!doctype html><title>x</title>')
  files.set('registers/registers.json', readFileSync('test/fixtures/robustness/edition/registers/registers.json'))
}, 60_000)

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex')

describe('buildDeposit', () => {
  it('makes <edition>-<version>.zip, byte-identical when built twice', () => {
    const a = buildDeposit({ edition: edition.config, files })
    const b = buildDeposit({ edition: edition.config, files })
    expect(a.name).toBe('robust-1.0.0.zip')
    expect(sha(a.zip)).toBe(sha(b.zip))
  })

  it('is a complete bag by an independent check of every manifest', () => {
    const entries = unzipSync(buildDeposit({ edition: edition.config, files }).zip)
    const names = Object.keys(entries)
    const root = 'robust-1.0.0/'
    expect(names.every((n) => n.startsWith(root))).toBe(true)
    const text = (p: string) => new TextDecoder().decode(entries[root + p])
    expect(text('bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')
    const manifest = text('manifest-sha256.txt').trim().split('\n').map((l) => l.split(/\s+/))
    const payload = names.filter((n) => n.startsWith(root + 'data/')).map((n) => n.slice(root.length)).sort()
    expect(manifest.map(([, p]) => p).sort()).toEqual(payload)
    for (const [hash, p] of manifest) expect(sha(entries[root + p]), p).toBe(hash)
    for (const [hash, p] of text('tagmanifest-sha256.txt').trim().split('\n').map((l) => l.split(/\s+/))) expect(sha(entries[root + p]), p).toBe(hash)
    const octets = payload.reduce((n, p) => n + entries[root + p].length, 0)
    expect(text('bag-info.txt')).toContain(`Payload-Oxum: ${octets}.${payload.length}`)
    expect(text('bag-info.txt')).toContain('Bagging-Date: 2025-06-01')
    expect(payload).toEqual(expect.arrayContaining(['data/metadata/teiCorpus.xml', 'data/metadata/datacite.xml', 'data/metadata/dublin-core.xml', 'data/metadata/cmif.xml', 'data/tei/first.xml', 'data/registers/registers.json']))
  })

  it('writes metadata that validates: teiCorpus and CMIF against TEI, DataCite and Dublin Core well-formed', () => {
    const entries = unzipSync(buildDeposit({ edition: edition.config, files }).zip)
    const get = (p: string) => new TextDecoder().decode(entries[`robust-1.0.0/data/metadata/${p}`])
    expect(validator.validate(get('teiCorpus.xml'), 'teiCorpus.xml').filter((d) => d.severity === 'error')).toEqual([])
    expect(validator.validate(get('cmif.xml'), 'cmif.xml').filter((d) => d.severity === 'error')).toEqual([])
    // CMIF carries the authority URI of the place, from the register
    expect(get('cmif.xml')).toContain('<placeName ref="https://www.wikidata.org/entity/Q71">Geneva</placeName>')
    expect(get('datacite.xml')).toContain('<titles><title>Robustness Fixture Edition</title></titles>')
    expect(get('dublin-core.xml')).toContain('<dc:creator>Marta Weiss</dc:creator>')
  })
})

describe('verifyDeposit', () => {
  it('accepts a sound bag and validates its TEI', () => {
    const { zip } = buildDeposit({ edition: edition.config, files })
    expect(verifyDeposit(zip, 'd.zip', (xml, f) => validator.validate(xml, f))).toEqual([])
  })

  it('reports a changed byte, a missing file and an extra file, located in the zip', () => {
    const entries = unzipSync(buildDeposit({ edition: edition.config, files }).zip)
    const first = 'robust-1.0.0/data/tei/first.xml'
    entries[first] = entries[first].slice()
    entries[first][200] ^= 1
    delete entries['robust-1.0.0/data/html/index.html']
    entries['robust-1.0.0/data/extra.txt'] = new TextEncoder().encode('x')
    const ds = verifyDeposit(zipSync(entries), 'd.zip')
    expect(ds.map((d) => `${d.file}:${d.line}: [${d.code}]`).sort()).toEqual([
      'd.zip!bag-info.txt:7: [deposit-oxum]',
      'd.zip!data/extra.txt:1: [deposit-file-extra]',
      'd.zip!data/html/index.html:1: [deposit-file-missing]',
      'd.zip!data/tei/first.xml:1: [deposit-checksum]',
    ])
  })

  it('refuses something that is not a zip', () => {
    expect(verifyDeposit(new TextEncoder().encode('not a zip'), 'x.zip')[0]).toMatchObject({ code: 'deposit-invalid', message: 'not a readable zip file' })
  })
})
