/** Runs the import passes up to and including one, so a test can look at what that pass made. */
import { createSourceFile } from '../../../src/core/source-file.js'
import { IMPORT_PASSES, runPasses } from '../../../src/import/passes.js'
import type { ImportDraft, ReadOptions } from '../../../src/import/draft.js'
import type { TeiNode } from '../../../src/core/tree.js'

export function draftAfter(name: string, lines: string[], options: ReadOptions = {}): ImportDraft {
  const at = IMPORT_PASSES.findIndex((p) => p.name === name)
  if (at < 0) throw new Error(`no import pass "${name}"`)
  return runPasses(createSourceFile('t.txt', lines.join('\n') + '\n'), { language: 'en', ...options }, IMPORT_PASSES.slice(0, at + 1))
}

/** The units' kinds and texts, one line each: "para: The text". */
export const unitsOf = (d: ImportDraft): string[] => d.units.map((u) => `${u.kind}: ${u.text.value.trim()}`)

/** The first line of each block. */
export const blockStarts = (d: ImportDraft): string[] => d.blocks.map((b) => b.lines[0].text.trim())

/** Nodes as compact XML, no indentation (for the structure passes' content). */
export function xmlOf(nodes: TeiNode[]): string {
  return nodes.map((n) => {
    if (n.type === 'text') return n.value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    if (n.type !== 'element') return ''
    const attrs = Object.entries(n.attributes).map(([k, v]) => ` ${k}="${v}"`).join('')
    return n.children.length ? `<${n.name}${attrs}>${xmlOf(n.children)}</${n.name}>` : `<${n.name}${attrs}/>`
  }).join('')
}
