import type { Diagnostic } from './diagnostic.js'

/**
 * The one exception Lectio throws on purpose: something made it impossible to go on
 * (unreadable file, ill-formed XML, invalid config). The CLI prints its diagnostics and exits 1.
 * Any other exception is a bug and is reported as an internal error (exit 2).
 */
export class LectioError extends Error {
  readonly diagnostics: Diagnostic[]
  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics]
    super(list.map((d) => d.message).join('; '))
    this.name = 'LectioError'
    this.diagnostics = list
  }
}

/** Usage errors (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message)
    this.name = 'UsageError'
  }
}
