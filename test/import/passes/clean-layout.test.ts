import { describe, expect, it } from 'vitest'
import { blockStarts, draftAfter } from './draft-after.js'

describe('clean/layout', () => {
  it('makes a block of each run of lines between blank lines', () => {
    const d = draftAfter('clean/layout', ['First line', 'second line', '', 'Another block'])
    expect(blockStarts(d)).toEqual(['First line', 'Another block'])
    expect(d.blocks[0].lines.map((l) => l.text)).toEqual(['First line', 'second line'])
    expect(d.doubleSpaced).toBe(false)
  })

  it('reads a blank line after every line (PDF extraction) as one paragraph, and says so', () => {
    const line = 'a line of prose of some moderate length, as a PDF page has them'
    const d = draftAfter('clean/layout', [line, '', line, '', line, '', line + '.', '', '', line, '', line, '', line, '', line, '', line, '', line + '.'])
    expect(d.doubleSpaced).toBe(true)
    expect(d.blocks).toHaveLength(2)
    expect(d.normalisations.has('lines-unwrapped-double-spaced')).toBe(true)
  })
})
