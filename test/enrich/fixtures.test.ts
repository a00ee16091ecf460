/**
 * Fixture letters with a register → the expected TEI (hand-checked goldens in
 * test/fixtures/enrich/<case>/expected.xml, valid against tei_all).
 * Set LECTIO_UPDATE_GOLDEN=1 to rewrite a golden, then read it before keeping it.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findFirst, textContent } from '../../src/core/tree.js'
import type { Registers } from '../../src/core/registers.js'
import { enrichDocument } from '../../src/enrich/index.js'

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
      const golden = join(dir, 'expected.xml')
      if (process.env.LECTIO_UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, xml)
      expect(xml).toBe(readFileSync(golden, 'utf8'))
      const report = join(dir, 'expected-report.json')
      const json = `${JSON.stringify(result.report, null, 2)}\n`
      if (process.env.LECTIO_UPDATE_GOLDEN || !existsSync(report)) writeFileSync(report, json)
      expect(json).toBe(readFileSync(report, 'utf8'))
    })
  }
})
