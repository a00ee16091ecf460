/**
 * What a state expects, for error messages: the elements that may come next, and the
 * attributes an element still needs. Only computed when something is wrong.
 */
import type { Deriver } from './derive.js'
import type { NameClass } from './names.js'
import { K, type Pattern } from './patterns.js'

/** The name classes of the elements that may start next in state `p`. */
export function expectedElements(p: Pattern): NameClass[] {
  const found = new Set<NameClass>()
  const seen = new Set<Pattern>()
  const visit = (q: Pattern) => {
    if (seen.has(q)) return
    seen.add(q)
    switch (q.kind) {
      case K.choice: for (const m of q.members!) visit(m); break
      case K.group: visit(q.a!); if (q.a!.nullable) visit(q.b!); break
      case K.interleave: visit(q.a!); visit(q.b!); break
      case K.oneOrMore: case K.after: visit(q.a!); break
      case K.element: found.add(q.nc!); break
    }
  }
  visit(p)
  return [...found]
}

/** The name classes of the attributes that state `p` (before `>`) cannot do without. */
export function requiredAttributes(p: Pattern, deriver: Deriver): NameClass[] {
  const found = new Set<NameClass>()
  const visit = (q: Pattern) => {
    switch (q.kind) {
      case K.group: case K.interleave: visit(q.a!); visit(q.b!); break
      case K.choice:
        // a choice requires nothing if one of its branches can do without attributes
        if (q.members!.every((m) => deriver.startTagClose(m).kind === K.notAllowed)) for (const m of q.members!) visit(m)
        break
      case K.oneOrMore: case K.after: visit(q.a!); break
      case K.attribute: found.add(q.nc!); break
    }
  }
  visit(p)
  return [...found]
}
