/**
 * A day that comes back every year, as an editorial note states it in the present tense: "the
 * name day is on July 18th", "der Namenstag ist am 18. Juli", "la fête est le 24 juin", "falls
 * on", "every year on". Its value is the day without a year (`--07-18`), as editors give it — not
 * the year of the letter. Only in notes: in a letter "the wedding is on 4 May" is one day to come.
 */
import type { DatePhrase } from './date-phrase.js'

const RECURRING_BEFORE = new RegExp('(?:^|[^\\p{L}])(?:' + [
  'is\\s+(?:on\\s+)?(?:the\\s+)?', 'falls\\s+on\\s+(?:the\\s+)?', '(?:every\\s+year|annually|each\\s+year)\\s+on\\s+(?:the\\s+)?',
  'ist\\s+(?:am|der)\\s+', 'fällt\\s+auf\\s+den\\s+', '(?:jedes\\s+Jahr|jährlich|alljährlich)\\s+am\\s+',
  'est\\s+le\\s+', 'tombe\\s+le\\s+', '(?:chaque\\s+année|tous\\s+les\\s+ans)\\s+le\\s+',
].join('|') + ')$', 'iu')

export function isRecurring(p: DatePhrase, before: string, inNote: boolean | undefined): boolean {
  const s = p.start
  if (!inNote || p.relative || p.end || s.year !== undefined || s.shortYear !== undefined) return false
  return s.month !== undefined && typeof s.day === 'number' && RECURRING_BEFORE.test(before)
}
