/**
 * RelaxNG name classes (what names an element or attribute pattern accepts) and the table of
 * names seen while validating: each (namespace, local name) gets a small number once, so the
 * derivative caches are keyed by a number, not by two strings.
 */

export type NameClass =
  | { kind: 'name'; ns: string; local: string }
  | { kind: 'anyName'; except?: NameClass }
  | { kind: 'nsName'; ns: string; except?: NameClass }
  | { kind: 'choice'; a: NameClass; b: NameClass }

export interface QName { readonly ns: string; readonly local: string }

export function containsName(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.kind) {
    case 'name': return nc.local === local && nc.ns === ns
    case 'anyName': return !nc.except || !containsName(nc.except, ns, local)
    case 'nsName': return nc.ns === ns && (!nc.except || !containsName(nc.except, ns, local))
    case 'choice': return containsName(nc.a, ns, local) || containsName(nc.b, ns, local)
  }
}

/** The names a name class lists one by one; `undefined` when it takes open sets (any name, a namespace). */
export function listedNames(nc: NameClass): QName[] | undefined {
  switch (nc.kind) {
    case 'name': return [{ ns: nc.ns, local: nc.local }]
    case 'choice': {
      const a = listedNames(nc.a)
      const b = listedNames(nc.b)
      return a && b ? [...a, ...b] : undefined
    }
    default: return undefined
  }
}

/** Numbers for the names of one document set; the same name always gets the same number. */
export class NameTable {
  private readonly byNs = new Map<string, Map<string, number>>()
  private readonly names: QName[] = []

  id(ns: string, local: string): number {
    let locals = this.byNs.get(ns)
    if (!locals) {
      locals = new Map()
      this.byNs.set(ns, locals)
    }
    let id = locals.get(local)
    if (id === undefined) {
      id = this.names.length
      this.names.push({ ns, local })
      locals.set(local, id)
    }
    return id
  }

  name(id: number): QName {
    return this.names[id]
  }
}
