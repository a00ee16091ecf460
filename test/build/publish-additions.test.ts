import { beforeAll, describe, expect, it } from 'vitest'
import { publishAdditions } from '../../src/build/tei/publish-additions.js'
import { scanXml } from '../../src/build/tei/xml-spans.js'
import { applyInsertions } from '../../src/build/tei/insertions.js'
import { parseXml } from '../../src/core/xml/parse.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import type { Registers } from '../../src/core/registers.js'

const registers: Registers = {
  persons: [{ id: 'cbenn', name: 'Clara Benn' }, { id: 'awhit', name: 'Anna Whitcombe', aliases: ['Anna'] }],
  places: [{ id: 'bristol', name: 'Bristol' }],
  orgs: [],
}

let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)

const header = (profile = '<profileDesc>\n      <langUsage><language ident="en">English</language></langUsage>\n    </profileDesc>') => `<teiHeader>
    <fileDesc>
      <titleStmt><title>Letters</title></titleStmt>
      <publicationStmt><p>Test.</p></publicationStmt>
      <sourceDesc><p>Invented.</p></sourceDesc>
    </fileDesc>
    ${profile}
  </teiHeader>`

const letterDiv = (n: string) => `<div type="letter">
        <opener><dateline><placeName ref="#bristol">Bristol</placeName>, <date when="1887-05-0${n}">${n} May 1887</date></dateline><salute>Dear <persName ref="#awhit">Anna</persName>,</salute></opener>
        <p>Letter ${n}.</p>
        <closer><signed><persName ref="#cbenn">Clara Benn</persName></signed></closer>
      </div>`

function publish(xml: string, letter = false) {
  const added = publishAdditions(scanXml(xml), parseXml(xml, 'x.xml'), { registers, letter, id: 'x' })
  return { ...added, out: applyInsertions(xml, added.insertions) }
}

describe('publishAdditions', () => {
  it('reads a correspDesc per letter, gives letters without xml:id one, and adds the standOff; the result is valid', () => {
    const xml = `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="x">\n  ${header()}\n  <text>\n    <body>\n      ${letterDiv('2')}\n      ${letterDiv('3')}\n    </body>\n  </text>\n</TEI>\n`
    const { out, additions } = publish(xml)
    expect(additions.map((a) => a.what)).toEqual(['correspDesc', 'standOff'])
    expect(out).toContain('<div type="letter" xml:id="letter-1">')
    expect(out).toContain('<div type="letter" xml:id="letter-2">')
    expect(out).toMatch(/\n      <correspDesc n="2" ref="#letter-2">\n        <correspAction type="sent"><persName ref="#cbenn">Clara Benn<\/persName><placeName ref="#bristol">Bristol<\/placeName><date when="1887-05-03">3 May 1887<\/date><\/correspAction>/)
    expect(out).toMatch(/<\/teiHeader>\n  <standOff>\n    <listPerson>\n      <person xml:id="awhit">/)
    expect(validator.validate(out, 'x.xml', { registers, letter: true })).toEqual([])
  })

  it('reads a letter that is the whole text, its opener in front and closer in back, into a new profileDesc', () => {
    const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="x">${header('')}<text><front><div><opener><salute>Dear Anna,</salute></opener></div></front><body><p>Text.</p></body><back><closer><signed>Clara Benn</signed></closer></back></text></TEI>`
    const { out } = publish(xml, true)
    expect(out).toContain('</fileDesc>\n    <profileDesc>\n      <correspDesc>\n        <correspAction type="sent"><persName ref="#cbenn">Clara Benn</persName></correspAction>\n        <correspAction type="received"><persName ref="#awhit">Anna</persName></correspAction>')
    expect(validator.validate(out, 'x.xml', { registers, letter: true }).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('adds nothing to a header that has a correspDesc, nor a standOff entry the document holds itself', () => {
    const own = '<profileDesc><correspDesc><correspAction type="sent"><persName ref="#cbenn">C.</persName></correspAction></correspDesc></profileDesc>'
    const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="x">${header(own)}<standOff><listPerson><person xml:id="cbenn"><persName>Clara Benn</persName></person></listPerson></standOff><text><body>${letterDiv('2')}</body></text></TEI>`
    const { out, additions } = publish(xml, true)
    expect(additions.map((a) => a.what)).toEqual(['standOff'])
    expect(out.match(/<correspDesc>/g)).toHaveLength(1)
    expect(out).not.toMatch(/<person xml:id="cbenn">\s*<persName type="main">/)
    expect(out).toMatch(/<person xml:id="awhit">/)
  })

  it('writes on one line into a file without line breaks, and gives a root without xml:id the document\'s id', () => {
    const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0">${header().replace(/\n\s*/g, '')}<text><body><p><persName ref="#cbenn">Clara</persName></p></body></text></TEI>`
    const { out, additions } = publish(xml)
    expect(additions.map((a) => a.what)).toEqual(['xml:id', 'standOff'])
    expect(out).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="x">')
    expect(out).toContain('</teiHeader><standOff><listPerson><person xml:id="cbenn"><persName type="main">Clara Benn</persName></person></listPerson></standOff><text>')
    expect(out.split('\n')).toHaveLength(1)
  })
})
