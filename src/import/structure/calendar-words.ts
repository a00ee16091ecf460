/**
 * The words of dates as letters and diaries write them, for recognising a dateline or an entry
 * head by its form (the enrich stage reads their values): month names, abbreviated and archaic
 * (Feby, Decr, Augt, Octob., 7ber, Xbre, Jänner, 9br), weekdays, day numbers with their
 * ordinal endings (3d, 2nd, 12ten, 1er), in English, German and French.
 */

const MONTHS = [
  // English, with the abbreviations of manuscripts: Jany, Feby, Febry, Decr, Novr, Octr, Augt, Septr
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'jan|jany|feb|feby|febry|febr|mar|apr|aprl|jun|jul|aug|augt|sep|sept|septr|oct|octr|octob|nov|novr|dec|decr',
  // and with "br": Septbr, Octbr, Novbr, Decbr, Dezbr, Septbre
  '(?:sept|oct|okt|nov|dec|dez)(?:em)?bre?',
  // German (Jänner, Feber, Hornung; Julius, Junius)
  'januar|jänner|jenner|februar|feber|hornung|märz|merz|mai|juni|junius|juli|julius|oktober|dezember|okt|dez',
  // French
  'janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|déc',
  // the numbered forms: 7ber, 8ber, 9ber, Xber, 7bre, Xbre, 9br
  '(?:7|8|9|10|x)b(?:er|re|r)',
].join('|')

const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
].join('|')

/** A month name or abbreviation (with its full stop), as a whole word. */
export const MONTH = `(?:${MONTHS})\\.?(?![\\p{L}])`
/** A weekday, as a whole word. */
export const WEEKDAY = `(?:${WEEKDAYS})\\.?(?![\\p{L}])`
/** A day of the month with an ordinal ending: 3, 3d, 3rd, 2nd, 12th, 12ten, 1er, 3. */
export const DAY = `(?:0?[1-9]|[12]\\d|3[01])(?:\\s?(?:st|nd|rd|th|d|ten|te|er|e|o)(?![\\p{L}]))?\\.?`
/** A year of the last six centuries. */
export const YEAR = '(?:1[4-9]\\d\\d|20\\d\\d)'
