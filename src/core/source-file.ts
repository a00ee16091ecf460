/**
 * A text file as read from disk, with offset → line/column lookup.
 * One convention for the whole code base (unist's): line and column are 1-based, offsets 0-based,
 * columns count UTF-16 code units.
 */
export interface Point { line: number; column: number; offset: number }
export interface Span { start: Point; end: Point }

export interface SourceFile {
  /** Path as the user should see it (relative to the working directory when possible). */
  path: string
  text: string
  locate(offset: number): Point
}

export function createSourceFile(path: string, text: string): SourceFile {
  const lineStarts = computeLineStarts(text)
  return {
    path,
    text,
    locate(offset: number): Point {
      const clamped = Math.max(0, Math.min(offset, text.length))
      let lo = 0
      let hi = lineStarts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (lineStarts[mid] <= clamped) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: clamped - lineStarts[lo] + 1, offset: clamped }
    },
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}
