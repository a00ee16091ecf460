/** The source as lines with their offsets: the unit every clean-up step works on. */
import type { SourceFile } from '../core/source-file.js'

export interface Line {
  /** Index in the file, 0-based. */
  index: number
  /** Offset of the first character in the source. */
  start: number
  text: string
}

export function splitLines(source: SourceFile): Line[] {
  const out: Line[] = []
  let start = 0
  const parts = source.text.split('\n')
  parts.forEach((text, index) => {
    out.push({ index, start, text })
    start += text.length + 1
  })
  if (out.length && out[out.length - 1].text === '') out.pop()
  return out
}

export const isBlank = (l: Line): boolean => l.text.trim() === ''
