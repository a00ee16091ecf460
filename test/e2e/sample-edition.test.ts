/**
 * End to end: the sample edition built from its sources into a temporary directory, with PDFs
 * and the deposit (as npm run setup builds it). Checks that every output exists, the TEI
 * validates (in-process, and with jing where installed),
 * the HTML holds the documents' text, the PDFs have pages with that text, and a second build is
 * byte-identical.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { hashTree, lectio, tempDir } from '../helpers/run-lectio.js'

const edition = 'editions/kropotkin'
const config = JSON.parse(readFileSync(join(edition, 'edition.json'), 'utf8')) as { id: string; version: string; sources: { file: string }[] }
const ids = config.sources.map((s) => s.file.replace(/^sources\//, '').replace(/\.txt$/, ''))
const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0

let out: string
let run: ReturnType<typeof lectio>

beforeAll(() => {
  out = join(tempDir(), 'dist')
  run = lectio(['build', edition, '--deposit', '--out', out]) // as npm run setup does
}, 300_000)

/** Words of a text, for comparing sources and outputs: letters and digits only, lower case. */
function words(s: string): string[] {
  return s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
}

describe('lectio build editions/kropotkin', () => {
  it('succeeds and reports a summary', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/4 documents, 4 published/)
  })

  it('writes TEI, HTML and PDF for every source, plus the edition PDF, reports and the deposit', () => {
    for (const id of ids) {
      expect(existsSync(join(out, 'tei', `${id}.xml`)), `tei/${id}.xml`).toBe(true)
      expect(existsSync(join(out, 'pdf', `${id}.pdf`)), `pdf/${id}.pdf`).toBe(true)
    }
    expect(existsSync(join(out, 'html', 'index.html'))).toBe(true)
    expect(existsSync(join(out, 'pdf', `${config.id}.pdf`))).toBe(true)
    expect(existsSync(join(out, 'deposit', `${config.id}-${config.version}.zip`))).toBe(true)
    expect(existsSync(join(out, 'reports', 'entities.json'))).toBe(true)
  })

  it('writes TEI that validates against tei_all (lectio validate, and jing where installed)', () => {
    const files = readdirSync(join(out, 'tei')).filter((f) => f.endsWith('.xml')).map((f) => join(out, 'tei', f))
    const v = lectio(['validate', ...files])
    expect(v.status, v.stderr).toBe(0)
    if (hasJing) execFileSync('jing', ['schema/tei_all.rng', ...files]) // throws with jing's messages when invalid
  })

  it('puts the documents\' text in the HTML pages', () => {
    const html = readdirSync(join(out, 'html'), { recursive: true }).map(String).filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(out, 'html', f), 'utf8').replace(/<[^>]+>/g, ' ')).join(' ')
    const htmlWords = new Set(words(html))
    for (const id of ids) {
      const tei = readFileSync(join(out, 'tei', `${id}.xml`), 'utf8')
      const body = /<text[\s>][\s\S]*<\/text>/.exec(tei)![0].replace(/<[^>]+>/g, ' ')
      const missing = words(body).filter((w) => !htmlWords.has(w))
      expect(missing.slice(0, 10), `${id}: words of the TEI text missing from the HTML`).toEqual([])
    }
  })

  it('makes PDFs with pages that hold the text', () => {
    for (const id of ids) {
      const pdf = join(out, 'pdf', `${id}.pdf`)
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
      expect(pages).toBeGreaterThan(0)
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      const tei = readFileSync(join(out, 'tei', `${id}.xml`), 'utf8')
      const firstP = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/.exec(/<body>[\s\S]*/.exec(tei)![0])![1].replace(/<[^>]+>/g, '')
      const sample = words(firstP).slice(0, 6).join(' ')
      expect(words(text.replace(/-\n/g, '')).join(' '), `${id}.pdf holds "${sample}"`).toContain(sample)
    }
  })

  it('gives byte-identical outputs when built again', () => {
    const again = join(tempDir(), 'dist')
    const r = lectio(['build', edition, '--deposit', '--out', again])
    expect(r.status, r.stderr).toBe(0)
    expect(hashTree(again)).toEqual(hashTree(out))
  }, 300_000)
})
