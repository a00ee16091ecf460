/**
 * Academic terms, as letters and university reports name them: the German semester
 * (`Wintersemester 1821/22`, `Sommerhalbjahr 1817`, the old `Winterhalbeniahre`, `Som̄erhalbiahr`),
 * the French `semestre d'hiver 1821/1822`, English `winter semester 1821/22`, the Oxford and
 * Cambridge terms (`Michaelmas Term 1820`) and the American `fall semester 1890`. A term is a
 * range of months: with its year as written; without one (`im Sommerhalbjahr`, `the next winter
 * term`, `le semestre d'hiver prochain`) it is the term the document's own date falls in or last
 * began, the next one, or the last one ended — only in the text, like the other relative dates.
 */
import type { TermMonths } from './academic-terms.js'
import { termInYear } from './academic-terms.js'
import { rx, type Groups, type PhrasePattern, type PhraseReading } from './phrase-pattern.js'
import { B, E } from './phrase-parts.js'

/**
 * As editors date them: the winter semester October to February, the summer semester March to
 * September; Michaelmas October–December, Hilary and Lent January–March, Easter and Trinity
 * April–June; the American fall September–December, spring January–May.
 */
const TERMS: Record<string, TermMonths> = {
  winter: { start: 10, end: 2 }, summer: { start: 3, end: 9 },
  michaelmas: { start: 10, end: 12 }, hilary: { start: 1, end: 3 }, lent: { start: 1, end: 3 },
  easter: { start: 4, end: 6 }, trinity: { start: 4, end: 6 },
  fall: { start: 9, end: 12 }, spring: { start: 1, end: 5 },
}

/** The season words of each language, to the term they name. */
const SEASONS: Record<string, string> = {
  winter: 'winter', summer: 'summer', sommer: 'summer', 'som\u0304er': 'summer', hiver: 'winter', 'été': 'summer',
  autumn: 'fall', fall: 'fall', spring: 'spring',
}

const DE_TERM = '(?<deSeason>Winter|So(?:mm|m\\u0304)er)[-‐]?(?:Semesters?|Halbe?n?[JI]ahr(?:es|e|s)?)'
const EN_TERM = '(?<enSeason>winter|summer|spring|fall|autumn)[-‐\\s]+(?:semester|term)s?|(?<named>Michaelmas|Hilary|Lent|Easter|Trinity)\\s+Term'
const FR_TERM = "semestres?\\s+d['’]\\s?(?<frSeason>hiver|été)"

/** "1821/22", "1821 / 1822", "1816–1817", "1890": the year the term begins in is the first. */
const YEARS = '(?:of\\s+|de\\s+)?(?<year>1\\d{3}|20\\d{2})(?:\\s*[/–—-]\\s*(?:1\\d{3}|20\\d{2}|\\d{2}))?' + E

const NEXT = '(?<next>nächsten|nächste|kommenden|künftigen|next|coming)'
const LAST = '(?<last>vorigen|vergangenen|verflossenen|letzten|last|past)'

function termOf(g: Groups): TermMonths | undefined {
  if (g.named) return TERMS[g.named.toLowerCase()]
  return TERMS[SEASONS[(g.deSeason ?? g.enSeason ?? g.frSeason ?? '').toLowerCase()] ?? '']
}

function readWithYear(g: Groups): PhraseReading | undefined {
  const term = termOf(g)
  if (!term) return undefined
  const { from, to } = termInYear(term, Number(g.year))
  return { start: from, end: to }
}

function readYearless(g: Groups): PhraseReading | undefined {
  const term = termOf(g)
  if (!term) return undefined
  const shift = g.next || g.nextAfter ? 1 : g.last || g.lastAfter ? -1 : 0
  return { start: {}, relative: { kind: 'term', term, shift } }
}

const TERM = `(?:${DE_TERM}|${EN_TERM}|${FR_TERM})`

export const TERM_PATTERNS: PhrasePattern[] = [
  { name: 'term-year', needs: ['term'], re: rx(`${B}${TERM}\\s+${YEARS}`), read: readWithYear },
  {
    name: 'term', needs: ['term'], where: 'text',
    re: rx(`${B}(?:(?:${NEXT}|${LAST})\\s+)?${TERM}(?:\\s+(?:(?<nextAfter>prochain)|(?<lastAfter>dernier)))?${E}(?!\\s+(?:of\\s+|de\\s+)?\\d)`),
    read: readYearless,
  },
]
