import { describe, expect, it } from 'vitest'
import { findDatePhrases, withContextYear } from '../../src/enrich/dates/parse-date-phrase.js'

type Expect = { text: string; when?: string; from?: string; to?: string }
// [sentence, expected date phrases in it]
const cases: [string, Expect[]][] = [
  ['Dmitrov, 4 March 1920', [{ text: '4 March 1920', when: '1920-03-04' }]],
  ['on March 4, 1920 he wrote', [{ text: 'March 4, 1920', when: '1920-03-04' }]],
  ['Dmitrov (Moscow province) 21 December, 1920', [{ text: '21 December, 1920', when: '1920-12-21' }]],
  ['the decree of the 15 August 1918: eight pounds', [{ text: '15 August 1918', when: '1918-08-15' }]],
  ['October 1953', [{ text: 'October 1953', when: '1953-10' }]],
  ['in May, 1919 there', [{ text: 'May, 1919', when: '1919-05' }]],
  ['Dmitrov, Russia, April 28, 1919. First', [{ text: 'April 28, 1919', when: '1919-04-28' }]],
  ['Labour Leader of July 22, 1920, later', [{ text: 'July 22, 1920', when: '1920-07-22' }]],
  ['as England under went in 1639 to \'48, and', [{ text: '1639 to \'48', from: '1639', to: '1648' }]],
  ['and France in 1789 to \'94. Every', [{ text: '1789 to \'94', from: '1789', to: '1794' }]],
  ['the years 1789–94 were', [{ text: '1789–94', from: '1789', to: '1794' }]],
  ['from 1917 to 1921', [{ text: 'from 1917 to 1921', from: '1917', to: '1921' }]],
  ['between 1905-1907', [{ text: '1905-1907', from: '1905', to: '1907' }]],
  ['when, in the 1880\'s, writing', [{ text: '1880\'s', from: '1880', to: '1889' }]],
  ['in the 1920s', [{ text: '1920s', from: '1920', to: '1929' }]],
  ['In 1882, the French government', [{ text: '1882', when: '1882' }]],
  ['published in 1899, brought', [{ text: '1899', when: '1899' }]],
  ['even before 1909, when he wrote', [{ text: '1909', when: '1909' }]],
  ['since 1917 nothing', [{ text: '1917', when: '1917' }]],
  ['Kropotkin, even in 1914, had declared', [{ text: '1914', when: '1914' }]],
  ['When Kropotkin died on February 7, 1921, the', [{ text: 'February 7, 1921', when: '1921-02-07' }]],
  ['arrived in Petrograd on June 10, 1917, after', [{ text: 'June 10, 1917', when: '1917-06-10' }]],
  ['On May 10, 1919, however', [{ text: 'May 10, 1919', when: '1919-05-10' }]],
  ['the 3rd of June 1601', [{ text: 'the 3rd of June 1601', when: '1601-06-03' }]],
  ['the 3rd of June, 1601', [{ text: 'the 3rd of June, 1601', when: '1601-06-03' }]],
  ['Jan. 12th, 1920', [{ text: 'Jan. 12th, 1920', when: '1920-01-12' }]],
  ['Oct. 1917', [{ text: 'Oct. 1917', when: '1917-10' }]],
  ['Sept: 1920', [{ text: 'Sept: 1920', when: '1920-09' }]],
  ['Sept. 3, 1920', [{ text: 'Sept. 3, 1920', when: '1920-09-03' }]],
  ['Monday, 4 March 1920', [{ text: 'Monday, 4 March 1920', when: '1920-03-04' }]],
  ['Tuesday, March 5, 1920', [{ text: 'Tuesday, March 5, 1920', when: '1920-03-05' }]],
  ['1st January 1900', [{ text: '1st January 1900', when: '1900-01-01' }]],
  ['22nd Feb 1890', [{ text: '22nd Feb 1890', when: '1890-02-22' }]],
  ['am 4. März 1920', [{ text: '4. März 1920', when: '1920-03-04' }]],
  ['Berlin, den 12. Oktober 1912', [{ text: '12. Oktober 1912', when: '1912-10-12' }]],
  ['Paris, le 3 juin 1871', [{ text: '3 juin 1871', when: '1871-06-03' }]],
  ['le 14 juillet 1789', [{ text: '14 juillet 1789', when: '1789-07-14' }]],
  ['en décembre 1920', [{ text: 'décembre 1920', when: '1920-12' }]],
  ['im Januar 1919', [{ text: 'Januar 1919', when: '1919-01' }]],
  ['29 February 1920 was a leap day', [{ text: '29 February 1920', when: '1920-02-29' }]],
  ['December 1920 and January 1921', [{ text: 'December 1920', when: '1920-12' }, { text: 'January 1921', when: '1921-01' }]],
  ['on 2 March and on 4 March 1920', [{ text: '2 March' }, { text: '4 March 1920', when: '1920-03-04' }]],
  // not dates
  ['125 persons in the Dmitrov area', []],
  ['after 41 years of exile', []],
  ['Kropotkin, at 75, had been', []],
  ['the 47-year-old Lenin', []],
  ['only 25 percent for the', []],
  ['at 10:30 in the morning', []],
  ['eight pounds of wheat', []],
  ['Vol. 12, No. 4 (Oct., 1953), pp. 227–234.', [{ text: 'Oct., 1953', when: '1953-10' }]],
  ['pp. 227–234', []],
  ['You may 4 times try', []],
  ['in 1000 copies', []],
  ['in 2500 years', []],
  ['he was 1920 metres high', []],
  ['page 1917', []],
  ['31 February 1920', []],
  ['1920 to 1910', []],
  ['in 1905 years', []],
  ['room 1905', []],
  ['March forward', []],
  ['a march 4 miles', []],
  ['the 30 roubles', []],
  ['(New York: Vanguard Press, Inc. 1927)', [{ text: '1927', when: '1927' }]],
  ['(London, 1899)', [{ text: '1899', when: '1899' }]],
  ['(see pp. 1917)', []],
  ['(Vol. 1920)', []],
  ['(room 1905)', []],
  ['Friday, 3rd of March 1905', [{ text: '3rd of March 1905', when: '1905-03-03' }]],
  ['Sonntag, den 5. Oktober 1919', [{ text: '5. Oktober 1919', when: '1919-10-05' }]],
  ['lundi 12 janvier 1880', [{ text: 'lundi 12 janvier 1880', when: '1880-01-12' }]],
  ['le 1er mai 1890', [{ text: '1er mai 1890', when: '1890-05-01' }]],
  ['Dec. 25th, 1891', [{ text: 'Dec. 25th, 1891', when: '1891-12-25' }]],
  ['for three days and 20 nights', []],
  ['aged 78, he died', []],
  ['at 5 o\'clock', []],
  ['he was 1917 days in prison', []],
  ['29 February 1900', []],
  ['29 February 1904', [{ text: '29 February 1904', when: '1904-02-29' }]],
  // the full stop after a month written out ends the sentence; after an abbreviation it is the date's
  ['Thursday, 7 January. Very cold.', [{ text: 'Thursday, 7 January' }]],
  ['we left on the 3rd of June: the roads', [{ text: 'the 3rd of June' }]],
  ['paid on 12 Sept. and again', [{ text: '12 Sept.' }]],
]

describe('findDatePhrases', () => {
  it('has a table of 60+ expressions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })
  for (const [sentence, expected] of cases) {
    it(`"${sentence}"`, () => {
      const found = findDatePhrases(sentence).map((d) => {
        const o: Expect = { text: d.text }
        if (d.when && !d.needsYear) o.when = d.when
        if (d.from) o.from = d.from
        if (d.to) o.to = d.to
        return o
      })
      expect(found).toEqual(expected)
    })
  }
})

describe('withContextYear', () => {
  it('takes the year from the context at lowered certainty', () => {
    const [d] = findDatePhrases('on 2 March we met')
    expect(d.needsYear).toBe(true)
    expect(withContextYear(d, '1920')).toMatchObject({ when: '1920-03-02', cert: 'medium' })
    expect(withContextYear(d, undefined)).toBeUndefined()
  })
  it('refuses a day that the context year does not have', () => {
    const [d] = findDatePhrases('on 29 February we met')
    expect(withContextYear(d, '1921')).toBeUndefined()
    expect(withContextYear(d, '1920')?.when).toBe('1920-02-29')
  })
})
