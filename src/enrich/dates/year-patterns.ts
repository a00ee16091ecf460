/**
 * Years: ranges (`1639 to '48`, `1789–94`, `1802 bis 1848`, `1834/35 à 1839`), decades (`1880s`),
 * a year after a word that makes it one (`in 1905`, `seit 1917`, `von 1806`, `depuis 1827`,
 * `im Jahr 1772`, `Ende 1797`: the part of the year outside the phrase), the year closing a
 * citation (`(London, 1899)`), and — in editorial notes, where editors tag them — any year.
 */
import { rx, type Groups, type PhrasePattern } from './phrase-pattern.js'
import { B, E, RANGE_LINK, year } from './phrase-parts.js'

/** Words after which a four-digit number is a year (English, German, French). */
const YEAR_CUES = [
  'in', 'since', 'by', 'of', 'before', 'after', 'during', 'until', 'till', 'from', 'early', 'late', 'mid',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'year', 'circa', 'c\\.', 'ca\\.',
  'im', 'seit', 'von', 'vom', 'vor', 'bis', 'nach', 'um', 'gegen', 'ab', 'jahr', 'jahre', 'jahres', 'anno',
  'sommer', 'frühjahr', 'frühling', 'herbst', 'anfang', 'anfangs', 'ende', 'endes', 'mitte',
  'en', 'depuis', 'de', 'dès', 'vers', 'avant', 'après', "jusqu['’]en", 'année', 'an', 'été', 'hiver', 'printemps', 'automne', 'début', 'fin', 'mi-',
]

const YEAR_CUE = `(?<=${B}(?:${YEAR_CUES.join('|')})\\s+)`

function readRange(g: Groups) {
  const y1 = Number(g.y1)
  let y2s = g.y2!.replace(/^['’]/, '')
  if (y2s.length === 2) y2s = String(Math.floor(y1 / 100)) + y2s
  const y2 = Number(y2s)
  if (y2 <= y1 || y2 - y1 > 200) return undefined
  return { start: { year: y1 }, end: { year: y2 } }
}

export const YEAR_PATTERNS: PhrasePattern[] = [
  // 1639 to '48 / 1789–94 / 1802 bis 1848 / 1834/35 bis 1839 (the start an academic year) / 1841/1842
  { name: 'year-range', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}(?<y1>1\\d{3}|20\\d{2})(?:/\\d{2}${E})?\\s*(?:${RANGE_LINK}|/)\\s*(?<y2>['’]?\\d{2}|1\\d{3}|20\\d{2})${E}`), read: readRange },
  // 1880's / 1880s
  { name: 'decade', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}(?<decade>1\\d{2}0|20\\d0)['’]?s${E}`), read: (g) => ({ start: { year: Number(g.decade) }, end: { year: Number(g.decade) + 9 } }) },
  // in 1905 / seit 1917 / von 1806 / depuis 1827 / im Jahr 1772
  { name: 'year-after-cue', needs: ['digit'], startsAt: ['digit'], re: rx(`${YEAR_CUE}${year()}`), read: (g) => ({ start: { year: Number(g.year) } }) },
  // "(New York: Vanguard Press, 1927)" — not a page, volume or number ("pp. 1917)")
  { name: 'citation-year', needs: ['digit'], startsAt: ['digit'], re: rx(`(?<=[.,:]\\s)(?<!\\b(?:pp?|nos?|vols?|cols?|fols?|ff|art|ch|sec|n)\\.?,?\\s)${year()}(?=\\))`), read: (g) => ({ start: { year: Number(g.year) } }) },
  // any year, in an editorial note
  { name: 'bare-year', needs: ['digit'], startsAt: ['digit'], where: 'notes', re: rx(`${B}${year()}`), read: (g) => ({ start: { year: Number(g.year) } }) },
]
