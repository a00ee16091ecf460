/**
 * The apparatus PDF of a collated work, on a fixture of three witnesses written for it
 * (test/fixtures/render-print/collation/: substitutions, agreements, an omission, additions, one at
 * a paragraph start, paragraph breaks both ways, a transposition, a long lemma), checked with
 * poppler: every entry is on the page of its lemma and gives the line the lemma stands on,
 * counted independently from the PDF's own text (test/helpers/apparatus-pdf.ts); the notation;
 * the page's own notes stay a numbered series above the apparatus; fonts embedded; two renders
 * byte-identical. A page is kept as PNG in test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { collateWitnesses } from '../../src/collate/index.js'
import { checkApparatus, readPdf } from '../helpers/apparatus-pdf.js'
import { pdfPages } from '../helpers/pdf-text.js'

const dir = 'test/fixtures/render-print/collation'
const witnesses = ['A', 'B', 'C'].map((siglum) => {
  const teiXml = readFileSync(join(dir, `${siglum}.xml`), 'utf8')
  return { siglum, id: siglum, title: /<title>([^<]*)<\/title>/.exec(teiXml)![1], teiXml }
})
const collation = collateWitnesses(witnesses, { workId: 'keeper', title: "The Keeper's Year", base: 'A' }).teiXml
const work = mkdtempSync(join(tmpdir(), 'lectio-apparatus-test-'))
const file = join(work, 'keeper.apparatus.pdf')
let renderer: PdfRenderer
let pdf: Uint8Array

beforeAll(async () => {
  renderer = await createPdfRenderer()
  pdf = (await renderer.renderDocument(collation, 'keeper.apparatus.xml', { paper: 'A5' })).pdf
  writeFileSync(file, pdf)
}, 120_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

const pagesOf = pdfPages

describe('the apparatus PDF of a collated work', () => {
  it('has every variant shape the collation makes', () => {
    for (const shape of ['<rdg wit="#B"/>', '<lem wit="#A #B"/><rdg wit="#C">quietly</rdg>', 'type="transposition"', '<rdg wit="#B"><milestone unit="paragraph"/></rdg>', '<lem wit="#A #B"><milestone unit="paragraph"/></lem><rdg wit="#C"/>', '<rdg wit="#B #C">rode</rdg>', '<rdg wit="#B">haven</rdg><rdg wit="#C">port</rdg>']) {
      expect(collation, shape).toContain(shape)
    }
  })

  it('spans several pages, with the witnesses on the front matter', () => {
    const pages = pagesOf(file)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    expect(pages[0]).toMatch(/The Keeper's Year/)
    expect(pages[0]).toMatch(/The text of A with the variants of B and C/)
    expect(pages[1]).toMatch(/^\s*Sigla\s*$/m)
    expect(pages[1]).toMatch(/^\s*A\s+The Keeper's Year \(first printing\) \(base text\)\s*$/m)
    expect(pages[1]).toMatch(/^\s*C\s+The Keeper's Year \(manuscript copy\)\s*$/m)
    expect(pages[1]).toMatch(/om\.\s+the witness omits the words/)
  })

  it('puts every entry on the page of its lemma, with the line the lemma stands on', () => {
    const { entries, problems, pages } = checkApparatus(file, collation)
    expect(problems).toEqual([])
    expect(entries.length).toBe((collation.match(/<app[ >]/g) ?? []).length)
    // entries on at least two pages of text, and margin numbers on every page of text
    expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThanOrEqual(2)
    pages.slice(2).forEach((p, i) => expect(p.margin.map((m) => m.n).slice(0, 2), `page ${i + 3}`).toEqual([5, 10]))
  })

  it('writes the entries in the conventional notation', () => {
    const foot = readPdf(file).flatMap((p) => p.foot).join(' ')
    // an entry begins with its line number, or with "; " after an entry of the same line
    // (# stands for a line number the layout decides)
    const entry = (s: string) => expect(foot).toMatch(new RegExp(`(\\d+|;) ${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#/g, '\\d+')}`))
    entry('harbour ] A haven B; port C')
    entry('flat ] A B great C')
    entry('very old ] A C om. B')
    entry('bitterness. ] A C ¶ B')
    entry('he ] A B add. quietly C')
    // an addition where the paragraph begins: cited with the word after it
    entry('His ] A B 4. His C')
    entry('wicks ] A C add. in the grey morning (transp. from l. #) B')
    entry('in the grey morning ] A C transp. after wicks (l. #) B')
    entry('rowed ] A rode B C')
    // a lemma of more than six words: its first and last words
    entry('peas that … second summer. ] A B peas. C')
    entry('made. ] A B no ¶ C')
  })

  it('names the line a transposed passage moved to, and the line it came from', () => {
    const { entries } = checkApparatus(file, collation)
    const moved = entries.find((e) => e.text.includes('transp. after wicks'))!
    const added = entries.find((e) => e.lemma.join(' ') === 'wicks')!
    expect(moved.text).toMatch(new RegExp(`transp\\. after wicks \\((p\\. ${added.page}, )?l\\. ${added.line}\\) B`))
    expect(moved.page === added.page).toBe(!/\(p\. /.test(moved.text))
    expect(added.text).toMatch(new RegExp(`\\(transp\\. from (p\\. ${moved.page}, )?l\\. ${moved.line}\\) B`))
  })

  it('sets the entries of one line under one number, separated by semicolons', () => {
    const { entries, problems } = checkApparatus(file, collation)
    expect(problems).toEqual([])
    expect(entries.filter((e) => e.grouped).length).toBeGreaterThanOrEqual(1)
    const foot = readPdf(file).flatMap((p) => p.foot).join(' ')
    expect(foot).toMatch(/\d+ His \] A B 4\. His C ?; he \] A B add\. quietly C/)
  })

  it('keeps the page’s own notes a numbered series above the apparatus', async () => {
    // the same text with two notes of its own (a collation of hand-encoded witnesses may keep them)
    let n = 0
    const withNotes = collation.replace(/(oxen,|whaling ships|tobacco,)/g, (m) => `${m}<note place="foot" n="${++n}">An editor's note number ${n}.</note>`)
    expect(n).toBe(3)
    const noted = join(work, 'noted.pdf')
    writeFileSync(noted, (await renderer.renderDocument(withNotes, 'noted.xml', { paper: 'A5' })).pdf)
    const { problems, pages } = checkApparatus(noted, withNotes)
    expect(problems).toEqual([])
    const page = pages.findIndex((p) => p.foot.join(' ').includes("editor's note number 1"))
    expect(pages[page].foot.join(' ')).toMatch(/^1\. An editor's note number 1\. 2\. An editor's note number 2\. \d+ harbour ] A/)
    // on a later page the numbers go on: the apparatus entries and their calls count none
    const later = pages.findIndex((p) => p.foot.join(' ').includes("editor's note number 3"))
    expect(later).toBeGreaterThan(page)
    expect(pages[later].foot.join(' ')).toMatch(/^3\. An editor's note number 3\. \d+ \S/)
    expect(pagesOf(noted)[later]).toMatch(/tobacco,3 /)
  }, 60_000)

  it('embeds every font, and they are EB Garamond', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toMatch(/EBGaramond/)
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/)
    }
  })

  it('is byte-identical when rendered twice', async () => {
    const again = (await renderer.renderDocument(collation, 'keeper.apparatus.xml', { paper: 'A5' })).pdf
    expect(Buffer.compare(Buffer.from(again), Buffer.from(pdf))).toBe(0)
  }, 60_000)

  it('keeps a page of text and apparatus as PNG to look at', () => {
    const artifacts = resolve('test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '3', '-l', '4', file, join(artifacts, 'fixture-apparatus-page')])
  })
})
