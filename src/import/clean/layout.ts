/**
 * Groups lines into blocks (paragraph candidates) from the evidence of the layout:
 * - Text extracted from PDFs often has a blank line after every line; then a single empty line is
 *   a line break inside a paragraph and only a larger or different gap ends a paragraph.
 * - A line starting with a space right after a text line, in such a text, is where a page
 *   changed (the extraction's tell-tale); it does not end the paragraph by itself.
 * - Otherwise blank lines separate blocks and consecutive lines stay together.
 * Whether the lines of a block are hard-wrapped prose (to be joined) or short separate lines
 * (a title block, a dateline, a signature) is decided later, per block.
 */
import { isBlank, splitLines, type Line } from '../lines.js'
import type { ImportPass } from '../draft.js'

export interface Block {
  lines: Line[]
  /** A page change was seen just before this block's first line or inside it (line indexes). */
  pageBreaksBefore: number[]
  /** The blank lines between the text line before this block and its first line (0 for the first). */
  gapBefore: number
}

export interface Layout {
  blocks: Block[]
  /** Every line is followed by a blank line (PDF extraction pattern). */
  doubleSpaced: boolean
}

/** The blank lines between two text lines, as a signature: "e" empty, "s" spaces only. */
function gapSignature(lines: Line[]): string {
  return lines.map((l) => (l.text.length === 0 ? 'e' : 's')).join('')
}

export function layoutBlocks(lines: Line[]): Layout {
  const textIdx = lines.map((l, i) => (isBlank(l) ? -1 : i)).filter((i) => i >= 0)
  const gaps: string[] = []
  for (let k = 1; k < textIdx.length; k++) gaps.push(gapSignature(lines.slice(textIdx[k - 1] + 1, textIdx[k])))
  const counts = new Map<string, number>()
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1)
  // ...and only when the lines look hard-wrapped (similar, moderate lengths): a file with one long
  // paragraph per line and a blank line between paragraphs is not double-spaced
  const lengths = textIdx.map((i) => lines[i].text.trim().length).sort((a, b) => a - b)
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0
  const long = lengths.filter((n) => n > 120).length
  // In double-spaced text consecutive text lines are rare (only where a page changed); a text
  // with blank lines between short paragraphs and runs of consecutive lines is not double-spaced.
  const consecutive = gaps.filter((g) => g === '').length
  const single = counts.get('e') ?? 0
  const wider = gaps.filter((g) => g.length >= 2).length
  const doubleSpaced = single >= 0.4 * gaps.length && single > wider && gaps.length >= 8 && consecutive <= 0.15 * gaps.length &&
    median >= 30 && median <= 110 && long <= 0.1 * lengths.length

  const blocks: Block[] = []
  let current: Block | undefined
  for (let k = 0; k < textIdx.length; k++) {
    const line = lines[textIdx[k]]
    const gap = k === 0 ? 'start' : gaps[k - 1]
    let newBlock: boolean
    let pageBreak = false
    if (k === 0) newBlock = true
    else if (doubleSpaced) {
      if (gap === '' && /^\s/.test(line.text)) {
        pageBreak = true
        // after a finished sentence, a short or all-capitals line on the new page is a heading
        const prev = lines[textIdx[k - 1]].text.trim()
        const t = line.text.trim()
        const letters = t.replace(/[^\p{L}]/gu, '')
        newBlock = /[.!?]["”’]?$/.test(prev) && (t.length < 0.6 * median || (letters.length >= 3 && letters === letters.toUpperCase()))
      } else newBlock = gap !== 'e'
    } else newBlock = gap !== '' || (k > 0 && firstLineIndent(lines[textIdx[k - 1]].text, line.text, lines[textIdx[k + 1]]?.text, gaps[k]))
    if (newBlock || !current) {
      current = { lines: [], pageBreaksBefore: [], gapBefore: k === 0 ? 0 : gap.length }
      blocks.push(current)
    }
    if (pageBreak) current.pageBreaksBefore.push(line.index)
    current.lines.push(line)
  }
  return { blocks, doubleSpaced }
}

const indent = (t: string) => /^[ \t]*/.exec(t)![0].replace(/\t/g, '    ').length

/**
 * A paragraph that starts with an indented first line, right under the previous paragraph's last
 * line: the previous line ends a sentence, this one is indented by two or more, and it stands out
 * from its neighbours (the line before is less indented, or the line after returns to the margin).
 */
function firstLineIndent(prev: string, line: string, next: string | undefined, gapAfter: string | undefined): boolean {
  const n = indent(line)
  if (n < 2 || !/[.!?]["”’)]?\s*$/.test(prev)) return false
  const nextSame = next !== undefined && gapAfter === ''
  return indent(prev) < n || (nextSame && indent(next) < n)
}

/** The source's lines grouped into blocks. */
export const layout: ImportPass = {
  name: 'clean/layout',
  run(draft) {
    draft.lines = splitLines(draft.source)
    const { blocks, doubleSpaced } = layoutBlocks(draft.lines)
    draft.blocks = blocks
    draft.doubleSpaced = doubleSpaced
    if (doubleSpaced) draft.normalisations.add('lines-unwrapped-double-spaced')
  },
}
