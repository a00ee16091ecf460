import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { createTeiValidator } from '../../validate/index.js'
import { loadRegisters } from '../../core/registers.js'
import { UsageError } from '../../core/errors.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'validate',
  usage: 'lectio validate FILE.xml... [--format text|json] [--register REG.json]... [--letter]',
  summary: 'Validate TEI files against TEI P5 (tei_all) and the project rules; any TEI file, not only Lectio\'s.',
  options: {
    format: { type: 'string', short: 'f' },
    register: { type: 'string', short: 'r', multiple: true },
    letter: { type: 'boolean' },
  },
  optionHelp: [
    ['-f, --format text|json', 'text: one line per problem (default); json: an array of diagnostics on stdout'],
    ['-r, --register REG.json', 'ids in this register also resolve @ref="#id"; may be repeated'],
    ['--letter', 'the files are letters: require correspDesc'],
  ],
  minPositionals: 1,
}

export const validateCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const format = (values.format as string | undefined) ?? 'text'
    if (format !== 'text' && format !== 'json') throw new UsageError(`lectio validate: unknown format "${format}"`, 'formats: text, json')
    const registers = values.register ? loadRegisters((values.register as string[]).map((r) => resolve(r))).registers : undefined
    const validator = await createTeiValidator()
    const all: Diagnostic[] = []
    for (const file of positionals) {
      let xml: string
      try {
        xml = readFileSync(file, 'utf8')
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        all.push({ code: 'file-unreadable', severity: 'error', stage: 'validate', file, line: 1, column: 1, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})` })
        continue
      }
      all.push(...validator.validate(xml, file, { registers, letter: values.letter === true }))
    }
    const errors = all.filter((d) => d.severity === 'error').length
    if (format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n')
    else {
      reporter.diagnostics(all)
      reporter.line(`${positionals.length} file${positionals.length === 1 ? '' : 's'}: ${errors ? summarize(all) : `valid${all.length ? ` (${summarize(all)})` : ''}`}`)
    }
    return errors ? 1 : 0
  },
}
