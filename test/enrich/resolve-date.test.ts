import { describe, expect, it } from 'vitest'
import { findDatePhrases } from '../../src/enrich/dates/parse-date-phrase.js'
import { resolveDate, type DateContext, type Resolution } from '../../src/enrich/dates/resolve-date.js'

function resolve(text: string, ctx: DateContext, language = 'en', heading = false): Resolution {
  const [p] = findDatePhrases(text, { language, heading }).dates
  expect(p, `no phrase in "${text}"`).toBeDefined()
  return resolveDate(p, ctx)
}

const value = (r: Resolution) => ('unresolved' in r ? r.unresolved : r.value)

/** A letter dated 12 March 1820. */
const letter: DateContext = { reference: { year: 1820, month: 3, day: 12 }, context: { year: 1820, month: 3, day: 12, cert: 'medium' } }

describe('resolveDate: what the context gives', () => {
  it('a year-less date takes the context year, at lowered certainty', () => {
    expect(value(resolve('on 2 June we met', letter))).toEqual({ when: '1820-06-02', cert: 'medium' })
    expect(value(resolve('on 2 June we met', { context: { year: 1871, cert: 'low' } }))).toEqual({ when: '1871-06-02', cert: 'low' })
  })

  it('across New Year: a January date in a December letter is of the next year, and back', () => {
    const december = { context: { year: 1853, month: 12, day: 20, cert: 'medium' as const } }
    expect(value(resolve('we sail on the 2nd of January', december))).toMatchObject({ when: '1854-01-02' })
    const january = { context: { year: 1854, month: 1, day: 3, cert: 'medium' as const } }
    expect(value(resolve('since 28 December', january))).toMatchObject({ when: '1853-12-28' })
    expect(value(resolve('in June', january))).toMatchObject({ when: '1854-06' })
  })

  it('a day the context year does not have is no date', () => {
    expect(value(resolve('on 29 February we met', { context: { year: 1821, cert: 'medium' } }))).toBe('no-such-day')
    expect(value(resolve('on 29 February we met', { context: { year: 1820, cert: 'medium' } }))).toEqual({ when: '1820-02-29', cert: 'medium' })
  })

  it('without any year the date has no value, and says what is known', () => {
    const r = resolve('on 2 June we met', {})
    expect(r).toEqual({ value: {}, problems: [], yearUnknown: { partial: '--06-02' } })
  })

  it('a day alone takes month and year from the context', () => {
    expect(value(resolve('We left on the 5th at 8', letter))).toEqual({ when: '1820-03-05', cert: 'medium' })
    expect(value(resolve('We left on the 5th at 8', { context: { year: 1820, cert: 'low' } }))).toBe('no-month')
  })

  it('a two-digit year takes the century that brings it nearest to a year of the document', () => {
    expect(value(resolve("June 3 '64", { centuryYear: 1858 }))).toEqual({ when: '1864-06-03' })
    expect(value(resolve('Marlow June 17. 31', { centuryYear: 1831 }))).toEqual({ when: '1831-06-17' })
    expect(value(resolve("June 3 '02", { centuryYear: 1899 }))).toEqual({ when: '1902-06-03' })
    expect(value(resolve('Gotha 9 Aug 52', { centuryYear: 1852 }, 'de'))).toEqual({ when: '1852-08-09' })
  })
})

describe('resolveDate: the weekday against the calendar', () => {
  it('a written year and weekday that agree', () => {
    const r = resolve('Thursday, 9 February 1826', {})
    expect(r).toEqual({ value: { when: '1826-02-09' }, problems: [] })
  })

  it('a mismatch is reported and lowers the certainty, never silently accepted', () => {
    const r = resolve('Friday, 9 February 1826', {})
    expect(value(r)).toEqual({ when: '1826-02-09', cert: 'low' })
    expect('problems' in r && r.problems).toEqual([{ code: 'date-weekday-mismatch', message: '"Friday, 9 February 1826": 1826-02-09 is a Thursday, not a Friday' }])
  })

  it('confirms an inferred year (no cert left), or picks the neighbouring year that alone fits', () => {
    expect(value(resolve('Sunday 8 June', { context: { year: 1851, cert: 'medium' } }))).toEqual({ when: '1851-06-08' })
    expect(value(resolve('Sunday 8 June', { context: { year: 1852, cert: 'medium' } }))).toEqual({ when: '1851-06-08', cert: 'medium' })
  })

  it('confirms an inferred month of a diary head, or picks the next month', () => {
    const jan1820 = { context: { year: 1820, month: 1, cert: 'medium' as const } }
    expect(value(resolve('Wednesday 12', jan1820, 'en', true))).toEqual({ when: '1820-01-12' })
    expect(value(resolve('Wednesday 2', jan1820, 'en', true))).toEqual({ when: '1820-02-02', cert: 'medium' })
    const r = resolve('Thursday 12', jan1820, 'en', true)
    expect(value(r)).toEqual({ when: '1820-01-12', cert: 'low' })
    expect('problems' in r && r.problems[0].message).toBe('"Thursday 12": 1820-01-12 is a Wednesday, not a Thursday')
  })

  it('finds the month of "Tuesday 13th 1815" when one month alone fits', () => {
    expect(value(resolve('Tuesday 13th 1815', {}))).toEqual({ when: '1815-06-13', cert: 'low' })
    expect(value(resolve('Tuesday 13th 1825', {}))).toEqual({ when: '1825', cert: 'low' })
  })
})

describe('resolveDate: relative dates count from the letter’s own date', () => {
  const cases: [string, string, string][] = [
    ['en', 'I came to-day', '1820-03-12'],
    ['en', 'I came yesterday', '1820-03-11'],
    ['en', 'the day before yesterday', '1820-03-10'],
    ['en', 'I go to-morrow', '1820-03-13'],
    ['en', 'on Tuesday next', '1820-03-14'],
    ['en', 'last Tuesday', '1820-03-07'],
    ['en', 'three days ago', '1820-03-09'],
    ['en', 'your letter of the 2d inst.', '1820-03-02'],
    ['en', 'yours of the 28th ult.', '1820-02-28'],
    ['en', 'on the 3d prox.', '1820-04-03'],
    ['de', 'heute', '1820-03-12'],
    ['de', 'vorgestern kam', '1820-03-10'],
    ['de', 'ich reise morgen', '1820-03-13'],
    ['de', 'übermorgen', '1820-03-14'],
    ['de', 'nächsten Montag', '1820-03-13'],
    ['de', 'vorigen Sonntag', '1820-03-05'],
    ['de', 'vor vier Tagen', '1820-03-08'],
    ['de', 'in 14 Tagen', '1820-03-26'],
    ['de', 'Ihr Brief vom 9.ten v. Mts.', '1820-02-09'],
    ['de', 'die Verfügung v. 3. Juli d. J.', '1820-07-03'],
    ['fr', "aujourd'hui", '1820-03-12'],
    ['fr', 'avant-hier', '1820-03-10'],
    ['fr', 'je pars demain', '1820-03-13'],
    ['fr', 'après-demain', '1820-03-14'],
    ['fr', 'lundi prochain', '1820-03-13'],
    ['fr', 'il y a huit jours', '1820-03-04'],
  ]
  for (const [language, text, when] of cases) {
    it(`${language}: "${text}" → ${when}`, () => expect(value(resolve(text, letter, language))).toEqual({ when, cert: 'medium' }))
  }

  it('"le lendemain" counts from a day the letter tells of, taken to be its own: cert low', () => {
    expect(value(resolve('je ne l’appris que le lendemain', letter, 'fr'))).toEqual({ when: '1820-03-13', cert: 'low' })
  })

  it('without the letter’s date a relative date cannot be resolved', () => {
    expect(value(resolve('yesterday', {}))).toBe('no-reference')
    expect(value(resolve('yesterday', { reference: { year: 1820 } }))).toBe('no-reference')
  })
})

describe('resolveDate: Old Style years', () => {
  const os = { oldStyle: { month: 3, day: 25, calendar: 'calendar-old-style' } }

  it('a date before the year’s start on 25 March belongs to the next year; as written in @when-custom', () => {
    expect(value(resolve('the 12th of February 1611', os))).toEqual({ when: '1612-02-12', whenCustom: '1611-02-12', datingMethod: '#calendar-old-style' })
    expect(value(resolve('24 March 1611', os))).toMatchObject({ when: '1612-03-24' })
    expect(value(resolve('February 1611', os))).toMatchObject({ when: '1612-02' })
  })

  it('a date from the year’s start on is read as written', () => {
    expect(value(resolve('25 March 1611', os))).toEqual({ when: '1611-03-25' })
    expect(value(resolve('March 1611', os))).toEqual({ when: '1611-03' })
    expect(value(resolve('in 1611', os))).toEqual({ when: '1611' })
  })

  it('a dual date says the year itself, with or without the setting', () => {
    expect(value(resolve('12 February 1611/12', os))).toEqual({ when: '1612-02-12', whenCustom: '1611-02-12', datingMethod: '#calendar-old-style' })
    expect(value(resolve('12 February 1611/12', {}))).toEqual({ when: '1612-02-12' })
  })
})

describe('resolveDate: ranges', () => {
  it('the start takes month and year from the end', () => {
    expect(value(resolve('from 4–7 June 1851', {}))).toEqual({ from: '1851-06-04', to: '1851-06-07' })
    expect(value(resolve('vom 9 -12 Julius', { context: { year: 1851, cert: 'medium' } }, 'de'))).toEqual({ from: '1851-07-09', to: '1851-07-12', cert: 'medium' })
  })
})
