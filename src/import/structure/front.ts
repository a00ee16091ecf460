/** The title block's lines → <front><titlePage>: docTitle with its titleParts, docAuthor, docDate, byline. */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { joinText, type ImportDraft, type ImportPass } from '../draft.js'
import { parseInline } from './inline.js'
import { trimText } from './unit-nodes.js'

export const front: ImportPass = {
  name: 'structure/front',
  run(draft) {
    if (!draft.titleLines.length) return
    const parts: TeiNode[] = []
    let docTitle: TeiElement | undefined
    for (const t of draft.titleLines) {
      const text = trimText(joinText(draft, [t.line]))
      // a markdown heading's "#" blanked out (same length, so origins stay exact)
      const stripped = { ...text, value: text.value.replace(/^(#{1,6})(\s)/, (_, h: string, s: string) => ' '.repeat(h.length) + s) }
      const nodes = parseInline(trimText(stripped), draft.inline)
      if (t.kind === 'title' || t.kind === 'subtitle') {
        if (!docTitle) { docTitle = el('docTitle', {}, []); parts.push(docTitle) }
        docTitle.children.push(el('titlePart', { type: t.kind === 'title' ? 'main' : 'sub' }, nodes))
      } else if (t.kind === 'author') parts.push(el('docAuthor', {}, nodes))
      else parts.push(el(t.kind === 'author-date' ? 'byline' : 'docDate', {}, nodes))
    }
    draft.front = el('front', {}, [...titlePageStarts(draft), el('titlePage', {}, parts)])
  },
}

/** A <pb/> for the first page of a source that shows its pages, and for each page start among the
 * title block's blocks (a wide gap after lines that went to the header). */
function titlePageStarts(draft: ImportDraft): TeiElement[] {
  if (!draft.paged) return []
  const starts = draft.blocks.slice(0, draft.titleEnd).filter((b, i) => draft.pageStarts.has(i) && (i > 0 || b.gapBefore > 0))
  return [el('pb', {}), ...starts.map(() => el('pb', {}))]
}
