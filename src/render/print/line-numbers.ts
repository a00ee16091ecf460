/**
 * Line numbers in the margin, every fifth line, counted afresh on each page (as critical editions
 * do, so that a note can say "p. 12, l. 15"). They can only be known once the pages are laid out,
 * so this script runs in the page after Paged.js: it measures the line boxes of the running text
 * of each page (not the footnotes, running heads, marginal markers or the editor's title lines) and sets a small
 * number in the inner margin beside every fifth one. Nothing moves, so pagination is unchanged.
 * The apparatus (apparatus-lines.ts) numbers its entries with the same count: PAGE_LINES is shared.
 */

/** Text that is not a line of the edited text: the editor's lines, front matter, notes, calls. */
export const NOT_COUNTED = [
  '.pb-margin', '.running-title', '.running-doc', '.document-title', '.document-author', '.document-source',
  '.toc', '.index', '.front-matter', '[data-footnote-call]', '.footnote', '.app-note',
].join(', ')

/**
 * `pageLines(page)`: the lines of the running text of one Paged.js page, top to bottom, as
 * `{ top, bottom }` in client coordinates (empty for the title page). A line is the text boxes
 * whose heights overlap (a superscript call sits within its line).
 */
export const PAGE_LINES = `function pageLines(page) {
  const content = page.querySelector('.pagedjs_page_content')
  if (!content || page.querySelector('.title-page')) return []
  const box = content.getBoundingClientRect()
  const rects = []
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.data.trim()) continue
    // the edited text only: not the editor's title, author and source lines above it
    if (t.parentElement.closest(${JSON.stringify(NOT_COUNTED)})) continue
    const range = document.createRange()
    range.selectNodeContents(t)
    for (const r of range.getClientRects()) if (r.width > 0 && r.left < box.right) rects.push({ top: r.top, bottom: r.bottom })
  }
  rects.sort((a, b) => a.top - b.top || a.bottom - b.bottom)
  const lines = []
  for (const r of rects) {
    const last = lines[lines.length - 1]
    if (last && r.top < last.bottom - 1) last.bottom = Math.max(last.bottom, r.bottom)
    else lines.push({ top: r.top, bottom: r.bottom })
  }
  return lines
}`

/** The pages of a critical text (xslt/print/apparatus.xsl): numbered even when the rest of a volume is not. */
export const CRITICAL_TEXT = '.critical-text'

/** The script numbering every fifth line, of every page or of the pages holding `only`. */
export const lineNumbers = (only?: string) => `(() => {
  const every = 5
  const only = ${JSON.stringify(only ?? null)}
  ${PAGE_LINES}
  for (const page of document.querySelectorAll('.pagedjs_page')) {
    if (only && !page.querySelector(only)) continue
    const lines = pageLines(page)
    if (!lines.length) continue
    const box = page.querySelector('.pagedjs_page_content').getBoundingClientRect()
    const pageBox = page.getBoundingClientRect()
    if (getComputedStyle(page).position === 'static') page.style.position = 'relative'
    lines.forEach((line, i) => {
      if ((i + 1) % every) return
      const n = document.createElement('span')
      n.className = 'line-number'
      n.textContent = String(i + 1)
      n.style.cssText = 'position:absolute;width:8mm;text-align:right;font-size:7.5pt;line-height:1;color:#555;'
        + 'left:' + (box.left - pageBox.left - 8 * 96 / 25.4 - 10) + 'px;'
        + 'top:' + (line.top - pageBox.top + (line.bottom - line.top - 7.5 * 96 / 72) / 2 + 1) + 'px'
      page.appendChild(n)
    })
  }
})()`
