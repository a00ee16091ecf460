/**
 * The print indexes on a volume of three invented documents (test/fixtures/render-print/
 * index-volume.xml: names on the transcribed title pages, in section headings, only in notes, on
 * consecutive pages), read back with poppler: every number is a page that prints the name, in
 * the text or, marked n, only in a note; none is 0; ascending, each page once, consecutive pages
 * as ranges; and since every mention in the fixture is tagged, every page that prints a name is
 * cited. Entries by surname in the register's sort form, particles where English puts them,
 * collated, under letters, with life dates and see-references. Index pages kept as PNG.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { citedPages, names, readIndex, readPages, type PageText, type PrintedIndex } from '../helpers/index-pdf.js'

const fixture = 'test/fixtures/render-print/index-volume.xml'
const tei = readFileSync(fixture, 'utf8')
const work = mkdtempSync(join(tmpdir(), 'lectio-index-test-'))
const file = join(work, 'volume.pdf')
let renderer: PdfRenderer

beforeAll(async () => {
  renderer = await createPdfRenderer()
  writeFileSync(file, (await renderer.renderDocument(tei, fixture, { paper: 'A5' })).pdf)
  if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, readFileSync(file))
}, 120_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

/** Every form the fixture tags for a register id (the names as printed). */
function formsOf(id: string): string[] {
  const forms = [...tei.matchAll(new RegExp(`<(?:persName|placeName) ref="#${id}">([^<]*)<`, 'g'))].map((m) => m[1])
  return [...new Set(forms)]
}

/** The register id of a printed index name, from the fixture's entries. */
const ids: Record<string, string> = {
  'Abernethy, Ruth': 'abernethy', 'Ångström, Lina': 'angstrom', 'Corwin, Jasper': 'corwin', 'Du Bois, Odile': 'dubois',
  'Lacroix, Amalie de': 'lacroix', 'McKay, Ewan': 'mckay', 'Maddox, Isobel': 'maddox', 'Meer, Tobias van der': 'meer',
  'Ulric II': 'ulric', 'Vance, Hester': 'vance', 'Kestrel Bay': 'kestrel', Wrenfield: 'wrenfield',
}

/** Pages that can cite nothing: the title page, the contents, the indexes. */
function citable(pages: PageText[]): PageText[] {
  const firstIndex = pages.findIndex((p) => p.text.startsWith('Index of'))
  return pages.filter((p) => p.number > 1 && !p.text.startsWith('Contents') && p.number - 1 < firstIndex)
}

function checkIndex(index: PrintedIndex, pages: PageText[]): string[] {
  const problems: string[] = []
  for (const e of index.entries) {
    const forms = formsOf(ids[e.name])
    if (!forms.length) { problems.push(`${e.name}: unknown entry`); continue }
    const cited = citedPages(e.refs)
    const numbers = cited.map((c) => c.page)
    if (numbers.some((n) => !(n > 0))) problems.push(`${e.name}: page 0 or no number in ${e.refs.join(', ')}`)
    if (numbers.join() !== [...new Set(numbers)].sort((a, b) => a - b).join()) problems.push(`${e.name}: not ascending once each: ${e.refs.join(', ')}`)
    // what the pages print, read independently of the index
    const expected = citable(pages).filter((p) => names(p.text, forms) || names(p.notes, forms))
      .map((p) => ({ page: p.number, note: !names(p.text, forms) }))
    if (JSON.stringify(cited) !== JSON.stringify(expected)) problems.push(`${e.name}: cites ${JSON.stringify(cited)}, the pages print it on ${JSON.stringify(expected)}`)
  }
  return problems
}

describe('the indexes of a print volume', () => {
  it('cite exactly the pages that print each name: in the text, or only in a note (n), ranges for consecutive pages', () => {
    const pages = readPages(file)
    const persons = readIndex(file, 'Index of persons')
    const places = readIndex(file, 'Index of places')
    expect(persons.entries.length).toBe(10)
    expect(places.entries.length).toBe(2)
    expect(checkIndex(persons, pages)).toEqual([])
    expect(checkIndex(places, pages)).toEqual([])
    const refs = persons.entries.flatMap((e) => e.refs)
    // the shapes the fixture is made to have
    expect(refs.some((r) => /^\d+–\d+$/.test(r)), 'a range').toBe(true)
    expect(persons.entries.find((e) => e.name === 'Lacroix, Amalie de')!.refs.every((r) => r.endsWith('n')), 'only in notes').toBe(true)
  })

  it('cite the page of the heading for a name on the transcribed title page, never the volume\'s title page', () => {
    const pages = readPages(file)
    const vance = readIndex(file, 'Index of persons').entries.find((e) => e.name === 'Vance, Hester')!
    const cited = citedPages(vance.refs).map((c) => c.page)
    expect(pages[0].text).toContain('Hester Vance')
    expect(cited).not.toContain(1)
    const heading = pages.find((p) => p.number > 2 && p.text.startsWith('The Orchard Diary of Hester Vance'))!
    expect(cited).toContain(heading.number)
    // Odile du Bois is named on her letter's title page and in its salutation, on the heading's page
    const dubois = readIndex(file, 'Index of persons').entries.find((e) => e.name === 'Du Bois, Odile')!
    expect(citedPages(dubois.refs).map((c) => c.page)).toEqual([pages.find((p) => p.text.startsWith('A Letter to Odile du Bois'))!.number])
  })

  it('sort persons by surname in the register\'s sort form, with English particles and collation, under letters', () => {
    const persons = readIndex(file, 'Index of persons')
    expect(persons.letters).toEqual(['A', 'C', 'D', 'F', 'L', 'M', 'U', 'V'])
    expect(persons.items.filter((i) => i.length > 1).map((i) => i.replace(/ [\d, n–]+$/, ''))).toEqual([
      'Abernethy, Ruth',
      // Å is an A in English
      'Ångström, Lina',
      'Corwin, Jasper (d. 1903)',
      // "du" stays before the surname, with a capital
      'Du Bois, Odile',
      // a pen name the register lists as an alias
      'Finchley, Jack, see Corwin',
      // "de" follows the forename
      'Lacroix, Amalie de (b. 1860)',
      // sortKey "MacKay Ewan"
      'McKay, Ewan',
      'Maddox, Isobel',
      'Meer, Tobias van der',
      // a regnal number: not inverted
      'Ulric II',
      // the register's parts and life dates
      'Vance, Hester (1851–1919)',
    ])
  })

  it('sets the indexes in the embedded fonts only (no glyph from elsewhere)', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
    for (const row of rows) expect(row).toMatch(/EBGaramond.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/)
  })

  it('keeps its index pages as PNG to look at', () => {
    const artifacts = resolve('test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    const first = readPages(file).findIndex((p) => p.text.startsWith('Index of persons')) + 1
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(first), '-l', String(first + 1), file, join(artifacts, 'fixture-index-page')])
  })
})
