import type { CommandSpec } from './args.js'
import type { Reporter } from './report.js'

/** A CLI command: its argument spec and what it does; returns the exit code. */
export interface Command {
  spec: CommandSpec
  run(argv: string[], reporter: Reporter): Promise<number>
}
