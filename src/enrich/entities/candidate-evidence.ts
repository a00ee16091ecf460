/**
 * What one mention of a possible name says about its kind: a title or rank before it, initials or
 * a particle in it, a salutation or signature around it (a person); a preposition of place, a
 * dateline, a place noun in or next to it, a place-name ending (a place); an organisation noun
 * (an organisation). Each piece of evidence has a weight; the candidate's kind is the one its
 * mentions together weigh most for.
 */
import type { NameSequence } from './name-sequences.js'
import { NAME_PARTICLES, ORG_NOUNS, PLACE_ENDING, PLACE_NOUNS, PLACE_PREPOSITIONS } from './name-words.js'

export type Kind = 'person' | 'place' | 'org'
export interface Evidence { kind: Kind; weight: number; why: string }

/** Prepositions that also stand before persons (`a letter from Smith`, `zu Goethe`): weaker. */
const WEAK_PREPOSITIONS = new Set(['from', 'to', 'towards', 'toward', 'zu', 'a', 'aus', 'bei', 'gen', 'depuis'])

/** A verb of going or coming and its preposition, just before the name: what follows is where. */
const MOTION_BEFORE = new RegExp('(?:^|[^\\p{L}])(?:' + [
  'went|go|goes|going|gone|came|come|comes|coming|drove|drive|walked|walk|rode|ride|returned|return|sailed|travell?ed|moved|removed|arrived|set\\s+(?:out|off)|left|got\\s+back|back',
  'reiste|reisen|reist|fuhr|fahre|fahren|fährt|ging|gehe|gehen|geht|kam|komme|kommen|kommt|zog|ziehe|ziehen|zieht|kehrte|zurück|abgereist|angekommen',
  'allée?s?|aller|alla|vais|va|venue?s?|venir|vint|revenue?s?|revint|partie?s?|partir|partit|pars|arrivée?s?|arriver|arriva|retournée?s?|retourner|retourna',
].join('|') + ')\\s+(?:to|at|in|into|from|for|nach|von|aus|in|à|de|pour|en)\\s+$', 'iu')

/** The evidence of one mention; `ancestors` are the names of the elements around it. */
export function mentionEvidence(seq: NameSequence, before: string, ancestors: readonly string[], language: string): Evidence[] {
  const out: Evidence[] = []
  if (seq.title) out.push({ kind: 'person', weight: 3, why: `after "${seq.title}"` })
  if (seq.initials) out.push({ kind: 'person', weight: 2, why: 'with initials' })
  // in a salutation after its words (`My dear Harriet`), not its first words (`Hochverehrter Herr`)
  if (ancestors.includes('signed') || (ancestors.includes('salute') && /\p{L}/u.test(before))) out.push({ kind: 'person', weight: 2, why: 'in a salutation or signature' })
  const inner = seq.text.split(/\s+/).slice(1, -1)
  if (seq.words.length >= 2 && inner.some((w) => NAME_PARTICLES.has(w))) out.push({ kind: 'person', weight: 2, why: 'with a name particle' })
  if (ancestors.includes('dateline')) out.push({ kind: 'place', weight: 3, why: 'in a dateline' })
  const preposition = /(?:^|[^\p{L}])([\p{L}]+)\s+$/u.exec(before)?.[1]
  if (!seq.title && !seq.sentenceStart && preposition && PLACE_PREPOSITIONS.has(preposition.toLowerCase())) {
    // German puts nouns after prepositions without an article (`in Zukunft`): weak evidence there
    // (…unless a verb of going says where: "went to Ashby", "reiste nach Bern", "partit pour Lyon")
    const weak = (language === 'de' || WEAK_PREPOSITIONS.has(preposition.toLowerCase())) && !MOTION_BEFORE.test(before)
    out.push({ kind: 'place', weight: weak ? 1 : 2, why: `after "${preposition}"` })
  }
  const last = seq.words[seq.words.length - 1].toLowerCase()
  if (seq.words.length >= 2 && PLACE_NOUNS.has(last)) out.push({ kind: 'place', weight: 3, why: `named a ${last}` })
  else if (PLACE_ENDING.test(last)) out.push({ kind: 'place', weight: 1, why: 'a place-name ending' })
  if (seq.words.some((w) => ORG_NOUNS.has(w.toLowerCase()))) out.push({ kind: 'org', weight: 3, why: 'named an organisation' })
  return out
}

/** The kind the evidence weighs most for (by a clear margin), with the reasons, heaviest first. */
export function weighEvidence(all: readonly Evidence[]): { kind: Kind | 'unknown'; weight: number; reasons: string[] } {
  const total: Record<Kind, number> = { person: 0, place: 0, org: 0 }
  for (const e of all) total[e.kind] += e.weight
  const ranked = (Object.keys(total) as Kind[]).sort((a, b) => total[b] - total[a])
  const [best, second] = ranked
  const kind = total[best] >= 2 && total[best] > total[second] ? best : 'unknown'
  const counts = new Map<string, { n: number; weight: number }>()
  for (const e of all.filter((x) => kind === 'unknown' || x.kind === kind)) {
    const c = counts.get(e.why) ?? { n: 0, weight: e.weight }
    c.n++
    counts.set(e.why, c)
  }
  const reasons = [...counts].sort((a, b) => b[1].n * b[1].weight - a[1].n * a[1].weight || (a[0] < b[0] ? -1 : 1)).map(([why, c]) => (c.n > 1 ? `${why} ${c.n}×` : why))
  return { kind, weight: kind === 'unknown' ? 0 : total[kind], reasons }
}
