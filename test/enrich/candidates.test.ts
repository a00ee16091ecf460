import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { findCandidates } from '../../src/enrich/entities/candidates.js'

function run(body: string, lang = 'en') {
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${lang}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
  const { tree, source } = parseXml(xml, 'c.xml')
  const doc = { id: 'c', source, tree }
  const before = serializeTei(doc.tree)
  const r = findCandidates(doc)
  return { ...r, unchanged: serializeTei(doc.tree) === before, kinds: Object.fromEntries(r.candidates.map((c) => [c.text, c.kind])) }
}

describe('candidates: names the registers lack', () => {
  it('reports a name after a title as a person, with the title inside in English, and never tags it', () => {
    const r = run('<p>We saw Dr. Brekke and Mrs. Lund Hansen there.</p>')
    expect(r.kinds).toEqual({ 'Dr. Brekke': 'person', 'Mrs. Lund Hansen': 'person' })
    expect(r.candidates.find((c) => c.text === 'Dr. Brekke')).toMatchObject({ tagged: false, evidence: 'after "Dr."' })
    expect(r.unchanged).toBe(true)
    expect(r.diagnostics.every((d) => d.code === 'name-candidate' && d.file === 'c.xml')).toBe(true)
  })

  it('reads two hyphens typed between words as a dash, not as a hyphenated name', () => {
    const r = run('<p>Called on Miss Tarrant--Went to Ashby--Met a curate there--read Gibbon--Pug very lively.</p>')
    expect(r.kinds).toMatchObject({ 'Miss Tarrant': 'person', Ashby: 'place' })
    expect(Object.keys(r.kinds).filter((t) => t.includes('-'))).toEqual([])
  })

  it('takes no word of faith and no periodical for a name', () => {
    const r = run('<p>We read the Edinburgh Review and the London Magazine, and thanked God; Seigneur Jésus, said Kettle.</p>')
    expect(Object.keys(r.kinds)).not.toEqual(expect.arrayContaining(['God']))
    expect(Object.keys(r.kinds).filter((t) => /Review|Magazine|God|Seigneur/.test(t))).toEqual([])
    expect(run('<p>Je prie Dieu et l’Eglise pour vous, et Lestrade aussi.</p>', 'fr').kinds).not.toHaveProperty('Dieu')
  })

  it('keeps a German title outside the name', () => {
    const r = run('<p>Ich habe mit Herrn Professor Wendelin gesprochen.</p>', 'de')
    expect(r.kinds).toEqual({ Wendelin: 'person' })
  })

  it('keeps a rank of nobility with the name in every language (Prince de, Earl of, Gräfin)', () => {
    expect(run('<p>On dit que le Prince de Valbonne s’avance, et M. le Comte de Rivaz aussi.</p>', 'fr').kinds).toMatchObject({ 'Prince de Valbonne': 'person', 'Comte de Rivaz': 'person' })
    expect(run('<p>We dined with the Earl of Kelmscott yesterday.</p>').kinds).toMatchObject({ 'Earl of Kelmscott': 'person' })
    expect(run('<p>Ich war gestern bei der Gräfin Wendlingen und ihrer Tochter.</p>', 'de').kinds).toMatchObject({ 'Gräfin Wendlingen': 'person' })
  })

  it('takes the name ending an address\'s last line for a place, also in capitals', () => {
    const r = run('<div><closer><signed>Anne Marlow</signed><address><addrLine>à Monsieur le Président Hallam,</addrLine><addrLine>PORTLAND.</addrLine></address></closer></div>', 'fr')
    expect(r.kinds).toMatchObject({ PORTLAND: 'place' })
    expect(r.candidates.find((c) => c.text === 'PORTLAND')?.evidence).toMatch(/ending an address/)
  })

  it('takes initials and particles into a person\'s name', () => {
    const r = run('<p>a letter of J. S. Harrowby and one from Helmina von Tarnow came.</p>')
    expect(r.kinds).toMatchObject({ 'J. S. Harrowby': 'person', 'Helmina von Tarnow': 'person' })
  })

  it('finds places by a preposition of place, a dateline, a noun of place or a list with a tagged place', () => {
    const r = run('<div><opener><dateline>Kelloe, 3 May 1850</dateline></opener><p>We stayed in Tromsø for a week, walked down Harrow Street to the Kasr-el-Nil bridge, and saw <placeName>Bergen</placeName>, Alta and Vardø.</p></div>')
    expect(r.kinds).toMatchObject({ Kelloe: 'place', 'Tromsø': 'place', 'Harrow Street': 'place', 'Kasr-el-Nil bridge': 'place', Alta: 'place', 'Vardø': 'place' })
    expect(r.candidates.find((c) => c.text === 'Kelloe')?.evidence).toMatch(/in a dateline/)
  })

  it('keeps an abbreviated saint or mount with the name (St. Pauls Church Yard)', () => {
    const r = run('<p>We walked from St. Pauls Church Yard to Mt. Arrow.</p>')
    expect(r.kinds).toMatchObject({ 'St. Pauls Church Yard': 'place' })
    expect(r.candidates.map((c) => c.text)).toContain('Mt. Arrow')
  })

  it('takes a lower-case noun of place before the name in, as editors do (rue, church of)', () => {
    const r = run('<p>Nous étions rue Molitor, puis à la église de Lourmel.</p><p>We went to the church of S. Sabina.</p>', 'fr')
    expect(r.kinds).toMatchObject({ 'rue Molitor': 'place', 'church of S. Sabina': 'place' })
  })

  it('ignores adjectives, demonyms, months, weekdays, ranks and sentence-initial words', () => {
    const r = run('<p>Then the Norwegians and the Swedish came in March. Yesterday it rained. On Sunday the Chancellor spoke. The Queen was ill.</p>')
    expect(r.candidates).toEqual([])
  })

  it('takes no word for a name that the text also writes in lower case', () => {
    const r = run('<p>We had Pepper with us; the pepper was hot. Pepper barked.</p>')
    expect(r.candidates).toEqual([])
  })

  it('takes no German noun for a name: after an article, or with a noun\'s ending', () => {
    const r = run('<p>Der Freund kam mit der Zeichnung. Mein Freund sagt, dass Wendelin in Kelloe wohnt. Die Freundschaft hält.</p>', 'de')
    // a German word alone needs evidence: Kelloe has its preposition, Wendelin none
    expect(r.candidates.map((c) => c.text)).toEqual(['Kelloe'])
    const t = run('<p>Mein Freund sagt, dass Wendelin kommt. My friend says that Wendelin is coming.</p>', 'de')
    expect(t.candidates.map((c) => c.text)).toEqual(['Wendelin'])
  })

  it('reads each sentence of a note in its own language', () => {
    const r = run('<note><p>Der Brief ist verloren. The Brief Hollow lies near. Die Erinnerung bleibt.</p></note>', 'de')
    expect(r.candidates.map((c) => c.text)).toEqual(['Brief Hollow'])
  })

  it('does not take the pronoun I for a regnal number, nor a leading function word for a name\'s', () => {
    const r = run('<p>he said that Knut I would come; but Neither I nor he did. The Jacobins left.</p>')
    expect(r.candidates.map((c) => c.text).sort()).toEqual(['Jacobins', 'Knut'])
  })

  it('reports sequences of capitalised words with counts and lines', () => {
    const r = run('<p>the Weavers Guild met; the Weavers Guild sang.</p>')
    expect(r.candidates).toEqual([{ kind: 'unknown', text: 'Weavers Guild', count: 2, lines: [1], tagged: false, evidence: 'a sequence of capitalised words' }])
  })
})
