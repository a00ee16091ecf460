import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { tagDates } from '../../src/enrich/dates/tag-dates.js'

function run(body: string) {
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>1 May 1999</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
  const { tree, source } = parseXml(xml, 'd.xml')
  const doc = { id: 'd', source, tree }
  const r = tagDates(doc)
  return { ...r, xml: serializeTei(doc.tree) }
}

describe('tagDates: the year of a year-less date', () => {
  it('comes from the nearest preceding date with a month, cert medium', () => {
    const r = run('<p>Written 3 June 1890. The strike of 1871 was long. On May 4 we met.</p>')
    expect(r.xml).toContain('<date when="1890-05-04" cert="medium">May 4</date>')
  })

  it('comes from a bare year only when nothing better precedes, cert low', () => {
    const r = run('<p>In 1871 the strike began; on May 4 they met.</p>')
    expect(r.xml).toContain('<date when="1871-05-04" cert="low">May 4</date>')
  })

  it('is never taken from the header; without context the date stays untagged and is reported', () => {
    const r = run('<p>On May 4 we met.</p>')
    expect(r.xml).not.toContain('<date')
    expect(r.diagnostics).toMatchObject([{ code: 'date-year-unknown', severity: 'info', file: 'd.xml' }])
  })

  it('does not tag inside existing dates or names', () => {
    const r = run('<p><date when="1890">in 1890</date> and <persName>May 4</persName></p>')
    expect(r.dates).toEqual([])
  })

  it('reports every tagged date with a date-normalized diagnostic', () => {
    const r = run('<p>The years 1789–94, and 4 March 1920.</p>')
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['date-normalized', 'date "1789–94" normalized to 1789/1794'],
      ['date-normalized', 'date "4 March 1920" normalized to 1920-03-04'],
    ])
  })
})
