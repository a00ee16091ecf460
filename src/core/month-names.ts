/**
 * Month and weekday names as writers spelled them, in English, German and French: the full names,
 * older forms (German `Merz`, `Junius`, `Jänner`; French `Aoust`), contractions the way clerks
 * wrote them (the first letters, optionally with the last one or two: `Decr`, `Febry`, `Augt`,
 * `Octob`, also with an apostrophe before the last letters: `Jan'y`, `Aug't`, `Dec'r`), and the
 * numbered forms of the last four months (`7ber`, `8bre`, `9br`, `Xber`).
 */

/**
 * Per month (1–12): the names contractions are made from (English, German, French), then older
 * names that are only written out in full.
 */
const NAMES: [string[], string[]][] = [
  [['january', 'januar', 'jänner', 'janvier'], ['jenner', 'januarius']],
  [['february', 'februar', 'février', 'fevrier'], ['feber', 'februarius', 'hornung']],
  [['march', 'märz', 'mars'], ['maerz', 'merz', 'mertz', 'martius']],
  [['april', 'avril'], ['aprilis']],
  [['may', 'mai'], ['majus', 'maius']],
  [['june', 'juni', 'juin'], ['junius']],
  [['july', 'juli', 'juillet'], ['julius']],
  [['august', 'août', 'aout'], ['aoust', 'augusti']],
  [['september', 'septembre'], []],
  [['october', 'oktober', 'octobre'], []],
  [['november', 'novembre'], []],
  [['december', 'dezember', 'décembre', 'decembre'], []],
]

/** Contractions that do not follow the first-letters rule. */
const OTHER_FORMS: [string, number][] = [
  ['apl', 4], ['aprl', 4], ['jany', 1], ['dezbr', 12], ['decbr', 12], ['novbr', 11], ['octbr', 10], ['septbr', 9], ['sbre', 9],
  ['septbre', 9], ['octbre', 10], ['oktbr', 10], ['novbre', 11], ['decbre', 12], ['dezbre', 12],
]

/** Numbered forms: 7 = September … X or 10 = December (from the Latin numerals in their names). */
const NUMBERED = [['7', 9], ['8', 10], ['9', 11], ['x', 12], ['10', 12]] as const
const NUMBERED_ENDINGS = ['ber', 'bre', 'br', 'bris']

/** Words a contraction must never be, though it is one by the rule (a name, a common word). */
const NOT_CONTRACTIONS = new Set(['marc', 'augus'])

/** The first letters of a name (three or more), alone or with its last one or two letters. */
function contractions(name: string): string[] {
  const out: string[] = []
  for (let n = 3; n < name.length; n++) {
    const head = name.slice(0, n)
    out.push(head)
    if (n < name.length - 1) out.push(head + name.slice(-1))
    if (n < name.length - 2) out.push(head + name.slice(-2))
  }
  return out
}

function buildMonths(): Map<string, number> {
  const full = new Map<string, number>()
  NAMES.forEach(([modern, older], i) => [...modern, ...older].forEach((n) => full.set(n, i + 1)))
  const byForm = new Map<string, Set<number>>()
  const add = (form: string, month: number) => {
    if (!byForm.has(form)) byForm.set(form, new Set())
    byForm.get(form)!.add(month)
  }
  NAMES.forEach(([modern], i) => {
    for (const name of modern) for (const c of contractions(name)) if (!full.has(c) && !NOT_CONTRACTIONS.has(c)) add(c, i + 1)
  })
  const out = new Map<string, number>(full)
  // a contraction two months share ("jui" of juin and juillet) names neither
  for (const [form, months] of byForm) if (months.size === 1) out.set(form, [...months][0])
  for (const [form, month] of OTHER_FORMS) out.set(form, month)
  for (const [digit, month] of NUMBERED) for (const end of NUMBERED_ENDINGS) out.set(digit + end, month)
  return out
}

/** Every written form of a month, lower case, to its number. */
export const monthNumber: ReadonlyMap<string, number> = buildMonths()

const FULL = new Set(NAMES.flatMap(([modern, older]) => [...modern, ...older]))

/** Forms that are not full names ("Sept", "Decr", "9br"): a full stop after them is theirs. */
export const monthAbbreviations: ReadonlySet<string> = new Set([...monthNumber.keys()].filter((f) => !FULL.has(f)))

/** Month names that are also common words in lower case: without a year they need a capital. */
export const WORDLIKE_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'sept', 'august', 'jan'])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Alternation for a regex, longest forms first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...monthNumber.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|')

/** Weekdays, 0 = Sunday … 6 = Saturday, with their usual abbreviations. */
const WEEKDAYS: [string[], number][] = [
  [['sunday', 'sun', 'sonntag', 'dimanche'], 0],
  [['monday', 'mon', 'montag', 'lundi'], 1],
  [['tuesday', 'tue', 'tues', 'dienstag', 'mardi'], 2],
  [['wednesday', 'wed', 'weds', 'mittwoch', 'mercredi'], 3],
  [['thursday', 'thu', 'thur', 'thurs', 'donnerstag', 'jeudi'], 4],
  [['friday', 'fri', 'freitag', 'vendredi'], 5],
  [['saturday', 'sat', 'samstag', 'sonnabend', 'samedi'], 6],
]

export const weekdayNumber: ReadonlyMap<string, number> = new Map(WEEKDAYS.flatMap(([names, n]) => names.map((name) => [name, n] as [string, number])))

export const WEEKDAY_PATTERN = [...weekdayNumber.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')

/** The month of a written form ("Decr.", "9br", "Jänner", "Jan'y"), or undefined. */
export function monthOf(form: string): number | undefined {
  return monthNumber.get(form.toLowerCase().replace(/[.:]+$/, '').replace(/['’]/g, ''))
}

/** A contraction with an apostrophe ("Jan'y", "Sept'r"): a month only if monthOf reads it. */
export const APOSTROPHE_MONTH = "\\p{L}{3,4}['’]\\p{L}{1,2}"

export function weekdayOf(form: string): number | undefined {
  return weekdayNumber.get(form.toLowerCase().replace(/\.$/, ''))
}
