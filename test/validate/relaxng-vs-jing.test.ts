/**
 * Our in-process TEI validation must give jing's verdict (the reference RelaxNG validator) on every
 * file of the corpus. Where jing is installed it is run live; its recorded verdicts
 * (jing-verdicts.json, made with jing) are checked too, so the test means the same without it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'

const dir = 'test/fixtures/validate'
const recorded = JSON.parse(readFileSync(join(dir, 'jing-verdicts.json'), 'utf8')) as Record<string, 'valid' | 'invalid'>
const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0
let validator: TeiValidator

beforeAll(async () => {
  validator = await createTeiValidator()
}, 60_000)

describe('TEI P5 validation agrees with jing', () => {
  it('covers 30+ files, valid and invalid', () => {
    expect(Object.keys(recorded).length).toBeGreaterThanOrEqual(30)
    expect(Object.values(recorded).filter((v) => v === 'invalid').length).toBeGreaterThanOrEqual(15)
  })

  for (const [file, verdict] of Object.entries(recorded)) {
    it(`${file}: ${verdict}`, () => {
      const path = join(dir, file)
      const schemaErrors = validator.validate(readFileSync(path, 'utf8'), path).filter((d) => d.code === 'tei-schema' || d.code.startsWith('xml-'))
      expect(schemaErrors.length === 0 ? 'valid' : 'invalid', schemaErrors.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')).toBe(verdict)
      if (hasJing) {
        const live = spawnSync('jing', ['schema/tei_all.rng', path]).status === 0 ? 'valid' : 'invalid'
        expect(live).toBe(verdict)
      }
    })
  }

  it('locates a schema error at the offending tag', () => {
    const path = join(dir, 'invalid/unknown-element.xml')
    const [d] = validator.validate(readFileSync(path, 'utf8'), path)
    expect(d).toMatchObject({ code: 'tei-schema', severity: 'error', line: 12, column: 12 })
    expect(d.message).toMatch(/foo/)
  })
})
