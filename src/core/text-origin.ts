/**
 * Operations on text nodes that keep their `origin` (see tree.ts) exact, so that a name or date
 * found at characters 210–224 of a node can be reported at its line and column in the source file.
 */
import type { OriginSegment, TeiText } from './tree.js'
import type { Point, SourceFile } from './source-file.js'

/** A text node whose characters all come, in order, from `sourceOffset` onward. */
export function sourceText(value: string, sourceOffset: number): TeiText {
  return { type: 'text', value, origin: value.length ? [{ index: 0, sourceOffset, length: value.length }] : [] }
}

/** A text node made by Lectio (no source origin). */
export function generatedText(value: string): TeiText {
  return { type: 'text', value }
}

/** Characters [start, end) of a text node, with the matching part of its origin. */
export function sliceText(node: TeiText, start: number, end = node.value.length): TeiText {
  const value = node.value.slice(start, end)
  if (!node.origin) return { type: 'text', value }
  const origin: OriginSegment[] = []
  for (const seg of node.origin) {
    const a = Math.max(seg.index, start)
    const b = Math.min(seg.index + seg.length, end)
    if (a < b) origin.push({ index: a - start, sourceOffset: seg.sourceOffset + (a - seg.index), length: b - a })
  }
  return { type: 'text', value, origin }
}

/** Joins text nodes into one, shifting their origins. */
export function concatText(parts: readonly TeiText[]): TeiText {
  let value = ''
  const origin: OriginSegment[] = []
  let anyOrigin = false
  for (const p of parts) {
    if (p.origin) {
      anyOrigin = true
      for (const seg of p.origin) {
        const prev = origin[origin.length - 1]
        const index = seg.index + value.length
        if (prev && prev.index + prev.length === index && prev.sourceOffset + prev.length === seg.sourceOffset) {
          prev.length += seg.length
        } else origin.push({ index, sourceOffset: seg.sourceOffset, length: seg.length })
      }
    }
    value += p.value
  }
  return anyOrigin ? { type: 'text', value, origin } : { type: 'text', value }
}

/**
 * The source offset of character `index` of the node, or of the nearest character that has one
 * (looking forward first, then back). Undefined when the node has no origin at all.
 */
export function sourceOffsetAt(node: TeiText, index: number): number | undefined {
  const segs = node.origin
  if (!segs || segs.length === 0) return undefined
  for (const seg of segs) {
    if (index < seg.index) return seg.sourceOffset
    if (index < seg.index + seg.length) return seg.sourceOffset + (index - seg.index)
  }
  const last = segs[segs.length - 1]
  return last.sourceOffset + last.length - 1
}

/** Line and column in the source file of character `index` of the node. */
export function sourcePointAt(node: TeiText, index: number, source: SourceFile): Point | undefined {
  const off = sourceOffsetAt(node, index)
  return off === undefined ? undefined : source.locate(off)
}
