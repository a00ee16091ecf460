/**
 * The reading text of a TEI document, by the rule the HTML and print editions keep (README, "Every
 * word of the text"), read independently of the stylesheets (saxes), so tests can hold the
 * rendered pages to it:
 * - the text is what `<text>` holds (front, body, back, floating texts), in document order; the
 *   document's title page apart (the page shows its title first); notes apart, one each, in order;
 * - a choice reads as its edited reading (corr, reg, expan, else its first child); the others, and
 *   the readings of an apparatus (rdg; the lem is the text), are the alternates, shown on demand;
 * - deletions (del) are text: they are shown, struck through; so are sic, orig, surplus outside a
 *   choice, and figure descriptions (figDesc, graphic/desc: the image's text alternative, read
 *   where the figure's first image stands);
 * - not text: page furniture (fw), interpretations, links, index entries, certainty and the like;
 *   gaps and spaces have no words;
 * - lb, pb, cb end a word unless break="no"; blocks (paragraphs, lines, items, cells…) end one too.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'

const TEI = 'http://www.tei-c.org/ns/1.0'

interface Node { name: string; attrs: Record<string, string>; children: (Node | string)[] }

export interface ReadingText {
  /** The document's title page (front/titlePage with a docTitle). */
  title: string
  /** Front (without that title page), body, back. */
  text: string
  /** Each note, in document order. */
  notes: string[]
  /** What is shown on demand: the other readings of choices, the readings of an apparatus. */
  alternates: string
}

const SILENT = new Set(['fw', 'interp', 'interpGrp', 'index', 'link', 'linkGrp', 'join', 'joinGrp', 'alt', 'altGrp', 'span', 'spanGrp',
  'certainty', 'precision', 'respons', 'timeline', 'listTranspose', 'ptr', 'gap', 'milestone', 'anchor', 'handShift', 'witDetail', 'substJoin'])
const BLOCKS = new Set(['p', 'ab', 'head', 'l', 'lg', 'item', 'list', 'label', 'cell', 'row', 'table', 'addrLine', 'address', 'dateline', 'salute',
  'signed', 'closer', 'opener', 'postscript', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'body', 'front', 'back', 'group', 'text',
  'titlePage', 'docTitle', 'titlePart', 'docAuthor', 'docDate', 'docImprint', 'byline', 'epigraph', 'argument', 'trailer', 'figure', 'figDesc', 'desc',
  'floatingText', 'sp', 'speaker', 'stage', 'note', 'listBibl', 'bibl', 'graphic', 'space', 'caesura', 'lem', 'rdg', 'rdgGrp'])

/** The element tree of a TEI text (TEI elements by local name; others keep their qualified name). */
function parse(xml: string): Node {
  const root: Node = { name: '#root', attrs: {}, children: [] }
  const stack = [root]
  const parser = new SaxesParser({ xmlns: true })
  parser.on('opentag', (t: SaxesTagNS) => {
    const attrs: Record<string, string> = {}
    for (const [k, a] of Object.entries(t.attributes)) attrs[k] = a.value
    const node: Node = { name: t.uri === TEI ? t.local : t.name, attrs, children: [] }
    stack[stack.length - 1].children.push(node)
    stack.push(node)
  })
  parser.on('closetag', () => { stack.pop() })
  parser.on('text', (t) => { stack[stack.length - 1].children.push(t) })
  parser.on('cdata', (t) => { stack[stack.length - 1].children.push(t) })
  parser.write(xml).close()
  return root
}

const element = (n: Node | string, name: string): n is Node => typeof n !== 'string' && n.name === name
const named = (n: Node | string, name: string): boolean => typeof n !== 'string' && n.name === name
const shownOf = (choice: Node): Node | undefined => {
  const kids = choice.children.filter((c): c is Node => typeof c !== 'string')
  return kids.find((c) => c.name === 'corr') ?? kids.find((c) => c.name === 'reg') ?? kids.find((c) => c.name === 'expan') ?? kids[0]
}
const joins = (n: Node) => ['no', 'false', 'n'].includes((n.attrs.break ?? '').trim().toLowerCase())

export function readingText(xml: string): ReadingText {
  const out: ReadingText = { title: '', text: '', notes: [], alternates: '' }
  type Sink = 'title' | 'text' | 'alternates' | number
  const write = (sink: Sink, s: string) => {
    if (typeof sink === 'number') out.notes[sink] += s
    else out[sink] += s
  }
  const walk = (n: Node | string, sink: Sink): void => {
    if (typeof n === 'string') { write(sink, n); return }
    if (SILENT.has(n.name)) return
    if (n.name === 'lb' || n.name === 'pb' || n.name === 'cb') { if (!joins(n)) write(sink, ' '); return }
    if (n.name === 'note') {
      const k = out.notes.push('') - 1
      for (const c of n.children) walk(c, k)
      return
    }
    const block = BLOCKS.has(n.name)
    if (block) write(sink, ' ')
    // each alternate reading is a word group of its own
    const alternate = (c: Node | string) => { write('alternates', ' '); walk(c, 'alternates'); write('alternates', ' ') }
    if (n.name === 'choice') {
      const shown = shownOf(n)
      for (const c of n.children) c === shown ? walk(c, sink) : alternate(c)
    } else if (n.name === 'app') {
      for (const c of n.children) element(c, 'lem') || element(c, 'note') ? walk(c, sink) : alternate(c)
    } else if (n.name === 'figure' && n.children.some((c) => element(c, 'graphic'))) {
      // a figure's description is read with its first image (it is the image's text alternative)
      const graphic = n.children.find((c) => element(c, 'graphic'))
      for (const c of n.children) {
        if (named(c, 'figDesc')) continue
        walk(c, sink)
        if (c === graphic) for (const d of n.children) if (element(d, 'figDesc')) walk(d, sink)
      }
    } else {
      for (const c of n.children) walk(c, sink)
    }
    if (block) write(sink, ' ')
  }
  const tei = parse(xml).children.find((c): c is Node => element(c, 'TEI'))
  const texts = tei?.children.filter((c): c is Node => element(c, 'text')) ?? []
  for (const part of texts.flatMap((t) => t.children)) {
    if (typeof part === 'string') continue
    for (const c of part.children) {
      const titlePage = part.name === 'front' && element(c, 'titlePage') && c.children.some((d) => element(d, 'docTitle'))
      walk(c, titlePage ? 'title' : 'text')
    }
    write('text', ' ')
  }
  return out
}

/**
 * The words of a text: runs of letters, digits, marks and apostrophes, hyphens inside a word
 * dropped ("so-called" and a word hyphenated at a line end of a PDF both read as one word),
 * letters and digits apart ("14th" → 14 th; a note number set close after a word), brackets and
 * insertion marks ignored ("pamph[let]" → pamphlet). Compared lower-cased where `fold` is set.
 */
export function words(text: string, fold = false): string[] {
  const t = text.normalize('NFKC').replace(/[[\](){}⟨⟩‹›↑↓\u00AD]/g, '').replace(/(\p{L})[-‐‑](?=\p{L})/gu, '$1')
  const out: string[] = []
  for (const m of t.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu)) {
    for (const part of m[0].match(/\p{N}+|[^\p{N}]+/gu) ?? []) out.push(fold ? part.toLowerCase() : part)
  }
  return out
}

/** The words of `expected` that `actual` lacks, counting repeats (a multiset difference). */
export function missingWords(expected: readonly string[], actual: readonly string[]): string[] {
  const have = new Map<string, number>()
  for (const w of actual) have.set(w, (have.get(w) ?? 0) + 1)
  const missing: string[] = []
  for (const w of expected) {
    const n = have.get(w) ?? 0
    if (n > 0) have.set(w, n - 1)
    else missing.push(w)
  }
  return missing
}

/** Where two word lists first differ, with the words around ("" when they are the same). */
export function firstDifference(actual: readonly string[], expected: readonly string[]): string {
  let i = 0
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++
  if (i === actual.length && i === expected.length) return ''
  const around = (ws: readonly string[]) => `${ws.slice(Math.max(0, i - 6), i).join(' ')} ⟪${ws.slice(i, i + 6).join(' ')}⟫`
  return `word ${i + 1}: shown "${around(actual)}", the text has "${around(expected)}"`
}
