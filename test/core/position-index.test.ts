import { describe, expect, it } from 'vitest'
import { createSourceFile } from '../../src/core/source-file.js'
import { el, root } from '../../src/core/tei.js'
import { sourceText } from '../../src/core/text-origin.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { buildOriginIndex, withSourceOrigins } from '../../src/core/xml/position-index.js'

describe('buildOriginIndex', () => {
  const text = 'TITLE\n\nFirst paragraph here.\n\nSecond one, on line five.\n'
  const source = createSourceFile('s.txt', text)
  const tree = root(el('TEI', {}, [
    el('teiHeader', {}, [el('fileDesc', {}, [el('titleStmt', {}, [el('title', {}, ['Generated title'])])])]),
    el('text', {}, [el('body', {}, [
      el('p', {}, [sourceText('First paragraph here.', text.indexOf('First'))]),
      el('p', {}, [sourceText('Second one, ', text.indexOf('Second')), el('hi', {}, [sourceText('on line five.', text.indexOf('on line'))])]),
    ])]),
  ]))
  const xml = serializeTei(tree)
  const lookup = buildOriginIndex(tree, xml, source)
  const lineOf = (needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length

  it('maps a TEI place inside an element made from source text to that text\'s line', () => {
    expect(lookup(lineOf('<p>First'), 7)).toEqual({ line: 3, column: 1 })
    expect(lookup(lineOf('<p>Second'), 7)).toEqual({ line: 5, column: 1 })
    const hiLine = lineOf('<hi>')
    const hiCol = xml.split('\n')[hiLine - 1].indexOf('<hi>') + 1
    expect(lookup(hiLine, hiCol)).toEqual({ line: 5, column: 13 })
  })

  it('has no origin for generated header elements', () => {
    expect(lookup(lineOf('<title>'), 5)).toBeUndefined()
  })

  it('adds the origin to diagnostics', () => {
    const [d] = withSourceOrigins([{ code: 'x', severity: 'error', stage: 'validate', message: 'm', file: 'out.xml', line: lineOf('<p>First'), column: 7 }], lookup, 's.txt')
    expect(d.origin).toEqual({ file: 's.txt', line: 3, column: 1 })
  })
})
