/**
 * The import, pass by pass: plain text → the <text> of a TEI document. Each pass is a module of its
 * own (src/import/<name>.ts) working on the draft (draft.ts); every decision comes from evidence in
 * the text (layout statistics, repetition, the form of lines), and what a pass removes from the
 * reading text is recorded for the fidelity check.
 */
import { createDraft, type ImportDraft, type ImportPass, type ReadOptions } from './draft.js'
import type { SourceFile } from '../core/source-file.js'
import { layout } from './clean/layout.js'
import { htmlEvidence } from './clean/html-evidence.js'
import { journalEvidence } from './structure/journal-evidence.js'
import { colophon } from './structure/colophon.js'
import { pageFurniture } from './clean/page-furniture.js'
import { pageStarts } from './clean/page-starts.js'
import { footnotes } from './clean/footnotes.js'
import { titleBlock } from './structure/title-block.js'
import { body } from './structure/body.js'
import { language } from './structure/language.js'
import { pageOrder } from './clean/page-order.js'
import { units } from './structure/units.js'
import { continuedNotes } from './clean/continued-notes.js'
import { sentenceCut } from './clean/sentence-cut.js'
import { quotationRun } from './structure/quotation-run.js'
import { headings } from './structure/headings.js'
import { letters } from './structure/letters.js'
import { journalEntries } from './structure/journal-entries.js'
import { sections } from './structure/sections.js'
import { front } from './structure/front.js'
import { orphanNotes } from './structure/orphan-notes.js'
import { text } from './structure/text.js'

export const IMPORT_PASSES: readonly ImportPass[] = [
  layout,           // lines → blocks (blank lines, PDF double spacing, first-line indents)
  htmlEvidence,     // HTML (tags are markup) or plain text (a "<p>" is text)?
  journalEvidence,  // lone date lines: a journal?
  colophon,         // "Source: …", "Transcription: …" → the header; where the title block ends
  pageFurniture,    // running heads and feet, page numbers → page changes
  pageStarts,       // pages no furniture marks: form feeds, wide gaps, the first page
  footnotes,        // note bodies, by marker, parsed for their anchors
  titleBlock,       // title, subtitle, author, date lines
  body,             // the blocks left; separators out; a journal entry's date split off
  language,         // the body's language, unless declared: function-word frequencies
  pageOrder,        // the editor's page order, or else a continuity check
  units,            // blocks → paragraphs, line groups, block quotations, continued notes
  continuedNotes,   // a note continued on the next page goes before the cut paragraph
  sentenceCut,      // paragraphs cut by a page change or mid-sentence joined again
  quotationRun,     // paragraphs quoted after "…he wrote:" → a quotation
  headings,         // short lines in capitals or marked "#", section numbers
  letters,          // dateline, salutation, closing, signature, postscript
  journalEntries,   // a div per dated entry
  sections,         // anything else: sections by heading
  front,            // the title page
  orphanNotes,      // notes whose marker was never found: kept at the end
  text,             // front, body, back
]

/** Runs the passes (by default all of them, in order) over a fresh draft of the source. */
export function runPasses(source: SourceFile, options: ReadOptions, passes: readonly ImportPass[] = IMPORT_PASSES): ImportDraft {
  const draft = createDraft(source, options)
  for (const pass of passes) pass.run(draft)
  return draft
}
