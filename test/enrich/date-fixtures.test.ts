/**
 * Date fixtures: invented letters and diaries in English, German and French, hand-encoded TEI
 * without dates (test/fixtures/dates/<case>/input.xml, optional settings.json: edition.json's
 * "dates"), tagged → expected.xml and expected.diagnostics.txt, read and checked by hand.
 * UPDATE_GOLDEN=1 rewrites them; read every change. Each result is valid against tei_all and the
 * project rules (dates real, ranges ordered, @datingMethod resolved).
 */
import { describe, expect, it, beforeAll } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findFirst, textContent } from '../../src/core/tree.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'
import { tagDates } from '../../src/enrich/dates/tag-dates.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { expectGolden } from '../helpers/golden.js'

const root = join(import.meta.dirname, '../fixtures/dates')
let validator: TeiValidator

beforeAll(async () => { validator = await createTeiValidator() })

describe('date fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    it(name, () => {
      const { tree, source } = parseXml(readFileSync(join(dir, 'input.xml'), 'utf8'), `${name}/input.xml`)
      const settings = existsSync(join(dir, 'settings.json')) ? JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) : undefined
      const before = textContent(findFirst(tree, 'text')!)
      const result = tagDates({ id: name, source, tree }, { dates: settings })
      expect(textContent(findFirst(tree, 'text')!)).toBe(before)
      const xml = serializeTei(tree)
      expectGolden(join(dir, 'expected.xml'), xml)
      expectGolden(join(dir, 'expected.diagnostics.txt'), result.diagnostics.map(formatDiagnostic).join('\n') + '\n')
      // dates alone: no correspDesc yet (enrich writes it after them); everything else must hold
      const problems = validator.validate(xml, `${name}/expected.xml`).filter((d) => d.code !== 'corresp-desc-missing')
      expect(problems).toEqual([])
    })
  }
})
