// Every word of a TEI text is on its HTML page, in order: for every TEI fixture, the reading text
// (test/helpers/reading-words.ts, read from the TEI independently of the stylesheets) against what
// Chromium shows of the page (the DOM as laid out with the edition's stylesheet: text that CSS
// hides is missing; the editor's marks and labels, class "ed", note numbers and page marks are
// not the source's words). The title page, each note, and the readings shown on demand are held
// to it too.
import { readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { renderDocumentPage } from '../../src/render/html/index.js'
import { firstDifference, missingWords, readingText, words } from '../helpers/reading-words.js'
import { teiFixtures } from '../helpers/tei-fixtures.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const css = readFileSync(join(process.cwd(), 'src', 'render', 'assets', 'html', 'edition.css'), 'utf8').replace(/@font-face\s*\{[^}]*\}\s*/g, '')
const fixtures = teiFixtures()
let browser: Browser
let page: Page

/** What a reader of the page is shown: the title page, the text, each note, and the readings on demand. */
const SHOWN = `(() => {
  const skip = '.ed, .alt, .readings, .noteref, .note-n, .backlink, .pb, .cb, .visually-hidden, .facs, script, style'
  const shown = (root) => {
    let s = ''
    const walk = (n) => {
      if (n.nodeType === 3) { s += n.data; return }
      if (n.nodeType !== 1 || n.matches(skip)) return
      const style = getComputedStyle(n)
      if (style.display === 'none' || style.visibility === 'hidden') return
      if (n.tagName === 'IMG') { s += ' ' + n.alt + ' '; return }
      const block = !/^(inline|contents)/.test(style.display)
      if (block) s += ' '
      for (const c of n.childNodes) walk(c)
      if (block) s += ' '
    }
    if (root) walk(root)
    return s
  }
  return {
    title: shown(document.querySelector('article > header.front')),
    text: shown(document.querySelector('.text')),
    notes: [...document.querySelectorAll('.notes > ol > li')].map(shown),
    alternates: [...document.querySelectorAll('.text .alt, .text .readings, .notes .alt')].map((e) => e.textContent).join(' '),
  }
})()`

beforeAll(async () => {
  compileStylesheets()
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage()
  // nothing is fetched: the stylesheet is inlined, images are read by their text alternative
  await page.route('**/*', (route) => route.abort())
})
afterAll(async () => { await browser?.close() })

describe('every word of the text is on the HTML page', () => {
  test('the fixtures include the hand-made documents and the importer\'s TEI', () => {
    expect(fixtures.length).toBeGreaterThan(40)
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['tei/diary-diplomatic.xml', 'tei/letter-front-back.xml', 'render-html/essay.xml', 'import/letter/expected.xml']))
  })

  test.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_, f) => {
    const { html, diagnostics } = renderDocumentPage(fixtureEdition, 'doc', f.xml, { media: { dir: dirname(f.file), sourcePaths: [basename(f.file)] } })
    // the hand-made fixtures have every image they name (others may name images that are not there)
    expect(diagnostics.filter((d) => d.severity !== 'info' && (f.name.startsWith('tei/') || d.code !== 'render-image-missing'))).toEqual([])
    await page.setContent(html.replace('<link rel="stylesheet" href="assets/edition.css">', () => `<style>${css}</style>`), { waitUntil: 'domcontentloaded' })
    const shown = await page.evaluate(SHOWN) as { title: string; text: string; notes: string[]; alternates: string }
    const tei = readingText(f.xml)
    expect(firstDifference(words(shown.text), words(tei.text))).toBe('')
    expect(words(shown.title).sort()).toEqual(words(tei.title).sort())
    expect(shown.notes.length).toBe(tei.notes.length)
    tei.notes.forEach((n, k) => expect(firstDifference(words(shown.notes[k]), words(n)), `note ${k + 1}`).toBe(''))
    expect(missingWords(words(tei.alternates), words(shown.alternates))).toEqual([])
  })
})
