/**
 * The teiHeader: what the document is (title, author, editors), who publishes it under which
 * licence, where the text comes from (the edition's description of the source, plus the colophon
 * and citations found in the text), how it was made (each normalisation Lectio applied, the tool
 * and its version), and its language. The enrich stage adds correspDesc to profileDesc.
 */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { EditionConfig } from '../../core/edition.js'
import { toolVersion } from '../../core/package-paths.js'

export interface HeaderInput {
  title: string
  author?: string
  date?: string
  language: string
  bibl?: string
  url?: string
  witness?: string
  colophon: string[]
  citations: string[]
  normalisations: Set<string>
  edition?: EditionConfig
}

const NORMALISATION_TEXT: Record<string, string> = {
  'lines-unwrapped-double-spaced': 'The source had a blank line after every line (PDF extraction); single blank lines were read as line ends and larger gaps as paragraph ends.',
  'lines-unwrapped': 'Hard-wrapped lines were joined into paragraphs; paragraph ends were decided from blank lines, indented first lines and line lengths.',
  dehyphenation: 'Words broken with a hyphen at a line or page end were joined; the hyphen was kept where this text writes the word with one (e.g. compounds) and removed otherwise.',
  'page-furniture-removed': 'Running heads, page numbers and other repeated page furniture were removed from the reading text; page changes are marked with pb.',
  'page-breaks-marked': 'Page changes seen in the extraction are marked with pb (break="no" inside a word).',
  'block-quotations': 'Block quotations (lines marked with ">" or set off by indentation) were encoded as quote, with a following dash-introduced source line as the bibl of a cit.',
  'garbled-marked': 'Passages where the word order no longer makes sense (typically a two-column extraction) were marked as unclear with reason="garbled"; their words were not changed.',
  'editorial-signs': 'Editorial signs of the transcription were encoded: [word] as supplied, [sic] as sic, [...] and [illegible] as gap, [?] as unclear.',
  'inline-formatting': 'Markdown and HTML emphasis and links of the extraction were encoded as hi (with @rend) and ref; character references were decoded.',
  'journal-entries': 'Lines giving only a date (or a weekday and a day number) were read as the heads of journal entries; each entry is a div type="entry", and a month heading opens a div type="month" holding its entries.',
  'paragraphs-rejoined': 'Paragraphs cut in the middle of a sentence by the extraction (no closing punctuation, the next starting in lower case or the sentence left on an article or preposition) were joined.',
  'quotations-set-off': 'Paragraphs after an introduction ending with a colon that show the marks of a quotation (quotation marks, elisions, a first or second person the narrative does not use) were encoded as a block quote.',
  'footnotes-placed': 'Footnotes were moved from the foot of the page or the end of the text to their anchors.',
  'pages-reordered': "Pages were put in the order given by the edition's editor (pageOrder).",
  'colophon-to-header': "The source's colophon (source, transcription, copyright lines) was moved from the text to this header.",
}

export function buildTeiHeader(h: HeaderInput): TeiElement {
  const ed = h.edition
  const titleStmt: TeiNode[] = [el('title', { type: 'main' }, [h.title])]
  if (h.author) titleStmt.push(el('author', {}, [h.author]))
  for (const e of ed?.editors ?? []) titleStmt.push(el('editor', { role: e.role, ref: e.ref }, [e.name]))
  titleStmt.push(el('respStmt', {}, [el('resp', {}, ['Conversion to TEI']), el('name', {}, [`Lectio ${toolVersion()}`])]))

  const availability: TeiNode[] = ed
    ? [el('licence', { target: ed.licence.url }, [ed.licence.name])]
    : [el('p', {}, ['Not yet published; rights as in the source.'])]
  const publicationStmt = el('publicationStmt', {}, [
    el('publisher', {}, [ed?.publisher ?? 'Unpublished (converted with Lectio)']),
    ...(ed?.pubPlace ? [el('pubPlace', {}, [ed.pubPlace])] : []),
    ...(ed ? [el('date', { when: ed.date }, [ed.date])] : []),
    el('availability', {}, availability),
  ])

  const biblChildren: (TeiNode | string)[] = []
  if (h.bibl) biblChildren.push(h.bibl)
  else {
    biblChildren.push(el('title', {}, [h.title]))
    if (h.author) biblChildren.push(' ', el('author', {}, [h.author]))
  }
  if (h.date) biblChildren.push(' ', el('date', { when: /^\d{4}(-\d\d(-\d\d)?)?$/.test(h.date) ? h.date : undefined }, [h.date]))
  if (h.url) biblChildren.push(' ', el('ref', { target: h.url }, [h.url]))
  const sourceDesc: TeiNode[] = [el('bibl', { n: h.witness ? `witness ${h.witness}` : undefined }, biblChildren)]
  if (h.citations.length) sourceDesc.push(el('bibl', { type: 'citation' }, [h.citations.join('; ')]))
  if (h.colophon.length) sourceDesc.push(el('bibl', { type: 'colophon' }, [h.colophon.join(' ')]))

  const editorialDecl = [...h.normalisations].sort().map((n) => el('p', {}, [NORMALISATION_TEXT[n] ?? n]))
  const encodingDesc = el('encodingDesc', {}, [
    el('appInfo', {}, [el('application', { ident: 'lectio', version: toolVersion() }, [el('label', {}, ['Lectio']), el('desc', {}, ['Plain text to TEI P5 converter'])])]),
    el('editorialDecl', {}, editorialDecl.length ? editorialDecl : [el('p', {}, ['The text is reproduced as received; no normalisation was needed.'])]),
  ])
  const profileDesc = el('profileDesc', {}, [el('langUsage', {}, [el('language', { ident: h.language }, [languageName(h.language)])])])
  const revisionDesc = el('revisionDesc', {}, [
    el('change', { when: ed?.date }, [`Converted from plain text to TEI by Lectio ${toolVersion()}.`]),
  ])
  return el('teiHeader', {}, [
    el('fileDesc', {}, [el('titleStmt', {}, titleStmt), publicationStmt, el('sourceDesc', {}, sourceDesc)]),
    encodingDesc, profileDesc, revisionDesc,
  ])
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}
