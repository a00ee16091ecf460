/**
 * An edition in another project's conventions: a TEI personography as register beside a JSON
 * one, pointers by a declared prefix (pers:p1) and to authority URIs, a correspDesc of the
 * project's own, and an older letter with internal entities in its DOCTYPE. It builds; the
 * published copies need no DTD support (entities expanded, no DOCTYPE); lectio link works on
 * the older file and keeps its DOCTYPE and entity references as they are.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, hashTree, lectio, tempDir, type RunResult } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/editions/tei-project'
const older = 'brief-1852-01-12'
let out: string
let run: RunResult

beforeAll(() => {
  out = join(tempDir(), 'dist')
  run = lectio(['build', fixture, '--no-pdf', '--out', out])
}, 120_000)

describe('an edition with a TEI personography and an older file with entities', () => {
  it('builds and publishes both letters', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/2 documents, 2 published: 0 errors/)
  })

  it('resolves pointers by prefix to the personography, and publishes its entries', () => {
    const copy = readFileSync(join(out, 'tei', 'brief-1850-10-03.xml'), 'utf8')
    expect(copy).toMatch(/<person xml:id="p3">\s*<persName type="main">Marie Ellwanger<\/persName>/)
    expect(copy).toMatch(/<place xml:id="weimar">/)
  })

  it('publishes the older file with its entities expanded and no DOCTYPE; the source keeps both', () => {
    const copy = readFileSync(join(out, 'tei', `${older}.xml`), 'utf8')
    expect(copy).not.toMatch(/<!DOCTYPE|&LV;|&ort;/)
    expect(copy).toContain('<title>Luise Voss an Heinrich Brandt, Weimar, 12. Januar 1852</title>')
    expect(copy).toMatch(/<correspAction type="sent"><persName ref="#p1">Luise Voss<\/persName><placeName ref="#weimar">Weimar<\/placeName>/)
    expect(readFileSync(join(fixture, 'sources', `${older}.xml`), 'utf8')).toMatch(/<!DOCTYPE TEI \[/)
    expect(readFileSync(join(out, 'html', `${older}.html`), 'utf8')).toMatch(/der Winter ist streng in Weimar/)
  })

  it('lets lectio link tag the older file, its DOCTYPE and entity references untouched', () => {
    const ed = copyEdition(fixture)
    const file = join(ed, 'sources', `${older}.xml`)
    const before = readFileSync(file, 'utf8')
    const r = lectio(['link', ed, older])
    expect(r.status, r.stderr).toBe(0)
    const after = readFileSync(file, 'utf8')
    expect(after).toContain('der Winter ist streng in &ort;, und <persName ref="#p3">Marie Ellwanger</persName> ist noch nicht zurück aus <placeName ref="#jena">Jena</placeName>.')
    expect(after.slice(0, after.indexOf('<TEI'))).toBe(before.slice(0, before.indexOf('<TEI')))
    expect(after).toContain('<salute>Lieber Herr <persName ref="#p2">Brandt</persName>,</salute>')
    const untagged = after.replace('<persName ref="#p2">Brandt</persName>', 'Brandt').replace('<persName ref="#p3">Marie Ellwanger</persName>', 'Marie Ellwanger').replace('<placeName ref="#jena">Jena</placeName>', 'Jena')
    expect(untagged).toBe(before)
    expect(hashTree(join(ed, 'registers'))).toEqual(hashTree(join(fixture, 'registers')))
  })

  it('lectio validate accepts the project\'s letter on its own, without the registers (warnings allowed)', () => {
    const v = lectio(['validate', join(fixture, 'sources', 'brief-1850-10-03.xml')])
    expect(v.status, v.stderr).toBe(0)
  })
})
