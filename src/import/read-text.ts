/**
 * Plain text → the <text> of a TEI document and what the header needs to know of it: the passes
 * of passes.ts over one draft, and their results.
 */
import type { SourceFile } from '../core/source-file.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { RemovedText } from '../core/document.js'
import type { TeiElement } from '../core/tree.js'
import type { ReadOptions } from './draft.js'
import { runPasses } from './passes.js'
import { authorOf, dateOf, titleOf } from './structure/title-block.js'

export interface ReadTextResult {
  text: TeiElement
  title?: string
  author?: string
  date?: string
  colophon: string[]
  citations: string[]
  letters: number
  isLetter: boolean
  /** The text's language (BCP 47): declared, detected, or the edition's. */
  language: string
  normalisations: Set<string>
  removed: RemovedText[]
  hyphenJoins: { offset: number; kept: boolean }[]
  diagnostics: Diagnostic[]
}

export function readText(source: SourceFile, options: ReadOptions): ReadTextResult {
  const draft = runPasses(source, options)
  return {
    text: draft.text!,
    title: titleOf(draft.titleLines),
    author: authorOf(draft.titleLines),
    date: dateOf(draft.titleLines),
    colophon: draft.colophon.map((l) => l.text.trim()).filter(Boolean),
    citations: draft.furniture.citations,
    letters: draft.content?.letters ?? 0,
    isLetter: draft.isLetter,
    language: draft.language,
    normalisations: draft.normalisations,
    removed: draft.removed,
    hyphenJoins: draft.hyphenJoins,
    diagnostics: draft.diagnostics,
  }
}
