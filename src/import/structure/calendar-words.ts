/**
 * The words of dates as letters and diaries write them, for recognising a dateline or an entry
 * head by its form (the enrich stage reads their values): month names, abbreviated and archaic
 * (Feby, Decr, Augt, Octob., Decem, 7ber, Xbre, Jänner, 9br) and weekdays — the one list of
 * core/month-names.ts — and day numbers with their ordinal endings (3d, 2nd, 12ten, 1er).
 */

import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../core/month-names.js'

/** A month name or abbreviation (with its full stop), as a whole word. */
export const MONTH = `(?:${MONTH_PATTERN})\\.?(?![\\p{L}])`
/** A weekday, as a whole word. */
export const WEEKDAY = `(?:${WEEKDAY_PATTERN})\\.?(?![\\p{L}])`
/**
 * A day of the month with an ordinal ending: 3, 3d, 3rd, 2nd, 12th, 12ten, 1er, 3me, 3.; or as
 * older French letters write it, a word or Roman numerals ("premier", "XXIX").
 */
export const DAY = `(?:(?:0?[1-9]|[12]\\d|3[01])(?:\\s?(?:st|nd|rd|th|d|h|t|ten|te|er|ème|ième|eme|me|e|o)(?![\\p{L}]))?\\.?|premier|première|[IVX]{2,6}(?![\\p{L}]))`
/** A year of the last six centuries. */
export const YEAR = '(?:1[4-9]\\d\\d|20\\d\\d)'
