/**
 * Makes a document's text ready for an XML parser that knows no DTDs (saxes, in core and in the
 * validator): a DOCTYPE is read and checked, its internal entities expanded and its attribute
 * defaults applied (expand-entities.ts); an external DTD is never fetched, only noted. Without a
 * DOCTYPE the text is passed through unchanged.
 */
import type { Diagnostic, Stage } from '../diagnostic.js'
import type { SourceFile } from '../source-file.js'
import { LectioError } from '../errors.js'
import type { XmlFail } from './dtd-cursor.js'
import { findDoctype, readDoctype, type Doctype } from './doctype.js'
import { expandEntities } from './expand-entities.js'

export interface PreparedXml {
  /** What the parser reads: the text itself, or with the DOCTYPE blanked and entities expanded. */
  text: string
  /** The offset in the original text that an offset of `text` stands for. */
  toOriginal(offset: number): number
  doctype?: Doctype
  /** Notes for the editor (an external DTD that was not read). */
  notes: Diagnostic[]
}

export type XmlStage = Extract<Stage, 'validate' | 'render' | 'deposit' | 'import' | 'config'>

/** A `fail` that throws a LectioError located in `source`. */
export function locatedFail(source: SourceFile, stage: XmlStage): XmlFail {
  return (offset, message, code = 'xml-not-well-formed') => {
    const p = source.locate(offset)
    throw new LectioError({ code, severity: 'error', stage, message, file: source.path, line: p.line, column: p.column })
  }
}

export function prepareXml(source: SourceFile, stage: XmlStage): PreparedXml {
  const text = source.text
  const start = findDoctype(text)
  if (start < 0) return { text, toOriginal: (o) => o, notes: [] }
  const doctype = readDoctype(text, start, locatedFail(source, stage))
  const expanded = expandEntities(text, doctype, locatedFail(source, stage))
  const notes: Diagnostic[] = []
  if (doctype.systemId !== undefined || doctype.publicId !== undefined) {
    const p = source.locate(start)
    const named = [doctype.publicId && `PUBLIC "${doctype.publicId}"`, doctype.systemId && `"${doctype.systemId}"`].filter(Boolean).join(' ')
    notes.push({
      code: 'xml-dtd-ignored', severity: 'info', stage, file: source.path, line: p.line, column: p.column,
      message: `the DOCTYPE names the external DTD ${named}; Lectio never fetches it, so nothing it declares applies (the file is checked against TEI P5 instead)`,
    })
  }
  return { text: expanded.text, toOriginal: expanded.toOriginal, doctype, notes }
}
