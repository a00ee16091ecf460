import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { el } from '../../src/core/tei.js'
import { textNodes } from '../../src/enrich/wrap-matches.js'
import { lineRuns, nodeAt, wrapInRun } from '../../src/enrich/dates/line-runs.js'

function tree(body: string) {
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>${body}</body></text></TEI>`
  return parseXml(xml, 'd.xml').tree
}

const bodyOf = (xml: string) => xml.slice(xml.indexOf('<body>') + 6, xml.indexOf('</body>')).trim()

describe('line runs', () => {
  it('joins the text nodes that only line breaks separate, each break a newline', () => {
    const t = tree('<p>London, the 4th of<lb/>May<lb/><lb/>1820. <hi>Sir</hi> more</p><p>next</p>')
    expect(lineRuns(textNodes(t)).map((r) => r.text)).toEqual(['London, the 4th of\nMay\n\n1820. ', 'Sir', ' more', 'next'])
  })

  it('wraps a phrase over the breaks, keeping every character and break in place', () => {
    const t = tree('<p>London, the 4th of<lb/>May<lb/>1820. Sir</p>')
    const [run] = lineRuns(textNodes(t))
    const at = run.text.indexOf('4th')
    wrapInRun(run, [{ index: at, length: '4th of\nMay\n1820'.length, make: (inner) => el('date', { when: '1820-05-04' }, inner) }])
    expect(bodyOf(serializeTei(t))).toBe('<p>London, the <date when="1820-05-04">4th of<lb/>May<lb/>1820</date>. Sir</p>')
  })

  it('wraps within one line as before, and several phrases of a run', () => {
    const t = tree('<p>3 May<lb/>and 4 May</p>')
    const [run] = lineRuns(textNodes(t))
    const make = (inner: Parameters<typeof el>[2]) => el('date', {}, inner)
    wrapInRun(run, [{ index: 10, length: 5, make }, { index: 0, length: 5, make }])
    expect(bodyOf(serializeTei(t))).toBe('<p><date>3 May</date><lb/>and <date>4 May</date></p>')
  })

  it('a transcription of many lines in one paragraph: every date wrapped, every line break kept', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 100 === 0 ? `on 4 May 18${10 + i / 100}` : `line ${i}`))
    const t = tree(`<p>${lines.join('<lb/>')}</p>`)
    const [run] = lineRuns(textNodes(t))
    const wraps = [...run.text.matchAll(/4 May 18\d\d/g)].map((m) => ({ index: m.index!, length: m[0].length, make: (inner: Parameters<typeof el>[2]) => el('date', {}, inner) }))
    wrapInRun(run, wraps)
    const out = serializeTei(t)
    expect(out.match(/<date>4 May 18\d\d<\/date>/g)).toHaveLength(20)
    expect(out.match(/<lb\/>/g)).toHaveLength(1999)
  })

  it('finds the text node and offset of a character of the run', () => {
    const [run] = lineRuns(textNodes(tree('<p>ab<lb/>cd</p>')))
    expect([nodeAt(run, 1).node.value, nodeAt(run, 1).offset]).toEqual(['ab', 1])
    expect([nodeAt(run, 3).node.value, nodeAt(run, 3).offset]).toEqual(['cd', 0])
  })
})
