/**
 * A letter's opener, from the short lines before its first paragraph: headed paper (the printed
 * letterhead: <fw type="letterhead">), the dateline (a place line or two and the date, <lb/>
 * between them), an inside address (lines between the dateline and the salutation), and the
 * salutation — also when it stands on the line right after the dateline, or has no punctuation
 * ("Sir", "My dear Kate").
 */
import type { TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { Line } from '../lines.js'
import type { Unit } from '../draft.js'
import type { InlineContext } from './inline.js'
import { isAddressLine, isDateLine, isDatelineLines, isPlaceLine, isSalutation, isSalutationByWords, isShortYearLine } from './letter-parts.js'
import { linesNodes, lineText, notesAlone, trimText } from './unit-nodes.js'
import { isCapitals } from '../line-forms.js'
import { parseInline } from './inline.js'

export interface Opener {
  nodes: TeiNode[]
  /** The first unit after the opener. */
  next: number
  /** Lines of the opener's last unit after the salutation: the first paragraph's beginning. */
  rest: Line[]
}

/** Lines and the unit each comes from. */
interface PartLine { line: Line; unit: number }

const openerUnit = (u: Unit | undefined) => !!u && (u.kind === 'lines' || u.kind === 'head')

/** The opener of the letter whose units start at k (after any heading); `letterhead`: printed lines above it. */
export function buildOpener(units: Unit[], k: number, ctx: InlineContext, letterhead: Line[] = []): Opener {
  const region: PartLine[] = []
  let j = k
  while (openerUnit(units[j]) && region.length + units[j].lines.length <= 10) {
    for (const line of units[j].lines) region.push({ line, unit: j })
    j++
  }
  const s = salutationAt(region)
  const top = letterhead.length ? aboveLetter(letterhead, ctx) : []
  if (s < 0) {
    const remarked = salutedAfterRemark(units, k, j, ctx)
    if (remarked) return { ...remarked, nodes: [...top, ...remarked.nodes] }
  }
  const head = s >= 0 ? region.slice(0, s) : datelineRegion(units, k)
  if (s < 0 && !head.length) return { nodes: top, next: k, rest: [] }
  const nodes: TeiNode[] = [...top]
  nodes.push(...headNodes(head, ctx))
  if (s < 0) return { nodes, next: head[head.length - 1].unit + 1, rest: [] }
  nodes.push(el('salute', {}, parseInline(lineText(region[s].line), ctx)))
  const unit = region[s].unit
  return { nodes, next: unit + 1, rest: region.slice(s + 1).filter((p) => p.unit === unit).map((p) => p.line) }
}

/**
 * A salutation just after a short paragraph that stands between it and the letter's head: an
 * editor's or archivist's remark ("[Envoyée à Dijon]" / "Copie. Archives de la ville, 1240." /
 * "Mes frères,"). The opener holds it all as it stands, the remark as its text, in order.
 */
function salutedAfterRemark(units: Unit[], k: number, j: number, ctx: InlineContext): Opener | undefined {
  const remark = units[j], salute = units[j + 1]
  // (the salutation a line of its own, or the first of its group)
  const alone = salute && (openerUnit(salute) || (salute.kind === 'para' && salute.lines.length === 1))
  if (j - k > 2 || !remark || remark.kind !== 'para' || remark.text.value.length > 300 || !alone || !isSalutation(salute.lines[0].text)) return undefined
  if (isDatelineLines(salute.lines.slice(0, 1).map((l) => l.text))) return undefined
  const before = units.slice(k, j).flatMap((u) => u.lines)
  const nodes: TeiNode[] = [...linesNodes(before, ctx), ...(before.length ? [el('lb')] : []), ...parseInline(trimText(remark.text), ctx), el('lb'),
    el('salute', {}, parseInline(lineText(salute.lines[0]), ctx))]
  return { nodes, next: j + 2, rest: salute.lines.slice(1) }
}

/** The salutation among the opener's lines: by its words, or a short address ending the region. */
function salutationAt(region: PartLine[]): number {
  for (let i = region.length - 1; i >= 0; i--) if (isSalutationByWords(region[i].line.text)) return i
  const last = region.length - 1
  return last >= 0 && isSalutation(region[last].line.text) && !isDateLine(region[last].line.text) ? last : -1
}

/** Without a salutation: the leading units that are a dateline (and any letterhead unit before it). */
function datelineRegion(units: Unit[], k: number): PartLine[] {
  const out: PartLine[] = []
  for (let j = k; openerUnit(units[j]) && j < k + 2; j++) {
    const texts = units[j].lines.map((l) => l.text)
    out.push(...units[j].lines.map((line) => ({ line, unit: j })))
    if (isDatelineLines(texts)) return out
  }
  return []
}

/** The lines before the salutation: letterhead, dateline, inside address, in that order. */
function headNodes(head: PartLine[], ctx: InlineContext): TeiNode[] {
  const d = head.findIndex((p) => isDateLine(p.line.text))
  if (d < 0) return head.length ? (isAddressLine(head[0].line.text) ? [address(head, ctx)] : aboveSalutation(head.map((p) => p.line), ctx)) : []
  // the place lines above the date in its unit belong to the dateline; lines in units above are the letterhead
  let start = d
  while (start > 0 && head[start - 1].unit === head[d].unit && isPlaceLine(head[start - 1].line.text)) start--
  let end = d + 1
  while (end < head.length && head[end].unit === head[d].unit && datelineGoesOn(head, end) && end - start < 3) end++
  const nodes: TeiNode[] = []
  if (start > 0) nodes.push(...fw(head.slice(0, start).map((p) => p.line), ctx))
  nodes.push(el('dateline', {}, linesNodes(head.slice(start, end).map((p) => p.line), ctx)))
  if (end < head.length) nodes.push(insideAddress(head.slice(end), ctx))
  return nodes
}

/** Is line i still the dateline's: a date line, or a two-digit year after one ("3 Novem" / "38.")? */
function datelineGoesOn(head: PartLine[], i: number): boolean {
  const t = head[i].line.text
  return isDateLine(t) || (isShortYearLine(t) && isDateLine(head[i - 1].line.text))
}

/** Between the dateline and the salutation: the addressee's name and address, or a subject line (a <title>). */
function insideAddress(lines: PartLine[], ctx: InlineContext): TeiNode {
  const t = lines[0].line.text.trim()
  // (one line, neither to whom nor with a number — a subject, in capitals or not)
  if (lines.length === 1 && !(isAddressLine(t) && (/\d/.test(t) || !isCapitals(t)))) return el('title', {}, parseInline(lineText(lines[0].line), ctx))
  return address(lines, ctx)
}

/** The lines above the letter: to whom it went ("À Pierre Marthin", "To Mrs. Hale": the address), or else the printed letterhead. */
function aboveLetter(lines: Line[], ctx: InlineContext): TeiNode[] {
  const toWhom = /^(?:to|à|a|an|au|aux)\s+\S/iu.test(lines[0].text.trim()) && !isCapitals(lines[0].text)
  return toWhom ? [address(lines.map((line) => ({ line, unit: -1 })), ctx)] : fw(lines, ctx)
}

/** Lines above the salutation, no date among them: a printed letterhead when in capitals, else the opener's text as it stands ("[Sent to Bristol]"). */
function aboveSalutation(lines: Line[], ctx: InlineContext): TeiNode[] {
  if (lines.every((l) => isCapitals(l.text))) return fw(lines, ctx)
  const nodes = linesNodes(lines, ctx)
  return notesAlone(nodes) ?? [...nodes, el('lb')]
}

/** Printed lines above the letter; a note's marker alone there anchors the note at the letter's start. */
function fw(lines: Line[], ctx: InlineContext): TeiNode[] {
  const nodes = linesNodes(lines, ctx)
  return notesAlone(nodes) ?? [el('fw', { type: 'letterhead' }, nodes)]
}

function address(lines: PartLine[], ctx: InlineContext): TeiNode {
  return el('address', {}, lines.map((p) => el('addrLine', {}, parseInline(lineText(p.line), ctx))))
}
