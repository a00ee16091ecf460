/**
 * Feast days and quarter days with a year (`Christmas, 1871`, `Michaelmas 1809`, `Michaelis
 * 1823`, `Ostern 1847`, `la Saint-Jean 1774`): fixed ones by their day, movable ones counted from
 * Easter. Without a year, the last or next one from the letter's date (`last Whitsun`, `letzte
 * Pfingsten`, `nächste Ostern`, `à Pâques prochain`, `at Michaelmas next`); a feast alone is left
 * alone: "at Christmas" names no one day.
 */
import { addDays, easterSunday } from './calendar.js'
import { rx, type Groups, type PhrasePattern } from './phrase-pattern.js'
import { B, E, year } from './phrase-parts.js'

/** Name (regex) → fixed month and day, or days after Easter Sunday. */
const FEASTS: [string, { month: number; day: number } | { easter: number }][] = [
  ["New\\s+Year['’]?s\\s+Day|Neujahr|Neujahrstag|jour\\s+de\\s+l['’]an", { month: 1, day: 1 }],
  ["Epiphany|Twelfth\\s+Day|Dreikönigstag|Heilige\\s+Drei\\s+Könige|l['’]Épiphanie", { month: 1, day: 6 }],
  ['Candlemas|Lichtmess|Mariä\\s+Lichtmess|la\\s+Chandeleur', { month: 2, day: 2 }],
  ["Lady\\s+Day|Mariä\\s+Verkündigung|l['’]Annonciation", { month: 3, day: 25 }],
  ["Midsummer(?:\\s+Day)?|St\\.?\\s+John['’]s\\s+Day|Johannis|Johanni|la\\s+Saint-Jean", { month: 6, day: 24 }],
  ['Lammas(?:\\s+Day)?', { month: 8, day: 1 }],
  ['Michaelmas(?:\\s+Day)?|Michaelis|Michaeli|la\\s+Saint-Michel', { month: 9, day: 29 }],
  ["All\\s+Saints['’]?(?:\\s+Day)?|Allerheiligen|la\\s+Toussaint", { month: 11, day: 1 }],
  ['Martinmas|Martini|la\\s+Saint-Martin', { month: 11, day: 11 }],
  ["Christmas\\s+Eve|Heilig(?:e[rn]?)?\\s*Abend|la\\s+veille\\s+de\\s+Noël", { month: 12, day: 24 }],
  ['Christmas(?:\\s+Day)?|Weihnachten|Weihnacht|Noël', { month: 12, day: 25 }],
  ["New\\s+Year['’]?s\\s+Eve|Silvester|Sylvester|la\\s+Saint-Sylvestre", { month: 12, day: 31 }],
  ['Good\\s+Friday|Karfreitag|Vendredi\\s+saint', { easter: -2 }],
  ['Easter(?:\\s+Sunday|\\s+Day)?|Ostern|Ostersonntag|Pâques', { easter: 0 }],
  ['Easter\\s+Monday|Ostermontag|lundi\\s+de\\s+Pâques', { easter: 1 }],
  ["Ascension\\s+Day|Christi\\s+Himmelfahrt|Himmelfahrt|l['’]Ascension", { easter: 39 }],
  ['Whitsunday|Whit\\s+Sunday|Whitsun|Pfingsten|Pfingstsonntag|la\\s+Pentecôte|Pentecôte', { easter: 49 }],
  ['Whit\\s+Monday|Pfingstmontag', { easter: 50 }],
]

export function dayOf(i: number, y: number) {
  const rule = FEASTS[i][1]
  if ('easter' in rule) return addDays(easterSunday(y), rule.easter)
  return { year: y, ...rule }
}

function readFeast(g: Groups) {
  const i = FEASTS.findIndex((_, k) => g[`f${k}`])
  const y = Number(g.year)
  const { month, day } = dayOf(i, y)
  return { start: { year: y, month, day } }
}

const NAMES = FEASTS.map(([name], i) => `(?<f${i}>${name})`).join('|')

const LAST = 'last|letzte[nr]?|vorige[nr]?|vergangene[nr]?'
const NEXT = 'next|nächste[nr]?|kommende[nr]?|künftige[nr]?'
const AFTER_LAST = 'last|dernière|dernier|passée?'
const AFTER_NEXT = 'next|prochaine?'

function byFeast(g: Groups) {
  const feast = FEASTS.findIndex((_, k) => g[`f${k}`])
  const direction = g.last || g.afterLast ? -1 : 1
  return { start: {}, relative: { kind: 'feast' as const, feast, direction: direction as 1 | -1 } }
}

export const FEAST_PATTERNS: PhrasePattern[] = [
  { name: 'feast-day', needs: ['digit'], re: rx(`${B}(?:${NAMES}),?\\s+(?:of\\s+)?${year()}`), read: readFeast },
  { name: 'feast-relative', needs: ['relative'], re: rx(`${B}(?:(?<last>${LAST})|${NEXT})\\s+(?:${NAMES})${E}`), read: byFeast },
  { name: 'feast-relative-after', needs: ['relative'], re: rx(`${B}(?:${NAMES})\\s+(?:(?<afterLast>${AFTER_LAST})|${AFTER_NEXT})${E}`), read: byFeast },
]

/** The words that open a window for a feast without a year (date-windows.ts). */
export const FEAST_WORDS = ['easter', 'ostern', 'pâques', 'whitsun', 'whitsunday', 'pfingsten', 'pentecôte', 'christmas', 'weihnachten', 'weihnacht', 'noël',
  'michaelmas', 'michaelis', 'michaeli', 'martinmas', 'martini', 'candlemas', 'lichtmess', 'lammas', 'midsummer', 'johannis', 'johanni', 'chandeleur', 'toussaint', 'allerheiligen']
