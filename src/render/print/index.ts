/**
 * The print edition: XSLT (xslt/tei-to-print.xsl) makes print HTML with CSS Paged Media;
 * Paged.js paginates it in Debian's Chromium (footnotes at the foot of the page, running heads,
 * page references in the table of contents and the indexes), and Chromium prints the PDF.
 * One browser per process. PDFs are reproducible: Chromium's creation and modification dates are
 * replaced by the edition date (same length, so the cross-reference table stays valid). The
 * running text is hyphenated with soft hyphens before the layout (hyphenation.ts, hyphenate-page.ts).
 * A collated work is printed as a critical text with its apparatus keyed by line at the foot of
 * each page (`<work>.apparatus.pdf`; xslt/print/apparatus.xsl, apparatus-lines.ts), and as a
 * section of the edition volume.
 */
import { chromium, type Browser } from 'playwright-core'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { EditionConfig } from '../../core/edition.js'
import type { Registers } from '../../core/registers.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { LectioError } from '../../core/errors.js'
import { packageRoot, toolVersion } from '../../core/package-paths.js'
import { transformXml } from '../saxon.js'
import { pdfInfo } from './pdf-info.js'
import { CRITICAL_TEXT, lineNumbers as lineNumbersScript } from './line-numbers.js'
import { APPARATUS_LINES } from './apparatus-lines.js'
import { hyphenateWords } from './hyphenation.js'
import { HYPHENATE_PAGE, SETTLE_SOFT_HYPHENS } from './hyphenate-page.js'
import { INDEX_PAGES } from './index-pages.js'
import { mediaParams, type MediaContext } from '../media.js'
import { GENERIC_ELEMENT } from '../render-messages.js'

/** `sourcePath`: the document's file relative to the edition folder (`PrintInput.editionDir`), which its image URLs are relative to. */
export interface PrintDocument { id: string; teiXml: string; sourcePath?: string }
export interface PrintInput {
  edition: EditionConfig; registers: Registers; documents: PrintDocument[]; apparatus?: { workId: string; title: string; teiXml: string }[]
  /** The edition folder: figures that are images in it are printed (without it, none is). */
  editionDir?: string
}
export interface PdfRenderer {
  renderEdition(input: PrintInput, onProgress?: (message: string) => void): Promise<{ files: Map<string, Uint8Array>; diagnostics: Diagnostic[] }>
  renderDocument(teiXml: string, file: string, options?: { paper?: 'A4' | 'Letter' | 'A5'; lineNumbers?: boolean; date?: string }): Promise<{ pdf: Uint8Array; diagnostics: Diagnostic[] }>
  close(): Promise<void>
}

export const CHROMIUM = process.env.LECTIO_CHROMIUM ?? '/usr/bin/chromium'
const ORIGIN = 'http://lectio.print'
const RENUMBER_RANDOM_IDS = `(() => {
  const uuid = /-?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
  const renamed = new Map()
  let k = 0
  for (const e of document.querySelectorAll('[id]')) if (uuid.test(e.id)) { const id = e.id.replace(uuid, '') + '-n' + (++k); renamed.set(e.id, id); e.id = id }
  for (const a of document.querySelectorAll('a[href^="#"]')) { const t = a.getAttribute('href').slice(1); if (renamed.has(t)) a.setAttribute('href', '#' + renamed.get(t)) }
})()`
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
const fontDir = join(packageRoot, 'node_modules', '@fontsource', 'eb-garamond', 'files')
const FONTS = ['eb-garamond-latin-400-normal.woff2', 'eb-garamond-latin-400-italic.woff2', 'eb-garamond-latin-600-normal.woff2', 'eb-garamond-latin-ext-400-normal.woff2']

/** Fixes the dates Chromium stamps into the PDF (CreationDate, ModDate) to `date`, keeping lengths. */
export function fixPdfDates(pdf: Uint8Array, date: string): Uint8Array {
  const stamp = `D:${date.replace(/-/g, '').padEnd(8, '0')}000000`
  const text = Buffer.from(pdf).toString('latin1')
  const out = text.replace(/\/(CreationDate|ModDate) \(D:([0-9]{14})([^)]*)\)/g, (_, key: string, _d: string, tz: string) => `/${key} (${stamp}${tz.replace(/[0-9]/g, '0').replace(/[-+]/, '+')})`)
  return Buffer.from(out, 'latin1')
}

/**
 * The file a request of the print page is served from: the page, its stylesheet, fonts and
 * Paged.js from the work folder; `/media/<path>` (images, xslt/common/media.xsl) from the edition
 * folder, never outside it.
 */
function servedFile(pathname: string, work: string, mediaDir: string | undefined): string | undefined {
  const path = decodeURIComponent(pathname)
  if (path.startsWith('/media/')) {
    if (!mediaDir) return undefined
    const root = resolve(mediaDir)
    const file = resolve(root, path.slice('/media/'.length))
    return file.startsWith(root + sep) && existsSync(file) ? file : undefined
  }
  const file = join(work, path)
  return existsSync(file) ? file : undefined
}

/** What the HTML page of the same document reports already (the build renders both). */
const REPORTED_BY_THE_PAGE = new Set([GENERIC_ELEMENT, 'render-image-missing'])

function hyphenationUnavailable(lang: string, file: string): Diagnostic {
  return {
    code: 'print-hyphenation-unavailable', severity: 'warning', stage: 'render', file, line: 1, column: 1,
    message: `no hyphenation patterns for the language "${lang}": its text in the PDF is not hyphenated, so justified lines may be loose`,
  }
}

export async function createPdfRenderer(): Promise<PdfRenderer> {
  if (!existsSync(CHROMIUM)) {
    throw new LectioError({ code: 'chromium-missing', severity: 'error', stage: 'render', file: CHROMIUM, line: 1, column: 1, message: 'Chromium is needed for the PDF edition and is not installed: run `npm run setup` (or apt-get install chromium), or build with --no-pdf' })
  }
  let browser: Promise<Browser> | undefined
  const work = mkdtempSync(join(tmpdir(), 'lectio-print-'))
  mkdirSync(join(work, 'fonts'))
  for (const f of FONTS) copyFileSync(join(fontDir, f), join(work, 'fonts', f))
  copyFileSync(join(packageRoot, 'src', 'render', 'assets', 'print', 'print.css'), join(work, 'print.css'))
  const polyfill = readFileSync(join(packageRoot, 'node_modules', 'pagedjs', 'dist', 'paged.polyfill.js'), 'utf8')
  let n = 0

  /** The PDF, and the languages of running text that had no hyphenation patterns. */
  async function print(html: string, date: string, lineNumbers = false, mediaDir?: string): Promise<{ pdf: Uint8Array; unhyphenated: string[] }> {
    // pages may be printed side by side: they share the one browser, launched by the first
    browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
    const file = join(work, `doc-${n++}.html`)
    // Paged.js runs on load and tells us when the pages are laid out
    // ...but only once every font is loaded: a layout measured with a fallback font would differ
    // from run to run, and so would the PDF. Soft hyphens go into the text before the layout too
    // (Chromium has no hyphenation dictionaries of its own); where Paged.js breaks a word across
    // two pages it adds a hyphen of its own, the same hyphen-minus as Chromium's line-end hyphens
    const withPaged = html.replace('</head>', `<script>${HYPHENATE_PAGE}</script><script>window.PagedConfig = { auto: true, ` +
      'settings: { hyphenGlyph: "-" }, ' +
      // the indexes' page numbers are written in during the layout (index-pages.ts)
      `before: () => { ${INDEX_PAGES}; return Promise.all([Promise.all([...document.fonts].map((f) => f.load().catch(() => null))).then(() => document.fonts.ready), window.__lectioHyphenate()]) }, ` +
      'after: () => { window.__lectioPaged = true } }</script><script src="paged.polyfill.js"></script></head>')
    // Paged.js names footnotes with random UUIDs, which would become PDF link targets: number them

    writeFileSync(file, withPaged)
    if (!existsSync(join(work, 'paged.polyfill.js'))) writeFileSync(join(work, 'paged.polyfill.js'), polyfill)
    const page = await (await browser).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const unhyphenated = new Set<string>()
    await page.exposeFunction('lectioHyphenateWords', (byLanguage: Record<string, string[]>) => {
      const r = hyphenateWords(byLanguage)
      for (const lang of r.unavailable) unhyphenated.add(lang)
      return r
    })
    // the page, its stylesheet, fonts, Paged.js and images are served under a made-up origin:
    // Paged.js fetches stylesheets, which Chromium refuses for file:// pages; nothing leaves the
    // machine (every other request is aborted)
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      const local = url.origin === ORIGIN ? servedFile(url.pathname, work, mediaDir) : undefined
      if (local) await route.fulfill({ path: local })
      else await route.abort()
    })
    try {
      await page.goto(`${ORIGIN}/${file.slice(work.length + 1)}`, { waitUntil: 'load' })
      await page.waitForFunction('window.__lectioPaged === true', undefined, { timeout: 120_000 }).catch((e: Error) => {
        throw new Error(`pagination did not finish: ${errors.join('; ') || e.message}`)
      })
      await page.evaluate(SETTLE_SOFT_HYPHENS)
      await page.evaluate(RENUMBER_RANDOM_IDS)
      // an apparatus is keyed by line: its text is always numbered, and its entries get their lines
      const apparatus = await page.evaluate('!!document.querySelector(".app-note")') as boolean
      if (lineNumbers || apparatus) await page.evaluate(lineNumbersScript(lineNumbers ? undefined : CRITICAL_TEXT))
      if (apparatus) await page.evaluate(APPARATUS_LINES)
      // the metadata the print HTML carries in its head goes into the PDF's Info dictionary
      const meta = await page.evaluate(`(() => {
        const m = (n) => document.querySelector('meta[name="' + n + '"]')?.getAttribute('content') ?? ''
        return { title: document.title, author: m('author'), subject: m('description'), keywords: m('keywords') }
      })()`) as { title: string; author: string; subject: string; keywords: string }
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
      return { pdf: pdfInfo(fixPdfDates(pdf, date), { ...meta, creator: `Lectio ${toolVersion()}` }), unhyphenated: [...unhyphenated].sort() }
    } finally {
      await page.close()
      rmSync(file, { force: true })
    }
  }

  const params = (edition: EditionConfig | undefined, paper: string) => ({
    'edition-title': edition?.title ?? '',
    'edition-language': edition?.language ?? 'en',
    editors: edition?.editors.map((e) => e.name).join(', ') ?? '',
    publisher: edition?.publisher ?? '',
    licence: edition?.licence.name ?? '',
    'edition-date': edition?.date ?? '',
    paper,
  })

  return {
    async renderEdition(input, onProgress) {
      const files = new Map<string, Uint8Array>()
      const diagnostics: Diagnostic[] = []
      const paper = input.edition.print?.paper ?? 'A4'
      const lineNumbers = input.edition.print?.lineNumbers ?? false
      // the whole edition first: it is the longest, and the documents fill in beside it
      // the volume: the documents, then each collated work's critical text with its apparatus
      const volume = [...input.documents.map((d) => d.teiXml), ...(input.apparatus ?? []).map((a) => a.teiXml)]
      const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${volume.map((xml) => xml.replace(/^<\?xml[^>]*\?>\s*/, '')).join('\n')}</teiCorpus>`
      const media = (docs: PrintDocument[]): MediaContext | undefined => (input.editionDir ? { dir: input.editionDir, sourcePaths: docs.map((d) => d.sourcePath ?? `${d.id}.xml`) } : undefined)
      const jobs = [
        { name: `${input.edition.id}.pdf`, label: `${input.edition.id}.pdf (the whole edition)`, xml: corpus, file: 'edition', media: media(input.documents) },
        ...input.documents.map((d) => ({ name: `${d.id}.pdf`, label: `${d.id}.pdf`, xml: d.teiXml, file: `${d.id}.xml`, media: media([d]) })),
        // each collated work: its base text with the apparatus at the foot of the page
        ...(input.apparatus ?? []).map((a) => ({ name: `${a.workId}.apparatus.pdf`, label: `${a.workId}.apparatus.pdf (${a.title}, with its apparatus)`, xml: a.teiXml, file: `${a.workId}.apparatus.xml`, media: undefined })),
      ].map((j) => {
        const r = transformXml('tei-to-print', j.xml, j.file, { ...params(input.edition, paper), ...mediaParams(j.media, j.xml) })
        diagnostics.push(...r.diagnostics.filter((d) => !REPORTED_BY_THE_PAGE.has(d.code)))
        return { ...j, html: r.output }
      })
      // two pages at a time: Paged.js layout is single-threaded script, so a second tab uses a
      // second core; the results are the same as one at a time (each page is independent)
      const pdfs = new Map<string, { pdf: Uint8Array; unhyphenated: string[] }>()
      let next = 0
      const worker = async () => {
        for (let j = jobs[next++]; j; j = jobs[next++]) {
          pdfs.set(j.name, await print(j.html, input.edition.date, lineNumbers, j.media?.dir))
          onProgress?.(j.label)
        }
      }
      await Promise.all([worker(), worker()])
      // documents (and apparatus volumes) first, then the whole edition, whatever order they finished in
      const warned = new Set<string>()
      for (const j of [...jobs.slice(1), jobs[0]]) {
        const { pdf, unhyphenated } = pdfs.get(j.name)!
        files.set(j.name, pdf)
        // one warning per language, at the first document written in it
        for (const lang of unhyphenated) if (!warned.has(lang)) { warned.add(lang); diagnostics.push(hyphenationUnavailable(lang, j.file)) }
      }
      return { files, diagnostics }
    },
    async renderDocument(teiXml, file, options = {}) {
      // a single file's images are those of its folder
      const media = { dir: dirname(resolve(file)), sourcePaths: [basename(file)] }
      const r = transformXml('tei-to-print', teiXml, file, { ...params(undefined, options.paper ?? 'A4'), ...mediaParams(media, teiXml) })
      const date = /<publicationStmt>[\s\S]*?<date when="(\d{4}-\d\d-\d\d)"/.exec(teiXml)?.[1] ?? options.date ?? '2000-01-01'
      const { pdf, unhyphenated } = await print(r.output, date, options.lineNumbers ?? false, media.dir)
      return { pdf, diagnostics: [...r.diagnostics, ...unhyphenated.map((lang) => hyphenationUnavailable(lang, file))] }
    },
    async close() {
      const b = browser
      browser = undefined
      await (await b?.catch(() => undefined))?.close()
      rmSync(work, { recursive: true, force: true })
    },
  }
}
