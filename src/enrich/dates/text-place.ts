/**
 * Where a run of text stands, as far as dates care: in an editorial note, in a heading or
 * dateline, in a diary entry's head, in which block and which letter, in which language.
 */
import type { TeiElement, TeiNode } from '../../core/tree.js'
import { textContent } from '../../core/tree.js'
import type { TextVisit } from '../wrap-matches.js'

export interface TextPlace {
  note?: TeiElement
  /** A head, dateline or docDate: where a weekday and a day number alone are a date. */
  heading: boolean
  /** The head of a diary entry (div type="entry"): its date is the entry's. */
  entryHead: boolean
  /** The paragraph (or other block) the text is in. */
  block?: TeiElement
  /** The text is the first of its block: a date opening it may be a letter's new day ("Den 23ten"). */
  blockStart: boolean
  letter?: TeiElement
  /** Primary language subtag from the nearest xml:lang (en, de, fr …). */
  language: string
  /** Text just before this run in its element, and whether that is a tagged name. */
  before: string
  afterName: boolean
}

const BLOCKS = new Set([
  'p', 'head', 'dateline', 'note', 'item', 'l', 'cell', 'ab', 'salute', 'signed', 'docDate', 'titlePart', 'byline', 'trailer', 'label', 'postscript',
])
const HEADINGS = new Set(['head', 'dateline', 'docDate'])
const NAMES = new Set(['persName', 'placeName', 'orgName', 'name'])

export function placeOf(visit: TextVisit, fallbackLanguage: string): TextPlace {
  const { ancestors, parent, node } = visit
  const nearest = (test: (e: TeiElement) => boolean) => [...ancestors].reverse().find(test)
  const head = nearest((e) => e.name === 'head')
  const headOwner = head ? ancestors[ancestors.indexOf(head) - 1] : undefined
  const lang = nearest((e) => !!e.attributes['xml:lang'])?.attributes['xml:lang'] ?? fallbackLanguage
  const previous = previousSibling(parent, node)
  const block = nearest((e) => BLOCKS.has(e.name))
  return {
    note: nearest((e) => e.name === 'note'),
    heading: !!nearest((e) => HEADINGS.has(e.name)),
    entryHead: !!headOwner && headOwner.name === 'div' && headOwner.attributes.type === 'entry',
    block,
    blockStart: !!block && firstText(block) === node,
    letter: nearest((e) => e.name === 'div' && e.attributes.type === 'letter'),
    language: lang.toLowerCase().split('-')[0],
    before: previous ? textContent(previous).slice(-60) : '',
    afterName: !!previous && previous.type === 'element' && NAMES.has(previous.name),
  }
}

/** The first text of an element that is not only white space. */
function firstText(el: TeiElement): TeiNode | undefined {
  for (const c of el.children) {
    if (c.type === 'text' && c.value.trim()) return c
    if (c.type === 'element') {
      const t = firstText(c)
      if (t) return t
    }
  }
  return undefined
}

function previousSibling(parent: TeiElement, node: TeiNode): TeiNode | undefined {
  const i = parent.children.indexOf(node)
  return i > 0 ? parent.children[i - 1] : undefined
}
