// XSLT unit tests: the fixture TEI (test/fixtures/render-html) and small fragments → HTML, checked
// with string and pattern assertions on the serialized output.
import { beforeAll, describe, expect, test } from 'vitest'
import { renderDocumentHtml, renderSite } from '../../src/render/html/index.js'
import { titleOf } from '../../src/render/html/title-of.js'
import { compileStylesheets, fixture, fixtureSiteInput } from './render-fixtures.js'

let site: Map<string, string | Uint8Array>
const page = (name: string) => {
  const html = site.get(name)
  if (typeof html !== 'string') throw new Error(`no page ${name}`)
  return html
}
/** A minimal TEI document around a body fragment. */
const tei = (body: string, extra = '') => `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>${extra}<text><body>${body}</body></text></TEI>`
const fragment = (body: string, extra = '') => {
  const html = renderDocumentHtml(tei(body, extra), 't.xml').html
  return /<div class="text">([\s\S]*?)<\/div>\s*(?:<section class="notes"|<\/article>)/.exec(html)?.[1].trim() ?? html
}

beforeAll(() => {
  compileStylesheets()
  site = renderSite(fixtureSiteInput()).files
})

describe('site files', () => {
  test('one page per document, the edition pages, apparatus views and local assets', () => {
    expect([...site.keys()].filter((k) => k.endsWith('.html')).sort()).toEqual([
      'about.html', 'chronology.html', 'essay.html', 'index.html', 'letters.html', 'organisations.html',
      'persons.html', 'places.html', 'work.apparatus.html', 'work.parallel.html',
    ])
    expect(site.get('assets/edition.css')).toBeInstanceOf(Uint8Array)
    expect([...site.keys()].filter((k) => k.startsWith('assets/fonts/') && k.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3)
  })

  test('no page loads anything from another host', () => {
    for (const [name, html] of site) {
      if (typeof html !== 'string') continue
      expect(html, name).not.toMatch(/(?:src|href)="(?:https?:)?\/\/[^"]*\.(?:css|js|woff2?)"/)
      expect(html, name).not.toMatch(/<link[^>]+href="(?:https?:)?\/\//)
    }
  })

  test('every page declares its language, a single charset, a skip link and a main landmark', () => {
    for (const [name, html] of site) {
      if (typeof html !== 'string') continue
      expect(html, name).toMatch(/^<!DOCTYPE html>/i)
      expect(html, name).toMatch(/<html lang="en"/)
      expect(html.match(/charset=/gi)?.length, name).toBe(1)
      expect(html, name).toContain('<a class="skip" href="#main">')
      expect(html, name).toContain('<main id="main">')
    }
  })
})

describe('document page', () => {
  test('letters are laid out: dateline, salutation, closer and signature with their classes', () => {
    const html = page('letters.html')
    expect(html).toMatch(/<div class="opener">\s*<p class="dateline" id="p1">/)
    expect(html).toMatch(/<p class="salute" id="p2">Dear <a class="entity person" href="persons.html#bert" title="Bert Sample">Bert<\/a>,<\/p>/)
    expect(html).toMatch(/<div class="closer">\s*<p class="salute" id="p5">Ever yours,<\/p>/)
    expect(html).toMatch(/<p class="signed" id="p6">/)
    expect(html).toContain('<div class="postscript">')
    expect(html).toContain('<section class="div letter" aria-label="Letter 2">')
  })

  test('notes: numbered reference, note with a back-link, in both directions', () => {
    const html = page('letters.html')
    expect(html).toContain('<a href="#note-1" id="noteref-1" role="doc-noteref" aria-label="note 1">1</a>')
    expect(html).toMatch(/<li id="note-1" role="doc-endnote">[\s\S]*?<a href="#noteref-1" class="backlink" role="doc-backlink"/)
    expect(html).toMatch(/<li id="note-2" role="doc-endnote">/)
    // the note's own label (@n) is shown, the ids stay positional
    expect(page('essay.html')).toContain('<a href="#note-1" id="noteref-1" role="doc-noteref" aria-label="note *">*</a>')
  })

  test('names link to their index entry with the normalised name as tooltip; unknown refs are not links', () => {
    const html = page('letters.html')
    expect(html).toContain('<a class="entity place" href="places.html#paris" title="Paris">Paris</a>')
    expect(html).toContain('<a class="entity org" href="organisations.html#society" title="The Reading Society">Reading Society</a>')
    expect(html).toContain('<span class="entity person">Someone unknown</span>')
  })

  test('dates carry the ISO value as datetime and tooltip; ranges and certainty in the tooltip', () => {
    const html = page('letters.html')
    expect(html).toContain('<time title="1899-02-27 (certainty: medium)" datetime="1899-02-27">Monday last</time>')
    expect(html).toContain('<time title="1898-11/1899-01">the winter</time>')
  })

  test('editorial interventions: supplied in brackets, sic, gap, unclear, page breaks as markers', () => {
    const html = page('letters.html')
    expect(html).toContain('<span class="supplied" title="supplied by the editor">[pamphlet]</span>')
    expect(html).toContain('recieved [sic]')
    expect(html).toContain('<span class="gap" title="illegible in the source">[…]</span>')
    expect(html).toMatch(/<span class="pb" role="note" aria-label="page break, page 4">\|<span class="pb-n">4<\/span><\/span>page/)
    expect(html).toMatch(/mem<span class="pb" role="note" aria-label="page break, page 5" data-break="no">/)
  })

  test('metadata panel: source, witness, sender, addressee and date per letter, downloads', () => {
    const html = page('letters.html')
    expect(html).toMatch(/<dt>Source<\/dt><dd>Anna Example, <cite>Collected Letters<\/cite>/)
    expect(html).toContain('<dt>Witness</dt><dd>A</dd>')
    expect(html).toContain('<dt>From (letter 1)</dt>')
    expect(html).toContain('<dt>To (letter 2)</dt>')
    expect(html).toContain('<dt>Date (letter 2)</dt><dd><time title="1899-05" datetime="1899-05">May 1899</time></dd>')
    expect(html).toContain('<a href="../tei/letters.xml" type="application/tei+xml">TEI P5 (XML)</a>')
    expect(html).toContain('<a href="../pdf/letters.pdf" type="application/pdf">PDF</a>')
  })

  test('previous and next documents are linked with their titles', () => {
    expect(page('letters.html')).toContain('<a rel="next" href="essay.html">On Cooperation →</a>')
    expect(page('essay.html')).toContain('<a rel="prev" href="letters.html">← Two Letters to a Friend &amp; a &lt;script&gt;alert(1)&lt;/script&gt; Test</a>')
  })

  test('title page, headings and block quotations', () => {
    const html = page('essay.html')
    expect(html).toMatch(/<h1 class="doc-title"><span class="title-part main">On Cooperation<\/span><br><span class="title-part sub">A Lecture<\/span><\/h1>/)
    expect(html).toContain('<h2 id="p1">I. Beginnings</h2>')
    expect(html).toMatch(/<blockquote>\s*<p id="p3">We meet to read, and reading we meet.<\/p>\s*<\/blockquote>/)
    expect(html.match(/<h1/g)?.length).toBe(1)
  })
})

describe('escaping and link safety', () => {
  test('text that looks like markup stays text, in content and in <title>', () => {
    const html = page('letters.html')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<b>markup-like')
    expect(html).toContain('&lt;b&gt;markup-like&lt;/b&gt; text &amp; an ampersand')
    expect(html).toContain('<title>Two Letters to a Friend &amp; a &lt;script&gt;alert(1)&lt;/script&gt; Test — A Test Edition</title>')
    expect(page('index.html')).toContain('The second &lt;b&gt;paragraph&lt;/b&gt;.')
  })

  test('javascript:, data: and vbscript: targets are dropped, the link text kept; safe schemes pass', () => {
    const html = page('essay.html') + page('letters.html') + page('persons.html')
    expect(html).not.toMatch(/href="\s*(?:javascript|data|vbscript)/i)
    expect(html).not.toMatch(/java\s*script:/i)
    expect(html).toContain('<a href="#p1">back to the start</a>')
    expect(html).toContain('<a href="mailto:bert@example.org">write</a>')
    expect(html).toMatch(/, data, tabbed, vb\./)
    expect(html).toContain('and this bad link.')
  })

  test('attribute values cannot break out of their quotes', () => {
    const html = fragment('<p><ref target="x&quot; onmouseover=&quot;alert(1)">q</ref><hi rend="a&quot;b">r</hi></p>')
    expect(html).not.toMatch(/"\s+onmouseover=/)
    expect(html).toContain('<a href="x&#34; onmouseover=&#34;alert(1)">q</a>')
    expect(html).toContain('<span class="hi a&#34;b">r</span>')
  })
})

describe('edition pages', () => {
  test('home: title, editors, introduction, documents with author, date and type', () => {
    const html = page('index.html')
    expect(html).toContain('<h1>A Test Edition</h1>')
    expect(html).toContain('<p class="editors">Edited by Ed One, Ed Two</p>')
    expect(html).toContain('<p>The first paragraph of the introduction.</p>')
    expect(html).toMatch(/<a href="letters.html">[^<]*<\/a><\/td><td>Anna Example<\/td><td>1899-03-04<\/td><td>2 letters<\/td>/)
    expect(html).toMatch(/<a href="essay.html">On Cooperation<\/a><\/td><td>Bert Sample<\/td><td>1902<\/td>/)
    expect(html).toContain('<a href="work.apparatus.html">text with variants</a>')
  })

  test('person index: one entry per person, authority link, every document and paragraph linked', () => {
    const html = page('persons.html')
    expect(html.match(/<li id="anna">/g)?.length).toBe(1)
    expect(html).toContain('<a class="authority" href="https://www.wikidata.org/entity/Q1">authority record</a>')
    expect(html).toContain('<a href="letters.html#p6" class="occurrence">')
    // paragraph numbers restart with every document (the corpus holds all of them)
    expect(html).toContain('<a href="essay.html#p2" class="occurrence">')
    expect(html).toMatch(/<li id="bert">[\s\S]*?letters.html#p2[\s\S]*?letters.html#p10/)
    // a javascript: authority URI is not linked
    expect(html).not.toMatch(/<li id="bert"><span class="entry-name">Bert Sample<\/span> <a class="authority"/)
  })

  test('the paragraph an index entry points to exists on the document page and holds the name', () => {
    const essay = page('essay.html')
    const p2 = /<p id="p2">([\s\S]*?)<\/p>/.exec(essay)?.[1] ?? ''
    expect(p2).toContain('href="persons.html#anna"')
    const orgs = page('organisations.html')
    expect(orgs).toContain('<a href="essay.html#p2" class="occurrence">')
    expect(orgs).toContain('<a href="essay.html#p6" class="occurrence">')
    expect(/<p id="p6">([\s\S]*?)<\/p>/.exec(essay)?.[1]).toContain('organisations.html#society')
  })

  test('names inside notes link to the note', () => {
    const xml = fixture('essay.xml').replace('First note, with an asterisk.', 'First note, on <persName ref="#anna">Anna</persName>.')
    const input = fixtureSiteInput()
    input.documents[1].teiXml = xml
    const persons = renderSite(input).files.get('persons.html') as string
    expect(persons).toMatch(/<a href="essay.html#note-1" class="occurrence">\s*note 1\s*<\/a>/)
  })

  test('document pages are named by SiteDocument id, not by the TEI xml:id', () => {
    const input = fixtureSiteInput()
    input.documents[1].id = 'file-name-differs'
    const files = renderSite(input).files
    expect(files.has('file-name-differs.html')).toBe(true)
    expect(files.get('index.html')).toContain('href="file-name-differs.html"')
    expect(files.get('persons.html')).toContain('href="file-name-differs.html#p2"')
    expect(files.get('persons.html')).not.toContain('href="essay.html')
  })

  test('chronology: dated items in date order, linked to their paragraph', () => {
    const html = page('chronology.html')
    const order = [...html.matchAll(/<td><time[^>]*>([^<]+)<\/time><\/td>/g)].map((m) => m[1])
    expect(order).toEqual([...order].sort())
    expect(order).toContain('1898-11/1899-01')
    expect(html).toMatch(/<time datetime="1899-02-27">1899-02-27<\/time><\/td><td>Monday last<\/td><td><a href="letters.html#p3">/)
  })

  test('about page: editors, licence link, principles, sources, citation', () => {
    const html = page('about.html')
    expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>')
    expect(html).toContain('Spelling is kept; supplied text is in brackets.')
    expect(html).toContain('A Test Edition, ed. Ed One and Ed Two (2020).')
    expect(html).toContain('Hard-wrapped lines were joined into paragraphs.')
  })
})

describe('apparatus', () => {
  test('the base text shows every variant in a disclosure widget with each witness reading', () => {
    const html = page('work.apparatus.html')
    expect(html).toMatch(/<details class="app"><summary>civilised<span class="visually-hidden"> \(variant readings\)<\/span><\/summary>/)
    expect(html).toMatch(/<span class="sigla">A<\/span> civilised<\/span> \| <span class="reading"><span class="sigla">B<\/span> civilized<\/span>/)
    expect(html).toMatch(/<span class="sigla">A<\/span> <em>om\.<\/em><\/span> \| <span class="reading"><span class="sigla">B<\/span>  again/)
    expect(html).toContain('<span class="pilcrow" title="paragraph break">¶</span>')
    // details cannot live in an HTML <p>: such paragraphs become div.p
    expect(html).not.toMatch(/<p[^>]*>(?:(?!<\/p>)[\s\S])*<details/)
    expect(html).toContain('<div class="p" role="paragraph" id="p1">')
    expect(html).toContain('<dt>Witness A</dt><dd>First printing</dd>')
    expect(html).toContain('<a href="work.parallel.html">Show the witnesses side by side</a>')
  })

  test('side by side: one column per witness with its own readings', () => {
    const html = page('work.parallel.html')
    const [a, b] = html.split('<section class="witness-column"').slice(1)
    expect(a).toContain('<h2>A: First printing</h2>')
    expect(a).toContain('<mark class="variant">civilised</mark>')
    expect(a).toContain('<mark class="variant">freedom</mark>')
    expect(a).toContain('<span class="omission" title="absent in this witness">⸆</span>')
    expect(b).toContain('<mark class="variant">civilized</mark>')
    expect(b).toContain('<mark class="variant"> again</mark>')
    expect(b).toContain('<span class="pilcrow" title="paragraph break">¶</span>')
  })
})

describe('single page (lectio render --to html)', () => {
  test('self-contained: inline CSS, no site links, names keep their tooltip', () => {
    const { html, diagnostics } = renderDocumentHtml(fixture('letters.xml'), 'letters.xml')
    expect(diagnostics).toEqual([])
    expect(html).toContain('<style>')
    expect(html).not.toContain('assets/edition.css')
    expect(html).not.toContain('persons.html')
    expect(html).toContain('<span class="entity person" title="Bert Sample">Bert</span>')
  })

  test('fragments: hi, title, lb, unlinked names', () => {
    expect(fragment('<p><hi rend="italic">a</hi><hi rend="bold">b</hi><hi rend="superscript">c</hi><hi rend="smallcaps">d</hi></p>')).toBe('<p id="p1"><em>a</em><strong>b</strong><sup>c</sup><span class="hi smallcaps">d</span></p>')
    expect(fragment('<p>x<lb/>y <title>Z</title> <persName>N</persName></p>')).toBe('<p id="p1">x<br>y <cite>Z</cite> <span class="entity unlinked person">N</span></p>')
  })
})

test('titleOf reads the titleStmt title as text', () => {
  expect(titleOf(fixture('letters.xml'))).toBe('Two Letters to a Friend & a <script>alert(1)</script> Test')
  expect(titleOf('<TEI><teiHeader><fileDesc><titleStmt><title type="main">A &#x2014; <hi>B</hi></title></titleStmt></fileDesc></teiHeader></TEI>')).toBe('A — B')
})
