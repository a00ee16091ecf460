/**
 * One saxes pass over a TEI file: the schema validator is fed its events, each problem becomes
 * a located diagnostic (the tag, the attribute or the first letter of the text at fault), and
 * the tree the project rules read is built on the way, so a file is parsed once.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import type { Diagnostic } from '../../core/diagnostic.js'
import type { Point } from '../../core/source-file.js'
import type { TeiElement, TeiNode, TeiRoot } from '../../core/tree.js'
import { createTagLocator, type TagLocator } from '../tag-positions.js'
import { attributeName, oneOf, quoted, TEI_NS } from './messages.js'
import type { Schema } from './schema.js'
import { DocumentValidator, type Problem } from './validator.js'

export interface SchemaCheck {
  diagnostics: Diagnostic[]
  /** The document as a tree with element positions (for the project rules), read in the same pass. */
  tree: TeiRoot
  /** The XML was not well-formed: the diagnostics hold saxes's account of it. */
  illFormed: boolean
}

/** An open element; `childErrors` are the diagnostics about its content, to merge with what it lacks. */
interface Open { shown: string; errored: boolean; childErrors: Diagnostic[] }

export function checkDocument(schema: Schema, xml: string, file: string): SchemaCheck {
  const run = new CheckRun(schema, xml, file)
  return run.check()
}

class CheckRun {
  private readonly out: Diagnostic[] = []
  private readonly seen = new Set<string>()
  private readonly dropped = new Set<Diagnostic>()
  private readonly root: TeiRoot = { type: 'root', children: [] }
  private readonly nodes: TeiNode[][] = [this.root.children]
  private readonly stack: Open[] = []
  private readonly at: TagLocator
  private readonly validator: DocumentValidator
  private readonly parser = new SaxesParser({ xmlns: true, position: true })
  private rootErrored = false
  private rootOffset = 0
  private tagOffset = 0
  private text = ''
  private textOffset = 0

  constructor(private readonly schema: Schema, private readonly xml: string, private readonly file: string) {
    this.at = createTagLocator(xml)
    this.validator = new DocumentValidator(schema)
  }

  check(): SchemaCheck {
    const p = this.parser
    p.on('opentagstart', () => (this.tagOffset = this.at.tagStart(p.position - 1)))
    p.on('opentag', (node) => this.openTag(node))
    p.on('text', (t) => this.addText(t))
    p.on('cdata', (t) => this.addText(t))
    p.on('comment', (c) => {
      if (this.nodes.length > 1) this.nodes[this.nodes.length - 1].push({ type: 'comment', value: c })
    })
    p.on('closetag', () => this.closeTag())
    try {
      p.write(this.xml).close()
    } catch (e) {
      // well-formedness is checked before; this is a last line of defence, never an exception
      const { line, column } = this.at.point(Math.min(p.position, this.xml.length))
      const message = `not well-formed XML: ${(e as Error).message.replace(/^.*?:\d+:\d+: /, '')}`
      const d: Diagnostic = { code: 'xml-not-well-formed', severity: 'error', stage: 'validate', file: this.file, line, column, message }
      return { diagnostics: [d], tree: this.root, illFormed: true }
    }
    const end = this.validator.endDocument()
    if (end && !this.rootErrored) this.push(this.rootOffset, 'rng-element-missing', `the document is incomplete: it needs ${oneOf(missing(end), false, 'a root element')}`)
    return { diagnostics: this.dropped.size ? this.out.filter((d) => !this.dropped.has(d)) : this.out, tree: this.root, illFormed: false }
  }

  private push(offset: number, code: string, message: string): Diagnostic | undefined {
    const { line, column } = this.at.point(offset)
    const key = `${line}:${column}:${code}:${message}`
    if (this.seen.has(key)) return undefined
    this.seen.add(key)
    const d: Diagnostic = { code, severity: 'error', stage: 'validate', file: this.file, line, column, message }
    this.out.push(d)
    return d
  }

  private parentName(): string {
    return this.stack.length ? this.stack[this.stack.length - 1].shown : 'the document'
  }

  private markErrored(): void {
    if (this.stack.length) this.stack[this.stack.length - 1].errored = true
    else this.rootErrored = true
  }

  private addText(t: string): void {
    if (t === '') return
    this.text += t
    if (this.nodes.length === 1) return
    const list = this.nodes[this.nodes.length - 1]
    const last = list[list.length - 1]
    if (last?.type === 'text') last.value += t
    else list.push({ type: 'text', value: t })
  }

  private flush(): void {
    if (this.text === '') return
    const problem = this.validator.text(this.text)
    if (problem) {
      const where = this.at.firstInk(this.textOffset)
      if (problem.kind === 'text-invalid') this.push(where, 'rng-invalid', `text "${quoted(this.text)}" is not a valid value for ${this.parentName()}`)
      else this.push(where, 'rng-text-not-allowed', `text "${quoted(this.text)}" is not allowed directly inside ${this.parentName()}`)
      this.markErrored()
    }
    this.text = ''
  }

  private openTag(node: SaxesTagNS): void {
    const tag = this.tagOffset
    this.flush()
    const uri = node.uri ?? ''
    const local = node.local ?? ''
    // non-TEI elements are named as written (h:b), their namespace said where it matters
    const me = uri === TEI_NS ? `<${local}>` : `<${node.name}>`
    const problem = this.validator.startTag(uri, local)
    if (problem) this.elementProblem(problem, tag, uri, local, me)
    this.attributes(node, tag, me)
    const closed = this.validator.endAttributes()
    if (closed?.kind === 'attribute-missing') this.push(tag, 'rng-attribute-missing', `${me} needs ${oneOf(closed.expected, true, 'an attribute')}`)
    if (this.stack.length === 0) this.rootOffset = tag
    const attributes: Record<string, string> = {}
    for (const name of Object.keys(node.attributes)) attributes[name] = node.attributes[name].value
    const el: TeiElement = { type: 'element', name: node.name, attributes, children: [], position: { start: new TagPoint(this.at, tag) } }
    this.nodes[this.nodes.length - 1].push(el)
    this.nodes.push(el.children)
    this.stack.push({ shown: me, errored: false, childErrors: [] })
    this.textOffset = this.parser.position
  }

  private elementProblem(problem: Problem, tag: number, uri: string, local: string, me: string): void {
    if (problem.kind !== 'element-not-allowed') return
    const { schema } = this
    const inTei = uri !== TEI_NS && schema.defines(schema.names.id(TEI_NS, local))
    let d: Diagnostic | undefined
    if (!problem.known && inTei) d = this.push(tag, 'rng-namespace-wrong', `<${local}> is ${uri ? `in namespace "${uri}"` : 'in no namespace'}; TEI elements belong to ${TEI_NS}`)
    else if (!problem.known) d = this.push(tag, 'rng-element-unknown', `${me}${uri && uri !== TEI_NS ? ` (namespace ${uri})` : ''} is not a TEI element (found inside ${this.parentName()})`)
    else if (!this.stack.length) d = this.push(tag, 'rng-element-not-allowed', `${me} cannot be the root element: a TEI file starts with <TEI> or <teiCorpus>`)
    else d = this.push(tag, 'rng-element-not-allowed', `${me} is not allowed here inside ${this.parentName()}`)
    if (d && this.stack.length) this.stack[this.stack.length - 1].childErrors.push(d)
    this.markErrored()
  }

  private attributes(node: SaxesTagNS, tag: number, me: string): void {
    for (const qname of Object.keys(node.attributes).sort()) {
      const a = node.attributes[qname]
      // namespace declarations are no attributes in RelaxNG's view of a document
      if (qname === 'xmlns' || a.prefix === 'xmlns') continue
      const problem = this.validator.attribute(a.uri, a.local, a.value)
      if (!problem) continue
      const name = attributeName(a.uri, a.local)
      const where = this.at.attribute(tag, qname)
      if (problem.kind === 'attribute-not-allowed') this.push(where, 'rng-attribute-not-allowed', `${name} is not allowed on ${me}`)
      else if (problem.kind === 'id-duplicate') this.push(where, 'rng-id-duplicate', `${name}="${a.value}" is already used by another element`)
      else this.push(where, 'rng-attribute-value-invalid', `${name}="${a.value}" is not a valid value for ${name} on ${me}`)
    }
  }

  private closeTag(): void {
    const closeOffset = this.at.tagStart(this.parser.position - 1)
    this.flush()
    const top = this.stack.pop()!
    this.nodes.pop()
    const problem = this.validator.endTag()
    if (problem && top.childErrors.length) {
      // a misplaced child and a missing one are usually one mistake (an element left out or out of
      // order): say it once, at the first misplaced child; later misplaced siblings are its echoes
      const [first, ...echoes] = top.childErrors
      first.message += ` (${top.shown} lacks ${oneOf(missing(problem), false, 'some content')})`
      for (const d of echoes) if (d.code === 'rng-element-not-allowed') this.dropped.add(d)
    } else if (problem && !top.errored) {
      this.push(closeOffset, 'rng-element-missing', `${top.shown} is incomplete: it needs ${oneOf(missing(problem), false, 'a value')}`)
    }
    if (problem && this.stack.length) this.stack[this.stack.length - 1].errored = true
    this.textOffset = this.parser.position
  }
}

/**
 * Where an element starts: the line and column are worked out only when read (a rule reports
 * the element), not for every element of every file.
 */
class TagPoint implements Point {
  constructor(private readonly at: TagLocator, readonly offset: number) {}

  get line(): number {
    return this.at.point(this.offset).line
  }

  get column(): number {
    return this.at.point(this.offset).column
  }
}

function missing(problem: Problem) {
  return problem.kind === 'element-missing' ? problem.expected : []
}
