import type { Diagnostic } from './diagnostic.js'

/** Where long work (a build) tells the editor what it found and how far it has got. */
export interface Reporter {
  diagnostics(ds: readonly Diagnostic[]): void
  progress(message: string): void
  line(message: string): void
}
