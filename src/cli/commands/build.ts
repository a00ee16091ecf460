import { DEFAULT_EDITION_DIR, type CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { buildEdition } from '../../build/build-edition.js'
import { resolve } from 'node:path'
import type { Command } from '../command.js'
import { UsageError } from '../../core/errors.js'

const spec: CommandSpec = {
  name: 'build',
  usage: 'lectio build [EDITION_DIR] [--out DIR] [--no-pdf] [--no-epub] [--deposit] [--force] [--jobs N] [--quiet] [--verbose]',
  summary: `Build an edition (default: the current folder): TEI, HTML site, PDFs and EPUB in EDITION_DIR/dist/; with --deposit also the deposit package (lectio deposit).`,
  options: {
    out: { type: 'string', short: 'o' },
    'no-pdf': { type: 'boolean' },
    'no-epub': { type: 'boolean' },
    deposit: { type: 'boolean' },
    force: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    verbose: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  optionHelp: [
    ['-o, --out DIR', 'write the outputs to DIR instead of EDITION_DIR/dist'],
    ['--no-pdf', 'skip the PDF edition (faster; no Chromium needed)'],
    ['--no-epub', 'skip the EPUB edition'],
    ['--deposit', 'also make the deposit package (as lectio deposit); without it, a deposit made earlier is kept while nothing it holds changed, and removed otherwise'],
    ['--force', 'overwrite TEI files that were edited by hand since the last build'],
    ['-j, --jobs N', 'worker threads for import/enrich/validate (default: one per core)'],
    ['-q, --quiet', 'no progress messages, only problems and the summary'],
    ['--verbose', 'also print notes (info diagnostics: each normalised date, joined hyphen …)'],
  ],
  maxPositionals: 1,
}

export const buildCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`lectio build: --jobs takes a whole number ≥ 1 (got "${values.jobs as string}")`)
    const memory = Boolean(process.env.LECTIO_REPORT_MEMORY)
    // LECTIO_REPORT_MEMORY=1 (the benchmark): each progress line with the process's memory
    const mb = (n: number) => Math.round(n / 2 ** 20)
    const progress = memory
      ? (m: string) => { const u = process.memoryUsage(); reporter.progress(`${m} [rss ${mb(u.rss)} MB; main thread: heap ${mb(u.heapUsed)} MB, buffers ${mb(u.external)} MB]`) }
      : reporter.progress
    const quietReporter = values.quiet ? { ...reporter, progress: () => {} } : { ...reporter, progress }
    const result = await buildEdition({
      editionDir: positionals[0] ?? DEFAULT_EDITION_DIR,
      outDir: typeof values.out === 'string' ? resolve(values.out) : undefined,
      pdf: !values['no-pdf'],
      epub: !values['no-epub'],
      deposit: values.deposit === true,
      force: values.force === true,
      jobs,
    }, quietReporter)
    if (memory) reporter.line(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
    const shown = values.verbose ? result.diagnostics : result.diagnostics.filter((d) => d.severity !== 'info')
    reporter.diagnostics(shown)
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    reporter.line(`${result.documents} documents, ${result.published} published: ${summarize(result.diagnostics)}` +
      (errors ? ' — documents with errors were not published (see rejected/); fix them or lower the rule severity in edition.json' : ''))
    return errors ? 1 : 0
  },
}
