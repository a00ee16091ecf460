/**
 * Lectio's own rules for TEI, beyond the schema. Each rule has an id (its diagnostic code), a
 * severity and a check over the parsed tree; the catalogue with explanations is
 * schema/lectio-rules.json, and a rule missing from it is a programming error (tested).
 * Rules work on any TEI file: prefixed elements (tei:p) are matched by local name.
 */
import type { TeiElement, TeiNode, TeiRoot } from '../../core/tree.js'
import { textContent } from '../../core/tree.js'
import type { Diagnostic, Severity } from '../../core/diagnostic.js'
import type { Registers } from '../../core/registers.js'
import { readPrefixDefs, resolveReference, type RegisterFiles, type Resolution } from '../../core/references.js'
import { createTagLocator } from '../tag-positions.js'
import { dateBounds, parseW3cDate, type W3cDate } from '../w3c-date.js'

export interface RuleContext {
  file: string
  /** The document's path for resolving pointers to other files (default: `file`). */
  base?: string
  registers?: Registers
  /** The ids of each register file by absolute path: pointers into them must resolve. */
  registerFiles?: RegisterFiles
  letter?: boolean
  /** The XML text the tree was parsed from: findings on an attribute are then located at it. */
  xml?: string
}
interface Finding { el: TeiElement; message: string; attribute?: string }
export interface ProjectRule { id: string; severity: Severity; check(tree: TeiRoot, ctx: RuleContext): Finding[] }

function localName(name: string): string {
  const i = name.indexOf(':')
  return i >= 0 ? name.slice(i + 1) : name
}

/** Every rule walks the whole document: the walk is made once per node list (a WeakMap, so no leak). */
const walked = new WeakMap<TeiNode[], TeiElement[]>()

function elements(nodes: TeiNode[]): TeiElement[] {
  const known = walked.get(nodes)
  if (known) return known
  const out: TeiElement[] = []
  walked.set(nodes, out)
  const walk = (list: TeiNode[]) => {
    for (const n of list) if (n.type === 'element') { out.push(n); walk(n.children) }
  }
  walk(nodes)
  return out
}

/**
 * Attributes whose values are TEI pointers (data.pointer): a token "#x" must name an xml:id.
 * @from/@to are pointers only on the elements listed in FROM_TO_POINTERS; elsewhere they are dates.
 */
const POINTER_ATTRIBUTES = [
  'ref', 'target', 'corresp', 'wit', 'who', 'source', 'resp', 'hand', 'prev', 'next', 'sameAs', 'copyOf',
  'ana', 'synch', 'spanTo', 'decls', 'scheme', 'rendition', 'active', 'passive', 'mutual', 'edRef',
  'calendar', 'datingMethod', 'new', 'change', 'exclude', 'scribeRef', 'scriptRef', 'facs', 'since',
]
const FROM_TO_POINTERS = new Set(['span', 'app', 'arc', 'rt'])
/** Elements whose @from/@to are neither dates nor pointers (page or line ranges: att.citing, locus). */
const FROM_TO_OTHER = new Set(['locus', 'biblScope', 'citedRange'])
const DATE_ATTRIBUTES = ['when', 'from', 'to', 'notBefore', 'notAfter']

function datesOf(el: TeiElement): string[] {
  const local = localName(el.name)
  const fromTo = FROM_TO_POINTERS.has(local) || FROM_TO_OTHER.has(local)
  return DATE_ATTRIBUTES.filter((a) => el.attributes[a] !== undefined && !(fromTo && (a === 'from' || a === 'to')))
}

function parsedDate(v: string): W3cDate | undefined {
  const d = parseW3cDate(v)
  return 'problem' in d ? undefined : d
}

interface PointerUse { el: TeiElement; attribute: string; token: string; resolution: Resolution }

/** Every pointer token of a document and how it resolves (made once per tree and context). */
const pointerUses = new WeakMap<TeiNode[], { ctx: RuleContext; uses: PointerUse[] }>()

function pointersOf(tree: TeiRoot, ctx: RuleContext): PointerUse[] {
  const known = pointerUses.get(tree.children)
  if (known?.ctx === ctx) return known.uses
  const all = elements(tree.children)
  const ids = new Set(all.map((e) => e.attributes['xml:id']).filter((id): id is string => !!id))
  const resolution = { ids, prefixes: readPrefixDefs(tree), base: ctx.base ?? ctx.file, registers: ctx.registers, registerFiles: ctx.registerFiles }
  const uses: PointerUse[] = []
  for (const el of all) {
    const attrs = FROM_TO_POINTERS.has(localName(el.name)) ? [...POINTER_ATTRIBUTES, 'from', 'to'] : POINTER_ATTRIBUTES
    for (const attribute of attrs) {
      const v = el.attributes[attribute]
      if (!v) continue
      for (const token of v.trim().split(/\s+/)) uses.push({ el, attribute, token, resolution: resolveReference(token, resolution) })
    }
  }
  pointerUses.set(tree.children, { ctx, uses })
  return uses
}

/** How many of the unchecked pointers a message lists by name. */
const LISTED = 3

export const projectRules: ProjectRule[] = [
  {
    id: 'ref-unresolved', severity: 'error',
    check(tree, ctx) {
      return pointersOf(tree, ctx).filter((u) => u.resolution === 'unresolved').map(({ el, attribute, token }) => ({
        el, attribute, message: token.startsWith('#') ? `@${attribute}="${token}" points to no xml:id in the document or the registers` : `@${attribute}="${token}" points to no entry of the register it names`,
      }))
    },
  },
  {
    id: 'ref-unchecked', severity: 'warning',
    check(tree, ctx) {
      const unchecked = pointersOf(tree, ctx).filter((u) => u.resolution === 'unchecked')
      if (!unchecked.length) return []
      const names = [...new Set(unchecked.map((u) => u.token))]
      const listed = names.slice(0, LISTED).join(', ') + (names.length > LISTED ? `, … (${names.length} different)` : '')
      const n = unchecked.length
      return [{ el: unchecked[0].el, attribute: unchecked[0].attribute, message: `${n} pointer${n === 1 ? '' : 's'} to ids this file does not hold (${listed}): they may name entries of registers kept elsewhere; give the registers with --register FILE to check them` }]
    },
  },
  {
    id: 'id-duplicate', severity: 'error',
    check(tree) {
      const seen = new Map<string, TeiElement>()
      const out: Finding[] = []
      for (const el of elements(tree.children)) {
        const id = el.attributes['xml:id']
        if (!id) continue
        const first = seen.get(id)
        if (first) out.push({ el, attribute: 'xml:id', message: `xml:id "${id}" is used again (first on line ${first.position?.start.line ?? '?'})` })
        else seen.set(id, el)
      }
      return out
    },
  },
  {
    id: 'date-invalid', severity: 'error',
    check(tree) {
      const out: Finding[] = []
      for (const el of elements(tree.children)) {
        for (const attr of datesOf(el)) {
          const v = el.attributes[attr]
          const d = parseW3cDate(v)
          if ('problem' in d) out.push({ el, attribute: attr, message: `@${attr}="${v}" is not a real date: ${d.problem}` })
        }
      }
      return out
    },
  },
  {
    id: 'date-range-reversed', severity: 'error',
    check(tree) {
      const out: Finding[] = []
      for (const el of elements(tree.children)) {
        const dated = new Set(datesOf(el))
        for (const [a, b] of [['from', 'to'], ['notBefore', 'notAfter']]) {
          if (!dated.has(a) || !dated.has(b)) continue
          const start = parsedDate(el.attributes[a])
          const end = parsedDate(el.attributes[b])
          const s = start && dateBounds(start)
          const e = end && dateBounds(end)
          // the range is reversed only when its start begins after the whole of its end
          if (s && e && s[0] > e[1]) out.push({ el, attribute: a, message: `@${a}="${el.attributes[a]}" is after @${b}="${el.attributes[b]}"` })
        }
      }
      return out
    },
  },
  {
    id: 'note-n-missing', severity: 'warning',
    check(tree) {
      const out: Finding[] = []
      // notes of the text that a reader finds by their mark: foot/end notes and unplaced notes;
      // marginal and interlinear notes, and notes in the header or standOff, carry no mark
      const walk = (nodes: TeiNode[], inText: boolean) => {
        for (const n of nodes) {
          if (n.type !== 'element') continue
          const local = localName(n.name)
          const numbered = n.attributes.place === undefined || /^(foot|end|bottom)$/.test(n.attributes.place)
          if (local === 'note' && inText && numbered && !n.attributes.n) out.push({ el: n, message: `${n.attributes.place === 'foot' ? 'a footnote' : n.attributes.place === 'end' ? 'an endnote' : 'a note'} has no @n (its number or mark)` })
          walk(n.children, local === 'text' ? true : local === 'teiHeader' || local === 'standOff' ? false : inText)
        }
      }
      walk(tree.children, false)
      return out
    },
  },
  {
    id: 'corresp-desc-missing', severity: 'warning',
    check(tree, ctx) {
      const all = elements(tree.children)
      const docs = all.filter((e) => localName(e.name) === 'TEI')
      const out: Finding[] = []
      for (const doc of docs.length ? docs : all.slice(0, 1)) {
        const inside = elements(doc.children)
        const isLetter = ctx.letter || inside.some((e) => ['div', 'text'].includes(localName(e.name)) && e.attributes.type === 'letter')
        if (!isLetter || inside.some((e) => localName(e.name) === 'correspDesc')) continue
        const header = inside.find((e) => localName(e.name) === 'teiHeader') ?? doc
        out.push({ el: header, message: 'this document is a letter but its teiHeader has no correspDesc (sender, addressee, place and date)' })
      }
      return out
    },
  },
  {
    id: 'name-empty', severity: 'error',
    check(tree) {
      return elements(tree.children)
        .filter((el) => ['persName', 'placeName', 'orgName'].includes(localName(el.name)) && textContent(el).trim() === '' && !el.children.some((c) => c.type === 'element'))
        .map((el) => ({ el, message: `<${localName(el.name)}> is empty: a name needs its text` }))
    },
  },
]

export function runProjectRules(tree: TeiRoot, ctx: RuleContext): Diagnostic[] {
  const at = ctx.xml !== undefined ? createTagLocator(ctx.xml) : undefined
  const out: Diagnostic[] = []
  for (const rule of projectRules) {
    for (const f of rule.check(tree, ctx)) {
      const start = f.el.position?.start
      const place = at && start && f.attribute ? at.point(at.attribute(start.offset, f.attribute)) : { line: start?.line ?? 1, column: start?.column ?? 1 }
      out.push({ code: rule.id, severity: rule.severity, stage: 'validate', file: ctx.file, line: place.line, column: place.column, message: f.message })
    }
  }
  return out
}
