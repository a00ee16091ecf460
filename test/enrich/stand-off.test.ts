/** standOff: the referenced register entries, with what an index needs to sort and print them. */
import { describe, expect, it } from 'vitest'
import { addStandOff } from '../../src/enrich/stand-off.js'
import { el, root } from '../../src/core/tei.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { emptyRegisters, type RegisterEntry } from '../../src/core/registers.js'
import type { TeiDocument } from '../../src/core/document.js'

function standOff(persons: RegisterEntry[]): string {
  const doc = { id: 'x', source: { path: 'x.txt', text: '', locate: () => ({ line: 1, column: 1, offset: 0 }) }, tree: root(el('TEI', {}, [el('teiHeader'), el('text')])) } as TeiDocument
  addStandOff(doc, { ...emptyRegisters(), persons }, new Set(persons.map((p) => p.id)))
  const xml = serializeTei(doc.tree)
  return /<listPerson>[\s\S]*<\/listPerson>/.exec(xml)![0].replace(/\s*\n\s*/g, '')
}

describe('standOff', () => {
  it('marks the forename and surname the register gives inside the main name, and writes @sortKey', () => {
    expect(standOff([{ id: 'cleyre', name: 'Voltairine de Cleyre', forename: 'Voltairine', surname: 'de Cleyre', sortKey: 'Cleyre Voltairine', birth: '1866', death: '1912' }]))
      .toBe('<listPerson><person xml:id="cleyre" sortKey="Cleyre Voltairine"><persName type="main"><forename>Voltairine</forename> <surname>de Cleyre</surname></persName><birth when="1866"/><death when="1912"/></person></listPerson>')
  })

  it('keeps a name whose parts it does not hold as written, the parts in a name of their own', () => {
    expect(standOff([{ id: 'ulyanova', name: 'Anna Elizarova', forename: 'Anna Ilyinichna', surname: 'Ulyanova', aliases: ['Anna'] }]))
      .toBe('<listPerson><person xml:id="ulyanova"><persName type="main">Anna Elizarova</persName><persName type="sort"><forename>Anna Ilyinichna</forename> <surname>Ulyanova</surname></persName><persName type="alias">Anna</persName></person></listPerson>')
  })

  it('writes a name without parts as text', () => {
    expect(standOff([{ id: 'odo', name: 'Odo of Bayeux' }])).toBe('<listPerson><person xml:id="odo"><persName type="main">Odo of Bayeux</persName></person></listPerson>')
  })
})
