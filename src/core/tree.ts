/**
 * The in-memory TEI tree, shaped like xast (element / text / comment nodes).
 *
 * Import builds it from plain text and enrich transforms it; it is serialized once
 * (core/xml/serialize.ts). Text nodes made from source text carry an `origin`: the places in the
 * original file that their characters come from, so that later stages can still report
 * `sources/x.txt:42:17` after dehyphenation, unwrapping and splitting.
 */
import type { Point } from './source-file.js'

/** A run of `length` characters starting at `index` in the node value, copied from `sourceOffset`. */
export interface OriginSegment { index: number; sourceOffset: number; length: number }

export interface TeiText {
  type: 'text'
  value: string
  /** Sorted, non-overlapping. Characters not covered were inserted by Lectio (e.g. a joining space). */
  origin?: OriginSegment[]
}

export interface TeiComment { type: 'comment'; value: string }

export interface TeiElement {
  type: 'element'
  name: string
  /** Attribute order is kept as inserted; serialization is deterministic. `xml:id`, `xml:lang` as such. */
  attributes: Record<string, string>
  children: TeiNode[]
  /** Start of the element in the file it was parsed from or made from. */
  position?: { start: Point; end?: Point }
}

export type TeiNode = TeiElement | TeiText | TeiComment

/** The document root: exactly one element, usually `<TEI>`. */
export interface TeiRoot { type: 'root'; children: TeiNode[] }

export function isElement(n: TeiNode | undefined, name?: string): n is TeiElement {
  return !!n && n.type === 'element' && (name === undefined || n.name === name)
}

export function isText(n: TeiNode | undefined): n is TeiText {
  return !!n && n.type === 'text'
}

/** The concatenated text content of a node (comments excluded). */
export function textContent(n: TeiNode | TeiRoot): string {
  if (n.type === 'text') return n.value
  if (n.type === 'comment') return ''
  let s = ''
  for (const c of n.children) s += textContent(c)
  return s
}

/** The root element of a document. */
export function rootElement(root: TeiRoot): TeiElement {
  const el = root.children.find((c): c is TeiElement => c.type === 'element')
  if (!el) throw new Error('TEI tree has no root element')
  return el
}

/** Depth-first, document order. Return false from `fn` to skip an element's children. */
export function walk(
  node: TeiNode | TeiRoot,
  fn: (n: TeiNode, parent: TeiElement | TeiRoot, index: number) => void | false,
): void {
  const kids = node.type === 'element' || node.type === 'root' ? node.children : []
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]
    if (fn(c, node as TeiElement | TeiRoot, i) === false) continue
    if (c.type === 'element') walk(c, fn)
  }
}

/** All descendant elements with the given local name, in document order. */
export function findAll(node: TeiNode | TeiRoot, name: string): TeiElement[] {
  const out: TeiElement[] = []
  walk(node, (n) => {
    if (n.type === 'element' && n.name === name) out.push(n)
  })
  return out
}

export function findFirst(node: TeiNode | TeiRoot, name: string): TeiElement | undefined {
  let found: TeiElement | undefined
  walk(node, (n) => {
    if (found) return false
    if (n.type === 'element' && n.name === name) {
      found = n
      return false
    }
  })
  return found
}
