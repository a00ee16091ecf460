/**
 * The EPUB is kept current by every build but remade only as far as needed (src/build/epub-step.ts):
 * carried over when no published document changed, its own pages (contents, indexes) reused when
 * every summary is as it was, and in every case byte-identical to the book of a fresh build.
 */
import { describe, expect, it } from 'vitest'
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { copyEdition, lectio, tempDir } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/robustness/edition'
const epubOf = (dist: string) => readFileSync(join(dist, 'epub', 'robust.epub'))
const freshEpub = (ed: string) => {
  const out = join(tempDir(), 'dist')
  expect(lectio(['build', ed, '--no-pdf', '--out', out]).status).toBe(0)
  return epubOf(out)
}

describe('the EPUB step of an incremental build', () => {
  it('carries the book over when no published document changed', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const book = epubOf(join(ed, 'dist'))
    // asking for the deposit reruns the build's steps with every document unchanged
    const again = lectio(['build', ed, '--no-pdf', '--deposit'])
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/epub: robust\.epub unchanged/)
    expect(epubOf(join(ed, 'dist'))).toEqual(book)
  })

  it('after a change to a document\'s text, the book is the one a fresh build makes', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    appendFileSync(join(ed, 'sources', 'second.txt'), '\nA sentence added later by the editor.\n')
    const r = lectio(['build', ed, '--no-pdf'])
    expect(r.status).toBe(0)
    expect(r.stderr).not.toMatch(/epub: robust\.epub unchanged/)
    const book = epubOf(join(ed, 'dist'))
    expect(execFileSync('unzip', ['-p', join(ed, 'dist', 'epub', 'robust.epub'), 'OEBPS/d-second.xhtml'], { encoding: 'utf8' })).toContain('added later by the editor')
    expect(book).toEqual(freshEpub(ed))
  })

  it('after a change that names a person, the index of persons is remade', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const persons = () => execFileSync('unzip', ['-p', join(ed, 'dist', 'epub', 'robust.epub'), 'OEBPS/persons.xhtml'], { encoding: 'utf8' })
    const before = persons()
    appendFileSync(join(ed, 'sources', 'second.txt'), '\nOn this bridge I met Marta Weiss again.\n')
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    expect(persons()).not.toEqual(before)
    expect(persons()).toMatch(/d-second\.xhtml/)
    expect(epubOf(join(ed, 'dist'))).toEqual(freshEpub(ed))
  })
})
