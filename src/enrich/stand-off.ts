/** The register entries the document refers to, as <standOff> (listPerson, listPlace, listOrg). */
import type { TeiDocument } from '../core/document.js'
import type { RegisterEntry, Registers } from '../core/registers.js'
import type { TeiElement, TeiNode } from '../core/tree.js'
import { el } from '../core/tei.js'
import { rootElement } from '../core/tree.js'

/**
 * A person's names with the parts the register gives (forename, surname: what an index sorts by)
 * marked inside the main name where they stand in it; when they do not stand in it, they follow
 * as a name of their own, `persName type="sort"`.
 */
function personNames(e: RegisterEntry): TeiElement[] {
  const parts = [['forename', e.forename], ['surname', e.surname]].filter((p): p is [string, string] => !!p[1])
  if (!parts.length) return [el('persName', { type: 'main' }, [e.name])]
  const marked: (TeiNode | string)[] = []
  let rest = e.name
  for (const [name, text] of parts) {
    const at = rest.indexOf(text)
    if (at < 0) return [el('persName', { type: 'main' }, [e.name]), el('persName', { type: 'sort' }, parts.flatMap(([n, t], i): (TeiNode | string)[] => [...(i ? [' '] : []), el(n, {}, [t])]))]
    if (at) marked.push(rest.slice(0, at))
    marked.push(el(name, {}, [text]))
    rest = rest.slice(at + text.length)
  }
  if (rest) marked.push(rest)
  return [el('persName', { type: 'main' }, marked)]
}

function entry(name: string, nameEl: string, e: RegisterEntry): TeiElement {
  const kids: TeiNode[] = name === 'person' ? personNames(e) : [el(nameEl, { type: 'main' }, [e.name])]
  for (const a of e.aliases ?? []) kids.push(el(nameEl, { type: 'alias' }, [a]))
  if (name === 'person' && e.birth) kids.push(el('birth', { when: e.birth }))
  if (name === 'person' && e.death) kids.push(el('death', { when: e.death }))
  if (e.ref) kids.push(el('idno', { type: 'URI' }, [e.ref]))
  if (e.note) kids.push(el('note', {}, [e.note]))
  return el(name, { 'xml:id': e.id, sortKey: e.sortKey }, kids)
}

export function addStandOff(doc: TeiDocument, registers: Registers, referenced: Set<string>): void {
  if (!referenced.size) return
  const lists: TeiNode[] = []
  const pick = (list: RegisterEntry[]) => list.filter((e) => referenced.has(e.id)).sort((a, b) => (a.id < b.id ? -1 : 1))
  const persons = pick(registers.persons)
  const places = pick(registers.places)
  const orgs = pick(registers.orgs)
  if (persons.length) lists.push(el('listPerson', {}, persons.map((e) => entry('person', 'persName', e))))
  if (places.length) lists.push(el('listPlace', {}, places.map((e) => entry('place', 'placeName', e))))
  if (orgs.length) lists.push(el('listOrg', {}, orgs.map((e) => entry('org', 'orgName', e))))
  const tei = rootElement(doc.tree)
  const at = tei.children.findIndex((c) => c.type === 'element' && c.name === 'teiHeader')
  tei.children.splice(at + 1, 0, el('standOff', {}, lists))
}
