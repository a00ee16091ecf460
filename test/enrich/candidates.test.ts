import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findCandidates } from '../../src/enrich/entities/candidates.js'

function run(body: string) {
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
  const { tree, source } = parseXml(xml, 'c.xml')
  const doc = { id: 'c', source, tree }
  const r = findCandidates(doc)
  return { ...r, xml: serializeTei(doc.tree) }
}

describe('candidates', () => {
  it('tags a name after an honorific as persName without @ref', () => {
    const r = run('<p>We saw Dr. Brekke and Mrs. Lund Hansen there.</p>')
    expect(r.xml).toContain('Dr. <persName>Brekke</persName> and Mrs. <persName>Lund Hansen</persName>')
    expect(r.candidates.filter((c) => c.tagged).map((c) => c.text).sort()).toEqual(['Brekke', 'Lund Hansen'])
    expect(r.diagnostics.every((d) => d.code === 'name-candidate' && d.file === 'c.xml')).toBe(true)
  })

  it('tags a place only when it is always used after in/at/near (twice or more)', () => {
    const r = run('<p>We stayed in Tromsø for a week. In Tromsø the nights are long, and near Alta too.</p>')
    expect(r.xml).toContain('in <placeName>Tromsø</placeName> for')
    expect(r.xml).toContain('In <placeName>Tromsø</placeName> the')
    // one use only: reported, not tagged
    expect(r.xml).toContain('near Alta too')
    expect(r.candidates.find((c) => c.text === 'Alta')).toMatchObject({ kind: 'place', tagged: false })
  })

  it('does not tag a word used after "in" and elsewhere as well', () => {
    const r = run('<p>He believed in Progress. Progress was his word; he wrote in Progress again.</p><p>Yet Progress failed.</p>')
    expect(r.xml).not.toContain('<placeName>')
  })

  it('does not take titles in italics for places', () => {
    const r = run('<p>It appeared in <hi rend="italic">Tidens Tegn</hi> and in <hi rend="italic">Tidens Tegn</hi> again.</p>')
    expect(r.xml).not.toContain('<placeName>')
  })

  it('ignores adjectives, demonyms, months and sentence-initial words', () => {
    const r = run('<p>Then the Norwegians and the Swedish came in March. Yesterday it rained.</p>')
    expect(r.candidates).toEqual([])
  })

  it('does not take the pronoun I for a regnal number', () => {
    const r = run('<p>he said that Knut I would come; but Neither I nor he did.</p>')
    expect(r.candidates.map((c) => c.text)).toEqual(['Knut'])
  })

  it('reports sequences of capitalised words with counts and lines', () => {
    const r = run('<p>the Weavers Guild met; the Weavers Guild sang.</p>')
    expect(r.candidates).toEqual([{ kind: 'unknown', text: 'Weavers Guild', count: 2, lines: [1], tagged: false, evidence: 'a sequence of capitalised words' }])
  })
})
