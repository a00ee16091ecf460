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
import { isClosing, isDatelineLines, isSalutation, isSalutationByWords, isSignature } from './letter-parts.js'

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
  // a page the editor's page order moved starts here
  if (draft.pageStarts.has(index) && pbBefore === undefined) pbBefore = null
  return pbBefore
}

function unitsOf(draft: ImportDraft, block: Block, index: number, pbBefore: string | null | undefined, indentSignals: boolean): Unit[] {
  const ls = block.lines
  if (draft.continuations.has(index)) return [{ kind: 'note-continued', text: joinText(draft, ls, block.pageBreaksBefore), lines: ls, pbBefore }]
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

/** Hard-wrapped prose: lines of a similar, moderate width, or each continuing the one before. */
function isWrappedBlock(ls: Line[], doubleSpaced: boolean): boolean {
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

/** Short lines, or a short line followed by long ones (a salutation run on with its letter). */
function lineUnits(draft: ImportDraft, ls: Line[], pbBefore: string | null | undefined): Unit[] {
  // a salutation run on with the first paragraph: "Dear Paul,⏎The weather is fine."
  // (not a place line before its date: "Bath, Laura Place,⏎Tuesday, 3rd November 1857.")
  if (ls.length > 1 && isSalutation(ls[0].text) && (isSalutationByWords(ls[0].text) || !isDatelineLines(ls.map((l) => l.text)))) {
    const rest = ls.slice(1)
    return [{ kind: 'lines', text: joinText(draft, [ls[0]]), lines: [ls[0]], pbBefore }, { kind: 'para', text: joinText(draft, rest), lines: rest }]
  }
  const out: Unit[] = []
  let j = 0
  const shortRun: Line[] = []
  while (j < ls.length && !isLongLine(ls[j])) shortRun.push(ls[j++])
  if (shortRun.length) {
    // (a journal's date line ending with a full stop, "Monday, 4 January 1875.", is no sentence)
    const prose = shortRun.length === 1 && isSentenceLine(shortRun[0].text) && !isClosing(shortRun[0].text) &&
      !(draft.journalLike && isEntryDate(shortRun[0].text))
    out.push({ kind: prose ? 'para' : 'lines', text: joinText(draft, shortRun), lines: shortRun, pbBefore })
  }
  for (; j < ls.length; j++) out.push({ kind: 'para', text: joinText(draft, [ls[j]]), lines: [ls[j]] })
  return out
}
