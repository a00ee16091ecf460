/**
 * Finds date phrases in a run of text and says what each one writes; resolve-date.ts gives the
 * values. Pure: knows nothing of trees. Every pattern of every kind runs on the windows where a
 * date can be (date-windows.ts), the leftmost longest
 * phrase wins, and a phrase that is no date (a life span, a page, a sum: not-dates.ts) still
 * blocks the shorter readings of its words.
 */
import type { DatePhrase } from './date-phrase.js'
import { validDay } from './calendar.js'
import { monthAbbreviations, monthNumber, weekdayNumber } from '../../core/month-names.js'
import { notADate, type NotDateReason } from './not-dates.js'
import { isRecurring } from './recurring.js'
import type { PhrasePattern } from './phrase-pattern.js'
import { CALENDAR_PATTERNS } from './calendar-patterns.js'
import { YEAR_PATTERNS } from './year-patterns.js'
import { CONTEXT_PATTERNS } from './context-patterns.js'
import { RELATIVE_PATTERNS } from './relative-patterns.js'
import { FEAST_PATTERNS } from './feast-days.js'
import { TERM_PATTERNS } from './term-patterns.js'
import { dateWindows, wordStarts, type StartKind } from './date-windows.js'

/** In this order: on the same words, an earlier pattern wins over a later one of the same length. */
const PATTERNS: PhrasePattern[] = [...CALENDAR_PATTERNS, ...FEAST_PATTERNS, ...TERM_PATTERNS, ...YEAR_PATTERNS, ...CONTEXT_PATTERNS, ...RELATIVE_PATTERNS]

export interface PhraseOptions {
  /** The text's language (primary subtag: en, de, fr); some words are dates in one language only. */
  language?: string
  /** The text is an editorial note. */
  inNote?: boolean
  /** Tag every year (in notes, as the edition says). */
  bareYears?: boolean
  /** The text is a heading or dateline, where a weekday and a day number alone are a date. */
  heading?: boolean
  /** Text just before this run (the end of the previous element), for the not-a-date checks. */
  before?: string
  /** A tagged name ends right before this run. */
  afterName?: boolean
  /** The run is the first text of its block (a paragraph). */
  blockStart?: boolean
}

export interface FoundPhrases {
  dates: DatePhrase[]
  notDates: { phrase: DatePhrase; reason: NotDateReason }[]
}

export function findDatePhrases(text: string, options: PhraseOptions = {}): FoundPhrases {
  const patterns = PATTERNS.filter((p) => applies(p, options))
  const found: DatePhrase[] = []
  for (const { start, end, kinds } of dateWindows(text)) {
    const window = text.slice(start, end)
    const starts = wordStarts(window)
    for (const pattern of patterns) {
      if (!pattern.needs.every((k) => kinds.has(k))) continue
      for (const p of matches(pattern, window, starts, options)) found.push({ ...p, index: p.index + start })
    }
  }
  const chosen = leftmostLongest(found)
  const dates: DatePhrase[] = []
  const notDates: FoundPhrases['notDates'] = []
  for (const p of chosen) {
    if (p.rejected) continue
    const before = (options.before ?? '') + text.slice(Math.max(0, p.index - 200), p.index)
    const afterName = options.afterName && !/[\p{L}\p{N}]/u.test(text.slice(0, p.index))
    const reason = notADate(p, before, text.slice(p.index + p.length), afterName, options.inNote)
    if (reason) notDates.push({ phrase: p, reason })
    else dates.push(isRecurring(p, before, options.inNote) ? { ...p, recurring: true } : isYearInPassing(p, before) ? { ...p, inPassing: true } : p)
  }
  const opening = options.blockStart ? dates.find((p) => opensBlock(text, p)) : undefined
  return { dates: completePairs(dates.map((p) => (p === opening ? { ...p, opensBlock: true } : p))), notDates }
}

/** "the treaty of 1869", "der Vertrag von 1869", "le traité de 1869": a bare year after the preposition that makes it a thing's. */
const OF_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+(?:of|from|von|vom|aus|de|du|des)\s+$/iu
/** …but not a time's: "the summer of 1810", "the end of 1799", "Anfang von 1800", "l'été de 1810". */
const TIME_WORD = /^(?:\p{L}*(?:summer|winter|spring|autumn|sommer|frühjahr|frühling|herbst)|fall|year|years|end|beginning|middle|course|close|part|half|month|months|ende|anfang|mitte|jahr|jahre|jahres|été|hiver|printemps|automne|fin|début|milieu|année|mois|cours)$/iu
function isYearInPassing(p: DatePhrase, before: string): boolean {
  if (p.start.year === undefined || p.start.month !== undefined || p.end || p.relative) return false
  const word = OF_BEFORE.exec(before)?.[1]
  return word !== undefined && !TIME_WORD.test(word)
}

/** Only the article before the phrase, and a capital, a stop or the end after it. */
function opensBlock(text: string, p: DatePhrase): boolean {
  if (p.start.day === undefined || p.relative) return false
  const before = text.slice(0, p.index)
  return /^\s*(?:(?:den|le|the)\s+)?$/iu.test(before) && /^\s*(?:$|[.,:;!?—–-]|\p{Lu})/u.test(text.slice(p.index + p.length))
}

function applies(p: PhrasePattern, o: PhraseOptions): boolean {
  if (p.languages && !p.languages.includes(o.language ?? 'en')) return false
  if (p.where === 'notes') return !!o.inNote && !!o.bareYears
  if (p.where === 'text') return !o.inNote
  if (p.where === 'heading') return !!o.heading
  if (p.where === 'block-start') return !!o.blockStart && !o.inNote
  return true
}

/** The same regex, matching only where lastIndex is. */
const sticky = new Map(PATTERNS.map((p) => [p, new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y')]))

/** Every match of the pattern in the window: at the words it may begin with, or anywhere. */
function matches(pattern: PhrasePattern, text: string, starts: Map<StartKind, number[]>, o: PhraseOptions): DatePhrase[] {
  const found: RegExpExecArray[] = []
  if (pattern.startsAt) {
    const re = sticky.get(pattern)!
    const at = [...new Set(pattern.startsAt.flatMap((k) => starts.get(k) ?? []))].sort((a, b) => a - b)
    for (const i of at) {
      re.lastIndex = i
      const m = re.exec(text)
      if (m && m[0]) found.push(m)
    }
  } else {
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (m[0] === '') pattern.re.lastIndex++
      else found.push(m)
    }
  }
  return found.flatMap((m) => phraseOf(pattern, m, o))
}

function phraseOf(pattern: PhrasePattern, m: RegExpExecArray, o: PhraseOptions): DatePhrase[] {
  const reading = pattern.read(m.groups ?? {}, m[0])
  // what is a date only in a heading does not block the shorter readings elsewhere ("den 14")
  if (!reading || (reading.headingOnly && !o.heading)) return []
  const kept = trimEnd(m[0], o.language)
  return [{ ...reading, index: m.index, length: kept.length, text: kept, rejected: reading.rejected || impossible(reading.start) }]
}

/** 31 February: no date, and no shorter reading of the same words either. */
function impossible(d: DatePhrase['start']): boolean {
  if (d.month === undefined || typeof d.day !== 'number') return false
  return !validDay(d.year ?? 2000, d.month, d.day)
}

/**
 * A full stop or colon at the end belongs to the sentence, unless it is an abbreviation's point:
 * a full stop where keepsFullStop says, a colon right after a contracted word, as older hands
 * wrote it ("16.ten v. Mts:", "the 5th inst:", "Thurs:"), never after a number or a full name.
 */
function trimEnd(s: string, language: string | undefined): string {
  const m = /^(.*?)([.:]+)$/su.exec(s)
  if (!m) return s
  const [, body, stops] = m
  if (stops.startsWith(':')) return /\p{L}$/u.test(body) && keepsFullStop(body, language) ? s : body
  return keepsFullStop(body, language) ? s : body
}

/** The full stop closes an abbreviation ("12 Sept.", "inst.", "Thurs.") or a German ordinal ("am 28."). */
function keepsFullStop(body: string, language: string | undefined): boolean {
  const word = /\p{L}+$/u.exec(body)?.[0].toLowerCase()
  if (word === undefined) return language === 'de' && /(?<!\d)\d{1,2}$/.test(body)
  if (/\d\s?(?:st|nd|rd|th|d|h|t|er|e|ten|te|ter|tes|sten|ste)$/iu.test(body)) return false
  if (monthNumber.has(word)) return monthAbbreviations.has(word)
  if (weekdayNumber.has(word)) return word.length <= 4
  return true
}

function leftmostLongest(found: DatePhrase[]): DatePhrase[] {
  const sorted = found.map((f, order) => ({ f, order })).sort((a, b) => a.f.index - b.f.index || b.f.length - a.f.length || a.order - b.order)
  const out: DatePhrase[] = []
  let end = -1
  for (const { f } of sorted) {
    if (f.index < end) continue
    out.push(f)
    end = f.index + f.length
  }
  return out
}

/** "11." of "11. und 12. März 1852" takes month and year from the next phrase. */
function completePairs(dates: DatePhrase[]): DatePhrase[] {
  return dates.flatMap((d, i) => {
    if (!d.partOfNext) return [d]
    const next = dates[i + 1]
    if (!next || next.start.month === undefined) return []
    const { year, shortYear, newStyleYear, month } = next.start
    return [{ ...d, partOfNext: undefined, start: { year, shortYear, newStyleYear, month, day: d.start.day } }]
  })
}
