import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { createTeiValidator } from '../../validate/index.js'
import { loadRegisters, type Registers } from '../../core/registers.js'
import { registerFilesOf, type RegisterFiles } from '../../core/references.js'
import { decodeXml } from '../../core/xml/decode.js'
import { LectioError, UsageError } from '../../core/errors.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'validate',
  usage: 'lectio validate FILE.xml... [--format text|json] [--register REG.json|REG.xml]... [--letter] [--verbose]',
  summary: 'Validate TEI files against TEI P5 (tei_all) and the project rules; any TEI file, not only Lectio\'s.',
  options: {
    format: { type: 'string', short: 'f' },
    register: { type: 'string', short: 'r', multiple: true },
    letter: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  optionHelp: [
    ['-f, --format text|json', 'text: one line per problem (default); json: an array of diagnostics on stdout'],
    ['-r, --register REG', 'a register (JSON, or TEI with listPerson/listPlace/listOrg): pointers into it (#id, persons.xml#id, a prefix) must resolve; may be repeated'],
    ['--letter', 'the files are letters: report a missing correspDesc'],
    ['--verbose', 'also print notes (an external DTD that was not read …)'],
  ],
  minPositionals: 1,
}

/** The registers given on the command line, merged and checked, and the ids of each file. */
function readRegisters(files: string[]): { registers: Registers; registerFiles: RegisterFiles } {
  const { registers } = loadRegisters(files.map((r) => resolve(r)), (f) => files.find((r) => resolve(r) === f) ?? f)
  return { registers, registerFiles: registerFilesOf(files) }
}

function readXml(file: string): { xml: string } | { problem: Diagnostic } {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { problem: { code: 'file-unreadable', severity: 'error', stage: 'validate', file, line: 1, column: 1, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})` } }
  }
  try {
    return { xml: decodeXml(bytes, file, 'validate').text }
  } catch (e) {
    if (e instanceof LectioError) return { problem: e.diagnostics[0] }
    throw e
  }
}

export const validateCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const format = (values.format as string | undefined) ?? 'text'
    if (format !== 'text' && format !== 'json') throw new UsageError(`lectio validate: unknown format "${format}"`, 'formats: text, json')
    const given = values.register as string[] | undefined
    const registers = given ? readRegisters(given) : undefined
    const validator = await createTeiValidator()
    const all: Diagnostic[] = []
    for (const file of positionals) {
      const read = readXml(file)
      if ('problem' in read) all.push(read.problem)
      else all.push(...validator.validate(read.xml, file, { ...registers, base: resolve(file), letter: values.letter === true }))
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
