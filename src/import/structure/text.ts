/**
 * The <text>: front (title page), body, back (notes without a marker); and, for the header's
 * editorial declaration, what the inline parser encoded in the body.
 */
import type { TeiNode } from '../../core/tree.js'
import { findAll } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { ImportPass } from '../draft.js'

export const text: ImportPass = {
  name: 'structure/text',
  run(draft) {
    const nodes = draft.content?.nodes ?? []
    const body = el('body', {}, nodes)
    const found = (name: string) => findAll(body, name).length > 0
    const unclear = findAll(body, 'unclear')
    if (unclear.some((u) => u.attributes.reason === 'garbled')) draft.normalisations.add('garbled-marked')
    if (['supplied', 'sic', 'gap'].some(found) || unclear.some((u) => !u.attributes.reason)) draft.normalisations.add('editorial-signs')
    if (['hi', 'ref'].some(found)) draft.normalisations.add('inline-formatting')
    const children: TeiNode[] = []
    if (draft.front) children.push(draft.front)
    children.push(body)
    if (draft.orphans.length) children.push(el('back', {}, [el('div', { type: 'notes' }, draft.orphans)]))
    draft.text = el('text', {}, children)
  },
}
