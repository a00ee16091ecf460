/** How the CLI talks to the editor: diagnostics one per line, progress and a summary on stderr. */
import { applySeverityOverrides, compareDiagnostics, countBySeverity, formatDiagnostic, type Diagnostic, type Severity } from '../core/diagnostic.js'

import type { Reporter } from '../core/reporter.js'

export type { Reporter }

export function createReporter(options: { quiet?: boolean; showInfo?: boolean; stream?: NodeJS.WritableStream } = {}): Reporter {
  const out = options.stream ?? process.stderr
  return {
    diagnostics(ds) {
      for (const d of [...ds].sort(compareDiagnostics)) {
        if (d.severity === 'info' && !options.showInfo) continue
        out.write(formatDiagnostic(d) + '\n')
      }
    },
    progress(message) {
      if (!options.quiet) out.write(message + '\n')
    },
    line(message) {
      out.write(message + '\n')
    },
  }
}

export function summarize(ds: readonly Diagnostic[]): string {
  const c = countBySeverity(ds)
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${part(c.error, 'error')}, ${part(c.warning, 'warning')}, ${part(c.info, 'note')}`
}

export { applySeverityOverrides }
export type { Severity }
