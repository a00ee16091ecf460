import { describe, expect, it } from 'vitest'
import { loadRegisterData, loadRegisters, isXmlId } from '../../src/core/registers.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'
import { LectioError } from '../../src/core/errors.js'

const quirks = 'test/fixtures/registers/quirks.register.json'

describe('loadRegisters: registers as editors write them', () => {
  const { registers, diagnostics } = loadRegisters([quirks])
  const lines = diagnostics.map(formatDiagnostic)

  it('keeps every entry: a quirk never stops the import', () => {
    expect(registers.persons.map((p) => p.id)).toEqual(['person-2433', 'person-pellow', 'john-pellow', 'gaunt', 'gaunt-2', 'mother'])
    expect(registers.places.map((p) => p.id)).toEqual(['place-pellow', 'farm', 'wrexley'])
    expect(diagnostics.every((d) => d.severity !== 'error')).toBe(true)
  })

  it('gives an id that is not an XML name a per-kind prefix, and keeps the register\'s id', () => {
    expect(registers.persons[0]).toMatchObject({ id: 'person-2433', registerId: '2433', name: 'Eliza Thornbury' })
    expect(lines).toContain(`${quirks}:3:7: info: [register-id-mapped] id "2433" is not an XML name; the entry is written as xml:id "person-2433" (ref="#person-2433")`)
  })

  it('maps an id used for a person and a place to one id per kind', () => {
    expect(lines).toContain(`${quirks}:4:7: info: [register-id-mapped] id "pellow" names entries of more than one kind (persons, places); the entry is written as xml:id "person-pellow" (ref="#person-pellow")`)
    expect(lines).toContain(`${quirks}:11:7: info: [register-id-mapped] id "pellow" names entries of more than one kind (persons, places); the entry is written as xml:id "place-pellow" (ref="#place-pellow")`)
  })

  it('keeps a second entry with the same id apart, under a new id, and says how to fix it', () => {
    expect(registers.persons[4]).toMatchObject({ id: 'gaunt-2', registerId: 'gaunt', name: 'Hester Gaunt' })
    expect(lines).toContain(`${quirks}:7:7: warning: [register-id-duplicate] id "gaunt" is already used (${quirks}:6:7); this entry is kept apart as "gaunt-2" — give it its own id, or merge the two entries`)
  })

  it('leaves out a ref that is not an authority URI, with a warning, and keeps one that is', () => {
    expect(registers.persons[1].ref).toBeUndefined()
    expect(registers.persons[3].ref).toBe('https://www.wikidata.org/entity/Q4115189')
    expect(lines).toContain(`${quirks}:4:88: warning: [register-ref-not-uri] ref "#tp-17" of "person-pellow" is not an authority URI (http:// or https://); the entry is used without it`)
  })

  it('reports a form shared by two entries and keeps it on both', () => {
    expect(registers.persons[2].aliases).toEqual(['Mr Pellow'])
    expect(lines).toContain(`${quirks}:5:63: warning: [register-alias-shared] "Mr Pellow" names both "person-pellow" and "john-pellow": a mention is linked to the one a nearby fuller name points to (cert="medium"), else tagged without @ref`)
  })

  it('never gives a mapped id that another entry already has', () => {
    const text = JSON.stringify({ persons: [{ id: '7', name: 'A' }, { id: 'person-7', name: 'B' }] })
    const { registers: r } = loadRegisterData([{ text, shown: 'r.json' }])
    expect(r.persons.map((p) => p.id)).toEqual(['person-7-2', 'person-7'])
  })

  it('still refuses what cannot be read as a register, at its place', () => {
    const text = '{ "persons": [ { "id": "a", "aliases": ["A"] } ] }'
    try {
      loadRegisterData([{ text, shown: 'r.json' }])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(LectioError)
      expect((e as LectioError).diagnostics.map(formatDiagnostic)).toEqual(['r.json:1:16: error: [register-invalid] /persons/0: missing required property "name"'])
    }
  })
})

describe('isXmlId', () => {
  it('accepts XML names and refuses the rest', () => {
    for (const ok of ['a', '_x', 'p0475', 'müller', 'a.b-c_d']) expect(isXmlId(ok), ok).toBe(true)
    for (const bad of ['2433', '-a', 'a b', 'a:b', '', '#p1']) expect(isXmlId(bad), bad).toBe(false)
  })
})
