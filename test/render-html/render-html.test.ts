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
      'about.html', 'chronology.html', 'correspondence.html', 'essay.html', 'index.html', 'letters.html', 'organisations.html',
      'persons.html', 'places.html', 'search.html', 'timeline.html', 'work.apparatus.html', 'work.parallel.html',
    ])
    expect(site.get('assets/edition.css')).toBeInstanceOf(Uint8Array)
    expect([...site.keys()].filter((k) => k.startsWith('assets/fonts/') && k.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3)
  })

  test('the search page asks for its scripts and index with the page (served, not from disk), each a file of the site; no other page does', () => {
    const search = site.get('search.html') as string
    const head = search.slice(0, search.indexOf('</head>'))
    expect(head).toContain("if (location.protocol !== 'file:')")
    const named = [...head.matchAll(/\['(modulepreload|preload)', '([^']+)'\]/g)].map((m) => m[2])
    expect(named).toEqual(['assets/search-app.js', 'assets/search-terms.js', 'search/meta.json', 'search/docs.json'])
    for (const href of named.filter((h) => h.startsWith('assets/'))) expect(site.has(href), href).toBe(true)
    for (const [name, html] of site) if (typeof html === 'string' && name !== 'search.html') expect(html, name).not.toContain('preload')
  })

  test('no page loads anything from another host', () => {
    for (const [name, html] of site) {
      if (typeof html !== 'string') continue
      expect(html, name).not.toMatch(/(?:src|href)="(?:https?:)?\/\/[^"]*\.(?:css|js|woff2?)"/)
      expect(html, name).not.toMatch(/<link[^>]+href="(?:https?:)?\/\//)
    }
  })

  test('no page repeats an id (blocks inside notes are not numbered)', () => {
    for (const [name, html] of site) {
      if (typeof html !== 'string') continue
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), name).toEqual([])
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
    expect(html).toMatch(/<li id="note-1">[\s\S]*?<a href="#noteref-1" class="backlink" role="doc-backlink"/)
    expect(html).toMatch(/<li id="note-2">/)
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
    expect(html).toContain('<span class="supplied" title="supplied by the editor: omitted">[pamphlet]</span>')
    // the editor's words are marked as such (class ed): they are not the source's
    expect(html).toContain('recieved<span class="ed"> [sic]</span>')
    expect(html).toContain('<span class="gap ed" title="illegible in the source">[illegible]</span>')
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

  test('a text with three or more headings gets a table of contents linking to them', () => {
    const html = page('essay.html')
    expect(html).toMatch(/<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">Contents<\/h2><ol><li class="level-1"><a href="#p1">I. Beginnings<\/a><\/li><li class="level-1"><a href="#p5">II. Growth<\/a><\/li><li class="level-1"><a href="#p7">III. Miscellany<\/a><\/li><\/ol><\/nav>/)
    expect(html).toContain('<h2 id="p7">III. Miscellany</h2>')
    expect(page('letters.html')).not.toContain('class="contents"')
  })

  test('title page, headings and block quotations', () => {
    const html = page('essay.html')
    expect(html).toMatch(/<h1 class="doc-title"><span class="title-part main">On Cooperation<\/span><br>\n<span class="title-part sub">A Lecture<\/span><\/h1>/)
    expect(html).toContain('<p class="doc-author">by <span class="docAuthor">Bert Sample</span></p>')
    expect(html).toContain('<section class="div">')
    expect(html).toContain('<h2 id="p1">I. Beginnings</h2>')
    expect(html).toMatch(/<blockquote class="quote">\s*<p id="p3">We meet to read, and reading we meet.<\/p>\s*<\/blockquote>/)
    expect(html.match(/<h1/g)?.length).toBe(1)
  })
})

describe('other TEI blocks and phrases', () => {
  test('a paragraph holding a list or verse becomes div.p (HTML p cannot hold them); items and lines are numbered blocks', () => {
    const html = page('essay.html')
    expect(html).toMatch(/<div class="p" role="paragraph" id="p8">The members:<ol class="list">\s*<li id="p9"><a class="entity person" href="persons.html#anna"/)
    expect(html).toMatch(/<div class="lg">\s*<span class="l" id="p11">Read, and be read,<\/span>/)
    // the note's list items carry no id
    expect(html).toMatch(/<li id="note-3">[\s\S]*?Named in the minutes:<ul class="list"><li>Carl<\/li><li>Dora<\/li><\/ul>/)
    expect(page('persons.html')).toContain('<a href="essay.html#p9" class="occurrence">')
  })

  test('tables, foreign words with their language, choice, additions and deletions; running heads dropped', () => {
    const html = page('essay.html')
    expect(html).toMatch(/<table class="text-table"><caption id="p13">Members by year<\/caption><tbody><tr><th scope="col">Year<\/th><th scope="col">Members<\/th><\/tr><tr><td>1899<\/td><td>12<\/td><\/tr><\/tbody><\/table>/)
    expect(html).toContain('<span class="foreign" lang="fr">laissez faire</span>')
    // a choice shows the edited reading, the source's on demand (title, and the reading switch)
    expect(html).toContain('<span class="choice corr" title="in the source: teh"><span class="reading">the</span><span class="alt">teh</span></span>')
    expect(html).toContain('<span class="choice expan" title="abbreviated in the source: Oct."><span class="reading">October</span><span class="alt">Oct.</span></span>')
    expect(html).toContain('<ins class="add above" title="added above the line">added</ins> and <del class="del" title="deleted">deleted</del>')
    expect(html).toContain('<em>stressed</em> <q>quoted</q>')
    expect(html).not.toContain('RUNNING HEAD')
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
    // @target is a list of pointers: the first is linked, the rest cannot become attributes
    expect(html).toContain('<a href="x&#34;">q</a>')
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
    expect(html).not.toMatch(/<li id="bert"><span class="entry-name">Sample, Bert<\/span> <a class="authority"/)
  })

  test('index entries are in the print edition\'s form and order, under letters; they show life dates, other forms, and say when the text never names them', () => {
    const persons = page('persons.html')
    expect(persons).toMatch(/<li id="anna"><span class="entry-name">Example, Anna<\/span><span class="entry-life"> \(1870–1941\)<\/span><span class="entry-aliases"> \(also A. Example\)<\/span> <a class="authority"/)
    // by surname, under letters, with a list of the letters
    expect([...persons.matchAll(/<h2 class="index-letter" id="([^"]+)">([^<]*)<\/h2>|<span class="entry-name">([^<]*)<\/span>/g)].map((m) => m[2] ?? m[3])).toEqual(['E', 'Example, Anna', 'S', 'Sample, Bert'])
    expect(persons).toContain('<nav class="index-letters" aria-label="Letters"><a href="#letter-1">E</a> <a href="#letter-2">S</a> </nav>')
    expect(page('organisations.html')).toMatch(/<li id="guild"><span class="entry-name">The Printers' Guild<\/span><p class="occurrences none">Not named in the text of any document.<\/p><\/li>/)
    expect(page('places.html')).toMatch(/<li id="ghent">[\s\S]*?letters.html#p1[\s\S]*?letters.html#p10/)
  })

  test('an alias filed under another heading is a see-reference linking to the entry', () => {
    const input = fixtureSiteInput()
    input.documents = input.documents.map((d) => ({ ...d, teiXml: d.teiXml.replace('<persName type="alias">A. Example</persName>', '<persName type="alias">A. Example</persName><persName type="alias">Anna Kettle</persName>') }))
    const persons = renderSite(input).files.get('persons.html') as string
    expect(persons).toContain('<li class="see"><span class="entry-name">Kettle, Anna</span>, <i>see</i> <a href="#anna">Example</a></li>')
    expect(persons.indexOf('Kettle, Anna')).toBeGreaterThan(persons.indexOf('Example, Anna'))
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

  test('ids that are not URL-safe are encoded in links, not in file names', () => {
    const input = fixtureSiteInput()
    input.documents[0].id = 'a letter#1'
    const files = renderSite(input).files
    expect(files.has('a letter#1.html')).toBe(true)
    expect(files.get('index.html')).toContain('href="a%20letter%231.html"')
    expect(files.get('essay.html')).toContain('<a rel="prev" href="a%20letter%231.html">')
  })

  test('chronology: the documents by date, each letter with sender and addressee', () => {
    const html = page('chronology.html')
    const table = /<table class="chronology documents-by-date">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? ''
    const rows = [...table.matchAll(/<tr><td><time[^>]*>([^<]+)<\/time><\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, ''), m[3], m[4]])
    expect(rows).toEqual([
      ['1899-03-04', 'Two Letters to a Friend & a <script>alert(1)</script> Test (letter 1)', 'Anna Example, Ghent', 'Bert Sample'],
      ['1899-05', 'Two Letters to a Friend & a <script>alert(1)</script> Test (letter 2)', 'Anna Example', 'Bert Sample'],
      ['1902', 'On Cooperation', '', ''],
    ].map((r) => r.map((c) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))))
  })

  test('chronology: dated items in date order, linked to their paragraph', () => {
    const html = /<h2 id="dates-in-texts">[\s\S]*/.exec(page('chronology.html'))?.[0] ?? ''
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
    expect(a).toContain('<span class="omission" title="absent in this witness">‸</span>')
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
    // the site's stylesheet, inlined without font files (nothing to fetch)
    expect(html).toContain('.text .dateline')
    expect(html).not.toContain('@font-face')
    expect(html).not.toMatch(/url\(/)
  })

  test('the title page leads with its title, whatever order it was transcribed in', () => {
    const xml = tei('<p>x</p>').replace('<text>', '<text><front><titlePage><byline>By <persName>N</persName></byline><docTitle><titlePart type="sub">Only a subtitle</titlePart></docTitle></titlePage></front>')
    const html = renderDocumentHtml(xml, 't.xml').html
    expect(html).toMatch(/<header class="front"><h1 class="doc-title"><span class="title-part sub">Only a subtitle<\/span><\/h1><p class="doc-author">By <span class="entity unlinked person">N<\/span><\/p><\/header><aside class="metadata"/)
    expect(html.match(/<h1/g)?.length).toBe(1)
  })

  test('page breaks link to a page image only through a safe @facs', () => {
    expect(fragment('<p>a<pb n="7" facs="img/p7.png"/>b<pb n="8" facs="javascript:alert(1)"/>c<pb facs="https://example.org/p9"/>d</p>')).toBe(
      '<p id="p1">a<span class="pb" role="note" aria-label="page break, page 7">|<a class="pb-n" href="img/p7.png" title="page image">7</a></span>'
      // a single page keeps the relative image beside the text (the site takes images from the edition folder only)
      + '<span class="facs"><a href="img/p7.png"><img src="img/p7.png" alt="Page 7 of the source" loading="lazy" decoding="async"></a></span>'
      // a page break between words is a word boundary even without a space around it
      + ' b<span class="pb" role="note" aria-label="page break, page 8">|<span class="pb-n">8</span></span>'
      + ' c<span class="pb" role="note" aria-label="page break">|<a class="pb-n" href="https://example.org/p9" title="page image">⎘</a></span> d</p>')
  })

  test('a name whose ref is an authority URI links there; other schemes do not', () => {
    const html = renderSite({ ...fixtureSiteInput(), documents: [{ id: 'x', teiXml: tei('<p><persName ref="https://viaf.org/viaf/1">V</persName> <persName ref="javascript:alert(1)">J</persName></p>') }] }).files.get('x.html') as string
    expect(html).toContain('<a class="entity person external" href="https://viaf.org/viaf/1">V</a>')
    expect(html).toContain('<span class="entity person">J</span>')
  })

  test('fragments: hi, title, lb, unlinked names', () => {
    expect(fragment('<p><hi rend="italic">a</hi><hi rend="bold">b</hi><hi rend="superscript">c</hi><hi rend="smallcaps">d</hi></p>')).toBe('<p id="p1"><em>a</em><strong>b</strong><sup>c</sup><span class="hi smallcaps">d</span></p>')
    expect(fragment('<p>x<lb/>y <title>Z</title> <persName>N</persName></p>')).toBe('<p id="p1">x<br class="lb">\ny <cite>Z</cite> <span class="entity unlinked person">N</span></p>')
  })
})

test('titleOf reads the titleStmt title as text', () => {
  expect(titleOf(fixture('letters.xml'))).toBe('Two Letters to a Friend & a <script>alert(1)</script> Test')
  expect(titleOf('<TEI><teiHeader><fileDesc><titleStmt><title type="main">A &#x2014; <hi>B</hi></title></titleStmt></fileDesc></teiHeader></TEI>')).toBe('A — B')
})
