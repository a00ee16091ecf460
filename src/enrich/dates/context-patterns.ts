/**
 * Dates that name only a day or only a month, completed from the context: a day after its article
 * (`on the 9th at`, `by the 21st,`, `den 14 abgereist`, `den 8ten oder`, `le 12 à Lyon`) and
 * a month after a word that makes it one (`in July`, `im Juli`, `seit dem Juli`, `Ende Oktober`,
 * `du mois d'Avril`). Only where what follows shows it is no count of things: English and
 * French by the words that may follow a date, German by the small letter of a word that is no noun.
 */
import { WORDLIKE_MONTHS, monthOf } from '../../core/month-names.js'
import { rx, type Groups, type PhrasePattern } from './phrase-pattern.js'
import { B, E, englishOrdinalDay, month } from './phrase-parts.js'

const DAY_NUMBER = '(?<day>3[01]|[12]\\d|0?[1-9])'
/** The end of the clause; a full stop only before a capital ("the 4th. vol." is a volume). Case-sensitive patterns only. */
const END = '(?=\\s*(?:[,;:!?)]|\\.(?=\\s+\\p{Lu}|\\s*$)|$|\\n'

/** Words that may follow a date standing alone ("the 9th at 7.15", "of the 3rd early"). */
const EN_AFTER = `${END}|\\s+(?:at|in|on|and|or|when|inst|ult|prox|instant|ultimo|proximo|early|late|till|until|to|we|I|he|she|they|there|if)${E}))`
const FR_AFTER = `${END}|\\s+(?:à|au|aux|et|ou|courant|prochain|dernier|matin|soir|de\\s+ce\\s+mois|du\\s+mois)${E}))`
// German nouns have capitals: a small word after the number is a verb, a conjunction, a preposition
const DE_AFTER = `${END}|\\s+\\p{Ll}))`

/** The article before a day alone, or a first day and "or"/"and" before a second ("den 8ten oder 9ten"). */
const EN_BEFORE = `(?<=${B}[Tt]he\\s+(?:\\d{1,2}(?:st|nd|rd|th|d)\\s+(?:or|and|to)\\s+(?:the\\s+)?)?)`
const DE_BEFORE = `(?<=${B}(?:[Dd]en|[Aa]m|[Vv]om|[Zz]um|bis\\s+zum)\\s+(?:\\d{1,2}(?:\\.|ten|te)?\\s*(?:oder|und|bis|u\\.)\\s+)?)`
const FR_BEFORE = `(?<=${B}(?:[Ll]e|du|au)\\s+(?:\\d{1,2}(?:er|e)?\\s+(?:ou|et|au)\\s+(?:le\\s+)?)?)`

/** Words after which a month name alone is a month (English, German, French). */
const MONTH_CUES = [
  'in', 'since', 'during', 'until', 'till', 'early in', 'late in', 'last', 'next', 'the month of', 'end of', 'beginning of', 'middle of',
  'im', 'seit dem', 'seit', 'bis zum', 'bis', 'anfang', 'anfangs', 'ende', 'mitte', 'vom', 'den', 'des', 'dem', 'nächsten', 'künftigen', 'kommenden', 'vorigen', 'vergangenen', 'letzten',
  'en', 'depuis', 'mois de', "mois d['’]", 'fin', 'début', "jusqu['’]en", 'dès',
]
const MONTH_CUE = `(?<=${B}(?:${MONTH_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s*)`

function readMonthAlone(g: Groups) {
  const m = g.month!.replace(/[.:]+$/, '')
  const word = WORDLIKE_MONTHS.has(m.toLowerCase()) || m.toLowerCase() === 'august'
  // "in August Wilhelm's house", "in may": a name or a verb, not a month
  if (word && (!/^\p{Lu}/u.test(m) || /^\s+\p{Lu}/u.test(g.nameAfter ?? ''))) return undefined
  return monthOf(m) ? { start: { month: monthOf(m) } } : undefined
}

/** "Den 23ten", "Le 23." opening a paragraph: a letter continued on another day. */
const OPENING_DAY = `(?<=^\\s*(?:[Dd]en|[Ll]e|[Tt]he)\\s+)${DAY_NUMBER}(?:\\.?(?:ten|te|sten|ste)|er|e|st|nd|rd|th|d)?${E}\\.?(?=\\s*(?:$|\\n|\\p{Lu}))`

export const CONTEXT_PATTERNS: PhrasePattern[] = [
  { name: 'opening-day', needs: ['digit'], startsAt: ['digit'], where: 'block-start', re: rx(OPENING_DAY, 'gu'), read: (g) => ({ start: { day: Number(g.day) } }) },
  { name: 'day-alone', needs: ['digit'], startsAt: ['digit'], languages: ['en'], re: rx(`${EN_BEFORE}${englishOrdinalDay()}${EN_AFTER}`, 'gu'), read: (g) => ({ start: { day: Number(g.day) } }) },
  { name: 'day-alone', needs: ['digit'], startsAt: ['digit'], languages: ['de'], re: rx(`${DE_BEFORE}${DAY_NUMBER}(?:\\.|ten|te|ter|tes|sten|ste)?${E}${DE_AFTER}`, 'gu'), read: (g) => ({ start: { day: Number(g.day) } }) },
  { name: 'day-alone', needs: ['digit'], startsAt: ['digit'], languages: ['fr'], re: rx(`${FR_BEFORE}${DAY_NUMBER}(?:er|e)?${E}${FR_AFTER}`, 'gu'), read: (g) => ({ start: { day: Number(g.day) } }) },
  { name: 'month-alone', needs: ['month'], startsAt: ['month'], re: rx(`${MONTH_CUE}${month()}(?!\\s*\\d)(?=(?<nameAfter>\\s+\\p{L})?)`), read: readMonthAlone },
]
