/** A draft register from the candidates of several documents, for the editor to check and fill in. */
import type { Registers } from '../core/registers.js'
import type { DocumentEntityReport } from './index.js'

function idFor(text: string, used: Set<string>): string {
  const base = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entry'
  let id = /^[a-z_]/.test(base) ? base : `n-${base}`
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`
  used.add(id)
  return id
}

export function suggestRegister(reports: DocumentEntityReport[]): Registers {
  const counts = new Map<string, { kind: string; count: number }>()
  for (const r of reports) for (const c of r.candidates) {
    const e = counts.get(c.text) ?? { kind: c.kind, count: 0 }
    e.count += c.count
    counts.set(c.text, e)
  }
  const used = new Set<string>()
  const out: Registers = { persons: [], places: [], orgs: [] }
  for (const [text, { kind, count }] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry = { id: idFor(text, used), name: text, aliases: [], note: `candidate (${count}×): check, complete and add an authority URI` }
    if (kind === 'place') out.places.push(entry)
    else if (kind === 'org') out.orgs.push(entry)
    else out.persons.push(entry)
  }
  return out
}
