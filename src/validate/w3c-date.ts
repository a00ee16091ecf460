/**
 * The dates TEI allows in @when, @from, @to, @notBefore, @notAfter (XML Schema's date, gYear,
 * gYearMonth, dateTime, time, gMonth, gMonthDay, gDay), checked for being real: month 1–12, a day
 * that exists in that month (leap years counted), hours and minutes in range.
 */

export interface W3cDate {
  /** Year (negative before the common era), when the value has one. */
  year?: number
  month?: number
  day?: number
  /** Has a time of day (dateTime or time). */
  time: boolean
}

const YEAR = '(-?(?:[1-9]\\d{4,}|\\d{4}))'
const TZ = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?'
// 24:00:00 is left out: XML Schema 1.0 (jing, the reference) refuses it
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?'
const FORMS: [RegExp, (m: RegExpExecArray) => W3cDate][] = [
  [new RegExp(`^${YEAR}${TZ}$`), (m) => ({ year: Number(m[1]), time: false })],
  [new RegExp(`^${YEAR}-(\\d\\d)${TZ}$`), (m) => ({ year: Number(m[1]), month: Number(m[2]), time: false })],
  [new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)${TZ}$`), (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: false })],
  [new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)T(?:${TIME})${TZ}$`), (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: true })],
  [new RegExp(`^(?:${TIME})${TZ}$`), () => ({ time: true })],
  [new RegExp(`^--(\\d\\d)${TZ}$`), (m) => ({ month: Number(m[1]), time: false })],
  [new RegExp(`^--(\\d\\d)-(\\d\\d)${TZ}$`), (m) => ({ month: Number(m[1]), day: Number(m[2]), time: false })],
  [new RegExp(`^---(\\d\\d)${TZ}$`), (m) => ({ day: Number(m[1]), time: false })],
]

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The parsed date, or why it is not one. */
export function parseW3cDate(value: string): W3cDate | { problem: string } {
  for (const [re, make] of FORMS) {
    const m = re.exec(value)
    if (!m) continue
    const d = make(m)
    if (d.year === 0) return { problem: 'there is no year 0000 in XML Schema dates (1 BCE is -0001)' }
    if (d.month !== undefined && (d.month < 1 || d.month > 12)) return { problem: `there is no month ${String(d.month).padStart(2, '0')}` }
    const dd = String(d.day).padStart(2, '0')
    if (d.day !== undefined && d.day < 1) return { problem: `there is no day ${dd}` }
    if (d.day !== undefined && d.day > daysIn(d.month ?? 1, d.year)) {
      const mm = String(d.month).padStart(2, '0')
      return { problem: d.month === undefined ? `there is no day ${dd}` : d.year !== undefined ? `${m[1] ?? d.year}-${mm} has no day ${dd}` : `month ${mm} has no day ${dd}` }
    }
    return d
  }
  return { problem: 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)' }
}

/** [first, last] day of the period a dated value covers, as comparable numbers; undefined without a year. */
export function dateBounds(d: W3cDate): [number, number] | undefined {
  if (d.year === undefined) return undefined
  const key = (m: number, day: number) => d.year! * 10000 + m * 100 + day
  if (d.month === undefined) return [key(1, 1), key(12, 31)]
  if (d.day === undefined) return [key(d.month, 1), key(d.month, daysIn(d.month, d.year))]
  return [key(d.month, d.day), key(d.month, d.day)]
}
