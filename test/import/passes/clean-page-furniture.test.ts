import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

describe('clean/page-furniture', () => {
  it('removes a running head with its page number and marks the page change after the block before it', () => {
    const d = draftAfter('clean/page-furniture', [
      'The Mill Pond', '',
      'The mill stood at the lower end of the village, where the brook was dammed.', '',
      'THE MILL POND', '', '2', '',
      'In winter the men cut ice from the pond for the dairy of the manor house.', '',
      'THE MILL POND', '', '3', '',
      'The ice was stored in a cellar under the old barn until the summer came.',
    ])
    expect([...d.furniture.removed].sort()).toEqual([2, 3, 5, 6])
    expect([...d.furniture.pageBreakAfter]).toEqual([[1, '2'], [4, '3']])
    expect(d.removed.map((r) => `${r.reason}: ${r.text}`).sort()).toEqual(['page furniture: 2', 'page furniture: 3', 'page furniture: THE MILL POND', 'page furniture: THE MILL POND'])
    expect(d.normalisations.has('page-furniture-removed')).toBe(true)
  })
})
