/**
 * A large TEI file written in pieces, with exactly the text serializeTei gives the whole tree: the
 * file's head and tail (cut around a marker where the many children go) and each child serialized
 * alone at its depth. The whole tree — all documents, all letters — never exists at once.
 * Holds for children of an element-only container (teiCorpus, profileDesc …): there every child
 * is written on its own line, indented by its depth, whatever its siblings.
 */
import type { TeiElement } from '../core/tree.js'
import { el, root, TEI_NS } from '../core/tei.js'
import { serializeTei } from '../core/xml/serialize.js'

const MARKER = 'lectioPieceMarker'
export const pieceMarker = (): TeiElement => el(MARKER)

/**
 * serializeTei of `tree` cut at its marker elements: the text before the first marker's line,
 * between markers, and after the last marker — one more part than markers.
 */
export function splitAtMarkers(tree: TeiElement): string[] {
  const text = serializeTei(root(tree))
  const tag = `<${MARKER}/>`
  const parts: string[] = []
  let from = 0
  for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length)) {
    parts.push(text.slice(from, text.lastIndexOf('\n', at)))
    from = at + tag.length
  }
  parts.push(text.slice(from))
  return parts
}

/** serializeTei of `tree` cut around its one marker element. */
export function splitAtMarker(tree: TeiElement): { head: string; tail: string } {
  const parts = splitAtMarkers(tree)
  if (parts.length !== 2) throw new Error('splitAtMarker: the tree must hold the marker once')
  return { head: parts[0], tail: parts[1] }
}

// a tree of the given depth around an element: TEI-namespace element-only wrappers
const wrap = (x: TeiElement, depth: number): TeiElement => {
  let tree = x
  for (let d = depth; d > 0; d--) tree = el('teiCorpus', d === 1 ? { xmlns: TEI_NS } : {}, [tree])
  return tree
}
const frames = new Map<number, { head: string; tail: string }>()

/** `x` as it is written as a child at `depth` (1: child of the root) of an element-only TEI element, with its newline and indentation. */
export function pieceAt(x: TeiElement, depth: number): string {
  let frame = frames.get(depth)
  if (!frame) frames.set(depth, (frame = splitAtMarker(wrap(pieceMarker(), depth))))
  const text = serializeTei(root(wrap(x, depth)))
  if (!text.startsWith(frame.head) || !text.endsWith(frame.tail)) throw new Error(`pieceAt: <${x.name}> is not written as a whole line at depth ${depth}`)
  return text.slice(frame.head.length, text.length - frame.tail.length)
}
