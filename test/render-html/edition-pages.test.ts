/**
 * The edition pages are assembled from each document's rows (made from its digest when the
 * document is built) through a spill file (edition-pages.ts). These tests use several hundred
 * documents and check
 * what a reader relies on: every document listed once in edition order, the chronology sorted
 * by date with ties in edition order, an entry's occurrences in edition order across pieces,
 * shared statements listed once, and names that an XML comment could not hold verbatim.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { renderEditionPages, type DocumentRows } from '../../src/render/html/index.js'
import { siteRows } from '../../src/render/html/edition-pages.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const TEI = 'http://www.tei-c.org/ns/1.0'
const N = 620

/** Document k, from a digest as xslt/tei-to-digest.xsl writes it, dated by its number. */
function digest(k: number): DocumentRows {
  const id = `doc-${String(k).padStart(4, '0')}`
  // three documents share each date, so ties must keep edition order; years run backwards
  const year = 1950 - Math.floor(k / 3)
  const when = `${year}-05-01`
  const mentions = [
    `<lx:mention name="persName" ref="everyone" anchor="p${1 + (k % 4)}"/>`,
    k % 100 === 7 ? '<lx:mention name="persName" ref="rare--one" anchor="note-2"/>' : '',
  ].join('')
  return {
    rows: siteRows(`<lx:digest xmlns:lx="urn:lectio" xmlns:tei="${TEI}" page="${id}.html" title="Letter ${k}" author="A. Writer" date="${when}" type="letter" source="Source ${k}">` +
      `<lx:decl>Shared statement.</lx:decl>${k === 5 ? '<lx:decl>Only in five.</lx:decl>' : ''}` +
      `<correspDesc xmlns="${TEI}"><correspAction type="sent"><persName ref="#everyone">Every One</persName><date when="${when}">1 May ${year}</date></correspAction></correspDesc>` +
      mentions +
      (k === 11 ? '<lx:date anchor="p2" when="--05-12">12 May</lx:date>' : '') +
      `<lx:date anchor="p1" when="${when}">1 May ${year}</lx:date></lx:digest>`, `doc-${k}.xml`).rows,
    entries: [
      ['everyone', `<person xmlns="${TEI}" xml:id="everyone"><persName type="main">Every One</persName></person>`],
      ['rare--one', `<person xmlns="${TEI}" xml:id="rare--one"><persName type="main">Rare One</persName></person>`],
      ['never', `<person xmlns="${TEI}" xml:id="never"><persName type="main">Never Named</persName></person>`],
    ],
  }
}

let files: Map<string, string | Uint8Array>
const page = (name: string) => String(files.get(name))
const hrefs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1])

beforeAll(() => {
  compileStylesheets()
  files = renderEditionPages(fixtureEdition, Array.from({ length: N }, (_, k) => digest(k))).files
})

describe('edition pages assembled from the documents\' rows', () => {
  it('lists every document once, in edition order, on the home and about pages', () => {
    const expected = Array.from({ length: N }, (_, k) => `doc-${String(k).padStart(4, '0')}.html`)
    expect(hrefs(page('index.html'), /<tr><td><a href="([^"]+)">/g)).toEqual(expected)
    expect(hrefs(page('about.html'), /<li><a href="([^"]+)">Letter \d+<\/a>: Source/g)).toEqual(expected)
  })

  it('lists a statement shared by many documents once, in the order first given', () => {
    const decls = hrefs(page('about.html'), /<li>((?:Shared|Only)[^<]*)<\/li>/g)
    expect(decls).toEqual(['Shared statement.', 'Only in five.'])
  })

  it('sorts the chronology by date, keeping edition order for the same date', () => {
    const html = page('chronology.html')
    const byDate = html.slice(html.indexOf('documents-by-date'), html.indexOf('dates-in-texts'))
    const docs = hrefs(byDate, /<td><a href="doc-(\d+)\.html">/g).map(Number)
    expect(docs).toHaveLength(N)
    const sorted = Array.from({ length: N }, (_, k) => k).sort((a, b) => (1950 - Math.floor(a / 3)) - (1950 - Math.floor(b / 3)) || a - b)
    expect(docs).toEqual(sorted)
    // a month-day date ("--05-12") sorts before every year, and its row is intact
    const named = html.slice(html.indexOf('dates-in-texts'))
    expect(named).toMatch(/<tbody><tr><td><time datetime="--05-12">[^<]*<\/time><\/td><td>12 May<\/td><td><a href="doc-0011\.html#p2">Letter 11<\/a><\/td><\/tr>/)
  })

  it('gives each entry its occurrences in edition order, and says when it has none', () => {
    const html = page('persons.html')
    // by surname: "Named, Never", "One, Every", "One, Rare"
    expect(html.indexOf('<li id="never">')).toBeLessThan(html.indexOf('<li id="everyone">'))
    expect(html.indexOf('<li id="everyone">')).toBeLessThan(html.indexOf('<li id="rare--one">'))
    const everyone = html.slice(html.indexOf('<li id="everyone">'), html.indexOf('<li id="rare--one">'))
    expect(hrefs(everyone, /<li><a href="doc-(\d+)\.html">/g).map(Number)).toEqual(Array.from({ length: N }, (_, k) => k))
    expect(everyone).toContain('<a href="doc-0300.html#p1" class="occurrence">¶ 1</a>')
    const rare = html.slice(html.indexOf('<li id="rare--one">'))
    expect(hrefs(rare, /<li><a href="doc-(\d+)\.html">/g)).toEqual(['0007', '0107', '0207', '0307', '0407', '0507', '0607'])
    expect(rare).toContain('class="occurrence">note 2</a>')
    expect(html).toMatch(/<li id="never"><span class="entry-name">Named, Never<\/span><p class="occurrences none">Not named in the text of any document\.<\/p><\/li>/)
    expect(html).not.toContain('lx:slot')
    expect(html).not.toContain('lx:row')
  })

  it('is byte-identical when made twice', () => {
    const again = renderEditionPages(fixtureEdition, Array.from({ length: N }, (_, k) => digest(k))).files
    for (const name of ['index.html', 'about.html', 'chronology.html', 'persons.html']) expect(again.get(name)).toBe(files.get(name))
  })
})
