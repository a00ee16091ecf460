/**
 * Every word of a TEI text is in its PDF: the hand-made fixtures (test/fixtures/tei) and the
 * renderers' essay, printed (A5, so lines break and words are hyphenated) and read back with
 * pdftotext. Footnotes, margins and running heads move words about, so the words are compared
 * as a multiset: each word of the reading text (test/helpers/reading-words.ts: title page, text,
 * notes) is in the PDF as often as in the text. The readings a page shows on demand are printed
 * in notes: lettered notes for choices, the apparatus at the foot of the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { missingWords, readingText, words } from '../helpers/reading-words.js'
import { teiFixtures } from '../helpers/tei-fixtures.js'

const fixtures = teiFixtures().filter((f) => f.name.startsWith('tei/') || f.name === 'render-html/essay.xml')
const work = mkdtempSync(join(tmpdir(), 'lectio-every-word-'))
let renderer: PdfRenderer
const printed = new Map<string, string>()

/** The PDF's text, with words hyphenated at a line end joined again (the hyphen Lectio or the source set there;
 * pdftotext may read a page or column mark of the margin between the two halves). */
function pdfText(pdf: Uint8Array, name: string): string {
  const file = join(work, `${name.replace(/\W/g, '-')}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/(\p{L})[-‐](?:\s*\[(?:page|col\.)[^\]\n]*\])?\n\s*(?=\p{L})/gu, '$1')
}

beforeAll(async () => {
  renderer = await createPdfRenderer()
  for (const f of fixtures) printed.set(f.name, pdfText((await renderer.renderDocument(f.xml, f.file, { paper: 'A5' })).pdf, f.name))
}, 240_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('every word of the text is in the PDF', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const tei = readingText(f.xml)
    const expected = words([tei.title, tei.text, ...tei.notes].join(' '), true)
    expect(expected.length).toBeGreaterThan(20)
    expect(missingWords(expected, words(printed.get(name)!, true))).toEqual([])
  })

  test('a document without xml:id, or with one a CSS selector cannot take, is paginated with its contents page', async () => {
    for (const id of ['', ' xml:id="letter.1838"']) {
      const xml = fixtures.find((f) => f.name === 'tei/letter-front-back.xml')!.xml.replace(' xml:id="hartley-1838-03-02"', id).replace('<div type="letter">', '<div type="letter"><head>The letter</head>')
      const text = pdfText((await renderer.renderDocument(xml, 'x.xml', { paper: 'A5' })).pdf, `id${id.length}`)
      expect(text).toMatch(/The letter\s+3/)
    }
  }, 60_000)

  test('a choice prints its edited reading with the source\'s in a lettered note; an apparatus prints every reading', () => {
    const diary = printed.get('tei/diary-diplomatic.xml')!
    expect(diary).toMatch(/received c\b/)
    expect(diary).toContain('c. received] in the source: recieved')
    expect(diary).toContain('original spelling: shew\'d')
    // an expansion with its added letters marked (ex) shows both forms: no note
    expect(diary).not.toContain('abbreviated in the source: wch')
    const chronicle = readingText(fixtures.find((f) => f.name === 'tei/chronicle-apparatus.xml')!.xml)
    expect(missingWords(words(chronicle.alternates, true), words(printed.get('tei/chronicle-apparatus.xml')!, true))).toEqual([])
  })
})
