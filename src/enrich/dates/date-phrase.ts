/**
 * What a date phrase says, as written: the parts the writer gave (a year may have two digits, the
 * month or the year may be missing), and how the rest is to be found — from the document's own
 * date (relative dates, `inst.`, `d. J.`), from the next phrase (`11. und 12. März`), or from the
 * context. `resolve-date.ts` turns it into ISO values.
 */
import type { TermMonths } from './academic-terms.js'

export interface WrittenDate {
  /** Four-digit year as written. */
  year?: number
  /** A year written with two digits ("'64", "Oct. 34"): the century comes from the context. */
  shortYear?: number
  /** Dual dating ("12 February 1611/12"): the later year, the year as we count it. */
  newStyleYear?: number
  month?: number
  /** Day of the month; 'last' for "the last of June". */
  day?: number | 'last'
  /** Weekday as written, 0 = Sunday … 6 = Saturday: checked against the calendar. */
  weekday?: number
}

/** A date given relative to the document's own date (the letter's dateline, the diary entry). */
export type Relative =
  /** `narrated`: counted from a day the text tells of ("le lendemain"), taken to be the letter's. */
  | { kind: 'days'; days: number; narrated?: boolean }
  | { kind: 'weekday'; weekday: number; direction: 1 | -1 }
  /** The day is written, the month is the reference's shifted by `months` ("16th ult."). */
  | { kind: 'month'; months: number }
  /** Day and month are written, the year is the reference's ("3. Juli d. J."). */
  | { kind: 'year' }
  /** A month before or after the reference's ("last March", "juin prochain"): the nearest such. */
  | { kind: 'named-month'; month: number; direction: 1 | -1 }
  /** A feast before or after the reference's date ("last Whitsun", "letzte Pfingsten", "à Pâques prochain"): feast-days.ts. */
  | { kind: 'feast'; feast: number; direction: 1 | -1 }
  /** An academic term without its year ("im Sommerhalbjahr"): academic-terms.ts. */
  | { kind: 'term'; term: TermMonths; shift: -1 | 0 | 1 }

export interface DatePhrase {
  index: number
  length: number
  text: string
  start: WrittenDate
  /** The end of a range ("1802 bis 1848", "4–7 June"): start takes what it lacks from here. */
  end?: WrittenDate
  relative?: Relative
  /** "28." in "28. und 29. April": month and year are those of the next phrase. */
  partOfNext?: boolean
  /** A weekday and a bare day number ("Wednesday 12"): only taken in a heading. */
  headingOnly?: boolean
  /** Looked like a date but is not one (31 February): blocks shorter readings of the same words. */
  rejected?: boolean
  /**
   * Opens its block and stands apart from what follows (a capital, a stop, the end): in a letter,
   * the day the writer went on writing ("Den 23ten Ich muß Ihnen doch noch erzählen …").
   */
  opensBlock?: boolean
  /** A day that comes back every year ("the name day is on July 18th"): valued without a year. */
  recurring?: boolean
  /** A bare year naming a thing, not a time ("the treaty of 1869", "der Vertrag von 1869"): no year for the dates after it. */
  inPassing?: boolean
}
