/**
 * The fidelity check: every word of the source must be in the TEI <text> (in any order: notes
 * move to their anchors, pages may be reordered) or in what import deliberately removed (page
 * furniture, colophon, editorial signs). Hyphens inside words and at line ends are ignored on both
 * sides, so dehyphenation and kept compounds compare equal.
 */
import type { TeiDocument } from '../core/document.js'
import type { Diagnostic } from '../core/diagnostic.js'
import { findFirst, type TeiNode } from '../core/tree.js'

export function wordsOf(text: string): string[] {
  return (text.normalize('NFC')
    .replace(/(\p{L})[-\u00AD\u2010\u2011](?=\p{L})/gu, '$1')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [])
}

/**
 * The text of an element for word comparison. Whether an element boundary separates words depends
 * on the markup it came from ("0[0]" is two words, "¹ۥ" in <hi> is one), so the words are taken
 * both ways and a source word counts as kept if either reading has it.
 */
function teiWords(node: TeiNode, separate: boolean): string {
  if (node.type === 'text') return node.value
  if (node.type === 'comment') return ''
  // a page or line break inside a word (break="no") joins; other milestones separate
  if (['pb', 'lb', 'cb', 'milestone'].includes(node.name)) return node.attributes.break === 'no' ? '' : ' '
  // note numbers and link targets stand for source characters too
  const extra = node.name === 'note' && node.attributes.n ? ` ${node.attributes.n} ` : node.name === 'ref' && node.attributes.target ? ` ${node.attributes.target} ` : ''
  const block = ['p', 'head', 'note', 'salute', 'signed', 'dateline', 'titlePart', 'docAuthor', 'docDate', 'byline', 'div', 'opener', 'closer', 'quote', 'cit', 'bibl', 'postscript'].includes(node.name)
  const gap = separate || block ? ' ' : ''
  return `${extra}${gap}${node.children.map((c) => teiWords(c, separate)).join('')}${gap}`
}

export function checkFidelity(doc: TeiDocument): Diagnostic[] {
  const text = findFirst(doc.tree, 'text')
  if (!text) return [{ code: 'fidelity-word-lost', severity: 'error', stage: 'import', file: doc.source.path, line: 1, column: 1, message: 'the TEI has no <text>' }]
  // blank out what was removed (same length, so offsets stay), then redo the hyphen joins import
  // made: "revo-⏎lution" → "revolution", "so-⏎…⏎called" → "so-called"
  let source = doc.source.text
  const extra: string[] = []
  for (const r of doc.removed ?? []) {
    // the removed text as it stands in the source (a line break there may be a space here)
    const at = new RegExp(r.text.trim().split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'y')
    at.lastIndex = r.offset
    const m = at.exec(source)
    if (m) source = source.slice(0, r.offset) + ' '.repeat(m[0].length) + source.slice(r.offset + m[0].length)
    else extra.push(r.text)
  }
  // (a join the text does not show — lines kept apart with <lb/> — leaves both halves: either reading counts)
  const unjoined = new Map<string, string[]>()
  for (const j of [...(doc.hyphenJoins ?? [])].sort((a, b) => b.offset - a.offset)) {
    let next = j.offset + 1
    while (next < source.length && /\s/.test(source[next])) next++
    const left = /[\p{L}\p{N}]+$/u.exec(source.slice(0, j.offset))?.[0] ?? ''
    const right = /^[\p{L}\p{N}]+/u.exec(source.slice(next))?.[0] ?? ''
    if (left && right) unjoined.set(wordsOf(`${left}${right}`)[0], [...wordsOf(left), ...wordsOf(right)])
    source = source.slice(0, j.kept ? j.offset + 1 : j.offset) + source.slice(next)
  }
  const have = new Map<string, number>()
  const count = (words: string[]) => {
    const m = new Map<string, number>()
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1)
    return m
  }
  const extraWords = wordsOf(extra.join(' '))
  const separated = count([...wordsOf(teiWords(text, true)), ...extraWords])
  const joined = count([...wordsOf(teiWords(text, false)), ...extraWords])
  for (const m of [separated, joined]) for (const [w, n] of m) have.set(w, Math.max(have.get(w) ?? 0, n))
  const need = new Map<string, number>()
  for (const w of wordsOf(source)) need.set(w, (need.get(w) ?? 0) + 1)
  const out: Diagnostic[] = []
  for (const [w, n] of need) {
    const got = have.get(w) ?? 0
    if (got >= n) continue
    const halves = unjoined.get(w)
    if (halves && halves.every((h) => (have.get(h) ?? 0) >= n - got)) continue
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(doc.source.text)
    const p = doc.source.locate(at?.index ?? 0)
    out.push({ code: 'fidelity-word-lost', severity: 'error', stage: 'import', file: doc.source.path, line: p.line, column: p.column, message: `the word "${w}" occurs ${n} time${n === 1 ? '' : 's'} in the source but ${got} in the TEI text: a word was lost` })
  }
  return out
}
