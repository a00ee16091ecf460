/**
 * Old Style years. Where a source begins the year on another day than 1 January (25 March in
 * England until 1752), a date written "12th of February 1611" falls in what we call 1612: @when
 * gets 1612-02-12, and the date as written is kept in @when-custom with @datingMethod pointing to
 * the calendar described in the header (tei-header: profileDesc/calendarDesc). A dual date
 * ("12 February 1611/12") says the year itself.
 */
import { isoDate } from './calendar.js'

export interface OldStyle {
  /** The first day of the year in the source. */
  month: number
  day: number
  /** xml:id of the <calendar> that @datingMethod points to. */
  calendar: string
}

export interface OldStyleValue { when: string; whenCustom?: string; datingMethod?: string }

/** The value of a date with a written year, or undefined when it is read as written. */
export function oldStyleValue(
  d: { year?: number; month?: number; day?: number },
  newStyleYear: number | undefined,
  os: OldStyle | undefined,
): OldStyleValue | undefined {
  if (d.year === undefined || d.month === undefined) return undefined
  const written = isoDate(d.year, d.month, d.day)
  const custom = os ? { whenCustom: written, datingMethod: `#${os.calendar}` } : {}
  if (newStyleYear !== undefined) return { when: isoDate(newStyleYear, d.month, d.day), ...custom }
  if (!os || !beforeYearStart(d.month, d.day, os)) return undefined
  return { when: isoDate(d.year + 1, d.month, d.day), ...custom }
}

/** A month alone counts only when all of it is before the year's start. */
export function beforeYearStart(month: number, day: number | undefined, os: OldStyle): boolean {
  if (month !== os.month) return month < os.month
  return day !== undefined && day < os.day
}

/** "03-25" or "--03-25" (an edition setting) → month and day; undefined when malformed. */
export function parseYearStart(s: string | undefined): { month: number; day: number } | undefined {
  const m = /^(?:--)?(\d\d)-(\d\d)$/.exec(s ?? '')
  return m ? { month: Number(m[1]), day: Number(m[2]) } : undefined
}
