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

/**
 * Each command's module, loaded when it runs: rendering loads Saxon-JS and Playwright, which
 * took a second of every `lectio validate` before it could start.
 */
const commandModules: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  suggest: async () => (await import('./commands/suggest.js')).suggestCommand,
  collate: async () => (await import('./commands/collate.js')).collateCommand,
  deposit: async () => (await import('./commands/deposit.js')).depositCommand,
  adopt: async () => (await import('./commands/adopt.js')).adoptCommand,
  link: async () => (await import('./commands/link.js')).linkCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
}

async function mainHelp(): Promise<string> {
  const commands = await Promise.all(Object.values(commandModules).map((load) => load()))
  const width = Math.max(...commands.map((c) => c.spec.name.length))
  return [
    'usage: lectio <command> [options]', '',
    'Lectio turns plain-text transcriptions and TEI files into TEI P5, an HTML reading edition and a PDF print edition.', '',
    'commands:',
    ...commands.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    '', 'Run `lectio <command> --help` for the options of a command.', '',
  ].join('\n')
}

export async function run(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug')
  // --verbose: the notes (info diagnostics) are printed too; a command without the option filters nothing itself
  let reporter = createReporter()
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`lectio ${toolVersion()}\n`)
    return 0
  }
  const load = Object.hasOwn(commandModules, name) ? commandModules[name] : undefined
  if (!load) {
    reporter.line(`lectio: unknown command "${name}"`)
    reporter.line(`commands: ${Object.keys(commandModules).join(', ')} (lectio --help)`)
    return 2
  }
  const command = await load()
  try {
    const args = parseCommand(command.spec, rest)
    if (args.values.help) {
      process.stdout.write(helpText(command.spec))
      return 0
    }
    if (args.values.verbose) reporter = createReporter({ showInfo: true })
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
