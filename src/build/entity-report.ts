/** The readable summary of the entity report (dist/reports/entities.txt). */
import type { BuildEntityReport } from './tei/tei-report.js'

export function formatEntityReport(reports: readonly BuildEntityReport[]): string {
  const lines: string[] = []
  for (const r of reports) {
    lines.push(`== ${r.id}`)
    const byRef = new Map<string, { kind: string; count: number; forms: Set<string> }>()
    for (const e of r.entities) {
      const entry = byRef.get(e.ref) ?? { kind: e.kind, count: 0, forms: new Set<string>() }
      entry.count++
      entry.forms.add(e.text)
      byRef.set(e.ref, entry)
    }
    lines.push(`tagged entities: ${r.entities.length}`)
    for (const [ref, e] of [...byRef].sort(([a], [b]) => (a < b ? -1 : 1))) {
      lines.push(`  ${e.kind.padEnd(6)} ${ref}  ×${e.count}  (${[...e.forms].sort().join(' | ')})`)
    }
    lines.push(`candidates (not in the registers): ${r.candidates.length}`)
    for (const c of r.candidates) {
      lines.push(`  ${c.kind.padEnd(7)} "${c.text}" ×${c.count} lines ${c.lines.join(', ')}${c.tagged ? ' — tagged without @ref' : ''} (${c.evidence})`)
    }
    lines.push(`ambiguous names: ${r.ambiguous.length}`)
    for (const a of r.ambiguous) lines.push(`  "${a.text}" line ${a.line}: ${a.refs.join(' or ')}`)
    lines.push(`dates: ${r.dates.length}`)
    for (const d of r.dates) {
      const value = d.when ?? `${d.from ?? ''}/${d.to ?? ''}`
      lines.push(`  line ${d.line}: "${d.text}" → ${value}${d.cert ? ` (cert ${d.cert})` : ''}`)
    }
    lines.push(...teiSourceLines(r))
    lines.push('')
  }
  return lines.join('\n')
}

/** What only a TEI source's report has: the published copy's additions, and what `lectio link` could do. */
function teiSourceLines(r: BuildEntityReport): string[] {
  const lines: string[] = []
  if (r.additions) {
    lines.push(`added in the published copy (not in the source): ${r.additions.length}`)
    for (const a of r.additions) lines.push(`  ${a}`)
  }
  if (r.unlinked) {
    lines.push(`register names lectio link could tag or link: ${r.unlinked.length}`)
    for (const u of r.unlinked) {
      const what = u.ambiguous ? `may be ${u.refs.join(' or ')}: not tagged` : u.tagged ? `tagged without @ref → ${u.refs[0]}` : `untagged → ${u.refs[0]}`
      lines.push(`  ${u.kind.padEnd(6)} "${u.text}" line ${u.line}: ${what}`)
    }
  }
  return lines
}
