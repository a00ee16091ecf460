import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, addMonths, daysBetween, easterSunday, isoDate, nextWeekday, validDay, weekday } from '../../src/enrich/dates/calendar.js'

describe('calendar', () => {
  it('knows the weekdays of known days, before 1900 too', () => {
    expect(weekday({ year: 1815, month: 6, day: 18 })).toBe(0) // Waterloo, a Sunday
    expect(weekday({ year: 1789, month: 7, day: 14 })).toBe(2) // a Tuesday
    expect(weekday({ year: 1600, month: 1, day: 1 })).toBe(6) // 400 years before 2000-01-01, a Saturday
  })

  it('counts leap years', () => {
    expect(validDay(1900, 2, 29)).toBe(false)
    expect(validDay(1904, 2, 29)).toBe(true)
    expect(validDay(2000, 2, 29)).toBe(true)
    expect(validDay(1820, 4, 31)).toBe(false)
    expect(validDay(1820, 13, 1)).toBe(false)
  })

  it('finds Easter Sunday', () => {
    expect(easterSunday(1848)).toEqual({ year: 1848, month: 4, day: 23 })
    expect(easterSunday(1818)).toEqual({ year: 1818, month: 3, day: 22 })
    expect(easterSunday(1943)).toEqual({ year: 1943, month: 4, day: 25 })
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 })
  })

  it('adds days and months across month and year ends', () => {
    expect(addDays({ year: 1820, month: 12, day: 30 }, 3)).toEqual({ year: 1821, month: 1, day: 2 })
    expect(addDays({ year: 1820, month: 3, day: 1 }, -1)).toEqual({ year: 1820, month: 2, day: 29 })
    expect(addMonths(1820, 12, 1)).toEqual({ year: 1821, month: 1 })
    expect(addMonths(1820, 1, -1)).toEqual({ year: 1819, month: 12 })
    expect(nextWeekday({ year: 1820, month: 3, day: 12 }, 0, 1)).toEqual({ year: 1820, month: 3, day: 19 })
    expect(nextWeekday({ year: 1820, month: 3, day: 12 }, 0, -1)).toEqual({ year: 1820, month: 3, day: 5 })
  })

  it('writes ISO 8601 of what is known', () => {
    expect(isoDate(1820)).toBe('1820')
    expect(isoDate(1820, 3)).toBe('1820-03')
    expect(isoDate(1820, 3, 5)).toBe('1820-03-05')
    expect(isoDate(undefined, 3, 5)).toBe('--03-05')
    expect(isoDate(undefined, 3)).toBe('--03')
    expect(isoDate(987, 3, 5)).toBe('0987-03-05')
  })

  it('adding days and counting them back agree (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -800, max: 800 }), (year, month, day, n) => {
      const d = { year, month, day }
      const e = addDays(d, n)
      return validDay(e.year, e.month, e.day) && daysBetween(d, e) === n && weekday(e) === (((weekday(d) + n) % 7) + 7) % 7
    }))
  })
})
