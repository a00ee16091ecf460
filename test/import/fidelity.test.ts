/** The fidelity check: every source word in the TEI text, a word broken at a line end in either reading. */
import { describe, expect, it } from 'vitest'
import { checkFidelity } from '../../src/import/fidelity.js'
import { createSourceFile } from '../../src/core/source-file.js'
import { parseXml } from '../../src/core/xml/parse.js'

const source = createSourceFile('s.txt', 'the revo-\nlution came\n')
// the import joined "revo-⏎lution" (the hyphen at offset 8)
const doc = (text: string) => ({ id: 's', source, tree: parseXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>${text}</body></text></TEI>`, 's.xml').tree, hyphenJoins: [{ offset: 8, kept: false }] })

describe('checkFidelity', () => {
  it('finds a broken word joined, or kept in its two halves with the line break', () => {
    expect(checkFidelity(doc('<p>the revolution came</p>'))).toEqual([])
    expect(checkFidelity(doc('<p>the revo-<lb/>lution came</p>'))).toEqual([])
  })

  it('reports the word when a half of it is missing', () => {
    const lost = checkFidelity(doc('<p>the revo- came</p>'))
    expect(lost.map((d) => d.message)).toEqual(['the word "revolution" occurs 1 time in the source but 0 in the TEI text: a word was lost'])
  })
})
