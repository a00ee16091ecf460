/**
 * Running heads and feet, page numbers and repeated blocks (author / title / date lines, journal
 * citations, site addresses) that recur between pages. Evidence: a short line that occurs again
 * elsewhere in the document; a block of such lines marks a page change. Blocks of citation-like
 * lines (URLs, "Vol.", "pp.") next to furniture are furniture too. Their first occurrence inside
 * the opening title block is kept (it is the title); the others are removed from the reading text.
 */
import type { Block } from './layout.js'
import type { ImportPass } from '../draft.js'

export interface Furniture {
  /** Block indexes removed as furniture. */
  removed: Set<number>
  /** Block index after which a page changed, with the page number when one was printed. */
  pageBreakAfter: Map<number, string | undefined>
  /** Furniture lines that carry metadata (citations): kept once in the header. */
  citations: string[]
}

export const normaliseLine = (s: string): string =>
  s.replace(/^#+\s*/, '').replace(/\*\*|__|\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase()

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—])?\s*$/i
/** A running head or foot with its page number on the same line, set apart by a wide gap
 * ("TITLE            2", "2            TITLE"), as PDF extraction keeping the layout writes it. */
const HEAD_WITH_NUMBER = /^\s*(?:(\d{1,4})(?:\s{3,}|\t)\s*(\S.*?)|(\S.*?)(?:\s{3,}|\t)\s*(\d{1,4}))\s*$/
const CITATION = /(https?:\/\/|www\.|\bvol\.|\bno\.\s*\d|\bpp?\.\s*\d|\.(org|com|net)\b)/i

export function findFurniture(blocks: Block[], titleBlockEnd: number): Furniture {
  const counts = new Map<string, number>()
  for (const b of blocks) for (const l of b.lines) {
    const k = normaliseLine(l.text)
    if (k.length >= 3 && k.length <= 90) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const repeated = (text: string) => (counts.get(normaliseLine(text)) ?? 0) >= 2
  const pageNumberOf = pageNumberReader(blocks)
  const isShort = (b: Block) => b.lines.every((l) => l.text.trim().length <= 90)
  const removed = new Set<number>()
  const citations: string[] = []

  blocks.forEach((b, i) => {
    if (i < titleBlockEnd) return
    const repeatedLines = b.lines.filter((l) => repeated(l.text)).length
    let pageNumber = b.lines.length === 1 ? pageNumberOf(b.lines[0].text) : undefined
    // a lone roman numeral after a finished sentence numbers a section or a letter ("II"); as a page
    // number it interrupts the text
    if (pageNumber && /^[ivxlcdm]+$/i.test(pageNumber) && !/page|p\./i.test(b.lines[0].text)) {
      const before = blocks[i - 1]?.lines.at(-1)?.text.trim() ?? ''
      if (!before || /[.!?:;"”’)]$/.test(before) || before.length < 40) pageNumber = undefined
    }
    // a signature or closing formula repeated in a file of letters is text, not furniture:
    // furniture repeats as a block of two or more lines, or as a page number
    if (pageNumber || (isShort(b) && repeatedLines >= 2 && repeatedLines === b.lines.length)) removed.add(i)
  })
  // Furniture is a small part of a page. When "repeated blocks" would make up more than a fifth of
  // the text, the text itself repeats (refrains, a file holding two copies): keep it all, bar the
  // page numbers.
  const totalLines = blocks.reduce((n, b) => n + b.lines.length, 0)
  const removedLines = [...removed].reduce((n, i) => n + blocks[i].lines.length, 0)
  if (removedLines > 0.2 * totalLines) {
    for (const i of [...removed]) if (!(blocks[i].lines.length === 1 && pageNumberOf(blocks[i].lines[0].text))) removed.delete(i)
  }
  // a single repeated line next to a page number is a running head or foot
  blocks.forEach((b, i) => {
    if (i < titleBlockEnd || removed.has(i) || b.lines.length !== 1 || !repeated(b.lines[0].text) || !isShort(b)) return
    // the parts of letters repeat in a file of letters ("Dear Paul,"): they are text
    if (/[,:!]\s*$/.test(b.lines[0].text) && b.lines[0].text.trim().split(/\s+/).length <= 6) return
    const nextToNumber = [i - 1, i + 1].some((j) => removed.has(j) && blocks[j].lines.length === 1 && pageNumberOf(blocks[j].lines[0].text))
    if (nextToNumber) removed.add(i)
  })
  // citation-like blocks right after furniture belong to it
  for (const i of [...removed].sort((a, b) => a - b)) {
    for (let j = i + 1; j < blocks.length && isShort(blocks[j]) && blocks[j].lines.every((l) => CITATION.test(l.text)); j++) {
      removed.add(j)
      citations.push(...blocks[j].lines.map((l) => l.text.trim()))
    }
  }
  return { removed, pageBreakAfter: pageChanges(blocks, removed, pageNumberOf), citations }
}

/**
 * The page number of a line that is a page number, or a running head with its page number (a
 * head that recurs with a different number on each page: the head repeats, the number not).
 */
function pageNumberReader(blocks: Block[]): (text: string) => string | undefined {
  const headCounts = new Map<string, Set<string>>()
  for (const b of blocks) for (const l of b.lines) {
    const m = HEAD_WITH_NUMBER.exec(l.text)
    if (!m) continue
    const k = normaliseLine(m[2] ?? m[3])
    if (!headCounts.has(k)) headCounts.set(k, new Set())
    headCounts.get(k)!.add(m[1] ?? m[4])
  }
  return (text) => {
    const plain = PAGE_NUMBER.exec(text)
    if (plain) return plain[1]
    const m = HEAD_WITH_NUMBER.exec(text)
    if (m && text.trim().length <= 120 && (headCounts.get(normaliseLine(m[2] ?? m[3]))?.size ?? 0) >= 2) return m[1] ?? m[4]
    return undefined
  }
}

/** One page change per run of removed blocks (after the block before it), numbered when a page number was among them. */
function pageChanges(blocks: Block[], removed: Set<number>, pageNumberOf: (text: string) => string | undefined): Map<number, string | undefined> {
  const pageBreakAfter = new Map<number, string | undefined>()
  const sorted = [...removed].sort((a, b) => a - b)
  for (let k = 0; k < sorted.length; k++) {
    if (removed.has(sorted[k] + 1)) continue
    let n: string | undefined
    for (let j = sorted[k]; j >= 0 && removed.has(j); j--) {
      const m = blocks[j].lines.length === 1 ? pageNumberOf(blocks[j].lines[0].text) : undefined
      if (m) n = m
    }
    let first = sorted[k]
    while (removed.has(first - 1)) first--
    if (first > 0) pageBreakAfter.set(first - 1, n)
  }
  return pageBreakAfter
}

/** Page furniture out of the reading text; where pages change, for <pb/>. */
export const pageFurniture: ImportPass = {
  name: 'clean/page-furniture',
  run(draft) {
    draft.furniture = findFurniture(draft.blocks, draft.titleEnd)
    const { removed } = draft.furniture
    for (const i of removed) for (const l of draft.blocks[i].lines) draft.removed.push({ offset: l.start, text: l.text, reason: 'page furniture' })
    if (removed.size) draft.normalisations.add('page-furniture-removed')
  },
}
