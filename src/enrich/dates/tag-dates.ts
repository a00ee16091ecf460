/**
 * Tags dates as <date> with their ISO value, as editors encode them. The steps, in order:
 *   1. the document's own date and each letter's (own-dates.ts);
 *   2. every run of text in document order, read over its line breaks (line-runs.ts): its phrases
 *      (parse-date-phrase.ts), each resolved in the context of what came before (date-context.ts,
 *      resolve-date.ts), wrapped and reported;
 *   3. the Old Style calendar in the header, when a date points to it (calendar-desc.ts).
 * Each tagged date gets an info note (`date-normalized`); a weekday the calendar contradicts a
 * warning (`date-weekday-mismatch`); a date whose year nothing gives is tagged without a value
 * (`date-year-unknown`); a life span or access date an info (`date-not-event`).
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { DatesConfig } from '../../core/edition.js'
import { el } from '../../core/tei.js'
import { rootElement } from '../../core/tree.js'
import { locateMatch } from '../locate-match.js'
import { textNodes } from '../wrap-matches.js'
import { lineRuns, nodeAt, wrapInRun, type LineRun, type RunWrap } from './line-runs.js'
import type { DatePhrase } from './date-phrase.js'
import { findDatePhrases } from './parse-date-phrase.js'
import { resolveDate, type DateValue, type Unresolved } from './resolve-date.js'
import { findOwnDates } from './own-dates.js'
import { DateContextTracker } from './date-context.js'
import { placeOf, type TextPlace } from './text-place.js'
import { dateSettings, type DateSettings } from './date-settings.js'
import { addCalendarDesc } from './calendar-desc.js'

export interface TaggedDate { text: string; when?: string; from?: string; to?: string; cert?: string; line: number; column: number }

export interface TagDatesOptions { dates?: DatesConfig; language?: string }

export function tagDates(doc: TeiDocument, options: TagDatesOptions = {}): { dates: TaggedDate[]; diagnostics: Diagnostic[] } {
  const settings = dateSettings(options.dates)
  const language = documentLanguage(doc, options.language)
  const tagger = new DateTagger(doc, settings, new DateContextTracker(findOwnDates(doc.tree, language, settings.oldStyle), settings.oldStyle))
  for (const run of lineRuns(textNodes(doc.tree))) tagger.tagRun(run, placeOf(run.visit, language))
  if (tagger.oldStyleUsed && settings.oldStyle) addCalendarDesc(doc.tree, settings.oldStyle)
  return { dates: tagger.dates, diagnostics: tagger.diagnostics }
}

/** The language of the text: the TEI root's xml:lang, else the edition's, else English. */
function documentLanguage(doc: TeiDocument, given: string | undefined): string {
  return (rootElement(doc.tree).attributes['xml:lang'] ?? given ?? 'en').toLowerCase().split('-')[0]
}

const UNRESOLVED: Record<Unresolved, string> = {
  'no-reference': "counts from the document's own date, which is not known",
  'no-month': 'has no month, and none precedes it',
  'no-such-day': 'is a day that the year it falls in does not have',
}

class DateTagger {
  readonly dates: TaggedDate[] = []
  readonly diagnostics: Diagnostic[] = []
  oldStyleUsed = false

  constructor(private readonly doc: TeiDocument, private readonly settings: DateSettings, private readonly tracker: DateContextTracker) {}

  tagRun(run: LineRun, place: TextPlace): void {
    this.tracker.enter(place)
    const found = findDatePhrases(run.text, {
      language: place.language, inNote: !!place.note, bareYears: this.settings.bareYearsInNotes,
      heading: place.heading, before: place.before, afterName: place.afterName, blockStart: place.blockStart,
    })
    for (const { phrase, reason } of found.notDates) {
      if (reason !== 'life span' && reason !== 'access date') continue
      this.note(run, phrase, 'date-not-event', 'info', `"${phrase.text}" is ${reason === 'life span' ? 'a life span' : 'an access date'}, not an event of the text: not tagged`)
    }
    const wraps = found.dates.flatMap((p) => this.tagPhrase(run, place, p))
    if (wraps.length) wrapInRun(run, wraps)
  }

  private tagPhrase(run: LineRun, place: TextPlace, p: DatePhrase): RunWrap[] {
    const r = resolveDate(p, this.tracker.contextFor(p, place))
    if ('unresolved' in r && r.unresolved === 'no-month' && place.entryHead) {
      // a diary entry's head is its date even when nothing says of which month
      this.note(run, p, 'date-year-unknown', 'info', `"${p.text}" has no month and year, and none precedes it: tagged without a value; give the source's date in edition.json`)
      return [this.wrap(run, p, {})]
    }
    if ('unresolved' in r) {
      this.note(run, p, 'date-year-unknown', 'info', `"${p.text}" ${UNRESOLVED[r.unresolved]}; left untagged`)
      return []
    }
    for (const problem of r.problems) this.note(run, p, problem.code, 'warning', problem.message)
    if (r.yearUnknown) {
      const what = `"${p.text}" (${r.yearUnknown.partial}) has no year and none precedes it`
      this.note(run, p, 'date-year-unknown', 'info', `${what}: tagged without a value; give the source's date in edition.json`)
    } else {
      const how = r.value.cert ? ` (inferred from the context, cert ${r.value.cert})` : ''
      this.note(run, p, 'date-normalized', 'info', `date "${p.text}" normalized to ${r.value.when ?? `${r.value.from}/${r.value.to}`}${how}`)
    }
    this.tracker.record(p, r.value, place)
    return [this.wrap(run, p, r.value)]
  }

  private wrap(run: LineRun, p: DatePhrase, v: DateValue): RunWrap {
    this.dates.push({ text: p.text, when: v.when, from: v.from, to: v.to, cert: v.cert, ...this.at(run, p) })
    this.oldStyleUsed ||= !!v.datingMethod
    const attrs = dateAttributes(v)
    return { index: p.index, length: p.length, make: (inner) => el('date', attrs, inner) }
  }

  private at(run: LineRun, p: DatePhrase): { line: number; column: number } {
    const { node, offset } = nodeAt(run, p.index)
    return locateMatch(node, run.visit.parent, offset, this.doc.source)
  }

  private note(run: LineRun, p: DatePhrase, code: string, severity: Diagnostic['severity'], message: string): void {
    this.diagnostics.push({ code, severity, stage: 'enrich', file: this.doc.source.path, ...this.at(run, p), message })
  }
}

function dateAttributes(v: DateValue): Record<string, string | undefined> {
  return { when: v.when, from: v.from, to: v.to, 'when-custom': v.whenCustom, datingMethod: v.datingMethod, cert: v.cert }
}
