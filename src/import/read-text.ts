/**
 * Plain text → the <text> of a TEI document: layout → colophon → title block → page furniture →
 * footnote bodies → page order → paragraphs and block quotations (structure/block-quote.ts) →
 * paragraphs cut mid-sentence rejoined (clean/sentence-cut.ts) → quotations after a colon
 * (structure/quotation-run.ts) → headings → letters, journal entries (structure/journal-entries.ts)
 * or sections; garbled sentences are marked while paragraphs are built (structure/garbled.ts).
 * Every decision comes from evidence in the text (layout statistics, repetition, the form of
 * lines); what is removed from the reading text is recorded for the fidelity check.
 */
import type { SourceFile } from '../core/source-file.js'
import type { SourceKind } from '../core/edition.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { RemovedText } from '../core/document.js'
import { findAll, type TeiElement, type TeiNode, type TeiText } from '../core/tree.js'
import { el } from '../core/tei.js'
import { concatText, generatedText, sliceText, sourceOffsetAt, sourceText, sourcePointAt } from '../core/text-origin.js'
import { isBlank, splitLines, type Line } from './lines.js'
import { layoutBlocks, type Block } from './clean/layout.js'
import { findFurniture } from './clean/page-furniture.js'
import { findNoteBodies, isSeparator, type NoteBody } from './clean/footnotes.js'
import { documentVocabulary, joinLines, keepHyphen } from './clean/join-lines.js'
import { isColophonLine, takeColophon } from './structure/colophon.js'
import { classifyTitleBlock, type TitleLine } from './structure/title-block.js'
import { pageBreakMark, parseInline, PAGE_BREAK_MARKS, type InlineContext, type NoteContent } from './structure/inline.js'
import { isClosing, isDatelineLines, isPostscript, isSalutation, isSalutationByWords, isSignature } from './structure/letter-parts.js'
import { orderPages, checkContinuity } from './clean/page-order.js'
import { endsMidSentence, midSentenceCapitals } from './clean/sentence-cut.js'
import { introducesQuotation, looksQuoted, personIsEvidence } from './structure/quotation-run.js'
import { blockQuote, indentationSignals, attributionText } from './structure/block-quote.js'
import { cutsMarkup, findGarbled } from './structure/garbled.js'
import { countEntryDates, isEntryDate, opensWithEntryDate } from './structure/journal-entries.js'

export interface ReadTextResult {
  text: TeiElement
  title?: string
  author?: string
  date?: string
  colophon: string[]
  citations: string[]
  letters: number
  isLetter: boolean
  normalisations: Set<string>
  removed: RemovedText[]
  hyphenJoins: { offset: number; kept: boolean }[]
  diagnostics: Diagnostic[]
}

interface Unit {
  kind: 'para' | 'head' | 'lines' | 'note-continued' | 'quote'
  text: TeiText
  lines: Line[]
  pbBefore?: string | null
  /** A block quotation: its paragraphs and its source line. */
  quote?: { parts: TeiText[]; attribution?: TeiText; /** a page change before a part (not the first) */ pbs?: (string | null | undefined)[] }
}

const isLongLine = (l: Line) => l.text.trim().length > 100

/** A line that ends a sentence of several words (after any footnote mark): prose, not a title. */
export function isSentenceLine(text: string): boolean {
  const t = text.trim().replace(/(<sup>[^<]*<\/sup>|\[\d{1,3}\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u, '')
  return /[.!?;]["”’)]?$/.test(t) && t.split(/\s+/).length >= 4
}

/** Line k+1 continues line k: k does not end a sentence and k+1 starts in lower case. */
const continues = (a: Line, b: Line) => !/[.!?:;"”’)]$/.test(a.text.trim()) && /^\p{Ll}/u.test(b.text.trim())

export function readText(source: SourceFile, options: { kind?: SourceKind; author?: string; pageOrder?: string[]; language?: string }): ReadTextResult {
  const diagnostics: Diagnostic[] = []
  const removed: RemovedText[] = []
  const hyphenJoins: { offset: number; kept: boolean }[] = []
  const normalisations = new Set<string>()
  const report = (code: string, severity: Diagnostic['severity'], message: string, offset: number) => {
    const p = source.locate(offset)
    diagnostics.push({ code, severity, stage: 'import', file: source.path, line: p.line, column: p.column, message })
  }
  const lines = splitLines(source)
  const layout = layoutBlocks(lines)
  if (layout.doubleSpaced) normalisations.add('lines-unwrapped-double-spaced')

  // The opening region: short blocks before the first prose, a dateline or a salutation.
  // A journal: lone date lines open its entries (unless the text is declared to be something else).
  const autoKind = options.kind === undefined || options.kind === 'auto'
  const journalLike = options.kind === 'journal' || (autoKind && countEntryDates(layout.blocks) >= 2 &&
    !layout.blocks.slice(0, 6).some((b) => isSalutation(b.lines[0].text)))
  // prose: a sentence, a long line, or lines wrapped at a similar width
  const looksLikeProse = (b: Block | undefined) => !!b && (b.lines.some((l) => isSentenceLine(l.text) || isLongLine(l)) ||
    (b.lines.length >= 2 && b.lines.slice(0, -1).every((l) => l.text.trim().length > 40)))
  const titleEnd = (blocks: Block[]) => {
    let i = 0
    while (i < blocks.length && i < 8) {
      const b = blocks[i]
      if (journalLike && b.lines.length === 1 && isEntryDate(b.lines[0].text)) break
      if (b.lines.length === 1 && SECTION_NUMBER.test(b.lines[0].text)) break
      if (b.lines.some(isLongLine) || b.lines.length > 4) break
      if (isSalutation(b.lines[0].text)) break
      if (isDatelineLines(b.lines.map((l) => l.text)) && blocks[i + 1] && isSalutation(blocks[i + 1].lines[0].text)) break
      if (b.lines.length >= 2 && b.lines.slice(0, -1).every((l) => l.text.trim().length > 40)) break // wrapped prose
      // a sentence is not a title: several words ending with a full stop, question mark …
      if (b.lines.some((l) => isSentenceLine(l.text) && !isColophonLine(l.text))) break
      if (isSeparator(b)) break
      // a heading line right before the prose, after a title, heads the first section
      const next = blocks[i + 1]
      const headingLike = /^#{1,6}\s/.test(b.lines[0].text.trim()) || (b.lines.length === 1 && isCapitals(b.lines[0].text))
      if (i >= 1 && headingLike && looksLikeProse(next)) break
      i++
    }
    return i
  }
  const col = takeColophon(layout.blocks, titleEnd(layout.blocks), Math.max(0, layout.blocks.length - 4))
  let blocks = col.blocks
  for (const l of col.colophon) removed.push({ offset: l.start, text: l.text, reason: 'colophon (moved to the header)' })
  if (col.colophon.length) normalisations.add('colophon-to-header')
  const tEnd = titleEnd(blocks)

  const furniture = findFurniture(blocks, tEnd)
  for (const i of furniture.removed) for (const l of blocks[i].lines) removed.push({ offset: l.start, text: l.text, reason: 'page furniture' })
  if (furniture.removed.size) normalisations.add('page-furniture-removed')

  const excluded = new Set<number>([...furniture.removed, ...Array.from({ length: tEnd }, (_, i) => i)])
  const { notes, used, continuations } = findNoteBodies(blocks, excluded)
  const vocabulary = documentVocabulary(source.text)
  const noteMap = new Map<string, NoteContent[]>()
  const noteContent = new Map<NoteBody, NoteContent>()
  const inlineCtx: InlineContext = {
    notes: noteMap, removed, diagnostics, language: options.language,
    report: (code, severity, message, node, index) => {
      const p = sourcePointAt(node, index, source)
      diagnostics.push({ code, severity, stage: 'import', file: source.path, line: p?.line ?? 1, column: p?.column ?? 1, message })
    },
  }
  const join = (ls: Line[], pageBreaks: readonly number[] = []) => {
    const { text, joins } = joinLines(ls, vocabulary, pageBreaks)
    for (const j of joins) {
      hyphenJoins.push({ offset: j.hyphenOffset, kept: j.kind === 'hyphen-kept' })
      normalisations.add('dehyphenation')
      report(j.kind, 'info', j.kind === 'hyphen-joined' ? `joined the word broken at a line end: "${j.word}"` : `kept the hyphen of "${j.word}" at a line end (a compound in this text)`, j.offset)
    }
    return text
  }
  for (const n of notes) {
    const first = n.lines[0]
    const rest = n.lines.slice(1)
    const head: Line = { index: first.index, start: n.textStart, text: source.text.slice(n.textStart, first.start + first.text.length) }
    removed.push({ offset: first.start, text: source.text.slice(first.start, n.textStart), reason: 'footnote mark' })
    const content: NoteContent = { content: [el('p', {}, parseInline(join([head, ...rest]), inlineCtx))], used: false }
    noteMap.set(n.mark, [...(noteMap.get(n.mark) ?? []), content])
    noteContent.set(n, content)
  }
  if (notes.length) normalisations.add('footnotes-placed')

  // Title block. Lines above a markdown title heading are the site's or publisher's, not the text's.
  let titleBlockLines = blocks.slice(0, tEnd).flatMap((b) => b.lines)
  const headingAt = titleBlockLines.findIndex((l) => /^#{1,6}\s/.test(l.text.trim()))
  if (headingAt > 0) {
    for (const l of titleBlockLines.slice(0, headingAt)) {
      removed.push({ offset: l.start, text: l.text, reason: 'site or publisher line (moved to the header)' })
      col.colophon.push(l)
    }
    titleBlockLines = titleBlockLines.slice(headingAt)
  }
  const titleLines: TitleLine[] = classifyTitleBlock(titleBlockLines, options.author)

  // Body blocks, in the editor's page order when given.
  let body: { block: Block; index: number }[] = []
  blocks.forEach((b, i) => {
    if (i < tEnd || furniture.removed.has(i) || used.has(i)) return
    if (isSeparator(b)) {
      removed.push({ offset: b.lines[0].start, text: b.lines[0].text, reason: 'separator line' })
      return
    }
    // a journal entry's date on the first line of its text: the entry's head, a block of its own
    if (journalLike && opensWithEntryDate(b)) {
      body.push({ block: { ...b, lines: b.lines.slice(0, 1) }, index: i }, { block: { ...b, lines: b.lines.slice(1) }, index: i })
      return
    }
    body.push({ block: b, index: i })
  })
  let pageStarts = new Set<number>()
  if (options.pageOrder?.length) {
    const ordered = orderPages(body, options.pageOrder, source, diagnostics)
    if (ordered !== body) normalisations.add('pages-reordered')
    pageStarts = ordered.pageStarts ?? pageStarts
    body = ordered
  } else checkContinuity(body, source, diagnostics)

  // Units: paragraphs (wrapped lines joined), headings, short line groups, block quotations.
  const units: Unit[] = []
  const breakPositions = [...furniture.pageBreakAfter.keys()].sort((a, b) => a - b)
  const indentSignals = indentationSignals(lines)
  body.forEach(({ block, index }, k) => {
    const prevIndex = k > 0 ? body[k - 1].index : -1
    let pbBefore: string | null | undefined
    // the last page change between the previous body block and this one (binary search)
    if (prevIndex >= 0) {
      let lo = 0
      let hi = breakPositions.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (breakPositions[mid] < index) lo = mid + 1
        else hi = mid
      }
      const after = breakPositions[lo - 1]
      if (after !== undefined && after >= prevIndex) pbBefore = furniture.pageBreakAfter.get(after) ?? null
    }
    if (pageStarts.has(index) && pbBefore === undefined) pbBefore = null
    const ls = block.lines
    if (continuations.has(index)) {
      units.push({ kind: 'note-continued', text: join(ls, block.pageBreaksBefore), lines: ls, pbBefore })
      return
    }
    // letter parts are often indented (a closing pushed right): they are no quotation
    const letterPart = isSalutation(ls[0].text) || isClosing(ls[0].text) || isSignature(ls[ls.length - 1].text) || isDatelineLines(ls.map((l) => l.text))
    const bq = letterPart ? undefined : blockQuote(ls, { indentationSignals: indentSignals, doubleSpaced: layout.doubleSpaced })
    if (bq) {
      for (const offset of bq.marks) removed.push({ offset, text: '>', reason: 'block-quotation mark' })
      // paragraphs of the quotation: runs of lines between emptied "> " lines
      const groups: Line[][] = [[]]
      for (const l of bq.lines) {
        if (l.text.trim() === '') groups.push([])
        else groups[groups.length - 1].push(l)
      }
      const parts = groups.filter((g) => g.length).map((g) => join(g, block.pageBreaksBefore))
      const attribution = bq.attribution ? attributionText(bq.attribution) : undefined
      units.push({
        kind: 'quote', text: concatText(parts), lines: ls, pbBefore,
        quote: { parts, attribution: attribution ? sourceText(attribution.text, attribution.start) : undefined },
      })
      normalisations.add('block-quotations')
      return
    }
    const wrapped = layout.doubleSpaced
      ? ls.length > 1 || ls[0].text.trim().length > 60
      : ls.length >= 2 && (ls.slice(0, -1).every((l) => l.text.trim().length >= 40 && l.text.trim().length <= 110) || ls.slice(1).every((l, j) => continues(ls[j], l)))
    if (wrapped || (ls.length === 1 && isLongLine(ls[0]))) {
      units.push({ kind: 'para', text: join(ls, block.pageBreaksBefore), lines: ls, pbBefore })
      if (block.pageBreaksBefore.length) normalisations.add('page-breaks-marked')
    } else if (ls.every(isLongLine)) {
      ls.forEach((l, j) => units.push({ kind: 'para', text: join([l]), lines: [l], pbBefore: j === 0 ? pbBefore : undefined }))
    } else {
      // short lines, or a short line followed by long ones (a salutation run on with its letter)
      let j = 0
      // a salutation run on with the first paragraph: "Dear Paul,⏎The weather is fine."
      // (not a place line before its date: "Bath, Laura Place,⏎Tuesday, 3rd November 1857.")
      if (ls.length > 1 && isSalutation(ls[0].text) && (isSalutationByWords(ls[0].text) || !isDatelineLines(ls.map((l) => l.text)))) {
        units.push({ kind: 'lines', text: join([ls[0]]), lines: [ls[0]], pbBefore })
        const rest = ls.slice(1)
        units.push({ kind: 'para', text: join(rest), lines: rest })
        return
      }
      const shortRun: Line[] = []
      while (j < ls.length && !isLongLine(ls[j])) shortRun.push(ls[j++])
      if (shortRun.length) {
        // (a journal's date line ending with a full stop, "Monday, 4 January 1875.", is no sentence)
        const prose = shortRun.length === 1 && isSentenceLine(shortRun[0].text) && !isClosing(shortRun[0].text) &&
          !(journalLike && isEntryDate(shortRun[0].text))
        units.push({ kind: prose ? 'para' : 'lines', text: join(shortRun), lines: shortRun, pbBefore })
      }
      for (; j < ls.length; j++) units.push({ kind: 'para', text: join([ls[j]]), lines: [ls[j]] })
    }
    if (wrapped && ls.length > 1) normalisations.add('lines-unwrapped')
  })
  // A note continued on the next page sits between the two halves of a paragraph cut by that page
  // change: put it before the first half, so the halves meet (it still follows its note's anchor).
  for (let k = 1; k < units.length - 1; k++) {
    if (units[k].kind === 'note-continued' && units[k - 1].kind === 'para') [units[k - 1], units[k]] = [units[k], units[k - 1]]
  }
  const names = midSentenceCapitals(source.text)
  // A paragraph cut by a page change continues on the next page: join them across the page break.
  for (let k = 1; k < units.length; k++) {
    const a = units[k - 1]
    const b = units[k]
    // a one-line paragraph may be short enough to count as a line group; a letter's parts are not prose
    const prose = (u: Unit) => u.kind === 'para' || (u.kind === 'lines' && u.lines.length === 1 &&
      !isSalutation(u.text.value) && !isClosing(u.text.value) && !isSignature(u.text.value) && !isDatelineLines([u.text.value]))
    if (!prose(a) || b.kind !== 'para') continue
    const end = a.text.value.trimEnd()
    // with no page change seen, only a cut that leaves a sentence unfinished counts (prose, not a list)
    const pageChange = b.pbBefore !== undefined
    if (pageChange ? (a.kind !== 'para' || /[.!?:;"”’)]$/.test(end) || !/^\p{Ll}/u.test(b.text.value)) : (end.length < 60 || !endsMidSentence(end, b.text.value, options.language ?? 'en', names))) continue
    const hy = /([\p{L}]+)-$/u.exec(end)
    const next = /^([\p{L}]+)/u.exec(b.text.value)
    let joined: TeiText
    if (hy && next) {
      const keep = keepHyphen(hy[1], next[1], vocabulary)
      hyphenJoins.push({ offset: sourceOffsetAt(a.text, end.length - 1) ?? b.lines[0].start, kept: keep })
      const head = keep ? a.text : { ...a.text, value: a.text.value.slice(0, -1), origin: a.text.origin?.map((s) => ({ ...s, length: Math.min(s.length, a.text.value.length - 1 - s.index) })).filter((s) => s.length > 0) }
      joined = concatText(pageChange ? [head, generatedText(pageBreakMark(true, b.pbBefore)), b.text] : [head, b.text])
      report(keep ? 'hyphen-kept' : 'hyphen-joined', 'info', `joined "${hy[1]}-" and "${next[1]}" across a ${pageChange ? 'page break' : 'paragraph break'}${keep ? ', keeping the hyphen' : ''}`, b.lines[0].start)
    } else joined = concatText([a.text, generatedText(pageChange ? ` ${pageBreakMark(false, b.pbBefore)} ` : ' '), b.text])
    if (!pageChange) {
      normalisations.add('paragraphs-rejoined')
      const tail = end.split(/\s+/).slice(-3).join(' ')
      const head = b.text.value.trimStart().split(/\s+/).slice(0, 2).join(' ')
      report('paragraph-rejoined', 'info', `joined the paragraph ending "…${tail}" with the next ("${head}…"): the sentence was cut`, b.lines[0].start)
      // the cut is explained: it is no sign of pages out of order
      const at = source.locate(b.lines[0].start).line
      for (let d = diagnostics.length - 1; d >= 0; d--) if (diagnostics[d].code === 'page-order-suspect' && diagnostics[d].line === at) diagnostics.splice(d, 1)
    }
    units.splice(k - 1, 2, { kind: 'para', text: joined, lines: [...a.lines, ...b.lines], pbBefore: a.pbBefore })
    k--
  }

  // Quotations set off as paragraphs after an introduction ending with a colon.
  const language = options.language ?? 'en'
  // an introduction: prose ending with a colon (not a salutation "Dear Sir:")
  const introduces = (u: Unit) => (u.kind === 'para' || (u.kind === 'lines' && u.lines.length === 1)) &&
    introducesQuotation(u.text.value) && !isSalutation(u.text.value) && u.text.value.trim().split(/\s+/).length >= 4
  // the narrative's person, judged without the paragraphs that may be quotations
  const narrative = units.filter((u, k) => u.kind === 'para' && !(k > 0 && introduces(units[k - 1])))
  const personEvidence = personIsEvidence(narrative.map((u) => u.text.value), language)
  for (let k = 0; k < units.length - 1; k++) {
    if (!introduces(units[k])) continue
    // the quoted paragraphs; a note continued from an earlier page may sit between them (it goes before)
    const run: Unit[] = []
    const moved: Unit[] = []
    let j = k + 1
    let end = j
    for (; j < units.length; j++) {
      if (units[j].kind === 'note-continued') continue
      if (units[j].kind !== 'para' || !looksQuoted(units[j].text.value, language, personEvidence)) break
      run.push(units[j])
      end = j + 1
    }
    if (!run.length) continue
    for (const u of units.slice(k + 1, end)) if (u.kind === 'note-continued') moved.push(u)
    units.splice(k + 1, end - k - 1, ...moved, {
      kind: 'quote', text: concatText(run.map((u) => u.text)), lines: run.flatMap((u) => u.lines), pbBefore: run[0].pbBefore,
      quote: { parts: run.map((u) => u.text), pbs: run.map((u, i) => (i === 0 ? undefined : u.pbBefore)) },
    })
    normalisations.add('quotations-set-off')
  }

  // Headings: a single short line standing alone before a paragraph, in capitals or marked up.
  for (let k = 0; k < units.length - 1; k++) {
    const u = units[k]
    const t = u.text.value.trim()
    const letters = t.replace(/[^\p{L}]/gu, '')
    const next = units[k + 1]
    if (u.kind === 'lines' && u.lines.length === 1 && t.length <= 80 && (next.kind === 'para' || next.lines.some((l) => isSentenceLine(l.text))) &&
      (/^#{1,6}\s/.test(t) || (letters.length >= 3 && letters === letters.toUpperCase())) && !isSalutation(t) && (!isSignature(t) || isCapitals(t))) u.kind = 'head'
  }
  // a lone section number ("II", "IV.") heads what follows, whatever that is
  for (const u of units) if (u.kind === 'lines' && u.lines.length === 1 && SECTION_NUMBER.test(u.text.value)) u.kind = 'head'

  // Letters.
  const letterKind = options.kind === 'letter' || options.kind === 'letters'
  const autoLetter = (options.kind === undefined || options.kind === 'auto') && units.slice(0, 3).some((u) => isSalutation(u.lines[0].text))
  const isLetter = letterKind || autoLetter
  const entries = !isLetter && journalLike && units.some(isEntryHead)
  if (entries) normalisations.add('journal-entries')
  const content = isLetter ? buildLetters(units, inlineCtx)
    : entries ? buildEntries(units, inlineCtx)
    : buildSections(units, inlineCtx, 'div', options.kind && options.kind !== 'auto' ? options.kind : 'text')

  const front = titleLines.length ? buildFront(titleLines, inlineCtx, join) : undefined
  // Notes whose marker was never found are kept, at the end, with a warning.
  const orphans: TeiElement[] = []
  for (const n of notes) {
    const content = noteContent.get(n)!
    if (content.used) continue
    report('note-body-orphan', 'warning', `note "${n.mark}" has no marker in the text; kept at the end of the text`, n.lines[0].start)
    orphans.push(el('note', { place: 'foot', n: n.mark }, content.content))
  }

  const textChildren: TeiNode[] = []
  if (front) textChildren.push(front)
  // what the inline parser encoded, for the header's editorial declaration
  const bodyEl = el('div', {}, content.nodes)
  if (findAll(bodyEl, 'unclear').some((u) => u.attributes.reason === 'garbled')) normalisations.add('garbled-marked')
  if (['supplied', 'sic', 'gap'].some((n) => findAll(bodyEl, n).length) || findAll(bodyEl, 'unclear').some((u) => !u.attributes.reason)) normalisations.add('editorial-signs')
  if (['hi', 'ref'].some((n) => findAll(bodyEl, n).length)) normalisations.add('inline-formatting')
  textChildren.push(el('body', {}, content.nodes))
  if (orphans.length) textChildren.push(el('back', {}, [el('div', { type: 'notes' }, orphans)]))

  // "Main title: Subtitle", as a citation writes it
  const titleText = titleLines.filter((t) => t.kind === 'title' || t.kind === 'subtitle')
    .reduce((acc, t) => {
      const part = cleanTitle(t.line.text)
      if (!acc || !part) return acc || part
      return t.kind === 'subtitle' && !/[.:;?!]$/.test(acc) ? `${acc}: ${part}` : `${acc} ${part}`
    }, '').trim()
  const authorLine = titleLines.find((t) => t.kind === 'author' || t.kind === 'author-date')
  const dateLine = titleLines.find((t) => t.kind === 'date' || t.kind === 'author-date')
  return {
    text: el('text', {}, textChildren),
    title: titleText || undefined,
    // the name without a byline's "by" (von, par, di, door) or a trailing year
    author: authorLine ? authorLine.line.text.trim().replace(/[.,]\s*\d{4}$/, '').replace(/^(by|von|par|di|door)\s+/i, '').replace(/^\*+|\*+$/g, '') || undefined : undefined,
    date: dateLine ? /(1[0-9]{3}|20[0-9]{2})/.exec(dateLine.line.text)?.[1] : undefined,
    colophon: col.colophon.map((l) => l.text.trim()).filter(Boolean),
    citations: furniture.citations,
    letters: content.letters,
    isLetter,
    normalisations,
    removed,
    hyphenJoins,
    diagnostics,
  }
}

/** A line that is only a roman section number. */
const SECTION_NUMBER = /^\s*[IVXLC]{1,7}\.?\s*$/

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}

function cleanTitle(s: string): string {
  return s.trim().replace(/^#+\s*/, '').replace(/<sup>[^<]*<\/sup>/g, '').replace(/[*†‡]+$/, '').replace(/\*\*?/g, '').trim()
}

function inline(u: Unit, ctx: InlineContext): TeiNode[] {
  return parseInline(trimText(u.text), ctx)
}

function trimText(t: TeiText): TeiText {
  const lead = t.value.length - t.value.trimStart().length
  const end = t.value.trimEnd().length
  if (lead === 0 && end === t.value.length) return t
  return { ...t, value: t.value.slice(lead, end), origin: t.origin?.map((s) => ({ ...s, index: s.index - lead })).filter((s) => s.index >= 0 && s.index < end - lead).map((s) => ({ ...s, length: Math.min(s.length, end - lead - s.index) })) }
}

function paragraph(u: Unit, ctx: InlineContext): TeiNode[] {
  const out: TeiNode[] = []
  if (u.kind === 'note-continued') {
    const p = el('p', {}, inline(u, ctx))
    if (ctx.lastNote) {
      ctx.lastNote.children.push(p)
      return []
    }
    return [p]
  }
  if (u.pbBefore !== undefined) out.push(el('pb', { n: u.pbBefore ?? undefined }))
  if (u.kind === 'quote' && u.quote) {
    const quote = el('quote', {}, u.quote.parts.flatMap((p, i) => {
      const pb = u.quote?.pbs?.[i]
      return [...(pb !== undefined ? [el('pb', { n: pb ?? undefined })] : []), el('p', {}, proseInline({ ...u, kind: 'para', text: p }, ctx))]
    }))
    out.push(u.quote.attribution ? el('cit', {}, [quote, el('bibl', {}, parseInline(trimText(u.quote.attribution), ctx))]) : quote)
  } else if (u.kind === 'head') out.push(el('head', {}, parseInline(trimText({ ...u.text, value: u.text.value.replace(/^(\s*)(#{1,6})(\s)/, (_, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b) }), ctx)))
  else out.push(el('p', {}, proseInline(u, ctx)))
  return out
}

/** A paragraph's phrase-level content, with any garbled sentence wrapped in <unclear reason="garbled">. */
function proseInline(u: Unit, ctx: InlineContext): TeiNode[] {
  const text = trimText(u.text)
  const spans = ctx.language ? findGarbled(text.value, ctx.language).filter((s) => !cutsMarkup(text.value, s.start, s.end)) : []
  if (!spans.length) return parseInline(text, ctx)
  const out: TeiNode[] = []
  let last = 0
  for (const s of spans) {
    out.push(...parseInline(sliceText(text, last, s.start), ctx))
    const passage = sliceText(text, s.start, s.end)
    ctx.report('garbled-passage', 'warning', `the word order of "${excerpt(passage.value)}" does not make sense (${s.evidence.map((e) => `"${e}"`).join(', ')}); marked unclear, words unchanged`, text, s.start)
    out.push(el('unclear', { reason: 'garbled' }, parseInline(passage, ctx)))
    last = s.end
  }
  out.push(...parseInline(sliceText(text, last), ctx))
  return out.filter((n) => n.type !== 'text' || n.value !== '')
}

function excerpt(s: string): string {
  const t = s.replace(PAGE_BREAK_MARKS, ' ').replace(/\s+/g, ' ').trim()
  return t.length > 60 ? `${t.slice(0, 57)}…` : t
}

/** Paragraphs and headings; a heading opens a section (a nested div) that runs to the next one. */
function buildSections(units: Unit[], ctx: InlineContext, _name: string, type: string): { nodes: TeiNode[]; letters: number } {
  const top: TeiNode[] = []
  let section: TeiElement | undefined
  for (const u of units) {
    if (u.kind === 'head') {
      section = el('div', {}, [])
      top.push(section)
    }
    ;(section ? section.children : top).push(...paragraph(u, ctx))
  }
  return { nodes: [el('div', { type }, top.length ? top : [el('p', {}, [])])], letters: 0 }
}

const isEntryHead = (u: Unit) => u.kind !== 'para' && u.lines.length === 1 && isEntryDate(u.lines[0].text)

/** A journal: one div type="entry" per lone date line, the date as its head; text before the first entry stays first. */
function buildEntries(units: Unit[], ctx: InlineContext): { nodes: TeiNode[]; letters: number } {
  const top: TeiNode[] = []
  let entry: TeiElement | undefined
  for (const u of units) {
    if (isEntryHead(u)) {
      entry = el('div', { type: 'entry' }, [])
      top.push(entry)
      entry.children.push(...paragraph({ ...u, kind: 'head' }, ctx))
    } else (entry ? entry.children : top).push(...paragraph(u.kind === 'head' ? { ...u, kind: 'para' } : u, ctx))
  }
  return { nodes: [el('div', { type: 'journal' }, top)], letters: 0 }
}

/** One div type="letter" per letter: a dateline (or salutation) opens a letter. */
function buildLetters(units: Unit[], ctx: InlineContext): { nodes: TeiNode[]; letters: number } {
  const letters: Unit[][] = []
  let current: Unit[] = []
  const opensLetter = (k: number) => {
    const u = units[k]
    if (u.kind === 'para') return false
    const next = units[k + 1]
    if (isDatelineLines(u.lines.map((l) => l.text)) && next && (isSalutation(next.lines[0].text))) return true
    // a numbered heading before a dateline or salutation
    if (u.kind === 'head' && next && next.kind !== 'para' && (isSalutation(next.lines[0].text) || isDatelineLines(next.lines.map((l) => l.text)))) return true
    // a salutation right after a signature: the next letter, undated
    const prev = units[k - 1]
    if (u.kind === 'lines' && u.lines.length === 1 && isSalutation(u.lines[0].text) && prev?.kind === 'lines' && isSignature(prev.lines[prev.lines.length - 1].text)) return true
    return false
  }
  units.forEach((u, k) => {
    const hasBody = current.some((c) => c.kind === 'para')
    if (hasBody && opensLetter(k)) {
      letters.push(current)
      current = []
    }
    current.push(u)
  })
  if (current.length) letters.push(current)
  const nodes = letters.map((ls) => buildLetter(ls, ctx))
  return { nodes, letters: letters.length }
}

function buildLetter(units: Unit[], ctx: InlineContext): TeiElement {
  const opener: TeiNode[] = []
  let k = 0
  const pb: TeiNode[] = []
  if (units[k] && units[k].pbBefore !== undefined) pb.push(el('pb', { n: units[k].pbBefore ?? undefined }))
  // a numbered or titled letter: its head comes first
  const head: TeiNode[] = []
  if (units[k] && units[k].kind === 'head') head.push(...paragraph({ ...units[k++], pbBefore: undefined }, ctx))
  if (units[k] && units[k].kind !== 'para' && isDatelineLines(units[k].lines.map((l) => l.text))) {
    opener.push(el('dateline', {}, inline(units[k], ctx)))
    k++
  }
  if (units[k] && units[k].kind !== 'para' && isSalutation(units[k].lines[0].text) && units[k].lines.length === 1) {
    opener.push(el('salute', {}, inline(units[k], ctx)))
    k++
  }
  // closer: from the end, a signature and a closing formula (short lines)
  let end = units.length
  const closer: TeiNode[] = []
  const postscript: TeiNode[] = []
  const psAt = units.findIndex((u, i) => i >= k && isPostscript(u.text.value))
  if (psAt >= 0) {
    for (const u of units.slice(psAt)) postscript.push(...paragraph({ ...u, kind: 'para' }, ctx))
    end = psAt
  }
  const last = units[end - 1]
  if (last && end - 1 >= k && last.kind === 'lines') {
    const ls = last.lines
    const sig = ls.length >= 1 && isSignature(ls[ls.length - 1].text)
    const closing = ls.length >= 2 ? isClosing(ls[0].text) || ls.length === 2 : isClosing(ls[0].text)
    if (sig || closing) {
      const joinedLines = ls.map((l) => sourceText(l.text.trim(), l.start + (l.text.length - l.text.trimStart().length)))
      for (const [i, t] of joinedLines.entries()) {
        const isSig = i === joinedLines.length - 1 && isSignature(t.value)
        closer.push(el(isSig ? 'signed' : 'salute', {}, parseInline(t, ctx)))
      }
      end--
    }
  }
  const bodyNodes: TeiNode[] = []
  for (const u of units.slice(k, end)) bodyNodes.push(...paragraph(u.kind === 'head' ? u : { ...u, kind: u.kind === 'lines' ? 'para' : u.kind }, ctx))
  const children: TeiNode[] = [...pb, ...head]
  if (opener.length) children.push(el('opener', {}, opener))
  // a heading inside a letter opens a section (TEI allows a head only first in a div)
  const sections = nestHeads(bodyNodes)
  children.push(...(sections.length ? sections : [el('p', {}, [])]))
  if (closer.length) {
    const lastDiv = children[children.length - 1]
    if (lastDiv.type === 'element' && lastDiv.name === 'div') lastDiv.children.push(el('closer', {}, closer))
    else children.push(el('closer', {}, closer))
  }
  if (postscript.length) children.push(el('postscript', {}, postscript))
  return el('div', { type: 'letter' }, children)
}

function nestHeads(nodes: TeiNode[]): TeiNode[] {
  const out: TeiNode[] = []
  let section: TeiElement | undefined
  for (const n of nodes) {
    if (n.type === 'element' && n.name === 'head') {
      section = el('div', {}, [])
      out.push(section)
    }
    ;(section ? section.children : out).push(n)
  }
  return out
}

function buildFront(titleLines: TitleLine[], ctx: InlineContext, join: (ls: Line[]) => TeiText): TeiElement {
  const parts: TeiNode[] = []
  let docTitle: TeiElement | undefined
  for (const t of titleLines) {
    const text = trimText(join([t.line]))
    const stripped = { ...text, value: text.value.replace(/^(#{1,6})(\s)/, (_, h: string, s: string) => ' '.repeat(h.length) + s) }
    const nodes = parseInline(trimText(stripped), ctx)
    if (t.kind === 'title' || t.kind === 'subtitle') {
      if (!docTitle) { docTitle = el('docTitle', {}, []); parts.push(docTitle) }
      docTitle.children.push(el('titlePart', { type: t.kind === 'title' ? 'main' : 'sub' }, nodes))
    } else if (t.kind === 'author') parts.push(el('docAuthor', {}, nodes))
    else parts.push(el(t.kind === 'author-date' ? 'byline' : 'docDate', {}, nodes))
  }
  return el('front', {}, [el('titlePage', {}, parts)])
}

export { isBlank }
