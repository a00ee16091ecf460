import { describe, expect, it } from 'vitest'
import { findDatePhrases } from '../../src/enrich/dates/parse-date-phrase.js'

const reasons = (text: string, afterName = false) =>
  findDatePhrases(text, { afterName, inNote: true, bareYears: true }).notDates.map((n) => [n.phrase.text, n.reason])

describe('numbers that look like dates but are not the text’s events', () => {
  it('a life span after a name', () => {
    expect(reasons('Amalia Grünfeld (1781–1843) travelled')).toEqual([['1781–1843', 'life span']])
    expect(reasons('Mary Smith (b. 1802) wrote')).toEqual([['1802', 'life span']])
    expect(reasons('Jonas Berg (geb. 1773) schrieb')).toEqual([['1773', 'life span']])
    expect(reasons(' (1802–1870), the painter', true)).toEqual([['1802–1870', 'life span']])
  })

  it('but not a war or a reign of a few years, nor a span after a common noun', () => {
    expect(reasons('der Krieg (1756–1763) war')).toEqual([])
    expect(reasons('the Crimean War (1853–1856) was')).toEqual([])
    expect(reasons('the years (1820–1870) saw')).toEqual([])
  })

  it('a citation’s access date', () => {
    expect(reasons('Vane & Sons [accessed March 2, 2011]')).toEqual([['March 2, 2011', 'access date']])
    expect(reasons('(abgerufen am 3. Mai 2020)')).toEqual([['3. Mai 2020', 'access date']])
    expect(reasons('[consulté le 2 mars 2011]')).toEqual([['2 mars 2011', 'access date']])
  })

  it('pages, volumes, numbers', () => {
    expect(reasons('see pp. 1801–1805')).toEqual([['1801–1805', 'page or number']])
    expect(reasons('vgl. S. 1127')).toEqual([['1127', 'page or number']])
    expect(reasons('in Nr. 1851 der Zeitung')).toEqual([['1851', 'page or number']])
  })

  it('another letter named in a note: a cross-reference', () => {
    expect(reasons('see the letter of June 20, 1834, p. 2')).toEqual([['June 20, 1834', 'letter reference']])
    expect(reasons('see a fragment of a letter from autumn 1836, p. 1')).toEqual([['1836', 'letter reference']])
    expect(reasons('vgl. Brieffragment vom Herbst 1836, S. 1')).toEqual([['1836', 'letter reference']])
    expect(reasons("voir le fragment de lettre de l'automne 1836")).toEqual([['1836', 'letter reference']])
    expect(reasons('he wrote in the autumn of 1836')).toEqual([])
  })

  it('a book’s year of printing before the page cited', () => {
    expect(reasons('quoted from his Lives, London 1794, p. 212.')).toEqual([['1794', 'imprint']])
    expect(reasons('zitiert nach Gotha 1802, S. 549.')).toEqual([['1802', 'imprint']])
    expect(reasons('cité d’après Rouen 1771, p. 12.')).toEqual([['1771', 'imprint']])
    expect(reasons('he left in 1794, p. 3 tells')).toEqual([])
  })

  it('sums of money', () => {
    expect(reasons('a bill of £1820 was')).toEqual([['1820', 'money']])
    expect(reasons('für 1500 Thaler')).toEqual([['1500', 'money']])
    expect(reasons('pour 1800 livres')).toEqual([['1800', 'money']])
  })

  it('counts of things', () => {
    expect(reasons('with 1820 men')).toEqual([['1820', 'count']])
    expect(reasons('mit 1500 Mann')).toEqual([['1500', 'count']])
  })

  it('a real date is none of these', () => {
    expect(reasons('he was born in 1802, and (1820) moved')).toEqual([])
    expect(findDatePhrases('he was born in 1802').dates.map((d) => d.text)).toEqual(['1802'])
  })
})
