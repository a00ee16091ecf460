/**
 * Dates with a day and a month: written out in the forms of English, German and French letters
 * and diaries (`4 March 1920`, `March 4, 1920`, `Feby 9. 1826. Thursday`, `the first day of
 * April 1850`, `this 12th day of June A.D. 1858`, `12ten Jänner 1830`, `14 d'Avril 1771`,
 * `June 3 '64`), with a year or without (`the last of June`, `9 Merz`), in numbers
 * (`21.6.1851`, `7/11 52`), day ranges (`4–7 June`), the first of a pair (`11. und 12. März`),
 * the clerk's shorthand (`16th ult.`, `3. Juli d. J.`), and a weekday with a day number alone
 * (`Wednesday 12`, in a diary's entry head). Month and year alone are here too (`October 1953`).
 */
import type { WrittenDate } from './date-phrase.js'
import { WORDLIKE_MONTHS, monthAbbreviations, monthOf, weekdayOf } from '../../core/month-names.js'
import { rx, num, type Groups, type PhrasePattern } from './phrase-pattern.js'
import {
  B, E, DAY_MONTH_YEAR, ERA, NOT_SUNDAY_AFTER, OF_MONTH, RANGE_LINK, SHORT_YEAR_BEFORE_WORD, WEEKDAY_AFTER, WEEKDAY_BEFORE,
  FIRST_DAY_WORD, ORDINAL_WORD, ROMAN_DAY, ROMAN_MONTH, SECOND_DAY_ARTICLE, SUPPLIED_YEAR, day, month, ordinalWordDay, romanDay, romanMonth, weekday, year,
} from './phrase-parts.js'

/** The parts the usual groups hold. */
export function writtenDate(g: Groups): WrittenDate {
  const w: WrittenDate = {}
  if (g.year ?? g.suppliedYear) w.year = Number(g.year ?? g.suppliedYear)
  if (g.newStyle) w.newStyleYear = dualYear(Number(g.year), g.newStyle)
  const short = g.shortYear ?? g.shortYearBare ?? g.shortYearWord
  if (short) w.shortYear = Number(short)
  if (g.month) w.month = monthOf(g.month)
  if (g.day) w.day = Number(g.day)
  if (g.dayword) w.day = g.dayword.toLowerCase() === 'last' ? 'last' : ordinalWordDay.get(g.dayword.toLowerCase().replace(/\s+/g, '-'))
  if (g.romanDay) w.day = romanDay(g.romanDay)
  const wd = g.weekday ?? g.weekdayAfter
  if (wd) w.weekday = weekdayOf(wd)
  return w
}

/** "1611/12" → 1612, "1699/700" never written; "1619/20" → 1620. */
function dualYear(y: number, tail: string): number | undefined {
  const base = Math.floor(y / 10 ** tail.length) * 10 ** tail.length
  let ns = base + Number(tail)
  if (ns <= y) ns += 10 ** tail.length
  return ns === y + 1 ? ns : undefined
}

function read(g: Groups) {
  if (g.month && !monthOf(g.month)) return undefined
  return { start: writtenDate(g) }
}

/** A two-digit year before a word follows a contracted month only ("16 Aug 36 Paid"). */
function readDayMonthYear(g: Groups) {
  if (g.shortYearWord && !monthAbbreviations.has(g.month!.toLowerCase().replace(/[.:]+$/, ''))) return undefined
  return read(g)
}

/** A Roman day is written in capitals ("XXIX"), and a day word needs its month. */
function readDayWord(g: Groups) {
  if (g.romanDay && romanDay(g.romanDay) === undefined) return undefined
  return read(g)
}

/** Month first and no year: "May 4" is a date, "you may 4 times" is not — a capital is needed. */
function readMonthFirst(g: Groups) {
  if (g.month && WORDLIKE_MONTHS.has(g.month.toLowerCase().replace(/[.:]+$/, '')) && !/^\p{Lu}/u.test(g.month)) return undefined
  return read(g)
}

/** "July 4th", "July the 4th" (the article only before an English ordinal). */
const MONTH_DAY_GAP = '\\s*(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th|d)))?'

/** Clerk's shorthand after a day: this month, last month, next month, this year. */
const SHORTHAND: [string, number | 'year'][] = [
  ['inst[.:]?|instant|of\\s+this\\s+month|of\\s+the\\s+present\\s+month|d\\.\\s?M(?:ts)?[.:]?|dieses\\s+Monats|de\\s+ce\\s+mois|c(?:ou)?r(?:an)?t\\.|du\\s+courant|courant', 0],
  ['ult[.:]?|ultimo|of\\s+last\\s+month|v\\.\\s?M(?:ts)?[.:]?|vorigen\\s+Monats|du\\s+mois\\s+dernier', -1],
  ['prox[.:]?|proximo|of\\s+next\\s+month|k\\.\\s?M(?:ts)?[.:]?|künftigen\\s+Monats|du\\s+mois\\s+prochain', 1],
  ['d\\.\\s?J\\.|dieses\\s+Jahres|h\\.\\s?a\\.|a\\.\\s?c\\.|c\\.\\s?a\\.', 'year'],
]
const SHORTHAND_PATTERN = SHORTHAND.map(([p], i) => `(?<sh${i}>${p})`).join('|')

function readShorthand(g: Groups) {
  if (g.month && !monthOf(g.month)) return undefined
  const i = SHORTHAND.findIndex((_, k) => g[`sh${k}`])
  const kind = SHORTHAND[i][1]
  if (kind === 'year') return g.month ? { start: writtenDate(g), relative: { kind: 'year' as const } } : undefined
  if (g.month) return undefined
  return { start: writtenDate(g), relative: { kind: 'month' as const, months: kind } }
}

/** A date phrase ending in a number must not run on into another number ("4 March 25 men"). */
const NO_NUMBER_AFTER = '(?!,?\\s*\\d)'

export const CALENDAR_PATTERNS: PhrasePattern[] = [
  // a month heading over diary entries: JANUARY 1821 (month-year), FEBRUARY, März.
  { name: 'month-heading', needs: ['month'], where: 'heading', re: rx(`^\\s*${month()}\\s*$`), read },
  // the 3rd of June 1601 / the first day of April 1850 / this 12th day of June A.D. 1858 / the last of June
  { name: 'day-of-month', needs: ['month'], startsAt: ['weekday', 'before-weekday', 'digit', 'ordinal'], re: rx(`${B}${WEEKDAY_BEFORE}(?:${day()}|(?<dayword>${ORDINAL_WORD}))\\s+(?:day\\s+of\\s+|of\\s+)${month()}(?:,?\\s+${ERA}${year()}(?:/(?<newStyle>\\d{1,2})${E})?)?${NO_NUMBER_AFTER}`), read },
  // Monday, 4 March 1920 / 4. März 1920 / 12ten Jänner 1830 / 14 d'Avril 1771 / 9 Aug 52 / 16 Aug 36 Paid
  { name: 'day-month-year', needs: ['digit', 'month'], startsAt: ['weekday', 'before-weekday', 'digit'], re: rx(`${B}${WEEKDAY_BEFORE}${day()}\\s*${OF_MONTH}${month()},?\\s+(?:${DAY_MONTH_YEAR}|${SHORT_YEAR_BEFORE_WORD})${WEEKDAY_AFTER}`), read: readDayMonthYear },
  // March 4, 1920 / Feby 9. 1826. Thursday / May 18h. 1831 / June 3 '64 / June 17. 31
  { name: 'month-day-year', needs: ['digit', 'month'], startsAt: ['weekday', 'before-weekday', 'month'], re: rx(`${B}${WEEKDAY_BEFORE}${month()}${MONTH_DAY_GAP}${day()},?\\s+${DAY_MONTH_YEAR}${WEEKDAY_AFTER}`), read },
  // Tuesday 13th 1815: the month is the one whose 13th is a Tuesday that year
  { name: 'weekday-day-year', needs: ['weekday', 'digit'], startsAt: ['weekday'], re: rx(`${B}${weekday()}\\.?,?\\s+${day()}\\s+${year()}`), read },
  // October 1953 / Sept: 1920 / May, 1919 (in "Ende Juli 1852" only "Juli 1852", as editors tag it)
  { name: 'month-year', needs: ['digit', 'month'], startsAt: ['month'], re: rx(`${B}${month()},?\\s+(?:of\\s+)?${ERA}${year()}`), read },
  // 4 March / 30 Nov. / 9 Merz / le 1er mai / Sunday 8 June / Oct. 3. Friday (year from the context, or
  // the editor's in brackets: "10 de juillet (1538)")
  { name: 'day-month', needs: ['digit', 'month'], startsAt: ['weekday', 'before-weekday', 'digit'], re: rx(`${B}${WEEKDAY_BEFORE}${day()}\\s*${OF_MONTH}${month()}${SUPPLIED_YEAR}${NO_NUMBER_AFTER}${WEEKDAY_AFTER}`), read },
  { name: 'month-day', needs: ['digit', 'month'], startsAt: ['weekday', 'before-weekday', 'month'], re: rx(`${B}${WEEKDAY_BEFORE}${month()}${MONTH_DAY_GAP}${day()}${SUPPLIED_YEAR}${NO_NUMBER_AFTER}${WEEKDAY_AFTER}`), read: readMonthFirst },
  // premier d'octobre 1538 / ce XXIX de septembre 1541 / le premier mai: the day as a word or in Roman
  // numerals, in French (in English "Chapter VI May be read" is no date)
  { name: 'day-word-month', needs: ['month'], startsAt: ['ordinal'], languages: ['fr'], re: rx(`${B}(?:(?<dayword>${FIRST_DAY_WORD})|${ROMAN_DAY})\\s*${OF_MONTH}${month()}(?:,?\\s+${ERA}${year()}${E}|${SUPPLIED_YEAR})${NO_NUMBER_AFTER}`), read: readDayWord },
  // 21.6.1851 / 3.11.1799
  { name: 'numeric', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}(?<day>3[01]|[12]\\d|0?[1-9])\\.\\s?(?<m>1[0-2]|0?[1-9])\\.\\s?${year()}`), read: readNumeric },
  // 5.IV.1820 / 5. iv. 1820: the month in Roman numerals
  { name: 'numeric-roman', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}(?<day>3[01]|[12]\\d|0?[1-9])\\.\\s?${ROMAN_MONTH}\\.\\s?${year()}`), read: readNumeric },
  // 1820-05-03: the ISO form, in modern notes
  { name: 'iso', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}${year()}-(?<m>1[0-2]|0[1-9])-(?<day>3[01]|[12]\\d|0[1-9])${E}(?!-)`), read: readNumeric },
  // 7/11 52 / 4/2 53 / 15/11/1822: day first, as German and French write it
  { name: 'numeric-slash', needs: ['digit'], startsAt: ['digit'], languages: ['de', 'fr'], re: rx(`${B}(?<day>3[01]|[12]\\d|0?[1-9])/(?<m>1[0-2]|0?[1-9])(?:/${year()}|\\s(?<shortYearBare>\\d{2})(?=\\.?\\s*(?:$|\\n)))`), read: readNumeric },
  // June 10–12, 1820 / May 3d to 5th
  { name: 'month-day-range', needs: ['digit', 'month'], startsAt: ['month'], re: rx(`${B}${month()}\\s*${day('day0')}\\s*${RANGE_LINK}\\s*${day()}(?:,?\\s+${year()})?${NO_NUMBER_AFTER}`), read: readDayRange },
  // 4–7 June / 9 -12 Julius 1851 / 5.-8.9.1870
  { name: 'day-range', needs: ['digit', 'month'], startsAt: ['digit'], re: rx(`${B}(?<day0>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th|d|er|e|ten|te)?\\.?\\s*${RANGE_LINK}\\s*${SECOND_DAY_ARTICLE}${day()}\\s*${OF_MONTH}(?:of\\s+)?${month()}(?:,?\\s+${year()})?${NO_NUMBER_AFTER}`), read: readDayRange },
  { name: 'numeric-day-range', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}(?<day0>3[01]|[12]\\d|0?[1-9])\\.?\\s?[-–]\\s?(?<day>3[01]|[12]\\d|0?[1-9])\\.\\s?(?<m>1[0-2]|0?[1-9])\\.\\s?${year()}`), read: readDayRange },
  // 11. in "11. und 12. März 1852": the month and year of the date that follows
  { name: 'first-of-pair', needs: ['digit', 'month'], startsAt: ['digit'], re: rx(`${B}${day()}(?=\\s*(?:und|and|et|&|or|oder|ou|,)\\s*${SECOND_DAY_ARTICLE}${day(null)}\\s*${OF_MONTH}(?:of\\s+)?${month(null)})`), read: (g) => ({ start: writtenDate(g), partOfNext: true }) },
  // 16th ult. / 5th inst. / 9.ten v. Mts. / 3. Juli d. J.
  { name: 'shorthand', needs: ['digit'], startsAt: ['digit'], re: rx(`${B}${day()}\\s*(?:${month()}\\s*)?(?:${SHORTHAND_PATTERN})`), read: readShorthand },
  // Wednesday 12 / Thurs 9 / Friday 2d. / Wednesday the 12th / Mittwoch, den 12. (month and year
  // from the context)
  { name: 'weekday-day', needs: ['weekday', 'digit'], startsAt: ['weekday'], re: rx(`${B}${weekday()}\\.?,?\\s+(?<article>(?:the|den|le)\\s+)?${day()}(?![.\\s]*${OF_MONTH}(?:of\\s+)?${month(null)})${NOT_SUNDAY_AFTER}${NO_NUMBER_AFTER}`), read: readWeekdayDay },
]

function readNumeric(g: Groups) {
  const start = writtenDate(g)
  start.month = g.roman ? romanMonth(g.roman) : num(g.m)
  return { start }
}

function readDayRange(g: Groups) {
  const end = writtenDate(g)
  if (g.m) end.month = num(g.m)
  if (!end.month) return undefined
  const from = Number(g.day0)
  if (typeof end.day !== 'number' || from >= end.day) return undefined
  return { start: { day: from }, end }
}

function readWeekdayDay(g: Groups, text: string) {
  // "Wednesday 12" with no ending may be a weekday and a count, and in "am Sonnabend den 14"
  // editors tag the day alone: a date only in a heading ("Mittwoch, den 12.")
  const bare = !g.article && /\d\.?$/.test(text)
  return { start: writtenDate(g), headingOnly: bare || /^(?:den|le)\s/i.test(g.article ?? '') }
}
