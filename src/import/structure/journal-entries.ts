/**
 * Journal entries: a diary or journal is a run of entries, each opened by a line that is nothing
 * but a date ("12 March 1890", "Monday, 3 June."). Two or more such lines standing alone are the
 * evidence; a single one is more likely a title block's date or a letter's dateline.
 */
import type { Block } from '../clean/layout.js'
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
