/**
 * The byte sinks the deposit writes through: a file and memory give the same bytes back, patched
 * in place, in pieces of any size; and a deposit whose spools are read back in pieces of a few
 * bytes (cutting lines and UTF-8 characters anywhere) is still the same deposit.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { unzipSync } from 'fflate'
import { FileSink, MemorySink, type ByteSink } from '../../src/core/zip/byte-sink.js'
import { writeDepositTo } from '../../src/deposit/deposit-writer.js'
import { buildDeposit, verifyDeposit } from '../../src/deposit/index.js'
import { loadEdition } from '../../src/core/edition.js'

let work: string | undefined
afterEach(() => { if (work) rmSync(work, { recursive: true, force: true }); work = undefined })
const tempDir = () => (work = mkdtempSync(join(tmpdir(), 'lectio-sink-')))
const bytes = (s: string) => new TextEncoder().encode(s)
// each piece copied as it comes: a piece is valid until the next is asked for
const readAll = (s: ByteSink, from: number, to: number) => {
  const pieces: Buffer[] = []
  for (const p of s.read(from, to)) pieces.push(Buffer.from(p))
  return Buffer.concat(pieces)
}

describe('byte sinks', () => {
  for (const [kind, make] of [['in memory', () => new MemorySink()], ['in a file, read in pieces of 3 bytes', () => new FileSink(join(tempDir(), 'f'), 3)]] as const) {
    it(`${kind}: write, patch across writes, read any range back`, () => {
      const s = make()
      s.write(bytes('hello '))
      s.write(bytes('world'))
      s.patch(4, bytes('O-W'))
      expect(s.size).toBe(11)
      expect(readAll(s, 0, 11).toString()).toBe('hellO-World')
      expect(readAll(s, 3, 8).toString()).toBe('lO-Wo')
      expect(readAll(s, 5, 5).length).toBe(0)
      s.close()
    })
  }

  it('MemorySink keeps a copy of what it is given: a reused buffer does not change it', () => {
    const s = new MemorySink()
    const buf = bytes('abc')
    s.write(buf)
    buf[0] = 120
    expect(Buffer.from(s.bytes()).toString()).toBe('abc')
  })
})

describe('a deposit through file spools read in tiny pieces', () => {
  it('is byte for byte the in-memory deposit', () => {
    const dir = 'test/fixtures/deposit/edition'
    const { edition } = loadEdition(dir)
    const payloadDir = join(dir, 'payload')
    const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]))
    const files = new Map<string, Uint8Array | string>(walk(payloadDir).map((f) => [relative(payloadDir, f).split('\\').join('/'), new Uint8Array(readFileSync(f))]))
    const letter = new TextDecoder().decode(files.get('tei/letter.xml') as Uint8Array)
    // non-ASCII names, so that pieces of 7 bytes cut UTF-8 characters in the spooled letters
    for (let i = 0; i < 30; i++) files.set(`tei/l${i}.xml`, letter.replace('xml:id="letter"', `xml:id="l${i}"`).replace('>Ada<', `>Adà Łukasiewicz ${i}<`))
    const t = tempDir()
    let k = 0
    const out = new FileSink(join(t, 'out.zip'), 7)
    const r = writeDepositTo(edition.config, [...files].map(([path, data]) => ({ path, read: () => data })), { out, spool: () => new FileSink(join(t, `${++k}.spool`), 7) })
    out.close()
    const zip = readFileSync(join(t, 'out.zip'))
    const built = buildDeposit({ edition: edition.config, files })
    expect(r.diagnostics).toEqual(built.diagnostics)
    expect(Buffer.compare(zip, Buffer.from(built.zip))).toBe(0)
    expect(verifyDeposit(zip, 'z.zip')).toEqual([])
    const cmif = new TextDecoder().decode(unzipSync(zip)['deposit-fixture-2.1.0/data/metadata/cmif.xml'])
    expect(cmif).toContain('<persName ref="https://example.org/persons/ada">Adà Łukasiewicz 29</persName>')
  })
})
