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
      continue
    }
    current = { visit, text: '', pieces: [] }
    addPiece(current, visit.node, visit.node.value)
    runs.push(current)
  }
  return runs
}

function addPiece(run: LineRun, node: TeiText | TeiElement, text: string): void {
  run.pieces.push({ node, at: run.text.length, length: text.length })
  run.text += text
}

/** The line breaks between the run's last node and the visit's, when nothing else stands there. */
function breaksBetween(run: LineRun, visit: TextVisit): TeiElement[] | undefined {
  if (visit.parent !== run.visit.parent) return undefined
  const children = visit.parent.children
  const last = run.pieces[run.pieces.length - 1].node
  const from = children.indexOf(last)
  const to = children.indexOf(visit.node)
  if (from < 0 || to <= from + 1) return undefined
  const between = children.slice(from + 1, to)
  return between.every((c) => c.type === 'element' && c.name === 'lb') ? (between as TeiElement[]) : undefined
}

/** The text node and offset in it of character `index` of the run (for locating a phrase). */
export function nodeAt(run: LineRun, index: number): { node: TeiText; offset: number } {
  const texts = run.pieces.filter((p): p is Piece & { node: TeiText } => p.node.type === 'text')
  const hit = texts.find((p) => index >= p.at && index < p.at + p.length) ?? texts.filter((p) => p.at <= index).pop() ?? texts[0]
  return { node: hit.node, offset: Math.max(0, Math.min(index - hit.at, hit.node.value.length)) }
}

/** Replaces the run's nodes in their parent by the same text with the spans wrapped. */
export function wrapInRun(run: LineRun, wraps: readonly RunWrap[]): void {
  const parent: TeiElement = run.visit.parent
  const sorted = [...wraps].sort((a, b) => a.index - b.index)
  const out: TeiNode[] = []
  let last = 0
  for (const w of sorted) {
    if (w.index < last) continue
    out.push(...slice(run, last, w.index))
    out.push(w.make(slice(run, w.index, w.index + w.length)))
    last = w.index + w.length
  }
  out.push(...slice(run, last, run.text.length))
  const first = parent.children.indexOf(run.pieces[0].node)
  const end = parent.children.indexOf(run.pieces[run.pieces.length - 1].node)
  parent.children.splice(first, end - first + 1, ...out)
}

/** The nodes that hold characters [from, to) of the run: text cut to fit, line breaks whole. */
function slice(run: LineRun, from: number, to: number): TeiNode[] {
  const out: TeiNode[] = []
  for (const p of run.pieces) {
    if (p.node.type === 'element') {
      if (p.at >= from && p.at < to) out.push(p.node)
      continue
    }
    const a = Math.max(from, p.at)
    const b = Math.min(to, p.at + p.length)
    if (a < b) out.push(sliceText(p.node, a - p.at, b - p.at))
  }
  return out
}
