/** formatPageList: the page list of an index entry, from the pages its names are printed on. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatPageList } from '../../src/render/print/index-pages.js'

const text = (...pages: number[]) => pages.map((page) => ({ page, inNote: false }))
const note = (...pages: number[]) => pages.map((page) => ({ page, inNote: true }))

describe('formatPageList', () => {
  it('cites each page once, ascending, whatever order the names were found in', () => {
    expect(formatPageList(text(9, 3, 3, 5))).toBe('3, 5, 9')
  })
  it('joins consecutive pages into a range with an en dash', () => {
    expect(formatPageList(text(14, 15, 16, 18, 19, 21))).toBe('14–16, 18–19, 21')
  })
  it('marks a page where the name stands only in a note, and keeps it out of ranges', () => {
    expect(formatPageList([...text(14, 15), ...note(16, 17, 15)])).toBe('14–15, 16n, 17n')
    expect(formatPageList([...text(3, 5), ...note(4)])).toBe('3, 4n, 5')
  })
  it('cites nothing for no page (and never page 0)', () => {
    expect(formatPageList([])).toBe('')
    expect(formatPageList(text(0, 2))).toBe('2')
  })
  it('lists every page once, in order, and a range covers only pages with the name in the text', () => {
    const occurrence = fc.record({ page: fc.integer({ min: 1, max: 40 }), inNote: fc.boolean() })
    fc.assert(fc.property(fc.array(occurrence, { maxLength: 30 }), (occurrences) => {
      const cited = formatPageList(occurrences).split(', ').filter(Boolean).flatMap((r) => {
        const [a, b] = r.replace('n', '').split('–').map(Number)
        return Array.from({ length: (b ?? a) - a + 1 }, (_, k) => ({ page: a + k, note: r.endsWith('n') }))
      })
      const pages = [...new Set(occurrences.map((o) => o.page))].sort((a, b) => a - b)
      expect(cited.map((c) => c.page)).toEqual(pages)
      for (const c of cited) expect(c.note).toBe(occurrences.every((o) => o.page !== c.page || o.inNote))
    }))
  })
})
