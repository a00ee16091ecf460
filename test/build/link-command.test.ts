/**
 * `lectio link` on an edition's files: in place, atomic, with a backup; a dry run writes nothing;
 * a tag TEI does not allow where it would go is left out (the schema decides); line ends and a
 * BOM stay as the editor's XML editor wrote them; plain-text sources are not its business.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, lectio } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/editions/tei-letters'
const file = (ed: string) => join(ed, 'sources', 'ellery-1887-03-02.xml')

describe('lectio link', () => {
  it('--dry-run --diff shows the changes as a diff and writes nothing', () => {
    const ed = copyEdition(fixture)
    const before = readFileSync(file(ed), 'utf8')
    const r = lectio(['link', ed, 'ellery-1887-03-02', '--dry-run', '--diff'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('-        bring it at Easter. Falmouth was grey')
    expect(r.stdout).toContain('+        bring it at Easter. <placeName ref="#falmouth">Falmouth</placeName> was grey')
    expect(r.stderr).toMatch(/ellery-1887-03-02\.xml: would tag 4 names and add 1 @ref; nothing was written/)
    expect(readFileSync(file(ed), 'utf8')).toBe(before)
    expect(existsSync(`${file(ed)}.bak`)).toBe(false)
  })

  it('leaves out a tag the schema does not allow there, and keeps CRLF line ends and the BOM', () => {
    const ed = copyEdition(fixture)
    const original = readFileSync(file(ed), 'utf8')
      .replace('the night train.</p>', 'the night train; the word was <ident>Penzance</ident>.</p>')
      .replace(/\n/g, '\r\n')
    writeFileSync(file(ed), '\uFEFF' + original)
    const r = lectio(['link', ed, 'ellery-1887-03-02'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/warning: \[name-link-refused\] "Penzance" \(#penzance\) was not tagged: TEI does not allow <placeName> there/)
    const after = readFileSync(file(ed), 'utf8')
    expect(after.startsWith('\uFEFF')).toBe(true)
    expect(after).toContain('<ident>Penzance</ident>')
    expect(after).toContain('<placeName ref="#falmouth">Falmouth</placeName>')
    expect(after.split('\r\n')).toHaveLength(original.split('\r\n').length)
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(readFileSync(`${file(ed)}.bak`, 'utf8')).toBe('\uFEFF' + original)
    const v = lectio(['validate', '--register', join(ed, 'registers', 'persons.json'), file(ed)])
    expect(v.status, v.stderr).toBe(0)
  })

  it('refuses a plain-text source named on the command line, and a source it does not know', () => {
    const ed = copyEdition(fixture)
    const text = lectio(['link', ed, 'ellery-diary'])
    expect(text.status).toBe(1)
    expect(text.stderr).toMatch(/ellery-diary\.txt:1:1: error: \[link-source-not-tei\] "ellery-diary" is a plain-text source/)
    const unknown = lectio(['link', ed, 'nobody'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toMatch(/\[link-source-unknown\] no source "nobody"/)
  })
})
