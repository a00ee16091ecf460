import { describe, expect, it } from 'vitest'
import { monthAbbreviations, monthOf, weekdayOf } from '../../src/core/month-names.js'

describe('month names', () => {
  it('reads the contractions clerks wrote: first letters, with the last one or two', () => {
    const forms: [string, number][] = [
      ['Decr', 12], ['Febry', 2], ['Feby', 2], ['Augt', 8], ['Novr', 11], ['Octob.', 10], ['Octr', 10], ['Septr', 9],
      ['Jany', 1], ['Janry', 1], ['Sept', 9], ['Apl', 4], ['Dezbr', 12], ['janv', 1], ['févr', 2], ['Okt', 10], ['Dez', 12], ['Jän', 1],
    ]
    for (const [form, month] of forms) expect(monthOf(form), form).toBe(month)
  })

  it('reads the older names and the numbered forms', () => {
    const forms: [string, number][] = [
      ['Merz', 3], ['Mertz', 3], ['Junius', 6], ['Julius', 7], ['Jänner', 1], ['Jenner', 1], ['Hornung', 2], ['Aoust', 8],
      ['7ber', 9], ['7bre', 9], ['8ber', 10], ['9ber', 11], ['9br', 11], ['9bre', 11], ['Xber', 12], ['Xbre', 12], ['10ber', 12],
    ]
    for (const [form, month] of forms) expect(monthOf(form), form).toBe(month)
  })

  it('drops a contraction two months share, and words that are names', () => {
    expect(monthOf('jui')).toBeUndefined() // juin, juillet
    expect(monthOf('Marc')).toBeUndefined()
    expect(monthOf('Horn')).toBeUndefined() // only full older names, no contractions of them
    expect(monthOf('Mae')).toBeUndefined()
  })

  it('knows which forms are abbreviations (their full stop is theirs)', () => {
    expect(monthAbbreviations.has('sept')).toBe(true)
    expect(monthAbbreviations.has('decr')).toBe(true)
    expect(monthAbbreviations.has('9br')).toBe(true)
    expect(monthAbbreviations.has('january')).toBe(false)
    expect(monthAbbreviations.has('merz')).toBe(false)
  })

  it('reads weekdays in three languages, 0 = Sunday', () => {
    expect(weekdayOf('Thurs')).toBe(4)
    expect(weekdayOf('Sonnabend')).toBe(6)
    expect(weekdayOf('mercredi')).toBe(3)
    expect(weekdayOf('Weds.')).toBe(3)
  })
})
