/**
 * Where things are inside a start tag: the "<" of a tag read just now, and one attribute of it.
 * Both the schema check and the project rules point at the attribute at fault, not at the element.
 */
import { computeLineStarts } from '../core/source-file.js'

export interface TagLocator {
  /** Offset of a 1-based line/column. */
  offset(line: number, column: number): number
  /** 1-based line/column of an offset. */
  point(offset: number): { line: number; column: number }
  /** Offset of the "<" at or before `offset` (the start of the tag being read). */
  tagStart(offset: number): number
  /** Offset of attribute `qname` in the start tag at `tagOffset`, or the tag's offset when absent. */
  attribute(tagOffset: number, qname: string): number
  /** First non-blank character at or after `offset`, before the next markup; else `offset`. */
  firstInk(offset: number): number
}

export function createTagLocator(text: string): TagLocator {
  const starts = computeLineStarts(text)
  const point = (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 }
  }
  return {
    offset: (line, column) => Math.min(text.length, (starts[line - 1] ?? text.length) + Math.max(0, column - 1)),
    point,
    tagStart(offset) {
      const i = text.lastIndexOf('<', Math.min(offset, text.length - 1))
      return i >= 0 ? i : offset
    },
    attribute(tagOffset, qname) {
      // walk the attributes one by one, so that a name inside a quoted value is never taken
      const re = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/y
      let i = tagOffset + 1
      while (i < text.length && !/[\s/>]/.test(text[i])) i++
      re.lastIndex = i
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[1] === qname) return m.index + m[0].length - m[0].trimStart().length
      }
      return tagOffset
    },
    firstInk(offset) {
      const m = /\S/g
      m.lastIndex = offset
      const found = m.exec(text)
      return found && text[found.index] !== '<' ? found.index : offset
    },
  }
}
