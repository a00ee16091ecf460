/**
 * Runs compiled stylesheets (dist/sef/*.sef.json) with Saxon-JS. Each SEF is read once per process
 * and reused for every document (TECH-NOTES: compiling or loading per document is the slow part).
 * `xsl:message`s become diagnostics (render-messages.ts); a stylesheet that is older than its .xsl source is refused
 * with "run npm run build".
 */
import SaxonJS from 'saxon-js'
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sefDir, xsltDir } from '../core/package-paths.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'
import { parseRenderMessage, renderDiagnostics, type RenderMessage } from './render-messages.js'

const loaded = new Map<string, unknown>()

function newestXsl(dir: string): number {
  let newest = 0
  if (!existsSync(dir)) return 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) newest = Math.max(newest, newestXsl(p))
    else if (e.name.endsWith('.xsl')) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

/** The compiled stylesheet `xslt/<name>.xsl`, loaded once. */
export function loadStylesheet(name: string): unknown {
  let sef = loaded.get(name)
  if (sef) return sef
  const path = join(sefDir, `${name}.sef.json`)
  if (!existsSync(path)) {
    throw new LectioError({ code: 'stylesheet-missing', severity: 'error', stage: 'render', file: `xslt/${name}.xsl`, line: 1, column: 1, message: `compiled stylesheet ${path} is missing: run npm run build` })
  }
  if (statSync(path).mtimeMs < newestXsl(xsltDir)) {
    throw new LectioError({ code: 'stylesheet-stale', severity: 'error', stage: 'render', file: `xslt/${name}.xsl`, line: 1, column: 1, message: 'the compiled stylesheet is older than the XSLT sources: run npm run build' })
  }
  sef = JSON.parse(readFileSync(path, 'utf8'))
  loaded.set(name, sef)
  return sef
}

export interface TransformOutput {
  /** The principal result, serialized. */
  output: string
  /** Secondary results from xsl:result-document, by href as written in the stylesheet. */
  documents: Map<string, string>
  diagnostics: Diagnostic[]
}

/**
 * Transforms `xml` (a string) with `xslt/<name>.xsl`. `file` names the input in diagnostics.
 * Messages (`[code] severity: at PATH: text`) become located diagnostics (render-messages.ts);
 * `terminate="yes"` becomes a LectioError.
 */
export function transformXml(name: string, xml: string, file: string, params: Record<string, unknown> = {}): TransformOutput {
  const messages: RenderMessage[] = []
  const documents = new Map<string, string>()
  let result
  try {
    result = SaxonJS.transform({
      stylesheetInternal: loadStylesheet(name),
      sourceText: xml,
      destination: 'serialized',
      stylesheetParams: params,
      baseOutputURI: 'file:///lectio-out/',
      deliverMessage: (node: unknown) => { messages.push(parseRenderMessage(SaxonJS.XPath.evaluate('string(.)', node) as string)) },
      // secondary results (xsl:result-document): Saxon-JS passes URL objects here
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri: unknown, content: unknown) => {
          documents.set(decodeURIComponent(String(uri).replace(/^file:\/\/\/lectio-out\//, '')), String(content))
        },
      }),
    }, 'sync')
  } catch (e) {
    const err = e as { message?: string; code?: string; xsltLineNr?: number }
    throw new LectioError({
      code: 'render-failed', severity: 'error', stage: 'render', file, line: 1, column: 1,
      message: `XSLT ${name}: ${(err.message ?? String(e)).split('\n')[0]}`,
    })
  }
  return { output: result.principalResult ?? '', documents, diagnostics: renderDiagnostics(messages, xml, file) }
}
