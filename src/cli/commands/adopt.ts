import { resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { summarize } from '../report.js'
import { adoptSource } from '../../build/adopt/adopt-source.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'adopt',
  usage: 'lectio adopt EDITION_DIR SOURCE [--from-dist] [--out DIR] [--verbose]',
  summary: 'Make a plain-text source a TEI source: its TEI as the build makes it goes to sources/<id>.xml and edition.json points at it; from then on you edit the TEI.',
  options: {
    'from-dist': { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    verbose: { type: 'boolean' },
  },
  optionHelp: [
    ['--from-dist', 'adopt the published copy dist/tei/<id>.xml as it is (keeps edits made there by hand)'],
    ['-o, --out DIR', 'the build output directory, when it is not EDITION_DIR/dist'],
    ['--verbose', 'also print the conversion\'s notes'],
  ],
  minPositionals: 2,
  maxPositionals: 2,
}

export const adoptCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const [editionDir, source] = positionals
    const r = await adoptSource({ editionDir, source, fromDist: values['from-dist'] === true, outDir: typeof values.out === 'string' ? resolve(values.out) : undefined })
    reporter.diagnostics(values.verbose ? r.diagnostics : r.diagnostics.filter((d) => d.severity !== 'info'))
    reporter.line(r.fromDist
      ? `wrote ${r.written}: the published copy of "${r.source}" as it is, with your edits`
      : `wrote ${r.written}: the TEI of "${r.source}" as the build makes it, its header recording the conversion (${summarize(r.diagnostics)})`)
    reporter.line(`edition.json: source "${r.source}" is now ${r.written.split('/').slice(-2).join('/')} (was ${r.was}, which stays as the record of the transcription)`)
    reporter.line(`from now on edit ${r.written} in any XML editor; lectio build ${editionDir} publishes it`)
    return 0
  },
}
