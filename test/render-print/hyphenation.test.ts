/**
 * Hyphenation in the print edition. Debian's Chromium has no hyphenation dictionaries, so Lectio
 * puts soft hyphens into the running text before Paged.js lays it out (patterns of the npm package
 * `hyphen`, chosen by the `lang` of the text). Checked three ways: the word hyphenator on its own;
 * the page pass in Chromium (which text it touches and which it leaves alone); and PDFs of small
 * documents in English, German and a language without patterns, read back with poppler
 * (`pdftotext -layout`): lines end in hyphens the source does not have, at breaks the language's
 * patterns allow, and the text holds no soft hyphens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, createPdfRenderer, type PdfRenderer } from '../../src/render/print/index.js'
import { hyphenateWords, SOFT_HYPHEN, wordHyphenator } from '../../src/render/print/hyphenation.js'
import { HYPHENATE_PAGE } from '../../src/render/print/hyphenate-page.js'
import type { EditionConfig } from '../../src/core/edition.js'
import { emptyRegisters } from '../../src/core/registers.js'
import { pdfPages } from '../helpers/pdf-text.js'

const shown = (s: string) => s.replaceAll(SOFT_HYPHEN, '-')

/** A small TEI document: a title, a heading and paragraphs, in language `lang`. */
function tei(id: string, lang: string, title: string, head: string, paragraphs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}" xml:lang="${lang}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>${title}</title><author>Ada Fixture</author></titleStmt>
      <publicationStmt><publisher>Lectio Test Press</publisher><date when="2024-05-01">2024</date></publicationStmt>
      <sourceDesc><bibl>Made for the hyphenation test.</bibl></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <div>
        <head>${head}</head>
${paragraphs.map((p) => `        <p>${p}</p>`).join('\n')}
      </div>
    </body>
  </text>
</TEI>
`
}

const englishParagraphs = [
  'The administrative responsibilities of the municipal corporation were characteristically misunderstood by the representatives, whose deliberations concerning the establishment of cooperative organizations remained inconclusive throughout the extraordinary sessions of the preceding winter.',
  'Notwithstanding these considerable difficulties, the investigations demonstrated unambiguously that the agricultural communities possessed organizational capabilities which the governmental departments had systematically underestimated, and the recommendations of the commission reflected this understanding.',
  'Consequently the international correspondence between the associations multiplied, philosophical discussions accompanied every practical undertaking, and the responsibilities of individual participants became considerably more comprehensible to the surrounding population and its neighbouring municipalities.',
  'Subsequent correspondence from the provincial administration acknowledged the extraordinary achievements of the cooperative associations, although the accompanying instructions remained bureaucratically complicated and the implementation of the recommendations was postponed indefinitely by the departmental authorities.',
]
// the paragraphs, and then all of them as one paragraph longer than a page: Paged.js has to split
// it, and there a page may end in a broken word
const english = tei('hyph-en', 'en', 'Considerations on Administration', 'Incomprehensibilities of Administrative Responsibilities and Constitutional Considerations',
  [...englishParagraphs, [...englishParagraphs, ...englishParagraphs.slice(1), ...englishParagraphs.slice(2)].join(' ')])

const german = tei('hyph-de', 'de', 'Betrachtungen über die Verwaltung', 'Verwaltungsangelegenheiten', [
  'Die Gemeindeverwaltung betrachtete die Verantwortlichkeiten der Genossenschaften als selbstverständliche Angelegenheiten, obwohl die Untersuchungsergebnisse der Landwirtschaftskammer eindeutig zeigten, dass die Bevölkerung außerordentliche Organisationsfähigkeiten besaß.',
  'Nichtsdestoweniger verhandelten die Abgeordneten wochenlang über Zuständigkeitsbereiche, Entschädigungsforderungen und Versicherungsbedingungen, während die Arbeitergenossenschaften ihre gemeinschaftlichen Unternehmungen ununterbrochen weiterentwickelten und erweiterten.',
  'Schließlich veröffentlichte die Kommission ausführliche Empfehlungen über Selbstverwaltung, Gegenseitigkeit und wirtschaftliche Zusammenarbeit, die von den Gemeindevertretungen der umliegenden Ortschaften bereitwillig aufgenommen und gewissenhaft verwirklicht wurden.',
])

// Esperanto: the package has no patterns for it
const esperanto = tei('hyph-eo', 'eo', 'Konsideroj pri administrado', 'Administraj respondecoj', [
  'La administraj respondecoj de la municipa korporacio estis karakterize miskomprenataj de la reprezentantoj, kies interkonsiliĝoj pri la establado de kooperativaj organizaĵoj restis nekonkludaj dum la eksterordinaraj kunsidoj de la antaŭa vintro.',
  'Malgraŭ tiuj konsiderindaj malfacilaĵoj, la esploradoj pruvis senambigue ke la agrikulturaj komunumoj posedis organizajn kapablojn, kiujn la registaraj departementoj sisteme subtaksis, kaj la rekomendoj de la komisiono spegulis tiun komprenon.',
])

/** The text of each page (pdftotext separates pages with a form feed). */
const pagesOf = pdfPages
/** The lines of text of each page after the title page, without running head and page number. */
const bodyLines = (f: string): string[][] => pagesOf(f).slice(1).map((p) => p.split('\n').filter((l) => l.trim()).slice(1, -1))
/** Words broken at the end of a line (or of a page): the part before the hyphen and the part on
 * the next line. */
function brokenWords(f: string): { before: string; after: string; line: string; pageEnd: boolean }[] {
  const pages = bodyLines(f)
  const lines = pages.flatMap((p) => p.map((line, i) => ({ line, pageEnd: i === p.length - 1 })))
  const out: { before: string; after: string; line: string; pageEnd: boolean }[] = []
  lines.forEach(({ line, pageEnd }, i) => {
    const m = /(\p{L}+)-$/u.exec(line.trimEnd())
    const after = m && /^\s*(\p{L}+)/u.exec(lines[i + 1]?.line ?? '')
    if (after) out.push({ before: m[1], after: after[1], line, pageEnd })
  })
  return out
}
/** The words of a TEI text (its markup left out). */
const sourceWords = (xml: string) => new Set(xml.replace(/<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? [])

const work = mkdtempSync(join(tmpdir(), 'lectio-hyphenation-test-'))
let renderer: PdfRenderer
const rendered = new Map<string, { file: string; pdf: Uint8Array; diagnostics: { code: string; severity: string; file: string; line?: number; column?: number; message: string }[] }>()

beforeAll(async () => {
  renderer = await createPdfRenderer()
  for (const [name, xml] of [['english', english], ['german', german], ['esperanto', esperanto]] as const) {
    const r = await renderer.renderDocument(xml, `test/${name}.xml`, { paper: 'A5' })
    const file = join(work, `${name}.pdf`)
    writeFileSync(file, r.pdf)
    rendered.set(name, { file, ...r })
  }
}, 180_000)
afterAll(async () => {
  await renderer?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the word hyphenator', () => {
  it('breaks English words by the English patterns, keeping two letters before and three after', () => {
    const en = wordHyphenator('en')!
    expect(shown(en('hyphenation'))).toBe('hy-phen-ation')
    expect(shown(en('responsibilities'))).toBe('re-spon-si-bil-i-ties')
    // the case of the letters is kept
    expect(shown(en('Administration'))).toBe('Ad-min-is-tra-tion')
    for (const w of ['establishment', 'cooperative', 'extraordinary', 'philosophical']) {
      const parts = en(w).split(SOFT_HYPHEN)
      expect(parts.length, w).toBeGreaterThan(1)
      expect(parts[0].length, w).toBeGreaterThanOrEqual(2)
      expect(parts.at(-1)!.length, w).toBeGreaterThanOrEqual(3)
      expect(parts.join('')).toBe(w)
    }
  })

  it('chooses the patterns by the language tag, falling back to the primary language', () => {
    expect(shown(wordHyphenator('de')!('Gegenseitigkeit'))).toBe('Ge-gen-sei-tig-keit')
    expect(shown(wordHyphenator('de-AT')!('Gegenseitigkeit'))).toBe('Ge-gen-sei-tig-keit')
    expect(shown(wordHyphenator('fr')!('révolutionnaire'))).toBe('ré-vo-lu-tion-naire')
    expect(wordHyphenator('en-GB')).toBeDefined()
    expect(wordHyphenator('EN')).toBeDefined()
  })

  it('has nothing for a language without patterns or a tag that is not one', () => {
    expect(wordHyphenator('eo')).toBeUndefined()
    expect(wordHyphenator('../../package')).toBeUndefined()
    expect(wordHyphenator('')).toBeUndefined()
  })

  it('hyphenates the words collected in a page, by language, and names the languages it cannot', () => {
    const r = hyphenateWords({ en: ['establishment', 'house', 'state'], eo: ['administrado'] })
    expect(Object.keys(r.words.en).map((w) => shown(r.words.en[w]))).toEqual(['es-tab-lish-ment'])
    expect(r.unavailable).toEqual(['eo'])
  })
})

describe('the page pass', () => {
  let browser: Browser
  beforeAll(async () => { browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true }) }, 60_000)
  afterAll(async () => { await browser?.close() })

  /** Runs the page pass on `body` and returns the text of each element with an id. */
  async function pass(body: string): Promise<{ texts: Record<string, string>; asked: Record<string, string[]> }> {
    const page = await browser.newPage()
    const asked: Record<string, string[]> = {}
    await page.exposeFunction('lectioHyphenateWords', (byLanguage: Record<string, string[]>) => {
      Object.assign(asked, byLanguage)
      return hyphenateWords(byLanguage)
    })
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><script>${HYPHENATE_PAGE}</script></head><body>${body}</body></html>`)
    await page.evaluate('window.__lectioHyphenate()')
    const texts = await page.evaluate(`Object.fromEntries([...document.querySelectorAll('[id]')].map((e) => [e.id, e.textContent]))`) as Record<string, string>
    await page.close()
    return { texts, asked }
  }

  it('puts soft hyphens into the long words of running text and footnotes, by their language', async () => {
    const { texts, asked } = await pass(`<section class="document" lang="en">
      <p id="p">The establishment of cooperative associations <span class="footnote" id="note">Correspondence preserved.</span>
      with a <span class="foreign" lang="de" id="de">Genossenschaftsversammlung</span> at the end.</p></section>`)
    expect(shown(texts.p)).toContain('es-tab-lish-ment of co-op-er-a-tive as-so-ci-a-tions')
    expect(shown(texts.note)).toBe('Cor-re-spon-dence pre-served.')
    expect(shown(texts.de)).toBe('Ge-nos-sen-schafts-ver-samm-lung')
    expect(asked.de).toEqual(['Genossenschaftsversammlung'])
    // short words are not even asked for
    expect(asked.en).not.toContain('with')
  })

  it('leaves headings, running heads, names, small capitals, code, URLs, numbers and acronyms alone', async () => {
    const { texts } = await pass(`<section class="document" lang="en">
      <p class="running-doc" id="running">Administrative Considerations</p>
      <h1 class="document-title" id="title">Administrative Considerations</h1>
      <p class="document-source" id="source">Representative Correspondence</p>
      <h2 class="section-head" id="head">Administrative Considerations</h2>
      <p id="body">Considerations about <span class="entity" id="name">Konstantinopolskaya</span> and
        <code id="code">administration</code>, see https://example.org/administration/considerations
        or www.administration.example, the UNESCO body, 12administration, and <span class="hi" style="font-variant: small-caps" id="sc">Administration</span>.</p>
      <pre id="pre">considerations administration</pre>
      <div class="closer"><p class="signed" id="signed">Konstantin Administrator</p></div>
      <nav class="toc"><a href="#x" id="toc">Administrative Considerations</a></nav>
      <section class="index"><span class="index-name" id="index">Administration, Considerations</span></section>
    </section>`)
    for (const id of ['running', 'title', 'source', 'head', 'name', 'code', 'pre', 'signed', 'toc', 'index', 'sc']) {
      expect(texts[id], id).not.toContain(SOFT_HYPHEN)
    }
    // in the paragraph only the first word is broken
    expect(shown(texts.body)).toMatch(/^Con-sid-er-a-tions about/)
    expect(texts.body.split(SOFT_HYPHEN).length - 1).toBe(4)
    expect(texts.body).toContain('https://example.org/administration/considerations')
    expect(texts.body).toContain('www.administration.example')
    expect(texts.body).toContain('12administration')
  })

  it('keeps a word cut by markup whole, and does not touch a text that has its own soft hyphens', async () => {
    const { texts } = await pass(`<p lang="en" id="p"><em>Administ</em>rations and <span id="own">ad${SOFT_HYPHEN}ministration considerations</span></p>`)
    expect(texts.p.startsWith('Administrations and')).toBe(true)
    expect(texts.own).toBe(`ad${SOFT_HYPHEN}ministration considerations`)
  })

  it('keeps a word cut by a source page break whole, and breaks words of scripts without capitals', async () => {
    const hindi = 'विश्वविद्यालय'
    expect(wordHyphenator('hi')!(hindi)).toContain(SOFT_HYPHEN)
    const { texts } = await pass(`<p lang="en" id="p">the distri<span class="pb"><span class="pb-mark">|</span><span class="pb-margin">[page 4]</span></span>bution of administrative</p>
      <p lang="hi" id="hi">${hindi}</p>`)
    expect(shown(texts.p)).toBe('the distri|[page 4]bution of ad-min-is-tra-tive')
    expect(texts.hi).toBe(wordHyphenator('hi')!(hindi))
  })

  it('hyphenates nothing in a language without patterns, and says which', async () => {
    const page = await browser.newPage()
    let unavailable: string[] = []
    await page.exposeFunction('lectioHyphenateWords', (byLanguage: Record<string, string[]>) => {
      const r = hyphenateWords(byLanguage)
      unavailable = r.unavailable
      return r
    })
    await page.setContent(`<html lang="eo"><head><script>${HYPHENATE_PAGE}</script></head><body><p id="p">administrado konsiderinda</p></body></html>`)
    await page.evaluate('window.__lectioHyphenate()')
    expect(await page.evaluate(`document.getElementById('p').textContent`)).toBe('administrado konsiderinda')
    expect(unavailable).toEqual(['eo'])
    await page.close()
  })
})

describe('hyphenated PDFs', () => {
  it('breaks English words at line ends where the source has no hyphen, at breaks the English patterns allow', () => {
    const words = sourceWords(english)
    const broken = brokenWords(rendered.get('english')!.file)
    expect(broken.length).toBeGreaterThanOrEqual(5)
    const en = wordHyphenator('en')!
    for (const b of broken) {
      const word = b.before + b.after
      expect(words.has(word), `${b.before}-${b.after} is one word of the source`).toBe(true)
      expect(english).not.toContain(`${b.before}-${b.after}`)
      expect(b.before.length, b.line).toBeGreaterThanOrEqual(2)
      expect(b.after.length, b.line).toBeGreaterThanOrEqual(3)
      expect(en(word).split(SOFT_HYPHEN).reduce<number[]>((at, p) => [...at, (at.at(-1) ?? 0) + p.length], []), word).toContain(b.before.length)
    }
    // one of them across two pages: Paged.js ends the page after the hyphen, where the line broke
    expect(broken.filter((b) => b.pageEnd).length).toBeGreaterThanOrEqual(1)
    expect(rendered.get('english')!.diagnostics.filter((d) => d.code === 'print-hyphenation-unavailable')).toEqual([])
  })

  it('breaks German words by the German patterns, where English ones would not', () => {
    const words = sourceWords(german)
    const broken = brokenWords(rendered.get('german')!.file)
    expect(broken.length).toBeGreaterThanOrEqual(3)
    const breaksOf = (hyphenated: string) => hyphenated.split(SOFT_HYPHEN).slice(0, -1).reduce<number[]>((at, p) => [...at, (at.at(-1) ?? 0) + p.length], [])
    let notEnglish = 0
    for (const b of broken) {
      const word = b.before + b.after
      expect(words.has(word), `${b.before}-${b.after}`).toBe(true)
      expect(breaksOf(wordHyphenator('de')!(word)), word).toContain(b.before.length)
      if (!breaksOf(wordHyphenator('en')!(word)).includes(b.before.length)) notEnglish++
    }
    expect(notEnglish).toBeGreaterThan(0)
  })

  it('does not hyphenate headings, and leaves no soft hyphen in the text a reader copies or searches', () => {
    for (const [name, xml] of [['english', english], ['german', german]] as const) {
      const file = rendered.get(name)!.file
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      expect(text, name).not.toContain(SOFT_HYPHEN)
      // the heading (on the page after the contents) wraps, but only between words
      const head = /<head>([^<]+)<\/head>/.exec(xml)![1]
      const pages = pagesOf(file)
      expect(pages.slice(2).some((p) => p.replace(/\s+/g, ' ').includes(head)), name).toBe(true)
      // every word of the text is found whole once line-end hyphens are undone
      const joined = bodyLines(file).flat().join('\n').replace(/(\p{L})-\n\s*/gu, '$1')
      for (const w of sourceWords(xml.slice(xml.indexOf('<body>')))) if (w.length >= 6) expect(joined, w).toContain(w)
    }
  })

  it('leaves a language without patterns unhyphenated and warns once, at the document', () => {
    const { file, diagnostics } = rendered.get('esperanto')!
    expect(brokenWords(file)).toEqual([])
    const warnings = diagnostics.filter((d) => d.code === 'print-hyphenation-unavailable')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'test/esperanto.xml', line: 1, column: 1 })
    expect(warnings[0].message).toContain('"eo"')
  })

  it('warns once for an edition whose documents are all in that language', async () => {
    const edition: EditionConfig = {
      id: 'hyph', title: 'Hyphenation Test Edition', version: '1', language: 'eo', publisher: 'Lectio Test Press',
      date: '2024-05-01', licence: { name: 'CC BY 4.0' }, editors: [{ name: 'Ada Fixture' }], sources: [],
    }
    const second = esperanto.replace('xml:id="hyph-eo"', 'xml:id="hyph-eo-2"')
    const r = await renderer.renderEdition({ edition, registers: emptyRegisters(), documents: [{ id: 'one', teiXml: esperanto }, { id: 'two', teiXml: second }] })
    expect([...r.files.keys()]).toEqual(['one.pdf', 'two.pdf', 'hyph.pdf'])
    const warnings = r.diagnostics.filter((d) => d.code === 'print-hyphenation-unavailable')
    expect(warnings.map((d) => d.file)).toEqual(['one.xml'])
  }, 120_000)

  it('is byte-identical when rendered twice', async () => {
    const again = await renderer.renderDocument(english, 'test/english.xml', { paper: 'A5' })
    expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(rendered.get('english')!.pdf))).toBe(0)
  }, 60_000)

  it('keeps its pages as PNG to look at', () => {
    const artifacts = resolve('test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '3', '-l', '3', rendered.get('english')!.file, join(artifacts, 'hyphenation-english-page')])
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '3', '-l', '3', rendered.get('german')!.file, join(artifacts, 'hyphenation-german-page')])
  })
})
