/** Small builders for TEI trees, so that stages write `el('persName', { ref: '#x' }, kids)`. */
import type { TeiElement, TeiNode, TeiRoot, TeiText } from './tree.js'

export const TEI_NS = 'http://www.tei-c.org/ns/1.0'
export const XML_NS = 'http://www.w3.org/XML/1998/namespace'

export function el(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: ReadonlyArray<TeiNode | string> = [],
): TeiElement {
  const attrs: Record<string, string> = {}
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) attrs[k] = v
  return {
    type: 'element',
    name,
    attributes: attrs,
    children: children.map((c) => (typeof c === 'string' ? ({ type: 'text', value: c } as TeiText) : c)),
  }
}

export function root(tei: TeiElement): TeiRoot {
  return { type: 'root', children: [tei] }
}
