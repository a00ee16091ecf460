/**
 * Numbers that look like dates but are not the text's events, judged by the words around them:
 * a life span after a name (`Grünfeld (1781–1843)`, `(b. 1802)`), a citation's access date
 * (`accessed 2 March 2011`), another letter named in a note (`see the letter of 3 May
 * 1850`: a cross-reference, which editors link), a book's year of printing before the page cited
 * (`Paris 1662, S. 549`), a page, volume or number (`p. 1817`, `S. 1821–1826`, `Nr. 1851`),
 * a sum of money (`£1820`, `1500 Thaler`) and a count of things (`1820 men`, `in 1905 years`).
 */
import type { DatePhrase } from './date-phrase.js'

export type NotDateReason = 'life span' | 'access date' | 'letter reference' | 'imprint' | 'page or number' | 'money' | 'count'

/** Before a number: a page, leaf, column, volume or other reference number. */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:pp?|S|Seiten?|pages?|fol|ff|col|Sp|Bl|Nr|No|Nos|n°|nos?|vol|vols|Bd|Bde|tome|t|§|Anm|ll?|Vers|Zeile|line|Heft|art|Art|Nummer|numéro|number|cap|ch|chap|Kap)\.?\s*$/u
const MONEY_BEFORE = /(?:[£$€₤]|(?:^|[^\p{L}])(?:fl|Rthlr|Thlr|Rtl|frs?|Mk|Rs)\.?)\s*$/u
const MONEY_AFTER = /^\s*(?:pounds?|shillings?|pence|guineas?|dollars?|cents?|francs?|livres?|sous|écus?|louis|thalers?|Taler|Rthlr|Thlr|Gulden|fl\.|Mark|Kronen|Groschen|Kreuzer|roubles?|rubles?|marks|crowns?|ducats?|florins?|£|\$)(?![\p{L}])/iu
const COUNT_AFTER = new RegExp('^\\s*(?:' + [
  'years?', 'days?', 'weeks?', 'months?', 'hours?', 'minutes?', "o'clock", 'a\\.m\\.', 'p\\.m\\.', 'percent', 'per\\s+cent', '%',
  'persons?', 'people', 'men', 'women', 'soldiers', 'copies', 'pages?', 'km', 'miles?', 'metres?', 'meters?', 'feet', 'foot', 'yards?', 'acres?', 'volumes?', 'times',
  'Jahre', 'Jahren', 'Tage', 'Tagen', 'Wochen', 'Monate', 'Stunden', 'Uhr', 'Mann', 'Menschen', 'Personen', 'Exemplare', 'Seiten', 'Meilen', 'Fuß', 'Schritte?', 'Stück', 'Einwohner', 'Seelen', 'mal',
  'ans', 'jours', 'semaines', 'mois', 'heures', 'hommes', 'personnes', 'exemplaires', 'lieues', 'pieds', 'toises', 'mètres', 'fois', 'habitants', 'âmes',
].join('|') + ')(?![\\p{L}])', 'iu')
/** A season before the year of a letter named ("Brieffragment vom Herbst 1836", "a letter from autumn 1836"). */
const SEASON = '(?:spring|summer|autumn|fall|winter|Frühjahr|Frühling|Sommer|Herbst|Winter|printemps|été|automne|hiver)'
/**
 * In a note, "see the letter of 3 May 1850", "fragment de lettre de l'automne 1836": a pointer to
 * another document, which editors link rather than date.
 */
const LETTER_BEFORE = new RegExp(`(?:letter|Brief|Brieffragment|Schreiben|Billet|lettre|billet)\\s+(?:of|from|vom|von|du|de)\\s+(?:the\\s+|l['’]\\s*)?(?:${SEASON}\\s+(?:of\\s+)?)?$`, 'iu')
const ACCESS_BEFORE = /(?:accessed|retrieved|consulted|last\s+visited|viewed|consulté|abgerufen|aufgerufen|Zugriff)(?:\s+(?:on|le|am))?[\s:,]*$/iu
const LIFE_MARK = /\(\s*(?:c\.|ca\.|b\.|d\.|born|died|geb\.|gest\.|née?|mort|†|\*)?\s*$/iu
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*\(\s*(?:c\.|ca\.|b\.|d\.|born|died|geb\.|gest\.|née?|mort|†|\*)?\s*$/u
const DIGIT_AROUND = /\d[.,]?$/
/** "Paris 1662, S. 549", "Leipzig: Brockhaus 1830, p. 12": the place or publisher, the year, the page. */
const IMPRINT_BEFORE = /\p{Lu}[\p{L}.'’-]*[,:]?\s+$/u
const PAGE_AFTER = /^\s*,\s*(?:S|Sp|p|pp|col|Bd|vol|t|Bl|fol)\.\s*\d/u

/**
 * Why the phrase is not a date, or undefined when it is one. `before` and `after` are the text
 * around it; `afterName` says that a tagged name ends right before `before` begins.
 */
export function notADate(p: DatePhrase, before: string, after: string, afterName = false, inNote = false): NotDateReason | undefined {
  // part of a longer number ("1,820", "1820.5", "3.1820")
  if (/^[.,]\d/.test(after) || DIGIT_AROUND.test(before)) return 'page or number'
  if (ACCESS_BEFORE.test(before)) return 'access date'
  if (inNote && LETTER_BEFORE.test(before)) return 'letter reference'
  if (isLifeSpan(p, before, after, afterName)) return 'life span'
  if (!endsInNumber(p)) return undefined
  if (REFERENCE_BEFORE.test(before)) return 'page or number'
  if (p.start.month === undefined && !p.end && IMPRINT_BEFORE.test(before) && PAGE_AFTER.test(after)) return 'imprint'
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return 'money'
  if (COUNT_AFTER.test(after)) return 'count'
  return undefined
}

function endsInNumber(p: DatePhrase): boolean {
  return /\d\.?$/.test(p.text)
}

/**
 * "(1781–1843)" or "(b. 1802)" right after a name: the person's dates, not an event of the text.
 * After a tagged name any span counts; after another capitalised word only one as long as a life
 * (a war or a reign of a few years after "Krieg", "War" is an event).
 */
function isLifeSpan(p: DatePhrase, before: string, after: string, afterName: boolean): boolean {
  if (p.start.month !== undefined || p.start.year === undefined) return false
  const marked = /\(\s*(?:b\.|d\.|born|died|geb\.|gest\.|née?|mort|†|\*)\s*$/iu.test(before)
  if (!(p.end || marked) || !/^\s*\)/.test(after)) return false
  const open = LIFE_MARK.exec(before)
  if (!open) return false
  if (afterName && before.slice(0, open.index).trim() === '') return true
  const years = (p.end?.year ?? p.start.year) - p.start.year
  return NAME_BEFORE.test(before) && (marked || (years >= 15 && years <= 110))
}
