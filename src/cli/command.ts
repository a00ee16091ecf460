import type { CommandSpec, ParsedCommand } from './args.js'
import type { Reporter } from './report.js'

/** A CLI command: its argument spec and what it does with the parsed arguments; returns the exit code. */
export interface Command {
  spec: CommandSpec
  run(args: ParsedCommand, reporter: Reporter): Promise<number>
}
