import { describe, expect, it } from 'vitest'
import { findDatePhrases, type PhraseOptions } from '../../src/enrich/dates/parse-date-phrase.js'
import { resolveDate } from '../../src/enrich/dates/resolve-date.js'

/** [phrase as tagged, value]: @when, from/to, or what is known of a date without a year (--MM-DD). */
type Found = [string, string]

function found(sentence: string, options: PhraseOptions = {}): Found[] {
  return findDatePhrases(sentence, options).dates.map((p) => {
    const r = resolveDate(p, {})
    if ('unresolved' in r) return [p.text, r.unresolved]
    if (r.yearUnknown) return [p.text, r.yearUnknown.partial]
    return [p.text, r.value.when ?? `${r.value.from}/${r.value.to}`]
  })
}

function table(cases: [string, Found[]][], options: PhraseOptions = {}) {
  for (const [sentence, expected] of cases) {
    it(`"${sentence}"`, () => expect(found(sentence, options)).toEqual(expected))
  }
}

describe('English dates, as letters and diaries write them', () => {
  table([
    ['Dmitrov, 4 March 1920', [['4 March 1920', '1920-03-04']]],
    ['on March 4, 1920 he wrote', [['March 4, 1920', '1920-03-04']]],
    ['Dmitrov (Moscow province) 21 December, 1920', [['21 December, 1920', '1920-12-21']]],
    ['October 1953', [['October 1953', '1953-10']]],
    ['in May, 1919 there', [['May, 1919', '1919-05']]],
    ['Dmitrov, Russia, April 28, 1919. First', [['April 28, 1919', '1919-04-28']]],
    ['Jan. 12th, 1920', [['Jan. 12th, 1920', '1920-01-12']]],
    ['Oct. 1917', [['Oct. 1917', '1917-10']]],
    ['Sept: 1920', [['Sept: 1920', '1920-09']]],
    ['Monday, 4 March 1920', [['Monday, 4 March 1920', '1920-03-04']]],
    ['Tuesday, March 5, 1920', [['Tuesday, March 5, 1920', '1920-03-05']]],
    ['1st January 1900', [['1st January 1900', '1900-01-01']]],
    ['22nd Feb 1890', [['22nd Feb 1890', '1890-02-22']]],
    ['29 February 1904 was a leap day', [['29 February 1904', '1904-02-29']]],
    ['December 1920 and January 1921', [['December 1920', '1920-12'], ['January 1921', '1921-01']]],
    // ordinal words and legal formulas: the article stays outside, as editors tag it
    ['signed on the second of March 1605 at', [['second of March 1605', '1605-03-02']]],
    ['due the last of June', [['last of June', '--06-30']]],
    ['on the first day of April 1850', [['first day of April 1850', '1850-04-01']]],
    ['given this 12th day of June A.D. 1858 before me', [['12th day of June A.D. 1858', '1858-06-12']]],
    ['the twenty-first of October 1805', [['twenty-first of October 1805', '1805-10-21']]],
    ['the 3rd of June, 1601', [['3rd of June, 1601', '1601-06-03']]],
    ['Friday, 3rd of March 1905', [['Friday, 3rd of March 1905', '1905-03-03']]],
    // ordinal endings of manuscripts: 2d, 3d, 16h, 14t, "13 th"
    ['Bath, Feby 3d. 1819', [['Feby 3d. 1819', '1819-02-03']]],
    ['Marlow, August 23d. 1847', [['August 23d. 1847', '1847-08-23']]],
    ['May 18h. 1831', [['May 18h. 1831', '1831-05-18']]],
    ['paid 14t Sept 1850', [['14t Sept 1850', '1850-09-14']]],
    ['Thursday July 9 th 1857', [['Thursday July 9 th 1857', '1857-07-09']]],
    // contracted and archaic months
    ['Penrith, Decr. 11th 1838', [['Decr. 11th 1838', '1838-12-11']]],
    ['Febry 21 1843', [['Febry 21 1843', '1843-02-21']]],
    ['Augt 3 1820', [['Augt 3 1820', '1820-08-03']]],
    ['Novr 5th 1805', [['Novr 5th 1805', '1805-11-05']]],
    ['Octob. 1768', [['Octob. 1768', '1768-10']]],
    ['the 12th of 7ber 1769', [['12th of 7ber 1769', '1769-09-12']]],
    ['8ber 3, 1772', [['8ber 3, 1772', '1772-10-03']]],
    ['9ber 20 1774', [['9ber 20 1774', '1774-11-20']]],
    ['3 Xber 1776', [['3 Xber 1776', '1776-12-03']]],
    ["Jan'y 3d 1820", [["Jan'y 3d 1820", '1820-01-03']]],
    ['Aug’t 3, 1820', [['Aug’t 3, 1820', '1820-08-03']]],
    ["I don't 3 times", []],
    // day ranges with the month first, and the clerk's 'of last month'
    ['on June 10–12, 1820 we', [['June 10–12, 1820', '1820-06-10/1820-06-12']]],
    ['from May 3d to 5th 1821', [['May 3d to 5th 1821', '1821-05-03/1821-05-05']]],
    // two-digit years, the century from the context (none here: the year stays unknown)
    ["June 3 '64", [["June 3 '64", '--06-03']]],
    ['May 3 "58', [['May 3 "58', '--05-03']]],
    // a postmark's or clerk's two digits before a word, after a contracted month only
    ['stamped LONDON 16 AUG 36 Paid at', [['16 AUG 36', '--08-16']]],
    ['on 16 August 36 men came', []],
    // a weekday after the date closes the phrase
    ['Hollins Green Feby 9. 1826. Thursday', [['Feby 9. 1826. Thursday', '1826-02-09']]],
    ['Oct. 3. Friday. We rode', [['Oct. 3. Friday', '--10-03']]],
    ['Palm Sunday, April 13th 1862', [['Palm Sunday, April 13th 1862', '1862-04-13']]],
    // a Sunday's place in the church year is part of the date, not a day number
    ['Sunday. 1st after Epiphany. Jan. 7th. Rain', [['Sunday. 1st after Epiphany. Jan. 7th', '--01-07']]],
    // dual dating: the later year is the year as we count it
    ['12th of February 1611/12', [['12th of February 1611/12', '1612-02-12']]],
    ['3 March 1698/9', [['3 March 1698/9', '1699-03-03']]],
    // feasts with a year
    ['Christmas, 1871.', [['Christmas, 1871', '1871-12-25']]],
    ['at Michaelmas 1809 he', [['Michaelmas 1809', '1809-09-29']]],
    ['Easter 1847', [['Easter 1847', '1847-04-04']]],
    ['Whitsunday 1850', [['Whitsunday 1850', '1850-05-19']]],
    ['at Christmas we dined', []],
    ['Christmas Eve, 1890', [['Christmas Eve, 1890', '1890-12-24']]],
    ["on New Year's Eve 1890", [["New Year's Eve 1890", '1890-12-31']]],
    // the month, the article, the ordinal; the weekday with its article
    ['on July the 4th, 1776 we', [['July the 4th, 1776', '1776-07-04']]],
    ['Monday the 4th of July 1825 we', [['Monday the 4th of July 1825', '1825-07-04']]],
    ['may the 4 of them come', []],
    // academic terms with their year: a range of months
    ['in the winter semester 1821/22 he', [['winter semester 1821/22', '1821-10/1822-02']]],
    ['during Michaelmas Term 1820 he', [['Michaelmas Term 1820', '1820-10/1820-12']]],
    ['the fall semester of 1890 began', [['fall semester of 1890', '1890-09/1890-12']]],
    ['in terms of money', []],
    // year-less dates, day ranges, numbers
    ['on 2 March and on 4 March 1920', [['2 March', '--03-02'], ['4 March 1920', '1920-03-04']]],
    ['from 4–7 June 1851', [['4–7 June 1851', '1851-06-04/1851-06-07']]],
    ['on the 11 and 12 March 1852', [['11', '1852-03-11'], ['12 March 1852', '1852-03-12']]],
    // the second day of a range or pair with its article: still of the month that follows
    ['from the 3rd to the 5th of May 1820 we', [['3rd to the 5th of May 1820', '1820-05-03/1820-05-05']]],
    ['on the 3rd and the 5th of May 1820', [['3rd', '1820-05-03'], ['5th of May 1820', '1820-05-05']]],
    ['on the 3d of this month', [['3d of this month', 'no-reference']]],
    // numbers: the month in Roman numerals, the ISO form of modern notes; not part of a longer number
    ['collected 5.iv.1820 at', [['5.iv.1820', '1820-04-05']]],
    ['accessioned 1820-05-03, then', [['1820-05-03', '1820-05-03']]],
    ['ISBN 1820-05-03-1', []],
    ['Tuesday 13 th 1825', [['Tuesday 13 th 1825', '1825']]],
    ['Tuesday 13th 1815', [['Tuesday 13th 1815', '1815-06-13']]],
    // years and ranges
    ["as England under went in 1639 to '48, and", [["1639 to '48", '1639/1648']]],
    ['the years 1789–94 were', [['1789–94', '1789/1794']]],
    ['from 1917 to 1921', [['1917 to 1921', '1917/1921']]],
    ['between 1905-1907', [['1905-1907', '1905/1907']]],
    ["when, in the 1880's, writing", [["1880's", '1880/1889']]],
    ['In 1882, the French government', [['1882', '1882']]],
    ['even before 1909, when he wrote', [['1909', '1909']]],
    ['at the end of 1797 or the beginning of 1798', [['1797', '1797'], ['1798', '1798']]],
    ['(New York: Vanguard Press, Inc. 1927)', [['1927', '1927']]],
    ['Vol. 12, No. 4 (Oct., 1953), pp. 227–234.', [['Oct., 1953', '1953-10']]],
    // full stops: the sentence's after a name written out, the date's after an abbreviation
    ['Thursday, 7 January. Very cold.', [['Thursday, 7 January', '--01-07']]],
    ['we left on the 3rd of June: the roads', [['3rd of June', '--06-03']]],
    ['paid on 12 Sept. and again', [['12 Sept.', '--09-12']]],
    ['Saturday, April 22d.', [['Saturday, April 22d', '--04-22']]],
    // a colon after a contraction is its point, as older hands wrote it; after a name or number the sentence's
    ['your letter of the 5th inst: arrived', [['5th inst:', 'no-reference']]],
    ['we sail on 12 Sept: the ship is', [['12 Sept:', '--09-12']]],
    ['we sail on 12 September: the ship is', [['12 September', '--09-12']]],
    ['we sail on 12 September 1820: the ship is', [['12 September 1820', '1820-09-12']]],
  ])
})

describe('German dates', () => {
  table([
    ['am 4. März 1920', [['4. März 1920', '1920-03-04']]],
    ['Berlin, den 12. Oktober 1912', [['12. Oktober 1912', '1912-10-12']]],
    ['Wien, den 3. Mai 1821.', [['3. Mai 1821', '1821-05-03']]],
    ['Leipzig am 12ten Jänner 1830', [['12ten Jänner 1830', '1830-01-12']]],
    ['Kassel, den 14.ten Oktober 1837', [['14.ten Oktober 1837', '1837-10-14']]],
    ['Ihr Bericht vom 16.ten v. Mts: ist', [['16.ten v. Mts:', 'no-reference']]],
    ['Ihr Bericht vom 16. Mai: ist', [['16. Mai', '--05-16']]],
    ['Sonntag, den 5. Oktober 1919', [['5. Oktober 1919', '1919-10-05']]],
    ['Gotha den 9 Merz', [['9 Merz', '--03-09']]],
    ['Weimar 17 Julius 1851', [['17 Julius 1851', '1851-07-17']]],
    ['den 3 9br 1773', [['3 9br 1773', '1773-11-03']]],
    ['kam am 21.6.1851 an', [['21.6.1851', '1851-06-21']]],
    ['Messe vom 5.-8.9.1870', [['5.-8.9.1870', '1870-09-05/1870-09-08']]],
    ['gedruckt am 11. und 12. März 1852', [['11.', '1852-03-11'], ['12. März 1852', '1852-03-12']]],
    ['vom 3. bis zum 5. Mai 1820', [['3. bis zum 5. Mai 1820', '1820-05-03/1820-05-05']]],
    ['am 3ten bis 5ten Mai 1820', [['3ten bis 5ten Mai 1820', '1820-05-03/1820-05-05']]],
    ['den 3. und den 5. Mai 1820', [['3.', '1820-05-03'], ['5. Mai 1820', '1820-05-05']]],
    ['am 5.IV.1820 abgereist', [['5.IV.1820', '1820-04-05']]],
    ['seit Michaelis 1823 Lehrer', [['Michaelis 1823', '1823-09-29']]],
    ['am Heiligen Abend 1850', [['Heiligen Abend 1850', '1850-12-24']]],
    ['von 1802 bis 1848 und', [['1802 bis 1848', '1802/1848']]],
    ['lehrte von 1834/35 bis 1839', [['1834/35 bis 1839', '1834/1839']]],
    ['wie nach dem Brande von 1806. Danach', [['1806', '1806']]],
    ['im Jahr 1772 kam', [['1772', '1772']]],
    ['Ende 1797 oder Anfang 1798', [['1797', '1797'], ['1798', '1798']]],
    ['Ende Juli 1852', [['Juli 1852', '1852-07']]],
    ['Ihr 7/11 52.', [['7/11 52', '--11-07']]],
    ['war im Wintersemester 1821/1822 Mitglied', [['Wintersemester 1821/1822', '1821-10/1822-02']]],
    ['Im Winterhalbeniahre 1816–1817. bestand', [['Winterhalbeniahre 1816–1817', '1816-10/1817-02']]],
    ['im Sommerhalbjahr 1818 las er', [['Sommerhalbjahr 1818', '1818-03/1818-09']]],
    ['Stempel: GOTHA 1 Oct. 34 Ankunft', [['1 Oct. 34', '--10-01']]],
    ['Der Rat 1831 beschloss', []],
  ], { language: 'de' })
})

describe('French dates', () => {
  table([
    ['du 3 jusqu\'au 5 mai 1820', [["3 jusqu'au 5 mai 1820", '1820-05-03/1820-05-05']]],
    ['le 3 et le 5 mai 1820', [['3', '1820-05-03'], ['5 mai 1820', '1820-05-05']]],
    ['le 3 de ce mois', [['3 de ce mois', 'no-reference']]],
    ['parti le 5.IV.1820', [['5.IV.1820', '1820-04-05']]],
    ['Paris, le 3 juin 1871', [['3 juin 1871', '1871-06-03']]],
    ['Paris ce 4 juin 1802', [['4 juin 1802', '1802-06-04']]],
    ['le 1er mai 1890', [['1er mai 1890', '1890-05-01']]],
    ['le 1er mai', [['1er mai', '--05-01']]],
    ['lundi 12 janvier 1880', [['lundi 12 janvier 1880', '1880-01-12']]],
    ['à Rouen ce 14 d’Avril 1771', [['14 d’Avril 1771', '1771-04-14']]],
    ['à Blois ce 3 de May 1692', [['3 de May 1692', '1692-05-03']]],
    ['ce 17. Fevrier 1775', [['17. Fevrier 1775', '1775-02-17']]],
    ['en décembre 1920', [['décembre 1920', '1920-12']]],
    ['De 1809 à 1814, il', [['1809 à 1814', '1809/1814']]],
    ['à partir de 1827.', [['1827', '1827']]],
    ['à Noël 1774', [['Noël 1774', '1774-12-25']]],
    ['à la Saint-Sylvestre 1774', [['la Saint-Sylvestre 1774', '1774-12-31']]],
    ['le 17 7bre 1779', [['17 7bre 1779', '1779-09-17']]],
    ['timbre : LYON 3 janv. 52 Départ', [['3 janv. 52', '--01-03']]],
    ["au semestre d'hiver de 1821/1822", [["semestre d'hiver de 1821/1822", '1821-10/1822-02']]],
    ['Dimanche 3e après Pâques, 12 mai 1850', [['Dimanche 3e après Pâques, 12 mai 1850', '1850-05-12']]],
  ], { language: 'fr' })
})

describe('not dates', () => {
  table([
    ['125 persons in the Dmitrov area', []],
    ['after 41 years of exile', []],
    ['Kropotkin, at 75, had been', []],
    ['only 25 percent for the', []],
    ['at 10:30 in the morning', []],
    ['pp. 227–234', []],
    ['You may 4 times try', []],
    ['in 1000 copies', []],
    ['in 2500 years', []],
    ['page 1917', []],
    ['31 February 1920', []],
    ['1920 to 1910', []],
    ['in 1905 years', []],
    ['March forward', []],
    ['a march 4 miles', []],
    ['the 30 roubles', []],
    ['(see pp. 1917)', []],
    ['(Vol. 1920)', []],
    ['for three days and 20 nights', []],
    ["at 5 o'clock", []],
    ['he was 1917 days in prison', []],
    ['29 February 1900', []],
    ['in the 19th century', []],
    ['reduce the 4th. vol. of it', []],
    ['Amalia Grünfeld (1781–1843) wrote', []],
    ['see pp. 1801–1805', []],
    ['in 1820 pounds', []],
    ['in £1820', []],
    ['accessed March 2, 2011', []],
    ['consulté le 2 mars 2011', []],
  ])
})

describe('the text around a phrase', () => {
  it('a weekday and a bare day number are a date only in a heading', () => {
    expect(found('Wednesday 12', { heading: true })).toEqual([['Wednesday 12', 'no-month']])
    expect(found('on Wednesday 12 men came')).toEqual([])
    expect(found('on Wednesday the 12th we')).toEqual([['Wednesday the 12th', 'no-month']])
    expect(found('Sunday. 1st after Epiphany.', { heading: true })).toEqual([])
    expect(found('Sonntag 2. nach Trinitatis', { heading: true, language: 'de' })).toEqual([])
  })

  it('a day after its article opening a paragraph, before a new sentence, is a date: the letter goes on another day', () => {
    expect(found('Den 23ten Ich muß Ihnen noch erzählen', { blockStart: true, language: 'de' })).toEqual([['23ten', 'no-month']])
    expect(found('Den 23ten Ich muß Ihnen noch erzählen', { language: 'de' })).toEqual([])
    expect(found('Le 11. Je reçois votre lettre', { blockStart: true, language: 'fr' })).toEqual([['11', 'no-month']])
    expect(found('The 23d was a fine day', { blockStart: true })).toEqual([])
    expect(findDatePhrases('Tuesday 3d. I write again', { blockStart: true }).dates[0].opensBlock).toBe(true)
    expect(findDatePhrases('Tuesday 3d we wrote', { blockStart: true }).dates[0].opensBlock).toBeUndefined()
  })

  it('a life span after a tagged name is known by the name before the run', () => {
    expect(found(' (1802–1870) was', { afterName: true })).toEqual([])
    expect(found('the war (1914–1918) was')).toEqual([['1914–1918', '1914/1918']])
  })

  it('any year is a date in a note when the edition says so', () => {
    expect(found('Sie zog 1809 nach', { inNote: true, bareYears: true, language: 'de' })).toEqual([['1809', '1809']])
    expect(found('Sie zog 1809 nach', { inNote: true, bareYears: false, language: 'de' })).toEqual([])
    expect(found('Sie zog 1809 nach', { language: 'de' })).toEqual([])
    expect(found('vgl. S. 1127 und Nr. 1851', { inNote: true, bareYears: true, language: 'de' })).toEqual([])
  })

  it('relative words are dates only in the text, and only in their language', () => {
    const words = (s: string, language: string, inNote = false) => findDatePhrases(s, { language, inNote }).dates.map((p) => p.text)
    expect(words('I came yesterday and leave to-morrow', 'en')).toEqual(['yesterday', 'to-morrow'])
    expect(words('I came a fortnight ago and leave this day week', 'en')).toEqual(['a fortnight ago', 'this day week'])
    expect(words('Ich kam gestern und reise morgen', 'de')).toEqual(['gestern', 'morgen'])
    expect(words('heute Morgen kam er', 'de')).toEqual(['heute'])
    expect(words('Er ist hier', 'de')).toEqual([])
    expect(words('je suis arrivé hier', 'fr')).toEqual(['hier'])
    expect(words('das Haus ist heute ein Museum', 'de', true)).toEqual([])
  })
})
