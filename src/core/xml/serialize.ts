/**
 * TEI tree → XML text, through xmlbuilder2. Deterministic: attributes in insertion order, fixed
 * indentation. Only elements whose TEI content model is element-only are indented; mixed content
 * (`<p>`, `<head>`, `<note>` …) is written exactly as it is, because whitespace there is text.
 */
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { TeiElement, TeiNode, TeiRoot } from '../tree.js'
import { TEI_NS } from '../tei.js'

/** TEI elements whose content model allows no text, so indenting their children is safe. */
const ELEMENT_ONLY = new Set([
  'TEI', 'teiCorpus', 'teiHeader', 'fileDesc', 'titleStmt', 'editionStmt', 'publicationStmt', 'seriesStmt',
  'sourceDesc', 'encodingDesc', 'profileDesc', 'revisionDesc', 'listChange', 'appInfo', 'projectDesc',
  'editorialDecl', 'correspDesc', 'langUsage', 'textClass', 'availability', 'respStmt',
  'text', 'front', 'body', 'back', 'div', 'group', 'listBibl', 'biblStruct', 'monogr', 'analytic', 'imprint',
  'standOff', 'listPerson', 'listPlace', 'listOrg', 'person', 'place', 'org', 'listWit', 'listRelation',
  'titlePage', 'docTitle', 'opener', 'closer', 'postscript', 'lg', 'list', 'table', 'row', 'floatingText',
  'listApp', 'notesStmt', 'classDecl', 'taxonomy', 'category', 'tagsDecl', 'namespace', 'normalization',
  'correction', 'hyphenation', 'segmentation', 'quotation', 'interpretation', 'punctuation', 'cit',
])

/** Elements that are element-only only when they hold no text (opener/closer may hold text). */
function indentable(el: TeiElement): boolean {
  if (!ELEMENT_ONLY.has(el.name)) return false
  return el.children.every((c) => c.type !== 'text' || c.value.trim() === '') &&
    el.children.some((c) => c.type !== 'text')
}

export interface SerializeOptions { /** Spaces per level; 0 writes everything on one line. */ indent?: number }

export function serializeTei(tree: TeiRoot, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 2
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const rootEl = tree.children.find((c): c is TeiElement => c.type === 'element')
  if (!rootEl) throw new Error('cannot serialize a TEI tree without a root element')
  for (const c of tree.children) {
    if (c.type === 'comment') doc.com(c.value)
    else if (c === rootEl) {
      const ns = rootEl.attributes.xmlns ?? TEI_NS
      const b = doc.ele(ns, rootEl.name)
      writeChildren(b, rootEl, indent, 1)
      setAttributes(b, rootEl)
    }
  }
  return doc.end({ headless: false }).replace('?><', '?>\n<') + '\n'
}

// xmlbuilder2 writes "&name;" through as an entity reference (and so would make ill-formed XML of
// text that merely looks like one); it leaves "&amp;" as it is. So every "&" is escaped here.
const escapeAmpersands = (s: string) => s.replace(/&/g, '&amp;')
// A parser turns a literal carriage return into a line feed, and a literal tab or line end in an
// attribute value into a space (XML 1.0 §2.11, §3.3.3): they are written as character references.
const escapeText = (s: string) => escapeAmpersands(s).replace(/\r/g, '&#13;')
const escapeAttribute = (s: string) => escapeAmpersands(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')

function setAttributes(b: XMLBuilder, el: TeiElement): void {
  for (const [k, v] of Object.entries(el.attributes)) {
    if (k === 'xmlns') continue
    b.att(k, escapeAttribute(v))
  }
}

function writeChildren(b: XMLBuilder, el: TeiElement, indent: number, depth: number): void {
  const pretty = indent > 0 && indentable(el)
  const pad = pretty ? '\n' + ' '.repeat(indent * depth) : ''
  for (const c of el.children) {
    if (pretty && c.type === 'text') continue // whitespace-only, replaced by our own indentation
    if (pretty) b.txt(pad)
    writeNode(b, c, indent, depth)
  }
  if (pretty) b.txt('\n' + ' '.repeat(indent * (depth - 1)))
}

function writeNode(b: XMLBuilder, n: TeiNode, indent: number, depth: number): void {
  if (n.type === 'text') {
    if (n.value) b.txt(escapeText(n.value))
  } else if (n.type === 'comment') b.com(n.value)
  else {
    const child = b.ele(n.name)
    setAttributes(child, n)
    writeChildren(child, n, indent, depth + 1)
  }
}
