/**
 * In-process RelaxNG validation against the official TEI P5 schema (schema/tei_all.rng), with
 * salve-annos driven by saxes events (the non-compact events: the compact one crashed on invalid
 * attribute values, TECH-NOTES). The schema is converted once per process, or read from the JSON
 * that `npm run build` caches in dist/schema/ (0.25 s instead of 0.8 s).
 *
 * salve's errors become located diagnostics with specific codes (rng-element-not-allowed,
 * rng-attribute-value-invalid, …) and messages naming elements as an editor writes them (<p>, @when).
 */
import salve, { type Grammar } from 'salve-annos'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { packageRoot, schemaDir } from '../core/package-paths.js'
import type { Diagnostic } from '../core/diagnostic.js'
import type { TeiElement, TeiNode, TeiRoot } from '../core/tree.js'
import { createTagLocator } from './tag-positions.js'
import { parseW3cDate } from './w3c-date.js'

export const TEI_SCHEMA = join(schemaDir, 'tei_all.rng')
export const TEI_SCHEMA_CACHE = join(packageRoot, 'dist', 'schema', 'tei_all.json')

const TEI_NS = 'http://www.tei-c.org/ns/1.0'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
/** How many expected names a message lists before "and N more". */
const MAX_EXPECTED = 8

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

interface SalveName { ns?: string; name?: string; toArray(): SalveName[] | null }
interface SalveError { msg: string; name?: SalveName; namesA?: SalveName[]; namesB?: SalveName[]; toString(): string }
/** An open element; `childErrors` are the diagnostics about its content, to merge with what it lacks. */
interface Open { uri: string; local: string; shown: string; ctx: boolean; errored: boolean; childErrors: Diagnostic[] }

/** Validates `xml` against the grammar; one diagnostic per problem, where it shows. */
export function validateRelaxNG(g: Grammar, xml: string, file: string): Diagnostic[] {
  return checkAgainstSchema(g, xml, file).diagnostics
}

export interface SchemaCheck {
  diagnostics: Diagnostic[]
  /** The document as a tree with element positions (for the project rules), read in the same pass. */
  tree: TeiRoot
  /** The XML was not well-formed: the diagnostics hold saxes's account of it. */
  illFormed: boolean
}

/**
 * One saxes pass that validates against the schema and builds the tree the project rules read,
 * so a large file is parsed once (a second parse cost as much as the validation itself).
 */
export function checkAgainstSchema(g: Grammar, xml: string, file: string): SchemaCheck {
  const out: Diagnostic[] = []
  const root: TeiRoot = { type: 'root', children: [] }
  const nodes: TeiNode[][] = [root.children]
  const addText = (value: string) => {
    if (nodes.length === 1) return
    const list = nodes[nodes.length - 1]
    const last = list[list.length - 1]
    if (last?.type === 'text') last.value += value
    else list.push({ type: 'text', value })
  }
  const resolver = new salve.DefaultNameResolver()
  const walker = g.newWalker(resolver)
  const parser = new SaxesParser({ xmlns: true, position: true })
  const at = createTagLocator(xml)
  const defined = new Set(Object.keys((g as unknown as { elementDefinitions: Record<string, unknown> }).elementDefinitions))
  const dropped = new Set<Diagnostic>()
  const seen = new Set<string>()
  const push = (offset: number, code: string, message: string): Diagnostic | undefined => {
    const { line, column } = at.point(offset)
    const key = `${line}:${column}:${code}:${message}`
    if (seen.has(key)) return undefined
    seen.add(key)
    const d: Diagnostic = { code, severity: 'error', stage: 'validate', file, line, column, message }
    out.push(d)
    return d
  }
  const stack: Open[] = []
  const parentName = () => (stack.length ? stack[stack.length - 1].shown : 'the document')
  let rootErrored = false
  let rootOffset = 0
  let tagOffset = 0
  let text = ''
  let textOffset = 0

  const flush = () => {
    if (text === '') return
    const errs = walker.fireEvent('text', [text]) as false | SalveError[]
    if (errs) {
      const shown = text.trim().replace(/\s+/g, ' ')
      const quoted = shown.length > 30 ? `${shown.slice(0, 30)}…` : shown
      for (const e of errs) {
        if (/text not allowed/.test(e.msg)) push(at.firstInk(textOffset), 'rng-text-not-allowed', `text "${quoted}" is not allowed directly inside ${parentName()}`)
        else push(at.firstInk(textOffset), 'rng-invalid', `${parentName()}: ${plain(e)}`)
      }
      if (stack.length) stack[stack.length - 1].errored = true
    }
    text = ''
  }

  parser.on('opentagstart', () => {
    tagOffset = at.tagStart(parser.position - 1)
  })
  parser.on('opentag', (node: SaxesTagNS) => {
    const tag = tagOffset
    flush()
    const ns: [string, string][] = []
    const attrs: { uri: string; local: string; qname: string; value: string }[] = []
    for (const name of Object.keys(node.attributes).sort()) {
      const a = node.attributes[name]
      if (name === 'xmlns') ns.push(['', a.value])
      else if (a.prefix === 'xmlns') ns.push([a.local, a.value])
      else attrs.push({ uri: a.uri, local: a.local, qname: name, value: a.value })
    }
    if (ns.length) {
      resolver.enterContext()
      for (const [p, u] of ns) resolver.definePrefix(p, u)
    }
    const uri = node.uri ?? ''
    const local = node.local ?? ''
    // non-TEI elements are named as written (h:b), their namespace said where it matters
    const me = uri === TEI_NS ? `<${local}>` : `<${node.name}>`
    const errs = walker.fireEvent('enterStartTag', [uri, local]) as false | SalveError[]
    if (errs) {
      for (const e of errs) {
        if (/tag not allowed/.test(e.msg)) {
          const known = defined.has(JSON.stringify({ ns: uri, name: local }))
          const inTei = defined.has(JSON.stringify({ ns: TEI_NS, name: local }))
          let d: Diagnostic | undefined
          if (!known && inTei) d = push(tag, 'rng-namespace-wrong', `<${local}> is ${uri ? `in namespace "${uri}"` : 'in no namespace'}; TEI elements belong to ${TEI_NS}`)
          else if (!known) d = push(tag, 'rng-element-unknown', `${me}${uri && uri !== TEI_NS ? ` (namespace ${uri})` : ''} is not a TEI element (found inside ${parentName()})`)
          else if (!stack.length) d = push(tag, 'rng-element-not-allowed', `${me} cannot be the root element: a TEI file starts with <TEI> or <teiCorpus>`)
          else d = push(tag, 'rng-element-not-allowed', `${me} is not allowed here inside ${parentName()}`)
          if (d && stack.length) stack[stack.length - 1].childErrors.push(d)
        } else push(tag, missingCode(e), missingMessage(e, parentName()))
      }
      if (stack.length) stack[stack.length - 1].errored = true
      else rootErrored = true
    }
    for (const a of attrs) {
      const name = attributeName(a.uri, a.local)
      const where = at.attribute(tag, a.qname)
      const nameErrs = walker.fireEvent('attributeName', [a.uri, a.local]) as false | SalveError[]
      if (nameErrs) for (const e of nameErrs) push(where, 'rng-attribute-not-allowed', /attribute not allowed/.test(e.msg) ? `${name} is not allowed on ${me}` : `${me}: ${plain(e)}`)
      const valueErrs = walker.fireEvent('attributeValue', [a.value]) as false | SalveError[]
      if (valueErrs) {
        for (const e of valueErrs) {
          if (salveMisjudgesDate(a.local, a.value)) continue
          if (/^ID ".*" has already been declared/.test(e.msg)) push(where, 'rng-id-duplicate', `${name}="${a.value}" is already used by another element`)
          else if (/invalid attribute value|value required/.test(e.msg)) push(where, 'rng-attribute-value-invalid', `${name}="${a.value}" is not a valid value for ${name} on ${me}`)
          else push(where, 'rng-invalid', `${name}="${a.value}": ${plain(e)}`)
        }
      }
    }
    const leaveErrs = walker.fireEvent('leaveStartTag', []) as false | SalveError[]
    if (leaveErrs) for (const e of leaveErrs) push(tag, /attribute missing/.test(e.msg) ? 'rng-attribute-missing' : missingCode(e), /attribute missing/.test(e.msg) ? `${me} needs ${e.name ? namesOf(e.name, true).join(' or ') : 'an attribute'}` : missingMessage(e, me))
    if (stack.length === 0) rootOffset = tag
    const attributes: Record<string, string> = {}
    for (const name of Object.keys(node.attributes)) attributes[name] = node.attributes[name].value
    const el: TeiElement = { type: 'element', name: node.name, attributes, children: [], position: { start: { ...at.point(tag), offset: tag } } }
    nodes[nodes.length - 1].push(el)
    nodes.push(el.children)
    stack.push({ uri, local, shown: me, ctx: ns.length > 0, errored: false, childErrors: [] })
    textOffset = parser.position
  })
  parser.on('text', (t: string) => {
    text += t
    addText(t)
  })
  parser.on('cdata', (t: string) => {
    if (t === '') return
    text += t
    addText(t)
  })
  parser.on('comment', (c: string) => {
    if (nodes.length > 1) nodes[nodes.length - 1].push({ type: 'comment', value: c })
  })
  parser.on('closetag', () => {
    const closeOffset = at.tagStart(parser.position - 1)
    flush()
    const top = stack.pop()!
    nodes.pop()
    const errs = walker.fireEvent('endTag', [top.uri, top.local]) as false | SalveError[]
    const me = top.shown
    if (errs && top.childErrors.length && errs.every((e) => missingCode(e) === 'rng-element-missing')) {
      // a misplaced child and a missing one are usually one mistake (an element left out or out of
      // order): say it once, at the first misplaced child; later misplaced siblings are its echoes
      const [first, ...echoes] = top.childErrors
      first.message += ` (${me} lacks ${errs.map((e) => lacked(e)).join('; ')})`
      for (const d of echoes) if (d.code === 'rng-element-not-allowed') dropped.add(d)
    } else if (errs && !top.errored) for (const e of errs) push(closeOffset, missingCode(e), missingMessage(e, me))
    if (errs && stack.length) stack[stack.length - 1].errored = true
    if (top.ctx) resolver.leaveContext()
    textOffset = parser.position
  })
  try {
    parser.write(xml).close()
  } catch (e) {
    // well-formedness is checked before; this is a last line of defence, never an exception
    const { line, column } = at.point(Math.min(parser.position, xml.length))
    out.push({ code: 'xml-not-well-formed', severity: 'error', stage: 'validate', file, line, column, message: `not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, '')}` })
    return { diagnostics: out.filter((d) => d.code === 'xml-not-well-formed'), tree: root, illFormed: true }
  }
  const endErrs = walker.end() as false | SalveError[]
  if (endErrs && !rootErrored) for (const e of endErrs) push(rootOffset, missingCode(e), missingMessage(e, 'the document'))
  return { diagnostics: dropped.size ? out.filter((d) => !dropped.has(d)) : out, tree: root, illFormed: false }
}

/**
 * salve 1.2.4 refuses the XML Schema gMonth, gMonthDay and gDay forms (--03, --03-14, ---14) that
 * TEI's date attributes allow and jing accepts; those values are checked by w3c-date instead.
 */
function salveMisjudgesDate(attribute: string, value: string): boolean {
  return /^(when|from|to|notBefore|notAfter)$/.test(attribute) && value.startsWith('--') && !('problem' in parseW3cDate(value))
}

function missingCode(e: SalveError): string {
  return e.namesA || /tag required/.test(e.msg) ? 'rng-element-missing' : 'rng-invalid'
}

function missingMessage(e: SalveError, where: string): string {
  if (e.namesA || /tag required/.test(e.msg)) return `${where} is incomplete: it needs ${lacked(e)}`
  return `${where}: ${plain(e)}`
}

/** "<teiHeader>" or "one of <ab>, <div>, … and 54 more". */
function lacked(e: SalveError): string {
  const names = [...new Set([...(e.namesA ?? []), ...(e.namesB ?? []), ...(e.name ? [e.name] : [])].flatMap((n) => namesOf(n, false)))].sort()
  if (names.length === 0) return plain(e)
  if (names.length === 1) return names[0]
  const more = names.length > MAX_EXPECTED ? ` and ${names.length - MAX_EXPECTED} more` : ''
  return `one of ${names.slice(0, MAX_EXPECTED).join(', ')}${more}`
}

/** salve's own text, with its JSON-ish names written as an editor would. */
function plain(e: SalveError): string {
  return e.msg.replace(/\{"ns":"([^"]*)","name":"([^"]*)"\}/g, (_m, ns: string, name: string) => elementName(ns, name))
}

function namesOf(n: SalveName, attribute: boolean): string[] {
  const names = n.toArray()
  if (!names) return [attribute ? 'an attribute' : 'an element']
  return names.map((x) => (attribute ? attributeName(x.ns ?? '', x.name ?? '') : elementName(x.ns ?? '', x.name ?? '')))
}

function elementName(ns: string, name: string): string {
  if (ns === TEI_NS) return `<${name}>`
  return ns ? `<{${ns}}${name}>` : `<${name}>`
}

function attributeName(ns: string, name: string): string {
  if (ns === XML_NS) return `@xml:${name}`
  return ns ? `@{${ns}}${name}` : `@${name}`
}
