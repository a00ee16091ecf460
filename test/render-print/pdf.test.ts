/**
 * The print edition of the sample, checked with poppler as a typesetter would: footnotes on the
 * page of their marker, table-of-contents page numbers, running heads on every page but the
 * title page, fonts embedded, metadata, a sane page count; a few pages kept as PNG to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { lectio, tempDir } from '../helpers/run-lectio.js'
import { checkApparatus } from '../helpers/apparatus-pdf.js'
import { pdfPages } from '../helpers/pdf-text.js'
import { citedPages, names, readIndex, readPages } from '../helpers/index-pdf.js'

let out: string
const edition = JSON.parse(readFileSync('editions/kropotkin/edition.json', 'utf8')) as { id: string; title: string }
const artifacts = resolve('test-artifacts')

beforeAll(() => {
  out = join(tempDir(), 'dist')
  const r = lectio(['build', 'editions/kropotkin', '--deposit', '--out', out])
  if (r.status !== 0) throw new Error(r.stderr)
}, 300_000)

const pdf = (name: string) => join(out, 'pdf', name)
const pagesOf = pdfPages
const flat = (s: string) => s.replace(/-\n\s*/g, '').replace(/\s+/g, ' ')
const words = (s: string) => (s.match(/[\p{L}\p{N}’'-]+/gu) ?? [])

describe('the print edition', () => {
  it('puts every footnote on the page of its marker', () => {
    const checked: string[] = []
    for (const f of ['000_9a830f625d5faae6', '003_11d63ffbc7cd047e']) {
      const pages = pagesOf(pdf(`${f}.pdf`)).map(flat)
      const tei = readFileSync(join(out, 'tei', `${f}.xml`), 'utf8')
      for (const m of tei.matchAll(/([^<>]{25,})<note place="foot" n="[^"]*"(?: xml:id="[^"]*")?><p>([^<]{20,})/g)) {
        const before = words(m[1]).slice(-4).join(' ')
        const note = words(m[2]).slice(0, 5).join(' ')
        const markerPage = pages.findIndex((p) => words(p).join(' ').includes(before))
        const notePage = pages.findIndex((p) => words(p).join(' ').includes(note))
        expect(markerPage, `${f}: "${before}"`).toBeGreaterThan(0)
        expect(notePage, `${f}: note "${note}" on the marker's page`).toBe(markerPage)
        checked.push(note)
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(1)
  })

  it('gives table-of-contents page numbers that match the pages of the documents', () => {
    const pages = pagesOf(pdf(`${edition.id}.pdf`))
    const toc = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p))
    expect(toc).toBeGreaterThan(0)
    const entries = [...pages[toc].matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1], page: Number(m[2]) }))
    expect(entries.length).toBeGreaterThanOrEqual(4)
    let after = toc
    for (const e of entries) {
      // the next page, in contents order, that shows the title in its body (not in the running head)
      const at = pages.findIndex((p, i) => i >= after && i > toc && p.split('\n').slice(1).some((l) => l.trim().startsWith(e.title.slice(0, 40))))
      expect(at + 1, e.title).toBe(e.page)
      after = at
    }
  })

  it('has running heads and page numbers on every page but the title page', () => {
    const pages = pagesOf(pdf(`${edition.id}.pdf`))
    expect(pages[0]).not.toContain(edition.title.slice(0, 20) + ' '.repeat(3))
    expect(pages[0].trim().split('\n').at(-1)!.trim()).not.toBe('1')
    pages.slice(1).forEach((p, i) => {
      const lines = p.split('\n').filter((l) => l.trim())
      // the running head is the short title: the edition title before its subtitle
      expect(lines[0], `page ${i + 2} running head`).toContain(edition.title.split(':')[0].slice(0, 30))
      expect(lines.at(-1)!.trim(), `page ${i + 2} number`).toBe(String(i + 2))
    })
  })

  it('cites in its indexes only pages that print the name, ascending, once each, with ranges and notes marked', () => {
    const file = pdf(`${edition.id}.pdf`)
    const pages = readPages(file)
    const teis = readdirSync(join(out, 'tei')).filter((f) => /^\d.*\.xml$/.test(f)).map((f) => readFileSync(join(out, 'tei', f), 'utf8'))
    const register = (kind: string) => (JSON.parse(readFileSync(`editions/kropotkin/registers/${kind}.json`, 'utf8')) as Record<string, { id: string; name: string }[]>)[kind]
    for (const [title, kind, element] of [['Index of persons', 'persons', 'persName'], ['Index of places', 'places', 'placeName']]) {
      const index = readIndex(file, title)
      expect(index.entries.length, title).toBeGreaterThan(10)
      const shapes = { range: 0, note: 0 }
      for (const e of index.entries) {
        // the register entry whose index form this is, and every form the texts tag for it
        const entry = register(kind).find((r) => r.name.split(' ').every((w) => e.name.includes(w)))!
        expect(entry, e.name).toBeDefined()
        const forms = [...new Set(teis.flatMap((t) => [...t.matchAll(new RegExp(`<${element} ref="#${entry.id}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1])))]
        const cited = citedPages(e.refs)
        expect(cited.map((c) => c.page).join(), `${e.name}: ${e.refs.join(', ')}`).toBe([...new Set(cited.map((c) => c.page))].sort((a, b) => a - b).join())
        for (const c of cited) {
          const page = pages[c.page - 1]
          expect(c.page, e.name).toBeGreaterThan(2)
          expect(names(c.note ? page.notes : page.text, forms), `${e.name} on page ${c.page}${c.note ? ' (note)' : ''}: ${forms.join(' | ')}`).toBe(true)
        }
        shapes.range += e.refs.filter((r) => r.includes('–')).length
        shapes.note += e.refs.filter((r) => r.endsWith('n')).length
      }
      expect(shapes.range, title).toBeGreaterThan(0)
      // in the English collation of their index form (the sample's register gives no sortKey)
      const printed = index.entries.map((e) => e.name)
      expect(printed, title).toEqual([...printed].sort(new Intl.Collator('en').compare))
      if (kind === 'persons') {
        expect(shapes.note).toBeGreaterThan(0)
        // by surname: the index form of the register's names
        expect(index.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['Kropotkin, Peter', 'Lenin, Vladimir Ilyich', 'Cleyre, Voltairine de', 'Saint-Simon, Henri de', 'Alexander III']))
        expect(index.entries.find((e) => e.name === 'Kropotkin, Peter')!.life).toBe('1842–1921')
        expect(index.sees).toContainEqual({ name: 'Ilyich, Vladimir', target: 'Lenin' })
      }
    }
  })

  it('holds each collated work\'s critical text with its apparatus: a section with its contents entry, running head and line numbers', () => {
    const file = pdf(`${edition.id}.pdf`)
    const pages = pagesOf(file)
    const works = (JSON.parse(readFileSync('editions/kropotkin/edition.json', 'utf8')) as { works: { id: string; title: string }[] }).works
    for (const w of works) {
      const heading = `${w.title}: the critical text`
      const toc = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p))
      const listed = new RegExp(`${heading}\\s+(\\d+)\\s*$`, 'm').exec(pages[toc])
      expect(listed, heading).not.toBeNull()
      const start = Number(listed![1])
      expect(pages[start - 1].split('\n').slice(1).some((l) => l.trim() === heading)).toBe(true)
      // the text begins on the page after its sigla; every entry on its lemma's page and line
      const tei = readFileSync(join(out, 'tei', `${w.id}.apparatus.xml`), 'utf8')
      const { entries, problems, pages: read } = checkApparatus(file, tei, start + 1)
      expect(problems).toEqual([])
      expect(entries.length).toBe((tei.match(/<app[ >]/g) ?? []).length)
      const section = read.map((p, i) => ({ p, i })).filter(({ p, i }) => i + 1 > start && p.margin.length)
      expect(section.length).toBeGreaterThanOrEqual(2)
      // line numbers on the critical text's pages only (the edition does not ask for them elsewhere)
      read.forEach((p, i) => { if (i + 1 < start) expect(p.margin, `page ${i + 1}`).toEqual([]) })
      // its running head says what it is
      for (const { i } of section) expect(pages[i].split('\n')[0]).toMatch(new RegExp(`Critical text: ${w.title.slice(0, 30)}`))
    }
  })

  it('heads the pages on the right with the document\'s short title, or the index\'s', () => {
    const pages = pagesOf(pdf(`${edition.id}.pdf`))
    const head = (p: string) => p.split('\n')[0].trim()
    expect(head(pages[2])).toMatch(/The Russian Revolution and the Soviet Government$/)
    const persons = pages.findIndex((p) => /^\s*Index of persons\s*$/m.test(p.split('\n').slice(1).join('\n')))
    expect(head(pages[persons])).toMatch(/\s{3}Index of persons$/)
  })

  it('embeds every font', () => {
    for (const f of [`${edition.id}.pdf`, '002_8a85e5e2c93400e6.pdf']) {
      const rows = execFileSync('pdffonts', [pdf(f)], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(row, f).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/)
      expect(rows.every((r) => /EBGaramond/.test(r))).toBe(true)
    }
  })

  it('has metadata and a sane page count', () => {
    const info = execFileSync('pdfinfo', [pdf('002_8a85e5e2c93400e6.pdf')], { encoding: 'utf8' })
    expect(info).toMatch(/Title:\s+Two Letters to Lenin/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(pages).toBeLessThanOrEqual(12)
    const whole = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(`${edition.id}.pdf`)], { encoding: 'utf8' }))![1])
    expect(whole).toBeGreaterThanOrEqual(12)
    expect(whole).toBeLessThanOrEqual(60)
  })

  it('lays letters out with the closing and signature and shows supplied text in brackets', () => {
    const text = flat(pagesOf(pdf('002_8a85e5e2c93400e6.pdf')).join('\n'))
    expect(text).toMatch(/With comradely greetings, P\. Kropotkin/)
    expect(text).toContain('[salary]')
  })

  it('prints each collated work with its apparatus keyed by line, links it and deposits it', () => {
    const works = (JSON.parse(readFileSync('editions/kropotkin/edition.json', 'utf8')) as { works: { id: string }[] }).works
    expect(works.length).toBeGreaterThanOrEqual(1)
    for (const w of works) {
      const file = pdf(`${w.id}.apparatus.pdf`)
      const tei = readFileSync(join(out, 'tei', `${w.id}.apparatus.xml`), 'utf8')
      const { entries, problems } = checkApparatus(file, tei)
      expect(problems, w.id).toEqual([])
      expect(entries.length).toBe((tei.match(/<app[ >]/g) ?? []).length)
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
      for (const row of rows) expect(row).toMatch(/EBGaramond.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/)
      expect(readFileSync(join(out, 'html', `${w.id}.apparatus.html`), 'utf8')).toContain(`href="../pdf/${w.id}.apparatus.pdf"`)
      const zip = readdirSync(join(out, 'deposit')).find((f) => f.endsWith('.zip'))!
      expect(execFileSync('unzip', ['-l', join(out, 'deposit', zip)], { encoding: 'utf8' })).toContain(`/data/pdf/${w.id}.apparatus.pdf`)
    }
  })

  it('keeps a few pages as PNG to look at', () => {
    mkdirSync(artifacts, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf(`${edition.id}.pdf`), join(artifacts, 'edition-page')])
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf('002_8a85e5e2c93400e6.pdf'), join(artifacts, 'letters-page')])
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '3', '-l', '3', pdf('letter-to-workers.apparatus.pdf'), join(artifacts, 'apparatus-page')])
  })
})
