import { readFileSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { processTextFile } from '../../build/text-document.js'
import { emptyRegisters } from '../../core/registers.js'
import { serializeTei } from '../../core/xml/serialize.js'
import { parseXml } from '../../core/xml/parse.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { LectioError, UsageError } from '../../core/errors.js'
import { collateWitnesses } from '../../collate/index.js'
import { createTeiValidator } from '../../validate/index.js'
import { summarize } from '../report.js'
import type { Command } from '../command.js'
import type { Diagnostic } from '../../core/diagnostic.js'

const spec: CommandSpec = {
  name: 'collate',
  usage: 'lectio collate A B [C…] -o OUT.xml [--sigla A,B,…] [--base SIGLUM] [--title TITLE] [--ignore-punctuation] [--ignore-case]',
  summary: 'Collate witnesses of one text (plain text or TEI) word by word into a TEI parallel-segmentation apparatus.',
  options: {
    out: { type: 'string', short: 'o' },
    sigla: { type: 'string' },
    base: { type: 'string' },
    title: { type: 'string' },
    'ignore-punctuation': { type: 'boolean' },
    'ignore-case': { type: 'boolean' },
  },
  optionHelp: [
    ['-o, --out OUT.xml', 'where to write the apparatus (required)'],
    ['--sigla A,B,…', 'sigla of the witnesses, in order (default A, B, C …)'],
    ['--base SIGLUM', 'the base text (default: the first witness)'],
    ['--title TITLE', 'title of the work'],
    ['--ignore-punctuation', 'differences of punctuation only are not variants'],
    ['--ignore-case', 'differences of case only are not variants'],
  ],
  minPositionals: 2,
}

export const collateCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const out = values.out as string | undefined
    if (!out) throw new UsageError('lectio collate: -o OUT.xml is required', `usage: ${spec.usage}`)
    const sigla = values.sigla ? (values.sigla as string).split(',').map((s) => s.trim()) : positionals.map((_, i) => String.fromCharCode(65 + i))
    if (sigla.length !== positionals.length) throw new UsageError(`lectio collate: ${positionals.length} witnesses but ${sigla.length} sigla`, 'give one siglum per witness: --sigla A,B')
    if (new Set(sigla).size !== sigla.length || sigla.some((s) => !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(s))) throw new UsageError('lectio collate: sigla must be distinct names (letters, digits, _ . -, starting with a letter)')
    const base = (values.base as string | undefined) ?? sigla[0]
    if (!sigla.includes(base)) throw new UsageError(`lectio collate: the base "${base}" is not one of the sigla ${sigla.join(', ')}`)
    const diagnostics: Diagnostic[] = []
    const witnesses = positionals.map((file, i) => {
      const id = basename(file, extname(file)).replace(/[^A-Za-z0-9_.-]/g, '_')
      if (/\.xml$/i.test(file)) {
        let xml: string
        try { xml = readFileSync(file, 'utf8') } catch {
          throw new LectioError({ code: 'file-unreadable', severity: 'error', stage: 'import', file, line: 1, column: 1, message: 'cannot read the file' })
        }
        parseXml(xml, file, 'import')
        return { siglum: sigla[i], id, title: id, teiXml: xml }
      }
      const r = processTextFile(resolve(file), file, { id, registers: emptyRegisters() })
      diagnostics.push(...r.diagnostics.filter((d) => d.severity !== 'info'))
      return { siglum: sigla[i], id, title: id, teiXml: serializeTei(r.doc.tree) }
    })
    const t0 = performance.now()
    const result = collateWitnesses(witnesses, {
      workId: basename(out, extname(out)).replace(/[^A-Za-z0-9_.-]/g, '_'),
      title: (values.title as string | undefined) ?? witnesses[0].title,
      base,
      ignorePunctuation: values['ignore-punctuation'] === true,
      ignoreCase: values['ignore-case'] === true,
    })
    const ms = Math.round(performance.now() - t0)
    const validator = await createTeiValidator()
    const all = [...diagnostics, ...result.diagnostics, ...validator.validate(result.teiXml, out)]
    reporter.diagnostics(all)
    if (all.some((d) => d.severity === 'error')) {
      reporter.line(`lectio collate: ${summarize(all)}; nothing was written`)
      return 1
    }
    writeFileAtomic(out, result.teiXml)
    reporter.line(`wrote ${out}: ${witnesses.length} witnesses collated in ${ms} ms`)
    return 0
  },
}
