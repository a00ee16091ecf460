/**
 * Fixture letters with a register → the expected TEI (hand-checked goldens in
 * test/fixtures/enrich/<case>/expected.xml, valid against tei_all).
 * Set UPDATE_GOLDEN=1 to rewrite a golden, then read it before keeping it (a missing golden fails).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findFirst, textContent } from '../../src/core/tree.js'
import type { Registers } from '../../src/core/registers.js'
import { enrichDocument } from '../../src/enrich/index.js'
import { expectGolden } from '../helpers/golden.js'

const root = join(import.meta.dirname, '../fixtures/enrich')

describe('enrich fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    it(name, () => {
      const { tree, source } = parseXml(readFileSync(join(dir, 'input.xml'), 'utf8'), `${name}/input.xml`)
      const reg = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as Partial<Registers>
      const registers: Registers = { persons: reg.persons ?? [], places: reg.places ?? [], orgs: reg.orgs ?? [] }
      const before = textContent(findFirst(tree, 'text')!)
      const result = enrichDocument({ id: name, source, tree }, { registers })
      expect(textContent(findFirst(result.doc.tree, 'text')!)).toBe(before)
      const xml = serializeTei(result.doc.tree)
      expectGolden(join(dir, 'expected.xml'), xml)
      expectGolden(join(dir, 'expected-report.json'), `${JSON.stringify(result.report, null, 2)}\n`)
    })
  }
})
