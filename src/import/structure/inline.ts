/**
 * Inline markup of one run of prose → TEI phrase-level nodes, keeping every character's origin:
 * markdown links, **bold**, *italic* / _italic_, HTML emphasis tags and entities, footnote
 * markers (*, †, ‡, <sup>1</sup>, ¹, [1]), editorial brackets ([word] supplied, [sic], [...] and
 * [illegible] gaps, [?] unclear), and page-break sentinels left by the joiner.
 */
import type { TeiNode, TeiText, TeiElement } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { concatText, generatedText, sliceText } from '../../core/text-origin.js'
import type { Diagnostic } from '../../core/diagnostic.js'

/**
 * What the joiner puts where a page changed (inside a word: PB_IN_WORD): control characters that
 * XML cannot hold, which decoding has already replaced in every source (read-source.ts), so they
 * never clash with the text's own characters (private-use characters, common in text extracted
 * from PDFs, are the text's and are kept).
 */
export const PB = '\u0001'
export const PB_IN_WORD = '\u0002'
/** Ends the number of the new page after a mark: PB, "12", PAGE_NUMBER_END. */
const PAGE_NUMBER_END = '\u0003'

/** The mark of a page change, carrying the new page's number when it is known (letters and digits only). */
export function pageBreakMark(inWord: boolean, n?: string | null): string {
  const number = (n ?? '').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 20)
  return (inWord ? PB_IN_WORD : PB) + (number ? number + PAGE_NUMBER_END : '')
}

/** Every page-change mark with its number, for text shown in messages. */
export const PAGE_BREAK_MARKS = /[\u0001\u0002](?:[\p{L}\p{N}]{1,20}\u0003)?/gu

export interface NoteContent { content: TeiNode[]; used: boolean }

export interface InlineContext {
  /** Footnote bodies by marker ("*", "1", "†"), in order; each is placed at the first unused anchor. */
  notes: Map<string, NoteContent[]>
  /** Editorial signs removed from the text ("[sic]", "[...]"): accounted for by the fidelity check. */
  removed: { offset: number; text: string; reason: string }[]
  diagnostics: Diagnostic[]
  report(code: string, severity: Diagnostic['severity'], message: string, node: TeiText, index: number): void
  /** The text's language (BCP 47), for checks that need a language signal. */
  language?: string
  /** The last footnote placed, for a note continued on a later page. */
  lastNote?: TeiElement
  /** The source is HTML: its stray tags are markup, taken out (in plain text they are text). */
  html?: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' }
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

const PATTERN = new RegExp([
  String.raw`(?<link>\[(?<linkText>[^\]\n]+)\]\((?<url>[^)\s]+)\))`,
  String.raw`(?<bold>\*\*(?=\S)(?<boldText>[^*]+?)(?<=\S)\*\*)`,
  String.raw`(?<italic>(?<![\p{L}\p{N}*])\*(?=[^\s*])(?<italicText>[^*\n]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*]))`,
  String.raw`(?<under>(?<![\p{L}\p{N}_])_(?=\S)(?<underText>[^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_]))`,
  String.raw`(?<tag><(?<tagName>i|em|b|strong|u)>(?<tagText>[^<]*?)</\k<tagName>>)`,
  String.raw`(?<sup><sup>(?<supText>[^<]{1,6})</sup>)`,
  String.raw`(?<supDigits>[${SUPERSCRIPT}]+)`,
  String.raw`(?<symbol>(?<=\S)[*†‡]{1,3}(?![\p{L}\p{N}]))`,
  String.raw`(?<numMark>\[(?<num>\d{1,3})\])`,
  String.raw`(?<sic>\s?\[sic!?\])`,
  String.raw`(?<gap>\[(?:\.\.\.|…|illegible|illeg\.?|\?\?\?)\])`,
  String.raw`(?<unclear>\s?\[\?\])`,
  String.raw`(?<supplied>\[(?<suppliedText>[^\]\n\[]{1,120})\])`,
  String.raw`(?<strayTag></?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>)`,
  String.raw`(?<entity>&(?<entityName>[a-z]+|#\d+|#x[0-9a-fA-F]+);)`,
  String.raw`(?<pb>[${PB}${PB_IN_WORD}])(?:(?<pbn>[\p{L}\p{N}]{1,20})${PAGE_NUMBER_END})?`,
].join('|'), 'gu')

/** Parses `text` into phrase-level nodes. */
export function parseInline(text: TeiText, ctx: InlineContext): TeiNode[] {
  const out: TeiNode[] = []
  let last = 0
  const pushText = (t: TeiText) => {
    if (!t.value) return
    const prev = out[out.length - 1]
    if (prev?.type === 'text') out[out.length - 1] = concatText([prev, t])
    else out.push(t)
  }
  // a fresh regex per call: nested calls (the text of a link, of emphasis) must not move our lastIndex
  const re = new RegExp(PATTERN)
  for (let m = re.exec(text.value); m; m = re.exec(text.value)) {
    const start = m.index
    const end = start + m[0].length
    if (m.groups!.sic || m.groups!.unclear) {
      // [sic] and [?] qualify the word before them: wrap it, drop the sign (accounted as removed)
      pushText(sliceText(text, last, start))
      last = end
      const word = popLastWord(out)
      ctx.removed.push({ offset: originOf(text, start + (m[0].startsWith('[') ? 0 : 1)), text: m[0].trim(), reason: m.groups!.sic ? 'editorial sign [sic]' : 'editorial sign [?]' })
      if (word) out.push(el(m.groups!.sic ? 'sic' : 'unclear', {}, [word]))
      continue
    }
    const node = nodeOf(m, text, ctx)
    if (node === null) continue
    pushText(sliceText(text, last, start))
    last = end
    for (const n of Array.isArray(node) ? node : node ? [node] : []) {
      if (n.type === 'text') pushText(n)
      else out.push(n)
    }
  }
  pushText(sliceText(text, last))
  return out
}

type Parsed = TeiNode | TeiNode[] | undefined

/** What one match stands for; null: not markup after all, leave the text as it is. */
function nodeOf(m: RegExpExecArray, text: TeiText, ctx: InlineContext): Parsed | null {
  const g = m.groups!
  const start = m.index
  const end = start + m[0].length
  const v = text.value
  const inner = (from: number, to: number) => parseInline(sliceText(text, from, to), ctx)
  if (g.link) return linkNode(g, start, end, text, ctx)
  if (g.bold) return el('hi', { rend: 'bold' }, inner(start + 2, end - 2))
  if (g.italic) return el('hi', { rend: 'italic' }, inner(start + 1, end - 1))
  if (g.under) return el('hi', { rend: 'italic' }, inner(start + 1, end - 1))
  if (g.tag) {
    const rend = g.tagName === 'b' || g.tagName === 'strong' ? 'bold' : g.tagName === 'u' ? 'underline' : 'italic'
    const open = m[0].indexOf('>') + 1
    return el('hi', { rend }, inner(start + open, start + open + g.tagText.length))
  }
  if (g.sup || g.supDigits || g.symbol || g.numMark) return noteMarkNode(g, start, end, text, ctx)
  if (g.gap) {
    ctx.removed.push({ offset: originOf(text, start), text: m[0], reason: 'editorial sign for a gap' })
    return el('gap', { reason: /\.\.\.|…/.test(m[0]) ? 'omitted' : 'illegible' })
  }
  if (g.supplied) return el('supplied', {}, inner(start + 1, end - 1))
  if (g.strayTag) {
    if (!ctx.html) {
      ctx.report('markup-tag-kept', 'info', `kept "${m[0]}" as text: the source is plain text, not HTML`, text, start)
      return sliceText(text, start, end)
    }
    ctx.removed.push({ offset: originOf(text, start), text: m[0], reason: 'markup tag' })
    ctx.report('markup-tag-removed', 'info', `removed the tag "${m[0]}"`, text, start)
    // a tag between two words separated them ("a<br>b"): keep them apart
    return /\S/.test(v[start - 1] ?? ' ') && /\S/.test(v[end] ?? ' ') ? generatedText(' ') : []
  }
  if (g.entity) {
    const name = g.entityName
    const ch = name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name]
    if (ch === undefined) return null
    ctx.removed.push({ offset: originOf(text, start), text: m[0], reason: 'character reference (decoded)' })
    return { ...sliceText(text, start, start + 1), value: ch }
  }
  if (g.pb) return el('pb', { n: g.pbn, break: g.pb === PB_IN_WORD ? 'no' : undefined })
  return undefined
}

/** A markdown link → <ref target>; a link that could run code is not a link: its text stays as written. */
function linkNode(g: Record<string, string>, start: number, end: number, text: TeiText, ctx: InlineContext): Parsed {
  const textStart = start + 1
  const safe = /^(https?:|mailto:|#|\.{0,2}\/|[\w.-]+(\/|$))/i.test(g.url) && !/^\s*(javascript|data|vbscript):/i.test(g.url)
  if (!safe) {
    ctx.report('link-unsafe', 'warning', `the link target "${g.url}" is not a web or mail address; kept as plain text`, text, start)
    return sliceText(text, start, end)
  }
  const ref = el('ref', { target: g.url }, parseInline(sliceText(text, textStart, textStart + g.linkText.length), ctx))
  ctx.removed.push({ offset: originOf(text, textStart + g.linkText.length + 1), text: `(${g.url})`, reason: 'link target (now @target)' })
  return ref
}

/** A footnote mark → its note (the first unused body with that mark), or the mark kept as written. */
function noteMarkNode(g: Record<string, string>, start: number, end: number, text: TeiText, ctx: InlineContext): Parsed {
  const mark = g.sup ? g.supText.trim() : g.supDigits ? [...g.supDigits].map((c) => String(SUPERSCRIPT.indexOf(c))).join('') : g.symbol ?? g.num
  const body = ctx.notes.get(mark)?.find((b) => !b.used)
  if (body) {
    body.used = true
    const note = el('note', { place: 'foot', n: mark }, body.content)
    ctx.lastNote = note
    ctx.removed.push({ offset: originOf(text, start), text: text.value.slice(start, end), reason: 'footnote mark (now the note\'s @n)' })
    return note
  }
  if (g.sup) {
    // a superscript that is no note marker keeps its text, as superscript
    const node = el('hi', { rend: 'superscript' }, parseInline(sliceText(text, start + 5, start + 5 + g.supText.length), ctx))
    ctx.removed.push({ offset: originOf(text, start), text: '<sup>', reason: 'markup tag' }, { offset: originOf(text, end - 6), text: '</sup>', reason: 'markup tag' })
    if (/^\d+$/.test(mark)) ctx.report('note-marker-orphan', 'warning', `footnote marker "${mark}" has no note text; kept as superscript`, text, start)
    return node
  }
  if (g.supDigits) {
    ctx.report('note-marker-orphan', 'warning', `footnote marker "${g.supDigits}" has no note text; kept as superscript`, text, start)
    return el('hi', { rend: 'superscript' }, [sliceText(text, start, end)])
  }
  if (g.symbol) {
    if (!ctx.notes.has(mark)) ctx.report('note-marker-orphan', 'warning', `footnote marker "${mark}" has no note text; kept in the text`, text, start)
    return sliceText(text, start, end)
  }
  return el('supplied', {}, parseInline(sliceText(text, start + 1, end - 1), ctx)) // "[12]" with no note: an editorial number
}

/** Takes the last word off the nodes built so far (for [sic] and [?], which follow their word). */
function popLastWord(out: TeiNode[]): TeiText | undefined {
  const prev = out[out.length - 1]
  if (prev?.type !== 'text') return undefined
  const m = /[^\s]+\s*$/.exec(prev.value)
  if (!m) return undefined
  const word = sliceText(prev, m.index, m.index + m[0].trimEnd().length)
  const before = sliceText(prev, 0, m.index)
  if (before.value) out[out.length - 1] = before
  else out.pop()
  return word
}

function originOf(text: TeiText, index: number): number {
  for (const s of text.origin ?? []) if (index >= s.index && index < s.index + s.length) return s.sourceOffset + index - s.index
  return text.origin?.[0]?.sourceOffset ?? 0
}

export function isElementNode(n: TeiNode): n is TeiElement {
  return n.type === 'element'
}

export { generatedText }
