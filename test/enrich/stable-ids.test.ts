import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findFirst, textContent, walk } from '../../src/core/tree.js'
import { addStableIds } from '../../src/enrich/stable-ids.js'

const tei = (body: string, rootId = ' xml:id="dletter-7"') =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"${rootId}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>y</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`

function withIds(body: string, rootId?: string): string {
  const { tree, source } = parseXml(tei(body, rootId), 'doc.xml')
  addStableIds({ id: 'letter-7', source, tree })
  const xml = serializeTei(tree)
  // element-only content is indented on output: the test compares without it
  return (/<body>([\s\S]*)<\/body>/.exec(xml)?.[1] ?? '').replace(/>\s+</g, '><').trim()
}

const letter = '<div type="letter"><opener><dateline>Ghent, 1 May 1890</dateline><salute>Dear Jo,</salute></opener>' +
  '<p>First<note>A note with <p>its own paragraph</p>.</note> paragraph.</p><p>Second.</p>' +
  '<closer><salute>Yours,</salute><signed>Em</signed></closer><postscript><p>P.S. Soon.</p></postscript></div>'

describe('stable ids', () => {
  it('numbers blocks, notes and letter parts with the document id, in document order', () => {
    const body = withIds(letter)
    expect(body).toContain('<div type="letter" xml:id="dletter-7-letter1"><opener xml:id="dletter-7-opener1"><dateline xml:id="dletter-7-p1">')
    expect(body).toContain('<salute xml:id="dletter-7-p2">Dear Jo,</salute>')
    expect(body).toContain('<p xml:id="dletter-7-p3">First<note xml:id="dletter-7-n1">A note with <p>its own paragraph</p>.</note> paragraph.</p><p xml:id="dletter-7-p4">Second.</p>')
    expect(body).toContain('<closer xml:id="dletter-7-closer1"><salute xml:id="dletter-7-p5">Yours,</salute><signed xml:id="dletter-7-p6">Em</signed></closer>')
    expect(body).toContain('<postscript xml:id="dletter-7-postscript1"><p xml:id="dletter-7-p7">P.S. Soon.</p></postscript>')
  })

  it('keeps the ids an editor gave, and they do not shift the others', () => {
    const body = withIds('<p xml:id="intro">One.</p><p>Two.</p><note xml:id="n-a">x</note><note>y</note>')
    expect(body).toBe('<p xml:id="intro">One.</p><p xml:id="dletter-7-p2">Two.</p><note xml:id="n-a">x</note><note xml:id="dletter-7-n2">y</note>')
  })

  it('never repeats an id an editor already used', () => {
    const body = withIds('<p>One.</p><p xml:id="dletter-7-p1">Two.</p>')
    expect(body).toBe('<p xml:id="dletter-7-p1-2">One.</p><p xml:id="dletter-7-p1">Two.</p>')
  })

  it('derives the prefix from the document id when the root has no xml:id', () => {
    expect(withIds('<p>One.</p>', '')).toBe('<p xml:id="dletter-7-p1">One.</p>'.replace('dletter-7', 'letter-7'))
  })

  it('gives the same ids on every run, changes no text and leaves no id twice', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('<p>a</p>', '<p>b<note>c</note></p>', '<head>h</head>', '<list><item>i</item></list>', '<p xml:id="dletter-7-p2">k</p>', '<lg><l>v</l></lg>'), { maxLength: 12 }), (parts) => {
      const body = parts.join('')
      const once = withIds(body)
      expect(withIds(body)).toBe(once)
      const { tree, source } = parseXml(tei(body), 'doc.xml')
      const before = textContent(findFirst(tree, 'text')!)
      addStableIds({ id: 'letter-7', source, tree })
      expect(textContent(findFirst(tree, 'text')!)).toBe(before)
      // the generated ids are new: each once, none an id that was there (the editor's may repeat)
      const ids: string[] = []
      walk(tree, (n) => { if (n.type === 'element' && n.attributes['xml:id']) ids.push(n.attributes['xml:id']) })
      const given = new Set([...body.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]).concat('dletter-7'))
      const made = ids.filter((id) => !given.has(id))
      expect(new Set(made).size).toBe(made.length)
      for (const id of given) expect(ids.filter((x) => x === id).length).toBe(Math.max(1, body.split(`xml:id="${id}"`).length - 1))
    }))
  })
})
