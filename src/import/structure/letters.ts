/**
 * Letters: one div type="letter" per letter (a dateline before a salutation, a numbered heading,
 * or a salutation after a signature opens the next), each with its opener (dateline, salute),
 * body, closer (closing formula, signature) and postscript. A text is a letter when declared so,
 * or (kind not declared) when a salutation stands among its first units.
 */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { sourceText } from '../../core/text-origin.js'
import type { ImportPass, Unit } from '../draft.js'
import { parseInline, type InlineContext } from './inline.js'
import { isClosing, isDatelineLines, isPostscript, isSalutation, isSignature } from './letter-parts.js'
import { inline, nestHeads, paragraph } from './unit-nodes.js'

export const letters: ImportPass = {
  name: 'structure/letters',
  run(draft) {
    const kind = draft.options.kind
    const declared = kind === 'letter' || kind === 'letters'
    draft.isLetter = declared || (draft.autoKind && draft.units.slice(0, 3).some((u) => isSalutation(u.lines[0].text)))
    if (draft.isLetter) draft.content = buildLetters(draft.units, draft.inline)
  },
}

/** Does unit k open a new letter? */
function opensLetter(units: Unit[], k: number): boolean {
  const u = units[k]
  if (u.kind === 'para') return false
  const next = units[k + 1]
  if (isDatelineLines(u.lines.map((l) => l.text)) && next && (isSalutation(next.lines[0].text))) return true
  // a numbered heading before a dateline or salutation
  if (u.kind === 'head' && next && next.kind !== 'para' && (isSalutation(next.lines[0].text) || isDatelineLines(next.lines.map((l) => l.text)))) return true
  // a salutation right after a signature: the next letter, undated
  const prev = units[k - 1]
  return u.kind === 'lines' && u.lines.length === 1 && isSalutation(u.lines[0].text) && prev?.kind === 'lines' && isSignature(prev.lines[prev.lines.length - 1].text)
}

function buildLetters(units: Unit[], ctx: InlineContext): { nodes: TeiNode[]; letters: number } {
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
  return { nodes: letters.map((ls) => buildLetter(ls, ctx)), letters: letters.length }
}

function buildLetter(units: Unit[], ctx: InlineContext): TeiElement {
  let k = 0
  const pb: TeiNode[] = []
  if (units[k] && units[k].pbBefore !== undefined) pb.push(el('pb', { n: units[k].pbBefore ?? undefined }))
  // a numbered or titled letter: its head comes first
  const head: TeiNode[] = []
  if (units[k] && units[k].kind === 'head') head.push(...paragraph({ ...units[k++], pbBefore: undefined }, ctx))
  const opener: TeiNode[] = []
  if (units[k] && units[k].kind !== 'para' && isDatelineLines(units[k].lines.map((l) => l.text))) opener.push(el('dateline', {}, inline(units[k++], ctx)))
  if (units[k] && units[k].kind !== 'para' && isSalutation(units[k].lines[0].text) && units[k].lines.length === 1) opener.push(el('salute', {}, inline(units[k++], ctx)))
  let end = units.length
  const postscript: TeiNode[] = []
  const psAt = units.findIndex((u, i) => i >= k && isPostscript(u.text.value))
  if (psAt >= 0) {
    for (const u of units.slice(psAt)) postscript.push(...paragraph({ ...u, kind: 'para' }, ctx))
    end = psAt
  }
  const closer = end - 1 >= k ? closerOf(units[end - 1], ctx) : []
  if (closer.length) end--
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

/** The closer's parts from the letter's last unit: a closing formula and a signature (short lines). */
function closerOf(last: Unit | undefined, ctx: InlineContext): TeiNode[] {
  if (!last || last.kind !== 'lines') return []
  const ls = last.lines
  const sig = ls.length >= 1 && isSignature(ls[ls.length - 1].text)
  const closing = ls.length >= 2 ? isClosing(ls[0].text) || ls.length === 2 : isClosing(ls[0].text)
  if (!sig && !closing) return []
  const texts = ls.map((l) => sourceText(l.text.trim(), l.start + (l.text.length - l.text.trimStart().length)))
  return texts.map((t, i) => el(i === texts.length - 1 && isSignature(t.value) ? 'signed' : 'salute', {}, parseInline(t, ctx)))
}
