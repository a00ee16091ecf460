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
  return (text.normalize('NFC').toLowerCase()
    .replace(/(\p{L})[-\u00AD\u2010\u2011][ \t]*\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})[-\u00AD\u2010\u2011](?=\p{L})/gu, '$1')
    .match(/[\p{L}\p{N}]+/gu) ?? [])
}

function teiWords(node: TeiNode): string {
  if (node.type === 'text') return node.value
  if (node.type === 'comment') return ''
  // a page or line break inside a word (break="no") joins; other milestones separate
  if (['pb', 'lb', 'cb', 'milestone'].includes(node.name)) return node.attributes.break === 'no' ? '' : ' '
  // note numbers and link targets stand for source characters too
  const extra = node.name === 'note' && node.attributes.n ? ` ${node.attributes.n} ` : node.name === 'ref' && node.attributes.target ? ` ${node.attributes.target} ` : ''
  const block = ['p', 'head', 'note', 'salute', 'signed', 'dateline', 'titlePart', 'docAuthor', 'docDate', 'byline', 'div', 'opener', 'closer', 'quote'].includes(node.name)
  return extra + (block ? ' ' : '') + node.children.map(teiWords).join('') + (block ? ' ' : '')
}

export function checkFidelity(doc: TeiDocument): Diagnostic[] {
  const text = findFirst(doc.tree, 'text')
  if (!text) return [{ code: 'fidelity-word-lost', severity: 'error', stage: 'import', file: doc.source.path, line: 1, column: 1, message: 'the TEI has no <text>' }]
  // cut what was removed out of the source, so that words joined across it compare equal
  let source = doc.source.text
  const removed = [...(doc.removed ?? [])].sort((a, b) => b.offset - a.offset)
  const extra: string[] = []
  for (const r of removed) {
    if (source.slice(r.offset, r.offset + r.text.length) === r.text) source = source.slice(0, r.offset) + '\n'.repeat(r.text.split('\n').length) + source.slice(r.offset + r.text.length)
    else extra.push(r.text)
  }
  const have = new Map<string, number>()
  for (const w of [...wordsOf(teiWords(text)), ...wordsOf(extra.join(' '))]) have.set(w, (have.get(w) ?? 0) + 1)
  const need = new Map<string, number>()
  for (const w of wordsOf(source)) need.set(w, (need.get(w) ?? 0) + 1)
  const out: Diagnostic[] = []
  for (const [w, n] of need) {
    const got = have.get(w) ?? 0
    if (got >= n) continue
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(doc.source.text)
    const p = doc.source.locate(at?.index ?? 0)
    out.push({ code: 'fidelity-word-lost', severity: 'error', stage: 'import', file: doc.source.path, line: p.line, column: p.column, message: `the word "${w}" occurs ${n} time${n === 1 ? '' : 's'} in the source but ${got} in the TEI text: a word was lost` })
  }
  return out
}
