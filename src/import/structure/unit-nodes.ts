/**
 * A unit → TEI nodes: a paragraph (with any garbled sentence marked), a heading, a block quotation
 * (with its source as <cit>), a note continued from an earlier page (added to that note), each
 * after the <pb/> of a page change before it.
 */
import type { TeiElement, TeiNode, TeiText } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { sliceText, sourceText } from '../../core/text-origin.js'
import type { Unit } from '../draft.js'
import type { Line } from '../lines.js'
import { PAGE_BREAK_MARKS, parseInline, type InlineContext } from './inline.js'
import { cutsMarkup, findGarbled } from './garbled.js'

/** The unit's text, trimmed, as phrase-level nodes. */
export function inline(u: Unit, ctx: InlineContext): TeiNode[] {
  return parseInline(trimText(u.text), ctx)
}

/** The text without leading and trailing white space, its origin kept exact. */
export function trimText(t: TeiText): TeiText {
  const lead = t.value.length - t.value.trimStart().length
  const end = t.value.trimEnd().length
  if (lead === 0 && end === t.value.length) return t
  return {
    ...t, value: t.value.slice(lead, end),
    origin: t.origin?.map((s) => ({ ...s, index: s.index - lead })).filter((s) => s.index >= 0 && s.index < end - lead).map((s) => ({ ...s, length: Math.min(s.length, end - lead - s.index) })),
  }
}

export function paragraph(u: Unit, ctx: InlineContext): TeiNode[] {
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
  if (u.kind === 'quote' && u.quote) out.push(quotation(u, ctx))
  else if (u.kind === 'head') out.push(el('head', {}, parseInline(trimText(withoutHeadingMark(u.text)), ctx)))
  else {
    const nodes = proseInline(u, ctx)
    // a marker alone anchors its note here: the note, not a paragraph holding nothing else
    out.push(...(notesAlone(nodes) ?? [el('p', {}, nodes)]))
  }
  return out
}

/** A markdown heading's "##" blanked out (same length, so origins stay exact). */
function withoutHeadingMark(t: TeiText): TeiText {
  return { ...t, value: t.value.replace(/^(\s*)(#{1,6})(\s)/, (_, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b) }
}

function quotation(u: Unit, ctx: InlineContext): TeiElement {
  const { parts, pbs, attribution } = u.quote!
  const quote = el('quote', {}, parts.flatMap((p, i) => {
    const pb = pbs?.[i]
    return [...(pb !== undefined ? [el('pb', { n: pb ?? undefined })] : []), el('p', {}, proseInline({ ...u, kind: 'para', text: p }, ctx))]
  }))
  return attribution ? el('cit', {}, [quote, el('bibl', {}, parseInline(trimText(attribution), ctx))]) : quote
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
    const evidence = s.evidence.map((e) => `"${e}"`).join(', ')
    ctx.report('garbled-passage', 'warning', `the word order of "${excerpt(passage.value)}" does not make sense (${evidence}); marked unclear, words unchanged`, text, s.start)
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

/** A heading among the nodes opens a section (a div) that runs to the next heading. */
export function nestHeads(nodes: TeiNode[]): TeiNode[] {
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

/** A line's text without its leading and trailing white space, its origin exact. */
export function lineText(l: Line): TeiText {
  return sourceText(l.text.trim(), l.start + (l.text.length - l.text.trimStart().length))
}

/** Lines as the content of one element, an <lb/> between them (a closing formula, a signature, a dateline). */
/** Nodes that are notes and white space only (a note's marker standing alone), as the notes; else undefined. */
export function notesAlone(nodes: TeiNode[]): TeiNode[] | undefined {
  const notes = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()))
  return notes.length && notes.every((n) => n.type === 'element' && n.name === 'note') ? notes : undefined
}

export function linesNodes(lines: Line[], ctx: InlineContext): TeiNode[] {
  return lines.flatMap((l, i) => [...(i ? [el('lb')] : []), ...parseInline(lineText(l), ctx)])
}
