/**
 * New elements as text to insert into an editor's file, indented like the lines around the
 * place they go, so that the published copy reads as if one hand had written it.
 */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el, root } from '../../core/tei.js'
import { serializeTei } from '../../core/xml/serialize.js'
import type { Insertion } from './insertions.js'
import type { ElementSpan } from './xml-spans.js'

/** The serialised elements, one line per line of their markup, indented from 0 by two spaces a level. */
function fragmentLines(nodes: TeiElement[]): string[] {
  const xml = serializeTei(root(el('TEI', {}, nodes)))
  // the declaration, the wrapper's start and end tags and the final line end go; children sit at 2
  return xml.split('\n').slice(2, -2).map((line) => line.slice(2))
}

/** The serialised elements on one line (for a file whose markup runs on without line breaks). */
function fragmentInline(nodes: TeiElement[]): string {
  const xml = serializeTei(root(el('TEI', {}, nodes)), { indent: 0 })
  return xml.slice(xml.indexOf('>', xml.indexOf('<TEI')) + 1, xml.lastIndexOf('</TEI>'))
}

/** The spaces and tabs before `offset` when only they stand between it and the start of its line. */
export function indentBefore(text: string, offset: number): string | undefined {
  let i = offset
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? text.slice(i, offset) : undefined
}

/** Text with a line break of its own cannot be re-indented line by line without changing it. */
function holdsLineBreaks(nodes: TeiNode[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? /[\r\n]/.test(n.value) : n.type === 'element' && holdsLineBreaks(n.children)))
}

const newlineOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n')

/** Inserts the elements as the last children of `parent` (which has an end tag). */
export function insertAsLastChildren(text: string, parent: ElementSpan, nodes: TeiElement[]): Insertion {
  const closeIndent = indentBefore(text, parent.endTagStart)
  if (closeIndent === undefined || holdsLineBreaks(nodes)) return { offset: parent.endTagStart, text: fragmentInline(nodes) }
  const lines = fragmentLines(nodes)
  const nl = newlineOf(text)
  const firstChild = parent.children.find((c) => c.type === 'element')
  const childIndent = firstChild ? indentBefore(text, firstChild.start) : undefined
  const unit = childIndent !== undefined && childIndent.length > closeIndent.length ? childIndent.slice(closeIndent.length) : '  '
  return { offset: parent.endTagStart, text: `${unit}${lines.join(nl + closeIndent + unit)}${nl}${closeIndent}` }
}

/** Inserts the elements right after `sibling`, on lines of their own at its indentation. */
export function insertAfter(text: string, sibling: ElementSpan, nodes: TeiElement[]): Insertion {
  const indent = indentBefore(text, sibling.start)
  if (indent === undefined || holdsLineBreaks(nodes)) return { offset: sibling.end, text: fragmentInline(nodes) }
  const lines = fragmentLines(nodes)
  const nl = newlineOf(text)
  return { offset: sibling.end, text: `${nl}${indent}${lines.join(nl + indent)}` }
}
