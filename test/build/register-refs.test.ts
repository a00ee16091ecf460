import { describe, expect, it } from 'vitest'
import { prefixDefsOf, refStyles, registerIdOf } from '../../src/build/tei/register-refs.js'
import { scanXml } from '../../src/build/tei/xml-spans.js'

const registers = { persons: [{ id: 'p1', name: 'A' }, { id: 'p2', name: 'B' }], places: [{ id: 'lon', name: 'L' }, { id: 'par', name: 'P' }], orgs: [{ id: 'acme', name: 'Acme' }] }

describe('registerIdOf', () => {
  const layout = scanXml('<TEI><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="pers" matchPattern="(p\\d+)" replacementPattern="../register/persons.xml#$1"/></listPrefixDef></encodingDesc></teiHeader><text/></TEI>')
  const prefixes = prefixDefsOf(layout.root)

  it('reads #id, file#id and a declared prefix (core\'s resolver)', () => {
    expect(registerIdOf('#p1', registers, prefixes)).toBe('p1')
    expect(registerIdOf('registers/persons.xml#p1', registers, prefixes)).toBe('p1')
    expect(registerIdOf('pers:p1', registers, prefixes)).toBe('p1')
  })

  it('names no entry for authority URIs, unknown ids, an undeclared prefix or one whose pattern does not match', () => {
    expect(registerIdOf('https://www.wikidata.org/entity/Q1', registers, prefixes)).toBeUndefined()
    expect(registerIdOf('#nobody', registers, prefixes)).toBeUndefined()
    expect(registerIdOf('pers:lon', registers, prefixes)).toBeUndefined()
    expect(registerIdOf('place:lon', registers, prefixes)).toBeUndefined()
  })
})

describe('refStyles', () => {
  it('writes new pointers as the document writes its own, per kind of name', () => {
    const layout = scanXml('<TEI><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="pers" matchPattern="([a-z0-9]+)" replacementPattern="persons.xml#$1"/></listPrefixDef></encodingDesc></teiHeader><text><p><persName ref="pers:p1">A</persName> <placeName ref="../places.xml#lon">L</placeName></p></text></TEI>')
    const styles = refStyles(layout.root, registers, prefixDefsOf(layout.root))
    expect(styles.person('p2')).toBe('pers:p2')
    expect(styles.place('par')).toBe('../places.xml#par')
    expect(styles.org('acme')).toBe('#acme')
  })
})
