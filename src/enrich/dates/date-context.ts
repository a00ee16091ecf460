/**
 * What the dates already read say about the next one, walking the text in order. A date without
 * a year takes it, in this order, from a date earlier in the same paragraph, from the letter's or
 * diary entry's own date, from any earlier date with a month, and last from a bare year (cert
 * low); never from an editorial note. In a text that is no letter or diary (an essay, an article)
 * the dates it mentions come before its own date, which is that of its publication. A day alone takes the letter's month unless the paragraph
 * names a day before it. In an editorial note, from the note's own dates first. A diary entry's head date becomes
 * the date the entry's text counts from; a day alone in the next head takes that month, or the
 * next when the day number is smaller.
 */
import type { TeiElement } from '../../core/tree.js'
import type { DatePhrase } from './date-phrase.js'
import { contextDateOf, type ContextDate, type DateContext, type DateValue } from './resolve-date.js'
import type { OwnDates, ReferenceDate } from './own-dates.js'
import type { TextPlace } from './text-place.js'
import type { OldStyle } from './old-style.js'
import { addMonths } from './calendar.js'

export class DateContextTracker {
  private reference?: ReferenceDate
  private letter?: TeiElement
  private running?: ContextDate
  private weakYear?: number
  private block?: TeiElement
  private blockDate?: ContextDate
  /** The paragraph's own closing dateline, when it has one: its relative dates count from it. */
  private blockReference?: ReferenceDate
  private note?: TeiElement
  private noteDate?: ContextDate
  private monthOnly?: number

  constructor(private readonly own: OwnDates, private readonly oldStyle?: OldStyle) {
    this.reference = own.document
  }

  /** Called for each run of text, in document order. */
  enter(place: TextPlace): void {
    if (place.letter !== this.letter) {
      this.letter = place.letter
      this.reference = (place.letter && this.own.letters.get(place.letter)) || this.own.document
      this.monthOnly = undefined
    }
    if (place.block !== this.block) {
      this.block = place.block
      this.blockDate = undefined
      this.blockReference = place.block && this.own.blocks.get(place.block)
    }
    if (place.note !== this.note) { this.note = place.note; this.noteDate = undefined }
  }

  contextFor(p: DatePhrase, place: TextPlace): DateContext {
    const centuryYear = this.reference?.year ?? this.running?.year ?? this.own.anyYear
    // "le lendemain" tells of the story, which begins on the letter's day, not the day the part was closed
    const narrated = p.relative?.kind === 'days' && p.relative.narrated
    const own = narrated ? this.reference : this.blockReference ?? this.reference
    const base = { reference: place.note ? undefined : own, centuryYear, oldStyle: this.oldStyle }
    const context = place.note ? this.noteContext() : this.textContext(p, place)
    return { ...base, context, monthOnly: place.note ? undefined : this.monthOnly }
  }

  private noteContext(): DateContext['context'] {
    if (this.noteDate) return { ...this.noteDate, cert: 'medium' }
    return this.reference ? { ...this.reference, cert: 'low' } : undefined
  }

  private textContext(p: DatePhrase, place: TextPlace): DateContext['context'] {
    if (place.entryHead && this.reference) return { ...nextEntry(p, this.reference), cert: 'medium' }
    // a letter going on on another day: of the letter's month, or the next when the day is smaller
    if (p.opensBlock && place.letter && this.reference) return { ...nextEntry(p, this.reference), cert: 'medium' }
    // a day alone ("den 14") is of the letter's month, unless the paragraph has just named a day
    const dayAlone = p.start.month === undefined && p.start.day !== undefined
    const block = dayAlone && this.blockDate?.day === undefined ? undefined : this.blockDate
    // a letter's or diary's own date comes before the dates it mentions; an essay's (its
    // publication) after them: "on May 10" in an account of 1919 is of 1919
    const own = this.blockReference ?? this.reference
    const c = this.own.dated ? block ?? own ?? this.running : block ?? this.running ?? own
    if (c) return { ...c, cert: c === own ? own.cert : 'medium' }
    return this.weakYear ? { year: this.weakYear, cert: 'low' } : undefined
  }

  /** Called for each date tagged. */
  record(p: DatePhrase, value: DateValue, place: TextPlace): void {
    const d = contextDateOf(value)
    // a diary without its year: the entries' months still say which month a day alone is of
    if (!d && !place.note && p.start.month !== undefined) this.monthOnly = p.start.month
    if (!d) return
    // (a bare year a note names a thing by, "the treaty of 1869", gives the dates after it no year)
    if (place.note) { if (!p.inPassing) this.noteDate = d; return }
    if (d.month === undefined) {
      if (p.start.year !== undefined) this.weakYear = d.year
      return
    }
    this.blockDate = d
    this.running = d
    // a diary entry's date, or a month heading over entries: what the next entries count from
    const newDay = d.day !== undefined && (place.entryHead || (p.opensBlock && !!place.letter && !place.heading))
    if (newDay || (place.heading && !place.entryHead && d.day === undefined && !this.letter)) {
      this.reference = { ...d, cert: 'medium' }
    }
  }
}

/** A day alone in an entry head: the previous entry's month, or the next if the day is smaller. */
function nextEntry(p: DatePhrase, previous: ContextDate): ContextDate {
  const day = p.start.day
  if (p.start.month !== undefined || typeof day !== 'number' || previous.month === undefined) return previous
  if (previous.day !== undefined && day < previous.day) return { ...addMonths(previous.year, previous.month, 1) }
  return { year: previous.year, month: previous.month }
}
