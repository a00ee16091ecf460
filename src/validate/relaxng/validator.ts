/**
 * Validates one document against a loaded schema, event by event (start tag, attribute, end of
 * the attributes, text, end tag). Each event returns the problem it found, if any, and the
 * validation goes on from a sensible state, as jing and salve do: a misplaced element's content
 * is checked against its own definition while its parent stays where it was; an unknown
 * element's content is skipped; a bad attribute is left out, a bad value taken as given; an
 * incomplete element is closed anyway.
 */
import { isXmlWhitespace } from './derive.js'
import { expectedElements, requiredAttributes } from './expected.js'
import type { NameClass } from './names.js'
import { K, type Pattern } from './patterns.js'
import type { Schema } from './schema.js'

export type Problem =
  /** `known`: the schema defines an element of this name (it is misplaced, not unknown). */
  | { kind: 'element-not-allowed'; known: boolean; expected: NameClass[] }
  | { kind: 'attribute-not-allowed' }
  | { kind: 'attribute-value-invalid' }
  | { kind: 'id-duplicate' }
  | { kind: 'attribute-missing'; expected: NameClass[] }
  | { kind: 'text-not-allowed' }
  /** Text where the schema wants a value of some datatype, and this is not one. */
  | { kind: 'text-invalid' }
  | { kind: 'element-missing'; expected: NameClass[] }

interface Open {
  /** It has had a child element, or text that is not whitespace. */
  hadChild: boolean
  hadText: boolean
  /** Whitespace read since the last tag (it matters only if it is all the element holds). */
  whitespace: string
}

export class DocumentValidator {
  private state: Pattern
  private readonly open: Open[] = []
  private readonly ids = new Set<string>()

  constructor(private readonly schema: Schema) {
    this.state = schema.start
  }

  startTag(ns: string, local: string): Problem | undefined {
    const parent = this.open[this.open.length - 1]
    if (parent) {
      parent.hadChild = true
      parent.whitespace = ''
    }
    this.open.push({ hadChild: false, hadText: false, whitespace: '' })
    const { deriver, names } = this.schema
    const name = names.id(ns, local)
    const next = deriver.startTagOpen(this.state, name)
    if (next.kind !== K.notAllowed) {
      this.state = next
      return undefined
    }
    const definitions = this.schema.definitionsOf(name)
    const problem: Problem = { kind: 'element-not-allowed', known: this.schema.defines(name), expected: expectedElements(this.state) }
    this.state = this.schema.pool.after(definitions ?? this.schema.anything, this.state)
    return problem
  }

  attribute(ns: string, local: string, value: string): Problem | undefined {
    const { deriver, names, pool } = this.schema
    const started = deriver.startAttribute(this.state, names.id(ns, local))
    if (started.kind === K.notAllowed) return { kind: 'attribute-not-allowed' }
    const alternatives = started.kind === K.choice ? started.members! : [started]
    const matched = alternatives.filter((a) => deriver.accepts(a.a!, value))
    if (matched.length === 0) {
      this.state = pool.choiceOf(alternatives.map((a) => a.b!))
      return { kind: 'attribute-value-invalid' }
    }
    this.state = matched.length === 1 ? matched[0].b! : pool.choiceOf(matched.map((a) => a.b!))
    if (matched.some((a) => isId(a.a!))) {
      const id = value.trim().replace(/[ \t\n\r]+/g, ' ')
      if (this.ids.has(id)) return { kind: 'id-duplicate' }
      this.ids.add(id)
    }
    return undefined
  }

  /** The `>` of a start tag. */
  endAttributes(): Problem | undefined {
    const closed = this.schema.deriver.startTagClose(this.state)
    if (closed.kind !== K.notAllowed) {
      this.state = closed
      return undefined
    }
    const problem: Problem = { kind: 'attribute-missing', expected: requiredAttributes(this.state, this.schema.deriver) }
    this.state = this.schema.deriver.startTagClose(this.assumeAttributes(this.state))
    return problem
  }

  /** One run of text between two tags (comments left out, CDATA included). */
  text(s: string): Problem | undefined {
    const top = this.open[this.open.length - 1]
    if (!top) return undefined
    if (isXmlWhitespace(s)) {
      top.whitespace += s
      return undefined
    }
    top.hadText = true
    const next = this.schema.deriver.text(this.state, s)
    if (next.kind === K.notAllowed) return { kind: this.state.textDependent ? 'text-invalid' : 'text-not-allowed' }
    this.state = next
    return undefined
  }

  endTag(): Problem | undefined {
    const top = this.open.pop()!
    const { deriver, pool } = this.schema
    // an element that holds nothing, or only whitespace, may match that text as data
    if (!top.hadChild && !top.hadText) this.state = pool.choice(this.state, deriver.text(this.state, top.whitespace))
    const next = deriver.endTag(this.state)
    if (next.kind !== K.notAllowed) {
      this.state = next
      return undefined
    }
    const problem: Problem = { kind: 'element-missing', expected: expectedElements(this.state) }
    this.state = this.leave(this.state)
    return problem
  }

  /** Whether the document as a whole is complete (its root element was closed). */
  endDocument(): Problem | undefined {
    return this.state.nullable ? undefined : { kind: 'element-missing', expected: expectedElements(this.state) }
  }

  /** What follows the current element, whatever it lacks. */
  private leave(p: Pattern): Pattern {
    if (p.kind === K.after) return p.b!
    if (p.kind === K.choice) return this.schema.pool.choiceOf(p.members!.map((m) => this.leave(m)))
    return this.schema.pool.notAllowed
  }

  /** The state as if every attribute it still requires had been given. */
  private assumeAttributes(p: Pattern): Pattern {
    const pool = this.schema.pool
    switch (p.kind) {
      case K.attribute: return pool.empty
      case K.after: return pool.after(this.assumeAttributes(p.a!), p.b!)
      case K.choice: return pool.choiceOf(p.members!.map((m) => this.assumeAttributes(m)))
      case K.group: return pool.group(this.assumeAttributes(p.a!), this.assumeAttributes(p.b!))
      case K.interleave: return pool.interleave(this.assumeAttributes(p.a!), this.assumeAttributes(p.b!))
      case K.oneOrMore: return pool.oneOrMore(this.assumeAttributes(p.a!))
      default: return p
    }
  }
}

function isId(p: Pattern): boolean {
  return p.kind === K.data && p.datatype!.isId
}
