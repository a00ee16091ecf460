import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'
import { looksLikeHtml } from '../../../src/import/clean/html-evidence.js'

describe('clean/html-evidence', () => {
  it('HTML: a page\'s structure tags, or block tags where HTML puts them on two lines or more', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\nText')).toBe(true)
    expect(looksLikeHtml('<html>\n<body>Text</body>\n</html>')).toBe(true)
    expect(looksLikeHtml('<p>One paragraph.</p>\n\n<p>Another.</p>')).toBe(true)
    expect(looksLikeHtml('A line<br>\nanother line<br>\nend')).toBe(true)
  })

  it('plain text: tags named in a sentence, or a single tag at a line end', () => {
    expect(looksLikeHtml('Put the paragraph between <p> and </p>, then add a <script> element.')).toBe(false)
    expect(looksLikeHtml('One stray tag at the end<br>\nand text.')).toBe(false)
  })

  it('a declaration wins: markup "text" or "html", or a file named .html', () => {
    const html = ['<p>One paragraph.</p>', '', '<p>Another.</p>']
    expect(draftAfter('clean/html-evidence', html).inline.html).toBe(true)
    expect(draftAfter('clean/html-evidence', html, { markup: 'text' }).inline.html).toBe(false)
    expect(draftAfter('clean/html-evidence', ['Plain text.'], { markup: 'html' }).inline.html).toBe(true)
  })
})
