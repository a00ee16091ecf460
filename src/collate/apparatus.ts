/**
 * Alignments → a TEI parallel-segmentation apparatus over the base text. Variation zones are the
 * base ranges where any witness departs from the base (plus what witnesses insert); outside them
 * every witness agrees. In a zone, witnesses with the same reading share one <rdg>; a witness
 * that reads as the base is listed on the <lem>. Paragraph breaks inside a zone are
 * <milestone unit="paragraph"/>; a zone that differs only by them is type="paragraph". A passage
 * a witness moved (omitted here, read there) gives two apps of type="transposition" that point to
 * each other with @corresp.
 */
import type { TeiElement, TeiNode } from '../core/tree.js'
import { el } from '../core/tei.js'
import { PARAGRAPH, type Token } from './tokenize.js'
import type { Pair } from './align.js'

export interface AlignedWitness { siglum: string; tokens: Token[]; pairs: Pair[] }

interface Zone { start: number; end: number }

export function buildApparatusBody(base: { siglum: string; tokens: Token[] }, others: AlignedWitness[]): { paragraphs: TeiElement[]; variants: number } {
  const n = base.tokens.length
  const matched = others.map((w) => {
    const m = new Int32Array(n).fill(-1)
    for (const [i, j] of w.pairs) m[i] = j
    return m
  })
  // zones: unmatched base tokens, and gaps where a witness has tokens between two matched ones
  const raw: Zone[] = []
  others.forEach((w, k) => {
    const m = matched[k]
    let prevW = -1
    let runStart = -1
    for (let i = 0; i <= n; i++) {
      const j = i < n ? m[i] : w.tokens.length
      if (i < n && j < 0) { if (runStart < 0) runStart = i; continue }
      const start = runStart >= 0 ? runStart : i
      if (runStart >= 0 || j > prevW + 1) raw.push({ start, end: i })
      runStart = -1
      prevW = j
    }
  })
  raw.sort((a, b) => a.start - b.start || a.end - b.end)
  const zones: Zone[] = []
  for (const z of raw) {
    const last = zones[zones.length - 1]
    if (last && z.start <= last.end) last.end = Math.max(last.end, z.end)
    else zones.push({ ...z })
  }
  const readingOf = (k: number, z: Zone): Token[] => {
    const m = matched[k]
    const from = z.start > 0 ? m[z.start - 1] + 1 : 0
    const to = z.end < n ? m[z.end] : others[k].tokens.length
    return others[k].tokens.slice(from, to)
  }
  const paragraphs: TeiElement[] = []
  let current: TeiNode[] = []
  // a base block other than a paragraph (a heading, a salutation) stays a <p>, named by @rend
  let block = 'p'
  const flush = () => {
    if (current.length) paragraphs.push(el('p', { rend: block === 'p' ? undefined : block }, trim(current)))
    current = []
  }
  const text = (s: string) => {
    const last = current[current.length - 1]
    if (last?.type === 'text') last.value += s
    else current.push({ type: 'text', value: s })
  }
  const tokensToNodes = (ts: Token[]): TeiNode[] => {
    const out: TeiNode[] = []
    ts.forEach((t, i) => {
      if (t.text === PARAGRAPH) out.push(el('milestone', { unit: 'paragraph' }))
      else {
        const prev = out[out.length - 1]
        const s = (i > 0 && ts[i - 1].text !== PARAGRAPH ? ' ' : '') + t.text
        if (prev?.type === 'text') prev.value += s
        else out.push({ type: 'text', value: s })
      }
    })
    return out
  }
  const key = (ts: Token[]) => ts.map((t) => t.key).join(' ')
  const readings = zones.map((zone) => {
    const lemTokens = base.tokens.slice(zone.start, zone.end)
    const lemWit = [base.siglum]
    const groups = new Map<string, { wit: string[]; tokens: Token[] }>()
    const byWitness = others.map((w, k) => {
      const r = readingOf(k, zone)
      if (key(r) === key(lemTokens)) lemWit.push(w.siglum)
      else {
        const g = groups.get(key(r)) ?? { wit: [], tokens: r }
        g.wit.push(w.siglum)
        groups.set(key(r), g)
      }
      return r
    })
    return { lemTokens, lemWit, groups, byWitness }
  })
  const moved = transpositions(readings)
  let z = 0
  let variants = 0
  for (let i = 0; i <= n; i++) {
    const zone = zones[z]
    if (zone && zone.start === i) {
      const { lemTokens, lemWit, groups } = readings[z]
      if (groups.size) {
        variants++
        const onlyParagraphs = [lemTokens, ...[...groups.values()].map((g) => g.tokens)].every((ts) => ts.every((t) => t.text === PARAGRAPH))
        const partner = moved.get(z)
        if (current.length) text(' ')
        current.push(el('app', partner === undefined
          ? { type: onlyParagraphs ? 'paragraph' : undefined }
          : { type: 'transposition', 'xml:id': `app${z + 1}`, corresp: `#app${partner + 1}` }, [
          el('lem', { wit: lemWit.map((s) => `#${s}`).join(' ') }, tokensToNodes(lemTokens)),
          ...[...groups.values()].map((g) => el('rdg', { wit: g.wit.map((s) => `#${s}`).join(' ') }, tokensToNodes(g.tokens))),
        ]))
        i = zone.end - 1
        z++
        continue
      }
      z++
      if (zone.end > zone.start) { i = zone.start - 1; continue }
    }
    if (i === n) break
    const t = base.tokens[i]
    if (t.text === PARAGRAPH) {
      flush()
      block = t.block ?? 'p'
    } else text((current.length ? ' ' : '') + t.text)
  }
  flush()
  return { paragraphs, variants }
}

/**
 * Transpositions: a passage of at least two words that a witness lacks in one zone and reads, word
 * for word, in another zone where the base has no words. Each such pair of zones is linked (zone
 * index → the other zone's index); the first match wins, so every zone has at most one partner.
 */
function transpositions(readings: { lemTokens: Token[]; byWitness: Token[][] }[]): Map<number, number> {
  const words = (ts: Token[]) => ts.filter((t) => t.text !== PARAGRAPH).map((t) => t.key)
  const out = new Map<number, number>()
  const witnesses = readings[0]?.byWitness.length ?? 0
  for (let k = 0; k < witnesses; k++) {
    // passages the witness adds where the base has nothing, by their words
    const added = new Map<string, number>()
    readings.forEach((r, z) => {
      const w = words(r.byWitness[k])
      if (w.length >= 2 && !words(r.lemTokens).length && !added.has(w.join(' '))) added.set(w.join(' '), z)
    })
    readings.forEach((r, z) => {
      const lem = words(r.lemTokens)
      if (lem.length < 2 || words(r.byWitness[k]).length || out.has(z)) return
      const other = added.get(lem.join(' '))
      if (other === undefined || out.has(other)) return
      out.set(z, other)
      out.set(other, z)
    })
  }
  return out
}

function trim(nodes: TeiNode[]): TeiNode[] {
  const first = nodes[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  return nodes.filter((x) => x.type !== 'text' || x.value !== '')
}
