/**
 * `renderDocument` on a hand-made letters fixture (test/fixtures/render-print/letters.xml), checked
 * with poppler: footnotes on the page of their marker, running heads and page numbers on every page
 * but the title page, table-of-contents and index page numbers, fonts embedded, metadata, supplied
 * text in brackets, source page breaks in the margin, and two renders byte-identical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { pdfInfo } from '../../src/render/print/pdf-info.js'
import { pdfPages } from '../helpers/pdf-text.js'

const fixture = 'test/fixtures/render-print/letters.xml'
const tei = readFileSync(fixture, 'utf8')
const work = mkdtempSync(join(tmpdir(), 'lectio-print-test-'))
const file = join(work, 'letters.pdf')
let renderer: PdfRenderer
let pdf: Uint8Array

beforeAll(async () => {
  renderer = await createPdfRenderer()
  pdf = (await renderer.renderDocument(tei, fixture, { paper: 'A5' })).pdf
  writeFileSync(file, pdf)
}, 120_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

/** The text of each page (pdftotext separates pages with a form feed). */
const pagesOf = pdfPages
/** Words of a text, with line-end hyphenation undone, so phrases can be found across lines. */
const words = (s: string) => (s.replace(/-\n\s*/g, '').match(/[\p{L}\p{N}’'-]+/gu) ?? []).join(' ')
const teiNotes = [...tei.matchAll(/([^<>]{25,})<note place="foot" n="(\d+)"><p>([^<]{20,})/g)]

describe('renderDocument on a letters fixture', () => {
  it('returns a PDF', () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  })

  it('puts every footnote on the page of its marker', () => {
    const pages = pagesOf(file).map(words)
    expect(teiNotes.length).toBe(4)
    for (const m of teiNotes) {
      const before = words(m[1]).split(' ').slice(-4).join(' ')
      const note = words(m[3]).split(' ').slice(0, 5).join(' ')
      const markerPage = pages.findIndex((p) => p.includes(before))
      expect(markerPage, `marker after "${before}"`).toBeGreaterThan(0)
      expect(pages.findIndex((p) => p.includes(note)), `note "${note}"`).toBe(markerPage)
      // the note at the foot carries the number of its call
      expect(pagesOf(file)[markerPage], `note ${m[2]} numbered`).toMatch(new RegExp(`^\\s*${m[2]}\\. ${words(m[3]).split(' ')[0]}`, 'm'))
    }
  })

  it('has running heads and page numbers on every page but the title page', () => {
    const pages = pagesOf(file)
    expect(pages.length).toBeGreaterThanOrEqual(4)
    expect(pages[0]).toContain('Letters from the Harbour Town')
    // a file rendered on its own: editors, imprint and licence come from its TEI header
    expect(pages[0]).toMatch(/Edited by Ada Fixture/)
    expect(pages[0]).toMatch(/Lectio Test Press · 2024-05-01/)
    expect(pages[0]).toMatch(/CC BY 4\.0/)
    expect(pages[0].trim().split('\n').at(-1)!.trim()).not.toMatch(/^\d+$/)
    pages.slice(1).forEach((p, i) => {
      const lines = p.split('\n').filter((l) => l.trim())
      expect(lines[0], `page ${i + 2} running head`).toContain('Letters from the Harbour Town')
      expect(lines.at(-1)!.trim(), `page ${i + 2} number`).toBe(String(i + 2))
    })
  })

  it('gives table-of-contents page numbers that match the pages of the headings', () => {
    const pages = pagesOf(file)
    const toc = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p))
    expect(toc).toBe(1)
    for (const head of ['First Letter: On the Grain Stores', 'Second Letter: On the Accounts']) {
      const entry = new RegExp(`${head}\\s+(\\d+)\\s*$`, 'm').exec(pages[toc])
      expect(entry, head).not.toBeNull()
      const at = pages.findIndex((p, i) => i > toc && p.split('\n').slice(1).some((l) => l.trim() === head))
      expect(at + 1, head).toBe(Number(entry![1]))
    }
  })

  it('indexes persons and places with the pages they are named on', () => {
    const pages = pagesOf(file)
    const index = pages.findIndex((p) => /^\s*Index of persons\s*$/m.test(p))
    expect(index).toBeGreaterThan(1)
    const text = pages.slice(index).join('\n')
    const okafor = /Okafor, Samuel\s+([\d, ]+)/.exec(text)
    expect(okafor).not.toBeNull()
    const cited = okafor![1].split(',').map((n) => Number(n.trim())).filter(Boolean)
    expect(cited.length).toBeGreaterThanOrEqual(1)
    // named twice on one page, cited once: pages ascending, none repeated
    expect(okafor![1]).toMatch(/^\d+(, \d+)*\s*$/)
    expect([...cited].sort((a, b) => a - b)).toEqual([...new Set(cited)])
    // every page the index cites does name him
    for (const n of cited) expect(words(pages[n - 1]), `page ${n}`).toMatch(/Okafor/)
    expect(text).toMatch(/Valdemoor\s+\d+/)
  })

  it('shows supplied text in brackets, the closer and the source page breaks in the margin', () => {
    const text = words(pagesOf(file).join('\n'))
    expect(pagesOf(file).join('\n')).toContain('[share]')
    expect(text).toContain('With every good wish J Webermark')
    expect(pagesOf(file).join('\n')).toMatch(/\[page 4\]/)
  })

  it('embeds every font, and they are EB Garamond', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toMatch(/EBGaramond/)
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/)
    }
  })

  it('fills the metadata and uses the paper asked for', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/^Title:\s+Letters from the Harbour Town$/m)
    expect(info).toMatch(/^Author:\s+Jonas Webermark$/m)
    // A5 is 420 × 595 points
    expect(info).toMatch(/Page size:\s+4(19\.\d+|20) x 59(4\.\d+|5) pts/)
  })

  it('sets any characters in the metadata by an incremental update poppler reads without complaint', () => {
    const updated = join(work, 'info.pdf')
    writeFileSync(updated, pdfInfo(pdf, { title: 'Čajkovská (1911) — 书信', author: 'Ljudmila Čajkovská', subject: 'a \\ b ) c' }))
    const run = spawnSync('pdfinfo', [updated], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    const info = run.stdout
    expect(info).toMatch(/^Title:\s+Čajkovská \(1911\) — 书信$/m)
    expect(info).toMatch(/^Author:\s+Ljudmila Čajkovská$/m)
    expect(info).toMatch(/^Subject:\s+a \\ b \) c$/m)
    expect(info).toMatch(/^CreationDate:.*2024/m)
    // the pages are untouched
    expect(pagesOf(updated)).toEqual(pagesOf(file))
  })

  it('is byte-identical when rendered twice', async () => {
    const again = (await renderer.renderDocument(tei, fixture, { paper: 'A5' })).pdf
    expect(Buffer.compare(Buffer.from(again), Buffer.from(pdf))).toBe(0)
  }, 60_000)

  it('numbers every fifth line of the text in the margin when asked, afresh on each page', async () => {
    const numbered = join(work, 'numbered.pdf')
    writeFileSync(numbered, (await renderer.renderDocument(tei, fixture, { paper: 'A5', lineNumbers: true })).pdf)
    const plain = pagesOf(file)
    const pages = pagesOf(numbered)
    expect(pages.length).toBe(plain.length)
    // the first page of text: numbers 5, 10, 15 each at the start of a line of text; none without the option
    const marks = (p: string) => [...p.matchAll(/^\s*(\d+)\s{2,}\S/gm)].map((m) => Number(m[1]))
    expect(marks(pages[2]).slice(0, 3)).toEqual([5, 10, 15])
    expect(marks(pages[3])[0]).toBe(5)
    expect(marks(plain[2])).toEqual([])
    // numbered lines are lines of text: the fifth line of page 3 is its fifth line without numbers
    const bodyLines = (p: string) => p.split('\n').slice(1).filter((l) => l.trim())
    // (the editor's title lines are not counted: line 1 is the letter's heading)
    const first = bodyLines(plain[2]).findIndex((l) => l.includes('First Letter'))
    expect(bodyLines(pages[2]).find((l) => /^\s*5\s{2,}/.test(l))!.replace(/^\s*5\s+/, '').trim().slice(0, 20)).toBe(bodyLines(plain[2])[first + 4].trim().slice(0, 20))
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '3', '-l', '3', numbered, join(resolve('test-artifacts'), 'fixture-line-numbers-page')])
  }, 60_000)

  it('keeps its pages as PNG to look at', () => {
    const artifacts = resolve('test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '70', file, join(artifacts, 'fixture-letters-page')])
  })
})
