/**
 * Command-line parsing on node:util's parseArgs (strict), with messages an editor can act on:
 * an unknown option names the closest known one.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../core/errors.js'

/** The edition `build`, `deposit` and `serve` work on when none is named: the current folder (an edition's own). */
export const DEFAULT_EDITION_DIR = '.'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

export interface CommandSpec {
  name: string
  usage: string
  summary: string
  options: OptionSpec
  /** One line per option, for --help. */
  optionHelp: [string, string][]
  minPositionals?: number
  maxPositionals?: number
}

export interface ParsedCommand { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }

export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand {
  const options: OptionSpec = { ...spec.options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    const msg = (e as Error).message
    const unknown = /Unknown option '([^']+)'/.exec(msg)
    if (unknown) {
      const close = closest(unknown[1].replace(/^-+/, ''), Object.keys(options))
      throw new UsageError(`lectio ${spec.name}: unknown option ${unknown[1]}`, close ? `did you mean --${close}? (see lectio ${spec.name} --help)` : `see lectio ${spec.name} --help`)
    }
    throw new UsageError(`lectio ${spec.name}: ${msg.replace(/\. To specify a positional.*$/, '')}`, `see lectio ${spec.name} --help`)
  }
  const positionals = parsed.positionals
  if (!parsed.values.help) {
    if (spec.minPositionals !== undefined && positionals.length < spec.minPositionals) {
      throw new UsageError(`lectio ${spec.name}: missing argument`, `usage: ${spec.usage}`)
    }
    if (spec.maxPositionals !== undefined && positionals.length > spec.maxPositionals) {
      throw new UsageError(`lectio ${spec.name}: too many arguments (${positionals.slice(spec.maxPositionals).join(' ')})`, `usage: ${spec.usage}`)
    }
  }
  return { values: parsed.values as ParsedCommand['values'], positionals }
}

export function helpText(spec: CommandSpec): string {
  const width = Math.max(...spec.optionHelp.map(([o]) => o.length), 12)
  const lines = [
    `usage: ${spec.usage}`, '', spec.summary, '', 'options:',
    ...[...spec.optionHelp, ['--debug', 'show the stack trace of an internal error'], ['-h, --help', 'show this help']].map(([o, d]) => `  ${o.padEnd(width)}  ${d}`),
  ]
  return lines.join('\n') + '\n'
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestDist = Infinity
  for (const c of candidates) {
    const d = editDistance(word, c)
    if (d < bestDist) { bestDist = d; best = c }
  }
  return bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]
}
