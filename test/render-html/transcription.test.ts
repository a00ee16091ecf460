// The rules for what real editions encode, one fragment each (xslt/html/transcription.xsl,
// phrases.xsl, verse.xsl, text-structure.xsl, figures.xsl; metadata.xsl's list of names).
import { beforeAll, describe, expect, test } from 'vitest'
import { renderDocumentHtml, renderDocumentPage } from '../../src/render/html/index.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const tei = (body: string, header = '', extra = '') => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>${header}</teiHeader>${extra}<text><body>${body}</body></text></TEI>`
const text = (body: string, header = '', extra = '') => {
  const html = renderDocumentHtml(tei(body, header, extra), 't.xml').html
  return /<div class="text">([\s\S]*?)<\/div>\s*(?:<section class="notes"|<\/article>)/.exec(html)?.[1].trim() ?? html
}

beforeAll(() => compileStylesheets())

describe('highlighting', () => {
  test('@rend tokens in their common spellings; several at once nest', () => {
    expect(text('<p><hi rend="italics">a</hi> <hi rend="sup">b</hi> <hi rend="sc">c</hi> <hi rend="gesperrt">d</hi> <hi rend="bold italic underline">e</hi></p>')).toBe(
      '<p id="p1"><em>a</em> <sup>b</sup> <span class="hi smallcaps">c</span> <span class="hi letterspaced">d</span> <strong><em><span class="hi underline">e</span></em></strong></p>')
  })

  test('@style and @rendition: known properties with plain values pass, anything that could load or run is dropped', () => {
    const header = '<encodingDesc><tagsDecl><rendition xml:id="r1" scheme="css">color: red; background: url(x.png)</rendition></tagsDecl></encodingDesc>'
    expect(text('<p><hi style="font-style: italic; position: fixed; color: expression(alert(1)); letter-spacing: 0.2em">a</hi><hi rendition="#r1">b</hi><hi style="background-image: url(javascript:x)">c</hi></p>', header)).toBe(
      '<p id="p1"><span class="hi" style="font-style: italic; letter-spacing: 0.2em">a</span><span class="hi" style="color: red">b</span>c</p>')
  })

  test('alignment and language of blocks', () => {
    expect(text('<p rend="center" xml:lang="la">Gloria</p>')).toBe('<p id="p1" class="rend-center" lang="la">Gloria</p>')
  })
})

describe('transcription', () => {
  test('gaps say what is missing and how much', () => {
    const gaps = ['<gap reason="illegible" quantity="3" unit="words"/>', '<gap reason="damage" agent="hole" quantity="1" unit="line"/>', '<gap reason="lost" atLeast="2" atMost="3" unit="leaves"/>',
      '<gap reason="illegible" quantity="5" unit="chars" precision="low"/>', '<gap reason="omitted"/>', '<gap/>', '<gap reason="illegible" extent="a few letters"/>']
    const labels = gaps.map((g) => /<span class="gap ed"[^>]*>([^<]*)<\/span>/.exec(text(`<p>${g}</p>`))?.[1])
    expect(labels).toEqual(['[illegible, 3 words]', '[damaged (hole), 1 line]', '[lost, 2–3 leaves]', '[illegible, about 5 characters]', '[…]', '[…]', '[illegible, a few letters]'])
  })

  test('line breaks: none before the first line, a drawn hyphen inside a word, a space between words the encoding runs together', () => {
    expect(text('<p><lb n="1"/>first<lb n="2"/>second ex<lb n="3" break="no"/>ample wo-<lb n="4" break="no"/>rd<lb n="5"/>fifth</p>')).toBe(
      '<p id="p1">first<br class="lb">\nsecond ex<span class="lb-hyphen ed" aria-hidden="true">-</span><br class="lb">ample wo-<br class="lb">rd<br class="lb"><span class="lb-n ed" aria-hidden="true">5</span>\nfifth</p>')
  })

  test('additions by place, deletions, uncertain readings', () => {
    const html = text('<p><add place="supralinear">a</add><add place="below">b</add><add place="margin-left">c</add><add>d</add> <del rend="erasure">e</del> <unclear cert="low" reason="faded">f</unclear><unclear cert="0.9">g</unclear></p>')
    expect(html).toContain('<ins class="add above" title="added above the line">a</ins><ins class="add below" title="added below the line">b</ins><ins class="add margin" title="added in the margin">c</ins><ins class="add inline" title="added">d</ins>')
    expect(html).toContain('<del class="del erased" title="deleted (erased)">e</del>')
    expect(html).toContain('<span class="unclear" title="unclear in the source, faded, certainty: low">f</span><span class="ed"> [?]</span><span class="unclear" title="unclear in the source, certainty: 0.9">g</span>')
  })

  test('the reading switch is offered only to a text with choices', () => {
    expect(renderDocumentHtml(tei('<p><choice><sic>a</sic><corr>b</corr></choice></p>'), 't.xml').html).toContain('id="show-source-readings"')
    expect(renderDocumentHtml(tei('<p>a</p>'), 't.xml').html).not.toContain('id="show-source-readings"')
  })
})

describe('quotations, verse, lists, links', () => {
  test('a quotation with the source\'s own marks gets none added; indirect speech none at all; a quotation with its source, inline', () => {
    expect(text('<p>He said “<quote>yes</quote>” and <q>no</q>, <said direct="false">maybe</said>, <cit><quote>so</quote><bibl>Ps. 1</bibl></cit>.</p>')).toBe(
      '<p id="p1">He said “<span class="quote">yes</span>” and <q>no</q>, <span class="said">maybe</span>, <span class="cit"><q>so</q> <span class="bibl">Ps. 1</span></span>.</p>')
  })

  test('verse lines are numbered every fifth by their place in the poem, or by @n', () => {
    const html = text(`<lg>${[1, 2, 3, 4, 5, 6].map((k) => `<l>line ${k}</l>`).join('')}</lg><lg><l n="9">a</l><l n="10">b</l></lg>`)
    expect(html.match(/<span class="l-n ed" aria-hidden="true">(\d+)<\/span>line \d/g)).toEqual(['<span class="l-n ed" aria-hidden="true">5</span>line 5'])
    expect(html).toContain('<span class="l" id="p8"><span class="l-n ed" aria-hidden="true">10</span>b</span>')
  })

  test('a glossary list is a description list; a table\'s label cells are headers of their column or row', () => {
    expect(text('<list type="gloss"><label>A</label><item>x</item></list>')).toBe('<dl class="list"><dt>A</dt><dd id="p1">x</dd></dl>')
    expect(text('<table><row role="label"><cell>k</cell></row><row><cell role="label">r</cell><cell rows="2">v</cell></row></table>')).toBe(
      '<table class="text-table"><tbody><tr><th scope="col">k</th></tr><tr><th scope="row">r</th><td rowspan="2">v</td></tr></tbody></table>')
  })

  test('a pointer into the document lands on the block or note that holds its target', () => {
    const html = text('<p>See <ref target="#n1">the note</ref> and <ref target="#d2">part two</ref>.<note xml:id="n1">N.</note></p><div xml:id="d2"><head>Two</head><p>x</p></div>')
    expect(html).toContain('<a href="#note-1">the note</a> and <a href="#p2">part two</a>')
  })

  test('a referring string with a register entry links to its index, like a name', () => {
    const standOff = '<standOff><listPerson><person xml:id="ann"><persName>Ann Roe</persName></person></listPerson></standOff>'
    const html = renderDocumentPage(fixtureEdition, 't', tei('<p><rs type="person" ref="#ann">my aunt</rs> and <rs type="place">the town</rs></p>', '', '').replace('</teiHeader>', `</teiHeader>${standOff}`)).html
    expect(html).toContain('<a class="entity person" href="persons.html#ann" title="Ann Roe">my aunt</a> and <span class="entity unlinked place">the town</span>')
  })
})

describe('senders and addressees', () => {
  const header = '<profileDesc><correspDesc><correspAction type="sent"><persName>A</persName><persName>B</persName><orgName>C</orgName></correspAction><correspAction type="received"><persName>D</persName></correspAction></correspDesc></profileDesc>'
  test.each([['en', 'A, B and C'], ['de', 'A, B und C'], ['fr', 'A, B et C'], ['it', 'A, B e C']])('in %s: %s', (language, names) => {
    const html = renderDocumentPage({ ...fixtureEdition, language }, 't', tei('<p>x</p>', header)).html
    expect(html.replace(/<[^>]+>/g, '')).toContain(`From${names}ToD`)
  })
})
