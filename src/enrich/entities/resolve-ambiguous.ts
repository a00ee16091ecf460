/**
 * A form that points to several entries (a shared alias, a surname two persons bear, a name that
 * is a person and a place) is decided per mention, as a reader does: by the nearest mention in the
 * document that names one of those entries unambiguously (`Karl Immermann` … `Immermann`). The
 * link is then marked `cert="medium"`. With no such mention the name is tagged without @ref, as
 * the kind most of its entries are (a place after a preposition of place).
 */
import type { EntityType, NameTarget } from './name-index.js'

export interface Mention {
  /** Position in the document's reading order (characters). */
  position: number
  targets: NameTarget[]
  /** The words just before the mention (for a preposition of place). */
  before: string
}

export type Resolution =
  | { kind: 'sure'; target: NameTarget }
  | { kind: 'nearby'; target: NameTarget; by: Mention }
  | { kind: 'open'; type: EntityType }

const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|near|nach|à|dans|en)\s+$/iu
const KIND_ORDER: EntityType[] = ['person', 'place', 'org']

export function resolveMentions(mentions: readonly Mention[]): Resolution[] {
  const sure = mentions.filter((m) => m.targets.length === 1)
  return mentions.map((m): Resolution => {
    if (m.targets.length === 1) return { kind: 'sure', target: m.targets[0] }
    const by = nearest(m, sure)
    if (by) return { kind: 'nearby', target: m.targets.find((t) => sameEntry(t, by.targets[0]))!, by }
    return { kind: 'open', type: openType(m) }
  })
}

const sameEntry = (a: NameTarget, b: NameTarget) => a.id === b.id && a.type === b.type

/** The closest unambiguous mention of one of `m`'s entries; the earlier one on a tie. */
function nearest(m: Mention, sure: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined
  let bestDistance = Infinity
  for (const s of sure) {
    if (!m.targets.some((t) => sameEntry(t, s.targets[0]))) continue
    const d = Math.abs(s.position - m.position)
    if (d < bestDistance || (d === bestDistance && s.position < m.position)) {
      best = s
      bestDistance = d
    }
  }
  return best
}

function openType(m: Mention): EntityType {
  const types = new Set(m.targets.map((t) => t.type))
  if (types.size > 1 && types.has('place') && PLACE_PREPOSITION.test(m.before)) return 'place'
  const count = (t: EntityType) => m.targets.filter((x) => x.type === t).length
  return [...KIND_ORDER].sort((a, b) => count(b) - count(a) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))[0]
}
