import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

const para = (n: number) => [`Paragraph ${n} of the account of the mill, which stood at the lower end of the`, 'village where the brook was dammed.']

describe('clean/page-starts', () => {
  it('a form feed starts a page: at the next block, or inside a block', () => {
    const text = [...para(1), '', para(2)[0] + '\f', para(2)[1], '', '\f' + para(3)[0], para(3)[1]]
    const formFeeds = [...text.join('\n').matchAll(/\f/g)].map((m) => m.index)
    const d = draftAfter('clean/page-starts', text.map((l) => l.replace('\f', ' ')), { formFeeds })
    expect(d.paged).toBe(true)
    expect([...d.pageStarts]).toEqual([2])
    expect(d.blocks[1].pageBreaksBefore).toEqual([4])
  })

  it('in a source that shows its pages, a gap two blank lines wider than usual starts a page', () => {
    const text = ['THE MILL', '', '', '', '', ...para(1), '', ...para(2), '', ...para(3), '', '', '', '', ...para(4), '', ...para(5), '', ...para(6)]
    const d = draftAfter('clean/page-starts', text, { pageOrder: ['Paragraph 1'] })
    expect([...d.pageStarts].sort()).toEqual([1, 4])
  })

  it('a source that shows no pages has no page starts, whatever its gaps', () => {
    const d = draftAfter('clean/page-starts', ['THE MILL', '', '', '', '', ...para(1), '', ...para(2)])
    expect(d.paged).toBe(false)
    expect([...d.pageStarts]).toEqual([])
  })
})
