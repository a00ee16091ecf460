/**
 * Recognises the parts of a letter from their form, in English, German and French: a dateline
 * (a place and a date, in each language's ways: "Bath, Feby 3d. 1819", "Wien, den 3. Mai 1821.",
 * "Leipzig am 12ten Jänner 1830", "Paris ce 4 juin 1802"), a salutation ("Sir", "Dear Madam,",
 * "Hochverehrter Herr Professor!", "Monsieur,"), a closing formula ("I remain, Sir,", "Ihr
 * ergebenster", "Votre dévoué,"), a signature (a short, name-like line), an address line
 * ("To T. Hardwick Esq.", "An", "à Monsieur"), a postscript ("P.S."), and the farewell that ends a
 * last paragraph ("Adieu, je vous embrasse de tout mon cœur.").
 */
import { DAY, MONTH, WEEKDAY, YEAR } from './calendar-words.js'
import { COURTESY_ADDRESSEE, SIGNATURE_POSSESSIVE } from '../../core/letter-words.js'

/** A day with its month, in words or numbers: the date of one day. */
const DAY_AND_MONTH = [
  `(?<![\\p{L}\\d])${DAY}\\s*(?:of\\s+|de\\s+|d['’]\\s*)?${MONTH}`, // 3 May, 3d. Feby, 12ten Jänner, 31 d'Octobre
  `(?<![\\p{L}])${MONTH},?\\s*(?:the\\s+)?${DAY}(?!\\d)`, // May 20, Feby 3d., June the 3rd
  `(?<![\\d.])\\d{1,2}\\s?[./]\\s?\\d{1,2}\\s?[./]?\\s?(?:\\d{4}|\\d{2})(?!\\d)`, // 16.4.1859, 3/12 40
]
const DAY_AND_MONTH_RE = new RegExp(DAY_AND_MONTH.join('|'), 'iu')

/** Does the text name a day of a month ("May 16th", "3. Mai", "16.4.1859"), not just a month or year? */
export const hasDayAndMonth = (text: string): boolean => DAY_AND_MONTH_RE.test(text)

const DATE_PHRASE = new RegExp([
  ...DAY_AND_MONTH,
  `(?<![\\p{L}])${MONTH},?\\s*${YEAR}`, // May 1821
  `(?<![\\p{L}])${WEEKDAY}`, // Monday, Thurs.
].join('|'), 'iu')

/** A place and a year: "Bath 1819", "Hartfield, 1920". */
const PLACE_AND_YEAR = new RegExp(`^\\p{Lu}[\\p{L}'’. -]{1,40},?\\s+${YEAR}\\.?$`, 'u')

/** The lower-case words a dateline may have besides the date's own. */
const DATELINE_WORDS = new Set([
  ...'the of this on in at near by and a d ad anno st nd rd th after before eve day written from board sea off camp'.split(' '),
  ...'morning evening night noon afternoon eveg even morng'.split(' '),
  ...'den am im an zu bei ten te abends morgens mittags früh nachts'.split(' '),
  ...'ce le la les de du des à au en er soir matin midi nuit près premier première'.split(' '),
])
const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`, 'iu')

/** A year alone (a dateline's last line, "1833."), perhaps with a note mark. */
const YEAR_LINE = new RegExp(`^${YEAR}\\.?(?:\\[\\d{1,3}\\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+)?$`, 'u')

/** A line that is a date, perhaps with a place: no sentence, only a dateline's words. */
export function isDateLine(text: string): boolean {
  const t = text.trim()
  if (YEAR_LINE.test(t)) return true
  if (!t || t.length > 80 || t.split(/\s+/).length > 10) return false
  if (!DATE_PHRASE.test(t) && !PLACE_AND_YEAR.test(t)) return false
  // (letters after a digit are the day's ending: "16h.", "3d", "12ten")
  const words = t.match(/(?<![\p{L}\d])\p{L}[\p{L}'’-]*\.?/gu) ?? []
  // (an elided article is the word's: "31 d'Octobre")
  return words.map((w) => w.replace(/^[dl]['’](?=\p{L})/u, '')).every((w) => !/^\p{Ll}/u.test(w) || DATELINE_WORDS.has(w.replace(/\.$/, '').toLowerCase()) || CALENDAR_WORD.test(w))
}

/** One to three short lines, one of them a date, the others a place ("Dorchester, High West Street,"). */
export function isDatelineLines(lines: string[]): boolean {
  if (lines.length === 0 || lines.length > 3) return false
  const text = lines.join(' ').trim()
  if (text.length > 90 || !lines.some(isDateLine)) return false
  // (a year in two digits may end it on a line of its own: "Lindenau den 3 Novem" / "38.")
  return lines.every((l, i) => isDateLine(l) || isPlaceLine(l) || (i > 0 && i === lines.length - 1 && isShortYearLine(l) && isDateLine(lines[i - 1])))
}

const SHORT_YEAR_LINE = /^['’]?\d{2}\.?$/

/** A year in two digits on a line of its own ("40.", "'58"): a dateline's last line after its date. */
export const isShortYearLine = (text: string): boolean => SHORT_YEAR_LINE.test(text.trim())

/** A line naming a place (or an office, a street with its number): short, capitalised, no sentence. */
export function isPlaceLine(text: string): boolean {
  const t = text.trim()
  // (a qualifier in brackets may say anything: "Hartfield (Surrey)")
  const words = t.replace(/\([^)]*\)/g, '').match(/\p{L}[\p{L}'’-]*/gu) ?? []
  // (a street number or a preposition may come first: "14 Rue des Lilas", "à Magdeburg", "zu Weimar")
  return t.length > 0 && t.length <= 50 && /^(?:\d{1,4}[a-z]?,?\s+|(?:à|a|in|zu|bei|at|near)\s+)?\p{Lu}/u.test(t) && !/[!?;:]$/.test(t) && t.split(/\s+/).length <= 6 &&
    words.every((w) => !/^\p{Ll}/u.test(w) || PLACE_WORDS.has(w.toLowerCase())) && !isSalutationByWords(t) && !isClosing(t)
}

/** The lower-case words of a place line ("Office of Works", "14 Rue des Lilas", "Frankfurt am Main"). */
const PLACE_WORDS = new Set('of the on upon near in at by and am an bei der dem im und zu de des du la le les sur sous près lès en à a st ste'.split(' '))

const SALUTATION_WORDS = new RegExp('^(?:' + [
  // English
  '(?:my\\s+)?(?:very\\s+)?(?:dear(?:est)?|beloved|honou?red|respected|esteemed|revered)\\b',
  '(?:dear\\s+)?(?:sir|sirs|madam|madame|gentlemen|ladies)\\b', 'my\\s+(?:lord|lady|love)\\b',
  'your\\s+(?:excellency|grace|majesty|lordship|ladyship|highness)\\b', 'to\\s+whom\\s+it\\s+may\\s+concern', 'comrades?\\b', 'friends?\\b',
  // German
  '(?:mein(?:e|\\s)?\\s*)?(?:liebe[rs]?|liebste[rs]?|teure[rs]?|theure[rs]?|teuerste[rs]?|theuerste[rs]?|werte[rs]?|werthe[rs]?|werteste[rs]?|wertheste[rs]?)\\b',
  '(?:sehr\\s+)?(?:geehrte[rs]?|verehrte[rs]?|verehrteste[rs]?|hochverehrte[rs]?|hochgeehrte[rs]?|hochzuverehrende[rs]?|hochzuehrende[rs]?)\\b',
  '(?:gnädige[rs]?|gnädigste[rs]?|hochwohlgeborene[rs]?|hochgeborene[rs]?|geliebte[rs]?|beste[rs]?)\\s', '(?:euer|eure|ew\\.)\\s+\\p{Lu}',
  'mein\\s+herr\\b', 'meine\\s+herren\\b',
  // French
  '(?:mon|ma|mes)\\s+(?:très\\s+|bien\\s+)?(?:cher|chère|chers|chères|bon|bonne|ami|amie|amis|général|colonel|prince|oncle|tante|père|mère|frère|sœur|soeur|fils|fille)\\b',
  '(?:très\\s+)?(?:cher|chère|chers|chères)\\b', 'monsieur\\b', 'madame\\b', 'mademoiselle\\b', 'messieurs\\b', 'monseigneur\\b',
].join('|') + ')', 'iu')

/** The lead-in of a closing formula: "Believe me, dear Sir,", "I remain,", "I am, Sir,". */
const LEAD_IN_CLOSING = /^(believe me|i remain|i am|i beg to remain|remaining|remain)\b/i

/** A salutation by its words ("Dear …", "Sir", "Hochverehrter Herr Professor!", "Monsieur,"): a short line, no sentence. */
export function isSalutationByWords(line: string): boolean {
  const t = line.trim()
  const words = t.split(/\s+/).length
  // (a short one may end with a full stop, as manuscripts write it: "My dear Madam.")
  const end = /[;?]$/.test(t) || (/\.$/.test(t.replace(/\b(?:Mrs?|Ms|Dr|St|Rev|Prof|Hr|Fr)\.$/, '')) && words > 5)
  return t.length <= 70 && words <= 8 && SALUTATION_WORDS.test(t) && !end && !LEAD_IN_CLOSING.test(t)
}

/** A salutation: by its words, or a short address ending with a comma, colon or exclamation mark ("Paul,", "Comrades!"). */
export function isSalutation(line: string): boolean {
  const t = line.trim()
  if (isSalutationByWords(t)) return true
  return t.length <= 70 && /[,:!]$/.test(t) && t.split(/\s+/).length <= 4 && !/^(yours|with|sincerely|faithfully|best|regards|your)\b/i.test(t) &&
    !LEAD_IN_CLOSING.test(t) && !CLOSING_WORDS.test(t)
}

const CLOSING_WORDS = new RegExp('^(?:' + [
  // English
  "yours\\b", "your['’]s\\b", 'yrs?\\b\\.?',
  'your\\s+(?:\\p{L}+\\s+)?(?:obedient|humble|affectionate|obliged|faithful|sincere|loving|devoted|grateful|dutiful|attached' +
    '|friend|servant|sister|brother|son|daughter|mother|father|cousin)',
  'ever\\s+(?:yours|your|yr|yrs|thine|thy|affectionately|truly|most|sincerely|faithfully|your)\\b',
  '(?:very\\s+|most\\s+)?(?:truly|sincerely|faithfully|affectionately|cordially|respectfully|gratefully|lovingly)\\b',
  'believe\\s+me\\b', 'i\\s+(?:remain|am|have\\s+the\\s+honou?r|beg\\s+to\\s+remain)\\b', 'remaining\\b',
  'with\\s+(?:best|kind|kindest|warm|warmest|sincere|much|my|our|all|every|comradely|respectful|affectionate|great|love)\\b',
  '(?:best|kind|kindest|warm|warmest)\\s+(?:regards|wishes)\\b', 'love\\b', 'adieu\\b', 'farewell\\b', 'good\\s*-?\\s*bye\\b', 'god\\s+bless\\b',
  'in\\s+haste\\b', 'regards\\b', 'greetings\\b', 'fraternally\\b',
  // a possessive alone on its line: "Ihr", "Yours", "Votre"
  '(?:ihr|ihre|dein|deine|euer|eure|your|yours|yr|yrs|votre|vôtre|ton|ta)[.,]?$',
  // German
  'ganz\\s+(?:der|die|ihr|dein)\\b',
  'stets\\s+(?:ihr|dein|der)\\b', 'mit\\s+(?:der|den|dem|herzlich|freundlich|bestem|besten|vorzüglich|ausgezeichnet|aufrichtig|innig|größt|aller|treu|vielen|tausend)',
  'herzlich(?:st|e|en)?\\b', 'hochachtungsvoll\\b', 'ergebenst\\b', 'gehorsamst\\b', 'verehrungsvoll\\b', 'freundschaftlich\\b',
  'in\\s+(?:eile|treue|liebe|freundschaft)\\b', 'leb(?:en\\s+sie|e|t)\\s+wohl\\b', '(?:viele|herzliche|beste|freundliche|tausend)\\s+grüße\\b',
  'ich\\s+(?:bin|verbleibe)\\b', 'es\\s+grüßt\\b',
  // French
  '(?:tout|bien)\\s+à\\s+(?:vous|toi)\\b', 'à\\s+vous\\b',
  '(?:très\\s+)?(?:affectueusement|amicalement|cordialement|respectueusement|sincèrement|fidèlement)\\b', 'agréez\\b', 'veuillez\\b', 'recevez\\b',
  'croyez\\b', "je\\s+(?:suis|vous|t['’]embrasse|reste|demeure)\\b", "j['’]ai\\s+l['’]honneur\\b", 'mille\\s+(?:amitiés|choses|tendresses)\\b',
  'salut\\s+et\\b', 'portez?[-\\s]vous\\s+bien\\b',
].join('|') + ')', 'iu')

/** A possessive and a word in lower case: "Ihr ergebenster", "Ihrer treuen", "Deine treue", "Votre dévoué" (case matters here). */
const POSSESSIVE_CLOSING = /^(?:[Ii]hre?r?|[Dd]eine?r?|[Ee]uer|[Ee]ure|[Ee]urer|[Vv](?:[oô]|os)tre|[Vv]os|[Tt]on|[Tt]a)\s+\p{Ll}/u

/** A signature that begins with its closing word: "Ihre Henriette.", "Yours Anne Marlow". */
export const isSignedWithPossessive = (line: string): boolean => SIGNATURE_POSSESSIVE.test(line.trim()) && isSignature(line.trim().replace(SIGNATURE_POSSESSIVE, ''))

/** A line of a closing formula: "Yours very faithfully,", "I remain, Sir,", "Ihr ergebenster", "Votre dévoué,". */
export function isClosing(line: string): boolean {
  const t = line.trim()
  const words = t.split(/\s+/).length
  return t.length <= 60 && words <= 10 && (CLOSING_WORDS.test(t) || POSSESSIVE_CLOSING.test(t)) && !/[?;:]$/.test(t) && !(words >= 6 && /\.$/.test(t))
}

/** The particles of names: "von", "de", "van der", "of". */
/** (and a byline's "by", "par", "door") */
const PARTICLES = new Set('von vom van der den de du des la le zu zur of y e da di dos del ten ter v. d. and et und & by par door'.split(' '))

/** A signature: a short line of one to six words, capitalised or initials (particles allowed), no sentence. */
export function isSignature(line: string): boolean {
  // (a note mark or a dash after the name is no part of it: "Richd Lovell Edgeworth[2]", "Maria Edgeworth -")
  const t = line.trim().replace(/\s*(?:\[\d{1,3}\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+)$/u, '').replace(/\s*[-–—]$/, '').replace(/\s*[.,]$/, '')
  if (t.length === 0 || t.length > 50 || /[!?;:]/.test(t)) return false
  const words = t.split(/\s+/)
  return words.length <= 6 && words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|[a-z]['’]\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u.test(w) || PARTICLES.has(w))
}

/** The first line of an address: to whom ("To …", "An", "à Monsieur", "Mrs. Hale", "Herrn …"). */
const ADDRESSEE = new RegExp('^(?:to|an|à|a(?=\\s)|au|aux|herrn|herr|frau|fräulein|frl\\.|jungfer|mr|mrs|miss|messrs' +
  '|monsieur|madame|mademoiselle|mme|mlle|m\\.|sr\\.|se\\.|seiner|ihrer|dem|der)(?![\\p{L}])', 'iu')

/** An address's line naming to whom with a courtesy title: stronger evidence of a letter than any address line. */
export const isAddresseeLine = (line: string): boolean => line.trim().length <= 60 && COURTESY_ADDRESSEE.test(line.trim())

/** A line of an address: to whom, a street with its number, or a place in capitals ("NEW-YORK."). */
export function isAddressLine(line: string): boolean {
  const t = line.trim()
  if (!t || t.length > 60) return false
  const letters = t.replace(/[^\p{L}]/gu, '')
  return ADDRESSEE.test(t) || /\bEsq(?:re|r)?\b\.?/.test(t) || /\d/.test(t) && /\p{L}{3}/u.test(t) && !isDateLine(t) || (letters.length >= 3 && letters === letters.toUpperCase())
}

/**
 * A line recording a stamp or postmark, as transcribers note them at a letter's foot ("Postmark:
 * BATH", "[Stamp: …]", "Poststempel …", "cachet de la poste …"): short, no sentence.
 */
export function isStampLine(line: string): boolean {
  const t = line.trim()
  return t.length <= 80 && !/[.!?;]$/.test(t) && STAMP.test(t)
}
const STAMP = /^\[?\s*(?:post-?\s?marks?|stamps?|stamped|cachets?|timbres?|tampons?)\b|\b(?:post-?marks?|\p{L}*stempel|cachet de la poste)\b/iu

/** A postscript's start ("P.S.", "Nachschrift"), or a line alone naming what the letter encloses ("1 annexe.", "Encl.", "2 Beilagen"). */
export function isPostscript(line: string): boolean {
  return /^\s*(P\.?\s?-?S\.|PS[.:]|Post-?scriptum|N\.\s?B\.|Nachschrift|NS\.)/i.test(line) || ENCLOSURE.test(line.trim())
}

/** What a letter encloses, on a line of its own, as editors keep it after the signature: a postscript. */
const ENCLOSURE = /^\(?(?:\d{1,2}\s+|(?:one|two|three|une?|deux|trois|eine?|zwei|drei)\s+)?(?:enclosures?|encl\.?|inclosures?|annexes?|pi[èe]ces?\s+jointes?|p\.\s?j\.|beilagen?|anlagen?)\)?\.?$/i

/** Farewells that may end a last paragraph, by language (the sentence they start is the closer's salutation). */
const FAREWELLS: Record<string, RegExp> = {
  en: /^(?:adieu|farewell|good-?\s?bye|god bless you|believe me\b|i remain\b|i am,?\s+(?:dear|my|sir|madam|ever|always|yours|your|most|very)|ever yours|yours (?:ever|truly|affectionately|sincerely)|with (?:best|kind|kindest|much|my|our|all)\s+(?:love|regards|wishes)|(?:my|our) (?:best |kindest |kind )?love to)\b/iu,
  de: /^(?:adieu|leb(?:en sie|e|t) wohl|gott (?:befohlen|behüte|segne)|ich verbleibe|ich bin (?:mit|in|stets|immer|ihr|dein|ganz)|mit (?:herzlich|freundlich|den besten|vorzüglich|ausgezeichnet|der )|(?:herzliche|viele|tausend|beste) grüße|es grüßt|empfehlen sie mich)/iu,
  fr: /(?:^adieu\b|^agréez|^veuillez agréer|^recevez|^croyez|^je suis (?:avec|votre|ton|tout)|^j['’]ai l['’]honneur d['’]être|^mille amitiés|^port[ée]z?[-\s]vous bien|je vous embrasse|je t['’]embrasse|^tout à vous|^bien à vous)/iu,
}

/** Does this sentence bid farewell ("Adieu, my dear Kate, and believe me …", "Leben Sie wohl …", "… je vous embrasse …")? */
export function isFarewell(sentence: string, language: string): boolean {
  const t = sentence.trim()
  if (t.split(/\s+/).length > 30) return false
  const own = FAREWELLS[language.toLowerCase().split('-')[0]]
  return (own ? [own] : Object.values(FAREWELLS)).some((re) => re.test(t))
}
