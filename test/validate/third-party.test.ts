/**
 * TEI from other projects, written by hand in their conventions (test/fixtures/validate/
 * third-party/): valid files pass, with warnings at most; jing agrees where it is installed;
 * given registers, pointers into them are checked however they are written.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { loadRegisters } from '../../src/core/registers.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'

const dir = 'test/fixtures/validate/third-party'
const letters = readdirSync(join(dir, 'letters')).filter((f) => f.endsWith('.xml')).sort()
const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0
let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)

const check = (file: string, xml = readFileSync(join(dir, 'letters', file), 'utf8'), options = {}) =>
  validator.validate(xml, file, { base: resolve(dir, 'letters', file), ...options })

describe('third-party TEI', () => {
  it('holds letters with pointers to a personography, prefixes, internal entities and an external DTD', () => {
    expect(letters).toEqual(['L0042.xml', 'L0043.xml', 'external-dtd.xml', 'older-entities.xml'])
  })

  for (const file of letters) {
    it(`${file} is valid (warnings allowed)`, () => {
      const errors = check(file).filter((d) => d.severity === 'error')
      expect(errors.map(formatDiagnostic)).toEqual([])
    })
  }

  // jing would fetch the external DTD (tei_all.dtd beside the file, which does not exist): that file is ours alone
  it.runIf(hasJing)('jing finds them valid too (live run)', () => {
    const files = letters.filter((f) => f !== 'external-dtd.xml').map((f) => join(dir, 'letters', f))
    const r = spawnSync('jing', ['schema/tei_all.rng', ...files], { encoding: 'utf8' })
    expect(r.stdout).toBe('')
    expect(r.status).toBe(0)
  })

  it('with the registers, pointers by path, by prefix and by #id are checked', () => {
    const { registers } = loadRegisters([join(dir, 'register/persons.xml'), join(dir, 'register/places.xml')])
    const registerFiles = new Map([
      [resolve(dir, 'register/persons.xml'), new Set(registers.persons.map((e) => e.id))],
      [resolve(dir, 'register/places.xml'), new Set(registers.places.map((e) => e.id))],
    ])
    const xml = readFileSync(join(dir, 'letters/L0042.xml'), 'utf8')
    const broken = xml.replace('persons.xml#p001', 'persons.xml#p404').replace('ref="pers:p003"', 'ref="pers:p099"').replace('ref="place:pl02">Sintra</placeName>,', 'ref="place:pl77">Sintra</placeName>,')
    expect(check('L0042.xml', broken, { registers, registerFiles }).filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'L0042.xml:30:21: error: [ref-unresolved] @ref="../register/persons.xml#p404" points to no entry of the register it names',
      'L0042.xml:47:32: error: [ref-unresolved] @ref="place:pl77" points to no entry of the register it names',
      'L0042.xml:51:21: error: [ref-unresolved] @ref="pers:p099" points to no entry of the register it names',
      'L0042.xml:52:35: error: [ref-unresolved] @ref="#lisbon" points to no xml:id in the document or the registers',
    ])
  })
})
