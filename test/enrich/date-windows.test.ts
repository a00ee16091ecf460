import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dateWindows, wordStarts } from '../../src/enrich/dates/date-windows.js'
import { findDatePhrases } from '../../src/enrich/dates/parse-date-phrase.js'

describe('dateWindows', () => {
  it('finds none in text without numbers, months, weekdays or relative words', () => {
    expect(dateWindows('The fields were wet and the road was long.')).toEqual([])
  })

  it('opens a window around each date word, cut at spaces, merged when they touch, with the kinds in it', () => {
    const filler = 'lorem '.repeat(30)
    const text = `${filler}on 4 March 1890 ${filler}yesterday ${filler}`
    const w = dateWindows(text)
    expect(w).toHaveLength(2)
    expect(text.slice(w[0].start, w[0].end)).toContain('on 4 March 1890')
    expect([...w[0].kinds].sort()).toEqual(['digit', 'month'])
    expect([...w[1].kinds]).toEqual(['relative'])
    for (const { start, end } of w) {
      expect(start === 0 || /\s/.test(text[start - 1])).toBe(true)
      expect(end === text.length || /\s/.test(text[end])).toBe(true)
    }
  })

  it('knows where a phrase may begin', () => {
    const s = wordStarts('signed on the second of March, Palm Sunday 1850')
    expect(s.get('ordinal')).toEqual([14])
    expect(s.get('month')).toEqual([24])
    expect(s.get('weekday')).toEqual([36])
    expect(s.get('before-weekday')).toEqual([31])
    expect(s.get('digit')).toEqual([43])
  })
})

describe('findDatePhrases in a long text finds what it finds in the phrase alone (property)', () => {
  const phrases = [
    '4 March 1920', 'Thursday Novr 9th 1826', 'the second of March 1605', "1639 to '48", 'Palm Sunday, April 13th 1862',
    'in 1905', 'yesterday', 'on Tuesday next', '12th day of June A.D. 1858', 'Christmas, 1871', '3 Xber 1776', 'from 4–7 June 1851',
  ]
  const filler = fc.array(fc.constantFrom('river', 'the', 'mill', 'and', 'of', 'people', 'stood', 'long', 'road', 'were', 'field'), { minLength: 0, maxLength: 60 })
  it('holds', () => {
    fc.assert(fc.property(filler, fc.constantFrom(...phrases), filler, (before, phrase, after) => {
      const head = before.length ? `${before.join(' ')}. ` : ''
      const text = `${head}${phrase}. ${after.join(' ')}`
      const alone = findDatePhrases(`${phrase}.`).dates.map((d) => d.text)
      const inText = findDatePhrases(text).dates.map((d) => d.text)
      return JSON.stringify(inText) === JSON.stringify(alone)
    }))
  })
})
