/**
 * The deposit package is a release step (`lectio deposit`, `lectio build --deposit`): a plain
 * build does not make it, keeps one made earlier while nothing it holds changed, and removes it
 * (saying so) once the site changed, so that a stale package never stands beside a newer site.
 */
import { describe, expect, it } from 'vitest'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, hashTree, lectio, tempDir } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/robustness/edition'
const zipOf = (ed: string) => join(ed, 'dist', 'deposit', 'robust-1.0.0.zip')

describe('the deposit as a release step', () => {
  it('a plain build makes no deposit; lectio deposit makes it from the build without rebuilding the documents', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    expect(existsSync(join(ed, 'dist', 'deposit'))).toBe(false)
    const site = hashTree(join(ed, 'dist', 'html'))
    const d = lectio(['deposit', ed, '--no-pdf'])
    expect(d.status, d.stderr).toBe(0)
    expect(d.stderr).toMatch(/2 documents unchanged, taken from the last build/)
    expect(d.stderr).toMatch(/deposit: robust-1\.0\.0\.zip \(\d+ ms\)/)
    expect(existsSync(zipOf(ed))).toBe(true)
    expect(hashTree(join(ed, 'dist', 'html'))).toEqual(site)
    // asked again with nothing changed, nothing is done
    expect(lectio(['deposit', ed, '--no-pdf']).stderr).toMatch(/nothing changed since the last build/)
  })

  it('the package made after incremental builds is byte-identical to one from a fresh build', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    appendFileSync(join(ed, 'sources', 'second.txt'), '\nA sentence added later by the editor.\n')
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    expect(lectio(['deposit', ed, '--no-pdf']).status).toBe(0)
    const fresh = join(tempDir(), 'dist')
    expect(lectio(['build', ed, '--no-pdf', '--deposit', '--out', fresh]).status).toBe(0)
    expect(readFileSync(zipOf(ed))).toEqual(readFileSync(join(fresh, 'deposit', 'robust-1.0.0.zip')))
  })

  it('a plain build keeps a current deposit, and removes it with a note once a published document changed', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf', '--deposit']).status).toBe(0)
    const zip = readFileSync(zipOf(ed))
    // the EPUB is not in the package: leaving it out changes nothing the deposit holds
    const noEpub = lectio(['build', ed, '--no-pdf', '--no-epub'])
    expect(noEpub.status).toBe(0)
    expect(noEpub.stderr).toMatch(/deposit: unchanged \(robust-1\.0\.0\.zip\)/)
    expect(readFileSync(zipOf(ed))).toEqual(zip)
    appendFileSync(join(ed, 'sources', 'first.txt'), '\nA late addition to the first text.\n')
    const changed = lectio(['build', ed, '--no-pdf'])
    expect(changed.status).toBe(0)
    expect(changed.stderr).toMatch(/deposit out of date: removed; run lectio deposit .* to make it again/)
    expect(existsSync(join(ed, 'dist', 'deposit'))).toBe(false)
  })

  it('a changed register makes the deposit out of date (the package holds the registers)', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf', '--deposit']).status).toBe(0)
    const file = join(ed, 'registers', 'registers.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '') + '\n\n')
    const r = lectio(['build', ed, '--no-pdf'])
    expect(r.status).toBe(0)
    expect(existsSync(zipOf(ed))).toBe(false)
  })

  it('lectio deposit with bad input: a located error, non-zero exit, and no package', () => {
    const ed = copyEdition(fixture)
    writeFileSync(join(ed, 'edition.json'), '{ "id": "robust", ')
    const r = lectio(['deposit', ed, '--no-pdf'])
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/edition\.json:\d+:\d+: error: /)
    expect(existsSync(join(ed, 'dist', 'deposit'))).toBe(false)
  })
})
