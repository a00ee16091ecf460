import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { el, root } from '../../src/core/tei.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { parseXml } from '../../src/core/xml/parse.js'
import { LectioError } from '../../src/core/errors.js'
import { textContent } from '../../src/core/tree.js'

const sample = () => root(el('TEI', {}, [
  el('teiHeader', {}, [el('fileDesc', {}, [el('titleStmt', {}, [el('title', {}, ['A & B <c>'])])])]),
  el('text', {}, [el('body', {}, [
    el('p', { 'xml:id': 'p1' }, ['Dear ', el('persName', { ref: '#x' }, ['X']), ' ', el('persName', {}, ['Y']), ', "quoted"']),
  ])]),
]))

describe('serializeTei', () => {
  it('writes the TEI namespace, escapes text and attributes, and indents only element-only containers', () => {
    const xml = serializeTei(sample())
    expect(xml).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
      '  <teiHeader>',
      '    <fileDesc>',
      '      <titleStmt>',
      '        <title>A &amp; B &lt;c&gt;</title>',
      '      </titleStmt>',
      '    </fileDesc>',
      '  </teiHeader>',
      '  <text>',
      '    <body>',
      '      <p xml:id="p1">Dear <persName ref="#x">X</persName> <persName>Y</persName>, "quoted"</p>',
      '    </body>',
      '  </text>',
      '</TEI>',
      '',
    ].join('\n'))
  })

  it('escapes text that looks like an entity reference (xmlbuilder2 would pass it through)', () => {
    const tree = root(el('TEI', { n: '&x; &amp;' }, [el('text', {}, [el('body', {}, [el('p', {}, ['&A; & &amp; &#38;'])])])]))
    const xml = serializeTei(tree)
    expect(xml).toContain('<p>&amp;A; &amp; &amp;amp; &amp;#38;</p>')
    const back = parseXml(xml, 'x.xml')
    expect(textContent(back.tree).trim()).toBe('&A; & &amp; &#38;')
  })

  it('is deterministic', () => {
    expect(serializeTei(sample())).toBe(serializeTei(sample()))
  })

  it('round-trips any text content through parseXml (property)', () => {
    const xmlChar = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", 'é', '\n', '\r', '\t', '—', ']]>', '\u{1F600}', '&#38;') , maxLength: 40 })
    fc.assert(fc.property(xmlChar, xmlChar, (a, b) => {
      const tree = root(el('TEI', {}, [el('text', {}, [el('body', {}, [el('p', { n: b }, [a])])])]))
      const back = parseXml(serializeTei(tree), 'x.xml')
      const p = (back.tree.children[0] as any).children.find((c: any) => c.name === 'text').children.find((c: any) => c.name === 'body').children.find((c: any) => c.name === 'p')
      expect(p.attributes.n).toBe(b)
      expect(textContent(p)).toBe(a)
    }))
  })
})

describe('parseXml', () => {
  it('gives element positions as line and column', () => {
    const { tree } = parseXml('<TEI>\n  <p>x</p>\n</TEI>', 'f.xml')
    const tei = tree.children[0] as any
    const p = tei.children.find((c: any) => c.type === 'element')
    expect(tei.position.start).toMatchObject({ line: 1, column: 1 })
    expect(p.position.start).toMatchObject({ line: 2, column: 3 })
  })

  it('reports ill-formed XML at its line', () => {
    try {
      parseXml('<TEI>\n<p>\n</TEI>', 'bad.xml')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(LectioError)
      const d = (e as LectioError).diagnostics[0]
      expect(d).toMatchObject({ code: 'xml-not-well-formed', file: 'bad.xml', line: 3 })
    }
  })

  it('reports an undefined entity at its place', () => {
    try {
      parseXml('<TEI>\n  <p>a &nbsp; b</p>\n</TEI>', 'e.xml')
      expect.unreachable()
    } catch (e) {
      expect((e as LectioError).diagnostics[0]).toMatchObject({ code: 'xml-not-well-formed', line: 2, column: 8 })
    }
  })

  it('refuses external entities and entity bombs; expands internal entities within the budget', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI>&x;</TEI>'
    const lol = Array.from({ length: 8 }, (_v, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')
    const bomb = `<!DOCTYPE lolz [<!ENTITY l0 "lol">${lol}]><TEI>&l8;</TEI>`
    for (const [xml, code] of [[xxe, 'xml-doctype-refused'], [bomb, 'xml-entity-budget-exceeded']]) {
      expect(() => parseXml(xml, 'evil.xml')).toThrow(LectioError)
      try { parseXml(xml, 'evil.xml') } catch (e) {
        expect((e as LectioError).diagnostics[0].code).toBe(code)
      }
    }
    const small = parseXml('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><TEI>&lol2;</TEI>', 'ok.xml')
    expect(textContent(small.tree)).toBe('lollollol')
  })
})
