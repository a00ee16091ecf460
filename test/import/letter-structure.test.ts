/**
 * Letters as editors encode them: each fixture with a reference.xml (a hand-made encoding of its
 * letter) is imported with the kind left to Lectio (auto) and scored part by part against it
 * (helpers/letter-structure.ts). English, German and French letters in the forms archival
 * transcriptions take: a salutation on the line after the dateline, datelines at the head or the
 * foot, headed paper, sign-offs over several lines, farewells ending the last paragraph, address
 * blocks, postscripts.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeSource } from '../../src/core/read-source.js'
import { importText } from '../../src/import/index.js'
import { parseXml } from '../../src/core/xml/parse.js'
import { findFirst } from '../../src/core/tree.js'
import { letterItems, scoreLetter } from './helpers/letter-structure.js'

// LETTER_DIR=DIR scores the letters of another folder in the same layout (DIR/<case>/input.txt, reference.xml)
const root = process.env.LETTER_DIR ?? 'test/fixtures/import'
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'reference.xml'))).sort()

function scored(name: string) {
  const { source } = decodeSource(readFileSync(join(root, name, 'input.txt')), 'input.txt')
  const { doc } = importText(source, { id: name })
  const body = findFirst(doc.tree, 'body')!
  const reference = findFirst(parseXml(readFileSync(join(root, name, 'reference.xml'), 'utf8'), 'reference.xml').tree, 'body')!
  return { ...scoreLetter(letterItems(reference), letterItems(body)), isLetter: body.children.some((c) => c.type === 'element' && c.attributes.type === 'letter') }
}

describe('letter structure against hand-made references (auto mode)', () => {
  const results = cases.map((name) => ({ name, ...scored(name) }))
  // LETTER_SCORES=1 prints the scores (the figures for a report)
  if (process.env.LETTER_SCORES) console.table(results)

  it.skipIf(!!process.env.LETTER_DIR)('has reference letters in English, German and French', () => {
    for (const lang of ['en', 'de', 'fr']) expect(cases.filter((c) => c.startsWith(`letter-${lang}-`)).length).toBeGreaterThanOrEqual(3)
  })

  for (const r of results) {
    it(`${r.name}: recognised as a letter, its parts where the reference has them`, () => {
      expect(r.isLetter).toBe(true)
      expect(r.structure).toBe(1)
      expect(r.content).toBe(1)
    })
  }
})
