/**
 * Crash safety, determinism and never losing an editor's work, on a small edition built without
 * PDFs (the PDF path has its own determinism test in the end-to-end suite).
 */
import { describe, expect, it } from 'vitest'
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, hashTree, lectio, startLectio, tempDir } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/robustness/edition'

describe('lectio build: determinism', () => {
  it('two builds of the same input are byte-identical (TEI, HTML, reports, deposit zip)', () => {
    const a = copyEdition(fixture)
    const out1 = join(tempDir(), 'dist')
    const out2 = join(tempDir(), 'dist')
    expect(lectio(['build', a, '--no-pdf', '--deposit', '--out', out1]).status).toBe(0)
    expect(lectio(['build', a, '--no-pdf', '--deposit', '--out', out2, '--force']).status).toBe(0)
    const h1 = hashTree(out1)
    const h2 = hashTree(out2)
    expect(Object.keys(h1)).toContain('deposit/robust-1.0.0.zip')
    expect(Object.keys(h1).some((k) => k.startsWith('html/'))).toBe(true)
    expect(h2).toEqual(h1)
  })
})

describe('lectio build: incremental', () => {
  it('a second build with nothing changed does nothing, and a changed source is rebuilt', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const before = hashTree(join(ed, 'dist'))
    const again = lectio(['build', ed, '--no-pdf'])
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/nothing changed since the last build/)
    expect(hashTree(join(ed, 'dist'))).toEqual(before)
    appendFileSync(join(ed, 'sources', 'second.txt'), '\nA sentence added later by the editor.\n')
    const third = lectio(['build', ed, '--no-pdf'])
    expect(third.status).toBe(0)
    expect(third.stderr).toMatch(/1 document unchanged, taken from the last build/)
    // the other document's page is kept; its neighbour changed only in content, not in title
    expect(third.stderr).toMatch(/html: 1 document pages unchanged/)
    expect(readFileSync(join(ed, 'dist', 'tei', 'second.xml'), 'utf8')).toMatch(/added later by the editor/)
    expect(readFileSync(join(ed, 'dist', 'html', 'second.html'), 'utf8')).toMatch(/added later by the editor/)
    // what the incremental build made is exactly what a full build makes
    const full = join(tempDir(), 'dist')
    expect(lectio(['build', ed, '--no-pdf', '--force', '--out', full]).status).toBe(0)
    expect(hashTree(join(ed, 'dist'))).toEqual(hashTree(full))
  })

  it('a changed title is carried into the neighbours\' previous/next links', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const config = JSON.parse(readFileSync(join(ed, 'edition.json'), 'utf8')) as { sources: { file: string; title?: string }[] }
    const second = config.sources.find((s) => s.file.endsWith('second.txt'))!
    second.title = 'A Title Changed by the Editor'
    writeFileSync(join(ed, 'edition.json'), JSON.stringify(config, null, 2))
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    expect(readFileSync(join(ed, 'dist', 'html', 'first.html'), 'utf8')).toContain('A Title Changed by the Editor')
  })
})

describe('lectio build: never lose an editor\'s work', () => {
  it('refuses to overwrite hand-edited TEI, writes the new version beside it, and --force overwrites', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const tei = join(ed, 'dist', 'tei', 'first.xml')
    const edited = readFileSync(tei, 'utf8').replace('</body>', '<p>An editor\'s paragraph.</p></body>')
    writeFileSync(tei, edited)
    const r = lectio(['build', ed, '--no-pdf'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/dist\/tei\/first\.xml:1:1: error: \[output-hand-edited\]/)
    expect(readFileSync(tei, 'utf8')).toBe(edited)
    expect(existsSync(join(ed, 'dist', 'tei', 'first.new.xml'))).toBe(true)
    expect(lectio(['build', ed, '--no-pdf', '--force']).status).toBe(0)
    expect(readFileSync(tei, 'utf8')).not.toMatch(/An editor's paragraph/)
  })

  it('lectio import -o refuses to overwrite a file it did not write', () => {
    const dir = tempDir()
    const out = join(dir, 'out.xml')
    writeFileSync(out, '<TEI>my own work</TEI>')
    const r = lectio(['import', join(fixture, 'sources', 'first.txt'), '-o', out])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/\[output-hand-edited\]/)
    expect(readFileSync(out, 'utf8')).toBe('<TEI>my own work</TEI>')
    expect(readFileSync(join(dir, 'out.new.xml'), 'utf8')).toMatch(/<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0"/)
    expect(lectio(['import', join(fixture, 'sources', 'first.txt'), '-o', out, '--force']).status).toBe(0)
    // once Lectio wrote it, rewriting the same output needs no --force
    expect(lectio(['import', join(fixture, 'sources', 'first.txt'), '-o', out]).status).toBe(0)
  })
})

describe('lectio build: crash safety', () => {
  it('a build killed at any moment leaves complete outputs (old or new), and the next build is correct', async () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const old = hashTree(join(ed, 'dist'))
    appendFileSync(join(ed, 'sources', 'first.txt'), '\nA late addition to the first text.\n')
    const fresh = join(tempDir(), 'dist')
    expect(lectio(['build', ed, '--no-pdf', '--out', fresh]).status).toBe(0)
    const next = hashTree(fresh)
    for (const delay of [50, 300, 700, 1200, 2000]) {
      const child = startLectio(['build', ed, '--no-pdf', '--force'])
      const exited = new Promise((r) => child.on('exit', r)) // listen before it can exit
      await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await exited
      // what is there is one whole build: the old one or the new one, never a mix, never half a file
      if (existsSync(join(ed, 'dist'))) {
        const now = hashTree(join(ed, 'dist'))
        expect([JSON.stringify(old), JSON.stringify(next)]).toContain(JSON.stringify(now))
      } else {
        expect(existsSync(join(ed, '.dist.old'))).toBe(true)
      }
    }
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    expect(hashTree(join(ed, 'dist'))).toEqual(next)
    expect(readdirSync(ed).filter((f) => f.startsWith('.dist'))).toEqual([])
  }, 120_000)
})
