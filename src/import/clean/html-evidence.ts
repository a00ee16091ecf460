/**
 * Is the source HTML (or text that kept its HTML tags), or plain text that happens to show a tag?
 * Declared so (a file named .html or .htm, or `markup: 'html'`), or seen: the document structure
 * tags of a page (<html>, <body>, a doctype), or tags of HTML's block elements where HTML puts
 * them — two or more lines that open with <p>, <div>, <h2>, <li> … or end with <br> or a closing
 * block tag (a text that mentions "<p>" in a sentence is no HTML). Only then are stray tags taken
 * out as markup; in plain text a "<p>" or "<script>" is the text's own and stays, as text.
 * (Emphasis tags — <i>, <b>, <em>, <strong>, <u>, <sup> — are formatting in either case.)
 */
import type { ImportPass } from '../draft.js'

const PAGE = /<!doctype\s+html|<html[\s>]|<body[\s>]/i
const BLOCK = '(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|blockquote|pre|section|article|header|footer|center)'
/** A line that opens with a block tag, or ends with <br> or a closing block tag. */
const TAG_AT_LINE_EDGE = new RegExp(`^\\s*<${BLOCK}(?:\\s[^<>]*)?>|(?:<br\\s*\\/?>|<\\/${BLOCK}>)\\s*$`, 'i')

export function looksLikeHtml(text: string): boolean {
  if (PAGE.test(text)) return true
  let lines = 0
  for (const line of text.split('\n')) if (TAG_AT_LINE_EDGE.test(line) && ++lines >= 2) return true
  return false
}

export const htmlEvidence: ImportPass = {
  name: 'clean/html-evidence',
  run(draft) {
    const declared = draft.options.markup ?? (/\.html?$/i.test(draft.source.path) ? 'html' : undefined)
    draft.inline.html = declared ? declared === 'html' : looksLikeHtml(draft.source.text)
  },
}
