/**
 * The ISO value of a date phrase (@when, or @from/@to for a range), from what it writes and, for
 * what it leaves out, from the context: the year of a year-less date, the month of a day alone,
 * the century of a two-digit year, the day a relative date counts from. Inferred parts lower
 * @cert; a written weekday is checked against the calendar — it confirms an inferred year or
 * month, picks the neighbouring one when only that fits, and a mismatch is reported.
 */
import type { DatePhrase, Relative, WrittenDate } from './date-phrase.js'
import { addDays, addMonths, daysInMonth, isoDate, nextWeekday, validDay, weekday, type Ymd } from './calendar.js'
import { beforeYearStart, oldStyleValue, type OldStyle } from './old-style.js'
import { dayOf } from './feast-days.js'
import { termNear } from './academic-terms.js'

export type Cert = 'high' | 'medium' | 'low'

export interface DateValue {
  when?: string
  from?: string
  to?: string
  cert?: Cert
  /** Old Style: the date as written, in the calendar @datingMethod points to. */
  whenCustom?: string
  datingMethod?: string
}

/**
 * A date the context supplies; `month`/`day` when known. `writtenYear`: under Old Style, the
 * year as the source writes it, which a year-less date shares before it is reckoned anew.
 */
export interface ContextDate { year: number; month?: number; day?: number; writtenYear?: number }

/** What a tagged date gives the dates after it. */
export function contextDateOf(v: DateValue): ContextDate | undefined {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(v.when ?? '')
  if (!m) return undefined
  const written = v.whenCustom ? Number(v.whenCustom.slice(0, 4)) : undefined
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined, writtenYear: written }
}

export interface DateContext {
  /** The letter's or diary entry's own date: relative dates count from it. */
  reference?: ContextDate
  /** Where a date without a year takes it (a day alone also its month), and how sure that is. */
  context?: ContextDate & { cert: Cert }
  /** A year of the document, for the century of a two-digit year. */
  centuryYear?: number
  oldStyle?: OldStyle
  /** The month of the last date before, when nothing gave its year: a day alone is of it, year unknown. */
  monthOnly?: number
}

export interface DateProblem { code: 'date-weekday-mismatch'; message: string }

/**
 * A date with no year to be had has no value (a --MM-DD value would say it recurs every year);
 * `partial` is what is known, for the message.
 */
export type Resolution =
  | { value: DateValue; problems: DateProblem[]; yearUnknown?: { partial: string } }
  | { unresolved: Unresolved }

/** No date to give: relative to an unknown date, a day without a month, a day the year lacks. */
export type Unresolved = 'no-reference' | 'no-month' | 'no-such-day'

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export function resolveDate(p: DatePhrase, ctx: DateContext): Resolution {
  if (p.relative) return resolveRelative(p.relative, p.start, ctx)
  if (p.recurring) return { value: { when: isoDate(undefined, p.start.month, p.start.day as number) }, problems: [] }
  if (p.end) return resolveRange(p, ctx)
  const r = resolveWritten(p.start, ctx)
  if ('unresolved' in r) return r
  const problems = r.problem ? [{ code: 'date-weekday-mismatch' as const, message: `"${p.text}": ${r.problem}` }] : []
  const written = r.writtenYear && r.month !== undefined ? oldStyleValue(r, p.start.newStyleYear, ctx.oldStyle) : undefined
  const when = written?.when ?? isoDate(r.year, r.month, r.day)
  if (r.year === undefined) return { value: {}, problems, yearUnknown: { partial: when } }
  const value: DateValue = { when, cert: r.cert, whenCustom: written?.whenCustom, datingMethod: written?.datingMethod }
  return { value, problems }
}

interface Parts { year?: number; month?: number; day?: number; cert?: Cert; writtenYear?: boolean; problem?: string }

/** The parts of a written date, completed from the context. */
function resolveWritten(w: WrittenDate, ctx: DateContext): Parts | { unresolved: Unresolved } {
  const written = w.year ?? century(w.shortYear, ctx)
  if (written !== undefined && w.month === undefined && typeof w.day === 'number' && w.weekday !== undefined) return monthFromWeekday(written, w.day, w.weekday)
  let parts: Parts
  if (written !== undefined) parts = { year: written, month: w.month, writtenYear: true }
  else if (w.month !== undefined) parts = yearFromContext(w.month, w.day, ctx)
  else if (w.day !== undefined && ctx.context?.month !== undefined) parts = { year: ctx.context.year, month: ctx.context.month, cert: ctx.context.cert }
  else if (w.day !== undefined && ctx.monthOnly !== undefined) parts = { month: ctx.monthOnly }
  else if (w.day !== undefined) return { unresolved: 'no-month' }
  else return { unresolved: 'no-month' }
  if (w.day === undefined) return parts
  const day = w.day === 'last' ? daysInMonth(parts.year ?? 2001, parts.month!) : w.day
  // "29 February" in a year without it: the inferred year is wrong, or the writer was
  if (parts.year !== undefined && !validDay(parts.year, parts.month!, day)) return { unresolved: 'no-such-day' }
  return checkWeekday({ ...parts, day }, w, written === undefined)
}

/** The year of a year-less month: the context's, or the next or last one across New Year. */
function yearFromContext(month: number, day: WrittenDate['day'], ctx: DateContext): Parts {
  const c = ctx.context
  if (!c) return { month }
  // Old Style: the source's own year, reckoned anew like a written one ("20 March" after "12
  // February 1611" is 1612); a day past the year's start written before it is of the next
  // written year ("30 March" then is 30 March 1612, six weeks on, not a year back)
  if (ctx.oldStyle && c.writtenYear !== undefined) {
    const os = ctx.oldStyle
    const next = c.month !== undefined && beforeYearStart(c.month, c.day, os) && !beforeYearStart(month, typeof day === 'number' ? day : undefined, os)
    return { year: c.writtenYear + (next ? 1 : 0), month, cert: c.cert, writtenYear: true }
  }
  let year = c.year
  if (c.month !== undefined && c.month >= 11 && month <= 2) year++
  if (c.month !== undefined && c.month <= 2 && month >= 11) year--
  return { year, month, cert: c.cert }
}

/** The century of "'64" or "Oct. 34": the one that brings it nearest to a year of the document. */
function century(short: number | undefined, ctx: DateContext): number | undefined {
  const near = ctx.reference?.year ?? ctx.context?.year ?? ctx.centuryYear
  if (short === undefined || near === undefined) return undefined
  const base = Math.floor(near / 100) * 100 + short
  return [base - 100, base, base + 100].reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a))
}

/**
 * A written weekday against the calendar. When the year (or month) was inferred, the weekday
 * confirms it, or picks the neighbouring year (month) if that alone fits; else it is a mismatch.
 */
function checkWeekday(parts: Parts, w: WrittenDate, inferred: boolean): Parts {
  if (w.weekday === undefined || parts.year === undefined || parts.month === undefined || !validDay(parts.year, parts.month, parts.day!)) return parts
  const fits = (d: Ymd) => validDay(d.year, d.month, d.day) && weekday(d) === w.weekday
  const d = { year: parts.year, month: parts.month, day: parts.day! }
  if (fits(d)) return inferred ? { ...parts, cert: undefined } : parts
  if (inferred) {
    const neighbours = w.month === undefined
      ? [addMonths(d.year, d.month, 1), addMonths(d.year, d.month, -1)].map((m) => ({ ...m, day: d.day }))
      : [{ ...d, year: d.year + 1 }, { ...d, year: d.year - 1 }]
    const fitting = neighbours.filter(fits)
    if (fitting.length === 1) return { ...parts, ...fitting[0], cert: 'medium' }
  }
  return { ...parts, cert: 'low', problem: `${formatDay(d)} is a ${WEEKDAY_NAMES[weekday(d)]}, not a ${WEEKDAY_NAMES[w.weekday]}` }
}

/** "Tuesday 13th 1815": the month whose 13th is a Tuesday that year, if only one is. */
function monthFromWeekday(year: number, day: number, wd: number): Parts {
  const months = [...Array(12).keys()].map((i) => i + 1).filter((m) => validDay(year, m, day) && weekday({ year, month: m, day }) === wd)
  return months.length === 1 ? { year, month: months[0], day, cert: 'low', writtenYear: true } : { year, cert: 'low', writtenYear: true }
}

function resolveRange(p: DatePhrase, ctx: DateContext): Resolution {
  const end = resolveWritten(p.end!, ctx)
  if ('unresolved' in end) return end
  // "4–7 June 1851": the start takes the month and year of the end
  const start: WrittenDate = { ...p.start }
  const startYearless = start.year === undefined && start.shortYear === undefined
  if (startYearless && end.year !== undefined && (start.month !== undefined || start.day !== undefined)) start.year = end.year
  if (start.month === undefined && start.day !== undefined) start.month = end.month
  const s = resolveWritten(start, ctx)
  if ('unresolved' in s) return s
  const value = { from: isoDate(s.year, s.month, s.day), to: isoDate(end.year, end.month, end.day), cert: end.cert }
  if (end.year === undefined) return { value: {}, problems: [], yearUnknown: { partial: `${value.from}/${value.to}` } }
  return { value, problems: [] }
}

function resolveRelative(rel: Relative, w: WrittenDate, ctx: DateContext): Resolution {
  const ref = ctx.reference
  if (rel.kind === 'term' && ref?.month !== undefined) {
    const t = termNear(rel.term, rel.shift, { year: ref.year, month: ref.month })
    return { value: { from: isoDate(t.from.year, t.from.month), to: isoDate(t.to.year, t.to.month), cert: 'medium' }, problems: [] }
  }
  if (rel.kind === 'named-month' && ref?.month !== undefined) return namedMonth(rel, ref)
  if (rel.kind === 'term' || rel.kind === 'named-month' || !ref || ref.month === undefined || ref.day === undefined) return { unresolved: 'no-reference' }
  if (rel.kind === 'feast') return feastNear(rel, { year: ref.year, month: ref.month, day: ref.day })
  const from = { year: ref.year, month: ref.month, day: ref.day }
  let d: Ymd
  if (rel.kind === 'days') d = addDays(from, rel.days)
  else if (rel.kind === 'weekday') d = nextWeekday(from, rel.weekday, rel.direction)
  else if (rel.kind === 'month') d = { ...addMonths(from.year, from.month, rel.months), day: w.day as number }
  else d = { year: from.year, month: w.month!, day: w.day as number }
  if (!validDay(d.year, d.month, d.day)) return { unresolved: 'no-such-day' }
  const cert = rel.kind === 'days' && rel.narrated ? 'low' : 'medium'
  return { value: { when: isoDate(d.year, d.month, d.day), cert }, problems: [] }
}

/** "last Whitsun": the latest before the reference's day; "next Easter" the first after it. */
function feastNear(rel: { feast: number; direction: 1 | -1 }, from: Ymd): Resolution {
  const key = (d: Ymd) => d.year * 10000 + d.month * 100 + d.day
  let d = dayOf(rel.feast, from.year)
  if (rel.direction < 0 && key(d) >= key(from)) d = dayOf(rel.feast, from.year - 1)
  if (rel.direction > 0 && key(d) <= key(from)) d = dayOf(rel.feast, from.year + 1)
  return { value: { when: isoDate(d.year, d.month, d.day), cert: 'medium' }, problems: [] }
}

/** "last March": the latest March before the reference's month; "next March" the first after it. */
function namedMonth(rel: { month: number; direction: 1 | -1 }, ref: ContextDate): Resolution {
  const m = ref.month!
  const year = rel.direction < 0 ? (m > rel.month ? ref.year : ref.year - 1) : (m < rel.month ? ref.year : ref.year + 1)
  return { value: { when: isoDate(year, rel.month), cert: 'medium' }, problems: [] }
}

function formatDay(d: Ymd): string {
  return isoDate(d.year, d.month, d.day)
}
