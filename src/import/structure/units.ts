/**
 * The body's blocks → units: paragraphs (hard-wrapped lines joined), groups of short lines (a
 * dateline, a closing, a title), block quotations, notes continued from an earlier page; each with
 * the page change before it. Later passes turn groups of lines into headings and letter parts.
 */
import { concatText, sourceText } from '../../core/text-origin.js'
import type { Line } from '../lines.js'
import type { Block } from '../clean/layout.js'
import { joinText, type ImportDraft, type ImportPass, type Unit } from '../draft.js'
import { continues, isLongLine, isSentenceLine } from '../line-forms.js'
import { attributionText, blockQuote, indentationSignals, type BlockQuote } from './block-quote.js'
import { isEntryDate } from './journal-entries.js'
import { isAddressLine, isClosing, isDateLine, isDatelineLines, isSalutation, isSalutationByWords, isSignature, isSignedWithPossessive } from './letter-parts.js'

export const units: ImportPass = {
  name: 'structure/units',
  run(draft) {
    const breaks = [...draft.furniture.pageBreakAfter.keys()].sort((a, b) => a - b)
    const indentSignals = indentationSignals(draft.lines)
    draft.body.forEach(({ block, index }, k) => {
      const pbBefore = pageChangeBefore(draft, breaks, k, index)
      draft.units.push(...unitsOf(draft, block, index, pbBefore, indentSignals))
    })
  },
}

/** The last page change between the previous body block and body block k (a binary search). */
function pageChangeBefore(draft: ImportDraft, breaks: number[], k: number, index: number): string | null | undefined {
  const prevIndex = k > 0 ? draft.body[k - 1].index : -1
  let pbBefore: string | null | undefined
  if (prevIndex >= 0) {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (breaks[mid] < index) lo = mid + 1
      else hi = mid
    }
    const after = breaks[lo - 1]
    if (after !== undefined && after >= prevIndex) pbBefore = draft.furniture.pageBreakAfter.get(after) ?? null
  }
  // a page starts here that no furniture marks (form feed, wide gap, moved by the editor's page order)
  if (draft.pageStarts.has(index) && pbBefore === undefined) pbBefore = null
  // the first page, when no title page comes before the text
  if (k === 0 && draft.paged && !draft.titleLines.length && pbBefore === undefined) pbBefore = null
  return pbBefore
}

function unitsOf(draft: ImportDraft, block: Block, index: number, pbBefore: string | null | undefined, indentSignals: boolean): Unit[] {
  const ls = block.lines
  if (draft.continuations.has(index)) return [{ kind: 'note-continued', text: joinText(draft, ls, block.pageBreaksBefore), lines: ls, pbBefore }]
  // a letter's last paragraph, its signature on the lines under it: the signature a group of its own
  const signOff = signOffAt(ls)
  if (signOff > 0) {
    const signature: Unit = { kind: 'lines', text: joinText(draft, ls.slice(signOff)), lines: ls.slice(signOff) }
    return [...unitsOf(draft, { ...block, lines: ls.slice(0, signOff) }, index, pbBefore, indentSignals), signature]
  }
  // letter parts are often indented (a closing pushed right): they are no quotation
  const letterPart = isSalutation(ls[0].text) || isClosing(ls[0].text) || isSignature(ls[ls.length - 1].text) || isDatelineLines(ls.map((l) => l.text))
  const bq = letterPart ? undefined : blockQuote(ls, { indentationSignals: indentSignals, doubleSpaced: draft.doubleSpaced })
  if (bq) return [quoteUnit(draft, block, bq, pbBefore)]
  const wrapped = isWrappedBlock(ls, draft.doubleSpaced)
  let out: Unit[]
  if (wrapped || (ls.length === 1 && isLongLine(ls[0]))) {
    out = [{ kind: 'para', text: joinText(draft, ls, block.pageBreaksBefore), lines: ls, pbBefore }]
    if (block.pageBreaksBefore.length) draft.normalisations.add('page-breaks-marked')
  } else if (ls.every(isLongLine)) {
    out = ls.map((l, j) => ({ kind: 'para', text: joinText(draft, [l]), lines: [l], pbBefore: j === 0 ? pbBefore : undefined }))
  } else out = lineUnits(draft, ls, pbBefore)
  if (wrapped && ls.length > 1) draft.normalisations.add('lines-unwrapped')
  return out
}

/**
 * Where a sign-off starts in the last lines of a wrapped paragraph: a signature with its closing
 * word ("Ihre Henriette."), or a closing line and a name under it ("Ihre treue Freundin" /
 * "Henriette Vogel."), after a line that ends a sentence; -1 if none.
 */
function signOffAt(ls: Line[]): number {
  const k = ls.length - 1
  if (k < 1 || isLongLine(ls[k]) || !isSignature(ls[k].text)) return -1
  const start = k >= 2 && !isLongLine(ls[k - 1]) && isClosing(ls[k - 1].text) ? k - 1 : isSignedWithPossessive(ls[k].text) ? k : -1
  if (start <= 0 || !/[.!?]["”’»)]?$/u.test(ls[start - 1].text.trim()) || isDateLine(ls[start - 1].text)) return -1
  // (above it prose, not a closing's other lines, a date or an address: those make one foot with it)
  return ls.slice(0, start).some((l) => !isLetterEndLine(l.text) && !isAddressLine(l.text)) ? start : -1
}

/** Hard-wrapped prose: lines of a similar, moderate width, or each continuing the one before. */
function isWrappedBlock(ls: Line[], doubleSpaced: boolean): boolean {
  // a closing formula and its signature are lines of their own ("Affectueusement à vous,⏎d'Estournelles")
  // (a dateline may stand over them: "De Lausanne, ce premier de mars 1547." / "Vostre frère …," / "JEHAN DUPUIS.")
  const above = ls.slice(0, -1)
  if (ls.length <= 4 && isSignature(ls[ls.length - 1].text) && above.some((l) => isClosing(l.text)) && above.every((l) => isClosing(l.text) || isDateLine(l.text))) return false
  // …and so are an address block's ("à Monsieur le Président …,⏎NEW-YORK.")
  if (ls.length <= 6 && isAddressLine(ls[0].text) && ls.every((l) => l.text.trim().length <= 60 && !isSentenceLine(l.text))) return false
  // …and a dateline and the salutation under it
  if (ls.length <= 4 && ls.slice(1).some((l) => isSalutationByWords(l.text)) && isDateLine(ls[0].text)) return false
  if (doubleSpaced) return ls.length > 1 || ls[0].text.trim().length > 60
  return ls.length >= 2 && (ls.slice(0, -1).every((l) => l.text.trim().length >= 40 && l.text.trim().length <= 110) ||
    ls.slice(1).every((l, j) => continues(ls[j], l)))
}

/** A block quotation: its paragraphs are the runs of lines between emptied "> " lines. */
function quoteUnit(draft: ImportDraft, block: Block, bq: BlockQuote, pbBefore: string | null | undefined): Unit {
  for (const offset of bq.marks) draft.removed.push({ offset, text: '>', reason: 'block-quotation mark' })
  const groups: Line[][] = [[]]
  for (const l of bq.lines) {
    if (l.text.trim() === '') groups.push([])
    else groups[groups.length - 1].push(l)
  }
  const parts = groups.filter((g) => g.length).map((g) => joinText(draft, g, block.pageBreaksBefore))
  const attribution = bq.attribution ? attributionText(bq.attribution) : undefined
  draft.normalisations.add('block-quotations')
  return {
    kind: 'quote', text: concatText(parts), lines: block.lines, pbBefore,
    quote: { parts, attribution: attribution ? sourceText(attribution.text, attribution.start) : undefined },
  }
}

const isLetterEndLine = (t: string) => isSignature(t) || isClosing(t) || isDateLine(t)

/** A list item's number alone: "4.", "12)", "(3)" (a Roman numeral alone is a section's, headings.ts). */
const isItemNumber = (t: string) => /^\s*\(?\d{1,3}[.)]\s*$/.test(t)

/** Short lines, or a short line followed by long ones (a salutation run on with its letter). */
function lineUnits(draft: ImportDraft, ls: Line[], pbBefore: string | null | undefined): Unit[] {
  // a salutation run on with the first paragraph: "Dear Paul,⏎The weather is fine."
  // (not a place line before its date, "Bath, Laura Place,⏎Tuesday, 3rd November 1857.", nor an
  // addressee before the town, "Monsieur le Président X,⏎NEW-YORK.")
  const rest = ls.slice(1)
  if (ls.length > 1 && isSalutation(ls[0].text) && rest.some((l) => isLongLine(l) || isSentenceLine(l.text)) && (isSalutationByWords(ls[0].text) ||
    !(isDatelineLines(ls.map((l) => l.text)) || rest.some((l) => isDateLine(l.text) || isSalutationByWords(l.text))))) {
    return [{ kind: 'lines', text: joinText(draft, [ls[0]]), lines: [ls[0]], pbBefore }, { kind: 'para', text: joinText(draft, rest), lines: rest }]
  }
  const out: Unit[] = []
  let j = 0
  const shortRun: Line[] = []
  while (j < ls.length && !isLongLine(ls[j]) && !(isItemNumber(ls[j].text) && ls[j + 1] && isLongLine(ls[j + 1]))) shortRun.push(ls[j++])
  if (shortRun.length) {
    // (a dateline ending with a full stop, "Monday, 4 January 1875.", "Genève, le 9 mars 1811.", is no sentence)
    const prose = shortRun.length === 1 && isSentenceLine(shortRun[0].text) && !isClosing(shortRun[0].text) &&
      !(draft.journalLike && isEntryDate(shortRun[0].text)) && !isDatelineLines([shortRun[0].text])
    out.push({ kind: prose ? 'para' : 'lines', text: joinText(draft, shortRun), lines: shortRun, pbBefore })
  }
  // a letter's last paragraph with its signature (or closing lines) on the next lines: those are a group of their own
  let end = ls.length
  while (end > j && !isLongLine(ls[end - 1]) && isLetterEndLine(ls[end - 1].text)) end--
  for (; j < end; j++) {
    // an item's number on a line of its own ("4.", "2)") belongs to the item on the next line
    const item = isItemNumber(ls[j].text) && j + 1 < end ? [ls[j], ls[++j]] : [ls[j]]
    out.push({ kind: 'para', text: joinText(draft, item), lines: item })
  }
  if (end < ls.length) out.push({ kind: 'lines', text: joinText(draft, ls.slice(end)), lines: ls.slice(end) })
  return out
}
