/**
 * Garbled passages: sentences whose word order no longer makes sense (a two-column page read
 * across, lines of a table run together). The language signal is deliberately simple: function
 * words that cannot follow each other in well-formed prose ("the of", "a and", "of of", "the,").
 * One such pair can be a typo; two in one sentence are evidence. The words are never changed: the
 * caller wraps the sentence in <unclear reason="garbled"> and warns.
 * Only languages with a table below are checked; for others nothing is reported.
 */

interface FunctionWords {
  /** Words that must be followed by the word they determine. */
  determiners: Set<string>
  /** Words that cannot follow a determiner. */
  notAfterDeterminer: Set<string>
  /** Prepositions that need an object. */
  prepositions: Set<string>
  /** Words that cannot follow such a preposition. */
  notAfterPreposition: Set<string>
  /** Words that are not doubled in prose ("that that" and "had had" are, so they are not here). */
  neverDoubled: Set<string>
}

const words = (s: string) => new Set(s.split(' '))

const TABLES: Record<string, FunctionWords> = {
  en: {
    determiners: words('the a an every'),
    notAfterDeterminer: words('the a an of to in and or but for with from by at on is was are were be been has have this these those which who whom'),
    prepositions: words('of from with into by upon'),
    notAfterPreposition: words('of from with into by upon and or but is was are were to'),
    neverDoubled: words('the a an of to in and or but for with from by at on is was are were'),
  },
}

export interface GarbledSpan {
  /** Character range in the text. */
  start: number
  end: number
  /** The pairs that gave it away ("the of", "a,"). */
  evidence: string[]
}

/** Sentence ranges: ends at . ! ? (with closing quotes) followed by space. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const re = /[.!?]["”’)]?(?=\s|$)/gu
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length
    out.push({ start, end })
    start = end
  }
  if (start < text.length) out.push({ start, end: text.length })
  // leading white space belongs to no sentence
  return out.map((s) => {
    let a = s.start
    while (a < s.end && /\s/u.test(text[a])) a++
    return { start: a, end: s.end }
  }).filter((s) => s.end > s.start)
}

export function findGarbled(text: string, language: string): GarbledSpan[] {
  const table = TABLES[language.toLowerCase().split('-')[0]]
  if (!table) return []
  const out: GarbledSpan[] = []
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end)
    // words and the punctuation that matters (a comma or stop straight after a determiner)
    const tokens = sentence.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?|[,.;:!?]/gu) ?? []
    const wordCount = tokens.filter((t) => /\p{L}/u.test(t)).length
    if (wordCount < 6) continue
    const evidence: string[] = []
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]
      const b = tokens[i + 1]
      if (table.determiners.has(a) && (table.notAfterDeterminer.has(b) || /^[,.;:!?]$/.test(b))) evidence.push(`${a} ${b}`)
      else if (table.prepositions.has(a) && table.notAfterPreposition.has(b)) evidence.push(`${a} ${b}`)
      else if (a === b && table.neverDoubled.has(a)) evidence.push(`${a} ${b}`)
    }
    // the article "a" is also a letter used as a label ("point a, and"), so one pair is never enough
    if (evidence.length >= 2) {
      const prev = out[out.length - 1]
      if (prev && /^\s*$/.test(text.slice(prev.end, s.start))) {
        prev.end = s.end
        prev.evidence.push(...evidence)
      } else out.push({ start: s.start, end: s.end, evidence })
    }
  }
  return out
}

/** Can the text be cut at these points without cutting inline markup (emphasis, tags, brackets) in two? */
export function cutsMarkup(text: string, start: number, end: number): boolean {
  const balanced = (s: string) =>
    (s.match(/\*/g) ?? []).length % 2 === 0 &&
    (s.match(/\[/g) ?? []).length === (s.match(/\]/g) ?? []).length &&
    (s.match(/</g) ?? []).length === (s.match(/>/g) ?? []).length &&
    (s.match(/\(/g) ?? []).length === (s.match(/\)/g) ?? []).length
  return !balanced(text.slice(0, start)) || !balanced(text.slice(start, end))
}
