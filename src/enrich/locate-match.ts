/**
 * The source line and column of a character in a text node: exact when the node carries its
 * origin (imported text), else the start of the enclosing element (parsed TEI keeps element
 * positions only), else 1:1.
 */
import type { SourceFile } from '../core/source-file.js'
import type { TeiElement, TeiText } from '../core/tree.js'
import { sourcePointAt } from '../core/text-origin.js'

export function locateMatch(node: TeiText, parent: TeiElement, index: number, source: SourceFile): { line: number; column: number } {
  const p = sourcePointAt(node, index, source) ?? parent.position?.start
  return p ? { line: p.line, column: p.column } : { line: 1, column: 1 }
}
