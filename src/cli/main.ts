/**
 * `lectio <command>`: dispatch, and the one place where errors become exit codes.
 * Exit codes: 0 success; 1 the input has errors (located diagnostics were printed);
 * 2 usage error; 3 internal error (a bug: rerun with --debug for the stack trace).
 */
import { LectioError, UsageError } from '../core/errors.js'
import { toolVersion } from '../core/package-paths.js'
import { createReporter } from './report.js'
import type { Command } from './command.js'
import { helpText, parseCommand } from './args.js'
import { buildCommand } from './commands/build.js'
import { importCommand } from './commands/import.js'
import { validateCommand } from './commands/validate.js'
import { renderCommand } from './commands/render.js'
import { suggestCommand } from './commands/suggest.js'
import { collateCommand } from './commands/collate.js'
import { depositCommand } from './commands/deposit.js'
import { serveCommand } from './commands/serve.js'

const commands: Command[] = [buildCommand, importCommand, validateCommand, renderCommand, suggestCommand, collateCommand, depositCommand, serveCommand]

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.spec.name.length))
  return [
    'usage: lectio <command> [options]', '',
    'Lectio turns plain-text transcriptions into TEI P5, an HTML reading edition and a PDF print edition.', '',
    'commands:',
    ...commands.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    '', 'Run `lectio <command> --help` for the options of a command.', '',
  ].join('\n')
}

export async function run(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug')
  const reporter = createReporter()
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`lectio ${toolVersion()}\n`)
    return 0
  }
  const command = commands.find((c) => c.spec.name === name)
  if (!command) {
    reporter.line(`lectio: unknown command "${name}"`)
    reporter.line(`commands: ${commands.map((c) => c.spec.name).join(', ')} (lectio --help)`)
    return 2
  }
  try {
    const args = parseCommand(command.spec, rest)
    if (args.values.help) {
      process.stdout.write(helpText(command.spec))
      return 0
    }
    return await command.run(args, reporter)
  } catch (e) {
    if (e instanceof UsageError) {
      reporter.line(e.message)
      if (e.hint) reporter.line(e.hint)
      return 2
    }
    if (e instanceof LectioError) {
      reporter.diagnostics(e.diagnostics)
      const n = e.diagnostics.filter((d) => d.severity === 'error').length
      reporter.line(`lectio ${name}: stopped, ${n} error${n === 1 ? '' : 's'}; nothing was written`)
      return 1
    }
    reporter.line(`lectio ${name}: internal error: ${(e as Error)?.message ?? String(e)}`)
    if (debug) reporter.line((e as Error)?.stack ?? '')
    else reporter.line('this is a bug in Lectio; rerun with --debug for details and report it')
    return 3
  }
}
