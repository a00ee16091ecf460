import { readFileSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { CommandSpec } from '../args.js'
import { renderDocumentHtml } from '../../render/html/index.js'
import { createPdfRenderer } from '../../render/print/index.js'
import { parseXml } from '../../core/xml/parse.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { LectioError, UsageError } from '../../core/errors.js'
import type { Command } from '../command.js'

const spec: CommandSpec = {
  name: 'render',
  usage: 'lectio render FILE.xml --to html|pdf [-o OUT] [--paper A4|Letter|A5] [--line-numbers]',
  summary: 'Render one TEI file as an HTML page or a PDF.',
  options: {
    to: { type: 'string', short: 't' },
    out: { type: 'string', short: 'o' },
    paper: { type: 'string' },
    'line-numbers': { type: 'boolean' },
  },
  optionHelp: [
    ['-t, --to html|pdf', 'the output format (required)'],
    ['-o, --out OUT', 'output file (default: FILE.html or FILE.pdf beside the input)'],
    ['--paper A4|Letter|A5', 'paper size of the PDF (default A4)'],
    ['--line-numbers', 'number every fifth line in the PDF margin'],
  ],
  minPositionals: 1,
  maxPositionals: 1,
}

export const renderCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const to = values.to as string | undefined
    if (to !== 'html' && to !== 'pdf') throw new UsageError(to ? `lectio render: unknown format "${to}"` : 'lectio render: --to is required', 'use --to html or --to pdf')
    const paper = (values.paper as string | undefined) ?? 'A4'
    if (!['A4', 'Letter', 'A5'].includes(paper)) throw new UsageError(`lectio render: unknown paper "${paper}"`, 'papers: A4, Letter, A5')
    const file = positionals[0]
    let raw: string
    try {
      raw = readFileSync(file, 'utf8')
    } catch {
      throw new LectioError({ code: 'file-unreadable', severity: 'error', stage: 'render', file, line: 1, column: 1, message: 'cannot read the file' })
    }
    // a located error for ill-formed or hostile XML before any rendering; a DOCTYPE's entities are
    // expanded here, as XSLT processors without DTD support need them
    const xml = parseXml(raw, file, 'render').text
    const out = (values.out as string | undefined) ?? resolve(file).slice(0, -extname(file).length || undefined) + `.${to}`
    if (to === 'html') {
      const { html, diagnostics } = renderDocumentHtml(xml, file)
      reporter.diagnostics(diagnostics)
      writeFileAtomic(out, html)
    } else {
      const renderer = await createPdfRenderer()
      try {
        const { pdf, diagnostics } = await renderer.renderDocument(xml, file, { paper: paper as 'A4', lineNumbers: values['line-numbers'] === true })
        reporter.diagnostics(diagnostics)
        writeFileAtomic(out, pdf)
      } finally {
        await renderer.close()
      }
    }
    reporter.line(`wrote ${values.out ?? basename(out)}`)
    return 0
  },
}
