/** Month and weekday names (English, German, French) with their abbreviations. */
const MONTHS: [string[], number][] = [
  [['january', 'jan', 'januar', 'jänner', 'janvier', 'janv'], 1],
  [['february', 'feb', 'febr', 'februar', 'février', 'fevrier', 'févr'], 2],
  [['march', 'mar', 'märz', 'maerz', 'mars'], 3],
  [['april', 'apr', 'avril', 'avr'], 4],
  [['may', 'mai'], 5],
  [['june', 'jun', 'juni', 'juin'], 6],
  [['july', 'jul', 'juli', 'juillet', 'juil'], 7],
  [['august', 'aug', 'août', 'aout'], 8],
  [['september', 'sep', 'sept', 'septembre'], 9],
  [['october', 'oct', 'oktober', 'okt', 'octobre'], 10],
  [['november', 'nov', 'novembre'], 11],
  [['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc'], 12],
]

/** Abbreviated month names ("Sept", "janv"): a shorter form of another name of the same month. */
export const monthAbbreviations = new Set<string>(MONTHS.flatMap(([names]) => names.filter((n) => names.some((o) => o.length > n.length && o.startsWith(n)))))

export const monthNumber = new Map<string, number>(MONTHS.flatMap(([names, n]) => names.map((name) => [name, n] as [string, number])))

/** Alternation for a regex, longest names first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...monthNumber.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|')

export const WEEKDAY_PATTERN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
