/**
 * Derivatives of patterns, after James Clark's "An algorithm for RELAX NG validation": the
 * pattern that is left to match after a start tag, an attribute, the end of the attributes, a
 * text or an end tag. Every derivative that does not depend on a string is cached on the
 * pattern it was taken of, so a state the validator has seen before costs one map lookup.
 *
 * While inside an element the state is after(content, rest): `content` is what the element may
 * still hold, `rest` what its parent may hold after it. As in jing, a start tag or an attribute
 * yields after() patterns, which the derivative of each enclosing pattern wraps ("applyAfter").
 */
import { containsName, type NameTable } from './names.js'
import { K, type Pattern, type PatternPool } from './patterns.js'

export class Deriver {
  constructor(readonly pool: PatternPool, readonly names: NameTable) {}

  /** The state after the start tag `<name` (before its attributes). */
  startTagOpen(p: Pattern, name: number): Pattern {
    const memo = p.open ?? (p.open = new Map())
    let d = memo.get(name)
    if (d === undefined) {
      d = this.computeOpen(p, name)
      memo.set(name, d)
    }
    return d
  }

  private computeOpen(p: Pattern, name: number): Pattern {
    const pool = this.pool
    switch (p.kind) {
      case K.choice: return pool.choiceOf(p.members!.map((m) => this.startTagOpen(m, name)))
      case K.element: {
        const { ns, local } = this.names.name(name)
        return containsName(p.nc!, ns, local) ? pool.after(p.content!, pool.empty) : pool.notAllowed
      }
      case K.group: {
        const a = p.a!
        const b = p.b!
        const first = this.applyAfter(this.startTagOpen(a, name), (x) => pool.group(x, b))
        return a.nullable ? pool.choice(first, this.startTagOpen(b, name)) : first
      }
      case K.interleave: {
        const a = p.a!
        const b = p.b!
        return pool.choice(this.applyAfter(this.startTagOpen(a, name), (x) => pool.interleave(x, b)),
          this.applyAfter(this.startTagOpen(b, name), (x) => pool.interleave(a, x)))
      }
      case K.oneOrMore: return this.applyAfter(this.startTagOpen(p.a!, name), (x) => pool.group(x, pool.choice(p, pool.empty)))
      case K.after: return this.applyAfter(this.startTagOpen(p.a!, name), (x) => pool.after(x, p.b!))
      default: return pool.notAllowed
    }
  }

  /**
   * The attribute `name` starts: a choice of after(value pattern, state once the attribute is
   * matched), one for each attribute pattern of `p` that takes the name.
   */
  startAttribute(p: Pattern, name: number): Pattern {
    const memo = p.attribute ?? (p.attribute = new Map())
    let d = memo.get(name)
    if (d === undefined) {
      d = this.computeAttribute(p, name)
      memo.set(name, d)
    }
    return d
  }

  private computeAttribute(p: Pattern, name: number): Pattern {
    const pool = this.pool
    switch (p.kind) {
      case K.choice: return pool.choiceOf(p.members!.map((m) => this.startAttribute(m, name)))
      case K.attribute: {
        const { ns, local } = this.names.name(name)
        return containsName(p.nc!, ns, local) ? pool.after(p.a!, pool.empty) : pool.notAllowed
      }
      case K.group: case K.interleave: {
        const a = p.a!
        const b = p.b!
        const join = p.kind === K.group ? pool.group.bind(pool) : pool.interleave.bind(pool)
        return pool.choice(this.applyAfter(this.startAttribute(a, name), (x) => join(x, b)),
          this.applyAfter(this.startAttribute(b, name), (x) => join(a, x)))
      }
      case K.oneOrMore: return this.applyAfter(this.startAttribute(p.a!, name), (x) => pool.group(x, pool.choice(p, pool.empty)))
      case K.after: return this.applyAfter(this.startAttribute(p.a!, name), (x) => pool.after(x, p.b!))
      default: return pool.notAllowed
    }
  }

  /** The state after `>` of a start tag: attribute patterns not matched by now can no longer be. */
  startTagClose(p: Pattern): Pattern {
    return (p.close ??= this.computeClose(p))
  }

  private computeClose(p: Pattern): Pattern {
    const pool = this.pool
    switch (p.kind) {
      case K.after: return pool.after(this.startTagClose(p.a!), p.b!)
      case K.choice: return pool.choiceOf(p.members!.map((m) => this.startTagClose(m)))
      case K.group: return pool.group(this.startTagClose(p.a!), this.startTagClose(p.b!))
      case K.interleave: return pool.interleave(this.startTagClose(p.a!), this.startTagClose(p.b!))
      case K.oneOrMore: return pool.oneOrMore(this.startTagClose(p.a!))
      case K.attribute: return pool.notAllowed
      default: return p
    }
  }

  /** The state after the text `s` (text is one run between tags, comments removed). */
  text(p: Pattern, s: string): Pattern {
    if (!p.textDependent) return (p.anyText ??= this.computeText(p, s))
    return this.computeText(p, s)
  }

  private computeText(p: Pattern, s: string): Pattern {
    const pool = this.pool
    switch (p.kind) {
      case K.choice: return pool.choiceOf(p.members!.map((m) => this.text(m, s)))
      case K.interleave: return pool.choice(pool.interleave(this.text(p.a!, s), p.b!), pool.interleave(p.a!, this.text(p.b!, s)))
      case K.group: {
        const first = pool.group(this.text(p.a!, s), p.b!)
        return p.a!.nullable ? pool.choice(first, this.text(p.b!, s)) : first
      }
      case K.after: return pool.after(this.text(p.a!, s), p.b!)
      case K.oneOrMore: return pool.group(this.text(p.a!, s), pool.choice(p, pool.empty))
      case K.text: return p
      case K.value: return p.datatype!.valueKey(s) === p.valueKey ? pool.empty : pool.notAllowed
      case K.data: return p.datatype!.allows(s) ? pool.empty : pool.notAllowed
      case K.dataExcept: return p.datatype!.allows(s) && !this.accepts(p.a!, s) ? pool.empty : pool.notAllowed
      case K.list: return this.listAccepts(p.a!, s) ? pool.empty : pool.notAllowed
      default: return pool.notAllowed
    }
  }

  /** Whether `s` is a whole match of `p`, as an attribute value or a list item is (spec: valueMatch). */
  accepts(p: Pattern, s: string): boolean {
    switch (p.kind) {
      case K.choice: return p.members!.some((m) => this.accepts(m, s))
      case K.value: return p.datatype!.valueKey(s) === p.valueKey
      case K.data: return p.datatype!.allows(s)
      case K.text: return true
      case K.list: return this.listAccepts(p.a!, s)
      default: return (p.nullable && isXmlWhitespace(s)) || this.text(p, s).nullable
    }
  }

  private listAccepts(p: Pattern, s: string): boolean {
    const tokens = s.split(/[ \t\n\r]+/).filter((t) => t !== '')
    // the usual list, one or more items of one kind (pointers, numbers): no derivatives needed
    if (p.kind === K.oneOrMore && isSingleToken(p.a!)) return tokens.length > 0 && tokens.every((t) => this.accepts(p.a!, t))
    let q = p
    for (const token of tokens) {
      q = this.text(q, token)
      if (q.kind === K.notAllowed) return false
    }
    return q.nullable
  }

  /** The state after an end tag: the element's content must be complete. */
  endTag(p: Pattern): Pattern {
    return (p.end ??= this.computeEnd(p))
  }

  private computeEnd(p: Pattern): Pattern {
    if (p.kind === K.choice) return this.pool.choiceOf(p.members!.map((m) => this.endTag(m)))
    if (p.kind === K.after) return p.a!.nullable ? p.b! : this.pool.notAllowed
    return this.pool.notAllowed
  }

  /** `f` applied to the second part of each after() of `p` (a choice of afters, or notAllowed). */
  applyAfter(p: Pattern, f: (rest: Pattern) => Pattern): Pattern {
    if (p.kind === K.after) return this.pool.after(p.a!, f(p.b!))
    if (p.kind === K.choice) return this.pool.choiceOf(p.members!.map((m) => this.applyAfter(m, f)))
    return this.pool.notAllowed
  }
}

/** A pattern that matches one list item and nothing else (a datatype, a value, a choice of them). */
function isSingleToken(p: Pattern): boolean {
  if (p.kind === K.data || p.kind === K.value) return true
  return p.kind === K.choice && p.members!.every(isSingleToken)
}

export function isXmlWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false
  }
  return true
}
