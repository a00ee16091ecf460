/**
 * The patterns of a simplified RelaxNG schema, and the ones derived from them while validating
 * (James Clark, "An algorithm for RELAX NG validation", 2002). Every pattern is made once
 * (hash-consed): two equal patterns are the same object, so a derivative computed for one is
 * found again, by identity, for every later document that reaches the same state.
 */
import type { Datatype } from './datatype.js'
import type { NameClass } from './names.js'

export const K = {
  empty: 0, notAllowed: 1, text: 2, choice: 3, interleave: 4, group: 5, oneOrMore: 6,
  list: 7, data: 8, dataExcept: 9, value: 10, attribute: 11, element: 12, after: 13,
} as const
export type Kind = (typeof K)[keyof typeof K]

/** Ids fit in 26 bits, so two of them make one exact number key. */
const PAIR = 2 ** 26

export class Pattern {
  /** Derivative caches, filled as documents are validated (see derive.ts). */
  open: Map<number, Pattern> | undefined = undefined
  attribute: Map<number, Pattern> | undefined = undefined
  close: Pattern | undefined = undefined
  end: Pattern | undefined = undefined
  anyText: Pattern | undefined = undefined
  /** An element's content; set once the schema's patterns are all made (contents refer to elements). */
  content: Pattern | undefined = undefined

  constructor(
    readonly id: number,
    readonly kind: Kind,
    readonly a: Pattern | undefined,
    readonly b: Pattern | undefined,
    readonly members: readonly Pattern[] | undefined,
    readonly nc: NameClass | undefined,
    readonly datatype: Datatype | undefined,
    /** A value pattern's value, as its datatype's value key. */
    readonly valueKey: string | undefined,
    readonly nullable: boolean,
    /** Whether a text derivative depends on the text (data, value, list reachable first). */
    readonly textDependent: boolean,
  ) {}
}

export class PatternPool {
  private nextId = 0
  private readonly pairs = new Map<number, Pattern>()
  private readonly groups = new Map<number, Pattern>()
  private readonly interleaves = new Map<number, Pattern>()
  private readonly afters = new Map<number, Pattern>()
  private readonly repeats = new Map<number, Pattern>()
  private readonly lists = new Map<number, Pattern>()
  private readonly choices = new Map<string, Pattern>()
  readonly empty = this.make(K.empty, undefined, undefined, undefined, true, false)
  readonly notAllowed = this.make(K.notAllowed, undefined, undefined, undefined, false, false)
  readonly text = this.make(K.text, undefined, undefined, undefined, true, false)

  private make(kind: Kind, a: Pattern | undefined, b: Pattern | undefined, members: readonly Pattern[] | undefined,
    nullable: boolean, textDependent: boolean, nc?: NameClass, datatype?: Datatype, valueKey?: string): Pattern {
    if (this.nextId >= PAIR) throw new Error('too many RelaxNG patterns for one process')
    return new Pattern(this.nextId++, kind, a, b, members, nc, datatype, valueKey, nullable, textDependent)
  }

  choice(a: Pattern, b: Pattern): Pattern {
    if (a === b || b.kind === K.notAllowed) return a
    if (a.kind === K.notAllowed) return b
    if (a.kind === K.choice || b.kind === K.choice) return this.choiceOf([a, b])
    if (a.kind === K.after && b.kind === K.after && a.b === b.b) return this.after(this.choice(a.a!, b.a!), a.b!)
    if (a.kind === K.empty && b.nullable) return b
    if (b.kind === K.empty && a.nullable) return a
    const [lo, hi] = a.id < b.id ? [a, b] : [b, a]
    const key = lo.id * PAIR + hi.id
    let p = this.pairs.get(key)
    if (!p) {
      p = this.make(K.choice, undefined, undefined, [lo, hi], lo.nullable || hi.nullable, lo.textDependent || hi.textDependent)
      this.pairs.set(key, p)
    }
    return p
  }

  /** One choice of all `alternatives`: nested choices flattened, duplicates and notAllowed dropped. */
  choiceOf(alternatives: readonly Pattern[]): Pattern {
    const byId = new Map<number, Pattern>()
    const add = (p: Pattern) => {
      if (p.kind === K.choice) for (const m of p.members!) byId.set(m.id, m)
      else if (p.kind !== K.notAllowed) byId.set(p.id, p)
    }
    for (const p of alternatives) add(p)
    let members = mergeAfters(this, [...byId.values()])
    if (members.length > 1 && members.some((m) => m.kind === K.empty) && members.some((m) => m.nullable && m.kind !== K.empty)) {
      members = members.filter((m) => m.kind !== K.empty)
    }
    if (members.length === 0) return this.notAllowed
    if (members.length === 1) return members[0]
    if (members.length === 2) return this.choice(members[0], members[1])
    members.sort((x, y) => x.id - y.id)
    const key = members.map((m) => m.id).join(',')
    let p = this.choices.get(key)
    if (!p) {
      p = this.make(K.choice, undefined, undefined, members, members.some((m) => m.nullable), members.some((m) => m.textDependent))
      this.choices.set(key, p)
    }
    return p
  }

  group(a: Pattern, b: Pattern): Pattern {
    if (a.kind === K.notAllowed || b.kind === K.notAllowed) return this.notAllowed
    if (a.kind === K.empty) return b
    if (b.kind === K.empty) return a
    return this.binary(this.groups, K.group, a, b, a.nullable && b.nullable, a.textDependent || (a.nullable && b.textDependent))
  }

  interleave(a: Pattern, b: Pattern): Pattern {
    if (a.kind === K.notAllowed || b.kind === K.notAllowed) return this.notAllowed
    if (a.kind === K.empty) return b
    if (b.kind === K.empty) return a
    return this.binary(this.interleaves, K.interleave, a, b, a.nullable && b.nullable, a.textDependent || b.textDependent)
  }

  /** The state inside an element: match `a` (the content), then go on with `b` (what follows the element). */
  after(a: Pattern, b: Pattern): Pattern {
    if (a.kind === K.notAllowed || b.kind === K.notAllowed) return this.notAllowed
    return this.binary(this.afters, K.after, a, b, false, a.textDependent)
  }

  oneOrMore(a: Pattern): Pattern {
    if (a.kind === K.notAllowed || a.kind === K.empty || a.kind === K.oneOrMore) return a
    return this.unary(this.repeats, K.oneOrMore, a, a.nullable, a.textDependent)
  }

  list(a: Pattern): Pattern {
    if (a.kind === K.notAllowed) return a
    return this.unary(this.lists, K.list, a, false, true)
  }

  /** Schema patterns: made once each while the schema is loaded (not interned). */
  data(datatype: Datatype, except?: Pattern): Pattern {
    if (except && except.kind !== K.notAllowed) return this.make(K.dataExcept, except, undefined, undefined, false, true, undefined, datatype)
    return this.make(K.data, undefined, undefined, undefined, false, true, undefined, datatype)
  }

  value(datatype: Datatype, valueKey: string): Pattern {
    return this.make(K.value, undefined, undefined, undefined, false, true, undefined, datatype, valueKey)
  }

  attribute(nc: NameClass, value: Pattern): Pattern {
    return this.make(K.attribute, value, undefined, undefined, false, false, nc)
  }

  /** An element pattern; its content is set afterwards (`setContent`), as contents refer to elements. */
  element(nc: NameClass): Pattern {
    return this.make(K.element, undefined, undefined, undefined, false, false, nc)
  }

  private binary(table: Map<number, Pattern>, kind: Kind, a: Pattern, b: Pattern, nullable: boolean, textDependent: boolean): Pattern {
    const key = a.id * PAIR + b.id
    let p = table.get(key)
    if (!p) {
      p = this.make(kind, a, b, undefined, nullable, textDependent)
      table.set(key, p)
    }
    return p
  }

  private unary(table: Map<number, Pattern>, kind: Kind, a: Pattern, nullable: boolean, textDependent: boolean): Pattern {
    let p = table.get(a.id)
    if (!p) {
      p = this.make(kind, a, undefined, undefined, nullable, textDependent)
      table.set(a.id, p)
    }
    return p
  }
}

/** after(x, r) | after(y, r) is after(x | y, r): keeps ambiguous states from growing. */
function mergeAfters(pool: PatternPool, members: Pattern[]): Pattern[] {
  const afters = members.filter((m) => m.kind === K.after)
  if (afters.length < 2) return members
  const byRest = new Map<number, Pattern[]>()
  for (const m of afters) {
    const same = byRest.get(m.b!.id)
    if (same) same.push(m)
    else byRest.set(m.b!.id, [m])
  }
  if (byRest.size === afters.length) return members
  const merged = [...byRest.values()].map((same) => (same.length === 1 ? same[0] : pool.after(pool.choiceOf(same.map((m) => m.a!)), same[0].b!)))
  return [...members.filter((m) => m.kind !== K.after), ...merged]
}
