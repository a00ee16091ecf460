/**
 * The HTML reading edition: one page per document (xslt/tei-to-html.xsl), the edition pages from
 * one transform over a teiCorpus of all documents (xslt/tei-to-site.xsl), apparatus pages for
 * collated works, and the assets (CSS, a small script for note pop-ups, the EB Garamond font).
 * TypeScript only orchestrates; the stylesheets do the rendering.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { EditionConfig } from '../../core/edition.js'
import type { Registers } from '../../core/registers.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { packageRoot } from '../../core/package-paths.js'
import { transformXml } from '../saxon.js'
import { titleOf } from './title-of.js'

export interface SiteDocument { id: string; teiXml: string; teiHref?: string; pdfHref?: string }
export interface SiteInput { edition: EditionConfig; registers: Registers; documents: SiteDocument[]; apparatus?: { workId: string; title: string; teiXml: string }[] }

const assetsDir = join(packageRoot, 'src', 'render', 'assets', 'html')
const fontDir = join(packageRoot, 'node_modules', '@fontsource', 'eb-garamond', 'files')

function editionParams(edition: EditionConfig): Record<string, unknown> {
  return {
    'edition-title': edition.title,
    'edition-language': edition.language,
    licence: edition.licence.name,
    'licence-url': edition.licence.url ?? '',
  }
}

/** The link to a page named by an id: the file is `<id>.html`, the href its URL-encoded form. */
const pageHref = (id: string) => `${encodeURIComponent(id)}.html`

/** Strips the XML declaration so documents can be embedded in a teiCorpus. */
const body = (xml: string) => xml.replace(/^<\?xml[^>]*\?>\s*/, '')

export function renderSite(input: SiteInput): { files: Map<string, string | Uint8Array>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string | Uint8Array>()
  const diagnostics: Diagnostic[] = []
  const base = editionParams(input.edition)
  const docs = input.documents
  docs.forEach((d, i) => {
    const prev = docs[i - 1]
    const next = docs[i + 1]
    const r = transformXml('tei-to-html', d.teiXml, `${d.id}.xml`, {
      ...base,
      'tei-href': d.teiHref ?? '', 'pdf-href': d.pdfHref ?? '',
      'prev-href': prev ? pageHref(prev.id) : '', 'prev-title': prev ? titleOf(prev.teiXml) : '',
      'next-href': next ? pageHref(next.id) : '', 'next-title': next ? titleOf(next.teiXml) : '',
    })
    diagnostics.push(...r.diagnostics)
    files.set(`${d.id}.html`, r.output)
  })
  for (const a of input.apparatus ?? []) {
    for (const view of ['reading', 'parallel'] as const) {
      const other = view === 'reading' ? 'parallel' : 'apparatus'
      const r = transformXml('tei-to-html', a.teiXml, `${a.workId}.apparatus.xml`, {
        ...base, view, 'tei-href': `../tei/${a.workId}.apparatus.xml`,
        'other-view-href': pageHref(`${a.workId}.${other}`), 'other-view-title': view === 'reading' ? 'witnesses side by side' : 'text with variants',
      })
      diagnostics.push(...r.diagnostics)
      files.set(`${a.workId}.${view === 'reading' ? 'apparatus' : 'parallel'}.html`, r.output)
    }
  }
  const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${docs.map((d) => body(d.teiXml)).join('\n')}</teiCorpus>`
  const e = input.edition
  const site = transformXml('tei-to-site', corpus, 'edition', {
    ...base,
    'edition-subtitle': e.subtitle ?? '',
    editors: e.editors.map((x) => x.name).join(', '),
    publisher: e.publisher,
    'edition-date': e.date,
    'edition-version': e.version,
    introduction: e.introduction ?? '',
    principles: e.editorialPrinciples ?? '',
    citation: e.citation ?? '',
    // one "id|title" line per work (the id URL-encoded, the title on one line)
    works: (input.apparatus ?? []).map((a) => `${encodeURIComponent(a.workId)}|${a.title.replace(/\s+/g, ' ')}`).join('\n'),
    pages: docs.map((d) => pageHref(d.id)),
  })
  diagnostics.push(...site.diagnostics)
  files.set('index.html', site.output)
  for (const [href, html] of site.documents) files.set(href, html)
  for (const f of readdirSync(assetsDir).sort()) files.set(`assets/${f}`, readFileSync(join(assetsDir, f)))
  for (const f of ['eb-garamond-latin-400-normal.woff2', 'eb-garamond-latin-400-italic.woff2', 'eb-garamond-latin-600-normal.woff2', 'eb-garamond-latin-ext-400-normal.woff2']) {
    files.set(`assets/fonts/${f}`, readFileSync(join(fontDir, f)))
  }
  return { files, diagnostics }
}

/** One self-contained page (inline CSS, no links to the site), for `lectio render --to html`. */
export function renderDocumentHtml(teiXml: string, file: string): { html: string; diagnostics: Diagnostic[] } {
  // the site's stylesheet without its @font-face rules: a single page has no font files beside it
  const css = readFileSync(join(assetsDir, 'edition.css'), 'utf8').replace(/@font-face\s*\{[^}]*\}\s*/g, '').replace(/<\//g, '<\\/')
  const r = transformXml('tei-to-html', teiXml, file, { standalone: true, 'inline-css': css, 'edition-title': titleOf(teiXml) || 'TEI document' })
  return { html: r.output, diagnostics: r.diagnostics }
}
