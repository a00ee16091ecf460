/**
 * Finds calendar expressions in a run of text and gives their ISO 8601 values. Pure: knows nothing
 * of trees. Handles day-month-year in either order, ordinals ("the 3rd of June 1601"), abbreviated
 * months ("Oct.", "Sept:"), weekdays, German and French month names, month + year, years in
 * context ("in 1905"), ranges ("1639 to '48", "1789–94", "1880's"), and day + month without a year
 * (the year comes from the context, with lowered certainty). Numbers that are not years, ages,
 * durations and times of day are not dates.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthAbbreviations, monthNumber } from './month-names.js'

export interface DateMatch {
  index: number
  length: number
  text: string
  when?: string
  from?: string
  to?: string
  /** Set when part of the value was inferred (year from context). */
  cert?: 'medium' | 'low'
  /** The phrase has no year of its own. */
  needsYear?: boolean
  /** Looked like a date but is not one (31 February): blocks shorter readings of the same words. */
  rejected?: boolean
}

const M = `(?<month>${MONTH_PATTERN})\\.?:?`
const D = '(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?'
const Y = '(?<year>1[0-9]{3}|20[0-9]{2})'
const WD = `(?:(?:${WEEKDAY_PATTERN})\\.?,?\\s+)?`
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'

const rx = (s: string) => new RegExp(s, 'giu')
const PATTERNS: { re: RegExp; kind: string }[] = [
  // the 3rd of June 1601 / 3rd of June, 1601
  { re: rx(`${B}(?:the\\s+)?${D}\\s+(?:day\\s+)?of\\s+${M},?\\s+${Y}${E}`), kind: 'dmy' },
  // Monday, 4 March 1920 / 21 December, 1920 / 4. März 1920
  { re: rx(`${B}${WD}${D}\\s+${M},?\\s+${Y}${E}`), kind: 'dmy' },
  // March 4, 1920 / Jan. 12th, 1920 / Monday, March 4 1920
  { re: rx(`${B}${WD}${M}\\s+${D},?\\s+${Y}${E}`), kind: 'dmy' },
  // ranges of years: 1639 to '48, 1789–94, 1789-1794, from 1917 to 1921
  { re: rx(`${B}(?:from\\s+)?(?<y1>1[0-9]{3}|20[0-9]{2})\\s*(?:to|till|until|–|—|-|/)\\s*(?<y2>'?\\d{2}|1[0-9]{3}|20[0-9]{2})${E}`), kind: 'range' },
  // decades: 1880's, 1880s, the 1880s
  { re: rx(`${B}(?<decade>1[0-9]{2}0|20[0-9]0)'?s${E}`), kind: 'decade' },
  // October 1953 / May, 1919 / Sept: 1920
  { re: rx(`${B}${M},?\\s+${Y}${E}`), kind: 'my' },
  // 4 March / the 3rd of June / March 4 / Jan. 12th (year from context)
  { re: rx(`${B}${WD}(?:the\\s+)?${D}\\s+(?:of\\s+)?${M}${E}(?!,?\\s+\\d)`), kind: 'dm' },
  { re: rx(`${B}${WD}${M}\\s+${D}${E}(?!,?\\s+\\d)(?!\\s*(?:years?|days?|weeks?|months?|hours?|minutes?|o'clock|am|pm|a\\.m\\.|p\\.m\\.|percent|per cent|%))`), kind: 'md' },
  // a year in context: in 1905, since 1917, by 1920, of 1918, before 1914, during 1919, until 1921, early 1917
  { re: rx(`(?<=\\b(?:in|since|by|of|before|after|during|until|till|from|early|late|mid|summer|winter|spring|autumn|fall|year|im|seit|en|depuis)\\s+)${Y}${E}(?!\\s*(?:years?|persons?|people|men|copies|pages?|km|miles?|roubles?|rubles?|dollars?|francs?|pounds?|percent|per cent|%))`), kind: 'y' },
  // the year closing a citation: "(New York: Vanguard Press, 1927)", "Inc. 1927)" — not a page,
  // volume or number ("pp. 1917)")
  { re: rx(`(?<=[.,:]\\s)(?<!\\b(?:pp?|nos?|vols?|cols?|fols?|ff|art|ch|sec|n)\\.?,?\\s)${Y}(?=\\))`), kind: 'y' },
]

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** All date phrases in `text`, left to right, not overlapping (the longest wins). */
export function findDatePhrases(text: string): DateMatch[] {
  const found: DateMatch[] = []
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {}
      // a full stop or colon after a month name written out ends the sentence, not the date
      // ("on Thursday, 7 January."); after an abbreviation it is the date's ("Jan.")
      const stop = g.month && !monthAbbreviations.has(g.month.toLowerCase()) ? /[.:]+$/.exec(m[0]) : null
      const text = stop && m[0].slice(0, stop.index).endsWith(g.month!) ? m[0].slice(0, stop.index) : m[0]
      const match = interpret(kind, g, text, m.index)
      if (match) found.push(match)
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length)
  const out: DateMatch[] = []
  let end = -1
  for (const f of found) {
    if (f.index < end) continue
    out.push(f)
    end = f.index + f.length
  }
  return out.filter((f) => !f.rejected)
}

function interpret(kind: string, g: Record<string, string | undefined>, text: string, index: number): DateMatch | undefined {
  const month = g.month ? monthNumber.get(g.month.toLowerCase().replace(/\.$/, '')) : undefined
  const base = { index, length: text.length, text }
  switch (kind) {
    case 'dmy': {
      const y = Number(g.year)
      const d = Number(g.day)
      if (!month) return undefined
      // a day the month does not have: not a date, and no shorter reading of it either
      if (!validDay(y, month, d)) return { ...base, rejected: true }
      return { ...base, when: `${g.year}-${pad(month)}-${pad(d)}` }
    }
    case 'my':
      return month ? { ...base, when: `${g.year}-${pad(month)}` } : undefined
    case 'dm':
    case 'md': {
      const d = Number(g.day)
      if (!month || d < 1 || d > 31) return undefined
      // without a year, only a capitalised month name is evidence enough ("a march 4 miles", "may 4")
      if (!/^\p{Lu}/u.test(g.month!)) return undefined
      return { ...base, when: `--${pad(month)}-${pad(d)}`, needsYear: true }
    }
    case 'range': {
      const y1 = Number(g.y1)
      let y2s = g.y2!.replace("'", '')
      if (y2s.length === 2) y2s = String(Math.floor(y1 / 100)) + y2s
      const y2 = Number(y2s)
      if (y2 <= y1 || y2 - y1 > 200) return undefined
      return { ...base, from: String(y1), to: String(y2) }
    }
    case 'decade':
      return { ...base, from: g.decade, to: String(Number(g.decade) + 9) }
    case 'y':
      return { ...base, when: g.year }
  }
  return undefined
}

/** Completes a year-less date with the year of the context, at lowered certainty. */
export function withContextYear(d: DateMatch, year: string | undefined, cert: 'medium' | 'low' = 'medium'): DateMatch | undefined {
  if (!d.needsYear) return d
  if (!year) return undefined
  const [, mm, dd] = /^--(\d\d)-(\d\d)$/.exec(d.when!)!
  if (!validDay(Number(year), Number(mm), Number(dd))) return undefined
  return { ...d, when: `${year}-${mm}-${dd}`, cert, needsYear: false }
}
