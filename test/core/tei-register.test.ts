import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTeiRegister, isXmlRegister } from '../../src/core/tei-register.js'
import { loadRegisters } from '../../src/core/registers.js'
import { LectioError } from '../../src/core/errors.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'

const dir = 'test/fixtures/validate/registers'
const read = (file: string) => readTeiRegister(readFileSync(join(dir, file), 'utf8'), file)

function refusal(files: string[]): string[] {
  try {
    loadRegisters(files.map((f) => join(dir, f)), (f) => f.slice(dir.length + 1))
  } catch (e) {
    if (e instanceof LectioError) return e.diagnostics.map(formatDiagnostic)
    throw e
  }
  return expect.unreachable('the registers were accepted')
}

function warnings(files: string[]): string[] {
  return loadRegisters(files.map((f) => join(dir, f)), (f) => f.slice(dir.length + 1)).diagnostics.map(formatDiagnostic)
}

describe('TEI registers', () => {
  it('a listPerson: the main persName is the name, the other forms aliases; parts, dates, authority, note', () => {
    const { registers, errors } = read('persons.xml')
    expect(errors).toEqual([])
    expect(registers.persons).toEqual([
      {
        id: 'p001', name: 'Harriet Blackwood', aliases: ['Hattie Blackwood', 'Harriet Ashcombe'], ref: 'https://d-nb.info/gnd/118500000',
        forename: 'Harriet', surname: 'Blackwood', birth: '1841-03-02', death: '1909', note: 'Correspondent of the Marlow circle; wrote as H. B.',
      },
      // an approximate date in words is no ISO date: the model keeps none
      { id: 'p002', name: 'Sir Edmund Thorne', ref: 'https://www.wikidata.org/entity/Q0000001', forename: 'Edmund', surname: 'Thorne' },
      // nested lists are read; a name link stays in the name
      { id: 'p003', name: 'Clara von Rietberg', ref: 'https://viaf.org/viaf/000000', forename: 'Clara', surname: 'Rietberg' },
      { id: 'g001', name: 'the Thursday Society' },
    ])
    expect(registers.places).toEqual([])
  })

  it('a whole TEI document with a personography in standOff: nested places, settlement, geo, idno; orgs', () => {
    const { registers, errors } = read('personography.xml')
    expect(errors).toEqual([])
    expect(registers.places).toEqual([
      { id: 'pl01', name: 'Portugal' },
      // a settlement names the place; the country beside it is context, not another name
      { id: 'pl02', name: 'Sintra', ref: 'https://www.geonames.org/0000001', geo: '38.80 -9.38' },
      { id: 'pl03', name: 'Lake Geneva', aliases: ['Lac Léman'] },
    ])
    expect(registers.orgs).toEqual([{ id: 'o01', name: 'Society for the Diffusion of Useful Knowledge', aliases: ['SDUK'] }])
    expect(registers.persons).toEqual([])
  })

  it('is told from JSON by its name or its first character', () => {
    expect(isXmlRegister('{"persons": []}', 'registers/persons.json')).toBe(false)
    expect(isXmlRegister('<listPerson/>', 'registers/persons')).toBe(true)
    expect(isXmlRegister('', 'registers/persons.xml')).toBe(true)
  })

  it('entries without an xml:id or a name, ill-formed XML and a file with no entries are located errors', () => {
    expect(refusal(['bad-entries.xml'])).toEqual([
      'bad-entries.xml:3:3: error: [register-invalid] <person> has no @xml:id: texts cannot point to it',
      'bad-entries.xml:4:3: error: [register-invalid] <person xml:id="p9"> has no name (<persName>, <name>)',
    ])
    expect(refusal(['ill-formed.xml'])).toEqual([
      'ill-formed.xml:3:34: error: [xml-not-well-formed] a "&" must start a reference (&name; or &#…;); write &amp; for an ampersand',
    ])
    expect(refusal(['no-entries.xml'])).toEqual([
      'no-entries.xml:1:1: error: [register-invalid] this TEI file holds no <person>, <place> or <org> (a register lists them in <listPerson>, <listPlace>, <listOrg>)',
    ])
  })

  it('loads beside JSON registers, with the same checks: a repeated id kept apart, a shared form reported', () => {
    const { registers } = loadRegisters([join(dir, 'persons.xml'), join(dir, 'personography.xml')])
    expect(registers.persons.map((e) => e.id)).toEqual(['p001', 'p002', 'p003', 'g001'])
    expect(registers.places.map((e) => e.id)).toEqual(['pl01', 'pl02', 'pl03'])
    // quirks are warnings located where they stand, the same for JSON and TEI (core/registers.ts)
    expect(warnings(['persons.xml', 'clash.json'])).toEqual([
      'clash.json:1:18: warning: [register-id-duplicate] id "p002" is already used (persons.xml:12:3); this entry is kept apart as "p002-2" — give it its own id, or merge the two entries',
      'clash.json:1:87: warning: [register-alias-shared] "Hattie Blackwood" names both "p001" and "p010": a mention is linked to the one a nearby fuller name points to (cert="medium"), else tagged without @ref',
    ])
    // and located in the TEI file when it comes second
    expect(warnings(['clash.json', 'persons.xml'])).toEqual([
      'persons.xml:5:5: warning: [register-alias-shared] "Hattie Blackwood" names both "p010" and "p001": a mention is linked to the one a nearby fuller name points to (cert="medium"), else tagged without @ref',
      'persons.xml:12:3: warning: [register-id-duplicate] id "p002" is already used (clash.json:1:18); this entry is kept apart as "p002-2" — give it its own id, or merge the two entries',
    ])
  })
})
