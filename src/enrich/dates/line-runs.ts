/**
 * Runs of text as a reader reads them: the text nodes of one element that only line breaks
 * (`<lb/>`) separate, read as one string with each break a newline ("Dresden den 22 Juli⏎1833",
 * "ce 31 d'Octobre⏎1760"), so that a date broken over two lines of a dateline is one date. A
 * phrase found in the run is wrapped over the break: `<date>22 Juli<lb/>1833</date>`.
 */
import type { TeiElement, TeiNode, TeiText } from '../../core/tree.js'
import { sliceText } from '../../core/text-origin.js'
import type { TextVisit } from '../wrap-matches.js'

/** A text node or a line break (one character of the run's text) and where it starts there. */
interface Piece { node: TeiText | TeiElement; at: number; length: number }

export interface LineRun {
  /** The first text node's visit: where the run stands (its parent, ancestors). */
  visit: TextVisit
  text: string
  pieces: Piece[]
  /** Where the run's last node stands among its parent's children (while the runs are made). */
  lastIndex: number
}

export interface RunWrap { index: number; length: number; make: (inner: TeiNode[]) => TeiElement }

/** The text nodes of the visits, grouped into runs; each visit in exactly one run, in order. */
export function lineRuns(visits: readonly TextVisit[]): LineRun[] {
  const runs: LineRun[] = []
  let current: LineRun | undefined
  for (const visit of visits) {
    const gap = current ? breaksBetween(current, visit) : undefined
    if (current && gap) {
      for (const lb of gap) addPiece(current, lb, '\n')
      addPiece(current, visit.node, visit.node.value)
      current.lastIndex += gap.length + 1
      continue
    }
    current = { visit, text: '', pieces: [], lastIndex: visit.parent.children.indexOf(visit.node) }
    addPiece(current, visit.node, visit.node.value)
    runs.push(current)
  }
  return runs
}

function addPiece(run: LineRun, node: TeiText | TeiElement, text: string): void {
  run.pieces.push({ node, at: run.text.length, length: text.length })
  run.text += text
}

/**
 * The line breaks between the run's last node and the visit's, when nothing else stands there
 * (looked for from the run's last node on: a long transcription's thousands of lines stay cheap).
 */
function breaksBetween(run: LineRun, visit: TextVisit): TeiElement[] | undefined {
  if (visit.parent !== run.visit.parent) return undefined
  const children = visit.parent.children
  const breaks: TeiElement[] = []
  for (let i = run.lastIndex + 1; i < children.length; i++) {
    const c = children[i]
    if (c === visit.node) return breaks.length ? breaks : undefined
    if (c.type !== 'element' || c.name !== 'lb') return undefined
    breaks.push(c)
  }
  return undefined
}

/** The text node and offset in it of character `index` of the run (for locating a phrase). */
export function nodeAt(run: LineRun, index: number): { node: TeiText; offset: number } {
  let lo = 0
  let hi = run.pieces.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (run.pieces[mid].at <= index) lo = mid
    else hi = mid - 1
  }
  // on a line break, the text after it (a run begins and ends with text)
  let i = lo
  while (run.pieces[i].node.type !== 'text' && i + 1 < run.pieces.length) i++
  const hit = run.pieces[i] as Piece & { node: TeiText }
  return { node: hit.node, offset: Math.max(0, Math.min(index - hit.at, hit.node.value.length)) }
}

/**
 * Replaces the run's nodes in their parent by the same text with the spans wrapped (sorted, not
 * overlapping), in one pass over the run: text cut at the spans' bounds, line breaks whole.
 */
export function wrapInRun(run: LineRun, wraps: readonly RunWrap[]): void {
  const spans = nonOverlapping(wraps)
  const out: TeiNode[] = []
  let k = 0
  let inner: TeiNode[] | undefined
  const emit = (node: TeiNode) => (inner ? inner.push(node) : out.push(node))
  for (const p of run.pieces) {
    if (!p.length) { emit(p.node); continue }
    for (let at = p.at, end = p.at + p.length; at < end;) {
      if (!inner && k < spans.length && spans[k].index === at) inner = []
      const stop = inner ? spans[k].index + spans[k].length : (spans[k]?.index ?? Infinity)
      const to = Math.min(end, stop)
      emit(p.node.type === 'element' ? p.node : sliceText(p.node, at - p.at, to - p.at))
      at = p.node.type === 'element' ? end : to
      if (inner && at >= spans[k].index + spans[k].length) { out.push(spans[k].make(inner)); inner = undefined; k++ }
    }
  }
  const parent: TeiElement = run.visit.parent
  const first = parent.children.indexOf(run.pieces[0].node)
  parent.children.splice(first, run.pieces.length, ...out)
}

function nonOverlapping(wraps: readonly RunWrap[]): RunWrap[] {
  const out: RunWrap[] = []
  for (const w of [...wraps].sort((a, b) => a.index - b.index)) {
    const last = out[out.length - 1]
    if (w.length > 0 && (!last || w.index >= last.index + last.length)) out.push(w)
  }
  return out
}
