import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { parseXml } from '../../src/core/xml/parse.js'
import { readPrefixDefs, registerEntryOf, resolvePointer, resolveReference, type PrefixDef } from '../../src/core/references.js'
import type { Registers } from '../../src/core/registers.js'

const prefixes: PrefixDef[] = [
  { ident: 'pers', matchPattern: '(p\\d+)', replacementPattern: '../register/persons.xml#$1' },
  { ident: 'pers', matchPattern: '([a-z]+)', replacementPattern: '#$1' },
  { ident: 'gnd', matchPattern: '(.+)', replacementPattern: 'https://d-nb.info/gnd/$1' },
]
const base = '/ed/letters/l1.xml'
const registers: Registers = { persons: [{ id: 'p1', name: 'Anna' }, { id: 'anna', name: 'Anna B.' }], places: [{ id: 'geneva', name: 'Geneva' }], orgs: [] }
const registerFiles = new Map([[resolve('/ed/register/persons.xml'), new Set(['p1', 'p2'])]])

describe('TEI pointers', () => {
  it('are local, another file, a URI, or an XPointer; prefixes are expanded by the first matching prefixDef', () => {
    expect(resolvePointer('#p1')).toEqual({ kind: 'local', id: 'p1' })
    expect(resolvePointer('../register/persons.xml#p1', { base })).toEqual({ kind: 'file', file: '../register/persons.xml', path: resolve('/ed/register/persons.xml'), id: 'p1' })
    expect(resolvePointer('persons.xml', { base })).toEqual({ kind: 'file', file: 'persons.xml', path: resolve('/ed/letters/persons.xml'), id: undefined })
    expect(resolvePointer('l1.xml#n3', { base })).toEqual({ kind: 'local', id: 'n3' })
    expect(resolvePointer('https://www.wikidata.org/entity/Q1')).toEqual({ kind: 'uri', uri: 'https://www.wikidata.org/entity/Q1' })
    expect(resolvePointer('#xpath(//p[1])')).toEqual({ kind: 'other', text: '#xpath(//p[1])' })
    expect(resolvePointer('pers:p12', { prefixes, base })).toMatchObject({ kind: 'file', file: '../register/persons.xml', id: 'p12' })
    expect(resolvePointer('pers:anna', { prefixes })).toEqual({ kind: 'local', id: 'anna' })
    expect(resolvePointer('gnd:118540238', { prefixes })).toEqual({ kind: 'uri', uri: 'https://d-nb.info/gnd/118540238' })
    // a prefix nobody declared is a URI scheme
    expect(resolvePointer('place:geneva', { prefixes })).toEqual({ kind: 'uri', uri: 'place:geneva' })
  })

  it('reads the prefixDefs of a document, prefixed TEI too', () => {
    const { tree } = parseXml('<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader><tei:encodingDesc><tei:listPrefixDef><tei:prefixDef ident="pers" matchPattern="(.+)" replacementPattern="p.xml#$1"/></tei:listPrefixDef></tei:encodingDesc></tei:teiHeader></tei:TEI>', 'x.xml')
    expect(readPrefixDefs(tree)).toEqual([{ ident: 'pers', matchPattern: '(.+)', replacementPattern: 'p.xml#$1' }])
  })

  it('resolve against the document and the registers; pointers elsewhere are outside', () => {
    const ids = new Set(['n1'])
    const ctx = { ids, prefixes, base }
    expect(resolveReference('#n1', ctx)).toBe('resolved')
    expect(resolveReference('#p1', ctx)).toBe('unchecked')
    expect(resolveReference('#p1', { ...ctx, registers })).toBe('resolved')
    expect(resolveReference('#p9', { ...ctx, registers })).toBe('unresolved')
    expect(resolveReference('pers:p2', { ...ctx, registerFiles })).toBe('resolved')
    expect(resolveReference('pers:p3', { ...ctx, registerFiles })).toBe('unresolved')
    expect(resolveReference('other.xml#x', { ...ctx, registers, registerFiles })).toBe('outside')
    expect(resolveReference('https://example.org/#x', { ...ctx, registers })).toBe('outside')
    // a register given from another folder is matched by its file name
    expect(resolveReference('persons.xml#p2', { ...ctx, registerFiles })).toBe('resolved')
  })

  it('name register entries however they are written', () => {
    expect(registerEntryOf('#p1', registers)?.entry.name).toBe('Anna')
    expect(registerEntryOf('pers:anna', registers, { prefixes })?.entry.id).toBe('anna')
    expect(registerEntryOf('registers/places.xml#geneva', registers)).toEqual({ kind: 'places', entry: { id: 'geneva', name: 'Geneva' } })
    expect(registerEntryOf('pers:p1', registers, { prefixes, base, registerFiles })?.entry.id).toBe('p1')
    expect(registerEntryOf('elsewhere.xml#p1', registers, { base, registerFiles })).toBeUndefined()
    expect(registerEntryOf('https://www.wikidata.org/entity/Q1', registers)).toBeUndefined()
  })
})
