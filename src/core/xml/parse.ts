/**
 * XML text → TEI tree with positions (line/column in that XML file), with fast-xml-parser.
 * Refuses DTD entity declarations (external entities, expansion bombs) before parsing: Lectio never
 * fetches or expands them. Ill-formed XML is a LectioError located at the fault.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { createSourceFile, type SourceFile } from '../source-file.js'
import { LectioError } from '../errors.js'
import type { TeiElement, TeiNode, TeiRoot } from '../tree.js'

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  ignorePiTags: true,
  captureMetaData: true,
})
const META = XMLParser.getMetaDataSymbol() as unknown as symbol

export interface ParsedXml { tree: TeiRoot; source: SourceFile }

export function parseXml(text: string, path: string, stage: 'validate' | 'render' | 'deposit' | 'import' = 'validate'): ParsedXml {
  const source = createSourceFile(path, text)
  const fail = (offsetOrLine: { offset?: number; line?: number; column?: number }, message: string, code: string): never => {
    const p = offsetOrLine.offset !== undefined ? source.locate(offsetOrLine.offset) : undefined
    throw new LectioError({
      code, severity: 'error', stage, message, file: path,
      line: p?.line ?? offsetOrLine.line ?? 1, column: p?.column ?? offsetOrLine.column ?? 1,
    })
  }
  const doctype = /<!DOCTYPE[\s\S]*?(\[[\s\S]*?\])?\s*>/.exec(text)
  if (doctype && (/<!ENTITY/i.test(doctype[0]) || /\bSYSTEM\b|\bPUBLIC\b/.test(doctype[0]))) {
    fail({ offset: doctype.index }, 'DOCTYPE declaring entities or an external DTD is refused: Lectio never fetches or expands entities; remove the DOCTYPE', 'xml-doctype-refused')
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) {
    const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.exec(text)!
    fail({ offset: m.index }, `character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, 'xml-not-well-formed')
  }
  // only the five predefined entities and character references exist without a DTD
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([^;\s<&]{0,40};?)/.exec(text)
  if (entity) fail({ offset: entity.index }, `undefined entity or stray "&": "&${entity[1]}" (write &amp; for an ampersand)`, 'xml-not-well-formed')
  const check = XMLValidator.validate(text, { allowBooleanAttributes: false })
  if (check !== true) fail({ line: check.err.line, column: check.err.col }, `not well-formed XML: ${check.err.msg}`, 'xml-not-well-formed')
  let raw: unknown[]
  try {
    raw = parser.parse(text) as unknown[]
  } catch (e) {
    return fail({ line: 1 }, `not well-formed XML: ${(e as Error).message}`, 'xml-not-well-formed')
  }
  const tree: TeiRoot = { type: 'root', children: convert(raw, source) }
  if (!tree.children.some((c) => c.type === 'element')) fail({ line: 1 }, 'the file holds no XML element', 'xml-not-well-formed')
  return { tree, source }
}

function convert(items: unknown[], source: SourceFile): TeiNode[] {
  const out: TeiNode[] = []
  for (const item of items as Record<string, unknown>[]) {
    const keys = Object.keys(item).filter((k) => k !== ':@')
    const key = keys[0]
    if (key === undefined) continue
    if (key === '#text') out.push({ type: 'text', value: String(item[key]) })
    else if (key === '#cdata') {
      const inner = item[key] as Record<string, unknown>[]
      out.push({ type: 'text', value: inner.map((t) => String(t['#text'] ?? '')).join('') })
    } else if (key === '#comment') {
      const inner = item[key] as Record<string, unknown>[]
      out.push({ type: 'comment', value: inner.map((t) => String(t['#text'] ?? '')).join('') })
    } else if (key.startsWith('?') || key.startsWith('!')) continue
    else {
      const attrs = (item[':@'] ?? {}) as Record<string, string>
      const meta = (item as Record<symbol, { startIndex: number } | undefined>)[META]
      const el: TeiElement = {
        type: 'element',
        name: key,
        attributes: { ...attrs },
        children: convert(item[key] as unknown[], source),
      }
      if (meta) el.position = { start: source.locate(meta.startIndex) }
      out.push(el)
    }
  }
  // adjacent text nodes (text + CDATA) are merged so that consumers see one run
  const merged: TeiNode[] = []
  for (const n of out) {
    const prev = merged[merged.length - 1]
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value
    else merged.push(n)
  }
  return merged
}
