/**
 * Finds the place in an XML text of the element an XPath `path()` names
 * (`/Q{http://www.tei-c.org/ns/1.0}TEI[1]/Q{…}text[1]/…`), so that what a stylesheet reports
 * about an element is located at its start tag. One pass of saxes over the text, for the few
 * documents that have anything to report.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'

export interface XmlPoint { line: number; column: number }

interface Step { uri: string; local: string; n: number }

/** The steps of a path() result; undefined for anything else (attributes, text nodes). */
export function parsePath(path: string): Step[] | undefined {
  const steps: Step[] = []
  for (const part of path.split(/\/(?=Q\{|[^/{}]*\[)/).slice(1)) {
    const m = /^(?:Q\{([^}]*)\})?([^[\]/]+)\[(\d+)\]$/.exec(part)
    if (!m) return undefined
    steps.push({ uri: m[1] ?? '', local: m[2], n: Number(m[3]) })
  }
  return steps.length ? steps : undefined
}

/** Line and column (1-based) of the start tags of the elements `paths` name, by path. */
export function locatePaths(xml: string, paths: readonly string[]): Map<string, XmlPoint> {
  const wanted = new Map<string, Step[]>()
  for (const p of paths) { const steps = parsePath(p); if (steps) wanted.set(p, steps) }
  const found = new Map<string, XmlPoint>()
  if (!wanted.size) return found
  const parser = new SaxesParser({ xmlns: true, position: true })
  // the path of the open elements, and per open element how many children of each name it has seen
  const stack: string[] = []
  const seen: Map<string, number>[] = [new Map()]
  let tagOffset = 0
  const targets = new Map([...wanted].map(([p, steps]) => [steps.map((s) => `${s.uri}|${s.local}|${s.n}`).join('/'), p]))
  parser.on('opentagstart', () => { tagOffset = xml.lastIndexOf('<', parser.position - 1) })
  parser.on('opentag', (node: SaxesTagNS) => {
    const name = `${node.uri ?? ''}|${node.local ?? node.name}`
    const counts = seen[seen.length - 1]
    const n = (counts.get(name) ?? 0) + 1
    counts.set(name, n)
    stack.push(`${name}|${n}`)
    seen.push(new Map())
    const hit = targets.get(stack.join('/'))
    if (hit) found.set(hit, pointAt(xml, tagOffset))
    if (node.isSelfClosing) { stack.pop(); seen.pop() }
  })
  parser.on('closetag', (node) => { if (!node.isSelfClosing) { stack.pop(); seen.pop() } })
  try {
    parser.write(xml).close()
  } catch {
    // a text saxes cannot read to the end (an entity it does not know): what was found stays
  }
  return found
}

function pointAt(text: string, offset: number): XmlPoint {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1 }
  return { line, column: offset - start + 1 }
}
