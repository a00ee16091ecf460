/**
 * Colophon lines ("Source: …", "Transcription: …", "Translated by …", "Anti-Copyright") describe
 * where the text comes from: they go to the header's sourceDesc, not to the reading text.
 * A colophon line and the lines after it in the same block are the colophon.
 */
import type { Block } from '../clean/layout.js'
import type { Line } from '../lines.js'
import type { ImportPass } from '../draft.js'
import { titleBlockEnd } from './title-end.js'

const COLOPHON = /^\s*(source|sources|transcription|transcribed|markup|html markup|online version|translated|translation|copyright|anti-copyright|retrieved|proofread|scanned|original(ly)? published|first published|public domain|licen[cs]e)\b/i

export function isColophonLine(text: string): boolean {
  return COLOPHON.test(text.replace(/^[*_#\s]+/, ''))
}

/** Splits colophon lines off the blocks of the title region and of the end of the text. */
export function takeColophon(blocks: Block[], regionEnd: number, tailStart: number): { blocks: Block[]; colophon: Line[] } {
  const colophon: Line[] = []
  const out: Block[] = []
  blocks.forEach((b, i) => {
    if (i >= regionEnd && i < tailStart) return void out.push(b)
    const k = b.lines.findIndex((l) => isColophonLine(l.text))
    if (k < 0) return void out.push(b)
    colophon.push(...b.lines.slice(k))
    if (k > 0) out.push({ ...b, lines: b.lines.slice(0, k) })
  })
  return { blocks: out, colophon }
}

/** Colophon lines out of the reading text (into the header); then where the title block ends. */
export const colophon: ImportPass = {
  name: 'structure/colophon',
  run(draft) {
    const col = takeColophon(draft.blocks, titleBlockEnd(draft.blocks, draft.journalLike), Math.max(0, draft.blocks.length - 4))
    draft.blocks = col.blocks
    for (const l of col.colophon) draft.removed.push({ offset: l.start, text: l.text, reason: 'colophon (moved to the header)' })
    if (col.colophon.length) draft.normalisations.add('colophon-to-header')
    draft.colophon = col.colophon
    draft.titleEnd = titleBlockEnd(draft.blocks, draft.journalLike)
  },
}
