/**
 * XML Schema dates, times and durations as jing checks them: the lexical form (a year of four
 * digits or more, which may be negative; two-digit month, day, hours, minutes and seconds; an
 * optional time zone), then the value as Java's strict Gregorian calendar takes it: a real day
 * of the month (29 February in leap years, also before 1582: the calendar is proleptic), hours
 * 0–23 (no 24:00:00), minutes and seconds 0–59 (a leap second :60 is taken), a time zone
 * between -13:00 and +14:00, no year 0000, and an instant Java's 64-bit milliseconds can hold
 * (about 292 million years either side of 1970).
 */

/** Which parts a type's value has, in order: Y year, M month, D day, t time; others stand for themselves. */
const TEMPLATES: Record<string, string> = {
  dateTime: 'Y-M-DTt', time: 't', date: 'Y-M-D', gYearMonth: 'Y-M', gYear: 'Y', gMonthDay: '--M-D', gDay: '---D', gMonth: '--M',
}
const PARTS: Record<string, string> = {
  Y: '-?(?:[1-9][0-9]*)?[0-9]{4}', M: '[0-9]{2}', D: '[0-9]{2}', t: '[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?',
}
const ZONE = '(?:Z|[+-][0-9]{2}:[0-5][0-9])?'
/** Java's calendar keeps an instant as a signed 64-bit count of milliseconds since 1970. */
const MIN_MILLIS = -(2n ** 63n)
const MAX_MILLIS = 2n ** 63n - 1n

export function isDateTimeType(type: string): boolean {
  return type in TEMPLATES
}

/** A check for one of the date and time types (dateTime, date, gYear …). */
export function dateTimeChecker(type: string): (value: string) => boolean {
  const template = TEMPLATES[type]
  const lexical = new RegExp(`^${[...template].map((c) => PARTS[c] ?? escapeRegex(c)).join('')}${ZONE}$`)
  return (value) => lexical.test(value) && validValue(template, value)
}

interface Fields {
  negative: boolean; year: number; month: number; day: number
  hours: number; minutes: number; seconds: number; millis: number; zoneMinutes: number
}

function validValue(template: string, s: string): boolean {
  const f = readFields(template, s)
  if (f === undefined) return false
  const year = f.negative ? 1 - f.year : f.year
  if (f.year < 1 || f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(year, f.month)) return false
  if (f.hours > 23 || f.minutes > 59 || f.seconds > 60) return false
  if (f.zoneMinutes < -13 * 60 || f.zoneMinutes > 14 * 60) return false
  // a leap second is kept as 59.999 seconds
  const [seconds, millis] = f.seconds === 60 ? [59, 999] : [f.seconds, f.millis]
  const time = ((f.hours * 60 + f.minutes - f.zoneMinutes) * 60 + seconds) * 1000 + millis
  const instant = BigInt(daysSinceEpoch(year, f.month, f.day)) * 86_400_000n + BigInt(time)
  return instant >= MIN_MILLIS && instant <= MAX_MILLIS
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (years numbered astronomically). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The fields of a lexically valid value (defaults: a leap year, January, the 1st, midnight). */
function readFields(template: string, s: string): Fields | undefined {
  const f: Fields = { negative: false, year: 2000, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0, millis: 0, zoneMinutes: 0 }
  let pos = 0
  for (const c of template) {
    if (c === 'Y') {
      f.negative = s[pos] === '-'
      const start = f.negative ? pos + 1 : pos
      pos = skipDigits(s, start)
      // Java reads the year as an int: more than 2147483647 is no year at all
      if (pos - start > 10 || Number(s.slice(start, pos)) > 2147483647) return undefined
      f.year = Number(s.slice(start, pos))
    } else if (c === 'M') [f.month, pos] = [Number(s.slice(pos, pos + 2)), pos + 2]
    else if (c === 'D') [f.day, pos] = [Number(s.slice(pos, pos + 2)), pos + 2]
    else if (c === 't') {
      f.hours = Number(s.slice(pos, pos + 2))
      f.minutes = Number(s.slice(pos + 3, pos + 5))
      f.seconds = Number(s.slice(pos + 6, pos + 8))
      pos += 8
      if (s[pos] === '.') {
        // Java keeps milliseconds: the first three digits of the fraction
        const end = skipDigits(s, pos + 1)
        f.millis = Number(s.slice(pos + 1, Math.min(end, pos + 4)).padEnd(3, '0'))
        pos = end
      }
    } else pos++
  }
  if (pos < s.length && s[pos] !== 'Z') {
    const sign = s[pos] === '-' ? -1 : 1
    f.zoneMinutes = sign * (Number(s.slice(pos + 1, pos + 3)) * 60 + Number(s.slice(pos + 4)))
  }
  return f
}

/** Days in a month of a proleptic Gregorian year, numbered astronomically (1 BC is year 0). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function skipDigits(s: string, i: number): number {
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++
  return i
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
}

const DURATION = /^-?P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)S)?)?$/

/** xsd:duration: at least one part, and no T without a time part. */
export function isDuration(s: string): boolean {
  return DURATION.test(s) && !s.endsWith('P') && !s.endsWith('T')
}
