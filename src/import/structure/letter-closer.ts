/**
 * A letter's ending, from its last units: the farewell that ends the last paragraph ("… Adieu, je
 * vous embrasse de tout mon cœur.") and the closing formula over one or several lines ("I remain,
 * Sir, / your obedient servant") are the closer's <salute>; the name (with a role line after it,
 * "Secretary") its <signed>; a date at the foot its <dateline>; the lines after the signature
 * (to whom, a street, a town) its <address>. A postscript ("P.S.") follows the closer; an address
 * after the postscript is a closer of its own.
 */
import type { TeiNode, TeiText } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { sliceText } from '../../core/text-origin.js'
import type { Line } from '../lines.js'
import type { Unit } from '../draft.js'
import { parseInline, type InlineContext } from './inline.js'
import { isAddressLine, isClosing, isDateLine, isFarewell, isPlaceLine, isPostscript, isSalutationByWords, isSignature, isSignedWithPossessive, isStampLine } from './letter-parts.js'
import { linesNodes, lineText, trimText } from './unit-nodes.js'

export interface Ending {
  /** The body runs up to this unit (exclusive). */
  bodyEnd: number
  /** The last body paragraph without the farewell sentence it ended with. */
  lastPara?: Unit
  closer: TeiNode[]
  postscript: Unit[]
  /** The postscript's own closing and signature. */
  postscriptCloser: TeiNode[]
  /** An address after the postscript: a closer of its own. */
  tail: TeiNode[]
}

type Part = 'salute' | 'signed' | 'dateline' | 'address' | 'stamp'
interface PartLine { line: Line; unit: number; part?: Part }

/** The ending of a letter whose body starts at unit `from`. */
export function buildEnding(units: Unit[], from: number, ctx: InlineContext): Ending {
  // the postscript: from a "P.S.", or the paragraphs after a closing and signature in mid-letter
  const marked = units.findIndex((u, i) => i >= from && isPostscript(u.text.value))
  const mid = marked < 0 ? units.findIndex((u, i) => i > from && isMidCloser(u) && units.slice(i + 1).some((v) => v.kind === 'para')) : -1
  // (an address right under that closing and signature is the closer's, not the postscript's)
  let psAt = marked >= 0 ? marked : mid >= 0 ? mid + 1 : -1
  if (marked < 0 && mid >= 0) while (psAt < units.length - 1 && isAddressBlock(units[psAt])) psAt++
  const { postscript, postscriptCloser, tail } = postscriptOf(units, psAt, ctx)
  let foot = psAt >= 0 ? psAt : units.length
  const end = foot
  while (foot - 1 > from && isFootUnit(units[foot - 1])) foot--
  const farewell = farewellOf(units[foot - 1], ctx)
  const closer: TeiNode[] = farewell ? [el('salute', {}, parseInline(farewell.text, ctx))] : []
  closer.push(...footNodes(units.slice(foot, end), foot, ctx))
  if (farewell && !farewell.head) foot--
  return { bodyEnd: foot, lastPara: farewell?.head, closer, postscript, postscriptCloser, tail }
}

/** A closing and its signature standing before more paragraphs: "Yours truly⏎R. L. Hale", "Yours truly R. L. Hale". */
function isMidCloser(u: Unit): boolean {
  if (u.kind !== 'lines' || u.lines.length > 4) return false
  const ls = u.lines.map((l) => l.text.trim())
  if (ls.length >= 2) return isClosing(ls[0]) && isSignature(ls[ls.length - 1])
  return isClosing(ls[0]) && /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*\W*$/u.test(ls[0])
}

/** The postscript's units (its own closing, if any, apart), and an address after it (a closer of its own). */
function postscriptOf(units: Unit[], psAt: number, ctx: InlineContext): Pick<Ending, 'postscript' | 'postscriptCloser' | 'tail'> {
  if (psAt < 0) return { postscript: [], postscriptCloser: [], tail: [] }
  let t = units.length
  while (t - 1 > psAt && isAddressBlock(units[t - 1])) t--
  const tail = t < units.length ? [el('address', {}, units.slice(t).flatMap((u) => u.lines).map((l) => el('addrLine', {}, parseInline(lineText(l), ctx))))] : []
  let c = t
  while (c - 1 > psAt && isFootUnit(units[c - 1]) && units[c - 1].lines.some((l) => isClosing(l.text))) c--
  return { postscript: units.slice(psAt, c), postscriptCloser: c < t ? footNodes(units.slice(c, t), c, ctx) : [], tail }
}

/** A unit of short lines that can end a letter: a closing formula, a signature, a date, an address. */
function isFootUnit(u: Unit): boolean {
  if (u.kind !== 'lines' && u.kind !== 'head') return false
  const ls = u.lines.map((l) => l.text.trim())
  if (ls.length > 8 || ls.some((t) => t.length > 70 || (t.split(/\s+/).length >= 6 && /[.!?]$/.test(t) && !isClosing(t) && !isDateLine(t)))) return false
  return ls.some((t) => isClosing(t) || isSignature(t) || isDateLine(t) || isAddressLine(t) || isStampLine(t))
}

/** Short lines to whom a letter went, after its postscript: "Mrs. Hale / Queen Square / Bristol". */
function isAddressBlock(u: Unit): boolean {
  const ls = u.lines.map((l) => l.text.trim())
  return u.kind !== 'para' && ls.length <= 6 && isAddressLine(ls[0]) && ls.every((t) => t.length <= 60 && !/[!?;]$/.test(t))
}

/** The farewell sentence that ends the last paragraph: split off, or the whole paragraph when it is one. */
function farewellOf(u: Unit | undefined, ctx: InlineContext): { text: TeiText; head?: Unit } | undefined {
  if (!u || u.kind !== 'para') return undefined
  const text = trimText(u.text)
  const starts = [...text.value.matchAll(/[.!?]["”’»)]?\s+(?=["“«‘]?\p{Lu})/gu)].map((m) => m.index + m[0].length)
  const at = starts.length ? starts[starts.length - 1] : 0
  if (!isFarewell(text.value.slice(at), ctx.language ?? 'en')) return undefined
  if (at === 0) return { text }
  return { text: sliceText(text, at), head: { ...u, text: sliceText(text, 0, at) } }
}

/** The closer's parts from its lines: salute, signed (name and role), dateline, address, in order. */
function footNodes(units: Unit[], first: number, ctx: InlineContext): TeiNode[] {
  const lines: PartLine[] = units.flatMap((u, k) => u.lines.map((line) => ({ line, unit: first + k })))
  classify(lines)
  splitNamedClosing(lines)
  const nodes: TeiNode[] = []
  for (let i = 0; i < lines.length;) {
    let j = i + 1
    while (j < lines.length && lines[j].part === lines[i].part && (lines[i].part !== 'dateline' || lines[j].unit === lines[i].unit)) j++
    const group = lines.slice(i, j).map((p) => p.line)
    nodes.push(lines[i].part === 'address'
      ? el('address', {}, group.map((l) => el('addrLine', {}, parseInline(lineText(l), ctx))))
      : el(lines[i].part!, {}, linesNodes(group, ctx)))
    i = j
  }
  return nodes
}

/** Where the writer's name starts in a closing formula that ends with it: "Yours truly J. Smith", "Ihr ergebenster Wendelin von Hagen."; -1 if none. */
function nameStart(line: string): number {
  const m = /^(\s*.*?\p{Ll}\p{L}*,?\s+)((?:[dDlL]['’])?\p{Lu}.*)$/u.exec(line)
  return m && isSignature(m[2]) && /\p{Lu}[\p{L}'’-]{2,}/u.test(m[2]) ? m[1].length : -1
}
const endsWithName = (line: string) => nameStart(line) >= 0

/** A closing line the signature was found at the end of: its formula the salute, its name the signed. */
function splitNamedClosing(lines: PartLine[]): void {
  const i = lines.findIndex((p) => p.part === 'signed' && isClosing(p.line.text) && endsWithName(p.line.text))
  if (i < 0) return
  const { line } = lines[i]
  const at = nameStart(line.text)
  lines.splice(i, 1,
    { ...lines[i], line: { ...line, text: line.text.slice(0, at) }, part: 'salute' },
    { ...lines[i], line: { ...line, start: line.start + at, text: line.text.slice(at) } })
}

/** A line that only numbers: "No. 1", "N° 3", "2." */
const NUMBER_LINE = /^\s*(?:No\.?|N°|Nr\.?)?\s*\d{1,4}\.?\s*$/i

/**
 * The signature is the first name-like line after the closing formula's last line — a line with
 * a closing word, or one that goes on in lower case ("gehorsamster", "your obedient servant,") —
 * (a closing word may start the signature when it ends its unit: "Ihre Henriette."). A group of
 * lines with no closing word that names to whom ("Mrs. Miles", "W. Strutt Esqre", "To") is an address.
 */
function classify(lines: PartLine[]): void {
  const lastOfUnit = (i: number) => i === lines.length - 1 || lines[i + 1].unit !== lines[i].unit
  const formula = (t: string) => isClosing(t) || (/^\p{Ll}/u.test(t.trim()) && !isSignature(t) && !isDateLine(t))
  // the formula is in the first group of lines that has a closing word; the groups after it hold the name and the address
  const formulaUnit = lines.find((p) => isClosing(p.line.text))?.unit
  const lastClosing = lines.reduce((at, p, i) => (p.unit === formulaUnit && formula(p.line.text) && !lastOfUnit(i) ? i : at), -1)
  const inUnit = (u: number) => lines.filter((p) => p.unit === u).map((p) => p.line.text)
  // (a number over the address, "No. 1", is the address's own line)
  const addressUnit = (u: number) => u !== formulaUnit && (isAddressLine(inUnit(u).find((t) => !NUMBER_LINE.test(t)) ?? '') || inUnit(u).some((t) => /\bEsq/.test(t)))
  const toWhom = (t: string) => /^(?:to|an|à)(?:\s|$)/i.test(t.trim())
  // (a salutation repeated in the closing formula, "I have the honour to be, / Sir, / …", is no name)
  const named = lines.findIndex((p, i) => i > lastClosing && !isDateLine(p.line.text) && !isStampLine(p.line.text) && isSignature(p.line.text) && !addressUnit(p.unit) &&
    (!(isClosing(p.line.text) || isSalutationByWords(p.line.text)) || (lastOfUnit(i) && (isSignedWithPossessive(p.line.text) || i === lines.length - 1))) && !toWhom(p.line.text))
  // (no name of its own: the closing's last line may end with it, "Ihr gehorsamster K. A. von Hagen.")
  const sigAt = named >= 0 ? named : lines.findIndex((p, i) => p.unit === formulaUnit && lastOfUnit(i) && isClosing(p.line.text) && endsWithName(p.line.text))
  lines.forEach((p, i) => {
    const t = p.line.text
    if (isStampLine(t) || (i > 0 && lines[i - 1].part === 'stamp' && p.unit === lines[i - 1].unit && isStampRest(t))) p.part = 'stamp'
    else if (isDateLine(t)) p.part = 'dateline'
    else if (addressUnit(p.unit) || (sigAt >= 0 && i > sigAt && (p.unit !== lines[sigAt].unit || toWhom(t)))) p.part = 'address'
    else if (sigAt < 0 || i < sigAt) p.part = 'salute'
    else p.part = i === sigAt || (lines[i - 1].part === 'signed' && isRoleLine(t)) ? 'signed' : 'address'
  })
  // the place line above a date is the dateline's ("a Magdeburg⏎ce 31 d'Octobre⏎1760.")
  for (let i = lines.length - 2; i >= 0; i--) {
    const next = lines[i + 1]
    if (i !== sigAt && next.part === 'dateline' && next.unit === lines[i].unit && isPlaceLine(lines[i].line.text)) lines[i].part = 'dateline'
  }
}

/** What a stamp goes on with on the next line: a number or a letter or two ("10", "N 1"). */
const isStampRest = (t: string) => t.trim().length <= 12 && !/\p{L}{3}/u.test(t)

/** A line after the name that says what the signer is ("Secretary", "Secretary to the Committee."). */
const isRoleLine = (t: string) => !isAddressLine(t) && !/:/.test(t) && t.trim().split(/\s+/).length <= 6
