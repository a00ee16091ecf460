/**
 * A witness's reading text as tokens: words with their punctuation, and a paragraph mark (¶)
 * where a paragraph (or heading, salutation, signature …) begins. Notes are left out: they are
 * the editors' or transcribers' annotations, not the text being collated.
 */
import { parseXml } from '../core/xml/parse.js'
import { findFirst, type TeiNode } from '../core/tree.js'

export const PARAGRAPH = '¶'
const BLOCKS = new Set(['p', 'head', 'dateline', 'salute', 'signed', 'titlePart', 'docAuthor', 'docDate', 'byline', 'quote'])

export interface Token { text: string; key: string }

export function witnessTokens(teiXml: string, file: string, options: { ignoreCase?: boolean; ignorePunctuation?: boolean }): Token[] {
  const { tree } = parseXml(teiXml, file)
  const body = findFirst(tree, 'body')
  const parts: string[] = []
  const walk = (n: TeiNode) => {
    if (n.type === 'text') parts.push(n.value)
    else if (n.type === 'element') {
      if (n.name === 'note') return
      if (BLOCKS.has(n.name)) parts.push(` ${PARAGRAPH} `)
      n.children.forEach(walk)
      if (BLOCKS.has(n.name)) parts.push(' ')
    }
  }
  if (body) body.children.forEach(walk)
  const tokens: Token[] = []
  for (const t of parts.join('').split(/\s+/)) {
    if (!t) continue
    if (t === PARAGRAPH && tokens.at(-1)?.text === PARAGRAPH) continue
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
