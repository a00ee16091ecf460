/**
 * Text inserted into an XML file at offsets of the original: the only way the build adds to a
 * TEI source's published copy and `lectio link` edits a source, so that every byte of the
 * editor's markup stays where it was.
 */

export interface Insertion {
  /** Offset in the original text. */
  offset: number
  text: string
}

/**
 * The text with every insertion made. Insertions at the same offset keep the order in which they
 * are given (an end tag before the next start tag).
 */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  const sorted = insertions.map((ins, k) => ({ ins, k })).sort((a, b) => a.ins.offset - b.ins.offset || a.k - b.k)
  const parts: string[] = []
  let last = 0
  for (const { ins } of sorted) {
    parts.push(text.slice(last, ins.offset), ins.text)
    last = ins.offset
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/** An offset of the original text in the text after the insertions (text inserted at the offset counts as before it). */
export function shiftedOffset(offset: number, insertions: readonly Insertion[]): number {
  let shift = 0
  for (const ins of insertions) if (ins.offset <= offset) shift += ins.text.length
  return offset + shift
}

/** The original offset of a place in the text after the insertions (inside inserted text: where it was inserted). */
export function originalOffset(offset: number, insertions: readonly Insertion[]): number {
  const sorted = [...insertions].sort((a, b) => a.offset - b.offset)
  let shift = 0
  for (const ins of sorted) {
    const at = ins.offset + shift
    if (offset < at) break
    if (offset < at + ins.text.length) return ins.offset
    shift += ins.text.length
  }
  return offset - shift
}

/** XML-escapes text for an attribute value in double quotes or for character data. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
