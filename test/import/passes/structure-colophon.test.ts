import { describe, expect, it } from 'vitest'
import { blockStarts, draftAfter } from './draft-after.js'

describe('structure/colophon', () => {
  it('takes the colophon lines out of the text, records them as removed, and finds the title block', () => {
    const d = draftAfter('structure/colophon', [
      'THE MILL', '', 'Source: a parish magazine, 1901', '', 'The mill stood at the lower end of the village, where the brook was dammed.',
    ])
    expect(d.colophon.map((l) => l.text)).toEqual(['Source: a parish magazine, 1901'])
    expect(blockStarts(d)).toEqual(['THE MILL', 'The mill stood at the lower end of the village, where the brook was dammed.'])
    expect(d.removed).toEqual([{ offset: 10, text: 'Source: a parish magazine, 1901', reason: 'colophon (moved to the header)' }])
    expect(d.normalisations.has('colophon-to-header')).toBe(true)
    expect(d.titleEnd).toBe(1)
  })

  it('the title block ends at a salutation', () => {
    const d = draftAfter('structure/colophon', ['Letter II', '', 'Dear Anna,', '', 'The weather is fine here and the mill is working again.'])
    expect(d.titleEnd).toBe(1)
    expect(d.colophon).toEqual([])
  })
})
