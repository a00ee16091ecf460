/**
 * A simplified RelaxNG schema in Lectio's compiled form (written once by `npm run build`, see
 * compile.ts), and the loaded schema the validator runs on: its patterns made in one pool, its
 * datatypes built, and the element definitions by name (to validate a misplaced element's
 * content, and to tell an unknown element from a misplaced one).
 */
import { createDatatype } from './datatypes/library.js'
import { Deriver } from './derive.js'
import { containsName, listedNames, NameTable, type NameClass } from './names.js'
import { PatternPool, type Pattern } from './patterns.js'

export const COMPILED_FORMAT = 'lectio-relaxng-1'

/** Name classes: [name, ns, local] | [anyName, except] | [nsName, ns, except] | [choice, a, b]; except is an index or -1. */
export type NameClassJson = ['name', string, string] | ['anyName', number] | ['nsName', string, number] | ['choice', number, number]
/**
 * Patterns, each after the ones it refers to: [empty] | [notAllowed] | [text] | [choice, ...] |
 * [group, a, b] | [interleave, a, b] | [oneOrMore, a] | [list, a] | [data, datatype, except or -1] |
 * [value, datatype, text] | [attribute, nameClass, pattern] | [ref, element].
 */
export type PatternJson = [string, ...(string | number)[]]
export interface CompiledSchema {
  format: typeof COMPILED_FORMAT
  nameClasses: NameClassJson[]
  /** [datatypeLibrary, type, [[param, value], ...]] */
  datatypes: [string, string, [string, string][]][]
  patterns: PatternJson[]
  /** [nameClass, content pattern] */
  elements: [number, number][]
  start: number
}

export interface Schema {
  readonly pool: PatternPool
  readonly names: NameTable
  readonly deriver: Deriver
  readonly start: Pattern
  /** The contents of the element definitions that take this name (choice), or undefined if none does. */
  definitionsOf(name: number): Pattern | undefined
  /** Whether an element definition names this element (not only takes it as any element of a namespace). */
  defines(name: number): boolean
  /** Content that accepts anything: for an element the schema does not know. */
  readonly anything: Pattern
}

export function loadSchema(json: CompiledSchema): Schema {
  if (json.format !== COMPILED_FORMAT) throw new Error(`not a compiled schema of format ${COMPILED_FORMAT}`)
  const pool = new PatternPool()
  const names = new NameTable()
  const ncs: NameClass[] = []
  for (const nc of json.nameClasses) ncs.push(nameClassOf(nc, ncs))
  const datatypes = json.datatypes.map(([library, type, params]) => createDatatype(library, type, params))
  const elements = json.elements.map(([nc]) => pool.element(ncs[nc]))
  const built: Pattern[] = []
  for (const p of json.patterns) built.push(patternOf(p, pool, built, ncs, datatypes, elements))
  json.elements.forEach(([, content], i) => (elements[i].content = built[content]))
  return {
    pool, names, deriver: new Deriver(pool, names), start: built[json.start],
    definitionsOf: definitionsByName(pool, names, elements), defines: namedElements(names, elements), anything: anythingPattern(pool),
  }
}

function nameClassOf(nc: NameClassJson, made: NameClass[]): NameClass {
  switch (nc[0]) {
    case 'name': return { kind: 'name', ns: nc[1], local: nc[2] }
    case 'anyName': return nc[1] < 0 ? { kind: 'anyName' } : { kind: 'anyName', except: made[nc[1]] }
    case 'nsName': return nc[2] < 0 ? { kind: 'nsName', ns: nc[1] } : { kind: 'nsName', ns: nc[1], except: made[nc[2]] }
    case 'choice': return { kind: 'choice', a: made[nc[1]], b: made[nc[2]] }
  }
}

function patternOf(p: PatternJson, pool: PatternPool, built: Pattern[], ncs: NameClass[],
  datatypes: ReturnType<typeof createDatatype>[], elements: Pattern[]): Pattern {
  const at = (i: number) => built[p[i] as number]
  switch (p[0]) {
    case 'empty': return pool.empty
    case 'notAllowed': return pool.notAllowed
    case 'text': return pool.text
    case 'choice': return pool.choiceOf(p.slice(1).map((i) => built[i as number]))
    case 'group': return pool.group(at(1), at(2))
    case 'interleave': return pool.interleave(at(1), at(2))
    case 'oneOrMore': return pool.oneOrMore(at(1))
    case 'list': return pool.list(at(1))
    case 'data': return pool.data(datatypes[p[1] as number], (p[2] as number) < 0 ? undefined : at(2))
    case 'value': {
      const key = datatypes[p[1] as number].valueKey(p[2] as string)
      return key === undefined ? pool.notAllowed : pool.value(datatypes[p[1] as number], key)
    }
    case 'attribute': return pool.attribute(ncs[p[1] as number], at(2))
    case 'ref': return elements[p[1] as number]
    default: throw new Error(`unknown pattern "${p[0]}" in the compiled schema`)
  }
}

/** Element definitions by name, found once per name. */
function definitionsByName(pool: PatternPool, names: NameTable, elements: Pattern[]): (name: number) => Pattern | undefined {
  const found = new Map<number, Pattern | undefined>()
  return (name) => {
    if (found.has(name)) return found.get(name)
    const { ns, local } = names.name(name)
    const contents = elements.filter((e) => containsName(e.nc!, ns, local)).map((e) => e.content!)
    const p = contents.length ? pool.choiceOf(contents) : undefined
    found.set(name, p)
    return p
  }
}

function namedElements(names: NameTable, elements: Pattern[]): (name: number) => boolean {
  const named = new Set(elements.flatMap((e) => listedNames(e.nc!) ?? []).map((n) => `${n.ns}|${n.local}`))
  return (name) => {
    const { ns, local } = names.name(name)
    return named.has(`${ns}|${local}`)
  }
}

/** Any attributes, text and elements, at any depth. */
function anythingPattern(pool: PatternPool): Pattern {
  const any = pool.element({ kind: 'anyName' })
  const item = pool.choiceOf([pool.attribute({ kind: 'anyName' }, pool.text), pool.text, any])
  // text is in the choice, so the repetition also matches nothing at all
  any.content = pool.oneOrMore(item)
  return any.content
}
