import { readFileSync } from 'node:fs'
import { DEFAULT_EDITION_DIR, type CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { buildEdition } from '../../build/build-edition.js'
import { verifyDeposit } from '../../deposit/index.js'
import { createTeiValidator } from '../../validate/index.js'
import { LectioError, UsageError } from '../../core/errors.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'deposit',
  usage: 'lectio deposit [EDITION_DIR] [--no-pdf] [--no-epub] [--jobs N] | lectio deposit --verify ZIP',
  summary: 'Bring the build up to date and make the repository package in EDITION_DIR/dist/deposit/ (BagIt zip with TEI, teiCorpus, site, PDFs, registers, DataCite, Dublin Core, CMIF), or verify one. A plain lectio build keeps the package only while nothing in it changed.',
  options: {
    verify: { type: 'string' },
    'no-pdf': { type: 'boolean' },
    'no-epub': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  optionHelp: [
    ['--verify ZIP', 'recheck every checksum of a deposit zip and validate its TEI files'],
    ['--no-pdf', 'leave the PDFs out (faster)'],
    ['--no-epub', 'skip the EPUB edition in the build (it is not part of the package)'],
    ['-j, --jobs N', 'worker threads for the build (default: one per core)'],
  ],
  maxPositionals: 1,
}

export const depositCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    if (typeof values.verify === 'string') {
      const file = values.verify
      let zip: Uint8Array
      try { zip = readFileSync(file) } catch {
        throw new LectioError({ code: 'file-unreadable', severity: 'error', stage: 'deposit', file, line: 1, column: 1, message: 'cannot read the deposit file' })
      }
      const validator = await createTeiValidator()
      const ds = verifyDeposit(zip, file, (xml, f) => validator.validate(xml, f))
      reporter.diagnostics(ds)
      const errors = ds.filter((d) => d.severity === 'error').length
      reporter.line(errors ? `${file}: ${summarize(ds)}` : `${file}: the bag is complete and every checksum and TEI file is valid`)
      return errors ? 1 : 0
    }
    // The deposit is a release step of the build: bring the build up to date, then pack it.
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`lectio deposit: --jobs takes a whole number ≥ 1 (got "${values.jobs as string}")`)
    const result = await buildEdition({ editionDir: positionals[0] ?? DEFAULT_EDITION_DIR, pdf: !values['no-pdf'], epub: !values['no-epub'], jobs, deposit: true }, reporter)
    reporter.diagnostics(result.diagnostics.filter((d) => d.severity !== 'info'))
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    reporter.line(`deposit package in ${result.outDir}/deposit/: ${summarize(result.diagnostics)}`)
    return errors ? 1 : 0
  },
}
