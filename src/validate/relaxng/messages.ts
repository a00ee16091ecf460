/** How schema problems are worded: elements and attributes named as an editor writes them. */
import { listedNames, type NameClass } from './names.js'

export const TEI_NS = 'http://www.tei-c.org/ns/1.0'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
/** How many expected names a message lists before "and N more". */
const MAX_EXPECTED = 8

export function elementName(ns: string, name: string): string {
  if (ns === TEI_NS) return `<${name}>`
  return ns ? `<{${ns}}${name}>` : `<${name}>`
}

export function attributeName(ns: string, name: string): string {
  if (ns === XML_NS) return `@xml:${name}`
  return ns ? `@{${ns}}${name}` : `@${name}`
}

/** "<teiHeader>", "one of <ab>, <div>, … and 54 more", or `fallback` when nothing is listed. */
export function oneOf(classes: NameClass[], attribute: boolean, fallback: string): string {
  const names = [...new Set(classes.flatMap((nc) => {
    const listed = listedNames(nc)
    if (!listed) return [attribute ? 'an attribute' : 'an element']
    return listed.map((n) => (attribute ? attributeName(n.ns, n.local) : elementName(n.ns, n.local)))
  }))].sort()
  if (names.length === 0) return fallback
  if (names.length === 1) return names[0]
  const more = names.length > MAX_EXPECTED ? ` and ${names.length - MAX_EXPECTED} more` : ''
  return `one of ${names.slice(0, MAX_EXPECTED).join(', ')}${more}`
}

/** A text as a message quotes it: spaces folded, at most 30 characters. */
export function quoted(text: string): string {
  const shown = text.trim().replace(/\s+/g, ' ')
  return shown.length > 30 ? `${shown.slice(0, 30)}…` : shown
}
