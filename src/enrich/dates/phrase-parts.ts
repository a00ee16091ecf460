/**
 * The pieces date patterns are made of, as regex source: a day with the ordinal endings of each
 * language (`3rd`, `2d`, `13 th`, `18h`, `14t`, `1er`, `3.`, `12ten`, `11.ten`), a month in any
 * written form, a four-digit year (with dual dating `1611/12`), a two-digit year (`'64`, `"58`),
 * weekdays before or after, and `A.D.` / `anno`. A piece that may occur twice in one pattern
 * takes a group name, or none.
 */
import { APOSTROPHE_MONTH, MONTH_PATTERN, WEEKDAY_PATTERN } from '../../core/month-names.js'

/** Not inside a word or number. */
export const B = '(?<![\\p{L}\\p{N}])'
export const E = '(?![\\p{L}\\p{N}])'

const DAY_NUMBER = '3[01]|[12]\\d|0?[1-9]'
const DAY_ENDING = '(?:\\s?(?:st|nd|rd|th)|d|h|t|er|e|ème|ième|eme|me|\\.?\\s?(?:ten|te|ter|tes|sten|ste))?'

/** A day of the month with its ordinal ending and full stop ("3rd", "18h.", "3.", "12ten"). */
export function day(name: string | null = 'day'): string {
  return `(${name ? `?<${name}>` : '?:'}${DAY_NUMBER})${DAY_ENDING}${E}\\.?`
}

/** A day number with an English ordinal ending only ("5th", "22d"): a day standing alone. */
export function englishOrdinalDay(name = 'day'): string {
  return `(?<${name}>${DAY_NUMBER})(?:st|nd|rd|th|d)${E}`
}

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
]
const TENS_ONES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']

/** English ordinal words for days 1–31 ("second", "twenty-first", "thirtieth"), to their number. */
export const ordinalWordDay: ReadonlyMap<string, number> = new Map([
  ...ORDINAL_WORDS.map((w, i) => [w, i + 1] as [string, number]),
  ...TENS_ONES.map((w, i) => [`twenty-${w}`, 21 + i] as [string, number]),
  ['thirtieth', 30], ['thirty-first', 31],
  ['premier', 1], ['première', 1], ['premiere', 1],
])

/** The first of the month in French ("premier d'octobre", "le premier mai"): the only day French writes as a word. */
export const FIRST_DAY_WORD = '(?:premier|première|premiere)'

/** A day of the month in Roman numerals, as older letters date ("ce XXIX de septembre"): II–XXXI (one letter alone is too often a word). */
export const ROMAN_DAY = '(?<romanDay>[IVXivx]{2,6})'

/** The number of a Roman day numeral written in capitals, 1–31; undefined for anything else. */
export function romanDay(numeral: string): number | undefined {
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral)) return undefined
  let n = 0
  const value: Record<string, number> = { I: 1, V: 5, X: 10 }
  for (let i = 0; i < numeral.length; i++) {
    const v = value[numeral[i]], next = value[numeral[i + 1]] ?? 0
    n += v < next ? -v : v
  }
  return n >= 1 && n <= 31 ? n : undefined
}

/** A year the editor supplied in brackets after a date that lacks one: "10 de juillet (1538)", "5 June [1821]". */
export const SUPPLIED_YEAR = `(?:\\s*[(\\[]\\s*(?<suppliedYear>1\\d{3}|20\\d{2})\\s*[)\\]])?`

export const ORDINAL_WORD = [...ordinalWordDay.keys(), 'last'].sort((a, b) => b.length - a.length).join('|')

/** A month in any written form, with its full stop or colon ("Decr.", "Sept:", "9br"). */
export function month(name: string | null = 'month'): string {
  return `(${name ? `?<${name}>` : '?:'}${MONTH_PATTERN}|${APOSTROPHE_MONTH})(?![\\p{L}])\\.?:?`
}

/** "A.D." / "anno Domini" / "in the year of our Lord" before a year. */
export const ERA = '(?:(?:A\\.\\s?D\\.|anno(?:\\s+domini)?|in\\s+the\\s+year(?:\\s+of\\s+our\\s+lord)?)\\s+)?'

/** A four-digit year 1000–2099. */
export function year(name = 'year'): string {
  return `(?<${name}>1\\d{3}|20\\d{2})${E}`
}

/** A year after day and month: four digits (with dual dating "1611/12"), or two ("'64", "34"). */
export const DAY_MONTH_YEAR =
  `(?:${ERA}${year()}(?:/(?<newStyle>\\d{1,2})${E})?` +
  // two digits after an apostrophe, or closing the phrase ("16 Aug 36", "June 28. 25")
  `|['’‘"]\\s?(?<shortYear>\\d{2})${E}|(?<shortYearBare>\\d{2})(?=\\s*(?:$|[\\n.,;:)\\]]))(?!\\.\\d))`

/**
 * Two digits before a word, after a contracted month only: the postmark's and clerk's "16 Aug 36",
 * "1 Oct. 34" (after "16 August" the digits are more likely a count: "16 August 36 men").
 */
export const SHORT_YEAR_BEFORE_WORD = '(?<shortYearWord>\\d{2})(?=\\s+\\p{L})'

/** The name of a Sunday before "Sunday" ("Palm Sunday", "Septuagesima Sunday"). */
const SUNDAY_NAME = '(?:\\p{Lu}\\p{Ll}+gesima|Palm|Easter|Low|Whit|Trinity|Rogation|Passion|Advent)\\s+(?=sunday)'

/** A Sunday's place in the church year ("1st after Epiphany", "2. nach Trinitatis", "3e après Pâques"). */
export const SUNDAY_AFTER_FEAST = '(?:\\d{1,2}(?:st|nd|rd|th|\\.|er|e)?|first|second|third|fourth|fifth|sixth|last)\\s+' +
  '(?:(?:Sunday|Sonntag|dimanche)\\s+)?(?:after|in|before|nach|n\\.|vor|après|avant)\\s+' +
  "(?:Epiphany|Trinity|Easter|Pentecost|Whitsun(?:day)?|Advent|Lent|Epiphanias|Trinitatis|Ostern|Pfingsten|l['’]Épiphanie|la\\s+Trinité|Pâques|la\\s+Pentecôte)"

/** A weekday and its place in the church year, not a day number ("Sunday. 1st after Epiphany"). */
export const NOT_SUNDAY_AFTER = '(?![.,]?\\s+(?:(?:Sunday|Sonntag|dimanche)\\s+)?(?:after|in|before|nach|n\\.|vor|après|avant)\\s+\\p{Lu})'

/** A weekday before the date ("Monday, ", "Tuesday. ", "Thurs ", "Palm Sunday - ", "Monday the 4th of July"). */
export const WEEKDAY_BEFORE = `(?:(?:${SUNDAY_NAME})?(?<weekday>${WEEKDAY_PATTERN})(?![\\p{L}])\\.?,?\\s+(?:${SUNDAY_AFTER_FEAST}[.,]?\\s+)?(?:[-–—]\\s+)?(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th|d)))?)?`

/**
 * A weekday after the date when it ends the line or sentence ("Oct. 3. Friday.", "Feby 9. 1826.
 * Thursday"); not one that goes on ("… 1833. Thursday, d. July 25": the next sentence's date).
 */
export const WEEKDAY_AFTER = `(?:[.,]?\\s+(?<weekdayAfter>${WEEKDAY_PATTERN})(?![\\p{L}])(?=\\s*(?:$|[\\n.;:!?)\\]])))?`

export function weekday(name = 'weekday'): string {
  return `(?<${name}>${WEEKDAY_PATTERN})(?![\\p{L}])`
}

/** French "d'" or "de" between day and month ("14 d'Avril 1771", "ce 3 de May 1692"). */
export const OF_MONTH = "(?:d['’]\\s*|de\\s+)?"

/** Words that bound a range of years or days. */
export const RANGE_LINK = "(?:to|till|until|–|—|-|bis|à|au|jusqu['’]au)"

/**
 * The article a second day may take after the link of a range or pair ("the 3rd to the 5th of
 * May", "vom 3. bis zum 5. Mai", "le 3 et le 5 mai"): the day is still of the month that follows.
 */
export const SECOND_DAY_ARTICLE = '(?:(?:the|zum|den|dem|le)\\s+)?'

/** A month in Roman numerals, as dates in numbers write it ("5.IV.1820", "5. iv. 1820"). */
export const ROMAN_MONTH = '(?<roman>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)'
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

/** The month a Roman numeral names, 1–12. */
export function romanMonth(numeral: string): number | undefined {
  const i = ROMAN.indexOf(numeral.toUpperCase())
  return i < 0 ? undefined : i + 1
}

/** Numbers as words, for relative dates ("vor vier Tagen", "il y a huit jours"). */
export const numberWord: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['fourteen', 14],
  ['einem', 1], ['einen', 1], ['eine', 1], ['einer', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['vierzehn', 14],
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['quinze', 15],
])

export const NUMBER = `(?<count>\\d{1,2}|${[...numberWord.keys()].sort((a, b) => b.length - a.length).join('|')})`
