import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { IMPORT_PASSES } from '../../../src/import/passes.js'

describe('the list of import passes', () => {
  it('names each pass after its module, once', () => {
    const names = IMPORT_PASSES.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of names) expect(existsSync(`src/import/${n}.ts`), n).toBe(true)
  })

  it('has a unit test file for every pass', () => {
    for (const n of IMPORT_PASSES.map((p) => p.name)) expect(existsSync(`test/import/passes/${n.replace('/', '-')}.test.ts`), n).toBe(true)
  })
})
