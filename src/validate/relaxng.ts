/**
 * In-process RelaxNG validation against the official TEI P5 schema (schema/tei_all.rng), with
 * salve-annos driven by saxes events (the non-compact events: the compact one crashed on invalid
 * attribute values, TECH-NOTES). The schema is converted once per process, or read from the JSON
 * that `npm run build` caches in dist/schema/ (0.25 s instead of 0.8 s).
 */
import salve, { type Grammar } from 'salve-annos'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { packageRoot, schemaDir } from '../core/package-paths.js'
import type { Diagnostic } from '../core/diagnostic.js'

export const TEI_SCHEMA = join(schemaDir, 'tei_all.rng')
export const TEI_SCHEMA_CACHE = join(packageRoot, 'dist', 'schema', 'tei_all.json')

let grammar: Promise<Grammar> | undefined

export function loadTeiGrammar(): Promise<Grammar> {
  grammar ??= (async () => {
    if (existsSync(TEI_SCHEMA_CACHE) && statSync(TEI_SCHEMA_CACHE).mtimeMs >= statSync(TEI_SCHEMA).mtimeMs) {
      return salve.readTreeFromJSON(JSON.parse(readFileSync(TEI_SCHEMA_CACHE, 'utf8')))
    }
    return (await salve.convertRNGToPattern(pathToFileURL(TEI_SCHEMA))).pattern
  })()
  return grammar
}

/** Validates `xml` against the grammar; one diagnostic per problem, at the tag where it shows. */
export function validateRelaxNG(g: Grammar, xml: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const resolver = new salve.DefaultNameResolver()
  const walker = g.newWalker(resolver)
  const parser = new SaxesParser({ xmlns: true, position: true })
  const seen = new Set<string>()
  const lines = xml.split('\n')
  // saxes gives positions at the end of what it read; the tag's "<" is found from there
  let tagStart = { line: 1, column: 1 }
  const report = (errs: false | { toString(): string }[], place: { line: number; column: number }) => {
    if (!errs) return
    for (const e of errs) {
      const message = describe(e.toString())
      const key = `${place.line}:${place.column}:${message}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ code: 'tei-schema', severity: 'error', stage: 'validate', file, line: place.line, column: place.column, message })
    }
  }
  const stack: { uri: string; local: string; ctx: boolean }[] = []
  let text = ''
  let textAt = tagStart
  const flush = () => {
    if (text !== '') report(walker.fireEvent('text', [text]), textAt)
    text = ''
  }
  parser.on('opentagstart', () => {
    tagStart = findTagStart(lines, parser.line, parser.column)
  })
  parser.on('opentag', (node: SaxesTagNS) => {
    const tagAt = tagStart
    flush()
    const names = Object.keys(node.attributes).sort()
    const ns: [string, string][] = []
    const attrs: string[][] = []
    for (const name of names) {
      const a = node.attributes[name]
      if (name === 'xmlns') ns.push(['', a.value])
      else if (a.prefix === 'xmlns') ns.push([a.local, a.value])
      else attrs.push([a.uri, a.local, a.value])
    }
    if (ns.length) {
      resolver.enterContext()
      for (const [p, u] of ns) resolver.definePrefix(p, u)
    }
    report(walker.fireEvent('enterStartTag', [node.uri, node.local]), tagAt)
    for (const [uri, local, value] of attrs) {
      report(walker.fireEvent('attributeName', [uri, local]), tagAt)
      const bad = walker.fireEvent('attributeValue', [value])
      const name = `${uri === 'http://www.w3.org/XML/1998/namespace' ? 'xml:' : ''}${local}`
      if (bad) report(bad.map((e) => (/invalid attribute value/.test(e.toString()) ? { toString: () => `@${name}="${value}" is not a valid value for this attribute` } : e)), tagAt)
    }
    report(walker.fireEvent('leaveStartTag', []), tagAt)
    stack.push({ uri: node.uri ?? '', local: node.local ?? '', ctx: ns.length > 0 })
    textAt = { line: parser.line, column: parser.column + 1 }
  })
  parser.on('text', (t: string) => {
    text += t
  })
  parser.on('closetag', () => {
    const closeAt = findTagStart(lines, parser.line, parser.column)
    flush()
    const top = stack.pop()!
    report(walker.fireEvent('endTag', [top.uri, top.local]), closeAt)
    if (top.ctx) resolver.leaveContext()
    textAt = { line: parser.line, column: parser.column + 1 }
  })
  try {
    parser.write(xml).close()
  } catch (e) {
    // well-formedness is checked before; this is a last line of defence, never an exception
    out.push({ code: 'xml-not-well-formed', severity: 'error', stage: 'validate', file, line: parser.line, column: parser.column, message: `not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, '')}` })
    return out
  }
  report(walker.end(), { line: parser.line, column: parser.column })
  return out
}

/** The "<" of the tag whose name saxes has just read, searching back from its position. */
function findTagStart(lines: string[], line: number, column: number): { line: number; column: number } {
  for (let l = line; l >= 1 && l > line - 50; l--) {
    const s = lines[l - 1] ?? ''
    const from = l === line ? Math.min(column - 1, s.length - 1) : s.length - 1
    const i = s.lastIndexOf('<', from)
    if (i >= 0) return { line: l, column: i + 1 }
  }
  return { line, column }
}

/** salve's messages, made into the lower-case fragments Lectio uses. */
function describe(message: string): string {
  return message
    .replace(/\{http:\/\/www\.tei-c\.org\/ns\/1\.0\}/g, '')
    .replace(/\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}/g, 'xml:')
    .replace(/^tag not allowed here: \{\}?/, 'element not allowed here: ')
    .replace(/^tag not allowed here/, 'element not allowed here')
}
