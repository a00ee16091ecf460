/**
 * Tags dates as <date> with their ISO value, as editors encode them. The steps, in order:
 *   1. the document's own date and each letter's (own-dates.ts);
 *   2. every run of text in document order: its phrases (parse-date-phrase.ts), each resolved in
 *      the context of what came before (date-context.ts, resolve-date.ts), wrapped and reported;
 *   3. the Old Style calendar in the header, when a date points to it (calendar-desc.ts).
 * Each tagged date gets an info note (`date-normalized`); a weekday the calendar contradicts a
 * warning (`date-weekday-mismatch`); a date whose year nothing gives is tagged without a value
 * (`date-year-unknown`); a life span or access date an info (`date-not-event`).
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { el } from '../../core/tei.js'
import { rootElement } from '../../core/tree.js'
import { locateMatch } from '../locate-match.js'
import { textNodes, wrapInText, type TextVisit, type Wrap } from '../wrap-matches.js'
import type { DatePhrase } from './date-phrase.js'
import { findDatePhrases } from './parse-date-phrase.js'
import { resolveDate, type DateValue, type Unresolved } from './resolve-date.js'
import { findOwnDates } from './own-dates.js'
import { DateContextTracker } from './date-context.js'
import { placeOf, type TextPlace } from './text-place.js'
import { dateSettings, type DateSettings } from './date-settings.js'
import { addCalendarDesc } from './calendar-desc.js'
import type { DatesConfig } from '../../core/edition.js'

export interface TaggedDate { text: string; when?: string; from?: string; to?: string; cert?: string; line: number; column: number }

export interface TagDatesOptions { dates?: DatesConfig; language?: string }

export function tagDates(doc: TeiDocument, options: TagDatesOptions = {}): { dates: TaggedDate[]; diagnostics: Diagnostic[] } {
  const settings = dateSettings(options.dates)
  const language = documentLanguage(doc, options.language)
  const tracker = new DateContextTracker(findOwnDates(doc.tree, language, settings.oldStyle), settings.oldStyle)
  const out = { dates: [] as TaggedDate[], diagnostics: [] as Diagnostic[] }
  let oldStyleUsed = false
  for (const visit of textNodes(doc.tree)) {
    const place = placeOf(visit, language)
    tracker.enter(place)
    const wraps = tagRun(doc, visit, place, tracker, settings, out)
    oldStyleUsed ||= wraps.some((w) => w.oldStyle)
    if (wraps.length) wrapInText(visit.parent, visit.node, wraps)
  }
  if (oldStyleUsed && settings.oldStyle) addCalendarDesc(doc.tree, settings.oldStyle)
  return out
}

/** The language of the text: the TEI root's xml:lang, else the edition's, else English. */
function documentLanguage(doc: TeiDocument, given: string | undefined): string {
  return (rootElement(doc.tree).attributes['xml:lang'] ?? given ?? 'en').toLowerCase().split('-')[0]
}

type DateWrap = Wrap & { oldStyle: boolean }

function tagRun(doc: TeiDocument, visit: TextVisit, place: TextPlace, tracker: DateContextTracker, settings: DateSettings, out: { dates: TaggedDate[]; diagnostics: Diagnostic[] }): DateWrap[] {
  const { node, parent } = visit
  const found = findDatePhrases(node.value, {
    language: place.language, inNote: !!place.note, bareYears: settings.bareYearsInNotes, heading: place.heading, before: place.before, afterName: place.afterName,
  })
  const at = (p: DatePhrase) => locateMatch(node, parent, p.index, doc.source)
  const note = (p: DatePhrase, code: string, severity: Diagnostic['severity'], message: string) =>
    out.diagnostics.push({ code, severity, stage: 'enrich', file: doc.source.path, ...at(p), message })
  for (const { phrase, reason } of found.notDates) {
    if (reason === 'life span' || reason === 'access date') note(phrase, 'date-not-event', 'info', `"${phrase.text}" is a ${reason}, not an event of the text: not tagged`)
  }
  const wraps: DateWrap[] = []
  for (const p of found.dates) {
    const r = resolveDate(p, tracker.contextFor(p, place))
    if ('unresolved' in r) {
      note(p, 'date-year-unknown', 'info', `"${p.text}" ${UNRESOLVED[r.unresolved]}; left untagged`)
      continue
    }
    for (const problem of r.problems) note(p, problem.code, 'warning', problem.message)
    if (r.yearUnknown) note(p, 'date-year-unknown', 'info', `"${p.text}" (${r.yearUnknown.partial}) has no year and none precedes it: tagged without a value; give the source's date in edition.json`)
    tracker.record(p, r.value, place)
    const attrs = dateAttributes(r.value)
    out.dates.push({ text: p.text, when: r.value.when, from: r.value.from, to: r.value.to, cert: r.value.cert, ...at(p) })
    if (!r.yearUnknown) note(p, 'date-normalized', 'info', `date "${p.text}" normalized to ${r.value.when ?? `${r.value.from}/${r.value.to}`}${r.value.cert ? ` (inferred from the context, cert ${r.value.cert})` : ''}`)
    wraps.push({ index: p.index, length: p.length, make: (inner) => el('date', attrs, [inner]), oldStyle: !!r.value.datingMethod })
  }
  return wraps
}

const UNRESOLVED: Record<Unresolved, string> = {
  'no-reference': "counts from the document's own date, which is not known",
  'no-month': 'has no month, and none precedes it',
  'no-such-day': 'is a day that the year it falls in does not have',
}

function dateAttributes(v: DateValue): Record<string, string | undefined> {
  return { when: v.when, from: v.from, to: v.to, 'when-custom': v.whenCustom, datingMethod: v.datingMethod, cert: v.cert }
}
