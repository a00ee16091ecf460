/**
 * Pages out of order. Lectio cannot always see where pages begin, so it
 * - warns where continuity breaks: a block that ends mid-sentence followed by one that starts a
 *   new sentence, or a block that starts in lower case after a finished sentence;
 * - applies the editor's page order from edition.json (`pageOrder`: the opening words of each
 *   page, in reading order): the text is cut where each listed page starts and the pieces are put
 *   in the listed order; text before the first listed page stays first.
 */
import type { SourceFile } from '../../core/source-file.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Block } from './layout.js'
import { isClosing, isPostscript, isSalutationByWords, isSignature } from '../structure/letter-parts.js'
import type { BodyBlock, ImportPass } from '../draft.js'

const norm = (s: string) => s.replace(/[*_#`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
const blockText = (b: Block) => b.lines.map((l) => l.text.trim()).join(' ')

export function checkContinuity(body: BodyBlock[], source: SourceFile, diagnostics: Diagnostic[]): void {
  for (let k = 1; k < body.length; k++) {
    const prev = blockText(body[k - 1].block).trim()
    const next = blockText(body[k].block).trim()
    if (prev.length < 60 || next.length < 60) continue // headings, datelines, signatures
    // a letter's closing lines ("Believe me, dear Sir,⏎Yours very sincerely,⏎A. Name") end without a
    // full stop, and a postscript starts anew
    const pl = body[k - 1].block.lines
    // (nor does a salutation that ends a letter's head, "… [Sent to Bristol]⏎Dear Sir,")
    if ((pl.length >= 2 && pl.some((l) => isClosing(l.text)) && isSignature(pl[pl.length - 1].text)) || isPostscript(next)) continue
    if (pl.length >= 2 && isSalutationByWords(pl[pl.length - 1].text)) continue
    const prevOpen = !/[.!?:;"”’)\]…*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]$/.test(prev)
    const nextLower = /^\p{Ll}/u.test(next)
    if ((prevOpen && !nextLower && /^\p{Lu}/u.test(next)) || (!prevOpen && nextLower)) {
      const p = source.locate(body[k].block.lines[0].start)
      diagnostics.push({
        code: 'page-order-suspect', severity: 'warning', stage: 'import', file: source.path, line: p.line, column: p.column,
        message: prevOpen
          ? `the text before ends mid-sentence ("…${prev.slice(-30)}") and this starts a new one: pages may be out of order (set "pageOrder" in edition.json)`
          : `this starts mid-sentence ("${next.slice(0, 30)}…") after a finished sentence: pages may be out of order (set "pageOrder" in edition.json)`,
      })
    }
  }
}

/** Reorders the body; the returned `pageStarts` are the block indexes where a moved page begins. */
export function orderPages(body: BodyBlock[], pageOrder: string[], source: SourceFile, diagnostics: Diagnostic[]): BodyBlock[] & { pageStarts?: Set<number> } {
  const starts: number[] = []
  for (const snippet of pageOrder) {
    const want = norm(snippet)
    const k = body.findIndex((b) => norm(blockText(b.block)).startsWith(want))
    if (k < 0) {
      diagnostics.push({ code: 'page-order-unmatched', severity: 'error', stage: 'import', file: source.path, line: 1, column: 1, message: `no paragraph starts with "${snippet}" (pageOrder in edition.json)` })
      return body
    }
    starts.push(k)
  }
  if (new Set(starts).size !== starts.length) {
    diagnostics.push({ code: 'page-order-unmatched', severity: 'error', stage: 'import', file: source.path, line: 1, column: 1, message: 'two entries of pageOrder in edition.json name the same page' })
    return body
  }
  const cuts = [...starts].sort((a, b) => a - b)
  const pieceAt = (k: number) => {
    const i = cuts.indexOf(k)
    return body.slice(k, i + 1 < cuts.length ? cuts[i + 1] : body.length)
  }
  const out: BodyBlock[] & { pageStarts?: Set<number> } = body.slice(0, cuts[0])
  for (const k of starts) out.push(...pieceAt(k))
  out.pageStarts = new Set(starts.map((k) => body[k].index))
  return out
}

/** The editor's page order applied, or else the breaks in continuity reported. */
export const pageOrder: ImportPass = {
  name: 'clean/page-order',
  run(draft) {
    const order = draft.options.pageOrder
    if (!order?.length) return checkContinuity(draft.body, draft.source, draft.diagnostics)
    const ordered = orderPages(draft.body, order, draft.source, draft.diagnostics)
    if (ordered !== draft.body) draft.normalisations.add('pages-reordered')
    for (const start of ordered.pageStarts ?? []) draft.pageStarts.add(start)
    draft.body = ordered
  },
}
