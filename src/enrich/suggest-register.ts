/**
 * A draft register from the candidates of several documents, for the editor to check and fill in:
 * each candidate whose kind the evidence shows becomes an entry of its kind, its forms as editors
 * tag them (with the title where the language puts it inside: `Dr. Brekke`), the evidence in its
 * note. A name alone that ends a longer candidate's name of the same kind (`Brekke` beside
 * `Dr. Brekke`) is an alias of it. Candidates of unknown kind are reported, not drafted: accepting
 * the draft then adds names, not common words taken for them.
 */
import type { RegisterEntry, Registers } from '../core/registers.js'
import type { DocumentEntityReport } from './index.js'

type Kind = 'person' | 'place' | 'org'
interface Draft { kind: Kind; text: string; count: number; evidence: string; aliases: string[] }

function idFor(text: string, used: Set<string>): string {
  const base = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entry'
  const start = /^[a-z_]/.test(base) ? base : `n-${base}`
  let id = start
  for (let i = 2; used.has(id); i++) id = `${start}-${i}`
  used.add(id)
  return id
}

/** The candidates of all documents by kind and text, counts added. */
function gather(reports: readonly DocumentEntityReport[]): Draft[] {
  const byKey = new Map<string, Draft>()
  for (const r of reports) {
    for (const c of r.candidates) {
      if (c.kind === 'unknown') continue
      const key = `${c.kind}\u0000${c.text}`
      const d = byKey.get(key) ?? { kind: c.kind as Kind, text: c.text, count: 0, evidence: c.evidence, aliases: [] }
      d.count += c.count
      byKey.set(key, d)
    }
  }
  return [...byKey.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.kind < b.kind ? -1 : 1))
}

/** A one-word name that is the last word of exactly one longer name of its kind joins that one. */
function mergeShortForms(drafts: Draft[]): Draft[] {
  const long = drafts.filter((d) => /\s/.test(d.text))
  return drafts.filter((d) => {
    if (/\s/.test(d.text)) return true
    const owners = long.filter((l) => l.kind === d.kind && l.text.split(/\s+/).pop() === d.text)
    if (owners.length !== 1) return true
    owners[0].aliases.push(d.text)
    owners[0].count += d.count
    return false
  })
}

export function suggestRegister(reports: DocumentEntityReport[]): Registers {
  const used = new Set<string>()
  const out: Registers = { persons: [], places: [], orgs: [] }
  for (const d of mergeShortForms(gather(reports))) {
    const entry: RegisterEntry = { id: idFor(d.text, used), name: d.text, aliases: d.aliases, note: `candidate (${d.count}×; ${d.evidence}): check, complete and add an authority URI` }
    if (d.kind === 'place') out.places.push(entry)
    else if (d.kind === 'org') out.orgs.push(entry)
    else out.persons.push(entry)
  }
  return out
}

