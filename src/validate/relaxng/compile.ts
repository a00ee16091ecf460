/**
 * Compiles a simplified RelaxNG grammar (RelaxNG 1.0 section 4: one start, every element in a
 * define of its own, binary choice/group/interleave) into Lectio's compiled form. The simplified
 * tree is what salve-annos's schema conversion returns (at build time only); equal sub-patterns
 * are written once, so tei_all's thousands of copies of the same attributes become one each.
 */
import { COMPILED_FORMAT, type CompiledSchema, type NameClassJson, type PatternJson } from './schema.js'

/** The part of salve's simplified tree read here: elements with attributes, and texts. */
export interface SimplifiedNode {
  local?: string
  attributes?: Record<string, { value: string } | string>
  children?: SimplifiedNode[]
  text?: string
}

export function compileSimplified(grammar: SimplifiedNode): CompiledSchema {
  const defines = kids(grammar).filter((c) => c.local === 'define')
  const start = kids(grammar).find((c) => c.local === 'start')
  if (grammar.local !== 'grammar' || !start) throw new Error('not a simplified RelaxNG grammar (grammar with start)')
  const out = new Output()
  defines.forEach((d) => out.defineIndex.set(attr(d, 'name'), out.defineIndex.size))
  const elements: [number, number][] = []
  for (const d of defines) {
    const element = only(d, 'define')
    if (element.local !== 'element') throw new Error(`define "${attr(d, 'name')}" is not an element (schema not simplified)`)
    const [nc, content] = kids(element)
    elements.push([out.nameClass(nc), out.pattern(content)])
  }
  const first = out.pattern(only(start, 'start'))
  return { format: COMPILED_FORMAT, nameClasses: out.nameClasses, datatypes: out.datatypes, patterns: out.patterns, elements, start: first }
}

class Output {
  readonly nameClasses: NameClassJson[] = []
  readonly datatypes: [string, string, [string, string][]][] = []
  readonly patterns: PatternJson[] = []
  readonly defineIndex = new Map<string, number>()
  private readonly seen = new Map<unknown[], Map<string, number>>()

  pattern(node: SimplifiedNode): number {
    switch (node.local) {
      case 'empty': case 'notAllowed': case 'text': return this.add(this.patterns, [node.local])
      case 'choice': return this.add(this.patterns, ['choice', ...[...new Set(this.alternatives(node))].sort((a, b) => a - b)])
      case 'group': case 'interleave': {
        const [a, b] = kids(node)
        return this.add(this.patterns, [node.local, this.pattern(a), this.pattern(b)])
      }
      case 'oneOrMore': case 'list': return this.add(this.patterns, [node.local, this.pattern(only(node, node.local))])
      case 'data': return this.data(node)
      case 'value': {
        const type = this.datatype(attr(node, 'datatypeLibrary'), attr(node, 'type'), [])
        return this.add(this.patterns, ['value', type, textOf(node)])
      }
      case 'attribute': {
        const [nc, value] = kids(node)
        return this.add(this.patterns, ['attribute', this.nameClass(nc), this.pattern(value)])
      }
      case 'ref': {
        const index = this.defineIndex.get(attr(node, 'name'))
        if (index === undefined) throw new Error(`ref to an undefined pattern "${attr(node, 'name')}"`)
        return this.add(this.patterns, ['ref', index])
      }
      default: throw new Error(`<${node.local}> where a simplified pattern was expected`)
    }
  }

  nameClass(node: SimplifiedNode): number {
    switch (node.local) {
      case 'name': return this.add(this.nameClasses, ['name', attr(node, 'ns'), textOf(node)])
      case 'anyName': return this.add(this.nameClasses, ['anyName', this.except(node)])
      case 'nsName': return this.add(this.nameClasses, ['nsName', attr(node, 'ns'), this.except(node)])
      case 'choice': {
        const [a, b] = kids(node)
        return this.add(this.nameClasses, ['choice', this.nameClass(a), this.nameClass(b)])
      }
      default: throw new Error(`<${node.local}> where a name class was expected`)
    }
  }

  private except(node: SimplifiedNode): number {
    const except = kids(node).find((c) => c.local === 'except')
    if (!except) return -1
    return kids(except).map((c) => this.nameClass(c)).reduce((a, b) => this.add(this.nameClasses, ['choice', a, b]))
  }

  private data(node: SimplifiedNode): number {
    const params = kids(node).filter((c) => c.local === 'param').map((c): [string, string] => [attr(c, 'name'), textOf(c)])
    const except = kids(node).find((c) => c.local === 'except')
    const type = this.datatype(attr(node, 'datatypeLibrary'), attr(node, 'type'), params)
    return this.add(this.patterns, ['data', type, except ? this.pattern(only(except, 'except')) : -1])
  }

  private datatype(library: string, type: string, params: [string, string][]): number {
    return this.add(this.datatypes, [library, type, params])
  }

  private alternatives(node: SimplifiedNode): number[] {
    return kids(node).flatMap((c) => (c.local === 'choice' ? this.alternatives(c) : [this.pattern(c)]))
  }

  /** The index of `item` in `list`, added the first time it is seen (equal items share one index). */
  private add<T>(list: T[], item: T): number {
    let seen = this.seen.get(list)
    if (!seen) this.seen.set(list, (seen = new Map()))
    const key = JSON.stringify(item)
    let i = seen.get(key)
    if (i === undefined) {
      i = list.length
      list.push(item)
      seen.set(key, i)
    }
    return i
  }
}

function kids(node: SimplifiedNode): SimplifiedNode[] {
  return (node.children ?? []).filter((c) => c.local !== undefined)
}

function only(node: SimplifiedNode, what: string): SimplifiedNode {
  const [first, ...more] = kids(node)
  if (!first || more.length) throw new Error(`<${what}> must hold exactly one pattern in a simplified schema`)
  return first
}

function attr(node: SimplifiedNode, name: string): string {
  const a = node.attributes?.[name]
  return a === undefined ? '' : typeof a === 'string' ? a : a.value
}

function textOf(node: SimplifiedNode): string {
  return (node.children ?? []).map((c) => c.text ?? '').join('')
}
