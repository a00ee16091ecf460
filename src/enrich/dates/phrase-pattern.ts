/**
 * A date pattern: a regex over a run of text and what its match says. Patterns are grouped by kind
 * (calendar-patterns.ts, year-patterns.ts, relative-patterns.ts); parse-date-phrase.ts runs them all.
 */
import type { DatePhrase } from './date-phrase.js'
import type { DateWordKind, StartKind } from './date-windows.js'

export type Groups = Record<string, string | undefined>

/** What one match says; the span is the match unless the reading narrows it. */
export type PhraseReading = Omit<DatePhrase, 'index' | 'length' | 'text'>

export interface PhrasePattern {
  name: string
  re: RegExp
  /** Only in texts of these languages (the words mean something else elsewhere: German "hier"). */
  languages?: readonly string[]
  /** Only in editorial notes (bare years), only outside them (relative dates), only in a heading, only opening a block. */
  where?: 'notes' | 'text' | 'heading' | 'block-start'
  /** The kinds of word a match always has (date-windows.ts): where one is missing it is not run. */
  needs: readonly DateWordKind[]
  /** The words a match may begin with: it is tried only there (else at every position). */
  startsAt?: readonly StartKind[]
  /** `text` is the whole match. */
  read: (g: Groups, text: string) => PhraseReading | undefined
}

/** Case-insensitive, Unicode, global. */
export const rx = (source: string, flags = 'giu') => new RegExp(source, flags)

/** A number group, or undefined. */
export const num = (s: string | undefined) => (s === undefined ? undefined : Number(s))
