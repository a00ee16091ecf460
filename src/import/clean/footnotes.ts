/**
 * Footnote bodies in every common convention: lines starting with `*`, `†`, `‡`, `<sup>1</sup>`,
 * `¹`, `[1]` (or `1.` after a `---` separator), at the end of the text or after a separator
 * line. Returns the lines of each note by marker; the markers in the text are matched by the
 * inline parser.
 */
import type { Block } from './layout.js'
import type { Line } from '../lines.js'
import { el } from '../../core/tei.js'
import { joinText, type ImportDraft, type ImportPass } from '../draft.js'
import { parseInline, type NoteContent } from '../structure/inline.js'

export interface NoteBody { mark: string; lines: Line[]; /** offset of the text after the marker */ textStart: number }

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const MARKER = new RegExp(String.raw`^\s*(?:<sup>([^<]{1,6})</sup>|([${SUPERSCRIPT}]+)|\[(\d{1,3})\]|([*†‡]{1,3})(?=\s)|(\d{1,3})[.)](?=\s))\s*`)
const SEPARATOR = /^\s*(?:-{3,}|_{3,}|\*{3,}|—{2,})\s*$/

export function noteMark(line: string, afterSeparator: boolean): { mark: string; length: number } | undefined {
  const m = MARKER.exec(line)
  if (!m) return undefined
  if (m[5] !== undefined && !afterSeparator) return undefined
  const mark = m[1]?.trim() ?? (m[2] ? [...m[2]].map((c) => String(SUPERSCRIPT.indexOf(c))).join('') : undefined) ?? m[3] ?? m[4] ?? m[5]
  return { mark, length: m[0].length }
}

const MARKERS_ONLY = new RegExp(String.raw`^\s*(?:(?:<sup>[^<]{1,6}</sup>|[${SUPERSCRIPT}]+|\[\d{1,3}\]|[*†‡]{1,3})\s*)+$`)

/** A line that is note markers and nothing else: a note anchored where the text begins ("[1]"). */
export function isMarkersOnly(line: string): boolean {
  return MARKERS_ONLY.test(line) && !SEPARATOR.test(line)
}

/** A block (or unit) of note markers and nothing else. */
export const isMarkersOnlyBlock = (b: { lines: readonly Line[] }) => b.lines.every((l) => isMarkersOnly(l.text))

export function isSeparator(block: Block): boolean {
  return block.lines.length === 1 && SEPARATOR.test(block.lines[0].text)
}

/**
 * Finds note bodies. `blocks` are the candidate blocks in order; returns the notes and the indexes
 * of the blocks they use (separators included).
 */
export function findNoteBodies(blocks: Block[], excluded: Set<number>): { notes: NoteBody[]; used: Set<number>; continuations: Set<number> } {
  const notes: NoteBody[] = []
  const used = new Set<number>()
  // a separator followed by unmarked text: a note continued from the previous page
  const continuations = new Set<number>()
  const take = (i: number, afterSeparator: boolean): boolean => {
    const b = blocks[i]
    const first = noteMark(b.lines[0].text, afterSeparator)
    if (!first) return false
    let current: NoteBody | undefined
    for (const l of b.lines) {
      const m = noteMark(l.text, afterSeparator)
      if (m) {
        current = { mark: m.mark, lines: [l], textStart: l.start + m.length }
        notes.push(current)
      } else current!.lines.push(l)
    }
    used.add(i)
    return true
  }
  // after a separator: the following marked blocks
  blocks.forEach((b, i) => {
    if (excluded.has(i) || !isSeparator(b)) return
    let j = i + 1
    while (j < blocks.length && excluded.has(j)) j++
    if (j < blocks.length && noteMark(blocks[j].lines[0].text, true)) {
      used.add(i)
      while (j < blocks.length && (excluded.has(j) || take(j, true))) j++
    } else if (j < blocks.length && blocks[j].lines.map((l) => l.text).join(' ').length < 1500) {
      used.add(i)
      continuations.add(j)
    }
  })
  // at the end: trailing marked blocks (symbols and bracketed or superscript numbers only)
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (excluded.has(i) || used.has(i)) continue
    if (!take(i, false)) break
  }
  notes.sort((a, b) => a.lines[0].start - b.lines[0].start)
  return { notes, used, continuations }
}

/** Note bodies out of the running text; each parsed, waiting for its anchor (inline.ts places it). */
export const footnotes: ImportPass = {
  name: 'clean/footnotes',
  run(draft) {
    const excluded = new Set<number>([...draft.furniture.removed, ...Array.from({ length: draft.titleEnd }, (_, i) => i)])
    const { notes, used, continuations } = findNoteBodies(draft.blocks, excluded)
    draft.notes = notes
    draft.noteBlocks = used
    draft.continuations = continuations
    for (const n of notes) {
      const content = noteContent(draft, n)
      draft.inline.notes.set(n.mark, [...(draft.inline.notes.get(n.mark) ?? []), content])
      draft.noteContent.set(n, content)
    }
    if (notes.length) draft.normalisations.add('footnotes-placed')
  },
}

/** A note's text as a paragraph, its mark recorded as removed. */
function noteContent(draft: ImportDraft, n: NoteBody): NoteContent {
  const { text } = draft.source
  const first = n.lines[0]
  const head: Line = { index: first.index, start: n.textStart, text: text.slice(n.textStart, first.start + first.text.length) }
  draft.removed.push({ offset: first.start, text: text.slice(first.start, n.textStart), reason: 'footnote mark' })
  return { content: [el('p', {}, parseInline(joinText(draft, [head, ...n.lines.slice(1)]), draft.inline))], used: false }
}
