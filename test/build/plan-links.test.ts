import { describe, expect, it } from 'vitest'
import { planLinks, insertionsOf, type LinkSettings } from '../../src/build/link/plan-links.js'
import { scanXml } from '../../src/build/tei/xml-spans.js'
import { applyInsertions, type Insertion } from '../../src/build/tei/insertions.js'
import type { Registers } from '../../src/core/registers.js'

const registers: Registers = {
  persons: [
    { id: 'mellery', name: 'Margaret Ellery', aliases: ['Meg Ellery'] },
    { id: 'jmarti', name: 'José Martí' },
    { id: 'jsmith', name: 'John Smith' },
    { id: 'asmith', name: 'Anne Smith' },
  ],
  places: [{ id: 'penzance', name: 'Penzance' }, { id: 'paris', name: 'Paris' }],
  orgs: [{ id: 'linnean', name: 'Linnean Society' }],
}

const doc = (body: string, header = '') => `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc><titleStmt><title>Letters from Penzance</title></titleStmt>${header}</fileDesc></teiHeader>\n<text><body>\n${body}\n</body></text>\n</TEI>\n`

function link(xml: string, settings: LinkSettings = {}) {
  const changes = planLinks(scanXml(xml), registers, settings)
  const insertions = insertionsOf(changes)
  return { changes, insertions, out: applyInsertions(xml, insertions) }
}

/** The text with every inserted piece taken out again: must be the editor's file, byte for byte. */
function withoutInsertions(out: string, insertions: Insertion[]): string {
  let result = out
  const sorted = insertions.map((ins, k) => ({ ins, k })).sort((a, b) => b.ins.offset - a.ins.offset || b.k - a.k)
  const shifts = (offset: number, k: number) => insertions.reduce((n, ins, j) => n + (ins.offset < offset || (ins.offset === offset && j < k) ? ins.text.length : 0), 0)
  for (const { ins, k } of sorted) {
    const at = ins.offset + shifts(ins.offset, k)
    expect(result.slice(at, at + ins.text.length)).toBe(ins.text)
    result = result.slice(0, at) + result.slice(at + ins.text.length)
  }
  return result
}

describe('planLinks: what is tagged', () => {
  it('tags register names in untagged text of <text>, and nothing else changes', () => {
    const xml = doc('<p>Margaret Ellery wrote from Penzance to the Linnean Society &amp; to Paris.</p>')
    const { out, insertions } = link(xml)
    expect(out).toContain('<p><persName ref="#mellery">Margaret Ellery</persName> wrote from <placeName ref="#penzance">Penzance</placeName> to the <orgName ref="#linnean">Linnean Society</orgName> &amp; to <placeName ref="#paris">Paris</placeName>.</p>')
    expect(out).toContain('<title>Letters from Penzance</title>')
    expect(withoutInsertions(out, insertions)).toBe(xml)
  })

  it('finds a name broken over a line or written with character references', () => {
    const { out } = link(doc('<p>Meg<lb/>Ellery at Pen<lb break="no"/>zance, and Jos&#233; Mart&#xED;.</p>'))
    expect(out).toContain('<persName ref="#mellery">Meg<lb/>Ellery</persName>')
    expect(out).toContain('<placeName ref="#penzance">Pen<lb break="no"/>zance</placeName>')
    expect(out).toContain('<persName ref="#jmarti">Jos&#233; Mart&#xED;</persName>')
  })

  it('takes initials before a surname into the name, as the build does for text sources', () => {
    const { out } = link(doc('<p>We met M. Ellery, and A. M. Ellery.</p>'))
    expect(out).toContain('<persName ref="#mellery">M. Ellery</persName>, and <persName ref="#mellery">A. M. Ellery</persName>')
  })

  it('gives an editor\'s name without @ref the entry its whole text names, and keeps the rest of the tag', () => {
    const { out, changes } = link(doc("<p><persName type='full'>Margaret Ellery</persName> and <persName key='x'>Meg Ellery</persName> <placeName>Penzance harbour</placeName></p>"))
    expect(out).toContain(`<persName type='full' ref="#mellery">Margaret Ellery</persName>`)
    expect(out).toContain("<persName key='x'>Meg Ellery</persName>")
    expect(out).toContain('<placeName>Penzance harbour</placeName>')
    expect(changes.map((c) => c.kind)).toEqual(['ref-added'])
  })

  it('writes pointers as the document does, and elements with the document\'s prefix', () => {
    const prefixed = `<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader><tei:encodingDesc><tei:listPrefixDef><tei:prefixDef ident="pers" matchPattern="([a-z]+)" replacementPattern="persons.xml#$1"/></tei:listPrefixDef></tei:encodingDesc></tei:teiHeader><tei:text><tei:body><tei:p><tei:persName ref="pers:jsmith">John</tei:persName> met Margaret Ellery.</tei:p></tei:body></tei:text></tei:TEI>`
    expect(link(prefixed).out).toContain('<tei:persName ref="pers:mellery">Margaret Ellery</tei:persName>')
  })
})

describe('planLinks: what is never tagged', () => {
  it('leaves the header, names, dates, titles, links, referring strings, alternatives and deletions alone', () => {
    const body = [
      '<p><persName ref="#x">Margaret Ellery</persName> <date>Penzance day</date> <title>Paris</title> <ref target="#a">Paris</ref></p>',
      '<p><rs type="place">Paris</rs> <choice><sic>Penzanse</sic><corr>Penzance</corr></choice> <del>Paris</del> <w>Paris</w></p>',
      '<p><orgName>The <placeName>Penzance</placeName> Society</orgName></p>',
    ].join('\n')
    const xml = doc(body, '<sourceDesc><p>Margaret Ellery, Penzance</p></sourceDesc>')
    expect(link(xml).changes).toEqual([])
  })

  it('respects the editor\'s "not a name": <seg type="no-name">, edition skip rules and excluded phrases', () => {
    const xml = doc([
      '<p>A <seg type="no-name">Paris</seg> hat; <note type="editorial">Paris: see above.</note> <note>From Paris.</note></p>',
      '<p>The Paris Green is poison; Paris is a city.</p>',
    ].join('\n'))
    const { out } = link(xml, { skip: ['note[type=editorial]'], exclude: ['Paris  Green'] })
    expect(out).toContain('<seg type="no-name">Paris</seg>')
    expect(out).toContain('<note type="editorial">Paris: see above.</note>')
    expect(out).toContain('<note>From <placeName ref="#paris">Paris</placeName>.</note>')
    expect(out).toContain('The Paris Green is poison; <placeName ref="#paris">Paris</placeName> is a city.')
    expect(link(xml, { skip: ['note'] }).out).toContain('<note>From Paris.</note>')
  })

  it('does not tag a form that names two entries, and reports it', () => {
    const { changes, out } = link(doc('<p>Smith came, and <persName>Smith</persName> too.</p>'))
    expect(changes.map((c) => [c.kind, c.text, c.ids])).toEqual([['ambiguous', 'Smith', ['jsmith', 'asmith']], ['ambiguous', 'Smith', ['jsmith', 'asmith']]])
    expect(out).toBe(doc('<p>Smith came, and <persName>Smith</persName> too.</p>'))
  })
})
