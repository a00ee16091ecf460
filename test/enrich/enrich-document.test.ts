import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createSourceFile } from '../../src/core/source-file.js'
import { importText } from '../../src/import/index.js'
import { enrichDocument } from '../../src/enrich/index.js'
import { findFirst, textContent } from '../../src/core/tree.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import type { Registers } from '../../src/core/registers.js'

const registers: Registers = {
  persons: [
    { id: 'weiss', name: 'Marta Weiss', aliases: ['M. W.'], ref: 'https://www.wikidata.org/entity/Q1' },
    { id: 'berg', name: 'Jonas Berg', aliases: ['Jonas'] },
    { id: 'anna-berg', name: 'Anna Berg' },
    { id: 'nicholas', name: 'Nicholas II' },
  ],
  places: [{ id: 'geneve', name: 'Genève', aliases: ['Geneva'] }, { id: 'lyon', name: 'Lyon', aliases: ['Lyons'] }],
  orgs: [{ id: 'committee', name: 'Bridge Committee', aliases: ['the committee'] }],
}

const letter = `Geneva, 14 March 1890

Dear Jonas,

Your letter of 2 March reached me after a detour through Lyons. Marta
Weiss sends her greetings, and so does Dr. Hartmann. The Bridge Committee met on
April 3 and again in 1891; the Genevan bridges date from 1855 to '56.
Tsar Nicholas II's visit is expected. Weiss's report is late; Berg is away.

Yours ever,
M. Weiss
`

function enrich(text: string, regs = registers) {
  const source = createSourceFile('letter.txt', text)
  const { doc } = importText(source, { id: 'l1', kind: 'letter' })
  const before = textContent(findFirst(doc.tree, 'text')!)
  const result = enrichDocument(doc, { registers: regs })
  return { ...result, before, xml: serializeTei(result.doc.tree) }
}

describe('enrichDocument', () => {
  const r = enrich(letter)

  it('links register names, aliases, line-broken names, diacritic variants and possessives', () => {
    expect(r.xml).toContain('<placeName ref="#geneve">Geneva</placeName>, <date when="1890-03-14">14 March 1890</date>')
    expect(r.xml).toContain('<placeName ref="#lyon">Lyons</placeName>')
    expect(r.xml).toContain('<persName ref="#weiss">Marta\nWeiss</persName>'.replace('\n', ' '))
    expect(r.xml).toContain('<persName ref="#nicholas">Nicholas II</persName>\'s visit')
    expect(r.xml).toContain('<persName ref="#weiss">Weiss</persName>\'s report')
    expect(r.xml).toContain('<orgName ref="#committee">Bridge Committee</orgName>')
  })

  it('links initials + surname, and the salutation\'s first name', () => {
    expect(r.xml).toMatch(/<signed xml:id="[^"]+"><persName ref="#weiss">M. Weiss<\/persName><\/signed>/)
    expect(r.xml).toMatch(/<salute xml:id="[^"]+">Dear <persName ref="#berg">Jonas<\/persName>,<\/salute>/)
  })

  it('links a surname shared by two entries to the one named nearby, with cert, and reports it', () => {
    expect(r.xml).toContain('<persName ref="#berg" cert="medium">Berg</persName> is away')
    expect(r.report.ambiguous).toEqual([{ text: 'Berg', refs: ['#berg', '#anna-berg'], line: 8, column: 63, chosen: '#berg' }])
    expect(r.diagnostics.find((d) => d.code === 'name-ambiguous' && d.line === 8)).toMatchObject({ severity: 'info' })
  })

  it('tags a shared surname without @ref when no mention nearby decides, and warns', () => {
    const t = enrich('Dear Sir,\n\nBerg is away.\n\nYours,\nA. B.\n')
    expect(t.xml).toContain('<persName>Berg</persName> is away')
    expect(t.report.ambiguous).toEqual([{ text: 'Berg', refs: ['#berg', '#anna-berg'], line: 3, column: 1 }])
    expect(t.diagnostics.find((d) => d.code === 'name-ambiguous')).toMatchObject({ severity: 'warning', line: 3 })
  })

  it('does not take adjectives for names', () => {
    expect(r.xml).toContain('the Genevan bridges')
    expect(r.xml).not.toMatch(/<placeName[^>]*>Genevan/)
  })

  it('reports a name after a title as a person candidate, and leaves it untagged', () => {
    expect(r.xml).toContain('so does Dr. Hartmann.')
    expect(r.report.candidates.find((c) => c.text === 'Dr. Hartmann')).toMatchObject({ kind: 'person', tagged: false, evidence: 'after "Dr."' })
  })

  it('normalises dates, taking a missing year from the context', () => {
    expect(r.xml).toContain('<date when="1890-03-02" cert="medium">2 March</date>')
    expect(r.xml).toContain('<date when="1890-04-03" cert="medium">April 3</date>')
    expect(r.xml).toContain('<date when="1891">1891</date>')
    expect(r.xml).toContain('date from <date from="1855" to="1856">1855 to \'56</date>')
  })

  it('writes correspDesc from dateline, salutation and signature, and standOff with the referenced entries', () => {
    expect(r.xml).toContain('<correspAction type="sent"><persName ref="#weiss">M. Weiss</persName><placeName ref="#geneve">Geneva</placeName><date when="1890-03-14">14 March 1890</date></correspAction>')
    expect(r.xml).toContain('<correspAction type="received"><persName ref="#berg">Jonas</persName></correspAction>')
    expect(r.xml).toMatch(/<standOff>\s*<listPerson>\s*<person xml:id="berg">/)
    expect(r.xml).toContain('<idno type="URI">https://www.wikidata.org/entity/Q1</idno>')
    expect(r.xml).not.toContain('xml:id="anna-berg"')
  })

  it('takes the place no register names from the words before the dateline\'s date, and a two-digit year on the next line', () => {
    const en = enrich('Hollybrook Lodge May 16h. 1827\n\nPray forgive the haste of this note, for the carrier waits at the door.\n\nEver yours\nAnne Marlow\n')
    expect(en.xml).toContain('<dateline xml:id="l1-p1">Hollybrook Lodge <date when="1827-05-16">May 16h. 1827</date></dateline>')
    expect(en.xml).toContain('<correspAction type="sent"><persName>Anne Marlow</persName><placeName>Hollybrook Lodge</placeName><date when="1827-05-16">May 16h. 1827</date></correspAction>')
    const de = enrich('Lindenau den 3 Novem\n38.\n\nIhr Brief hat mich sehr gefreut; seit dem Sommer 1836 haben wir nichts gehört.\n\nIhre Henriette\n')
    expect(de.xml).toContain('<dateline xml:id="l1-p1">Lindenau den <date when="1838-11-03">3 Novem<lb/>38</date>.</dateline>')
    expect(de.xml).toContain('<correspAction type="sent"><persName>Henriette</persName><placeName>Lindenau</placeName><date when="1838-11-03">3 Novem 38</date>')
  })

  it('takes no addressee from a salutation that names no one; the address to whom then does', () => {
    const de = enrich('Basel 3. Mai 1861.\n\nHochgeachteter Herr!\n\nIch danke Ihnen für Ihren freundlichen Brief, den ich mit großer Freude gelesen habe.\n\nGanz Ihr\n\nDr A Hofer\n')
    expect(de.xml).toContain('<correspAction type="sent"><persName>Dr A Hofer</persName>')
    expect(de.xml).not.toContain('type="received"')
    const en = enrich('Bath, 3 June 1890\n\nDear Sir,\n\nThe books came safe, and I thank you for the trouble you have taken over them.\n\nYours truly\nAnne Marlow\n\nMr. Thos. Pryor\nQueen Square\n')
    expect(en.xml).toContain('<correspAction type="received"><persName>Mr. Thos. Pryor</persName></correspAction>')
    const fr = enrich('Paris, ce 4 juin 1802\n\nMon très cher ami,\n\nJe vous remercie de votre lettre, qui m\'a fait grand plaisir, et des nouvelles de la famille.\n\nVotre dévoué\nPaul Lenoir\n')
    expect(fr.xml).not.toContain('type="received"')
  })

  it('never changes the text (property)', () => {
    const word = fc.constantFrom('Marta', 'Weiss', 'Geneva', 'Lyons', 'Dr.', 'Hartmann', '4', 'March', '1890', 'in', 'the', 'to', "'56", 'Berg', 'and', ',', '.', 'Nicholas', 'II', "'s", 'Jonas', 'May', '1789–94', 'at', 'near', 'Tromsø', "Haugen's", 'Sept.', '3rd', 'of', '\n')
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
      const text = `Title\n\n${words.join(' ')}\n`
      const source = createSourceFile('p.txt', text)
      const { doc } = importText(source, { id: 'p' })
      const before = textContent(findFirst(doc.tree, 'text')!)
      const { doc: after } = enrichDocument(doc, { registers })
      expect(textContent(findFirst(after.tree, 'text')!)).toBe(before)
    }), { numRuns: 150 })
  })
})
