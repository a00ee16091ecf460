/**
 * XML text → TEI tree with positions (line/column in that XML file).
 *
 * A DOCTYPE is read and applied as XML 1.0 asks (internal entities expanded within a fixed
 * budget, attribute defaults added); an external DTD or entity is never fetched (prepare.ts).
 * The document is then read by saxes (read-tree.ts). Ill-formed XML is a LectioError located at
 * the fault; an external DTD gives a note (`notes`).
 */
import { createSourceFile, type SourceFile } from '../source-file.js'
import type { Diagnostic } from '../diagnostic.js'
import type { TeiRoot } from '../tree.js'
import { locatedFail, prepareXml, type XmlStage } from './prepare.js'
import { readTree } from './read-tree.js'

export interface ParsedXml {
  tree: TeiRoot
  source: SourceFile
  /**
   * The document as a processor without DTD support must be given it (XSLT, RelaxNG): the text
   * itself, or, when it has a DOCTYPE, with the DOCTYPE blanked and its entities expanded.
   */
  text: string
  notes: Diagnostic[]
}

export function parseXml(text: string, path: string, stage: XmlStage = 'validate'): ParsedXml {
  const source = createSourceFile(path, text)
  const prepared = prepareXml(source, stage)
  const tree = readTree(prepared, source, locatedFail(source, stage))
  return { tree, source, text: prepared.text, notes: prepared.notes }
}
