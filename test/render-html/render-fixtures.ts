/** Renders the hand-made fixture edition (test/fixtures/render-html) with renderSite. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { EditionConfig } from '../../src/core/edition.js'
import { renderSite, type SiteInput } from '../../src/render/html/index.js'

export const fixtureDir = join(process.cwd(), 'test', 'fixtures', 'render-html')
export const fixture = (name: string) => readFileSync(join(fixtureDir, name), 'utf8')

/** Compiles stale stylesheets (a no-op when dist/sef is fresh, as after npm run build). */
export function compileStylesheets(): void {
  execFileSync(process.execPath, [join(process.cwd(), 'scripts', 'compile-xslt.mjs')], { stdio: 'pipe' })
}

export const fixtureEdition: EditionConfig = {
  id: 'fixture', title: 'A Test Edition', subtitle: 'Letters & essays', version: '1.2.0', language: 'en',
  publisher: 'Lectio tests', date: '2020-01-01',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  editors: [{ name: 'Ed One' }, { name: 'Ed Two' }],
  introduction: 'The first paragraph of the introduction.\n\nThe second <b>paragraph</b>.',
  editorialPrinciples: 'Spelling is kept; supplied text is in brackets.',
  citation: 'A Test Edition, ed. Ed One and Ed Two (2020).',
  sources: [],
}

export function fixtureSiteInput(): SiteInput {
  return {
    edition: fixtureEdition,
    registers: { persons: [], places: [], orgs: [] },
    documents: ['letters', 'essay'].map((id) => ({ id, teiXml: fixture(`${id}.xml`), teiHref: `../tei/${id}.xml`, pdfHref: `../pdf/${id}.pdf` })),
    apparatus: [{ workId: 'work', title: 'A Short Work', teiXml: fixture('apparatus.xml') }],
  }
}

/** Writes the rendered files under `dir` (as the build writes dist/html/). */
export function writeSite(files: Map<string, string | Uint8Array>, dir: string): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}
