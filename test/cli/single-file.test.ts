/** The single-file commands, as an editor without an edition uses them. */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lectio, tempDir } from '../helpers/run-lectio.js'

const letter = 'test/fixtures/robustness/edition/sources/first.txt'
const register = 'test/fixtures/robustness/edition/registers/registers.json'

describe('lectio import / validate / render / suggest / collate', () => {
  const dir = tempDir()
  const tei = join(dir, 'letter.xml')

  it('import with a register writes linked, valid TEI and reports what it did', () => {
    const r = lectio(['import', letter, '--register', register, '-o', tei])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^wrote .*letter\.xml: 0 errors/m)
    const xml = readFileSync(tei, 'utf8')
    expect(xml).toContain('<placeName ref="#geneva">Geneva</placeName>')
    expect(xml).toContain('<correspDesc>')
    expect(xml).toContain('<person xml:id="weiss">')
  })

  it('import without -o writes TEI to standard output', () => {
    const r = lectio(['import', letter])
    expect(r.status).toBe(0)
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"')).toBe(true)
  })

  it('validate accepts it, and --format json gives diagnostics for tools', () => {
    const ok = lectio(['validate', tei, '--register', register])
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stderr).toMatch(/1 file: valid/)
    const broken = join(dir, 'broken.xml')
    writeFileSync(broken, readFileSync(tei, 'utf8').replace('<correspDesc>', '<correspDesc><foo/>'))
    const r = lectio(['validate', broken, '--format', 'json'])
    expect(r.status).toBe(1)
    const ds = JSON.parse(r.stdout) as { code: string; line: number; severity: string }[]
    expect(ds.some((d) => d.code.startsWith('rng-') && d.severity === 'error' && d.line > 1)).toBe(true)
  })

  it('render --to html writes one self-contained page', () => {
    const out = join(dir, 'letter.html')
    const r = lectio(['render', tei, '--to', 'html', '-o', out])
    expect(r.status, r.stderr).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/<p class="dateline"[^>]*><span class="entity place"[^>]*>Geneva<\/span>/)
    expect(html).not.toMatch(/href="assets\//)
  })

  it('render --to pdf writes a PDF with the text', () => {
    const out = join(dir, 'letter.pdf')
    const r = lectio(['render', tei, '--to', 'pdf', '-o', out, '--paper', 'Letter'])
    expect(r.status, r.stderr).toBe(0)
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/Your letter of 2 March reached me/)
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
  })

  it('suggest lists names missing from the registers and writes a draft register', () => {
    const draft = join(dir, 'draft.json')
    const r = lectio(['suggest', 'test/fixtures/robustness/edition', '--write', draft])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/Arve/)
    expect(existsSync(draft)).toBe(true)
    const reg = JSON.parse(readFileSync(draft, 'utf8')) as { persons: { id: string; name: string }[] }
    expect(Object.keys(reg)).toEqual(['persons', 'places', 'orgs'])
  })

  it('collate aligns two plain-text witnesses into a valid apparatus', () => {
    const a = join(dir, 'a.txt')
    const b = join(dir, 'b.txt')
    writeFileSync(a, 'A Fable\n\nThe fox saw the grapes and wanted them.\n')
    writeFileSync(b, 'A Fable\n\nThe fox saw the sour grapes and wanted them badly.\n')
    const out = join(dir, 'app.xml')
    const r = lectio(['collate', a, b, '-o', out, '--sigla', 'P,Q'])
    expect(r.status, r.stderr).toBe(0)
    const xml = readFileSync(out, 'utf8')
    expect(xml).toContain('<app><lem wit="#P"/><rdg wit="#Q">sour</rdg></app>')
    expect(lectio(['validate', out]).status).toBe(0)
  })
})
