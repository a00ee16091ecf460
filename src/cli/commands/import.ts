import { basename, extname, resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { processTextFile } from '../../build/text-document.js'
import { loadRegisters, emptyRegisters } from '../../core/registers.js'
import { serializeTei } from '../../core/xml/serialize.js'
import { createTeiValidator } from '../../validate/index.js'
import { LectioError, UsageError } from '../../core/errors.js'
import { besidePath, isHandEdited, writeRecorded } from '../../build/output-record.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import type { Command } from '../command.js'
import type { SourceKind } from '../../core/edition.js'
import type { Registers } from '../../core/registers.js'
import type { Diagnostic } from '../../core/diagnostic.js'

const KINDS: SourceKind[] = ['auto', 'letter', 'letters', 'essay', 'article', 'journal']

const spec: CommandSpec = {
  name: 'import',
  usage: 'lectio import FILE.txt [--register REG.json]... [-o OUT.xml] [--kind KIND] [--title TITLE] [--author NAME] [--force]',
  summary: 'Convert one plain-text file to TEI P5 (structure, notes, names and dates); no edition needed.',
  options: {
    register: { type: 'string', short: 'r', multiple: true },
    out: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    force: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  optionHelp: [
    ['-r, --register REG.json', 'link names to this register (persons/places/orgs); may be repeated'],
    ['-o, --out OUT.xml', 'write the TEI to OUT.xml (default: standard output)'],
    ['--kind KIND', `what the text is: ${KINDS.join(', ')} (default: auto, detected)`],
    ['--title TITLE', 'the title, when the text has none'],
    ['--author NAME', 'the author, when the text does not say'],
    ['--force', 'overwrite OUT.xml even if it was edited by hand'],
    ['--verbose', 'also print notes (each normalised date, joined hyphen …)'],
  ],
  minPositionals: 1,
  maxPositionals: 1,
}

export interface ConvertOptions { registers?: Registers; kind?: string; title?: string; author?: string; shownOut?: string }

/** What `lectio import` does to one file: import, enrich, fidelity, serialise and validate. */
export async function convertTextFile(absPath: string, shownPath: string, options: ConvertOptions): Promise<{ xml: string; diagnostics: Diagnostic[] }> {
  const registers = options.registers ?? emptyRegisters()
  const kind = (options.kind ?? 'auto') as SourceKind
  const id = basename(absPath, extname(absPath)).replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^([^A-Za-z_])/, '_$1')
  const result = processTextFile(absPath, shownPath, {
    id,
    registers,
    source: { id, file: shownPath, kind, title: options.title ?? '', author: options.author },
  })
  const xml = serializeTei(result.doc.tree)
  const validator = await createTeiValidator()
  const validation = validator.validate(xml, options.shownOut ?? '<stdout>', { registers, letter: kind === 'letter' || kind === 'letters' })
  return { xml, diagnostics: [...result.diagnostics, ...validation] }
}

export const importCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const kind = (values.kind as string | undefined) ?? 'auto'
    if (!KINDS.includes(kind as SourceKind)) throw new UsageError(`lectio import: unknown kind "${kind}"`, `kinds: ${KINDS.join(', ')}`)
    const file = positionals[0]
    const { registers, diagnostics: registerNotes } = values.register ? loadRegisters((values.register as string[]).map((r) => resolve(r)), (f) => (values.register as string[]).find((r) => resolve(r) === f) ?? f) : { registers: emptyRegisters(), diagnostics: [] }
    const out = values.out as string | undefined
    const converted = await convertTextFile(resolve(file), file, { registers, kind, title: values.title as string | undefined, author: values.author as string | undefined, shownOut: out })
    const { xml } = converted
    const all = [...registerNotes, ...converted.diagnostics]
    const shown = values.verbose ? all : all.filter((d) => d.severity !== 'info')
    reporter.diagnostics(shown)
    const errors = all.filter((d) => d.severity === 'error').length
    if (errors) {
      reporter.line(`lectio import: ${summarize(all)}; nothing was written`)
      return 1
    }
    if (out) {
      const target = resolve(out)
      if (isHandEdited(target) && !values.force) {
        const beside = besidePath(target)
        writeFileAtomic(beside, xml)
        throw new LectioError({ code: 'output-hand-edited', severity: 'error', stage: 'cli', file: out, line: 1, column: 1, message: `this file was not written by Lectio or was edited since; it was not overwritten. The new version is in ${besidePath(out)}: compare them, then rerun with --force to overwrite` })
      }
      writeRecorded(target, xml)
      reporter.line(`wrote ${out}: ${summarize(all)}`)
    } else {
      process.stdout.write(xml)
    }
    return 0
  },
}
