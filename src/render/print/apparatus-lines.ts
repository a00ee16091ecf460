/**
 * The critical apparatus of the print edition is a second footnote series keyed by line: each
 * entry (`.app-note`, made by xslt/print/apparatus.xsl) floats to the foot of the page of its call
 * (Paged.js `float: footnote`, with the call made invisible in print.css), and its line number can
 * only be known once the pages are laid out. This script runs in the page after Paged.js and
 * writes into each entry the line, counted exactly as the margin numbers count (PAGE_LINES), of
 * the character the entry is keyed to: the first letter of the lemma, or, for a variant where the
 * base text has no words (an addition, a paragraph break), the last letter of the word before it
 * (`data-key="before"`). The number replaces a placeholder "00" set in tabular figures, so no
 * entry grows and the pages stay as laid out. Then a transposition's "(l. 14)" (with the page when
 * its other half is on another) is written over its placeholder, and entries of one line after the
 * first lose their number for a "; ": both only shorten the foot of the page. The page's own notes (`.footnote`) are then moved
 * above the apparatus in each footnote area, so the two series do not interleave (moving them
 * can only shorten the run-on apparatus, never lengthen it).
 */
import { NOT_COUNTED, PAGE_LINES } from './line-numbers.js'

export const APPARATUS_LINES = `(() => {
  ${PAGE_LINES}
  const skip = ${JSON.stringify(NOT_COUNTED)}
  const isCall = (n) => n.matches('[data-footnote-call].app-note')
  const range = document.createRange()
  // the box of one character (its last box: a range over the letter after a line break may also
  // cover the end of the line before)
  const charBox = ({ t, i }) => { range.setStart(t, i); range.setEnd(t, i + 1); return [...range.getClientRects()].filter((r) => r.width > 0).at(-1) }
  // the line holding a box: the one its middle falls in, else the nearest
  const lineOf = (lines, r) => {
    const mid = (r.top + r.bottom) / 2
    let best = 0
    let distance = Infinity
    lines.forEach((l, k) => {
      const d = mid < l.top ? l.top - mid : mid > l.bottom ? mid - l.bottom : 0
      if (d < distance) { distance = d; best = k }
    })
    return best + 1
  }
  for (const page of document.querySelectorAll('.pagedjs_page')) {
    const content = page.querySelector('.pagedjs_page_content')
    if (!content || !content.querySelector('[data-footnote-call].app-note')) continue
    const lines = pageLines(page)
    const noteOf = (call) => {
      const sel = '.pagedjs_footnote_area .app-note[data-ref="' + call.dataset.ref + '"]:not([data-split-from])'
      return page.querySelector(sel) ?? document.querySelector(sel)
    }
    // the text in document order: each call is keyed to the last character before it or the
    // first after it (skipping what the line count skips: marginal markers, the notes' calls)
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => n.nodeType === 3 ? NodeFilter.FILTER_ACCEPT : isCall(n) ? NodeFilter.FILTER_ACCEPT : n.matches(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
    })
    const keyed = []
    let last
    let waiting = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        const note = noteOf(n)
        if (!note) continue
        const entry = { call: n, note, at: undefined }
        keyed.push(entry)
        if (note.dataset.key === 'before') entry.at = last
        else waiting.push(entry)
        continue
      }
      const first = n.data.search(/\\S/)
      if (first < 0) continue
      for (const e of waiting) e.at = { t: n, i: first }
      waiting = []
      last = { t: n, i: n.data.length - 1 - n.data.split('').reverse().join('').search(/\\S/) }
    }
    const pageNumber = page.getAttribute('data-page-number')
    for (const { call, note, at } of keyed) {
      const box = (at && charBox(at)) || call.getBoundingClientRect()
      const line = lines.length ? lineOf(lines, box) : 0
      const slot = note.querySelector('.app-line')
      if (slot) slot.textContent = String(line) + '\u00a0'
      note.dataset.line = String(line)
      // where the entry was printed, and where its call stands (the same page, unless Paged.js had to
      // carry an entry over)
      note.dataset.page = note.closest('.pagedjs_page')?.getAttribute('data-page-number') ?? ''
      note.dataset.callPage = pageNumber
    }
  }
  // a transposition names where its other half stands: the line, and the page when another
  for (const at of document.querySelectorAll('.pagedjs_footnote_area .app-at')) {
    const host = at.closest('.app-note')
    const other = document.querySelector('.pagedjs_footnote_area .app-note[data-app="' + CSS.escape(at.dataset.at) + '"]:not([data-split-from])')
    if (!host || !other || !other.dataset.line) continue
    at.textContent = (other.dataset.callPage === host.dataset.callPage ? '' : 'p. ' + other.dataset.callPage + ', ') + 'l. ' + other.dataset.line
  }
  // the entries of one line under one number: "12 lemma ] A  reading B; other ] A  om. B"
  for (const inner of document.querySelectorAll('.pagedjs_footnote_inner_content')) {
    let previous
    for (const note of inner.querySelectorAll(':scope > .app-note')) {
      const same = previous && !note.hasAttribute('data-split-from') && note.dataset.line && note.dataset.line === previous.dataset.line && note.dataset.callPage === previous.dataset.callPage
      const slot = note.querySelector(':scope > .app-line')
      if (same && slot) {
        slot.textContent = '; '
        slot.classList.add('app-same-line')
        const end = previous.lastChild
        if (end && end.nodeType === 3) end.data = end.data.replace(/\s+$/, '')
        previous.style.marginRight = '0'
      }
      previous = note
    }
  }
  // the page's own notes above the apparatus, each series together
  for (const inner of document.querySelectorAll('.pagedjs_footnote_inner_content')) {
    const first = inner.querySelector(':scope > .app-note')
    if (!first) continue
    for (const n of inner.querySelectorAll(':scope > :not(.app-note)')) {
      if (first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) inner.insertBefore(n, first)
    }
  }
})()`
