/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, as ISO 8601 and TEI's
 * @when are): month lengths, weekdays, adding days, Easter. No time zones, no clock.
 */

export interface Ymd { year: number; month: number; day: number }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  const t = new Date(Date.UTC(2000, 0, 1))
  t.setUTCFullYear(d.year, d.month - 1, d.day)
  return t.getUTCDay()
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(2000, 0, 1))
  t.setUTCFullYear(d.year, d.month - 1, d.day + days)
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

/** The month `months` after (or before) the month of `d`, as year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The nearest day after `from` (or before it, direction -1) that is the given weekday. */
export function nextWeekday(from: Ymd, day: number, direction: 1 | -1): Ymd {
  for (let i = 1; i <= 7; i++) {
    const d = addDays(from, i * direction)
    if (weekday(d) === day) return d
  }
  return from
}

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  const t = (d: Ymd) => {
    const x = new Date(Date.UTC(2000, 0, 1))
    x.setUTCFullYear(d.year, d.month - 1, d.day)
    return x.getTime()
  }
  return Math.round((t(b) - t(a)) / 86_400_000)
}

/** Easter Sunday of a year (Gregorian computus, the anonymous algorithm of 1876). */
export function easterSunday(year: number): Ymd {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}

/** ISO 8601 of what is known: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD / --MM without a year. */
export function isoDate(year: number | undefined, month?: number, day?: number): string {
  if (year === undefined) return day !== undefined ? `--${pad(month!)}-${pad(day)}` : `--${pad(month!)}`
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4)
  if (month === undefined) return y
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`
}
