/** The EPUB zip, written entry by entry, is the archive fflate's zipSync makes of the same files. */
import { describe, expect, it } from 'vitest'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { EPUB_MIMETYPE, epubZip, zipDate } from '../../src/render/epub/epub-zip.js'

const encode = (s: string) => new TextEncoder().encode(s)
const files: [string, Uint8Array][] = [
  ['META-INF/container.xml', encode('<?xml version="1.0"?><container/>')],
  ['OEBPS/d-letter_1.xhtml', encode('<html>' + 'Lieber Freund, ich schreibe Ihnen heute. '.repeat(400) + '</html>')],
  ['OEBPS/fonts/empty.woff2', new Uint8Array(0)],
  ['OEBPS/Zürich.xhtml', encode('<html>Zürich</html>')],
]

describe('epubZip', () => {
  it('is byte for byte what zipSync makes: mimetype stored first, the rest deflated at level 9, one timestamp', () => {
    const mtime = zipDate('2026-11-24')
    const entries: Zippable = { mimetype: [encode(EPUB_MIMETYPE), { level: 0, mtime }] }
    for (const [path, bytes] of files) entries[path] = [bytes, { level: 9, mtime }]
    expect(Buffer.from(epubZip(files, '2026-11-24')).equals(Buffer.from(zipSync(entries)))).toBe(true)
  })

  it('puts application/epub+zip at byte 38 and gives every file back', () => {
    const zip = epubZip(files, '2026')
    expect(new TextDecoder().decode(zip.subarray(38, 38 + EPUB_MIMETYPE.length))).toBe(EPUB_MIMETYPE)
    const back = unzipSync(zip)
    expect(Object.keys(back)).toEqual(['mimetype', ...files.map(([p]) => p)])
    for (const [p, bytes] of files) expect(Buffer.from(back[p]).equals(Buffer.from(bytes)), p).toBe(true)
  })

  it('refuses a second mimetype entry', () => {
    expect(() => epubZip([['mimetype', encode('x')]], '2026')).toThrow(/mimetype/)
  })
})
