import { describe, expect, it } from 'vitest'
import { prefixDefsOf, refStyles, registerIdOf } from '../../src/build/tei/register-refs.js'
import { scanXml } from '../../src/build/tei/xml-spans.js'

const ids = new Map([['p1', 'person'], ['lon', 'place']] as const)

describe('registerIdOf', () => {
  const layout = scanXml('<TEI><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="pers" matchPattern="(p\\d+)" replacementPattern="../register/persons.xml#$1"/></listPrefixDef></encodingDesc></teiHeader><text/></TEI>')
  const prefixes = prefixDefsOf(layout.root)

  it('reads #id, file#id, a declared prefix and an undeclared prefix:id', () => {
    expect(registerIdOf('#p1', ids, prefixes)).toBe('p1')
    expect(registerIdOf('registers/persons.xml#p1', ids, prefixes)).toBe('p1')
    expect(registerIdOf('pers:p1', ids, prefixes)).toBe('p1')
    expect(registerIdOf('place:lon', ids, prefixes)).toBe('lon')
  })

  it('names no entry for authority URIs, unknown ids or a prefix whose pattern does not match', () => {
    expect(registerIdOf('https://www.wikidata.org/entity/Q1', ids, prefixes)).toBeUndefined()
    expect(registerIdOf('#nobody', ids, prefixes)).toBeUndefined()
    expect(registerIdOf('pers:lon', ids, prefixes)).toBeUndefined()
  })
})

describe('refStyles', () => {
  it('writes new pointers as the document writes its own, per kind of name', () => {
    const layout = scanXml('<TEI><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="pers" matchPattern="([a-z0-9]+)" replacementPattern="persons.xml#$1"/></listPrefixDef></encodingDesc></teiHeader><text><p><persName ref="pers:p1">A</persName> <placeName ref="../places.xml#lon">L</placeName></p></text></TEI>')
    const styles = refStyles(layout.root, new Map([['p1', 'person'], ['p2', 'person'], ['lon', 'place'], ['par', 'place'], ['acme', 'org']]), prefixDefsOf(layout.root))
    expect(styles.person('p2')).toBe('pers:p2')
    expect(styles.place('par')).toBe('../places.xml#par')
    expect(styles.org('acme')).toBe('#acme')
  })
})
