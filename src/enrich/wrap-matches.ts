/**
 * Walks the text nodes of the TEI <text> that enrichment may tag, and wraps found phrases in new
 * elements without changing a character (text is split with sliceText, so origins stay exact).
 */
import type { TeiElement, TeiNode, TeiRoot, TeiText } from '../core/tree.js'
import { sliceText } from '../core/text-origin.js'

/** Elements whose content is already markup of the same kind, or not reading text. */
const SKIP = new Set(['teiHeader', 'standOff', 'persName', 'placeName', 'orgName', 'name', 'date', 'ref', 'title', 'gap', 'sic', 'pb', 'lb', 'idno', 'app', 'rdg'])

export interface TextVisit { node: TeiText; parent: TeiElement; ancestors: TeiElement[] }

export function textNodes(tree: TeiRoot, skip: ReadonlySet<string> = SKIP): TextVisit[] {
  const out: TextVisit[] = []
  const walk = (el: TeiElement, ancestors: TeiElement[]) => {
    for (const c of el.children) {
      if (c.type === 'text') out.push({ node: c, parent: el, ancestors })
      else if (c.type === 'element' && !skip.has(c.name)) walk(c, [...ancestors, c])
    }
  }
  for (const c of tree.children) if (c.type === 'element') walk(c, [c])
  return out
}

export interface Wrap { index: number; length: number; make: (inner: TeiText) => TeiElement }

/** Replaces `node` in `parent` by the text with the given (non-overlapping) spans wrapped. */
export function wrapInText(parent: TeiElement, node: TeiText, wraps: Wrap[]): TeiNode[] {
  const sorted = [...wraps].sort((a, b) => a.index - b.index)
  const pieces: TeiNode[] = []
  let last = 0
  for (const w of sorted) {
    if (w.index < last) continue
    if (w.index > last) pieces.push(sliceText(node, last, w.index))
    pieces.push(w.make(sliceText(node, w.index, w.index + w.length)))
    last = w.index + w.length
  }
  if (last < node.value.length) pieces.push(sliceText(node, last))
  const at = parent.children.indexOf(node)
  parent.children.splice(at, 1, ...pieces)
  return pieces
}
