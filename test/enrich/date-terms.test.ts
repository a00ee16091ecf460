import { describe, expect, it } from 'vitest'
import { termInYear, termNear } from '../../src/enrich/dates/academic-terms.js'

const winter = { start: 10, end: 2 }
const summer = { start: 3, end: 9 }
const show = (t: ReturnType<typeof termInYear>) => `${t.from.year}-${t.from.month}/${t.to.year}-${t.to.month}`

describe('academic terms', () => {
  it('a term that crosses New Year ends in the next year', () => {
    expect(show(termInYear(winter, 1821))).toBe('1821-10/1822-2')
    expect(show(termInYear(summer, 1821))).toBe('1821-3/1821-9')
  })

  it('without a year: the one the date falls in or last began, the next to begin, the last ended', () => {
    const aug = { year: 1817, month: 8 }
    expect(show(termNear(summer, 0, aug))).toBe('1817-3/1817-9')
    expect(show(termNear(winter, 0, aug))).toBe('1816-10/1817-2')
    expect(show(termNear(winter, 1, aug))).toBe('1817-10/1818-2')
    expect(show(termNear(winter, -1, aug))).toBe('1816-10/1817-2')
    // in the middle of a winter term: it is the current one; the last ended is the one before
    const jan = { year: 1818, month: 1 }
    expect(show(termNear(winter, 0, jan))).toBe('1817-10/1818-2')
    expect(show(termNear(winter, -1, jan))).toBe('1816-10/1817-2')
    expect(show(termNear(summer, 1, jan))).toBe('1818-3/1818-9')
  })
})
