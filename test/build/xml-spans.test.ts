import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { allElements, decodeTextSpan, ENTITY_MARK, scanXml, spanText, type ElementSpan } from '../../src/build/tei/xml-spans.js'
import { SaxesParser } from 'saxes'

// the reference: saxes (the validator's parser), building a plain tree
interface RefElement { type: 'element'; name: string; attributes: Record<string, string>; children: (RefElement | { type: 'text'; value: string })[] }
function referenceTree(xml: string): RefElement {
  const parser = new SaxesParser()
  const stack: RefElement[] = [{ type: 'element', name: '#root', attributes: {}, children: [] }]
  parser.on('opentag', (t) => {
    const el: RefElement = { type: 'element', name: t.name, attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)])), children: [] }
    stack.at(-1)!.children.push(el)
    if (!t.isSelfClosing) stack.push(el)
  })
  parser.on('closetag', (t) => { if (!t.isSelfClosing) stack.pop() })
  const text = (value: string) => { if (stack.length > 1) stack.at(-1)!.children.push({ type: 'text', value }) }
  parser.on('text', text)
  parser.on('cdata', text)
  parser.write(xml).close()
  return stack[0].children.find((c): c is RefElement => c.type === 'element')!
}

const tricky = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="tei_all.rng" type="application/xml"?>
<!DOCTYPE TEI [
  <!-- a comment with ]> in it -->
  <!ENTITY ed "the editor's ]> note">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <text>
    <!-- <p>not an element</p> -->
    <body><p rend='a > b' n="1
2">Tom &amp; Meg <![CDATA[<not/> markup]]> &#x1F600; &ed;<lb/>end</p><tei:ab xmlns:tei="http://www.tei-c.org/ns/1.0" />
    </body>
  </text>
</TEI>
`

describe('scanXml', () => {
  const layout = scanXml(tricky)
  const byName = (name: string) => allElements(layout.root).find((e) => e.name === name)!

  it('finds every element with its start and end tags, past declarations, DOCTYPE, comments and CDATA', () => {
    expect(allElements(layout.root).map((e) => e.name)).toEqual(['TEI', 'text', 'body', 'p', 'lb', 'tei:ab'])
    const p = byName('p')
    expect(tricky.slice(p.start, p.startTagEnd)).toBe(`<p rend='a > b' n="1\n2">`)
    expect(tricky.slice(p.endTagStart, p.end)).toBe('</p>')
    const ab = byName('tei:ab')
    expect(ab.selfClosing).toBe(true)
    expect(tricky.slice(ab.start, ab.end)).toBe('<tei:ab xmlns:tei="http://www.tei-c.org/ns/1.0" />')
    expect(tricky.slice(ab.attributesEnd, ab.startTagEnd)).toBe(' />')
  })

  it('reads attribute values as XML does (references decoded, line breaks as spaces)', () => {
    expect(byName('p').attributes).toEqual({ rend: 'a > b', n: '1 2' })
  })

  it('maps each character of decoded text to the bytes it was read from', () => {
    const first = byName('p').children[0]
    if (first.type !== 'text') throw new Error('expected text')
    const t = decodeTextSpan(tricky, first)
    expect(t.value).toBe('Tom & Meg ')
    const amp = t.value.indexOf('&')
    expect(tricky.slice(t.from[amp], t.to[amp])).toBe('&amp;')
    const last = byName('p').children.find((c, k) => k > 1 && c.type === 'text')!
    const tail = decodeTextSpan(tricky, last)
    expect(tail.value).toBe(` \u{1F600} ${ENTITY_MARK}`)
    expect(tricky.slice(tail.from[1], tail.to[2])).toBe('&#x1F600;')
  })

  it('gives the text content as a parser does, CDATA included', () => {
    expect(spanText(tricky, byName('p'))).toBe(`Tom & Meg <not/> markup \u{1F600} ${ENTITY_MARK}end`)
  })
})

// random documents, written in many ways, against the project's parser
const NAMES = ['p', 'hi', 'persName', 'lb', 'note', 'seg']
const words = fc.stringMatching(/^[A-Za-z &<>"'é]{0,12}$/)
type Gen = { name: string; attrs: [string, string][]; kids: (Gen | string)[] }
const tree: fc.Arbitrary<Gen> = fc.letrec<{ node: Gen }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom(...NAMES),
    attrs: fc.array(fc.tuple(fc.constantFrom('n', 'rend', 'ref'), words), { maxLength: 2 }).map((a) => [...new Map(a)]),
    kids: fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: tie('node') }), { maxLength: 4 }),
  }),
})).node

const esc = (s: string, quote: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, (m) => (quote ? m : '&gt;')).replace(new RegExp(quote || '$^', 'g'), quote === '"' ? '&quot;' : '&apos;')

function write(g: Gen, style: number): string {
  const q = style % 2 ? "'" : '"'
  const sp = style % 3 ? ' ' : '\n  '
  const attrs = g.attrs.map(([k, v]) => `${sp}${k}=${q}${esc(v, q)}${q}`).join('')
  if (!g.kids.length && style % 5 === 0) return `<${g.name}${attrs}${style % 4 ? ' ' : ''}/>`
  const kids = g.kids.map((k, i) => (typeof k === 'string' ? (i % 2 && style % 7 === 0 ? `<![CDATA[${k.replace(/]]>/g, '')}]]>` : esc(k, '')) : write(k, style + i))).join(style % 6 === 0 ? '<!-- c -->' : '')
  return `<${g.name}${attrs}>${kids}</${g.name}${sp === ' ' ? '' : '\n'}>`
}

function shape(el: RefElement | ElementSpan): unknown {
  return { name: el.name, kids: (el.children as (RefElement | ElementSpan | { type: string })[]).filter((c): c is RefElement | ElementSpan => c.type === 'element').map(shape) }
}

describe('scanXml against the parser, on random documents', () => {
  it('finds the same elements, attributes and text', () => {
    fc.assert(fc.property(tree, fc.nat(100), (g, style) => {
      const xml = `<?xml version="1.0"?>\n<TEI>${write(g, style)}</TEI>\n`
      const tei = referenceTree(xml)
      const layout = scanXml(xml)
      expect(shape(layout.root)).toEqual(shape(tei))
      const spans = allElements(layout.root)
      const elements: RefElement[] = []
      const walk = (e: RefElement) => { elements.push(e); e.children.forEach((c) => c.type === 'element' && walk(c)) }
      walk(tei)
      spans.forEach((s, k) => {
        expect(s.attributes).toEqual(elements[k].attributes)
        expect(spanText(xml, s)).toBe(textOf(elements[k]))
        expect(xml.slice(s.start, s.start + 1 + s.name.length)).toBe(`<${s.name}`)
        expect(xml.slice(s.endTagStart, s.end)).toMatch(s.selfClosing ? /^$/ : new RegExp(`^</${s.name}\\s*>$`))
      })
    }), { numRuns: 200 })
  })
})

function textOf(n: RefElement | { type: 'text'; value: string }): string {
  return n.type === 'text' ? n.value : n.children.map(textOf).join('')
}
