/**
 * XML Schema datatypes as jing checks them: every case of test/fixtures/relaxng/datatype-cases.mjs
 * must get jing's verdict (recorded in datatype-verdicts.json, re-checked live where jing is
 * installed), and so must thousands of values mutated from them (live only).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { allRows, casesFor, documentText, schemaText, TYPES } from '../fixtures/relaxng/datatype-cases.mjs'
import type { Schema } from '../../src/validate/relaxng/schema.js'
import { createDatatype, XSD_LIBRARY } from '../../src/validate/relaxng/datatypes/library.js'
import { hasJing, jingErrorLines, lectioErrorLines, schemaFromText } from './relaxng-helpers.js'

type Row = [string, string]
const recorded = JSON.parse(readFileSync('test/fixtures/relaxng/datatype-verdicts.json', 'utf8')) as Record<string, Record<string, string>>
let schema: Schema

beforeAll(async () => {
  schema = await schemaFromText(schemaText())
}, 60_000)

/** 'valid' or 'invalid' for each row, as Lectio's validator sees the document of all rows. */
function lectioVerdicts(rows: Row[]): string[] {
  const bad = new Set(lectioErrorLines(schema, documentText(rows)))
  return rows.map((_, i) => (bad.has(i + 2) ? 'invalid' : 'valid'))
}

function disagreements(rows: Row[], ours: string[], theirs: string[]): string[] {
  return rows.flatMap(([name, value], i) => (ours[i] === theirs[i] ? [] : [`${name} ${JSON.stringify(value)}: Lectio ${ours[i]}, jing ${theirs[i]}`]))
}

describe('XML Schema datatypes agree with jing', () => {
  it('on every recorded case (dates, numbers, names, URIs, tei_all\'s patterns)', () => {
    const rows = allRows() as Row[]
    expect(rows.length).toBeGreaterThan(1000)
    const theirs = rows.map(([name, value]) => recorded[name]?.[value] ?? 'unrecorded')
    expect(disagreements(rows, lectioVerdicts(rows), theirs)).toEqual([])
  })

  it('the cases have both verdicts for every type', () => {
    for (const [name] of TYPES) {
      const verdicts = new Set(casesFor(name).map((v: string) => recorded[name][v]))
      expect([...verdicts].sort(), name).toEqual(['invalid', 'valid'])
    }
  })

  it.runIf(hasJing)('the recorded verdicts are still jing\'s (live run)', () => {
    const rows = allRows() as Row[]
    const bad = new Set(jingErrorLines(schemaText(), [documentText(rows)])[0])
    const live = rows.map((_, i) => (bad.has(i + 2) ? 'invalid' : 'valid'))
    expect(disagreements(rows, live, rows.map(([n, v]) => recorded[n][v]))).toEqual([])
  })

  it.runIf(hasJing)('on values mutated from the cases (fuzzed, one jing run)', () => {
    const alphabet = [...'0123456789-:TZ+.PYMDHSeEINFa%#/?[]@\\_, ', 'é', '\u00a0', '\u200b', '\u0663', '\u{1F600}', '\u{1FAE0}', '\t']
    const edit = fc.tuple(fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom('insert', 'delete', 'replace'))
    const mutated = fc.tuple(fc.constantFrom(...(allRows() as Row[])), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([[name, value], edits]): Row => {
      let s = [...value]
      for (const [at, c, op] of edits) {
        const i = s.length ? at % (s.length + (op === 'insert' ? 1 : 0)) : 0
        if (op === 'insert') s.splice(i, 0, c)
        else if (s.length) s.splice(i, 1, ...(op === 'replace' ? [c] : []))
      }
      return [name, s.join('')]
    })
    const rows = fc.sample(mutated, { numRuns: 4000, seed: 17 })
    const bad = new Set(jingErrorLines(schemaText(), [documentText(rows)])[0])
    const theirs = rows.map((_, i) => (bad.has(i + 2) ? 'invalid' : 'valid'))
    expect(disagreements(rows, lectioVerdicts(rows), theirs)).toEqual([])
  }, 120_000)

  it('refuses, when the schema is compiled, what it does not implement', () => {
    expect(() => createDatatype(XSD_LIBRARY, 'QName', [])).toThrow(/not supported/)
    expect(() => createDatatype(XSD_LIBRARY, 'token', [['enumeration', 'a']])).toThrow(/not supported/)
    expect(() => createDatatype(XSD_LIBRARY, 'token', [['pattern', '\\p{IsBasicLatin}']])).toThrow(/unsupported property/)
    expect(() => createDatatype('http://example.org/types', 'x', [])).toThrow(/unsupported datatype library/)
  })
})
