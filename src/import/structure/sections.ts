/**
 * A text that is neither letters nor a journal: paragraphs and headings in one div (typed by the
 * declared kind, or "text"); a heading opens a section (a nested div) that runs to the next one.
 */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { ImportPass } from '../draft.js'
import { paragraph } from './unit-nodes.js'

export const sections: ImportPass = {
  name: 'structure/sections',
  run(draft) {
    if (draft.content) return
    const kind = draft.options.kind
    const top: TeiNode[] = []
    let section: TeiElement | undefined
    for (const u of draft.units) {
      if (u.kind === 'head') {
        section = el('div', {}, [])
        top.push(section)
      }
      ;(section ? section.children : top).push(...paragraph(u, draft.inline))
    }
    const type = kind && kind !== 'auto' ? kind : 'text'
    draft.content = { nodes: [el('div', { type }, top.length ? top : [el('p', {}, [])])], letters: 0 }
  },
}
