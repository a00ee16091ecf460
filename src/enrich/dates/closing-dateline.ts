/**
 * A paragraph that closes with its own dateline: a letter written on over several days, where a
 * part ends with where and when it was written ("… ouvertes qu'aujourd'hui. à Dresde ce 18
 * Decembre 1763.", "… I can write no more. Bath, May 3d 1820.", "… Berlin, den 4. Mai 1821.").
 * The relative dates of that paragraph count from that day, not from the letter's head.
 * Pure: works on the paragraph's text as read.
 */
import { findDatePhrases } from './parse-date-phrase.js'
import type { DatePhrase } from './date-phrase.js'

/** Capitalised words: a place ("Dresde", "New York", "St. Petersburg"). */
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*"

/**
 * After a sentence's end, one or more places, each followed by a comma, the last maybe by the
 * dateline's article instead: ". Bath, Laura Place, ", ". à Dresde ce ", ". Berlin, den ".
 */
const PLACES_AT_END = new RegExp(`(?:^|[.!?;]\\s+)(?:[àÀ]\\s+)?(?:${PLACE},\\s*)*${PLACE}(?:,\\s*|\\s+(?:den|am|d\\.|ce|le|this)\\s+)(?:(?:den|le|the)\\s+)?$`, 'u')

/** Only a full stop or nothing after the date: it ends the paragraph. */
const ENDS_AFTER = /^[\s.]*$/u

/**
 * The date phrase of the paragraph's closing dateline, when it has one: a full date (day, month
 * and year as written) after places that begin a sentence, the last words of the paragraph,
 * with text before it (a paragraph that is only a dateline is a dateline, read as such).
 */
export function closingDateline(text: string, language: string): DatePhrase | undefined {
  const dates = findDatePhrases(text, { language, heading: true }).dates
  const last = dates[dates.length - 1]
  if (!last || last.relative || last.end) return undefined
  if (last.start.day === undefined || last.start.month === undefined || last.start.year === undefined) return undefined
  if (!ENDS_AFTER.test(text.slice(last.index + last.length))) return undefined
  const before = text.slice(0, last.index)
  const places = PLACES_AT_END.exec(before)
  if (!places || !/[\p{L}\p{N}]/u.test(before.slice(0, places.index))) return undefined
  return last
}
