/**
 * Block quotations, from the layout evidence of a block:
 * - every line starts with `>` (markdown and e-mail convention);
 * - every line is indented, in a text whose lines are otherwise flush left (indentation is then
 *   meaningful; in a text that indents every paragraph's first line it is not), and the text is not
 *   double-spaced (where a leading space marks a page change instead).
 * A last line starting with a dash ("— Author, Work") is the quotation's source: `<cit>`.
 */
import type { Line } from '../lines.js'

export interface BlockQuote {
  /** The quotation's lines, with any `>` blanked out (same length, so origins stay exact); an emptied line separates paragraphs. */
  lines: Line[]
  /** The attribution line ("— Tolstoy"), when there is one. */
  attribution?: Line
  /** The `>` marks taken out: offset in the source. */
  marks: number[]
}

const MARKDOWN = /^(\s*)>[ \t]?/
const ATTRIBUTION = /^\s*(?:—|–|--)\s*\S/

/** Indentation of a line: leading spaces, a tab counting as four. */
export function indentOf(text: string): number {
  const m = /^[ \t]*/.exec(text)![0]
  return [...m].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0)
}

/**
 * Is indentation a signal in this text? True when most of the text starts flush left — most lines,
 * or most of the characters (paragraphs kept on one long line each, a quotation wrapped on several
 * short ones) —: then a block whose every line is indented by two or more is set off from the prose.
 */
export function indentationSignals(lines: Line[]): boolean {
  const text = lines.filter((l) => l.text.trim() !== '')
  if (text.length < 4) return false
  const indented = text.filter((l) => indentOf(l.text) >= 2)
  const chars = (ls: Line[]) => ls.reduce((n, l) => n + l.text.trim().length, 0)
  return indented.length <= 0.25 * text.length || chars(indented) <= 0.25 * chars(text)
}

export function blockQuote(lines: Line[], options: { indentationSignals: boolean; doubleSpaced: boolean }): BlockQuote | undefined {
  if (!lines.length) return undefined
  let quoted: Line[]
  const marks: number[] = []
  if (lines.every((l) => MARKDOWN.test(l.text))) {
    quoted = lines.map((l) => {
      const m = MARKDOWN.exec(l.text)!
      marks.push(l.start + m[1].length)
      return { ...l, text: ' '.repeat(m[0].length) + l.text.slice(m[0].length) }
    })
  } else if (options.indentationSignals && !options.doubleSpaced && lines.every((l) => indentOf(l.text) >= 2)) {
    // a lone indented short line (a signature, a dateline pushed right) is no quotation
    if (lines.length === 1 && lines[0].text.trim().split(/\s+/).length < 6) return undefined
    quoted = lines
  } else return undefined
  const nonEmpty = quoted.filter((l) => l.text.trim() !== '')
  if (!nonEmpty.length) return undefined
  const last = nonEmpty[nonEmpty.length - 1]
  if (nonEmpty.length >= 2 && ATTRIBUTION.test(last.text) && last.text.trim().length <= 120) {
    return { lines: quoted.slice(0, quoted.lastIndexOf(last)), attribution: last, marks }
  }
  return { lines: quoted, marks }
}

/** The attribution without its dash: [offset of the text, text]. */
export function attributionText(line: Line): { start: number; text: string } {
  const m = /^\s*(?:—|–|--)\s*/.exec(line.text)!
  return { start: line.start + m[0].length, text: line.text.slice(m[0].length).trimEnd() }
}
