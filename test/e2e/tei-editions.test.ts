/**
 * End to end, editions whose sources are TEI files written in real projects' conventions
 * (letters with opener and closer in front/back, refs by prefix, a diplomatic transcription with
 * lb/choice/del/add/subst/unclear/gap and its printed witness, a TEI personography and a letter
 * with internal entities): built once each, with PDFs, every word of each document's text is on
 * its HTML page and in its PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { lectio, tempDir, type RunResult } from '../helpers/run-lectio.js'
import { pdfPages } from '../helpers/pdf-text.js'
import { readingText, words } from '../helpers/reading-words.js'

const editions = ['tei-letters', 'tei-diplomatic', 'tei-project']
const built: Record<string, { out: string; run: RunResult }> = {}

beforeAll(() => {
  for (const name of editions) {
    const out = join(tempDir(), 'dist')
    built[name] = { out, run: lectio(['build', join('test/fixtures/editions', name), '--out', out]) }
  }
}, 600_000)

/** The words a reader must find of a TEI document: its reading text and notes, by the rule the renderers keep (test/helpers/reading-words.ts). */
function readingWords(xml: string): string[] {
  const r = readingText(xml)
  return words([r.title, r.text, ...r.notes].join(' '), true)
}

/**
 * The words of an HTML page, markup read both as joining (a word split by inline markup or a
 * drawn line-end hyphen) and as separating (blocks): a word of the text must be in either.
 */
function pageWords(html: string): Set<string> {
  const body = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
  return new Set([...words(body.replace(/<[^>]+>/g, ''), true), ...words(body.replace(/<[^>]+>/g, ' '), true)])
}

describe.each(editions)('the %s edition', (name) => {
  const documents = () => readdirSync(join(built[name].out, 'tei')).filter((f) => f.endsWith('.xml') && !f.includes('.apparatus.')).map((f) => f.slice(0, -4))

  it('builds and publishes every source', () => {
    expect(built[name].run.status, built[name].run.stderr).toBe(0)
    expect(built[name].run.stderr).toMatch(/(\d+) documents, \1 published: 0 errors/)
  })

  it('has every word of each document on its HTML page', () => {
    for (const id of documents()) {
      const page = readFileSync(join(built[name].out, 'html', `${id}.html`), 'utf8')
      const shown = pageWords(page)
      const missing = readingWords(readFileSync(join(built[name].out, 'tei', `${id}.xml`), 'utf8')).filter((w) => !shown.has(w))
      expect(missing, `${name}/${id}.html`).toEqual([])
    }
  })

  it('has every word of each document in its PDF', () => {
    for (const id of documents()) {
      const text = pdfPages(join(built[name].out, 'pdf', `${id}.pdf`)).join('\n').replace(/-\s*\n\s*/g, '')
      const shown = new Set(words(text, true))
      const missing = readingWords(readFileSync(join(built[name].out, 'tei', `${id}.xml`), 'utf8')).filter((w) => !shown.has(w))
      expect(missing, `${name}/${id}.pdf`).toEqual([])
    }
  })
})
