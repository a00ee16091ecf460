/**
 * The EPUB edition: the sample build writes dist/epub/<edition>.epub, which passes the EPUBCheck
 * rules that need no Java (test/helpers/epub-structure.ts) and EPUBCheck itself where it is
 * installed; XHTML from the site's XSLT, notes as pop-up footnotes with back-links, the indexes,
 * the contents as navigation document, fonts embedded, metadata from edition.json, the same
 * bytes for the same input (two builds: test/e2e/sample-edition.test.ts). A broken book shows the structural check failing. Pages of the
 * book, as Chromium lays out its XHTML at an e-reader's size, are kept in test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { chromium, type Browser } from 'playwright-core'
import { lectio, tempDir } from '../helpers/run-lectio.js'
import { checkEpubStructure } from '../helpers/epub-structure.js'
import { assembleEpub, renderEpubDocument } from '../../src/render/epub/index.js'
import { CHROMIUM } from '../../src/render/print/index.js'
import type { EditionConfig } from '../../src/core/edition.js'

const edition = JSON.parse(readFileSync('editions/kropotkin/edition.json', 'utf8')) as EditionConfig
let out: string
let epub: Uint8Array
const decode = (b: Uint8Array) => new TextDecoder().decode(b)

beforeAll(() => {
  out = join(tempDir(), 'dist')
  const r = lectio(['build', 'editions/kropotkin', '--no-pdf', '--out', out])
  if (r.status !== 0) throw new Error(r.stderr)
  epub = readFileSync(join(out, 'epub', `${edition.id}.epub`))
}, 300_000)

/** EPUBCheck as Debian installs it (a jar, /usr/bin/epubcheck a link to it), or any epubcheck on PATH. */
function epubcheck(): string[] | undefined {
  const jar = '/usr/share/java/epubcheck.jar'
  if (existsSync(jar) && spawnSync('java', ['-version']).status === 0) return ['java', '-jar', jar]
  if (spawnSync('epubcheck', ['--version']).status === 0) return ['epubcheck']
  return undefined
}

describe('the EPUB of the sample edition', () => {
  it('passes the structural rules of EPUBCheck', () => {
    const { problems, spine } = checkEpubStructure(epub)
    expect(problems).toEqual([])
    // title page, contents, the four documents, the indexes
    expect(spine.map((f) => f.replace('OEBPS/', ''))).toEqual(['title.xhtml', 'nav.xhtml', ...['000_9a830f625d5faae6', '001_4dbdf06d02db1cd2', '002_8a85e5e2c93400e6', '003_11d63ffbc7cd047e'].map((id) => `d-${id}.xhtml`), 'persons.xhtml', 'places.xhtml', 'organisations.xhtml'])
  })

  it.runIf(epubcheck())('passes EPUBCheck', () => {
    const file = join(out, 'epub', `${edition.id}.epub`)
    const [cmd, ...args] = epubcheck()!
    const r = spawnSync(cmd, [...args, file], { encoding: 'utf8', timeout: 240_000 })
    expect(r.stdout + r.stderr).toMatch(/No errors or warnings detected/)
    expect(r.status).toBe(0)
  }, 300_000)

  it('carries the metadata of edition.json, with the edition date as its modification date', () => {
    const opf = decode(unzipSync(epub)['OEBPS/content.opf'])
    expect(opf).toContain(`<dc:title>${edition.title}</dc:title>`)
    expect(opf).toContain('<dc:language>en</dc:language>')
    expect(opf).toMatch(/<dc:creator id="editor-1">The Lectio developers<\/dc:creator>\s*<meta refines="#editor-1" property="role" scheme="marc:relators">edt<\/meta>/)
    expect(opf).toContain(`<dc:publisher>${edition.publisher}</dc:publisher>`)
    expect(opf).toContain(`<meta property="dcterms:modified">${edition.date}T00:00:00Z</meta>`)
    expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/)
    expect(opf).toContain('media-type="font/woff2"')
  })

  it('renders the documents with the site\'s XSLT: letters laid out, names linked to the indexes, notes as pop-up footnotes', () => {
    const files = unzipSync(epub)
    const letters = decode(files['OEBPS/d-002_8a85e5e2c93400e6.xhtml'])
    expect(letters).toMatch(/<p class="dateline" id="[^"]*p1"><a class="entity place" href="places.xhtml#dmitrov"/)
    expect(letters).toMatch(/<p class="signed"[^>]*><a class="entity person" href="persons.xhtml#kropotkin"[^>]*>P\. Kropotkin<\/a><\/p>/)
    const article = decode(files['OEBPS/d-000_9a830f625d5faae6.xhtml'])
    // the note's own id (its xml:id, as on the site), the call's for the way back
    const note = /<a epub:type="noteref" role="doc-noteref" href="#([^"]+)" id="noteref-1">\*<\/a>/.exec(article)
    expect(note).not.toBeNull()
    expect(article).toContain(`<aside epub:type="footnote" role="doc-footnote" id="${note![1]}"><div class="note"><a class="note-n" role="doc-backlink" href="#noteref-1">*</a>`)
    // the site's page frame and its controls are not in the book
    expect(article).not.toMatch(/<script|<input|site-nav|class="skip"/)
  })

  it('has the indexes in the print edition\'s order and form, linking to the paragraphs that name each entry', () => {
    const persons = decode(unzipSync(epub)['OEBPS/persons.xhtml'])
    const names = [...persons.matchAll(/<span class="entry-name">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(names.indexOf('Kropotkin, Peter')).toBeGreaterThan(names.indexOf('Cleyre, Voltairine de'))
    expect(names).toContain('Ilyich, Vladimir')
    expect(persons).toMatch(/<li id="kropotkin"><span class="entry-name">Kropotkin, Peter<\/span> \(1842–1921\)/)
    expect(persons).toMatch(/<a href="d-002_8a85e5e2c93400e6\.xhtml#d002_8a85e5e2c93400e6-p\d+">¶ \d+<\/a>/)
    const nav = decode(unzipSync(epub)['OEBPS/nav.xhtml'])
    expect(nav).toMatch(/<li><a href="d-000_9a830f625d5faae6\.xhtml">The Russian Revolution[^<]*<\/a><ol><li><a href="d-000_9a830f625d5faae6\.xhtml#[^"]+">WHAT TO DO\?<\/a><\/li><\/ol><\/li>/)
    expect(nav).toContain('<li><a href="persons.xhtml">Index of persons</a></li>')
  })

  it('is the book its documents make, rendered again: the same bytes', () => {
    const tei = (id: string) => readFileSync(join(out, 'tei', `${id}.xml`), 'utf8')
    const ids = ['000_9a830f625d5faae6', '001_4dbdf06d02db1cd2', '002_8a85e5e2c93400e6', '003_11d63ffbc7cd047e']
    const again = assembleEpub(edition, ids.map((id) => renderEpubDocument(edition, id, tei(id)).document)).epub
    expect(Buffer.compare(Buffer.from(again), Buffer.from(epub))).toBe(0)
  })

  it('is left out with --no-epub', () => {
    // a rebuild with the option: the book is not written (the rest of the build is up to date)
    const r = lectio(['build', 'editions/kropotkin', '--no-pdf', '--no-epub', '--out', out])
    expect(r.status).toBe(0)
    expect(existsSync(join(out, 'epub'))).toBe(false)
  }, 300_000)
})

describe('the structural check', () => {
  it('finds what EPUBCheck would refuse', () => {
    const files = unzipSync(epub)
    delete files['OEBPS/places.xhtml']
    files['OEBPS/stray.css'] = new TextEncoder().encode('p {}')
    files['OEBPS/title.xhtml'] = new TextEncoder().encode('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>unclosed</body></html>')
    // mimetype compressed, and not first
    const { mimetype, ...rest } = files
    const broken = zipSync({ ...rest, mimetype: [mimetype, { level: 9 }] })
    const { problems } = checkEpubStructure(broken)
    expect(problems).toEqual(expect.arrayContaining([
      'the first entry of the zip is not "mimetype"',
      'the manifest item places.xhtml is not in the zip',
      'OEBPS/stray.css is in the zip but not in the manifest',
      expect.stringMatching(/^OEBPS\/title\.xhtml is not well-formed XML/),
      expect.stringMatching(/places\.xhtml#\S+ is not in the book/),
    ]))
  })
})

describe('an EPUB of hand-made documents', () => {
  const volume = readFileSync('test/fixtures/render-print/index-volume.xml', 'utf8')
  const docs = [...volume.matchAll(/<TEI xml:id="([^"]+)"[\s\S]*?<\/TEI>/g)].map((m) => ({ id: m[1], teiXml: m[0].replace('<TEI ', '<TEI xmlns="http://www.tei-c.org/ns/1.0" ') }))
  const fixtureEdition = { ...edition, id: 'orchard', title: 'The Orchard Papers', subtitle: undefined, editors: [{ name: 'Ada Fixture', role: 'editor' }] } as EditionConfig
  const make = () => assembleEpub(fixtureEdition, docs.map((d) => renderEpubDocument(fixtureEdition, d.id, d.teiXml).document)).epub

  it('passes the structural rules, and gives the same bytes twice', () => {
    const book = make()
    expect(checkEpubStructure(book).problems).toEqual([])
    expect(Buffer.compare(Buffer.from(make()), Buffer.from(book))).toBe(0)
    const persons = decode(unzipSync(book)['OEBPS/persons.xhtml'])
    expect(persons).toContain('<li class="see"><span class="entry-name">Finchley, Jack</span>, <i>see</i> <a href="#corwin">Corwin</a></li>')
  })
})

describe('the sample\'s EPUB in an e-reader\'s view (Chromium, 600 × 800)', () => {
  let browser: Browser
  const dir = tempDir('lectio-epub-view-')
  beforeAll(async () => {
    for (const [name, bytes] of Object.entries(unzipSync(epub))) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), bytes)
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lays out a letter, its notes and an index, in the book\'s font (pictures in test-artifacts/)', async () => {
    const artifacts = resolve('test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    const page = await browser.newPage({ viewport: { width: 600, height: 800 } })
    const shots: [string, string, string?][] = [
      ['d-002_8a85e5e2c93400e6.xhtml', 'epub-letter.png'],
      ['d-000_9a830f625d5faae6.xhtml', 'epub-notes.png', 'aside'],
      ['persons.xhtml', 'epub-index.png'],
      ['nav.xhtml', 'epub-contents.png'],
    ]
    for (const [file, shot, at] of shots) {
      await page.goto(`file://${join(dir, 'OEBPS', file)}`)
      await page.evaluate('document.fonts.ready')
      if (at) await page.locator(at).scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(artifacts, shot) })
    }
    // the text is set in EB Garamond, loaded from the book
    await page.goto(`file://${join(dir, 'OEBPS', 'd-002_8a85e5e2c93400e6.xhtml')}`)
    expect(await page.evaluate('document.fonts.ready.then(() => [...document.fonts].some((f) => f.family.includes("EB Garamond") && f.status === "loaded"))')).toBe(true)
    // the dateline is set right, the closer's signature in small capitals
    expect(await page.locator('.dateline').first().evaluate((e) => getComputedStyle(e).textAlign)).toBe('right')
    expect(await page.locator('.signed').first().evaluate((e) => getComputedStyle(e).fontVariantCaps)).toBe('small-caps')
    await page.close()
    expect(execFileSync('ls', [artifacts], { encoding: 'utf8' })).toContain('epub-index.png')
  }, 60_000)
})
