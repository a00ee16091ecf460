/**
 * The draft document the import passes work on, one after another (passes.ts lists them): the
 * source's lines and blocks, then the body's units, then the TEI nodes; and all along the record
 * of what was removed from the reading text, the hyphens resolved, the normalisations applied
 * (for the header) and the diagnostics.
 */
import type { SourceFile } from '../core/source-file.js'
import type { SourceKind } from '../core/edition.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { RemovedText } from '../core/document.js'
import type { TeiElement, TeiNode, TeiText } from '../core/tree.js'
import { sourcePointAt } from '../core/text-origin.js'
import type { Line } from './lines.js'
import type { Block } from './clean/layout.js'
import type { Furniture } from './clean/page-furniture.js'
import type { NoteBody } from './clean/footnotes.js'
import type { TitleLine } from './structure/title-block.js'
import type { InlineContext, NoteContent } from './structure/inline.js'
import { documentVocabulary, joinLines } from './clean/join-lines.js'

export interface ReadOptions {
  kind?: SourceKind
  author?: string
  pageOrder?: string[]
  /** Offsets of the form feeds (page ends) of the source. */
  formFeeds?: number[]
  /** The source's language as declared (BCP 47): no detection then. */
  language?: string
  /** The edition's language: stands unless the text clearly reads as another. */
  defaultLanguage?: string
  /** The source is HTML (its tags are markup) or plain text (a tag is text); undefined: decided from the text. */
  markup?: 'html' | 'text'
}

/** A block of the body, with its index among the source's blocks. */
export interface BodyBlock { block: Block; index: number }

/** A paragraph candidate of the body: made from a block's lines, judged by the later passes. */
export interface Unit {
  kind: 'para' | 'head' | 'lines' | 'note-continued' | 'quote'
  text: TeiText
  lines: Line[]
  /** A page change before this unit: the new page's number, null when unknown. */
  pbBefore?: string | null
  /** A block quotation: its paragraphs and its source line. */
  quote?: { parts: TeiText[]; attribution?: TeiText; /** a page change before a part (not the first) */ pbs?: (string | null | undefined)[] }
}

export interface ImportDraft {
  source: SourceFile
  options: ReadOptions
  /** The kind was not declared: the passes decide from the text. */
  autoKind: boolean
  /** The text's language (BCP 47): declared, detected, or the edition's. */
  language: string
  lines: Line[]
  blocks: Block[]
  doubleSpaced: boolean
  /** Lone date lines open entries: a journal (declared, or seen in the text). */
  journalLike: boolean
  /** Blocks before this index are the title block. */
  titleEnd: number
  /** Colophon and site lines, for the header. */
  colophon: Line[]
  furniture: Furniture
  notes: NoteBody[]
  noteContent: Map<NoteBody, NoteContent>
  /** Blocks holding note bodies (and their separators). */
  noteBlocks: Set<number>
  /** Blocks that continue a note from an earlier page. */
  continuations: Set<number>
  /** The document's words, to judge line-end hyphens. */
  vocabulary: Set<string>
  inline: InlineContext
  titleLines: TitleLine[]
  body: BodyBlock[]
  /** The source shows its pages (page furniture, form feeds, the editor's page order, PDF layout). */
  paged: boolean
  /** Block indexes where a page begins that no page furniture marks (form feed, wide gap, the editor's page order). */
  pageStarts: Set<number>
  units: Unit[]
  isLetter: boolean
  /** The body's content once a structure pass has built it. */
  content?: { nodes: TeiNode[]; letters: number }
  front?: TeiElement
  orphans: TeiElement[]
  text?: TeiElement
  removed: RemovedText[]
  hyphenJoins: { offset: number; kept: boolean }[]
  normalisations: Set<string>
  diagnostics: Diagnostic[]
}

export function createDraft(source: SourceFile, options: ReadOptions): ImportDraft {
  const diagnostics: Diagnostic[] = []
  const removed: RemovedText[] = []
  const language = options.language ?? options.defaultLanguage ?? 'en'
  const inline: InlineContext = {
    notes: new Map(), removed, diagnostics, language,
    report: (code, severity, message, node, index) => {
      const p = sourcePointAt(node, index, source)
      diagnostics.push({ code, severity, stage: 'import', file: source.path, line: p?.line ?? 1, column: p?.column ?? 1, message })
    },
  }
  return {
    source, options, autoKind: options.kind === undefined || options.kind === 'auto', language,
    lines: [], blocks: [], doubleSpaced: false, journalLike: false, titleEnd: 0, colophon: [],
    furniture: { removed: new Set(), pageBreakAfter: new Map(), citations: [] },
    notes: [], noteContent: new Map(), noteBlocks: new Set(), continuations: new Set(),
    vocabulary: documentVocabulary(source.text), inline, titleLines: [], body: [], paged: false, pageStarts: new Set(),
    units: [], isLetter: false, orphans: [],
    removed, hyphenJoins: [], normalisations: new Set(), diagnostics,
  }
}

/** A located message about the source, at `offset`. */
export function report(draft: ImportDraft, code: string, severity: Diagnostic['severity'], message: string, offset: number): void {
  const p = draft.source.locate(offset)
  draft.diagnostics.push({ code, severity, stage: 'import', file: draft.source.path, line: p.line, column: p.column, message })
}

/** Lines joined into one text (hyphens resolved and reported); `pageBreaks`: line indexes a page changed before. */
export function joinText(draft: ImportDraft, lines: Line[], pageBreaks: readonly number[] = []): TeiText {
  const { text, joins } = joinLines(lines, draft.vocabulary, pageBreaks, draft.language)
  for (const j of joins) {
    draft.hyphenJoins.push({ offset: j.hyphenOffset, kept: j.kind === 'hyphen-kept' })
    draft.normalisations.add('dehyphenation')
    const message = j.kind === 'hyphen-joined'
      ? `joined the word broken at a line end: "${j.word}"`
      : `kept the hyphen of "${j.word}" at a line end (a compound in this text)`
    report(draft, j.kind, 'info', message, j.offset)
  }
  return text
}

/** The language of the text (BCP 47). */
export const languageOf = (draft: ImportDraft): string => draft.language

/** One step of the import: reads and changes the draft. */
export interface ImportPass {
  /** The module's path under src/import, without extension ("clean/layout"). */
  name: string
  run(draft: ImportDraft): void
}
