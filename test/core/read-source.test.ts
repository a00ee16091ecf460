import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../src/core/read-source.js'
import { LectioError } from '../../src/core/errors.js'

const enc = (s: string) => new TextEncoder().encode(s)

function fails(bytes: Uint8Array, code: string) {
  try {
    decodeSource(bytes, 'in.txt')
  } catch (e) {
    expect(e).toBeInstanceOf(LectioError)
    expect((e as LectioError).diagnostics[0]).toMatchObject({ code, file: 'in.txt', line: 1 })
    return
  }
  throw new Error(`expected ${code}`)
}

describe('decodeSource', () => {
  it('reads UTF-8 with and without a BOM the same way', () => {
    const plain = decodeSource(enc('Zoë wrote.\n'), 'a.txt')
    const bom = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Zoë wrote.\n')]), 'a.txt')
    expect(plain.source.text).toBe('Zoë wrote.\n')
    expect(bom.source.text).toBe(plain.source.text)
    expect(plain.diagnostics).toEqual([])
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = 'Dmitrov — 1920\n'
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    const beBody = Buffer.from(text, 'utf16le')
    for (let i = 0; i < beBody.length; i += 2) [beBody[i], beBody[i + 1]] = [beBody[i + 1], beBody[i]]
    const be = new Uint8Array([0xfe, 0xff, ...beBody])
    expect(decodeSource(le, 'a.txt').source.text).toBe(text)
    expect(decodeSource(be, 'a.txt').source.text).toBe(text)
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    const r = decodeSource(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x0a]), 'a.txt')
    expect(r.source.text).toBe('Café “q”\n')
    expect(r.encoding).toBe('windows-1252')
    expect(r.diagnostics.map((d) => d.code)).toEqual(['source-encoding-guessed'])
  })

  it('normalises CRLF and CR line ends without changing line numbers', () => {
    const r = decodeSource(enc('one\r\ntwo\rthree\n'), 'a.txt')
    expect(r.source.text).toBe('one\ntwo\nthree\n')
    expect(r.source.locate(r.source.text.indexOf('three')).line).toBe(3)
  })

  it('replaces characters XML forbids, with a located warning', () => {
    const r = decodeSource(enc('fine\nbad\u0007bell and \u000bvt\n'), 'a.txt')
    expect(r.source.text).toBe('fine\nbad\uFFFDbell and \uFFFDvt\n')
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'source-character-replaced', line: 2, column: 4 })
  })

  it('replaces unpaired surrogates but keeps real astral characters', () => {
    const r = decodeSource(Buffer.from('a\uD800b 𝔄\n', 'utf16le').length ? new Uint8Array([0xff, 0xfe, ...Buffer.from('a\uD800b 𝔄\n', 'utf16le')]) : new Uint8Array(), 'a.txt')
    expect(r.source.text).toBe('a\uFFFDb 𝔄\n')
  })

  it('keeps tabs, non-breaking and zero-width spaces', () => {
    expect(decodeSource(enc('a\tb\u00a0c\u200bd\n'), 'a.txt').source.text).toBe('a\tb\u00a0c\u200bd\n')
  })

  it('refuses empty, blank, binary and XML input with a clear message', () => {
    fails(new Uint8Array(), 'source-empty')
    fails(enc(' \n\t\n'), 'source-empty')
    fails(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]), 'source-binary')
    fails(enc('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'), 'source-is-xml')
    fails(enc('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>'), 'source-is-xml')
  })

  it('handles very long lines', () => {
    const line = 'word '.repeat(200_000)
    const r = decodeSource(enc(line + '\n'), 'a.txt')
    expect(r.source.text.length).toBe(line.length + 1)
    expect(r.source.locate(line.length - 1)).toMatchObject({ line: 1, column: line.length })
  })
})
