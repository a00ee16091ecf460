/**
 * Invariants of the importer for any input: the TEI is well-formed and valid against tei_all, and
 * every word of the input is in it (the fidelity check finds nothing).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createSourceFile } from '../../src/core/source-file.js'
import { decodeSource } from '../../src/core/read-source.js'
import { importText, checkFidelity } from '../../src/import/index.js'
import { enrichDocument } from '../../src/enrich/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { emptyRegisters } from '../../src/core/registers.js'

let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)

// text built from the pieces that trigger the importer's rules, plus arbitrary Unicode
const piece = fc.oneof(
  fc.constantFrom('Dear Anna,', 'Yours,', 'Boris', 'THE TITLE', '## Heading', '---', '*', '[1]', '<sup>2</sup>', '¹', '†', '[sic]', '[...]', '[word]', '[?]',
    '*italic*', '**bold**', '[a](https://x.org)', '&amp;', '<br>', 'revo-', 'lution', 'so-', 'called', '12', 'Page 3', 'P.S.', 'Geneva, 4 March 1920', 'in 1905', ':', '.', ',', '"', '—',
    '>', '    ', '— A source', 'the of', 'a the', 'of and', '12 March 1890', '...', 'he wrote:', 'I hope you', 'for the', 'Bolsheviks', 'II', 'IV.'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
)
const line = fc.array(piece, { minLength: 0, maxLength: 12 }).map((ps) => ps.join(' '))
const text = fc.array(line, { minLength: 1, maxLength: 25 }).map((ls) => ls.join('\n'))

describe('import invariants (property-based)', () => {
  it('any text gives well-formed, valid TEI that keeps every word', () => {
    fc.assert(fc.property(text, (t) => {
      let source
      try {
        source = decodeSource(new TextEncoder().encode(t), 'p.txt').source
      } catch {
        return // empty, binary or XML input is refused with a message (tested elsewhere)
      }
      const { doc } = importText(source, { id: 'p' })
      const { doc: enriched } = enrichDocument(doc, { registers: emptyRegisters() })
      expect(checkFidelity(enriched)).toEqual([])
      const xml = serializeTei(enriched.tree)
      const errors = validator.validate(xml, 'p.xml').filter((d) => d.severity === 'error')
      expect(errors.map((d) => `${d.line}:${d.column} ${d.message}`), xml).toEqual([])
    }), {
      numRuns: 200,
      // found by this property: a word broken at a line end, in the lines after a salutation or above it
      examples: [['Dear Anna,\n։\nrevo-\nő \n'], ['so-\nrevo-\nDear Anna,\n']],
    })
  })

  it('a text with a known structure keeps it under random line wrapping (property)', () => {
    const words = 'the river rises in the mountains and runs for a long way through forests and meadows before it reaches the plain where it slows down'.split(' ')
    fc.assert(fc.property(fc.integer({ min: 30, max: 90 }), (width) => {
      const lines: string[] = []
      let current = ''
      for (const w of [...words, ...words]) {
        if ((current + ' ' + w).trim().length > width) { lines.push(current); current = w } else current = (current + ' ' + w).trim()
      }
      lines.push(current + '.')
      const source = createSourceFile('w.txt', `A Title\n\n${lines.join('\n')}\n\nA second paragraph ends here.\n`)
      const xml = serializeTei(importText(source, { id: 'w' }).doc.tree)
      const body = /<body>[\s\S]*<\/body>/.exec(xml)![0]
      expect((body.match(/<p>/g) ?? []).length).toBe(2)
      expect(xml).toContain(`<p>${[...words, ...words].join(' ')}.</p>`)
    }), { numRuns: 60 })
  })
})
