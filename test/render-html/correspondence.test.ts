// The browse pages of the site (xslt/html/browse.xsl): the correspondence page, the timeline, the
// persons index's links to a correspondent's letters, and a document's Cite section with its
// BibTeX and CSL-JSON downloads — on the hand-made letters of test/fixtures/render-html/search.
import { beforeAll, describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderSite } from '../../src/render/html/index.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const dir = join(process.cwd(), 'test', 'fixtures', 'render-html', 'search')
const ids = ['letter-a', 'letter-b', 'letter-c', 'notes']
let site: Map<string, string | Uint8Array>
const text = (name: string) => {
  const f = site.get(name)
  if (f === undefined) throw new Error(`no file ${name}`)
  return typeof f === 'string' ? f : Buffer.from(f).toString('utf8')
}
const main = (name: string) => /<main id="main">([\s\S]*)<\/main>/.exec(text(name))![1]

beforeAll(() => {
  compileStylesheets()
  const edition = { ...fixtureEdition, baseUrl: 'https://example.org/letters' }
  site = renderSite({ edition, documents: ids.map((id) => ({ id, teiXml: readFileSync(join(dir, `${id}.xml`), 'utf8') })) }).files
})

describe('correspondence page', () => {
  test('lists each correspondent with the letters from and to them, by date, with counts', () => {
    const page = main('correspondence.html')
    expect(page).toContain('<li><a href="#c-vogt">Clara Vogt</a> <span class="count">(2 from, 1 to)</span></li>')
    expect(page).toContain('<li><a href="#c-rieder">Tomas Rieder</a> <span class="count">(1 from, 1 to)</span></li>')
    // a correspondent without a register entry is listed under the name
    expect(page).toContain('<li><a href="#c-n-ida-lenz">Ida Lenz</a> <span class="count">(1 to)</span></li>')
    const vogt = /<section class="correspondent" id="c-vogt"[\s\S]*?<\/section>/.exec(page)![0]
    expect(vogt).toContain('<a href="persons.html#vogt">Index entry</a>')
    expect(vogt).toMatch(/<h3>Letters from Clara Vogt <span class="count">\(2\)<\/span><\/h3><ol class="letter-list"><li><time datetime="1887-04-02">1887-04-02<\/time> <a href="letter-a.html">Clara Vogt to Tomas Rieder, from the lake<\/a>, to Tomas Rieder<\/li><li><time datetime="1890-06">1890-06<\/time> <a href="letter-c.html">/)
    expect(vogt).toMatch(/<h3>Letters to Clara Vogt <span class="count">\(1\)<\/span><\/h3><ol class="letter-list"><li><time datetime="1888-11-20">1888-11-20<\/time> <a href="letter-b.html">Tomas Rieder an Clara Vogt<\/a>, from Tomas Rieder<\/li><\/ol>/)
    // sorted by name, the unregistered one among them
    expect(page.indexOf('id="c-vogt"')).toBeLessThan(page.indexOf('id="c-n-ida-lenz"'))
    expect(page.indexOf('id="c-n-ida-lenz"')).toBeLessThan(page.indexOf('id="c-rieder"'))
  })

  test('a letter of several in one document links to that letter', () => {
    const page = main('correspondence.html')
    expect(page).not.toContain('(letter 1)')
    const letters = renderSite({ edition: fixtureEdition, documents: [{ id: 'letters', teiXml: readFileSync(join(process.cwd(), 'test', 'fixtures', 'render-html', 'letters.xml'), 'utf8') }] }).files
    const two = String(letters.get('correspondence.html'))
    expect(two).toContain('<a href="#c-anna">Anna Example</a> <span class="count">(2 from)</span>')
    expect(two).toMatch(/<a href="letters.html">Two Letters to a Friend &amp; a &lt;script&gt;alert\(1\)&lt;\/script&gt; Test<\/a> \(letter 2\), to Bert Sample/)
  })

  test('a person\'s index entry links to the letters from and to them', () => {
    expect(text('persons.html')).toMatch(/<li id="vogt">[\s\S]*?<p class="entry-letters"><a href="correspondence.html#c-vogt">Letters: 2 from, 1 to<\/a><\/p>/)
    expect(text('persons.html')).toMatch(/<li id="mueller">(?:(?!entry-letters)[\s\S])*?<\/li>/)
  })
})

describe('timeline', () => {
  test('groups the documents by year and month, with counts; the undated apart', () => {
    const page = main('timeline.html')
    expect(page).toContain('<li><a href="#y1887">1887</a> <span class="count">(1)</span></li>')
    expect(page).toContain('<h3 id="m1888-11">November 1888 <span class="count">(1)</span></h3><ol><li><time datetime="1888-11-20">1888-11-20</time> <a href="letter-b.html">Tomas Rieder an Clara Vogt</a>, from Tomas Rieder</li></ol>')
    expect(page).toContain('<h3 id="m1890-06">June 1890 <span class="count">(1)</span></h3>')
    expect(page).toMatch(/<h2 id="undated">Undated <span class="count">\(1\)<\/span><\/h2><ul><li><a href="notes.html">Notes on an almanac<\/a><\/li><\/ul>/)
    expect(page.indexOf('y1887')).toBeLessThan(page.indexOf('y1888'))
  })
})

describe('Cite section', () => {
  test('gives the citation with the edition, editors, version, date and URL from baseUrl, and downloads', () => {
    const cite = /<section class="cite"[\s\S]*?<\/section>/.exec(text('letter-a.html'))![0]
    expect(cite).toContain('<p class="citation">Clara Vogt, “Clara Vogt to Tomas Rieder, from the lake” (1887-04-02), in <cite>A Test Edition: Letters &amp; essays</cite>, edited by Ed One, Ed Two, version 1.2.0 (Lectio tests, 2020-01-01), <a href="https://example.org/letters/letter-a.html">https://example.org/letters/letter-a.html</a>.</p>')
    expect(cite).toContain('<a href="cite/letter-a.bib" type="application/x-bibtex" download="letter-a.bib">BibTeX</a>')
    expect(cite).toContain('<a href="cite/letter-a.json" type="application/vnd.citationstyles.csl+json" download="letter-a.json">CSL-JSON</a>')
  })

  test('BibTeX and CSL-JSON hold the same facts', () => {
    expect(text('cite/letter-a.bib')).toBe([
      '@incollection{letter-a,', '  author = {{Clara Vogt}},', '  title = {{Clara Vogt to Tomas Rieder, from the lake}},',
      '  booktitle = {{A Test Edition: Letters \\& essays}},', '  editor = {{Ed One} and {Ed Two}},', '  publisher = {Lectio tests},',
      '  year = {2020},', '  edition = {Version 1.2.0},', '  note = {Letter dated 1887-04-02},', '  url = {https://example.org/letters/letter-a.html}', '}', '',
    ].join('\n'))
    const [item] = JSON.parse(text('cite/letter-a.json'))
    expect(item).toEqual({
      id: 'letter-a', type: 'letter', title: 'Clara Vogt to Tomas Rieder, from the lake', author: [{ literal: 'Clara Vogt' }],
      issued: { 'date-parts': [[1887, 4, 2]] }, 'container-title': 'A Test Edition: Letters & essays', editor: [{ literal: 'Ed One' }, { literal: 'Ed Two' }],
      publisher: 'Lectio tests', version: '1.2.0', URL: 'https://example.org/letters/letter-a.html', note: 'Edition version 1.2.0, 2020-01-01',
    })
    // an undated essay is issued with the edition
    expect(JSON.parse(text('cite/notes.json'))[0]).toMatchObject({ type: 'chapter', issued: { 'date-parts': [[2020, 1, 1]] } })
  })

  test('every paragraph and note with a stable id has a permalink to itself', () => {
    const page = text('letter-a.html')
    expect(page).toContain('<a class="permalink" href="#letter-a-p3" title="Permalink" aria-label="Permalink to ¶ 3">¶</a></p>')
    expect(page).toMatch(/<li id="letter-a-n1">[\s\S]*?<a class="permalink" href="#letter-a-n1" title="Permalink" aria-label="Permalink to note 1">¶<\/a> <a href="#noteref-1" class="backlink"/)
    expect(page).toContain('<div class="opener" id="letter-a-opener1">')
  })
})
