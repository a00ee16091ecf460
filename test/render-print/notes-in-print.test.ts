/**
 * Notes in the print edition. The title of a document comes from its header, so the transcribed
 * title page is not printed as such; what it carries beyond the title must still reach the PDF: a
 * note on the title (often the source's own note on where the text first appeared) becomes a
 * footnote called from the title, and front matter beyond the title page (an epigraph) is printed
 * before the text. In the edition volume, each document's notes are numbered from 1, as in the
 * HTML edition, and page references (contents, indexes) still hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { emptyRegisters } from '../../src/core/registers.js'
import type { EditionConfig } from '../../src/core/edition.js'
import { pdfPages } from '../helpers/pdf-text.js'

const tei = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="front-fixture" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>On Lighthouses</title><author>Ines Calloway</author></titleStmt>
      <publicationStmt><publisher>Lectio Test Press</publisher><date when="2024-05-01">2024</date></publicationStmt>
      <sourceDesc><bibl>Ines Calloway, On Lighthouses, Northport, 1902.</bibl></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <front>
      <titlePage>
        <docTitle><titlePart type="main">ON LIGHTHOUSES<note place="foot" n="*"><p>Read before the Harbour Society in the winter of 1901 and printed at its expense.</p></note></titlePart></docTitle>
        <docAuthor>Ines Calloway</docAuthor>
      </titlePage>
      <epigraph><p>Keep the lamp trimmed and the glass clean.</p></epigraph>
    </front>
    <body>
      <p>The keepers of the northern lights kept their logs with a care that puts our harbour clerks to shame, and the logs survive.</p>
    </body>
  </text>
</TEI>`

const work = mkdtempSync(join(tmpdir(), 'lectio-print-front-'))
const file = join(work, 'front.pdf')
const volume = join(work, 'volume.pdf')
let renderer: PdfRenderer

/** A second document with two notes of its own. */
const second = tei
  .replace('xml:id="front-fixture"', 'xml:id="second-fixture"')
  .replace(/<title>On Lighthouses<\/title>/, '<title>On Harbour Lights</title>')
  .replace(/<front>[\s\S]*<\/front>/, '')
  .replace('survive.</p>', 'survive.<note place="foot" n="1"><p>The logs are kept in the harbour office.</p></note> They were read by every new keeper.<note place="foot" n="2"><p>So the rules of the service required.</p></note></p>')

beforeAll(async () => {
  renderer = await createPdfRenderer()
  writeFileSync(file, (await renderer.renderDocument(tei, 'front.xml', { paper: 'A5' })).pdf)
  const edition: EditionConfig = {
    id: 'notes', title: 'Notes Test Edition', version: '1', language: 'en', publisher: 'Lectio Test Press',
    date: '2024-05-01', licence: { name: 'CC BY 4.0' }, editors: [{ name: 'Ada Fixture' }], sources: [],
  }
  const r = await renderer.renderEdition({ edition, registers: emptyRegisters(), documents: [{ id: 'one', teiXml: tei }, { id: 'two', teiXml: second }] })
  writeFileSync(volume, r.files.get('notes.pdf')!)
}, 120_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

const pages = (f = file) => pdfPages(f).map((p) => p.replace(/-\n\s*/g, '').replace(/\s+/g, ' '))

describe('front matter in the PDF', () => {
  it('prints a note on the transcribed title as a footnote on the page of the title', () => {
    const all = pages()
    const titlePage = all.findIndex((p, i) => i > 0 && p.includes('On Lighthouses') && p.includes('The keepers of the northern lights'))
    expect(titlePage).toBeGreaterThan(0)
    expect(all[titlePage]).toMatch(/1\. Read before the Harbour Society in the winter of 1901 and printed at its expense\./)
  })

  it('prints front matter beyond the title page before the text', () => {
    const text = pages().join(' ')
    const epigraph = text.indexOf('Keep the lamp trimmed and the glass clean.')
    expect(epigraph).toBeGreaterThan(0)
    expect(epigraph).toBeLessThan(text.indexOf('The keepers of the northern lights'))
  })

  it('numbers each document\'s notes from 1 in the edition volume, and keeps the page references', () => {
    const all = pages(volume)
    const first = all.findIndex((p) => p.includes('1. Read before the Harbour Society'))
    const other = all.findIndex((p) => p.includes('The logs are kept in the harbour office.'))
    expect(first).toBeGreaterThan(0)
    expect(other).toBeGreaterThan(first)
    expect(all[other]).toMatch(/survive\.1 They were read by every new keeper\.2/)
    expect(all[other]).toMatch(/1\. The logs are kept in the harbour office\. 2\. So the rules of the service required\./)
    // the contents give each document's real page (Paged.js counter resets would make them 0)
    const contents = all.find((p) => p.includes('Contents'))!
    expect(contents).toMatch(new RegExp(`On Lighthouses ${first + 1} On Harbour Lights ${other + 1}`))
  })
})
