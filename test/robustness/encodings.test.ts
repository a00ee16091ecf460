/** Encodings, line ends, forbidden characters and degenerate input through `lectio import`. */
import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lectio, tempDir } from '../helpers/run-lectio.js'

const text = 'A Note on Rivers\n\nThe river Aare flows through Bern. It is “cold” — even in July.\n\nNobody swims there in winter.\n'

function importBytes(name: string, bytes: Uint8Array, extra: string[] = []) {
  const dir = tempDir()
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return { ...lectio(['import', file, ...extra]), file }
}

/** The TEI text, its stable ids without the document's name (each file here is another document). */
function bodyOf(xml: string): string {
  return (/<text[\s>][\s\S]*<\/text>/.exec(xml)?.[0] ?? '').replace(/ xml:id="[^"]*?-(p|n|letter|opener|closer|postscript)(\d+)"/g, ' xml:id="…-$1$2"')
}

describe('lectio import: encodings', () => {
  const reference = importBytes('utf8.txt', Buffer.from(text, 'utf8'))

  it('reads UTF-8', () => {
    expect(reference.status).toBe(0)
    expect(reference.stdout).toMatch(/cold/)
    expect(reference.stdout).toMatch(/Nobody swims there in winter\./)
  })

  it('gives the same TEI text for UTF-8 with a BOM, UTF-16 LE/BE with a BOM, and CRLF or CR line ends', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]]
    const variants = {
      bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      utf16le: le,
      utf16be: be,
      crlf: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
      cr: Buffer.from(text.replace(/\n/g, '\r'), 'utf8'),
    }
    for (const [name, bytes] of Object.entries(variants)) {
      const r = importBytes(`${name}.txt`, bytes)
      expect(r.status, `${name}: ${r.stderr}`).toBe(0)
      expect(bodyOf(r.stdout), name).toBe(bodyOf(reference.stdout))
    }
  })

  it('reads Windows-1252 with a warning and converts it', () => {
    // real Windows-1252 bytes: curly quotes 0x93/0x94, em dash 0x97 (latin1 maps U+0093 → 0x93)
    const bytes = Buffer.from(text.replace('“cold” —', '\u0093cold\u0094 \u0097'), 'latin1')
    const r = importBytes('cp1252.txt', bytes)
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/cp1252\.txt:1:1: warning: \[source-encoding-guessed\]/)
    expect(r.stdout).toMatch(/“cold” —/)
  })

  it('replaces characters XML forbids, with a located warning, and still writes valid TEI', () => {
    const r = importBytes('nul.txt', Buffer.from('Title\n\nA line with a NUL\u0000 and a bell\u0007 in it.\n', 'utf8'))
    // a stray NUL in text is repaired (the file is refused as binary only when NULs are frequent)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/nul\.txt:3:18: warning: \[source-character-replaced\] character U\+0000 is not allowed in XML; replaced by U\+FFFD/)
    expect(r.stdout).toMatch(/NUL\uFFFD and a bell\uFFFD in it/)
  })

  it('keeps private-use characters (symbol-font glyphs from PDFs) as text, never as a mark of its own', () => {
    const r = importBytes('pua.txt', Buffer.from('Title\n\nA glyph \uE000 and another \uE001 and a third \uF8FF stay in the text.\n', 'utf8'))
    expect(r.status, r.stderr).toBe(0)
    expect(bodyOf(r.stdout)).toContain('A glyph \uE000 and another \uE001 and a third \uF8FF stay in the text.')
    expect(bodyOf(r.stdout)).not.toContain('<pb')
  })

  it('keeps tabs, non-breaking spaces and zero-width spaces out of trouble', () => {
    const r = importBytes('spaces.txt', Buffer.from('Title\n\nOne\ttab, one\u00a0nbsp and a zero\u200bwidth space.\n', 'utf8'))
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/nbsp/)
  })

  it('handles a very long line', () => {
    const long = 'Title\n\n' + 'All work and no play makes a long line. '.repeat(25_000) + '\n'
    const r = importBytes('long.txt', Buffer.from(long, 'utf8'))
    expect(r.status, r.stderr.slice(0, 500)).toBe(0)
    expect((r.stdout.match(/no play/g) ?? []).length).toBe(25_000)
  })
})

describe('lectio import: degenerate input', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /source-empty\] the file is empty/],
    ['blank.txt', Buffer.from('  \n\n\t\n'), /source-empty\] the file holds only white space/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /source-binary\]/],
    ['tei.txt', Buffer.from('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>\n'), /source-is-xml\] this file is already XML/],
  ])('%s is refused with one clear located line and exit 1', (name, bytes, message) => {
    const r = importBytes(name, bytes)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`${name}:1:1: error: \\[`))
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})

describe('hostile XML', () => {
  const lol = Array.from({ length: 9 }, (_v, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')
  const evil = {
    'xxe.xml': ['<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>\n', '3:1', 'xml-doctype-refused'],
    'bomb.xml': [`<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY l0 "lol">${lol}]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&l9;</p></body></text></TEI>\n`, '3:57', 'xml-entity-budget-exceeded'],
    'parameter.xml': ['<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd">%p;]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n', '2:16', 'xml-doctype-refused'],
  }
  for (const [name, [xml, place, code]] of Object.entries(evil)) {
    it(`${name} is refused by validate and render, never fetched or expanded`, () => {
      const dir = tempDir()
      const file = join(dir, name)
      writeFileSync(file, xml)
      for (const args of [['validate', file], ['render', file, '--to', 'html', '-o', join(dir, 'out.html')]]) {
        const r = lectio(args)
        expect(r.status, r.stderr).toBe(1)
        expect(r.stderr).toMatch(new RegExp(`${name}:${place}: error: \\[${code}\\]`))
        expect(r.stderr).not.toMatch(/root:x:0:0/)
      }
    })
  }

  it('an external DTD is noted, never fetched, and the file is validated as TEI', () => {
    const dir = tempDir()
    const file = join(dir, 'external-dtd.xml')
    writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n')
    const r = lectio(['validate', file, '--verbose'])
    expect(r.stderr).toMatch(/external-dtd\.xml:2:1: info: \[xml-dtd-ignored\]/)
    expect(r.stderr).toMatch(/external-dtd\.xml:3:1: error: \[rng-element-missing\]/)
    expect(r.status).toBe(1)
  })
})
