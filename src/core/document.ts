import type { Diagnostic } from './diagnostic.js'
import type { SourceFile } from './source-file.js'
import type { TeiRoot } from './tree.js'

/**
 * Source text that import deliberately left out of the reading text (page headers and footers,
 * page numbers, metadata lines moved to the header). The fidelity check counts these words as
 * accounted for; every other word of the source must be in the TEI body.
 */
export interface RemovedText { offset: number; text: string; reason: string }

/** One edition document travelling through the pipeline. */
export interface TeiDocument {
  /** Stable id, used for file names (`dist/tei/<id>.xml`) and `xml:id`s: the source file's base name. */
  id: string
  source: SourceFile
  tree: TeiRoot
  removed?: RemovedText[]
  /** Line-end hyphens import resolved: at `offset` in the source, removed or kept. */
  hyphenJoins?: { offset: number; kept: boolean }[]
}

/** What every stage returns: the (new) document and what it has to say. */
export interface StageResult<T = TeiDocument> {
  doc: T
  diagnostics: Diagnostic[]
}
