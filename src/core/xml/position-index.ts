/**
 * Maps a place in serialized TEI (line:column, as validators report it) back to the place in the
 * original source text that the element there was made from. The serialized TEI is parsed again
 * for element positions; its elements pair up with the tree's elements in document order, and each
 * tree element's origin is the origin of its first text with one.
 */
import { parseXml } from './parse.js'
import type { SourceFile } from '../source-file.js'
import type { TeiElement, TeiNode, TeiRoot } from '../tree.js'
import { sourceOffsetAt } from '../text-origin.js'
import type { Diagnostic } from '../diagnostic.js'

interface Entry { line: number; column: number; sourceOffset?: number }

export type OriginLookup = (line: number, column: number) => { line: number; column: number } | undefined

export function buildOriginIndex(tree: TeiRoot, xml: string, source: SourceFile): OriginLookup {
  const treeElements: TeiElement[] = []
  const collect = (nodes: TeiNode[]) => {
    for (const n of nodes) if (n.type === 'element') { treeElements.push(n); collect(n.children) }
  }
  collect(tree.children)
  const parsed = parseXml(xml, source.path)
  const entries: Entry[] = []
  let i = 0
  const pair = (nodes: TeiNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue
      const original = treeElements[i++]
      if (n.position && original) entries.push({ line: n.position.start.line, column: n.position.start.column, sourceOffset: firstOrigin(original) })
      pair(n.children)
    }
  }
  pair(parsed.tree.children)
  return (line, column) => {
    // the last element starting at or before the place, with an origin
    let best: Entry | undefined
    for (const e of entries) {
      if (e.line > line || (e.line === line && e.column > column)) break
      if (e.sourceOffset !== undefined) best = e
    }
    if (best?.sourceOffset === undefined) return undefined
    const p = source.locate(best.sourceOffset)
    return { line: p.line, column: p.column }
  }
}

/**
 * The origin of an element's own text, or of its first child's own text (a div → its head or
 * first paragraph). Deeper searches would give generated wrappers (the root, the header) the
 * origin of some distant paragraph.
 */
function firstOrigin(el: TeiElement, depth = 0): number | undefined {
  for (const c of el.children) {
    if (c.type === 'text' && c.origin?.length) return sourceOffsetAt(c, 0)
  }
  if (depth === 0) {
    const firstChild = el.children.find((c): c is TeiElement => c.type === 'element')
    if (firstChild) return firstOrigin(firstChild, 1)
  }
  return undefined
}

/** Adds `origin` (the source place) to diagnostics located in generated TEI. */
export function withSourceOrigins(ds: Diagnostic[], lookup: OriginLookup, sourcePath: string): Diagnostic[] {
  return ds.map((d) => {
    if (d.origin || d.line === undefined) return d
    const o = lookup(d.line, d.column ?? 1)
    return o ? { ...d, origin: { file: sourcePath, line: o.line, column: o.column } } : d
  })
}
