/**
 * Journal entries: a diary or journal is a run of entries, each opened by a line that is nothing
 * but a date ("12 March 1890", "Monday, 3 June."). Two or more such lines standing alone are the
 * evidence; a single one is more likely a title block's date or a letter's dateline.
 */
import type { Block } from '../clean/layout.js'
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { ImportPass, Unit } from '../draft.js'
import { paragraph } from './unit-nodes.js'
import { isDatelineLines, isSalutation } from './letter-parts.js'

/** A line that is only a date (with perhaps a weekday or place): the head of an entry. */
export function isEntryDate(text: string): boolean {
  const t = text.trim().replace(/^#{1,6}\s+/, '').replace(/\.$/, '')
  return t.length > 0 && t.length <= 50 && t.split(/\s+/).length <= 7 && isDatelineLines([t])
}

/**
 * A block whose first line is a date on its own, the entry's text following on the next lines
 * without a blank line ("Monday, 4 January 1875.⏎Snow in the night. …"); not a letter's dateline
 * before its salutation, nor a date that runs on into a sentence ("On 4 May 1875⏎we left …").
 */
export function opensWithEntryDate(b: Block): boolean {
  if (b.lines.length < 2 || !isEntryDate(b.lines[0].text)) return false
  const next = b.lines[1].text.trim()
  return !isSalutation(next) && !isEntryDate(next) && !/^\p{Ll}/u.test(next)
}

/** The number of blocks that are a lone date line or open with one. */
export function countEntryDates(blocks: Block[]): number {
  return blocks.filter((b) => (b.lines.length === 1 && isEntryDate(b.lines[0].text)) || opensWithEntryDate(b)).length
}

const isEntryHead = (u: Unit) => u.kind !== 'para' && u.lines.length === 1 && isEntryDate(u.lines[0].text)

/** A journal: one div type="entry" per lone date line, the date as its head; text before the first entry stays first. */
export const journalEntries: ImportPass = {
  name: 'structure/journal-entries',
  run(draft) {
    if (draft.content || !draft.journalLike || !draft.units.some(isEntryHead)) return
    draft.normalisations.add('journal-entries')
    const top: TeiNode[] = []
    let entry: TeiElement | undefined
    for (const u of draft.units) {
      if (isEntryHead(u)) {
        entry = el('div', { type: 'entry' }, [])
        top.push(entry)
        entry.children.push(...paragraph({ ...u, kind: 'head' }, draft.inline))
      } else (entry ? entry.children : top).push(...paragraph(u.kind === 'head' ? { ...u, kind: 'para' } : u, draft.inline))
    }
    draft.content = { nodes: [el('div', { type: 'journal' }, top)], letters: 0 }
  },
}
