/**
 * A paragraph that ends in the middle of a sentence: no closing punctuation, and either the next
 * paragraph starts in lower case or this one ends on a word that cannot end a sentence (an article,
 * a preposition, a conjunction). Extraction cuts paragraphs so at page and column changes; an author
 * does not end a paragraph with "for the".
 */
import type { TeiText } from '../../core/tree.js'
import { concatText, generatedText, sourceOffsetAt } from '../../core/text-origin.js'
import { languageOf, report, type ImportDraft, type ImportPass, type Unit } from '../draft.js'
import { keepHyphen } from './join-lines.js'
import { pageBreakMark } from '../structure/inline.js'
import { isClosing, isDatelineLines, isSalutation, isSignature } from '../structure/letter-parts.js'

const CANNOT_END: Record<string, Set<string>> = {
  en: new Set('the a an of to in on at by for from with into upon and or but nor than that as its their our your my his whose which'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer und oder aber von zu mit für auf an in aus bei nach über unter'.split(' ')),
  fr: new Set('le la les un une des du de et ou mais pour par avec dans sur à au aux que'.split(' ')),
}

const CLOSED = /[.!?:;"”’»)\]…]$/u

/**
 * Words the text writes with a capital in the middle of a sentence (after a lower-case word or a
 * comma): names, which may also start the second half of a cut sentence ("for the | Jacobins").
 */
export function midSentenceCapitals(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/[\p{Ll},] +(\p{Lu}[\p{L}'’-]+)/gu)) out.add(m[1])
  return out
}

/**
 * Does `text` stop in the middle of a sentence that `next` continues? Either `next` starts in
 * lower case, or `text` ends on a word that cannot end a sentence and `next` starts with a name
 * (a word this text capitalises mid-sentence). Anything else after an open sentence may be an
 * unrelated page: that is for the page-order check to report, not to join.
 */
export function endsMidSentence(text: string, next: string, language: string, names: Set<string> = new Set()): boolean {
  const end = text.trimEnd()
  if (!end || CLOSED.test(end)) return false
  const start = next.trimStart()
  if (/^\p{Ll}/u.test(start)) return true
  const last = /([\p{L}]+)$/u.exec(end)?.[1]?.toLowerCase()
  const table = CANNOT_END[language.toLowerCase().split('-')[0]]
  const first = /^[\p{L}'’-]+/u.exec(start)?.[0]
  return !!last && !!table?.has(last) && !!first && names.has(first)
}

/** A paragraph cut by a page change, or mid-sentence, is joined with the paragraph that continues it. */
export const sentenceCut: ImportPass = {
  name: 'clean/sentence-cut',
  run(draft) {
    const { units } = draft
    const names = midSentenceCapitals(draft.source.text)
    for (let k = 1; k < units.length; k++) {
      const a = units[k - 1]
      const b = units[k]
      if (!isProse(a) || b.kind !== 'para' || !continuesInto(a, b, languageOf(draft), names)) continue
      // a sentence cut with no page change seen, in a source that shows its pages: a page changed here
      const seen = b.pbBefore !== undefined
      const page = seen ? b.pbBefore : draft.paged ? null : undefined
      const joined = joinUnits(draft, a, b, page)
      if (!seen) reportRejoined(draft, a, b, page !== undefined)
      units.splice(k - 1, 2, { kind: 'para', text: joined, lines: [...a.lines, ...b.lines], pbBefore: a.pbBefore })
      k--
    }
  },
}

/** A one-line paragraph may be short enough to count as a line group; a letter's parts are not prose. */
function isProse(u: Unit): boolean {
  return u.kind === 'para' || (u.kind === 'lines' && u.lines.length === 1 &&
    !isSalutation(u.text.value) && !isClosing(u.text.value) && !isSignature(u.text.value) && !isDatelineLines([u.text.value]))
}

/** Across a page change an unfinished sentence continued in lower case; with no page change seen,
 * only a cut that leaves a sentence unfinished counts (prose, not a list). */
function continuesInto(a: Unit, b: Unit, language: string, names: Set<string>): boolean {
  const end = a.text.value.trimEnd()
  if (b.pbBefore !== undefined) return a.kind === 'para' && !/[.!?:;"”’)]$/.test(end) && /^\p{Ll}/u.test(b.text.value)
  return end.length >= 60 && endsMidSentence(end, b.text.value, language, names)
}

/** The two texts as one, the page change between them (if any) kept as a mark; a hyphen at the cut resolved. */
function joinUnits(draft: ImportDraft, a: Unit, b: Unit, page: string | null | undefined): TeiText {
  const end = a.text.value.trimEnd()
  const pageChange = page !== undefined
  const hy = /([\p{L}]+)-$/u.exec(end)
  const next = /^([\p{L}]+)/u.exec(b.text.value)
  if (!hy || !next) return concatText([a.text, generatedText(pageChange ? ` ${pageBreakMark(false, page)} ` : ' '), b.text])
  const keep = keepHyphen(hy[1], next[1], draft.vocabulary, draft.language)
  draft.hyphenJoins.push({ offset: sourceOffsetAt(a.text, end.length - 1) ?? b.lines[0].start, kept: keep })
  const head = keep ? a.text : withoutLastChar(a.text)
  const message = `joined "${hy[1]}-" and "${next[1]}" across a ${pageChange ? 'page break' : 'paragraph break'}${keep ? ', keeping the hyphen' : ''}`
  report(draft, keep ? 'hyphen-kept' : 'hyphen-joined', 'info', message, b.lines[0].start)
  return concatText(pageChange ? [head, generatedText(pageBreakMark(true, page)), b.text] : [head, b.text])
}

function withoutLastChar(t: TeiText): TeiText {
  const length = t.value.length - 1
  return { ...t, value: t.value.slice(0, -1), origin: t.origin?.map((s) => ({ ...s, length: Math.min(s.length, length - s.index) })).filter((s) => s.length > 0) }
}

/** A paragraph break with no page change seen, removed: said, and no longer a sign of pages out of order. */
function reportRejoined(draft: ImportDraft, a: Unit, b: Unit, pageMarked: boolean): void {
  draft.normalisations.add('paragraphs-rejoined')
  const tail = a.text.value.trimEnd().split(/\s+/).slice(-3).join(' ')
  const head = b.text.value.trimStart().split(/\s+/).slice(0, 2).join(' ')
  const page = pageMarked ? ', where a page changed (marked with pb)' : ''
  report(draft, 'paragraph-rejoined', 'info', `joined the paragraph ending "…${tail}" with the next ("${head}…"): the sentence was cut${page}`, b.lines[0].start)
  const at = draft.source.locate(b.lines[0].start).line
  const { diagnostics } = draft
  for (let d = diagnostics.length - 1; d >= 0; d--) if (diagnostics[d].code === 'page-order-suspect' && diagnostics[d].line === at) diagnostics.splice(d, 1)
}
