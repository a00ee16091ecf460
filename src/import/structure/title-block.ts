/**
 * The opening lines before the text proper (title, subtitle, author, date), classified by form:
 * a markdown heading or all-capitals line is a title line, a name-like line the author, a line
 * with a date the date; "Name. 1920" is both. They become <front><titlePage> and feed titleStmt.
 */
import type { Line } from '../lines.js'
import { isSignature } from './letter-parts.js'
import type { ImportPass } from '../draft.js'
import { isMarkersOnlyBlock } from '../clean/footnotes.js'

export type TitleLineKind = 'title' | 'subtitle' | 'author' | 'date' | 'author-date'

const MONTH_YEAR = /^(?:(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)\s*,?\s*(?:\d{1,2},?\s+)?)?(1[0-9]{3}|20[0-9]{2})$/i

export function classifyTitleLine(text: string, index: number, author?: string): TitleLineKind {
  const t = text.trim().replace(/[*†‡]+$/, '').replace(/<sup>[^<]*<\/sup>$/, '').trim()
  if (/^#{1,6}\s/.test(t)) return 'title'
  if (MONTH_YEAR.test(t)) return 'date'
  if (/^.{3,60}[.,]\s*(1[0-9]{3}|20[0-9]{2})$/.test(t) && isSignature(t.replace(/[.,]\s*\d{4}$/, ''))) return 'author-date'
  const letters = t.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 3 && letters === letters.toUpperCase()) return 'title'
  if (author && t.toLowerCase() === author.toLowerCase()) return 'author'
  if (index > 0 && isSignature(t) && t.split(/\s+/).length <= 4 && !/^(the|a|an|on|of|two|three)\b/i.test(t)) return 'author'
  return index === 0 ? 'title' : 'subtitle'
}

export interface TitleLine { line: Line; kind: TitleLineKind }

export function classifyTitleBlock(lines: Line[], author?: string): TitleLine[] {
  return lines.map((line, i) => ({ line, kind: classifyTitleLine(line.text, i, author) }))
}

/** The title block's lines, classified; lines above a markdown title heading go to the header. */
export const titleBlock: ImportPass = {
  name: 'structure/title-block',
  run(draft) {
    // (a note's marker alone anchors its note where the text begins: the body takes it)
    let lines = draft.blocks.slice(0, draft.titleEnd).filter((b) => !isMarkersOnlyBlock(b)).flatMap((b) => b.lines)
    // lines above a markdown title heading are the site's or publisher's, not the text's
    const headingAt = lines.findIndex((l) => /^#{1,6}\s/.test(l.text.trim()))
    if (headingAt > 0) {
      for (const l of lines.slice(0, headingAt)) {
        draft.removed.push({ offset: l.start, text: l.text, reason: 'site or publisher line (moved to the header)' })
        draft.colophon.push(l)
      }
      lines = lines.slice(headingAt)
    }
    draft.titleLines = classifyTitleBlock(lines, draft.options.author)
  },
}

/** "Main title: Subtitle", as a citation writes it. */
export function titleOf(titleLines: TitleLine[]): string | undefined {
  const text = titleLines.filter((t) => t.kind === 'title' || t.kind === 'subtitle')
    .reduce((acc, t) => {
      const part = cleanTitle(t.line.text)
      if (!acc || !part) return acc || part
      return t.kind === 'subtitle' && !/[.:;?!]$/.test(acc) ? `${acc}: ${part}` : `${acc} ${part}`
    }, '').trim()
  return text || undefined
}

/** The author's name, without a byline's "by" (von, par, di, door) or a trailing year. */
export function authorOf(titleLines: TitleLine[]): string | undefined {
  const line = titleLines.find((t) => t.kind === 'author' || t.kind === 'author-date')
  if (!line) return undefined
  return line.line.text.trim().replace(/[.,]\s*\d{4}$/, '').replace(/^(by|von|par|di|door)\s+/i, '').replace(/^\*+|\*+$/g, '') || undefined
}

/** The year of the title block's date line. */
export function dateOf(titleLines: TitleLine[]): string | undefined {
  const line = titleLines.find((t) => t.kind === 'date' || t.kind === 'author-date')
  return line ? /(1[0-9]{3}|20[0-9]{2})/.exec(line.line.text)?.[1] : undefined
}

function cleanTitle(s: string): string {
  return s.trim().replace(/^#+\s*/, '').replace(/<sup>[^<]*<\/sup>/g, '').replace(/[*†‡]+$/, '').replace(/\*\*?/g, '').trim()
}
