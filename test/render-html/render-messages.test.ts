// What the stylesheets report becomes located diagnostics: path() → line:column (xml-path.ts),
// one note per document for the elements rendered without a rule (render-messages.ts).
import { describe, expect, test } from 'vitest'
import { locatePaths, parsePath } from '../../src/render/xml-path.js'
import { parseRenderMessage, renderDiagnostics } from '../../src/render/render-messages.js'
import { renderDocumentHtml } from '../../src/render/html/index.js'

const TEI = 'http://www.tei-c.org/ns/1.0'
const q = (name: string, n = 1) => `Q{${TEI}}${name}[${n}]`
const xml = `<TEI xmlns="${TEI}">
  <text><body>
    <p>one</p>
    <p>two <seg>three</seg> <sp><speaker>four</speaker></sp></p>
    <div><p/><p>five <sp/></p></div>
  </body></text>
</TEI>`

describe('locating path()', () => {
  test('a path() result is read step by step; namespace URIs with slashes do not split a step', () => {
    expect(parsePath(`/${q('TEI')}/${q('text')}`)).toEqual([{ uri: TEI, local: 'TEI', n: 1 }, { uri: TEI, local: 'text', n: 1 }])
    expect(parsePath('/TEI[1]/text[2]')).toEqual([{ uri: '', local: 'TEI', n: 1 }, { uri: '', local: 'text', n: 2 }])
    expect(parsePath('/TEI[1]/@xml:id')).toBeUndefined()
    expect(parsePath('not a path')).toBeUndefined()
  })

  test('each path is found at its start tag, counting siblings of the same name only', () => {
    const body = `/${q('TEI')}/${q('text')}/${q('body')}`
    const at = locatePaths(xml, [`${body}/${q('p', 2)}/${q('seg')}`, `${body}/${q('div')}/${q('p', 2)}/${q('sp')}`, `${body}/${q('p', 2)}/${q('sp')}/${q('speaker')}`, `${body}/${q('p', 9)}`])
    expect(at.get(`${body}/${q('p', 2)}/${q('seg')}`)).toEqual({ line: 4, column: 12 })
    expect(at.get(`${body}/${q('p', 2)}/${q('sp')}/${q('speaker')}`)).toEqual({ line: 4, column: 33 })
    // the empty <p/> before it is counted, and a self-closing element is found too
    expect(at.get(`${body}/${q('div')}/${q('p', 2)}/${q('sp')}`)).toEqual({ line: 5, column: 22 })
    expect(at.has(`${body}/${q('p', 9)}`)).toBe(false)
  })
})

describe('render messages', () => {
  test('code, severity and place are read from the message; anything else is a warning', () => {
    expect(parseRenderMessage('[render-image-missing] warning: at /TEI[1]/text[1]: the image x.png is gone')).toEqual({ code: 'render-image-missing', severity: 'warning', path: '/TEI[1]/text[1]', text: 'the image x.png is gone' })
    expect(parseRenderMessage('[x-y] info: plain')).toEqual({ code: 'x-y', severity: 'info', path: undefined, text: 'plain' })
    expect(parseRenderMessage('no code here')).toEqual({ code: 'render-message', severity: 'warning', text: 'no code here' })
  })

  test('elements without a rule make one note per document: names and counts, at the first of them', () => {
    const body = `/${q('TEI')}/${q('text')}/${q('body')}`
    const messages = [`${body}/${q('p', 2)}/${q('sp')}/${q('speaker')}`, `${body}/${q('p', 2)}/${q('sp')}`, `${body}/${q('div')}/${q('p', 2)}/${q('sp')}`]
      .map((path, i) => parseRenderMessage(`[render-generic-element] info: at ${path}: ${i ? 'sp' : 'speaker'}`))
    expect(renderDiagnostics(messages, xml, 'x.xml')).toEqual([{
      code: 'render-generic-element', severity: 'info', stage: 'render', file: 'x.xml', line: 4, column: 33,
      message: 'rendered without a rule of their own, their text shown as it stands: <sp> ×2, <speaker> ×1',
    }])
  })

  test('the stylesheets report elements without a rule, and no others', () => {
    const doc = (body: string) => `<TEI xmlns="${TEI}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
    const known = renderDocumentHtml(doc('<p><seg>a</seg> <w>b</w> <num>3</num> <measure>c</measure> <name>d</name> <hi rend="x">e</hi></p><p><interp>f</interp><fw>g</fw></p>'), 'k.xml')
    expect(known.diagnostics).toEqual([])
    const unknown = renderDocumentHtml(doc('<p>a</p>\n<sp><speaker>Fool</speaker><p>Why?</p></sp>\n<p>and <unknownThing xmlns="urn:x">z</unknownThing></p>'), 'u.xml')
    expect(unknown.diagnostics).toMatchObject([{ code: 'render-generic-element', severity: 'info', file: 'u.xml', line: 2, column: 1, message: 'rendered without a rule of their own, their text shown as it stands: <sp> ×1, <speaker> ×1, <unknownThing> ×1' }])
    // their words are on the page: a block as a block, a phrase as a phrase
    expect(unknown.html).toContain('<div class="tei-sp"><div class="tei-speaker">Fool</div><p id="p2">Why?</p></div>')
    expect(unknown.html).toContain('and <span class="tei-unknownThing">z</span>')
  })
})
