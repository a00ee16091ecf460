/**
 * A witness's reading text as tokens: words with their punctuation, and a paragraph mark
 * where a paragraph (or heading, salutation, signature, verse line, list item …) begins. Notes
 * are left out (the editors' or transcribers' annotations, not the text being collated), and so
 * are running heads (fw) and deleted text; of a choice, the correction, regularisation or
 * expansion is read. A line break is a space unless break="no"; a page break is no space.
 */
import { parseXml } from '../core/xml/parse.js'
import { findFirst, type TeiNode } from '../core/tree.js'

// the paragraph mark token: a control character XML cannot hold, so no character of the text
// (a pilcrow, a private-use glyph from a PDF) is ever taken for it
export const PARAGRAPH = '\u0002'
const BLOCKS = new Set(['p', 'head', 'dateline', 'salute', 'signed', 'titlePart', 'docAuthor', 'docDate', 'byline', 'quote', 'ab', 'item', 'l', 'label', 'trailer', 'epigraph'])
// not the text of the witness: notes, running heads and page numbers, deleted text, descriptions
const SKIPPED = new Set(['note', 'fw', 'del', 'figDesc', 'surplus'])
// in a choice, the edited alternative is the text read
const PREFERRED = ['corr', 'reg', 'expan']

// marks a block start in the joined text; a control character XML cannot hold, so it never
// clashes with the text's own characters
const BLOCK_MARK = '\u0001'

/** `block` is on paragraph marks only: the element that begins there (p, head, salute …). */
export interface Token { text: string; key: string; block?: string }

export function witnessTokens(teiXml: string, file: string, options: { ignoreCase?: boolean; ignorePunctuation?: boolean }): Token[] {
  const { tree } = parseXml(teiXml, file)
  const body = findFirst(tree, 'body')
  const parts: string[] = []
  const walk = (n: TeiNode) => {
    if (n.type === 'text') parts.push(n.value)
    else if (n.type === 'element') {
      if (SKIPPED.has(n.name)) return
      if ((n.name === 'lb' || n.name === 'cb') && n.attributes.break !== 'no') { parts.push(' '); return }
      if (n.name === 'choice') {
        const options = n.children.filter((c) => c.type === 'element')
        const chosen = PREFERRED.map((name) => options.find((c) => c.type === 'element' && c.name === name)).find(Boolean) ?? options[0]
        if (chosen) walk(chosen)
        return
      }
      if (BLOCKS.has(n.name)) parts.push(` ${BLOCK_MARK}${n.name} `)
      n.children.forEach(walk)
      if (BLOCKS.has(n.name)) parts.push(' ')
    }
  }
  if (body) body.children.forEach(walk)
  const tokens: Token[] = []
  for (const t of parts.join('').split(/\s+/)) {
    if (!t) continue
    if (t.startsWith(BLOCK_MARK)) {
      const block = t.slice(1)
      // nested blocks (a p in a quote) begin one paragraph: the innermost names it
      if (tokens.at(-1)?.text === PARAGRAPH) tokens[tokens.length - 1].block = block
      else tokens.push({ text: PARAGRAPH, key: PARAGRAPH, block })
      continue
    }
    tokens.push({ text: t, key: keyOf(t, options) })
  }
  while (tokens[0]?.text === PARAGRAPH && tokens[1]?.text === PARAGRAPH) tokens.shift()
  return tokens
}

export function keyOf(t: string, options: { ignoreCase?: boolean; ignorePunctuation?: boolean }): string {
  let k = t.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '–')
  if (options.ignorePunctuation && k !== PARAGRAPH) k = k.replace(/[\p{P}\p{S}]+/gu, '') || k
  if (options.ignoreCase) k = k.toLowerCase()
  return k
}
