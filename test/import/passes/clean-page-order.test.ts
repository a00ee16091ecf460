import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

// three pages of one paragraph each, the third printed second
const pages = [
  'The Mill', '',
  'The mill stood at the lower end of the village, where the brook',
  'was dammed to make a pond for the wheel, and the', '',
  'The ice was stored in a cellar under the old barn until the summer',
  'came round again and the dairy needed it once more.', '',
  'miller kept the registers of the parish in a chest in the loft of',
  'the mill house, where they stayed until the fire.',
]

describe('clean/page-order', () => {
  it('reports where the text breaks off mid-sentence', () => {
    const d = draftAfter('clean/page-order', pages)
    expect(d.diagnostics.map((x) => `${x.line}: ${x.code}`)).toEqual(['6: page-order-suspect', '9: page-order-suspect'])
  })

  it('puts the pages in the editor\'s order and notes where each moved page starts', () => {
    const d = draftAfter('clean/page-order', pages, { pageOrder: ['miller kept the registers', 'The ice was stored'] })
    expect(d.body.map((b) => b.index)).toEqual([1, 3, 2])
    expect([...d.pageStarts]).toEqual([3, 2])
    expect(d.normalisations.has('pages-reordered')).toBe(true)
    expect(d.diagnostics).toEqual([])
  })

  it('a page the order names that is not in the text is an error', () => {
    const d = draftAfter('clean/page-order', pages, { pageOrder: ['no such words'] })
    expect(d.diagnostics.map((x) => `${x.severity}: ${x.code}`)).toEqual(['error: page-order-unmatched'])
  })
})
