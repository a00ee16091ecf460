/**
 * The page numbers of the print edition's indexes, written while Paged.js lays out the pages.
 *
 * An index cites the pages on which a name is printed, and only Paged.js knows them. Its
 * `target-counter()` cited page 0 for every name that had no printed target: names on a
 * transcribed title page, which is not printed (the heading is made from the TEI header), and
 * anything else the print leaves out. So the index no longer points at elements: every printed
 * name carries `data-index="persName:carter-ann"` (xslt/print/overrides.xsl; a heading carries
 * the names of the title page it prints, xslt/print/indexes.xsl), and when Paged.js comes to an
 * index entry, this handler looks up every page laid out so far that holds one of its names (the
 * indexes come after the text, so all are laid out; notes are at the foot of their page by then)
 * and writes the list into the entry before it is laid out, so the numbers take their place in
 * the columns like any text. The list is `formatPageList`: ascending, each page once, consecutive
 * pages as a range, a page where the name stands only in a note marked "n". An entry none of
 * whose names is printed is left out, and so are the see-references to it.
 */

/** Where a name is printed: its page, and whether only in a note there. */
export interface PageOccurrence { page: number; inNote: boolean }

/** "3, 5–7, 9n, 12": ascending, each page once; consecutive pages with the name in the text as a range; a page with the name only in notes marked n. */
export function formatPageList(occurrences: readonly PageOccurrence[]): string {
  const inText = new Map<number, boolean>()
  for (const o of occurrences) if (o.page > 0) inText.set(o.page, inText.get(o.page) === true || !o.inNote)
  const pages = [...inText.keys()].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < pages.length; i++) {
    const first = pages[i]
    if (!inText.get(first)) {
      parts.push(`${first}n`)
      continue
    }
    let last = first
    while (i + 1 < pages.length && pages[i + 1] === last + 1 && inText.get(pages[i + 1])) last = pages[++i]
    parts.push(last > first ? `${first}\u2013${last}` : String(first))
  }
  return parts.join(', ')
}

/** Printed names that are not cited: on the title page, in the contents, in the indexes themselves. */
const NOT_CITED = '.title-page, .toc, .index, .running-title, .running-doc'
/** What counts as a note: the page's footnotes, endnotes, the apparatus. */
const NOTE = '.footnote, .endnote, .app-note, .pagedjs_footnote_area'

/** The handler, registered with Paged.js before it paginates (window.Paged must be loaded). */
export const INDEX_PAGES = `(() => {
  const formatPageList = ${formatPageList.toString()}
  class IndexPages extends window.Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller)
      this.pageCount = -1
    }
    /** name key → its occurrences, read again whenever a page has been added */
    occurrences() {
      const area = this.chunker.pagesArea
      const count = area.querySelectorAll('.pagedjs_page').length
      if (count === this.pageCount) return this.byKey
      const byKey = new Map()
      for (const el of area.querySelectorAll('.pagedjs_page [data-index]')) {
        // a name Paged.js had to split over two pages is cited where it begins
        if (el.hasAttribute('data-split-from') || el.closest(${JSON.stringify(NOT_CITED)})) continue
        const page = Number(el.closest('.pagedjs_page').getAttribute('data-page-number'))
        const inNote = !!el.closest(${JSON.stringify(NOTE)})
        for (const key of el.getAttribute('data-index').split(' ')) {
          if (!byKey.has(key)) byKey.set(key, [])
          byKey.get(key).push({ page, inNote })
        }
      }
      this.pageCount = count
      this.byKey = byKey
      return byKey
    }
    layoutNode(node) {
      if (node.nodeType !== 1) return
      const entry = node.getAttribute('data-index-entry')
      const see = node.getAttribute('data-index-see')
      if (entry) {
        const list = formatPageList(this.occurrences().get(entry) ?? [])
        const slot = node.querySelector('.index-pages')
        if (slot) slot.textContent = list
        if (!list) node.style.display = 'none'
      } else if (see && !(this.occurrences().get(see) ?? []).length) node.style.display = 'none'
    }
  }
  window.Paged.registerHandlers(IndexPages)
})()`
