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
import { DAY, MONTH, WEEKDAY, YEAR } from './calendar-words.js'

/** A weekday and a day number alone: "Wednesday 12", "Thurs 9", "Friday 2d.", "Mittwoch, den 12.", "Mercredi 12". */
const WEEKDAY_AND_DAY = new RegExp(`^${WEEKDAY},?\\s+(?:the\\s+|den\\s+|le\\s+)?${DAY}$`, 'iu')

/** A month, perhaps with its year, alone on a line: "JANUARY 1821", "February.", "März 1821". */
const MONTH_HEADING = new RegExp(`^${MONTH},?(?:\\s+${YEAR})?\\.?$`, 'iu')

/** A month, a year, or a date in numbers: what makes a line with a day a whole date. */
const MONTH_OR_NUMBERS = new RegExp(`(?<![\\p{L}])${MONTH}|${YEAR}|\\d{1,2}\\s?[./]\\s?\\d{1,2}`, 'iu')

/** A line that is only a date (with perhaps a weekday or place), or a weekday and a day number: the head of an entry. */
export function isEntryDate(text: string): boolean {
  const t = text.trim().replace(/^#{1,6}\s+/, '').replace(/\.$/, '')
  if (WEEKDAY_AND_DAY.test(text.trim().replace(/^#{1,6}\s+/, ''))) return true
  return t.length > 0 && t.length <= 50 && t.split(/\s+/).length <= 7 && MONTH_OR_NUMBERS.test(t) && isDatelineLines([t]) && !isMonthHeading(t)
}

/** A month heading of a journal: the month (and year) whose entries follow. */
export function isMonthHeading(text: string): boolean {
  return MONTH_HEADING.test(text.trim().replace(/^#{1,6}\s+/, ''))
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
const isMonthHead = (u: Unit) => u.kind !== 'para' && u.lines.length === 1 && isMonthHeading(u.lines[0].text)

/**
 * A journal: one div type="entry" per lone date line, the date as its head; a month heading opens a
 * div type="month" holding the month's entries; text before the first entry stays first.
 */
export const journalEntries: ImportPass = {
  name: 'structure/journal-entries',
  run(draft) {
    if (draft.content || !draft.journalLike || !draft.units.some(isEntryHead)) return
    draft.normalisations.add('journal-entries')
    const top: TeiNode[] = []
    let month: TeiElement | undefined
    let entry: TeiElement | undefined
    for (const u of draft.units) {
      const into = (entry ?? month)?.children ?? top
      if (isMonthHead(u)) {
        month = el('div', { type: 'month' }, paragraph({ ...u, kind: 'head' }, draft.inline))
        entry = undefined
        top.push(month)
      } else if (isEntryHead(u)) {
        entry = el('div', { type: 'entry' }, paragraph({ ...u, kind: 'head' }, draft.inline))
        ;(month?.children ?? top).push(entry)
      } else into.push(...paragraph(u.kind === 'head' ? { ...u, kind: 'para' } : u, draft.inline))
    }
    draft.content = { nodes: [el('div', { type: 'journal' }, top)], letters: 0 }
  },
}
