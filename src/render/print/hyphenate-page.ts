/**
 * The page side of hyphenation: a script run in Paged.js's `before` hook, so the soft hyphens are
 * in the text before any page is laid out. It walks the text nodes of the running text only: not
 * headings, running heads, the title page, contents, indexes, the editor's lines under a title,
 * right-aligned letter parts, names marked for the index, marginal page markers, code, URLs or
 * numbers. It collects the words of at least MIN_WORD letters by the language of their element
 * (`lang`, inherited), hands them to Node (`lectioHyphenateWords`, see hyphenation.ts) and puts
 * the soft hyphens back into the text nodes. Only text data changes: elements, ids and links stay.
 */
import { MIN_WORD } from './hyphenation.js'

/** Elements whose text is not hyphenated (by selector: cheaper and steadier than computed style). */
export const NOT_HYPHENATED = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'tt', 'var', 'script', 'style', 'abbr', 'a[href^="http"]',
  '.title-page', '.toc', '.index', '.running-title', '.running-doc', '.document-title', '.document-author', '.document-source',
  '.dateline', '.salute', '.closer', '.signed', '.entity', '.pb', '.pb-margin', '.pb-mark', '.url', '.line-number',
  // the apparatus cites its readings as the witnesses have them
  '.app-note',
  '[translate="no"]', '[style*="small-caps"]',
].join(', ')

/**
 * Defines `window.__lectioHyphenate()`, which resolves once the text is hyphenated. Also mends a
 * Chromium quirk Paged.js trips on: a range over the one letter after a soft-hyphen line break
 * reports a box that also covers the hyphen at the end of the line before, so Paged.js, looking
 * for the first letter below the page, took that letter for one still on the page and ended the
 * page with it ("fa-" / "m-"). For such a range the box is the letter's own (its last one).
 */
export const HYPHENATE_PAGE = `{
  const box = Range.prototype.getBoundingClientRect
  Range.prototype.getBoundingClientRect = function () {
    const t = this.startContainer
    if (t.nodeType === 3 && this.endContainer === t && this.endOffset === this.startOffset + 1 && t.data.charCodeAt(this.startOffset - 1) === 0xAD) {
      const rects = [...this.getClientRects()].filter((r) => r.width > 0)
      if (rects.length > 1) return rects[rects.length - 1]
    }
    return box.call(this)
  }
}
window.__lectioHyphenate = async () => {
  const MIN = ${MIN_WORD}
  const SHY = '\\u00AD'
  const skip = ${JSON.stringify(NOT_HYPHENATED)}
  const block = 'p, div, li, dd, dt, td, th, blockquote, section, .footnote, body'
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t)
  const letterAt = (s, i) => /[\\p{L}\\p{M}]/u.test(s.charAt(i))
  // a word cut by an element boundary ("<em>Mutual</em>ism", or a source page break inside it) is
  // one word: left alone. The neighbours of a text, leaving out the page-break markers' text
  // (and the apparatus entries, which float out of the line)
  const marker = (t) => t.parentElement?.closest('.pb, .app-note')
  const neighbour = (k, step) => { for (let j = k + step; j >= 0 && j < texts.length; j += step) if (!marker(texts[j])) return texts[j] }
  const joined = (a, b) => a && b && a.parentElement?.closest(block) === b.parentElement?.closest(block)
  const jobs = []
  // no prototype: a word or a language may be called "constructor"
  const byLang = Object.create(null)
  texts.forEach((t, k) => {
    const el = t.parentElement
    if (!el || el.closest(skip) || t.data.includes(SHY)) return
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? ''
    if (!lang) return
    const words = []
    // a chunk between spaces; one that looks like a URL, an e-mail address or a path is kept whole
    for (const chunk of t.data.matchAll(/\\S+/g)) {
      if (/[\\/@\\\\_=]|:\\/\\/|^www\\.|\\w\\.\\w/.test(chunk[0])) continue
      for (const m of chunk[0].matchAll(/[\\p{L}\\p{M}]+/gu)) {
        const w = m[0]
        const start = chunk.index + m.index
        const end = start + w.length
        if (w.length < MIN) continue
        // next to a digit (a reference like "12bis"), or in capitals (an acronym): not broken
        if (/\\p{N}/u.test(t.data.charAt(start - 1) + t.data.charAt(end))) continue
        if (w === w.toUpperCase() && w !== w.toLowerCase()) continue
        const before = start === 0 && neighbour(k, -1)
        if (before && joined(before, t) && letterAt(before.data, before.data.length - 1)) continue
        const after = end === t.data.length && neighbour(k, 1)
        if (after && joined(t, after) && letterAt(after.data, 0)) continue
        words.push({ start, end, w })
        ;(byLang[lang] ??= new Set()).add(w)
      }
    }
    if (words.length) jobs.push({ t, lang, words })
  })
  const request = Object.create(null)
  for (const lang of Object.keys(byLang)) request[lang] = [...byLang[lang]].sort()
  const { words } = await window.lectioHyphenateWords(request)
  for (const { t, lang, words: ws } of jobs) {
    const table = Object.hasOwn(words, lang) ? words[lang] : undefined
    if (!table) continue
    let out = ''
    let at = 0
    for (const { start, end, w } of ws) {
      if (!Object.hasOwn(table, w)) continue
      const h = table[w]
      out += t.data.slice(at, start) + h
      at = end
    }
    if (at) t.data = out + t.data.slice(at)
  }
}`

/**
 * After the layout: a soft hyphen where a line breaks becomes a real hyphen (the one Chromium
 * drew there, `hyphenate-character: "-"` in print.css), and every other soft hyphen goes.
 * Chromium would otherwise write them all into the PDF's text, and a reader searching for
 * "committee" would not find "com\u00ADmit\u00ADtee"; now the text is what any printed book holds,
 * "com-" at the end of a line. Every line is measured before anything is written, so the page is
 * laid out once more only, with the same lines (the breaks taken are kept, the soft hyphens not
 * taken had no width).
 */
export const SETTLE_SOFT_HYPHENS = `(() => {
  const SHY = '\\u00AD'
  const nodes = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.data.includes(SHY)) nodes.push(t)
  const range = document.createRange()
  // the boxes of one character (a range over the letter after a line break also covers the end
  // of the line before it, so its last box is the letter's own)
  const boxes = (t, i) => { range.setStart(t, i); range.setEnd(t, i + 1); return [...range.getClientRects()].filter((r) => r.width > 0) }
  const edits = nodes.map((t) => {
    const breaks = new Set()
    for (let i = t.data.indexOf(SHY); i >= 0; i = t.data.indexOf(SHY, i + 1)) {
      // at the edge of a text node (a word Paged.js carried to the next page, after the hyphen
      // it added): nothing to show
      if (i === 0 || i >= t.data.length - 1) continue
      const before = boxes(t, i - 1).at(-1)
      const after = boxes(t, i + 1).at(-1)
      if (before && after && after.top > (before.top + before.bottom) / 2) breaks.add(i)
    }
    return { t, breaks }
  })
  for (const { t, breaks } of edits) {
    // the hyphen in a span of its own, shaped apart from its letters as Chromium shapes the
    // hyphen it draws at a soft hyphen: as plain text, kerned with the letter before ("r-"), it
    // moved the words of its line (measured with pdftotext -bbox); in a span nothing moves
    let at = 0
    const parts = []
    for (let i = 0; i < t.data.length; i++) if (t.data[i] === SHY) { parts.push([t.data.slice(at, i), breaks.has(i)]); at = i + 1 }
    parts.push([t.data.slice(at), false])
    const frag = document.createDocumentFragment()
    let text = ''
    for (const [s, broken] of parts) {
      text += s
      if (!broken) continue
      frag.append(text)
      text = ''
      const h = document.createElement('span')
      h.className = 'hyphen'
      h.textContent = '-'
      frag.append(h)
    }
    frag.append(text)
    t.replaceWith(frag)
  }
})()`
