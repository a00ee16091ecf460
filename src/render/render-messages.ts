/**
 * What the stylesheets report (xsl:message) as diagnostics. A message reads
 * `[code] severity: at PATH: text` (severity and place optional); PATH, an XPath path(), is
 * turned into the line and column of the element in the input. Elements rendered without a rule
 * of their own (`render-generic-element`, one message per element) are gathered into one note per
 * document: which elements, how many of each, where the first stands.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.js'
import { locatePaths } from './xml-path.js'

export interface RenderMessage { code: string; severity: Severity; path?: string; text: string }

const MESSAGE = /^\s*\[([a-z0-9-]+)\]\s*(?:(warning|error|info):)?\s*(?:at (\/\S*): )?([\s\S]*)$/

/** A message's parts; one without a [code] is a warning "render-message". */
export function parseRenderMessage(text: string): RenderMessage {
  const m = MESSAGE.exec(text)
  if (!m) return { code: 'render-message', severity: 'warning', text: text.trim() }
  return { code: m[1], severity: (m[2] as Severity | undefined) ?? 'warning', path: m[3], text: m[4].trim() }
}

export const GENERIC_ELEMENT = 'render-generic-element'

/** The diagnostics of one transform's messages, located in `xml` (the input, named `file`). */
export function renderDiagnostics(messages: readonly RenderMessage[], xml: string, file: string): Diagnostic[] {
  if (!messages.length) return []
  const paths = messages.flatMap((m) => (m.path ? [m.path] : []))
  const at = paths.length ? locatePaths(xml, paths) : new Map()
  const place = (m: RenderMessage) => (m.path && at.get(m.path)) || { line: 1, column: 1 }
  const out: Diagnostic[] = []
  const generic = messages.filter((m) => m.code === GENERIC_ELEMENT)
  for (const m of messages) {
    if (m.code !== GENERIC_ELEMENT) out.push({ code: m.code, severity: m.severity, stage: 'render', file, ...place(m), message: m.text })
  }
  if (generic.length) {
    const counts = new Map<string, number>()
    for (const m of generic) counts.set(m.text, (counts.get(m.text) ?? 0) + 1)
    const list = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, n]) => `<${name}> ×${n}`).join(', ')
    out.push({
      code: GENERIC_ELEMENT, severity: 'info', stage: 'render', file, ...place(generic[0]),
      message: `rendered without a rule of their own, their text shown as it stands: ${list}`,
    })
  }
  return out
}
