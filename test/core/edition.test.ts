import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { loadEdition } from '../../src/core/edition.js'
import { LectioError } from '../../src/core/errors.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'

const dir = (name: string) => join('test/fixtures/editions', name)

function errorsOf(name: string): string[] {
  try {
    loadEdition(dir(name))
  } catch (e) {
    expect(e).toBeInstanceOf(LectioError)
    return (e as LectioError).diagnostics.map(formatDiagnostic)
  }
  throw new Error(`${name} loaded without errors`)
}

describe('loadEdition', () => {
  it('loads a valid edition with its registers and default source ids', () => {
    const { edition } = loadEdition(dir('ok'))
    expect(edition.config.id).toBe('mini')
    expect(edition.config.sources[0]).toMatchObject({ id: 'letter', kind: 'letter' })
    expect(edition.registers.persons.map((p) => p.id)).toEqual(['anna'])
    expect(edition.registers.places[0].ref).toBe('https://www.wikidata.org/entity/Q90')
    expect(edition.display(edition.sourcePath(edition.config.sources[0]))).toBe('test/fixtures/editions/ok/sources/letter.txt')
  })

  it('locates malformed JSON', () => {
    expect(errorsOf('bad-json')).toEqual(['test/fixtures/editions/bad-json/edition.json:4:20: error: [edition-invalid] malformed JSON: property name expected'])
  })

  it('reports every schema problem at its line, with the JSON path', () => {
    const errs = errorsOf('bad-schema')
    expect(errs).toContain('test/fixtures/editions/bad-schema/edition.json:4:3: error: [edition-invalid] /version: does not have the expected form (^[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.-]+)?$)')
    expect(errs).toContain('test/fixtures/editions/bad-schema/edition.json:9:3: error: [edition-invalid] /editors: must NOT have fewer than 1 items')
    expect(errs).toContain('test/fixtures/editions/bad-schema/edition.json:10:56: error: [edition-invalid] /sources/0/colour: unknown property "colour"')
  })

  it('reports a register entry that breaks the schema at its key', () => {
    const f = 'test/fixtures/editions/bad-register/registers/persons.json'
    expect(errorsOf('bad-register').sort()).toEqual([
      `${f}:5:18: error: [register-invalid] /persons/2/nmae: unknown property "nmae"`,
      `${f}:5:5: error: [register-invalid] /persons/2: missing required property "name"`,
    ])
  })

  it('loads registers with a repeated id and a shared form, reporting both where they stand', () => {
    const f = 'test/fixtures/editions/register-quirks/registers/persons.json'
    const { edition, diagnostics } = loadEdition(dir('register-quirks'))
    expect(edition.registers.persons.map((p) => p.id)).toEqual(['anna', 'anna-2', 'hanna'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${f}:4:7: warning: [register-id-duplicate] id "anna" is already used (${f}:3:7); this entry is kept apart as "anna-2" — give it its own id, or merge the two entries`,
      `${f}:5:51: warning: [register-alias-shared] "ANNA" names both "anna" and "hanna": a mention is linked to the one a nearby fuller name points to (cert="medium"), else tagged without @ref`,
    ])
  })

  it('refuses paths outside the edition directory', () => {
    expect(errorsOf('bad-paths')).toEqual([
      'test/fixtures/editions/bad-paths/edition.json:10:17: error: [edition-path-outside] "../../../../package.json" points outside the edition directory',
    ])
  })

  it('says when a directory is not an edition', () => {
    expect(errorsOf('.')[0]).toMatch(/edition-missing\] no edition.json in test\/fixtures\/editions/)
  })
})
