// Images of the edition (figures, page images): found relative to the TEI file, shown only when
// they are files of the edition folder, copied to the site's media/ folder; missing ones reported.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { copyMedia, mediaFiles } from '../../src/render/media.js'
import { renderDocumentHtml, renderDocumentPage, renderSite } from '../../src/render/html/index.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const png = readFileSync(join('test', 'fixtures', 'tei', 'images', 'diary-p1.png'))
let dir: string
const tei = (body: string, extra = '') => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>${extra}<text><body>${body}</body></text></TEI>`

beforeAll(() => {
  compileStylesheets()
  dir = mkdtempSync(join(tmpdir(), 'lectio-media-'))
  mkdirSync(join(dir, 'sources', 'img'), { recursive: true })
  mkdirSync(join(dir, 'images'))
  writeFileSync(join(dir, 'sources', 'img', 'page 1.png'), png)
  writeFileSync(join(dir, 'images', 'plan.png'), png)
  writeFileSync(join(dir, 'images', 'scan.tif'), 'not shown')
  writeFileSync(join(tmpdir(), 'lectio-outside.png'), png)
  symlinkSync(join(tmpdir(), 'lectio-outside.png'), join(dir, 'images', 'link.png'))
})

describe('the images a TEI file names', () => {
  test('relative to the file, percent-encoded or not; never outside the folder, another host, or a format browsers do not show', () => {
    const xml = tei('<p><graphic url="img/page%201.png"/><graphic url="../images/plan.png"/><graphic url="../../elsewhere.png"/><graphic url="https://example.org/x.png"/><graphic url="../images/scan.tif"/><graphic url="img/missing.png"/><pb facs="img/page 1.png"/></p>')
    expect(mediaFiles(xml, { dir, sourcePaths: ['sources/doc.xml'] })).toEqual(['images/plan.png', 'sources/img/page 1.png'])
  })

  test('copyMedia copies them under media/, and nothing a link leads out of the folder to', () => {
    const site = mkdtempSync(join(tmpdir(), 'lectio-site-'))
    copyMedia(['images/plan.png', 'images/link.png', 'images/none.png'], dir, site)
    expect(readFileSync(join(site, 'media', 'images', 'plan.png'))).toEqual(png)
    expect(existsSync(join(site, 'media', 'images', 'link.png'))).toBe(false)
    expect(existsSync(join(site, 'media', 'images', 'none.png'))).toBe(false)
  })
})

describe('figures and page images on the page', () => {
  const page = (xml: string) => renderDocumentPage(fixtureEdition, 'doc', xml, { media: { dir, sourcePaths: ['sources/doc.xml'] } })

  test('a figure of the edition is an image with its description as text alternative and its heading as caption', () => {
    const r = page(tei('<figure><graphic url="../images/plan.png"/><head>The plan</head><figDesc>Two tables &amp; a fire.</figDesc></figure>'))
    expect(r.html).toContain('<figure class="figure"><img class="graphic" src="media/images/plan.png" alt="Two tables &amp; a fire." loading="lazy" decoding="async"><figcaption id="p1">The plan</figcaption></figure>')
    expect(r.media).toEqual(['images/plan.png'])
    expect(r.diagnostics).toEqual([])
  })

  test('a page image through the facsimile is shown beside the text and linked from the page number', () => {
    const r = page(tei('<p>end of one<pb n="2" facs="#s2"/> start of two</p>', '<facsimile><surface xml:id="s2"><graphic url="img/page%201.png"/></surface></facsimile>'))
    expect(r.html).toContain('|<a class="pb-n" href="media/sources/img/page%201.png" title="page image">2</a></span><span class="facs"><a href="media/sources/img/page%201.png"><img src="media/sources/img/page%201.png" alt="Page 2 of the source"')
    expect(r.media).toEqual(['sources/img/page 1.png'])
  })

  test('an image the edition does not have: the description stands in, and a located warning says which', () => {
    const xml = tei('<p>x</p>\n<figure><graphic url="img/missing.png"/><figDesc>A lost drawing.</figDesc></figure>\n<figure><graphic url="../../../etc/x.png"/></figure>')
    const r = page(xml)
    expect(r.html).toContain('<span class="graphic ed">[figure]</span><p class="fig-desc">A lost drawing.</p>')
    expect(r.media).toEqual([])
    expect(r.diagnostics).toMatchObject([
      { code: 'render-image-missing', severity: 'warning', line: 2, column: 9, message: 'the image sources/img/missing.png (img/missing.png) is not an image file of the edition folder; the page names it instead of showing it' },
      { code: 'render-image-missing', severity: 'warning', line: 3, column: 9, message: 'the image ../../../etc/x.png is outside the edition folder; the page names it instead of showing it' },
    ])
  })

  test('images on other hosts are linked, never loaded; unsafe schemes are dropped', () => {
    const r = page(tei('<figure><graphic url="https://example.org/a.jpg"/><figDesc>An engraving.</figDesc></figure><figure><graphic url="javascript:alert(1)"/></figure><p>a<pb n="3" facs="https://example.org/p3.jpg"/> b</p>'))
    expect(r.html).toContain('<a class="graphic ed" href="https://example.org/a.jpg">[image]</a>')
    expect(r.html).not.toMatch(/<img[^>]+https?:/)
    expect(r.html).not.toContain('javascript:')
    expect(r.html).toContain('<a class="pb-n" href="https://example.org/p3.jpg" title="page image">3</a>')
    expect(r.diagnostics).toEqual([])
  })

  test('the site carries the images its pages show; a page without the edition folder shows none', () => {
    const xml = tei('<figure><graphic url="../images/plan.png"/></figure>')
    const { files } = renderSite({ edition: fixtureEdition, documents: [{ id: 'doc', teiXml: xml, media: { dir, sourcePaths: ['sources/doc.xml'] } }] })
    expect(files.get('media/images/plan.png')).toEqual(png)
    expect(renderDocumentPage(fixtureEdition, 'doc', xml).html).toContain('<span class="graphic ed">[figure]</span>')
    // a single page written beside its TEI file keeps the URL as written
    expect(renderDocumentHtml(xml, 'doc.xml').html).toContain('<img class="graphic" src="../images/plan.png" alt=""')
  })
})
