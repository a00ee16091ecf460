/**
 * Page starts that no running head or page number marks. The source shows its pages — page
 * furniture, form feeds (where pdftotext ends a page), the editor's page order, a PDF layout's
 * page changes — and then a page also starts
 * - after a form feed (at a block, or inside one: the page changes in its paragraph);
 * - at a gap of blank lines two or more wider than the text's usual gap between paragraphs
 *   (a page left short, or a page whose lines went to the header);
 * - at the beginning of the text (the first page), and where a paragraph was cut in the middle
 *   of a sentence (clean/sentence-cut.ts joins it across the page change).
 * The <pb/> is made where the units are built (structure/units.ts, structure/front.ts).
 */
import type { ImportDraft, ImportPass } from '../draft.js'
import type { Block } from './layout.js'

export const pageStarts: ImportPass = {
  name: 'clean/page-starts',
  run(draft) {
    const formFeeds = draft.options.formFeeds ?? []
    for (const offset of formFeeds) markFormFeed(draft, offset)
    draft.paged = formFeeds.length > 0 || draft.furniture.pageBreakAfter.size > 0 || !!draft.options.pageOrder?.length ||
      draft.blocks.some((b) => b.pageBreaksBefore.length > 0)
    if (!draft.paged || draft.doubleSpaced) return
    const wide = wideGap(draft.blocks)
    draft.blocks.forEach((b, i) => { if (b.gapBefore >= wide) draft.pageStarts.add(i) })
  },
}

/** The page that begins after a form feed starts at the next text line: at its block, or inside it. */
function markFormFeed(draft: ImportDraft, offset: number): void {
  for (const [i, b] of draft.blocks.entries()) {
    const k = b.lines.findIndex((l) => l.start + l.text.length > offset && l.text.slice(Math.max(0, offset - l.start)).trim() !== '')
    if (k < 0) continue
    if (k === 0) draft.pageStarts.add(i)
    else if (!b.pageBreaksBefore.includes(b.lines[k].index)) b.pageBreaksBefore.push(b.lines[k].index)
    return
  }
}

/** A gap two blank lines wider than the commonest gap between blocks, when such gaps are rare. */
function wideGap(blocks: Block[]): number {
  const counts = new Map<number, number>()
  for (const b of blocks.slice(1)) counts.set(b.gapBefore, (counts.get(b.gapBefore) ?? 0) + 1)
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1
  const wide = usual + 2
  const rare = blocks.filter((b) => b.gapBefore >= wide).length <= Math.max(1, blocks.length / 3)
  return rare ? wide : Infinity
}
