/**
 * The document's own date, and each letter's: what relative dates ("yesterday") count from and
 * where a date without a year takes it — not from the last year mentioned in passing. In order:
 * the source's full date in the header (edition.json), the letter's dateline (at its head or foot),
 * a paragraph or note that reads like one ("Bergen, Norway, Sept. 3rd, 1893. First printed …"),
 * the source's partial date ("1820-01"), and, failing all, the first full date of the text (cert low).
 */
import type { TeiElement, TeiRoot } from '../../core/tree.js'
import { findAll, findFirst } from '../../core/tree.js'
import { textNodes } from '../wrap-matches.js'
import { findDatePhrases } from './parse-date-phrase.js'
import { contextDateOf, resolveDate, type Cert, type ContextDate, type DateContext } from './resolve-date.js'
import type { OldStyle } from './old-style.js'
import { closingDateline } from './closing-dateline.js'

export type ReferenceDate = ContextDate & { cert: Cert }

export interface OwnDates {
  /** The text is a letter or diary (letters, entries, datelines): its own date is its writing's. */
  dated: boolean
  document?: ReferenceDate
  letters: Map<TeiElement, ReferenceDate>
  /** Paragraphs that close with a dateline of their own (closing-dateline.ts): their relative dates count from it. */
  blocks: Map<TeiElement, ReferenceDate>
  /** A year written in the document, for the century of two-digit years. */
  anyYear?: number
}

/** Where dates are not the text's: the header, notes, and what enrichment never tags inside. */
const NOT_OWN = new Set(['teiHeader', 'standOff', 'note', 'persName', 'placeName', 'orgName', 'name', 'date', 'ref', 'title'])

/** How the own dates are read: the language, Old Style, and what the header gives. */
interface Reading { language: string; ctx: DateContext }

export function findOwnDates(tree: TeiRoot, language: string, oldStyle?: OldStyle): OwnDates {
  const header = headerDate(tree)
  const full = header?.day !== undefined ? header : undefined
  const text = findFirst(tree, 'text')
  if (!text) return { dated: false, document: header, letters: new Map(), blocks: new Map() }
  const anyYear = firstYear(text, language)
  const r: Reading = { language, ctx: { context: header, oldStyle, centuryYear: header?.year ?? anyYear } }
  const letters = new Map<TeiElement, ReferenceDate>()
  for (const letter of findAll(text, 'div').filter((d) => d.attributes.type === 'letter')) {
    const d = full ?? datelineDate(letter, r)
    if (d) letters.set(letter, d)
  }
  const document = full ?? datelineDate(text, r) ?? placeAndDate(text, r) ?? header ?? firstFullDate(text, r)
  return { dated: isDated(text), document, letters, blocks: closingDatelines(text, r), anyYear }
}

/** Each paragraph outside notes that ends with a dateline of its own, to that dateline's date. */
function closingDatelines(text: TeiElement, r: Reading): Map<TeiElement, ReferenceDate> {
  const blocks = new Map<TeiElement, ReferenceDate>()
  // the paragraphs of notes, gathered once: asking each paragraph would walk the text for each
  const inNotes = new Set(findAll(text, 'note').flatMap((n) => findAll(n, 'p')))
  for (const p of findAll(text, 'p')) {
    if (inNotes.has(p)) continue
    const phrase = closingDateline(lineText(p), r.language)
    const v = phrase ? resolveDate(phrase, r.ctx) : undefined
    const d = v && !('unresolved' in v) ? contextDateOf(v.value) : undefined
    if (d?.day !== undefined) blocks.set(p, { ...d, cert: 'medium' })
  }
  return blocks
}

/** Letters, diary entries, datelines: a text written on a day of its own. */
function isDated(text: TeiElement): boolean {
  const parts = findAll(text, 'div').some((d) => /^(?:letter|entry|journal|diary)$/.test(d.attributes.type ?? ''))
  return parts || findFirst(text, 'dateline') !== undefined
}

/** The source's date as the header records it (sourceDesc/bibl/date/@when). */
export function headerDate(tree: TeiRoot): ReferenceDate | undefined {
  const sourceDesc = findFirst(findFirst(tree, 'teiHeader') ?? tree, 'sourceDesc')
  const bibl = sourceDesc?.children.find((c): c is TeiElement => c.type === 'element' && c.name === 'bibl' && !c.attributes.type)
  const when = bibl ? findFirst(bibl, 'date')?.attributes.when : undefined
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(when ?? '')
  if (!m) return undefined
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined, cert: 'medium' }
}

/** The first date with a month in a dateline (or the title page's docDate) under `el`. */
function datelineDate(el: TeiElement, r: Reading): ReferenceDate | undefined {
  for (const line of [...findAll(el, 'dateline'), ...findAll(el, 'docDate')]) {
    if (isInNote(el, line)) continue
    const d = firstDate(lineText(line), r, true)
    if (d) return { ...d, cert: 'medium' }
  }
  return undefined
}

/**
 * Places at the start of a block, each followed by a comma, the last maybe by the dateline's
 * article instead: "Bath, Laura Place, ", "Kassel den ", "à Tours ce " (after a note mark).
 */
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*"
const PLACES_BEFORE = new RegExp(`^[\\s*†‡]*(?:à\\s+)?(?:${PLACE},\\s*)*${PLACE}(?:,\\s*|\\s+(?:den|am|d\\.|ce|le)\\s+)`, 'u')

/** Where a dateline import did not mark as one may stand. */
const DATELINE_PLACES = ['p', 'note', 'head', 'titlePart', 'docDate', 'byline']

/** A paragraph, note or heading that opens with places and a date: a dateline import did not mark as one. */
function placeAndDate(text: TeiElement, r: Reading): ReferenceDate | undefined {
  for (const block of DATELINE_PLACES.flatMap((name) => findAll(text, name))) {
    const s = lineText(block)
    const places = PLACES_BEFORE.exec(s)
    if (!places) continue
    const first = findDatePhrases(s, { language: r.language, heading: true }).dates[0]
    if (first?.index !== places[0].length) continue
    const d = firstDate(first.text, r, true)
    if (d) return { ...d, cert: 'medium' }
  }
  return undefined
}

/** The words of a dateline as read: a line break is a space, a note on it is not part of it. */
function lineText(el: TeiElement): string {
  let s = ''
  for (const c of el.children) {
    if (c.type === 'text') s += c.value
    else if (c.type === 'element' && c.name === 'lb') s += ' '
    else if (c.type === 'element' && c.name !== 'note') s += lineText(c)
  }
  return s
}

function isInNote(root: TeiElement, target: TeiElement): boolean {
  return findAll(root, 'note').some((n) => findAll(n, target.name).includes(target))
}

/** How near the start or end of the text a date must be to be taken for its dateline. */
const DATELINE_REACH = 300

/**
 * A dateline not recognised as one: the first full date (year, month, day) near the start or the
 * end of the text outside notes, where letters are dated; else the first full date anywhere.
 */
function firstFullDate(text: TeiElement, r: Reading): ReferenceDate | undefined {
  const found: { at: number; date: ContextDate }[] = []
  let length = 0
  for (const { node } of textNodes({ type: 'root', children: [text] }, NOT_OWN)) {
    const d = firstDate(node.value, { ...r, ctx: { ...r.ctx, context: undefined } }, false)
    if (d?.day !== undefined) found.push({ at: length, date: d })
    length += node.value.length
  }
  const near = found.find((f) => f.at < DATELINE_REACH || f.at > length - DATELINE_REACH) ?? found[0]
  return near ? { ...near.date, cert: 'low' } : undefined
}

/** The first year a date phrase writes, notes included: near enough for a century. */
function firstYear(text: TeiElement, language: string): number | undefined {
  for (const { node } of textNodes({ type: 'root', children: [text] })) {
    const p = findDatePhrases(node.value, { language }).dates.find((d) => d.start.year !== undefined)
    if (p) return p.start.year
  }
  return undefined
}

function firstDate(s: string, r: Reading, heading: boolean): ContextDate | undefined {
  for (const p of findDatePhrases(s, { language: r.language, heading }).dates) {
    if (p.relative || p.end) continue
    const v = resolveDate(p, r.ctx)
    const d = 'unresolved' in v ? undefined : contextDateOf(v.value)
    if (d?.month !== undefined) return d
  }
  return undefined
}
