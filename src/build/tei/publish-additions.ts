/**
 * What the build adds to a TEI source in its published copy (`dist/tei/<id>.xml`), and only there:
 * - a `correspDesc` read from a letter's opener and closer (dateline, salutation, signature), when
 *   the header has none — made by the enrich stage's own reader, over the editor's elements;
 * - a `standOff` with the register entries the document points to and does not hold itself.
 * Both are text inserted at offsets of the source (insertions.ts): every byte the editor wrote
 * stays as it was. Each addition is reported, so the editor knows what the reader sees.
 */
import type { Registers } from '../../core/registers.js'
import type { SourceFile } from '../../core/source-file.js'
import type { TeiElement, TeiNode, TeiRoot } from '../../core/tree.js'
import { findAll, findFirst, rootElement, textContent, walk } from '../../core/tree.js'
import { el, root } from '../../core/tei.js'
import { addCorrespDesc, addStandOff, personMatcher } from '../../enrich/index.js'
import { registerNames } from './register-names.js'
import type { Insertion } from './insertions.js'
import { escapeXml } from './insertions.js'
import { insertAfter, insertAsLastChildren } from './fragment-text.js'
import { allElements, findSpan, type ElementSpan, type XmlLayout } from './xml-spans.js'
import { TYPE_OF_ELEMENT, prefixDefsOf, registerIdsOf } from './register-refs.js'

export interface Addition { what: 'correspDesc' | 'standOff' | 'xml:id'; /** Where in the source it belongs. */ offset: number; description: string }
export interface PublishedAdditions { insertions: Insertion[]; additions: Addition[] }

export interface AdditionOptions {
  registers: Registers
  /** The edition says the source is a letter (or letters). */
  letter: boolean
  /** The source's id in the edition: the document's xml:id when it has none. */
  id: string
  /** The edition's language, when the document does not name its own. */
  language?: string
}

export function publishAdditions(layout: XmlLayout, parsed: { tree: TeiRoot; source: SourceFile }, options: AdditionOptions): PublishedAdditions {
  const rootId = documentId(layout, options.id)
  const corresp = derivedCorrespDesc(layout, parsed, options)
  const standOff = standOffFor(layout, options.registers, corresp.refs)
  return {
    insertions: [...rootId.insertions, ...corresp.insertions, ...standOff.insertions],
    additions: [...rootId.additions, ...corresp.additions, ...standOff.additions],
  }
}

/**
 * The document's xml:id on its root, when the editor gave it none: the edition's pages, the print
 * volume and the deposit's corpus tell documents apart by it. The source's id, made a valid
 * XML name; nothing when another element already has that id.
 */
function documentId(layout: XmlLayout, id: string): { insertions: Insertion[]; additions: Addition[] } {
  if (layout.root.attributes['xml:id'] !== undefined) return { insertions: [], additions: [] }
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '_')
  const xmlId = /^[A-Za-z_]/.test(clean) ? clean : `d${clean}`
  if (allElements(layout.root).some((e) => e.attributes['xml:id'] === xmlId)) return { insertions: [], additions: [] }
  return {
    insertions: [{ offset: layout.root.attributesEnd, text: ` xml:id="${escapeXml(xmlId)}"` }],
    additions: [{ what: 'xml:id', offset: layout.root.start, description: `xml:id="${xmlId}" on its root element, the document's id in the edition` }],
  }
}

/** A letter by TEI's conventions: a div of type letter, or a salutation or signature in the text. */
function lettersOf(text: TeiElement, letter: boolean): { letters: TeiElement[]; whole: boolean } {
  const letters = findAll(text, 'div').filter((d) => d.attributes.type === 'letter')
  if (letters.length) return { letters, whole: false }
  const parts = letter || !!findFirst(text, 'salute') || !!findFirst(text, 'signed')
  return { letters: [], whole: parts }
}

interface Derived { insertions: Insertion[]; additions: Addition[]; refs: string[] }

function derivedCorrespDesc(layout: XmlLayout, parsed: { tree: TeiRoot; source: SourceFile }, options: AdditionOptions): Derived {
  const none: Derived = { insertions: [], additions: [], refs: [] }
  const header = findFirst(parsed.tree, 'teiHeader')
  const text = findFirst(parsed.tree, 'text')
  const headerSpan = findSpan(layout.root, 'teiHeader')
  if (!header || !text || !headerSpan || findFirst(header, 'correspDesc')) return none
  const { letters, whole } = lettersOf(text, options.letter)
  if (!letters.length && !whole) return none
  let profileDesc = findFirst(header, 'profileDesc')
  if (!profileDesc) header.children.push((profileDesc = el('profileDesc')))
  const before = new Set<TeiNode>(profileDesc.children)
  const withoutId = letters.filter((l) => !l.attributes['xml:id'])
  // paired before the reader adds its elements to the tree
  const spanOf = withoutId.length ? pairElements(layout, parsed.tree) : new Map<TeiElement, ElementSpan>()
  // a letter that is the whole text is read through a view: the text's parts as one letter div
  const tree = whole ? root(el('TEI', {}, [header, el('text', {}, [el('div', { type: 'letter' }, text.children)])])) : parsed.tree
  const language = rootElement(parsed.tree).attributes['xml:lang'] ?? options.language
  const matchPerson = personMatcher(options.registers, language)
  const refs: string[] = []
  addCorrespDesc({ id: '', source: parsed.source, tree }, (name) => {
    const ref = matchPerson(name)
    if (ref) refs.push(ref.slice(1))
    return ref
  })
  const added = profileDesc.children.filter((c): c is TeiElement => c.type === 'element' && !before.has(c))
  if (!added.length) return none
  refs.push(...linkReadNames(added, options.registers, language))
  const ids = letterIdInsertions(withoutId, spanOf)
  if (!ids) return none
  const profileSpan = findSpan(headerSpan, 'profileDesc')
  const fileDesc = findSpan(headerSpan, 'fileDesc')
  const insertion = profileSpan && !profileSpan.selfClosing
    ? insertAsLastChildren(layout.text, profileSpan, added)
    : insertAfter(layout.text, fileDesc ?? headerSpan, [el('profileDesc', {}, added)])
  const description = added.length > 1
    ? `a correspDesc for each of its ${added.length} letters, read from their openings and closings; the source's header has none`
    : "a correspDesc read from the letter's opening and closing (sender, addressee, place and date as found there); the source's header has none"

  return { insertions: [insertion, ...ids], additions: [{ what: 'correspDesc', offset: (profileSpan ?? headerSpan).start, description }], refs }
}

/**
 * A name the reader took from untagged text (a signature, a salutation) is linked when it is, as
 * a whole, one register form of its kind — as the build links names in a converted text. Only
 * the elements the build made are touched. Returns the ids linked.
 */
function linkReadNames(made: TeiElement[], registers: Registers, language: string | undefined): string[] {
  const names = registerNames(registers, language)
  const linked: string[] = []
  for (const desc of made) {
    walk(desc, (n) => {
      if (n.type !== 'element' || n.attributes.ref || !TYPE_OF_ELEMENT[n.name]) return
      const ids = names.whole(textContent(n), TYPE_OF_ELEMENT[n.name])
      if (ids.length !== 1) return
      n.attributes.ref = `#${ids[0]}`
      linked.push(ids[0])
    })
  }
  return linked
}

/**
 * Several letters in one file: each correspDesc points at its letter, and a letter without an
 * xml:id got one from the reader; in the published copy it is an attribute added to the letter's
 * start tag. Undefined when a letter has no place in the layout, and then nothing is added.
 */
function letterIdInsertions(withoutId: TeiElement[], spanOf: Map<TeiElement, ElementSpan>): Insertion[] | undefined {
  const out: Insertion[] = []
  for (const letter of withoutId) {
    const id = letter.attributes['xml:id']
    if (!id) continue
    const span = spanOf.get(letter)
    if (!span) return undefined
    out.push({ offset: span.attributesEnd, text: ` xml:id="${escapeXml(id)}"` })
  }
  return out
}

/**
 * The tree's elements with their places in the layout: both in document order. Empty when they
 * do not pair up (markup from an entity's replacement text is in the tree, not in the file).
 */
function pairElements(layout: XmlLayout, tree: TeiRoot): Map<TeiElement, ElementSpan> {
  const elements: TeiElement[] = [rootElement(tree)]
  walk(rootElement(tree), (n) => { if (n.type === 'element') elements.push(n) })
  const spans = allElements(layout.root)
  const paired = new Map<TeiElement, ElementSpan>()
  if (spans.length !== elements.length || spans.some((s, k) => s.name !== elements[k].name)) return paired
  elements.forEach((e, k) => paired.set(e, spans[k]))
  return paired
}

/** The register entries the document points to (with any @ref) and does not define itself, as a standOff after the header. */
function standOffFor(layout: XmlLayout, registers: Registers, extra: string[]): { insertions: Insertion[]; additions: Addition[] } {
  const prefixes = prefixDefsOf(layout.root)
  const spans = allElements(layout.root)
  const defined = new Set(spans.map((e) => e.attributes['xml:id']).filter(Boolean))
  const referenced = new Set(extra)
  for (const e of spans) for (const id of registerIdsOf(e.attributes.ref, registers, prefixes)) referenced.add(id)
  const missing = new Set([...referenced].filter((id) => !defined.has(id)))
  const header: ElementSpan | undefined = findSpan(layout.root, 'teiHeader')
  if (!missing.size || !header) return { insertions: [], additions: [] }
  const scratch = root(el('TEI', {}, [el('teiHeader')]))
  addStandOff({ id: '', source: { path: '', text: '', locate: () => ({ line: 1, column: 1, offset: 0 }) }, tree: scratch }, registers, missing)
  const standOff = findFirst(scratch, 'standOff')!
  const listed = [...missing].sort().map((id) => `#${id}`)
  const description = `a standOff with the ${missing.size} register ${missing.size === 1 ? 'entry' : 'entries'} the document points to (${listed.slice(0, 8).join(', ')}${listed.length > 8 ? ', …' : ''})`
  return { insertions: [insertAfter(layout.text, header, [standOff])], additions: [{ what: 'standOff', offset: header.end, description }] }
}
