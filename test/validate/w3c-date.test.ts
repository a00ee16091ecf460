import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dateBounds, parseW3cDate } from '../../src/validate/w3c-date.js'

const ok = (v: string) => !('problem' in parseW3cDate(v))

describe('w3c-date: the date forms TEI allows, checked for being real', () => {
  it.each(['1890', '1890-03', '1890-03-14', '-0044-03-15', '12345', '2000-02-29', '1890-03-14T10:30:00', '1890-03-14T10:30:00.5+02:00', '1890Z', '10:30:00', '--03', '--03-14', '--02-29', '---14'])('accepts %s', (v) => {
    expect(ok(v)).toBe(true)
  })

  it.each([
    ['1900-02-29', '1900-02 has no day 29'], ['1890-13', 'there is no month 13'], ['1890-00-10', 'there is no month 00'],
    ['1890-04-31', '1890-04 has no day 31'], ['1890-03-00', 'there is no day 00'], ['0000', 'there is no year 0000 in XML Schema dates (1 BCE is -0001)'],
    ['--02-30', 'month 02 has no day 30'], ['---32', 'there is no day 32'], ['24:00:00', 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)'],
    ['1890-3-4', 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)'], ['14 March 1890', 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)'],
    ['01890', 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)'],
  ])('refuses %s: %s', (v, problem) => {
    expect(parseW3cDate(v)).toEqual({ problem })
  })

  it('agrees with the calendar on every day of years 1–9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const date = new Date(Date.UTC(2000, m - 1, d))
      date.setUTCFullYear(y)
      const real = date.getUTCMonth() === m - 1
      expect(ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)).toBe(real)
    }))
  })

  it('bounds a year or a month by its first and last day, in order across the common era', () => {
    const b = (v: string) => dateBounds(parseW3cDate(v) as never)
    expect(b('1920')).toEqual([19200101, 19201231])
    expect(b('1900-02')).toEqual([19000201, 19000228])
    expect(b('-0044')![1]).toBeLessThan(b('-0043')![0])
    expect(b('--03-14')).toBeUndefined()
  })
})
