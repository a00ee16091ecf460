/**
 * The opening lines before the text proper (title, subtitle, author, date), classified by form:
 * a markdown heading or all-capitals line is a title line, a name-like line the author, a line
 * with a date the date; "Name. 1920" is both. They become <front><titlePage> and feed titleStmt.
 */
import type { Line } from '../lines.js'
import { isSignature } from './letter-parts.js'

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
