import { existsSync, statSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { processTextFile } from '../../build/text-document.js'
import { teiSourceReport } from '../../build/tei-document.js'
import { loadEdition } from '../../core/edition.js'
import { emptyRegisters, loadRegisters } from '../../core/registers.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { suggestRegister, type DocumentEntityReport } from '../../enrich/index.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'suggest',
  usage: 'lectio suggest FILE.txt|EDITION_DIR [--register REG.json]... [--write DRAFT.json]',
  summary: 'List names that are not in the registers (with counts and lines), and optionally write a draft register to fill in.',
  options: {
    register: { type: 'string', short: 'r', multiple: true },
    write: { type: 'string', short: 'w' },
  },
  optionHelp: [
    ['-r, --register REG.json', 'registers to check against (for a single file); may be repeated'],
    ['-w, --write DRAFT.json', 'write a draft register of the candidates (ids and names to check, no authority URIs)'],
  ],
  minPositionals: 1,
  maxPositionals: 1,
}

export const suggestCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const target = positionals[0]
    const reports: DocumentEntityReport[] = []
    if (existsSync(target) && statSync(target).isDirectory() && existsSync(join(target, 'edition.json'))) {
      const { edition } = loadEdition(target)
      for (const source of edition.config.sources) {
        const shown = edition.display(edition.sourcePath(source))
        // a TEI source is not converted: its report lists the names its editor tagged without @ref
        if (edition.sourceFormat(source) === 'tei') reports.push(teiSourceReport(edition.sourcePath(source), shown, source.id, edition.registers, edition.config))
        else reports.push(processTextFile(edition.sourcePath(source), shown, { id: source.id, source, edition: edition.config, registers: edition.registers }).report)
      }
    } else {
      const registers = values.register ? loadRegisters((values.register as string[]).map((r) => resolve(r))).registers : emptyRegisters()
      const id = basename(target, extname(target)).replace(/[^A-Za-z0-9_.-]/g, '_')
      reports.push(processTextFile(resolve(target), target, { id, registers }).report)
    }
    const merged = new Map<string, { kind: string; count: number; where: string[]; evidence: string }>()
    for (const r of reports) {
      for (const c of r.candidates) {
        const key = `${c.kind}\u0000${c.text}`
        const m = merged.get(key) ?? { kind: c.kind, count: 0, where: [] as string[], evidence: c.evidence }
        m.count += c.count
        m.where.push(`${r.id}:${c.lines.join(',')}`)
        merged.set(key, m)
      }
    }
    const rows = [...merged].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1))
    for (const [key, m] of rows) {
      const text = key.split('\u0000')[1]
      process.stdout.write(`${String(m.count).padStart(4)}  ${m.kind.padEnd(7)} ${text}  (${m.evidence})  — ${m.where.join('; ')}\n`)
    }
    const unknown = rows.filter(([, m]) => m.kind === 'unknown').length
    reporter.line(`${rows.length} candidate name${rows.length === 1 ? '' : 's'} not in the registers${unknown ? ` (${unknown} of unknown kind: listed, not drafted)` : ''}`)
    if (values.write) {
      writeFileAtomic(values.write as string, JSON.stringify(suggestRegister(reports), null, 2) + '\n')
      reporter.line(`wrote a draft register to ${values.write as string}: check every entry, add authority URIs, then move it to the edition's registers/`)
    }
    return 0
  },
}
