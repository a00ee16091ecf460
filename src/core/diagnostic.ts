import type { Span } from './source-file.js'

export type Severity = 'error' | 'warning' | 'info'
export type Stage = 'config' | 'import' | 'enrich' | 'collate' | 'validate' | 'render' | 'deposit' | 'cli'

/**
 * One message for the editor. `code` is a short kebab-case rule id (`date-normalized`,
 * `ref-unresolved`); `line`/`column` are 1-based and refer to `file`.
 */
export interface Diagnostic {
  code: string
  severity: Severity
  stage: Stage
  message: string
  file: string
  line?: number
  column?: number
  span?: Span
  /** Where the problem comes from in the original source text, when `file` is generated TEI. */
  origin?: { file: string; line: number; column: number }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line ?? d.span?.start.line ?? 1}:${d.column ?? d.span?.start.column ?? 1}`
  const origin = d.origin ? ` (source ${d.origin.file}:${d.origin.line}:${d.origin.column})` : ''
  return `${where}: ${d.severity}: [${d.code}] ${d.message}${origin}`
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Stable order: file, line, column, severity, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.line ?? a.span?.start.line ?? 0
  const lb = b.line ?? b.span?.start.line ?? 0
  const ca = a.column ?? a.span?.start.column ?? 0
  const cb = b.column ?? b.span?.start.column ?? 0
  return (
    cmp(a.file, b.file) || la - lb || ca - cb ||
    severityRank[a.severity] - severityRank[b.severity] || cmp(a.code, b.code) || cmp(a.message, b.message)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const d of ds) out[d.severity]++
  return out
}

/** Applies per-edition overrides (`"rules": {"name-candidate": "error", "hyphen-joined": "off"}`). */
export function applySeverityOverrides(
  ds: readonly Diagnostic[],
  rules: Record<string, Severity | 'off'> | undefined,
): Diagnostic[] {
  if (!rules) return [...ds]
  const out: Diagnostic[] = []
  for (const d of ds) {
    const o = rules[d.code]
    if (o === 'off') continue
    out.push(o ? { ...d, severity: o } : d)
  }
  return out
}
