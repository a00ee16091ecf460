/**
 * Where the opening region ends: the short blocks before the first prose, a dateline or a
 * salutation (at most eight). Those blocks are the title block (title, author, date lines).
 */
import type { Block } from '../clean/layout.js'
import { isSeparator } from '../clean/footnotes.js'
import { isCapitals, isLongLine, isSentenceLine, SECTION_NUMBER } from '../line-forms.js'
import { isColophonLine } from './colophon.js'
import { isEntryDate, isMonthHeading } from './journal-entries.js'
import { hasDayAndMonth, isDatelineLines, isSalutation, isSalutationByWords } from './letter-parts.js'

/** Prose: a sentence, a long line, or lines wrapped at a similar width. */
function looksLikeProse(b: Block | undefined): boolean {
  return !!b && (b.lines.some((l) => isSentenceLine(l.text) || isLongLine(l)) || isWrapped(b))
}

const isWrapped = (b: Block) => b.lines.length >= 2 && b.lines.slice(0, -1).every((l) => l.text.trim().length > 40)

/** Does block i open the text proper, so that the title block ends before it? */
function opensText(blocks: Block[], i: number, journalLike: boolean): boolean {
  const b = blocks[i]
  const first = b.lines[0].text
  if (journalLike && b.lines.length === 1 && (isEntryDate(first) || isMonthHeading(first))) return true
  if (b.lines.length === 1 && SECTION_NUMBER.test(first)) return true
  if (b.lines.some(isLongLine) || b.lines.length > 4) return true
  if (isSalutation(first) || b.lines.some((l) => isSalutationByWords(l.text))) return true
  if (isDatelineLines(b.lines.map((l) => l.text)) && blocks[i + 1] && isSalutation(blocks[i + 1].lines[0].text)) return true
  // a dateline with its day, first of all and right before the prose, heads a letter: a title page
  // does not begin with one ("Bath, May 16th. 1827" then the first paragraph)
  if (i === 0 && isDatelineLines(b.lines.map((l) => l.text)) && hasDayAndMonth(b.lines.map((l) => l.text).join(' ')) && looksLikeProse(blocks[1])) return true
  if (isWrapped(b)) return true
  // a sentence is not a title: several words ending with a full stop, question mark … (not in capitals)
  if (b.lines.some((l) => isSentenceLine(l.text) && !isColophonLine(l.text) && !isCapitals(l.text))) return true
  if (isSeparator(b)) return true
  // a heading line right before the prose, after a title, heads the first section
  const headingLike = /^#{1,6}\s/.test(first.trim()) || (b.lines.length === 1 && isCapitals(first))
  return i >= 1 && headingLike && looksLikeProse(blocks[i + 1])
}

/** The index of the first block after the title block. */
export function titleBlockEnd(blocks: Block[], journalLike: boolean): number {
  let i = 0
  while (i < blocks.length && i < 8 && !opensText(blocks, i, journalLike)) i++
  return i
}
