/**
 * Letters: one div type="letter" per letter (a dateline before a salutation, a numbered heading,
 * or a salutation after a signature opens the next), each with its opener (letter-opener.ts),
 * body, closer and postscript (letter-closer.ts). A text is a letter when declared so, or (kind
 * not declared) when it shows a letter's parts: a salutation at its head, or two of a dateline at
 * its head, a closing formula or farewell at its end, a postscript.
 */
import type { TeiElement, TeiNode, TeiText } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { ImportDraft, ImportPass, Unit } from '../draft.js'
import type { Line } from '../lines.js'
import { parseInline, type InlineContext } from './inline.js'
import { isCapitals } from '../line-forms.js'
import { isAddresseeLine, isAddressLine, isClosing, isDateLine, isDatelineLines, isFarewell, isPostscript, isSalutation, isSalutationByWords, isSignature } from './letter-parts.js'
import { buildOpener } from './letter-opener.js'
import { buildEnding } from './letter-closer.js'
import { lineText, nestHeads, paragraph, trimText } from './unit-nodes.js'
import { concatText, generatedText, sliceText, sourceOffsetAt } from '../../core/text-origin.js'
import { isMarkersOnlyBlock } from '../clean/footnotes.js'

export const letters: ImportPass = {
  name: 'structure/letters',
  run(draft) {
    const kind = draft.options.kind
    const declared = kind === 'letter' || kind === 'letters'
    const units = withTitleDateline(draft)
    draft.isLetter = declared || (draft.autoKind && looksLikeLetter(units, draft.language))
    if (draft.isLetter && units !== draft.units) {
      draft.units = units
      draft.titleLines = []
    }
    if (!draft.isLetter) return
    draft.content = buildLetters(draft.units, draft.inline, takeLetterhead(draft))
  },
}

/** The parts of a letter, seen in the units: a salutation at the head, or two of dateline, closing, postscript. */
function looksLikeLetter(units: Unit[], language: string): boolean {
  const head = units.slice(0, 3)
  if (head.some((u) => isSalutation(u.lines[0].text))) return true
  if (head.some((u) => u.kind !== 'para' && u.lines.length <= 4 && u.lines.some((l) => isSalutationByWords(l.text)))) return true
  const tail = units.slice(-4)
  // a dateline at the head, or at the foot under the last paragraph (a note in the third person dates itself there)
  const datelineUnit = (u: Unit) => u.kind !== 'para' && u.lines.length <= 4 && u.lines.some((l) => isDateLine(l.text))
  const dateline = head.some(datelineUnit) || tail.slice(-3).some(datelineUnit)
  const closing = tail.some((u) => u.kind === 'lines' && u.lines.some((l) => isClosing(l.text))) ||
    tail.some((u, i) => u.kind === 'para' && isFarewell(lastSentence(u.text.value), language) && tail.slice(i + 1).some((v) => v.kind === 'lines' && isSignature(v.lines[0].text)))
  const postscript = units.some((u) => isPostscript(u.text.value))
  return [dateline, closing, postscript, addressed(tail), addressesSomeone(units, language)].filter(Boolean).length >= 2
}

/** Ends with an address: short lines, one of the first two naming to whom ("No. 1 / Mr. Hale / Queen Square"). */
function addressed(tail: Unit[]): boolean {
  const last = tail[tail.length - 1]
  if (!last || last.kind !== 'lines' || last.lines.length < 2 || last.lines.length > 6) return false
  const ls = last.lines.map((l) => l.text.trim())
  return ls.every((t) => t.length <= 60 && !/[.!?;:]$/.test(t) || isAddresseeLine(t)) && ls.slice(0, 2).some(isAddresseeLine)
}

/** The second person, as a letter speaks to the one it is written to (capital "Sie" mid-sentence is the German one). */
const SECOND_PERSON: Record<string, RegExp> = {
  en: /\b(?:you|your|yours|yourself|thee|thou|thy|thine)\b/giu,
  de: /\b(?:Ihnen|Euch|Euer|Eure[mnrs]?|Du|Dich|Dir|Dein(?:e[mnrs]?)?|du|dich|dir|dein(?:e[mnrs]?)?)\b|(?<=[\p{Ll},;] )(?:Sie|Ihre[mnrs]?|Ihr)\b/gu,
  fr: /\b(?:vous|votre|vos|tu|toi|ton|ta|tes)\b/giu,
}

/**
 * Does the text speak to someone? At least one word in 125 is "you" (or its forms) in the
 * paragraphs: letters do (measured: 0.4–6 % in letters in English, German and French), diaries
 * and articles hardly.
 */
function addressesSomeone(units: Unit[], language: string): boolean {
  const re = SECOND_PERSON[language.toLowerCase().split('-')[0]]
  if (!re) return false
  const text = units.filter((u) => u.kind === 'para').map((u) => u.text.value).join(' ')
  const words = text.match(/\p{L}+/gu)?.length ?? 0
  return words >= 40 && (text.match(re)?.length ?? 0) >= 0.008 * words
}

const lastSentence = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop() ?? ''

/** A title block that is only a dateline ("Harley St. Tuesday 13th 1819") heads the letter, if the text is one. */
function withTitleDateline(draft: ImportDraft): Unit[] {
  const lines = draft.titleLines.map((t) => t.line)
  const named = draft.titleLines.some((t) => t.kind === 'author-date')
  if (!lines.length || named || !isDatelineLines(lines.map((l) => l.text))) return draft.units
  return [{ kind: 'lines', text: concatText(lines.flatMap((l, i) => [...(i ? [generatedText(' ')] : []), lineText(l)])), lines }, ...draft.units]
}

/** The heading that numbers a letter: "Letter 12", "LETTRE N° 117.", "Brief Nr. 3", "No. 5". */
const NUMBERED = /^(?:letter|lettre|brief|no|nr|n°|num(?:ber|éro)|nummer)\.?\s*(?:n[°o]\.?\s*)?(?:\d+|[IVXLC]+)(?:\s*bis)?[.:]?$/iu

interface LetterTop { head?: Line; letterhead: Line[] }

/**
 * Headed paper: a title block of a line or two in capitals (or an address) right before the
 * dateline is the printed letterhead, not a title (it goes into the opener; the title page is
 * dropped); a line numbering the letter ("LETTRE N° 117.") is its head.
 */
function takeLetterhead(draft: ImportDraft): LetterTop {
  const t = draft.titleLines.map((l) => l.line)
  const first = draft.units.find((u) => !isMarkersOnlyBlock(u))
  const head = t.length && NUMBERED.test(t[0].text.trim()) ? t[0] : undefined
  const rest = head ? t.slice(1) : t
  const printed = (s: string) => isCapitals(s) || isAddressLine(s)
  if (!t.length || rest.length > 3 || !rest.every((l) => printed(l.text)) || !first || first.kind === 'para') return { letterhead: [] }
  // (over a dateline, or over a salutation a unit or two on: "À Pierre Marthin" / "[Envoyée à Dijon]" / "Monsieur,")
  const salutedSoon = draft.units.slice(0, 3).some((u) => (u.kind !== 'para' || u.lines.length === 1) && isSalutation(u.lines[u.lines.length - 1].text))
  if (!first.lines.some((l) => isDateLine(l.text)) && !(salutedSoon && rest.every((l) => isAddressLine(l.text)))) return { letterhead: [] }
  draft.titleLines = []
  return { head, letterhead: rest }
}

/** Does unit k open a new letter? */
function opensLetter(units: Unit[], k: number): boolean {
  const u = units[k]
  if (u.kind === 'para') return false
  const next = units[k + 1]
  const texts = u.lines.map((l) => l.text)
  if (isDatelineLines(texts) && next && (isSalutation(next.lines[0].text))) return true
  // a dateline and the salutation on the line after it: "Cork, 2 April 1847⏎My dear Brother,"
  const s = texts.findIndex((t) => isSalutationByWords(t))
  if (s > 0 && s <= 3 && isDatelineLines(texts.slice(0, s))) return true
  // a numbered heading before a dateline or salutation
  if (u.kind === 'head' && next && next.kind !== 'para' && (isSalutation(next.lines[0].text) || isDatelineLines(next.lines.map((l) => l.text)))) return true
  // a salutation right after a signature: the next letter, undated
  const prev = units[k - 1]
  return u.kind === 'lines' && u.lines.length === 1 && isSalutation(u.lines[0].text) && prev?.kind === 'lines' && isSignature(prev.lines[prev.lines.length - 1].text)
}

function buildLetters(units: Unit[], ctx: InlineContext, top: LetterTop): { nodes: TeiNode[]; letters: number } {
  const letters: Unit[][] = []
  let current: Unit[] = []
  units.forEach((u, k) => {
    if (current.some((c) => c.kind === 'para') && opensLetter(units, k)) {
      letters.push(current)
      current = []
    }
    current.push(u)
  })
  if (current.length) letters.push(current)
  return { nodes: letters.map((ls, i) => buildLetter(ls, ctx, i === 0 ? top : { letterhead: [] })), letters: letters.length }
}

function buildLetter(units: Unit[], ctx: InlineContext, top: LetterTop): TeiElement {
  let k = 0
  const children: TeiNode[] = []
  if (units[0]?.pbBefore !== undefined) children.push(el('pb', { n: units[0].pbBefore ?? undefined }))
  if (top.head) children.push(el('head', {}, parseInline(lineText(top.head), ctx)))
  // a note's marker alone before the letter's parts anchors the note at the letter's start
  while (units[k] && isMarkersOnlyBlock(units[k])) children.push(...paragraph({ ...units[k++], kind: 'para', pbBefore: undefined }, ctx))
  // a numbered or titled letter: its head comes first
  if (units[k]?.kind === 'head' && !isDateLine(units[k].text.value)) {
    children.push(...paragraph({ ...units[k++], pbBefore: undefined }, ctx))
  }
  const opener = buildOpener(units, k, ctx, top.letterhead)
  if (opener.nodes.length) children.push(el('opener', {}, opener.nodes))
  const body = units.slice(opener.next)
  if (opener.rest.length) body.unshift({ kind: 'para', text: restText(units[opener.next - 1], opener.rest), lines: opener.rest })
  const ending = buildEnding(body, 0, ctx)
  const bodyUnits = body.slice(0, ending.bodyEnd)
  if (ending.lastPara) bodyUnits[bodyUnits.length - 1] = ending.lastPara
  // a heading inside a letter opens a section (TEI allows a head only first in a div)
  const sections = nestHeads(bodyParagraphs(bodyUnits, ctx))
  children.push(...(sections.length ? sections : [el('p', {}, [])]))
  if (ending.closer.length) {
    const lastDiv = children[children.length - 1]
    if (lastDiv.type === 'element' && lastDiv.name === 'div') lastDiv.children.push(el('closer', {}, ending.closer))
    else children.push(el('closer', {}, ending.closer))
  }
  if (ending.postscript.length) {
    const ps = ending.postscript.flatMap((u) => paragraph({ ...u, kind: 'para' }, ctx))
    children.push(el('postscript', {}, ending.postscriptCloser.length ? [...ps, el('closer', {}, ending.postscriptCloser)] : ps))
  }
  if (ending.tail.length) children.push(el('closer', {}, ending.tail))
  return el('div', { type: 'letter' }, children)
}

/**
 * The letter's paragraphs. A line alone to whom the letter goes, between two paragraphs
 * ("à Monsieur le Président Hallam."), is the address written at the foot of a page: the
 * paragraph before it ends with it, as editors encode it (`<p>… <address>…</address></p>`).
 */
function bodyParagraphs(units: Unit[], ctx: InlineContext): TeiNode[] {
  const out: TeiNode[] = []
  units.forEach((u, i) => {
    const prev = out[out.length - 1]
    const between = i > 0 && i < units.length - 1 && units[i + 1].kind === 'para' && !units[i + 1].pbBefore
    if (between && u.lines.length === 1 && isAddresseeLine(u.lines[0].text) && prev?.type === 'element' && prev.name === 'p') {
      prev.children.push(generatedText(' '), el('address', {}, [el('addrLine', {}, parseInline(lineText(u.lines[0]), ctx))]))
      return
    }
    out.push(...paragraph(u.kind === 'head' ? u : { ...u, kind: u.kind === 'lines' ? 'para' : u.kind }, ctx))
  })
  return out
}

/**
 * The text of the lines after the salutation, as their unit joined them (a word broken at a line
 * end whole again, as the import recorded it), or the lines with spaces between them.
 */
function restText(unit: Unit | undefined, rest: Line[]): TeiText {
  const start = rest[0].start + (rest[0].text.length - rest[0].text.trimStart().length)
  let at = -1
  for (let i = 0; unit && at < 0 && i < unit.text.value.length; i++) if (sourceOffsetAt(unit.text, i) === start) at = i
  if (unit && at >= 0 && unit.lines.includes(rest[rest.length - 1])) return trimText(sliceText(unit.text, at))
  return concatText(rest.flatMap((l, i) => [...(i ? [generatedText(' ')] : []), lineText(l)]))
}

