/**
 * Dates relative to the letter's (or diary entry's) own date, in the words of each language:
 * `to-day`, `yesterday`, `on Tuesday next`, `three days ago`; German `heute`, `vorgestern`,
 * `morgen`, `nächsten Montag`, `vor vier Tagen`, `in 14 Tagen`; French `aujourd'hui`, `avant-hier`,
 * `demain`, `lundi prochain`, `il y a huit jours`, `le lendemain`. Only in the text, never in
 * editorial notes (an editor's "heute" is the editor's day).
 */
import { WORDLIKE_MONTHS, monthOf, weekdayOf } from '../../core/month-names.js'
import { rx, type Groups, type PhrasePattern, type PhraseReading } from './phrase-pattern.js'
import { B, E, NUMBER, month, numberWord, weekday } from './phrase-parts.js'

const days = (n: number, narrated?: boolean) => (): PhraseReading => ({ start: {}, relative: { kind: 'days', days: n, narrated } })

const count = (g: Groups) => numberWord.get(g.count!.toLowerCase()) ?? Number(g.count)

function byCount(sign: 1 | -1, unit: number) {
  return (g: Groups): PhraseReading => ({ start: {}, relative: { kind: 'days', days: sign * unit * count(g) } })
}

function byWeekday(direction: 1 | -1) {
  return (g: Groups): PhraseReading | undefined => {
    const wd = weekdayOf(g.weekday!)
    return wd === undefined ? undefined : { start: {}, relative: { kind: 'weekday', weekday: wd, direction } }
  }
}

/** "last March", "March next": a month counted from the letter's; a word-like month needs its capital. */
function byMonth(direction: 1 | -1) {
  return (g: Groups): PhraseReading | undefined => {
    const m = g.month!.replace(/[.:]+$/, '')
    if (WORDLIKE_MONTHS.has(m.toLowerCase()) && !/^\p{Lu}/u.test(m)) return undefined
    const n = monthOf(m)
    return n === undefined ? undefined : { start: {}, relative: { kind: 'named-month', month: n, direction } }
  }
}

const inLanguage = (language: string, patterns: PhrasePattern[]) => patterns.map((p) => ({ ...p, languages: [language] }))

const word = (words: string) => rx(`${B}(?:${words})${E}`)

const EN: PhrasePattern[] = inLanguage('en', [
  { name: 'today', needs: ['relative'], re: word('to-day|today'), read: days(0) },
  { name: 'yesterday', needs: ['relative'], re: word('the\\s+day\\s+before\\s+yesterday'), read: days(-2) },
  { name: 'yesterday', needs: ['relative'], re: word('yesterday'), read: days(-1) },
  { name: 'tomorrow', needs: ['relative'], re: word('the\\s+day\\s+after\\s+to-?morrow'), read: days(2) },
  { name: 'tomorrow', needs: ['relative'], re: word('to-?morrow'), read: days(1) },
  { name: 'weekday-next', needs: ['weekday'], re: rx(`${B}${weekday()}\\s+next${E}`), read: byWeekday(1) },
  { name: 'weekday-next', needs: ['weekday'], re: rx(`${B}next\\s+${weekday()}${E}`), read: byWeekday(1) },
  { name: 'weekday-last', needs: ['weekday'], re: rx(`${B}${weekday()}\\s+last${E}`), read: byWeekday(-1) },
  { name: 'weekday-last', needs: ['weekday'], re: rx(`${B}last\\s+${weekday()}${E}`), read: byWeekday(-1) },
  { name: 'days-ago', needs: ['relative'], re: rx(`${B}${NUMBER}\\s+days?\\s+ago${E}`), read: byCount(-1, 1) },
  { name: 'weeks-ago', needs: ['relative'], re: rx(`${B}${NUMBER}\\s+weeks?\\s+ago${E}`), read: byCount(-1, 7) },
  { name: 'month-last', needs: ['month'], startsAt: ['before-month'], re: rx(`${B}last\\s+${month()}`), read: byMonth(-1) },
  { name: 'month-last', needs: ['month'], startsAt: ['month'], re: rx(`${B}${month()}\\s+last${E}`), read: byMonth(-1) },
  { name: 'month-next', needs: ['month'], startsAt: ['before-month'], re: rx(`${B}next\\s+${month()}`), read: byMonth(1) },
  { name: 'month-next', needs: ['month'], startsAt: ['month'], re: rx(`${B}${month()}\\s+next${E}`), read: byMonth(1) },
  // a fortnight: fourteen days ("a fortnight ago", "this day fortnight", "this day week")
  { name: 'fortnight-ago', needs: ['relative'], re: rx(`${B}a\\s+fortnight\\s+ago${E}`), read: days(-14) },
  { name: 'this-day-week', needs: ['relative'], re: rx(`${B}this\\s+day\\s+fortnight${E}`), read: days(14) },
  { name: 'this-day-week', needs: ['relative'], re: rx(`${B}this\\s+day\\s+week${E}`), read: days(7) },
])

const DE: PhrasePattern[] = inLanguage('de', [
  { name: 'today', needs: ['relative'], re: word('heute|heut'), read: days(0) },
  { name: 'yesterday', needs: ['relative'], re: word('vorgestern'), read: days(-2) },
  { name: 'yesterday', needs: ['relative'], re: word('gestern'), read: days(-1) },
  { name: 'tomorrow', needs: ['relative'], re: word('übermorgen'), read: days(2) },
  // "morgen", small: tomorrow; "Morgen" is the morning, and "heute morgen" this morning
  { name: 'tomorrow', needs: ['relative'], re: rx(`(?<!(?:heute|heut|gestern|vorgestern|diesen|jeden|am|guten)\\s+)${B}morgen${E}`, 'gu'), read: days(1) },
  { name: 'weekday-next', needs: ['weekday'], re: rx(`${B}(?:nächsten|nächstem|künftigen|kommenden)\\s+${weekday()}${E}`), read: byWeekday(1) },
  { name: 'weekday-last', needs: ['weekday'], re: rx(`${B}(?:vorigen|letzten|vergangenen)\\s+${weekday()}${E}`), read: byWeekday(-1) },
  { name: 'days-ago', needs: ['relative'], re: rx(`${B}vor\\s+${NUMBER}\\s+Tag(?:en)?${E}`), read: byCount(-1, 1) },
  { name: 'weeks-ago', needs: ['relative'], re: rx(`${B}vor\\s+${NUMBER}\\s+Wochen?${E}`), read: byCount(-1, 7) },
  { name: 'days-ahead', needs: ['relative'], re: rx(`${B}in\\s+${NUMBER}\\s+Tagen${E}`), read: byCount(1, 1) },
  { name: 'month-last', needs: ['month'], startsAt: ['before-month'], re: rx(`${B}(?:vorigen|letzten|vergangenen)\\s+${month()}`), read: byMonth(-1) },
  { name: 'month-next', needs: ['month'], startsAt: ['before-month'], re: rx(`${B}(?:nächsten|künftigen|kommenden)\\s+${month()}`), read: byMonth(1) },
])

const FR: PhrasePattern[] = inLanguage('fr', [
  { name: 'today', needs: ['relative'], re: word("aujourd['’]hui"), read: days(0) },
  { name: 'yesterday', needs: ['relative'], re: word('avant-hier'), read: days(-2) },
  { name: 'yesterday', needs: ['relative'], re: rx(`(?<!avant-)${B}hier${E}`), read: days(-1) },
  { name: 'tomorrow', needs: ['relative'], re: word('après-demain'), read: days(2) },
  { name: 'tomorrow', needs: ['relative'], re: rx(`(?<!après-)${B}demain${E}`), read: days(1) },
  // the day after a day the letter tells of, most often its own; cert low ("la veille de" is "on the eve of")
  { name: 'next-day', needs: ['relative'], re: word('le\\s+lendemain'), read: days(1, true) },
  { name: 'weekday-next', needs: ['weekday'], re: rx(`${B}${weekday()}\\s+prochain${E}`), read: byWeekday(1) },
  { name: 'weekday-last', needs: ['weekday'], re: rx(`${B}${weekday()}\\s+dernier${E}`), read: byWeekday(-1) },
  { name: 'days-ago', needs: ['relative'], re: rx(`${B}il\\s+y\\s+a\\s+${NUMBER}\\s+jours${E}`), read: byCount(-1, 1) },
  { name: 'days-ahead', needs: ['relative'], re: rx(`${B}dans\\s+${NUMBER}\\s+jours${E}`), read: byCount(1, 1) },
  { name: 'month-last', needs: ['month'], startsAt: ['month'], re: rx(`${B}${month()}\\s+dernier${E}`), read: byMonth(-1) },
  { name: 'month-next', needs: ['month'], startsAt: ['month'], re: rx(`${B}${month()}\\s+prochain${E}`), read: byMonth(1) },
])

export const RELATIVE_PATTERNS: PhrasePattern[] = [...EN, ...DE, ...FR].map((p) => ({ ...p, where: 'text' as const }))
