/**
 * Where in a run of text a date can be: around the words dates are made of — a number, a month,
 * a weekday, a word of a relative date. The patterns run only on these windows (merged when
 * they touch, cut at spaces so no word or number is split), and a pattern is tried only where
 * its first word can be (wordStarts), which keeps a long text fast: most of a text has none of
 * these words.
 */
import { monthNumber, weekdayNumber } from '../../core/month-names.js'
import { ordinalWordDay } from './phrase-parts.js'
import { FEAST_WORDS } from './feast-days.js'

/** Words of relative dates (their parts, as a hyphen or apostrophe splits them). */
const RELATIVE_WORDS = new Set([
  'today', 'day', 'yesterday', 'tomorrow', 'morrow', 'days', 'week', 'weeks', 'fortnight',
  'heute', 'heut', 'gestern', 'vorgestern', 'morgen', 'übermorgen', 'tag', 'tagen', 'woche', 'wochen',
  'aujourd', 'hui', 'hier', 'demain', 'lendemain', 'jours',
  ...FEAST_WORDS,
])

/** Characters a window reaches before its first word and after its last: the longest phrase around them. */
const REACH_BEFORE = 64
const REACH_AFTER = 80

/** What a word can make a date of; a pattern runs only where its words are. */
export type DateWordKind = 'digit' | 'month' | 'weekday' | 'relative' | 'term'

/** Words of academic terms: Wintersemester, Sommerhalbjahr (Som̄er|halbiahr), semestre, term. */
const TERM_WORD = /semest|halbe?n?[ji]ahr|^terms?$/i

export interface DateWindow { start: number; end: number; kinds: Set<DateWordKind> }

function kindOf(word: string): DateWordKind | undefined {
  if (hasDigit(word)) return monthNumber.has(word.toLowerCase()) ? 'month' : 'digit'
  if (word.length > 3 && TERM_WORD.test(word)) return 'term'
  // no month, weekday or relative word is shorter or longer (a cheap test: this runs on every word)
  if (word.length < 3 || word.length > 12) return undefined
  const w = word.toLowerCase()
  if (monthNumber.has(w)) return 'month'
  if (weekdayNumber.has(w)) return 'weekday'
  return RELATIVE_WORDS.has(w) ? 'relative' : undefined
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/** The windows of `text`, in order, not overlapping, each with the kinds of date words in it. */
export function dateWindows(text: string): DateWindow[] {
  const out: DateWindow[] = []
  const words = /[\p{L}\p{N}]+/gu
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const kind = kindOf(m[0])
    if (!kind) continue
    const start = spaceBefore(text, m.index - REACH_BEFORE)
    const end = spaceAfter(text, m.index + m[0].length + REACH_AFTER)
    const last = out[out.length - 1]
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end)
      last.kinds.add(kind)
    } else out.push({ start, end, kinds: new Set([kind]) })
  }
  return out
}

function spaceBefore(text: string, at: number): number {
  if (at <= 0) return 0
  const i = text.lastIndexOf(' ', at)
  const nl = text.lastIndexOf('\n', at)
  return Math.max(i, nl, -1) + 1
}

function spaceAfter(text: string, at: number): number {
  if (at >= text.length) return text.length
  const space = /\s/g
  space.lastIndex = at
  return space.exec(text)?.index ?? text.length
}

/** Where a phrase may begin: a date word, an ordinal word ("second of March"), the word before a weekday ("Palm Sunday"). */
export type StartKind = DateWordKind | 'ordinal' | 'before-weekday' | 'before-month'

const ORDINALS = new Set([...ordinalWordDay.keys(), 'last', 'twenty', 'thirty'])

/** The start of every word of `window` that a phrase may begin with, by kind. */
export function wordStarts(window: string): Map<StartKind, number[]> {
  const starts = new Map<StartKind, number[]>()
  const add = (kind: StartKind, at: number) => {
    if (!starts.has(kind)) starts.set(kind, [])
    starts.get(kind)!.push(at)
  }
  const words = /[\p{L}\p{N}]+/gu
  let previous = -1
  for (let m = words.exec(window); m; m = words.exec(window)) {
    const kind = kindOf(m[0])
    if (kind) add(kind, m.index)
    if (kind === 'weekday' && previous >= 0) add('before-weekday', previous)
    if (kind === 'month' && previous >= 0) add('before-month', previous)
    if (!kind && (ORDINALS.has(m[0].toLowerCase()) || /^[IVX]{2,6}$/.test(m[0]))) add('ordinal', m.index)
    previous = m.index
  }
  return starts
}
