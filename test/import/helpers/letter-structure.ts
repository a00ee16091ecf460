/**
 * A structure scorer for letters: compares the letter parts of an encoding with a hand-made
 * reference. Each part is an item "path" (opener/salute, closer/address/addrLine …, whatever divs hold them);
 * the structure score is the F1 of the two multisets of paths, the content score the F1 of the
 * multisets of (path, text) for the parts that hold text (white space and <lb/> folded to one space,
 * notes left out, alternative readings as the source has them, a word broken across a line whole: see textOf).
 */
import type { TeiElement, TeiNode } from '../../../src/core/tree.js'

const WITH_TEXT = new Set(['dateline', 'salute', 'signed', 'addrLine', 'p', 'fw', 'head', 'title'])
const CONTAINERS = new Set(['opener', 'closer', 'postscript', 'address'])

export interface Item { path: string; text?: string }

/**
 * The text of a part as a plain-text transcription gives it, which is all an importer sees: of a
 * <choice> the source's reading (sic, orig, abbr), no deletions, supplied text in brackets.
 */
function textOf(n: TeiNode): string {
  if (n.type === 'text') return n.value
  if (n.type !== 'element' || n.name === 'note' || n.name === 'del') return ''
  // (break="no": the word goes on across the line, as a transcription joins it)
  if (n.name === 'lb' || n.name === 'pb') return n.attributes.break === 'no' ? '' : ' '
  if (n.name === 'supplied') return `[${n.children.map(textOf).join('')}]`
  if (n.name === 'choice') {
    const readings = n.children.filter((c): c is TeiElement => c.type === 'element')
    const source = readings.find((c) => ['sic', 'orig', 'abbr'].includes(c.name)) ?? readings[0]
    return source ? textOf(source) : ''
  }
  return n.children.map(textOf).join('')
}

export function letterItems(body: TeiElement): Item[] {
  const out: Item[] = []
  const visit = (e: TeiElement, path: string) => {
    for (const c of e.children) {
      if (c.type !== 'element' || c.name === 'note') continue
      if (c.name === 'div') visit(c, path) // sections and letter divs alike: the parts' places inside them count
      else if (WITH_TEXT.has(c.name)) out.push({ path: `${path}/${c.name}`, text: textOf(c).replace(/\s+/g, ' ').trim() })
      else if (CONTAINERS.has(c.name)) {
        out.push({ path: `${path}/${c.name}` })
        visit(c, `${path}/${c.name}`)
      } else visit(c, path)
    }
  }
  visit(body, '')
  return out
}

function f1(gold: string[], cand: string[]): number {
  if (!gold.length && !cand.length) return 1
  const left = new Map<string, number>()
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1)
  let hit = 0
  for (const c of cand) {
    const n = left.get(c) ?? 0
    if (n > 0) { hit++; left.set(c, n - 1) }
  }
  return hit === 0 ? 0 : (2 * hit) / (gold.length + cand.length)
}

export function scoreLetter(reference: Item[], candidate: Item[]): { structure: number; content: number } {
  const key = (i: Item) => `${i.path}\t${i.text}`
  return {
    structure: f1(reference.map((i) => i.path), candidate.map((i) => i.path)),
    content: f1(reference.filter((i) => i.text !== undefined).map(key), candidate.filter((i) => i.text !== undefined).map(key)),
  }
}
