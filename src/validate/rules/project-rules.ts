/**
 * Lectio's own rules for TEI, beyond the schema. Each rule has an id (its diagnostic code), a
 * severity and a check over the parsed tree; the catalogue with explanations is
 * schema/lectio-rules.json, and a rule missing from it is a programming error (tested).
 */
import type { TeiElement, TeiNode, TeiRoot } from '../../core/tree.js'
import { textContent } from '../../core/tree.js'
import type { Diagnostic, Severity } from '../../core/diagnostic.js'
import type { Registers } from '../../core/registers.js'

export interface RuleContext { file: string; registers?: Registers; letter?: boolean }
interface Finding { el: TeiElement; message: string }
export interface ProjectRule { id: string; severity: Severity; check(tree: TeiRoot, ctx: RuleContext): Finding[] }

function localName(name: string): string {
  const i = name.indexOf(':')
  return i >= 0 ? name.slice(i + 1) : name
}

function elements(tree: TeiRoot): TeiElement[] {
  const out: TeiElement[] = []
  const walk = (nodes: TeiNode[]) => {
    for (const n of nodes) if (n.type === 'element') { out.push(n); walk(n.children) }
  }
  walk(tree.children)
  return out
}

const ISO_DATE = /^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

function isRealDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false
  const [y, m, d] = v.replace(/^-/, '').split('-').map(Number)
  if (d === undefined) return true
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/** Compares ISO dates of different precision by their first day (from) or last day (to). */
function bound(v: string, end: boolean): string {
  const parts = v.split('-')
  if (parts.length === 1) return end ? `${v}-12-31` : `${v}-01-01`
  if (parts.length === 2) return end ? `${v}-31` : `${v}-01`
  return v
}

export const projectRules: ProjectRule[] = [
  {
    id: 'ref-unresolved', severity: 'error',
    check(tree, ctx) {
      const ids = new Set(elements(tree).map((e) => e.attributes['xml:id']).filter(Boolean))
      if (ctx.registers) for (const list of Object.values(ctx.registers)) for (const e of list as { id: string }[]) ids.add(e.id)
      const out: Finding[] = []
      for (const el of elements(tree)) {
        for (const attr of ['ref', 'target', 'corresp', 'wit', 'who', 'source']) {
          const v = el.attributes[attr]
          if (!v) continue
          for (const token of v.split(/\s+/)) {
            if (token.startsWith('#') && !ids.has(token.slice(1))) out.push({ el, message: `@${attr}="${token}" points to no xml:id in the document or the registers` })
          }
        }
      }
      return out
    },
  },
  {
    id: 'id-duplicate', severity: 'error',
    check(tree) {
      const seen = new Map<string, TeiElement>()
      const out: Finding[] = []
      for (const el of elements(tree)) {
        const id = el.attributes['xml:id']
        if (!id) continue
        const first = seen.get(id)
        if (first) out.push({ el, message: `xml:id "${id}" is used again (first on line ${first.position?.start.line ?? '?'})` })
        else seen.set(id, el)
      }
      return out
    },
  },
  {
    id: 'date-invalid', severity: 'error',
    check(tree) {
      const out: Finding[] = []
      for (const el of elements(tree)) {
        for (const attr of ['when', 'from', 'to', 'notBefore', 'notAfter']) {
          const v = el.attributes[attr]
          if (v !== undefined && !isRealDate(v)) out.push({ el, message: `@${attr}="${v}" is not a real ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)` })
        }
      }
      return out
    },
  },
  {
    id: 'date-range-reversed', severity: 'error',
    check(tree) {
      const out: Finding[] = []
      for (const el of elements(tree)) {
        const { from, to } = el.attributes
        if (from && to && isRealDate(from) && isRealDate(to) && bound(from, false) > bound(to, true)) {
          out.push({ el, message: `@from="${from}" is after @to="${to}"` })
        }
      }
      return out
    },
  },
  {
    id: 'note-n-missing', severity: 'warning',
    check(tree) {
      return elements(tree)
        .filter((el) => localName(el.name) === 'note' && el.attributes.place === 'foot' && !el.attributes.n)
        .map((el) => ({ el, message: 'a footnote has no @n (its number or mark)' }))
    },
  },
  {
    id: 'corresp-desc-missing', severity: 'error',
    check(tree, ctx) {
      const all = elements(tree)
      const isLetter = ctx.letter || all.some((e) => localName(e.name) === 'div' && e.attributes.type === 'letter')
      if (!isLetter || all.some((e) => localName(e.name) === 'correspDesc')) return []
      const header = all.find((e) => localName(e.name) === 'teiHeader') ?? all[0]
      return header ? [{ el: header, message: 'this document is a letter but its teiHeader has no correspDesc (sender, addressee, place and date)' }] : []
    },
  },
  {
    id: 'name-empty', severity: 'error',
    check(tree) {
      return elements(tree)
        .filter((el) => ['persName', 'placeName', 'orgName'].includes(localName(el.name)) && textContent(el).trim() === '' && !el.children.some((c) => c.type === 'element'))
        .map((el) => ({ el, message: `<${localName(el.name)}> is empty` }))
    },
  },
]

export function runProjectRules(tree: TeiRoot, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const rule of projectRules) {
    for (const f of rule.check(tree, ctx)) {
      out.push({ code: rule.id, severity: rule.severity, stage: 'validate', file: ctx.file, line: f.el.position?.start.line ?? 1, column: f.el.position?.start.column ?? 1, message: f.message })
    }
  }
  return out
}
