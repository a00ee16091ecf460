/**
 * Stable ids for citation: every paragraph-like block of the text (p, ab, head, dateline, salute,
 * signed, item, l), every note and every letter part (opener, closer, postscript, the letter
 * itself) gets an `xml:id` made of the document's id and the element's position, e.g.
 * `dletter-0012-p3` (the third block) or `dletter-0012-n1` (the first note). A rebuild of an
 * unchanged text gives the same ids, so a link to a paragraph does not break; an id the editor
 * gave is kept. Blocks are counted as the HTML pages number them (inside a note nothing is
 * numbered: a note is cited as a whole), so the TEI id and the page's anchor are one. The ids
 * carry the document's id because the deposit's teiCorpus holds every document at once, and an
 * xml:id must be unique there too. Only attributes are added: the text is unchanged.
 */
import type { TeiDocument } from '../core/document.js'
import { rootElement, walk, type TeiElement } from '../core/tree.js'

const BLOCKS = new Set(['p', 'ab', 'head', 'dateline', 'salute', 'signed', 'item', 'l'])
const LETTER_PARTS = new Set(['opener', 'closer', 'postscript'])

/** A valid xml:id (NCName) from a document id, as import makes the root's. */
function documentPrefix(doc: TeiDocument, tei: TeiElement): string {
  const own = tei.attributes['xml:id']
  if (own) return own
  const clean = doc.id.replace(/[^A-Za-z0-9_.-]/g, '_')
  return /^[A-Za-z_]/.test(clean) ? clean : `d${clean}`
}

/** What an element is counted as, or nothing: 'p' for blocks, 'n' for notes, else the part's name. */
function counterOf(e: TeiElement, inNote: boolean): string | undefined {
  if (e.name === 'note') return inNote ? undefined : 'n'
  if (inNote) return undefined
  if (BLOCKS.has(e.name)) return 'p'
  if (LETTER_PARTS.has(e.name)) return e.name
  if (e.name === 'div' && e.attributes.type === 'letter') return 'letter'
  return undefined
}

/** The elements to number, in document order, each with its counter name. */
function citable(text: TeiElement): { el: TeiElement; counter: string }[] {
  const out: { el: TeiElement; counter: string }[] = []
  const visit = (e: TeiElement, inNote: boolean) => {
    const counter = counterOf(e, inNote)
    if (counter) out.push({ el: e, counter })
    for (const c of e.children) if (c.type === 'element') visit(c, inNote || e.name === 'note')
  }
  visit(text, false)
  return out
}

/** Adds the missing ids; returns how many were added. */
export function addStableIds(doc: TeiDocument): number {
  const tei = rootElement(doc.tree)
  const text = tei.children.find((c): c is TeiElement => c.type === 'element' && c.name === 'text')
  if (!text) return 0
  const prefix = documentPrefix(doc, tei)
  const used = new Set<string>()
  walk(doc.tree, (n) => { if (n.type === 'element' && n.attributes['xml:id']) used.add(n.attributes['xml:id']) })
  const counts = new Map<string, number>()
  let added = 0
  for (const { el, counter } of citable(text)) {
    // every element counts, with an id or without, so one given id does not shift the others
    const k = (counts.get(counter) ?? 0) + 1
    counts.set(counter, k)
    if (el.attributes['xml:id']) continue
    let id = `${prefix}-${counter}${k}`
    // an editor's id may already have this form: the next free suffix, the same on every build
    for (let s = 2; used.has(id); s++) id = `${prefix}-${counter}${k}-${s}`
    used.add(id)
    el.attributes['xml:id'] = id
    added++
  }
  return added
}
