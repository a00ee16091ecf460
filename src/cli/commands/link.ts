import type { CommandSpec } from '../args.js'
import { formatDiagnostic } from '../../core/diagnostic.js'
import { linkSources } from '../../build/link/link-sources.js'
import { lineDiff } from '../../build/link/line-diff.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'link',
  usage: 'lectio link EDITION_DIR [SOURCE...] [--dry-run] [--diff]',
  summary: 'Tag register names in the edition\'s TEI sources, in place: untagged names get persName/placeName/orgName with @ref, tagged names without @ref get one; a backup <file>.bak is kept.',
  options: {
    'dry-run': { type: 'boolean', short: 'n' },
    diff: { type: 'boolean' },
  },
  optionHelp: [
    ['-n, --dry-run', 'show what would change; write nothing'],
    ['--diff', 'print the changed lines as a unified diff'],
  ],
  minPositionals: 1,
}

export const linkCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const [editionDir, ...sources] = positionals
    const dryRun = values['dry-run'] === true
    const { files, skipped } = await linkSources({ editionDir, sources, dryRun })
    let errors = 0
    let changed = 0
    for (const f of files) {
      for (const d of f.diagnostics) reporter.line(formatDiagnostic(d))
      errors += f.diagnostics.filter((d) => d.severity === 'error').length
      if (values.diff && f.after !== f.before) process.stdout.write(lineDiff(f.file, f.before, f.after))
      const tagged = f.applied.filter((c) => c.kind === 'tagged').length
      const refs = f.applied.length - tagged
      if (!f.applied.length) continue
      changed++
      const names = `${tagged} name${tagged === 1 ? '' : 's'}`
      const added = `${refs} @ref${refs === 1 ? '' : 's'}`
      reporter.line(dryRun ? `${f.file}: would tag ${names} and add ${added}; nothing was written (--dry-run)` : `${f.file}: tagged ${names} and added ${added}; the version before is ${f.backup}`)
    }
    if (!changed && !errors) reporter.line(`lectio link: nothing to link in ${files.length} TEI source${files.length === 1 ? '' : 's'}`)
    if (skipped.length) reporter.line(`${skipped.length} plain-text source${skipped.length === 1 ? '' : 's'} left alone: the build tags ${skipped.length === 1 ? 'it' : 'them'} at every build`)
    return errors ? 1 : 0
  },
}
